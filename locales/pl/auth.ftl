## Logowanie, rejestracja, konto

field-email = Adres e-mail
field-password = Hasło
field-current-password = Dotychczasowe hasło
field-new-password = Nowe hasło
field-password-repeat = Powtórz hasło
field-role = Rola
field-initial-password = Hasło początkowe
password-show = Pokaż hasło
password-hide = Ukryj hasło
# Variables:
#   $min (Number) - minimale Länge
password-hint = Minimalna liczba znaków: { $min }. Dobre hasło to długie zdanie, które łatwo Państwo zapamiętają.
login-title = Logowanie
login-submit = Zaloguj się
login-no-account = Nie mają Państwo jeszcze konta?
login-register-link = Zarejestruj się
register-title = Zakładanie konta dla Państwa rodziny
register-lead = Mając konto, mogą Państwo składać online wnioski o świadczenia na edukację i uczestnictwo (Bildung und Teilhabe), zapisywać wnioski i dokończyć je później.
register-email-hint = Na ten adres będziemy wysyłać wiadomości dotyczące Państwa wniosków.
register-submit = Załóż konto
register-have-account = Mają Państwo już konto?
register-login-link = Zaloguj się
account-title = Moje konto
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = Zalogowano jako { $email }
# Variables:
#   $role (String) - Name der Rolle
account-role = Rola: { $role }
account-change-password-title = Zmiana hasła
account-change-password-submit = Zmień hasło
account-password-changed = Hasło zostało zmienione.
account-sessions-title = Zalogowane urządzenia
account-sessions-lead = Możesz być nadal zalogowany na innym telefonie lub komputerze, na przykład w poradni. Tutaj wylogujesz się wszędzie. Zmiana hasła wylogowuje wszystkie inne urządzenia.
account-logout-everywhere = Wyloguj wszędzie
account-logged-out-everywhere = Wylogowano Cię na wszystkich urządzeniach.
account-language-title = Język
account-language-lead = W tym języku wyświetlamy portal i objaśniamy decyzje. Sama decyzja (Bescheid) jest zawsze w języku niemieckim.
account-language-save = Zapisz język
account-language-saved = Język został zapisany.

## Zapomniane hasło
login-forgot-link = Nie pamiętają Państwo hasła?
forgot-title = Zapomniane hasło
forgot-lead = Prosimy wpisać adres e-mail swojego konta. Wyślemy Państwu link, za pomocą którego ustawią Państwo nowe hasło. Link jest ważny przez godzinę.
forgot-submit = Wyślij link
reset-requested = Jeśli istnieje konto z tym adresem, wysłaliśmy link. Prosimy sprawdzić skrzynkę e-mail (także folder spam).
reset-title = Ustawianie nowego hasła
reset-lead = Prosimy wybrać nowe hasło. Potem zostaną Państwo wylogowani na wszystkich innych urządzeniach.
reset-submit = Zapisz hasło
reset-new-link = Poproś o nowy link
reset-done = Nowe hasło zostało zapisane. Prosimy zalogować się nowym hasłem.
reset-error-invalid = Ten link wygasł albo został już użyty. Mogą Państwo poprosić o nowy link.

## Decyzje w portalu (§ 37 Abs. 2a SGB X)
delivery-title = Otrzymywanie decyzji w portalu
delivery-lead = Jeśli wyrażą Państwo zgodę, nie będą Państwo już otrzymywać decyzji (Bescheide) pocztą, tylko tutaj, w portalu. Gdy decyzja będzie gotowa, wyślemy Państwu e-mail. Decyzję uznaje się za doręczoną trzeciego dnia po tym e-mailu – od tego dnia biegnie termin na złożenie odwołania (Widerspruch). Zgodę mogą Państwo w każdej chwili tutaj wycofać; wtedy decyzje znów będą przychodzić pocztą.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = Wyrazili Państwo zgodę dnia { $date }: Państwa decyzje trafiają do portalu.
delivery-state-none = Państwa decyzje przychodzą pocztą.
delivery-give = Tak, chcę otrzymywać decyzje w portalu
delivery-withdraw = Wycofaj zgodę (znów pocztą)
delivery-given = Dziękujemy. Od teraz Państwa decyzje trafiają do portalu.
delivery-withdrawn = Państwa zgoda została wycofana. Decyzje znów przychodzą pocztą.

## Potwierdzenie adresu e-mail
register-mail-sent = Wysłaliśmy Państwu e-mail. Prosimy otworzyć zawarty w nim link, aby potwierdzić swój adres (prosimy sprawdzić także folder spam).
verify-title = Potwierdzenie adresu e-mail
verify-submit = Potwierdź mój adres
verify-done = Dziękujemy! Państwa adres e-mail został potwierdzony.
verify-error-invalid = Ten link wygasł albo został już użyty. Prosimy się zalogować i poprosić o nowy link na stronie „Mój panel”.
verify-banner = Prosimy potwierdzić swój adres e-mail za pomocą linku, który Państwu wysłaliśmy. Wnioski mogą Państwo już wypełniać; wysłać je będzie można, gdy adres zostanie potwierdzony.
verify-resend = Wyślij link jeszcze raz
verify-resent = Wysłaliśmy Państwu nowy link.

## Jakie e-maile Państwo otrzymują
mail-prefs-title = E-maile z portalu
mail-prefs-legend = W jakich sprawach mamy wysyłać Państwu e-mail?
mail-prefs-hint = E-maile, których wymaga prawo lub Państwa bezpieczeństwo, otrzymują Państwo zawsze: link do ustawienia nowego hasła, potwierdzenie adresu oraz – jeśli wyrazili Państwo zgodę – wiadomość, że w portalu czeka decyzja (Bescheid).
mail-prefs-save = Zapisz wybór
mail-prefs-saved = Państwa wybór został zapisany.
mail-topic-claims = Państwa wniosek wpłynął
mail-topic-questions = Jobcenter ma pytanie (z przypomnieniem krótko przed upływem terminu)
mail-topic-decisions = Wniosek został rozpatrzony
mail-topic-school-digest = Wnioski czekają na potwierdzenie szkoły (najwyżej jeden e-mail dziennie)
mail-topic-staff-answers = Rodzina odpowiedziała na pytanie dotyczące jednego z moich wniosków
