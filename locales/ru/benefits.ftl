## Названия основных выплат и выплат BuT

benefit-sgb2 = Grundsicherungsgeld, ранее Bürgergeld (SGB II)
benefit-sgb12 = Социальная помощь или базовое обеспечение (Sozialhilfe / Grundsicherung, SGB XII)
benefit-wohngeld = Пособие на жильё (Wohngeld)
benefit-kinderzuschlag = Доплата на ребёнка (Kinderzuschlag)
benefit-asylblg = Выплаты по Закону о пособиях для лиц, ищущих убежища (AsylbLG)
kind-lernfoerderung = Помощь в учёбе (Lernförderung): дополнительные занятия
kind-teilhabe = Участие в культурной и общественной жизни (soziokulturelle Teilhabe): клуб, музыка, курсы
