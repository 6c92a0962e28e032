## قاب هر صفحه: سربرگ، منو، انتخاب زبان، پانویس

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = رفتن به محتوای اصلی
shell-language-label = زبان
nav-label = منوی اصلی
nav-overview = صفحهٔ من
nav-account = حساب من
nav-logout = خروج
nav-login = ورود
nav-register = ثبت‌نام
footer-label = اطلاعات حقوقی و راهنما
footer-accessibility = دسترس‌پذیری
footer-privacy = حفاظت از اطلاعات شخصی
footer-imprint = اطلاعات ناشر (Impressum)
footer-easy-language = زبان ساده
footer-contact = تماس با ما
footer-operator = خدمتی از جاب‌سنتر Kreis Warendorf (Kommunales Jobcenter) – بخش آموزش و مشارکت (Bildung und Teilhabe)
role-family = خانواده
role-school = مدرسه
role-staff = کارشناس پرونده (Sachbearbeitung)
role-admin = مدیریت سامانه (Administration)
back-to-overview = بازگشت به صفحهٔ من
select-choose = لطفاً انتخاب کنید
field-optional-suffix = (اختیاری)
