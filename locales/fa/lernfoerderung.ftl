## کمک درسی (Lernförderung): اطلاعات فرم درخواست

lf-details-title = اطلاعات کمک درسی (Lernförderung)
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = برای { $child }: فرزند شما در چه درس‌هایی، چقدر و کجا به کلاس تقویتی نیاز دارد؟
lf-school-confirms = مدرسه بعداً تأیید می‌کند که فرزند شما به کلاس تقویتی نیاز دارد. برای این کار از مدرسه سؤال می‌کنیم – فقط اگر شما در پایان فرم موافقت کنید.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = جاب‌سنتر (Jobcenter) برای هر ساعت حداکثر { $amount } می‌پردازد. کلاس تقویتی در محل کلاس تقویتی مدرسه (Lernstandort) برای شما هزینه‌ای ندارد.
lf-subjects = درس‌ها
lf-subjects-hint = یک یا چند درس را انتخاب کنید.
subject-deutsch = آلمانی
subject-mathematik = ریاضی
subject-englisch = انگلیسی
subject-franzoesisch = فرانسوی
subject-latein = لاتین یا یک زبان خارجی دیگر
subject-naturwissenschaften = زیست‌شناسی، شیمی یا فیزیک
subject-sachunterricht = علوم و آشنایی با محیط در دبستان (Sachunterricht)
subject-sonstiges = درس دیگر
lf-subject-other = درس دیگر
lf-subject-other-hint = فقط اگر «درس دیگر» را انتخاب کرده‌اید.
lf-hours = چند ساعت در هفته
lf-hours-hint = عددی از 1 تا 10. هر ساعت 45 تا 60 دقیقه است.
lf-period-from = کلاس تقویتی از
lf-period-to = کلاس تقویتی تا
lf-period-hint = پیشنهاد ما: تا پایان نیم‌سال تحصیلی. می‌توانید تاریخ دیگری وارد کنید.
lf-period = مدت
lf-place = کلاس تقویتی کجا برگزار می‌شود؟
lf-place-lernstandort = در یک محل کلاس تقویتی (Lernstandort) – کلاس تقویتی در مدرسه
lf-place-provider = نزد یک ارائه‌دهندهٔ کلاس تقویتی بیرون از مدرسه
lf-lernstandort = محل کلاس تقویتی (Lernstandort)
lf-lernstandort-hint = فقط اگر کلاس تقویتی در یک محل کلاس تقویتی (Lernstandort) برگزار می‌شود. اگر مطمئن نیستید، از مددکار اجتماعی مدرسه (Schulsozialarbeit) بپرسید.
lf-provider-title = ارائه‌دهندهٔ کلاس تقویتی
lf-provider-hint = این قسمت را فقط وقتی پر کنید که کلاس تقویتی نزد یک ارائه‌دهنده بیرون از مدرسه برگزار می‌شود. در مرحلهٔ بعد، پیشنهاد قیمت ارائه‌دهنده را بارگذاری کنید.
lf-provider-name = نام ارائه‌دهنده
lf-hourly-rate = قیمت هر ساعت
lf-hourly-rate-hint = به یورو، همان‌طور که در پیشنهاد قیمت نوشته شده است، مثلاً 18.50.
lf-monthly-cost = هزینهٔ ماهانه (تخمینی)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = جاب‌سنتر (Jobcenter) برای هر ساعت حداکثر { $cap } می‌پردازد. مبلغ اضافه، یعنی { $over } برای هر ساعت، را باید خودتان بپردازید یا دربارهٔ آن با ارائه‌دهنده صحبت کنید.
lf-reason = چرا فرزند شما به کلاس تقویتی نیاز دارد؟
lf-reason-hint = چند جمله کافی است. مثلاً: ممکن است قبول نشود و به کلاس بالاتر نرود (Versetzung gefährdet). نمرهٔ ریاضی او «mangelhaft» (ضعیف) است.
lf-error-subjects = لطفاً دست‌کم یک درس از فهرست انتخاب کنید.
lf-error-subject-other = لطفاً نام درس دیگر را بنویسید.
lf-error-hours = لطفاً یک عدد کامل از 1 تا 10 وارد کنید.
lf-error-from-past = تاریخ شروع بیش از دوازده ماه پیش است. برای ماه‌هایی که این‌قدر از آن‌ها گذشته، دیگر چیزی پرداخت نمی‌شود. ما بررسی می‌کنیم که پرداخت از چه تاریخی است و آن را در نامهٔ تصمیم (Bescheid) می‌نویسیم.
lf-error-from-future = تاریخ شروع بیش از یک سال بعد است.
lf-error-to-before-from = تاریخ پایان باید بعد از تاریخ شروع باشد.
lf-error-period-long = هر درخواست حداکثر برای یک سال تحصیلی است.
lf-error-place = لطفاً انتخاب کنید کلاس تقویتی کجا برگزار می‌شود.
lf-error-lernstandort = لطفاً یک محل کلاس تقویتی (Lernstandort) انتخاب کنید.
lf-error-lernstandort-unknown = این محل کلاس تقویتی وجود ندارد یا الان کسی را نمی‌پذیرد. لطفاً محل دیگری انتخاب کنید.
lf-error-rate-zero = قیمت هر ساعت باید بیشتر از 0 باشد.
