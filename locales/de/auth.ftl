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
