## Strony przeglądowe po zalogowaniu

family-title = Mój panel
family-claims-title = Moje wnioski
family-claims-empty = Nie złożyli Państwo jeszcze żadnych wniosków.
school-title = Panel dla szkół
staff-title = Panel obsługi wniosków (Sachbearbeitung)
staff-kommunen-title = Gminy i szkoły
staff-kommunen-empty = Nie dodano jeszcze żadnych gmin.
staff-kommune = Gmina (Kommune)
staff-schools = Szkoły
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [one] jedna szkoła
    [few] { $count } szkoły
    [many] { $count } szkół
   *[other] { $count } szkoły
}
