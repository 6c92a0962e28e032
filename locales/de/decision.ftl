## Die Entscheidung für die Familie: einfache Erklärung neben dem deutschen Bescheid

decision-title = Entscheidung
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = Ihr Antrag ist bewilligt. Das Jobcenter zahlt bis zu { $amount } im Monat, vom { $from } bis zum { $to }. Das Geld bekommt: { $payee }.
decision-explain-direct = Das Jobcenter zahlt direkt an den Anbieter. Sie müssen nichts bezahlen, was bewilligt ist.
decision-explain-voucher = Sie bekommen einen Gutschein. Geben Sie ihn beim Anbieter ab.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = Ihr Antrag ist abgelehnt. Der Grund: { $reason } Die genaue Begründung steht im Bescheid.
decision-explain-objection = Sie sind nicht einverstanden? Dann können Sie innerhalb eines Monats Widerspruch einlegen: mit einem unterschriebenen Brief, persönlich beim Jobcenter (zur Niederschrift) oder elektronisch nur mit qualifizierter Signatur oder De-Mail – eine einfache E-Mail reicht nicht. Die Frist beginnt, wenn Ihnen der Bescheid bekannt gegeben ist: bei Post am vierten Tag nach der Aufgabe zur Post. Wie das geht, steht am Ende des Bescheids (Rechtsbehelfsbelehrung).
decision-explain-no-suspension = Auch wenn Sie Widerspruch einlegen, gilt die Entscheidung zunächst weiter.
decision-explain-german = Rechtlich gilt der Bescheid auf Deutsch. Wir erklären ihn Ihnen gern – auch in Leichter Sprache, also in einfachem Deutsch.
decision-download = Bescheid herunterladen (PDF, Deutsch)
reason-no-benefit = Sie bekommen im beantragten Zeitraum keine Leistung, die dafür nötig ist (zum Beispiel Grundsicherungsgeld – bisher Bürgergeld – oder Wohngeld).
reason-age = Ihr Kind ist für diese Leistung zu alt.
reason-no-need = Die Schule hat nicht bestätigt, dass Ihr Kind Nachhilfe braucht.
reason-missing-documents = Es fehlen Nachweise, um die wir Sie gebeten haben.
reason-school-offer = Die Schule hat ein kostenloses Angebot, das zuerst genutzt werden muss.
reason-other = Die Voraussetzungen liegen nicht vor.
objection-letter-title = Widerspruch vorbereiten
objection-letter-hint = Das Portal schreibt Ihren Widerspruch als Brief (PDF). Drucken Sie ihn aus, unterschreiben Sie ihn und schicken Sie ihn an das Jobcenter oder geben Sie ihn dort ab – innerhalb eines Monats. Eine einfache E-Mail reicht nicht. Im Portal wird nichts gespeichert.
objection-letter-reasons = Warum sind Sie nicht einverstanden? (Sie können die Begründung auch später schicken.)
objection-letter-button = Brief erstellen (PDF)

## Erstattung und Bekanntgabe
decision-explain-reimbursement = Sie haben die Kosten selbst bezahlt. Das Jobcenter erstattet sie Ihnen bis zum bewilligten Betrag.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = Sie haben den Bescheid im Portal bekommen. Er gilt am { $known } als bekannt gegeben. Widerspruch ist bis zum { $deadline } möglich.
decision-known-posted = Der Bescheid kam per Post. Er gilt am { $known } als bekannt gegeben. Widerspruch ist bis zum { $deadline } möglich.
