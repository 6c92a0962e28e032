# E-mailurile portalului. Nu conțin date sociale: doar faptul că s-a întâmplat ceva și
# un link către portal.
mail-greeting = Bună ziua,
mail-footer = Acest e-mail a fost trimis automat de BuT-Portal Kreis Warendorf. Vă rugăm să nu răspundeți la el. În portal, la „Contul meu”, puteți alege ce mesaje primiți.

mail-password-reset-subject = Parolă nouă pentru BuT-Portal
mail-password-reset-body =
    cineva a cerut o parolă nouă pentru contul dumneavoastră. Dacă ați fost dumneavoastră, setați o parolă nouă cu linkul de mai jos. Linkul este valabil o oră și o singură dată.

    Dacă nu ați cerut o parolă nouă, nu trebuie să faceți nimic. Parola dumneavoastră rămâne aceeași.
mail-password-reset-link = Setați o parolă nouă:

# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000042
mail-claim-received-subject = Cererea dumneavoastră { $reference } a fost primită
mail-claim-received-body = Cererea dumneavoastră pentru prestațiile pentru educație și participare (Bildung und Teilhabe) a ajuns la Jobcenter. Are numărul { $reference }. Vă rugăm să indicați acest număr când ne scrieți sau ne sunați.
mail-claim-received-link = Vedeți cererea:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll, oder leer
mail-question-subject = Întrebare despre cererea dumneavoastră { $reference }
mail-question-body = Jobcenterul are o întrebare despre cererea dumneavoastră { $reference }. Vă rugăm să intrați în portal și să răspundeți. Termen de răspuns: { $due }.
mail-question-link = Citiți întrebarea și răspundeți:

# Variables:
#   $reference (String) - Antragsnummer
mail-decision-subject = Decizie privind cererea dumneavoastră { $reference }
mail-decision-body = S-a luat o decizie privind cererea dumneavoastră { $reference }. Decizia (Bescheid) o găsiți în portal.
mail-decision-link = Vedeți decizia:

# Variables:
#   $reference (String) - Antragsnummer
#   $due (String) - Datum, bis wann die Antwort kommen soll
mail-question-reminder-subject = Reamintire: întrebare despre cererea dumneavoastră { $reference }
mail-question-reminder-body = Jobcenterul încă așteaptă răspunsul dumneavoastră despre cererea { $reference }. Vă rugăm să răspundeți în portal. Termen de răspuns: { $due }. Dacă aveți nevoie de ajutor, sunați-ne.
mail-question-reminder-link = Citiți întrebarea și răspundeți:

# În locul unei date, când întrebarea nu are termen.
mail-due-soon = cât mai curând

# Notificarea conform § 37 Abs. 2a SGB X (doar cu acordul pentru comunicarea deciziilor în portal).
# Variables:
#   $reference (String) - Antragsnummer
mail-notice-ready-subject = Decizia privind cererea dumneavoastră { $reference } vă așteaptă în portal
mail-notice-ready-body =
    s-a luat o decizie privind cererea dumneavoastră { $reference }. Decizia (Bescheid) este gata pentru dumneavoastră în BuT-Portal și o puteți descărca. Ați fost de acord să primiți deciziile în portal; de aceea nu vine prin poștă.

    Decizia se consideră primită în a treia zi după trimiterea acestui e-mail. Din acea zi curge termenul pentru contestație (Widerspruch).
mail-notice-ready-link = Descărcați decizia:

mail-verify-email-subject = Vă rugăm să vă confirmați adresa de e-mail
mail-verify-email-body =
    ați creat un cont în BuT-Portal Kreis Warendorf. Vă rugăm să confirmați cu linkul de mai jos că această adresă de e-mail este a dumneavoastră. Doar după aceea puteți trimite cereri. Linkul este valabil două zile.

    Dacă nu ați creat un cont, nu trebuie să faceți nimic.
mail-verify-email-link = Confirmați adresa:

mail-already-registered-subject = Aveți deja un cont în BuT-Portal
mail-already-registered-body =
    cineva a vrut să creeze un cont nou în BuT-Portal cu această adresă de e-mail. Dar pentru această adresă există deja un cont. Intrați pur și simplu în cont.

    Dacă ați uitat parola, puteți seta o parolă nouă cu linkul de mai jos. Dacă nu ați fost dumneavoastră, nu trebuie să faceți nimic.
mail-already-registered-link = Ați uitat parola?

# Variables:
#   $count (Number) - wie viele Anträge auf die Bestätigung der Schule warten
mail-school-digest-subject = Cereri pentru meditații (Lernförderung) așteaptă confirmarea dumneavoastră
mail-school-digest-body = { $count ->
    [one] O cerere pentru meditații (Lernförderung) a unei eleve sau a unui elev de la școala dumneavoastră așteaptă confirmarea școlii.
    [few] { $count } cereri pentru meditații (Lernförderung) ale unor elevi de la școala dumneavoastră așteaptă confirmarea școlii.
   *[other] { $count } de cereri pentru meditații (Lernförderung) ale unor elevi de la școala dumneavoastră așteaptă confirmarea școlii.
}
mail-school-digest-link = Vedeți cererile:
