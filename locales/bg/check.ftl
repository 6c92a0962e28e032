## Проверка на правото на помощ (без профил)

check-title = Може ли детето ми да получи помощ?
check-lead = Отговорете на четири кратки въпроса. След това ще видите за кои помощи за образование и участие (Bildung und Teilhabe) може да кандидатства детето Ви. Не запазваме Вашите отговори.
check-benefit-question = Каква помощ получава Вашето семейство?
check-benefit-none = Никоя от тях или не знам
check-age-question = На колко години е детето Ви?
check-age-hint = Възраст в години, например 9
check-school-question = Ходи ли детето Ви на училище?
check-school-hint = Общообразователно или професионално училище (Berufsschule)
check-allowance-question = Получава ли детето Ви възнаграждение за професионално обучение (Ausbildungsvergütung)?
check-allowance-hint = Пари за професионално обучение във фирма
check-yes = Да
check-no = Не
check-submit = Вижте резултата
check-result-title = Вашият резултат
check-may-apply = Детето Ви може да има право на тази помощ.
check-may-not-apply = Детето Ви вероятно няма право на тази помощ.
# Variables:
#   $basis (String) - Paragraf, z. B. § 28 SGB II
check-legal-basis = Правно основание: { $basis }
check-disclaimer = Това е само ориентировъчна оценка и не е обвързваща. Решението взема Jobcenter, след като подадете заявление.
check-apply = Подайте заявление сега
check-error-benefit = Моля, изберете каква помощ получава Вашето семейство.
check-error-age-required = Моля, въведете възрастта на детето си.
check-error-age-invalid = Моля, въведете възрастта като цяло число от 0 до 99.
check-error-yes-no = Моля, изберете „Да“ или „Не“.
check-reason-no-benefit = Тези помощи са за семейства, които получават Grundsicherungsgeld (преди Bürgergeld), социална помощ (Sozialhilfe), помощ за жилище (Wohngeld), добавка за деца (Kinderzuschlag) или помощи за кандидати за убежище.
check-reason-no-school = Помощ при ученето (Lernförderung) получават само деца и млади хора, които ходят на училище.
check-reason-training-allowance = Който получава възнаграждение за професионално обучение (Ausbildungsvergütung), не получава помощ при ученето (Lernförderung).
check-reason-age-25 = Ако семейството получава тази помощ, помощта при ученето (Lernförderung) се дава само до 25-ия рожден ден.
check-reason-tutoring-ok = Детето Ви ходи на училище. Ако без допълнителни уроци то не може да постигне важните учебни цели, Jobcenter може да плати уроците. Училището потвърждава, че детето има нужда от тях.
check-reason-no-age-limit = При социална помощ (Sozialhilfe) и помощи за кандидати за убежище няма възрастова граница от 25 години за помощите, свързани с училището.
check-reason-participation-ok = За деца под 18 години има 15 евро на месец за клуб, музикално училище, курсове или ваканционни лагери.
check-reason-age-18 = Помощта за социално-културно участие (soziokulturelle Teilhabe) се дава само до 18-ия рожден ден.
check-note-but-needs-alone = Ако доходът Ви е само малко над границата, може да имате право на помощ само заради разходите за образование и участие. Попитайте ни – ще Ви помогнем с удоволствие.
check-note-tutoring-own-application = За помощ при ученето (Lernförderung) винаги се подава отделно заявление – можете да го направите тук, в портала.
check-note-apply-separately = Семействата с помощ за жилище (Wohngeld) или добавка за деца (Kinderzuschlag) винаги кандидатстват отделно за образование и участие (Bildung und Teilhabe) – можете да го направите тук, в портала.
check-note-sgb2-covered = Със заявлението си за Grundsicherungsgeld (преди Bürgergeld) Вие вече сте кандидатствали и за участие (Teilhabe). За да можем да платим на клуба, посочете ни тук организацията.
check-note-sgb12-covered = Със заявлението си за социална помощ (Sozialhilfe) или помощи за кандидати за убежище (Asylbewerberleistungen) Вие вече сте кандидатствали и за участие (Teilhabe). За да можем да платим на клуба, посочете ни тук организацията.
