## Startseite

home-title = Bildung und Teilhabe für Ihr Kind
home-lead = Kinder und Jugendliche aus Familien mit Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag oder Leistungen nach dem Asylbewerberleistungsgesetz können Geld für Nachhilfe, Vereine und Kurse bekommen. Hier beantragen Sie es online.
home-register = Konto anlegen und Antrag stellen
home-login = Anmelden
home-go-to-overview = Zu meiner Übersicht
home-benefits-label = Leistungen
home-tutoring-title = Lernförderung (Nachhilfe)
home-tutoring-text = Wenn Ihr Kind die wichtigen Lernziele in der Schule ohne Hilfe nicht erreicht, bezahlt das Jobcenter Nachhilfe – oft direkt an der Schule Ihres Kindes, an einem Lernstandort. Die Schule bestätigt den Bedarf.
home-participation-title = Soziokulturelle Teilhabe
home-participation-text = Für Kinder unter 18 Jahren gibt es 15 Euro im Monat für den Sportverein, die Musikschule, Kurse oder Ferienfreizeiten. Das Geld geht direkt an den Verein oder Anbieter.
home-who-title = Wer bekommt die Leistungen?
home-who-text = Kinder, Jugendliche und junge Erwachsene unter 25 Jahren, die eine Schule besuchen, wenn die Familie Grundsicherungsgeld (bisher Bürgergeld), Sozialhilfe, Wohngeld, Kinderzuschlag oder Asylbewerberleistungen bekommt. Teilhabe gibt es bis zum 18. Geburtstag.
home-easy-link = Das Portal in Leichter Sprache erklärt
home-check-link = Kann mein Kind Leistungen bekommen? Jetzt in zwei Minuten prüfen
