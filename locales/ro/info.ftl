## Pagini obligatorii: accesibilitate, protecția datelor, date de identificare (Impressum), limbaj ușor, contact
## Paragrafele sunt despărțite printr-un rând gol.

info-accessibility-title = Declarație privind accesibilitatea
info-accessibility-text =
    Kommunales Jobcenter Kreis Warendorf dorește ca toți oamenii să poată folosi acest portal. Portalul trebuie să respecte Regulamentul privind tehnologia informației fără bariere (Barrierefreie-Informationstechnik-Verordnung, BITV 2.0).

    Portalul este încă în construcție. Verificăm fiecare pagină nouă cu tastatura, cu mărirea ecranului și cu un cititor de ecran.

    Ați găsit o barieră? Vă rugăm să ne spuneți, cu formularul de mai jos, de pe această pagină.
info-imprint-title = Date de identificare (Impressum)
info-imprint-text =
    Kreis Warendorf – Kommunales Jobcenter, compartimentul Educație și participare (Sachgebiet Bildung und Teilhabe)

    Kreis Warendorf este o instituție de drept public (Körperschaft des öffentlichen Rechts). Este reprezentat de administratorul districtului (Landrat).

    Adresa și datele de contact le găsiți pe pagina de contact.
info-easy-title = Limbaj ușor
info-easy-text =
    Aici puteți cere bani pentru copilul dumneavoastră.

    Banii sunt pentru meditații. Sau pentru un club. De exemplu, pentru un club de sport.

    Primiți Grundsicherungsgeld (fostul Bürgergeld)? Sau ajutor social (Sozialhilfe)? Sau Wohngeld? Sau Kinderzuschlag? Sau prestații pentru solicitanții de azil (Asylbewerberleistungen)? Atunci copilul dumneavoastră poate primi banii.

    Așa se face: Faceți un cont. Completați cererea. Noi verificăm cererea. Primiți o scrisoare. În scrisoare este decizia noastră.
info-contact-title = Contact
info-contact-text =
    Kreis Warendorf – Kommunales Jobcenter, Educație și participare (Bildung und Teilhabe)

    Ne găsiți de luni până vineri, în programul de lucru al sediului administrației districtului (Kreishaus). Dacă aveți întrebări despre o cerere, vă rugăm să ne spuneți numărul cererii.

    Ne puteți scrie, ne puteți suna sau puteți veni la noi.

    O contestație (Widerspruch) împotriva unei decizii se depune în scris, cu semnătura dumneavoastră, sau personal la noi – atunci o consemnăm noi în scris pentru dumneavoastră (zur Niederschrift). Un simplu e-mail nu este suficient. Electronic este posibil numai în forma specială de la § 36a Abs. 2 SGB I, de exemplu cu semnătură electronică calificată (§ 84 SGG). Termenul este indicat în decizie.
