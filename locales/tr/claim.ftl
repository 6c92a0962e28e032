## Başvuru yapma, başvuru sayfası, işlem geçmişi

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = Adım { $step } / { $total }
claim-continue = Devam
claim-back = Geri
claim-check-title = Bilgilerinizi kontrol edin
claim-child = Çocuk
claim-benefit = Yardım
claim-change-answers = Bilgileri değiştirin
claim-declaration-title = Beyan ve izin
claim-declaration-text = Bilgilerimin doğru ve eksiksiz olduğunu beyan ederim. Değişiklikleri Jobcenter'e hemen bildiririm. Örneğin çocuğum artık kulübe veya takviye dersine gitmiyorsa.
claim-consent-text = İsteğe bağlı: Jobcenter'in parayı doğrudan kuruma (Anbieter) ödemesine izin veriyorum (doğrudan ödeme). Bu izni vermezseniz kurum için bir kupon (Gutschein) alırsınız. Bu izni istediğiniz zaman ileriye dönük olarak geri alabilirsiniz – burada portalda başvurunuzun sayfasında veya Jobcenter'de.
claim-privacy-hint = Bilgileriniz sosyal verilerdir (Sozialdaten). Sadece bu başvuru için kullanılır. Bu kural, Alman Sosyal Yasası'nın Onuncu Kitabı (SGB X) § 67a'da yer alır.
claim-submit = Başvuruyu kesin olarak gönderin
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = Başvuru { $reference }
claim-page-title-draft = Taslak (henüz gönderilmedi)
claim-status = Durum
claim-next-steps = Başvurunuzu inceliyoruz. Bir şey öğrenmemiz gerekirse size burada, portalda yazarız. Kararı bir karar yazısı (Bescheid) ile alırsınız. Lütfen bu sayfayı belge olarak yazdırın veya kaydedin.
claim-continue-draft = Başvuruyu doldurmaya devam edin
claim-submitted-at = Gönderilme tarihi
claim-timeline = İşlem geçmişi
claim-withdraw-hint = Bu yardıma artık ihtiyacınız yok mu? Karar verilmediği sürece başvuruyu geri çekebilirsiniz.
claim-withdraw = Başvuruyu geri çekin
claim-withdraw-explain = Başvurunuzu geri çekerseniz Jobcenter bu başvuru hakkında artık karar vermez ve bunun için bir ödeme yapmaz. Bu işlem geri alınamaz. Yardıma daha sonra yine ihtiyacınız olursa yeni bir başvuru yapın – ders desteği o zaman genellikle ancak yeni başvurunun yapıldığı aydan itibaren onaylanabilir.
claim-withdraw-confirm = Evet, bu başvuruyu geri çekmek istiyorum.
claim-withdraw-error-confirm = Lütfen başvuruyu geri çekmek istediğinizi onaylayın.
claim-submitted = Başvurunuz bize ulaştı. Çok teşekkür ederiz!
claim-withdrawn = Başvuruyu geri çektiniz.
claim-error-incomplete = Hâlâ eksik bilgiler var. Lütfen işaretli alanları kontrol edin.
claim-error-declaration = Lütfen bilgilerinizin doğru olduğunu onaylayın.
claim-error-not-draft = Bu başvuru zaten gönderildi. Artık değiştirilemez.
claim-error-already-final = Bu başvuru hakkında zaten karar verildi veya başvuru geri çekildi.
claim-error-not-allowed = Bu başvuruda bu işlem şu anda mümkün değil.
claim-error-changed = Başvuru bu arada değiştirildi. Lütfen sayfayı yenileyin.
status-draft = Taslak
status-submitted = Alındı
status-needs-info = Size bir soru var
status-approved = Kabul edildi
status-rejected = Reddedildi
status-withdrawn = Geri çekildi
timeline-draft = Başvuru başlatıldı
timeline-submitted = Başvuru gönderildi
timeline-needs-info = Jobcenter'den soru
timeline-approved = Başvuru kabul edildi
timeline-rejected = Başvuru reddedildi
timeline-withdrawn = Başvuru geri çekildi
teilhabe-details-title = Kulüp veya kursla ilgili bilgiler
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = { $child } için: Para ne için olacak ve kurum (Anbieter) kim?
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = Jobcenter ayda en fazla { $amount } doğrudan kulübe veya kuruma öder. Bu para şunlar içindir: üyelik aidatları (spor, oyun, kültür), müzik okulu gibi dersler, kurslar ve tatil kampları. Örneğin sinema veya spor salonu (Fitnessstudio) ödenmez.
teilhabe-activity = Çocuğunuz ne yapıyor?
teilhabe-activity-sport = Kulüpte spor
teilhabe-activity-music = Müzik, örneğin müzik okulu
teilhabe-activity-culture = Sanat, kültür veya eğitim
teilhabe-activity-holiday-camp = Tatil kampı (Ferienfreizeit)
teilhabe-activity-other = Başka bir şey
teilhabe-description = Daha ayrıntılı açıklama
teilhabe-description-hint = Örneğin: futbol, gitar dersi. “Başka bir şey” seçtiyseniz lütfen doldurun.
teilhabe-provider-title = Kurum (Anbieter)
teilhabe-provider-name = Kulübün veya kurumun adı
teilhabe-provider-name-hint = Üyelik formunda veya faturada yazdığı gibi.
teilhabe-provider-contact = İlgili kişi, telefon veya e-posta
teilhabe-provider-contact-hint = Kuruma soru sorabilmemiz için.
teilhabe-provider-iban = Kurumun IBAN'ı
teilhabe-provider-iban-hint = Çoğu zaman üyelik formunda yazar. Bilmiyorsanız bu alanı boş bırakın.
teilhabe-costs-title = Masraflar ve süre
teilhabe-monthly-fee = Aylık aidat
teilhabe-monthly-fee-hint = Euro olarak, örneğin 12,50. Aidatı yıllık ödüyorsanız lütfen 12'ye bölün.
teilhabe-start-month = Başlangıç ayı
teilhabe-month-hint = Örneğin 09/2026. Bu yardım çoğu zaman başvurunun bize ulaştığı aydan itibaren verilir.
teilhabe-end-month = Bitiş ayı
teilhabe-end-month-hint = En fazla on iki ay. Sonra yeni bir başvuru yapabilirsiniz.
teilhabe-period = Süre
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = Jobcenter bundan ayda { $amount } ödeyebilir.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = Geri kalanı, yani ayda { $amount }, kuruma kendiniz ödersiniz.
teilhabe-error-activity = Lütfen çocuğunuzun ne yaptığını seçin.
teilhabe-error-description = Lütfen çocuğunuzun ne yaptığını kısaca yazın.
teilhabe-error-start-past = Başlangıç tarihi on iki aydan daha eski. Bu kadar eski aylar için artık ödeme yapılamaz. Ödemenin hangi tarihten itibaren yapılacağını inceleriz ve karar yazısına (Bescheid) yazarız.
teilhabe-error-start-future = Başlangıç on iki aydan daha ileride.
teilhabe-error-end-before-start = Bitiş, başlangıçtan sonra olmalı.
teilhabe-error-period-long = Bir başvuru en fazla on iki ay için geçerlidir.
claim-change-documents = Belgeleri değiştirin
claim-school-consent-text = İsteğe bağlı: Çocuğumun okulunu sır saklama yükümlülüğünden muaf tutuyorum (Schweigepflichtentbindung). Böylece Jobcenter okula soru sorabilir, okul da çocuğumun takviye dersine (Lernförderung) ihtiyacı olup olmadığını ve ne kadar ihtiyacı olduğunu söyleyebilir. Okul bunun için sadece dersleri, saatleri ve dönemi görür, sizin gerekçenizi görmez. Bu izni vermezseniz ihtiyacı başka bir şekilde gösterebilirsiniz, örneğin belge olarak karneyle veya öğretmenin yazdığı bir yazıyla. Bu izni istediğiniz zaman ileriye dönük olarak geri alabilirsiniz – burada portalda başvurunuzun sayfasında veya Jobcenter'de.
claim-needs-info = Jobcenter'in size bir sorusu var. Lütfen aşağıda cevap verin. Sonra başvurunuzu incelemeye devam ederiz.
claim-receipt-link = Alındı belgesini görüntüleyin ve yazdırın
timeline-answered = Soru cevaplandı
claim-hint-teilhabe-age = Sosyal ve kültürel katılım (soziokulturelle Teilhabe) sadece 18 yaşından küçük çocuklar ve gençler içindir. Yine de başvuru yapabilirsiniz: Başvurunuzu inceleriz ve size bir karar yazısı (Bescheid) göndeririz.
claim-hint-school-age = Ailenizin aldığı bu yardımda ders desteği (Lernförderung) sadece 25 yaşını doldurana kadar verilir. Yine de başvuru yapabilirsiniz: Başvurunuzu inceleriz ve size bir karar yazısı (Bescheid) göndeririz.

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = İzinleriniz
consent-school = Okulun sır saklama yükümlülüğünden muaf tutulması
consent-direct = Kuruma doğrudan ödeme
# Variables:
#   $date (String) - Datum
consent-given = { $date } tarihinde verildi
# Variables:
#   $date (String) - Datum
consent-withdrawn = { $date } tarihinde geri alındı
consent-not-given = verilmedi
consent-withdraw = İzni geri alın
consent-withdraw-hint = Geri alma ileriye dönük geçerlidir. Daha önce olanlar – örneğin okulun verdiği bir onay – dosyada kalır. Doğrudan ödeme olmazsa bir kupon (Gutschein) alırsınız; muafiyet olmazsa lütfen ihtiyacı başka belgelerle gösterin.
consent-withdrawn-flash = İzni geri almanız kaydedildi.
consent-error-not-given = Bu izin verilmemiş veya artık geçerli değil.
timeline-consent-school-withdrawn = Okulun sır saklama muafiyeti geri alındı
timeline-consent-direct-withdrawn = Doğrudan ödeme izni geri alındı

## Onaylanmış e-posta adresi
claim-error-email-unverified = Lütfen önce e-postamızdaki bağlantıyla e-posta adresinizi onaylayın. Başvurunuz kaydedildi; sonra başvurunuzu gönderebilirsiniz.
