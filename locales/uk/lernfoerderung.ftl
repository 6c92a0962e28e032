## Допомога з навчанням (Lernförderung): дані в заяві

lf-details-title = Дані про допомогу з навчанням (Lernförderung)
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = Дитина: { $child }. З яких предметів Вашій дитині потрібен репетитор, скільки годин і де?
lf-school-confirms = Пізніше школа підтвердить, що Вашій дитині потрібні заняття з репетитором. Для цього ми звернемося до школи – лише якщо наприкінці Ви дасте на це згоду.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = Jobcenter оплачує щонайбільше { $amount } за годину. Заняття в навчальному пункті школи (Lernstandort) для Вас безкоштовні.
lf-subjects = Предмети
lf-subjects-hint = Виберіть один або кілька предметів.
subject-deutsch = Німецька мова
subject-mathematik = Математика
subject-englisch = Англійська мова
subject-franzoesisch = Французька мова
subject-latein = Латина або інша іноземна мова
subject-naturwissenschaften = Біологія, хімія або фізика
subject-sachunterricht = Пізнання світу (Sachunterricht)
subject-sonstiges = Інший предмет
lf-subject-other = Інший предмет
lf-subject-other-hint = Лише якщо Ви вибрали «Інший предмет».
lf-hours = Годин на тиждень
lf-hours-hint = Число від 1 до 10. Одна година – це 45–60 хвилин.
lf-period-from = Заняття з
lf-period-to = Заняття до
lf-period-hint = Пропонуємо: до кінця шкільного півріччя. Ви можете вказати іншу дату.
lf-period = Період
lf-place = Де відбуваються заняття?
lf-place-lernstandort = У навчальному пункті (Lernstandort) – заняття в школі
lf-place-provider = У репетитора або репетиторського центру поза школою
lf-lernstandort = Навчальний пункт (Lernstandort)
lf-lernstandort-hint = Лише якщо заняття відбуваються в навчальному пункті. Якщо Ви не впевнені, запитайте шкільного соціального працівника (Schulsozialarbeit).
lf-provider-title = Репетитор поза школою (Nachhilfe-Anbieter)
lf-provider-hint = Заповнюйте, лише якщо заняття відбуваються в репетитора поза школою. На наступному кроці завантажте пропозицію репетитора з ціною (Angebot).
lf-provider-name = Ім’я репетитора або назва центру
lf-hourly-rate = Ціна за годину
lf-hourly-rate-hint = У євро, як у пропозиції, наприклад 18,50.
lf-monthly-cost = Вартість на місяць (приблизно)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = Jobcenter оплачує щонайбільше { $cap } за годину. Різницю – { $over } за годину – Вам довелося б платити самим або домовитися з репетитором.
lf-reason = Чому Вашій дитині потрібні заняття з репетитором?
lf-reason-hint = Достатньо кількох речень. Наприклад: дитину можуть не перевести до наступного класу, оцінка з математики незадовільна (mangelhaft).
lf-error-subjects = Будь ласка, виберіть зі списку хоча б один предмет.
lf-error-subject-other = Будь ласка, напишіть, який інший предмет.
lf-error-hours = Будь ласка, вкажіть ціле число від 1 до 10.
lf-error-from-past = Дата початку – більше ніж дванадцять місяців тому. За такі давні місяці вже нічого не можна виплатити. Ми перевіримо, з якого часу будуть виплати, і напишемо це в рішенні (Bescheid).
lf-error-from-future = Дата початку – більше ніж через рік.
lf-error-to-before-from = Дата кінця має бути пізніше за дату початку.
lf-error-period-long = Одна заява діє не довше одного навчального року.
lf-error-place = Будь ласка, виберіть, де відбуваються заняття.
lf-error-lernstandort = Будь ласка, виберіть навчальний пункт (Lernstandort).
lf-error-lernstandort-unknown = Такого навчального пункту немає, або зараз він не приймає нових учнів. Будь ласка, виберіть інший.
lf-error-rate-zero = Ціна за годину має бути більшою за 0.
