## Accesibilitate: semnalarea barierelor, rezumat în limbaj ușor

a11y-status-title = Stadiul conformității
a11y-status-text = Portalul este parțial conform cu BITV 2.0. Ce nu este încă accesibil: deciziile (Bescheide) în format PDF nu au încă etichete de accesibilitate (PDF/UA). Numele scrise cu litere arabe sau persane nu apar încă corect în decizia PDF.
a11y-prepared = Această declarație a fost întocmită pe 24 noiembrie 2026. Ea se bazează pe o autoevaluare.
a11y-feedback-title = Semnalați o barieră
a11y-feedback-lead = Nu puteți citi sau folosi ceva? Scrieți-ne. Echipa BuT citește fiecare mesaj și vă răspunde în cel mult două săptămâni, dacă ne lăsați o adresă.
a11y-feedback-page = Pe ce pagină?
a11y-feedback-page-hint = De exemplu: cererea pentru meditații (Lernförderung), pasul 2.
a11y-feedback-message = Ce nu funcționează?
a11y-feedback-contact = Cum vă putem contacta?
a11y-feedback-contact-hint = Adresa de e-mail sau numărul de telefon. Fără aceste date nu vă putem răspunde.
a11y-feedback-send = Trimiteți mesajul
a11y-feedback-thanks = Vă mulțumim. Mesajul dumneavoastră a ajuns la echipa BuT.
a11y-feedback-error-empty = Vă rugăm să descrieți bariera.
a11y-feedback-error-too-long = Vă rugăm să scrieți mai pe scurt (cel mult 4000 de caractere).
a11y-enforcement-title = Procedura de conciliere
a11y-enforcement-text = Dacă nu vă răspundem sau dacă răspunsul nostru nu vă mulțumește, vă puteți adresa biroului de mediere pentru tehnologia informației fără bariere al landului Renania de Nord-Westfalia (Ombudsstelle für barrierefreie Informationstechnik des Landes Nordrhein-Westfalen). Procedura este gratuită.
home-summary-title = Pe scurt, în limbaj ușor
home-summary-text =
    Copilul dumneavoastră merge la școală. Primiți bani de la Jobcenter. Sau primiți ajutor social (Sozialhilfe), bani pentru chirie (Wohngeld), supliment pentru copii (Kinderzuschlag) sau prestații pentru solicitanții de azil (Asylbewerberleistungen).

    Atunci copilul poate primi ajutor. De exemplu, meditații. Sau 15 euro pe lună pentru un club.

    Aici faceți cererea. Puteți face cererea de pe telefon.
