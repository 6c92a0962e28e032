## محل‌های کلاس تقویتی (Lernstandorte): مدرسه‌ها ثبت می‌کنند، اداره بررسی می‌کند، خانواده‌ها پیدا می‌کنند

# Variables:
#   $schools (String) - die Schulen der Schulsozialarbeit
school-lead = شما برای این مدرسه‌ها کار می‌کنید: { $schools }.
school-no-schools = حساب شما هنوز به هیچ مدرسه‌ای وصل نشده است. لطفاً با تیم BuT در جاب‌سنتر (Jobcenter) تماس بگیرید.
school-sites-title = محل‌های کلاس تقویتی شما (Lernstandorte)
site-new = ثبت محل کلاس تقویتی (Lernstandort)
# Variables:
#   $place (String) - Raum oder Ort
site-edit-title = محل کلاس تقویتی: { $place }
site-form-lead = محل کلاس تقویتی (Lernstandort) یعنی کلاس تقویتی در خود مدرسهٔ شما. بعد از بررسی تیم BuT، این محل در جست‌وجوی عمومی نشان داده می‌شود و خانواده‌ها می‌توانند آن را در فرم درخواست انتخاب کنند.
site-school = مدرسه
site-place = مکان در مدرسه
site-place-hint = مثلاً: اتاق B 104 یا کتابخانهٔ ساختمان قدیمی.
site-subjects = درس‌ها
site-grade-from = از کلاس
site-grade-to = تا کلاس
site-grades = کلاس‌ها
# Variables:
#   $from (Number) - erste Klasse
#   $to (Number) - letzte Klasse
site-grades-range = کلاس { $from } تا { $to }
site-schedule = روزهای هفته و ساعت‌ها
site-schedule-hint = مثلاً: دوشنبه و چهارشنبه 14:00–15:30.
site-places = ظرفیت (تعداد جا)
site-tutors = مربیان آموزشی (Lernbegleiterinnen und Lernbegleiter)
site-tutors-hint = نام‌ها یا تعداد.
site-contact = فرد مسئول
site-contact-hint = نام و تلفن یا ایمیل.
site-start = شروع
site-review-hint = تیم BuT محل‌های کلاس تقویتی جدید یا تغییرکرده را پیش از نمایش عمومی بررسی می‌کند.
site-submit = فرستادن برای بررسی
site-submitted = محل کلاس تقویتی برای بررسی به تیم BuT فرستاده شد.
site-status = وضعیت
site-status-pending = در حال بررسی
site-status-approved = تأیید شده
site-status-returned = برگردانده شده
site-status-paused = موقتاً متوقف
site-status-closed = بسته شده
site-status-changed = وضعیت محل کلاس تقویتی تغییر کرد.
site-review-comment = یادداشت تیم BuT
site-pause = توقف موقت (دانش‌آموز جدید پذیرفته نمی‌شود)
site-reopen = باز کردن دوباره
site-close = بستن
# Variables:
#   $taken (Number) - belegte Plätze
#   $places (Number) - alle Plätze
site-occupancy = { $taken } جا از { $places } جا پر است
# Variables:
#   $free (Number) - freie Plätze
#   $places (Number) - alle Plätze
site-free-places = { $free ->
    [one] { $free } جای خالی
   *[other] { $free } جای خالی
    } (از { $places } جا)
site-full = ظرفیت پر است – الان جای خالی وجود ندارد
site-error-school = لطفاً یکی از مدرسه‌های خود را انتخاب کنید.
site-error-grade = لطفاً کلاسی از 1 تا 13 وارد کنید.
site-error-grade-order = کلاس آخر نمی‌تواند پایین‌تر از کلاس اول باشد.
site-error-places = لطفاً عددی از 1 تا 200 وارد کنید.
site-error-start-past = تاریخ شروع بیش از یک سال پیش است.
site-error-closed = این محل کلاس تقویتی بسته شده است و دیگر نمی‌توان آن را تغییر داد.
site-error-not-allowed = این کار الان برای این محل کلاس تقویتی ممکن نیست.
site-error-changed = این محل کلاس تقویتی در این فاصله تغییر کرده است. لطفاً صفحه را دوباره باز کنید.
site-error-comment = لطفاً بنویسید مدرسه چه چیزی را باید تغییر دهد.
staff-sites-title = بررسی محل‌های کلاس تقویتی
staff-sites-empty = الان هیچ محل کلاس تقویتی منتظر بررسی نیست.
site-approve = تأیید
site-approved = محل کلاس تقویتی تأیید شد و اکنون برای همه قابل دیدن است.
site-return-comment = یادداشت برای مدرسه
site-return = برگرداندن
site-returned = محل کلاس تقویتی همراه با یادداشت شما به مدرسه برگردانده شد.
home-finder-link = پیدا کردن محل‌های کلاس تقویتی (Lernstandorte) نزدیک شما
lf-finder-link = دیدن همهٔ محل‌های کلاس تقویتی با درس‌ها و ساعت‌ها
lf-error-lernstandort-full = این محل کلاس تقویتی در مدتی که انتخاب کرده‌اید جای خالی ندارد. لطفاً محل دیگری انتخاب کنید.
admin-school = مدرسه
admin-school-hint = فقط برای حساب‌های مددکاری اجتماعی مدرسه: مدرسه‌ای که این حساب برای آن کار می‌کند.
conf-list-title = تأییدیه‌های کمک درسی (Lernförderung)
conf-list-hint = درخواست‌های دانش‌آموزان مدرسه‌های شما که والدینشان موافقت کرده‌اند از مدرسه سؤال شود.
conf-state-open = منتظر تأیید شما
conf-state-confirmed = نیاز تأیید شد
conf-state-declined = نیاز تأیید نشد
# Variables:
#   $child (String) - Name des Kindes
conf-title = تأییدیهٔ مدرسه برای { $child }
conf-school = مدرسه و کلاس
conf-asked = درخواست‌شده
# Variables:
#   $subjects (String) - Fächer
#   $hours (String) - Stunden pro Woche
#   $period (String) - Zeitraum
conf-asked-text = { $subjects }؛ { $hours } ساعت در هفته؛ { $period }
conf-lead = لطفاً تأیید کنید که این دانش‌آموز در چه درس‌هایی، چند ساعت و تا چه مدت به کمک درسی (Lernförderung) نیاز دارد – یا با ذکر دلیل رد کنید.
conf-decision = تصمیم شما
conf-confirm = تأیید نیاز
conf-decline = عدم تأیید نیاز
conf-goals-at-risk = بدون کمک درسی، رسیدن به هدف‌های اصلی آموزشی در خطر است (مثلاً قبولی به کلاس بالاتر)، و مدرسه نمی‌تواند با برنامه‌های خودش این نیاز را برطرف کند.
conf-reason = دلیل
conf-reason-hint = فقط اگر نیاز را تأیید نمی‌کنید.
conf-submit = ذخیرهٔ تصمیم
conf-confirmed = شما نیاز را تأیید کردید. اکنون جاب‌سنتر دربارهٔ درخواست تصمیم می‌گیرد.
conf-declined = شما نیاز را تأیید نکردید. جاب‌سنتر به خانواده خبر می‌دهد.
conf-error-goals = لطفاً تأیید کنید که بدون کمک درسی، هدف‌های آموزشی در خطر است – در غیر این صورت، لطفاً رد کنید.
conf-error-reason = لطفاً بنویسید چرا نیاز را تأیید نمی‌کنید.
conf-error-decision = لطفاً انتخاب کنید که آیا نیاز را تأیید می‌کنید یا نه.
conf-error-exists = مدرسه قبلاً دربارهٔ این درخواست تصمیم گرفته است.
timeline-school-confirmed = مدرسه نیاز را تأیید کرد
timeline-school-declined = مدرسه نیاز را تأیید نکرد
behalf-title = شروع درخواست همراه با یک خانواده
behalf-start-lead = می‌توانید یک درخواست کمک درسی (Lernförderung) را همراه با والدین شروع کنید، مثلاً در جلسهٔ مشاوره. خانواده باید در پورتال حساب کاربری داشته باشد و کودک باید در یکی از مدرسه‌های شما درس بخواند. برای این کار، والدین در حساب خود یک کد برای فرزندشان می‌سازند و آن را به شما می‌دهند. بعد والدین درخواست را در حساب خود بررسی می‌کنند و خودشان آن را می‌فرستند.
behalf-family-email = نشانی ایمیل حساب خانواده
behalf-family-email-hint = والدین با این نشانی وارد پورتال می‌شوند.
behalf-code = کد خانواده
behalf-code-hint = والدین آن را در حساب خود، کنار اطلاعات کودک، زیر «کد برای مددکار اجتماعی مدرسه (Schulsozialarbeit)» پیدا می‌کنند، مثلاً ABCD-EFGH.
behalf-error-code = لطفاً کد 8 کاراکتری را که والدین به شما داده‌اند وارد کنید.
behalf-start = شروع درخواست
behalf-started = درخواست ساخته شد. لطفاً اکنون اطلاعات را همراه با والدین پر کنید.
behalf-lead = این درخواست را همراه با والدین پر می‌کنید. فقط والدین می‌توانند آن را از حساب خودشان بفرستند.
behalf-saved = اطلاعات ذخیره شد. والدین اکنون درخواست را در حساب خود می‌بینند و می‌توانند آن را بفرستند.
behalf-error-not-found = برای این نشانی ایمیل و این کد، در مدرسه‌های شما کودکی پیدا نکردیم. هر کد یک هفته اعتبار دارد و فقط یک بار قابل استفاده است. لطفاً اطلاعات را بررسی کنید یا از والدین یک کد جدید بگیرید.
behalf-family-hint = مدرسه این درخواست را همراه با شما شروع کرده است – لطفاً آن را بررسی کنید و بفرستید.
timeline-started-by-school = مدرسه درخواست را همراه با شما شروع کرد
school-directory-title = فهرست مدرسه‌ها
school-directory-list = همهٔ مدرسه‌ها
school-add = افزودن مدرسه
school-edit = تغییر مدرسه
# Variables:
#   $name (String) - Name der Schule
school-edit-title = مدرسه: { $name }
school-name = نام مدرسه
school-type = نوع مدرسه
school-save = ذخیره
school-saved = مدرسه ذخیره شد.
school-error-type = لطفاً نوع مدرسه را از فهرست انتخاب کنید.
school-error-exists = مدرسه‌ای با این نام در این شهرداری (Kommune) از قبل وجود دارد.
request-title = درخواست دسترسی برای مددکاری اجتماعی مدرسه (Schulsozialarbeit)
request-lead = شما در بخش مددکاری اجتماعی یک مدرسه در Kreis Warendorf کار می‌کنید؟ دسترسی خود را اینجا درخواست کنید. تیم BuT درخواست را بررسی می‌کند؛ بعد از آن می‌توانید وارد شوید.
request-name = نام شما
request-email-hint = لطفاً نشانی ایمیل کاری خود را وارد کنید.
request-message = پیام برای تیم BuT
request-message-hint = مثلاً سمت شما یا یک شمارهٔ تلفن برای سؤال‌ها.
request-submit = درخواست دسترسی
request-sent = درخواست شما به تیم BuT رسید. به محض تأیید، می‌توانید وارد شوید.
request-error-school = لطفاً مدرسهٔ خود را از فهرست انتخاب کنید.
request-error-decided = دربارهٔ این درخواست قبلاً تصمیم گرفته شده است.
requests-title = دسترسی‌های مددکاری اجتماعی مدرسه
requests-empty = الان هیچ درخواست دسترسی منتظر بررسی نیست.
request-approve = تأیید
request-reject = رد کردن
request-approved = دسترسی تأیید شد.
request-rejected = درخواست دسترسی رد شد.
login-school-request = مددکار اجتماعی مدرسه هستید و هنوز دسترسی ندارید؟
behalf-signed-title = یا: بارگذاری درخواست امضاشده
behalf-signed-text = آیا والدین درخواست را همراه با تعهد، موافقت و آزادسازی از وظیفهٔ رازداری (Schweigepflichtentbindung) روی کاغذ امضا کرده‌اند؟ در این صورت آن را اینجا بارگذاری کنید (اسکن یا عکس). با این کار، درخواست ثبت می‌شود.
behalf-signed-submit = بارگذاری و ثبت درخواست
behalf-submitted = درخواست همراه با موافقت‌نامهٔ امضاشده ثبت شد.
behalf-error-incomplete = هنوز بعضی از اطلاعات کم است. لطفاً اول درخواست را کامل پر کنید.
