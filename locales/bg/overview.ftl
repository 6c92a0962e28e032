## Страници за преглед след вход

family-title = Моят преглед
family-claims-title = Моите заявления
family-claims-empty = Още не сте подали заявления.
school-title = Преглед за училищата
staff-title = Преглед за служителите (Sachbearbeitung)
staff-kommunen-title = Общини и училища
staff-kommunen-empty = Още няма добавени общини.
staff-kommune = Община
staff-schools = Училища
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [one] едно училище
   *[other] { $count } училища
}
