## Informacja o ochronie danych zgodnie z art. 13 RODO (strona /datenschutz)
## Akapity są oddzielone pustym wierszem.

privacy-title = Informacja o ochronie danych
privacy-intro =
    Tutaj przeczytają Państwo, jakie dane o Państwu i Państwa dzieciach przetwarzamy w portalu BuT, do czego są nam potrzebne i jakie prawa Państwu przysługują (Art. 13 DSGVO, RODO).

    Państwa dane są danymi socjalnymi (Sozialdaten). Są szczególnie chronione tajemnicą socjalną (Sozialgeheimnis, § 35 SGB I, §§ 67 bis 85a SGB X).
privacy-controller-title = Kto jest administratorem?
privacy-controller-text =
    Administratorem jest: { $office }, { $street }, { $city }. Telefon: { $phone }. E-mail: { $email }.

    Jeśli otrzymują Państwo pomoc socjalną, świadczenia dla osób ubiegających się o azyl, dodatek mieszkaniowy (Wohngeld) lub dodatek na dziecko (Kinderzuschlag), o Państwa wniosku może zgodnie z prawem kraju związkowego decydować także miasto lub gmina. Wtedy to one odpowiadają za dane, które w tym celu otrzymują.
privacy-dpo-title = Inspektor ochrony danych
privacy-dpo-text = W sprawach ochrony danych mogą się Państwo skontaktować z naszym inspektorem lub naszą inspektorką ochrony danych: { $contact }
privacy-purposes-title = Do czego potrzebujemy Państwa danych
privacy-purposes-text =
    Potrzebujemy Państwa danych, aby rozpatrzyć wniosek o świadczenia na edukację i uczestnictwo (Bildung und Teilhabe), wysłać Państwu decyzję (Bescheid) i zapłacić usługodawcom (na przykład za korepetycje lub klub).

    Niektóre dane są nam potrzebne także do prowadzenia Państwa konta, ochrony portalu przed nadużyciami i sporządzania statystyk wymaganych przez prawo.
privacy-legal-basis-title = Podstawy prawne
privacy-legal-basis-text =
    Przetwarzamy Państwa dane, ponieważ prawo na to pozwala i tego wymaga: Art. 6 Abs. 1 Buchst. c i e DSGVO w związku z §§ 67a ff. SGB X.

    Same świadczenia regulują § 28 SGB II, § 34 SGB XII i § 6b BKGG (federalna ustawa o zasiłku na dziecko). Do świadczeń dla osób ubiegających się o azyl § 34 SGB XII stosuje się odpowiednio (§ 3 Abs. 4 AsylbLG).

    Czasem Państwa dane obejmują dane o zdrowiu, na przykład gdy dziecko potrzebuje korepetycji z powodu choroby. Takie dane przetwarzamy tylko w zakresie potrzebnym do świadczenia (Art. 9 Abs. 2 Buchst. b DSGVO, § 67b SGB X).

    Aby zapytać szkołę, potrzebujemy Państwa zgody (zwolnienie z tajemnicy, Schweigepflichtentbindung, § 67b Abs. 2 SGB X).
privacy-data-title = Jakie dane przetwarzamy
privacy-data-text =
    Państwa konto: adres e-mail, hasło (przechowujemy je tak, że nikt nie może go odczytać) i Państwa język.

    Państwa gospodarstwo domowe: imię i nazwisko, adres i dane kontaktowe, jakie świadczenie Państwo otrzymują, wraz z numerem sprawy i okresem.

    Państwa dzieci i wnioski: imię i nazwisko oraz data urodzenia, szkoła i klasa, o co Państwo wnioskują, usługodawca i koszty, Państwa uzasadnienie, przesłane dokumenty, potwierdzenie szkoły oraz nasze decyzje i pisma.

    Większość danych otrzymujemy od Państwa (§ 67a Abs. 2 SGB X).
privacy-recipients-title = Kto otrzymuje Państwa dane
privacy-recipients-text =
    W Jobcenter Państwa dane widzą tylko pracownicy, którzy zajmują się Państwa wnioskiem. Każdy dostęp jest rejestrowany.

    Szkoła dziecka otrzymuje dane tylko wtedy, gdy zwolnili ją Państwo z tajemnicy, i tylko to, czego potrzebuje do potwierdzenia. Szkoła nie widzi Państwa własnego uzasadnienia.

    Usługodawcy, na przykład korepetytor lub klub, dowiadują się tylko tego, czego potrzebują do rozliczenia: dla którego dziecka, co przyznano, na jaki okres i ile (§ 69 Abs. 1 Nr. 1 SGB X).

    W przypadku świadczeń z SGB II przekazujemy dane do Federalnej Agencji Pracy (Bundesagentur für Arbeit) na potrzeby statystyki wymaganej przez prawo (§ 51b SGB II). Innym podmiotom przekazujemy dane tylko wtedy, gdy pozwala na to ustawa. Nie przekazujemy danych do państw spoza Unii Europejskiej.
privacy-retention-title = Jak długo przechowujemy Państwa dane
privacy-retention-text =
    Przechowujemy Państwa dane tak długo, jak są nam potrzebne do naszego zadania: do decyzji, wypłaty oraz ewentualnych postępowań odwoławczych, sądowych lub zwrotu. Obowiązują też ustawowe okresy przechowywania akt.

    Potem dane muszą zostać usunięte (§ 84 SGB X, Art. 17 DSGVO).
privacy-rights-title = Państwa prawa
privacy-rights-text =
    Mają Państwo prawo dostępu do swoich zapisanych danych (Art. 15 DSGVO, § 83 SGB X), do sprostowania błędnych danych (Art. 16), do ich usunięcia (Art. 17) i do ograniczenia przetwarzania (Art. 18). Mogą Państwo wnieść sprzeciw wobec przetwarzania z przyczyn związanych z Państwa szczególną sytuacją (Art. 21 DSGVO).

    Ten sprzeciw na gruncie ochrony danych to coś innego niż odwołanie (Widerspruch) od decyzji. Jak odwołać się od decyzji, jest napisane w samej decyzji.

    Zgodę mogą Państwo w każdej chwili wycofać na przyszłość (Art. 7 Abs. 3 DSGVO). Wystarczy do nas napisać.
privacy-complaint-title = Skarga
privacy-complaint-text = Mogą Państwo złożyć skargę do organu nadzorczego: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, poststelle@ldi.nrw.de.
privacy-required-title = Czy muszą Państwo podać swoje dane?
privacy-required-text =
    Tak, w zakresie, w jakim potrzebujemy ich do decyzji w sprawie wniosku. Mają Państwo obowiązek współdziałania (§ 60 SGB I).

    Jeśli brakuje ważnych informacji lub dokumentów, możemy odmówić świadczenia. Wcześniej napiszemy do Państwa i wyznaczymy termin (§ 66 SGB I).

    Zgoda na zapytanie szkoły jest dobrowolna. Jeśli nie chcą jej Państwo wyrazić, prosimy o kontakt: potrzebę dziecka można wykazać także w inny sposób.
privacy-automated-title = Bez automatycznych decyzji
privacy-automated-text = O Państwa wniosku zawsze decyduje człowiek. Portal pokazuje tylko wskazówki, na przykład gdy czegoś brakuje. Niczego nie rozstrzyga automatycznie (Art. 22 DSGVO).
privacy-cookies-title = Pliki cookie
privacy-cookies-text =
    Portal używa wyłącznie technicznie niezbędnych plików cookie: jednego do logowania (ważny do godziny po Państwa ostatniej aktywności), jednego dla wybranego języka i jednego, po którym portal po zalogowaniu rozpoznaje Państwa urządzenie, aby chronić konto przed odgadywaniem haseł. Dwa ostatnie są ważne przez rok.

    Nie ma reklam ani narzędzi analitycznych.
