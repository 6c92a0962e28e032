## مدارک، سؤال‌ها و رسید دریافت درخواست

documents-title = بارگذاری مدارک
documents-hint-teilhabe = این مدارک کمک می‌کنند: فرم ثبت‌نام یا فرم عضویت در باشگاه و فهرست هزینه‌های عضویت.
documents-hint-lernfoerderung = این مدارک کمک می‌کنند: آخرین کارنامهٔ مدرسه. اگر ارائه‌دهنده بیرون از مدرسه است: پیشنهاد قیمت او با قیمت هر ساعت.
documents-uploaded = مدارک شما
documents-empty = هنوز هیچ مدرکی بارگذاری نشده است.
documents-optional = الان مدرکی ندارید؟ اشکالی ندارد، ادامه دهید. اگر چیزی کم باشد، از شما می‌پرسیم.
document-choose = انتخاب فایل‌ها
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = PDF، JPG یا PNG. عکس با گوشی موبایل هم قبول است. حداکثر { $file } برای هر فایل و { $claim } برای همهٔ فایل‌ها با هم.
document-upload = بارگذاری
document-uploaded = فایل‌های شما بارگذاری شد.
document-remove = حذف
document-removed = فایل حذف شد.
document-error-none = لطفاً دست‌کم یک فایل انتخاب کنید.
document-error-empty = فایل «{ $name }» خالی است. لطفاً آن را دوباره انتخاب کنید. به همین دلیل فایل‌های دیگر هنوز بارگذاری نشده‌اند.
document-error-type = فایل «{ $name }» با قالب PDF، JPG یا PNG نیست. لطفاً آن را با یکی از این قالب‌ها ذخیره کنید یا کنار بگذارید. به همین دلیل فایل‌های دیگر هنوز بارگذاری نشده‌اند.
document-error-file-too-large = فایل «{ $name }» خیلی بزرگ است. لطفاً آن را کوچک‌تر کنید، مثلاً عکس را با کیفیت پایین‌تر بگیرید. به همین دلیل فایل‌های دیگر هنوز بارگذاری نشده‌اند.
document-error-claim-too-large = همهٔ فایل‌ها با هم برای این درخواست خیلی بزرگ هستند. لطفاً چند فایل را حذف یا کوچک‌تر کنید.
document-error-upload-failed = بارگذاری انجام نشد. لطفاً دوباره امتحان کنید.
document-error-too-many-files = لطفاً هر بار حداکثر 10 فایل بارگذاری کنید.
document-error-claim-too-many = این درخواست همین حالا بیشترین تعداد ممکن فایل را دارد (25). لطفاً فایل‌هایی را که لازم نیستند حذف کنید.
document-error-drafts-full = درخواست‌های نیمه‌کارهٔ شما روی هم تعداد بسیار زیادی فایل بزرگ دارند. لطفاً درخواست‌های آماده را بفرستید یا فایل‌هایی را که لازم نیستند حذف کنید.
questions-title = سؤال‌های جاب‌سنتر (Jobcenter)
# Variables:
#   $date (String) - Datum
question-asked-at = سؤال در تاریخ { $date }
# Variables:
#   $date (String) - Datum
question-due = لطفاً تا تاریخ { $date } پاسخ دهید.
question-cooperation-warning = این یک درخواست رسمی برای همکاری است (Mitwirkung – §§ 60, 66 SGB I). اگر تا پایان مهلت پاسخ ندهید یا مدارک خواسته‌شده را نفرستید، ممکن است کمک‌هزینه تا زمانی که این کار را انجام دهید رد شود. اگر نمی‌توانید مهلت را رعایت کنید یا سؤالی دارید، لطفاً با ما تماس بگیرید.
# Variables:
#   $date (String) - Datum
question-answered-at = پاسخ شما در تاریخ { $date }
question-answer = پاسخ شما
question-answer-hint = می‌توانید فقط فایل هم بفرستید، مثلاً عکس کارنامه.
question-send = ارسال پاسخ
question-answered = سپاسگزاریم! پاسخ شما به جاب‌سنتر رسید.
question-error-empty = لطفاً پاسخی بنویسید یا یک فایل انتخاب کنید.
question-error-answered = به این سؤال قبلاً پاسخ داده شده است.
receipt-title = رسید دریافت درخواست (Eingangsbestätigung)
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = درخواست شما با شمارهٔ { $reference } در تاریخ { $date } به جاب‌سنتر (Jobcenter) رسیده است.
receipt-reference = شمارهٔ درخواست
receipt-print-hint = این صفحه را از منوی مرورگر خود چاپ کنید، یا آن را به صورت PDF ذخیره کنید.
document-view = دیدن در مرورگر
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = نامهٔ استماع (Anhörung) شمارهٔ { $number } – پاسخ تا { $due }
# Variables:
#   $date (String) - Datum
hearing-answered-at = پاسخ در تاریخ { $date }
hearing-no-answer = هنوز پاسخی داده نشده است.
hearing-family-title = استماع (Anhörung): جاب‌سنتر (Jobcenter) می‌خواهد تأیید درخواست را تغییر دهد
hearing-family-intro = پیش از آنکه جاب‌سنتر تصمیم بگیرد، می‌توانید نظرتان را دربارهٔ آن بگویید. نامه را بخوانید و تا پایان مهلت پاسخ دهید – همین‌جا، با نامه یا حضوری. این نامه هنوز تصمیم نیست.
hearing-your-answer = پاسخ شما
hearing-answer-send = ارسال پاسخ
hearing-answered = سپاسگزاریم! پاسخ شما به جاب‌سنتر رسید.
hearing-error-answered = به این نامه قبلاً پاسخ داده شده است.
