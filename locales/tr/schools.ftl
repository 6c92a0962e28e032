## Ders noktaları (Lernstandorte): okullar kaydeder, idare inceler, aileler bulur

# Variables:
#   $schools (String) - die Schulen der Schulsozialarbeit
school-lead = Çalıştığınız okul(lar): { $schools }.
school-no-schools = Hesabınız henüz bir okula bağlı değil. Lütfen Jobcenter'in BuT ekibine başvurun.
school-sites-title = Ders noktalarınız (Lernstandorte)
site-new = Ders noktası kaydedin
# Variables:
#   $place (String) - Raum oder Ort
site-edit-title = Ders noktası: { $place }
site-form-lead = Ders noktası (Lernstandort), doğrudan okulunuzda verilen takviye dersidir. BuT ekibi inceledikten sonra ders noktası herkese açık aramada görünür ve başvuruda seçilebilir.
site-school = Okul
site-place = Okuldaki yer
site-place-hint = Örneğin: B 104 numaralı oda veya eski binadaki kütüphane.
site-subjects = Dersler
site-grade-from = Hangi sınıftan
site-grade-to = Hangi sınıfa kadar
site-grades = Sınıflar
# Variables:
#   $from (Number) - erste Klasse
#   $to (Number) - letzte Klasse
site-grades-range = Sınıf { $from } – { $to }
site-schedule = Günler ve saatler
site-schedule-hint = Örneğin: Pzt ve Çar 14:00–15:30.
site-places = Yer sayısı
site-tutors = Ders verenler (Lernbegleiterinnen und Lernbegleiter)
site-tutors-hint = İsimler veya kişi sayısı.
site-contact = İlgili kişi
site-contact-hint = Adı ve telefon veya e-posta.
site-start = Başlangıç
site-review-hint = Yeni ve değiştirilen ders noktalarını, herkese açılmadan önce BuT ekibi inceler.
site-submit = İncelemeye gönderin
site-submitted = Ders noktası incelenmek üzere BuT ekibine gönderildi.
site-status = Durum
site-status-pending = İnceleniyor
site-status-approved = Onaylandı
site-status-returned = Geri gönderildi
site-status-paused = Durduruldu
site-status-closed = Kapatıldı
site-status-changed = Ders noktasının durumu değiştirildi.
site-review-comment = BuT ekibinin notu
site-pause = Durdurun (yeni öğrenci alınmaz)
site-reopen = Yeniden açın
site-close = Kapatın
# Variables:
#   $taken (Number) - belegte Plätze
#   $places (Number) - alle Plätze
site-occupancy = { $places } yerden { $taken } yer dolu
# Variables:
#   $free (Number) - freie Plätze
#   $places (Number) - alle Plätze
site-free-places = { $free ->
    [one] 1 yer boş
   *[other] { $free } yer boş
    } (toplam { $places })
site-full = Dolu – şu anda boş yer yok
site-error-school = Lütfen okullarınızdan birini seçin.
site-error-grade = Lütfen 1 ile 13 arasında bir sınıf yazın.
site-error-grade-order = Son sınıf, ilk sınıftan küçük olamaz.
site-error-places = Lütfen 1 ile 200 arasında bir sayı yazın.
site-error-start-past = Başlangıç bir yıldan daha geride.
site-error-closed = Bu ders noktası kapatıldı. Artık değiştirilemez.
site-error-not-allowed = Bu ders noktasında bu işlem şu anda mümkün değil.
site-error-changed = Ders noktası bu arada değiştirildi. Lütfen sayfayı yenileyin.
site-error-comment = Lütfen okulun neyi değiştirmesi gerektiğini yazın.
staff-sites-title = Ders noktalarını inceleyin
staff-sites-empty = Şu anda incelenmeyi bekleyen ders noktası yok.
site-approve = Onaylayın
site-approved = Ders noktası onaylandı ve artık herkese açık.
site-return-comment = Okul için not
site-return = Geri gönderin
site-returned = Ders noktası notunuzla birlikte okula geri gönderildi.
home-finder-link = Yakınınızdaki ders noktalarını (Lernstandorte) bulun
lf-finder-link = Tüm ders noktalarını dersleri ve saatleriyle birlikte görün
lf-error-lernstandort-full = Bu ders noktasında seçtiğiniz sürede boş yer yok. Lütfen başka bir ders noktası seçin.
admin-school = Okul
admin-school-hint = Sadece okul sosyal hizmeti (Schulsozialarbeit) hesapları için: hesabın çalıştığı okul.
conf-list-title = Ders desteği (Lernförderung) için okul onayları
conf-list-hint = Okullarınızdaki öğrencilerin başvuruları. Bu öğrencilerin velileri, okula soru sorulmasına izin verdi.
conf-state-open = Onayınızı bekliyor
conf-state-confirmed = İhtiyaç onaylandı
conf-state-declined = İhtiyaç onaylanmadı
# Variables:
#   $child (String) - Name des Kindes
conf-title = Okulun onayı – öğrenci: { $child }
conf-school = Okul ve sınıf
conf-asked = Başvurulan
# Variables:
#   $subjects (String) - Fächer
#   $hours (String) - Stunden pro Woche
#   $period (String) - Zeitraum
conf-asked-text = { $subjects }; haftada { $hours } saat; { $period }
conf-lead = Lütfen çocuğun hangi derslerde, haftada kaç saat ve ne kadar süre ders desteğine (Lernförderung) ihtiyacı olduğunu onaylayın. Ya da bir gerekçe yazarak onaylamayın.
conf-decision = Kararınız
conf-confirm = İhtiyacı onaylayın
conf-decline = İhtiyacı onaylamayın
conf-goals-at-risk = Ders desteği olmadan temel öğrenme hedefleri tehlikede (örneğin sınıf geçme). Okul bu ihtiyacı kendi imkânlarıyla karşılayamıyor.
conf-reason = Gerekçe
conf-reason-hint = Sadece ihtiyacı onaylamıyorsanız.
conf-submit = Kararı kaydedin
conf-confirmed = İhtiyacı onayladınız. Başvuru hakkında şimdi Jobcenter karar verecek.
conf-declined = İhtiyacı onaylamadınız. Jobcenter aileyi bilgilendirecek.
conf-error-goals = Lütfen öğrenme hedeflerinin ders desteği olmadan tehlikede olduğunu onaylayın. Değilse lütfen ihtiyacı onaylamayın.
conf-error-reason = Lütfen ihtiyacı neden onaylamadığınızı açıklayın.
conf-error-decision = Lütfen ihtiyacı onaylayıp onaylamadığınızı seçin.
conf-error-exists = Okul bu başvuru hakkında zaten karar verdi.
timeline-school-confirmed = Okul ihtiyacı onayladı
timeline-school-declined = Okul ihtiyacı onaylamadı
behalf-title = Bir aileyle birlikte başvuru başlatın
behalf-start-lead = Ders desteği (Lernförderung) başvurusunu velilerle birlikte başlatabilirsiniz, örneğin bir danışma görüşmesinde. Ailenin portalda bir hesabı olmalı. Çocuk da okullarınızdan birine gitmeli. Bunun için veliler kendi hesaplarında çocukları için bir kod oluşturur ve bu kodu size verir. Veliler başvuruyu daha sonra kendi hesaplarında kontrol eder ve kendileri gönderir.
behalf-family-email = Ailenin hesabındaki e-posta adresi
behalf-family-email-hint = Veliler portala bu adresle giriş yapar.
behalf-code = Ailenin kodu
behalf-code-hint = Veliler kodu kendi hesaplarında, çocuğun bilgilerinde “Okul sosyal hizmeti (Schulsozialarbeit) için kod” başlığı altında bulur, örneğin ABCD-EFGH.
behalf-error-code = Lütfen velilerin size verdiği 8 karakterli kodu girin.
behalf-start = Başvuruyu başlatın
behalf-started = Başvuru oluşturuldu. Lütfen şimdi bilgileri velilerle birlikte doldurun.
behalf-lead = Bu başvuruyu velilerle birlikte dolduruyorsunuz. Başvuruyu sadece veliler kendi hesaplarından gönderebilir.
behalf-saved = Bilgiler kaydedildi. Veliler başvuruyu artık kendi hesaplarında görüyor ve gönderebilir.
behalf-error-not-found = Bu e-posta adresi ve bu kodla okullarınızda bir çocuk bulamadık. Bir kod bir hafta ve sadece bir kez geçerlidir. Lütfen bilgileri kontrol edin veya velilerden yeni bir kod isteyin.
behalf-family-hint = Okul bu başvuruyu sizinle birlikte başlattı – lütfen kontrol edin ve gönderin.
timeline-started-by-school = Başvuru okulda sizinle birlikte başlatıldı
school-directory-title = Okul listesi
school-directory-list = Tüm okullar
school-add = Okul ekleyin
school-edit = Okulu değiştirin
# Variables:
#   $name (String) - Name der Schule
school-edit-title = Okul: { $name }
school-name = Okulun adı
school-type = Okul türü
school-save = Kaydedin
school-saved = Okul kaydedildi.
school-error-type = Lütfen listeden bir okul türü seçin.
school-error-exists = Bu belediyede bu adda bir okul zaten var.
request-title = Okul sosyal hizmeti (Schulsozialarbeit) için erişim başvurusu
request-lead = Kreis Warendorf'ta bir okulda okul sosyal hizmetinde (Schulsozialarbeit) mi çalışıyorsunuz? Erişim başvurunuzu burada yapın. BuT ekibi başvuruyu inceler. Sonra giriş yapabilirsiniz.
request-name = Adınız
request-email-hint = Lütfen iş e-posta adresinizi yazın.
request-message = BuT ekibine mesaj
request-message-hint = Örneğin göreviniz veya sorular için bir telefon numarası.
request-submit = Erişim başvurusu yapın
request-sent = Başvurunuz BuT ekibine ulaştı. Başvurunuz onaylanınca giriş yapabilirsiniz.
request-error-school = Lütfen listeden okulunuzu seçin.
request-error-decided = Bu başvuru hakkında zaten karar verildi.
requests-title = Okul sosyal hizmeti için erişim başvuruları
requests-empty = Şu anda bekleyen erişim başvurusu yok.
request-approve = Onaylayın
request-reject = Reddedin
request-approved = Erişim onaylandı.
request-rejected = Erişim başvurusu reddedildi.
login-school-request = Okul sosyal hizmetinde çalışıyorsunuz ama erişiminiz yok mu?
behalf-signed-title = Ya da: imzalı başvuruyu yükleyin
behalf-signed-text = Veliler başvuruyu beyan, izin ve sır saklama yükümlülüğünden muafiyet (Schweigepflichtentbindung) ile birlikte kâğıt üzerinde imzaladı mı? O zaman başvuruyu burada yükleyin (tarama veya fotoğraf). Böylece başvuru teslim edilmiş olur.
behalf-signed-submit = Yükleyin ve teslim edin
behalf-submitted = Başvuru, imzalı izinle birlikte teslim edildi.
behalf-error-incomplete = Hâlâ eksik bilgiler var. Lütfen önce başvuruyu eksiksiz doldurun.
