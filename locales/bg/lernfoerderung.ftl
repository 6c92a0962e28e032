## Помощ при ученето (Lernförderung): данни в заявлението

lf-details-title = Данни за помощта при ученето (Lernförderung)
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = За { $child }: По кои предмети детето Ви има нужда от допълнителни уроци, колко часа и къде?
lf-school-confirms = По-късно училището ще потвърди, че детето Ви има нужда от уроците. За това ще попитаме училището – само ако накрая дадете съгласие.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = Jobcenter плаща най-много { $amount } на час. Уроците в учебен пункт (Lernstandort) в училището са безплатни за Вас.
lf-subjects = Предмети
lf-subjects-hint = Изберете един или повече предмети.
subject-deutsch = Немски език
subject-mathematik = Математика
subject-englisch = Английски език
subject-franzoesisch = Френски език
subject-latein = Латински или друг чужд език
subject-naturwissenschaften = Биология, химия или физика
subject-sachunterricht = Околен свят (Sachunterricht)
subject-sonstiges = Друг предмет
lf-subject-other = Друг предмет
lf-subject-other-hint = Само ако сте избрали „Друг предмет“.
lf-hours = Часове на седмица
lf-hours-hint = Число от 1 до 10. Един час е от 45 до 60 минути.
lf-period-from = Уроци от
lf-period-to = Уроци до
lf-period-hint = Предложение: до края на учебния срок. Можете да въведете и друга дата.
lf-period = Период
lf-place = Къде ще бъдат уроците?
lf-place-lernstandort = В учебен пункт (Lernstandort) – уроци в училището
lf-place-provider = При организация за уроци извън училището
lf-lernstandort = Учебен пункт (Lernstandort)
lf-lernstandort-hint = Само ако уроците са в учебен пункт. Ако не сте сигурни, попитайте училищния социален работник (Schulsozialarbeit).
lf-provider-title = Организация за допълнителни уроци
lf-provider-hint = Попълнете само ако уроците са при организация извън училището. В следващата стъпка качете офертата на организацията.
lf-provider-name = Име на организацията
lf-hourly-rate = Цена на час
lf-hourly-rate-hint = В евро, както е в офертата, например 18,50.
lf-monthly-cost = Разходи на месец (приблизително)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = Jobcenter плаща най-много { $cap } на час. Разликата от { $over } на час ще трябва да платите сами или да уточните с организацията.
lf-reason = Защо детето Ви има нужда от допълнителни уроци?
lf-reason-hint = Няколко изречения са достатъчни. Например: Детето може да не премине в следващия клас. Оценката по математика е слаба.
lf-error-subjects = Моля, изберете поне един предмет от списъка.
lf-error-subject-other = Моля, напишете кой е другият предмет.
lf-error-hours = Моля, въведете цяло число от 1 до 10.
lf-error-from-past = Началото е преди повече от дванадесет месеца. За толкова отдавна минали месеци вече не може да се плаща. Ще проверим от кога може да се плаща и ще го напишем в решението (Bescheid).
lf-error-from-future = Началото е след повече от една година.
lf-error-to-before-from = Краят трябва да е след началото.
lf-error-period-long = Едно заявление важи най-много за една учебна година.
lf-error-place = Моля, изберете къде ще бъдат уроците.
lf-error-lernstandort = Моля, изберете учебен пункт.
lf-error-lernstandort-unknown = Този учебен пункт не съществува или в момента не приема нови ученици. Моля, изберете друг.
lf-error-rate-zero = Цената на час трябва да е по-голяма от 0.
