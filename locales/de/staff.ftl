## Sachbearbeitung: Arbeitsvorrat, Antrag, Entscheidung; Verwaltung der Beträge und Textbausteine

queue-title = Arbeitsvorrat
queue-status-nav = Anträge nach Stand
queue-all = Alle
queue-filters = Filter
queue-search = Suche
queue-search-hint = Aktenzeichen (z. B. BUT-2026-000123) oder ein Teil des Namens von Kind oder antragstellender Person.
queue-apply = Filter anwenden
queue-assigned = Zuständig
queue-assigned-me = Meine Anträge
queue-assigned-nobody = Ohne Zuständigkeit
queue-confirmation = Bestätigung der Schule
queue-confirmation-pending = steht aus
queue-confirmation-confirmed = bestätigt
queue-confirmation-declined = nicht bestätigt
queue-confirmation-pending-filter = Nur Lernförderung, bei der die Bestätigung der Schule aussteht
queue-submitted-from = Eingegangen ab
queue-submitted-to = Eingegangen bis
queue-sort = Reihenfolge
queue-sort-hint = Ohne Auswahl: die ältesten Anträge zuerst.
queue-newest-first = Neueste zuerst
queue-reference = Antrag
queue-age = Alter
# Variables:
#   $days (Number) - Tage seit Eingang
queue-age-days = { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}
queue-select = Für den Serienbrief auswählen
# Variables:
#   $page (Number) - aktuelle Seite
#   $pages (Number) - Zahl der Seiten
#   $total (Number) - Zahl der Anträge
queue-page = Seite { $page } von { $pages } · { $total ->
        [one] { $total } Antrag
       *[other] { $total } Anträge
    }
queue-prev = Vorherige Seite
queue-next = Nächste Seite
queue-serienbrief = Serienbrief der ausgewählten Bescheide (PDF)
queue-serienbrief-hint = Wählen Sie entschiedene Anträge aus. Der Serienbrief enthält den jeweils letzten Bescheid so, wie er erlassen wurde, zum Drucken und Versenden.

# Variables:
#   $reference (String) - Antragsnummer
staff-claim-title = Antrag { $reference }
staff-back-to-queue = Zurück zum Arbeitsvorrat
staff-assign = Mir zuweisen
staff-release = Zuständigkeit abgeben
staff-assigned = Der Antrag ist Ihnen zugewiesen.
staff-released = Sie haben die Zuständigkeit abgegeben.
staff-household = Haushalt und Grundleistung (Stand bei Antragstellung)
staff-snapshot-hint = Diese Angaben sind so gespeichert, wie sie beim Absenden galten. Spätere Änderungen der Familie ändern sie nicht.
staff-confirmation-title = Bestätigung der Schule
# Variables:
#   $subjects (String) - Fächer
#   $hours (Number) - Stunden pro Woche
#   $period (String) - Zeitraum
#   $date (String) - Datum der Bestätigung
staff-confirmation-confirmed = Bestätigt am { $date }: { $subjects }, { $hours } Stunden pro Woche, { $period }.
# Variables:
#   $reason (String) - Begründung der Schule
#   $date (String) - Datum
staff-confirmation-declined = Nicht bestätigt am { $date }: { $reason }
staff-confirmation-pending = Die Schule hat den Bedarf noch nicht bestätigt. Ohne Bestätigung kann Lernförderung nicht bewilligt werden.
staff-question = Rückfrage an die Familie
staff-question-due = Antwort erbeten bis
staff-ask = Rückfrage senden
staff-question-sent = Die Rückfrage ist gesendet. Der Antrag wartet auf die Antwort der Familie.
staff-question-open = Noch nicht beantwortet.
staff-error-due-past = Die Frist muss in der Zukunft liegen.
staff-decisions = Entscheidungen und Bescheide
# Variables:
#   $date (String) - Datum
#   $by (String) - Sachbearbeitung
staff-decision-head = Entschieden am { $date } von { $by }
# Variables:
#   $date (String) - Datum
#   $by (String) - Sachbearbeitung
staff-decision-correction-head = Korrigiert am { $date } von { $by }
# Variables:
#   $amount (String) - Betrag pro Monat
#   $period (String) - Zeitraum
#   $payee (String) - Zahlungsempfänger
staff-decision-approved = Bewilligt: { $amount } monatlich, { $period }, an { $payee }
# Variables:
#   $reason (String) - Grund (Code)
staff-decision-rejected = Abgelehnt (Grund: { $reason })
staff-decide-title = Entscheiden
staff-correct-title = Entscheidung korrigieren
staff-correct-hint = Eine Korrektur ist eine neue Entscheidung mit neuem Bescheid, der den bisherigen ersetzt. Der bisherige Bescheid bleibt unverändert gespeichert.
staff-approve-title = Bewilligen
staff-reject-title = Ablehnen
# Variables:
#   $from (String) - Beginn der Grundleistung
#   $to (String) - Ende der Grundleistung
#   $earliest (String) - frühester rechtmäßiger Beginn
#   $teilhabe (String) - Betrag Teilhabe pro Monat
#   $hourly (String) - Höchstsatz Lernförderung pro Stunde
staff-limits = Grundleistung bewilligt vom { $from } bis { $to } – der Zeitraum wird darauf begrenzt. Frühester rechtmäßiger Beginn: { $earliest }. Teilhabe höchstens { $teilhabe } im Monat, Lernförderung höchstens { $hourly } je Stunde.
staff-period-from = Bewilligt ab
staff-period-to = Bewilligt bis
staff-monthly-amount = Betrag pro Monat (Euro)
staff-hourly-rate = Satz pro Stunde (Euro)
# Variables:
#   $amount (String) - Betrag einer vollen Schulwoche
staff-weekly-preview = Das ergibt bis zu { $amount } in einer vollen Schulwoche. Der Bescheid zählt die Schultage jedes Monats; Ferien und Feiertage zählen nicht.
staff-lessons-per-week = Stunden pro Schulwoche
staff-lesson-length = Eine Stunde dauert
staff-lesson-45 = 45 Minuten (Unterrichtsstunde)
staff-lesson-60 = 60 Minuten (Zeitstunde)
staff-payee = Zahlungsempfänger (Anbieter oder Lernstandort)
staff-route = Zahlungsweg
route-direct = Direktzahlung an den Anbieter
route-voucher = Gutschein
staff-approve = Bewilligen und Bescheid erstellen
staff-correct-approve = Korrektur: bewilligen
staff-reason = Ablehnungsgrund
staff-reason-text = Begründung im Einzelfall
staff-reason-text-hint = Steht im Bescheid unter dem Grund. Beim Grund „Sonstiger Grund“ ist sie Pflicht.
staff-reject = Ablehnen und Bescheid erstellen
staff-correct-reject = Korrektur: ablehnen
staff-approved = Der Antrag ist bewilligt. Bescheid und Kostenübernahmeerklärung sind erstellt.
staff-rejected = Der Antrag ist abgelehnt. Der Bescheid ist erstellt.
staff-audit = Zugriffe auf diesen Antrag (Protokoll)
staff-audit-when = Wann
staff-audit-who = Wer
staff-audit-what = Was
staff-audit-detail = Einzelheiten

decision-error-above-cap = Der Betrag liegt über dem zulässigen Höchstbetrag.
decision-error-zero = Der Betrag muss größer als 0 sein.
decision-error-outside-validity = Der Zeitraum liegt ganz außerhalb des Bewilligungszeitraums der Grundleistung.
decision-error-before-earliest-start = Der Zeitraum beginnt vor dem frühesten rechtmäßigen Beginn (siehe Hinweis oben). Für frühere Monate lehnen Sie den Antrag teilweise ab.
decision-error-past-age-limit = Der Zeitraum liegt ganz nach der Altersgrenze des Kindes.
decision-error-lesson = Bitte wählen Sie, wie lange eine Stunde dauert.
decision-error-no-calendar = Für diesen Zeitraum sind die Schulferien noch nicht eingetragen, daher lassen sich die Schultage nicht zählen. Die Administration trägt sie unter „Schulkalender“ ein.
decision-error-route = Bitte wählen Sie den Zahlungsweg.
decision-error-reason = Bitte wählen Sie einen Ablehnungsgrund.
decision-error-reason-text = Bitte begründen Sie die Ablehnung im Einzelfall.
decision-error-no-validity = Der Antrag enthält keinen gültigen Bewilligungszeitraum der Grundleistung.
decision-error-stale = Über diesen Antrag wurde inzwischen entschieden, vermutlich von einer Kollegin oder einem Kollegen. Bitte laden Sie die Seite neu und prüfen Sie die aktuelle Entscheidung.

admin-notices-title = Beträge und Textbausteine der Bescheide
admin-preview-approval = Vorschau Bewilligungsbescheid (PDF)
admin-preview-rejection = Vorschau Ablehnungsbescheid (PDF)
admin-rates = Beträge
admin-rate-kind = Art
admin-amount = Betrag (Euro)
admin-valid-from = Gültig ab
admin-valid-to = Gültig bis
admin-rate-save = Neuen Betrag ab Datum speichern
admin-blocks = Textbausteine
admin-block-kind = Art
admin-block-reason = Ablehnungsgrund
admin-block-notice = Text im Bescheid
admin-block-code = Kennung
admin-block-code-hint = Kleinbuchstaben, Ziffern und Unterstrich, z. B. remedy. Eine bestehende Kennung bekommt eine neue Fassung.
admin-block-title = Titel
admin-block-body = Text
admin-block-body-hint = In der Rechtsbehelfsbelehrung steht {"{"}office{"}"} für Name und Anschrift der Behörde.
admin-block-save = Neue Fassung ab Datum speichern
admin-saved = Gespeichert. Die neue Fassung gilt ab dem genannten Datum; die bisherige endet am Tag davor.
admin-error-code = Bitte nur Kleinbuchstaben, Ziffern und Unterstrich (höchstens 40 Zeichen).
rate-teilhabe-monthly = Teilhabe pro Monat
rate-lernfoerderung-hourly-max = Lernförderung: Höchstsatz pro Stunde

## Rückmeldungen zur Barrierefreiheit

staff-feedback-title = Gemeldete Barrieren
staff-feedback-empty = Bisher wurde keine Barriere gemeldet.
# Variables:
#   $date (String) - Eingang
#   $lang (String) - Sprache des Portals beim Senden
staff-feedback-received = Eingegangen am { $date } · Sprache: { $lang }
staff-feedback-page = Seite:
# Variables:
#   $contact (String) - E-Mail oder Telefon
staff-feedback-contact = Antwort an: { $contact }
staff-feedback-no-contact = Ohne Kontaktangabe.
staff-feedback-mark-handled = Als erledigt markieren
staff-feedback-handled = Die Meldung ist als erledigt markiert.
# Variables:
#   $date (String) - Datum
#   $by (String) - wer
staff-feedback-handled-by = Erledigt am { $date } von { $by }
error-page-serienbrief-title = Zu viele Bescheide für einen Serienbrief
error-page-serienbrief-text = Ein Serienbrief fasst höchstens 200 Bescheide zusammen. Bitte wählen Sie weniger Anträge aus, zum Beispiel mit einem Filter.

## Hinweise vor der Entscheidung: kein Antrag wird an der Tür abgelehnt (§ 20 Abs. 3 SGB X).
doubts-title = Bitte vor der Entscheidung prüfen
# Variables:
#   $date (String) - letzter Tag, den die Altersgrenze erlaubt
doubt-past-age-limit = Das Kind hat die Altersgrenze schon vor dem beantragten Zeitraum erreicht (Anspruch bis { $date }).
# Variables:
#   $date (String) - letzter Tag, den die Altersgrenze erlaubt
doubt-age-limit-in-period = Die Altersgrenze fällt in den beantragten Zeitraum: bewilligt werden kann höchstens bis { $date }.
# Variables:
#   $date (String) - frühester rechtmäßiger Beginn
doubt-starts-too-early = Der beantragte Beginn liegt vor dem frühesten rechtmäßigen Beginn ({ $date }).

# § 66 SGB I: a written request to cooperate that warns of the consequences.
staff-question-warning = Schriftliche Aufforderung zur Mitwirkung mit Hinweis auf die Folgen (§ 66 Abs. 3 SGB I) – braucht eine Frist
staff-question-warned = Mit Hinweis auf die Folgen fehlender Mitwirkung (§ 66 Abs. 3 SGB I).
staff-error-warning-due = Eine Aufforderung zur Mitwirkung braucht eine Frist.
# The school's confirmation is evidence, not a gate; reasons and partial rejection.
staff-hint-no-confirmation = Die Schule hat den Bedarf nicht bestätigt. Sie können trotzdem entscheiden – eine Bewilligung braucht dann eine Begründung im Einzelfall.
staff-reasons = Begründung im Einzelfall
staff-reasons-hint = Steht im Bescheid unter „Begründung“. Pflicht, wenn die Schule den Bedarf nicht bestätigt hat oder der Satz je Stunde über dem Höchstsatz des Kreises liegt.
staff-partial-reasons = Gründe der teilweisen Ablehnung
staff-partial-reasons-hint = Pflicht, wenn Sie weniger bewilligen als beantragt (Stunden, Satz, Zeitraum), soweit nicht das Gesetz oder der Höchstsatz es erklären.
decision-error-reasons-no-confirmation = Ohne Bestätigung der Schule braucht die Bewilligung eine Begründung: Woraus ergibt sich der Bedarf?
decision-error-reasons-declined = Die Schule hat den Bedarf nicht bestätigt. Begründen Sie, warum Sie abweichend bewilligen.
decision-error-reasons-rate = Ein Satz über dem Höchstsatz des Kreises braucht eine Begründung im Einzelfall.
decision-error-partial-reasons = Sie bewilligen weniger als beantragt. Geben Sie die Gründe der teilweisen Ablehnung an.
decision-error-no-warning = Eine Versagung wegen fehlender Mitwirkung setzt eine schriftliche Aufforderung mit Hinweis auf die Folgen voraus, deren Frist abgelaufen ist (§ 66 Abs. 3 SGB I). Stellen Sie zuerst eine Rückfrage mit diesem Hinweis.
decision-error-discretion = Begründen Sie die Versagung: Warum ist sie nach den Umständen des Falls angemessen (Ermessen)?
admin-block-norms = Rechtsgrundlage je Rechtskreis
admin-block-norms-hint = Nur bei Ablehnungsgründen. Eine Zeile je Rechtskreis, z. B. „SGB II: § 28 Abs. 5 SGB II“ oder „SGB XII Teilhabe: § 34 Abs. 7 SGB XII“; eine Zeile ohne Schlüssel gilt für alle.
admin-error-norms = Unbekannter Rechtskreis. Erlaubt sind SGB II, SGB XII, BKGG und AsylbLG, auch mit „Lernförderung“ oder „Teilhabe“ dahinter.
decision-error-route-no-consent = Die Familie hat der Direktzahlung nicht zugestimmt oder die Einwilligung widerrufen. Wählen Sie den Gutschein.
# Bekanntgabe: when a printed Bescheid went to the post.
# Variables:
#   $posted (String) - Datum der Aufgabe zur Post
#   $known (String) - Datum der Bekanntgabe
#   $deadline (String) - letzter Tag der Widerspruchsfrist
notice-posted = Zur Post gegeben am { $posted } · bekannt gegeben am { $known } · Widerspruchsfrist bis { $deadline }
notice-notified = Im Portal bereitgestellt, Benachrichtigung verschickt am { $posted } · bekannt gegeben am { $known } (§ 37 Abs. 2a SGB X) · Widerspruchsfrist bis { $deadline }
notice-posted-on = Zur Post gegeben am
posted-batch-label = Die ausgedruckten Bescheide der angekreuzten Anträge zur Post gegeben am
posted-batch-save = Postausgang speichern
posted-batch-saved = Das Datum der Aufgabe zur Post ist für die angekreuzten Bescheide gespeichert (wo es noch fehlte).
posted-batch-none = Bitte kreuzen Sie mindestens einen entschiedenen Antrag an.
notice-posted-save = Speichern
notice-posted-saved = Das Datum der Aufgabe zur Post ist gespeichert.
notice-error-posted = Für diesen Bescheid ist das Datum der Aufgabe zur Post schon gespeichert.
notice-error-posted-future = Das Datum der Aufgabe zur Post darf nicht in der Zukunft liegen.
# The register of Widersprüche.
objection-title = Widersprüche
objection-notice = Gegen den Bescheid
objection-received-on = Eingegangen am
objection-channel = Wie ist der Widerspruch eingegangen?
objection-channel-letter = Schriftlich (Brief, Fax, abgegeben)
objection-channel-record = Zur Niederschrift im Amt
objection-channel-qualified = Elektronisch mit qualifizierter Signatur, De-Mail oder eID
objection-channel-email = Einfache E-Mail (erfüllt die Form nicht)
objection-note = Notiz
objection-register = Widerspruch erfassen
objection-saved = Der Widerspruch ist erfasst.
objection-closed = Der Widerspruch ist abgeschlossen.
objection-error-future = Das Eingangsdatum darf nicht in der Zukunft liegen.
objection-error-channel = Bitte wählen Sie, wie der Widerspruch eingegangen ist.
objection-error-closed = Dieser Widerspruch ist nicht mehr offen.
# Variables:
#   $date (String) - Eingangsdatum
#   $number (String) - Bescheid-Nummer
#   $channel (String) - Eingangsweg
objection-head = Widerspruch vom { $date } gegen Bescheid { $number } ({ $channel })
objection-in-time = Fristgerecht eingegangen.
objection-late = Nach Ablauf der Widerspruchsfrist eingegangen – prüfen Sie Wiedereinsetzung (§ 67 SGG) oder eine Überprüfung nach § 44 SGB X.
objection-unknown-posting = Ob er fristgerecht ist, steht erst fest, wenn das Datum der Aufgabe zur Post gespeichert ist.
objection-form-missing = Eine einfache E-Mail erfüllt die Form nicht: Bitte weisen Sie die Familie darauf hin (schriftlich, zur Niederschrift oder elektronisch mit qualifizierter Signatur).
objection-status = Stand
objection-status-open = offen
objection-status-remedied = abgeholfen
objection-status-forwarded = an die Widerspruchsstelle abgegeben
objection-status-withdrawn = zurückgenommen
objection-remedy-hint = Abhilfe: Entscheiden Sie unten neu (Korrektur) und wählen Sie diesen Widerspruch. Sonst geben Sie ihn an die Widerspruchsstelle ab.
objection-forward = An die Widerspruchsstelle abgeben
objection-withdrawn = Von der Familie zurückgenommen
# Variables:
#   $date (String) - Eingangsdatum
#   $number (String) - Bescheid-Nummer
objection-remedy-option = Widerspruch vom { $date } gegen { $number }
objection-remedy = Abhilfe für Widerspruch
objection-remedy-field-hint = Nur wählen, wenn diese Entscheidung dem Widerspruch abhilft. Der Bescheid nennt ihn dann.
# Anhörung (§ 24 SGB X) and Aufhebung (§§ 45, 47, 48 SGB X).
hearing-title = Anhörung vor einer Aufhebung
hearing-intro = Wer eine Bewilligung ganz oder teilweise zurücknehmen will, hört die Familie vorher an (§ 24 SGB X). Erst nach der Antwort oder nach Ablauf der Frist kann die Korrektur als Aufhebung ergehen.
hearing-facts = Was ist beabsichtigt und warum? (Tatsachen)
hearing-facts-hint = Steht so im Anhörungsschreiben, zum Beispiel: „Der Verein hat mitgeteilt, dass Leyla seit dem 1. Dezember nicht mehr Mitglied ist.“
hearing-effective-from = Aufhebung beabsichtigt ab
hearing-due = Frist zur Stellungnahme (mindestens zwei Wochen)
hearing-send = Anhörungsschreiben erstellen
hearing-sent = Das Anhörungsschreiben ist erstellt. Drucken Sie es aus oder die Familie liest es im Portal.
hearing-error-not-approved = Eine Anhörung vor einer Aufhebung gibt es nur bei einem bewilligten Antrag.
hearing-error-due = Die Frist muss mindestens zwei Wochen betragen.
hearing-letter-title = Antwort per Brief oder zur Niederschrift erfassen
hearing-letter-answer = Was hat die Familie geantwortet?
hearing-letter-answer-hint = Der wesentliche Inhalt der Stellungnahme; den Brief selbst legen Sie zur Akte.
hearing-letter-received = Eingegangen am
hearing-letter-save = Antwort erfassen
hearing-letter-recorded = Die Antwort ist erfasst.
hearing-error-letter-future = Das Eingangsdatum darf nicht in der Zukunft liegen.
hearing-error-letter-early = Die Antwort kann nicht vor dem Anhörungsschreiben eingegangen sein.
aufhebung-basis = Rechtsgrundlage der Aufhebung
aufhebung-hint = Nur nötig, wenn die Korrektur etwas wegnimmt (Ablehnung, kürzerer Zeitraum, weniger Geld). Dann ist vorher eine Anhörung nötig.
aufhebung-from = Aufhebung mit Wirkung ab
aufhebung-basis-45 = § 45 SGB X – von Anfang an rechtswidrig
aufhebung-basis-47 = § 47 SGB X – Widerruf (z. B. nicht zweckentsprechend verwendet)
aufhebung-basis-48 = § 48 SGB X – wesentliche Änderung der Verhältnisse
aufhebung-error-basis = Bitte wählen Sie die Rechtsgrundlage der Aufhebung.
decision-error-no-hearing = Diese Korrektur nimmt eine Bewilligung ganz oder teilweise zurück. Dafür muss die Familie vorher angehört sein und geantwortet haben oder die Frist muss abgelaufen sein (§ 24 SGB X).
aufhebung-error-partial = Eine Aufhebung ganz (Ablehnung) wirkt ab Beginn der Bewilligung. Soll sie erst ab einem späteren Tag wirken, korrigieren Sie mit „bewilligen“ und kürzen den Zeitraum bis zum Vortag – die Monate davor bleiben bewilligt.

## Anträge auf Papier, per Telefon oder im Rathaus (§ 16 SGB I)
intake-title = Antrag erfassen (Papier, Telefon, Rathaus)
intake-lead = Ein Antrag, der nicht über das Portal kam, gilt ab dem Tag, an dem er beim Kreis, beim Jobcenter oder im Rathaus einging – nicht ab dem Tag der Erfassung. Erfassen Sie Haushalt, Kind und Eingangsdatum; danach die Angaben zum Bedarf und die Scans.
intake-arrival = Eingang
intake-channel = Wie kam der Antrag?
intake-channel-portal = über das Portal
intake-channel-paper = auf Papier (Post oder abgegeben)
intake-channel-phone = telefonisch (Gesprächsvermerk)
intake-channel-town-hall = im Rathaus abgegeben
intake-received-on = Eingangsdatum
intake-received-on-hint = Der Tag des Eingangs laut Eingangsstempel oder Gesprächsvermerk. Er bestimmt den frühestmöglichen Beginn.
intake-benefit = Beantragte Leistung
intake-household = Antragstellende Person und Haushalt
intake-child = Kind
intake-open = Antrag anlegen und weiter zu den Angaben
intake-opened = Der Antrag ist angelegt. Tragen Sie jetzt die Angaben aus dem Antrag ein.
intake-open-title = Angelegt, noch nicht eingereicht
intake-open-empty = Keine erfassten Anträge in Arbeit.
intake-details-lead = Sie erfassen einen Antrag, der nicht über das Portal kam. Übernehmen Sie die Angaben aus dem Antrag oder dem Gesprächsvermerk; unten laden Sie die Scans hoch und reichen ihn ein.
intake-details-save = Angaben speichern
intake-details-saved = Die Angaben sind gespeichert.
intake-submit-title = Scans und Einreichen
intake-submit-text = Laden Sie den unterschriebenen Antrag und die beigefügten Nachweise hoch (bei einem Telefonantrag den Gesprächsvermerk, wenn vorhanden). Kreuzen Sie nur an, was die Familie auf dem Antrag erklärt hat.
intake-consent-direct = Die Familie ist auf dem Antrag mit der Zahlung direkt an den Anbieter einverstanden.
intake-consent-school = Die Familie hat die Schule auf dem Antrag von der Schweigepflicht entbunden.
intake-submit = Antrag einreichen
intake-submitted = Der Antrag ist eingereicht und steht in der Liste der Anträge.
intake-arrival-fact = { $channel }, eingegangen am { $date }
intake-error-channel = Bitte wählen Sie, wie der Antrag kam.
intake-error-future = Das Eingangsdatum darf nicht in der Zukunft liegen.
intake-error-too-old = Das Eingangsdatum liegt mehr als ein Jahr zurück. Bitte prüfen Sie das Jahr.
intake-error-benefit = Bitte wählen Sie die beantragte Leistung.
intake-error-scan-missing = Bitte laden Sie den Scan des Antrags hoch.
intake-error-incomplete = Die Angaben zum Bedarf sind noch nicht vollständig. Bitte ergänzen und speichern Sie sie zuerst.
timeline-entered-by-staff = Antrag vom Jobcenter erfasst (Papier, Telefon oder Rathaus)

## Träger der Lernstandorte (Zahlungsempfänger)
site-operators-title = Träger der Lernstandorte
site-operators-lead = Lernförderung an einem Lernstandort wird an seinen Träger gezahlt – nie an einen Raum oder die Schule. Hier stehen Name, Anschrift und Bankverbindung des Trägers jedes freigegebenen Lernstandorts; ohne Träger kann dort keine Lernförderung bewilligt werden.
site-operators-empty = Es gibt noch keine freigegebenen Lernstandorte.
site-operator-missing = Kein Träger eingetragen: Lernförderung an diesem Lernstandort kann erst bewilligt werden, wenn Name, Anschrift und Bankverbindung des Trägers eingetragen sind.
site-operator-edit = Träger eintragen oder ändern
site-operator-name = Name des Trägers
site-operator-name-hint = Die Organisation, die die Lernförderung durchführt und die Zahlung erhält, z. B. ein Verein oder eine gGmbH.
site-operator-street = Straße und Hausnummer
site-operator-postal-code = Postleitzahl
site-operator-city = Ort
site-operator-iban = IBAN
site-operator-iban-hint = Das Konto, auf das der Kreis zahlt.
site-operator-save = Träger speichern
site-operator-saved = Der Träger ist gespeichert.
decision-error-site-no-operator = Für diesen Lernstandort ist noch kein Träger mit Anschrift und Bankverbindung eingetragen (Lernstandorte → Träger). Erst dann kann bewilligt werden.
decision-error-site-payee = Zahlungsempfänger an einem Lernstandort ist sein Träger. Bitte tragen Sie den Namen des Trägers ein.

## Zahlung: Erstattung, im Voraus, Einmalzahlung, weitere Kosten
route-reimbursement = Erstattung an die Familie (berechtigte Selbsthilfe, sie hat selbst gezahlt)
staff-advance = Im Voraus für den gesamten Zeitraum an den Anbieter zahlen (nur bei Direktzahlung)
staff-terms-title = Einmalzahlung und weitere Kosten (Teilhabe)
staff-terms-hint = Beides ist freiwillig. Eine Einmalzahlung (z. B. Ferienfreizeit) fasst die Monatsbeträge des Zeitraums zusammen und ersetzt die monatliche Zahlung. Weitere tatsächliche Kosten (z. B. Ausrüstung, Fahrtkosten) kommen nach § 28 Abs. 7 Satz 2 SGB II hinzu, wenn sie der Familie im Einzelfall nicht zuzumuten sind – dann braucht es eine Begründung.
staff-one-off-amount = Einmalzahlung in Euro
staff-one-off-amount-hint = Höchstens der Monatsbetrag mal die Monate des Zeitraums.
staff-one-off-purpose = Wofür ist die Einmalzahlung?
staff-further-amount = Weitere Kosten in Euro
staff-further-amount-hint = Zusätzlich zum Monatsbetrag.
staff-further-purpose = Wofür sind die weiteren Kosten?
decision-error-advance-route = Im Voraus kann nur bei Direktzahlung an den Anbieter gezahlt werden.
decision-error-one-off-cap = Die Einmalzahlung ist höher als die Monatsbeträge des Zeitraums zusammen.
decision-error-further-reasons = Weitere Kosten werden nur im begründeten Ausnahmefall übernommen: Bitte begründen Sie, warum die Familie sie nicht aus dem Regelbedarf zahlen kann.
decision-error-extra-teilhabe = Einmalzahlungen und weitere Kosten gibt es nur bei der Teilhabe.

## E-Mail an Sachbearbeitung
# Variables:
#   $reference (String) - Antragsnummer
mail-staff-answer-subject = Antwort der Familie zu { $reference }
mail-staff-answer-body = Die Familie hat auf die Rückfrage zum Antrag { $reference } geantwortet. Der Antrag ist Ihnen zugewiesen.
mail-staff-answer-link = Antrag öffnen:

## The family's answers as staff and schools read them (third person)
staff-answers = Angaben der Familie
staff-documents = Nachweise der Familie
household-applicant-third = Antragstellende Person
teilhabe-activity-third = Aktivität des Kindes
lf-reason-third = Warum das Kind Nachhilfe braucht (Angabe der Familie)
status-needs-info-third = Rückfrage an die Familie
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own-third = Den Rest von { $amount } im Monat zahlt die Familie selbst an den Anbieter.
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap-third = Das Jobcenter übernimmt höchstens { $cap } pro Stunde. Die { $over } pro Stunde darüber müsste die Familie selbst zahlen oder mit dem Anbieter klären.
questions-title-third = Rückfragen an die Familie
# Variables:
#   $language (String) - Sprache, z. B. Ukrainisch
staff-written-in = Sprache der Seite, auf der die Familie ihre Angaben gemacht hat: { $language }. Freie Texte (etwa die Begründung) sind wahrscheinlich in dieser Sprache geschrieben.
language-de = Deutsch
language-de-x-ls = Leichte Sprache
language-en = Englisch
language-ar = Arabisch
language-tr = Türkisch
language-uk = Ukrainisch
language-ru = Russisch
language-pl = Polnisch
language-bg = Bulgarisch
language-ro = Rumänisch
language-fa = Farsi
# Variables:
#   $language (String) - Sprache, z. B. Ukrainisch
staff-answer-written-in = Geantwortet auf der Seite in dieser Sprache: { $language }.
