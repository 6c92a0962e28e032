## ثبت درخواست، صفحهٔ درخواست، روند درخواست

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = مرحلهٔ { $step } از { $total }
claim-continue = ادامه
claim-back = بازگشت
claim-check-title = اطلاعات خود را بررسی کنید
claim-child = فرزند
claim-benefit = نوع کمک
claim-change-answers = تغییر اطلاعات
claim-declaration-title = تعهد و رضایت
claim-declaration-text = تأیید می‌کنم که اطلاعاتم درست و کامل است. هر تغییری را فوراً به جاب‌سنتر (Jobcenter) خبر می‌دهم، مثلاً اگر فرزندم دیگر به باشگاه یا کلاس تقویتی نمی‌رود.
claim-consent-text = اختیاری: موافقم که جاب‌سنتر (Jobcenter) پول را مستقیم به ارائه‌دهنده بپردازد (پرداخت مستقیم). بدون این رضایت، یک کوپن (Gutschein) برای ارائه‌دهنده دریافت می‌کنید. می‌توانید این رضایت را هر زمان برای آینده پس بگیرید – همین‌جا در پورتال، در صفحهٔ درخواست‌تان، یا در جاب‌سنتر.
claim-privacy-hint = اطلاعات شما «اطلاعات اجتماعی» (Sozialdaten) است و فقط برای همین درخواست استفاده می‌شود. این در مادهٔ { -ltr(text: "§ 67a") } کتاب دهم قانون اجتماعی آلمان ({ -ltr(text: "SGB X") }) آمده است.
claim-submit = ارسال قطعی درخواست
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = درخواست { $reference }
claim-page-title-draft = پیش‌نویس (هنوز فرستاده نشده)
claim-status = وضعیت
claim-next-steps = ما درخواست شما را بررسی می‌کنیم. اگر به اطلاعات بیشتری نیاز داشته باشیم، همین‌جا در پورتال به شما خبر می‌دهیم. تصمیم را به صورت نامهٔ تصمیم اداری (Bescheid) دریافت می‌کنید. لطفاً این صفحه را چاپ یا ذخیره کنید تا مدرکی در دست داشته باشید.
claim-continue-draft = ادامهٔ پر کردن درخواست
claim-submitted-at = تاریخ ارسال
claim-timeline = روند درخواست
claim-withdraw-hint = دیگر به این کمک نیاز ندارید؟ تا وقتی تصمیمی گرفته نشده، می‌توانید درخواست را پس بگیرید.
claim-withdraw = پس گرفتن درخواست
claim-withdraw-explain = اگر درخواست را پس بگیرید، جاب‌سنتر (Jobcenter) دیگر درباره آن تصمیم نمی‌گیرد و هزینه‌ای برای آن نمی‌پردازد. این کار قابل بازگشت نیست. اگر بعداً باز به این کمک نیاز داشتید، درخواست جدیدی بدهید – در آن صورت کمک درسی معمولاً فقط از ماه درخواست جدید قابل تأیید است.
claim-withdraw-confirm = بله، می‌خواهم این درخواست را پس بگیرم.
claim-withdraw-error-confirm = لطفاً تأیید کنید که می‌خواهید درخواست را پس بگیرید.
claim-submitted = درخواست شما به دست ما رسید. بسیار سپاسگزاریم!
claim-withdrawn = شما درخواست را پس گرفتید.
claim-error-incomplete = هنوز بعضی از اطلاعات کم است. لطفاً قسمت‌های علامت‌خورده را بررسی کنید.
claim-error-declaration = لطفاً تأیید کنید که اطلاعاتتان درست است.
claim-error-not-draft = این درخواست قبلاً فرستاده شده و دیگر نمی‌توان آن را تغییر داد.
claim-error-already-final = دربارهٔ این درخواست قبلاً تصمیم گرفته شده، یا درخواست پس گرفته شده است.
claim-error-not-allowed = این کار الان برای این درخواست ممکن نیست.
claim-error-changed = این درخواست در این فاصله تغییر کرده است. لطفاً صفحه را دوباره باز کنید.
status-draft = پیش‌نویس
status-submitted = دریافت شد
status-needs-info = سؤال از شما
status-approved = تأیید شد
status-rejected = رد شد
status-withdrawn = پس گرفته شد
timeline-draft = درخواست شروع شد
timeline-submitted = درخواست فرستاده شد
timeline-needs-info = سؤال از طرف جاب‌سنتر
timeline-approved = درخواست تأیید شد
timeline-rejected = درخواست رد شد
timeline-withdrawn = درخواست پس گرفته شد
teilhabe-details-title = اطلاعات باشگاه یا دوره
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = برای { $child }: این پول برای چه چیزی است و ارائه‌دهنده کیست؟
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = جاب‌سنتر (Jobcenter) ماهانه تا { $amount } را مستقیم به باشگاه یا ارائه‌دهنده می‌پردازد: برای حق عضویت (ورزش، بازی، فرهنگ)، آموزش‌هایی مثل آموزشگاه موسیقی، دوره‌ها و اردوهای تعطیلات. هزینه‌هایی مثل سینما یا سالن بدنسازی (Fitnessstudio) پرداخت نمی‌شود.
teilhabe-activity = فرزند شما در چه فعالیتی شرکت می‌کند؟
teilhabe-activity-sport = ورزش در باشگاه
teilhabe-activity-music = موسیقی، مثلاً آموزشگاه موسیقی
teilhabe-activity-culture = هنر، فرهنگ یا آموزش
teilhabe-activity-holiday-camp = اردوی تعطیلات
teilhabe-activity-other = چیز دیگر
teilhabe-description = توضیح دقیق‌تر
teilhabe-description-hint = مثلاً: فوتبال، کلاس گیتار. اگر «چیز دیگر» را انتخاب کرده‌اید، لطفاً این قسمت را پر کنید.
teilhabe-provider-title = ارائه‌دهنده
teilhabe-provider-name = نام باشگاه یا ارائه‌دهنده
teilhabe-provider-name-hint = همان‌طور که روی فرم عضویت یا صورت‌حساب نوشته شده است.
teilhabe-provider-contact = فرد مسئول، تلفن یا ایمیل
teilhabe-provider-contact-hint = تا بتوانیم از ارائه‌دهنده سؤال کنیم.
teilhabe-provider-iban = IBAN ارائه‌دهنده (شمارهٔ حساب بانکی)
teilhabe-provider-iban-hint = اغلب روی فرم عضویت نوشته شده است. اگر آن را نمی‌دانید، این قسمت را خالی بگذارید.
teilhabe-costs-title = هزینه و مدت
teilhabe-monthly-fee = حق عضویت ماهانه
teilhabe-monthly-fee-hint = به یورو، مثلاً 12.50. اگر حق عضویت سالانه است، لطفاً آن را بر 12 تقسیم کنید.
teilhabe-start-month = از ماه
teilhabe-month-hint = مثلاً 2026/09. این کمک معمولاً از ماهی شروع می‌شود که درخواست به دست ما می‌رسد.
teilhabe-end-month = تا ماه
teilhabe-end-month-hint = حداکثر دوازده ماه. بعد از آن می‌توانید درخواست تازه‌ای بدهید.
teilhabe-period = مدت
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = جاب‌سنتر می‌تواند از این مبلغ، ماهانه { $amount } را بپردازد.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = بقیهٔ آن، یعنی ماهانه { $amount }، را خودتان به ارائه‌دهنده می‌پردازید.
teilhabe-error-activity = لطفاً انتخاب کنید فرزندتان در چه فعالیتی شرکت می‌کند.
teilhabe-error-description = لطفاً کوتاه توضیح دهید فرزندتان چه فعالیتی دارد.
teilhabe-error-start-past = تاریخ شروع بیش از دوازده ماه پیش است. برای ماه‌هایی که این‌قدر از آن‌ها گذشته، دیگر چیزی پرداخت نمی‌شود. ما بررسی می‌کنیم که پرداخت از چه تاریخی است و آن را در نامهٔ تصمیم (Bescheid) می‌نویسیم.
teilhabe-error-start-future = تاریخ شروع بیش از دوازده ماه بعد است.
teilhabe-error-end-before-start = تاریخ پایان باید بعد از تاریخ شروع باشد.
teilhabe-error-period-long = هر درخواست حداکثر برای دوازده ماه است.
claim-change-documents = تغییر مدارک
claim-school-consent-text = اختیاری: مدرسهٔ فرزندم را از وظیفهٔ رازداری آزاد می‌کنم (Schweigepflichtentbindung). در این صورت جاب‌سنتر (Jobcenter) می‌تواند از مدرسه سؤال کند و مدرسه می‌تواند بگوید که آیا فرزندم به کلاس تقویتی (Lernförderung) نیاز دارد و چقدر. مدرسه برای این کار فقط درس‌ها، تعداد ساعت‌ها و مدت زمان را می‌بیند، نه دلایل شما را. بدون این رضایت می‌توانید نیاز را از راه دیگری نشان دهید، مثلاً با کارنامه (Zeugnis) یا نامه‌ای از معلم به عنوان مدرک. می‌توانید این رضایت را هر زمان برای آینده پس بگیرید – همین‌جا در پورتال، در صفحهٔ درخواست‌تان، یا در جاب‌سنتر.
claim-needs-info = جاب‌سنتر (Jobcenter) یک سؤال از شما دارد. لطفاً پایین همین صفحه پاسخ دهید. بعد از آن، بررسی درخواست شما را ادامه می‌دهیم.
claim-receipt-link = نمایش و چاپ رسید دریافت درخواست
timeline-answered = به سؤال پاسخ داده شد
claim-hint-teilhabe-age = مشارکت اجتماعی و فرهنگی (soziokulturelle Teilhabe) فقط برای کودکان و نوجوانان زیر 18 سال است. با این حال می‌توانید درخواست بدهید: ما آن را بررسی می‌کنیم و نامهٔ تصمیم (Bescheid) را برای شما می‌فرستیم.
claim-hint-school-age = با این کمک‌هزینه، کمک درسی (Lernförderung) فقط تا روز تولد 25 سالگی داده می‌شود. با این حال می‌توانید درخواست بدهید: ما آن را بررسی می‌کنیم و نامهٔ تصمیم (Bescheid) را برای شما می‌فرستیم.

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = رضایت‌های شما
consent-school = آزاد کردن مدرسه از وظیفهٔ رازداری
consent-direct = پرداخت مستقیم به ارائه‌دهنده
# Variables:
#   $date (String) - Datum
consent-given = داده شده در تاریخ { $date }
# Variables:
#   $date (String) - Datum
consent-withdrawn = پس گرفته شده در تاریخ { $date }
consent-not-given = داده نشده
consent-withdraw = پس گرفتن رضایت
consent-withdraw-hint = پس گرفتن رضایت برای آینده اعتبار دارد. آنچه پیش‌تر انجام شده – مثلاً تأیید مدرسه – در پرونده می‌ماند. بدون پرداخت مستقیم یک کوپن (Gutschein) دریافت می‌کنید؛ بدون آزاد کردن مدرسه از رازداری، لطفاً نیاز را با مدارک دیگر نشان دهید.
consent-withdrawn-flash = پس گرفتن رضایت شما ذخیره شد.
consent-error-not-given = این رضایت داده نشده است (یا دیگر معتبر نیست).
timeline-consent-school-withdrawn = آزاد کردن مدرسه از وظیفهٔ رازداری پس گرفته شد
timeline-consent-direct-withdrawn = رضایت به پرداخت مستقیم پس گرفته شد

## نشانی ایمیل تأییدشده
claim-error-email-unverified = لطفاً اول نشانی ایمیل خود را با لینکی که در ایمیل ما است تأیید کنید. درخواست شما ذخیره شده است؛ بعد از آن می‌توانید آن را بفرستید.
