## Documents, questions and receipt

documents-title = Upload documents
documents-hint-teilhabe = Helpful: the registration or membership form of the club and a list of the fees.
documents-hint-lernfoerderung = Helpful: the last school report and, for a provider outside the school, its offer with the price per hour.
documents-uploaded = Your documents
documents-empty = No documents uploaded yet.
documents-optional = You have no documents at the moment? Just continue. We will ask if something is missing.
document-choose = Choose files
# Variables:
#   $file (String) - size per file, e.g. 10,0 MB
#   $claim (String) - size per application, e.g. 30,0 MB
document-limits = PDF, JPG or PNG. Photos from your phone are fine. At most { $file } per file and { $claim } for all files together.
document-upload = Upload
document-uploaded = Your files have been uploaded.
document-remove = Remove
document-removed = The file has been removed.
document-error-none = Please choose at least one file.
# Variables:
#   $name (String) - file name
document-error-empty = “{ $name }” is empty. Please choose the file again. The other files have therefore not been uploaded yet.
# Variables:
#   $name (String) - file name
document-error-type = “{ $name }” is not a PDF, JPG or PNG. Please save the file in one of these formats or leave it out. The other files have therefore not been uploaded yet.
# Variables:
#   $name (String) - file name
document-error-file-too-large = “{ $name }” is too large. Please make the file smaller, for example a photo with a lower resolution. The other files have therefore not been uploaded yet.
document-error-claim-too-large = Together the files are too large for this application. Please remove files or make them smaller.
document-error-upload-failed = The upload did not work. Please try again.
document-error-too-many-files = Please upload at most 10 files at once.
document-error-claim-too-many = This application already has as many files as possible (25). Please remove files that are not needed.
document-error-drafts-full = Your unfinished applications already hold a great many large files together. Please send finished applications or remove files that are not needed.
questions-title = Questions from the jobcenter
# Variables:
#   $date (String) - date
question-asked-at = Question of { $date }
# Variables:
#   $date (String) - date
question-due = Please answer by { $date }.
question-cooperation-warning = This is a request to cooperate (§§ 60, 66 SGB I). If you do not answer or send the documents asked for by the deadline, the benefit may be refused until you do. If you cannot meet the deadline or have questions, please contact us.
# Variables:
#   $date (String) - date
question-answered-at = Your answer of { $date }
question-answer = Your answer
question-answer-hint = You can also just send files, for example a photo of the school report.
question-send = Send answer
question-answered = Thank you! The jobcenter has received your answer.
question-error-empty = Please write an answer or choose a file.
question-error-answered = This question has already been answered.
receipt-title = Confirmation of receipt
# Variables:
#   $reference (String) - application number
#   $date (String) - date
receipt-lead = The jobcenter received your application { $reference } on { $date }.
receipt-reference = Application number
receipt-print-hint = Print this page from your browser's menu or save it as a PDF.
document-view = View in the browser
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - letter number
#   $due (String) - deadline
hearing-head = Hearing letter { $number } – answer by { $due }
# Variables:
#   $date (String) - date
hearing-answered-at = Answer of { $date }
hearing-no-answer = No answer yet.
hearing-family-title = Hearing: the jobcenter wants to change the approval
hearing-family-intro = Before the jobcenter decides, you can say what you think about it. Read the letter and answer by the deadline – here, by letter or in person. The letter is not yet a decision.
hearing-your-answer = Your answer
hearing-answer-send = Send answer
hearing-answered = Thank you! Your answer has reached the jobcenter.
hearing-error-answered = This letter has already been answered.
