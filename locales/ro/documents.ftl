## Documente doveditoare, întrebări și confirmarea de primire

documents-title = Încărcați documentele doveditoare
documents-hint-teilhabe = Sunt utile: fișa de înscriere sau declarația de aderare la club și o listă cu cotizațiile.
documents-hint-lernfoerderung = Sunt utile: ultimul carnet de note (Zeugnis) și, dacă furnizorul este în afara școlii, oferta lui cu prețul pe oră.
documents-uploaded = Documentele dumneavoastră
documents-empty = Încă nu ați încărcat niciun document.
documents-optional = Nu aveți documentele acum? Atunci mergeți pur și simplu mai departe. Vă întrebăm noi dacă lipsește ceva.
document-choose = Alegeți fișierele
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = PDF, JPG sau PNG. Se pot trimite și fotografii făcute cu telefonul. Cel mult { $file } pentru un fișier și { $claim } pentru toate fișierele împreună.
document-upload = Încărcați
document-uploaded = Fișierele dumneavoastră au fost încărcate.
document-remove = Ștergeți
document-removed = Fișierul a fost șters.
document-error-none = Vă rugăm să alegeți cel puțin un fișier.
document-error-empty = Fișierul „{ $name }” este gol. Vă rugăm să îl alegeți încă o dată. De aceea celelalte fișiere nu au fost încă încărcate.
document-error-type = Fișierul „{ $name }” nu este PDF, JPG sau PNG. Vă rugăm să îl salvați într-unul dintre aceste formate sau să îl scoateți. De aceea celelalte fișiere nu au fost încă încărcate.
document-error-file-too-large = Fișierul „{ $name }” este prea mare. Vă rugăm să îl micșorați, de exemplu cu o fotografie la o rezoluție mai mică. De aceea celelalte fișiere nu au fost încă încărcate.
document-error-claim-too-large = Împreună, fișierele sunt prea mari pentru această cerere. Vă rugăm să ștergeți sau să micșorați unele fișiere.
document-error-upload-failed = Încărcarea nu a reușit. Vă rugăm să încercați încă o dată.
document-error-too-many-files = Vă rugăm să încărcați cel mult 10 fișiere deodată.
document-error-claim-too-many = Această cerere are deja numărul maxim posibil de fișiere (25). Vă rugăm să ștergeți fișierele de care nu este nevoie.
document-error-drafts-full = Cererile dumneavoastră începute au deja, împreună, foarte multe fișiere mari. Vă rugăm să trimiteți cererile terminate sau să ștergeți fișierele de care nu este nevoie.
questions-title = Întrebări de la Jobcenter
# Variables:
#   $date (String) - Datum
question-asked-at = Întrebare din { $date }
# Variables:
#   $date (String) - Datum
question-due = Vă rugăm să răspundeți până la data de { $date }.
question-cooperation-warning = Aceasta este o solicitare oficială de cooperare (Mitwirkung, §§ 60, 66 SGB I). Dacă nu răspundeți până la termen sau nu trimiteți documentele cerute, prestația poate fi refuzată până când le trimiteți. Dacă nu reușiți să respectați termenul sau aveți întrebări, vă rugăm să ne contactați.
# Variables:
#   $date (String) - Datum
question-answered-at = Răspunsul dumneavoastră din { $date }
question-answer = Răspunsul dumneavoastră
question-answer-hint = Puteți trimite și doar fișiere, de exemplu o fotografie a carnetului de note.
question-send = Trimiteți răspunsul
question-answered = Vă mulțumim! Răspunsul dumneavoastră a ajuns la Jobcenter.
question-error-empty = Vă rugăm să scrieți un răspuns sau să alegeți un fișier.
question-error-answered = La această întrebare s-a răspuns deja.
receipt-title = Confirmare de primire
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = Cererea dumneavoastră { $reference } a ajuns la Jobcenter la data de { $date }.
receipt-reference = Numărul cererii
receipt-print-hint = Tipăriți această pagină din meniul browserului sau salvați-o ca PDF.
document-view = Vedeți în browser
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = Scrisoare de audiere (Anhörung) { $number } – răspuns până la { $due }
# Variables:
#   $date (String) - Datum
hearing-answered-at = Răspuns din { $date }
hearing-no-answer = Încă nu există niciun răspuns.
hearing-family-title = Audiere (Anhörung): Jobcenterul vrea să modifice aprobarea
hearing-family-intro = Înainte ca Jobcenterul să decidă, puteți spune ce credeți despre aceasta. Citiți scrisoarea și răspundeți până la termen – aici, printr-o scrisoare sau personal. Scrisoarea nu este încă o decizie.
hearing-your-answer = Răspunsul dumneavoastră
hearing-answer-send = Trimiteți răspunsul
hearing-answered = Vă mulțumim! Răspunsul dumneavoastră a ajuns la Jobcenter.
hearing-error-answered = La această scrisoare s-a răspuns deja.
