## بررسی حق دریافت (بدون حساب کاربری)

check-title = آیا فرزند من می‌تواند این کمک‌ها را بگیرد؟
check-lead = به چهار سؤال کوتاه پاسخ دهید. بعد می‌بینید کدام کمک‌های آموزش و مشارکت (Bildung und Teilhabe) ممکن است به فرزند شما تعلق بگیرد. ما پاسخ‌های شما را ذخیره نمی‌کنیم.
check-benefit-question = خانوادهٔ شما کدام کمک‌هزینه را می‌گیرد؟
check-benefit-none = هیچ‌کدام، یا نمی‌دانم
check-age-question = فرزند شما چند سال دارد؟
check-age-hint = سن به سال، مثلاً 9
check-school-question = آیا فرزند شما به مدرسه می‌رود؟
check-school-hint = مدرسهٔ عادی (آموزش عمومی) یا مدرسهٔ حرفه‌ای (Berufsschule)
check-allowance-question = آیا فرزند شما حقوق کارآموزی (Ausbildungsvergütung) می‌گیرد؟
check-allowance-hint = پولی که برای دورهٔ کارآموزی حرفه‌ای (Ausbildung) در یک شرکت پرداخت می‌شود
check-yes = بله
check-no = خیر
check-submit = نمایش نتیجه
check-result-title = نتیجهٔ شما
check-may-apply = ممکن است این کمک به فرزند شما تعلق بگیرد.
check-may-not-apply = احتمالاً این کمک به فرزند شما تعلق نمی‌گیرد.
# Variables:
#   $basis (String) - Paragraf, z. B. § 28 SGB II
check-legal-basis = پایهٔ قانونی: { $basis }
check-disclaimer = این فقط یک ارزیابی اولیه است و قطعی نیست. وقتی درخواست بدهید، جاب‌سنتر (Jobcenter) تصمیم می‌گیرد.
check-apply = همین حالا درخواست بدهید
check-error-benefit = لطفاً انتخاب کنید خانوادهٔ شما کدام کمک‌هزینه را می‌گیرد.
check-error-age-required = لطفاً سن فرزندتان را وارد کنید.
check-error-age-invalid = لطفاً سن را به صورت یک عدد کامل بین 0 و 99 وارد کنید.
check-error-yes-no = لطفاً «بله» یا «خیر» را انتخاب کنید.
check-reason-no-benefit = این کمک‌ها برای خانواده‌هایی است که کمک‌هزینهٔ تأمین پایه (Grundsicherungsgeld، قبلاً Bürgergeld)، کمک اجتماعی (Sozialhilfe)، کمک‌هزینهٔ مسکن (Wohngeld)، کمک‌هزینهٔ تکمیلی فرزند (Kinderzuschlag) یا کمک پناهجویان (Asylbewerberleistungen) می‌گیرند.
check-reason-no-school = کمک درسی (Lernförderung) فقط برای کودکان و جوانانی است که به مدرسه می‌روند.
check-reason-training-allowance = کسی که حقوق کارآموزی (Ausbildungsvergütung) می‌گیرد، کمک درسی (Lernförderung) نمی‌گیرد.
check-reason-age-25 = با این کمک‌هزینه، کمک درسی (Lernförderung) فقط تا روز تولد 25 سالگی داده می‌شود.
check-reason-tutoring-ok = فرزند شما به مدرسه می‌رود. اگر او بدون کلاس تقویتی به هدف‌های مهم درسی نرسد، جاب‌سنتر (Jobcenter) می‌تواند هزینهٔ کلاس تقویتی را بپردازد. مدرسه این نیاز را تأیید می‌کند.
check-reason-no-age-limit = برای خانواده‌هایی که کمک اجتماعی (Sozialhilfe) یا کمک پناهجویان (Asylbewerberleistungen) می‌گیرند، کمک‌های مدرسه محدودیت سنی 25 سال ندارد.
check-reason-participation-ok = کودکان زیر 18 سال ماهی 15 یورو برای باشگاه، آموزشگاه موسیقی، دوره‌ها یا اردوهای تعطیلات می‌گیرند.
check-reason-age-18 = مشارکت اجتماعی و فرهنگی (soziokulturelle Teilhabe) فقط تا روز تولد 18 سالگی داده می‌شود.
check-note-but-needs-alone = اگر درآمد شما فقط کمی بالاتر از حد مجاز است، ممکن است فقط به خاطر هزینه‌های آموزش و مشارکت فرزندتان، حق دریافت کمک داشته باشید. لطفاً از ما بپرسید.
check-note-tutoring-own-application = برای کمک درسی (Lernförderung) همیشه باید جداگانه درخواست بدهید – این کار را همین‌جا در پورتال انجام می‌دهید.
check-note-apply-separately = خانواده‌هایی که کمک‌هزینهٔ مسکن (Wohngeld) یا کمک‌هزینهٔ تکمیلی فرزند (Kinderzuschlag) می‌گیرند، همیشه باید برای آموزش و مشارکت (Bildung und Teilhabe) جداگانه درخواست بدهند – این کار را همین‌جا در پورتال انجام می‌دهید.
check-note-sgb2-covered = با درخواست کمک‌هزینهٔ تأمین پایه (Grundsicherungsgeld، قبلاً Bürgergeld) شما، مشارکت اجتماعی و فرهنگی هم درخواست شده است. برای اینکه بتوانیم هزینهٔ باشگاه را بپردازیم، لطفاً اینجا نام ارائه‌دهنده را به ما بگویید.
check-note-sgb12-covered = با درخواست شما برای کمک اجتماعی (Sozialhilfe) یا کمک پناهجویان (Asylbewerberleistungen)، مشارکت اجتماعی و فرهنگی هم درخواست شده است. برای اینکه بتوانیم هزینهٔ باشگاه را بپردازیم، لطفاً اینجا نام ارائه‌دهنده را به ما بگویید.
