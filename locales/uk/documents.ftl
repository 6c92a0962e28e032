## Документи, запитання та підтвердження отримання

documents-title = Завантажити документи (Nachweise)
documents-hint-teilhabe = Корисні документи: реєстрація або заява про вступ до клубу і перелік внесків.
documents-hint-lernfoerderung = Корисні документи: останній табель (Zeugnis), а якщо репетитор не зі школи – його пропозиція (Angebot) з ціною за годину.
documents-uploaded = Ваші документи
documents-empty = Документи ще не завантажено.
documents-optional = Зараз у Вас немає документів? Тоді просто переходьте далі. Якщо чогось бракуватиме, ми запитаємо.
document-choose = Вибрати файли
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = PDF, JPG або PNG. Можна й фото з телефона. Не більше { $file } на один файл і { $claim } на всі файли разом.
document-upload = Завантажити
document-uploaded = Ваші файли завантажено.
document-remove = Видалити
document-removed = Файл видалено.
document-error-none = Будь ласка, виберіть хоча б один файл.
document-error-empty = Файл «{ $name }» порожній. Будь ласка, виберіть його ще раз. Тому інші файли ще не завантажено.
document-error-type = Файл «{ $name }» не є PDF, JPG або PNG. Будь ласка, збережіть його в одному з цих форматів або приберіть його. Тому інші файли ще не завантажено.
document-error-file-too-large = Файл «{ $name }» завеликий. Будь ласка, зменште його, наприклад зробіть фото з меншою роздільною здатністю. Тому інші файли ще не завантажено.
document-error-claim-too-large = Разом файли завеликі для цієї заяви. Будь ласка, видаліть або зменште деякі файли.
document-error-upload-failed = Не вдалося завантажити. Будь ласка, спробуйте ще раз.
document-error-too-many-files = Будь ласка, завантажуйте не більше 10 файлів за один раз.
document-error-claim-too-many = У цій заяві вже максимально можлива кількість файлів (25). Будь ласка, видаліть файли, які не потрібні.
document-error-drafts-full = У Ваших розпочатих заявах разом уже дуже багато великих файлів. Будь ласка, надішліть готові заяви або видаліть файли, які не потрібні.
questions-title = Запитання від Jobcenter
# Variables:
#   $date (String) - Datum
question-asked-at = Запитання від { $date }
# Variables:
#   $date (String) - Datum
question-due = Будь ласка, дайте відповідь до { $date }.
question-cooperation-warning = Це офіційна вимога про сприяння (Mitwirkung, §§ 60, 66 SGB I). Якщо Ви не відповісте до вказаного строку або не надішлете запитані документи, у допомозі можуть відмовити, доки Ви цього не зробите. Якщо Ви не встигаєте до строку або маєте запитання, будь ласка, зверніться до нас.
# Variables:
#   $date (String) - Datum
question-answered-at = Ваша відповідь від { $date }
question-answer = Ваша відповідь
question-answer-hint = Можна надіслати й лише файли, наприклад фото табеля.
question-send = Надіслати відповідь
question-answered = Дякуємо! Ваша відповідь надійшла до Jobcenter.
question-error-empty = Будь ласка, напишіть відповідь або виберіть файл.
question-error-answered = На це запитання вже відповіли.
receipt-title = Підтвердження отримання (Eingangsbestätigung)
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = Ваша заява { $reference } надійшла до Jobcenter { $date }.
receipt-reference = Номер заяви
receipt-print-hint = Роздрукуйте цю сторінку через меню Вашого браузера або збережіть її як PDF.
document-view = Переглянути в браузері
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = Лист про заслуховування (Anhörung) { $number } – відповідь до { $due }
# Variables:
#   $date (String) - Datum
hearing-answered-at = Відповідь від { $date }
hearing-no-answer = Відповіді ще немає.
hearing-family-title = Заслуховування (Anhörung): Jobcenter хоче змінити рішення про призначення допомоги
hearing-family-intro = Перш ніж Jobcenter ухвалить рішення, Ви можете сказати, що Ви про це думаєте. Прочитайте лист і дайте відповідь до вказаного строку – тут, листом або особисто. Цей лист – ще не рішення.
hearing-your-answer = Ваша відповідь
hearing-answer-send = Надіслати відповідь
hearing-answered = Дякуємо! Ваша відповідь надійшла до Jobcenter.
hearing-error-answered = На цей лист уже відповіли.
