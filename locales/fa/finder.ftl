## جست‌وجوی عمومی محل‌های کلاس تقویتی (Lernstandorte) برای خانواده‌ها

finder-title = پیدا کردن محل کلاس تقویتی (Lernstandort)
finder-lead = کلاس تقویتی در خود مدرسه: اینجا همهٔ محل‌های کلاس تقویتی (Lernstandorte) در Kreis Warendorf را که جای خالی دارند، پیدا می‌کنید.
finder-subject = درس
finder-grade = کلاس
finder-search = جست‌وجو
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] هیچ محل کلاس تقویتی پیدا نشد.
    [one] { $count } محل کلاس تقویتی پیدا شد.
   *[other] { $count } محل کلاس تقویتی پیدا شد.
    }
finder-apply-hint = برای گرفتن جا در کلاس، فرم درخواست کمک درسی (Lernförderung) را پر کنید.
finder-apply-link = رفتن به فرم درخواست
