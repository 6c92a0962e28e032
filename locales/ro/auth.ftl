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
