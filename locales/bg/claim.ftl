## Подаване на заявление, страница на заявлението, история

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = Стъпка { $step } от { $total }
claim-continue = Напред
claim-back = Назад
claim-check-title = Проверете данните си
claim-child = Дете
claim-benefit = Помощ
claim-change-answers = Променете данните
claim-declaration-title = Декларация и съгласие
claim-declaration-text = Декларирам, че данните ми са верни и пълни. Ще съобщавам веднага на Jobcenter за всяка промяна, например ако детето ми вече не ходи в клуба или на допълнителните уроци.
claim-consent-text = Доброволно: Давам съгласие Jobcenter да плаща парите директно на организацията (директно плащане). Без това съгласие ще получите ваучер (Gutschein) за организацията. Можете по всяко време да оттеглите съгласието си за в бъдеще – тук в портала, на страницата на Вашето заявление, или в Jobcenter.
claim-privacy-hint = Вашите данни са социални данни (Sozialdaten). Те се използват само за това заявление. Това е уредено в § 67a от Десетата книга на Социалния кодекс на Германия (SGB X).
claim-submit = Изпратете заявлението окончателно
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = Заявление { $reference }
claim-page-title-draft = Чернова (заявлението още не е изпратено)
claim-status = Състояние
claim-next-steps = Ще проверим заявлението Ви. Ако имаме нужда от още информация, ще Ви пишем тук, в портала. Решението ще получите писмено (Bescheid). Моля, разпечатайте или запазете тази страница като доказателство.
claim-continue-draft = Продължете попълването на заявлението
claim-submitted-at = Изпратено на
claim-timeline = История
claim-withdraw-hint = Вече нямате нужда от помощта? Можете да оттеглите заявлението, докато още няма решение.
claim-withdraw = Оттеглете заявлението
claim-withdraw-explain = Ако оттеглите заявлението, Jobcenter вече няма да взема решение по него и няма да плаща нищо за него. Това не може да бъде отменено. Ако по-късно все пак имате нужда от помощта, подайте ново заявление – тогава помощта при ученето обикновено може да бъде одобрена едва от месеца на новото заявление.
claim-withdraw-confirm = Да, искам да оттегля това заявление.
claim-withdraw-error-confirm = Моля, потвърдете, че искате да оттеглите заявлението.
claim-submitted = Получихме Вашето заявление. Благодарим Ви!
claim-withdrawn = Вие оттеглихте заявлението.
claim-error-incomplete = Още липсват данни. Моля, проверете отбелязаните полета.
claim-error-declaration = Моля, потвърдете, че данните Ви са верни.
claim-error-not-draft = Това заявление вече е изпратено и не може да се променя.
claim-error-already-final = По това заявление вече има решение или то е оттеглено.
claim-error-not-allowed = Това действие в момента не е възможно за заявлението.
claim-error-changed = Междувременно заявлението е променено. Моля, заредете страницата отново.
status-draft = Чернова
status-submitted = Получено
status-needs-info = Въпрос към Вас
status-approved = Одобрено
status-rejected = Отхвърлено
status-withdrawn = Оттеглено
timeline-draft = Заявлението е започнато
timeline-submitted = Заявлението е изпратено
timeline-needs-info = Въпрос от Jobcenter
timeline-approved = Заявлението е одобрено
timeline-rejected = Заявлението е отхвърлено
timeline-withdrawn = Заявлението е оттеглено
teilhabe-details-title = Данни за клуба или курса
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = За { $child }: За какво са парите и коя е организацията?
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = Jobcenter плаща до { $amount } на месец директно на клуба или организацията: за членски внос (спорт, игри, култура), за занятия, например в музикално училище, за курсове и ваканционни лагери. Не се плащат например кино или фитнес зала.
teilhabe-activity = С какво се занимава детето Ви?
teilhabe-activity-sport = Спорт в клуб
teilhabe-activity-music = Музика, например музикално училище
teilhabe-activity-culture = Изкуство, култура или образование
teilhabe-activity-holiday-camp = Ваканционен лагер
teilhabe-activity-other = Нещо друго
teilhabe-description = Опишете по-точно
teilhabe-description-hint = Например: футбол, уроци по китара. Попълнете задължително, ако сте избрали „Нещо друго“.
teilhabe-provider-title = Клуб или организация
teilhabe-provider-name = Име на клуба или организацията
teilhabe-provider-name-hint = Както е написано във формуляра за членство или във фактурата.
teilhabe-provider-contact = Лице за контакт, телефон или имейл
teilhabe-provider-contact-hint = За да можем да се свържем с организацията, ако имаме въпроси.
teilhabe-provider-iban = IBAN на организацията
teilhabe-provider-iban-hint = Често е написан във формуляра за членство. Ако не го знаете, оставете полето празно.
teilhabe-costs-title = Разходи и период
teilhabe-monthly-fee = Такса на месец
teilhabe-monthly-fee-hint = В евро, например 12,50. Ако таксата е годишна, моля, разделете я на 12.
teilhabe-start-month = От месец
teilhabe-month-hint = Например 09/2026. Обикновено помощта се дава от месеца, в който получим заявлението.
teilhabe-end-month = До месец
teilhabe-end-month-hint = Най-много дванадесет месеца. След това можете да подадете ново заявление.
teilhabe-period = Период
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = От тази сума Jobcenter може да поеме { $amount } на месец.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = Остатъка от { $amount } на месец плащате сами на организацията.
teilhabe-error-activity = Моля, изберете с какво се занимава детето Ви.
teilhabe-error-description = Моля, опишете накратко с какво се занимава детето Ви.
teilhabe-error-start-past = Началото е преди повече от дванадесет месеца. За толкова отдавна минали месеци вече не може да се плаща. Ще проверим от кога може да се плаща и ще го напишем в решението (Bescheid).
teilhabe-error-start-future = Началото е след повече от дванадесет месеца.
teilhabe-error-end-before-start = Краят трябва да е след началото.
teilhabe-error-period-long = Едно заявление важи най-много за дванадесет месеца.
claim-change-documents = Променете документите
claim-school-consent-text = Доброволно: Освобождавам училището на детето ми от задължението за поверителност (Schweigepflichtentbindung). Тогава Jobcenter може да попита училището, а училището може да каже дали детето ми има нужда от допълнителни уроци (Lernförderung) и колко. За това училището вижда само предметите, часовете и периода, но не и Вашата обосновка. Без това съгласие можете да докажете нуждата по друг начин, например със свидетелството (Zeugnis) или с писмо от учителя. Можете по всяко време да оттеглите съгласието си за в бъдеще – тук в портала, на страницата на Вашето заявление, или в Jobcenter.
claim-needs-info = Jobcenter има въпрос към Вас. Моля, отговорете по-долу. След това ще продължим да проверяваме заявлението Ви.
claim-receipt-link = Вижте и разпечатайте потвърждението за получаване
timeline-answered = Вие отговорихте на въпроса
claim-hint-teilhabe-age = Помощ за социално-културно участие (soziokulturelle Teilhabe) има само за деца и младежи под 18 години. Все пак можете да подадете заявлението: ще го проверим и ще Ви изпратим решение (Bescheid).
claim-hint-school-age = Ако семейството получава тази помощ, помощта при ученето (Lernförderung) се дава само до 25-ия рожден ден. Все пак можете да подадете заявлението: ще го проверим и ще Ви изпратим решение (Bescheid).

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = Вашите съгласия
consent-school = Освобождаване на училището от задължението за поверителност
consent-direct = Директно плащане на организацията
# Variables:
#   $date (String) - Datum
consent-given = дадено на { $date }
# Variables:
#   $date (String) - Datum
consent-withdrawn = оттеглено на { $date }
consent-not-given = не е дадено
consent-withdraw = Оттеглете съгласието
consent-withdraw-hint = Оттеглянето важи за в бъдеще. Това, което е станало преди – например потвърждение от училището – остава в преписката. Без директно плащане ще получите ваучер (Gutschein); без освобождаването на училището от поверителност, моля, докажете нуждата с други документи.
consent-withdrawn-flash = Оттеглянето е записано.
consent-error-not-given = Това съгласие не е дадено (или вече не е валидно).
timeline-consent-school-withdrawn = Освобождаването на училището от поверителност е оттеглено
timeline-consent-direct-withdrawn = Съгласието за директно плащане е оттеглено

## Потвърден имейл адрес
claim-error-email-unverified = Моля, първо потвърдете имейл адреса си чрез връзката от нашия имейл. Заявлението Ви е запазено; след това можете да го изпратите.
