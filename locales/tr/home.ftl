## Ana sayfa

home-title = Çocuğunuz için Eğitim ve Katılım (Bildung und Teilhabe)
home-lead = Bazı ailelerin çocukları ve gençleri takviye dersi, kulüp ve kurslar için para alabilir. Bu, Grundsicherungsgeld (eski adıyla Bürgergeld), sosyal yardım (Sozialhilfe), Wohngeld, Kinderzuschlag veya sığınmacı yardımı (AsylbLG) alan aileler için geçerlidir. Başvuruyu burada internetten yapabilirsiniz.
home-register = Hesap oluşturun ve başvurun
home-login = Giriş yapın
home-go-to-overview = Özet sayfama gidin
home-benefits-label = Yardımlar
home-tutoring-title = Ders desteği (Lernförderung): takviye dersi
home-tutoring-text = Çocuğunuz okulda önemli öğrenme hedeflerine yardım almadan ulaşamıyorsa, takviye dersinin parasını Jobcenter öder. Bu ders çoğu zaman doğrudan çocuğunuzun okulunda, bir ders noktasında (Lernstandort) yapılır. İhtiyacı okul onaylar.
home-participation-title = Sosyal ve kültürel katılım (soziokulturelle Teilhabe)
home-participation-text = 18 yaşından küçük çocuklar için ayda 15 Euro verilir. Bu para spor kulübü, müzik okulu, kurslar veya tatil kampları içindir. Para doğrudan kulübe veya kuruma ödenir.
home-who-title = Bu yardımları kimler alabilir?
home-who-text = Okula giden, 25 yaşından küçük çocuklar, gençler ve genç yetişkinler. Şartı şu: Aile Grundsicherungsgeld (eski adıyla Bürgergeld), sosyal yardım (Sozialhilfe), Wohngeld, Kinderzuschlag veya sığınmacı yardımı (Asylbewerberleistungen) alıyor olmalı. Katılım yardımı (Teilhabe) 18 yaşını doldurana kadar verilir.
home-easy-link = Portalın Kolay Dil ile açıklaması
home-check-link = Çocuğum bu yardımları alabilir mi? Şimdi iki dakikada öğrenin
