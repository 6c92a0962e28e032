# ایمیل‌های پورتال. در آن‌ها هیچ دادهٔ اجتماعی نیست: فقط اینکه اتفاقی افتاده است، و
# یک لینک به پورتال.
mail-greeting = با سلام،
mail-footer = این ایمیل به‌طور خودکار از طرف BuT-Portal Kreis Warendorf فرستاده شده است. لطفاً به آن پاسخ ندهید. در پورتال، در بخش «حساب من»، می‌توانید انتخاب کنید چه پیام‌هایی دریافت کنید.

mail-password-reset-subject = رمز عبور جدید برای BuT-Portal
mail-password-reset-body =
    کسی برای حساب کاربری شما رمز عبور جدید درخواست کرده است. اگر خودتان بودید، با لینک زیر یک رمز عبور جدید تعیین کنید. این لینک یک ساعت و فقط یک بار اعتبار دارد.

    اگر رمز عبور جدید درخواست نکرده‌اید، لازم نیست کاری انجام دهید. رمز عبور شما همان‌طور که هست باقی می‌ماند.
mail-password-reset-link = تعیین رمز عبور جدید:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = درخواست شما با شمارهٔ { $reference } دریافت شد
mail-claim-received-body = درخواست شما برای کمک‌های آموزش و مشارکت (Bildung und Teilhabe) به جاب‌سنتر (Jobcenter) رسیده است. شمارهٔ درخواست شما { $reference } است. لطفاً وقتی برای ما می‌نویسید یا به ما زنگ می‌زنید، این شماره را بگویید.
mail-claim-received-link = دیدن درخواست:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = سؤال دربارهٔ درخواست شما { $reference }
mail-question-body = جاب‌سنتر (Jobcenter) یک سؤال دربارهٔ درخواست شما { $reference } دارد. لطفاً وارد پورتال شوید و پاسخ دهید. مهلت پاسخ: { $due }.
mail-question-link = خواندن سؤال و پاسخ دادن:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = تصمیم دربارهٔ درخواست شما { $reference }
mail-decision-body = دربارهٔ درخواست شما { $reference } تصمیم گرفته شده است. نامهٔ تصمیم (Bescheid) را در پورتال پیدا می‌کنید.
mail-decision-link = دیدن نامهٔ تصمیم:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = یادآوری: سؤال دربارهٔ درخواست شما { $reference }
mail-question-reminder-body = جاب‌سنتر (Jobcenter) هنوز منتظر پاسخ شما دربارهٔ درخواست { $reference } است. لطفاً در پورتال پاسخ دهید. مهلت پاسخ: { $due }. اگر به کمک نیاز دارید، به ما زنگ بزنید.
mail-question-reminder-link = خواندن سؤال و پاسخ دادن:

# به‌جای تاریخ، وقتی سؤال مهلت ندارد.
mail-due-soon = هرچه زودتر

# اطلاع‌رسانی طبق § 37 Abs. 2a SGB X (فقط با رضایت به دریافت نامه‌های تصمیم در پورتال).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = نامهٔ تصمیم دربارهٔ درخواست شما { $reference } در پورتال آماده است
mail-notice-ready-body =
    دربارهٔ درخواست شما { $reference } تصمیم گرفته شده است. نامهٔ تصمیم (Bescheid) در BuT-Portal آمادهٔ دریافت است. شما موافقت کرده‌اید که نامه‌های تصمیم را در پورتال دریافت کنید؛ به همین دلیل این نامه با پست نمی‌آید.

    نامهٔ تصمیم در روز سوم پس از فرستادن این ایمیل ابلاغ‌شده به حساب می‌آید. از آن روز مهلت اعتراض (Widerspruch) شروع می‌شود.
mail-notice-ready-link = دریافت نامهٔ تصمیم:

mail-verify-email-subject = لطفاً نشانی ایمیل خود را تأیید کنید
mail-verify-email-body =
    شما در BuT-Portal Kreis Warendorf یک حساب کاربری ساخته‌اید. لطفاً با لینک زیر تأیید کنید که این نشانی ایمیل متعلق به شماست. فقط بعد از آن می‌توانید درخواست بفرستید. این لینک دو روز اعتبار دارد.

    اگر حساب کاربری نساخته‌اید، لازم نیست کاری انجام دهید.
mail-verify-email-link = تأیید نشانی:

mail-already-registered-subject = شما از قبل در BuT-Portal حساب کاربری دارید
mail-already-registered-body =
    کسی خواسته است با این نشانی ایمیل یک حساب کاربری جدید در BuT-Portal بسازد. اما برای این نشانی از قبل یک حساب کاربری وجود دارد. کافی است وارد شوید.

    اگر رمز عبور خود را فراموش کرده‌اید، می‌توانید با لینک زیر یک رمز عبور جدید تعیین کنید. اگر این کار را شما نکرده‌اید، لازم نیست کاری انجام دهید.
mail-already-registered-link = رمز عبور را فراموش کرده‌اید؟

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = درخواست‌های کمک درسی (Lernförderung) منتظر تأیید شما هستند
mail-school-digest-body = { $count ->
    [one] یک درخواست کمک درسی (Lernförderung) برای یکی از دانش‌آموزان مدرسهٔ شما منتظر تأیید مدرسه است.
   *[other] { $count } درخواست کمک درسی (Lernförderung) برای دانش‌آموزان مدرسهٔ شما منتظر تأیید مدرسه هستند.
}
mail-school-digest-link = دیدن درخواست‌ها:
