# Имейли на портала. В тях няма социални данни: само че нещо се е случило, и
# връзка към портала.
mail-greeting = Здравейте!
mail-footer = Този имейл е изпратен автоматично от BuT-Portal Kreis Warendorf. Моля, не отговаряйте на него. Кои съобщения да получавате, можете да изберете в портала в „Моят профил“.

mail-password-reset-subject = Нова парола за BuT-Portal
mail-password-reset-body =
    Някой е поискал нова парола за Вашия профил. Ако сте били Вие, задайте нова парола чрез връзката по-долу. Връзката е валидна един час и само веднъж.

    Ако не сте поискали нова парола, не е нужно да правите нищо. Паролата Ви остава същата.
mail-password-reset-link = Задайте нова парола:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = Заявлението Ви { $reference } е получено
mail-claim-received-body = Вашето заявление за помощи за образование и участие (Bildung und Teilhabe) е получено в Jobcenter. То има номер { $reference }. Моля, посочвайте този номер, когато ни пишете или ни се обаждате.
mail-claim-received-link = Вижте заявлението си:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = Въпрос относно заявлението Ви { $reference }
mail-question-body = Jobcenter има въпрос относно заявлението Ви { $reference }. Моля, влезте в портала и отговорете. Срок за отговор: { $due }.
mail-question-link = Прочетете въпроса и отговорете:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = Решение по заявлението Ви { $reference }
mail-decision-body = По заявлението Ви { $reference } е взето решение. Решението (Bescheid) ще намерите в портала.
mail-decision-link = Вижте решението:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = Напомняне: въпрос относно заявлението Ви { $reference }
mail-question-reminder-body = Jobcenter все още очаква Вашия отговор относно заявлението Ви { $reference }. Моля, отговорете в портала. Срок за отговор: { $due }. Ако имате нужда от помощ, обадете ни се.
mail-question-reminder-link = Прочетете въпроса и отговорете:

# Вместо дата, когато въпросът няма срок.
mail-due-soon = възможно най-скоро

# Известието по § 37 Abs. 2a SGB X (само при съгласие за връчване на решенията в портала).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = Решението по заявлението Ви { $reference } е готово в портала
mail-notice-ready-body =
    По заявлението Ви { $reference } е взето решение. Решението (Bescheid) е готово за Вас в BuT-Portal и можете да го изтеглите. Съгласили сте се да получавате решенията в портала; затова то не идва по пощата.

    Решението се счита за връчено на третия ден след изпращането на този имейл. От този ден тече срокът за възражение (Widerspruch).
mail-notice-ready-link = Изтеглете решението:

mail-verify-email-subject = Моля, потвърдете имейл адреса си
mail-verify-email-body =
    Създали сте профил в BuT-Portal Kreis Warendorf. Моля, потвърдете чрез връзката по-долу, че този имейл адрес е Ваш. Едва тогава можете да изпращате заявления. Връзката е валидна два дни.

    Ако не сте създавали профил, не е нужно да правите нищо.
mail-verify-email-link = Потвърдете адреса:

mail-already-registered-subject = Вече имате профил в BuT-Portal
mail-already-registered-body =
    Някой се опита да създаде нов профил в BuT-Portal с този имейл адрес. Но за този адрес вече има профил. Просто влезте в него.

    Ако сте забравили паролата си, можете да зададете нова чрез връзката по-долу. Ако не сте били Вие, не е нужно да правите нищо.
mail-already-registered-link = Забравена парола?

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = Заявления за помощ при ученето (Lernförderung) чакат Вашето потвърждение
mail-school-digest-body = { $count ->
    [one] Едно заявление за помощ при ученето (Lernförderung) на ученичка или ученик от Вашето училище чака потвърждение от училището.
   *[other] { $count } заявления за помощ при ученето (Lernförderung) на ученици от Вашето училище чакат потвърждение от училището.
}
mail-school-digest-link = Вижте заявленията:
