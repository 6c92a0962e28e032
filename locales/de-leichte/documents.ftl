## Nachweise, Rückfragen und Eingangsbestätigung

documents-title = Nachweise hochladen
documents-hint-teilhabe = Nachweise sind Papiere. Die Papiere zeigen: Ihre Angaben stimmen. Diese Nachweise helfen uns: die Anmeldung beim Verein und eine Liste mit den Beiträgen.
documents-hint-lernfoerderung = Nachweise sind Papiere. Die Papiere zeigen: Ihre Angaben stimmen. Diese Nachweise helfen uns: das letzte Zeugnis. Und bei einem Anbieter außerhalb der Schule: das Angebot mit dem Preis pro Stunde.
documents-uploaded = Ihre Nachweise
documents-empty = Sie haben noch keine Nachweise hochgeladen.
documents-optional = Sie haben gerade keine Nachweise? Dann gehen Sie einfach weiter. Vielleicht fehlt etwas. Dann fragen wir Sie.
document-choose = Dateien auswählen
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = Erlaubt sind PDF, JPG oder PNG. Fotos vom Handy gehen auch. Jede Datei darf höchstens { $file } groß sein. Alle Dateien zusammen dürfen höchstens { $claim } groß sein.
document-upload = Hochladen
document-uploaded = Wir haben Ihre Dateien bekommen.
document-remove = Entfernen
document-removed = Sie haben die Datei entfernt.
document-error-none = Bitte wählen Sie mindestens 1 Datei aus.
document-error-empty = Die Datei „{ $name }“ ist leer. Bitte wählen Sie die Datei noch einmal aus. Dann laden Sie alle Dateien noch einmal hoch.
document-error-type = Die Datei „{ $name }“ hat das falsche Format. Erlaubt sind nur PDF, JPG oder PNG. Bitte speichern Sie die Datei in einem von diesen Formaten. Oder nehmen Sie die Datei weg. Dann laden Sie alle Dateien noch einmal hoch.
document-error-file-too-large = Die Datei „{ $name }“ ist zu groß. Bitte machen Sie die Datei kleiner. Zum Beispiel: Stellen Sie am Handy eine kleinere Foto-Größe ein. Dann laden Sie alle Dateien noch einmal hoch.
document-error-claim-too-large = Alle Dateien zusammen sind zu groß für diesen Antrag. Bitte entfernen Sie Dateien. Oder machen Sie Dateien kleiner.
document-error-upload-failed = Das Hochladen hat nicht geklappt. Bitte versuchen Sie es noch einmal.
document-error-too-many-files = Sie können höchstens 10 Dateien auf einmal hochladen. Bitte wählen Sie weniger Dateien aus.
document-error-claim-too-many = Dieser Antrag hat schon 25 Dateien. 25 Dateien sind die Höchst-Zahl. Sie möchten eine neue Datei hochladen? Dann entfernen Sie bitte zuerst eine alte Datei.
document-error-drafts-full = Sie haben Anträge angefangen. Diese Anträge haben zusammen schon sehr viele große Dateien. Ist ein Antrag fertig? Dann schicken Sie den Antrag bitte ab. Oder entfernen Sie Dateien. Behalten Sie alle Dateien, die Sie für Ihre Anträge brauchen.
questions-title = Fragen vom Jobcenter
# Variables:
#   $date (String) - Datum
question-asked-at = Frage vom { $date }
# Variables:
#   $date (String) - Datum
question-due = Bitte antworten Sie bis zum { $date }.
question-cooperation-warning = Das ist eine Aufforderung zur Mit-Wirkung. Das heißt: Sie müssen mithelfen. Bitte antworten Sie uns. Das steht im Gesetz: §§ 60, 66 SGB I. Sie haben dafür eine Frist. Die Frist ist der letzte Tag für Ihre Antwort. Sie antworten nicht bis zur Frist? Oder Sie schicken die Papiere nicht? Dann kann es sein: Sie bekommen die Leistung nicht. So lange, bis Sie antworten. Oder bis Sie die Papiere schicken. Sie schaffen die Frist nicht? Oder Sie haben Fragen? Dann melden Sie sich bitte bei uns.
# Variables:
#   $date (String) - Datum
question-answered-at = Ihre Antwort vom { $date }
question-answer = Ihre Antwort
question-answer-hint = Sie können auch nur Dateien schicken. Zum Beispiel ein Foto vom Zeugnis.
question-send = Antwort senden
question-answered = Danke! Das Jobcenter hat Ihre Antwort bekommen.
question-error-empty = Bitte schreiben Sie eine Antwort. Oder wählen Sie eine Datei aus.
question-error-answered = Sie haben diese Frage schon beantwortet.
receipt-title = Eingangs-Bestätigung
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = Die Eingangs-Bestätigung zeigt: Ihr Antrag ist beim Jobcenter angekommen. Ihr Antrag { $reference } ist am { $date } angekommen.
receipt-reference = Antrags-Nummer
receipt-print-hint = Sie können diese Seite drucken. Das geht über das Menü von Ihrem Browser. Oder Sie speichern die Seite als PDF.
document-view = Im Browser ansehen
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = Anhörungs-Brief { $number } – Antwort bis { $due }
# Variables:
#   $date (String) - Datum
hearing-answered-at = Antwort vom { $date }
hearing-no-answer = Es gibt noch keine Antwort.
hearing-family-title = Anhörung: Das Jobcenter will die Bewilligung ändern
hearing-family-intro = Das Jobcenter hat Ihren Antrag bewilligt. Bewilligt heißt: Das Jobcenter hat Ja gesagt. Jetzt will das Jobcenter die Bewilligung ändern. Vorher dürfen Sie sagen, was Sie denken. Das heißt Anhörung. Das Jobcenter hat noch nicht entschieden. Der Brief ist noch keine Entscheidung. Bitte lesen Sie den Brief. Dann antworten Sie bitte. Sie haben dafür eine Frist. Die Frist ist der letzte Tag für Ihre Antwort. Sie können hier antworten. Oder Sie schreiben einen Brief. Oder Sie gehen zum Jobcenter.
hearing-your-answer = Ihre Antwort
hearing-answer-send = Antwort senden
hearing-answered = Danke! Das Jobcenter hat Ihre Antwort bekommen.
hearing-error-answered = Sie haben diesen Brief schon beantwortet.
