## Решение для семьи: простое объяснение рядом с немецким решением (Bescheid)

decision-title = Решение
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = Ваше заявление одобрено. Jobcenter платит до { $amount } в месяц, с { $from } по { $to }. Деньги получает: { $payee }.
decision-explain-direct = Jobcenter платит напрямую организации. За то, что одобрено, Вам платить ничего не нужно.
decision-explain-voucher = Вы получите ваучер (Gutschein). Отдайте его организации, которая проводит занятия.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = Ваше заявление отклонено. Причина: { $reason } Подробное обоснование написано в решении (Bescheid).
decision-explain-objection = Вы не согласны? Тогда в течение одного месяца Вы можете подать возражение (Widerspruch): письмом с Вашей подписью, лично в Jobcenter (под запись — zur Niederschrift) или электронно, но только с квалифицированной электронной подписью или через De-Mail — обычного электронного письма недостаточно. Срок начинается, когда решение считается полученным: при отправке по почте — на четвёртый день после отправки. Как это сделать, написано в конце решения (Rechtsbehelfsbelehrung — разъяснение о праве на обжалование).
decision-explain-no-suspension = Даже если Вы подадите возражение (Widerspruch), решение пока остаётся в силе.
decision-explain-german = Юридическую силу имеет решение (Bescheid) на немецком языке. Мы охотно объясним его Вам – в том числе на простом немецком языке (Leichte Sprache).
decision-download = Скачать решение (Bescheid): PDF на немецком языке
reason-no-benefit = В тот период, на который Вы подали заявление, Вы не получаете выплату, которая для этого нужна (например, Grundsicherungsgeld — ранее Bürgergeld — или Wohngeld).
reason-age = По возрасту Ваш ребёнок уже не может получить эту выплату.
reason-no-need = Школа не подтвердила, что Вашему ребёнку нужны дополнительные занятия.
reason-missing-documents = Не хватает документов, которые мы у Вас запрашивали.
reason-school-offer = В школе есть бесплатные занятия. Сначала нужно воспользоваться ими.
reason-other = Условия для выплаты не выполнены.
objection-letter-title = Подготовить возражение
objection-letter-hint = Портал составит Ваше возражение (Widerspruch) в виде письма (PDF). Распечатайте его, подпишите и отправьте в Jobcenter или сдайте его там — в течение одного месяца. Обычного электронного письма недостаточно. В портале ничего не сохраняется.
objection-letter-reasons = Почему Вы не согласны? (Обоснование можно отправить и позже.)
objection-letter-button = Создать письмо (PDF)

## Возмещение расходов и вручение решения
decision-explain-reimbursement = Вы сами оплатили расходы. Jobcenter возместит их Вам в пределах одобренной суммы.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = Вы получили решение (Bescheid) на портале. Оно считается полученным { $known }. Подать возражение (Widerspruch) можно не позднее { $deadline }.
decision-known-posted = Решение (Bescheid) пришло по почте. Оно считается полученным { $known }. Подать возражение (Widerspruch) можно не позднее { $deadline }.
