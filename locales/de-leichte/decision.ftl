## Die Entscheidung für die Familie: einfache Erklärung neben dem deutschen Bescheid

decision-title = Entscheidung
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = Das Jobcenter hat Ihren Antrag bewilligt. Bewilligt heißt: Das Jobcenter bezahlt. Das Jobcenter zahlt bis zu { $amount } im Monat. Das Geld gibt es vom { $from } bis zum { $to }. Das Jobcenter zahlt das Geld an: { $payee }. Das ist meistens der Verein oder der Anbieter.
decision-explain-direct = Das Jobcenter zahlt direkt an den Anbieter. Den bewilligten Betrag müssen Sie nicht bezahlen.
decision-explain-voucher = Sie bekommen einen Gutschein. Ein Gutschein ist ein Papier. Geben Sie den Gutschein beim Anbieter ab. Dann bekommt der Anbieter das Geld vom Jobcenter.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = Das Jobcenter hat Ihren Antrag abgelehnt. Abgelehnt heißt: Das Jobcenter bezahlt nichts. Der Grund: { $reason } Die genaue Begründung steht im Bescheid. Der Bescheid ist ein Brief vom Jobcenter.
decision-explain-objection = Sie sind nicht einverstanden? Dann können Sie Widerspruch einlegen. Mit einem Widerspruch sagen Sie: Ich bin mit der Entscheidung nicht einverstanden. Dann prüft das Jobcenter die Entscheidung noch einmal. Dafür haben Sie 1 Monat Zeit. Sie können einen Brief schreiben. Sie müssen den Brief unterschreiben. Oder Sie gehen zum Jobcenter. Dort schreibt jemand Ihren Widerspruch auf. Elektronisch geht es nur mit einer besonderen Unterschrift. Diese Unterschrift heißt qualifizierte Signatur. Oder Sie schicken eine De-Mail. De-Mail ist eine besonders sichere E-Mail. Eine normale E-Mail reicht nicht. Wann beginnt der 1 Monat? Wir schicken den Bescheid mit der Post. Dann gilt: Sie haben den Bescheid am 4. Tag nach dem Abschicken bekommen. Ab diesem Tag zählt der 1 Monat. Am Ende vom Bescheid steht: So geht der Widerspruch. Dieser Teil heißt Rechtsbehelfsbelehrung.
decision-explain-no-suspension = Wichtig: Die Entscheidung gilt erst einmal weiter. Das gilt auch nach einem Widerspruch.
decision-explain-german = Für das Recht zählt nur der Bescheid auf Deutsch. Wir erklären Ihnen den Bescheid gern. Auch in Leichter Sprache.
decision-download = Bescheid herunterladen (PDF, Deutsch)
reason-no-benefit = Sie bekommen in dieser Zeit keine passende Leistung. Passende Leistungen sind zum Beispiel Grundsicherungsgeld (früher: Bürgergeld) oder Wohngeld.
reason-age = Ihr Kind ist zu alt für diese Leistung.
reason-no-need = Die Schule hat nicht bestätigt: Ihr Kind braucht Nachhilfe.
reason-missing-documents = Wir haben Sie um Nachweise gebeten. Diese Nachweise fehlen noch.
reason-school-offer = Die Schule hat ein kostenloses Angebot. Ihr Kind muss zuerst dieses Angebot nutzen.
reason-other = Für die Leistung gibt es Bedingungen. Diese Bedingungen passen bei Ihnen nicht.
objection-letter-title = Widerspruch vorbereiten
objection-letter-hint = Mit einem Widerspruch sagen Sie: Ich bin mit der Entscheidung nicht einverstanden. Das Portal schreibt Ihren Widerspruch als Brief. Der Brief ist eine PDF-Datei. Drucken Sie den Brief aus. Unterschreiben Sie den Brief. Schicken Sie den Brief an das Jobcenter. Oder bringen Sie den Brief zum Jobcenter. Dafür haben Sie 1 Monat Zeit. Eine normale E-Mail reicht nicht. Das Portal speichert nichts.
objection-letter-reasons = Warum sind Sie nicht einverstanden? Sie können den Grund auch später schicken.
objection-letter-button = Brief machen (PDF)

## Erstattung und Bekanntgabe
decision-explain-reimbursement = Sie haben die Kosten selbst bezahlt. Das Jobcenter gibt Ihnen das Geld zurück. Sie bekommen aber höchstens den bewilligten Betrag. Bewilligt heißt: So viel Geld zahlt das Jobcenter.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = Sie haben den Bescheid im Portal bekommen. Der Bescheid ist ein Brief vom Jobcenter. Es gilt: Sie haben den Bescheid am { $known } bekommen. Sie können bis zum { $deadline } Widerspruch einlegen. Mit einem Widerspruch sagen Sie: Ich bin mit der Entscheidung nicht einverstanden.
decision-known-posted = Der Bescheid kam mit der Post. Der Bescheid ist ein Brief vom Jobcenter. Es gilt: Sie haben den Bescheid am { $known } bekommen. Sie können bis zum { $deadline } Widerspruch einlegen. Mit einem Widerspruch sagen Sie: Ich bin mit der Entscheidung nicht einverstanden.
