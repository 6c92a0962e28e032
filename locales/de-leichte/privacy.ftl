## Daten-Schutz: Hinweise nach Art. 13 DSGVO in Leichter Sprache (Seite /datenschutz)
## Absätze sind durch eine Leerzeile getrennt.

privacy-title = Daten-Schutz
privacy-intro =
    Hier steht: Welche Daten speichern wir über Sie und Ihre Kinder? Warum brauchen wir die Daten? Und welche Rechte haben Sie?

    Ihre Angaben sind Sozial-Daten. Das Gesetz schützt Sozial-Daten besonders. Das heißt: Sozial-Geheimnis.
privacy-controller-title = Wer ist verantwortlich?
privacy-controller-text =
    Verantwortlich ist: { $office }, { $street }, { $city }. Telefon: { $phone }. E-Mail: { $email }.

    Manchmal entscheidet Ihre Stadt über Ihren Antrag. Oder Ihre Gemeinde. Zum Beispiel bei Wohngeld. Dann ist die Stadt oder Gemeinde für diese Daten verantwortlich.
privacy-dpo-title = Daten-Schutz-Beauftragte
privacy-dpo-text = Sie haben eine Frage zum Daten-Schutz? Dann schreiben Sie an: { $contact }
privacy-purposes-title = Wofür brauchen wir Ihre Daten?
privacy-purposes-text =
    Wir prüfen Ihren Antrag. Wir schicken Ihnen einen Brief mit unserer Entscheidung. Und wir bezahlen zum Beispiel die Nachhilfe oder den Verein.

    Wir brauchen auch Daten für Ihr Konto. Und wir schützen das Portal vor Missbrauch. Außerdem machen wir eine Statistik. Das schreibt das Gesetz vor.
privacy-legal-basis-title = Welche Gesetze erlauben das?
privacy-legal-basis-text =
    Das Gesetz erlaubt uns, Ihre Daten zu speichern. Das steht in Art. 6 DSGVO und in §§ 67a ff. SGB X.

    Die Leistungen für Bildung und Teilhabe stehen in diesen Gesetzen: § 28 SGB II, § 34 SGB XII und § 6b BKGG. Und für Asyl-Bewerber: § 3 Abs. 4 AsylbLG.

    Manchmal geben Sie uns Daten über die Gesundheit. Zum Beispiel: Ihr Kind ist krank und braucht deshalb Nachhilfe. Diese Daten schützen wir besonders (Art. 9 DSGVO).

    Wir fragen nur bei der Schule nach, wenn Sie einverstanden sind.
privacy-data-title = Welche Daten speichern wir?
privacy-data-text =
    Für Ihr Konto: Ihre E-Mail-Adresse, Ihr Passwort und Ihre Sprache. Niemand kann Ihr Passwort lesen.

    Über Ihre Familie: Ihren Namen, Ihre Adresse, Ihre Telefon-Nummer. Und welche Leistung Sie bekommen. Zum Beispiel Wohngeld.

    Über Ihre Kinder und Ihre Anträge: Name, Geburtstag, Schule und Klasse. Was Sie beantragen und was es kostet. Ihre Nachweise. Was die Schule sagt. Und unsere Entscheidungen.

    Die meisten Daten bekommen wir von Ihnen.
privacy-recipients-title = Wer bekommt Ihre Daten?
privacy-recipients-text =
    Im Jobcenter sehen nur die Mitarbeiterinnen und Mitarbeiter für Ihren Antrag Ihre Daten. Wir schreiben jeden Zugriff auf.

    Die Schule bekommt nur Daten, wenn Sie einverstanden sind. Die Schule bekommt nur die Daten, die sie braucht. Ihre Begründung sieht die Schule nicht.

    Die Nachhilfe oder der Verein bekommt nur die Daten für die Bezahlung. Zum Beispiel: für welches Kind und wie viel Geld.

    Für die Statistik bekommt die Bundes-Agentur für Arbeit Daten. Andere Stellen bekommen Daten nur, wenn ein Gesetz es erlaubt.
privacy-retention-title = Wie lange speichern wir Ihre Daten?
privacy-retention-text =
    Wir speichern Ihre Daten nur so lange, wie wir sie brauchen. Zum Beispiel für die Entscheidung und die Bezahlung. Oder wenn Sie Widerspruch einlegen. Das Gesetz sagt auch: Akten müssen eine bestimmte Zeit bleiben.

    Danach müssen wir die Daten löschen.
privacy-rights-title = Ihre Rechte
privacy-rights-text =
    Sie können fragen: Welche Daten haben Sie über mich? Dann sagen wir es Ihnen.

    Sind Daten falsch? Dann verbessern wir sie. Sie können auch sagen: Bitte löschen Sie meine Daten. Oder: Bitte benutzen Sie meine Daten nicht mehr. Dann prüfen wir das.

    Sie waren einverstanden? Sie können Ihre Meinung jederzeit ändern. Schreiben Sie uns dann.
privacy-complaint-title = Beschwerde
privacy-complaint-text = Sie können sich beschweren. Zum Beispiel bei der Landes-Beauftragten für Daten-Schutz in Nordrhein-Westfalen (LDI NRW). Die Adresse ist: Kavalleriestraße 2–4, 40213 Düsseldorf. E-Mail: poststelle@ldi.nrw.de.
privacy-required-title = Müssen Sie uns Ihre Daten geben?
privacy-required-text =
    Ja. Wir brauchen die Daten für die Entscheidung über Ihren Antrag. Das Gesetz sagt: Sie müssen mithelfen.

    Fehlen wichtige Angaben? Dann schreiben wir Ihnen zuerst einen Brief. In dem Brief steht, bis wann Sie die Angaben schicken müssen. Sonst können wir den Antrag ablehnen.

    Sie möchten nicht, dass wir die Schule fragen? Dann sprechen Sie mit uns. Es gibt auch andere Nachweise.
privacy-automated-title = Ein Mensch entscheidet
privacy-automated-text = Über Ihren Antrag entscheidet immer ein Mensch. Das Portal entscheidet nicht. Es zeigt nur Hinweise.
privacy-cookies-title = Cookies
privacy-cookies-text =
    Cookies sind kleine Dateien in Ihrem Browser. Das Portal benutzt nur 3 Cookies für die Technik: 1 Cookie für Ihre Anmeldung. 1 Cookie für Ihre Sprache. 1 Cookie schützt Ihr Konto vor Fremden.

    Es gibt keine Werbung. Wir sammeln keine Daten über Ihr Verhalten im Portal.
