## Names of the underlying benefits and of the BuT benefits

benefit-sgb2 = Grundsicherungsgeld, formerly Bürgergeld (basic income support, SGB II)
benefit-sgb12 = Social assistance or basic income support (Sozialhilfe / Grundsicherung, SGB XII)
benefit-wohngeld = Housing benefit (Wohngeld)
benefit-kinderzuschlag = Child supplement (Kinderzuschlag)
benefit-asylblg = Asylum seeker benefits (AsylbLG)
kind-lernfoerderung = Tutoring (Lernförderung)
kind-teilhabe = Social and cultural participation (Soziokulturelle Teilhabe: club, music, courses)
