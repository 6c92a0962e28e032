## Dokumenty, pytania od Jobcenter i potwierdzenie wpływu wniosku

documents-title = Przesyłanie dokumentów (Nachweise)
documents-hint-teilhabe = Przydatne są: zgłoszenie lub deklaracja członkowska w klubie oraz zestawienie składek.
documents-hint-lernfoerderung = Przydatne są: ostatnie świadectwo szkolne, a jeśli korepetycje prowadzi ktoś spoza szkoły – także jego oferta z ceną za godzinę.
documents-uploaded = Państwa dokumenty
documents-empty = Nie przesłano jeszcze żadnych dokumentów.
documents-optional = Nie mają Państwo teraz dokumentów? Proszę po prostu przejść dalej. Jeśli czegoś zabraknie, zapytamy.
document-choose = Wybierz pliki
# Variables:
#   $file (String) - Größe pro Datei, z. B. 10,0 MB
#   $claim (String) - Größe pro Antrag, z. B. 30,0 MB
document-limits = PDF, JPG lub PNG. Mogą to być też zdjęcia z telefonu. Maksymalnie { $file } na plik i { $claim } na wszystkie pliki razem.
document-upload = Prześlij
document-uploaded = Pliki zostały przesłane.
document-remove = Usuń
document-removed = Plik został usunięty.
document-error-none = Proszę wybrać co najmniej jeden plik.
document-error-empty = Plik „{ $name }” jest pusty. Proszę wybrać go jeszcze raz. Dlatego pozostałe pliki nie zostały jeszcze przesłane.
document-error-type = Plik „{ $name }” nie jest w formacie PDF, JPG ani PNG. Proszę zapisać go w jednym z tych formatów albo go pominąć. Dlatego pozostałe pliki nie zostały jeszcze przesłane.
document-error-file-too-large = Plik „{ $name }” jest za duży. Proszę go zmniejszyć, na przykład robiąc zdjęcie w niższej rozdzielczości. Dlatego pozostałe pliki nie zostały jeszcze przesłane.
document-error-claim-too-large = Wszystkie pliki razem są za duże dla tego wniosku. Proszę usunąć lub zmniejszyć niektóre pliki.
document-error-upload-failed = Przesyłanie nie powiodło się. Proszę spróbować jeszcze raz.
document-error-too-many-files = Proszę przesyłać najwyżej 10 plików naraz.
document-error-claim-too-many = Ten wniosek ma już maksymalną możliwą liczbę plików (25). Proszę usunąć pliki, które nie są potrzebne.
document-error-drafts-full = Państwa rozpoczęte wnioski mają już razem bardzo wiele dużych plików. Proszę wysłać gotowe wnioski lub usunąć pliki, które nie są potrzebne.
questions-title = Pytania od Jobcenter
# Variables:
#   $date (String) - Datum
question-asked-at = Pytanie z dnia { $date }
# Variables:
#   $date (String) - Datum
question-due = Prosimy o odpowiedź do dnia { $date }.
question-cooperation-warning = To jest formalne wezwanie do współdziałania (Mitwirkung, §§ 60, 66 SGB I). Jeśli nie odpowiedzą Państwo w terminie lub nie wyślą wymaganych dokumentów, może nastąpić odmowa świadczenia – do czasu, aż Państwo to uzupełnią. Jeśli nie zdążą Państwo w terminie lub mają pytania, prosimy o kontakt.
# Variables:
#   $date (String) - Datum
question-answered-at = Państwa odpowiedź z dnia { $date }
question-answer = Państwa odpowiedź
question-answer-hint = Mogą Państwo też wysłać same pliki, na przykład zdjęcie świadectwa.
question-send = Wyślij odpowiedź
question-answered = Dziękujemy! Państwa odpowiedź dotarła do Jobcenter.
question-error-empty = Proszę napisać odpowiedź lub wybrać plik.
question-error-answered = Na to pytanie już odpowiedziano.
receipt-title = Potwierdzenie wpływu wniosku (Eingangsbestätigung)
# Variables:
#   $reference (String) - Antragsnummer
#   $date (String) - Datum
receipt-lead = Państwa wniosek { $reference } wpłynął do Jobcenter dnia { $date }.
receipt-reference = Numer wniosku
receipt-print-hint = Proszę wydrukować tę stronę za pomocą menu przeglądarki lub zapisać ją jako PDF.
document-view = Wyświetl w przeglądarce
# Anhörung (hearing) before the jobcenter takes an approval back.
# Variables:
#   $number (String) - Nummer des Schreibens
#   $due (String) - Frist
hearing-head = Pismo w sprawie wysłuchania (Anhörung) { $number } – odpowiedź do { $due }
# Variables:
#   $date (String) - Datum
hearing-answered-at = Odpowiedź z dnia { $date }
hearing-no-answer = Nie ma jeszcze odpowiedzi.
hearing-family-title = Wysłuchanie (Anhörung): Jobcenter chce zmienić decyzję o przyznaniu świadczenia
hearing-family-intro = Zanim Jobcenter podejmie decyzję, mogą Państwo powiedzieć, co o tym myślą. Proszę przeczytać pismo i odpowiedzieć w terminie – tutaj, listownie lub osobiście. To pismo nie jest jeszcze decyzją.
hearing-your-answer = Państwa odpowiedź
hearing-answer-send = Wyślij odpowiedź
hearing-answered = Dziękujemy! Państwa odpowiedź dotarła do Jobcenter.
hearing-error-answered = Na to pismo już odpowiedziano.
