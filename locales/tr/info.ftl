## Zorunlu sayfalar: erişilebilirlik, veri koruma, künye, Kolay Dil, iletişim
## Paragraflar boş bir satırla ayrılır.

info-accessibility-title = Erişilebilirlik beyanı
info-accessibility-text =
    Kommunales Jobcenter Kreis Warendorf, herkesin bu portalı kullanabilmesini istiyor. Portal, Erişilebilir Bilgi Teknolojisi Yönetmeliği'ne (BITV 2.0) uygun olmalıdır.

    Portal hâlâ geliştiriliyor. Her yeni sayfayı klavye, ekran büyütme ve ekran okuyucu (Screenreader) ile test ediyoruz.

    Bir erişim engeli mi buldunuz? Lütfen bunu bu sayfanın altındaki form ile bize bildirin.
info-imprint-title = Künye (Impressum)
info-imprint-text =
    Kreis Warendorf – Kommunales Jobcenter, Eğitim ve Katılım birimi (Sachgebiet Bildung und Teilhabe)

    Kreis Warendorf bir kamu tüzel kişisidir (Körperschaft des öffentlichen Rechts). Kreis Warendorf'u Landrat (ilçe başkanı) temsil eder.

    Adres ve ulaşım bilgilerini iletişim sayfasında bulabilirsiniz.
info-easy-title = Kolay Dil
info-easy-text =
    Burada çocuğunuz için para isteyebilirsiniz.

    Para takviye dersi içindir. Ya da bir kulüp içindir. Örneğin bir spor kulübü için.

    Grundsicherungsgeld (eski adıyla Bürgergeld) alıyor musunuz? Ya da sosyal yardım (Sozialhilfe)? Ya da Wohngeld? Ya da Kinderzuschlag? Ya da sığınmacı yardımı (Asylbewerberleistungen)? O zaman çocuğunuz bu parayı alabilir.

    Şöyle olur: Bir hesap açarsınız. Başvuru formunu doldurursunuz. Biz başvuruyu kontrol ederiz. Size bir mektup gelir. Mektupta kararımız yazar.
info-contact-title = İletişim
info-contact-text =
    Kreis Warendorf – Kommunales Jobcenter, Bildung und Teilhabe (Eğitim ve Katılım)

    Bize pazartesiden cumaya, ilçe binasının (Kreishaus) çalışma saatlerinde ulaşabilirsiniz. Bir başvuruyla ilgili sorularınızda lütfen başvuru numarasını söyleyin.

    Bize yazabilir, telefon edebilir veya uğrayabilirsiniz.

    Bir karara itirazı (Widerspruch) imzalı bir dilekçeyle yazılı olarak veya bizzat bize gelerek yaparsınız: O zaman itirazınızı sizin için tutanağa geçiririz (zur Niederschrift). Normal bir e-posta bunun için yeterli değildir. Elektronik olarak yalnızca § 36a Abs. 2 SGB I'deki özel biçimde, örneğin nitelikli elektronik imzayla mümkündür (§ 84 SGG). Süre kararda yazılıdır.
