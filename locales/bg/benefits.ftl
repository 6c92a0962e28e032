## Имена на основните помощи и на помощите BuT

benefit-sgb2 = Grundsicherungsgeld, преди Bürgergeld (SGB II)
benefit-sgb12 = Социална помощ или основно осигуряване (Sozialhilfe, Grundsicherung, SGB XII)
benefit-wohngeld = Помощ за жилище (Wohngeld)
benefit-kinderzuschlag = Добавка за деца (Kinderzuschlag)
benefit-asylblg = Помощи по Закона за помощите за кандидати за убежище (AsylbLG)
kind-lernfoerderung = Помощ при ученето (Lernförderung) – допълнителни уроци
kind-teilhabe = Социално-културно участие (Teilhabe) – клуб, музика, курсове
