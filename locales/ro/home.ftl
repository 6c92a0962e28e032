## Pagina de start

home-title = Educație și participare pentru copilul dumneavoastră
home-lead = Copiii și tinerii din familii care primesc Grundsicherungsgeld (fostul Bürgergeld), ajutor social (Sozialhilfe), alocație pentru locuință (Wohngeld), supliment pentru copii (Kinderzuschlag) sau prestații pentru solicitanții de azil (Asylbewerberleistungsgesetz) pot primi bani pentru meditații, cluburi și cursuri. Aici faceți cererea online.
home-register = Creați un cont și depuneți cererea
home-login = Intrați în cont
home-go-to-overview = Spre pagina mea
home-benefits-label = Prestații
home-tutoring-title = Meditații (Lernförderung)
home-tutoring-text = Dacă fără ajutor copilul dumneavoastră nu poate atinge obiectivele importante de învățare la școală, Jobcenterul plătește meditații – adesea chiar la școala copilului, la un punct de meditații (Lernstandort). Școala confirmă că meditațiile sunt necesare.
home-participation-title = Participare socio-culturală (Soziokulturelle Teilhabe)
home-participation-text = Copiii sub 18 ani primesc 15 euro pe lună pentru clubul sportiv, școala de muzică, cursuri sau tabere de vacanță. Banii merg direct la club sau la furnizor.
home-who-title = Cine primește aceste prestații?
home-who-text = Copiii, tinerii și tinerii adulți sub 25 de ani care merg la școală, dacă familia primește Grundsicherungsgeld (fostul Bürgergeld), ajutor social, Wohngeld, Kinderzuschlag sau prestații pentru solicitanții de azil. Participarea socio-culturală se acordă până la împlinirea vârstei de 18 ani.
home-easy-link = Portalul explicat în limbaj ușor
home-check-link = Poate primi copilul meu aceste prestații? Verificați acum, în două minute
