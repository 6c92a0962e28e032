## Informare privind protecția datelor conform art. 13 din Regulamentul general privind protecția datelor (pagina /datenschutz)
## Paragrafele sunt separate printr-un rând gol.

privacy-title = Informare privind protecția datelor
privacy-intro =
    Aici aflați ce date despre dumneavoastră și copiii dumneavoastră prelucrăm în portalul BuT, de ce avem nevoie de ele și ce drepturi aveți (Art. 13 DSGVO, Regulamentul general privind protecția datelor).

    Informațiile dumneavoastră sunt date sociale (Sozialdaten). Ele sunt protejate în mod special de secretul social (Sozialgeheimnis, § 35 SGB I, §§ 67 bis 85a SGB X).
privacy-controller-title = Cine este responsabil?
privacy-controller-text =
    Operatorul este: { $office }, { $street }, { $city }. Telefon: { $phone }. E-mail: { $email }.

    Dacă primiți asistență socială, prestații pentru solicitanții de azil, alocație pentru locuință (Wohngeld) sau supliment pentru copii (Kinderzuschlag), conform legii landului poate decide asupra cererii și orașul sau comuna dumneavoastră. Atunci acestea sunt responsabile pentru datele pe care le primesc în acest scop.
privacy-dpo-title = Responsabilul cu protecția datelor
privacy-dpo-text = Pentru întrebări despre protecția datelor vă puteți adresa responsabilului nostru cu protecția datelor: { $contact }
privacy-purposes-title = Pentru ce avem nevoie de datele dumneavoastră
privacy-purposes-text =
    Avem nevoie de datele dumneavoastră pentru a decide asupra cererii de prestații pentru educație și participare (Bildung und Teilhabe), pentru a vă trimite decizia (Bescheid) și pentru a plăti furnizorii (de exemplu meditații sau un club).

    De asemenea, avem nevoie de unele date pentru a administra contul dumneavoastră, pentru a proteja portalul împotriva abuzurilor și pentru a întocmi statisticile cerute de lege.
privacy-legal-basis-title = Temeiuri legale
privacy-legal-basis-text =
    Prelucrăm datele dumneavoastră deoarece legea permite și impune acest lucru: Art. 6 Abs. 1 Buchst. c și e DSGVO coroborat cu §§ 67a ff. SGB X.

    Prestațiile însele sunt reglementate de § 28 SGB II, § 34 SGB XII și § 6b BKGG (Legea federală privind alocația pentru copii). Pentru prestațiile solicitanților de azil se aplică în mod corespunzător § 34 SGB XII (§ 3 Abs. 4 AsylbLG).

    Uneori informațiile dumneavoastră conțin date privind sănătatea, de exemplu dacă copilul are nevoie de meditații din cauza unei boli. Prelucrăm astfel de date numai în măsura în care sunt necesare pentru prestație (Art. 9 Abs. 2 Buchst. b DSGVO, § 67b SGB X).

    Pentru a întreba școala avem nevoie de consimțământul dumneavoastră (dezlegarea de secretul profesional, Schweigepflichtentbindung, § 67b Abs. 2 SGB X).
privacy-data-title = Ce date prelucrăm
privacy-data-text =
    Contul dumneavoastră: adresa de e-mail, parola (o păstrăm astfel încât nimeni să nu o poată citi) și limba dumneavoastră.

    Gospodăria dumneavoastră: numele, adresa și datele de contact, ce prestație primiți, cu numărul dosarului și perioada.

    Copiii și cererile dumneavoastră: numele și data nașterii, școala și clasa, ce solicitați, furnizorul și costurile, motivarea dumneavoastră, documentele pe care le încărcați, confirmarea școlii, precum și deciziile și scrisorile noastre.

    Majoritatea datelor le primim chiar de la dumneavoastră (§ 67a Abs. 2 SGB X).
privacy-recipients-title = Cine primește datele dumneavoastră
privacy-recipients-text =
    La Jobcenter, datele dumneavoastră le văd numai angajații care se ocupă de cererea dumneavoastră. Fiecare acces este înregistrat.

    Școala copilului primește date numai dacă ați dezlegat-o de secretul profesional și numai ce îi trebuie pentru confirmare. Școala nu vede motivarea dumneavoastră.

    Furnizorii, de exemplu de meditații sau un club, află numai ce le trebuie pentru decontare: pentru ce copil, ce s-a aprobat, pentru ce perioadă și ce sumă (§ 69 Abs. 1 Nr. 1 SGB X).

    Pentru prestațiile conform SGB II transmitem date Agenției Federale pentru Ocuparea Forței de Muncă (Bundesagentur für Arbeit) pentru statistica cerută de lege (§ 51b SGB II). Altor instituții le transmitem date numai dacă o lege permite acest lucru. Nu transferăm date în țări din afara Uniunii Europene.
privacy-retention-title = Cât timp păstrăm datele dumneavoastră
privacy-retention-text =
    Păstrăm datele cât timp avem nevoie de ele pentru sarcina noastră: pentru decizie, plată și eventuale proceduri de contestație, de judecată sau de restituire. În plus, se aplică termenele legale de păstrare a dosarelor.

    După aceea, datele trebuie șterse (§ 84 SGB X, Art. 17 DSGVO).
privacy-rights-title = Drepturile dumneavoastră
privacy-rights-text =
    Aveți dreptul de acces la datele dumneavoastră stocate (Art. 15 DSGVO, § 83 SGB X), dreptul la rectificarea datelor greșite (Art. 16), la ștergere (Art. 17) și la restricționarea prelucrării (Art. 18). Vă puteți opune prelucrării din motive legate de situația dumneavoastră particulară (Art. 21 DSGVO).

    Această opoziție conform legislației privind protecția datelor este altceva decât o contestație (Widerspruch) împotriva unei decizii. Cum contestați o decizie scrie chiar în decizie.

    Vă puteți retrage oricând consimțământul pentru viitor (Art. 7 Abs. 3 DSGVO). Este suficient să ne scrieți.
privacy-complaint-title = Plângere
privacy-complaint-text = Puteți depune o plângere la autoritatea de supraveghere: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, poststelle@ldi.nrw.de.
privacy-required-title = Sunteți obligat să vă dați datele?
privacy-required-text =
    Da, în măsura în care avem nevoie de ele pentru a decide asupra cererii. Aveți obligația de a coopera (§ 60 SGB I).

    Dacă lipsesc informații sau documente importante, putem refuza prestația. Înainte de aceasta vă scriem și vă acordăm un termen (§ 66 SGB I).

    Consimțământul pentru a întreba școala este voluntar. Dacă nu doriți să îl dați, vorbiți cu noi: puteți dovedi nevoia copilului și în alt mod.
privacy-automated-title = Fără decizii automate
privacy-automated-text = Asupra cererii dumneavoastră decide întotdeauna un om. Portalul afișează doar indicații, de exemplu când lipsește ceva. Nu decide nimic în mod automat (Art. 22 DSGVO).
privacy-cookies-title = Cookie-uri
privacy-cookies-text =
    Portalul folosește numai cookie-uri necesare din punct de vedere tehnic: unul pentru autentificare (valabil până la o oră după ultima activitate), unul pentru limba aleasă și unul prin care portalul vă recunoaște dispozitivul după autentificare, pentru a vă proteja contul împotriva ghicirii parolelor. Ultimele două sunt valabile un an.

    Nu există reclame și nici instrumente de analiză.
