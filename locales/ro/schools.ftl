## Puncte de meditații (Lernstandorte): școlile le înregistrează, administrația le verifică, familiile le găsesc

# Variables:
#   $schools (String) - die Schulen der Schulsozialarbeit
school-lead = Lucrați pentru: { $schools }.
school-no-schools = Contul dumneavoastră nu este încă atribuit unei școli. Vă rugăm să vă adresați echipei BuT de la Jobcenter.
school-sites-title = Punctele dumneavoastră de meditații (Lernstandorte)
site-new = Înregistrați un punct de meditații
# Variables:
#   $place (String) - Raum oder Ort
site-edit-title = Punct de meditații: { $place }
site-form-lead = Un punct de meditații (Lernstandort) înseamnă meditații chiar la școala dumneavoastră. După verificarea de către echipa BuT, apare în căutarea publică și poate fi ales în cerere.
site-school = Școala
site-place = Locul în școală
site-place-hint = De exemplu: sala B 104 sau biblioteca din clădirea veche.
site-subjects = Materii
site-grade-from = De la clasa
site-grade-to = Până la clasa
site-grades = Clase
# Variables:
#   $from (Number) - erste Klasse
#   $to (Number) - letzte Klasse
site-grades-range = Clasele { $from }–{ $to }
site-schedule = Zilele și orele
site-schedule-hint = De exemplu: luni și miercuri, 14:00–15:30.
site-places = Locuri
site-tutors = Îndrumătoare și îndrumători de învățare (Lernbegleiter)
site-tutors-hint = Numele sau numărul lor.
site-contact = Persoana de contact
site-contact-hint = Numele și telefonul sau e-mailul.
site-start = Data de început
site-review-hint = Punctele de meditații noi sau modificate sunt verificate de echipa BuT înainte să devină publice.
site-submit = Trimiteți spre verificare
site-submitted = Punctul de meditații a fost trimis spre verificare echipei BuT.
site-status = Stadiul
site-status-pending = În verificare
site-status-approved = Aprobat
site-status-returned = Returnat
site-status-paused = În pauză
site-status-closed = Închis
site-status-changed = Stadiul punctului de meditații a fost modificat.
site-review-comment = Observația echipei BuT
site-pause = Puneți în pauză (fără eleve și elevi noi)
site-reopen = Redeschideți
site-close = Închideți
# Variables:
#   $taken (Number) - belegte Plätze
#   $places (Number) - alle Plätze
site-occupancy = Locuri ocupate: { $taken } din { $places }
# Variables:
#   $free (Number) - freie Plätze
#   $places (Number) - alle Plätze
site-free-places = { $free ->
    [one] 1 loc liber
    [few] { $free } locuri libere
   *[other] { $free } de locuri libere
    } (din { $places })
site-full = Ocupat complet – momentan nu este niciun loc liber
site-error-school = Vă rugăm să alegeți una dintre școlile dumneavoastră.
site-error-grade = Vă rugăm să introduceți o clasă de la 1 la 13.
site-error-grade-order = Ultima clasă nu poate fi înaintea primei clase.
site-error-places = Vă rugăm să introduceți un număr de la 1 la 200.
site-error-start-past = Data de început este cu mai mult de un an în urmă.
site-error-closed = Acest punct de meditații este închis și nu mai poate fi modificat.
site-error-not-allowed = Acest lucru nu este posibil acum pentru acest punct de meditații.
site-error-changed = Între timp, punctul de meditații a fost modificat. Vă rugăm să reîncărcați pagina.
site-error-comment = Vă rugăm să scrieți ce trebuie să modifice școala.
staff-sites-title = Verificarea punctelor de meditații (Lernstandorte)
staff-sites-empty = Momentan niciun punct de meditații nu așteaptă verificarea.
site-approve = Aprobați
site-approved = Punctul de meditații este aprobat și public.
site-return-comment = Observație pentru școală
site-return = Returnați
site-returned = Punctul de meditații a fost returnat școlii, împreună cu observația dumneavoastră.
home-finder-link = Găsiți puncte de meditații (Lernstandorte) în apropiere
lf-finder-link = Vedeți toate punctele de meditații, cu materii și ore
lf-error-lernstandort-full = La acest punct de meditații nu este niciun loc liber în perioada aleasă. Vă rugăm să alegeți altul.
admin-school = Școala
admin-school-hint = Doar pentru conturile asistenței sociale școlare: școala pentru care lucrează contul.
conf-list-title = Confirmări pentru meditații (Lernförderung)
conf-list-hint = Cereri pentru elevele și elevii școlilor dumneavoastră, ai căror părinți au fost de acord ca școala să fie întrebată.
conf-state-open = Așteaptă confirmarea dumneavoastră
conf-state-confirmed = Necesitate confirmată
conf-state-declined = Necesitate neconfirmată
# Variables:
#   $child (String) - Name des Kindes
conf-title = Confirmarea școlii pentru { $child }
conf-school = Școala și clasa
conf-asked = Ce s-a cerut
# Variables:
#   $subjects (String) - Fächer
#   $hours (String) - Stunden pro Woche
#   $period (String) - Zeitraum
conf-asked-text = { $subjects }; ore pe săptămână: { $hours }; { $period }
conf-lead = Vă rugăm să confirmați la ce materii, câte ore și cât timp are nevoie copilul de meditații (Lernförderung) – sau să refuzați, cu o motivare.
conf-decision = Decizia dumneavoastră
conf-confirm = Confirm necesitatea
conf-decline = Nu confirm necesitatea
conf-goals-at-risk = Fără meditații, obiectivele esențiale de învățare sunt în pericol (de exemplu promovarea în clasa următoare), iar școala nu poate acoperi necesitatea prin propriile oferte.
conf-reason = Motivare
conf-reason-hint = Doar dacă nu confirmați necesitatea.
conf-submit = Salvați decizia
conf-confirmed = Ați confirmat necesitatea. Acum Jobcenterul decide asupra cererii.
conf-declined = Nu ați confirmat necesitatea. Jobcenterul informează familia.
conf-error-goals = Vă rugăm să confirmați că fără meditații obiectivele de învățare sunt în pericol – altfel, vă rugăm să refuzați.
conf-error-reason = Vă rugăm să motivați de ce nu confirmați necesitatea.
conf-error-decision = Vă rugăm să alegeți dacă confirmați necesitatea.
conf-error-exists = Școala a luat deja o decizie pentru această cerere.
timeline-school-confirmed = Școala a confirmat că meditațiile sunt necesare
timeline-school-declined = Școala nu a confirmat că meditațiile sunt necesare
behalf-title = Începeți o cerere împreună cu o familie
behalf-start-lead = Puteți începe o cerere pentru meditații (Lernförderung) împreună cu părinții, de exemplu în timpul unei discuții de consiliere. Familia are nevoie de un cont în portal, iar copilul trebuie să învețe la una dintre școlile dumneavoastră. Pentru aceasta, părinții creează în contul lor un cod pentru copilul lor și vi-l dau. Apoi părinții verifică cererea în contul lor și o trimit chiar ei.
behalf-family-email = Adresa de e-mail a contului familiei
behalf-family-email-hint = Cu această adresă intră părinții în portal.
behalf-code = Codul familiei
behalf-code-hint = Părinții îl găsesc în contul lor, la copil, la „Cod pentru asistența socială școlară (Schulsozialarbeit)”, de exemplu ABCD-EFGH.
behalf-error-code = Vă rugăm să introduceți codul de 8 caractere pe care vi l-au dat părinții.
behalf-start = Începeți cererea
behalf-started = Cererea a fost creată. Vă rugăm să completați acum datele împreună cu părinții.
behalf-lead = Completați această cerere împreună cu părinții. Doar părinții o pot trimite, din contul lor.
behalf-saved = Datele au fost salvate. Părinții văd acum cererea în contul lor și o pot trimite.
behalf-error-not-found = Pentru această adresă de e-mail și acest cod nu am găsit niciun copil la școlile dumneavoastră. Un cod este valabil o săptămână și doar o singură dată. Vă rugăm să verificați datele sau să le cereți părinților un cod nou.
behalf-family-hint = Începută de școală împreună cu dumneavoastră – vă rugăm să o verificați și să o trimiteți.
timeline-started-by-school = Cerere începută de școală împreună cu dumneavoastră
school-directory-title = Lista școlilor
school-directory-list = Toate școlile
school-add = Adăugați o școală
school-edit = Modificați școala
# Variables:
#   $name (String) - Name der Schule
school-edit-title = Școala: { $name }
school-name = Numele școlii
school-type = Tipul de școală
school-save = Salvați
school-saved = Școala a fost salvată.
school-error-type = Vă rugăm să alegeți un tip de școală din listă.
school-error-exists = În această municipalitate există deja o școală cu acest nume.
request-title = Cerere de acces pentru asistența socială școlară (Schulsozialarbeit)
request-lead = Lucrați în asistența socială școlară (Schulsozialarbeit) la o școală din Kreis Warendorf? Cereți aici accesul. Echipa BuT verifică cererea; după aceea vă puteți autentifica.
request-name = Numele dumneavoastră
request-email-hint = Vă rugăm să folosiți adresa de serviciu.
request-message = Mesaj pentru echipa BuT
request-message-hint = De exemplu funcția dumneavoastră sau un număr de telefon pentru întrebări.
request-submit = Cereți accesul
request-sent = Cererea dumneavoastră a ajuns la echipa BuT. Vă puteți autentifica după ce este aprobată.
request-error-school = Vă rugăm să alegeți școala dumneavoastră din listă.
request-error-decided = Pentru această cerere s-a luat deja o decizie.
requests-title = Accese pentru asistența socială școlară
requests-empty = Momentan nu așteaptă nicio cerere de acces.
request-approve = Aprobați
request-reject = Respingeți
request-approved = Accesul a fost aprobat.
request-rejected = Cererea de acces a fost respinsă.
login-school-request = Lucrați în asistența socială școlară și nu aveți acces?
behalf-signed-title = Sau: încărcați cererea semnată
behalf-signed-text = Părinții au semnat pe hârtie cererea, cu declarația, acordul și dezlegarea de secretul profesional (Schweigepflichtentbindung)? Atunci încărcați-o aici (scanare sau fotografie). Astfel, cererea este depusă.
behalf-signed-submit = Încărcați și depuneți
behalf-submitted = Cererea a fost depusă, împreună cu acordul semnat.
behalf-error-incomplete = Mai lipsesc unele date. Vă rugăm să completați mai întâi toată cererea.
