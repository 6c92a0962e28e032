## Belgeler, sorular ve alındı belgesi

documents-title = Belgeleri yükleyin
documents-hint-teilhabe = Şunlar işe yarar: kulübe kayıt veya üyelik formu ve aidatların listesi.
documents-hint-lernfoerderung = Şunlar işe yarar: son karne. Okul dışında bir kurum varsa, kurumun saat ücretini gösteren teklifi de.
documents-uploaded = Belgeleriniz
documents-empty = Henüz belge yüklenmedi.
documents-optional = Şu anda belgeniz yok mu? O zaman devam edin. Bir şey eksikse size sorarız.
document-choose = Dosya seçin
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = PDF, JPG veya PNG. Cep telefonuyla çekilen fotoğraflar da olur. Her dosya en fazla { $file }, tüm dosyalar birlikte en fazla { $claim } olabilir.
document-upload = Yükleyin
document-uploaded = Dosyalarınız yüklendi.
document-remove = Kaldırın
document-removed = Dosya kaldırıldı.
document-error-none = Lütfen en az bir dosya seçin.
document-error-empty = “{ $name }” dosyası boş. Lütfen dosyayı tekrar seçin. Bu yüzden diğer dosyalar henüz yüklenmedi.
document-error-type = “{ $name }” dosyası PDF, JPG veya PNG değil. Lütfen dosyayı bu biçimlerden birinde kaydedin ya da seçimden çıkarın. Bu yüzden diğer dosyalar henüz yüklenmedi.
document-error-file-too-large = “{ $name }” dosyası çok büyük. Lütfen dosyayı küçültün, örneğin daha düşük çözünürlüklü bir fotoğraf kullanın. Bu yüzden diğer dosyalar henüz yüklenmedi.
document-error-claim-too-large = Dosyalar birlikte bu başvuru için çok büyük. Lütfen bazı dosyaları kaldırın veya küçültün.
document-error-upload-failed = Yükleme olmadı. Lütfen tekrar deneyin.
document-error-too-many-files = Lütfen bir seferde en fazla 10 dosya yükleyin.
document-error-claim-too-many = Bu başvuruda zaten olabilecek en fazla sayıda dosya var (25). Lütfen gerekmeyen dosyaları kaldırın.
document-error-drafts-full = Başladığınız başvurularda toplamda zaten çok sayıda büyük dosya var. Lütfen hazır başvuruları gönderin veya gerekmeyen dosyaları kaldırın.
questions-title = Jobcenter'den gelen sorular
# Variables:
#   $date (String) - Datum
question-asked-at = { $date } tarihli soru
# Variables:
#   $date (String) - Datum
question-due = Lütfen en geç { $date } tarihine kadar cevap verin.
question-cooperation-warning = Bu, resmî bir işbirliği talebidir (Mitwirkung, §§ 60, 66 SGB I). Süre dolana kadar cevap vermezseniz veya istenen belgeleri göndermezseniz, siz bunları tamamlayana kadar yardım verilmeyebilir. Süreye yetişemiyorsanız veya sorularınız varsa lütfen bize başvurun.
# Variables:
#   $date (String) - Datum
question-answered-at = { $date } tarihli cevabınız
question-answer = Cevabınız
question-answer-hint = Sadece dosya da gönderebilirsiniz, örneğin karnenin fotoğrafını.
question-send = Cevabı gönderin
question-answered = Teşekkürler! Cevabınız Jobcenter'e ulaştı.
question-error-empty = Lütfen bir cevap yazın veya bir dosya seçin.
question-error-answered = Bu soru zaten cevaplandı.
receipt-title = Alındı belgesi (Eingangsbestätigung)
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = { $reference } numaralı başvurunuz { $date } tarihinde Jobcenter'e ulaştı.
receipt-reference = Başvuru numarası
receipt-print-hint = Bu sayfayı tarayıcınızın menüsünden yazdırın veya PDF olarak kaydedin.
document-view = Tarayıcıda açın
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = Dinlenme yazısı (Anhörung) { $number } – en geç { $due } tarihine kadar cevap verin
# Variables:
#   $date (String) - Datum
hearing-answered-at = { $date } tarihli cevap
hearing-no-answer = Henüz cevap yok.
hearing-family-title = Dinlenme (Anhörung): Jobcenter kabul edilen yardımı değiştirmek istiyor
hearing-family-intro = Jobcenter karar vermeden önce, bu konuda ne düşündüğünüzü söyleyebilirsiniz. Yazıyı okuyun ve süre dolmadan cevap verin – burada, mektupla veya bizzat. Bu yazı henüz bir karar değildir.
hearing-your-answer = Cevabınız
hearing-answer-send = Cevabı gönderin
hearing-answered = Teşekkürler! Cevabınız Jobcenter'e ulaştı.
hearing-error-answered = Bu yazı zaten cevaplandı.
