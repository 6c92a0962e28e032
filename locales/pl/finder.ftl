## Publiczna wyszukiwarka punktów nauki – Lernstandorte (dla rodzin)

finder-title = Wyszukiwarka punktów nauki (Lernstandorte)
finder-lead = Korepetycje bezpośrednio w szkole: tutaj znajdą Państwo wszystkie punkty nauki (Lernstandorte) w Kreis Warendorf, które mają wolne miejsca.
finder-subject = Przedmiot
finder-grade = Klasa
finder-search = Szukaj
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] Nie znaleziono żadnego punktu nauki.
    [one] Znaleziono 1 punkt nauki.
    [few] Znaleziono { $count } punkty nauki.
    [many] Znaleziono { $count } punktów nauki.
   *[other] Znaleziono { $count } punktu nauki.
    }
finder-apply-hint = O miejsce można się ubiegać we wniosku o korepetycje (Lernförderung).
finder-apply-link = Przejdź do wniosku
