## Startseite

home-title = Bildung und Teilhabe für Ihr Kind
home-lead = Ihre Familie bekommt Grundsicherungsgeld (früher: Bürgergeld), Sozialhilfe, Wohngeld, Kinder-Zuschlag oder Leistungen für Asyl-Bewerber? Dann kann Ihr Kind Geld bekommen. Das Geld ist für Nachhilfe, Vereine und Kurse. Das Geld heißt: Bildung und Teilhabe. Hier stellen Sie den Antrag im Internet.
home-register = Konto anlegen
home-login = Anmelden
home-go-to-overview = Zu meiner Übersicht
home-benefits-label = Leistungen
home-tutoring-title = Lernförderung (Nachhilfe)
home-tutoring-text = Lernförderung ist Nachhilfe. Ihr Kind schafft die wichtigen Lern-Ziele in der Schule nur mit Hilfe? Dann bezahlt das Jobcenter Nachhilfe. Oft ist die Nachhilfe direkt in der Schule von Ihrem Kind. Dieser Ort heißt Lernstandort. Die Schule muss bestätigen: Ihr Kind braucht Nachhilfe.
home-participation-title = Teilhabe (Verein, Musik, Kurse)
home-participation-text = Teilhabe heißt: Ihr Kind macht mit. Zum Beispiel im Sport-Verein. Kinder unter 18 Jahren bekommen dafür 15 Euro im Monat. Das Geld ist für den Sport-Verein, die Musik-Schule, Kurse oder Ferien-Freizeiten. Das Geld geht direkt an den Verein oder Anbieter.
home-who-title = Wer bekommt die Leistungen?
home-who-text = Ihr Kind ist jünger als 25 Jahre. Ihr Kind geht zur Schule. Ihre Familie bekommt Grundsicherungsgeld (früher: Bürgergeld), Sozialhilfe, Wohngeld, Kinder-Zuschlag oder Leistungen für Asyl-Bewerber. Dann kann Ihr Kind die Leistungen bekommen. Teilhabe gibt es nur bis zum 18. Geburtstag.
home-easy-link = Das Portal in Leichter Sprache erklärt
home-check-link = Kann mein Kind Leistungen bekommen? Jetzt prüfen. Das dauert 2 Minuten.
