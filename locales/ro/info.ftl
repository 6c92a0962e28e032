## Pagini obligatorii: accesibilitate, protecția datelor, date de identificare (Impressum), limbaj ușor, contact
## Paragrafele sunt despărțite printr-un rând gol.

info-accessibility-title = Declarație privind accesibilitatea
info-accessibility-text =
    Kommunales Jobcenter Kreis Warendorf dorește ca toți oamenii să poată folosi acest portal. Portalul trebuie să respecte Regulamentul privind tehnologia informației fără bariere (Barrierefreie-Informationstechnik-Verordnung, BITV 2.0).

    Portalul este încă în construcție. Verificăm fiecare pagină nouă cu tastatura, cu mărirea ecranului și cu un cititor de ecran.

    Ați găsit o barieră? Vă rugăm să ne spuneți, cu formularul de mai jos, de pe această pagină.
info-privacy-title = Protecția datelor
info-privacy-text =
    Datele dumneavoastră sunt date sociale (Sozialdaten). Ele sunt protejate de secretul datelor sociale (Sozialgeheimnis: § 35 Erstes Buch Sozialgesetzbuch, §§ 67 bis 85a Zehntes Buch Sozialgesetzbuch).

    Salvăm doar ce ne trebuie pentru decizia privind cererea dumneavoastră. Doar angajatele și angajații responsabili văd datele dumneavoastră. Fiecare accesare este înregistrată.

    Portalul folosește doar cookie-uri necesare tehnic: unul pentru autentificare și unul pentru limba aleasă. Nu există reclame și nici instrumente de analiză.

    Puteți cere oricând informații despre datele dumneavoastră pe care le-am salvat.
info-imprint-title = Date de identificare (Impressum)
info-imprint-text =
    Kreis Warendorf – Kommunales Jobcenter, compartimentul Educație și participare (Sachgebiet Bildung und Teilhabe)

    Kreis Warendorf este o instituție de drept public (Körperschaft des öffentlichen Rechts). Este reprezentat de administratorul districtului (Landrat).

    Adresa și datele de contact le găsiți pe pagina de contact.
info-easy-title = Limbaj ușor
info-easy-text =
    Aici puteți cere bani pentru copilul dumneavoastră.

    Banii sunt pentru meditații. Sau pentru un club. De exemplu, pentru un club de sport.

    Primiți Bürgergeld? Sau Wohngeld? Sau Kinderzuschlag? Atunci copilul dumneavoastră poate primi banii.

    Așa se face: Faceți un cont. Completați cererea. Noi verificăm cererea. Primiți o scrisoare. În scrisoare este decizia noastră.
info-contact-title = Contact
info-contact-text =
    Kreis Warendorf – Kommunales Jobcenter, Educație și participare (Bildung und Teilhabe)

    Ne găsiți de luni până vineri, în programul de lucru al sediului administrației districtului (Kreishaus). Dacă aveți întrebări despre o cerere, vă rugăm să ne spuneți numărul cererii.

    Ne puteți scrie, ne puteți suna sau puteți veni la noi. Tot la noi puteți depune și o contestație (Widerspruch): în scris, electronic sau oral, iar noi o consemnăm în scris (zur Niederschrift).
