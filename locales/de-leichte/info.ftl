## Pflichtseiten: Barrierefreiheit, Datenschutz, Impressum, Leichte Sprache, Kontakt
## Absätze sind durch eine Leerzeile getrennt.

info-accessibility-title = Erklärung zur Barriere-Freiheit
info-accessibility-text =
    Barriere-frei heißt: Alle Menschen können das Portal benutzen. Auch Menschen mit Behinderung.

    Das Kommunale Jobcenter Kreis Warendorf möchte ein barriere-freies Portal. Dafür gibt es Regeln. Die Regeln heißen BITV 2.0. Das ist die Barrierefreie-Informationstechnik-Verordnung.

    Das Portal ist noch nicht fertig. Wir prüfen jede neue Seite. Wir prüfen mit der Tastatur. Wir prüfen mit einer Bildschirm-Lupe. Und wir prüfen mit einem Vorlese-Programm.

    Sie haben eine Barriere gefunden? Eine Barriere ist ein Hindernis. Bitte schreiben Sie uns. Das Formular ist unten auf dieser Seite.
info-imprint-title = Impressum
info-imprint-text =
    Kreis Warendorf – Kommunales Jobcenter, Sachgebiet Bildung und Teilhabe

    Der Kreis Warendorf ist eine Körperschaft des öffentlichen Rechts. Der Landrat vertritt den Kreis. Das heißt: Der Landrat spricht und handelt für den Kreis.

    Die Adresse und die Telefon-Nummer finden Sie auf der Seite Kontakt.
info-easy-title = Leichte Sprache
info-easy-text =
    Hier können Sie Geld für Ihr Kind beantragen.

    Das Geld ist für Nachhilfe. Oder für einen Verein. Zum Beispiel für einen Sport-Verein.

    Sie bekommen Grundsicherungsgeld (früher: Bürgergeld)? Oder Sozialhilfe? Oder Wohngeld? Oder Kinder-Zuschlag? Oder Leistungen für Asyl-Bewerber? Dann kann Ihr Kind das Geld bekommen.

    So geht es: Sie legen ein Konto an. Sie füllen den Antrag aus. Wir prüfen den Antrag. Dann bekommen Sie einen Brief. Der Brief heißt Bescheid. Im Bescheid steht unsere Entscheidung.

    Sie sind mit der Entscheidung nicht einverstanden? Dann können Sie Widerspruch einlegen. Im Bescheid steht: So geht der Widerspruch.
info-contact-title = Kontakt
info-contact-text =
    Kreis Warendorf – Kommunales Jobcenter, Bildung und Teilhabe

    Sie erreichen uns von Montag bis Freitag. Es gelten die Öffnungs-Zeiten vom Kreis-Haus. Sie haben eine Frage zu einem Antrag? Dann nennen Sie bitte die Antrags-Nummer.

    Sie können uns schreiben. Sie können uns anrufen. Sie können auch zu uns kommen.

    Sie sind mit einer Entscheidung nicht einverstanden? Dann können Sie Widerspruch einlegen. So geht es: Sie schreiben uns einen Brief. Sie unterschreiben den Brief. Oder Sie kommen zu uns. Dann schreiben wir den Widerspruch für Sie auf.

    Wichtig: Eine normale E-Mail reicht für einen Widerspruch nicht. Bis wann Sie Widerspruch einlegen können, steht in dem Brief mit der Entscheidung.
