## Lernstandorte: Schulen melden sie an, die Verwaltung prüft sie, Familien finden sie

# Variables:
#   $schools (String) - die Schulen der Schulsozialarbeit
school-lead = Sie arbeiten für: { $schools }.
school-no-schools = Ihr Konto ist noch keiner Schule zugeordnet. Bitte wenden Sie sich an das BuT-Team des Jobcenters.
school-sites-title = Ihre Lernstandorte
site-new = Lernstandort anmelden
# Variables:
#   $place (String) - Raum oder Ort
site-edit-title = Lernstandort: { $place }
site-form-lead = Ein Lernstandort ist Nachhilfe direkt an Ihrer Schule. Nach der Prüfung durch das BuT-Team erscheint er in der öffentlichen Suche und kann im Antrag gewählt werden.
site-school = Schule
site-place = Ort in der Schule
site-place-hint = Zum Beispiel: Raum B 104 oder Bücherei im Altbau.
site-subjects = Fächer
site-grade-from = Ab Klasse
site-grade-to = Bis Klasse
site-grades = Klassen
# Variables:
#   $from (Number) - erste Klasse
#   $to (Number) - letzte Klasse
site-grades-range = Klasse { $from } bis { $to }
site-schedule = Wochentage und Zeiten
site-schedule-hint = Zum Beispiel: Mo und Mi 14:00–15:30.
site-places = Plätze
site-tutors = Lernbegleiterinnen und Lernbegleiter
site-tutors-hint = Namen oder Anzahl.
site-contact = Ansprechperson
site-contact-hint = Name und Telefon oder E-Mail.
site-start = Beginn
site-review-hint = Neue und geänderte Lernstandorte prüft das BuT-Team, bevor sie öffentlich sind.
site-submit = Zur Prüfung senden
site-submitted = Der Lernstandort ist zur Prüfung an das BuT-Team gesendet.
site-status = Stand
site-status-pending = Wird geprüft
site-status-approved = Freigegeben
site-status-returned = Zurückgegeben
site-status-paused = Pausiert
site-status-closed = Geschlossen
site-status-changed = Der Stand des Lernstandorts ist geändert.
site-review-comment = Anmerkung des BuT-Teams
site-pause = Pausieren (keine neuen Schülerinnen und Schüler)
site-reopen = Wieder öffnen
site-close = Schließen
# Variables:
#   $taken (Number) - belegte Plätze
#   $places (Number) - alle Plätze
site-occupancy = { $taken } von { $places } Plätzen belegt
# Variables:
#   $free (Number) - freie Plätze
#   $places (Number) - alle Plätze
site-free-places = { $free ->
    [one] 1 Platz frei
   *[other] { $free } Plätze frei
    } (von { $places })
site-full = Ausgebucht – zurzeit kein Platz frei
site-error-school = Bitte wählen Sie eine Ihrer Schulen.
site-error-grade = Bitte geben Sie eine Klasse von 1 bis 13 an.
site-error-grade-order = Die letzte Klasse darf nicht vor der ersten liegen.
site-error-places = Bitte geben Sie eine Zahl von 1 bis 200 an.
site-error-start-past = Der Beginn liegt mehr als ein Jahr zurück.
site-error-closed = Dieser Lernstandort ist geschlossen und kann nicht mehr geändert werden.
site-error-not-allowed = Das ist bei diesem Lernstandort gerade nicht möglich.
site-error-changed = Der Lernstandort wurde inzwischen geändert. Bitte laden Sie die Seite neu.
site-error-comment = Bitte schreiben Sie, was die Schule ändern soll.
staff-sites-title = Lernstandorte prüfen
staff-sites-empty = Zurzeit wartet kein Lernstandort auf eine Prüfung.
site-approve = Freigeben
site-approved = Der Lernstandort ist freigegeben und öffentlich.
site-return-comment = Anmerkung für die Schule
site-return = Zurückgeben
site-returned = Der Lernstandort ist mit Ihrer Anmerkung an die Schule zurückgegeben.
home-finder-link = Lernstandorte in Ihrer Nähe finden
lf-finder-link = Alle Lernstandorte mit Fächern und Zeiten ansehen
lf-error-lernstandort-full = An diesem Lernstandort ist im gewählten Zeitraum kein Platz frei. Bitte wählen Sie einen anderen.
admin-school = Schule
admin-school-hint = Nur für Konten der Schulsozialarbeit: die Schule, für die das Konto arbeitet.
conf-list-title = Bestätigungen für Lernförderung
conf-list-hint = Anträge von Schülerinnen und Schülern Ihrer Schulen, deren Eltern der Nachfrage bei der Schule zugestimmt haben.
conf-state-open = Wartet auf Ihre Bestätigung
conf-state-confirmed = Bedarf bestätigt
conf-state-declined = Bedarf nicht bestätigt
# Variables:
#   $child (String) - Name des Kindes
conf-title = Bestätigung der Schule für { $child }
conf-school = Schule und Klasse
conf-asked = Beantragt
# Variables:
#   $subjects (String) - Fächer
#   $hours (String) - Stunden pro Woche
#   $period (String) - Zeitraum
conf-asked-text = { $subjects }; { $hours } Stunden pro Woche; { $period }
conf-lead = Bitte bestätigen Sie, in welchen Fächern, wie viele Stunden und wie lange das Kind Lernförderung braucht – oder lehnen Sie mit einer Begründung ab.
conf-decision = Ihre Entscheidung
conf-confirm = Bedarf bestätigen
conf-decline = Bedarf nicht bestätigen
conf-goals-at-risk = Ohne Lernförderung sind die wesentlichen Lernziele gefährdet (zum Beispiel die Versetzung), und die Schule kann den Bedarf nicht mit eigenen Angeboten decken.
conf-reason = Begründung
conf-reason-hint = Nur wenn Sie den Bedarf nicht bestätigen.
conf-submit = Entscheidung speichern
conf-confirmed = Sie haben den Bedarf bestätigt. Das Jobcenter entscheidet jetzt über den Antrag.
conf-declined = Sie haben den Bedarf nicht bestätigt. Das Jobcenter informiert die Familie.
conf-error-goals = Bitte bestätigen Sie, dass die Lernziele ohne Lernförderung gefährdet sind – sonst lehnen Sie bitte ab.
conf-error-reason = Bitte begründen Sie, warum Sie den Bedarf nicht bestätigen.
conf-error-decision = Bitte wählen Sie, ob Sie den Bedarf bestätigen.
conf-error-exists = Die Schule hat über diesen Antrag schon entschieden.
timeline-school-confirmed = Die Schule hat den Bedarf bestätigt
timeline-school-declined = Die Schule hat den Bedarf nicht bestätigt
behalf-title = Antrag mit einer Familie beginnen
behalf-start-lead = Sie können einen Antrag auf Lernförderung zusammen mit den Eltern beginnen, zum Beispiel im Beratungsgespräch. Die Familie braucht ein Konto im Portal, und das Kind muss an einer Ihrer Schulen sein. Die Eltern erzeugen dafür in ihrem Konto einen Code für ihr Kind und geben ihn Ihnen. Die Eltern prüfen den Antrag danach in ihrem Konto und schicken ihn selbst ab.
behalf-family-email = E-Mail-Adresse des Kontos der Familie
behalf-family-email-hint = Mit dieser Adresse melden sich die Eltern im Portal an.
behalf-code = Code der Familie
behalf-code-hint = Die Eltern finden ihn in ihrem Konto beim Kind unter „Code für die Schulsozialarbeit“, zum Beispiel ABCD-EFGH.
behalf-error-code = Bitte geben Sie den Code mit 8 Zeichen ein, den die Eltern Ihnen gegeben haben.
behalf-start = Antrag beginnen
behalf-started = Der Antrag ist angelegt. Bitte füllen Sie jetzt die Angaben zusammen mit den Eltern aus.
behalf-lead = Diesen Antrag füllen Sie zusammen mit den Eltern aus. Abschicken können ihn nur die Eltern in ihrem Konto.
behalf-saved = Die Angaben sind gespeichert. Die Eltern sehen den Antrag jetzt in ihrem Konto und können ihn abschicken.
behalf-error-not-found = Zu dieser E-Mail-Adresse und diesem Code haben wir kein Kind an Ihren Schulen gefunden. Ein Code gilt eine Woche und nur einmal. Bitte prüfen Sie die Angaben oder lassen Sie sich von den Eltern einen neuen Code geben.
behalf-family-hint = Von der Schule mit Ihnen begonnen – bitte prüfen und abschicken.
timeline-started-by-school = Antrag von der Schule mit Ihnen begonnen
school-directory-title = Schulverzeichnis
school-directory-list = Alle Schulen
school-add = Schule hinzufügen
school-edit = Schule ändern
# Variables:
#   $name (String) - Name der Schule
school-edit-title = Schule: { $name }
school-name = Name der Schule
school-type = Schulform
school-save = Speichern
school-saved = Die Schule ist gespeichert.
school-error-type = Bitte wählen Sie eine Schulform aus der Liste.
school-error-exists = Eine Schule mit diesem Namen gibt es in dieser Kommune schon.
request-title = Zugang für die Schulsozialarbeit beantragen
request-lead = Sie arbeiten in der Schulsozialarbeit an einer Schule im Kreis Warendorf? Beantragen Sie hier Ihren Zugang. Das BuT-Team prüft den Antrag; danach können Sie sich anmelden.
request-name = Ihr Name
request-email-hint = Bitte Ihre dienstliche Adresse.
request-message = Nachricht an das BuT-Team
request-message-hint = Zum Beispiel Ihre Funktion oder eine Telefonnummer für Rückfragen.
request-submit = Zugang beantragen
request-sent = Ihr Antrag ist beim BuT-Team. Sie können sich anmelden, sobald er freigegeben ist.
request-error-school = Bitte wählen Sie Ihre Schule aus der Liste.
request-error-decided = Über diesen Antrag ist schon entschieden.
requests-title = Zugänge der Schulsozialarbeit
requests-empty = Zurzeit wartet kein Antrag auf einen Zugang.
request-approve = Freigeben
request-reject = Ablehnen
request-approved = Der Zugang ist freigegeben.
request-rejected = Der Antrag auf einen Zugang ist abgelehnt.
login-school-request = Schulsozialarbeit ohne Zugang?
behalf-signed-title = Oder: unterschriebenen Antrag hochladen
behalf-signed-text = Haben die Eltern den Antrag mit Erklärung, Einverständnis und Schweigepflichtentbindung auf Papier unterschrieben? Dann laden Sie ihn hier hoch (Scan oder Foto). Der Antrag ist damit eingereicht.
behalf-signed-submit = Hochladen und einreichen
behalf-submitted = Der Antrag ist mit dem unterschriebenen Einverständnis eingereicht.
behalf-error-incomplete = Es fehlen noch Angaben. Bitte füllen Sie den Antrag zuerst vollständig aus.
