## Applying, the claim page, history

# Variables:
#   $step (Number) - current step
#   $total (Number) - number of steps
claim-step = Step { $step } of { $total }
claim-continue = Continue
claim-back = Back
claim-check-title = Check your answers
claim-child = Child
claim-benefit = Benefit
claim-change-answers = Change answers
claim-declaration-title = Declaration and consent
claim-declaration-text = I confirm that my details are correct and complete. I will tell the jobcenter about changes at once, for example if my child stops going to the club or the tutoring.
claim-consent-text = Optional: I agree that the jobcenter pays the money directly to the provider (direct payment). Without this consent you receive a voucher for the provider. You can withdraw this consent at any time for the future – here in the portal on the page of your application, or at the jobcenter.
claim-privacy-hint = Your details are social data (Sozialdaten) and are used only for this application. This is laid down in § 67a of Book Ten of the German Social Code (SGB X).
claim-submit = Submit the application
# Variables:
#   $reference (String) - reference number, e.g. BUT-2026-000123
claim-page-title = Application { $reference }
claim-page-title-draft = Draft (not sent yet)
claim-status = Status
claim-next-steps = We are checking your application. If we need to know something, we will ask you here in the portal. You will receive the decision as a notice (Bescheid). Please print or save this page as proof.
claim-continue-draft = Continue the application
claim-submitted-at = Sent on
claim-timeline = History
claim-withdraw-hint = You no longer need the benefit? You can withdraw the application as long as no decision has been made.
claim-withdraw = Withdraw application
claim-withdraw-explain = If you withdraw the application, the jobcenter no longer decides on it and pays nothing for it. This cannot be undone. If you need the benefit later after all, make a new application — tutoring can then usually be approved only from the month of the new application.
claim-withdraw-confirm = Yes, I want to withdraw this application.
claim-withdraw-error-confirm = Please confirm that you want to withdraw the application.
claim-submitted = We have received your application. Thank you!
claim-withdrawn = You have withdrawn the application.
claim-error-incomplete = Some details are still missing. Please check the marked fields.
claim-error-declaration = Please confirm that your details are correct.
claim-error-not-draft = This application has already been sent and can no longer be changed.
claim-error-already-final = This application has already been decided or was withdrawn.
claim-error-not-allowed = This is not possible for this application right now.
claim-error-changed = The application has changed in the meantime. Please reload the page.
status-draft = Draft
status-submitted = Received
status-needs-info = Question for you
status-approved = Approved
status-rejected = Rejected
status-withdrawn = Withdrawn
timeline-draft = Application started
timeline-submitted = Application sent
timeline-needs-info = Question from the jobcenter
timeline-approved = Application approved
timeline-rejected = Application rejected
timeline-withdrawn = Application withdrawn
teilhabe-details-title = About the club or course
# Variables:
#   $child (String) - name of the child
teilhabe-details-lead = For { $child }: what is the money for, and who is the provider?
# Variables:
#   $amount (String) - amount per month, e.g. 15,00 €
teilhabe-covers = The jobcenter pays up to { $amount } a month directly to the club or provider: for membership fees (sport, games, culture), lessons such as music school, courses and holiday camps. Not covered are, for example, cinema or a gym.
teilhabe-activity = What does your child do?
teilhabe-activity-sport = Sport in a club
teilhabe-activity-music = Music, for example music school
teilhabe-activity-culture = Arts, culture or education
teilhabe-activity-holiday-camp = Holiday camp
teilhabe-activity-other = Something else
teilhabe-description = More precisely
teilhabe-description-hint = For example: football, guitar lessons. Please fill in for "Something else".
teilhabe-provider-title = Provider
teilhabe-provider-name = Name of the club or provider
teilhabe-provider-name-hint = As written on the membership form or the invoice.
teilhabe-provider-contact = Contact person, phone or e-mail
teilhabe-provider-contact-hint = So that we can ask the provider.
teilhabe-provider-iban = Provider's IBAN
teilhabe-provider-iban-hint = Often printed on the membership form. If you do not know it, leave the field empty.
teilhabe-costs-title = Costs and period
teilhabe-monthly-fee = Fee per month
teilhabe-monthly-fee-hint = In euros, for example 12.50. For a yearly fee, please divide it by 12.
teilhabe-start-month = From month
teilhabe-month-hint = For example 09/2026. The benefit is usually paid from the month in which we receive the application.
teilhabe-end-month = Until month
teilhabe-end-month-hint = At most twelve months. After that you can apply again.
teilhabe-period = Period
# Variables:
#   $amount (String) - amount
teilhabe-split-paid = The jobcenter can pay { $amount } a month of it.
# Variables:
#   $amount (String) - amount
teilhabe-split-own = You pay the rest of { $amount } a month to the provider yourself.
teilhabe-error-activity = Please choose what your child does.
teilhabe-error-description = Please briefly describe what your child does.
teilhabe-error-start-past = The start is more than twelve months back. Nothing can be paid for months that long ago. We check from when we can pay and write it in the decision.
teilhabe-error-start-future = The start is more than twelve months in the future.
teilhabe-error-end-before-start = The end must be after the start.
teilhabe-error-period-long = One application covers at most twelve months.
claim-change-documents = Change documents
claim-school-consent-text = Optional: I release my child's school from its duty of confidentiality (Schweigepflichtentbindung). The jobcenter may then ask the school, and the school may say whether and how much tutoring my child needs. For this the school sees only the subjects, hours and period, not your reasons. Without this consent you can show the need in another way, for example with the school report or a letter from the teacher as evidence. You can withdraw this consent at any time for the future – here in the portal on the page of your application, or at the jobcenter.
claim-needs-info = The jobcenter has a question for you. Please answer below. Then we will continue to check your application.
claim-receipt-link = Show and print the confirmation of receipt
timeline-answered = Question answered
claim-hint-teilhabe-age = Participation (soziokulturelle Teilhabe) is only for children and young people under 18. You can still apply: we will check the application and send you a written decision.
claim-hint-school-age = With this benefit, tutoring (Lernförderung) is only available until the 25th birthday. You can still apply: we will check the application and send you a written decision.

# The family's consents on a submitted claim: state and withdrawal (for the future).
consent-title = Your consents
consent-school = Release of the school from confidentiality
consent-direct = Direct payment to the provider
# Variables:
#   $date (String) - date
consent-given = given on { $date }
# Variables:
#   $date (String) - date
consent-withdrawn = withdrawn on { $date }
consent-not-given = not given
consent-withdraw = Withdraw consent
consent-withdraw-hint = Withdrawing applies to the future. What happened before – for example a confirmation by the school – stays on file. Without direct payment you receive a voucher; without the release, please show the need with other evidence.
consent-withdrawn-flash = Your withdrawal has been saved.
consent-error-not-given = This consent is not (or no longer) given.
timeline-consent-school-withdrawn = Release of the school withdrawn
timeline-consent-direct-withdrawn = Consent to direct payment withdrawn

## Confirmed e-mail address
claim-error-email-unverified = Please first confirm your e-mail address with the link from our e-mail. Your application is saved; you can send it afterwards.
