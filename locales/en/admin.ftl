## Account administration

admin-accounts-title = Manage accounts
admin-create-title = Create a new account
admin-initial-password-hint = Pass the initial password on securely. The person changes it under "My account" after the first login.
admin-create-submit = Create account
admin-created = The account has been created.
admin-list-title = All accounts
admin-created-at = Created on

## School calendar: the days off school per school year (tutoring counts school days).
calendar-title = School calendar
calendar-intro = Tutoring is approved by school days: a notice counts the school days of every month; holidays and public holidays do not count. Enter all days off school in North Rhine-Westphalia for every school year. As long as a school year is missing, tutoring cannot be approved for that period.
calendar-maintained = entered
calendar-missing = missing
# Variables:
#   $year (String) - school year, e.g. 2026/27
calendar-year-title = School year { $year }
# Variables:
#   $date (String) - date of the last change
calendar-updated = Last changed on { $date }.
calendar-days-off = Days off school
calendar-days-off-hint = One line per entry: name; first day; last day – for example "Herbstferien; 17.10.2026; 31.10.2026". A single day needs one date: "Fronleichnam; 27.05.2027". The summer holidays belong to the school year at whose end they begin.
calendar-save = Save school year
calendar-saved = The school calendar has been saved.
# Variables:
#   $line (String) - line number
calendar-error-line = Line { $line }:
calendar-error-format = Please write name; first day; last day, separated by semicolons.
calendar-error-date = Please enter valid dates, for example 17.10.2026.
calendar-error-order = The last day is before the first.
calendar-error-outside-year = The entry is not in this school year (1 August to 31 July; only the summer holidays may reach beyond).
calendar-error-empty = Please enter at least one day off school.

## Outbox (e-mail)
outbox-title = Outbox
outbox-lead = All e-mails of the portal, newest first. Without an SMTP server (SMTP_URL) they are not sent but kept here. If the mail server cannot be reached, a mail waits and is tried again later.
# Variables:
#   $count (Number) - how many
outbox-status-all = All ({ $count })
outbox-status-queued = Waiting ({ $count })
outbox-status-sent = Sent ({ $count })
outbox-status-kept = Kept ({ $count })
outbox-status-failed = Failed ({ $count })
outbox-state-queued = waiting
outbox-state-sent = sent
outbox-state-kept = kept (no SMTP server)
outbox-state-failed = failed
outbox-empty = No e-mails.
outbox-created = Created
outbox-status = State
outbox-to = To
outbox-subject = Subject
outbox-error = Last error
outbox-sent = Sent on
outbox-attempts = Attempts
outbox-secret = This e-mail contains a secret link (password) and has been sent; its text is not shown.

## The admin's start page
admin-home-title = Portal administration
admin-home-accounts = Create and find the accounts of school social workers, caseworkers and admins.
admin-home-notices = Amounts, hourly rates and text blocks of the notices, with a preview.
admin-home-calendar = Holidays and school days per school year, for calculating tutoring.
admin-home-outbox = Sent, waiting and failed e-mails.
admin-home-reports = Indicators per Kommune and period, as tables and CSV.
admin-home-eligible = Number of eligible children per Kommune, for the uptake rate.
admin-home-queue = All claims, by status, Kommune and Lernstandort.
admin-home-intake = Enter applications made on paper, by phone or at the town hall.
admin-home-sites = Review the Lernstandorte schools registered.
admin-home-operators = The operators of the Lernstandorte, who are paid.
admin-home-schools = Schools and their Kommunen.
admin-home-requests = School social workers asking for access.
admin-home-feedback = Barriers reported by users.
admin-search = E-mail address (or part of it)
# Variables:
#   $page (Number) - page
#   $pages (Number) - pages
#   $total (Number) - accounts found
admin-accounts-page = Page { $page } of { $pages } · { $total ->
        [one] { $total } account
       *[other] { $total } accounts
    }
