## Strona główna

home-title = Edukacja i uczestnictwo dla Państwa dziecka (Bildung und Teilhabe)
home-lead = Dzieci i młodzież z rodzin, które otrzymują Grundsicherungsgeld (dawniej Bürgergeld), pomoc społeczną (Sozialhilfe), dodatek mieszkaniowy (Wohngeld), dodatek na dziecko (Kinderzuschlag) lub świadczenia dla osób ubiegających się o azyl (AsylbLG), mogą dostać pieniądze na korepetycje, kluby i kursy. Tutaj mogą Państwo złożyć wniosek online.
home-register = Załóż konto i złóż wniosek
home-login = Zaloguj się
home-go-to-overview = Przejdź do mojego panelu
home-benefits-label = Świadczenia
home-tutoring-title = Korepetycje (Lernförderung)
home-tutoring-text = Jeśli Państwa dziecko bez pomocy nie osiąga ważnych celów nauczania w szkole, Jobcenter płaci za korepetycje – często prowadzone bezpośrednio w szkole dziecka, w punkcie nauki (Lernstandort). Szkoła potwierdza tę potrzebę.
home-participation-title = Udział w życiu społeczno-kulturalnym (soziokulturelle Teilhabe)
home-participation-text = Dzieci poniżej 18 lat mogą otrzymać 15 euro miesięcznie na klub sportowy, szkołę muzyczną, kursy lub wyjazdy wakacyjne. Pieniądze trafiają bezpośrednio do klubu lub organizatora zajęć.
home-who-title = Komu przysługują świadczenia?
home-who-text = Dzieciom, młodzieży i młodym dorosłym poniżej 25 lat, którzy chodzą do szkoły, jeśli rodzina otrzymuje Grundsicherungsgeld (dawniej Bürgergeld), pomoc społeczną (Sozialhilfe), dodatek mieszkaniowy (Wohngeld), dodatek na dziecko (Kinderzuschlag) lub świadczenia dla osób ubiegających się o azyl. Udział w życiu społeczno-kulturalnym przysługuje do 18. urodzin.
home-easy-link = Portal wyjaśniony w tekście łatwym do czytania
home-check-link = Czy moje dziecko może otrzymać świadczenia? Sprawdzenie zajmuje tylko dwie minuty
