## Depunerea cererii, pagina cererii, istoricul

# Variables:
#   $step (Number) - aktueller Schritt
#   $total (Number) - Zahl der Schritte
claim-step = Pasul { $step } din { $total }
claim-continue = Mai departe
claim-back = Înapoi
claim-check-title = Verificați datele dumneavoastră
claim-child = Copilul
claim-benefit = Prestația
claim-change-answers = Modificați datele
claim-declaration-title = Declarație și acord
claim-declaration-text = Declar că datele mele sunt corecte și complete. Voi anunța imediat Jobcenterul despre orice schimbare, de exemplu dacă copilul meu nu mai merge la club sau la meditații.
claim-consent-text = Opțional: Sunt de acord ca Jobcenterul să plătească banii direct furnizorului (plată directă). Fără acest acord primiți un voucher (Gutschein) pentru furnizor. Puteți retrage oricând acordul pentru viitor – aici în portal, pe pagina cererii dumneavoastră, sau la Jobcenter.
claim-privacy-hint = Datele dumneavoastră sunt date sociale (Sozialdaten) și sunt folosite doar pentru această cerere. Acest lucru este prevăzut în § 67a din Cartea a zecea a Codului social german (SGB X).
claim-submit = Trimiteți cererea definitiv
# Variables:
#   $reference (String) - Antragsnummer, z. B. BUT-2026-000123
claim-page-title = Cererea { $reference }
claim-page-title-draft = Ciornă (încă netrimisă)
claim-status = Stadiul
claim-next-steps = Verificăm cererea dumneavoastră. Dacă avem nevoie de informații, vă scriem aici, în portal. Decizia o primiți în scris (Bescheid). Vă rugăm să tipăriți sau să salvați această pagină, ca dovadă.
claim-continue-draft = Continuați completarea cererii
claim-submitted-at = Data trimiterii
claim-timeline = Istoric
claim-withdraw-hint = Nu mai aveți nevoie de prestație? Puteți retrage cererea cât timp nu s-a luat încă o decizie.
claim-withdraw = Retrageți cererea
claim-withdraw-explain = Dacă vă retrageți cererea, Jobcenterul nu mai ia o decizie asupra ei și nu plătește nimic pentru ea. Acest lucru nu poate fi anulat. Dacă mai târziu aveți totuși nevoie de prestație, depuneți o cerere nouă – meditațiile pot fi aprobate atunci de regulă abia din luna noii cereri.
claim-withdraw-confirm = Da, vreau să retrag această cerere.
claim-withdraw-error-confirm = Vă rugăm să confirmați că doriți să retrageți cererea.
claim-submitted = Cererea dumneavoastră a ajuns la noi. Vă mulțumim!
claim-withdrawn = Ați retras cererea.
claim-error-incomplete = Mai lipsesc unele date. Vă rugăm să verificați câmpurile marcate.
claim-error-declaration = Vă rugăm să confirmați că datele dumneavoastră sunt corecte.
claim-error-not-draft = Această cerere a fost deja trimisă și nu mai poate fi modificată.
claim-error-already-final = Pentru această cerere s-a luat deja o decizie sau cererea a fost retrasă.
claim-error-not-allowed = Acest lucru nu este posibil acum pentru această cerere.
claim-error-changed = Între timp, cererea a fost modificată. Vă rugăm să reîncărcați pagina.
status-draft = Ciornă
status-submitted = Primită
status-needs-info = Întrebare pentru dumneavoastră
status-approved = Aprobată
status-rejected = Respinsă
status-withdrawn = Retrasă
timeline-draft = Cerere începută
timeline-submitted = Cerere trimisă
timeline-needs-info = Întrebare de la Jobcenter
timeline-approved = Cerere aprobată
timeline-rejected = Cerere respinsă
timeline-withdrawn = Cerere retrasă
teilhabe-details-title = Date despre club sau curs
# Variables:
#   $child (String) - Name des Kindes
teilhabe-details-lead = Pentru { $child }: pentru ce sunt banii și cine este furnizorul?
# Variables:
#   $amount (String) - Betrag pro Monat, z. B. 15,00 €
teilhabe-covers = Jobcenterul plătește până la { $amount } pe lună, direct clubului sau furnizorului: pentru cotizația de membru (sport, joacă, cultură), pentru lecții, de exemplu la școala de muzică, pentru cursuri și pentru tabere de vacanță. Nu se plătesc, de exemplu, cinematograful sau sala de fitness.
teilhabe-activity = Ce activitate face copilul dumneavoastră?
teilhabe-activity-sport = Sport la un club
teilhabe-activity-music = Muzică, de exemplu școala de muzică
teilhabe-activity-culture = Artă, cultură sau educație
teilhabe-activity-holiday-camp = Tabără de vacanță
teilhabe-activity-other = Altceva
teilhabe-description = Descriere mai exactă
teilhabe-description-hint = De exemplu: fotbal, lecții de chitară. Dacă ați ales „Altceva”, vă rugăm să completați.
teilhabe-provider-title = Furnizorul
teilhabe-provider-name = Numele clubului sau al furnizorului
teilhabe-provider-name-hint = Așa cum este scris pe formularul de înscriere sau pe factură.
teilhabe-provider-contact = Persoana de contact, telefon sau e-mail
teilhabe-provider-contact-hint = Ca să putem întreba furnizorul, dacă este nevoie.
teilhabe-provider-iban = IBAN-ul furnizorului
teilhabe-provider-iban-hint = Este scris adesea pe formularul de înscriere. Dacă nu îl știți, lăsați câmpul gol.
teilhabe-costs-title = Costuri și perioadă
teilhabe-monthly-fee = Cotizația pe lună
teilhabe-monthly-fee-hint = În euro, de exemplu 12,50. Dacă plătiți o cotizație pe an, vă rugăm să o împărțiți la 12.
teilhabe-start-month = Din luna
teilhabe-month-hint = De exemplu 09/2026. De obicei, prestația se acordă începând cu luna în care cererea ajunge la noi.
teilhabe-end-month = Până în luna
teilhabe-end-month-hint = Cel mult douăsprezece luni. După aceea puteți depune o cerere nouă.
teilhabe-period = Perioada
# Variables:
#   $amount (String) - Betrag
teilhabe-split-paid = Din această sumă, Jobcenterul poate plăti { $amount } pe lună.
# Variables:
#   $amount (String) - Betrag
teilhabe-split-own = Restul de { $amount } pe lună îl plătiți dumneavoastră furnizorului.
teilhabe-error-activity = Vă rugăm să alegeți ce activitate face copilul dumneavoastră.
teilhabe-error-description = Vă rugăm să descrieți pe scurt ce activitate face copilul dumneavoastră.
teilhabe-error-start-past = Data de început este cu mai mult de douăsprezece luni în urmă. Pentru luni atât de vechi nu se mai poate plăti nimic. Verificăm de când se plătește și scriem acest lucru în decizie (Bescheid).
teilhabe-error-start-future = Data de început este la mai mult de douăsprezece luni în viitor.
teilhabe-error-end-before-start = Sfârșitul trebuie să fie după început.
teilhabe-error-period-long = O cerere este valabilă cel mult douăsprezece luni.
claim-change-documents = Modificați documentele
claim-school-consent-text = Opțional: Dezleg școala copilului meu de secretul profesional (Schweigepflichtentbindung). Atunci Jobcenterul poate întreba școala, iar școala poate spune dacă are nevoie copilul meu de meditații (Lernförderung) și de câte. Pentru aceasta școala vede doar materiile, orele și perioada, nu și motivele dumneavoastră. Fără acest acord puteți arăta nevoia în alt mod, de exemplu cu carnetul de note sau cu o scrisoare a profesorului, ca dovadă. Puteți retrage oricând acordul pentru viitor – aici în portal, pe pagina cererii dumneavoastră, sau la Jobcenter.
claim-needs-info = Jobcenterul are o întrebare pentru dumneavoastră. Vă rugăm să răspundeți mai jos. După aceea continuăm verificarea cererii.
claim-receipt-link = Afișați și tipăriți confirmarea de primire
timeline-answered = Ați răspuns la întrebare
claim-hint-teilhabe-age = Participarea socio-culturală se acordă doar copiilor și tinerilor sub 18 ani. Puteți depune totuși cererea: o verificăm și vă trimitem o decizie (Bescheid).
claim-hint-school-age = La această prestație, meditațiile se acordă doar până la împlinirea vârstei de 25 de ani. Puteți depune totuși cererea: o verificăm și vă trimitem o decizie (Bescheid).

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = Acordurile dumneavoastră
consent-school = Dezlegarea școlii de secretul profesional
consent-direct = Plata directă către furnizor
# Variables:
#   $date (String) - Datum
consent-given = dat la { $date }
# Variables:
#   $date (String) - Datum
consent-withdrawn = retras la { $date }
consent-not-given = nu a fost dat
consent-withdraw = Retrageți acordul
consent-withdraw-hint = Retragerea este valabilă pentru viitor. Ce s-a întâmplat înainte – de exemplu o confirmare de la școală – rămâne la dosar. Fără plată directă primiți un voucher (Gutschein); fără dezlegarea de secretul profesional, vă rugăm să arătați nevoia cu alte dovezi.
consent-withdrawn-flash = Retragerea acordului a fost salvată.
consent-error-not-given = Acest acord nu este dat (sau nu mai este valabil).
timeline-consent-school-withdrawn = Dezlegarea școlii de secretul profesional a fost retrasă
timeline-consent-direct-withdrawn = Acordul pentru plata directă a fost retras

## Adresă de e-mail confirmată
claim-error-email-unverified = Vă rugăm să vă confirmați mai întâi adresa de e-mail cu linkul din e-mailul nostru. Cererea dumneavoastră este salvată; după aceea o puteți trimite.
