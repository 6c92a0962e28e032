## Lernförderung (Nachhilfe): Angaben im Antrag

lf-details-title = Angaben zur Lernförderung
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = Für { $child }: In welchen Fächern braucht Ihr Kind Nachhilfe? Wie viel Nachhilfe braucht Ihr Kind? Und wo soll die Nachhilfe sein?
lf-school-confirms = Die Schule bestätigt später: Ihr Kind braucht die Nachhilfe. Dafür fragen wir die Schule. Wir fragen die Schule nur mit Ihrem Einverständnis. Ihr Einverständnis geben Sie am Ende vom Antrag.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = Das Jobcenter bezahlt höchstens { $amount } pro Stunde. Ein Lernstandort ist ein Ort für Nachhilfe in der Schule. Nachhilfe an einem Lernstandort kostet Sie nichts.
lf-subjects = Fächer
lf-subjects-hint = Wählen Sie 1 Fach oder mehrere Fächer.
subject-deutsch = Deutsch
subject-mathematik = Mathematik
subject-englisch = Englisch
subject-franzoesisch = Französisch
subject-latein = Latein oder eine andere Fremd-Sprache
subject-naturwissenschaften = Biologie, Chemie oder Physik
subject-sachunterricht = Sach-Unterricht
subject-sonstiges = Anderes Fach
lf-subject-other = Anderes Fach
lf-subject-other-hint = Nur ausfüllen bei „Anderes Fach“.
lf-hours = Stunden pro Woche
lf-hours-hint = Eine Zahl von 1 bis 10. 1 Stunde dauert 45 bis 60 Minuten.
lf-period-from = Nachhilfe ab
lf-period-to = Nachhilfe bis
lf-period-hint = Unser Vorschlag: bis zum Ende vom Schul-Halbjahr. Sie können auch ein anderes Datum schreiben.
lf-period = Zeit-Raum
lf-place = Wo ist die Nachhilfe?
lf-place-lernstandort = An einem Lernstandort (Nachhilfe in der Schule)
lf-place-provider = Bei einem Nachhilfe-Anbieter außerhalb der Schule
lf-lernstandort = Lernstandort
lf-lernstandort-hint = Nur ausfüllen bei Nachhilfe an einem Lernstandort. Sie sind unsicher? Dann fragen Sie die Schul-Sozialarbeit.
lf-provider-title = Nachhilfe-Anbieter
lf-provider-hint = Nur ausfüllen bei Nachhilfe außerhalb der Schule. Im nächsten Schritt laden Sie das Angebot vom Anbieter hoch.
lf-provider-name = Name vom Anbieter
lf-hourly-rate = Preis pro Stunde
lf-hourly-rate-hint = In Euro, wie im Angebot. Zum Beispiel: 18,50
lf-monthly-cost = Kosten im Monat (ungefähr)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = Das Jobcenter bezahlt höchstens { $cap } pro Stunde. Ihr Anbieter ist { $over } pro Stunde teurer. Diesen Betrag zahlen Sie selbst. Oder Sie sprechen mit dem Anbieter darüber.
lf-reason = Warum braucht Ihr Kind Nachhilfe?
lf-reason-hint = Ein paar Sätze reichen. Zum Beispiel: Mein Kind schafft die nächste Klasse vielleicht nicht. Die Note in Mathematik ist mangelhaft (5).
lf-error-subjects = Bitte wählen Sie mindestens 1 Fach aus der Liste.
lf-error-subject-other = Bitte schreiben Sie das andere Fach.
lf-error-hours = Bitte schreiben Sie eine Zahl von 1 bis 10.
lf-error-from-past = Der Beginn ist mehr als 12 Monate her. Das ist zu lange her. Für so alte Monate gibt es kein Geld mehr. Wir prüfen: Ab wann gibt es das Geld? Das schreiben wir in den Bescheid. Der Bescheid ist ein Brief vom Jobcenter.
lf-error-from-future = Der Beginn ist mehr als 1 Jahr in der Zukunft. Bitte wählen Sie ein früheres Datum.
lf-error-to-before-from = Das Ende muss nach dem Beginn sein. Bitte prüfen Sie Ihre Angaben.
lf-error-period-long = Ein Antrag gilt für höchstens 1 Schul-Jahr. Bitte wählen Sie einen kürzeren Zeit-Raum.
lf-error-place = Bitte wählen Sie: Wo ist die Nachhilfe?
lf-error-lernstandort = Bitte wählen Sie einen Lernstandort aus.
lf-error-lernstandort-unknown = Diesen Lernstandort gibt es nicht. Oder der Lernstandort hat gerade keinen Platz frei. Bitte wählen Sie einen anderen Lernstandort.
lf-error-rate-zero = Der Preis pro Stunde muss mehr als 0 Euro sein. Bitte prüfen Sie den Preis.
