## Giriş yapma, kaydolma, hesap

field-email = E-posta adresi
field-password = Şifre
field-current-password = Şu anki şifre
field-new-password = Yeni şifre
field-password-repeat = Şifreyi tekrar yazın
field-role = Rol
field-initial-password = İlk şifre
password-show = Şifreyi gösterin
password-hide = Şifreyi gizleyin
# Variables:
#   $min (Number) - minimale Länge
password-hint = En az { $min } karakter. Kolayca hatırlayabileceğiniz uzun bir cümle iyi bir şifredir.
login-title = Giriş yapın
login-submit = Giriş yapın
login-no-account = Henüz hesabınız yok mu?
login-register-link = Şimdi kaydolun
register-title = Aileniz için bir hesap oluşturun
register-lead = Bir hesapla Eğitim ve Katılım (Bildung und Teilhabe) yardımlarına internetten başvurabilirsiniz. Başvurularınızı kaydedebilir ve daha sonra devam edebilirsiniz.
register-email-hint = Başvurularınızla ilgili mesajları bu adrese göndeririz.
register-submit = Hesap oluşturun
register-have-account = Zaten bir hesabınız var mı?
register-login-link = Giriş yapın
account-title = Hesabım
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = Giriş yapılan hesap: { $email }
# Variables:
#   $role (String) - Name der Rolle
account-role = Rol: { $role }
account-change-password-title = Şifreyi değiştirin
account-change-password-submit = Şifreyi değiştirin
account-password-changed = Şifreniz değiştirildi.
account-sessions-title = Oturum açık cihazlar
account-sessions-lead = Başka bir telefonda veya bilgisayarda, örneğin bir danışma merkezinde hâlâ oturumunuz açık olabilir. Buradan her yerde oturumu kapatırsınız. Şifrenizi değiştirdiğinizde diğer tüm cihazlarda oturum kapanır.
account-logout-everywhere = Her yerde oturumu kapatın
account-logged-out-everywhere = Tüm cihazlarda oturumunuz kapatıldı.
account-language-title = Dil
account-language-lead = Portalı size bu dilde gösteririz. Karar yazılarını da size bu dilde açıklarız. Karar yazısının (Bescheid) kendisi her zaman Almancadır.
account-language-save = Dili kaydedin
account-language-saved = Diliniz kaydedildi.

## Şifremi unuttum
login-forgot-link = Şifrenizi mi unuttunuz?
forgot-title = Şifremi unuttum
forgot-lead = Hesabınızın e-posta adresini yazın. Size yeni bir şifre belirlemeniz için bir bağlantı göndeririz. Bağlantı bir saat geçerlidir.
forgot-submit = Bağlantıyı gönderin
reset-requested = Bu adrese ait bir hesap varsa, bir bağlantı gönderdik. Lütfen e-posta kutunuza bakın (spam klasörüne de).
reset-title = Yeni şifre belirleyin
reset-lead = Yeni bir şifre seçin. Sonra diğer tüm cihazlarda oturumunuz kapanır.
reset-submit = Şifreyi kaydedin
reset-new-link = Yeni bağlantı isteyin
reset-done = Yeni şifreniz kaydedildi. Lütfen yeni şifrenizle giriş yapın.
reset-error-invalid = Bu bağlantının süresi dolmuş veya bağlantı daha önce kullanılmış. Lütfen yeni bir bağlantı isteyin.

## Portalda karar yazıları (§ 37 Abs. 2a SGB X)
delivery-title = Karar yazılarını portalda alın
delivery-lead = İzin verirseniz, karar yazılarınızı (Bescheide) artık posta ile değil, burada portalda alırsınız. Bir karar yazısı hazır olunca size bir e-posta göndeririz. Karar yazısı, bu e-postadan sonraki üçüncü gün size tebliğ edilmiş (ulaşmış) sayılır – itiraz (Widerspruch) için süre o gün başlar. İzninizi istediğiniz zaman buradan geri alabilirsiniz; o zaman karar yazıları yine posta ile gelir.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = { $date } tarihinde izin verdiniz: karar yazılarınız portala gelir.
delivery-state-none = Karar yazılarınız posta ile gelir.
delivery-give = Evet, karar yazılarını portalda almak istiyorum
delivery-withdraw = İzni geri alın (yine posta ile)
delivery-given = Teşekkürler. Karar yazılarınız artık portala gelecek.
delivery-withdrawn = İzniniz geri alındı. Karar yazıları yine posta ile gelecek.

## E-posta adresini onaylama
register-mail-sent = Size bir e-posta gönderdik. Adresinizi onaylamak için lütfen e-postadaki bağlantıyı açın (spam klasörüne de bakın).
verify-title = E-posta adresini onaylayın
verify-submit = Adresimi onaylayın
verify-done = Teşekkürler! E-posta adresiniz onaylandı.
verify-error-invalid = Bu bağlantının süresi dolmuş veya bağlantı daha önce kullanılmış. Giriş yapın ve "Özet sayfam" bölümünden yeni bir bağlantı isteyin.
verify-banner = Lütfen size gönderdiğimiz bağlantıyla e-posta adresinizi onaylayın. Başvuruları şimdiden doldurabilirsiniz; adresiniz onaylanınca başvuruları gönderebilirsiniz.
verify-resend = Bağlantıyı tekrar gönderin
verify-resent = Size yeni bir bağlantı gönderdik.

## Hangi e-postaları alırsınız
mail-prefs-title = Portaldan gelen e-postalar
mail-prefs-legend = Hangi konularda size e-posta gönderelim?
mail-prefs-hint = Yasanın veya güvenliğinizin gerektirdiği e-postaları her zaman alırsınız: yeni şifre bağlantısı, adresinizin onayı ve – izin verdiyseniz – portalda bir karar yazısının (Bescheid) hazır olduğu bildirimi.
mail-prefs-save = Seçimi kaydedin
mail-prefs-saved = Seçiminiz kaydedildi.
mail-topic-claims = Başvurunuz bize ulaştı
mail-topic-questions = Jobcenter'in bir sorusu var (son tarihten kısa süre önce hatırlatmayla)
mail-topic-decisions = Bir başvuru hakkında karar verildi
mail-topic-school-digest = Başvurular okulun onayını bekliyor (günde en fazla bir e-posta)
mail-topic-staff-answers = Bir aile, başvurularımdan biriyle ilgili bir soruya cevap verdi
