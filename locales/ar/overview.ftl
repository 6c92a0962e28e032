## صفحات النظرة العامة بعد تسجيل الدخول

family-title = صفحتي
family-claims-title = طلباتي
family-claims-empty = لم تقدّموا أي طلب بعد.
school-title = نظرة عامة للمدارس
staff-title = نظرة عامة للموظفين المختصين (Sachbearbeitung)
staff-kommunen-title = البلديات والمدارس
staff-kommunen-empty = لم تُضَف أي بلدية بعد.
staff-kommune = البلدية (Kommune)
staff-schools = المدارس
# Variables:
#   $count (Number) - Anzahl der Schulen
staff-kommune-schools = { $count ->
    [zero] لا توجد مدارس
    [one] مدرسة واحدة
    [two] مدرستان
    [few] { $count } مدارس
    [many] { $count } مدرسة
   *[other] { $count } مدرسة
}
