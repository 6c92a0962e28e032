## Anmelden, Registrieren, Konto

field-email = E-Mail-Adresse
field-password = Passwort
field-current-password = Bisheriges Passwort
field-new-password = Neues Passwort
field-password-repeat = Passwort wiederholen
field-role = Rolle
field-initial-password = Erstes Passwort
password-show = Passwort zeigen
password-hide = Passwort verbergen
# Variables:
#   $min (Number) - minimale Länge
password-hint = Mindestens { $min } Zeichen. Ein langer Satz, den Sie sich gut merken können, ist ein gutes Passwort.
login-title = Anmelden
login-submit = Anmelden
login-no-account = Noch kein Konto?
login-register-link = Jetzt registrieren
register-title = Konto für Ihre Familie anlegen
register-lead = Mit einem Konto können Sie Leistungen für Bildung und Teilhabe online beantragen, Anträge speichern und später weiter bearbeiten.
register-email-hint = An diese Adresse schicken wir Nachrichten zu Ihren Anträgen.
register-submit = Konto anlegen
register-have-account = Sie haben schon ein Konto?
register-login-link = Anmelden
account-title = Mein Konto
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = Angemeldet als { $email }
# Variables:
#   $role (String) - Name der Rolle
account-role = Rolle: { $role }
account-change-password-title = Passwort ändern
account-change-password-submit = Passwort ändern
account-password-changed = Ihr Passwort wurde geändert.
account-sessions-title = Angemeldete Geräte
account-sessions-lead = Sie sind vielleicht noch auf einem anderen Handy oder Computer angemeldet, zum Beispiel in einer Beratungsstelle. Hier melden Sie sich überall ab. Wenn Sie Ihr Passwort ändern, werden alle anderen Geräte abgemeldet.
account-logout-everywhere = Überall abmelden
account-logged-out-everywhere = Sie wurden auf allen Geräten abgemeldet.
account-language-title = Sprache
account-language-lead = In dieser Sprache zeigen wir Ihnen das Portal und erklären Ihnen Bescheide. Der Bescheid selbst ist immer auf Deutsch.
account-language-save = Sprache speichern
account-language-saved = Ihre Sprache wurde gespeichert.

## Passwort vergessen
login-forgot-link = Passwort vergessen?
forgot-title = Passwort vergessen
forgot-lead = Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen. Der Link gilt eine Stunde.
forgot-submit = Link schicken
reset-requested = Wenn es zu dieser Adresse ein Konto gibt, haben wir einen Link geschickt. Bitte schauen Sie in Ihr E-Mail-Postfach (auch in den Spam-Ordner).
reset-title = Neues Passwort festlegen
reset-lead = Wählen Sie ein neues Passwort. Danach sind Sie auf allen anderen Geräten abgemeldet.
reset-submit = Passwort speichern
reset-new-link = Einen neuen Link anfordern
reset-done = Ihr neues Passwort ist gespeichert. Bitte melden Sie sich damit an.
reset-error-invalid = Dieser Link ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen Link an.

## Bescheide im Portal (§ 37 Abs. 2a SGB X)
delivery-title = Bescheide im Portal bekommen
delivery-lead = Wenn Sie zustimmen, bekommen Sie Ihre Bescheide nicht mehr per Post, sondern hier im Portal. Wir schicken Ihnen dann eine E-Mail, sobald ein Bescheid bereitliegt. Der Bescheid gilt am dritten Tag nach dieser E-Mail als bekannt gegeben – ab dann läuft die Frist für einen Widerspruch. Sie können Ihre Zustimmung jederzeit hier zurücknehmen; dann kommen Bescheide wieder per Post.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = Sie haben am { $date } zugestimmt: Ihre Bescheide kommen ins Portal.
delivery-state-none = Ihre Bescheide kommen per Post.
delivery-give = Ja, Bescheide im Portal bekommen
delivery-withdraw = Zustimmung zurücknehmen (wieder per Post)
delivery-given = Danke. Ihre Bescheide kommen ab jetzt ins Portal.
delivery-withdrawn = Ihre Zustimmung ist zurückgenommen. Bescheide kommen wieder per Post.

## E-Mail-Adresse bestätigen
register-mail-sent = Wir haben Ihnen eine E-Mail geschickt. Bitte öffnen Sie den Link darin, um Ihre Adresse zu bestätigen (schauen Sie auch in den Spam-Ordner).
verify-title = E-Mail-Adresse bestätigen
verify-submit = Meine Adresse bestätigen
verify-done = Danke! Ihre E-Mail-Adresse ist bestätigt.
verify-error-invalid = Dieser Link ist abgelaufen oder wurde schon benutzt. Melden Sie sich an und fordern Sie auf Ihrer Übersicht einen neuen Link an.
verify-banner = Bitte bestätigen Sie Ihre E-Mail-Adresse mit dem Link, den wir Ihnen geschickt haben. Sie können Anträge schon ausfüllen; abschicken können Sie sie, sobald Ihre Adresse bestätigt ist.
verify-resend = Link noch einmal schicken
verify-resent = Wir haben Ihnen einen neuen Link geschickt.

## Welche E-Mails Sie bekommen
mail-prefs-title = E-Mails vom Portal
mail-prefs-legend = Worüber sollen wir Ihnen eine E-Mail schicken?
mail-prefs-hint = E-Mails, die das Gesetz oder Ihre Sicherheit verlangen, bekommen Sie immer: den Link für ein neues Passwort, die Bestätigung Ihrer Adresse und – wenn Sie zugestimmt haben – die Nachricht, dass ein Bescheid im Portal bereitliegt.
mail-prefs-save = Auswahl speichern
mail-prefs-saved = Ihre Auswahl ist gespeichert.
mail-topic-claims = Ihr Antrag ist eingegangen
mail-topic-questions = Das Jobcenter hat eine Frage (mit Erinnerung kurz vor der Frist)
mail-topic-decisions = Über einen Antrag ist entschieden
mail-topic-school-digest = Anträge warten auf die Bestätigung der Schule (höchstens eine E-Mail am Tag)
mail-topic-staff-answers = Eine Familie hat auf eine Rückfrage zu einem meiner Anträge geantwortet
