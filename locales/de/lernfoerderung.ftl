## Lernförderung (Nachhilfe): Angaben im Antrag

lf-details-title = Angaben zur Lernförderung
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = Für { $child }: In welchen Fächern braucht Ihr Kind Nachhilfe, wie viel und wo?
lf-school-confirms = Die Schule bestätigt später, dass Ihr Kind die Nachhilfe braucht. Dafür fragen wir die Schule – nur wenn Sie am Ende zustimmen.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = Das Jobcenter übernimmt höchstens { $amount } pro Stunde. Nachhilfe an einem Lernstandort der Schule kostet Sie nichts.
lf-subjects = Fächer
lf-subjects-hint = Wählen Sie ein oder mehrere Fächer.
subject-deutsch = Deutsch
subject-mathematik = Mathematik
subject-englisch = Englisch
subject-franzoesisch = Französisch
subject-latein = Latein oder eine andere Fremdsprache
subject-naturwissenschaften = Biologie, Chemie oder Physik
subject-sachunterricht = Sachunterricht
subject-sonstiges = Anderes Fach
lf-subject-other = Anderes Fach
lf-subject-other-hint = Nur wenn Sie „Anderes Fach“ gewählt haben.
lf-hours = Stunden pro Woche
lf-hours-hint = Eine Zahl von 1 bis 10. Eine Stunde sind 45 bis 60 Minuten.
lf-period-from = Nachhilfe ab
lf-period-to = Nachhilfe bis
lf-period-hint = Vorschlag: bis zum Ende des Schulhalbjahres. Sie können ein anderes Datum eintragen.
lf-period = Zeitraum
lf-place = Wo findet die Nachhilfe statt?
lf-place-lernstandort = An einem Lernstandort (Nachhilfe in der Schule)
lf-place-provider = Bei einem Nachhilfe-Anbieter außerhalb der Schule
lf-lernstandort = Lernstandort
lf-lernstandort-hint = Nur wenn die Nachhilfe an einem Lernstandort stattfindet. Fragen Sie die Schulsozialarbeit, wenn Sie unsicher sind.
lf-provider-title = Nachhilfe-Anbieter
lf-provider-hint = Nur ausfüllen, wenn die Nachhilfe bei einem Anbieter außerhalb der Schule stattfindet. Laden Sie im nächsten Schritt das Angebot des Anbieters hoch.
lf-provider-name = Name des Anbieters
lf-hourly-rate = Preis pro Stunde
lf-hourly-rate-hint = In Euro, so wie im Angebot, zum Beispiel 18,50.
lf-monthly-cost = Kosten im Monat (geschätzt)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = Das Jobcenter übernimmt höchstens { $cap } pro Stunde. Die { $over } pro Stunde darüber müssten Sie selbst zahlen oder mit dem Anbieter klären.
lf-reason = Warum braucht Ihr Kind Nachhilfe?
lf-reason-hint = Ein paar Sätze reichen. Zum Beispiel: Die Versetzung ist gefährdet, die Note in Mathematik ist mangelhaft.
lf-error-subjects = Bitte wählen Sie mindestens ein Fach aus der Liste.
lf-error-subject-other = Bitte nennen Sie das andere Fach.
lf-error-hours = Bitte geben Sie eine ganze Zahl von 1 bis 10 an.
lf-error-from-past = Der Beginn liegt mehr als zwölf Monate zurück. Für so lange zurückliegende Monate kann nichts mehr gezahlt werden. Ab wann gezahlt wird, prüfen wir und schreiben es in den Bescheid.
lf-error-from-future = Der Beginn liegt mehr als ein Jahr in der Zukunft.
lf-error-to-before-from = Das Ende muss nach dem Beginn liegen.
lf-error-period-long = Ein Antrag gilt für höchstens ein Schuljahr.
lf-error-place = Bitte wählen Sie aus, wo die Nachhilfe stattfindet.
lf-error-lernstandort = Bitte wählen Sie einen Lernstandort aus.
lf-error-lernstandort-unknown = Diesen Lernstandort gibt es nicht oder er nimmt gerade niemanden auf. Bitte wählen Sie einen anderen.
lf-error-rate-zero = Der Preis pro Stunde muss größer als 0 sein.
