## Log in, register, account

field-email = E-mail address
field-password = Password
field-current-password = Current password
field-new-password = New password
field-password-repeat = Repeat password
field-role = Role
field-initial-password = Initial password
password-show = Show password
password-hide = Hide password
# Variables:
#   $min (Number) - minimum length
password-hint = At least { $min } characters. A long sentence that you can remember easily makes a good password.
login-title = Log in
login-submit = Log in
login-no-account = No account yet?
login-register-link = Register now
register-title = Create an account for your family
register-lead = With an account you can apply online for education and participation benefits (Bildung und Teilhabe), save applications and continue them later.
register-email-hint = We send messages about your applications to this address.
register-submit = Create account
register-have-account = Already have an account?
register-login-link = Log in
account-title = My account
# Variables:
#   $email (String) - e-mail address of the account
account-logged-in-as = Logged in as { $email }
# Variables:
#   $role (String) - name of the role
account-role = Role: { $role }
account-change-password-title = Change password
account-change-password-submit = Change password
account-password-changed = Your password has been changed.
account-sessions-title = Signed-in devices
account-sessions-lead = You may still be logged in on another phone or computer, for example at an advice centre. Log out everywhere here. Changing your password logs out all other devices.
account-logout-everywhere = Log out everywhere
account-logged-out-everywhere = You have been logged out on all devices.
account-language-title = Language
account-language-lead = We show you the portal and explain notices to you in this language. The notice (Bescheid) itself is always in German.
account-language-save = Save language
account-language-saved = Your language has been saved.

## Forgotten password
login-forgot-link = Forgot your password?
forgot-title = Forgot your password
forgot-lead = Enter the e-mail address of your account. We will send you a link to set a new password. The link is valid for one hour.
forgot-submit = Send the link
reset-requested = If there is an account with this address, we have sent a link. Please check your inbox (and the spam folder).
reset-title = Set a new password
reset-lead = Choose a new password. You will then be logged out on all other devices.
reset-submit = Save the password
reset-new-link = Ask for a new link
reset-done = Your new password is saved. Please log in with it.
reset-error-invalid = This link has expired or was already used. Please ask for a new link.

## Notices in the portal (§ 37 Abs. 2a SGB X)
delivery-title = Receive notices in the portal
delivery-lead = If you agree, you no longer receive your notices (Bescheide) by post but here in the portal. We then send you an e-mail as soon as a notice is ready. The notice counts as received on the third day after that e-mail — from then on the deadline for an objection runs. You can withdraw your consent here at any time; notices then come by post again.
# Variables:
#   $date (String) - the date of consent
delivery-state-given = You agreed on { $date }: your notices come to the portal.
delivery-state-none = Your notices come by post.
delivery-give = Yes, receive notices in the portal
delivery-withdraw = Withdraw consent (by post again)
delivery-given = Thank you. Your notices now come to the portal.
delivery-withdrawn = Your consent is withdrawn. Notices come by post again.

## Confirm the e-mail address
register-mail-sent = We have sent you an e-mail. Please open the link in it to confirm your address (also check the spam folder).
verify-title = Confirm your e-mail address
verify-submit = Confirm my address
verify-done = Thank you! Your e-mail address is confirmed.
verify-error-invalid = This link has expired or was already used. Log in and ask for a new link on your overview.
verify-banner = Please confirm your e-mail address with the link we sent you. You can already fill in applications; you can send them once your address is confirmed.
verify-resend = Send the link again
verify-resent = We have sent you a new link.

## Which e-mails you receive
mail-prefs-title = E-mails from the portal
mail-prefs-legend = What should we e-mail you about?
mail-prefs-hint = E-mails the law or your security requires always come: the link for a new password, the confirmation of your address and — if you agreed — the message that a notice is ready in the portal.
mail-prefs-save = Save the choice
mail-prefs-saved = Your choice is saved.
mail-topic-claims = Your application has arrived
mail-topic-questions = The jobcenter has a question (with a reminder shortly before the deadline)
mail-topic-decisions = A decision has been made on an application
mail-topic-school-digest = Applications wait for the school's confirmation (at most one e-mail a day)
mail-topic-staff-answers = A family answered a question on one of my claims
