## Hak kontrolü (hesap olmadan)

check-title = Çocuğum bu yardımları alabilir mi?
check-lead = Dört kısa soruyu cevaplayın. Sonra çocuğunuz için hangi Eğitim ve Katılım (Bildung und Teilhabe) yardımlarının uygun olduğunu görürsünüz. Cevaplarınızı kaydetmiyoruz.
check-benefit-question = Aileniz hangi yardımı alıyor?
check-benefit-none = Hiçbiri veya bilmiyorum
check-age-question = Çocuğunuz kaç yaşında?
check-age-hint = Yaşı yıl olarak, örneğin 9
check-school-question = Çocuğunuz okula gidiyor mu?
check-school-hint = Genel eğitim veren bir okul veya meslek okulu (Berufsschule)
check-allowance-question = Çocuğunuz meslek eğitimi ücreti (Ausbildungsvergütung) alıyor mu?
check-allowance-hint = Bir işyerinde meslek eğitimi (Ausbildung) için ödenen para
check-yes = Evet
check-no = Hayır
check-submit = Sonucu görüntüleyin
check-result-title = Sonucunuz
check-may-apply = Çocuğunuzun bu yardımı alma hakkı olabilir.
check-may-not-apply = Çocuğunuzun bu yardımı alma hakkı büyük ihtimalle yok.
# Variables:
#   $basis (String) - Paragraf, z. B. § 28 SGB II
check-legal-basis = Yasal dayanak: { $basis }
check-disclaimer = Bu, bağlayıcı olmayan bir ön değerlendirmedir. Başvuru yaptığınızda kararı Jobcenter verir.
check-apply = Şimdi başvurun
check-error-benefit = Lütfen ailenizin hangi yardımı aldığını seçin.
check-error-age-required = Lütfen çocuğunuzun yaşını yazın.
check-error-age-invalid = Lütfen yaşı 0 ile 99 arasında bir tam sayı olarak yazın.
check-error-yes-no = Lütfen Evet veya Hayır seçin.
check-reason-no-benefit = Bu yardımlar Grundsicherungsgeld (eski adıyla Bürgergeld), sosyal yardım (Sozialhilfe), Wohngeld, Kinderzuschlag veya sığınmacı yardımı (Asylbewerberleistungen) alan aileler içindir.
check-reason-no-school = Ders desteği (Lernförderung) sadece okula giden çocuklar ve gençler içindir.
check-reason-training-allowance = Meslek eğitimi ücreti (Ausbildungsvergütung) alan kişi ders desteği (Lernförderung) alamaz.
check-reason-age-25 = Ailenizin aldığı bu yardımda ders desteği (Lernförderung) sadece 25 yaşını doldurana kadar verilir.
check-reason-tutoring-ok = Çocuğunuz okula gidiyor. Önemli öğrenme hedeflerine takviye dersi olmadan ulaşamıyorsa, takviye dersinin parasını Jobcenter ödeyebilir. İhtiyacı okul onaylar.
check-reason-no-age-limit = Sosyal yardım (Sozialhilfe) veya sığınmacı yardımı (Asylbewerberleistungen) alan ailelerde, okulla ilgili yardımlar için 25 yaş sınırı yoktur.
check-reason-participation-ok = 18 yaşından küçük çocuklar için ayda 15 Euro verilir. Bu para kulüp, müzik okulu, kurslar veya tatil kampları içindir.
check-reason-age-18 = Sosyal ve kültürel katılım (soziokulturelle Teilhabe) sadece 18 yaşını doldurana kadar verilir.
check-note-but-needs-alone = Geliriniz sınırın sadece biraz üzerindeyse, Eğitim ve Katılım (Bildung und Teilhabe) ihtiyacı tek başına hak kazandırabilir. Bize sormaktan çekinmeyin.
check-note-tutoring-own-application = Ders desteği (Lernförderung) için her zaman ayrıca başvurmanız gerekir. Bunu burada, portalda yapabilirsiniz.
check-note-apply-separately = Wohngeld veya Kinderzuschlag alan aileler, Eğitim ve Katılım yardımlarına her zaman ayrıca başvurur. Bunu burada, portalda yapabilirsiniz.
check-note-sgb2-covered = Grundsicherungsgeld (eski adıyla Bürgergeld) başvurunuzla katılım yardımına (Teilhabe) zaten başvurmuş oldunuz. Kulübün ücretini ödeyebilmemiz için lütfen burada bize kurumu (Anbieter) bildirin.
check-note-sgb12-covered = Sosyal yardım (Sozialhilfe) veya sığınmacı yardımı (Asylbewerberleistungen) başvurunuzla katılım yardımına (Teilhabe) zaten başvurmuş oldunuz. Kulübün ücretini ödeyebilmemiz için lütfen burada bize kurumu (Anbieter) bildirin.
