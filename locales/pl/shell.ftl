## Ramy każdej strony: nagłówek, nawigacja, wybór języka, stopka

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = Przejdź do treści
shell-language-label = Język
nav-label = Nawigacja główna
nav-overview = Mój panel
nav-account = Moje konto
nav-logout = Wyloguj się
nav-login = Zaloguj się
nav-register = Zarejestruj się
footer-label = Informacje prawne i pomoc
footer-accessibility = Dostępność
footer-privacy = Ochrona danych
footer-imprint = Nota prawna (Impressum)
footer-easy-language = Tekst łatwy do czytania
footer-contact = Kontakt
footer-operator = Serwis prowadzi Kommunales Jobcenter Kreis Warendorf – Bildung und Teilhabe (edukacja i uczestnictwo)
role-family = Rodzina
role-school = Szkoła
role-staff = Obsługa wniosków (Sachbearbeitung)
role-admin = Administracja
back-to-overview = Wróć do panelu
select-choose = Proszę wybrać
field-optional-suffix = (nieobowiązkowe)
