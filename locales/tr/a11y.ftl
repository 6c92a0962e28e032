## Erişilebilirlik: erişim engellerini bildirme, Kolay Dil ile kısa özet

a11y-status-title = Uyumluluk durumu
a11y-status-text = Portal, BITV 2.0 ile kısmen uyumludur. Şu anda henüz erişilebilir olmayanlar: PDF olarak verilen karar yazıları (Bescheid) henüz etiketli değil (PDF/UA). Arap veya Fars alfabesiyle yazılan isimler PDF karar yazısında henüz doğru görünmüyor.
a11y-prepared = Bu beyan 24 Kasım 2026 tarihinde hazırlanmıştır. Beyan, kendi yaptığımız bir değerlendirmeye dayanır.
a11y-feedback-title = Erişim engelini bildirin
a11y-feedback-lead = Bir şeyi okuyamıyor veya kullanamıyor musunuz? Bize yazın. BuT ekibi her bildirimi okur. Bir adres yazarsanız size iki hafta içinde cevap verir.
a11y-feedback-page = Hangi sayfada?
a11y-feedback-page-hint = Örneğin: Ders desteği başvurusu, 2. adım.
a11y-feedback-message = Ne çalışmıyor?
a11y-feedback-contact = Size nasıl ulaşabiliriz?
a11y-feedback-contact-hint = E-posta adresi veya telefon numarası. Bunu yazmazsanız size cevap veremeyiz.
a11y-feedback-send = Bildirimi gönderin
a11y-feedback-thanks = Çok teşekkür ederiz. Bildiriminiz BuT ekibine ulaştı.
a11y-feedback-error-empty = Lütfen erişim engelini anlatın.
a11y-feedback-error-too-long = Lütfen daha kısa yazın (en fazla 4000 karakter).
a11y-enforcement-title = Uzlaştırma yolu (Schlichtungsverfahren)
a11y-enforcement-text = Size cevap vermezsek veya cevabımızdan memnun kalmazsanız, Kuzey Ren-Vestfalya Eyaleti'nin erişilebilir bilgi teknolojisi ombudsmanlığına (Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen) başvurabilirsiniz. Bu başvuru ücretsizdir.
home-summary-title = Kolay Dil ile kısa açıklama
home-summary-text =
    Çocuğunuz okula gidiyor. Jobcenter'den para alıyorsunuz. Ya da sosyal yardım (Sozialhilfe), Wohngeld (kira yardımı), Kinderzuschlag (çocuk ek yardımı) veya sığınmacı yardımı (Asylbewerberleistungen) alıyorsunuz.

    O zaman çocuğunuz yardım alabilir. Örneğin takviye dersi. Ya da bir kulüp için ayda 15 Euro.

    Başvuruyu burada yaparsınız. Cep telefonuyla da olur.
