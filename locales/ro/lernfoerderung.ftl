## Meditații (Lernförderung): datele din cerere

lf-details-title = Date despre meditații (Lernförderung)
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = Pentru { $child }: la ce materii are nevoie copilul dumneavoastră de meditații, câte ore și unde?
lf-school-confirms = Mai târziu, școala confirmă că copilul dumneavoastră are nevoie de meditații. Pentru asta întrebăm școala – doar dacă vă dați acordul la sfârșit.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = Jobcenterul plătește cel mult { $amount } pe oră. Meditațiile la un punct de meditații (Lernstandort) al școlii nu vă costă nimic.
lf-subjects = Materii
lf-subjects-hint = Alegeți una sau mai multe materii.
subject-deutsch = Germană
subject-mathematik = Matematică
subject-englisch = Engleză
subject-franzoesisch = Franceză
subject-latein = Latină sau altă limbă străină
subject-naturwissenschaften = Biologie, chimie sau fizică
subject-sachunterricht = Cunoașterea mediului (Sachunterricht)
subject-sonstiges = Altă materie
lf-subject-other = Altă materie
lf-subject-other-hint = Doar dacă ați ales „Altă materie”.
lf-hours = Ore pe săptămână
lf-hours-hint = Un număr de la 1 la 10. O oră înseamnă 45 până la 60 de minute.
lf-period-from = Meditații de la
lf-period-to = Meditații până la
lf-period-hint = Propunere: până la sfârșitul semestrului. Puteți scrie și o altă dată.
lf-period = Perioada
lf-place = Unde au loc meditațiile?
lf-place-lernstandort = La un punct de meditații (Lernstandort – meditații la școală)
lf-place-provider = La un furnizor de meditații din afara școlii
lf-lernstandort = Punctul de meditații (Lernstandort)
lf-lernstandort-hint = Doar dacă meditațiile au loc la un punct de meditații. Dacă nu știți sigur, întrebați asistența socială a școlii (Schulsozialarbeit).
lf-provider-title = Furnizorul de meditații
lf-provider-hint = Completați doar dacă meditațiile au loc la un furnizor din afara școlii. La pasul următor, încărcați oferta furnizorului.
lf-provider-name = Numele furnizorului
lf-hourly-rate = Prețul pe oră
lf-hourly-rate-hint = În euro, ca în ofertă, de exemplu 18,50.
lf-monthly-cost = Costul pe lună (estimat)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = Jobcenterul plătește cel mult { $cap } pe oră. Diferența de { $over } pe oră ar trebui să o plătiți dumneavoastră sau să o lămuriți cu furnizorul.
lf-reason = De ce are nevoie copilul dumneavoastră de meditații?
lf-reason-hint = Câteva propoziții sunt de ajuns. De exemplu: promovarea în clasa următoare este în pericol, nota la matematică este insuficientă (mangelhaft).
lf-error-subjects = Vă rugăm să alegeți cel puțin o materie din listă.
lf-error-subject-other = Vă rugăm să scrieți care este cealaltă materie.
lf-error-hours = Vă rugăm să introduceți un număr întreg de la 1 la 10.
lf-error-from-past = Data de început este cu mai mult de douăsprezece luni în urmă. Pentru luni atât de vechi nu se mai poate plăti nimic. Verificăm de când se plătește și scriem acest lucru în decizie (Bescheid).
lf-error-from-future = Data de început este la mai mult de un an în viitor.
lf-error-to-before-from = Sfârșitul trebuie să fie după început.
lf-error-period-long = O cerere este valabilă cel mult un an școlar.
lf-error-place = Vă rugăm să alegeți unde au loc meditațiile.
lf-error-lernstandort = Vă rugăm să alegeți un punct de meditații.
lf-error-lernstandort-unknown = Acest punct de meditații nu există sau nu primește pe nimeni acum. Vă rugăm să alegeți altul.
lf-error-rate-zero = Prețul pe oră trebuie să fie mai mare decât 0.
