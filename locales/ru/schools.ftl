## Группы занятий при школах (Lernstandorte): школы их регистрируют, администрация проверяет, семьи находят

# Variables:
#   $schools (String) - die Schulen der Schulsozialarbeit
school-lead = Вы работаете для школ: { $schools }.
school-no-schools = Ваша учётная запись ещё не привязана ни к одной школе. Пожалуйста, обратитесь в команду BuT в Jobcenter.
school-sites-title = Ваши группы занятий (Lernstandorte)
site-new = Зарегистрировать группу занятий
# Variables:
#   $place (String) - Raum oder Ort
site-edit-title = Группа занятий: { $place }
site-form-lead = Группа занятий (Lernstandort) — это дополнительные занятия прямо в Вашей школе. После проверки командой BuT группа появится в открытом поиске, и её можно будет выбрать в заявлении.
site-school = Школа
site-place = Место в школе
site-place-hint = Например: кабинет B 104 или библиотека в старом здании.
site-subjects = Предметы
site-grade-from = С какого класса
site-grade-to = По какой класс
site-grades = Классы
# Variables:
#   $from (Number) - erste Klasse
#   $to (Number) - letzte Klasse
site-grades-range = С { $from } по { $to } класс
site-schedule = Дни недели и время
site-schedule-hint = Например: пн и ср 14:00–15:30.
site-places = Количество мест
site-tutors = Педагоги-наставники (Lernbegleiterinnen und Lernbegleiter)
site-tutors-hint = Имена или количество.
site-contact = Контактное лицо
site-contact-hint = Имя и телефон или e-mail.
site-start = Начало
site-review-hint = Новые и изменённые группы занятий команда BuT проверяет, прежде чем они станут видны всем.
site-submit = Отправить на проверку
site-submitted = Группа занятий отправлена на проверку команде BuT.
site-status = Статус
site-status-pending = На проверке
site-status-approved = Одобрена
site-status-returned = Возвращена на доработку
site-status-paused = Приостановлена
site-status-closed = Закрыта
site-status-changed = Статус группы занятий изменён.
site-review-comment = Замечание команды BuT
site-pause = Приостановить (не принимать новых учеников)
site-reopen = Снова открыть
site-close = Закрыть
# Variables:
#   $taken (Number) - belegte Plätze
#   $places (Number) - alle Plätze
site-occupancy = Занято мест: { $taken } из { $places }
# Variables:
#   $free (Number) - freie Plätze
#   $places (Number) - alle Plätze
site-free-places = { $free ->
    [one] Свободно { $free } место
    [few] Свободно { $free } места
    [many] Свободно { $free } мест
   *[other] Свободно { $free } места
    } (из { $places })
site-full = Всё занято — свободных мест сейчас нет
site-error-school = Пожалуйста, выберите одну из Ваших школ.
site-error-grade = Пожалуйста, укажите класс от 1 до 13.
site-error-grade-order = Последний класс не может быть меньше первого.
site-error-places = Пожалуйста, укажите число от 1 до 200.
site-error-start-past = Начало было больше года назад.
site-error-closed = Эта группа занятий закрыта. Изменить её больше нельзя.
site-error-not-allowed = С этой группой занятий сейчас это сделать нельзя.
site-error-changed = Тем временем группа занятий была изменена. Пожалуйста, обновите страницу.
site-error-comment = Пожалуйста, напишите, что школе нужно изменить.
staff-sites-title = Проверить группы занятий
staff-sites-empty = Сейчас нет групп занятий, которые ждут проверки.
site-approve = Одобрить
site-approved = Группа занятий одобрена и видна всем.
site-return-comment = Замечание для школы
site-return = Вернуть на доработку
site-returned = Группа занятий возвращена школе с Вашим замечанием.
home-finder-link = Найти группы занятий (Lernstandorte) рядом с Вами
lf-finder-link = Посмотреть все группы занятий с предметами и временем
lf-error-lernstandort-full = В этой группе занятий в выбранный период нет свободных мест. Пожалуйста, выберите другую.
admin-school = Школа
admin-school-hint = Только для учётных записей школьных социальных работников: школа, для которой работает эта учётная запись.
conf-list-title = Подтверждения для помощи в учёбе (Lernförderung)
conf-list-hint = Заявления учениц и учеников Ваших школ, родители которых согласились, чтобы Jobcenter обратился в школу.
conf-state-open = Ждёт Вашего подтверждения
conf-state-confirmed = Потребность подтверждена
conf-state-declined = Потребность не подтверждена
# Variables:
#   $child (String) - Name des Kindes
conf-title = Подтверждение школы: { $child }
conf-school = Школа и класс
conf-asked = Запрошено
# Variables:
#   $subjects (String) - Fächer
#   $hours (String) - Stunden pro Woche
#   $period (String) - Zeitraum
conf-asked-text = { $subjects }; { $hours } ч в неделю; { $period }
conf-lead = Пожалуйста, подтвердите, по каким предметам, сколько часов и как долго ребёнку нужна помощь в учёбе (Lernförderung). Или откажите и укажите причину.
conf-decision = Ваше решение
conf-confirm = Подтвердить потребность
conf-decline = Не подтверждать потребность
conf-goals-at-risk = Без помощи в учёбе (Lernförderung) под угрозой основные учебные цели (например, перевод в следующий класс), и школа не может покрыть эту потребность своими занятиями.
conf-reason = Обоснование
conf-reason-hint = Только если Вы не подтверждаете потребность.
conf-submit = Сохранить решение
conf-confirmed = Вы подтвердили потребность. Теперь Jobcenter примет решение по заявлению.
conf-declined = Вы не подтвердили потребность. Jobcenter сообщит об этом семье.
conf-error-goals = Пожалуйста, подтвердите, что без помощи в учёбе учебные цели под угрозой. Иначе, пожалуйста, откажите.
conf-error-reason = Пожалуйста, объясните, почему Вы не подтверждаете потребность.
conf-error-decision = Пожалуйста, выберите, подтверждаете ли Вы потребность.
conf-error-exists = Школа уже приняла решение по этому заявлению.
timeline-school-confirmed = Школа подтвердила потребность
timeline-school-declined = Школа не подтвердила потребность
behalf-title = Начать заявление вместе с семьёй
behalf-start-lead = Вы можете начать заявление на помощь в учёбе (Lernförderung) вместе с родителями, например во время консультации. У семьи должна быть учётная запись на портале, а ребёнок должен учиться в одной из Ваших школ. Для этого родители создают в своей учётной записи код для своего ребёнка и передают его Вам. Потом родители проверяют заявление в своей учётной записи и сами его отправляют.
behalf-family-email = Адрес электронной почты учётной записи семьи
behalf-family-email-hint = С этим адресом родители входят на портал.
behalf-code = Код семьи
behalf-code-hint = Родители найдут его в своей учётной записи в данных ребёнка, в разделе «Код для школьного социального работника (Schulsozialarbeit)», например ABCD-EFGH.
behalf-error-code = Пожалуйста, введите код из 8 знаков, который Вам дали родители.
behalf-start = Начать заявление
behalf-started = Заявление создано. Пожалуйста, теперь заполните данные вместе с родителями.
behalf-lead = Это заявление Вы заполняете вместе с родителями. Отправить его могут только родители из своей учётной записи.
behalf-saved = Данные сохранены. Теперь родители видят заявление в своей учётной записи и могут его отправить.
behalf-error-not-found = Для этого адреса электронной почты и этого кода мы не нашли ребёнка в Ваших школах. Код действует одну неделю и только один раз. Пожалуйста, проверьте данные или попросите у родителей новый код.
behalf-family-hint = Школа начала это заявление вместе с Вами. Пожалуйста, проверьте и отправьте его.
timeline-started-by-school = Школа начала заявление вместе с Вами
school-directory-title = Список школ
school-directory-list = Все школы
school-add = Добавить школу
school-edit = Изменить школу
# Variables:
#   $name (String) - Name der Schule
school-edit-title = Школа: { $name }
school-name = Название школы
school-type = Тип школы
school-save = Сохранить
school-saved = Школа сохранена.
school-error-type = Пожалуйста, выберите тип школы из списка.
school-error-exists = Школа с таким названием в этом городе или общине уже есть.
request-title = Запросить доступ для школьного социального работника
request-lead = Вы работаете школьным социальным работником (Schulsozialarbeit) в школе в Kreis Warendorf? Запросите здесь доступ. Команда BuT проверит запрос. После этого Вы сможете войти.
request-name = Ваше имя
request-email-hint = Пожалуйста, укажите Ваш рабочий адрес.
request-message = Сообщение для команды BuT
request-message-hint = Например, Ваша должность или номер телефона для вопросов.
request-submit = Запросить доступ
request-sent = Ваш запрос получен командой BuT. Вы сможете войти, как только доступ одобрят.
request-error-school = Пожалуйста, выберите Вашу школу из списка.
request-error-decided = По этому запросу уже принято решение.
requests-title = Доступы для школьных социальных работников
requests-empty = Сейчас нет запросов на доступ.
request-approve = Одобрить
request-reject = Отклонить
request-approved = Доступ одобрен.
request-rejected = Запрос на доступ отклонён.
login-school-request = Вы школьный социальный работник и у Вас нет доступа?
behalf-signed-title = Или: загрузить подписанное заявление
behalf-signed-text = Родители подписали на бумаге заявление с подтверждением данных, согласием и освобождением школы от обязанности хранить тайну (Schweigepflichtentbindung)? Тогда загрузите его здесь (скан или фото). Этим заявление считается поданным.
behalf-signed-submit = Загрузить и подать
behalf-submitted = Заявление с подписанным согласием подано.
behalf-error-incomplete = Заполнены не все данные. Пожалуйста, сначала полностью заполните заявление.
