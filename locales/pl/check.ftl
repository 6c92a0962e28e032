## Sprawdzenie uprawnień (bez konta)

check-title = Czy moje dziecko może otrzymać świadczenia?
check-lead = Proszę odpowiedzieć na cztery krótkie pytania. Zobaczą Państwo wtedy, które świadczenia na edukację i uczestnictwo (Bildung und Teilhabe) mogą przysługiwać Państwa dziecku. Nie zapisujemy odpowiedzi.
check-benefit-question = Jakie świadczenie otrzymuje Państwa rodzina?
check-benefit-none = Żadne z tych albo nie wiem
check-age-question = Ile lat ma Państwa dziecko?
check-age-hint = Wiek w latach, na przykład 9
check-school-question = Czy Państwa dziecko chodzi do szkoły?
check-school-hint = Szkoła ogólnokształcąca lub szkoła zawodowa (Berufsschule)
check-allowance-question = Czy Państwa dziecko otrzymuje wynagrodzenie za naukę zawodu (Ausbildungsvergütung)?
check-allowance-hint = Pieniądze za naukę zawodu w zakładzie pracy
check-yes = Tak
check-no = Nie
check-submit = Pokaż wynik
check-result-title = Wynik
check-may-apply = To świadczenie może przysługiwać Państwa dziecku.
check-may-not-apply = To świadczenie prawdopodobnie nie przysługuje Państwa dziecku.
# Variables:
#   $basis (String) - Paragraf, z. B. § 28 SGB II
check-legal-basis = Podstawa prawna: { $basis }
check-disclaimer = To niewiążąca ocena. Decyzję podejmuje Jobcenter po złożeniu wniosku.
check-apply = Złóż wniosek
check-error-benefit = Proszę wybrać, jakie świadczenie otrzymuje Państwa rodzina.
check-error-age-required = Proszę podać wiek dziecka.
check-error-age-invalid = Proszę podać wiek jako liczbę całkowitą od 0 do 99.
check-error-yes-no = Proszę wybrać „Tak” lub „Nie”.
check-reason-no-benefit = Świadczenia przysługują rodzinom, które otrzymują Grundsicherungsgeld (dawniej Bürgergeld), pomoc społeczną (Sozialhilfe), dodatek mieszkaniowy (Wohngeld), dodatek na dziecko (Kinderzuschlag) lub świadczenia dla osób ubiegających się o azyl.
check-reason-no-school = Korepetycje (Lernförderung) przysługują tylko dzieciom i młodym osobom, które chodzą do szkoły.
check-reason-training-allowance = Osoba, która otrzymuje wynagrodzenie za naukę zawodu (Ausbildungsvergütung), nie dostaje korepetycji (Lernförderung).
check-reason-age-25 = Przy tym świadczeniu korepetycje (Lernförderung) przysługują tylko do 25. urodzin.
check-reason-tutoring-ok = Państwa dziecko chodzi do szkoły. Jeśli bez korepetycji nie osiągnie ważnych celów nauczania, Jobcenter może za nie zapłacić. Szkoła potwierdza tę potrzebę.
check-reason-no-age-limit = Przy pomocy społecznej i świadczeniach dla osób ubiegających się o azyl świadczenia związane ze szkołą nie są ograniczone granicą wieku 25 lat.
check-reason-participation-ok = Dzieci poniżej 18 lat mogą otrzymać 15 euro miesięcznie na klub, szkołę muzyczną, kursy lub wyjazdy wakacyjne.
check-reason-age-18 = Udział w życiu społeczno-kulturalnym (soziokulturelle Teilhabe) przysługuje tylko do 18. urodzin.
check-note-but-needs-alone = Jeśli Państwa dochód jest tylko trochę wyższy od granicy, już sama potrzeba (Bedarf) związana z edukacją i uczestnictwem może dać prawo do świadczeń. Chętnie odpowiemy na pytania.
check-note-tutoring-own-application = Na korepetycje (Lernförderung) zawsze trzeba złożyć osobny wniosek – można to zrobić tutaj, w portalu.
check-note-apply-separately = Rodziny z dodatkiem mieszkaniowym (Wohngeld) lub dodatkiem na dziecko (Kinderzuschlag) zawsze składają osobny wniosek o świadczenia na edukację i uczestnictwo – można to zrobić tutaj, w portalu.
check-note-sgb2-covered = Składając wniosek o Grundsicherungsgeld (dawniej Bürgergeld), złożyli Państwo już także wniosek o udział w życiu społeczno-kulturalnym (Teilhabe). Abyśmy mogli zapłacić klubowi, proszę podać tutaj organizatora zajęć.
check-note-sgb12-covered = Składając wniosek o pomoc społeczną (Sozialhilfe) lub świadczenia dla osób ubiegających się o azyl (Asylbewerberleistungen), złożyli Państwo już także wniosek o udział w życiu społeczno-kulturalnym (Teilhabe). Abyśmy mogli zapłacić klubowi, proszę podać tutaj organizatora zajęć.
