## Публично търсене на учебни пунктове (Lernstandorte) за семейства

finder-title = Намерете учебен пункт (Lernstandort)
finder-lead = Допълнителни уроци направо в училището: тук ще намерите всички учебни пунктове (Lernstandorte) в Kreis Warendorf, които имат свободни места.
finder-subject = Предмет
finder-grade = Клас
finder-search = Търсене
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] Не е намерен учебен пункт.
    [one] Намерен е 1 учебен пункт.
   *[other] Намерени са { $count } учебни пункта.
    }
finder-apply-hint = За място в учебен пункт кандидатствате със заявлението за помощ при ученето (Lernförderung).
finder-apply-link = Към заявлението
