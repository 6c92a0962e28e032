## Genel Veri Koruma Tüzüğü Madde 13'e göre veri koruma bilgilendirmesi (sayfa /datenschutz)
## Paragraflar boş bir satırla ayrılır.

privacy-title = Veri koruma bilgilendirmesi
privacy-intro =
    Burada BuT portalında sizin ve çocuklarınız hakkında hangi verileri işlediğimizi, bunlara neden ihtiyaç duyduğumuzu ve hangi haklara sahip olduğunuzu okuyabilirsiniz (Art. 13 DSGVO, Genel Veri Koruma Tüzüğü).

    Bilgileriniz sosyal verilerdir (Sozialdaten). Bu veriler sosyal gizlilik (Sozialgeheimnis) ile özel olarak korunur (§ 35 SGB I, §§ 67 bis 85a SGB X).
privacy-controller-title = Sorumlu kimdir?
privacy-controller-text =
    Sorumlu kurum: { $office }, { $street }, { $city }. Telefon: { $phone }. E-posta: { $email }.

    Sosyal yardım, sığınmacı yardımı, konut yardımı (Wohngeld) veya çocuk ek ödeneği (Kinderzuschlag) alıyorsanız, eyalet hukukuna göre başvurunuz hakkında şehriniz veya belediyeniz de karar verebilir. Bu durumda, bunun için aldığı verilerden o kurum sorumludur.
privacy-dpo-title = Veri koruma görevlisi
privacy-dpo-text = Veri korumayla ilgili sorularınız için veri koruma görevlimize ulaşabilirsiniz: { $contact }
privacy-purposes-title = Verilerinize neden ihtiyacımız var
privacy-purposes-text =
    Verilerinize; eğitim ve katılım (Bildung und Teilhabe) yardımı başvurunuz hakkında karar vermek, size kararı (Bescheid) göndermek ve hizmet sağlayıcılara (örneğin özel ders veya dernek) ödeme yapmak için ihtiyacımız var.

    Ayrıca hesabınızı yürütmek, portalı kötüye kullanıma karşı korumak ve yasanın öngördüğü istatistikleri hazırlamak için bazı verilere ihtiyacımız var.
privacy-legal-basis-title = Hukuki dayanaklar
privacy-legal-basis-text =
    Verilerinizi, yasa buna izin verdiği ve bunu zorunlu kıldığı için işliyoruz: Art. 6 Abs. 1 Buchst. c ve e DSGVO ile birlikte §§ 67a ff. SGB X.

    Yardımların kendisi § 28 SGB II, § 34 SGB XII ve § 6b BKGG (Federal Çocuk Parası Kanunu) ile düzenlenir. Sığınmacı yardımı alanlar için § 34 SGB XII kıyasen uygulanır (§ 3 Abs. 4 AsylbLG).

    Bazen bilgileriniz sağlık verileri içerir, örneğin çocuğunuz bir hastalık nedeniyle özel derse ihtiyaç duyuyorsa. Bu verileri yalnızca yardım için gerekli olduğu ölçüde işleriz (Art. 9 Abs. 2 Buchst. b DSGVO, § 67b SGB X).

    Okula sorabilmemiz için onayınıza ihtiyacımız var (sır saklama yükümlülüğünden muafiyet, Schweigepflichtentbindung, § 67b Abs. 2 SGB X).
privacy-data-title = Hangi verileri işliyoruz
privacy-data-text =
    Hesabınız: e-posta adresi, şifre (kimsenin okuyamayacağı şekilde saklanır) ve diliniz.

    Haneniz: adınız, adresiniz ve iletişim bilgileriniz, aldığınız yardım, dosya numarası ve süresiyle birlikte.

    Çocuklarınız ve başvurularınız: ad ve doğum tarihi, okul ve sınıf, ne için başvurduğunuz, hizmet sağlayıcı ve masraflar, gerekçeniz, yüklediğiniz belgeler, okulun onayı ile kararlarımız ve yazılarımız.

    Verilerin çoğunu sizden alırız (§ 67a Abs. 2 SGB X).
privacy-recipients-title = Verilerinizi kimler alır
privacy-recipients-text =
    Jobcenter'da verilerinizi yalnızca başvurunuzla ilgilenen çalışanlar görür. Her erişim kayda geçirilir.

    Çocuğunuzun okulu yalnızca okulu sır saklama yükümlülüğünden muaf tuttuysanız veri alır ve yalnızca onayı için gerekenleri alır. Okul sizin kendi gerekçenizi görmez.

    Özel ders veya dernek gibi hizmet sağlayıcılar yalnızca ödeme için gerekenleri öğrenir: hangi çocuk için, neyin onaylandığı, hangi dönem için ve ne kadar (§ 69 Abs. 1 Nr. 1 SGB X).

    SGB II kapsamındaki yardımlarda, yasal istatistik için Federal İş Ajansı'na (Bundesagentur für Arbeit) veri iletiriz (§ 51b SGB II). Başka kurumlara yalnızca bir yasa izin veriyorsa veri veririz. Avrupa Birliği dışındaki ülkelere veri aktarmayız.
privacy-retention-title = Verilerinizi ne kadar süre saklıyoruz
privacy-retention-text =
    Verilerinizi görevimiz için ihtiyaç duyduğumuz sürece saklarız: karar, ödeme ve olası itiraz, dava veya geri ödeme süreçleri için. Ayrıca dosyalar için yasal saklama süreleri geçerlidir.

    Bundan sonra veriler silinmelidir (§ 84 SGB X, Art. 17 DSGVO).
privacy-rights-title = Haklarınız
privacy-rights-text =
    Kayıtlı verileriniz hakkında bilgi alma (Art. 15 DSGVO, § 83 SGB X), yanlış verilerin düzeltilmesini isteme (Art. 16), silinmesini isteme (Art. 17) ve işlemenin kısıtlanmasını isteme (Art. 18) hakkına sahipsiniz. Özel durumunuzdan kaynaklanan nedenlerle işlemeye itiraz edebilirsiniz (Art. 21 DSGVO).

    Veri koruma hukukuna göre bu itiraz, bir karara yapılan itirazdan (Widerspruch) farklıdır. Bir karara nasıl itiraz edeceğiniz kararın kendisinde yazılıdır.

    Verdiğiniz bir onayı gelecek için istediğiniz zaman geri alabilirsiniz (Art. 7 Abs. 3 DSGVO). Bunun için bize yazmanız yeterlidir.
privacy-complaint-title = Şikâyet
privacy-complaint-text = Denetim makamına şikâyette bulunabilirsiniz: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, poststelle@ldi.nrw.de.
privacy-required-title = Verilerinizi vermek zorunda mısınız?
privacy-required-text =
    Evet, başvurunuz hakkında karar vermek için ihtiyaç duyduğumuz ölçüde. İş birliği yapmakla yükümlüsünüz (§ 60 SGB I).

    Önemli bilgiler veya belgeler eksikse yardımı reddedebiliriz. Bundan önce size yazarız ve bir süre veririz (§ 66 SGB I).

    Okula sormamız için vereceğiniz onay isteğe bağlıdır. Vermek istemiyorsanız bizimle konuşun: çocuğunuzun ihtiyacını başka bir yolla da kanıtlayabilirsiniz.
privacy-automated-title = Otomatik karar yok
privacy-automated-text = Başvurunuz hakkında her zaman bir insan karar verir. Portal yalnızca uyarılar gösterir, örneğin bir bilgi eksik olduğunda. Hiçbir şeye otomatik olarak karar vermez (Art. 22 DSGVO).
privacy-cookies-title = Çerezler (Cookies)
privacy-cookies-text =
    Portal yalnızca teknik olarak gerekli çerezleri kullanır: biri girişiniz için (son etkinliğinizden bir saat sonrasına kadar geçerlidir), biri seçtiğiniz dil için ve biri de portalın giriş yaptıktan sonra cihazınızı tanıdığı, hesabınızı şifre tahminine karşı korumak için kullanılan çerez. Son ikisi bir yıl geçerlidir.

    Reklam ve analiz araçları yoktur.
