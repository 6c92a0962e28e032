## المستندات، الاستفسارات، تأكيد الاستلام

documents-title = رفع المستندات
documents-hint-teilhabe = من المفيد أن ترفعوا: استمارة التسجيل أو الانتساب إلى النادي، وقائمة بالاشتراكات.
documents-hint-lernfoerderung = من المفيد أن ترفعوا: آخر شهادة مدرسية (Zeugnis)، وإذا كان مقدّم الخدمة خارج المدرسة: عرضه مع سعر الساعة.
documents-uploaded = مستنداتكم
documents-empty = لم تُرفع أي مستندات بعد.
documents-optional = ليس لديكم مستندات الآن؟ تابعوا ببساطة. سنسألكم إذا نقص شيء.
document-choose = اختيار الملفات
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = ملفات PDF أو JPG أو PNG. صور الهاتف مقبولة أيضًا. الحد الأقصى { $file } لكل ملف، و{ $claim } لكل الملفات معًا.
document-upload = رفع
document-uploaded = تم رفع ملفاتكم.
document-remove = حذف
document-removed = تم حذف الملف.
document-error-none = يرجى اختيار ملف واحد على الأقل.
document-error-empty = الملف «{ $name }» فارغ. يرجى اختياره مرة أخرى. لذلك لم يتم رفع الملفات الأخرى بعد.
document-error-type = الملف «{ $name }» ليس بصيغة PDF أو JPG أو PNG. يرجى حفظه بإحدى هذه الصيغ أو حذفه من الاختيار. لذلك لم يتم رفع الملفات الأخرى بعد.
document-error-file-too-large = الملف «{ $name }» كبير جدًا. يرجى تصغيره، مثلًا بصورة ذات دقة أقل. لذلك لم يتم رفع الملفات الأخرى بعد.
document-error-claim-too-large = الملفات معًا كبيرة جدًا لهذا الطلب. يرجى حذف بعض الملفات أو تصغيرها.
document-error-upload-failed = لم ينجح الرفع. يرجى المحاولة مرة أخرى.
document-error-too-many-files = يرجى رفع 10 ملفات على الأكثر في المرة الواحدة.
document-error-claim-too-many = هذا الطلب يحتوي بالفعل على أكبر عدد ممكن من الملفات (25). يرجى حذف الملفات التي لا حاجة إليها.
document-error-drafts-full = طلباتكم التي بدأتموها ولم ترسلوها بعد تحتوي معًا على عدد كبير جدًا من الملفات الكبيرة. يرجى إرسال الطلبات الجاهزة، أو حذف الملفات التي لا حاجة إليها.
questions-title = استفسارات من مركز العمل (Jobcenter)
# Variables:
#   $date (String) - Datum
question-asked-at = سؤال بتاريخ { $date }
# Variables:
#   $date (String) - Datum
question-due = يرجى الرد حتى تاريخ { $date }.
question-cooperation-warning = هذا طلب رسمي بالتعاون (Mitwirkung – §§ 60, 66 SGB I). إذا لم تردّوا حتى الموعد المحدد أو لم ترسلوا المستندات المطلوبة، فقد يُرفض صرف الإعانة إلى أن تقوموا بذلك. إذا لم تستطيعوا الالتزام بالموعد أو كانت لديكم أسئلة، يرجى التواصل معنا.
# Variables:
#   $date (String) - Datum
question-answered-at = ردكم بتاريخ { $date }
question-answer = ردكم
question-answer-hint = يمكنكم أيضًا إرسال ملفات فقط، مثلًا صورة للشهادة المدرسية.
question-send = إرسال الرد
question-answered = شكرًا! وصل ردكم إلى مركز العمل.
question-error-empty = يرجى كتابة رد أو اختيار ملف.
question-error-answered = تم الرد على هذا السؤال بالفعل.
receipt-title = تأكيد الاستلام
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = وصل طلبكم { $reference } إلى مركز العمل (Jobcenter) بتاريخ { $date }.
receipt-reference = رقم الطلب
receipt-print-hint = اطبعوا هذه الصفحة من قائمة المتصفح، أو احفظوها بصيغة PDF.
document-view = عرض في المتصفح
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = خطاب استماع (Anhörung) رقم { $number } – الرد حتى { $due }
# Variables:
#   $date (String) - Datum
hearing-answered-at = الرد بتاريخ { $date }
hearing-no-answer = لا يوجد رد بعد.
hearing-family-title = استماع (Anhörung): مركز العمل (Jobcenter) يريد تغيير قرار الموافقة
hearing-family-intro = قبل أن يتخذ مركز العمل قراره، يمكنكم أن تقولوا رأيكم في الأمر. اقرؤوا الخطاب وردّوا قبل انتهاء المهلة – هنا، أو برسالة، أو شخصيًا. هذا الخطاب ليس قرارًا بعد.
hearing-your-answer = ردكم
hearing-answer-send = إرسال الرد
hearing-answered = شكرًا! وصل ردكم إلى مركز العمل.
hearing-error-answered = تم الرد على هذا الخطاب بالفعل.
