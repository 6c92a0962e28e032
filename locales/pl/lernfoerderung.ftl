## Korepetycje (Lernförderung): dane we wniosku

lf-details-title = Informacje o korepetycjach (Lernförderung)
# Variables:
#   $child (String) - Name des Kindes
lf-details-lead = Dziecko: { $child }. Z jakich przedmiotów dziecko potrzebuje korepetycji, w jakim wymiarze i gdzie?
lf-school-confirms = Szkoła potwierdzi później, że Państwa dziecko potrzebuje korepetycji. W tym celu zapytamy szkołę – ale tylko wtedy, gdy na końcu wyrażą Państwo zgodę.
# Variables:
#   $amount (String) - Höchstbetrag pro Stunde, z. B. 20,00 €
lf-rate-cap = Jobcenter pokrywa maksymalnie { $amount } za godzinę. Korepetycje w punkcie nauki (Lernstandort) w szkole są dla Państwa bezpłatne.
lf-subjects = Przedmioty
lf-subjects-hint = Proszę wybrać jeden lub kilka przedmiotów.
subject-deutsch = Język niemiecki
subject-mathematik = Matematyka
subject-englisch = Język angielski
subject-franzoesisch = Język francuski
subject-latein = Łacina lub inny język obcy
subject-naturwissenschaften = Biologia, chemia lub fizyka
subject-sachunterricht = Przyroda (Sachunterricht)
subject-sonstiges = Inny przedmiot
lf-subject-other = Inny przedmiot
lf-subject-other-hint = Tylko jeśli wybrali Państwo „Inny przedmiot”.
lf-hours = Liczba godzin w tygodniu
lf-hours-hint = Liczba od 1 do 10. Jedna godzina to 45–60 minut.
lf-period-from = Korepetycje od
lf-period-to = Korepetycje do
lf-period-hint = Propozycja: do końca półrocza. Mogą Państwo wpisać inną datę.
lf-period = Okres
lf-place = Gdzie odbywają się korepetycje?
lf-place-lernstandort = W punkcie nauki (Lernstandort) – korepetycje w szkole
lf-place-provider = U korepetytora lub w firmie korepetycyjnej poza szkołą
lf-lernstandort = Punkt nauki (Lernstandort)
lf-lernstandort-hint = Tylko jeśli korepetycje odbywają się w punkcie nauki. W razie wątpliwości proszę zapytać pracownika socjalnego w szkole (Schulsozialarbeit).
lf-provider-title = Korepetytor spoza szkoły (Nachhilfe-Anbieter)
lf-provider-hint = Proszę wypełnić tylko wtedy, gdy korepetycje prowadzi ktoś spoza szkoły. W następnym kroku proszę przesłać ofertę korepetytora.
lf-provider-name = Nazwa firmy lub imię i nazwisko korepetytora
lf-hourly-rate = Cena za godzinę
lf-hourly-rate-hint = W euro, tak jak w ofercie, na przykład 18,50.
lf-monthly-cost = Koszt miesięczny (szacunkowo)
# Variables:
#   $cap (String) - Höchstbetrag pro Stunde
#   $over (String) - Betrag über dem Höchstbetrag
lf-rate-over-cap = Jobcenter pokrywa maksymalnie { $cap } za godzinę. Różnicę – { $over } za godzinę – musieliby Państwo zapłacić sami albo uzgodnić to z korepetytorem.
lf-reason = Dlaczego Państwa dziecko potrzebuje korepetycji?
lf-reason-hint = Wystarczy kilka zdań. Na przykład: dziecko może nie otrzymać promocji do następnej klasy, ocena z matematyki jest niedostateczna.
lf-error-subjects = Proszę wybrać z listy co najmniej jeden przedmiot.
lf-error-subject-other = Proszę podać nazwę innego przedmiotu.
lf-error-hours = Proszę podać liczbę całkowitą od 1 do 10.
lf-error-from-past = Data rozpoczęcia jest wcześniejsza niż dwanaście miesięcy temu. Za tak dawne miesiące nie można już niczego wypłacić. Sprawdzimy, od kiedy będą wypłaty, i napiszemy to w decyzji (Bescheid).
lf-error-from-future = Data rozpoczęcia jest ponad rok w przyszłości.
lf-error-to-before-from = Data zakończenia musi być późniejsza niż data rozpoczęcia.
lf-error-period-long = Jeden wniosek obejmuje maksymalnie jeden rok szkolny.
lf-error-place = Proszę wybrać, gdzie odbywają się korepetycje.
lf-error-lernstandort = Proszę wybrać punkt nauki.
lf-error-lernstandort-unknown = Ten punkt nauki nie istnieje albo obecnie nie przyjmuje nowych uczniów. Proszę wybrać inny.
lf-error-rate-zero = Cena za godzinę musi być większa niż 0.
