## Учебни пунктове (Lernstandorte): училищата ги регистрират, администрацията ги проверява, семействата ги намират

# Variables:
#   $schools (String) - die Schulen der Schulsozialarbeit
school-lead = Работите за: { $schools }.
school-no-schools = Профилът Ви още не е свързан с училище. Моля, обърнете се към екипа на BuT в Jobcenter.
school-sites-title = Вашите учебни пунктове (Lernstandorte)
site-new = Регистрирайте учебен пункт
# Variables:
#   $place (String) - Raum oder Ort
site-edit-title = Учебен пункт: { $place }
site-form-lead = Учебният пункт (Lernstandort) е място за допълнителни уроци направо във Вашето училище. След проверка от екипа на BuT той се появява в публичното търсене и може да бъде избран в заявлението.
site-school = Училище
site-place = Място в училището
site-place-hint = Например: стая B 104 или библиотеката в старата сграда.
site-subjects = Предмети
site-grade-from = От клас
site-grade-to = До клас
site-grades = Класове
# Variables:
#   $from (Number) - erste Klasse
#   $to (Number) - letzte Klasse
site-grades-range = от { $from } до { $to } клас
site-schedule = Дни и часове
site-schedule-hint = Например: пон. и ср. 14:00–15:30.
site-places = Места
site-tutors = Преподаватели (Lernbegleiterinnen und Lernbegleiter)
site-tutors-hint = Имена или брой.
site-contact = Лице за контакт
site-contact-hint = Име и телефон или имейл.
site-start = Начало
site-review-hint = Екипът на BuT проверява новите и променените учебни пунктове, преди да станат публични.
site-submit = Изпратете за проверка
site-submitted = Учебният пункт е изпратен за проверка на екипа на BuT.
site-status = Състояние
site-status-pending = В проверка
site-status-approved = Одобрен
site-status-returned = Върнат
site-status-paused = На пауза
site-status-closed = Закрит
site-status-changed = Състоянието на учебния пункт е променено.
site-review-comment = Бележка от екипа на BuT
site-pause = Поставете на пауза (без нови ученици)
site-reopen = Отворете отново
site-close = Закрийте
# Variables:
#   $taken (Number) - belegte Plätze
#   $places (Number) - alle Plätze
site-occupancy = Заети места: { $taken } от { $places }
# Variables:
#   $free (Number) - freie Plätze
#   $places (Number) - alle Plätze
site-free-places = { $free ->
    [one] 1 свободно място
   *[other] { $free } свободни места
    } (от { $places })
site-full = Пълно – в момента няма свободни места
site-error-school = Моля, изберете едно от Вашите училища.
site-error-grade = Моля, въведете клас от 1 до 13.
site-error-grade-order = Последният клас не може да бъде преди първия.
site-error-places = Моля, въведете число от 1 до 200.
site-error-start-past = Началото е преди повече от една година.
site-error-closed = Този учебен пункт е закрит и вече не може да бъде променян.
site-error-not-allowed = Това действие в момента не е възможно за този учебен пункт.
site-error-changed = Междувременно учебният пункт е променен. Моля, заредете страницата отново.
site-error-comment = Моля, напишете какво трябва да промени училището.
staff-sites-title = Проверка на учебни пунктове
staff-sites-empty = В момента няма учебен пункт, който да чака проверка.
site-approve = Одобрете
site-approved = Учебният пункт е одобрен и вече е публичен.
site-return-comment = Бележка за училището
site-return = Върнете
site-returned = Учебният пункт е върнат на училището с Вашата бележка.
home-finder-link = Намерете учебни пунктове (Lernstandorte) близо до Вас
lf-finder-link = Вижте всички учебни пунктове с предмети и часове
lf-error-lernstandort-full = В този учебен пункт няма свободно място за избрания период. Моля, изберете друг.
admin-school = Училище
admin-school-hint = Само за профили на училищни социални работници: училището, за което работи профилът.
conf-list-title = Потвърждения за помощ при ученето (Lernförderung)
conf-list-hint = Заявления за ученици от Вашите училища, чиито родители са съгласни училището да бъде попитано.
conf-state-open = Чака Вашето потвърждение
conf-state-confirmed = Нуждата е потвърдена
conf-state-declined = Нуждата не е потвърдена
# Variables:
#   $child (String) - Name des Kindes
conf-title = Потвърждение от училището за { $child }
conf-school = Училище и клас
conf-asked = Заявено
# Variables:
#   $subjects (String) - Fächer
#   $hours (String) - Stunden pro Woche
#   $period (String) - Zeitraum
conf-asked-text = { $subjects }; часове на седмица: { $hours }; { $period }
conf-lead = Моля, потвърдете по кои предмети, колко часа и за колко време детето има нужда от помощ при ученето (Lernförderung) – или откажете с обосновка.
conf-decision = Вашето решение
conf-confirm = Потвърждавам нуждата
conf-decline = Не потвърждавам нуждата
conf-goals-at-risk = Без помощ при ученето основните учебни цели са застрашени (например преминаването в следващия клас) и училището не може да покрие нуждата със собствени възможности.
conf-reason = Обосновка
conf-reason-hint = Само ако не потвърждавате нуждата.
conf-submit = Запазете решението
conf-confirmed = Вие потвърдихте нуждата. Сега Jobcenter ще вземе решение по заявлението.
conf-declined = Вие не потвърдихте нуждата. Jobcenter ще уведоми семейството.
conf-error-goals = Моля, потвърдете, че без помощ при ученето учебните цели са застрашени. В противен случай, моля, откажете.
conf-error-reason = Моля, обосновете защо не потвърждавате нуждата.
conf-error-decision = Моля, изберете дали потвърждавате нуждата.
conf-error-exists = Училището вече е взело решение по това заявление.
timeline-school-confirmed = Училището потвърди нуждата от уроци
timeline-school-declined = Училището не потвърди нуждата от уроци
behalf-title = Започнете заявление заедно със семейство
behalf-start-lead = Можете да започнете заявление за помощ при ученето (Lernförderung) заедно с родителите, например по време на консултация. Семейството трябва да има профил в портала, а детето трябва да учи в едно от Вашите училища. За целта родителите създават в своя профил код за детето си и Ви го дават. След това родителите проверяват заявлението в своя профил и сами го изпращат.
behalf-family-email = Имейл адрес на профила на семейството
behalf-family-email-hint = С този адрес родителите влизат в портала.
behalf-code = Код на семейството
behalf-code-hint = Родителите го намират в своя профил при детето, под „Код за училищния социален работник (Schulsozialarbeit)“, например ABCD-EFGH.
behalf-error-code = Моля, въведете кода от 8 знака, който родителите са Ви дали.
behalf-start = Започнете заявлението
behalf-started = Заявлението е създадено. Моля, попълнете сега данните заедно с родителите.
behalf-lead = Попълвате това заявление заедно с родителите. Само родителите могат да го изпратят от своя профил.
behalf-saved = Данните са запазени. Родителите вече виждат заявлението в своя профил и могат да го изпратят.
behalf-error-not-found = Не намерихме дете във Вашите училища с този имейл адрес и този код. Кодът важи една седмица и само веднъж. Моля, проверете данните или поискайте от родителите нов код.
behalf-family-hint = Училището започна това заявление заедно с Вас – моля, проверете го и го изпратете.
timeline-started-by-school = Училището започна заявлението заедно с Вас
school-directory-title = Списък на училищата
school-directory-list = Всички училища
school-add = Добавете училище
school-edit = Променете училището
# Variables:
#   $name (String) - Name der Schule
school-edit-title = Училище: { $name }
school-name = Име на училището
school-type = Вид училище
school-save = Запазете
school-saved = Училището е запазено.
school-error-type = Моля, изберете вид училище от списъка.
school-error-exists = В тази община вече има училище с това име.
request-title = Заявка за достъп за училищни социални работници (Schulsozialarbeit)
request-lead = Работите като училищен социален работник в училище в Kreis Warendorf? Заявете тук своя достъп. Екипът на BuT проверява заявката. След това можете да влезете.
request-name = Вашето име
request-email-hint = Моля, посочете служебния си адрес.
request-message = Съобщение до екипа на BuT
request-message-hint = Например Вашата длъжност или телефонен номер за въпроси.
request-submit = Заявете достъп
request-sent = Заявката Ви е при екипа на BuT. Можете да влезете, щом бъде одобрена.
request-error-school = Моля, изберете училището си от списъка.
request-error-decided = По тази заявка вече има решение.
requests-title = Достъп за училищни социални работници
requests-empty = В момента няма заявка за достъп, която да чака.
request-approve = Одобрете
request-reject = Отхвърлете
request-approved = Достъпът е одобрен.
request-rejected = Заявката за достъп е отхвърлена.
login-school-request = Училищен социален работник без достъп?
behalf-signed-title = Или: качете подписано заявление
behalf-signed-text = Родителите подписаха ли заявлението на хартия – с декларацията, съгласието и освобождаването от задължението за поверителност (Schweigepflichtentbindung)? Тогава го качете тук (сканирано или като снимка). С това заявлението е подадено.
behalf-signed-submit = Качете и подайте
behalf-submitted = Заявлението е подадено с подписаното съгласие.
behalf-error-incomplete = Още липсват данни. Моля, първо попълнете заявлението докрай.
