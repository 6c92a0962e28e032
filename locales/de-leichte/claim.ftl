## Antrag stellen, Antragsseite, Verlauf

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = Schritt { $step } von { $total }
claim-continue = Weiter
claim-back = Zurück
claim-check-title = Bitte prüfen Sie Ihre Angaben
claim-child = Kind
claim-benefit = Leistung
claim-change-answers = Angaben ändern
claim-declaration-title = Ihre Erklärung und Ihr Einverständnis
claim-declaration-text = Ich verspreche: Meine Angaben sind richtig. Und meine Angaben sind vollständig. Vollständig heißt: Alle wichtigen Angaben sind da. Vielleicht ändert sich etwas. Dann sage ich es sofort dem Jobcenter. Zum Beispiel: Mein Kind geht nicht mehr in den Verein. Oder mein Kind geht nicht mehr zur Nachhilfe.
claim-consent-text = Das ist freiwillig. Freiwillig heißt: Sie müssen nicht zustimmen. Ich bin einverstanden: Das Jobcenter zahlt das Geld direkt an den Anbieter. Der Anbieter ist zum Beispiel der Verein. Das heißt Direkt-Zahlung. Sie sind nicht einverstanden? Dann bekommen Sie einen Gutschein. Den Gutschein geben Sie beim Anbieter ab. Dann zahlt das Jobcenter das Geld an den Anbieter. Sie können Ihr Einverständnis jederzeit zurücknehmen. Das heißt Widerruf. Der Widerruf gilt für die Zukunft. Das heißt: ab dem Tag vom Widerruf. Der Widerruf geht hier im Portal. Auf der Seite von Ihrem Antrag. Oder beim Jobcenter.
claim-privacy-hint = Ihre Angaben sind Sozial-Daten. Das Gesetz schützt Sozial-Daten besonders. Wir benutzen Ihre Angaben nur für diesen Antrag. Das steht im Gesetz: § 67a Zehntes Buch Sozialgesetzbuch.
claim-submit = Antrag jetzt absenden
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = Antrag { $reference }
claim-page-title-draft = Entwurf (noch nicht abgeschickt)
claim-status = Stand
claim-next-steps = Wir prüfen jetzt Ihren Antrag. Vielleicht haben wir eine Frage an Sie. Dann melden wir uns hier im Portal. Am Ende bekommen Sie einen Bescheid. Der Bescheid ist ein Brief vom Jobcenter. Im Bescheid steht die Entscheidung. Bitte drucken Sie diese Seite aus. Oder speichern Sie diese Seite. Dann können Sie später zeigen: Sie haben den Antrag abgeschickt.
claim-continue-draft = Antrag weiter ausfüllen
claim-submitted-at = Abgeschickt am
claim-timeline = Verlauf
claim-withdraw-hint = Sie brauchen die Leistung nicht mehr? Dann können Sie den Antrag zurückziehen. Zurückziehen heißt: Sie wollen den Antrag nicht mehr. Das geht nur vor der Entscheidung.
claim-withdraw = Antrag zurückziehen
claim-withdraw-explain = Sie ziehen den Antrag zurück? Dann entscheidet das Jobcenter nicht mehr über den Antrag. Das Jobcenter bezahlt dann nichts. Sie können das nicht rückgängig machen. Sie brauchen die Hilfe später doch? Dann stellen Sie einen neuen Antrag. Lernförderung gibt es dann meist erst ab dem Monat vom neuen Antrag.
claim-withdraw-confirm = Ja, ich will diesen Antrag zurückziehen.
claim-withdraw-error-confirm = Bitte kreuzen Sie an: Sie wollen den Antrag zurückziehen.
claim-submitted = Ihr Antrag ist bei uns angekommen. Vielen Dank!
claim-withdrawn = Sie haben den Antrag zurückgezogen.
claim-error-incomplete = Es fehlen noch Angaben. Bitte prüfen Sie die markierten Felder.
claim-error-declaration = Bitte bestätigen Sie: Ihre Angaben sind richtig.
claim-error-not-draft = Sie haben diesen Antrag schon abgeschickt. Sie können den Antrag jetzt nicht mehr ändern.
claim-error-already-final = Das Jobcenter hat über diesen Antrag schon entschieden. Oder Sie haben den Antrag zurückgezogen.
claim-error-not-allowed = Das geht bei diesem Antrag gerade nicht.
claim-error-changed = Der Antrag hat sich inzwischen geändert. Bitte laden Sie die Seite neu.
status-draft = Entwurf
status-submitted = Angekommen
status-needs-info = Frage an Sie
status-approved = Bewilligt
status-rejected = Abgelehnt
status-withdrawn = Zurückgezogen
timeline-draft = Antrag begonnen
timeline-submitted = Antrag abgeschickt
timeline-needs-info = Frage vom Jobcenter
timeline-approved = Antrag bewilligt
timeline-rejected = Antrag abgelehnt
timeline-withdrawn = Antrag zurückgezogen
teilhabe-details-title = Angaben zum Verein oder Kurs
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = Für { $child }: Wofür ist das Geld? Wer ist der Anbieter? Der Anbieter ist zum Beispiel der Verein oder die Musik-Schule.
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = Das Jobcenter zahlt bis zu { $amount } im Monat. Das Geld geht direkt an den Verein oder Anbieter. Das Geld ist für Mitglieds-Beiträge (Sport, Spiel, Kultur), für Unterricht wie Musik-Schule, für Kurse und für Ferien-Freizeiten. Für Kino oder Fitness-Studio zahlt das Jobcenter zum Beispiel nicht.
teilhabe-activity = Was macht Ihr Kind?
teilhabe-activity-sport = Sport im Verein
teilhabe-activity-music = Musik, zum Beispiel Musik-Schule
teilhabe-activity-culture = Kunst, Kultur oder Bildung
teilhabe-activity-holiday-camp = Ferien-Freizeit (Reise mit einer Gruppe)
teilhabe-activity-other = Etwas anderes
teilhabe-description = Beschreibung
teilhabe-description-hint = Zum Beispiel: Fußball oder Gitarren-Unterricht. Sie haben „Etwas anderes“ gewählt? Dann schreiben Sie hier bitte etwas.
teilhabe-provider-title = Anbieter
teilhabe-provider-name = Name vom Verein oder Anbieter
teilhabe-provider-name-hint = Schreiben Sie den Namen genau so wie auf dem Anmelde-Formular oder auf der Rechnung.
teilhabe-provider-contact = Ansprech-Person, Telefon oder E-Mail
teilhabe-provider-contact-hint = Dann können wir beim Anbieter nachfragen.
teilhabe-provider-iban = IBAN vom Anbieter
teilhabe-provider-iban-hint = Die IBAN ist die Nummer vom Bank-Konto. Die IBAN steht oft auf dem Anmelde-Formular. Sie kennen die IBAN nicht? Dann lassen Sie das Feld leer.
teilhabe-costs-title = Kosten und Zeit-Raum
teilhabe-monthly-fee = Beitrag im Monat
teilhabe-monthly-fee-hint = In Euro. Zum Beispiel: 12,50. Sie zahlen einen Beitrag für das ganze Jahr? Dann teilen Sie den Beitrag bitte durch 12.
teilhabe-start-month = Ab Monat
teilhabe-month-hint = Zum Beispiel: 09/2026. Meistens gibt es das Geld ab dem Monat von Ihrem Antrag.
teilhabe-end-month = Bis Monat
teilhabe-end-month-hint = Höchstens 12 Monate. Danach können Sie einen neuen Antrag stellen.
teilhabe-period = Zeit-Raum
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = Das Jobcenter kann davon { $amount } im Monat bezahlen.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = Den Rest zahlen Sie selbst an den Anbieter. Das sind { $amount } im Monat.
teilhabe-error-activity = Bitte wählen Sie: Was macht Ihr Kind?
teilhabe-error-description = Bitte schreiben Sie kurz: Was macht Ihr Kind?
teilhabe-error-start-past = Der Beginn ist mehr als 12 Monate her. Das ist zu lange her. Für so alte Monate gibt es kein Geld mehr. Wir prüfen: Ab wann gibt es das Geld? Das schreiben wir in den Bescheid. Der Bescheid ist ein Brief vom Jobcenter.
teilhabe-error-start-future = Der Beginn ist mehr als 12 Monate in der Zukunft. Bitte wählen Sie einen früheren Monat.
teilhabe-error-end-before-start = Das Ende muss nach dem Beginn sein. Bitte prüfen Sie die Monate.
teilhabe-error-period-long = Ein Antrag gilt für höchstens 12 Monate. Bitte wählen Sie einen kürzeren Zeit-Raum.
claim-change-documents = Nachweise ändern
claim-school-consent-text = Das ist freiwillig. Freiwillig heißt: Sie müssen nicht zustimmen. Die Schule hat eine Schweige-Pflicht. Das heißt: Die Schule darf nichts über mein Kind erzählen. Ich erlaube der Schule hier: Die Schule darf mit dem Jobcenter über die Nachhilfe sprechen. Das heißt Schweige-Pflicht-Entbindung. Dann darf das Jobcenter bei der Schule nachfragen. Und die Schule darf sagen: Braucht mein Kind Nachhilfe? Und wie viel Nachhilfe braucht mein Kind? Die Schule sieht dafür nur: die Fächer, die Stunden und die Zeit. Die Schule sieht nicht Ihre Gründe für den Antrag. Sie sind nicht einverstanden? Dann können Sie auf andere Art zeigen: Mein Kind braucht Nachhilfe. Zum Beispiel mit dem Zeugnis. Oder mit einem Brief von der Lehrerin oder vom Lehrer. Sie können Ihr Einverständnis jederzeit zurücknehmen. Das heißt Widerruf. Der Widerruf gilt für die Zukunft. Das heißt: ab dem Tag vom Widerruf. Der Widerruf geht hier im Portal. Auf der Seite von Ihrem Antrag. Oder beim Jobcenter.
claim-needs-info = Das Jobcenter hat eine Frage an Sie. Bitte antworten Sie unten. Danach prüfen wir Ihren Antrag weiter.
claim-receipt-link = Eingangs-Bestätigung zeigen und drucken
timeline-answered = Frage beantwortet
claim-hint-teilhabe-age = Teilhabe gibt es nur für Kinder und Jugendliche unter 18 Jahren. Sie können den Antrag trotzdem stellen. Wir prüfen den Antrag. Dann bekommen Sie einen Bescheid. Der Bescheid ist ein Brief vom Jobcenter.
claim-hint-school-age = Bei Ihrer Leistung gibt es Lernförderung nur bis zum 25. Geburtstag. Sie können den Antrag trotzdem stellen. Wir prüfen den Antrag. Dann bekommen Sie einen Bescheid. Der Bescheid ist ein Brief vom Jobcenter.

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = Ihr Einverständnis
consent-school = Schweige-Pflicht-Entbindung für die Schule
consent-direct = Direkt-Zahlung an den Anbieter
# Variables:
#   $date (String) - Datum
consent-given = gegeben am { $date }
# Variables:
#   $date (String) - Datum
consent-withdrawn = zurückgenommen am { $date }
consent-not-given = nicht gegeben
consent-withdraw = Einverständnis zurücknehmen
consent-withdraw-hint = Sie nehmen Ihr Einverständnis zurück? Das gilt ab jetzt. Was vorher war, bleibt in der Akte. Zum Beispiel eine Bestätigung von der Schule. Ohne Direkt-Zahlung bekommen Sie einen Gutschein. Ohne Schweige-Pflicht-Entbindung brauchen wir andere Nachweise. Nachweise sind Papiere. Die Papiere zeigen: Ihr Kind braucht Nachhilfe. Zum Beispiel das Zeugnis.
consent-withdrawn-flash = Sie haben Ihr Einverständnis zurückgenommen. Wir haben das gespeichert.
consent-error-not-given = Dieses Einverständnis gibt es nicht. Oder Sie haben es schon zurückgenommen.
timeline-consent-school-withdrawn = Schweige-Pflicht-Entbindung zurückgenommen
timeline-consent-direct-withdrawn = Einverständnis für die Direkt-Zahlung zurückgenommen

## Bestätigte E-Mail-Adresse
claim-error-email-unverified = Sie können den Antrag noch nicht abschicken. Zuerst müssen Sie Ihre E-Mail-Adresse bestätigen. Dafür ist in unserer E-Mail ein Link. Klicken Sie auf den Link. Ihr Antrag ist gespeichert. Danach können Sie den Antrag abschicken.
