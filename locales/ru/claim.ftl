## Подача заявления, страница заявления, ход рассмотрения

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = Шаг { $step } из { $total }
claim-continue = Далее
claim-back = Назад
claim-check-title = Проверьте Ваши данные
claim-child = Ребёнок
claim-benefit = Выплата
claim-change-answers = Изменить данные
claim-declaration-title = Подтверждение данных и согласие
claim-declaration-text = Я подтверждаю, что мои данные верны и полны. Я сразу сообщу в Jobcenter об изменениях, например если мой ребёнок больше не ходит в клуб или на дополнительные занятия.
claim-consent-text = Добровольно: я согласен (согласна), чтобы Jobcenter перечислял деньги напрямую организации (прямая оплата). Без этого согласия Вы получите ваучер (Gutschein) для организации. Вы можете в любое время отозвать согласие на будущее — здесь на портале на странице Вашего заявления или в Jobcenter.
claim-privacy-hint = Ваши данные — это социальные данные (Sozialdaten). Они используются только для этого заявления. Это предусмотрено § 67a Десятой книги Социального кодекса Германии (SGB X).
claim-submit = Окончательно отправить заявление
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = Заявление { $reference }
claim-page-title-draft = Черновик (ещё не отправлен)
claim-status = Статус
claim-next-steps = Мы проверим Ваше заявление. Если нам что-то нужно узнать, мы напишем Вам здесь, на портале. Решение Вы получите письмом (Bescheid). Пожалуйста, распечатайте или сохраните эту страницу как подтверждение.
claim-continue-draft = Продолжить заполнение заявления
claim-submitted-at = Дата отправки
claim-timeline = Ход рассмотрения
claim-withdraw-hint = Выплата Вам больше не нужна? Вы можете отозвать заявление, пока по нему не принято решение.
claim-withdraw = Отозвать заявление
claim-withdraw-explain = Если Вы отзовёте заявление, Jobcenter больше не будет принимать по нему решение и ничего за него не заплатит. Это нельзя отменить. Если позже Вам всё же понадобится помощь, подайте новое заявление – тогда помощь в учёбе, как правило, может быть одобрена только с месяца нового заявления.
claim-withdraw-confirm = Да, я хочу отозвать это заявление.
claim-withdraw-error-confirm = Пожалуйста, подтвердите, что Вы хотите отозвать заявление.
claim-submitted = Ваше заявление получено. Большое спасибо!
claim-withdrawn = Вы отозвали заявление.
claim-error-incomplete = Заполнены не все данные. Пожалуйста, проверьте отмеченные поля.
claim-error-declaration = Пожалуйста, подтвердите, что Ваши данные верны.
claim-error-not-draft = Это заявление уже отправлено. Изменить его больше нельзя.
claim-error-already-final = По этому заявлению уже принято решение, или оно было отозвано.
claim-error-not-allowed = С этим заявлением сейчас это сделать нельзя.
claim-error-changed = Тем временем заявление было изменено. Пожалуйста, обновите страницу.
status-draft = Черновик
status-submitted = Получено
status-needs-info = Вопрос к Вам
status-approved = Одобрено
status-rejected = Отклонено
status-withdrawn = Отозвано
timeline-draft = Заявление начато
timeline-submitted = Заявление отправлено
timeline-needs-info = Вопрос от Jobcenter
timeline-approved = Заявление одобрено
timeline-rejected = Заявление отклонено
timeline-withdrawn = Заявление отозвано
teilhabe-details-title = Данные о клубе или курсе
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = { $child }: на что нужны деньги и какая организация проводит занятия?
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = Jobcenter платит до { $amount } в месяц напрямую клубу (Verein) или другой организации. Это могут быть членские взносы (спорт, игры, культура), занятия, например в музыкальной школе, курсы и детские лагеря на каникулах. Не оплачиваются, например, кино или фитнес-студия.
teilhabe-activity = Чем занимается Ваш ребёнок?
teilhabe-activity-sport = Спорт в клубе
teilhabe-activity-music = Музыка, например музыкальная школа
teilhabe-activity-culture = Искусство, культура или образование
teilhabe-activity-holiday-camp = Детский лагерь на каникулах (Ferienfreizeit)
teilhabe-activity-other = Другое
teilhabe-description = Подробное описание
teilhabe-description-hint = Например: футбол, уроки игры на гитаре. Если Вы выбрали «Другое», обязательно заполните.
teilhabe-provider-title = Организация
teilhabe-provider-name = Название клуба или организации
teilhabe-provider-name-hint = Так, как написано в заявлении о вступлении или в счёте.
teilhabe-provider-contact = Контактное лицо, телефон или e-mail
teilhabe-provider-contact-hint = Чтобы мы могли связаться с организацией.
teilhabe-provider-iban = IBAN организации
teilhabe-provider-iban-hint = Часто указан в заявлении о вступлении. Если Вы его не знаете, оставьте поле пустым.
teilhabe-costs-title = Стоимость и срок
teilhabe-monthly-fee = Взнос в месяц
teilhabe-monthly-fee-hint = В евро, например 12,50. Если взнос платится за год, разделите его на 12.
teilhabe-start-month = С какого месяца
teilhabe-month-hint = Например 09/2026. Обычно выплата положена с того месяца, в котором мы получили заявление.
teilhabe-end-month = По какой месяц
teilhabe-end-month-hint = Не более двенадцати месяцев. Потом Вы можете подать новое заявление.
teilhabe-period = Срок
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = Из этой суммы Jobcenter может оплатить { $amount } в месяц.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = Остаток — { $amount } в месяц — Вы платите организации сами.
teilhabe-error-activity = Пожалуйста, выберите, чем занимается Ваш ребёнок.
teilhabe-error-description = Пожалуйста, коротко опишите, чем занимается Ваш ребёнок.
teilhabe-error-start-past = Начало было больше двенадцати месяцев назад. За такие давние месяцы уже ничего нельзя выплатить. Мы проверим, с какого времени будут выплаты, и напишем это в решении (Bescheid).
teilhabe-error-start-future = Начало слишком далеко в будущем: больше чем через двенадцать месяцев.
teilhabe-error-end-before-start = Конец должен быть позже начала.
teilhabe-error-period-long = Одно заявление действует не более двенадцати месяцев.
claim-change-documents = Изменить документы
claim-school-consent-text = Добровольно: я освобождаю школу моего ребёнка от обязанности хранить тайну (Schweigepflichtentbindung). Тогда Jobcenter может обратиться в школу, а школа может сообщить, нужны ли моему ребёнку дополнительные занятия (Lernförderung) и в каком объёме. Для этого школа видит только предметы, количество часов и период, но не Ваше обоснование. Без этого согласия Вы можете подтвердить потребность иначе, например табелем (Zeugnis) или письмом учителя. Вы можете в любое время отозвать согласие на будущее — здесь на портале на странице Вашего заявления или в Jobcenter.
claim-needs-info = У Jobcenter есть к Вам вопрос. Пожалуйста, ответьте ниже. После этого мы продолжим проверку Вашего заявления.
claim-receipt-link = Показать и распечатать подтверждение получения
timeline-answered = Вы ответили на вопрос
claim-hint-teilhabe-age = Участие в культурной и общественной жизни (soziokulturelle Teilhabe) положено только детям и подросткам до 18 лет. Вы всё равно можете подать заявление: мы его проверим и пришлём Вам решение (Bescheid).
claim-hint-school-age = При этой выплате помощь в учёбе (Lernförderung) положена только до 25-летия. Вы всё равно можете подать заявление: мы его проверим и пришлём Вам решение (Bescheid).

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = Ваши согласия
consent-school = Освобождение школы от обязанности хранить тайну
consent-direct = Прямая оплата организации
# Variables:
#   $date (String) - Datum
consent-given = дано { $date }
# Variables:
#   $date (String) - Datum
consent-withdrawn = отозвано { $date }
consent-not-given = не дано
consent-withdraw = Отозвать согласие
consent-withdraw-hint = Отзыв действует на будущее. То, что произошло раньше (например, подтверждение школы), остаётся в деле. Без прямой оплаты Вы получите ваучер (Gutschein); без освобождения школы от обязанности хранить тайну, пожалуйста, подтвердите потребность другими документами.
consent-withdrawn-flash = Ваш отзыв согласия сохранён.
consent-error-not-given = Это согласие не дано (или уже отозвано).
timeline-consent-school-withdrawn = Освобождение школы от обязанности хранить тайну отозвано
timeline-consent-direct-withdrawn = Согласие на прямую оплату отозвано

## Подтверждённый адрес электронной почты
claim-error-email-unverified = Пожалуйста, сначала подтвердите свой адрес электронной почты по ссылке из нашего письма. Ваше заявление сохранено; после этого Вы сможете его отправить.
