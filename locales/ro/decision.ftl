## Decizia pentru familie: o explicație simplă lângă decizia (Bescheid) în limba germană

decision-title = Decizia
# Variables:
#   $amount (String) - Betrag pro Monat
#   $from (String) - Beginn
#   $to (String) - Ende
#   $payee (String) - Anbieter
decision-explain-approved = Cererea dumneavoastră a fost aprobată. Jobcenterul plătește până la { $amount } pe lună, de la { $from } până la { $to }. Banii îi primește: { $payee }.
decision-explain-direct = Jobcenterul plătește direct furnizorului. Pentru ce s-a aprobat, dumneavoastră nu trebuie să plătiți nimic.
decision-explain-voucher = Primiți un voucher (Gutschein). Dați-l furnizorului.
# Variables:
#   $reason (String) - Grund der Ablehnung
decision-explain-rejected = Cererea dumneavoastră a fost respinsă. Motivul: { $reason } Motivarea exactă este scrisă în decizie (Bescheid).
decision-explain-objection = Nu sunteți de acord? Atunci puteți face contestație (Widerspruch) în termen de o lună: printr-o scrisoare semnată, personal la Jobcenter (unde se consemnează în scris – zur Niederschrift) sau electronic doar cu semnătură electronică calificată ori prin De-Mail – un e-mail simplu nu este suficient. Termenul începe când decizia se consideră primită: prin poștă, în a patra zi după ce a fost predată la poștă. La sfârșitul deciziei scrie cum se face (Rechtsbehelfsbelehrung – informarea despre căile de atac).
decision-explain-no-suspension = Chiar dacă faceți contestație, decizia rămâne valabilă deocamdată.
decision-explain-german = Din punct de vedere legal, este valabilă decizia (Bescheid) în limba germană. Vă explicăm decizia cu plăcere – și în germană ușoară (Leichte Sprache).
decision-download = Descărcați decizia (PDF, în limba germană)
reason-no-benefit = În perioada pentru care ați făcut cererea nu primiți o prestație necesară pentru aceasta (de exemplu Grundsicherungsgeld – fostul Bürgergeld – sau Wohngeld).
reason-age = Copilul dumneavoastră a depășit vârsta pentru această prestație.
reason-no-need = Școala nu a confirmat că copilul dumneavoastră are nevoie de meditații.
reason-missing-documents = Lipsesc documente pe care vi le-am cerut.
reason-school-offer = Școala are o ofertă gratuită, care trebuie folosită mai întâi.
reason-other = Condițiile nu sunt îndeplinite.
objection-letter-title = Pregătiți contestația
objection-letter-hint = Portalul scrie contestația (Widerspruch) dumneavoastră sub formă de scrisoare (PDF). Tipăriți-o, semnați-o și trimiteți-o la Jobcenter sau depuneți-o acolo – în termen de o lună. Un e-mail simplu nu este suficient. În portal nu se salvează nimic.
objection-letter-reasons = De ce nu sunteți de acord? (Puteți trimite motivarea și mai târziu.)
objection-letter-button = Creați scrisoarea (PDF)

## Rambursare și comunicarea deciziei
decision-explain-reimbursement = Ați plătit dumneavoastră costurile. Jobcenterul vă dă banii înapoi, până la suma aprobată.
# Variables:
#   $known (String) - Tag der Bekanntgabe
#   $deadline (String) - letzter Tag für einen Widerspruch
decision-known-download = Ați primit decizia (Bescheid) în portal. Ea se consideră primită la { $known }. Puteți face contestație (Widerspruch) până la { $deadline } inclusiv.
decision-known-posted = Decizia (Bescheid) a venit prin poștă. Ea se consideră primită la { $known }. Puteți face contestație (Widerspruch) până la { $deadline } inclusiv.
