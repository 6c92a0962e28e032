## Nachweise, Rückfragen und Eingangsbestätigung

documents-title = Nachweise hochladen
documents-hint-teilhabe = Hilfreich sind: die Anmeldung oder Beitrittserklärung beim Verein und eine Aufstellung der Beiträge.
documents-hint-lernfoerderung = Hilfreich sind: das letzte Zeugnis und, bei einem Anbieter außerhalb der Schule, sein Angebot mit Preis pro Stunde.
documents-uploaded = Ihre Nachweise
documents-empty = Noch keine Nachweise hochgeladen.
documents-optional = Sie haben gerade keine Nachweise? Dann gehen Sie einfach weiter. Wir fragen nach, wenn etwas fehlt.
document-choose = Dateien auswählen
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = PDF, JPG oder PNG. Auch Fotos vom Handy. Höchstens { $file } pro Datei und { $claim } für alle Dateien zusammen.
document-upload = Hochladen
document-uploaded = Ihre Dateien sind hochgeladen.
document-remove = Entfernen
document-removed = Die Datei ist entfernt.
document-error-none = Bitte wählen Sie mindestens eine Datei aus.
# Variables:
#   $name (String) - Name der Datei
document-error-empty = „{ $name }“ ist leer. Bitte wählen Sie die Datei noch einmal aus. Die anderen Dateien sind deshalb noch nicht hochgeladen.
# Variables:
#   $name (String) - Name der Datei
document-error-type = „{ $name }“ ist kein PDF, JPG oder PNG. Bitte speichern Sie die Datei in einem dieser Formate oder lassen Sie sie weg. Die anderen Dateien sind deshalb noch nicht hochgeladen.
# Variables:
#   $name (String) - Name der Datei
document-error-file-too-large = „{ $name }“ ist zu groß. Bitte verkleinern Sie die Datei, zum Beispiel mit einem Foto in geringerer Auflösung. Die anderen Dateien sind deshalb noch nicht hochgeladen.
document-error-claim-too-large = Zusammen sind die Dateien zu groß für diesen Antrag. Bitte entfernen oder verkleinern Sie Dateien.
document-error-upload-failed = Das Hochladen hat nicht geklappt. Bitte versuchen Sie es noch einmal.
document-error-too-many-files = Bitte laden Sie höchstens 10 Dateien auf einmal hoch.
document-error-claim-too-many = Dieser Antrag hat schon so viele Dateien, wie möglich sind (25). Bitte entfernen Sie Dateien, die nicht gebraucht werden.
document-error-drafts-full = Ihre angefangenen Anträge haben zusammen schon sehr viele große Dateien. Bitte schicken Sie fertige Anträge ab oder entfernen Sie Dateien, die nicht gebraucht werden.
questions-title = Rückfragen vom Jobcenter
# Variables:
#   $date (String) - Datum
question-asked-at = Frage vom { $date }
# Variables:
#   $date (String) - Datum
question-due = Bitte antworten Sie bis zum { $date }.
question-cooperation-warning = Dies ist eine Aufforderung zur Mitwirkung (§§ 60, 66 SGB I). Wenn Sie bis zur Frist nicht antworten oder die erbetenen Unterlagen nicht schicken, kann die Leistung versagt werden, bis Sie das nachholen. Schaffen Sie die Frist nicht oder haben Sie Fragen, melden Sie sich bitte bei uns.
# Variables:
#   $date (String) - Datum
question-answered-at = Ihre Antwort vom { $date }
question-answer = Ihre Antwort
question-answer-hint = Sie können auch nur Dateien schicken, zum Beispiel ein Foto des Zeugnisses.
question-send = Antwort senden
question-answered = Danke! Ihre Antwort ist beim Jobcenter angekommen.
question-error-empty = Bitte schreiben Sie eine Antwort oder wählen Sie eine Datei aus.
question-error-answered = Diese Frage ist schon beantwortet.
receipt-title = Eingangsbestätigung
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = Ihr Antrag { $reference } ist am { $date } beim Jobcenter eingegangen.
receipt-reference = Antragsnummer
receipt-print-hint = Drucken Sie diese Seite über das Menü Ihres Browsers oder speichern Sie sie als PDF.
document-view = Im Browser ansehen
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = Anhörungsschreiben { $number } – Antwort bis { $due }
# Variables:
#   $date (String) - Datum
hearing-answered-at = Antwort vom { $date }
hearing-no-answer = Noch keine Antwort.
hearing-family-title = Anhörung: Das Jobcenter möchte die Bewilligung ändern
hearing-family-intro = Bevor das Jobcenter entscheidet, können Sie sagen, was Sie dazu denken. Lesen Sie das Schreiben und antworten Sie bis zur Frist – hier, mit einem Brief oder persönlich. Das Schreiben ist noch keine Entscheidung.
hearing-your-answer = Ihre Antwort
hearing-answer-send = Antwort senden
hearing-answered = Danke! Ihre Antwort ist beim Jobcenter angekommen.
hearing-error-answered = Dieses Schreiben ist schon beantwortet.
