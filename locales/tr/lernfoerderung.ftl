## Ders desteği (Lernförderung, takviye dersi): başvurudaki bilgiler

lf-details-title = Ders desteği (Lernförderung) bilgileri
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = { $child } için: Çocuğunuz hangi derslerde, ne kadar ve nerede takviye dersine ihtiyaç duyuyor?
lf-school-confirms = Çocuğunuzun takviye dersine ihtiyacı olduğunu daha sonra okul onaylar. Bunun için okula soruyoruz – ama sadece siz en sonda izin verirseniz.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = Jobcenter saat başına en fazla { $amount } öder. Okuldaki bir ders noktasında (Lernstandort) takviye dersi için siz hiçbir şey ödemezsiniz.
lf-subjects = Dersler
lf-subjects-hint = Bir veya birkaç ders seçin.
subject-deutsch = Almanca
subject-mathematik = Matematik
subject-englisch = İngilizce
subject-franzoesisch = Fransızca
subject-latein = Latince veya başka bir yabancı dil
subject-naturwissenschaften = Biyoloji, kimya veya fizik
subject-sachunterricht = Hayat bilgisi (Sachunterricht)
subject-sonstiges = Başka bir ders
lf-subject-other = Başka bir ders
lf-subject-other-hint = Sadece “Başka bir ders” seçtiyseniz.
lf-hours = Haftada kaç saat
lf-hours-hint = 1 ile 10 arasında bir sayı. Bir ders saati 45 ile 60 dakika arasıdır.
lf-period-from = Takviye dersinin başlangıcı
lf-period-to = Takviye dersinin bitişi
lf-period-hint = Önerimiz: okul döneminin (Schulhalbjahr) sonuna kadar. Başka bir tarih de yazabilirsiniz.
lf-period = Süre
lf-place = Takviye dersi nerede yapılacak?
lf-place-lernstandort = Bir ders noktasında (Lernstandort), yani okulda
lf-place-provider = Okul dışında, takviye dersi veren bir kurumda
lf-lernstandort = Ders noktası (Lernstandort)
lf-lernstandort-hint = Sadece takviye dersi bir ders noktasında yapılıyorsa. Emin değilseniz okul sosyal hizmetine (Schulsozialarbeit) sorun.
lf-provider-title = Takviye dersi veren kurum (Nachhilfe-Anbieter)
lf-provider-hint = Sadece takviye dersi okul dışında bir kurumda yapılıyorsa doldurun. Bir sonraki adımda kurumun teklifini yükleyin.
lf-provider-name = Kurumun adı
lf-hourly-rate = Saat ücreti
lf-hourly-rate-hint = Euro olarak, teklifte yazdığı gibi. Örneğin 18,50.
lf-monthly-cost = Aylık masraf (tahmini)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = Jobcenter saat başına en fazla { $cap } öder. Aradaki farkı (saat başına { $over }) kendiniz ödemeniz veya kurumla konuşmanız gerekir.
lf-reason = Çocuğunuz neden takviye dersine ihtiyaç duyuyor?
lf-reason-hint = Birkaç cümle yeterli. Örneğin: Sınıfı geçmesi tehlikede, matematik notu zayıf (mangelhaft).
lf-error-subjects = Lütfen listeden en az bir ders seçin.
lf-error-subject-other = Lütfen diğer dersin adını yazın.
lf-error-hours = Lütfen 1 ile 10 arasında bir tam sayı yazın.
lf-error-from-past = Başlangıç tarihi on iki aydan daha eski. Bu kadar eski aylar için artık ödeme yapılamaz. Ödemenin hangi tarihten itibaren yapılacağını inceleriz ve karar yazısına (Bescheid) yazarız.
lf-error-from-future = Başlangıç bir yıldan daha ileride.
lf-error-to-before-from = Bitiş, başlangıçtan sonra olmalı.
lf-error-period-long = Bir başvuru en fazla bir okul yılı için geçerlidir.
lf-error-place = Lütfen takviye dersinin nerede yapılacağını seçin.
lf-error-lernstandort = Lütfen bir ders noktası seçin.
lf-error-lernstandort-unknown = Bu ders noktası yok veya şu anda yeni öğrenci almıyor. Lütfen başka bir ders noktası seçin.
lf-error-rate-zero = Saat ücreti 0'dan büyük olmalı.
