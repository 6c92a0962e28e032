## Документи, въпроси и потвърждение за получаване

documents-title = Качете документи (Nachweise)
documents-hint-teilhabe = Полезни са: заявката или декларацията за членство в клуба и списък на таксите.
documents-hint-lernfoerderung = Полезни са: последното свидетелство с оценки (Zeugnis) и, ако уроците са при организация извън училището, нейната оферта с цена на час.
documents-uploaded = Вашите документи
documents-empty = Още няма качени документи.
documents-optional = В момента нямате документи? Тогава просто продължете. Ако нещо липсва, ще Ви попитаме.
document-choose = Изберете файлове
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = PDF, JPG или PNG. Може и снимки от телефона. Най-много { $file } за един файл и { $claim } за всички файлове заедно.
document-upload = Качете
document-uploaded = Файловете Ви са качени.
document-remove = Премахнете
document-removed = Файлът е премахнат.
document-error-none = Моля, изберете поне един файл.
document-error-empty = „{ $name }“ е празен. Моля, изберете файла отново. Затова другите файлове още не са качени.
document-error-type = „{ $name }“ не е PDF, JPG или PNG. Моля, запазете файла в един от тези формати или го махнете. Затова другите файлове още не са качени.
document-error-file-too-large = „{ $name }“ е твърде голям. Моля, намалете размера му, например като направите снимката с по-ниска резолюция. Затова другите файлове още не са качени.
document-error-claim-too-large = Всички файлове заедно са твърде големи за това заявление. Моля, премахнете някои файлове или намалете размера им.
document-error-upload-failed = Качването не успя. Моля, опитайте отново.
document-error-too-many-files = Моля, качвайте най-много 10 файла наведнъж.
document-error-claim-too-many = Това заявление вече има максималния възможен брой файлове (25). Моля, премахнете файловете, които не са нужни.
document-error-drafts-full = Започнатите Ви заявления вече съдържат заедно голям брой големи файлове. Моля, изпратете готовите заявления или премахнете файловете, които не са нужни.
questions-title = Въпроси от Jobcenter
# Variables:
#   $date (String) - Datum
question-asked-at = Въпрос от { $date }
# Variables:
#   $date (String) - Datum
question-due = Моля, отговорете до { $date }.
question-cooperation-warning = Това е официално искане за съдействие (Mitwirkung, §§ 60, 66 SGB I). Ако не отговорите в срок или не изпратите поисканите документи, помощта може да Ви бъде отказана, докато не го направите. Ако не можете да спазите срока или имате въпроси, моля, свържете се с нас.
# Variables:
#   $date (String) - Datum
question-answered-at = Вашият отговор от { $date }
question-answer = Вашият отговор
question-answer-hint = Можете да изпратите и само файлове, например снимка на свидетелството.
question-send = Изпратете отговора
question-answered = Благодарим! Jobcenter получи Вашия отговор.
question-error-empty = Моля, напишете отговор или изберете файл.
question-error-answered = На този въпрос вече е отговорено.
receipt-title = Потвърждение за получаване
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = Jobcenter получи Вашето заявление { $reference } на { $date }.
receipt-reference = Номер на заявлението
receipt-print-hint = Разпечатайте тази страница от менюто на браузъра си или я запазете като PDF.
document-view = Вижте в браузъра
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = Писмо за изслушване (Anhörung) { $number } – отговор до { $due }
# Variables:
#   $date (String) - Datum
hearing-answered-at = Отговор от { $date }
hearing-no-answer = Все още няма отговор.
hearing-family-title = Изслушване (Anhörung): Jobcenter иска да промени одобрението
hearing-family-intro = Преди Jobcenter да вземе решение, можете да кажете какво мислите по въпроса. Прочетете писмото и отговорете в срок – тук, с писмо или лично. Писмото все още не е решение.
hearing-your-answer = Вашият отговор
hearing-answer-send = Изпратете отговора
hearing-answered = Благодарим! Jobcenter получи Вашия отговор.
hearing-error-answered = На това писмо вече е отговорено.
