## Datenschutzhinweise nach Art. 13 DSGVO (Seite /datenschutz)
## Jeder Abschnitt hat einen Titel (-title) und einen Text (-text); Absätze sind durch eine
## Leerzeile getrennt. Gesetze werden mit ihrer deutschen Abkürzung genannt.

privacy-title = Datenschutzhinweise
privacy-intro =
    Hier lesen Sie, welche Daten wir im BuT-Portal über Sie und Ihre Kinder verarbeiten, wofür wir sie brauchen und welche Rechte Sie haben (Art. 13 Datenschutz-Grundverordnung, DSGVO).

    Ihre Angaben sind Sozialdaten. Sie sind durch das Sozialgeheimnis besonders geschützt (§ 35 SGB I, §§ 67 bis 85a SGB X).
privacy-controller-title = Wer ist verantwortlich?
# Variables:
#   $office (String) - Name der Behörde, z. B. Kommunales Jobcenter Kreis Warendorf
#   $street (String) - Straße und Hausnummer der Behörde
#   $city (String) - Postleitzahl und Ort der Behörde
#   $phone (String) - Telefonnummer der Behörde
#   $email (String) - E-Mail-Adresse der Behörde
privacy-controller-text =
    Verantwortlich ist: { $office }, { $street }, { $city }. Telefon: { $phone }. E-Mail: { $email }.

    Bekommen Sie Sozialhilfe, Leistungen nach dem Asylbewerberleistungsgesetz, Wohngeld oder Kinderzuschlag, kann nach Landesrecht auch Ihre Stadt oder Gemeinde über Ihren Antrag entscheiden. Dann ist sie für die Daten verantwortlich, die sie dafür bekommt.
privacy-dpo-title = Datenschutzbeauftragte
# Variables:
#   $contact (String) - Name und Anschrift oder E-Mail der oder des Datenschutzbeauftragten (Einstellung DPO_CONTACT)
privacy-dpo-text = Bei Fragen zum Datenschutz erreichen Sie unsere Datenschutzbeauftragte oder unseren Datenschutzbeauftragten: { $contact }
privacy-purposes-title = Wofür wir Ihre Daten brauchen
privacy-purposes-text =
    Wir brauchen Ihre Daten, um über Ihren Antrag auf Leistungen für Bildung und Teilhabe zu entscheiden, Ihnen den Bescheid zu schicken und die Anbieter (zum Beispiel Nachhilfe oder Verein) zu bezahlen.

    Außerdem brauchen wir einige Daten, um Ihr Konto zu führen, das Portal vor Missbrauch zu schützen und die gesetzlich vorgeschriebene Statistik zu erstellen.
privacy-legal-basis-title = Rechtsgrundlagen
privacy-legal-basis-text =
    Wir verarbeiten Ihre Daten, weil das Gesetz es uns erlaubt und vorschreibt: Art. 6 Abs. 1 Buchst. c und e DSGVO in Verbindung mit §§ 67a ff. SGB X.

    Die Leistungen selbst regeln § 28 SGB II, § 34 SGB XII und § 6b BKGG (Bundeskindergeldgesetz). Für Leistungen nach dem Asylbewerberleistungsgesetz gilt § 34 SGB XII entsprechend (§ 3 Abs. 4 AsylbLG).

    Manchmal enthalten Ihre Angaben Gesundheitsdaten, zum Beispiel wenn Ihr Kind wegen einer Krankheit Nachhilfe braucht. Solche Daten verarbeiten wir nur, soweit es für die Leistung nötig ist (Art. 9 Abs. 2 Buchst. b DSGVO, § 67b SGB X).

    Für die Nachfrage bei der Schule brauchen wir Ihre Einwilligung (Schweigepflichtentbindung, § 67b Abs. 2 SGB X).
privacy-data-title = Welche Daten wir verarbeiten
privacy-data-text =
    Ihr Konto: E-Mail-Adresse, Passwort (wir speichern es so, dass niemand es lesen kann) und Ihre Sprache.

    Ihr Haushalt: Ihr Name, Ihre Anschrift und Kontaktdaten, welche Leistung Sie bekommen, mit Aktenzeichen und Zeitraum.

    Ihre Kinder und Ihre Anträge: Name und Geburtsdatum, Schule und Klasse, was Sie beantragen, Anbieter und Kosten, Ihre Begründung, die Nachweise, die Sie hochladen, die Bestätigung der Schule sowie unsere Entscheidungen und Bescheide.

    Die meisten Daten bekommen wir von Ihnen selbst (§ 67a Abs. 2 SGB X).
privacy-recipients-title = Wer Ihre Daten bekommt
privacy-recipients-text =
    Im Jobcenter sehen nur die Mitarbeiterinnen und Mitarbeiter Ihre Daten, die Ihren Antrag bearbeiten. Jeder Zugriff wird protokolliert.

    Die Schule Ihres Kindes bekommt nur dann Daten, wenn Sie die Schule von der Schweigepflicht entbunden haben, und nur das, was sie für ihre Bestätigung braucht. Ihre eigene Begründung sieht die Schule nicht.

    Anbieter, zum Beispiel Nachhilfe oder Verein, erfahren nur, was sie für die Abrechnung brauchen: für welches Kind, was bewilligt ist, für welchen Zeitraum und wie viel (§ 69 Abs. 1 Nr. 1 SGB X).

    Für Leistungen nach dem SGB II geben wir Daten für die gesetzliche Statistik an die Bundesagentur für Arbeit (§ 51b SGB II). An andere Stellen geben wir Daten nur, wenn ein Gesetz es erlaubt. Wir geben keine Daten in Länder außerhalb der Europäischen Union.
privacy-retention-title = Wie lange wir Ihre Daten speichern
privacy-retention-text =
    Wir speichern Ihre Daten so lange, wie wir sie für unsere Aufgabe brauchen: für die Entscheidung, die Zahlung und mögliche Widerspruchs-, Klage- oder Erstattungsverfahren. Außerdem gelten gesetzliche Aufbewahrungsfristen für Akten.

    Danach müssen die Daten gelöscht werden (§ 84 SGB X, Art. 17 DSGVO).
privacy-rights-title = Ihre Rechte
privacy-rights-text =
    Sie haben das Recht auf Auskunft über Ihre gespeicherten Daten (Art. 15 DSGVO, § 83 SGB X), auf Berichtigung falscher Daten (Art. 16), auf Löschung (Art. 17) und auf Einschränkung der Verarbeitung (Art. 18). Sie können der Verarbeitung aus Gründen, die sich aus Ihrer besonderen Situation ergeben, widersprechen (Art. 21 DSGVO).

    Dieser Widerspruch nach dem Datenschutzrecht ist etwas anderes als ein Widerspruch gegen einen Bescheid. Wie Sie einem Bescheid widersprechen, steht im Bescheid.

    Eine Einwilligung können Sie jederzeit für die Zukunft widerrufen (Art. 7 Abs. 3 DSGVO). Schreiben Sie uns dazu einfach.
privacy-complaint-title = Beschwerde
privacy-complaint-text = Sie können sich bei der Aufsichtsbehörde beschweren: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, poststelle@ldi.nrw.de.
privacy-required-title = Müssen Sie Ihre Daten angeben?
privacy-required-text =
    Ja, soweit wir sie für die Entscheidung über Ihren Antrag brauchen. Sie sind verpflichtet mitzuwirken (§ 60 SGB I).

    Fehlen wichtige Angaben oder Nachweise, können wir die Leistung versagen. Vorher schreiben wir Ihnen und geben Ihnen eine Frist (§ 66 SGB I).

    Ihre Einwilligung für die Nachfrage bei der Schule ist freiwillig. Möchten Sie sie nicht geben, sprechen Sie uns an: Sie können den Bedarf Ihres Kindes auch anders nachweisen.
privacy-automated-title = Keine automatische Entscheidung
privacy-automated-text = Über Ihren Antrag entscheidet immer ein Mensch. Das Portal zeigt nur Hinweise, zum Beispiel wenn eine Angabe fehlt. Es entscheidet nichts automatisch (Art. 22 DSGVO).
privacy-cookies-title = Cookies
privacy-cookies-text =
    Das Portal setzt nur technisch notwendige Cookies: eines für Ihre Anmeldung (es gilt bis eine Stunde nach Ihrer letzten Aktivität), eines für die gewählte Sprache und eines, an dem das Portal nach einer Anmeldung Ihr Gerät wiedererkennt, um Ihr Konto vor dem Erraten von Passwörtern zu schützen. Die beiden letzten gelten ein Jahr.

    Es gibt keine Werbung und keine Analyse-Werkzeuge.
