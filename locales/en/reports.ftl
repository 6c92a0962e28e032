# Reports and figures (/verwaltung/berichte) and the eligible children per Kommune
# (/admin/berechtigte). Staff and admin only: German and English.

report-title = Reports and figures
report-intro = The Kreis's success indicators – money spent, children and young people supported, Lernstandorte – and the figures of claim processing: for a period, by Kommune, benefit, month and school year.
report-shortcuts = Choose a period
report-this-year = This school year
report-last-year = Last school year
report-last-12 = Last 12 months
report-filter = Period, Kommune and benefit
report-from = From
report-to = To
report-apply = Show
report-period = Period: { $from } to { $to }
report-error-title = This period cannot be reported
report-error-order = The end of the period is before its start.
report-error-too-early = Bildung und Teilhabe exists since 2011. Please choose a later start.
report-error-too-late = A report reaches at most to the end of next year. Please choose an earlier end.
report-error-too-long = A report covers at most ten years. Please choose a shorter period.
report-none = –
report-total = Total
report-days =
    { $days ->
        [0] less than 1 day
        [one] 1 day
       *[other] { $days } days
    }

report-key-figures = At a glance
report-money = Money approved
report-money-hint =
    { $count ->
        [0] no approval
        [one] from 1 approval
       *[other] from { $count } approvals
    }
report-children = Children and young people supported
report-sites = Active Lernstandorte
report-sites-hint = { $occupied } of { $places } places taken ({ $rate })
report-received = Claims received
report-processing = Processing time (median)
report-processing-hint =
    { $count ->
        [one] 90th percentile: { $p90 } (1 decided claim)
       *[other] 90th percentile: { $p90 } ({ $count } decided claims)
    }
report-questions = Claims with a question
report-questions-hint =
    { $count ->
        [one] 1 claim
       *[other] { $count } claims
    }
report-paid-unknown = Money paid out is not recorded in the portal: payments go through the finance department. The amounts here are the maximum amounts approved in the notices.
report-how = How it is counted
report-how-received = Claims received: submitted in the period, with their status today. The share with a question counts claims on which the family was asked at least one question.
report-how-money = Money approved: the whole approved amount (monthly amount times months, as in the notice) of the claims first decided in the period, as in force today (after a correction, the new amount).
report-how-children = Children supported: distinct children with an approval in force whose period touches the reporting period (or the month, the school year). A child with two benefits counts once; in the breakdown by benefit it counts for both.
report-how-processing = Processing time: from receipt to the first decision, in whole days, for the claims decided in the period. Median: half were faster. 90%: nine in ten were as fast or faster.
report-how-sites = Lernstandorte: approved Lernstandorte that started by the end of the period. Taken: children with an approval in force at the Lernstandort on { $date }.
report-how-uptake = Uptake rate: children supported in relation to the number of eligible children the admin enters per Kommune.

report-downloads = Downloads
report-csv-figures = Figures as CSV (Excel)
report-csv-claims = Claims list as CSV (Excel)
report-json-figures = Figures as JSON
report-json-claims = Claims list as JSON
report-downloads-hint = The CSV files open in Excel with umlauts, semicolons and decimal commas. The claims list has no names, only reference numbers; every download is logged.

report-indicators = The three success indicators by Kommune
report-chart-money-title = Money approved by Kommune
report-chart-money-desc = Bar chart: sum of the approved amounts per Kommune in euros, for the claims decided in the period. The numbers are in the table beside it.
report-chart-children-title = Children and young people supported by Kommune
report-chart-children-desc = Bar chart: number of distinct children with an approval in force in the period, per Kommune. The numbers are in the table beside it.
report-chart-sites-title = Active Lernstandorte by Kommune
report-chart-sites-desc = Bar chart: number of approved Lernstandorte per Kommune. The numbers are in the table beside it; places and occupancy in the table below.
report-sites-table = Places and occupancy of the Lernstandorte

report-uptake = Uptake by Kommune
report-uptake-intro = How many of the eligible children and young people are supported? The admin enters the number of eligible children per Kommune (e.g. from the statistics of the Federal Employment Agency and the housing benefit office).
report-eligible-edit = Maintain the numbers of eligible children
report-eligible-missing = not entered
report-chart-uptake-title = Uptake rate by Kommune
report-chart-uptake-desc = Bar chart: children supported as a percentage of eligible children, per Kommune. Kommunen without a number show as 0. The numbers are in the table beside it.

report-status = Claims by status
report-chart-status-title = Claims received by status today
report-chart-status-desc = Bar chart: the claims received in the period by their status today. The numbers are in the table beside it.
report-status-submitted = Submitted, in progress
report-status-needs-info = Question open
report-status-approved = Approved
report-status-rejected = Rejected
report-status-withdrawn = Withdrawn

report-by-kommune = By Kommune
report-by-benefit = By benefit
report-by-month = By month
report-by-school-year = By school year
report-chart-months-title = Claims received per month
report-chart-months-desc = Column chart: number of claims submitted in each month of the period. The numbers are in the table beside it.
report-chart-months-money-title = Money approved per month
report-chart-months-money-desc = Column chart: sum of the approved amounts in euros, by the month of the first decision. The numbers are in the table beside it.

report-col-kommune = Kommune
report-col-benefit = Benefit
report-col-month = Month
report-col-school-year = School year
report-col-status = Status
report-col-claims = Claims
report-col-received = Received
report-col-open = Open
report-col-with-question = With a question
report-col-question-share = Share with a question
report-col-decided = Decided
report-col-median = Processing time median
report-col-p90 = Processing time 90%
report-col-approvals = Approvals
report-col-money = Money approved
report-col-children = Children supported
report-col-sites = Lernstandorte
report-col-places = Places
report-col-occupied = Taken
report-col-occupancy = Occupancy
report-col-eligible = Eligible children
report-col-as-of = As of
report-col-rate = Rate
report-col-reference = Reference
report-col-submitted = Received on
report-col-decided-at = Decided on
report-col-asked = Question
report-col-from = Approved from
report-col-to = Approved until
report-col-site = Lernstandort
report-yes = yes
report-no = no
report-csv-dimension = Breakdown
report-csv-key = Key
report-csv-label = Name
report-csv-question-share = Share with a question (%)
report-csv-median = Processing time median (days)
report-csv-p90 = Processing time 90% (days)
report-csv-money = Money approved (EUR)
report-csv-occupancy = Occupancy (%)
report-csv-rate = Rate (%)
report-csv-processing-days = Processing time (days)
report-csv-monthly = Monthly amount (EUR)
report-csv-total = Total amount (EUR)

eligible-title = Eligible children by Kommune
eligible-intro = The number of children and young people in a Kommune who could receive Bildung und Teilhabe benefits, with the date of the source. It is the denominator of the uptake rate in the reports.
eligible-children-of = Eligible children in { $kommune }
eligible-as-of-of = Date of the number for { $kommune }
eligible-source = Source
eligible-source-of = Source of the number for { $kommune }
eligible-save = Save
eligible-saved = The number of eligible children has been saved.
report-eligible-required = Please enter the number of eligible children.
report-eligible-invalid = Please enter the number of eligible children as a whole number from 0.
# Variables:
#   $count (Number) - open objections today
report-open-objections = Open objections (today, all Kommunen): { $count }
