## Frame of every page: header, navigation, language choice, footer

portal-name = BuT Portal Kreis Warendorf
shell-skip-link = Skip to content
shell-language-label = Language
nav-label = Main navigation
nav-overview = My overview
nav-account = My account
nav-logout = Log out
nav-login = Log in
nav-register = Register
footer-label = Legal information and help
footer-accessibility = Accessibility
footer-privacy = Data protection
footer-imprint = Legal notice (Impressum)
footer-easy-language = Plain words
footer-contact = Contact
footer-operator = A service of the Kommunales Jobcenter Kreis Warendorf – Education and Participation (Bildung und Teilhabe)
role-family = Family
role-school = School
role-staff = Caseworker
role-admin = Administration
back-to-overview = Back to the overview
select-choose = Please choose
field-optional-suffix = (optional)
