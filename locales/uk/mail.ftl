# Листи порталу. У них немає соціальних даних: лише повідомлення, що щось сталося, і
# посилання на портал.
mail-greeting = Добрий день!
mail-footer = Цей лист автоматично надіслав BuT-Portal Kreis Warendorf. Будь ласка, не відповідайте на нього. Які повідомлення Ви отримуєте, можна вибрати на порталі в розділі «Мій обліковий запис».

mail-password-reset-subject = Новий пароль для BuT-Portal
mail-password-reset-body =
    Хтось запросив новий пароль для Вашого облікового запису. Якщо це були Ви, встановіть новий пароль за посиланням нижче. Посилання дійсне одну годину і лише один раз.

    Якщо Ви не запитували новий пароль, нічого робити не потрібно. Ваш пароль залишиться таким, як був.
mail-password-reset-link = Встановити новий пароль:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = Вашу заяву { $reference } отримано
mail-claim-received-body = Jobcenter отримав Вашу заяву на допомогу «Освіта та участь» (Bildung und Teilhabe). Номер заяви: { $reference }. Будь ласка, вказуйте цей номер, коли пишете нам або телефонуєте.
mail-claim-received-link = Переглянути заяву:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = Запитання щодо Вашої заяви { $reference }
mail-question-body = Jobcenter має запитання щодо Вашої заяви { $reference }. Будь ласка, увійдіть на портал і дайте відповідь. Строк відповіді: { $due }.
mail-question-link = Прочитати запитання і відповісти:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = Рішення щодо Вашої заяви { $reference }
mail-decision-body = Щодо Вашої заяви { $reference } ухвалено рішення. Рішення (Bescheid) Ви знайдете на порталі.
mail-decision-link = Переглянути рішення:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = Нагадування: запитання щодо Вашої заяви { $reference }
mail-question-reminder-body = Jobcenter досі чекає на Вашу відповідь щодо заяви { $reference }. Будь ласка, дайте відповідь на порталі. Строк відповіді: { $due }. Якщо Вам потрібна допомога, зателефонуйте нам.
mail-question-reminder-link = Прочитати запитання і відповісти:

# Замість дати, якщо для запитання немає строку.
mail-due-soon = якнайшвидше

# Повідомлення згідно з § 37 Abs. 2a SGB X (лише за згоди на отримання рішень на порталі).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = Рішення щодо Вашої заяви { $reference } готове на порталі
mail-notice-ready-body =
    Щодо Вашої заяви { $reference } ухвалено рішення. Рішення (Bescheid) готове для Вас на BuT-Portal, його можна завантажити. Ви погодилися отримувати рішення на порталі, тому воно не надійде поштою.

    Рішення вважається отриманим на третій день після надсилання цього листа. З цього дня починається строк для заперечення (Widerspruch).
mail-notice-ready-link = Завантажити рішення:

mail-verify-email-subject = Будь ласка, підтвердьте свою адресу електронної пошти
mail-verify-email-body =
    Ви створили обліковий запис на BuT-Portal Kreis Warendorf. Будь ласка, підтвердьте за посиланням нижче, що ця адреса електронної пошти належить Вам. Лише після цього Ви зможете надсилати заяви. Посилання дійсне два дні.

    Якщо Ви не створювали обліковий запис, нічого робити не потрібно.
mail-verify-email-link = Підтвердити адресу:

mail-already-registered-subject = У Вас уже є обліковий запис на BuT-Portal
mail-already-registered-body =
    Хтось хотів створити новий обліковий запис на BuT-Portal із цією адресою електронної пошти. Але для цієї адреси обліковий запис уже існує. Просто увійдіть.

    Якщо Ви забули пароль, Ви можете встановити новий за посиланням нижче. Якщо це були не Ви, нічого робити не потрібно.
mail-already-registered-link = Забули пароль?

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = Заяви на допомогу з навчанням (Lernförderung) чекають на Ваше підтвердження
mail-school-digest-body = { $count ->
    [one] { $count } заява на допомогу з навчанням (Lernförderung) від учнів Вашої школи чекає на підтвердження школи.
    [few] { $count } заяви на допомогу з навчанням (Lernförderung) від учнів Вашої школи чекають на підтвердження школи.
    [many] { $count } заяв на допомогу з навчанням (Lernförderung) від учнів Вашої школи чекають на підтвердження школи.
   *[other] { $count } заяви на допомогу з навчанням (Lernförderung) від учнів Вашої школи чекають на підтвердження школи.
}
mail-school-digest-link = Переглянути заяви:
