## Lernförderung (tutoring): details of the application

lf-details-title = About the tutoring (Lernförderung)
# Variables:
#   $child (String) - child's name
lf-details-lead = For { $child }: in which subjects does your child need tutoring, how much, and where?
lf-school-confirms = Later, the school confirms that your child needs the tutoring. We only ask the school if you agree at the end.
# Variables:
#   $amount (String) - maximum per hour, e.g. 20,00 €
lf-rate-cap = The jobcenter pays at most { $amount } per hour. Tutoring at a Lernstandort in the school costs you nothing.
lf-subjects = Subjects
lf-subjects-hint = Choose one or more subjects.
subject-deutsch = German
subject-mathematik = Mathematics
subject-englisch = English
subject-franzoesisch = French
subject-latein = Latin or another foreign language
subject-naturwissenschaften = Biology, chemistry or physics
subject-sachunterricht = General studies (Sachunterricht)
subject-sonstiges = Another subject
lf-subject-other = Other subject
lf-subject-other-hint = Only if you chose “Another subject”.
lf-hours = Hours per week
lf-hours-hint = A number from 1 to 10. One hour is 45 to 60 minutes.
lf-period-from = Tutoring from
lf-period-to = Tutoring until
lf-period-hint = Suggested: until the end of the school half-year. You can enter another date.
lf-period = Period
lf-place = Where does the tutoring take place?
lf-place-lernstandort = At a Lernstandort (tutoring in the school)
lf-place-provider = With a tutoring provider outside the school
lf-lernstandort = Lernstandort
lf-lernstandort-hint = Only if the tutoring takes place at a Lernstandort. Ask the school social worker if you are unsure.
lf-provider-title = Tutoring provider
lf-provider-hint = Only fill this in if the tutoring takes place with a provider outside the school. Upload the provider's offer in the next step.
lf-provider-name = Name of the provider
lf-hourly-rate = Price per hour
lf-hourly-rate-hint = In euros, as in the offer, for example 18.50.
lf-monthly-cost = Cost per month (estimate)
# Variables:
#   $cap (String) - maximum per hour
#   $over (String) - amount above the maximum
lf-rate-over-cap = The jobcenter pays at most { $cap } per hour. You would have to pay the { $over } per hour above that yourself or agree on it with the provider.
lf-reason = Why does your child need tutoring?
lf-reason-hint = A few sentences are enough. For example: moving up to the next year is at risk, the mark in maths is poor.
lf-error-subjects = Please choose at least one subject from the list.
lf-error-subject-other = Please name the other subject.
lf-error-hours = Please enter a whole number from 1 to 10.
lf-error-from-past = The start is more than twelve months back. Nothing can be paid for months that long ago. We check from when we can pay and write it in the decision.
lf-error-from-future = The start is more than a year in the future.
lf-error-to-before-from = The end must be after the start.
lf-error-period-long = One application covers at most one school year.
lf-error-place = Please choose where the tutoring takes place.
lf-error-lernstandort = Please choose a Lernstandort.
lf-error-lernstandort-unknown = This Lernstandort does not exist or is not taking pupils at the moment. Please choose another one.
lf-error-rate-zero = The price per hour must be more than 0.
