## Căutare publică a punctelor de meditații (Lernstandorte) (pentru familii)

finder-title = Găsiți puncte de meditații (Lernstandorte)
finder-lead = Meditații chiar la școală: aici găsiți toate punctele de meditații (Lernstandorte) din Kreis Warendorf care au locuri libere.
finder-subject = Materia
finder-grade = Clasa
finder-search = Căutați
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] Nu am găsit niciun punct de meditații.
    [one] Am găsit 1 punct de meditații.
    [few] Am găsit { $count } puncte de meditații.
   *[other] Am găsit { $count } de puncte de meditații.
    }
finder-apply-hint = Un loc îl cereți prin cererea pentru meditații (Lernförderung).
finder-apply-link = Spre cerere
