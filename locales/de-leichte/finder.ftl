## Öffentliche Suche nach Lernstandorten (für Familien)

finder-title = Lernstandorte finden
finder-lead = Ein Lernstandort ist ein Ort für Nachhilfe in der Schule. Hier finden Sie alle Lernstandorte im Kreis Warendorf mit freien Plätzen.
finder-subject = Fach
finder-grade = Klasse
finder-search = Suchen
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] Wir haben keinen Lernstandort gefunden.
    [one] Wir haben 1 Lernstandort gefunden.
   *[other] Wir haben { $count } Lernstandorte gefunden.
    }
finder-apply-hint = Sie möchten einen Platz? Dann stellen Sie einen Antrag auf Lernförderung.
finder-apply-link = Zum Antrag
