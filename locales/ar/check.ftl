## التحقق من الاستحقاق (بدون حساب)

check-title = هل يمكن لطفلي الحصول على الإعانات؟
check-lead = أجيبوا عن أربعة أسئلة قصيرة. بعدها ترون أي إعانات التعليم والمشاركة (Bildung und Teilhabe) قد تكون من حق طفلكم. نحن لا نحفظ إجاباتكم.
check-benefit-question = ما الإعانة التي تحصل عليها عائلتكم؟
check-benefit-none = لا شيء من هذه، أو لا أعرف
check-age-question = كم عمر طفلكم؟
check-age-hint = العمر بالسنوات، مثلًا 9
check-school-question = هل يذهب طفلكم إلى المدرسة؟
check-school-hint = مدرسة عامة أو مدرسة مهنية (Berufsschule)
check-allowance-question = هل يحصل طفلكم على أجر تدريب مهني (Ausbildungsvergütung)؟
check-allowance-hint = مال مقابل تدريب مهني في شركة
check-yes = نعم
check-no = لا
check-submit = عرض النتيجة
check-result-title = نتيجتكم
check-may-apply = قد يكون لطفلكم حق في هذه الإعانة.
check-may-not-apply = على الأرجح ليس لطفلكم حق في هذه الإعانة.
# Variables:
#   $basis (String) - Paragraf, z. B. § 28 SGB II
check-legal-basis = الأساس القانوني: { $basis }
check-disclaimer = هذا تقدير غير مُلزِم. القرار يتخذه مركز العمل (Jobcenter) عندما تقدّمون الطلب.
check-apply = قدّموا الطلب الآن
check-error-benefit = يرجى اختيار الإعانة التي تحصل عليها عائلتكم.
check-error-age-required = يرجى إدخال عمر طفلكم.
check-error-age-invalid = يرجى إدخال العمر كعدد صحيح بين 0 و99.
check-error-yes-no = يرجى اختيار «نعم» أو «لا».
check-reason-no-benefit = هذه الإعانات للعائلات التي تحصل على إعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld)، أو المساعدة الاجتماعية (Sozialhilfe)، أو إعانة السكن (Wohngeld)، أو علاوة الأطفال الإضافية (Kinderzuschlag)، أو إعانات طالبي اللجوء.
check-reason-no-school = دعم التعلّم (Lernförderung) متاح فقط للأطفال والشباب الذين يذهبون إلى المدرسة.
check-reason-training-allowance = من يحصل على أجر تدريب مهني (Ausbildungsvergütung) لا يحصل على دعم التعلّم.
check-reason-age-25 = مع هذه الإعانة، دعم التعلّم متاح فقط حتى بلوغ 25 عامًا.
check-reason-tutoring-ok = طفلكم يذهب إلى المدرسة. إذا لم يستطع تحقيق أهداف التعلّم المهمة بدون دروس تقوية، يمكن لمركز العمل (Jobcenter) أن يدفع تكاليف دروس التقوية. والمدرسة تؤكد هذه الحاجة.
check-reason-no-age-limit = مع المساعدة الاجتماعية وإعانات طالبي اللجوء لا يوجد حد عمري (25 عامًا) للإعانات المدرسية.
check-reason-participation-ok = للأطفال دون 18 عامًا: 15 يورو كل شهر للنادي، أو مدرسة الموسيقى، أو الدورات، أو مخيّمات العطلات.
check-reason-age-18 = المشاركة الاجتماعية والثقافية (soziokulturelle Teilhabe) متاحة فقط حتى بلوغ 18 عامًا.
check-note-but-needs-alone = إذا كان دخلكم أعلى من حد الدخل بقليل فقط، فقد تكون الحاجة إلى التعليم والمشاركة وحدها كافية ليكون لكم حق في الإعانة. لا تترددوا في سؤالنا.
check-note-tutoring-own-application = دعم التعلّم (Lernförderung) يحتاج دائمًا إلى طلب خاص به – ويمكنكم تقديمه هنا في البوابة.
check-note-apply-separately = العائلات التي تحصل على إعانة السكن (Wohngeld) أو علاوة الأطفال الإضافية (Kinderzuschlag) تقدّم دائمًا طلبًا منفصلًا للتعليم والمشاركة – ويمكنكم ذلك هنا في البوابة.
check-note-sgb2-covered = بطلبكم لإعانة الضمان الأساسي (Grundsicherungsgeld، سابقًا Bürgergeld) تكونون قد طلبتم المشاركة الاجتماعية والثقافية أيضًا. لكي نستطيع الدفع للنادي، أخبرونا هنا عن مقدّم الخدمة.
check-note-sgb12-covered = بطلبكم للمساعدة الاجتماعية (Sozialhilfe) أو لإعانات طالبي اللجوء (Asylbewerberleistungen) تكونون قد طلبتم المشاركة الاجتماعية والثقافية أيضًا. لكي نستطيع الدفع للنادي، أخبرونا هنا عن مقدّم الخدمة.
