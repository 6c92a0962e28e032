## Decyzja dla rodziny: proste wyjaśnienie obok niemieckiej decyzji (Bescheid)

decision-title = Decyzja
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = Państwa wniosek został rozpatrzony pozytywnie. Jobcenter płaci do { $amount } miesięcznie, od { $from } do { $to }. Pieniądze otrzymuje: { $payee }.
decision-explain-direct = Jobcenter płaci bezpośrednio organizatorowi zajęć. Za to, co zostało przyznane, nie muszą Państwo nic płacić.
decision-explain-voucher = Otrzymają Państwo bon (Gutschein). Proszę oddać go organizatorowi zajęć.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = Państwa wniosek został odrzucony. Powód: { $reason } Dokładne uzasadnienie znajduje się w decyzji (Bescheid).
decision-explain-objection = Nie zgadzają się Państwo z decyzją? Mogą Państwo w ciągu miesiąca złożyć odwołanie (Widerspruch): podpisanym pismem, osobiście w Jobcenter (do protokołu – zur Niederschrift) albo elektronicznie, ale tylko z kwalifikowanym podpisem elektronicznym lub przez De-Mail – zwykły e-mail nie wystarczy. Termin zaczyna biec, gdy decyzję uznaje się za doręczoną: przy wysyłce pocztą czwartego dnia po jej nadaniu. Jak to zrobić, opisano na końcu decyzji (pouczenie o środkach odwoławczych – Rechtsbehelfsbelehrung).
decision-explain-no-suspension = Nawet jeśli złożą Państwo odwołanie (Widerspruch), decyzja na razie nadal obowiązuje.
decision-explain-german = Prawnie wiążąca jest decyzja (Bescheid) w języku niemieckim. Chętnie ją Państwu wyjaśnimy, także w prostym języku niemieckim (Leichte Sprache).
decision-download = Pobierz decyzję (PDF, w języku niemieckim)
reason-no-benefit = W okresie, którego dotyczy wniosek, nie otrzymują Państwo świadczenia, które jest do tego potrzebne (na przykład Grundsicherungsgeld, dawniej Bürgergeld, lub dodatku mieszkaniowego – Wohngeld).
reason-age = Państwa dziecko przekroczyło granicę wieku dla tego świadczenia.
reason-no-need = Szkoła nie potwierdziła, że Państwa dziecko potrzebuje korepetycji.
reason-missing-documents = Brakuje dokumentów, o które prosiliśmy.
reason-school-offer = Szkoła ma bezpłatną ofertę, z której trzeba najpierw skorzystać.
reason-other = Warunki przyznania świadczenia nie są spełnione.
objection-letter-title = Przygotowanie odwołania
objection-letter-hint = Portal napisze Państwa odwołanie (Widerspruch) w formie pisma (PDF). Proszę je wydrukować, podpisać i wysłać do Jobcenter albo złożyć tam osobiście – w ciągu miesiąca. Zwykły e-mail nie wystarczy. W portalu nic nie jest zapisywane.
objection-letter-reasons = Dlaczego nie zgadzają się Państwo z decyzją? (Uzasadnienie mogą Państwo przesłać także później.)
objection-letter-button = Utwórz pismo (PDF)

## Zwrot kosztów i doręczenie decyzji
decision-explain-reimbursement = Zapłacili Państwo koszty sami. Jobcenter zwróci je Państwu do wysokości przyznanej kwoty.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = Otrzymali Państwo decyzję (Bescheid) w portalu. Uznaje się ją za doręczoną dnia { $known }. Odwołanie (Widerspruch) można złożyć najpóźniej do { $deadline }.
decision-known-posted = Decyzja (Bescheid) przyszła pocztą. Uznaje się ją za doręczoną dnia { $known }. Odwołanie (Widerspruch) można złożyć najpóźniej do { $deadline }.
