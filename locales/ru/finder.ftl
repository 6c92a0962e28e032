## Открытый поиск групп занятий при школах (Lernstandorte) для семей

finder-title = Найти группу занятий (Lernstandort)
finder-lead = Дополнительные занятия прямо в школе: здесь Вы найдёте все группы занятий при школах (Lernstandorte) в Kreis Warendorf, где есть свободные места.
finder-subject = Предмет
finder-grade = Класс
finder-search = Найти
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] Группы занятий не найдены.
    [one] Найдена { $count } группа занятий.
    [few] Найдено { $count } группы занятий.
    [many] Найдено { $count } групп занятий.
   *[other] Найдено { $count } группы занятий.
    }
finder-apply-hint = Чтобы получить место в группе, подайте заявление на помощь в учёбе (Lernförderung).
finder-apply-link = К заявлению
