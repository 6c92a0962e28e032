## Namen der Grundleistungen und der BuT-Leistungen

benefit-sgb2 = Grundsicherungsgeld, früher Bürgergeld (SGB II)
benefit-sgb12 = Sozialhilfe oder Grund-Sicherung (SGB XII)
benefit-wohngeld = Wohngeld
benefit-kinderzuschlag = Kinder-Zuschlag
benefit-asylblg = Leistungen für Asyl-Bewerber (AsylbLG)
kind-lernfoerderung = Lernförderung (Nachhilfe)
kind-teilhabe = Teilhabe (Verein, Musik, Kurse)
