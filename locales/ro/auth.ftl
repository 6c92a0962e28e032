## Autentificare, înregistrare, cont

field-email = Adresa de e-mail
field-password = Parola
field-current-password = Parola actuală
field-new-password = Parola nouă
field-password-repeat = Repetați parola
field-role = Rolul
field-initial-password = Prima parolă
password-show = Arătați parola
password-hide = Ascundeți parola
# Variables:
#   $min (Number) - minimale Länge
password-hint = Cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }. O propoziție lungă, pe care o țineți minte ușor, este o parolă bună.
login-title = Autentificare
login-submit = Intrați în cont
login-no-account = Nu aveți încă un cont?
login-register-link = Înregistrați-vă acum
register-title = Creați un cont pentru familia dumneavoastră
register-lead = Cu un cont puteți cere online prestațiile pentru educație și participare (Bildung und Teilhabe). Puteți salva cererile și le puteți completa mai târziu.
register-email-hint = La această adresă vă trimitem mesaje despre cererile dumneavoastră.
register-submit = Creați contul
register-have-account = Aveți deja un cont?
register-login-link = Intrați în cont
account-title = Contul meu
# Variables:
#   $email (String) - E-Mail-Adresse des Kontos
account-logged-in-as = Sunteți în contul { $email }
# Variables:
#   $role (String) - Name der Rolle
account-role = Rolul: { $role }
account-change-password-title = Schimbați parola
account-change-password-submit = Schimbați parola
account-password-changed = Parola dumneavoastră a fost schimbată.
account-sessions-title = Dispozitive conectate
account-sessions-lead = Este posibil să fiți încă conectat pe alt telefon sau calculator, de exemplu la un centru de consiliere. Aici vă deconectați de peste tot. Dacă vă schimbați parola, toate celelalte dispozitive sunt deconectate.
account-logout-everywhere = Deconectare de peste tot
account-logged-out-everywhere = Ați fost deconectat de pe toate dispozitivele.
account-language-title = Limba
account-language-lead = În această limbă vă arătăm portalul și vă explicăm deciziile (Bescheide). Decizia în sine este întotdeauna în limba germană.
account-language-save = Salvați limba
account-language-saved = Limba aleasă a fost salvată.

## Parolă uitată
login-forgot-link = Ați uitat parola?
forgot-title = Ați uitat parola
forgot-lead = Introduceți adresa de e-mail a contului dumneavoastră. Vă trimitem un link cu care setați o parolă nouă. Linkul este valabil o oră.
forgot-submit = Trimiteți linkul
reset-requested = Dacă există un cont cu această adresă, am trimis un link. Vă rugăm să verificați căsuța de e-mail (și dosarul Spam).
reset-title = Setați o parolă nouă
reset-lead = Alegeți o parolă nouă. După aceea veți fi deconectat de pe toate celelalte dispozitive.
reset-submit = Salvați parola
reset-new-link = Cereți un link nou
reset-done = Parola nouă a fost salvată. Vă rugăm să intrați în cont cu ea.
reset-error-invalid = Acest link a expirat sau a fost deja folosit. Vă rugăm să cereți un link nou.

## Decizii în portal (§ 37 Abs. 2a SGB X)
delivery-title = Primiți deciziile în portal
delivery-lead = Dacă sunteți de acord, nu mai primiți deciziile (Bescheide) prin poștă, ci aici, în portal. Atunci vă trimitem un e-mail de îndată ce o decizie este gata. Decizia se consideră primită în a treia zi după acest e-mail – din acea zi curge termenul pentru contestație (Widerspruch). Vă puteți retrage acordul aici oricând; atunci deciziile vin din nou prin poștă.
# Variables:
#   $date (String) - Datum der Zustimmung
delivery-state-given = V-ați dat acordul la { $date }: deciziile dumneavoastră vin în portal.
delivery-state-none = Deciziile dumneavoastră vin prin poștă.
delivery-give = Da, vreau să primesc deciziile în portal
delivery-withdraw = Retrageți acordul (din nou prin poștă)
delivery-given = Vă mulțumim. De acum, deciziile dumneavoastră vin în portal.
delivery-withdrawn = Acordul dumneavoastră a fost retras. Deciziile vin din nou prin poștă.

## Confirmarea adresei de e-mail
register-mail-sent = V-am trimis un e-mail. Vă rugăm să deschideți linkul din el pentru a vă confirma adresa (verificați și dosarul Spam).
verify-title = Confirmați adresa de e-mail
verify-submit = Confirmați adresa mea
verify-done = Vă mulțumim! Adresa dumneavoastră de e-mail este confirmată.
verify-error-invalid = Acest link a expirat sau a fost deja folosit. Intrați în cont și cereți un link nou pe „Pagina mea”.
verify-banner = Vă rugăm să vă confirmați adresa de e-mail cu linkul pe care vi l-am trimis. Puteți deja să completați cereri; le puteți trimite după ce adresa dumneavoastră este confirmată.
verify-resend = Trimiteți linkul din nou
verify-resent = V-am trimis un link nou.

## Ce e-mailuri primiți
mail-prefs-title = E-mailuri de la portal
mail-prefs-legend = Despre ce să vă trimitem un e-mail?
mail-prefs-hint = E-mailurile cerute de lege sau de siguranța dumneavoastră le primiți întotdeauna: linkul pentru o parolă nouă, confirmarea adresei dumneavoastră și – dacă v-ați dat acordul – mesajul că o decizie (Bescheid) vă așteaptă în portal.
mail-prefs-save = Salvați alegerea
mail-prefs-saved = Alegerea dumneavoastră a fost salvată.
mail-topic-claims = Cererea dumneavoastră a fost primită
mail-topic-questions = Jobcenterul are o întrebare (cu o reamintire cu puțin înainte de termen)
mail-topic-decisions = S-a luat o decizie privind o cerere
mail-topic-school-digest = Cereri care așteaptă confirmarea școlii (cel mult un e-mail pe zi)
mail-topic-staff-answers = O familie a răspuns la o întrebare despre una dintre cererile mele
