## Verificați dreptul la prestații (fără cont)

check-title = Poate primi copilul meu aceste prestații?
check-lead = Răspundeți la patru întrebări scurte. Apoi vedeți ce prestații pentru educație și participare (Bildung und Teilhabe) ar putea primi copilul dumneavoastră. Nu salvăm răspunsurile dumneavoastră.
check-benefit-question = Ce prestație primește familia dumneavoastră?
check-benefit-none = Niciuna dintre acestea sau nu știu
check-age-question = Ce vârstă are copilul dumneavoastră?
check-age-hint = Vârsta în ani, de exemplu 9
check-school-question = Merge copilul dumneavoastră la școală?
check-school-hint = Școală de cultură generală sau școală profesională (Berufsschule)
check-allowance-question = Primește copilul dumneavoastră o indemnizație de ucenicie (Ausbildungsvergütung)?
check-allowance-hint = Bani pentru o formare profesională (ucenicie) la o firmă
check-yes = Da
check-no = Nu
check-submit = Afișați rezultatul
check-result-title = Rezultatul dumneavoastră
check-may-apply = Copilul dumneavoastră ar putea avea dreptul la această prestație.
check-may-not-apply = Probabil copilul dumneavoastră nu are dreptul la această prestație.
# Variables:
#   $basis (String) - Paragraf, z. B. § 28 SGB II
check-legal-basis = Temeiul legal: { $basis }
check-disclaimer = Aceasta este doar o estimare, fără obligații. Decizia o ia Jobcenterul, după ce depuneți o cerere.
check-apply = Depuneți cererea acum
check-error-benefit = Vă rugăm să alegeți ce prestație primește familia dumneavoastră.
check-error-age-required = Vă rugăm să introduceți vârsta copilului.
check-error-age-invalid = Vă rugăm să introduceți vârsta ca număr întreg între 0 și 99.
check-error-yes-no = Vă rugăm să alegeți Da sau Nu.
check-reason-no-benefit = Aceste prestații sunt pentru familiile care primesc Grundsicherungsgeld (fostul Bürgergeld), ajutor social (Sozialhilfe), alocație pentru locuință (Wohngeld), supliment pentru copii (Kinderzuschlag) sau prestații pentru solicitanții de azil.
check-reason-no-school = Meditațiile (Lernförderung) se acordă doar copiilor și tinerilor care merg la școală.
check-reason-training-allowance = Cine primește o indemnizație de ucenicie (Ausbildungsvergütung) nu primește meditații.
check-reason-age-25 = La această prestație, meditațiile se acordă doar până la împlinirea vârstei de 25 de ani.
check-reason-tutoring-ok = Copilul dumneavoastră merge la școală. Dacă fără meditații nu poate atinge obiectivele importante de învățare, Jobcenterul poate plăti meditațiile. Școala confirmă că sunt necesare.
check-reason-no-age-limit = La ajutorul social și la prestațiile pentru solicitanții de azil, pentru prestațiile școlare nu există limita de vârstă de 25 de ani.
check-reason-participation-ok = Copiii sub 18 ani primesc 15 euro pe lună pentru club, școala de muzică, cursuri sau tabere de vacanță.
check-reason-age-18 = Participarea socio-culturală se acordă doar până la împlinirea vârstei de 18 ani.
check-note-but-needs-alone = Dacă venitul dumneavoastră este doar puțin peste limită, nevoile pentru educație și participare pot da, singure, dreptul la prestație. Întrebați-ne cu încredere.
check-note-tutoring-own-application = Pentru meditații (Lernförderung) trebuie făcută întotdeauna o cerere separată – o puteți face aici, în portal.
check-note-apply-separately = Familiile cu alocație pentru locuință (Wohngeld) sau supliment pentru copii (Kinderzuschlag) cer întotdeauna separat prestațiile pentru educație și participare – puteți face asta aici, în portal.
check-note-sgb2-covered = Prin cererea de Grundsicherungsgeld (fostul Bürgergeld) ați cerut deja și participarea socio-culturală. Ca să putem plăti clubul, spuneți-ne aici cine este furnizorul.
check-note-sgb12-covered = Prin cererea de ajutor social (Sozialhilfe) sau de prestații pentru solicitanții de azil (Asylbewerberleistungen) ați cerut deja și participarea socio-culturală. Ca să putem plăti clubul, spuneți-ne aici cine este furnizorul.
