## القرار للعائلة: شرح بسيط إلى جانب خطاب القرار الألماني

decision-title = القرار
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = تمت الموافقة على طلبكم. يدفع مركز العمل (Jobcenter) حتى { $amount } في الشهر، من { $from } حتى { $to }. يذهب المال إلى: { $payee }.
decision-explain-direct = يدفع مركز العمل مباشرة إلى مقدّم الخدمة. لا تحتاجون إلى دفع أي شيء مما تمت الموافقة عليه.
decision-explain-voucher = تحصلون على قسيمة (Gutschein). سلّموها إلى مقدّم الخدمة.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = تم رفض طلبكم. السبب: { $reason } التعليل الكامل مكتوب في خطاب القرار (Bescheid).
decision-explain-objection = لا توافقون على القرار؟ يمكنكم تقديم اعتراض (Widerspruch) خلال شهر واحد: برسالة موقّعة، أو شخصيًا في مركز العمل (Jobcenter) حيث يُدوَّن اعتراضكم (zur Niederschrift)، أو إلكترونيًا فقط بتوقيع إلكتروني مؤهَّل أو عبر De-Mail – البريد الإلكتروني العادي لا يكفي. تبدأ المهلة عندما يُعتبر خطاب القرار قد وصلكم: إذا أُرسل بالبريد، ففي اليوم الرابع بعد تسليمه للبريد. طريقة ذلك مكتوبة في آخر خطاب القرار، في فقرة «إرشادات الطعن» (Rechtsbehelfsbelehrung).
decision-explain-no-suspension = حتى إذا قدّمتم اعتراضًا (Widerspruch)، يبقى القرار ساريًا في الوقت الحالي.
decision-explain-german = خطاب القرار (Bescheid) الصالح قانونيًا هو النسخة الألمانية. يسعدنا أن نشرحه لكم – أيضًا بالألمانية المبسّطة (Leichte Sprache).
decision-download = تنزيل خطاب القرار (PDF، باللغة الألمانية)
reason-no-benefit = في الفترة التي طلبتموها لا تحصلون على إعانة ضرورية لذلك، مثل إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) أو إعانة السكن (Wohngeld).
reason-age = طفلكم أكبر من السن المسموح بها لهذه الإعانة.
reason-no-need = لم تؤكد المدرسة أن طفلكم يحتاج إلى دروس تقوية.
reason-missing-documents = تنقص مستندات طلبناها منكم.
reason-school-offer = لدى المدرسة عرض مجاني، ويجب الاستفادة منه أولًا.
reason-other = الشروط غير متوفرة.
objection-letter-title = إعداد اعتراض (Widerspruch)
objection-letter-hint = تكتب البوابة اعتراضكم (Widerspruch) على شكل رسالة (PDF). اطبعوها ووقّعوها وأرسلوها إلى مركز العمل (Jobcenter) أو سلّموها هناك – خلال شهر واحد. البريد الإلكتروني العادي لا يكفي. لا يُحفظ أي شيء في البوابة.
objection-letter-reasons = لماذا لا توافقون؟ (يمكنكم أيضًا إرسال الأسباب لاحقًا.)
objection-letter-button = إنشاء الرسالة (PDF)

## استرداد التكاليف ووصول خطاب القرار
decision-explain-reimbursement = لقد دفعتم التكاليف بأنفسكم. يردّ لكم مركز العمل (Jobcenter) هذه التكاليف حتى المبلغ الذي تمت الموافقة عليه.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = وصلكم خطاب القرار (Bescheid) في البوابة. يُعتبر أنه وصلكم بتاريخ { $known }. يمكنكم تقديم اعتراض (Widerspruch) حتى { $deadline }.
decision-known-posted = وصلكم خطاب القرار (Bescheid) بالبريد. يُعتبر أنه وصلكم بتاريخ { $known }. يمكنكم تقديم اعتراض (Widerspruch) حتى { $deadline }.
