## Сторінки огляду після входу

family-title = Мій огляд
family-claims-title = Мої заяви
family-claims-empty = Ви ще не подали жодної заяви.
school-title = Огляд для шкіл
staff-title = Огляд для працівників відділу (Sachbearbeitung)
staff-kommunen-title = Громади та школи
staff-kommunen-empty = Громади ще не додано.
staff-kommune = Громада (Kommune)
staff-schools = Школи
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [one] { $count } школа
    [few] { $count } школи
    [many] { $count } шкіл
   *[other] { $count } школи
}
