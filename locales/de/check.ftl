## Berechtigung prüfen (ohne Konto)

check-title = Kann mein Kind Leistungen bekommen?
check-lead = Beantworten Sie vier kurze Fragen. Sie sehen dann, welche Leistungen für Bildung und Teilhabe für Ihr Kind in Frage kommen. Wir speichern Ihre Antworten nicht.
check-benefit-question = Welche Leistung bekommt Ihre Familie?
check-benefit-none = Keine davon oder ich weiß es nicht
check-age-question = Wie alt ist Ihr Kind?
check-age-hint = Alter in Jahren, zum Beispiel 9
check-school-question = Geht Ihr Kind zur Schule?
check-school-hint = Allgemeinbildende Schule oder Berufsschule
check-allowance-question = Bekommt Ihr Kind eine Ausbildungsvergütung?
check-allowance-hint = Geld für eine Ausbildung im Betrieb
check-yes = Ja
check-no = Nein
check-submit = Ergebnis anzeigen
check-result-title = Ihr Ergebnis
check-may-apply = Diese Leistung kann Ihrem Kind zustehen.
check-may-not-apply = Diese Leistung steht Ihrem Kind wahrscheinlich nicht zu.
# Variables:
#   $basis (String) - Paragraf, z. B. § 28 SGB II
check-legal-basis = Rechtsgrundlage: { $basis }
check-disclaimer = Das ist eine unverbindliche Einschätzung. Die Entscheidung trifft das Jobcenter, wenn Sie einen Antrag stellen.
check-apply = Jetzt Antrag stellen
check-error-benefit = Bitte wählen Sie aus, welche Leistung Ihre Familie bekommt.
check-error-age-required = Bitte geben Sie das Alter Ihres Kindes ein.
check-error-age-invalid = Bitte geben Sie das Alter als ganze Zahl zwischen 0 und 99 ein.
check-error-yes-no = Bitte wählen Sie Ja oder Nein.
check-reason-no-benefit = Die Leistungen gibt es für Familien mit Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen.
check-reason-no-school = Lernförderung gibt es nur für Kinder und junge Menschen, die eine Schule besuchen.
check-reason-training-allowance = Wer eine Ausbildungsvergütung bekommt, erhält keine Lernförderung.
check-reason-age-25 = Lernförderung gibt es bei dieser Leistung nur bis zum 25. Geburtstag.
check-reason-tutoring-ok = Ihr Kind geht zur Schule. Wenn es die wichtigen Lernziele ohne Nachhilfe nicht erreicht, kann das Jobcenter Nachhilfe bezahlen. Die Schule bestätigt den Bedarf.
check-reason-no-age-limit = Bei Sozialhilfe und Asylbewerberleistungen gibt es für Schulleistungen keine Altersgrenze von 25 Jahren.
check-reason-participation-ok = Für Kinder unter 18 Jahren gibt es 15 Euro im Monat für Verein, Musikschule, Kurse oder Ferienfreizeiten.
check-reason-age-18 = Soziokulturelle Teilhabe gibt es nur bis zum 18. Geburtstag.
check-note-but-needs-alone = Wenn Ihr Einkommen nur knapp über der Grenze liegt, kann der Bedarf für Bildung und Teilhabe allein einen Anspruch begründen. Fragen Sie uns gern.
check-note-tutoring-own-application = Lernförderung muss immer extra beantragt werden – das geht hier im Portal.
check-note-apply-separately = Familien mit Wohngeld oder Kinderzuschlag beantragen Bildung und Teilhabe immer gesondert – das geht hier im Portal.
check-note-sgb2-covered = Mit Ihrem Antrag auf Grundsicherungsgeld (bisher Bürgergeld) ist die Teilhabe schon beantragt. Damit wir den Verein bezahlen können, nennen Sie uns hier den Anbieter.
check-note-sgb12-covered = Mit Ihrem Antrag auf Sozialhilfe oder Asylbewerberleistungen ist die Teilhabe schon beantragt. Damit wir den Verein bezahlen können, nennen Sie uns hier den Anbieter.
