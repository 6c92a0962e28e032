## Numele prestațiilor de bază și ale prestațiilor BuT

benefit-sgb2 = Grundsicherungsgeld, fostul Bürgergeld (SGB II)
benefit-sgb12 = Ajutor social sau prestație de bază (Sozialhilfe / Grundsicherung, SGB XII)
benefit-wohngeld = Alocație pentru locuință (Wohngeld)
benefit-kinderzuschlag = Supliment pentru copii (Kinderzuschlag)
benefit-asylblg = Prestații pentru solicitanții de azil (Asylbewerberleistungsgesetz, AsylbLG)
kind-lernfoerderung = Meditații (Lernförderung)
kind-teilhabe = Participare socio-culturală (Soziokulturelle Teilhabe: club, muzică, cursuri)
