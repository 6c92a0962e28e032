## Berechtigung prüfen (ohne Konto)

check-title = Kann mein Kind Leistungen bekommen?
check-lead = Bitte beantworten Sie 4 kurze Fragen. Dann sehen Sie: Diese Leistungen kann Ihr Kind vielleicht bekommen. Eine Leistung ist Geld oder Hilfe vom Amt. Zum Beispiel Geld für Nachhilfe. Wir speichern Ihre Antworten nicht.
check-benefit-question = Welche Leistung bekommt Ihre Familie?
check-benefit-none = Keine davon oder ich weiß es nicht
check-age-question = Wie alt ist Ihr Kind?
check-age-hint = Alter in Jahren. Zum Beispiel: 9
check-school-question = Geht Ihr Kind zur Schule?
check-school-hint = Zum Beispiel Grundschule, Gesamtschule oder Berufs-Schule
check-allowance-question = Bekommt Ihr Kind eine Ausbildungs-Vergütung?
check-allowance-hint = Eine Ausbildungs-Vergütung ist Geld. Ihr Kind bekommt das Geld vom Betrieb für die Ausbildung.
check-yes = Ja
check-no = Nein
check-submit = Ergebnis zeigen
check-result-title = Ihr Ergebnis
check-may-apply = Ihr Kind kann diese Leistung vielleicht bekommen.
check-may-not-apply = Ihr Kind bekommt diese Leistung wahrscheinlich nicht.
# Variables:
#   $basis (String) - Paragraf, z. B. § 28 SGB II
check-legal-basis = Gesetz: { $basis }
check-disclaimer = Das Ergebnis ist nur ein Hinweis. Es ist noch keine Entscheidung. Das Jobcenter entscheidet erst nach Ihrem Antrag.
check-apply = Antrag stellen
check-error-benefit = Bitte wählen Sie: Welche Leistung bekommt Ihre Familie?
check-error-age-required = Bitte schreiben Sie das Alter von Ihrem Kind.
check-error-age-invalid = Bitte schreiben Sie nur eine Zahl von 0 bis 99. Zum Beispiel: 9
check-error-yes-no = Bitte wählen Sie Ja oder Nein.
check-reason-no-benefit = Diese Leistungen gibt es nur für Familien mit Grundsicherungsgeld (früher: Bürgergeld), Sozialhilfe, Wohngeld, Kinder-Zuschlag oder Leistungen für Asyl-Bewerber.
check-reason-no-school = Lernförderung ist Nachhilfe. Lernförderung gibt es nur für Kinder und junge Menschen in der Schule.
check-reason-training-allowance = Ihr Kind bekommt eine Ausbildungs-Vergütung. Dann gibt es keine Lernförderung.
check-reason-age-25 = Bei Ihrer Leistung gibt es Lernförderung nur bis zum 25. Geburtstag.
check-reason-tutoring-ok = Ihr Kind geht zur Schule. Vielleicht schafft Ihr Kind die wichtigen Lern-Ziele nur mit Hilfe. Dann kann das Jobcenter Nachhilfe bezahlen. Die Schule muss bestätigen: Ihr Kind braucht Nachhilfe.
check-reason-no-age-limit = Bei Sozialhilfe und bei Leistungen für Asyl-Bewerber gibt es für Lernförderung keine Alters-Grenze von 25 Jahren.
check-reason-participation-ok = Kinder unter 18 Jahren können 15 Euro im Monat bekommen. Das Geld ist für einen Verein, eine Musik-Schule, Kurse oder Ferien-Freizeiten.
check-reason-age-18 = Teilhabe gibt es nur bis zum 18. Geburtstag.
check-note-but-needs-alone = Einkommen ist zum Beispiel Ihr Lohn. Ihr Einkommen ist nur ein bisschen zu hoch? Dann bekommen Sie vielleicht trotzdem Geld für Bildung und Teilhabe. Bitte fragen Sie uns.
check-note-tutoring-own-application = Für Lernförderung brauchen Sie immer einen eigenen Antrag. Den Antrag stellen Sie hier im Portal.
check-note-apply-separately = Sie bekommen Wohngeld oder Kinder-Zuschlag? Dann brauchen Sie für Bildung und Teilhabe immer einen eigenen Antrag. Den Antrag stellen Sie hier im Portal.
check-note-sgb2-covered = Mit Ihrem Antrag auf Grundsicherungsgeld (früher: Bürgergeld) haben Sie die Teilhabe schon beantragt. Wir möchten den Verein direkt bezahlen. Dafür brauchen wir den Namen vom Anbieter. Der Anbieter ist zum Beispiel der Verein. Bitte nennen Sie uns den Anbieter hier im Portal.
check-note-sgb12-covered = Mit Ihrem Antrag auf Sozialhilfe oder Leistungen für Asyl-Bewerber haben Sie die Teilhabe schon beantragt. Wir möchten den Verein direkt bezahlen. Dafür brauchen wir den Namen vom Anbieter. Der Anbieter ist zum Beispiel der Verein. Bitte nennen Sie uns den Anbieter hier im Portal.
