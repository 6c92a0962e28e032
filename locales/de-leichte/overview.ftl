## Übersichtsseiten nach der Anmeldung

family-title = Meine Übersicht
family-claims-title = Meine Anträge
family-claims-empty = Sie haben noch keine Anträge gestellt.
school-title = Übersicht für Schulen
staff-title = Übersicht für die Sach-Bearbeitung
staff-kommunen-title = Kommunen und Schulen
staff-kommunen-empty = Es gibt noch keine Kommunen.
staff-kommune = Kommune
staff-schools = Schulen
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [one] 1 Schule
   *[other] { $count } Schulen
}
