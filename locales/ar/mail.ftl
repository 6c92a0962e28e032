# رسائل البريد الإلكتروني من البوابة. لا تذكر أي بيانات اجتماعية: فقط أن شيئًا ما حدث،
# ورابطًا إلى البوابة.
mail-greeting = تحية طيبة،
mail-footer = أرسلت بوابة BuT-Portal Kreis Warendorf هذه الرسالة تلقائيًا. يرجى عدم الرد عليها. يمكنكم في البوابة، تحت «حسابي»، اختيار الرسائل التي تصلكم.

mail-password-reset-subject = كلمة مرور جديدة لبوابة BuT-Portal
mail-password-reset-body =
    طلب أحدهم كلمة مرور جديدة لحسابكم. إذا كنتم أنتم من طلبها، فحدّدوا كلمة مرور جديدة عبر الرابط أدناه. الرابط صالح لمدة ساعة واحدة ولمرة واحدة فقط.

    إذا لم تطلبوا كلمة مرور جديدة، فلا داعي لفعل أي شيء. تبقى كلمة المرور كما هي.
mail-password-reset-link = تحديد كلمة مرور جديدة:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = وصل طلبكم { $reference }
mail-claim-received-body = وصل طلبكم للحصول على إعانات التعليم والمشاركة (Bildung und Teilhabe) إلى مركز العمل (Jobcenter). رقم الطلب هو { $reference }. يرجى ذكر هذا الرقم عندما تكتبون إلينا أو تتصلون بنا.
mail-claim-received-link = عرض طلبكم:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = استفسار بخصوص طلبكم { $reference }
mail-question-body = لدى مركز العمل (Jobcenter) استفسار بخصوص طلبكم { $reference }. يرجى تسجيل الدخول إلى البوابة والرد. موعد الرد: { $due }.
mail-question-link = قراءة الاستفسار والرد عليه:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = قرار بشأن طلبكم { $reference }
mail-decision-body = صدر قرار بشأن طلبكم { $reference }. تجدون خطاب القرار (Bescheid) في البوابة.
mail-decision-link = عرض خطاب القرار:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = تذكير: استفسار بخصوص طلبكم { $reference }
mail-question-reminder-body = ما زال مركز العمل (Jobcenter) ينتظر ردّكم بخصوص طلبكم { $reference }. يرجى الرد في البوابة. موعد الرد: { $due }. إذا احتجتم إلى مساعدة، فاتصلوا بنا.
mail-question-reminder-link = قراءة الاستفسار والرد عليه:

# بدلًا من التاريخ، عندما لا يكون للاستفسار موعد نهائي.
mail-due-soon = في أقرب وقت ممكن

# الإشعار وفق § 37 Abs. 2a SGB X (فقط بعد الموافقة على استلام خطابات القرار في البوابة).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = خطاب القرار بشأن طلبكم { $reference } جاهز في البوابة
mail-notice-ready-body =
    صدر قرار بشأن طلبكم { $reference }. خطاب القرار (Bescheid) جاهز لكم للتنزيل في بوابة BuT-Portal. لقد وافقتم على استلام خطابات القرار في البوابة؛ لذلك لن يصلكم بالبريد.

    يُعتبر خطاب القرار قد وصلكم في اليوم الثالث بعد إرسال هذه الرسالة. ومن ذلك اليوم تبدأ مهلة الاعتراض (Widerspruch).
mail-notice-ready-link = تنزيل خطاب القرار:

mail-verify-email-subject = يرجى تأكيد بريدكم الإلكتروني
mail-verify-email-body =
    لقد أنشأتم حسابًا في بوابة BuT-Portal Kreis Warendorf. يرجى التأكيد عبر الرابط أدناه أن هذا البريد الإلكتروني يخصّكم. بعد ذلك فقط يمكنكم إرسال الطلبات. الرابط صالح لمدة يومين.

    إذا لم تنشئوا حسابًا، فلا داعي لفعل أي شيء.
mail-verify-email-link = تأكيد العنوان:

mail-already-registered-subject = لديكم حساب بالفعل في بوابة BuT-Portal
mail-already-registered-body =
    حاول أحدهم إنشاء حساب جديد في بوابة BuT-Portal بهذا البريد الإلكتروني. لكن يوجد بالفعل حساب بهذا العنوان. ما عليكم إلا تسجيل الدخول.

    إذا نسيتم كلمة المرور، يمكنكم تحديد كلمة مرور جديدة عبر الرابط أدناه. إذا لم تكونوا أنتم من فعل ذلك، فلا داعي لفعل أي شيء.
mail-already-registered-link = هل نسيتم كلمة المرور؟

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = طلبات دعم التعلّم (Lernförderung) تنتظر تأكيدكم
mail-school-digest-body = { $count ->
    [zero] لا يوجد طلب دعم تعلّم (Lernförderung) ينتظر تأكيد المدرسة.
    [one] ينتظر طلبٌ واحد لدعم التعلّم (Lernförderung) لتلميذة أو تلميذ من مدرستكم تأكيدَ المدرسة.
    [two] ينتظر طلبان لدعم التعلّم (Lernförderung) لتلاميذ من مدرستكم تأكيدَ المدرسة.
    [few] تنتظر { $count } طلبات لدعم التعلّم (Lernförderung) لتلاميذ من مدرستكم تأكيدَ المدرسة.
    [many] ينتظر { $count } طلبًا لدعم التعلّم (Lernförderung) لتلاميذ من مدرستكم تأكيدَ المدرسة.
   *[other] ينتظر { $count } طلب لدعم التعلّم (Lernförderung) لتلاميذ من مدرستكم تأكيدَ المدرسة.
}
mail-school-digest-link = عرض الطلبات:
