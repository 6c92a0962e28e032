## البحث العام عن مواقع التعلّم (Lernstandorte) للعائلات

finder-title = البحث عن مواقع التعلّم (Lernstandorte)
finder-lead = دروس تقوية داخل المدرسة مباشرة: هنا تجدون كل مواقع التعلّم (Lernstandorte) في Kreis Warendorf التي فيها أماكن شاغرة.
finder-subject = المادة
finder-grade = الصف
finder-search = بحث
# Variables:
#   $count (Number) - Zahl der Treffer
finder-count = { $count ->
    [0] لم يتم العثور على أي موقع تعلّم.
    [one] تم العثور على موقع تعلّم واحد.
    [two] تم العثور على موقعَي تعلّم.
    [few] تم العثور على { $count } مواقع تعلّم.
    [many] تم العثور على { $count } موقع تعلّم.
   *[other] تم العثور على { $count } موقع تعلّم.
    }
finder-apply-hint = تطلبون مكانًا في موقع تعلّم عن طريق طلب دعم التعلّم (Lernförderung).
finder-apply-link = إلى الطلب
