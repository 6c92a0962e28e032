# E-Mails vom Portal. Sie nennen keine Sozialdaten: nur, dass etwas geschehen ist, und
# einen Link ins Portal.
mail-greeting = Guten Tag,
mail-footer = Diese E-Mail kommt vom BuT-Portal vom Kreis Warendorf. Ein Computer hat die E-Mail automatisch geschickt. Bitte antworten Sie nicht auf diese E-Mail. Sie können selbst wählen: Welche E-Mails wollen Sie bekommen? Das stellen Sie im Portal ein. Gehen Sie dafür auf „Mein Konto“.

mail-password-reset-subject = Neues Passwort für das BuT-Portal
mail-password-reset-body =
    jemand möchte ein neues Passwort für Ihr Konto. Waren Sie das? Dann klicken Sie unten auf den Link. Dort wählen Sie ein neues Passwort. Der Link gilt nur 1 Stunde. Und Sie können den Link nur 1 Mal benutzen.

    Sie wollen kein neues Passwort? Dann müssen Sie nichts tun. Ihr altes Passwort gilt weiter.
mail-password-reset-link = Hier wählen Sie ein neues Passwort:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = Wir haben Ihren Antrag { $reference } bekommen
mail-claim-received-body = Ihr Antrag ist beim Jobcenter angekommen. Es ist ein Antrag auf Geld für Bildung und Teilhabe. Ihr Antrag hat eine Nummer. Die Nummer ist: { $reference }. Bitte sagen Sie uns immer diese Nummer. Zum Beispiel: Sie schreiben uns. Oder Sie rufen uns an.
mail-claim-received-link = Hier sehen Sie Ihren Antrag:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = Frage zu Ihrem Antrag { $reference }
mail-question-body = Das Jobcenter hat eine Frage zu Ihrem Antrag { $reference }. Bitte gehen Sie ins Portal. Melden Sie sich dort an. Dann beantworten Sie die Frage. Bis wann sollen Sie antworten? { $due }.
mail-question-link = Hier lesen Sie die Frage. Und hier antworten Sie:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = Entscheidung zu Ihrem Antrag { $reference }
mail-decision-body = Das Jobcenter hat über Ihren Antrag { $reference } entschieden. Die Entscheidung steht im Bescheid. Der Bescheid ist ein Brief vom Jobcenter. Sie finden den Bescheid im Portal.
mail-decision-link = Hier sehen Sie den Bescheid:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = Erinnerung: Frage zu Ihrem Antrag { $reference }
mail-question-reminder-body = Das Jobcenter hat eine Frage zu Ihrem Antrag { $reference }. Das Jobcenter wartet noch auf Ihre Antwort. Bitte antworten Sie im Portal. Bis wann sollen Sie antworten? { $due }. Sie brauchen Hilfe? Dann rufen Sie uns an.
mail-question-reminder-link = Hier lesen Sie die Frage. Und hier antworten Sie:

# Statt einem Datum, wenn eine Frage keine Frist hat.
mail-due-soon = So schnell wie möglich

# Die Benachrichtigung nach § 37 Abs. 2a SGB X (nur mit Zustimmung zur Bekanntgabe im Portal).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = Ihr Bescheid zum Antrag { $reference } ist im Portal
mail-notice-ready-body =
    das Jobcenter hat über Ihren Antrag { $reference } entschieden. Die Entscheidung steht im Bescheid. Der Bescheid ist ein Brief vom Jobcenter. Sie finden den Bescheid im BuT-Portal. Sie haben gesagt: Ich will Bescheide im Portal bekommen. Darum kommt der Bescheid nicht mit der Post.

    Wichtig! Es gilt: Sie haben den Bescheid am 3. Tag nach dem Abschicken von dieser E-Mail bekommen. Ab diesem Tag haben Sie 1 Monat Zeit für einen Widerspruch. Mit einem Widerspruch sagen Sie: Ich bin mit der Entscheidung nicht einverstanden.
mail-notice-ready-link = Hier sehen Sie den Bescheid:

mail-verify-email-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-verify-email-body =
    Sie haben ein Konto im BuT-Portal vom Kreis Warendorf angelegt. Bitte klicken Sie unten auf den Link. So bestätigen Sie: Das ist Ihre E-Mail-Adresse. Erst dann können Sie Anträge abschicken. Der Link gilt nur 2 Tage.

    Sie haben kein Konto angelegt? Dann müssen Sie nichts tun.
mail-verify-email-link = Hier bestätigen Sie Ihre Adresse:

mail-already-registered-subject = Sie haben schon ein Konto im BuT-Portal
mail-already-registered-body =
    jemand wollte ein neues Konto im BuT-Portal anlegen. Dafür hat die Person diese E-Mail-Adresse benutzt. Aber mit dieser Adresse gibt es schon ein Konto. Sie können sich einfach anmelden.

    Sie wissen Ihr Passwort nicht mehr? Dann klicken Sie unten auf den Link. Dort wählen Sie ein neues Passwort. Das waren nicht Sie? Dann müssen Sie nichts tun.
mail-already-registered-link = Passwort vergessen?

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = Anträge auf Lernförderung warten auf Ihre Bestätigung
mail-school-digest-body = { $count ->
    [one] 1 Antrag auf Lernförderung wartet auf die Bestätigung von der Schule. Der Antrag ist für ein Kind an Ihrer Schule.
   *[other] { $count } Anträge auf Lernförderung warten auf die Bestätigung von der Schule. Die Anträge sind für Kinder an Ihrer Schule.
}
mail-school-digest-link = Hier sehen Sie die Anträge:
