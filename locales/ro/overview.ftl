## Pagini de ansamblu după autentificare

family-title = Pagina mea
family-claims-title = Cererile mele
family-claims-empty = Încă nu ați depus nicio cerere.
school-title = Pagina pentru școli
staff-title = Pagina pentru funcționari (Sachbearbeitung)
staff-kommunen-title = Municipalități și școli
staff-kommunen-empty = Încă nu a fost adăugată nicio municipalitate (Kommune).
staff-kommune = Municipalitatea (Kommune)
staff-schools = Școli
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [one] o școală
    [few] { $count } școli
   *[other] { $count } de școli
}
