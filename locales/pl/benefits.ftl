## Nazwy świadczeń podstawowych i świadczeń BuT

benefit-sgb2 = Grundsicherungsgeld, dawniej Bürgergeld (SGB II)
benefit-sgb12 = Pomoc społeczna lub zabezpieczenie podstawowe (Sozialhilfe, Grundsicherung – SGB XII)
benefit-wohngeld = Dodatek mieszkaniowy (Wohngeld)
benefit-kinderzuschlag = Dodatek na dziecko (Kinderzuschlag)
benefit-asylblg = Świadczenia dla osób ubiegających się o azyl (AsylbLG)
kind-lernfoerderung = Korepetycje (Lernförderung)
kind-teilhabe = Udział w życiu społeczno-kulturalnym – klub, muzyka, kursy (soziokulturelle Teilhabe)
