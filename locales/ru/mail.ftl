# Письма портала. В них нет социальных данных: только сообщение, что что-то произошло, и
# ссылка на портал.
mail-greeting = Здравствуйте!
mail-footer = Это письмо автоматически отправил BuT-Portal Kreis Warendorf. Пожалуйста, не отвечайте на него. Какие сообщения Вы получаете, можно выбрать на портале в разделе «Моя учётная запись».

mail-password-reset-subject = Новый пароль для BuT-Portal
mail-password-reset-body =
    Кто-то запросил новый пароль для Вашей учётной записи. Если это были Вы, задайте новый пароль по ссылке ниже. Ссылка действует один час и только один раз.

    Если Вы не запрашивали новый пароль, ничего делать не нужно. Ваш пароль останется прежним.
mail-password-reset-link = Задать новый пароль:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = Ваше заявление { $reference } получено
mail-claim-received-body = Jobcenter получил Ваше заявление на выплаты на образование и участие (Bildung und Teilhabe). Номер заявления: { $reference }. Пожалуйста, указывайте этот номер, когда пишете нам или звоните.
mail-claim-received-link = Посмотреть заявление:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = Вопрос по Вашему заявлению { $reference }
mail-question-body = У Jobcenter есть вопрос по Вашему заявлению { $reference }. Пожалуйста, войдите на портал и ответьте. Срок ответа: { $due }.
mail-question-link = Прочитать вопрос и ответить:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = Решение по Вашему заявлению { $reference }
mail-decision-body = По Вашему заявлению { $reference } принято решение. Решение (Bescheid) Вы найдёте на портале.
mail-decision-link = Посмотреть решение:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = Напоминание: вопрос по Вашему заявлению { $reference }
mail-question-reminder-body = Jobcenter всё ещё ждёт Вашего ответа по заявлению { $reference }. Пожалуйста, ответьте на портале. Срок ответа: { $due }. Если Вам нужна помощь, позвоните нам.
mail-question-reminder-link = Прочитать вопрос и ответить:

# Вместо даты, если у вопроса нет срока.
mail-due-soon = как можно скорее

# Уведомление по § 37 Abs. 2a SGB X (только при согласии на получение решений на портале).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = Решение по Вашему заявлению { $reference } готово на портале
mail-notice-ready-body =
    По Вашему заявлению { $reference } принято решение. Решение (Bescheid) готово для Вас на BuT-Portal, его можно скачать. Вы согласились получать решения на портале, поэтому оно не придёт по почте.

    Решение считается полученным на третий день после отправки этого письма. С этого дня начинается срок для возражения (Widerspruch).
mail-notice-ready-link = Скачать решение:

mail-verify-email-subject = Пожалуйста, подтвердите свой адрес электронной почты
mail-verify-email-body =
    Вы создали учётную запись на BuT-Portal Kreis Warendorf. Пожалуйста, подтвердите по ссылке ниже, что этот адрес электронной почты принадлежит Вам. Только после этого Вы сможете отправлять заявления. Ссылка действует два дня.

    Если Вы не создавали учётную запись, ничего делать не нужно.
mail-verify-email-link = Подтвердить адрес:

mail-already-registered-subject = У Вас уже есть учётная запись на BuT-Portal
mail-already-registered-body =
    Кто-то хотел создать новую учётную запись на BuT-Portal с этим адресом электронной почты. Но для этого адреса учётная запись уже есть. Просто войдите в неё.

    Если Вы забыли пароль, Вы можете задать новый по ссылке ниже. Если это были не Вы, ничего делать не нужно.
mail-already-registered-link = Забыли пароль?

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = Заявления на помощь в учёбе (Lernförderung) ждут Вашего подтверждения
mail-school-digest-body = { $count ->
    [one] { $count } заявление на помощь в учёбе (Lernförderung) от учеников Вашей школы ждёт подтверждения школы.
    [few] { $count } заявления на помощь в учёбе (Lernförderung) от учеников Вашей школы ждут подтверждения школы.
    [many] { $count } заявлений на помощь в учёбе (Lernförderung) от учеников Вашей школы ждут подтверждения школы.
   *[other] { $count } заявления на помощь в учёбе (Lernförderung) от учеников Вашей школы ждут подтверждения школы.
}
mail-school-digest-link = Посмотреть заявления:
