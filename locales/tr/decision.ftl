## Aile için karar: Almanca karar yazısının yanında basit açıklama

decision-title = Karar
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = Başvurunuz kabul edildi. Jobcenter ayda en fazla { $amount } öder. Süre: { $from } – { $to }. Parayı alan: { $payee }.
decision-explain-direct = Jobcenter parayı doğrudan kuruma (Anbieter) öder. Kabul edilen masraflar için siz hiçbir şey ödemezsiniz.
decision-explain-voucher = Size bir kupon (Gutschein) verilir. Bu kuponu kuruma verin.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = Başvurunuz reddedildi. Nedeni: { $reason } Ayrıntılı gerekçe karar yazısında (Bescheid) yazılıdır.
decision-explain-objection = Karara katılmıyor musunuz? O zaman bir ay içinde itiraz (Widerspruch) edebilirsiniz: imzalı bir mektupla, Jobcenter'e bizzat giderek (tutanağa geçirilerek – zur Niederschrift) veya elektronik olarak sadece nitelikli elektronik imza ya da De-Mail ile – normal bir e-posta yeterli değildir. Süre, karar size tebliğ edilmiş sayıldığında başlar: posta ile gönderildiyse postaya verildikten sonraki dördüncü gün. Bunun nasıl yapılacağı, karar yazısının sonunda yazar (Rechtsbehelfsbelehrung).
decision-explain-no-suspension = İtiraz etseniz bile karar şimdilik geçerli kalır.
decision-explain-german = Hukuken Almanca karar yazısı (Bescheid) geçerlidir. Size bunu seve seve açıklarız – kolay Almanca (Leichte Sprache) ile de.
decision-download = Karar yazısını indirin (PDF, Almanca)
reason-no-benefit = Başvurduğunuz dönemde bunun için gereken bir yardımı almıyorsunuz (örneğin Grundsicherungsgeld – eski adıyla Bürgergeld – veya Wohngeld).
reason-age = Çocuğunuz bu yardım için yaş sınırını geçmiş.
reason-no-need = Okul, çocuğunuzun takviye dersine ihtiyacı olduğunu onaylamadı.
reason-missing-documents = Sizden istediğimiz belgeler eksik.
reason-school-offer = Okulun ücretsiz bir imkânı var. Önce bu imkânın kullanılması gerekir.
reason-other = Gerekli şartlar yerine gelmiyor.
objection-letter-title = İtiraz hazırlayın
objection-letter-hint = Portal itirazınızı (Widerspruch) bir mektup (PDF) olarak yazar. Mektubu yazdırın, imzalayın ve Jobcenter'e gönderin ya da oraya teslim edin – bir ay içinde. Normal bir e-posta yeterli değildir. Portalda hiçbir şey kaydedilmez.
objection-letter-reasons = Neden katılmıyorsunuz? (Gerekçeyi daha sonra da gönderebilirsiniz.)
objection-letter-button = Mektup oluşturun (PDF)

## Masrafların geri ödenmesi ve tebliğ
decision-explain-reimbursement = Masrafları kendiniz ödediniz. Jobcenter bu masrafları, kabul edilen tutara kadar size geri öder.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = Karar yazısını (Bescheid) portalda aldınız. Karar yazısı { $known } tarihinde size tebliğ edilmiş (ulaşmış) sayılır. { $deadline } tarihine kadar itiraz (Widerspruch) edebilirsiniz.
decision-known-posted = Karar yazısı (Bescheid) posta ile geldi. Karar yazısı { $known } tarihinde size tebliğ edilmiş (ulaşmış) sayılır. { $deadline } tarihine kadar itiraz (Widerspruch) edebilirsiniz.
