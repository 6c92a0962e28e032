## Cadrul fiecărei pagini: antet, navigare, alegerea limbii, subsol

portal-name = BuT-Portal Kreis Warendorf
shell-skip-link = Salt la conținut
shell-language-label = Limba
nav-label = Navigare principală
nav-overview = Pagina mea
nav-account = Contul meu
nav-logout = Ieșiți din cont
nav-login = Intrați în cont
nav-register = Înregistrați-vă
footer-label = Informații legale și ajutor
footer-accessibility = Accesibilitate
footer-privacy = Protecția datelor
footer-imprint = Date de identificare (Impressum)
footer-easy-language = Limbaj ușor
footer-contact = Contact
footer-operator = Un serviciu al Kommunales Jobcenter Kreis Warendorf – Educație și participare (Bildung und Teilhabe)
role-family = Familie
role-school = Școală
role-staff = Funcționari (Sachbearbeitung)
role-admin = Administrare
back-to-overview = Înapoi la pagina mea
select-choose = Vă rugăm să alegeți
field-optional-suffix = (opțional)
