## Rahmen jeder Seite: Kopf, Navigation, Sprachwahl, Fuß

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = Zum Inhalt springen
shell-language-label = Sprache
nav-label = Hauptnavigation
nav-overview = Meine Übersicht
nav-account = Mein Konto
nav-logout = Abmelden
nav-login = Anmelden
nav-register = Registrieren
footer-label = Rechtliches und Hilfe
footer-accessibility = Barrierefreiheit
footer-privacy = Datenschutz
footer-imprint = Impressum
footer-easy-language = Leichte Sprache
footer-contact = Kontakt
footer-operator = Ein Angebot des Kommunalen Jobcenters Kreis Warendorf – Bildung und Teilhabe
role-family = Familie
role-school = Schule
role-staff = Sachbearbeitung
role-admin = Administration
back-to-overview = Zurück zur Übersicht
select-choose = Bitte auswählen
field-optional-suffix = (freiwillig)
