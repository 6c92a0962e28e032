# Portalın e-postaları. Sosyal veri içermezler: yalnızca bir şey olduğunu bildirirler ve
# portala bir bağlantı verirler.
mail-greeting = Merhaba,
mail-footer = Bu e-posta BuT-Portal Kreis Warendorf tarafından otomatik olarak gönderildi. Lütfen bu e-postaya cevap vermeyin. Hangi mesajları alacağınızı portalda "Hesabım" bölümünden seçebilirsiniz.

mail-password-reset-subject = BuT-Portal için yeni şifre
mail-password-reset-body =
    biri hesabınız için yeni bir şifre istedi. Bunu siz istediyseniz, aşağıdaki bağlantıyla yeni bir şifre belirleyin. Bağlantı bir saat geçerlidir ve yalnızca bir kez kullanılabilir.

    Yeni şifre istemediyseniz bir şey yapmanız gerekmez. Şifreniz olduğu gibi kalır.
mail-password-reset-link = Yeni şifre belirleyin:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = { $reference } numaralı başvurunuz bize ulaştı
mail-claim-received-body = Eğitim ve Katılım (Bildung und Teilhabe) yardımları için yaptığınız başvuru Jobcenter'e ulaştı. Başvurunuzun numarası: { $reference }. Bize yazarken veya bizi ararken lütfen bu numarayı söyleyin.
mail-claim-received-link = Başvurunuzu görün:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = { $reference } numaralı başvurunuzla ilgili bir soru
mail-question-body = Jobcenter'in { $reference } numaralı başvurunuzla ilgili bir sorusu var. Lütfen portala giriş yapın ve cevap verin. Son cevap tarihi: { $due }.
mail-question-link = Soruyu okuyun ve cevap verin:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = { $reference } numaralı başvurunuzla ilgili karar
mail-decision-body = { $reference } numaralı başvurunuz hakkında karar verildi. Karar yazısını (Bescheid) portalda bulabilirsiniz.
mail-decision-link = Karar yazısını görün:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = Hatırlatma: { $reference } numaralı başvurunuzla ilgili soru
mail-question-reminder-body = Jobcenter, { $reference } numaralı başvurunuzla ilgili cevabınızı hâlâ bekliyor. Lütfen portalda cevap verin. Son cevap tarihi: { $due }. Yardıma ihtiyacınız varsa bizi arayın.
mail-question-reminder-link = Soruyu okuyun ve cevap verin:

# Sorunun son tarihi yoksa, tarih yerine kullanılır.
mail-due-soon = en kısa sürede

# Bildirim: § 37 Abs. 2a SGB X (yalnızca karar yazılarını portalda almaya izin verildiyse).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = { $reference } numaralı başvurunuzla ilgili karar yazısı portalda hazır
mail-notice-ready-body =
    { $reference } numaralı başvurunuz hakkında karar verildi. Karar yazısı (Bescheid) BuT-Portal'da sizin için hazır, indirebilirsiniz. Karar yazılarını portalda almaya izin verdiniz; bu yüzden karar yazısı posta ile gelmez.

    Karar yazısı, bu e-postanın gönderilmesinden sonraki üçüncü gün size tebliğ edilmiş (ulaşmış) sayılır. İtiraz (Widerspruch) için süre o gün başlar.
mail-notice-ready-link = Karar yazısını indirin:

mail-verify-email-subject = Lütfen e-posta adresinizi onaylayın
mail-verify-email-body =
    BuT-Portal Kreis Warendorf'ta bir hesap oluşturdunuz. Lütfen aşağıdaki bağlantıyla bu e-posta adresinin size ait olduğunu onaylayın. Başvuru gönderebilmeniz için bu gereklidir. Bağlantı iki gün geçerlidir.

    Hesap oluşturmadıysanız bir şey yapmanız gerekmez.
mail-verify-email-link = Adresi onaylayın:

mail-already-registered-subject = BuT-Portal'da zaten bir hesabınız var
mail-already-registered-body =
    biri bu e-posta adresiyle BuT-Portal'da yeni bir hesap oluşturmak istedi. Ancak bu adrese ait bir hesap zaten var. Sadece giriş yapın.

    Şifrenizi unuttuysanız, aşağıdaki bağlantıyla yeni bir şifre belirleyebilirsiniz. Bunu siz yapmadıysanız bir şey yapmanız gerekmez.
mail-already-registered-link = Şifrenizi mi unuttunuz?

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = Ders desteği (Lernförderung) başvuruları onayınızı bekliyor
mail-school-digest-body = { $count ->
    [one] Okulunuzdaki bir öğrencinin ders desteği (Lernförderung) başvurusu okulun onayını bekliyor.
   *[other] Okulunuzdaki öğrenciler için { $count } ders desteği (Lernförderung) başvurusu okulun onayını bekliyor.
}
mail-school-digest-link = Başvuruları görün:
