## تصمیم برای خانواده: توضیح ساده در کنار نامهٔ تصمیم آلمانی (Bescheid)

decision-title = تصمیم
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = درخواست شما تأیید شد. جاب‌سنتر (Jobcenter) از { $from } تا { $to } ماهانه تا { $amount } می‌پردازد. گیرندهٔ پول: { $payee }.
decision-explain-direct = جاب‌سنتر مستقیم به ارائه‌دهنده پول می‌دهد. برای چیزی که تأیید شده، لازم نیست شما پولی بپردازید.
decision-explain-voucher = شما یک کوپن (Gutschein) دریافت می‌کنید. آن را به ارائه‌دهنده بدهید.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = درخواست شما رد شد. دلیل: { $reason } دلیل کامل در نامهٔ تصمیم (Bescheid) نوشته شده است.
decision-explain-objection = با این تصمیم موافق نیستید؟ در این صورت می‌توانید ظرف یک ماه اعتراض (Widerspruch) کنید: با نامه‌ای که امضا کرده‌اید، حضوری در جاب‌سنتر (Jobcenter) که اعتراض شما را ثبت می‌کند (zur Niederschrift)، یا به صورت الکترونیکی فقط با امضای الکترونیکی واجد شرایط (qualifizierte Signatur) یا از طریق De-Mail – یک ایمیل ساده کافی نیست. مهلت از زمانی شروع می‌شود که نامهٔ تصمیم ابلاغ‌شده به حساب می‌آید: اگر با پست فرستاده شود، روز چهارم پس از تحویل به پست. روش اعتراض در پایان نامهٔ تصمیم نوشته شده است (Rechtsbehelfsbelehrung).
decision-explain-no-suspension = حتی اگر اعتراض (Widerspruch) کنید، این تصمیم فعلاً معتبر می‌ماند.
decision-explain-german = از نظر قانونی، فقط متن آلمانی نامهٔ تصمیم (Bescheid) معتبر است. با کمال میل آن را برایتان توضیح می‌دهیم – به آلمانی ساده (Leichte Sprache) هم.
decision-download = دانلود نامهٔ تصمیم (Bescheid) – PDF، به زبان آلمانی
reason-no-benefit = شما در مدتی که درخواست کرده‌اید، کمک‌هزینه‌ای را که برای این کمک لازم است نمی‌گیرید (مثلاً کمک‌هزینهٔ تأمین پایه / Grundsicherungsgeld – قبلاً Bürgergeld – یا کمک‌هزینهٔ مسکن / Wohngeld).
reason-age = سن فرزند شما برای این کمک بیشتر از حد مجاز است.
reason-no-need = مدرسه تأیید نکرده است که فرزند شما به کلاس تقویتی نیاز دارد.
reason-missing-documents = بعضی از مدارکی که از شما خواسته بودیم، به دست ما نرسیده است.
reason-school-offer = مدرسه یک برنامهٔ رایگان دارد که باید اول از آن استفاده شود.
reason-other = شرایط لازم برای این کمک وجود ندارد.
objection-letter-title = آماده کردن اعتراض (Widerspruch)
objection-letter-hint = پورتال اعتراض (Widerspruch) شما را به صورت یک نامه (PDF) می‌نویسد. آن را چاپ و امضا کنید و به جاب‌سنتر (Jobcenter) بفرستید یا آنجا تحویل دهید – ظرف یک ماه. یک ایمیل ساده کافی نیست. در پورتال هیچ چیزی ذخیره نمی‌شود.
objection-letter-reasons = چرا موافق نیستید؟ (می‌توانید دلایل را بعداً هم بفرستید.)
objection-letter-button = ساختن نامه (PDF)

## بازپرداخت هزینه‌ها و ابلاغ نامهٔ تصمیم
decision-explain-reimbursement = شما هزینه‌ها را خودتان پرداخت کرده‌اید. جاب‌سنتر (Jobcenter) این هزینه‌ها را تا سقف مبلغ تأییدشده به شما برمی‌گرداند.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = شما نامهٔ تصمیم (Bescheid) را در پورتال دریافت کرده‌اید. این نامه در تاریخ { $known } ابلاغ‌شده به حساب می‌آید. تا تاریخ { $deadline } می‌توانید اعتراض (Widerspruch) کنید.
decision-known-posted = نامهٔ تصمیم (Bescheid) با پست به دست شما رسید. این نامه در تاریخ { $known } ابلاغ‌شده به حساب می‌آید. تا تاریخ { $deadline } می‌توانید اعتراض (Widerspruch) کنید.
