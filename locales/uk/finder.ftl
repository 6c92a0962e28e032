## Загальнодоступний пошук навчальних пунктів (Lernstandorte) для родин

finder-title = Знайти навчальний пункт (Lernstandort)
finder-lead = Заняття з репетитором просто в школі: тут Ви знайдете всі навчальні пункти (Lernstandorte) у Kreis Warendorf, де є вільні місця.
finder-subject = Предмет
finder-grade = Клас
finder-search = Шукати
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] Не знайдено жодного навчального пункту.
    [one] Знайдено { $count } навчальний пункт.
    [few] Знайдено { $count } навчальні пункти.
    [many] Знайдено { $count } навчальних пунктів.
   *[other] Знайдено { $count } навчального пункту.
    }
finder-apply-hint = Місце на заняттях можна отримати через заяву на допомогу з навчанням (Lernförderung).
finder-apply-link = До заяви
