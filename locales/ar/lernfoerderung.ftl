## دعم التعلّم (Lernförderung) – دروس التقوية: البيانات في الطلب

lf-details-title = بيانات دعم التعلّم (Lernförderung)
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = بخصوص { $child }: في أي مواد يحتاج طفلكم إلى دروس تقوية، وكم ساعة، وأين؟
lf-school-confirms = المدرسة تؤكد لاحقًا أن طفلكم يحتاج إلى دروس التقوية. لذلك نسأل المدرسة – ولكن فقط إذا وافقتم على ذلك في آخر الطلب.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = يتحمّل مركز العمل (Jobcenter) { $amount } للساعة على الأكثر. دروس التقوية في موقع تعلّم (Lernstandort) داخل المدرسة مجانية لكم.
lf-subjects = المواد الدراسية
lf-subjects-hint = اختاروا مادة واحدة أو أكثر.
subject-deutsch = اللغة الألمانية
subject-mathematik = الرياضيات
subject-englisch = اللغة الإنجليزية
subject-franzoesisch = اللغة الفرنسية
subject-latein = اللغة اللاتينية أو لغة أجنبية أخرى
subject-naturwissenschaften = الأحياء أو الكيمياء أو الفيزياء
subject-sachunterricht = العلوم العامة في المدرسة الابتدائية (Sachunterricht)
subject-sonstiges = مادة أخرى
lf-subject-other = المادة الأخرى
lf-subject-other-hint = فقط إذا اخترتم «مادة أخرى».
lf-hours = عدد الساعات في الأسبوع
lf-hours-hint = عدد من 1 إلى 10. الساعة الواحدة تعني 45 إلى 60 دقيقة.
lf-period-from = دروس التقوية من
lf-period-to = دروس التقوية حتى
lf-period-hint = اقتراحنا: حتى نهاية نصف السنة الدراسية. يمكنكم إدخال تاريخ آخر.
lf-period = المدة
lf-place = أين تُقام دروس التقوية؟
lf-place-lernstandort = في موقع تعلّم (Lernstandort) – دروس تقوية داخل المدرسة
lf-place-provider = عند مقدّم دروس تقوية خارج المدرسة
lf-lernstandort = موقع التعلّم (Lernstandort)
lf-lernstandort-hint = فقط إذا كانت دروس التقوية في موقع تعلّم. إذا لم تكونوا متأكدين، فاسألوا الأخصائي الاجتماعي في المدرسة (Schulsozialarbeit).
lf-provider-title = مقدّم دروس التقوية
lf-provider-hint = املؤوا هذا الجزء فقط إذا كانت دروس التقوية عند مقدّم خدمة خارج المدرسة. وفي الخطوة التالية ارفعوا عرض مقدّم الخدمة.
lf-provider-name = اسم مقدّم الخدمة
lf-hourly-rate = سعر الساعة
lf-hourly-rate-hint = باليورو، كما في العرض، مثلًا 18.50.
lf-monthly-cost = التكلفة في الشهر (تقديرية)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = يتحمّل مركز العمل (Jobcenter) { $cap } للساعة على الأكثر. المبلغ الزائد، وهو { $over } للساعة، تدفعونه بأنفسكم أو تتفقون عليه مع مقدّم الخدمة.
lf-reason = لماذا يحتاج طفلكم إلى دروس تقوية؟
lf-reason-hint = تكفي بضع جمل. مثلًا: انتقال الطفل إلى الصف التالي في خطر، ودرجته في الرياضيات ضعيفة جدًا (mangelhaft).
lf-error-subjects = يرجى اختيار مادة واحدة على الأقل من القائمة.
lf-error-subject-other = يرجى كتابة اسم المادة الأخرى.
lf-error-hours = يرجى إدخال عدد صحيح من 1 إلى 10.
lf-error-from-past = تاريخ البداية قبل أكثر من اثني عشر شهرًا. لا يمكن دفع أي مبلغ عن أشهر مضى عليها كل هذا الوقت. سنتحقق من التاريخ الذي يبدأ منه الدفع، ونكتبه في خطاب القرار (Bescheid).
lf-error-from-future = تاريخ البداية بعيد جدًا: أكثر من سنة في المستقبل.
lf-error-to-before-from = يجب أن تكون النهاية بعد البداية.
lf-error-period-long = الطلب الواحد صالح لسنة دراسية واحدة على الأكثر.
lf-error-place = يرجى اختيار مكان دروس التقوية.
lf-error-lernstandort = يرجى اختيار موقع تعلّم.
lf-error-lernstandort-unknown = موقع التعلّم هذا غير موجود، أو لا يقبل أحدًا حاليًا. يرجى اختيار موقع آخر.
lf-error-rate-zero = يجب أن يكون سعر الساعة أكبر من 0.
