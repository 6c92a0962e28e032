## Temel yardımların ve BuT yardımlarının adları

benefit-sgb2 = Grundsicherungsgeld, eski adıyla Bürgergeld (SGB II)
benefit-sgb12 = Sosyal yardım veya temel güvence (Sozialhilfe / Grundsicherung, SGB XII)
benefit-wohngeld = Wohngeld (kira yardımı)
benefit-kinderzuschlag = Kinderzuschlag (çocuk ek yardımı)
benefit-asylblg = Sığınmacılara Yardım Yasası'na göre yardımlar (AsylbLG)
kind-lernfoerderung = Ders desteği (Lernförderung): takviye dersi
kind-teilhabe = Sosyal ve kültürel katılım (Teilhabe): kulüp, müzik, kurslar
