## Рішення для родини: просте пояснення поруч із німецьким рішенням (Bescheid)

decision-title = Рішення
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = Вашу заяву схвалено. Jobcenter платить до { $amount } на місяць, з { $from } до { $to }. Гроші отримує: { $payee }.
decision-explain-direct = Jobcenter платить безпосередньо організатору. За те, що схвалено, Вам нічого не потрібно платити.
decision-explain-voucher = Ви отримаєте ваучер (Gutschein). Віддайте його організатору.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = Вашу заяву відхилено. Причина: { $reason } Детальне обґрунтування є в рішенні (Bescheid).
decision-explain-objection = Ви не згодні? Тоді протягом одного місяця Ви можете подати заперечення (Widerspruch): підписаним листом, особисто в Jobcenter (під запис – zur Niederschrift) або електронно, але лише з кваліфікованим електронним підписом чи через De-Mail – звичайного електронного листа недостатньо. Строк починається, коли рішення вважається отриманим: якщо його надіслано поштою – на четвертий день після відправлення. Як це зробити, написано в кінці рішення (Bescheid), у розділі «Rechtsbehelfsbelehrung» (роз’яснення про право на оскарження).
decision-explain-no-suspension = Навіть якщо Ви подасте заперечення (Widerspruch), рішення поки що залишається чинним.
decision-explain-german = Юридичну силу має рішення (Bescheid) німецькою мовою. Ми охоче пояснимо його Вам – також простою німецькою мовою (Leichte Sprache).
decision-download = Завантажити рішення (Bescheid, PDF, німецькою мовою)
reason-no-benefit = У період, на який Ви подали заяву, Ви не отримуєте потрібної для цього державної виплати (наприклад, Grundsicherungsgeld – раніше Bürgergeld – або Wohngeld).
reason-age = Ваша дитина занадто доросла для цієї допомоги.
reason-no-need = Школа не підтвердила, що Вашій дитині потрібні заняття з репетитором.
reason-missing-documents = Бракує документів, які ми у Вас просили.
reason-school-offer = У школі є безкоштовні заняття. Спочатку потрібно скористатися ними.
reason-other = Умови для отримання допомоги не виконано.
objection-letter-title = Підготувати заперечення
objection-letter-hint = Портал складе Ваше заперечення (Widerspruch) у вигляді листа (PDF). Роздрукуйте його, підпишіть і надішліть до Jobcenter або здайте його там – протягом одного місяця. Звичайного електронного листа недостатньо. У порталі нічого не зберігається.
objection-letter-reasons = Чому Ви не згодні? (Обґрунтування можна надіслати й пізніше.)
objection-letter-button = Створити лист (PDF)

## Відшкодування витрат і вручення рішення
decision-explain-reimbursement = Ви самі оплатили витрати. Jobcenter відшкодує їх Вам у межах схваленої суми.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = Ви отримали рішення (Bescheid) на порталі. Воно вважається отриманим { $known }. Подати заперечення (Widerspruch) можна не пізніше { $deadline }.
decision-known-posted = Рішення (Bescheid) надійшло поштою. Воно вважається отриманим { $known }. Подати заперечення (Widerspruch) можна не пізніше { $deadline }.
