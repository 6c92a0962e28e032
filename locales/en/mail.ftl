# The portal's e-mails. They name no social data: only that something happened, and a
# link to the portal.
mail-greeting = Hello,
mail-footer = This e-mail was sent automatically by the BuT portal of the Kreis Warendorf. Please do not reply to it. You choose which messages you receive under "My account" in the portal.

mail-password-reset-subject = New password for the BuT portal
mail-password-reset-body =
    someone asked for a new password for your account. If that was you, set a new password with the link below. The link is valid for one hour and only once.

    If you did not ask for a new password, you need not do anything. Your password stays as it is.
mail-password-reset-link = Set a new password:

# Variables:
#   $reference (String) - claim number, e.g. BUT-2026-000042
mail-claim-received-subject = Your application { $reference } has arrived
mail-claim-received-body = Your application for education and participation benefits has reached the jobcenter. Its number is { $reference }. Please give this number when you write to us or call us.
mail-claim-received-link = See your application:

# Variables:
#   $reference (String) - claim number
#   $due (String) - the date the answer is due, or empty
mail-question-subject = A question about your application { $reference }
mail-question-body = The jobcenter has a question about your application { $reference }. Please log in to the portal and answer. Your answer is due: { $due }.
mail-question-link = Read the question and answer:

# Variables:
#   $reference (String) - claim number
mail-decision-subject = Decision on your application { $reference }
mail-decision-body = A decision has been made on your application { $reference }. You will find the notice in the portal.
mail-decision-link = See the notice:

# Variables:
#   $reference (String) - claim number
#   $due (String) - the date the answer is due
mail-question-reminder-subject = Reminder: a question about your application { $reference }
mail-question-reminder-body = The jobcenter is still waiting for your answer about your application { $reference }. Please answer in the portal. Your answer is due: { $due }. If you need help, call us.
mail-question-reminder-link = Read the question and answer:

# Instead of a date, when a question has no due date.
mail-due-soon = as soon as possible

# The notification of § 37 Abs. 2a SGB X (only with consent to delivery through the portal).
# Variables:
#   $reference (String) - claim number
mail-notice-ready-subject = Your notice on application { $reference } is ready in the portal
mail-notice-ready-body =
    a decision has been made on your application { $reference }. The notice (Bescheid) is ready for you to download in the BuT portal. You agreed to receive notices in the portal; that is why it does not come by post.

    The notice counts as received on the third day after this e-mail was sent. From then on the deadline for an objection runs.
mail-notice-ready-link = Download the notice:

mail-verify-email-subject = Please confirm your e-mail address
mail-verify-email-body =
    you created an account in the BuT portal of the Kreis Warendorf. Please confirm with the link below that this e-mail address is yours. Only then can you send applications. The link is valid for two days.

    If you did not create an account, you need not do anything.
mail-verify-email-link = Confirm the address:

mail-already-registered-subject = You already have an account in the BuT portal
mail-already-registered-body =
    someone tried to create a new account in the BuT portal with this e-mail address. But there already is an account for this address. Simply log in.

    If you forgot your password, you can set a new one with the link below. If this was not you, you need not do anything.
mail-already-registered-link = Forgot your password?

# Variables:
#   $count (Number) - how many applications wait for the school's confirmation
mail-school-digest-subject = Applications for tutoring wait for your confirmation
mail-school-digest-body = { $count ->
    [one] One application for tutoring of a pupil of your school waits for the school's confirmation.
   *[other] { $count } applications for tutoring of pupils of your school wait for the school's confirmation.
}
mail-school-digest-link = See the applications:
