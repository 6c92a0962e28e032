## Dostępność: zgłaszanie barier, skrót w tekście łatwym do czytania (Leichte Sprache)

a11y-status-title = Stan zgodności
a11y-status-text = Portal jest częściowo zgodny z BITV 2.0. Na razie niedostępne są: decyzje (Bescheide) w formacie PDF – nie mają jeszcze znaczników dostępności (PDF/UA). Imiona i nazwiska zapisane pismem arabskim lub perskim nie wyświetlają się jeszcze poprawnie w decyzji PDF.
a11y-prepared = Tę deklarację sporządzono 24 listopada 2026 r. Jej podstawą jest samoocena.
a11y-feedback-title = Zgłoszenie bariery
a11y-feedback-lead = Nie mogą Państwo czegoś przeczytać albo obsłużyć? Prosimy do nas napisać. Zespół BuT czyta każde zgłoszenie i odpowiada w ciągu dwóch tygodni, jeśli podadzą Państwo dane kontaktowe.
a11y-feedback-page = Na której stronie?
a11y-feedback-page-hint = Na przykład: wniosek o korepetycje (Lernförderung), krok 2.
a11y-feedback-message = Co nie działa?
a11y-feedback-contact = Jak możemy się z Państwem skontaktować?
a11y-feedback-contact-hint = Adres e-mail lub numer telefonu. Bez tych danych nie możemy odpowiedzieć.
a11y-feedback-send = Wyślij zgłoszenie
a11y-feedback-thanks = Dziękujemy. Państwa zgłoszenie dotarło do zespołu BuT.
a11y-feedback-error-empty = Proszę opisać barierę.
a11y-feedback-error-too-long = Proszę napisać krócej (maksymalnie 4000 znaków).
a11y-enforcement-title = Postępowanie polubowne (Schlichtungsverfahren)
a11y-enforcement-text = Jeśli nie odpowiemy albo nasza odpowiedź Państwa nie zadowoli, mogą się Państwo zwrócić do rzecznika ds. dostępnej technologii informacyjnej kraju związkowego Nadrenia Północna-Westfalia (Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen). Postępowanie jest bezpłatne.
home-summary-title = W skrócie – tekst łatwy do czytania
home-summary-text =
    Państwa dziecko chodzi do szkoły. Dostają Państwo pieniądze z Jobcenter. Albo dostają Państwo pomoc społeczną (Sozialhilfe), dodatek mieszkaniowy (Wohngeld), dodatek na dziecko (Kinderzuschlag) lub świadczenia dla osób ubiegających się o azyl (AsylbLG).

    Wtedy dziecko może dostać pomoc. Na przykład korepetycje. Albo 15 euro co miesiąc na klub.

    Tutaj składają Państwo wniosek. Wystarczy do tego telefon komórkowy.
