## Punkty nauki (Lernstandorte): szkoły je zgłaszają, administracja je sprawdza, rodziny je wyszukują

# Variables:
#   $schools (String) - die Schulen der Schulsozialarbeit
school-lead = Pracują Państwo dla: { $schools }.
school-no-schools = Państwa konto nie jest jeszcze przypisane do żadnej szkoły. Proszę skontaktować się z zespołem BuT w Jobcenter.
school-sites-title = Państwa punkty nauki (Lernstandorte)
site-new = Zgłoś punkt nauki
# Variables:
#   $place (String) - Raum oder Ort
site-edit-title = Punkt nauki: { $place }
site-form-lead = Punkt nauki (Lernstandort) to korepetycje prowadzone bezpośrednio w Państwa szkole. Po sprawdzeniu przez zespół BuT punkt pojawi się w publicznej wyszukiwarce i będzie można go wybrać we wniosku.
site-school = Szkoła
site-place = Miejsce w szkole
site-place-hint = Na przykład: sala B 104 lub biblioteka w starym budynku.
site-subjects = Przedmioty
site-grade-from = Od klasy
site-grade-to = Do klasy
site-grades = Klasy
# Variables:
#   $from (Number) - erste Klasse
#   $to (Number) - letzte Klasse
site-grades-range = Klasy od { $from } do { $to }
site-schedule = Dni tygodnia i godziny
site-schedule-hint = Na przykład: pon. i śr. 14:00–15:30.
site-places = Liczba miejsc
site-tutors = Osoby prowadzące zajęcia (Lernbegleiterinnen und Lernbegleiter)
site-tutors-hint = Imiona i nazwiska lub liczba osób.
site-contact = Osoba kontaktowa
site-contact-hint = Imię i nazwisko oraz telefon lub e-mail.
site-start = Data rozpoczęcia
site-review-hint = Nowe i zmienione punkty nauki sprawdza zespół BuT, zanim zostaną opublikowane.
site-submit = Wyślij do sprawdzenia
site-submitted = Punkt nauki został wysłany do sprawdzenia przez zespół BuT.
site-status = Stan
site-status-pending = W trakcie sprawdzania
site-status-approved = Zatwierdzony
site-status-returned = Zwrócony do poprawy
site-status-paused = Wstrzymany
site-status-closed = Zamknięty
site-status-changed = Stan punktu nauki został zmieniony.
site-review-comment = Uwagi zespołu BuT
site-pause = Wstrzymaj (bez przyjmowania nowych uczniów)
site-reopen = Otwórz ponownie
site-close = Zamknij
# Variables:
#   $taken (Number) - belegte Plätze
#   $places (Number) - alle Plätze
site-occupancy = Zajęte miejsca: { $taken } z { $places }
# Variables:
#   $free (Number) - freie Plätze
#   $places (Number) - alle Plätze
site-free-places = { $free ->
    [one] 1 wolne miejsce
    [few] { $free } wolne miejsca
    [many] { $free } wolnych miejsc
   *[other] { $free } wolnego miejsca
    } (z { $places })
site-full = Komplet – obecnie brak wolnych miejsc
site-error-school = Proszę wybrać jedną ze swoich szkół.
site-error-grade = Proszę podać klasę od 1 do 13.
site-error-grade-order = Ostatnia klasa nie może być niższa niż pierwsza.
site-error-places = Proszę podać liczbę od 1 do 200.
site-error-start-past = Data rozpoczęcia jest ponad rok w przeszłości.
site-error-closed = Ten punkt nauki jest zamknięty i nie można go już zmienić.
site-error-not-allowed = W przypadku tego punktu nauki nie jest to teraz możliwe.
site-error-changed = W międzyczasie punkt nauki został zmieniony. Proszę odświeżyć stronę.
site-error-comment = Proszę napisać, co szkoła ma zmienić.
staff-sites-title = Sprawdzanie punktów nauki
staff-sites-empty = Obecnie żaden punkt nauki nie czeka na sprawdzenie.
site-approve = Zatwierdź
site-approved = Punkt nauki został zatwierdzony i jest widoczny publicznie.
site-return-comment = Uwagi dla szkoły
site-return = Zwróć do poprawy
site-returned = Punkt nauki został zwrócony do szkoły z Państwa uwagami.
home-finder-link = Znajdź punkty nauki w pobliżu
lf-finder-link = Zobacz wszystkie punkty nauki z przedmiotami i godzinami zajęć
lf-error-lernstandort-full = W tym punkcie nauki nie ma wolnych miejsc w wybranym okresie. Proszę wybrać inny.
admin-school = Szkoła
admin-school-hint = Tylko dla kont pracowników socjalnych w szkole (Schulsozialarbeit): szkoła, dla której pracuje właściciel konta.
conf-list-title = Potwierdzenia potrzeby korepetycji (Lernförderung)
conf-list-hint = Wnioski uczniów Państwa szkół, których rodzice zgodzili się, aby Jobcenter zapytało szkołę.
conf-state-open = Czeka na Państwa potwierdzenie
conf-state-confirmed = Potrzeba potwierdzona
conf-state-declined = Potrzeba niepotwierdzona
# Variables:
#   $child (String) - Name des Kindes
conf-title = Potwierdzenie szkoły – dziecko: { $child }
conf-school = Szkoła i klasa
conf-asked = Zakres wniosku
# Variables:
#   $subjects (String) - Fächer
#   $hours (String) - Stunden pro Woche
#   $period (String) - Zeitraum
conf-asked-text = { $subjects }; godzin tygodniowo: { $hours }; { $period }
conf-lead = Proszę potwierdzić, z jakich przedmiotów, ile godzin i jak długo dziecko potrzebuje korepetycji (Lernförderung) – albo odmówić, podając uzasadnienie.
conf-decision = Państwa decyzja
conf-confirm = Potwierdzam potrzebę
conf-decline = Nie potwierdzam potrzeby
conf-goals-at-risk = Bez korepetycji osiągnięcie istotnych celów nauczania jest zagrożone (na przykład promocja do następnej klasy), a szkoła nie może zaspokoić tej potrzeby własnymi zajęciami.
conf-reason = Uzasadnienie
conf-reason-hint = Tylko jeśli nie potwierdzają Państwo potrzeby.
conf-submit = Zapisz decyzję
conf-confirmed = Potwierdzili Państwo potrzebę. Teraz Jobcenter rozpatrzy wniosek.
conf-declined = Nie potwierdzili Państwo potrzeby. Jobcenter poinformuje rodzinę.
conf-error-goals = Proszę potwierdzić, że bez korepetycji cele nauczania są zagrożone – w przeciwnym razie proszę odmówić.
conf-error-reason = Proszę uzasadnić, dlaczego nie potwierdzają Państwo potrzeby.
conf-error-decision = Proszę wybrać, czy potwierdzają Państwo potrzebę.
conf-error-exists = Szkoła już podjęła decyzję w sprawie tego wniosku.
timeline-school-confirmed = Szkoła potwierdziła potrzebę korepetycji
timeline-school-declined = Szkoła nie potwierdziła potrzeby korepetycji
behalf-title = Rozpoczęcie wniosku razem z rodziną
behalf-start-lead = Mogą Państwo rozpocząć wniosek o korepetycje (Lernförderung) razem z rodzicami, na przykład podczas rozmowy doradczej. Rodzina potrzebuje konta w portalu, a dziecko musi chodzić do jednej z Państwa szkół. W tym celu rodzice tworzą na swoim koncie kod dla dziecka i przekazują go Państwu. Następnie rodzice sprawdzają wniosek na swoim koncie i sami go wysyłają.
behalf-family-email = Adres e-mail konta rodziny
behalf-family-email-hint = Tym adresem rodzice logują się do portalu.
behalf-code = Kod rodziny
behalf-code-hint = Rodzice znajdą go na swoim koncie przy dziecku, pod „Kod dla pracownika socjalnego w szkole (Schulsozialarbeit)”, na przykład ABCD-EFGH.
behalf-error-code = Proszę wpisać 8-znakowy kod, który otrzymali Państwo od rodziców.
behalf-start = Rozpocznij wniosek
behalf-started = Wniosek został utworzony. Proszę teraz wypełnić dane razem z rodzicami.
behalf-lead = Ten wniosek wypełniają Państwo razem z rodzicami. Wysłać go mogą tylko rodzice ze swojego konta.
behalf-saved = Dane zostały zapisane. Rodzice widzą teraz wniosek na swoim koncie i mogą go wysłać.
behalf-error-not-found = Dla tego adresu e-mail i tego kodu nie znaleźliśmy dziecka w Państwa szkołach. Kod jest ważny przez tydzień i można go użyć tylko raz. Proszę sprawdzić dane lub poprosić rodziców o nowy kod.
behalf-family-hint = Szkoła rozpoczęła ten wniosek razem z Państwem – proszę go sprawdzić i wysłać.
timeline-started-by-school = Szkoła rozpoczęła wniosek razem z Państwem
school-directory-title = Wykaz szkół
school-directory-list = Wszystkie szkoły
school-add = Dodaj szkołę
school-edit = Edytuj szkołę
# Variables:
#   $name (String) - Name der Schule
school-edit-title = Szkoła: { $name }
school-name = Nazwa szkoły
school-type = Typ szkoły
school-save = Zapisz
school-saved = Szkoła została zapisana.
school-error-type = Proszę wybrać typ szkoły z listy.
school-error-exists = Szkoła o tej nazwie już istnieje w tej gminie.
request-title = Wniosek o dostęp dla pracowników socjalnych w szkołach (Schulsozialarbeit)
request-lead = Pracują Państwo jako pracownik socjalny w szkole (Schulsozialarbeit) w Kreis Warendorf? Tutaj mogą Państwo złożyć wniosek o dostęp. Zespół BuT sprawdzi wniosek; potem będą mogli się Państwo zalogować.
request-name = Imię i nazwisko
request-email-hint = Proszę podać służbowy adres e-mail.
request-message = Wiadomość do zespołu BuT
request-message-hint = Na przykład Państwa stanowisko lub numer telefonu na wypadek pytań.
request-submit = Wyślij wniosek o dostęp
request-sent = Państwa wniosek trafił do zespołu BuT. Będą mogli się Państwo zalogować, gdy zostanie zatwierdzony.
request-error-school = Proszę wybrać swoją szkołę z listy.
request-error-decided = Ten wniosek został już rozpatrzony.
requests-title = Dostępy dla pracowników socjalnych w szkołach
requests-empty = Obecnie żaden wniosek o dostęp nie czeka na rozpatrzenie.
request-approve = Zatwierdź
request-reject = Odrzuć
request-approved = Dostęp został zatwierdzony.
request-rejected = Wniosek o dostęp został odrzucony.
login-school-request = Pracownik socjalny w szkole bez dostępu?
behalf-signed-title = Albo: prześlij podpisany wniosek
behalf-signed-text = Czy rodzice podpisali wniosek na papierze – wraz z oświadczeniem, zgodą i zwolnieniem z obowiązku zachowania tajemnicy (Schweigepflichtentbindung)? Wtedy proszę przesłać go tutaj (skan lub zdjęcie). W ten sposób wniosek zostaje złożony.
behalf-signed-submit = Prześlij i złóż wniosek
behalf-submitted = Wniosek został złożony wraz z podpisaną zgodą.
behalf-error-incomplete = Brakuje jeszcze niektórych danych. Proszę najpierw wypełnić cały wniosek.
