## Caseworkers: work queue, claim, decision; admin of amounts and text blocks

queue-title = Work queue
queue-status-nav = Claims by status
queue-all = All
queue-filters = Filters
queue-search = Search
queue-search-hint = Reference number (e.g. BUT-2026-000123) or part of the name of the child or the applicant.
queue-apply = Apply filters
queue-assigned = Assigned to
queue-assigned-me = My claims
queue-assigned-nobody = Unassigned
queue-confirmation = School confirmation
queue-confirmation-pending = pending
queue-confirmation-confirmed = confirmed
queue-confirmation-declined = not confirmed
queue-confirmation-pending-filter = Only Lernförderung still waiting for the school's confirmation
queue-submitted-from = Received from
queue-submitted-to = Received until
queue-sort = Order
queue-sort-hint = Without a choice: oldest claims first.
queue-newest-first = Newest first
queue-reference = Claim
queue-age = Age
# Variables:
#   $days (Number) - days since receipt
queue-age-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
queue-select = Select for the Serienbrief
# Variables:
#   $page (Number) - current page
#   $pages (Number) - number of pages
#   $total (Number) - number of claims
queue-page = Page { $page } of { $pages } · { $total ->
        [one] { $total } claim
       *[other] { $total } claims
    }
queue-prev = Previous page
queue-next = Next page
queue-serienbrief = Serienbrief of the selected notices (PDF)
queue-serienbrief-hint = Select decided claims. The Serienbrief holds the latest notice of each, exactly as issued, for printing and posting.

# Variables:
#   $reference (String) - claim number
staff-claim-title = Claim { $reference }
staff-back-to-queue = Back to the work queue
staff-assign = Assign to me
staff-release = Release
staff-assigned = The claim is assigned to you.
staff-released = You released the claim.
staff-household = Household and underlying benefit (as submitted)
staff-snapshot-hint = These details are stored as they were when the claim was submitted. Later changes by the family do not change them.
staff-confirmation-title = School confirmation
# Variables:
#   $subjects (String) - subjects
#   $hours (Number) - hours per week
#   $period (String) - period
#   $date (String) - date of the confirmation
staff-confirmation-confirmed = Confirmed on { $date }: { $subjects }, { $hours } hours per week, { $period }.
# Variables:
#   $reason (String) - the school's reason
#   $date (String) - date
staff-confirmation-declined = Not confirmed on { $date }: { $reason }
staff-confirmation-pending = The school has not confirmed the need yet. Lernförderung cannot be approved without it.
staff-question = Question to the family
staff-question-due = Answer requested by
staff-ask = Send question
staff-question-sent = The question is sent. The claim waits for the family's answer.
staff-question-open = Not answered yet.
staff-error-due-past = The due date must be in the future.
staff-decisions = Decisions and notices
# Variables:
#   $date (String) - date
#   $by (String) - caseworker
staff-decision-head = Decided on { $date } by { $by }
# Variables:
#   $date (String) - date
#   $by (String) - caseworker
staff-decision-correction-head = Corrected on { $date } by { $by }
# Variables:
#   $amount (String) - amount per month
#   $period (String) - period
#   $payee (String) - payee
staff-decision-approved = Approved: { $amount } a month, { $period }, to { $payee }
# Variables:
#   $reason (String) - reason (code)
staff-decision-rejected = Rejected (reason: { $reason })
staff-decide-title = Decide
staff-correct-title = Correct the decision
staff-correct-hint = A correction is a new decision with a new notice that replaces the previous one. The previous notice stays stored unchanged.
staff-approve-title = Approve
staff-reject-title = Reject
# Variables:
#   $from (String) - start of the underlying benefit
#   $to (String) - end of the underlying benefit
#   $earliest (String) - earliest lawful start
#   $teilhabe (String) - Teilhabe amount per month
#   $hourly (String) - Lernförderung maximum per hour
staff-limits = Underlying benefit granted from { $from } to { $to } – the period is limited to it. Earliest lawful start: { $earliest }. Teilhabe at most { $teilhabe } a month, Lernförderung at most { $hourly } per hour.
staff-period-from = Approved from
staff-period-to = Approved until
staff-monthly-amount = Amount per month (euro)
staff-hourly-rate = Rate per hour (euro)
# Variables:
#   $amount (String) - amount of a full school week
staff-weekly-preview = That is up to { $amount } in a full school week. The notice counts the school days of every month; holidays do not count.
staff-lessons-per-week = Lessons per school week
staff-lesson-length = A lesson lasts
staff-lesson-45 = 45 minutes (school lesson)
staff-lesson-60 = 60 minutes (full hour)
staff-payee = Payee (provider or Lernstandort)
staff-route = Payment route
route-direct = Direct payment to the provider
route-voucher = Voucher
staff-approve = Approve and issue the notice
staff-correct-approve = Correction: approve
staff-reason = Reason for rejection
staff-reason-text = Reasons in this case
staff-reason-text-hint = Printed in the notice below the reason. Required for "Sonstiger Grund".
staff-reject = Reject and issue the notice
staff-correct-reject = Correction: reject
staff-approved = The claim is approved. Notice and cost coverage declaration are issued.
staff-rejected = The claim is rejected. The notice is issued.
staff-audit = Access to this claim (log)
staff-audit-when = When
staff-audit-who = Who
staff-audit-what = What
staff-audit-detail = Details

decision-error-above-cap = The amount is above the permitted maximum.
decision-error-zero = The amount must be greater than 0.
decision-error-outside-validity = The period lies entirely outside the period of the underlying benefit.
decision-error-before-earliest-start = The period begins before the earliest lawful start (see the note above). Reject the earlier months as a partial rejection.
decision-error-past-age-limit = The period lies entirely after the child's age limit.
decision-error-lesson = Please choose how long a lesson lasts.
decision-error-no-calendar = The school holidays of this period have not been entered yet, so the school days cannot be counted. An admin enters them under "School calendar".
decision-error-route = Please choose the payment route.
decision-error-reason = Please choose a reason for the rejection.
decision-error-reason-text = Please give the reasons in this case.
decision-error-no-validity = The claim holds no valid period of the underlying benefit.
decision-error-stale = This claim has been decided in the meantime, probably by a colleague. Please reload the page and check the current decision.

admin-notices-title = Amounts and text blocks of notices
admin-preview-approval = Preview of an approval notice (PDF)
admin-preview-rejection = Preview of a rejection notice (PDF)
admin-rates = Amounts
admin-rate-kind = Kind
admin-amount = Amount (euro)
admin-valid-from = Valid from
admin-valid-to = Valid until
admin-rate-save = Save new amount from date
admin-blocks = Text blocks
admin-block-kind = Kind
admin-block-reason = Reason for rejection
admin-block-notice = Text in the notice
admin-block-code = Code
admin-block-code-hint = Lower-case letters, digits and underscore, e.g. remedy. An existing code gets a new version.
admin-block-title = Title
admin-block-body = Text
admin-block-body-hint = In the instructions on legal remedies, {"{"}office{"}"} stands for the office's name and address.
admin-block-save = Save new version from date
admin-saved = Saved. The new version applies from the given date; the previous one ends the day before.
admin-error-code = Please use only lower-case letters, digits and underscore (at most 40 characters).
rate-teilhabe-monthly = Teilhabe per month
rate-lernfoerderung-hourly-max = Lernförderung: maximum per hour

## Accessibility reports

staff-feedback-title = Reported barriers
staff-feedback-empty = No barrier has been reported yet.
# Variables:
#   $date (String) - received
#   $lang (String) - language of the portal when sent
staff-feedback-received = Received on { $date } · language: { $lang }
staff-feedback-page = Page:
# Variables:
#   $contact (String) - e-mail or phone
staff-feedback-contact = Answer to: { $contact }
staff-feedback-no-contact = No contact given.
staff-feedback-mark-handled = Mark as handled
staff-feedback-handled = The report is marked as handled.
# Variables:
#   $date (String) - date
#   $by (String) - who
staff-feedback-handled-by = Handled on { $date } by { $by }
error-page-serienbrief-title = Too many notices for one Serienbrief
error-page-serienbrief-text = A Serienbrief combines at most 200 notices. Please select fewer claims, for example with a filter.

## Points to check before deciding: no application is refused at the door (§ 20 Abs. 3 SGB X).
doubts-title = Please check before deciding
# Variables:
#   $date (String) - last day the age limit allows
doubt-past-age-limit = The child reached the age limit before the period applied for (entitled until { $date }).
# Variables:
#   $date (String) - last day the age limit allows
doubt-age-limit-in-period = The age limit falls within the period applied for: approval is possible until { $date } at the latest.
# Variables:
#   $date (String) - earliest lawful start
doubt-starts-too-early = The start applied for is before the earliest lawful start ({ $date }).

# § 66 SGB I: a written request to cooperate that warns of the consequences.
staff-question-warning = Written request to cooperate with a warning of the consequences (§ 66 (3) SGB I) – needs a deadline
staff-question-warned = With a warning of the consequences of not cooperating (§ 66 (3) SGB I).
staff-error-warning-due = A request to cooperate needs a deadline.
# The school's confirmation is evidence, not a gate; reasons and partial rejection.
staff-hint-no-confirmation = The school has not confirmed the need. You can still decide – an approval then needs reasons for this case.
staff-reasons = Reasons for this case
staff-reasons-hint = Printed in the notice under "Begründung". Required when the school has not confirmed the need or the rate per hour is above the Kreis maximum.
staff-partial-reasons = Reasons for the partial rejection
staff-partial-reasons-hint = Required when you grant less than asked (hours, rate, period), unless the law or the maximum rate explains it.
decision-error-reasons-no-confirmation = Without the school's confirmation the approval needs reasons: what shows the need?
decision-error-reasons-declined = The school has not confirmed the need. Give your reasons for approving all the same.
decision-error-reasons-rate = A rate above the Kreis maximum needs reasons for this case.
decision-error-partial-reasons = You grant less than was asked. Give the reasons for the partial rejection.
decision-error-no-warning = Refusing for missing cooperation needs a written request with a warning of the consequences whose deadline has passed (§ 66 (3) SGB I). Ask the family first, with that warning.
decision-error-discretion = Give your reasons for refusing: why is it appropriate in the circumstances of the case (discretion)?
admin-block-norms = Legal basis per law
admin-block-norms-hint = Rejection reasons only. One line per law, e.g. "SGB II: § 28 Abs. 5 SGB II" or "SGB XII Teilhabe: § 34 Abs. 7 SGB XII"; a line without a key applies to all.
admin-error-norms = Unknown law. Allowed are SGB II, SGB XII, BKGG and AsylbLG, optionally followed by "Lernförderung" or "Teilhabe".
decision-error-route-no-consent = The family has not agreed to direct payment or has withdrawn its consent. Choose the voucher.
# Bekanntgabe: when a printed Bescheid went to the post.
# Variables:
#   $posted (String) - posting date
#   $known (String) - date of Bekanntgabe
#   $deadline (String) - last day to object
notice-posted = Posted on { $posted } · counts as received on { $known } · objection deadline { $deadline }
notice-notified = Provided in the portal, notification sent on { $posted } · known on { $known } (§ 37 Abs. 2a SGB X) · objection deadline { $deadline }
notice-posted-on = Posted on
posted-batch-label = The printed notices of the ticked claims were posted on
posted-batch-save = Save the posting date
posted-batch-saved = The posting date is saved for the ticked notices (where it was missing).
posted-batch-none = Please tick at least one decided claim.
notice-posted-save = Save
notice-posted-saved = The posting date has been saved.
notice-error-posted = The posting date of this notice has already been saved.
notice-error-posted-future = The posting date cannot be in the future.
# The register of Widersprüche.
objection-title = Objections (Widersprüche)
objection-notice = Against the notice
objection-received-on = Received on
objection-channel = How did the objection arrive?
objection-channel-letter = In writing (letter, fax, handed in)
objection-channel-record = Recorded at the office (zur Niederschrift)
objection-channel-qualified = Electronic with a qualified signature, De-Mail or eID
objection-channel-email = Plain e-mail (does not meet the form)
objection-note = Note
objection-register = Register objection
objection-saved = The objection has been registered.
objection-closed = The objection has been closed.
objection-error-future = The date of receipt cannot be in the future.
objection-error-channel = Please choose how the objection arrived.
objection-error-closed = This objection is no longer open.
# Variables:
#   $date (String) - date of receipt
#   $number (String) - notice number
#   $channel (String) - how it arrived
objection-head = Objection of { $date } against notice { $number } ({ $channel })
objection-in-time = Received in time.
objection-late = Received after the deadline – check reinstatement (§ 67 SGG) or a review under § 44 SGB X.
objection-unknown-posting = Whether it is in time is known once the posting date of the notice is saved.
objection-form-missing = A plain e-mail does not meet the form: please tell the family (in writing, at the office, or electronically with a qualified signature).
objection-status = Status
objection-status-open = open
objection-status-remedied = remedied
objection-status-forwarded = forwarded to the objections office
objection-status-withdrawn = withdrawn
objection-remedy-hint = To remedy it: decide again below (correction) and choose this objection. Otherwise forward it to the objections office.
objection-forward = Forward to the objections office
objection-withdrawn = Withdrawn by the family
# Variables:
#   $date (String) - date of receipt
#   $number (String) - notice number
objection-remedy-option = Objection of { $date } against { $number }
objection-remedy = Remedies objection
objection-remedy-field-hint = Choose only if this decision remedies the objection. The notice then names it.
# Anhörung (§ 24 SGB X) and Aufhebung (§§ 45, 47, 48 SGB X).
hearing-title = Hearing before taking an approval back
hearing-intro = Before an approval is taken back in whole or in part, the family is heard (§ 24 SGB X). Only after its answer or after the deadline can the correction be issued as an Aufhebung.
hearing-facts = What is intended and why? (facts)
hearing-facts-hint = Printed in the hearing letter, e.g. "The club has told us that Leyla has not been a member since 1 December."
hearing-effective-from = Intended to take effect from
hearing-due = Deadline to answer (at least two weeks)
hearing-send = Create hearing letter
hearing-sent = The hearing letter has been created. Print it, or the family reads it in the portal.
hearing-error-not-approved = A hearing before an Aufhebung is only possible on an approved claim.
hearing-error-due = The deadline must be at least two weeks.
hearing-letter-title = Record an answer by letter or taken down at the office
hearing-letter-answer = What did the family answer?
hearing-letter-answer-hint = The substance of the statement; file the letter itself.
hearing-letter-received = Received on
hearing-letter-save = Record the answer
hearing-letter-recorded = The answer is recorded.
hearing-error-letter-future = The date of receipt cannot be in the future.
hearing-error-letter-early = The answer cannot have arrived before the hearing letter.
aufhebung-basis = Legal basis of the Aufhebung
aufhebung-hint = Needed only if the correction takes something away (rejection, shorter period, less money). A hearing must come first.
aufhebung-from = Aufhebung takes effect from
aufhebung-basis-45 = § 45 SGB X – unlawful from the start
aufhebung-basis-47 = § 47 SGB X – revocation (e.g. not used for its purpose)
aufhebung-basis-48 = § 48 SGB X – material change of circumstances
aufhebung-error-basis = Please choose the legal basis of the Aufhebung.
decision-error-no-hearing = This correction takes an approval back in whole or in part. The family must have been heard first and have answered, or the deadline must have passed (§ 24 SGB X).
aufhebung-error-partial = Taking the whole approval back (rejection) takes effect from its start. To take effect from a later day, correct with "approve" and shorten the period to the day before – the months before stay approved.

## Applications on paper, by phone or at the town hall (§ 16 SGB I)
intake-title = Enter an application (paper, phone, town hall)
intake-lead = An application that did not come through the portal counts from the day it reached the Kreis, the jobcenter or the town hall — not from the day it is entered. Enter the household, the child and the date of receipt; then the details of the need and the scans.
intake-arrival = Receipt
intake-channel = How did the application come?
intake-channel-portal = through the portal
intake-channel-paper = on paper (post or handed in)
intake-channel-phone = by phone (file note)
intake-channel-town-hall = handed in at the town hall
intake-received-on = Date of receipt
intake-received-on-hint = The day it arrived, as stamped or noted. It sets the earliest possible start.
intake-benefit = Benefit applied for
intake-household = Applicant and household
intake-child = Child
intake-open = Create the application and go on to the details
intake-opened = The application is created. Now enter the details from the application.
intake-open-title = Created, not submitted yet
intake-open-empty = No entered applications in progress.
intake-details-lead = You are entering an application that did not come through the portal. Copy the details from the application or the file note; below, upload the scans and submit it.
intake-details-save = Save the details
intake-details-saved = The details are saved.
intake-submit-title = Scans and submit
intake-submit-text = Upload the signed application and the enclosed evidence (for a phone application the file note, if there is one). Tick only what the family declared on the application.
intake-consent-direct = On the application the family agreed to payment directly to the provider.
intake-consent-school = On the application the family released the school from confidentiality.
intake-submit = Submit the application
intake-submitted = The application is submitted and is in the list of applications.
intake-arrival-fact = { $channel }, received on { $date }
intake-error-channel = Please choose how the application came.
intake-error-future = The date of receipt cannot be in the future.
intake-error-too-old = The date of receipt is more than a year ago. Please check the year.
intake-error-benefit = Please choose the benefit applied for.
intake-error-scan-missing = Please upload the scan of the application.
intake-error-incomplete = The details of the need are not complete yet. Please complete and save them first.
timeline-entered-by-staff = Application entered by the jobcenter (paper, phone or town hall)

## Operators of the Lernstandorte (payees)
site-operators-title = Operators of the Lernstandorte
site-operators-lead = Lernförderung at a Lernstandort is paid to its operator — never to a room or the school. Here are the name, address and bank account of the operator of every approved Lernstandort; without an operator no Lernförderung can be approved there.
site-operators-empty = There are no approved Lernstandorte yet.
site-operator-missing = No operator entered: Lernförderung at this Lernstandort can only be approved once the operator's name, address and bank account are entered.
site-operator-edit = Enter or change the operator
site-operator-name = Name of the operator
site-operator-name-hint = The organisation that runs the tutoring and receives the payment, e.g. an association or a non-profit company.
site-operator-street = Street and number
site-operator-postal-code = Postal code
site-operator-city = Town
site-operator-iban = IBAN
site-operator-iban-hint = The account the Kreis pays into.
site-operator-save = Save the operator
site-operator-saved = The operator is saved.
decision-error-site-no-operator = No operator with address and bank account is entered for this Lernstandort yet (Lernstandorte → Operators). Only then can it be approved.
decision-error-site-payee = The payee at a Lernstandort is its operator. Please enter the operator's name.

## Zahlung: Erstattung, im Voraus, Einmalzahlung, weitere Kosten
route-reimbursement = Reimbursement to the family (it paid itself, berechtigte Selbsthilfe)
staff-advance = Pay the provider in advance for the whole period (direct payment only)
staff-terms-title = One-off payment and further costs (Teilhabe)
staff-terms-hint = Both are optional. A one-off payment (e.g. a holiday camp) combines the monthly amounts of the period and replaces the monthly payment. Further actual costs (e.g. equipment, travel) are added under § 28 Abs. 7 Satz 2 SGB II where the family cannot be expected to bear them — then reasons are needed.
staff-one-off-amount = One-off payment in euros
staff-one-off-amount-hint = At most the monthly amount times the months of the period.
staff-one-off-purpose = What is the one-off payment for?
staff-further-amount = Further costs in euros
staff-further-amount-hint = In addition to the monthly amount.
staff-further-purpose = What are the further costs for?
decision-error-advance-route = Only a direct payment to the provider can be made in advance.
decision-error-one-off-cap = The one-off payment is higher than the monthly amounts of the period together.
decision-error-further-reasons = Further costs are covered only in a justified exception: please give the reasons why the family cannot pay them from the Regelbedarf.
decision-error-extra-teilhabe = One-off payments and further costs exist only for Teilhabe.

## E-mail to caseworkers
# Variables:
#   $reference (String) - claim number
mail-staff-answer-subject = The family answered on { $reference }
mail-staff-answer-body = The family answered the question on claim { $reference }. The claim is assigned to you.
mail-staff-answer-link = Open the claim:

## The family's answers as staff and schools read them (third person)
staff-answers = The family's answers
staff-documents = The family's documents
household-applicant-third = Applicant
teilhabe-activity-third = The child's activity
lf-reason-third = Why the child needs tutoring (as the family wrote)
status-needs-info-third = Question to the family
# Variables:
#   $amount (String) - amount
teilhabe-split-own-third = The family pays the rest of { $amount } a month to the provider itself.
# Variables:
#   $cap (String) - maximum per hour
#   $over (String) - amount above the maximum
lf-rate-over-cap-third = The Jobcenter pays at most { $cap } an hour. The family would have to pay the { $over } an hour above that itself or settle it with the provider.
questions-title-third = Questions to the family
# Variables:
#   $language (String) - language, e.g. Ukrainian
staff-written-in = Language of the page on which the family gave its answers: { $language }. Free text (such as the reason) is probably written in it.
language-de = German
language-de-x-ls = Easy German
language-en = English
language-ar = Arabic
language-tr = Turkish
language-uk = Ukrainian
language-ru = Russian
language-pl = Polish
language-bg = Bulgarian
language-ro = Romanian
language-fa = Farsi
# Variables:
#   $language (String) - language, e.g. Ukrainian
staff-answer-written-in = Answered on the page in this language: { $language }.
