## Barrierefreiheit: Rückmeldung zu Barrieren, Kurzfassung in Leichter Sprache

a11y-status-title = So barriere-frei ist das Portal
a11y-status-text = Barriere-frei heißt: Alle Menschen können das Portal benutzen. Dafür gibt es Regeln. Die Regeln heißen BITV 2.0. Das Portal erfüllt die Regeln nur zum Teil. Die Bescheide als PDF sind noch nicht barriere-frei. Vorlese-Programme können diese PDF-Dateien noch nicht gut lesen. Namen in arabischer Schrift oder persischer Schrift sehen im PDF-Bescheid noch falsch aus.
a11y-prepared = Wir haben diese Erklärung am 24. November 2026 geschrieben. Wir haben das Portal dafür selbst geprüft.
a11y-feedback-title = Barriere melden
a11y-feedback-lead = Eine Barriere ist ein Hindernis. Zum Beispiel: Sie können einen Text nicht lesen. Oder ein Knopf funktioniert nicht. Dann schreiben Sie uns bitte. Das BuT-Team liest jede Nachricht. Sie schreiben uns Ihre E-Mail-Adresse oder Telefon-Nummer? Dann antworten wir Ihnen in höchstens 2 Wochen.
a11y-feedback-page = Auf welcher Seite?
a11y-feedback-page-hint = Zum Beispiel: Antrag auf Lernförderung, Schritt 2.
a11y-feedback-message = Was funktioniert nicht?
a11y-feedback-contact = Wie erreichen wir Sie?
a11y-feedback-contact-hint = Schreiben Sie Ihre E-Mail-Adresse oder Ihre Telefon-Nummer. Sonst können wir Ihnen nicht antworten.
a11y-feedback-send = Nachricht senden
a11y-feedback-thanks = Vielen Dank. Das BuT-Team hat Ihre Nachricht bekommen.
a11y-feedback-error-empty = Bitte schreiben Sie: Was ist die Barriere?
a11y-feedback-error-too-long = Ihr Text ist zu lang. Bitte schreiben Sie höchstens 4000 Zeichen.
a11y-enforcement-title = Hilfe bei Streit: Schlichtung
a11y-enforcement-text = Wir antworten Ihnen nicht? Oder Sie sind mit unserer Antwort nicht zufrieden? Dann können Sie sich bei einer Schlichtungs-Stelle melden. Die Schlichtungs-Stelle hilft bei Streit über Barrieren. Die Stelle heißt: Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen. Die Hilfe kostet nichts.
home-summary-title = Kurz erklärt in Leichter Sprache
home-summary-text =
    Ihr Kind geht zur Schule. Ihre Familie bekommt Geld vom Jobcenter. Oder Ihre Familie bekommt Sozialhilfe, Wohngeld, Kinder-Zuschlag oder Leistungen für Asyl-Bewerber.

    Dann kann Ihr Kind Hilfe bekommen. Zum Beispiel Nachhilfe. Oder 15 Euro im Monat für einen Verein.

    Hier stellen Sie den Antrag. Das geht auch mit dem Handy.
