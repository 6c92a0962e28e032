## Rahmen jeder Seite: Kopf, Navigation, Sprachwahl, Fuß

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = Direkt zum Inhalt
shell-language-label = Sprache
nav-label = Haupt-Menü
nav-overview = Meine Übersicht
nav-account = Mein Konto
nav-logout = Abmelden
nav-login = Anmelden
nav-register = Konto anlegen
footer-label = Recht und Hilfe
footer-accessibility = Barriere-Freiheit
footer-privacy = Daten-Schutz
footer-imprint = Impressum
footer-easy-language = Leichte Sprache
footer-contact = Kontakt
footer-operator = Ein Angebot vom Kommunalen Jobcenter Kreis Warendorf – Bildung und Teilhabe
role-family = Familie
role-school = Schule
role-staff = Sach-Bearbeitung
role-admin = Administration
back-to-overview = Zurück zur Übersicht
select-choose = Bitte auswählen
field-optional-suffix = (freiwillig)
