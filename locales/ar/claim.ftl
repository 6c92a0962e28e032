## تقديم الطلب، صفحة الطلب، سجل الطلب

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = الخطوة { $step } من { $total }
claim-continue = التالي
claim-back = رجوع
claim-check-title = راجعوا بياناتكم
claim-child = الطفل
claim-benefit = الإعانة
claim-change-answers = تعديل البيانات
claim-declaration-title = الإقرار والموافقة
claim-declaration-text = أُقِر بأن بياناتي صحيحة وكاملة. وسأُبلغ مركز العمل (Jobcenter) فورًا بأي تغيير، مثلًا إذا توقف طفلي عن الذهاب إلى النادي أو إلى دروس التقوية.
claim-consent-text = اختياري: أوافق على أن يدفع مركز العمل (Jobcenter) المال مباشرة إلى مقدّم الخدمة (الدفع المباشر). بدون هذه الموافقة تحصلون على قسيمة (Gutschein) لمقدّم الخدمة. يمكنكم سحب هذه الموافقة في أي وقت بالنسبة للمستقبل – هنا في البوابة في صفحة طلبكم، أو لدى مركز العمل (Jobcenter).
claim-privacy-hint = بياناتكم بيانات اجتماعية (Sozialdaten)، ولا تُستخدم إلا لهذا الطلب. هذا ما تنص عليه المادة { -ltr(text: "§ 67a") } من الكتاب العاشر من قانون الضمان الاجتماعي الألماني ({ -ltr(text: "SGB X") }).
claim-submit = إرسال الطلب بشكل نهائي
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = الطلب { $reference }
claim-page-title-draft = مسودة (لم تُرسَل بعد)
claim-status = الحالة
claim-next-steps = نحن نراجع طلبكم. إذا احتجنا إلى معلومة، نتواصل معكم هنا في البوابة. يصلكم القرار في رسالة رسمية، هي خطاب القرار (Bescheid). يرجى طباعة هذه الصفحة أو حفظها كإثبات.
claim-continue-draft = متابعة تعبئة الطلب
claim-submitted-at = أُرسل بتاريخ
claim-timeline = سجل الطلب
claim-withdraw-hint = لم تعودوا بحاجة إلى الإعانة؟ يمكنكم سحب الطلب ما دام القرار لم يصدر بعد.
claim-withdraw = سحب الطلب
claim-withdraw-explain = إذا سحبتم الطلب، لن يتخذ مركز العمل (Jobcenter) قرارًا بشأنه ولن يدفع شيئًا مقابله. لا يمكن التراجع عن ذلك. إذا احتجتم إلى الخدمة لاحقًا، فقدّموا طلبًا جديدًا – وعندها يمكن في الغالب الموافقة على دعم التعلّم ابتداءً من شهر الطلب الجديد فقط.
claim-withdraw-confirm = نعم، أريد سحب هذا الطلب.
claim-withdraw-error-confirm = يرجى تأكيد أنكم تريدون سحب الطلب.
claim-submitted = وصلنا طلبكم. شكرًا جزيلًا!
claim-withdrawn = لقد سحبتم الطلب.
claim-error-incomplete = ما زالت بعض البيانات ناقصة. يرجى مراجعة الحقول المعلَّمة.
claim-error-declaration = يرجى تأكيد أن بياناتكم صحيحة.
claim-error-not-draft = هذا الطلب أُرسل بالفعل، ولم يعد تعديله ممكنًا.
claim-error-already-final = صدر قرار في هذا الطلب بالفعل، أو تم سحبه.
claim-error-not-allowed = هذا غير ممكن حاليًا في هذا الطلب.
claim-error-changed = تم تعديل الطلب في هذه الأثناء. يرجى إعادة تحميل الصفحة.
status-draft = مسودة
status-submitted = تم الاستلام
status-needs-info = استفسار موجَّه إليكم
status-approved = تمت الموافقة
status-rejected = تم الرفض
status-withdrawn = تم السحب
timeline-draft = تم بدء الطلب
timeline-submitted = تم إرسال الطلب
timeline-needs-info = استفسار من مركز العمل (Jobcenter)
timeline-approved = تمت الموافقة على الطلب
timeline-rejected = تم رفض الطلب
timeline-withdrawn = تم سحب الطلب
teilhabe-details-title = بيانات النادي أو الدورة
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = بخصوص { $child }: لأي شيء هذا المال، ومن هو مقدّم الخدمة؟
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = يدفع مركز العمل (Jobcenter) حتى { $amount } في الشهر مباشرة إلى النادي أو مقدّم الخدمة، وذلك مقابل: رسوم العضوية (رياضة، ألعاب، ثقافة)، والدروس مثل مدرسة الموسيقى، والدورات، ومخيّمات العطلات. ولا يُدفع مثلًا ثمن السينما أو صالة اللياقة البدنية (Fitnessstudio).
teilhabe-activity = ماذا يمارس طفلكم؟
teilhabe-activity-sport = رياضة في نادٍ
teilhabe-activity-music = موسيقى، مثلًا مدرسة الموسيقى
teilhabe-activity-culture = فن أو ثقافة أو تعليم
teilhabe-activity-holiday-camp = مخيّم عطلة (Ferienfreizeit)
teilhabe-activity-other = شيء آخر
teilhabe-description = وصف أدق للنشاط
teilhabe-description-hint = مثلًا: كرة القدم، دروس الغيتار. إذا اخترتم «شيء آخر» فيرجى تعبئة هذا الحقل.
teilhabe-provider-title = مقدّم الخدمة
teilhabe-provider-name = اسم النادي أو مقدّم الخدمة
teilhabe-provider-name-hint = كما هو مكتوب في استمارة الانتساب أو في الفاتورة.
teilhabe-provider-contact = الشخص المسؤول، الهاتف أو البريد الإلكتروني
teilhabe-provider-contact-hint = حتى نستطيع أن نستفسر لدى مقدّم الخدمة.
teilhabe-provider-iban = رقم IBAN لمقدّم الخدمة
teilhabe-provider-iban-hint = غالبًا ما يكون مكتوبًا في استمارة الانتساب. إذا لم تعرفوه، فاتركوا الحقل فارغًا.
teilhabe-costs-title = التكاليف والمدة
teilhabe-monthly-fee = الاشتراك الشهري
teilhabe-monthly-fee-hint = باليورو، مثلًا 12.50. إذا كان الاشتراك سنويًا، فيرجى قسمته على 12.
teilhabe-start-month = من شهر
teilhabe-month-hint = مثلًا 09/2026. تبدأ الإعانة عادةً من الشهر الذي يصلنا فيه الطلب.
teilhabe-end-month = حتى شهر
teilhabe-end-month-hint = اثنا عشر شهرًا على الأكثر. بعد ذلك يمكنكم تقديم طلب جديد.
teilhabe-period = المدة
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = يمكن لمركز العمل (Jobcenter) أن يتحمّل من هذا المبلغ { $amount } في الشهر.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = الباقي، وهو { $amount } في الشهر، تدفعونه أنتم بأنفسكم إلى مقدّم الخدمة.
teilhabe-error-activity = يرجى اختيار ما يمارسه طفلكم.
teilhabe-error-description = يرجى أن تصفوا باختصار ما يمارسه طفلكم.
teilhabe-error-start-past = تاريخ البداية قبل أكثر من اثني عشر شهرًا. لا يمكن دفع أي مبلغ عن أشهر مضى عليها كل هذا الوقت. سنتحقق من التاريخ الذي يبدأ منه الدفع، ونكتبه في خطاب القرار (Bescheid).
teilhabe-error-start-future = تاريخ البداية بعيد جدًا: أكثر من اثني عشر شهرًا في المستقبل.
teilhabe-error-end-before-start = يجب أن تكون النهاية بعد البداية.
teilhabe-error-period-long = الطلب الواحد صالح لمدة اثني عشر شهرًا على الأكثر.
claim-change-documents = تعديل المستندات
claim-school-consent-text = اختياري: أُعفي مدرسة طفلي من واجب السرية (Schweigepflichtentbindung). عندها يجوز لمركز العمل (Jobcenter) أن يستفسر لدى المدرسة، ويجوز للمدرسة أن تقول هل يحتاج طفلي إلى دروس تقوية (Lernförderung) وكم يحتاج منها. ولهذا لا ترى المدرسة إلا المواد وعدد الساعات والفترة، ولا ترى أسبابكم. بدون هذه الموافقة يمكنكم إثبات الحاجة بطريقة أخرى، مثلًا بالشهادة المدرسية (Zeugnis) أو برسالة من المعلّم كإثبات. يمكنكم سحب هذه الموافقة في أي وقت بالنسبة للمستقبل – هنا في البوابة في صفحة طلبكم، أو لدى مركز العمل (Jobcenter).
claim-needs-info = لدى مركز العمل (Jobcenter) استفسار لكم. يرجى الرد في الأسفل. بعد ذلك نتابع مراجعة طلبكم.
claim-receipt-link = عرض تأكيد الاستلام وطباعته
timeline-answered = تم الرد على الاستفسار
claim-hint-teilhabe-age = المشاركة الاجتماعية والثقافية (soziokulturelle Teilhabe) متاحة فقط للأطفال واليافعين دون 18 عامًا. ومع ذلك يمكنكم تقديم الطلب: سنراجعه ونرسل لكم خطاب القرار (Bescheid).
claim-hint-school-age = مع هذه الإعانة، دعم التعلّم (Lernförderung) متاح فقط حتى بلوغ 25 عامًا. ومع ذلك يمكنكم تقديم الطلب: سنراجعه ونرسل لكم خطاب القرار (Bescheid).

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = موافقاتكم
consent-school = إعفاء المدرسة من واجب السرية
consent-direct = الدفع المباشر إلى مقدّم الخدمة
# Variables:
#   $date (String) - Datum
consent-given = مُنحت بتاريخ { $date }
# Variables:
#   $date (String) - Datum
consent-withdrawn = سُحبت بتاريخ { $date }
consent-not-given = لم تُمنح
consent-withdraw = سحب الموافقة
consent-withdraw-hint = يسري السحب على المستقبل فقط. ما حدث من قبل – مثلًا تأكيد من المدرسة – يبقى في الملف. بدون الدفع المباشر تحصلون على قسيمة (Gutschein)؛ وبدون إعفاء المدرسة من واجب السرية يرجى إثبات الحاجة بمستندات أخرى.
consent-withdrawn-flash = تم حفظ سحب موافقتكم.
consent-error-not-given = هذه الموافقة غير ممنوحة (أو لم تعد ممنوحة).
timeline-consent-school-withdrawn = تم سحب إعفاء المدرسة من واجب السرية
timeline-consent-direct-withdrawn = تم سحب الموافقة على الدفع المباشر

## البريد الإلكتروني المؤكَّد
claim-error-email-unverified = يرجى أولًا تأكيد بريدكم الإلكتروني عبر الرابط الموجود في رسالتنا. تم حفظ طلبكم؛ وبعد ذلك يمكنكم إرساله.
