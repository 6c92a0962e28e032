# E-Mails des Portals. Sie nennen keine Sozialdaten: nur, dass etwas geschehen ist, und
# einen Link ins Portal.
mail-greeting = Guten Tag,
mail-footer = Diese E-Mail hat das BuT-Portal des Kreises Warendorf automatisch geschickt. Bitte antworten Sie nicht darauf. Welche Nachrichten Sie bekommen, stellen Sie im Portal unter „Mein Konto“ ein.

mail-password-reset-subject = Neues Passwort für das BuT-Portal
mail-password-reset-body =
    jemand hat für Ihr Konto ein neues Passwort angefordert. Wenn Sie das waren, legen Sie mit dem Link unten ein neues Passwort fest. Der Link gilt eine Stunde und nur einmal.

    Wenn Sie kein neues Passwort angefordert haben, müssen Sie nichts tun. Ihr Passwort bleibt, wie es ist.
mail-password-reset-link = Neues Passwort festlegen:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = Ihr Antrag { $reference } ist eingegangen
mail-claim-received-body = Ihr Antrag auf Leistungen für Bildung und Teilhabe ist beim Jobcenter eingegangen. Er hat die Nummer { $reference }. Bitte geben Sie diese Nummer an, wenn Sie uns schreiben oder anrufen.
mail-claim-received-link = Ihren Antrag ansehen:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = Rückfrage zu Ihrem Antrag { $reference }
mail-question-body = Das Jobcenter hat eine Frage zu Ihrem Antrag { $reference }. Bitte melden Sie sich im Portal an und antworten Sie. Frist für Ihre Antwort: { $due }.
mail-question-link = Frage lesen und antworten:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = Entscheidung zu Ihrem Antrag { $reference }
mail-decision-body = Über Ihren Antrag { $reference } ist entschieden. Den Bescheid finden Sie im Portal.
mail-decision-link = Bescheid ansehen:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = Erinnerung: Rückfrage zu Ihrem Antrag { $reference }
mail-question-reminder-body = Das Jobcenter wartet noch auf Ihre Antwort zu Ihrem Antrag { $reference }. Bitte antworten Sie im Portal. Frist für Ihre Antwort: { $due }. Wenn Sie Hilfe brauchen, rufen Sie uns an.
mail-question-reminder-link = Frage lesen und antworten:

# Statt eines Datums, wenn eine Rückfrage keine Frist hat.
mail-due-soon = so bald wie möglich

# Die Benachrichtigung nach § 37 Abs. 2a SGB X (nur mit Zustimmung zur Bekanntgabe im Portal).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = Ihr Bescheid zum Antrag { $reference } liegt im Portal bereit
mail-notice-ready-body =
    über Ihren Antrag { $reference } ist entschieden. Der Bescheid liegt für Sie im BuT-Portal zum Abruf bereit. Sie haben zugestimmt, Bescheide im Portal zu bekommen; deshalb kommt er nicht per Post.

    Der Bescheid gilt am dritten Tag nach dem Versand dieser E-Mail als bekannt gegeben. Ab dann läuft die Frist für einen Widerspruch.
mail-notice-ready-link = Bescheid abrufen:

mail-verify-email-subject = Bitte bestätigen Sie Ihre E-Mail-Adresse
mail-verify-email-body =
    Sie haben im BuT-Portal des Kreises Warendorf ein Konto angelegt. Bitte bestätigen Sie mit dem Link unten, dass diese E-Mail-Adresse Ihnen gehört. Erst dann können Sie Anträge abschicken. Der Link gilt zwei Tage.

    Wenn Sie kein Konto angelegt haben, müssen Sie nichts tun.
mail-verify-email-link = Adresse bestätigen:

mail-already-registered-subject = Sie haben schon ein Konto im BuT-Portal
mail-already-registered-body =
    jemand wollte mit dieser E-Mail-Adresse ein neues Konto im BuT-Portal anlegen. Zu dieser Adresse gibt es aber schon ein Konto. Melden Sie sich einfach an.

    Wenn Sie Ihr Passwort vergessen haben, können Sie mit dem Link unten ein neues festlegen. Wenn Sie das nicht waren, müssen Sie nichts tun.
mail-already-registered-link = Passwort vergessen?

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = Anträge auf Lernförderung warten auf Ihre Bestätigung
mail-school-digest-body = { $count ->
    [one] Ein Antrag auf Lernförderung einer Schülerin oder eines Schülers Ihrer Schule wartet auf die Bestätigung der Schule.
   *[other] { $count } Anträge auf Lernförderung von Schülerinnen und Schülern Ihrer Schule warten auf die Bestätigung der Schule.
}
mail-school-digest-link = Anträge ansehen:
