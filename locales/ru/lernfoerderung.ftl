## Помощь в учёбе (Lernförderung, дополнительные занятия): данные в заявлении

lf-details-title = Данные для помощи в учёбе (Lernförderung)
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = { $child }: по каким предметам нужны дополнительные занятия, сколько часов и где?
lf-school-confirms = Позже школа подтвердит, что Вашему ребёнку нужны дополнительные занятия. Для этого мы обратимся в школу — но только если Вы в конце дадите согласие.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = Jobcenter оплачивает не более { $amount } за час. Занятия в группе при школе (Lernstandort) для Вас бесплатны.
lf-subjects = Предметы
lf-subjects-hint = Выберите один или несколько предметов.
subject-deutsch = Немецкий язык
subject-mathematik = Математика
subject-englisch = Английский язык
subject-franzoesisch = Французский язык
subject-latein = Латынь или другой иностранный язык
subject-naturwissenschaften = Биология, химия или физика
subject-sachunterricht = Окружающий мир (Sachunterricht)
subject-sonstiges = Другой предмет
lf-subject-other = Другой предмет
lf-subject-other-hint = Только если Вы выбрали «Другой предмет».
lf-hours = Сколько часов в неделю
lf-hours-hint = Число от 1 до 10. Один час — это от 45 до 60 минут.
lf-period-from = Начало занятий
lf-period-to = Конец занятий
lf-period-hint = Предложение: до конца школьного полугодия. Вы можете указать другую дату.
lf-period = Срок
lf-place = Где проходят дополнительные занятия?
lf-place-lernstandort = В группе занятий (Lernstandort) — занятия в школе
lf-place-provider = У организации или репетитора вне школы
lf-lernstandort = Группа занятий (Lernstandort)
lf-lernstandort-hint = Только если занятия проходят в группе при школе (Lernstandort). Если Вы не уверены, спросите школьного социального работника (Schulsozialarbeit).
lf-provider-title = Организация или репетитор
lf-provider-hint = Заполните, только если занятия проходят вне школы. На следующем шаге загрузите предложение (Angebot) этой организации или репетитора.
lf-provider-name = Название организации или имя репетитора
lf-hourly-rate = Цена за час
lf-hourly-rate-hint = В евро, как в предложении, например 18,50.
lf-monthly-cost = Расходы в месяц (примерно)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = Jobcenter оплачивает не более { $cap } за час. Разницу — { $over } за час — Вам нужно будет заплатить самим или обсудить с организацией или репетитором.
lf-reason = Почему Вашему ребёнку нужны дополнительные занятия?
lf-reason-hint = Достаточно нескольких предложений. Например: ребёнка могут не перевести в следующий класс, по математике оценка «неудовлетворительно» (mangelhaft).
lf-error-subjects = Пожалуйста, выберите из списка хотя бы один предмет.
lf-error-subject-other = Пожалуйста, укажите другой предмет.
lf-error-hours = Пожалуйста, укажите целое число от 1 до 10.
lf-error-from-past = Начало было больше двенадцати месяцев назад. За такие давние месяцы уже ничего нельзя выплатить. Мы проверим, с какого времени будут выплаты, и напишем это в решении (Bescheid).
lf-error-from-future = Начало слишком далеко в будущем: больше чем через год.
lf-error-to-before-from = Конец должен быть позже начала.
lf-error-period-long = Одно заявление действует не более одного учебного года.
lf-error-place = Пожалуйста, выберите, где проходят дополнительные занятия.
lf-error-lernstandort = Пожалуйста, выберите группу занятий (Lernstandort).
lf-error-lernstandort-unknown = Такой группы занятий нет, или сейчас она не принимает новых учеников. Пожалуйста, выберите другую.
lf-error-rate-zero = Цена за час должна быть больше 0.
