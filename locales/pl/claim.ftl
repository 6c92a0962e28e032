## Składanie wniosku, strona wniosku, przebieg sprawy

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = Krok { $step } z { $total }
claim-continue = Dalej
claim-back = Wstecz
claim-check-title = Proszę sprawdzić swoje dane
claim-child = Dziecko
claim-benefit = Świadczenie
claim-change-answers = Zmień dane
claim-declaration-title = Oświadczenie i zgoda
claim-declaration-text = Oświadczam, że moje dane są prawdziwe i kompletne. O zmianach niezwłocznie poinformuję Jobcenter, na przykład gdy moje dziecko przestanie chodzić do klubu lub na korepetycje.
claim-consent-text = Zgoda dobrowolna: Zgadzam się, aby Jobcenter płaciło pieniądze bezpośrednio organizatorowi zajęć (płatność bezpośrednia). Bez tej zgody otrzymają Państwo bon (Gutschein) dla organizatora zajęć. Zgodę mogą Państwo w każdej chwili odwołać na przyszłość – tutaj w portalu na stronie Państwa wniosku lub w Jobcenter.
claim-privacy-hint = Państwa dane są danymi socjalnymi (Sozialdaten) i są wykorzystywane tylko na potrzeby tego wniosku. Reguluje to § 67a księgi dziesiątej niemieckiego Kodeksu socjalnego (SGB X).
claim-submit = Wyślij wniosek (wiążąco)
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = Wniosek { $reference }
claim-page-title-draft = Wersja robocza (jeszcze niewysłana)
claim-status = Stan
claim-next-steps = Sprawdzamy Państwa wniosek. Jeśli będziemy potrzebować dodatkowych informacji, odezwiemy się tutaj, w portalu. Decyzję otrzymają Państwo na piśmie (Bescheid). Prosimy wydrukować lub zapisać tę stronę jako potwierdzenie.
claim-continue-draft = Wypełnij dalej wniosek
claim-submitted-at = Data wysłania
claim-timeline = Przebieg sprawy
claim-withdraw-hint = Świadczenie nie jest już potrzebne? Mogą Państwo wycofać wniosek, dopóki nie zapadnie decyzja.
claim-withdraw = Wycofaj wniosek
claim-withdraw-explain = Jeśli wycofają Państwo wniosek, Jobcenter nie podejmie już w jego sprawie decyzji i nic za niego nie zapłaci. Nie można tego cofnąć. Jeśli później jednak będą Państwo potrzebować świadczenia, należy złożyć nowy wniosek – korepetycje mogą być wtedy zwykle przyznane dopiero od miesiąca nowego wniosku.
claim-withdraw-confirm = Tak, chcę wycofać ten wniosek.
claim-withdraw-error-confirm = Prosimy potwierdzić, że chcą Państwo wycofać wniosek.
claim-submitted = Państwa wniosek do nas dotarł. Dziękujemy!
claim-withdrawn = Wniosek został wycofany.
claim-error-incomplete = Brakuje jeszcze niektórych danych. Proszę sprawdzić zaznaczone pola.
claim-error-declaration = Proszę potwierdzić, że Państwa dane są prawdziwe.
claim-error-not-draft = Ten wniosek został już wysłany i nie można go zmienić.
claim-error-already-final = W sprawie tego wniosku zapadła już decyzja albo wniosek został wycofany.
claim-error-not-allowed = W przypadku tego wniosku nie jest to teraz możliwe.
claim-error-changed = W międzyczasie wniosek został zmieniony. Proszę odświeżyć stronę.
status-draft = Wersja robocza
status-submitted = Wpłynął
status-needs-info = Pytanie do Państwa
status-approved = Rozpatrzony pozytywnie
status-rejected = Odrzucony
status-withdrawn = Wycofany
timeline-draft = Rozpoczęto wypełnianie wniosku
timeline-submitted = Wniosek wysłany
timeline-needs-info = Pytanie od Jobcenter
timeline-approved = Wniosek rozpatrzony pozytywnie
timeline-rejected = Wniosek odrzucony
timeline-withdrawn = Wniosek wycofany
teilhabe-details-title = Informacje o klubie lub kursie
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = Dziecko: { $child }. Na co mają być przeznaczone pieniądze i kto organizuje zajęcia?
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = Jobcenter płaci do { $amount } miesięcznie bezpośrednio klubowi lub organizatorowi zajęć: za składki członkowskie (sport, gry i zabawy, kultura), za zajęcia takie jak szkoła muzyczna, za kursy i wyjazdy wakacyjne. Nie są opłacane na przykład kino ani siłownia.
teilhabe-activity = W jakich zajęciach uczestniczy Państwa dziecko?
teilhabe-activity-sport = Sport w klubie
teilhabe-activity-music = Muzyka, na przykład szkoła muzyczna
teilhabe-activity-culture = Sztuka, kultura lub edukacja
teilhabe-activity-holiday-camp = Wyjazd wakacyjny (kolonie, obóz)
teilhabe-activity-other = Coś innego
teilhabe-description = Dokładniejszy opis
teilhabe-description-hint = Na przykład: piłka nożna, lekcje gry na gitarze. Jeśli wybrali Państwo „Coś innego”, proszę wypełnić to pole.
teilhabe-provider-title = Organizator zajęć
teilhabe-provider-name = Nazwa klubu lub organizatora zajęć
teilhabe-provider-name-hint = Tak jak na deklaracji członkowskiej lub na rachunku.
teilhabe-provider-contact = Osoba kontaktowa, telefon lub e-mail
teilhabe-provider-contact-hint = Abyśmy mogli zadać organizatorowi pytania.
teilhabe-provider-iban = IBAN organizatora zajęć
teilhabe-provider-iban-hint = Często jest podany na deklaracji członkowskiej. Jeśli go Państwo nie znają, proszę zostawić to pole puste.
teilhabe-costs-title = Koszty i okres
teilhabe-monthly-fee = Składka miesięczna
teilhabe-monthly-fee-hint = W euro, na przykład 12,50. Jeśli składka jest roczna, proszę podzielić ją przez 12.
teilhabe-start-month = Od miesiąca
teilhabe-month-hint = Na przykład 09/2026. Świadczenie przysługuje zwykle od miesiąca, w którym wniosek do nas wpłynie.
teilhabe-end-month = Do miesiąca
teilhabe-end-month-hint = Maksymalnie dwanaście miesięcy. Potem mogą Państwo złożyć nowy wniosek.
teilhabe-period = Okres
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = Jobcenter może pokryć z tego { $amount } miesięcznie.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = Resztę, czyli { $amount } miesięcznie, płacą Państwo sami organizatorowi zajęć.
teilhabe-error-activity = Proszę wybrać, w jakich zajęciach uczestniczy dziecko.
teilhabe-error-description = Proszę krótko opisać zajęcia dziecka.
teilhabe-error-start-past = Data rozpoczęcia jest wcześniejsza niż dwanaście miesięcy temu. Za tak dawne miesiące nie można już niczego wypłacić. Sprawdzimy, od kiedy będą wypłaty, i napiszemy to w decyzji (Bescheid).
teilhabe-error-start-future = Data rozpoczęcia jest ponad dwanaście miesięcy w przyszłości.
teilhabe-error-end-before-start = Data zakończenia musi być późniejsza niż data rozpoczęcia.
teilhabe-error-period-long = Jeden wniosek obejmuje maksymalnie dwanaście miesięcy.
claim-change-documents = Zmień dokumenty
claim-school-consent-text = Zgoda dobrowolna: Zwalniam szkołę mojego dziecka z obowiązku zachowania tajemnicy (Schweigepflichtentbindung). Wtedy Jobcenter może zapytać szkołę, a szkoła może powiedzieć, czy i ile korepetycji (Lernförderung) potrzebuje moje dziecko. Szkoła widzi w tym celu tylko przedmioty, liczbę godzin i okres, a nie Państwa uzasadnienie. Bez tej zgody mogą Państwo wykazać potrzebę w inny sposób, na przykład świadectwem albo pismem od nauczyciela jako dowodem. Zgodę mogą Państwo w każdej chwili odwołać na przyszłość – tutaj w portalu na stronie Państwa wniosku lub w Jobcenter.
claim-needs-info = Jobcenter ma do Państwa pytanie. Proszę odpowiedzieć poniżej. Potem będziemy dalej rozpatrywać Państwa wniosek.
claim-receipt-link = Pokaż i wydrukuj potwierdzenie wpływu wniosku
timeline-answered = Udzielono odpowiedzi na pytanie
claim-hint-teilhabe-age = Udział w życiu społeczno-kulturalnym (soziokulturelle Teilhabe) przysługuje tylko dzieciom i młodzieży poniżej 18 lat. Mimo to mogą Państwo złożyć wniosek: sprawdzimy go i wyślemy Państwu decyzję (Bescheid).
claim-hint-school-age = Przy tym świadczeniu korepetycje (Lernförderung) przysługują tylko do 25. urodzin. Mimo to mogą Państwo złożyć wniosek: sprawdzimy go i wyślemy Państwu decyzję (Bescheid).

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = Państwa zgody
consent-school = Zwolnienie szkoły z obowiązku zachowania tajemnicy
consent-direct = Płatność bezpośrednio organizatorowi zajęć
# Variables:
#   $date (String) - Datum
consent-given = udzielona dnia { $date }
# Variables:
#   $date (String) - Datum
consent-withdrawn = odwołana dnia { $date }
consent-not-given = nie udzielono
consent-withdraw = Odwołaj zgodę
consent-withdraw-hint = Odwołanie obowiązuje na przyszłość. To, co wydarzyło się wcześniej – na przykład potwierdzenie ze szkoły – pozostaje w aktach. Bez płatności bezpośredniej otrzymają Państwo bon (Gutschein); bez zwolnienia szkoły z tajemnicy prosimy wykazać potrzebę innymi dokumentami.
consent-withdrawn-flash = Odwołanie zgody zostało zapisane.
consent-error-not-given = Ta zgoda nie została udzielona (lub już nie obowiązuje).
timeline-consent-school-withdrawn = Odwołano zwolnienie szkoły z obowiązku zachowania tajemnicy
timeline-consent-direct-withdrawn = Odwołano zgodę na płatność bezpośrednią

## Potwierdzony adres e-mail
claim-error-email-unverified = Prosimy najpierw potwierdzić swój adres e-mail za pomocą linku z naszego e-maila. Państwa wniosek jest zapisany; potem mogą go Państwo wysłać.
