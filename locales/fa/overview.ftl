## صفحه‌های اصلی بعد از ورود

family-title = صفحهٔ من
family-claims-title = درخواست‌های من
family-claims-empty = هنوز هیچ درخواستی نداده‌اید.
school-title = صفحهٔ مدرسه‌ها
staff-title = صفحهٔ کارشناسان پرونده (Sachbearbeitung)
staff-kommunen-title = شهرداری‌ها (Kommunen) و مدرسه‌ها
staff-kommunen-empty = هنوز هیچ شهرداری (Kommune) ثبت نشده است.
staff-kommune = شهرداری (Kommune)
staff-schools = مدرسه‌ها
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [one] { $count } مدرسه
   *[other] { $count } مدرسه
}
