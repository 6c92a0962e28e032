## Lernstandorte: schools register them, staff review them, families find them

# Variables:
#   $schools (String) - the school social worker's schools
school-lead = You work for: { $schools }.
school-no-schools = Your account is not linked to a school yet. Please contact the jobcenter's BuT team.
school-sites-title = Your Lernstandorte
site-new = Register a Lernstandort
# Variables:
#   $place (String) - room or place
site-edit-title = Lernstandort: { $place }
site-form-lead = A Lernstandort is tutoring right at your school. Once the BuT team has checked it, it appears in the public search and can be chosen in the application.
site-school = School
site-place = Place in the school
site-place-hint = For example: room B 104 or the library in the old building.
site-subjects = Subjects
site-grade-from = From grade
site-grade-to = To grade
site-grades = Grades
# Variables:
#   $from (Number) - first grade
#   $to (Number) - last grade
site-grades-range = Grades { $from } to { $to }
site-schedule = Weekdays and times
site-schedule-hint = For example: Mon and Wed 14:00–15:30.
site-places = Places
site-tutors = Tutors (Lernbegleiter)
site-tutors-hint = Names or number.
site-contact = Contact person
site-contact-hint = Name and phone or e-mail.
site-start = Start
site-review-hint = The BuT team checks new and changed Lernstandorte before they are public.
site-submit = Send for review
site-submitted = The Lernstandort has been sent to the BuT team for review.
site-status = Status
site-status-pending = Being reviewed
site-status-approved = Approved
site-status-returned = Sent back
site-status-paused = Paused
site-status-closed = Closed
site-status-changed = The status of the Lernstandort has been changed.
site-review-comment = Note from the BuT team
site-pause = Pause (no new pupils)
site-reopen = Open again
site-close = Close
# Variables:
#   $taken (Number) - places taken
#   $places (Number) - all places
site-occupancy = { $taken } of { $places } places taken
# Variables:
#   $free (Number) - free places
#   $places (Number) - all places
site-free-places = { $free ->
    [one] 1 place free
   *[other] { $free } places free
    } (of { $places })
site-full = Full – no place free at the moment
site-error-school = Please choose one of your schools.
site-error-grade = Please enter a grade from 1 to 13.
site-error-grade-order = The last grade cannot come before the first.
site-error-places = Please enter a number from 1 to 200.
site-error-start-past = The start is more than a year ago.
site-error-closed = This Lernstandort is closed and can no longer be changed.
site-error-not-allowed = This is not possible for this Lernstandort at the moment.
site-error-changed = The Lernstandort has been changed in the meantime. Please reload the page.
site-error-comment = Please write what the school should change.
staff-sites-title = Review Lernstandorte
staff-sites-empty = No Lernstandort is waiting for review.
site-approve = Approve
site-approved = The Lernstandort is approved and public.
site-return-comment = Note for the school
site-return = Send back
site-returned = The Lernstandort has been sent back to the school with your note.
home-finder-link = Find a Lernstandort near you
lf-finder-link = See all Lernstandorte with subjects and times
lf-error-lernstandort-full = This Lernstandort has no free place in the chosen period. Please choose another one.
admin-school = School
admin-school-hint = Only for school social work accounts: the school the account works for.
conf-list-title = Confirmations for tutoring (Lernförderung)
conf-list-hint = Applications of pupils at your schools whose parents agreed that the school may be asked.
conf-state-open = Waiting for your confirmation
conf-state-confirmed = Need confirmed
conf-state-declined = Need not confirmed
# Variables:
#   $child (String) - child's name
conf-title = School confirmation for { $child }
conf-school = School and class
conf-asked = Applied for
# Variables:
#   $subjects (String) - subjects
#   $hours (String) - hours per week
#   $period (String) - period
conf-asked-text = { $subjects }; { $hours } hours per week; { $period }
conf-lead = Please confirm in which subjects, how many hours and for how long the child needs tutoring – or decline with a reason.
conf-decision = Your decision
conf-confirm = Confirm the need
conf-decline = Do not confirm the need
conf-goals-at-risk = Without tutoring the essential learning goals are at risk (for example moving up a year), and the school cannot meet the need with its own offers.
conf-reason = Reason
conf-reason-hint = Only if you do not confirm the need.
conf-submit = Save decision
conf-confirmed = You have confirmed the need. The jobcenter now decides on the application.
conf-declined = You have not confirmed the need. The jobcenter will inform the family.
conf-error-goals = Please confirm that the learning goals are at risk without tutoring – otherwise please decline.
conf-error-reason = Please give a reason why you do not confirm the need.
conf-error-decision = Please choose whether you confirm the need.
conf-error-exists = The school has already decided on this application.
timeline-school-confirmed = The school confirmed the need
timeline-school-declined = The school did not confirm the need
behalf-title = Start an application with a family
behalf-start-lead = You can start an application for Lernförderung together with the parents, for example in a counselling meeting. The family needs an account in the portal, and the child must attend one of your schools. For this, the parents create a code for their child in their account and give it to you. The parents then check the application in their account and send it themselves.
behalf-family-email = E-mail address of the family's account
behalf-family-email-hint = The parents log in to the portal with this address.
behalf-code = The family's code
behalf-code-hint = The parents find it in their account next to the child under “Code for the school social worker”, for example ABCD-EFGH.
behalf-error-code = Please enter the 8-character code the parents gave you.
behalf-start = Start application
behalf-started = The application has been created. Please fill in the details together with the parents now.
behalf-lead = You fill in this application together with the parents. Only the parents can send it, in their account.
behalf-saved = The details have been saved. The parents now see the application in their account and can send it.
behalf-error-not-found = We found no child at your schools for this e-mail address and code. A code is valid for one week and only once. Please check the details or ask the parents for a new code.
behalf-family-hint = Started with you by the school – please check and send.
timeline-started-by-school = Application started with you by the school
school-directory-title = School directory
school-directory-list = All schools
school-add = Add a school
school-edit = Change school
# Variables:
#   $name (String) - name of the school
school-edit-title = School: { $name }
school-name = Name of the school
school-type = Type of school
school-save = Save
school-saved = The school has been saved.
school-error-type = Please choose a type of school from the list.
school-error-exists = A school with this name already exists in this Kommune.
request-title = Request access for school social work
request-lead = You work in school social work at a school in the Kreis Warendorf? Request your access here. The BuT team checks the request; then you can log in.
request-name = Your name
request-email-hint = Please use your work address.
request-message = Message to the BuT team
request-message-hint = For example your role or a phone number for questions.
request-submit = Request access
request-sent = Your request is with the BuT team. You can log in as soon as it is approved.
request-error-school = Please choose your school from the list.
request-error-decided = This request has already been decided.
requests-title = School social work access
requests-empty = No access request is waiting.
request-approve = Approve
request-reject = Reject
request-approved = The access has been approved.
request-rejected = The access request has been rejected.
login-school-request = School social work without access?
behalf-signed-title = Or: upload the signed application
behalf-signed-text = Have the parents signed the application with the declaration, consent and release from confidentiality (Schweigepflichtentbindung) on paper? Then upload it here (scan or photo). This submits the application.
behalf-signed-submit = Upload and submit
behalf-submitted = The application has been submitted with the signed consent.
behalf-error-incomplete = Some details are still missing. Please complete the application first.
