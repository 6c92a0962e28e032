## Навчальні пункти (Lernstandorte): школи їх реєструють, адміністрація перевіряє, родини знаходять

# Variables:
#   $schools (String) - die Schulen der Schulsozialarbeit
school-lead = Ви працюєте в: { $schools }.
school-no-schools = Ваш обліковий запис ще не прив’язаний до жодної школи. Будь ласка, зверніться до команди BuT у Jobcenter.
school-sites-title = Ваші навчальні пункти (Lernstandorte)
site-new = Зареєструвати навчальний пункт
# Variables:
#   $place (String) - Raum oder Ort
site-edit-title = Навчальний пункт: { $place }
site-form-lead = Навчальний пункт (Lernstandort) – це заняття з репетитором просто у Вашій школі. Після перевірки командою BuT він з’явиться в загальнодоступному пошуку, і його можна буде вибрати в заяві.
site-school = Школа
site-place = Місце в школі
site-place-hint = Наприклад: кімната B 104 або бібліотека в старому корпусі.
site-subjects = Предмети
site-grade-from = З класу
site-grade-to = До класу
site-grades = Класи
# Variables:
#   $from (Number) - erste Klasse
#   $to (Number) - letzte Klasse
site-grades-range = Класи з { $from } по { $to }
site-schedule = Дні тижня та час
site-schedule-hint = Наприклад: пн і ср 14:00–15:30.
site-places = Місця
site-tutors = Наставниці та наставники (Lernbegleiterinnen und Lernbegleiter)
site-tutors-hint = Імена або кількість.
site-contact = Контактна особа
site-contact-hint = Ім’я та телефон або e-mail.
site-start = Початок
site-review-hint = Нові та змінені навчальні пункти команда BuT перевіряє, перш ніж вони стануть загальнодоступними.
site-submit = Надіслати на перевірку
site-submitted = Навчальний пункт надіслано на перевірку команді BuT.
site-status = Стан
site-status-pending = На перевірці
site-status-approved = Затверджено
site-status-returned = Повернуто на доопрацювання
site-status-paused = Призупинено
site-status-closed = Закрито
site-status-changed = Стан навчального пункту змінено.
site-review-comment = Примітка команди BuT
site-pause = Призупинити (без нових учениць і учнів)
site-reopen = Знову відкрити
site-close = Закрити
# Variables:
#   $taken (Number) - belegte Plätze
#   $places (Number) - alle Plätze
site-occupancy = Зайнято місць: { $taken } з { $places }
# Variables:
#   $free (Number) - freie Plätze
#   $places (Number) - alle Plätze
site-free-places = { $free ->
    [one] { $free } вільне місце
    [few] { $free } вільні місця
    [many] { $free } вільних місць
   *[other] { $free } вільного місця
    } (з { $places })
site-full = Усі місця зайняті – зараз вільних місць немає
site-error-school = Будь ласка, виберіть одну зі своїх шкіл.
site-error-grade = Будь ласка, вкажіть клас від 1 до 13.
site-error-grade-order = Останній клас не може бути меншим за перший.
site-error-places = Будь ласка, вкажіть число від 1 до 200.
site-error-start-past = Дата початку – понад рік тому.
site-error-closed = Цей навчальний пункт закрито. Його більше не можна змінити.
site-error-not-allowed = Для цього навчального пункту це зараз неможливо.
site-error-changed = Тим часом навчальний пункт було змінено. Будь ласка, оновіть сторінку.
site-error-comment = Будь ласка, напишіть, що школа має змінити.
staff-sites-title = Перевірка навчальних пунктів
staff-sites-empty = Зараз жоден навчальний пункт не чекає на перевірку.
site-approve = Затвердити
site-approved = Навчальний пункт затверджено. Тепер він загальнодоступний.
site-return-comment = Примітка для школи
site-return = Повернути на доопрацювання
site-returned = Навчальний пункт повернуто школі з Вашою приміткою.
home-finder-link = Знайти навчальні пункти (Lernstandorte) поблизу
lf-finder-link = Переглянути всі навчальні пункти з предметами та часом занять
lf-error-lernstandort-full = У цьому навчальному пункті у вибраний період немає вільних місць. Будь ласка, виберіть інший.
admin-school = Школа
admin-school-hint = Лише для облікових записів шкільних соціальних працівників (Schulsozialarbeit): школа, для якої працює цей обліковий запис.
conf-list-title = Підтвердження для допомоги з навчанням (Lernförderung)
conf-list-hint = Заяви учениць і учнів Ваших шкіл, батьки яких погодилися, щоб Jobcenter звернувся до школи.
conf-state-open = Чекає на Ваше підтвердження
conf-state-confirmed = Потребу підтверджено
conf-state-declined = Потребу не підтверджено
# Variables:
#   $child (String) - Name des Kindes
conf-title = Підтвердження школи для дитини: { $child }
conf-school = Школа та клас
conf-asked = Запитано в заяві
# Variables:
#   $subjects (String) - Fächer
#   $hours (String) - Stunden pro Woche
#   $period (String) - Zeitraum
conf-asked-text = { $subjects }; { $hours } год на тиждень; { $period }
conf-lead = Будь ласка, підтвердьте, з яких предметів, скільки годин і як довго дитині потрібна допомога з навчанням (Lernförderung), – або відмовте й поясніть причину.
conf-decision = Ваше рішення
conf-confirm = Підтвердити потребу
conf-decline = Не підтверджувати потребу
conf-goals-at-risk = Без допомоги з навчанням під загрозою основні навчальні цілі (наприклад, перехід до наступного класу), і школа не може покрити цю потребу власними заняттями.
conf-reason = Обґрунтування
conf-reason-hint = Лише якщо Ви не підтверджуєте потребу.
conf-submit = Зберегти рішення
conf-confirmed = Ви підтвердили потребу. Тепер Jobcenter ухвалить рішення щодо заяви.
conf-declined = Ви не підтвердили потребу. Jobcenter повідомить про це родину.
conf-error-goals = Будь ласка, підтвердьте, що без допомоги з навчанням навчальні цілі під загрозою, – інакше, будь ласка, відмовте.
conf-error-reason = Будь ласка, поясніть, чому Ви не підтверджуєте потребу.
conf-error-decision = Будь ласка, виберіть, чи підтверджуєте Ви потребу.
conf-error-exists = Школа вже ухвалила рішення щодо цієї заяви.
timeline-school-confirmed = Школа підтвердила потребу
timeline-school-declined = Школа не підтвердила потребу
behalf-title = Розпочати заяву разом із родиною
behalf-start-lead = Ви можете розпочати заяву на допомогу з навчанням (Lernförderung) разом із батьками, наприклад під час консультації. Родині потрібен обліковий запис на порталі, а дитина має навчатися в одній із Ваших шкіл. Для цього батьки створюють у своєму обліковому записі код для своєї дитини й передають його Вам. Потім батьки перевіряють заяву у своєму обліковому записі й надсилають її самі.
behalf-family-email = Адреса електронної пошти облікового запису родини
behalf-family-email-hint = З цією адресою батьки входять на портал.
behalf-code = Код родини
behalf-code-hint = Батьки знайдуть його у своєму обліковому записі в даних дитини, у розділі «Код для шкільного соціального працівника (Schulsozialarbeit)», наприклад ABCD-EFGH.
behalf-error-code = Будь ласка, введіть код із 8 символів, який Вам дали батьки.
behalf-start = Розпочати заяву
behalf-started = Заяву створено. Тепер, будь ласка, заповніть дані разом із батьками.
behalf-lead = Цю заяву Ви заповнюєте разом із батьками. Надіслати її можуть лише батьки у своєму обліковому записі.
behalf-saved = Дані збережено. Тепер батьки бачать заяву у своєму обліковому записі й можуть її надіслати.
behalf-error-not-found = Для цієї адреси електронної пошти та цього коду ми не знайшли дитини у Ваших школах. Код дійсний один тиждень і лише один раз. Будь ласка, перевірте дані або попросіть у батьків новий код.
behalf-family-hint = Школа розпочала цю заяву разом із Вами – будь ласка, перевірте й надішліть її.
timeline-started-by-school = Школа розпочала заяву разом із Вами
school-directory-title = Перелік шкіл
school-directory-list = Усі школи
school-add = Додати школу
school-edit = Змінити школу
# Variables:
#   $name (String) - Name der Schule
school-edit-title = Школа: { $name }
school-name = Назва школи
school-type = Тип школи (Schulform)
school-save = Зберегти
school-saved = Школу збережено.
school-error-type = Будь ласка, виберіть тип школи зі списку.
school-error-exists = Школа з такою назвою в цій громаді вже є.
request-title = Запит на доступ для шкільної соціальної роботи (Schulsozialarbeit)
request-lead = Ви працюєте шкільним соціальним працівником (Schulsozialarbeit) у школі в Kreis Warendorf? Подайте тут запит на доступ. Команда BuT перевірить запит, після цього Ви зможете увійти.
request-name = Ваше ім’я
request-email-hint = Будь ласка, вкажіть Вашу службову адресу.
request-message = Повідомлення для команди BuT
request-message-hint = Наприклад, Ваша посада або номер телефону для запитань.
request-submit = Подати запит на доступ
request-sent = Ваш запит отримала команда BuT. Ви зможете увійти, щойно його схвалять.
request-error-school = Будь ласка, виберіть Вашу школу зі списку.
request-error-decided = Щодо цього запиту вже ухвалено рішення.
requests-title = Доступи для шкільної соціальної роботи
requests-empty = Зараз жоден запит на доступ не чекає на розгляд.
request-approve = Схвалити
request-reject = Відхилити
request-approved = Доступ надано.
request-rejected = Запит на доступ відхилено.
login-school-request = Ви шкільний соціальний працівник і ще не маєте доступу?
behalf-signed-title = Або: завантажте підписану заяву
behalf-signed-text = Батьки підписали на папері заяву із запевненням, згодою та звільненням від обов’язку зберігати конфіденційність (Schweigepflichtentbindung)? Тоді завантажте її тут (скан або фото). Так заяву буде подано.
behalf-signed-submit = Завантажити й подати
behalf-submitted = Заяву з підписаною згодою подано.
behalf-error-incomplete = Бракує деяких даних. Будь ласка, спочатку повністю заповніть заяву.
