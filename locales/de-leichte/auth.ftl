## Anmelden, Registrieren, Konto

field-email = E-Mail-Adresse
field-password = Passwort
field-current-password = Altes Passwort
field-new-password = Neues Passwort
field-password-repeat = Passwort noch einmal
field-role = Rolle
field-initial-password = Erstes Passwort
password-show = Passwort zeigen
password-hide = Passwort verstecken
# Variables:
#   $min (Number) - minimale Länge
password-hint = Das Passwort braucht mindestens { $min } Zeichen. Unser Tipp: Nehmen Sie einen langen Satz. Diesen Satz können Sie sich gut merken.
login-title = Anmelden
login-submit = Anmelden
login-no-account = Noch kein Konto?
login-register-link = Jetzt Konto anlegen
register-title = Konto für Ihre Familie anlegen
register-lead = Mit einem Konto können Sie Bildung und Teilhabe beantragen. Das geht im Internet. Sie können Ihren Antrag auch speichern. Später machen Sie dann weiter.
register-email-hint = An diese Adresse schicken wir Ihnen Nachrichten zu Ihren Anträgen.
register-submit = Konto anlegen
register-have-account = Sie haben schon ein Konto?
register-login-link = Anmelden
account-title = Mein Konto
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = Sie sind angemeldet als { $email }
# Variables:
#   $role (String) - Name der Rolle
account-role = Rolle: { $role }
account-change-password-title = Passwort ändern
account-change-password-submit = Passwort ändern
account-password-changed = Ihr neues Passwort gilt jetzt.
account-sessions-title = Angemeldete Geräte
account-sessions-lead = Vielleicht sind Sie noch auf einem anderen Handy angemeldet. Oder auf einem anderen Computer. Hier können Sie sich überall abmelden.
account-logout-everywhere = Überall abmelden
account-logged-out-everywhere = Sie sind jetzt auf allen Geräten abgemeldet.
account-language-title = Sprache
account-language-lead = Hier wählen Sie eine Sprache. In dieser Sprache zeigen wir Ihnen das Portal. In dieser Sprache erklären wir Ihnen auch den Bescheid. Der Bescheid ist ein Brief vom Jobcenter. Der Bescheid selbst ist immer auf Deutsch.
account-language-save = Sprache speichern
account-language-saved = Wir haben Ihre Sprache gespeichert.

## Passwort vergessen
login-forgot-link = Passwort vergessen?
forgot-title = Passwort vergessen
forgot-lead = Sie wissen Ihr Passwort nicht mehr? Dann schreiben Sie hier Ihre E-Mail-Adresse hin. Wir schicken Ihnen dann einen Link. Mit dem Link wählen Sie ein neues Passwort. Der Link gilt nur 1 Stunde.
forgot-submit = Link schicken
reset-requested = Vielleicht gibt es ein Konto mit dieser E-Mail-Adresse. Dann haben wir Ihnen einen Link geschickt. Bitte schauen Sie in Ihre E-Mails. Schauen Sie auch im Spam-Ordner nach. Dort landen manchmal E-Mails aus Versehen.
reset-title = Neues Passwort wählen
reset-lead = Bitte wählen Sie ein neues Passwort. Danach sind Sie auf allen anderen Geräten abgemeldet. Geräte sind zum Beispiel Handys oder Computer.
reset-submit = Passwort speichern
reset-new-link = Neuen Link bekommen
reset-done = Wir haben Ihr neues Passwort gespeichert. Bitte melden Sie sich jetzt mit dem neuen Passwort an.
reset-error-invalid = Dieser Link geht nicht mehr. Vielleicht ist die Zeit vorbei. Oder Sie haben den Link schon benutzt. Bitte holen Sie sich einen neuen Link.

## Bescheide im Portal (§ 37 Abs. 2a SGB X)
delivery-title = Bescheide im Portal bekommen
delivery-lead = Der Bescheid ist ein Brief vom Jobcenter. Sie können wählen: Wie wollen Sie Ihre Bescheide bekommen? Mit der Post. Oder hier im Portal. Sie sagen Ja zum Portal? Dann kommen Ihre Bescheide nicht mehr mit der Post. Die Bescheide kommen dann ins Portal. Ein neuer Bescheid ist da? Dann schicken wir Ihnen eine E-Mail. Wichtig! Es gilt: Sie haben den Bescheid am 3. Tag nach der E-Mail bekommen. Ab diesem Tag haben Sie 1 Monat Zeit für einen Widerspruch. Mit einem Widerspruch sagen Sie: Ich bin mit der Entscheidung nicht einverstanden. Sie können Ihr Einverständnis jederzeit zurücknehmen. Das geht hier im Portal. Dann kommen die Bescheide wieder mit der Post.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = Sie haben am { $date } zugestimmt. Ihre Bescheide kommen ins Portal.
delivery-state-none = Ihre Bescheide kommen mit der Post.
delivery-give = Ja, ich will Bescheide im Portal bekommen
delivery-withdraw = Einverständnis zurücknehmen – Bescheide wieder mit der Post
delivery-given = Danke. Ihre Bescheide kommen ab jetzt ins Portal.
delivery-withdrawn = Sie haben Ihr Einverständnis zurückgenommen. Ihre Bescheide kommen wieder mit der Post.

## E-Mail-Adresse bestätigen
register-mail-sent = Wir haben Ihnen eine E-Mail geschickt. In der E-Mail ist ein Link. Bitte klicken Sie auf den Link. So bestätigen Sie Ihre E-Mail-Adresse. Sie finden die E-Mail nicht? Dann schauen Sie auch im Spam-Ordner nach.
verify-title = E-Mail-Adresse bestätigen
verify-submit = Meine Adresse bestätigen
verify-done = Danke! Ihre E-Mail-Adresse ist jetzt bestätigt.
verify-error-invalid = Dieser Link geht nicht mehr. Vielleicht ist die Zeit vorbei. Oder Sie haben den Link schon benutzt. Bitte melden Sie sich an. Gehen Sie dann auf „Meine Übersicht“. Dort bekommen Sie einen neuen Link.
verify-banner = Bitte bestätigen Sie Ihre E-Mail-Adresse. Dafür haben wir Ihnen einen Link geschickt. Klicken Sie auf den Link. Sie können Anträge schon jetzt ausfüllen. Aber zuerst müssen Sie Ihre Adresse bestätigen. Dann können Sie Anträge abschicken.
verify-resend = Link noch einmal schicken
verify-resent = Wir haben Ihnen einen neuen Link geschickt.

## Welche E-Mails bekommen Sie?
mail-prefs-title = E-Mails vom Portal
mail-prefs-legend = Wann sollen wir Ihnen eine E-Mail schicken?
mail-prefs-hint = Manche E-Mails bekommen Sie immer. Das Gesetz verlangt diese E-Mails. Oder die E-Mails sind für Ihre Sicherheit. Das sind diese E-Mails: Der Link für ein neues Passwort. Und die E-Mail zum Bestätigen von Ihrer Adresse. Sie haben Ja gesagt zu Bescheiden im Portal? Dann bekommen Sie auch immer diese Nachricht: Ein neuer Bescheid ist im Portal.
mail-prefs-save = Auswahl speichern
mail-prefs-saved = Ihre Auswahl ist jetzt gespeichert.
mail-topic-claims = Ihr Antrag ist angekommen
mail-topic-questions = Das Jobcenter hat eine Frage. Kurz vor dem Ende von der Frist erinnern wir Sie.
mail-topic-decisions = Das Jobcenter hat über einen Antrag entschieden
mail-topic-school-digest = Anträge warten auf die Bestätigung von der Schule. Sie bekommen höchstens 1 E-Mail am Tag.
mail-topic-staff-answers = Eine Familie hat geantwortet. Auf eine Frage zu einem von meinen Anträgen.
