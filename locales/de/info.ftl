## Pflichtseiten: Barrierefreiheit, Impressum, Leichte Sprache, Kontakt
## Absätze sind durch eine Leerzeile getrennt.

info-accessibility-title = Erklärung zur Barrierefreiheit
info-accessibility-text =
    Das Kommunale Jobcenter Kreis Warendorf möchte, dass alle Menschen dieses Portal nutzen können. Es soll die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) erfüllen.

    Das Portal ist noch im Aufbau. Wir prüfen jede neue Seite mit Tastatur, Bildschirmvergrößerung und einem Screenreader.

    Sie haben eine Barriere gefunden? Melden Sie sie uns bitte mit dem Formular unten auf dieser Seite.
info-imprint-title = Impressum
info-imprint-text =
    Kreis Warendorf – Kommunales Jobcenter, Sachgebiet Bildung und Teilhabe

    Der Kreis Warendorf ist eine Körperschaft des öffentlichen Rechts. Er wird vertreten durch den Landrat.

    Anschrift und Erreichbarkeit finden Sie auf der Kontaktseite.
info-easy-title = Leichte Sprache
info-easy-text =
    Hier können Sie Geld für Ihr Kind beantragen.

    Das Geld ist für Nachhilfe. Oder für einen Verein. Zum Beispiel für einen Sport-Verein.

    Sie bekommen Grundsicherungsgeld (bisher Bürgergeld)? Oder Sozialhilfe? Oder Wohngeld? Oder Kinder-Zuschlag? Oder Leistungen für Asyl-Bewerber? Dann kann Ihr Kind das Geld bekommen.

    So geht es: Sie machen ein Konto. Sie füllen den Antrag aus. Wir prüfen den Antrag. Sie bekommen einen Brief. In dem Brief steht unsere Entscheidung.
info-contact-title = Kontakt
info-contact-text =
    Kreis Warendorf – Kommunales Jobcenter, Bildung und Teilhabe

    Sie erreichen uns von Montag bis Freitag zu den Öffnungszeiten des Kreishauses. Bei Fragen zu einem Antrag nennen Sie bitte die Antragsnummer.

    Sie können uns schreiben, anrufen oder vorbeikommen.

    Einen Widerspruch gegen einen Bescheid legen Sie schriftlich mit Ihrer Unterschrift ein oder persönlich bei uns: Wir schreiben ihn dann für Sie auf (zur Niederschrift). Eine einfache E-Mail reicht dafür nicht. Elektronisch geht es nur in der besonderen Form des § 36a Abs. 2 SGB I, zum Beispiel mit qualifizierter elektronischer Signatur (§ 84 SGG). Die Frist steht im Bescheid.
