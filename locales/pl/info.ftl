## Strony obowiązkowe: dostępność, ochrona danych, nota prawna, tekst łatwy do czytania, kontakt
## Akapity są oddzielone pustym wierszem.

info-accessibility-title = Deklaracja dostępności
info-accessibility-text =
    Kommunales Jobcenter Kreis Warendorf chce, aby wszyscy mogli korzystać z tego portalu. Portal ma spełniać wymagania niemieckiego rozporządzenia o dostępności technologii informacyjnej (Barrierefreie-Informationstechnik-Verordnung, BITV 2.0).

    Portal jest jeszcze rozbudowywany. Każdą nową stronę sprawdzamy za pomocą klawiatury, powiększenia ekranu i czytnika ekranu.

    Znaleźli Państwo barierę? Prosimy o zgłoszenie jej za pomocą formularza na dole tej strony.
info-imprint-title = Nota prawna (Impressum)
info-imprint-text =
    Kreis Warendorf – Kommunales Jobcenter, Sachgebiet Bildung und Teilhabe (dział edukacji i uczestnictwa)

    Kreis Warendorf jest osobą prawną prawa publicznego (Körperschaft des öffentlichen Rechts). Reprezentuje go starosta (Landrat).

    Adres i dane kontaktowe znajdą Państwo na stronie „Kontakt”.
info-easy-title = Tekst łatwy do czytania
info-easy-text =
    Tutaj mogą Państwo poprosić o pieniądze dla dziecka.

    Pieniądze są na korepetycje. Albo na klub. Na przykład na klub sportowy.

    Dostają Państwo Grundsicherungsgeld (dawniej Bürgergeld)? Albo pomoc społeczną (Sozialhilfe)? Albo dodatek mieszkaniowy (Wohngeld)? Albo dodatek na dziecko (Kinderzuschlag)? Albo świadczenia dla osób ubiegających się o azyl (AsylbLG)? Wtedy dziecko może dostać te pieniądze.

    Jak to zrobić? Zakładają Państwo konto. Wypełniają Państwo wniosek. My sprawdzamy wniosek. Dostają Państwo list. W liście jest nasza decyzja.
info-contact-title = Kontakt
info-contact-text =
    Kreis Warendorf – Kommunales Jobcenter, Bildung und Teilhabe (edukacja i uczestnictwo)

    Można się z nami kontaktować od poniedziałku do piątku w godzinach otwarcia starostwa (Kreishaus). W sprawie wniosku prosimy zawsze podać numer wniosku.

    Mogą Państwo do nas napisać, zadzwonić lub przyjść osobiście.

    Odwołanie (Widerspruch) od decyzji składa się na piśmie z własnoręcznym podpisem albo osobiście u nas – wtedy spiszemy je za Państwa (zur Niederschrift). Zwykły e-mail nie wystarczy. Elektronicznie jest to możliwe tylko w szczególnej formie z § 36a Abs. 2 SGB I, na przykład z kwalifikowanym podpisem elektronicznym (§ 84 SGG). Termin jest podany w decyzji.
