## The decision for the family: a plain explanation beside the German notice

decision-title = Decision
# Variables:
#   $amount (String) - amount per month
#   $from (String) - start
#   $to (String) - end
#   $payee (String) - provider
decision-explain-approved = Your application is approved. The jobcenter pays up to { $amount } a month, from { $from } to { $to }. The money goes to: { $payee }.
decision-explain-direct = The jobcenter pays the provider directly. You do not have to pay for what is approved.
decision-explain-voucher = You get a voucher (Gutschein). Give it to the provider.
# Variables:
#   $reason (String) - reason for the rejection
decision-explain-rejected = Your application is rejected. The reason: { $reason } The full reasons are in the notice (Bescheid).
decision-explain-objection = You do not agree? You can object (Widerspruch) within one month: with a signed letter, in person at the jobcenter (zur Niederschrift), or electronically only with a qualified signature or De-Mail – a plain e-mail is not enough. The month starts when the notice counts as received: by post, on the fourth day after it was posted. How to do this is at the end of the notice (Rechtsbehelfsbelehrung).
decision-explain-no-suspension = Even if you object, the decision applies for now.
decision-explain-german = The notice is legally binding in German. We are happy to explain it to you – also in easy German (Leichte Sprache).
decision-download = Download the notice (PDF, German)
reason-no-benefit = In the period you applied for, you do not receive a benefit that is needed for this (for example Grundsicherungsgeld – formerly Bürgergeld – or Wohngeld).
reason-age = Your child is too old for this benefit.
reason-no-need = The school did not confirm that your child needs tutoring.
reason-missing-documents = Documents we asked you for are missing.
reason-school-offer = The school has a free offer that must be used first.
reason-other = The conditions are not met.
objection-letter-title = Prepare an objection
objection-letter-hint = The portal writes your objection as a letter (PDF). Print it, sign it and send it to the jobcenter or hand it in there – within one month. A plain e-mail is not enough. Nothing is stored in the portal.
objection-letter-reasons = Why do you not agree? (You can also send the reasons later.)
objection-letter-button = Create letter (PDF)

## Reimbursement and notification
decision-explain-reimbursement = You paid the costs yourself. The jobcenter reimburses you up to the approved amount.
# Variables:
#   $known (String) - the day the notice counts as received
#   $deadline (String) - the last day to object
decision-known-download = You received the notice in the portal. It counts as received on { $known }. You can object until { $deadline }.
decision-known-posted = The notice came by post. It counts as received on { $known }. You can object until { $deadline }.
