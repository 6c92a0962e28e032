## Namen der Grundleistungen und der BuT-Leistungen

benefit-sgb2 = Grundsicherungsgeld, bisher Bürgergeld (SGB II)
benefit-sgb12 = Sozialhilfe oder Grundsicherung (SGB XII)
benefit-wohngeld = Wohngeld
benefit-kinderzuschlag = Kinderzuschlag
benefit-asylblg = Leistungen nach dem Asylbewerberleistungsgesetz (AsylbLG)
kind-lernfoerderung = Lernförderung (Nachhilfe)
kind-teilhabe = Soziokulturelle Teilhabe (Verein, Musik, Kurse)
