## Öffentliche Suche nach Lernstandorten (für Familien)

finder-title = Lernstandorte finden
finder-lead = Nachhilfe direkt in der Schule: Hier finden Sie alle Lernstandorte im Kreis Warendorf mit freien Plätzen.
finder-subject = Fach
finder-grade = Klasse
finder-search = Suchen
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] Kein Lernstandort gefunden.
    [one] 1 Lernstandort gefunden.
   *[other] { $count } Lernstandorte gefunden.
    }
finder-apply-hint = Einen Platz beantragen Sie mit dem Antrag auf Lernförderung.
finder-apply-link = Zum Antrag
