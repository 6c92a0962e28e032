# Berichte und Kennzahlen (/verwaltung/berichte) und die berechtigten Kinder je Kommune
# (/admin/berechtigte). Nur für Sachbearbeitung und Administration: Deutsch und Englisch.

report-title = Berichte und Kennzahlen
report-intro = Die Erfolgsindikatoren des Kreises – verausgabte Mittel, unterstützte Kinder und Jugendliche, Lernstandorte – und die Zahlen der Antragsbearbeitung: für einen Zeitraum, je Kommune, Leistung, Monat und Schuljahr.
report-shortcuts = Zeitraum wählen
report-this-year = Dieses Schuljahr
report-last-year = Letztes Schuljahr
report-last-12 = Letzte 12 Monate
report-filter = Zeitraum, Kommune und Leistung
report-from = Von
report-to = Bis
report-apply = Anzeigen
# Variables:
#   $from (String) - erster Tag des Zeitraums
#   $to (String) - letzter Tag des Zeitraums
report-period = Zeitraum: { $from } bis { $to }
report-error-title = Dieser Zeitraum kann nicht ausgewertet werden
report-error-order = Das Ende des Zeitraums liegt vor seinem Anfang.
report-error-too-early = Bildung und Teilhabe gibt es seit 2011. Bitte wählen Sie einen späteren Anfang.
report-error-too-late = Ein Bericht reicht höchstens bis zum Ende des nächsten Jahres. Bitte wählen Sie ein früheres Ende.
report-error-too-long = Ein Bericht umfasst höchstens zehn Jahre. Bitte wählen Sie einen kürzeren Zeitraum.
report-none = –
report-total = Gesamt
# Variables:
#   $days (Number) - Anzahl der Tage
report-days =
    { $days ->
        [0] unter 1 Tag
        [one] 1 Tag
       *[other] { $days } Tage
    }

report-key-figures = Auf einen Blick
report-money = Bewilligte Mittel
# Variables:
#   $count (Number) - Anzahl der Bewilligungen
report-money-hint =
    { $count ->
        [0] keine Bewilligung
        [one] aus 1 Bewilligung
       *[other] aus { $count } Bewilligungen
    }
report-children = Unterstützte Kinder und Jugendliche
report-sites = Aktive Lernstandorte
# Variables:
#   $occupied (Number) - belegte Plätze
#   $places (Number) - Plätze insgesamt
#   $rate (String) - Belegung in Prozent
report-sites-hint = { $occupied } von { $places } Plätzen belegt ({ $rate })
report-received = Eingegangene Anträge
report-processing = Bearbeitungszeit (Median)
# Variables:
#   $count (Number) - Anzahl der entschiedenen Anträge
#   $p90 (String) - Bearbeitungszeit beim 90. Perzentil
report-processing-hint =
    { $count ->
        [one] 90. Perzentil: { $p90 } (1 entschiedener Antrag)
       *[other] 90. Perzentil: { $p90 } ({ $count } entschiedene Anträge)
    }
report-questions = Anträge mit Rückfrage
# Variables:
#   $count (Number) - Anzahl der Anträge mit Rückfrage
report-questions-hint =
    { $count ->
        [one] 1 Antrag
       *[other] { $count } Anträge
    }
report-paid-unknown = Ausgezahlte Mittel werden im Portal nicht erfasst: Die Zahlungen laufen über die Finanzbuchhaltung. Die Beträge hier sind die bewilligten Höchstbeträge laut Bescheid.
report-how = So wird gezählt
report-how-received = Eingegangene Anträge: im Zeitraum eingereicht, mit ihrem heutigen Stand. Der Anteil mit Rückfrage zählt Anträge, zu denen die Familie mindestens eine Rückfrage bekommen hat.
report-how-money = Bewilligte Mittel: der ganze bewilligte Betrag (Monatsbetrag mal Monate, wie im Bescheid) der im Zeitraum zum ersten Mal entschiedenen Anträge, in der heute gültigen Fassung (nach einer Korrektur der neue Betrag).
report-how-children = Unterstützte Kinder: verschiedene Kinder mit einer gültigen Bewilligung, deren Zeitraum den Berichtszeitraum (bzw. den Monat, das Schuljahr) berührt. Ein Kind mit zwei Leistungen zählt einmal; in der Aufteilung nach Leistung zählt es bei beiden.
report-how-processing = Bearbeitungszeit: vom Eingang bis zur ersten Entscheidung, in ganzen Tagen, für die im Zeitraum entschiedenen Anträge. Median: die Hälfte war schneller. 90 %: neun von zehn waren schneller oder gleich schnell.
# Variables:
#   $date (String) - Stichtag (TT.MM.JJJJ)
report-how-sites = Lernstandorte: genehmigte Lernstandorte, die bis zum Ende des Zeitraums begonnen haben. Belegt: Kinder mit gültiger Bewilligung am Lernstandort am { $date }.
report-how-uptake = Quote der Inanspruchnahme: unterstützte Kinder im Verhältnis zur Zahl der berechtigten Kinder, die die Administration je Kommune einträgt.

report-downloads = Herunterladen
report-csv-figures = Kennzahlen als CSV (Excel)
report-csv-claims = Antragsliste als CSV (Excel)
report-json-figures = Kennzahlen als JSON
report-json-claims = Antragsliste als JSON
report-downloads-hint = Die CSV-Dateien öffnen sich in Excel mit Umlauten, Semikolon und Dezimalkomma. Die Antragsliste enthält keine Namen, nur Aktenzeichen; jeder Abruf wird protokolliert.

report-indicators = Die drei Erfolgsindikatoren je Kommune
report-chart-money-title = Bewilligte Mittel je Kommune
report-chart-money-desc = Balkendiagramm: Summe der bewilligten Beträge je Kommune in Euro, für die im Zeitraum entschiedenen Anträge. Die Zahlen stehen in der Tabelle daneben.
report-chart-children-title = Unterstützte Kinder und Jugendliche je Kommune
report-chart-children-desc = Balkendiagramm: Zahl der verschiedenen Kinder mit gültiger Bewilligung im Zeitraum, je Kommune. Die Zahlen stehen in der Tabelle daneben.
report-chart-sites-title = Aktive Lernstandorte je Kommune
report-chart-sites-desc = Balkendiagramm: Zahl der genehmigten Lernstandorte je Kommune. Die Zahlen stehen in der Tabelle daneben; Plätze und Belegung in der Tabelle darunter.
report-sites-table = Plätze und Belegung der Lernstandorte

report-uptake = Inanspruchnahme je Kommune
report-uptake-intro = Wie viele der berechtigten Kinder und Jugendlichen werden unterstützt? Die Zahl der Berechtigten trägt die Administration je Kommune ein (z. B. aus der Statistik der Bundesagentur für Arbeit und der Wohngeldstelle).
report-eligible-edit = Zahlen der berechtigten Kinder pflegen
report-eligible-missing = nicht eingetragen
report-chart-uptake-title = Quote der Inanspruchnahme je Kommune
report-chart-uptake-desc = Balkendiagramm: unterstützte Kinder in Prozent der berechtigten Kinder, je Kommune. Kommunen ohne eingetragene Zahl stehen mit 0 im Diagramm. Die Zahlen stehen in der Tabelle daneben.

report-status = Anträge nach Stand
report-chart-status-title = Eingegangene Anträge nach heutigem Stand
report-chart-status-desc = Balkendiagramm: die im Zeitraum eingegangenen Anträge nach ihrem heutigen Stand. Die Zahlen stehen in der Tabelle daneben.
report-status-submitted = Eingereicht, in Bearbeitung
report-status-needs-info = Rückfrage offen
report-status-approved = Bewilligt
report-status-rejected = Abgelehnt
report-status-withdrawn = Zurückgezogen

report-by-kommune = Nach Kommune
report-by-benefit = Nach Leistung
report-by-month = Nach Monat
report-by-school-year = Nach Schuljahr
report-chart-months-title = Eingegangene Anträge je Monat
report-chart-months-desc = Säulendiagramm: Zahl der eingereichten Anträge je Monat des Zeitraums. Die Zahlen stehen in der Tabelle daneben.
report-chart-months-money-title = Bewilligte Mittel je Monat
report-chart-months-money-desc = Säulendiagramm: Summe der bewilligten Beträge in Euro, nach dem Monat der ersten Entscheidung. Die Zahlen stehen in der Tabelle daneben.

report-col-kommune = Kommune
report-col-benefit = Leistung
report-col-month = Monat
report-col-school-year = Schuljahr
report-col-status = Stand
report-col-claims = Anträge
report-col-received = Eingegangen
report-col-open = Offen
report-col-with-question = Mit Rückfrage
report-col-question-share = Anteil mit Rückfrage
report-col-decided = Entschieden
report-col-median = Bearbeitungszeit Median
report-col-p90 = Bearbeitungszeit 90 %
report-col-approvals = Bewilligungen
report-col-money = Bewilligte Mittel
report-col-children = Unterstützte Kinder
report-col-sites = Lernstandorte
report-col-places = Plätze
report-col-occupied = Belegt
report-col-occupancy = Auslastung
report-col-eligible = Berechtigte Kinder
report-col-as-of = Stand
report-col-rate = Quote
report-col-reference = Aktenzeichen
report-col-submitted = Eingegangen am
report-col-decided-at = Entschieden am
report-col-asked = Rückfrage
report-col-from = Bewilligt ab
report-col-to = Bewilligt bis
report-col-site = Lernstandort
report-yes = ja
report-no = nein
report-csv-dimension = Gliederung
report-csv-key = Schlüssel
report-csv-label = Bezeichnung
report-csv-question-share = Anteil mit Rückfrage (%)
report-csv-median = Bearbeitungszeit Median (Tage)
report-csv-p90 = Bearbeitungszeit 90 % (Tage)
report-csv-money = Bewilligte Mittel (EUR)
report-csv-occupancy = Auslastung (%)
report-csv-rate = Quote (%)
report-csv-processing-days = Bearbeitungszeit (Tage)
report-csv-monthly = Betrag monatlich (EUR)
report-csv-total = Betrag insgesamt (EUR)

eligible-title = Berechtigte Kinder je Kommune
eligible-intro = Die Zahl der Kinder und Jugendlichen, die in einer Kommune Leistungen für Bildung und Teilhabe bekommen könnten, mit dem Stand der Quelle. Sie ist der Nenner der Quote der Inanspruchnahme in den Berichten.
# Variables:
#   $kommune (String) - Name der Kommune
eligible-children-of = Berechtigte Kinder in { $kommune }
# Variables:
#   $kommune (String) - Name der Kommune
eligible-as-of-of = Stand der Zahl für { $kommune }
eligible-source = Quelle
# Variables:
#   $kommune (String) - Name der Kommune
eligible-source-of = Quelle der Zahl für { $kommune }
eligible-save = Speichern
eligible-saved = Die Zahl der berechtigten Kinder ist gespeichert.
report-eligible-required = Bitte geben Sie die Zahl der berechtigten Kinder an.
report-eligible-invalid = Bitte geben Sie die Zahl der berechtigten Kinder als ganze Zahl ab 0 an.
# Variables:
#   $count (Number) - offene Widersprüche, heute
report-open-objections = Offene Widersprüche (heute, alle Kommunen): { $count }
