## مواقع التعلّم (Lernstandorte): المدارس تسجّلها، والإدارة تراجعها، والعائلات تجدها

# Variables:
#   $schools (String) - die Schulen der Schulsozialarbeit
school-lead = تعملون لدى: { $schools }.
school-no-schools = حسابكم غير مرتبط بأي مدرسة بعد. يرجى التواصل مع فريق BuT في مركز العمل (Jobcenter).
school-sites-title = مواقع التعلّم الخاصة بكم
site-new = تسجيل موقع تعلّم
# Variables:
#   $place (String) - Raum oder Ort
site-edit-title = موقع التعلّم: { $place }
site-form-lead = موقع التعلّم (Lernstandort) يعني دروس تقوية مباشرة في مدرستكم. بعد أن يراجعه فريق BuT، يظهر في البحث العام، ويمكن اختياره في الطلب.
site-school = المدرسة
site-place = المكان داخل المدرسة
site-place-hint = مثلًا: الغرفة B 104، أو المكتبة في المبنى القديم.
site-subjects = المواد الدراسية
site-grade-from = من الصف
site-grade-to = حتى الصف
site-grades = الصفوف
# Variables:
#   $from (Number) - erste Klasse
#   $to (Number) - letzte Klasse
site-grades-range = من الصف { $from } إلى الصف { $to }
site-schedule = أيام الأسبوع والأوقات
site-schedule-hint = مثلًا: الاثنين والأربعاء 14:00–15:30.
site-places = عدد الأماكن
site-tutors = مرافقو التعلّم (Lernbegleiterinnen und Lernbegleiter)
site-tutors-hint = الأسماء أو العدد.
site-contact = الشخص المسؤول
site-contact-hint = الاسم والهاتف أو البريد الإلكتروني.
site-start = البداية
site-review-hint = يراجع فريق BuT مواقع التعلّم الجديدة والمعدَّلة قبل أن تُنشر للعموم.
site-submit = إرسال للمراجعة
site-submitted = تم إرسال موقع التعلّم إلى فريق BuT للمراجعة.
site-status = الحالة
site-status-pending = قيد المراجعة
site-status-approved = معتمد
site-status-returned = أُعيد للتعديل
site-status-paused = متوقف مؤقتًا
site-status-closed = مغلق
site-status-changed = تم تغيير حالة موقع التعلّم.
site-review-comment = ملاحظة فريق BuT
site-pause = إيقاف مؤقت (لا يُقبل تلاميذ جدد)
site-reopen = إعادة الفتح
site-close = إغلاق
# Variables:
#   $taken (Number) - belegte Plätze
#   $places (Number) - alle Plätze
site-occupancy = الأماكن المشغولة: { $taken } من { $places }
# Variables:
#   $free (Number) - freie Plätze
#   $places (Number) - alle Plätze
site-free-places = { $free ->
    [zero] لا يوجد مكان شاغر
    [one] مكان واحد شاغر
    [two] مكانان شاغران
    [few] { $free } أماكن شاغرة
    [many] { $free } مكانًا شاغرًا
   *[other] { $free } مكان شاغر
    } (من أصل { $places })
site-full = مكتمل – لا توجد أماكن شاغرة حاليًا
site-error-school = يرجى اختيار إحدى مدارسكم.
site-error-grade = يرجى إدخال صف من 1 إلى 13.
site-error-grade-order = لا يجوز أن يكون الصف الأخير قبل الصف الأول.
site-error-places = يرجى إدخال عدد من 1 إلى 200.
site-error-start-past = تاريخ البداية مضى عليه أكثر من سنة.
site-error-closed = موقع التعلّم هذا مغلق، ولم يعد تعديله ممكنًا.
site-error-not-allowed = هذا غير ممكن حاليًا في موقع التعلّم هذا.
site-error-changed = تم تعديل موقع التعلّم في هذه الأثناء. يرجى إعادة تحميل الصفحة.
site-error-comment = يرجى كتابة ما يجب على المدرسة تغييره.
staff-sites-title = مراجعة مواقع التعلّم
staff-sites-empty = لا يوجد حاليًا أي موقع تعلّم ينتظر المراجعة.
site-approve = اعتماد
site-approved = تم اعتماد موقع التعلّم، وأصبح منشورًا للعموم.
site-return-comment = ملاحظة للمدرسة
site-return = إعادة للتعديل
site-returned = أُعيد موقع التعلّم إلى المدرسة مع ملاحظتكم.
home-finder-link = ابحثوا عن مواقع التعلّم (Lernstandorte) القريبة منكم
lf-finder-link = عرض كل مواقع التعلّم مع المواد والأوقات
lf-error-lernstandort-full = لا يوجد مكان شاغر في موقع التعلّم هذا في الفترة المختارة. يرجى اختيار موقع آخر.
admin-school = المدرسة
admin-school-hint = فقط لحسابات الأخصائيين الاجتماعيين في المدارس (Schulsozialarbeit): المدرسة التي يعمل لها صاحب الحساب.
conf-list-title = تأكيدات دعم التعلّم (Lernförderung)
conf-list-hint = طلبات تلاميذ مدارسكم الذين وافق أولياء أمورهم على الاستفسار لدى المدرسة.
conf-state-open = ينتظر تأكيدكم
conf-state-confirmed = تم تأكيد الحاجة
conf-state-declined = لم يتم تأكيد الحاجة
# Variables:
#   $child (String) - Name des Kindes
conf-title = تأكيد المدرسة بخصوص { $child }
conf-school = المدرسة والصف
conf-asked = المطلوب
# Variables:
#   $subjects (String) - Fächer
#   $hours (String) - Stunden pro Woche
#   $period (String) - Zeitraum
conf-asked-text = { $subjects }؛ عدد الساعات في الأسبوع: { $hours }؛ { $period }
conf-lead = يرجى أن تؤكدوا في أي مواد يحتاج الطفل إلى دعم التعلّم، وكم ساعة، وإلى متى – أو أن ترفضوا مع ذكر السبب.
conf-decision = قراركم
conf-confirm = تأكيد الحاجة
conf-decline = عدم تأكيد الحاجة
conf-goals-at-risk = بدون دعم التعلّم تكون أهداف التعلّم الأساسية في خطر (مثلًا الانتقال إلى الصف التالي)، ولا تستطيع المدرسة أن تغطي الحاجة بعروضها الخاصة.
conf-reason = السبب
conf-reason-hint = فقط إذا لم تؤكدوا الحاجة.
conf-submit = حفظ القرار
conf-confirmed = لقد أكدتم الحاجة. الآن يتخذ مركز العمل (Jobcenter) القرار في الطلب.
conf-declined = لم تؤكدوا الحاجة. مركز العمل (Jobcenter) سيُبلغ العائلة بذلك.
conf-error-goals = يرجى تأكيد أن أهداف التعلّم في خطر بدون دعم التعلّم – وإلا فيرجى الرفض.
conf-error-reason = يرجى ذكر سبب عدم تأكيد الحاجة.
conf-error-decision = يرجى الاختيار: هل تؤكدون الحاجة أم لا؟
conf-error-exists = المدرسة اتخذت قرارها في هذا الطلب بالفعل.
timeline-school-confirmed = أكدت المدرسة الحاجة
timeline-school-declined = لم تؤكد المدرسة الحاجة
behalf-title = بدء طلب مع عائلة
behalf-start-lead = يمكنكم بدء طلب دعم التعلّم (Lernförderung) مع أولياء الأمور، مثلًا في جلسة استشارة. تحتاج العائلة إلى حساب في البوابة، ويجب أن يكون الطفل في إحدى مدارسكم. ولهذا الغرض ينشئ أولياء الأمور في حسابهم رمزًا لطفلهم، ويعطونكم إياه. بعد ذلك يراجع أولياء الأمور الطلب في حسابهم، ويرسلونه بأنفسهم.
behalf-family-email = البريد الإلكتروني لحساب العائلة
behalf-family-email-hint = بهذا البريد يسجّل أولياء الأمور الدخول إلى البوابة.
behalf-code = رمز العائلة
behalf-code-hint = يجد أولياء الأمور الرمز في حسابهم عند بيانات الطفل، تحت «رمز للأخصائي الاجتماعي في المدرسة (Schulsozialarbeit)»، مثلًا ABCD-EFGH.
behalf-error-code = يرجى إدخال الرمز المكوّن من 8 أحرف الذي أعطاكم إياه أولياء الأمور.
behalf-start = بدء الطلب
behalf-started = تم إنشاء الطلب. يرجى الآن تعبئة البيانات مع أولياء الأمور.
behalf-lead = تملؤون هذا الطلب مع أولياء الأمور. لا يستطيع إرساله إلا أولياء الأمور من حسابهم.
behalf-saved = تم حفظ البيانات. يرى أولياء الأمور الطلب الآن في حسابهم، ويمكنهم إرساله.
behalf-error-not-found = لم نجد في مدارسكم طفلًا لهذا البريد الإلكتروني وهذا الرمز. الرمز صالح لمدة أسبوع واحد، ولمرة واحدة فقط. يرجى التحقق من البيانات، أو طلب رمز جديد من أولياء الأمور.
behalf-family-hint = بدأته المدرسة معكم – يرجى مراجعته وإرساله.
timeline-started-by-school = بدأت المدرسة الطلب معكم
school-directory-title = دليل المدارس
school-directory-list = كل المدارس
school-add = إضافة مدرسة
school-edit = تعديل المدرسة
# Variables:
#   $name (String) - Name der Schule
school-edit-title = المدرسة: { $name }
school-name = اسم المدرسة
school-type = نوع المدرسة
school-save = حفظ
school-saved = تم حفظ المدرسة.
school-error-type = يرجى اختيار نوع المدرسة من القائمة.
school-error-exists = توجد بالفعل مدرسة بهذا الاسم في هذه البلدية.
request-title = طلب صلاحية دخول للأخصائيين الاجتماعيين في المدارس (Schulsozialarbeit)
request-lead = هل تعملون أخصائيين اجتماعيين في مدرسة في Kreis Warendorf؟ اطلبوا هنا صلاحية الدخول. يراجع فريق BuT الطلب، وبعد ذلك يمكنكم تسجيل الدخول.
request-name = اسمكم
request-email-hint = يرجى كتابة بريدكم الإلكتروني الخاص بالعمل.
request-message = رسالة إلى فريق BuT
request-message-hint = مثلًا وظيفتكم، أو رقم هاتف للاستفسارات.
request-submit = طلب صلاحية الدخول
request-sent = وصل طلبكم إلى فريق BuT. يمكنكم تسجيل الدخول بعد اعتماده.
request-error-school = يرجى اختيار مدرستكم من القائمة.
request-error-decided = تم اتخاذ قرار في هذا الطلب بالفعل.
requests-title = صلاحيات دخول الأخصائيين الاجتماعيين في المدارس
requests-empty = لا يوجد حاليًا أي طلب صلاحية دخول ينتظر المراجعة.
request-approve = اعتماد
request-reject = رفض
request-approved = تم اعتماد صلاحية الدخول.
request-rejected = تم رفض طلب صلاحية الدخول.
login-school-request = تعملون أخصائيين اجتماعيين في مدرسة، وليس لديكم صلاحية دخول؟
behalf-signed-title = أو: رفع طلب موقَّع
behalf-signed-text = هل وقّع أولياء الأمور على الطلب ورقيًا، مع الإقرار والموافقة والإعفاء من واجب السرية (Schweigepflichtentbindung)؟ إذن ارفعوه هنا (نسخة ممسوحة ضوئيًا أو صورة). وبذلك يكون الطلب قد قُدِّم.
behalf-signed-submit = رفع وتقديم
behalf-submitted = تم تقديم الطلب مع الموافقة الموقَّعة.
behalf-error-incomplete = ما زالت بعض البيانات ناقصة. يرجى تعبئة الطلب كاملًا أولًا.
