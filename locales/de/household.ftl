## Haushalt und Kinder der Familie

household-title = Ihr Haushalt
household-missing = Bevor Sie einen Antrag stellen, brauchen wir einmal ein paar Angaben zu Ihrer Familie: welche Leistung Sie bekommen und wo Sie wohnen.
household-start = Angaben zum Haushalt machen
household-benefit = Leistung
household-applicant = Ihr Name (antragstellende Person)
household-applicant-hint = Vor- und Nachname, wie auf Ihrem Ausweis. An diesen Namen schicken wir den Bescheid.
household-benefit-reference = Aktenzeichen oder Nummer des Bescheids
household-benefit-reference-hint = Steht oben auf Ihrem Bescheid, zum Beispiel die BG-Nummer beim Grundsicherungsgeld (bisher Bürgergeld).
household-validity = Bewilligt
household-address = Anschrift
household-edit = Angaben zum Haushalt ändern
household-form-title = Angaben zu Ihrem Haushalt
household-form-lead = Sie finden die Angaben auf dem Bescheid über Ihre Leistung. Wenn sich etwas ändert, können Sie die Angaben hier jederzeit anpassen.
household-benefit-question = Welche Leistung bekommt Ihre Familie?
household-valid-from = Bewilligt ab
household-valid-to = Bewilligt bis
household-valid-to-hint = Das Ende des Zeitraums auf Ihrem Bescheid.
household-street = Straße und Hausnummer
household-postal-code = Postleitzahl
household-city = Ort
household-kommune = Kommune
household-kommune-hint = Die Stadt oder Gemeinde im Kreis Warendorf, in der Sie wohnen.
household-contact = Kontakt
household-phone = Telefon
household-contact-email = E-Mail für Rückfragen
household-contact-email-hint = Nur wenn sie anders ist als die E-Mail-Adresse Ihres Kontos.
household-save = Angaben speichern
household-saved = Ihre Angaben zum Haushalt wurden gespeichert.
household-error-benefit = Bitte wählen Sie die Leistung aus, die Ihre Familie bekommt.
household-error-validity-order = „Bewilligt bis“ muss nach „Bewilligt ab“ liegen.
household-error-validity-long = Der Zeitraum ist zu lang. Bitte prüfen Sie die Daten auf Ihrem Bescheid.
household-error-kommune = Bitte wählen Sie Ihre Kommune aus.
children-title = Ihre Kinder
children-empty = Sie haben noch keine Kinder eingetragen.
child-edit = Ändern
child-add = Kind hinzufügen
child-add-title = Kind hinzufügen
child-edit-title = Angaben zum Kind ändern
child-first-name = Vorname
child-last-name = Nachname
child-birth-date = Geburtsdatum
child-school = Schule
child-school-hint = Wählen Sie die Schule aus der Liste. Wenn sie fehlt, wählen Sie „Meine Schule ist nicht in der Liste“ und schreiben Sie den Namen in das nächste Feld.
child-school-not-listed = Meine Schule ist nicht in der Liste
child-school-typed = Name der Schule, wenn sie nicht in der Liste ist
child-school-typed-hint = Zum Beispiel: Overbergschule Münster
child-grade = Klasse
child-grade-hint = Zum Beispiel 4b oder 10
child-save = Speichern
child-saved = Die Angaben zum Kind wurden gespeichert.
child-error-birth-future = Das Geburtsdatum muss in der Vergangenheit liegen.
child-error-birth-old = Bitte prüfen Sie das Geburtsdatum.
child-error-school = Bitte wählen Sie eine Schule aus der Liste oder schreiben Sie ihren Namen auf.
child-error-household-first = Bitte machen Sie zuerst die Angaben zu Ihrem Haushalt.
child-error-too-many = Sie haben schon 15 Kinder eingetragen, mehr sind nicht möglich. Bitte rufen Sie uns an, wenn noch ein Kind fehlt.
school-code-title = Code für die Schulsozialarbeit
school-code-explain = Möchten Sie den Antrag auf Lernförderung zusammen mit der Schulsozialarbeit stellen? Dann erzeugen Sie hier einen Code und geben ihn der Schulsozialarbeiterin oder dem Schulsozialarbeiter. Ohne diesen Code kann niemand von der Schule einen Antrag in Ihrem Konto beginnen. Der Code gilt eine Woche und nur einmal.
school-code-label = Ihr Code:
# Variables:
#   $date (String) - Datum, bis zu dem der Code gilt (TT.MM.JJJJ)
school-code-until = gültig bis { $date }
school-code-create = Neuen Code erzeugen
school-code-created = Der Code ist erzeugt. Sie sehen ihn beim Kind.
child-apply-teilhabe = Teilhabe beantragen
child-apply-lernfoerderung = Lernförderung beantragen
household-preferred-lang = In welcher Sprache sollen wir Ihnen schreiben?
household-preferred-lang-hint = Bescheide sind immer auf Deutsch. Erklärungen dazu bekommen Sie in dieser Sprache.
household-error-lang = Bitte wählen Sie eine Sprache aus der Liste.
child-school-all = Geht Ihr Kind in einer anderen Kommune zur Schule? Dann zeigen Sie zuerst alle Schulen.
# Variables:
#   $child (String) - Vorname des Kindes
#   $date (String) - letzter bewilligter Tag
child-teilhabe-covered = Für { $child } ist Teilhabe schon bis { $date } bewilligt. Einen zweiten Antrag brauchen Sie nur für eine weitere Aktivität.
