## ورود، ثبت‌نام، حساب کاربری

field-email = نشانی ایمیل
field-password = رمز عبور
field-current-password = رمز عبور فعلی
field-new-password = رمز عبور جدید
field-password-repeat = تکرار رمز عبور
field-role = نقش
field-initial-password = رمز عبور اولیه
password-show = نشان دادن رمز عبور
password-hide = پنهان کردن رمز عبور
# Variables:
#   $min (Number) - minimale Länge
password-hint = دست‌کم { $min } حرف یا عدد. یک جملهٔ بلند که آسان به یاد می‌آورید، رمز عبور خوبی است.
login-title = ورود
login-submit = ورود
login-no-account = هنوز حساب کاربری ندارید؟
login-register-link = همین حالا ثبت‌نام کنید
register-title = ساختن حساب کاربری برای خانوادهٔ شما
register-lead = با یک حساب کاربری می‌توانید کمک‌های آموزش و مشارکت (Bildung und Teilhabe) را آنلاین درخواست کنید. می‌توانید درخواست‌ها را ذخیره کنید و بعداً کامل کنید.
register-email-hint = پیام‌های مربوط به درخواست‌هایتان را به این نشانی می‌فرستیم.
register-submit = ساختن حساب
register-have-account = از قبل حساب کاربری دارید؟
register-login-link = ورود
account-title = حساب من
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = شما با { $email } وارد شده‌اید
# Variables:
#   $role (String) - Name der Rolle
account-role = نقش: { $role }
account-change-password-title = تغییر رمز عبور
account-change-password-submit = تغییر رمز عبور
account-password-changed = رمز عبور شما تغییر کرد.
account-sessions-title = دستگاه‌های واردشده
account-sessions-lead = شاید هنوز در گوشی یا رایانهٔ دیگری وارد شده باشید، مثلاً در یک مرکز مشاوره. از اینجا از همه‌جا خارج می‌شوید. با تغییر رمز عبور، از همهٔ دستگاه‌های دیگر خارج می‌شوید.
account-logout-everywhere = خروج از همه‌جا
account-logged-out-everywhere = از همهٔ دستگاه‌ها خارج شدید.
account-language-title = زبان
account-language-lead = پورتال را به این زبان به شما نشان می‌دهیم. نامه‌های تصمیم (Bescheid) را هم به این زبان برایتان توضیح می‌دهیم. خود نامهٔ تصمیم همیشه به زبان آلمانی است.
account-language-save = ذخیرهٔ زبان
account-language-saved = زبان شما ذخیره شد.

## فراموشی رمز عبور
login-forgot-link = رمز عبور را فراموش کرده‌اید؟
forgot-title = فراموشی رمز عبور
forgot-lead = نشانی ایمیل حساب کاربری‌تان را وارد کنید. برایتان یک لینک می‌فرستیم که با آن رمز عبور جدیدی تعیین می‌کنید. این لینک یک ساعت اعتبار دارد.
forgot-submit = فرستادن لینک
reset-requested = اگر حسابی با این نشانی وجود داشته باشد، یک لینک فرستاده‌ایم. لطفاً صندوق ایمیل خود را نگاه کنید (پوشهٔ اسپم را هم).
reset-title = تعیین رمز عبور جدید
reset-lead = یک رمز عبور جدید انتخاب کنید. بعد از آن، از همهٔ دستگاه‌های دیگر خارج می‌شوید.
reset-submit = ذخیرهٔ رمز عبور
reset-new-link = درخواست لینک جدید
reset-done = رمز عبور جدید شما ذخیره شد. لطفاً با آن وارد شوید.
reset-error-invalid = اعتبار این لینک تمام شده یا قبلاً از آن استفاده شده است. لطفاً یک لینک جدید درخواست کنید.

## نامه‌های تصمیم در پورتال (§ 37 Abs. 2a SGB X)
delivery-title = دریافت نامه‌های تصمیم در پورتال
delivery-lead = اگر موافقت کنید، نامه‌های تصمیم (Bescheid) را دیگر با پست دریافت نمی‌کنید، بلکه همین‌جا در پورتال. هر وقت یک نامهٔ تصمیم آماده باشد، برایتان یک ایمیل می‌فرستیم. نامهٔ تصمیم در روز سوم پس از این ایمیل ابلاغ‌شده به حساب می‌آید – از آن روز مهلت اعتراض (Widerspruch) شروع می‌شود. هر زمان بخواهید، می‌توانید رضایت خود را همین‌جا پس بگیرید؛ در آن صورت نامه‌های تصمیم دوباره با پست می‌آیند.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = شما در تاریخ { $date } موافقت کرده‌اید: نامه‌های تصمیم شما به پورتال می‌آیند.
delivery-state-none = نامه‌های تصمیم شما با پست می‌آیند.
delivery-give = بله، دریافت نامه‌های تصمیم در پورتال
delivery-withdraw = پس گرفتن رضایت (دوباره با پست)
delivery-given = متشکریم. نامه‌های تصمیم شما از این به بعد به پورتال می‌آیند.
delivery-withdrawn = رضایت شما پس گرفته شد. نامه‌های تصمیم دوباره با پست می‌آیند.

## تأیید نشانی ایمیل
register-mail-sent = برایتان یک ایمیل فرستادیم. لطفاً لینک داخل آن را باز کنید تا نشانی خود را تأیید کنید (پوشهٔ اسپم را هم نگاه کنید).
verify-title = تأیید نشانی ایمیل
verify-submit = تأیید نشانی من
verify-done = متشکریم! نشانی ایمیل شما تأیید شد.
verify-error-invalid = اعتبار این لینک تمام شده یا قبلاً از آن استفاده شده است. وارد شوید و در «صفحهٔ من» یک لینک جدید درخواست کنید.
verify-banner = لطفاً نشانی ایمیل خود را با لینکی که برایتان فرستادیم تأیید کنید. از همین حالا می‌توانید درخواست‌ها را پر کنید؛ وقتی نشانی شما تأیید شد، می‌توانید آن‌ها را بفرستید.
verify-resend = فرستادن دوبارهٔ لینک
verify-resent = یک لینک جدید برایتان فرستادیم.
