## Barrierefreiheit: Rückmeldung zu Barrieren, Kurzfassung in Leichter Sprache

a11y-status-title = Stand der Vereinbarkeit
a11y-status-text = Das Portal ist teilweise mit der BITV 2.0 vereinbar. Nicht barrierefrei sind bisher: Die Bescheide als PDF sind noch nicht getaggt (PDF/UA). Namen in arabischer oder persischer Schrift erscheinen im PDF-Bescheid noch nicht richtig.
a11y-prepared = Diese Erklärung wurde am 24. November 2026 erstellt. Grundlage ist eine Selbstbewertung.
a11y-feedback-title = Barriere melden
a11y-feedback-lead = Sie können etwas nicht lesen oder nicht bedienen? Schreiben Sie uns. Das BuT-Team liest jede Meldung und antwortet innerhalb von zwei Wochen, wenn Sie eine Adresse angeben.
a11y-feedback-page = Auf welcher Seite?
a11y-feedback-page-hint = Zum Beispiel: Antrag auf Lernförderung, Schritt 2.
a11y-feedback-message = Was funktioniert nicht?
a11y-feedback-contact = Wie erreichen wir Sie?
a11y-feedback-contact-hint = E-Mail-Adresse oder Telefonnummer. Ohne Angabe können wir nicht antworten.
a11y-feedback-send = Meldung senden
a11y-feedback-thanks = Vielen Dank. Ihre Meldung ist beim BuT-Team angekommen.
a11y-feedback-error-empty = Bitte beschreiben Sie die Barriere.
a11y-feedback-error-too-long = Bitte fassen Sie sich kürzer (höchstens 4000 Zeichen).
a11y-enforcement-title = Schlichtungsverfahren
a11y-enforcement-text = Wenn wir nicht oder nicht zufriedenstellend antworten, können Sie sich an die Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen wenden. Das Verfahren ist kostenlos.
home-summary-title = Kurz erklärt in Leichter Sprache
home-summary-text =
    Ihr Kind geht zur Schule. Sie bekommen Geld vom Jobcenter, Sozialhilfe, Wohngeld, Kinderzuschlag oder Leistungen für Asylbewerber.

    Dann kann Ihr Kind Hilfe bekommen. Zum Beispiel Nachhilfe. Oder 15 Euro im Monat für einen Verein.

    Hier stellen Sie den Antrag. Das geht mit dem Handy.
