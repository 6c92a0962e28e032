## Обзорные страницы после входа

family-title = Личный кабинет
family-claims-title = Мои заявления
family-claims-empty = Вы ещё не подавали заявлений.
school-title = Кабинет школы
staff-title = Кабинет сотрудника Jobcenter
staff-kommunen-title = Города, общины и школы
staff-kommunen-empty = Города и общины (Kommunen) ещё не добавлены.
staff-kommune = Город или община (Kommune)
staff-schools = Школы
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [one] { $count } школа
    [few] { $count } школы
    [many] { $count } школ
   *[other] { $count } школы
}
