# Wiadomości e-mail z portalu. Nie zawierają danych socjalnych: tylko informację, że coś się
# wydarzyło, i link do portalu.
mail-greeting = Dzień dobry,
mail-footer = Ta wiadomość została wysłana automatycznie przez BuT-Portal Kreis Warendorf. Prosimy na nią nie odpowiadać. W portalu, w zakładce „Moje konto”, mogą Państwo wybrać, jakie wiadomości chcą Państwo otrzymywać.

mail-password-reset-subject = Nowe hasło do BuT-Portal
mail-password-reset-body =
    ktoś poprosił o nowe hasło do Państwa konta. Jeśli to byli Państwo, prosimy ustawić nowe hasło za pomocą linku poniżej. Link jest ważny przez godzinę i tylko jeden raz.

    Jeśli nie prosili Państwo o nowe hasło, nie muszą Państwo nic robić. Hasło pozostaje bez zmian.
mail-password-reset-link = Ustaw nowe hasło:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = Państwa wniosek { $reference } wpłynął
mail-claim-received-body = Państwa wniosek o świadczenia na edukację i uczestnictwo (Bildung und Teilhabe) wpłynął do Jobcenter. Ma on numer { $reference }. Prosimy podawać ten numer, gdy piszą Państwo do nas lub dzwonią.
mail-claim-received-link = Zobacz wniosek:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = Pytanie dotyczące Państwa wniosku { $reference }
mail-question-body = Jobcenter ma pytanie dotyczące Państwa wniosku { $reference }. Prosimy zalogować się w portalu i odpowiedzieć. Termin odpowiedzi: { $due }.
mail-question-link = Przeczytaj pytanie i odpowiedz:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = Decyzja w sprawie Państwa wniosku { $reference }
mail-decision-body = Państwa wniosek { $reference } został rozpatrzony. Decyzję (Bescheid) znajdą Państwo w portalu.
mail-decision-link = Zobacz decyzję:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = Przypomnienie: pytanie dotyczące Państwa wniosku { $reference }
mail-question-reminder-body = Jobcenter nadal czeka na Państwa odpowiedź w sprawie wniosku { $reference }. Prosimy odpowiedzieć w portalu. Termin odpowiedzi: { $due }. Jeśli potrzebują Państwo pomocy, prosimy do nas zadzwonić.
mail-question-reminder-link = Przeczytaj pytanie i odpowiedz:

# Zamiast daty, gdy pytanie nie ma terminu.
mail-due-soon = jak najszybciej

# Powiadomienie zgodnie z § 37 Abs. 2a SGB X (tylko za zgodą na doręczanie decyzji w portalu).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = Decyzja w sprawie Państwa wniosku { $reference } czeka w portalu
mail-notice-ready-body =
    Państwa wniosek { $reference } został rozpatrzony. Decyzja (Bescheid) czeka na Państwa w BuT-Portal i można ją pobrać. Wyrazili Państwo zgodę na otrzymywanie decyzji w portalu, dlatego nie przyjdzie ona pocztą.

    Decyzję uznaje się za doręczoną trzeciego dnia po wysłaniu tego e-maila. Od tego dnia biegnie termin na złożenie odwołania (Widerspruch).
mail-notice-ready-link = Pobierz decyzję:

mail-verify-email-subject = Prosimy potwierdzić adres e-mail
mail-verify-email-body =
    założyli Państwo konto w BuT-Portal Kreis Warendorf. Prosimy potwierdzić za pomocą linku poniżej, że ten adres e-mail należy do Państwa. Dopiero wtedy mogą Państwo wysyłać wnioski. Link jest ważny przez dwa dni.

    Jeśli nie zakładali Państwo konta, nie muszą Państwo nic robić.
mail-verify-email-link = Potwierdź adres:

mail-already-registered-subject = Mają Państwo już konto w BuT-Portal
mail-already-registered-body =
    ktoś chciał założyć nowe konto w BuT-Portal z tym adresem e-mail. Dla tego adresu istnieje już jednak konto. Wystarczy się zalogować.

    Jeśli nie pamiętają Państwo hasła, mogą Państwo ustawić nowe za pomocą linku poniżej. Jeśli to nie byli Państwo, nie muszą Państwo nic robić.
mail-already-registered-link = Nie pamiętają Państwo hasła?

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = Wnioski o korepetycje (Lernförderung) czekają na Państwa potwierdzenie
mail-school-digest-body = { $count ->
    [one] Jeden wniosek o korepetycje (Lernförderung) dla uczennicy lub ucznia Państwa szkoły czeka na potwierdzenie szkoły.
    [few] { $count } wnioski o korepetycje (Lernförderung) dla uczniów Państwa szkoły czekają na potwierdzenie szkoły.
    [many] { $count } wniosków o korepetycje (Lernförderung) dla uczniów Państwa szkoły czeka na potwierdzenie szkoły.
   *[other] Liczba wniosków o korepetycje (Lernförderung) dla uczniów Państwa szkoły, które czekają na potwierdzenie szkoły: { $count }.
}
mail-school-digest-link = Zobacz wnioski:
