## Подання заяви, сторінка заяви, історія

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = Крок { $step } з { $total }
claim-continue = Далі
claim-back = Назад
claim-check-title = Перевірте Ваші дані
claim-child = Дитина
claim-benefit = Допомога
claim-change-answers = Змінити дані
claim-declaration-title = Запевнення та згода
claim-declaration-text = Я запевняю, що мої дані правильні та повні. Я одразу повідомлятиму Jobcenter про зміни, наприклад якщо моя дитина більше не ходить до клубу або на заняття з репетитором.
claim-consent-text = Добровільно: я погоджуюся, щоб Jobcenter платив гроші безпосередньо організатору (пряма оплата). Без цієї згоди Ви отримаєте ваучер (Gutschein) для організатора. Ви можете будь-коли відкликати згоду на майбутнє – тут на порталі на сторінці Вашої заяви або в Jobcenter.
claim-privacy-hint = Ваші дані є соціальними даними (Sozialdaten). Вони використовуються лише для цієї заяви. Це передбачено § 67a Десятої книги Соціального кодексу Німеччини (SGB X).
claim-submit = Остаточно надіслати заяву
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = Заява { $reference }
claim-page-title-draft = Чернетка (ще не надіслано)
claim-status = Стан
claim-next-steps = Ми перевіряємо Вашу заяву. Якщо нам потрібно щось уточнити, ми напишемо Вам тут, на порталі. Рішення Ви отримаєте офіційним листом (Bescheid). Будь ласка, роздрукуйте або збережіть цю сторінку як підтвердження.
claim-continue-draft = Продовжити заповнення заяви
claim-submitted-at = Дата надсилання
claim-timeline = Історія
claim-withdraw-hint = Вам більше не потрібна ця допомога? Ви можете відкликати заяву, поки рішення ще не ухвалено.
claim-withdraw = Відкликати заяву
claim-withdraw-explain = Якщо Ви відкличете заяву, Jobcenter більше не ухвалюватиме щодо неї рішення і нічого за неї не платитиме. Це не можна скасувати. Якщо пізніше Вам усе ж знадобиться допомога, подайте нову заяву – тоді допомогу з навчанням, як правило, можна буде схвалити лише з місяця нової заяви.
claim-withdraw-confirm = Так, я хочу відкликати цю заяву.
claim-withdraw-error-confirm = Будь ласка, підтвердьте, що Ви хочете відкликати заяву.
claim-submitted = Ваша заява надійшла до нас. Щиро дякуємо!
claim-withdrawn = Ви відкликали заяву.
claim-error-incomplete = Бракує деяких даних. Будь ласка, перевірте позначені поля.
claim-error-declaration = Будь ласка, підтвердьте, що Ваші дані правильні.
claim-error-not-draft = Цю заяву вже надіслано. Її більше не можна змінити.
claim-error-already-final = Щодо цієї заяви вже ухвалено рішення, або її відкликано.
claim-error-not-allowed = Для цієї заяви це зараз неможливо.
claim-error-changed = Тим часом заяву було змінено. Будь ласка, оновіть сторінку.
status-draft = Чернетка
status-submitted = Отримано
status-needs-info = Запитання до Вас
status-approved = Схвалено
status-rejected = Відхилено
status-withdrawn = Відкликано
timeline-draft = Заяву розпочато
timeline-submitted = Заяву надіслано
timeline-needs-info = Запитання від Jobcenter
timeline-approved = Заяву схвалено
timeline-rejected = Заяву відхилено
timeline-withdrawn = Заяву відкликано
teilhabe-details-title = Дані про клуб або курс
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = Дитина: { $child }. На що потрібні гроші і хто організатор?
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = Jobcenter платить до { $amount } на місяць безпосередньо клубу або організатору: за членські внески (спорт, ігри, культура), заняття, наприклад у музичній школі, курси та табори на канікулах. Не оплачуються, наприклад, кіно чи фітнес-клуб.
teilhabe-activity = Чим займається Ваша дитина?
teilhabe-activity-sport = Спорт у клубі
teilhabe-activity-music = Музика, наприклад музична школа
teilhabe-activity-culture = Мистецтво, культура або освіта
teilhabe-activity-holiday-camp = Табір на канікулах (Ferienfreizeit)
teilhabe-activity-other = Щось інше
teilhabe-description = Детальніше
teilhabe-description-hint = Наприклад: футбол, уроки гри на гітарі. Якщо Ви вибрали «Щось інше», будь ласка, заповніть це поле.
teilhabe-provider-title = Організатор
teilhabe-provider-name = Назва клубу або організатора
teilhabe-provider-name-hint = Так, як написано в анкеті для вступу або в рахунку.
teilhabe-provider-contact = Контактна особа, телефон або e-mail
teilhabe-provider-contact-hint = Щоб ми могли зв’язатися з організатором.
teilhabe-provider-iban = IBAN організатора
teilhabe-provider-iban-hint = Часто вказаний в анкеті для вступу. Якщо Ви його не знаєте, залиште поле порожнім.
teilhabe-costs-title = Вартість і період
teilhabe-monthly-fee = Внесок на місяць
teilhabe-monthly-fee-hint = У євро, наприклад 12,50. Якщо внесок річний, поділіть його, будь ласка, на 12.
teilhabe-start-month = З місяця
teilhabe-month-hint = Наприклад 09/2026. Зазвичай допомогу надають з того місяця, коли заява надійшла до нас.
teilhabe-end-month = До місяця
teilhabe-end-month-hint = Не більше дванадцяти місяців. Потім Ви можете подати нову заяву.
teilhabe-period = Період
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = З цієї суми Jobcenter може оплатити { $amount } на місяць.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = Решту – { $amount } на місяць – Ви платите організатору самі.
teilhabe-error-activity = Будь ласка, виберіть, чим займається Ваша дитина.
teilhabe-error-description = Будь ласка, коротко опишіть, чим займається Ваша дитина.
teilhabe-error-start-past = Дата початку – більше ніж дванадцять місяців тому. За такі давні місяці вже нічого не можна виплатити. Ми перевіримо, з якого часу будуть виплати, і напишемо це в рішенні (Bescheid).
teilhabe-error-start-future = Дата початку – більше ніж через дванадцять місяців.
teilhabe-error-end-before-start = Дата кінця має бути пізніше за дату початку.
teilhabe-error-period-long = Одна заява діє не більше дванадцяти місяців.
claim-change-documents = Змінити документи
claim-school-consent-text = Добровільно: я звільняю школу моєї дитини від обов’язку зберігати конфіденційність (Schweigepflichtentbindung). Тоді Jobcenter може звернутися до школи, а школа може повідомити, чи потрібні моїй дитині заняття з репетитором (Lernförderung) і скільки. Для цього школа бачить лише предмети, кількість годин і період, але не Ваше обґрунтування. Без цієї згоди Ви можете показати потребу інакше, наприклад табелем (Zeugnis) або листом від учителя як доказом. Ви можете будь-коли відкликати згоду на майбутнє – тут на порталі на сторінці Вашої заяви або в Jobcenter.
claim-needs-info = Jobcenter має до Вас запитання. Будь ласка, дайте відповідь нижче. Після цього ми продовжимо перевіряти Вашу заяву.
claim-receipt-link = Показати й роздрукувати підтвердження отримання (Eingangsbestätigung)
timeline-answered = Відповідь на запитання надіслано
claim-hint-teilhabe-age = Допомогу на участь у соціальному та культурному житті (soziokulturelle Teilhabe) можуть отримати лише діти та підлітки до 18 років. Ви все одно можете подати заяву: ми її перевіримо й надішлемо Вам рішення (Bescheid).
claim-hint-school-age = Якщо родина отримує цю виплату, допомогу з навчанням (Lernförderung) можна отримувати лише до 25-го дня народження. Ви все одно можете подати заяву: ми її перевіримо й надішлемо Вам рішення (Bescheid).

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = Ваші згоди
consent-school = Звільнення школи від обов’язку зберігати конфіденційність
consent-direct = Пряма оплата організатору
# Variables:
#   $date (String) - Datum
consent-given = надано { $date }
# Variables:
#   $date (String) - Datum
consent-withdrawn = відкликано { $date }
consent-not-given = не надано
consent-withdraw = Відкликати згоду
consent-withdraw-hint = Відкликання діє на майбутнє. Те, що сталося раніше (наприклад, підтвердження школи), залишається у справі. Без прямої оплати Ви отримаєте ваучер (Gutschein); без звільнення школи від обов’язку конфіденційності, будь ласка, покажіть потребу іншими документами.
consent-withdrawn-flash = Ваше відкликання згоди збережено.
consent-error-not-given = Цю згоду не надано (або її вже відкликано).
timeline-consent-school-withdrawn = Звільнення школи від обов’язку конфіденційності відкликано
timeline-consent-direct-withdrawn = Згоду на пряму оплату відкликано

## Підтверджена адреса електронної пошти
claim-error-email-unverified = Будь ласка, спочатку підтвердьте свою адресу електронної пошти за посиланням із нашого листа. Вашу заяву збережено; після цього Ви зможете її надіслати.
