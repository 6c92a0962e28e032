## Her sayfanın çerçevesi: üst kısım, menü, dil seçimi, alt kısım

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = İçeriğe geçin
shell-language-label = Dil
nav-label = Ana menü
nav-overview = Özet sayfam
nav-account = Hesabım
nav-logout = Çıkış yapın
nav-login = Giriş yapın
nav-register = Kaydolun
footer-label = Yasal bilgiler ve yardım
footer-accessibility = Erişilebilirlik
footer-privacy = Veri koruma
footer-imprint = Künye (Impressum)
footer-easy-language = Kolay Dil
footer-contact = İletişim
footer-operator = Kommunales Jobcenter Kreis Warendorf'un bir hizmetidir – Eğitim ve Katılım (Bildung und Teilhabe)
role-family = Aile
role-school = Okul
role-staff = Memur (Sachbearbeitung)
role-admin = Yönetim (Administration)
back-to-overview = Özet sayfaya dönün
select-choose = Lütfen seçin
field-optional-suffix = (isteğe bağlı)
