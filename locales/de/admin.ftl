## Verwaltung der Konten

admin-accounts-title = Konten verwalten
admin-create-title = Neues Konto anlegen
admin-initial-password-hint = Geben Sie das erste Passwort auf sicherem Weg weiter. Die Person ändert es nach der ersten Anmeldung unter „Mein Konto“.
admin-create-submit = Konto anlegen
admin-created = Das Konto wurde angelegt.
admin-list-title = Alle Konten
admin-created-at = Angelegt am
