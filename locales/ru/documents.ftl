## Документы, вопросы и подтверждение получения

documents-title = Загрузить документы (Nachweise)
documents-hint-teilhabe = Пригодятся: регистрация или заявление о вступлении в клуб (Verein) и список взносов.
documents-hint-lernfoerderung = Пригодятся: последний табель (Zeugnis), а если занятия проходят вне школы — предложение организации с ценой за час.
documents-uploaded = Ваши документы
documents-empty = Документы ещё не загружены.
documents-optional = У Вас сейчас нет документов? Тогда просто переходите дальше. Если чего-то не хватает, мы спросим.
document-choose = Выбрать файлы
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = PDF, JPG или PNG. Можно и фото с телефона. Не более { $file } на один файл и { $claim } на все файлы вместе.
document-upload = Загрузить
document-uploaded = Ваши файлы загружены.
document-remove = Удалить
document-removed = Файл удалён.
document-error-none = Пожалуйста, выберите хотя бы один файл.
document-error-empty = Файл «{ $name }» пустой. Пожалуйста, выберите его ещё раз. Поэтому остальные файлы ещё не загружены.
document-error-type = Файл «{ $name }» не в формате PDF, JPG или PNG. Пожалуйста, сохраните его в одном из этих форматов или уберите его. Поэтому остальные файлы ещё не загружены.
document-error-file-too-large = Файл «{ $name }» слишком большой. Пожалуйста, уменьшите его, например сделайте фото с меньшим разрешением. Поэтому остальные файлы ещё не загружены.
document-error-claim-too-large = Все файлы вместе слишком большие для этого заявления. Пожалуйста, удалите или уменьшите некоторые файлы.
document-error-upload-failed = Загрузить не получилось. Пожалуйста, попробуйте ещё раз.
document-error-too-many-files = Пожалуйста, загружайте не больше 10 файлов за один раз.
document-error-claim-too-many = В этом заявлении уже максимально возможное число файлов (25). Пожалуйста, удалите файлы, которые не нужны.
document-error-drafts-full = В Ваших начатых заявлениях вместе уже очень много больших файлов. Пожалуйста, отправьте готовые заявления или удалите файлы, которые не нужны.
questions-title = Вопросы от Jobcenter
# Variables:
#   $date (String) - Datum
question-asked-at = Вопрос от { $date }
# Variables:
#   $date (String) - Datum
question-due = Пожалуйста, ответьте до { $date }.
question-cooperation-warning = Это официальное требование к содействию (Mitwirkung, §§ 60, 66 SGB I). Если Вы не ответите до указанного срока или не пришлёте запрошенные документы, в выплате могут отказать, пока Вы этого не сделаете. Если Вы не успеваете к сроку или у Вас есть вопросы, пожалуйста, свяжитесь с нами.
# Variables:
#   $date (String) - Datum
question-answered-at = Ваш ответ от { $date }
question-answer = Ваш ответ
question-answer-hint = Можно прислать и только файлы, например фото табеля (Zeugnis).
question-send = Отправить ответ
question-answered = Спасибо! Jobcenter получил Ваш ответ.
question-error-empty = Пожалуйста, напишите ответ или выберите файл.
question-error-answered = На этот вопрос уже дан ответ.
receipt-title = Подтверждение получения (Eingangsbestätigung)
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = Ваше заявление { $reference } поступило в Jobcenter { $date }.
receipt-reference = Номер заявления
receipt-print-hint = Распечатайте эту страницу через меню Вашего браузера или сохраните её как PDF.
document-view = Открыть в браузере
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = Письмо о заслушивании (Anhörung) { $number } — ответ до { $due }
# Variables:
#   $date (String) - Datum
hearing-answered-at = Ответ от { $date }
hearing-no-answer = Ответа пока нет.
hearing-family-title = Заслушивание (Anhörung): Jobcenter хочет изменить решение о назначении помощи
hearing-family-intro = Прежде чем Jobcenter примет решение, Вы можете сказать, что Вы об этом думаете. Прочитайте письмо и ответьте до указанного срока — здесь, письмом или лично. Это письмо — ещё не решение.
hearing-your-answer = Ваш ответ
hearing-answer-send = Отправить ответ
hearing-answered = Спасибо! Jobcenter получил Ваш ответ.
hearing-error-answered = На это письмо уже дан ответ.
