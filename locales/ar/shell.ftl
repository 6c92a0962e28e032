## إطار كل صفحة: الرأس، التنقل، اختيار اللغة، التذييل

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = الانتقال إلى المحتوى
shell-language-label = اللغة
nav-label = القائمة الرئيسية
nav-overview = صفحتي
nav-account = حسابي
nav-logout = تسجيل الخروج
nav-login = تسجيل الدخول
nav-register = إنشاء حساب
footer-label = معلومات قانونية ومساعدة
footer-accessibility = إمكانية الوصول
footer-privacy = حماية البيانات
footer-imprint = بيانات الناشر (Impressum)
footer-easy-language = لغة مبسّطة
footer-contact = التواصل
footer-operator = خدمة من مركز العمل البلدي (Kommunales Jobcenter) في Kreis Warendorf – التعليم والمشاركة (Bildung und Teilhabe)
role-family = عائلة
role-school = مدرسة
role-staff = موظف مختص (Sachbearbeitung)
role-admin = الإدارة
back-to-overview = العودة إلى صفحتي
select-choose = يرجى الاختيار
field-optional-suffix = (اختياري)
