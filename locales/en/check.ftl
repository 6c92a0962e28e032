## Eligibility check (no account needed)

check-title = Can my child get these benefits?
check-lead = Answer four short questions. You will then see which education and participation benefits (Bildung und Teilhabe) may apply to your child. We do not store your answers.
check-benefit-question = Which benefit does your family receive?
check-benefit-none = None of these, or I do not know
check-age-question = How old is your child?
check-age-hint = Age in years, for example 9
check-school-question = Does your child go to school?
check-school-hint = General school or vocational school (Berufsschule)
check-allowance-question = Does your child receive a training allowance (Ausbildungsvergütung)?
check-allowance-hint = Pay for an apprenticeship in a company
check-yes = Yes
check-no = No
check-submit = Show result
check-result-title = Your result
check-may-apply = Your child may be entitled to this benefit.
check-may-not-apply = Your child is probably not entitled to this benefit.
# Variables:
#   $basis (String) - section of the law, e.g. § 28 SGB II
check-legal-basis = Legal basis: { $basis }
check-disclaimer = This is a non-binding assessment. The jobcenter decides when you apply.
check-apply = Apply now
check-error-benefit = Please choose which benefit your family receives.
check-error-age-required = Please enter your child's age.
check-error-age-invalid = Please enter the age as a whole number between 0 and 99.
check-error-yes-no = Please choose yes or no.
check-reason-no-benefit = These benefits are for families receiving Grundsicherungsgeld (formerly Bürgergeld), social assistance, housing benefit, child supplement or asylum seeker benefits.
check-reason-no-school = Tutoring is only for children and young people who attend school.
check-reason-training-allowance = Someone who receives a training allowance cannot get tutoring.
check-reason-age-25 = With this benefit, tutoring is only available until the 25th birthday.
check-reason-tutoring-ok = Your child goes to school. If it cannot reach the essential learning goals without tutoring, the jobcenter can pay for tutoring. The school confirms the need.
check-reason-no-age-limit = With social assistance and asylum seeker benefits there is no age limit of 25 for school benefits.
check-reason-participation-ok = Children under 18 get 15 euros a month for a club, music school, courses or holiday camps.
check-reason-age-18 = Social and cultural participation is only available until the 18th birthday.
check-note-but-needs-alone = If your income is only just above the limit, the need for education and participation alone can create an entitlement. Feel free to ask us.
check-note-tutoring-own-application = Tutoring (Lernförderung) always needs its own application – you can make it here in the portal.
check-note-apply-separately = Families receiving housing benefit or child supplement always apply separately for education and participation – you can do that here in the portal.
check-note-sgb2-covered = Your application for Grundsicherungsgeld (formerly Bürgergeld) already covers participation. So that we can pay the club, tell us the provider here.
check-note-sgb12-covered = Your application for social assistance or asylum seekers' benefits already covers participation. So that we can pay the club, tell us the provider here.
