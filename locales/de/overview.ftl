## Übersichtsseiten nach der Anmeldung

family-title = Meine Übersicht
family-claims-title = Meine Anträge
family-claims-empty = Sie haben noch keine Anträge gestellt.
school-title = Übersicht für Schulen
staff-title = Übersicht Sachbearbeitung
staff-kommunen-title = Kommunen und Schulen
staff-kommunen-empty = Es sind noch keine Kommunen angelegt.
staff-kommune = Kommune
staff-schools = Schulen
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [one] eine Schule
   *[other] { $count } Schulen
}
