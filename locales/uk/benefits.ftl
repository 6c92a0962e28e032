## Назви основних соціальних виплат і видів допомоги BuT

benefit-sgb2 = Grundsicherungsgeld, раніше Bürgergeld (SGB II)
benefit-sgb12 = Соціальна допомога (Sozialhilfe) або базове забезпечення (Grundsicherung) (SGB XII)
benefit-wohngeld = Допомога на житло (Wohngeld)
benefit-kinderzuschlag = Надбавка на дитину (Kinderzuschlag)
benefit-asylblg = Допомога за Законом про допомогу шукачам притулку (AsylbLG)
kind-lernfoerderung = Допомога з навчанням (Lernförderung) – заняття з репетитором
kind-teilhabe = Участь у соціальному та культурному житті (soziokulturelle Teilhabe) – клуб, музика, курси
