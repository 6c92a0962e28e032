## تسجيل الدخول، إنشاء حساب، الحساب

field-email = البريد الإلكتروني
field-password = كلمة المرور
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-password-repeat = إعادة كتابة كلمة المرور
field-role = الدور
field-initial-password = كلمة المرور الأولى
password-show = إظهار كلمة المرور
password-hide = إخفاء كلمة المرور
# Variables:
#   $min (Number) - minimale Länge
password-hint = عدد الأحرف: { $min } على الأقل. جملة طويلة تتذكرونها بسهولة هي كلمة مرور جيدة.
login-title = تسجيل الدخول
login-submit = تسجيل الدخول
login-no-account = ليس لديكم حساب بعد؟
login-register-link = أنشئوا حسابًا الآن
register-title = إنشاء حساب لعائلتكم
register-lead = بالحساب يمكنكم طلب إعانات التعليم والمشاركة (Bildung und Teilhabe) عبر الإنترنت، وحفظ طلباتكم، وإكمالها لاحقًا.
register-email-hint = إلى هذا العنوان نرسل لكم رسائل عن طلباتكم.
register-submit = إنشاء الحساب
register-have-account = لديكم حساب بالفعل؟
register-login-link = تسجيل الدخول
account-title = حسابي
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = أنتم مسجّلون الدخول بالحساب: { $email }
# Variables:
#   $role (String) - Name der Rolle
account-role = الدور: { $role }
account-change-password-title = تغيير كلمة المرور
account-change-password-submit = تغيير كلمة المرور
account-password-changed = تم تغيير كلمة المرور.
account-sessions-title = الأجهزة المسجّل دخولها
account-sessions-lead = ربما ما زلت مسجّل الدخول على هاتف أو حاسوب آخر، مثلًا في مركز استشارة. من هنا تسجّل الخروج من كل مكان. عند تغيير كلمة المرور يتم تسجيل الخروج من جميع الأجهزة الأخرى.
account-logout-everywhere = تسجيل الخروج من كل مكان
account-logged-out-everywhere = تم تسجيل خروجك من جميع الأجهزة.
account-language-title = اللغة
account-language-lead = بهذه اللغة نعرض لكم البوابة ونشرح لكم خطابات القرار (Bescheide). أما خطاب القرار نفسه فهو دائمًا باللغة الألمانية.
account-language-save = حفظ اللغة
account-language-saved = تم حفظ اللغة.

## نسيت كلمة المرور
login-forgot-link = هل نسيتم كلمة المرور؟
forgot-title = نسيت كلمة المرور
forgot-lead = أدخلوا البريد الإلكتروني الخاص بحسابكم. سنرسل لكم رابطًا لتحديد كلمة مرور جديدة. الرابط صالح لمدة ساعة واحدة.
forgot-submit = إرسال الرابط
reset-requested = إذا كان هناك حساب بهذا العنوان، فقد أرسلنا رابطًا. يرجى التحقق من صندوق بريدكم الإلكتروني (وكذلك مجلد الرسائل غير المرغوب فيها Spam).
reset-title = تحديد كلمة مرور جديدة
reset-lead = اختاروا كلمة مرور جديدة. بعد ذلك سيتم تسجيل خروجكم من جميع الأجهزة الأخرى.
reset-submit = حفظ كلمة المرور
reset-new-link = طلب رابط جديد
reset-done = تم حفظ كلمة المرور الجديدة. يرجى تسجيل الدخول بها.
reset-error-invalid = انتهت صلاحية هذا الرابط أو تم استخدامه من قبل. يرجى طلب رابط جديد.

## خطابات القرار في البوابة (§ 37 Abs. 2a SGB X)
delivery-title = استلام خطابات القرار في البوابة
delivery-lead = إذا وافقتم، فلن تصلكم خطابات القرار (Bescheide) بالبريد بعد الآن، بل هنا في البوابة. عندها نرسل لكم رسالة بريد إلكتروني عندما يصبح خطاب قرار جاهزًا. يُعتبر خطاب القرار قد وصلكم في اليوم الثالث بعد هذه الرسالة – ومن ذلك اليوم تبدأ مهلة الاعتراض (Widerspruch). يمكنكم سحب موافقتكم هنا في أي وقت؛ وعندها تصلكم خطابات القرار بالبريد مرة أخرى.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = وافقتم بتاريخ { $date }: تصلكم خطابات القرار في البوابة.
delivery-state-none = تصلكم خطابات القرار بالبريد.
delivery-give = نعم، استلام خطابات القرار في البوابة
delivery-withdraw = سحب الموافقة (العودة إلى البريد)
delivery-given = شكرًا. من الآن تصلكم خطابات القرار في البوابة.
delivery-withdrawn = تم سحب موافقتكم. تصلكم خطابات القرار بالبريد مرة أخرى.

## تأكيد البريد الإلكتروني
register-mail-sent = أرسلنا لكم رسالة بريد إلكتروني. يرجى فتح الرابط الموجود فيها لتأكيد عنوانكم (تحققوا أيضًا من مجلد الرسائل غير المرغوب فيها Spam).
verify-title = تأكيد البريد الإلكتروني
verify-submit = تأكيد عنواني
verify-done = شكرًا! تم تأكيد بريدكم الإلكتروني.
verify-error-invalid = انتهت صلاحية هذا الرابط أو تم استخدامه من قبل. سجّلوا الدخول واطلبوا رابطًا جديدًا في «صفحتي».
verify-banner = يرجى تأكيد بريدكم الإلكتروني عبر الرابط الذي أرسلناه إليكم. يمكنكم ملء الطلبات من الآن؛ ويمكنكم إرسالها بعد تأكيد عنوانكم.
verify-resend = إرسال الرابط مرة أخرى
verify-resent = أرسلنا لكم رابطًا جديدًا.

## رسائل البريد الإلكتروني التي تصلكم
mail-prefs-title = رسائل البريد الإلكتروني من البوابة
mail-prefs-legend = بخصوص ماذا نرسل لكم رسالة بريد إلكتروني؟
mail-prefs-hint = تصلكم دائمًا الرسائل التي يتطلبها القانون أو أمانكم: رابط كلمة مرور جديدة، وتأكيد عنوانكم، و– إذا وافقتم – الإشعار بأن خطاب قرار (Bescheid) جاهز في البوابة.
mail-prefs-save = حفظ الاختيار
mail-prefs-saved = تم حفظ اختياركم.
mail-topic-claims = وصل طلبكم
mail-topic-questions = لدى مركز العمل (Jobcenter) استفسار (مع تذكير قبل انتهاء المهلة بقليل)
mail-topic-decisions = صدر قرار بشأن طلب
mail-topic-school-digest = طلبات تنتظر تأكيد المدرسة (رسالة واحدة في اليوم على الأكثر)
mail-topic-staff-answers = ردّت عائلة على استفسار بخصوص أحد طلباتي
