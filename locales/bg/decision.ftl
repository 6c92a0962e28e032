## Решението за семейството: просто обяснение до решението на немски

decision-title = Решение
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = Вашето заявление е одобрено. Jobcenter плаща до { $amount } на месец, от { $from } до { $to }. Парите получава: { $payee }.
decision-explain-direct = Jobcenter плаща директно на организацията. Не е нужно да плащате нищо от това, което е одобрено.
decision-explain-voucher = Ще получите ваучер (Gutschein). Дайте го на организацията.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = Вашето заявление е отхвърлено. Причината: { $reason } Подробната обосновка е в решението (Bescheid).
decision-explain-objection = Не сте съгласни? Тогава можете да подадете възражение (Widerspruch) в срок от един месец: с подписано писмо, лично в Jobcenter (за протокол – zur Niederschrift) или по електронен път само с квалифициран електронен подпис или чрез De-Mail – обикновен имейл не е достатъчен. Срокът започва, когато решението се счита за връчено: при изпращане по пощата – на четвъртия ден след изпращането. Как да го направите, пише в края на решението – в указанието за обжалване (Rechtsbehelfsbelehrung).
decision-explain-no-suspension = Дори ако подадете възражение, решението засега остава в сила.
decision-explain-german = Правно валидно е решението (Bescheid) на немски език. С удоволствие ще Ви го обясним – също и на лесен немски език (Leichte Sprache).
decision-download = Изтеглете решението (PDF, на немски)
reason-no-benefit = През периода, за който кандидатствате, не получавате помощ, която е необходима за това. Например Grundsicherungsgeld (преди Bürgergeld) или помощ за жилище (Wohngeld).
reason-age = Детето Ви е твърде голямо за тази помощ.
reason-no-need = Училището не е потвърдило, че детето Ви има нужда от допълнителни уроци.
reason-missing-documents = Липсват документи, които поискахме от Вас.
reason-school-offer = Училището има безплатна възможност за помощ, която трябва да се използва първо.
reason-other = Условията не са изпълнени.
objection-letter-title = Подготовка на възражение
objection-letter-hint = Порталът написва Вашето възражение (Widerspruch) като писмо (PDF). Разпечатайте го, подпишете го и го изпратете до Jobcenter или го предайте там – в срок от един месец. Обикновен имейл не е достатъчен. В портала нищо не се запазва.
objection-letter-reasons = Защо не сте съгласни? (Можете да изпратите обосновката и по-късно.)
objection-letter-button = Създаване на писмо (PDF)

## Възстановяване на разходите и връчване
decision-explain-reimbursement = Платили сте разходите сами. Jobcenter ще Ви ги възстанови до одобрената сума.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = Получихте решението (Bescheid) в портала. То се счита за връчено на { $known }. Можете да подадете възражение (Widerspruch) най-късно до { $deadline }.
decision-known-posted = Решението (Bescheid) дойде по пощата. То се счита за връчено на { $known }. Можете да подадете възражение (Widerspruch) най-късно до { $deadline }.
