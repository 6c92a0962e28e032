## Verwaltung der Konten

admin-accounts-title = Konten verwalten
admin-create-title = Neues Konto anlegen
admin-initial-password-hint = Geben Sie das erste Passwort auf sicherem Weg weiter. Die Person ändert es nach der ersten Anmeldung unter „Mein Konto“.
admin-create-submit = Konto anlegen
admin-created = Das Konto wurde angelegt.
admin-list-title = Alle Konten
admin-created-at = Angelegt am

## Schulkalender: die unterrichtsfreien Tage je Schuljahr (Lernförderung zählt Schultage).
calendar-title = Schulkalender
calendar-intro = Lernförderung wird nach Schultagen bewilligt: Ein Bescheid zählt für jeden Monat die Schultage, Ferien und Feiertage zählen nicht. Tragen Sie deshalb für jedes Schuljahr alle unterrichtsfreien Tage in Nordrhein-Westfalen ein. Solange ein Schuljahr fehlt, kann Lernförderung für diesen Zeitraum nicht bewilligt werden.
calendar-maintained = eingetragen
calendar-missing = fehlt noch
# Variables:
#   $year (String) - Schuljahr, z. B. 2026/27
calendar-year-title = Schuljahr { $year }
# Variables:
#   $date (String) - Datum der letzten Änderung
calendar-updated = Zuletzt geändert am { $date }.
calendar-days-off = Unterrichtsfreie Tage
calendar-days-off-hint = Eine Zeile je Eintrag: Name; erster Tag; letzter Tag – zum Beispiel „Herbstferien; 17.10.2026; 31.10.2026“. Bei einem einzelnen Tag genügt ein Datum: „Fronleichnam; 27.05.2027“. Die Sommerferien gehören zu dem Schuljahr, an dessen Ende sie beginnen.
calendar-save = Schuljahr speichern
calendar-saved = Der Schulkalender ist gespeichert.
# Variables:
#   $line (String) - Nummer der Zeile
calendar-error-line = Zeile { $line }:
calendar-error-format = Bitte schreiben Sie Name; erster Tag; letzter Tag, getrennt durch Semikolons.
calendar-error-date = Bitte geben Sie gültige Daten an, zum Beispiel 17.10.2026.
calendar-error-order = Der letzte Tag liegt vor dem ersten.
calendar-error-outside-year = Der Eintrag liegt nicht in diesem Schuljahr (1. August bis 31. Juli; nur die Sommerferien dürfen darüber hinausgehen).
calendar-error-empty = Bitte tragen Sie mindestens einen unterrichtsfreien Tag ein.

## Postausgang (E-Mails)
outbox-title = Postausgang
outbox-lead = Alle E-Mails des Portals, neueste zuerst. Ohne SMTP-Server (SMTP_URL) werden sie nicht verschickt, sondern hier aufbewahrt. Ist der Mailserver nicht erreichbar, wartet eine E-Mail und wird später erneut versucht.
# Variables:
#   $count (Number) - Anzahl
outbox-status-all = Alle ({ $count })
outbox-status-queued = Wartend ({ $count })
outbox-status-sent = Verschickt ({ $count })
outbox-status-kept = Aufbewahrt ({ $count })
outbox-status-failed = Fehlgeschlagen ({ $count })
outbox-state-queued = wartet
outbox-state-sent = verschickt
outbox-state-kept = aufbewahrt (kein SMTP-Server)
outbox-state-failed = fehlgeschlagen
outbox-empty = Keine E-Mails.
outbox-created = Erstellt
outbox-status = Stand
outbox-to = An
outbox-subject = Betreff
outbox-error = Letzter Fehler
outbox-sent = Verschickt am
outbox-attempts = Versuche
outbox-secret = Diese E-Mail enthält einen geheimen Link (Passwort) und ist verschickt; ihr Text wird nicht angezeigt.

## The admin's start page
admin-home-title = Verwaltung des Portals
admin-home-accounts = Konten der Schulsozialarbeit, der Sachbearbeitung und der Administration anlegen und finden.
admin-home-notices = Beträge, Stundensätze und Textbausteine der Bescheide pflegen, mit Vorschau.
admin-home-calendar = Ferien und Schultage je Schuljahr, für die Berechnung der Lernförderung.
admin-home-outbox = Versendete, wartende und fehlgeschlagene E-Mails.
admin-home-reports = Kennzahlen je Kommune und Zeitraum, als Tabelle und CSV.
admin-home-eligible = Zahl der berechtigten Kinder je Kommune, für die Quote der Inanspruchnahme.
admin-home-queue = Alle Anträge, nach Status, Kommune und Lernstandort.
admin-home-intake = Anträge erfassen, die auf Papier, am Telefon oder im Rathaus gestellt wurden.
admin-home-sites = Von Schulen gemeldete Lernstandorte prüfen.
admin-home-operators = Träger der Lernstandorte, an die gezahlt wird.
admin-home-schools = Schulen und ihre Kommunen.
admin-home-requests = Anfragen der Schulsozialarbeit nach einem Zugang.
admin-home-feedback = Von Nutzerinnen und Nutzern gemeldete Barrieren.
admin-search = E-Mail-Adresse (oder ein Teil davon)
# Variables:
#   $page (Number) - Seite
#   $pages (Number) - Seiten
#   $total (Number) - gefundene Konten
admin-accounts-page = Seite { $page } von { $pages } · { $total ->
        [one] { $total } Konto
       *[other] { $total } Konten
    }
