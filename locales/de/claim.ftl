## Antrag stellen, Antragsseite, Verlauf

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = Schritt { $step } von { $total }
claim-continue = Weiter
claim-back = Zurück
claim-check-title = Prüfen Sie Ihre Angaben
claim-child = Kind
claim-benefit = Leistung
claim-change-answers = Angaben ändern
claim-declaration-title = Erklärung und Einverständnis
claim-declaration-text = Ich versichere, dass meine Angaben richtig und vollständig sind. Ich teile dem Jobcenter Änderungen sofort mit, zum Beispiel wenn mein Kind den Verein oder die Nachhilfe nicht mehr besucht.
claim-consent-text = Freiwillig: Ich bin einverstanden, dass das Jobcenter das Geld direkt an den Anbieter zahlt (Direktzahlung). Ohne diese Einwilligung bekommen Sie einen Gutschein für den Anbieter. Sie können die Einwilligung jederzeit für die Zukunft widerrufen – hier im Portal auf der Seite Ihres Antrags oder beim Jobcenter.
claim-privacy-hint = Ihre Angaben sind Sozialdaten und werden nur für diesen Antrag verwendet (§ 67a Zehntes Buch Sozialgesetzbuch).
claim-submit = Antrag verbindlich absenden
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = Antrag { $reference }
claim-page-title-draft = Entwurf (noch nicht abgeschickt)
claim-status = Stand
claim-next-steps = Wir prüfen Ihren Antrag. Wenn wir etwas wissen müssen, melden wir uns hier im Portal. Die Entscheidung bekommen Sie als Bescheid. Bitte drucken oder speichern Sie diese Seite als Nachweis.
claim-continue-draft = Antrag weiter ausfüllen
claim-submitted-at = Abgeschickt am
claim-timeline = Verlauf
claim-withdraw-hint = Sie brauchen die Leistung nicht mehr? Sie können den Antrag zurückziehen, solange noch nicht entschieden ist.
claim-withdraw = Antrag zurückziehen
claim-withdraw-explain = Wenn Sie den Antrag zurückziehen, entscheidet das Jobcenter nicht mehr darüber und zahlt nichts dafür. Das können Sie nicht rückgängig machen. Brauchen Sie die Leistung später doch, stellen Sie einen neuen Antrag – Lernförderung kann dann meist erst ab dem Monat des neuen Antrags bewilligt werden.
claim-withdraw-confirm = Ja, ich möchte diesen Antrag zurückziehen.
claim-withdraw-error-confirm = Bitte bestätigen Sie, dass Sie den Antrag zurückziehen möchten.
claim-submitted = Ihr Antrag ist bei uns angekommen. Vielen Dank!
claim-withdrawn = Sie haben den Antrag zurückgezogen.
claim-error-incomplete = Es fehlen noch Angaben. Bitte prüfen Sie die markierten Felder.
claim-error-declaration = Bitte bestätigen Sie, dass Ihre Angaben richtig sind.
claim-error-not-draft = Dieser Antrag ist schon abgeschickt und kann nicht mehr geändert werden.
claim-error-already-final = Über diesen Antrag ist schon entschieden oder er wurde zurückgezogen.
claim-error-not-allowed = Das ist bei diesem Antrag gerade nicht möglich.
claim-error-changed = Der Antrag wurde inzwischen geändert. Bitte laden Sie die Seite neu.
status-draft = Entwurf
status-submitted = Eingegangen
status-needs-info = Rückfrage an Sie
status-approved = Bewilligt
status-rejected = Abgelehnt
status-withdrawn = Zurückgezogen
timeline-draft = Antrag begonnen
timeline-submitted = Antrag abgeschickt
timeline-needs-info = Rückfrage vom Jobcenter
timeline-approved = Antrag bewilligt
timeline-rejected = Antrag abgelehnt
timeline-withdrawn = Antrag zurückgezogen
teilhabe-details-title = Angaben zum Verein oder Kurs
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = Für { $child }: Wofür soll das Geld sein, und wer ist der Anbieter?
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = Das Jobcenter zahlt bis zu { $amount } im Monat direkt an den Verein oder Anbieter: für Mitgliedsbeiträge (Sport, Spiel, Kultur), Unterricht wie Musikschule, Kurse und Ferienfreizeiten. Nicht bezahlt werden zum Beispiel Kino oder Fitnessstudio.
teilhabe-activity = Was macht Ihr Kind?
teilhabe-activity-sport = Sport im Verein
teilhabe-activity-music = Musik, zum Beispiel Musikschule
teilhabe-activity-culture = Kunst, Kultur oder Bildung
teilhabe-activity-holiday-camp = Ferienfreizeit
teilhabe-activity-other = Etwas anderes
teilhabe-description = Genauer beschrieben
teilhabe-description-hint = Zum Beispiel: Fußball, Gitarrenunterricht. Bei „Etwas anderes“ bitte ausfüllen.
teilhabe-provider-title = Anbieter
teilhabe-provider-name = Name des Vereins oder Anbieters
teilhabe-provider-name-hint = So wie er auf dem Beitrittsformular oder der Rechnung steht.
teilhabe-provider-contact = Ansprechperson, Telefon oder E-Mail
teilhabe-provider-contact-hint = Damit wir beim Anbieter nachfragen können.
teilhabe-provider-iban = IBAN des Anbieters
teilhabe-provider-iban-hint = Steht oft auf dem Beitrittsformular. Wenn Sie sie nicht kennen, lassen Sie das Feld leer.
teilhabe-costs-title = Kosten und Zeitraum
teilhabe-monthly-fee = Beitrag im Monat
teilhabe-monthly-fee-hint = In Euro, zum Beispiel 12,50. Bei einem Jahresbeitrag teilen Sie ihn bitte durch 12.
teilhabe-start-month = Ab Monat
teilhabe-month-hint = Zum Beispiel 09/2026. Die Leistung gibt es meist ab dem Monat, in dem der Antrag bei uns ankommt.
teilhabe-end-month = Bis Monat
teilhabe-end-month-hint = Höchstens zwölf Monate. Danach können Sie einen neuen Antrag stellen.
teilhabe-period = Zeitraum
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = Das Jobcenter kann davon { $amount } im Monat übernehmen.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = Den Rest von { $amount } im Monat zahlen Sie selbst an den Anbieter.
teilhabe-error-activity = Bitte wählen Sie aus, was Ihr Kind macht.
teilhabe-error-description = Bitte beschreiben Sie kurz, was Ihr Kind macht.
teilhabe-error-start-past = Der Beginn liegt mehr als zwölf Monate zurück. Für so lange zurückliegende Monate kann nichts mehr gezahlt werden. Ab wann gezahlt wird, prüfen wir und schreiben es in den Bescheid.
teilhabe-error-start-future = Der Beginn liegt mehr als zwölf Monate in der Zukunft.
teilhabe-error-end-before-start = Das Ende muss nach dem Beginn liegen.
teilhabe-error-period-long = Ein Antrag gilt für höchstens zwölf Monate.
claim-change-documents = Nachweise ändern
claim-school-consent-text = Freiwillig: Ich entbinde die Schule meines Kindes von der Schweigepflicht (Schweigepflichtentbindung). Dann darf das Jobcenter bei der Schule nachfragen, und die Schule darf sagen, ob und wie viel Lernförderung mein Kind braucht. Die Schule sieht dafür nur Fächer, Stunden und Zeitraum, nicht Ihre Begründung. Ohne diese Einwilligung können Sie den Bedarf anders zeigen, zum Beispiel mit dem Zeugnis oder einem Schreiben der Lehrkraft als Nachweis. Sie können die Einwilligung jederzeit für die Zukunft widerrufen – hier im Portal auf der Seite Ihres Antrags oder beim Jobcenter.
claim-needs-info = Das Jobcenter hat eine Rückfrage an Sie. Bitte antworten Sie unten. Danach prüfen wir Ihren Antrag weiter.
claim-receipt-link = Eingangsbestätigung anzeigen und drucken
timeline-answered = Rückfrage beantwortet
claim-hint-teilhabe-age = Soziokulturelle Teilhabe gibt es nur für Kinder und Jugendliche unter 18 Jahren. Sie können den Antrag trotzdem stellen: Wir prüfen ihn und schicken Ihnen einen Bescheid.
claim-hint-school-age = Lernförderung gibt es bei dieser Leistung nur bis zum 25. Geburtstag. Sie können den Antrag trotzdem stellen: Wir prüfen ihn und schicken Ihnen einen Bescheid.

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = Ihre Einwilligungen
consent-school = Schweigepflichtentbindung gegenüber der Schule
consent-direct = Direktzahlung an den Anbieter
# Variables:
#   $date (String) - Datum
consent-given = erteilt am { $date }
# Variables:
#   $date (String) - Datum
consent-withdrawn = widerrufen am { $date }
consent-not-given = nicht erteilt
consent-withdraw = Einwilligung widerrufen
consent-withdraw-hint = Ein Widerruf gilt für die Zukunft. Was vorher geschehen ist – zum Beispiel eine Bestätigung der Schule –, bleibt in der Akte. Ohne Direktzahlung bekommen Sie einen Gutschein; ohne Schweigepflichtentbindung zeigen Sie den Bedarf bitte mit anderen Nachweisen.
consent-withdrawn-flash = Ihr Widerruf ist gespeichert.
consent-error-not-given = Diese Einwilligung ist nicht (mehr) erteilt.
timeline-consent-school-withdrawn = Schweigepflichtentbindung widerrufen
timeline-consent-direct-withdrawn = Einwilligung in die Direktzahlung widerrufen

## Bestätigte E-Mail-Adresse
claim-error-email-unverified = Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse mit dem Link aus unserer E-Mail. Ihr Antrag ist gespeichert; danach können Sie ihn abschicken.
