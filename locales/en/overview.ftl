## Overview pages after login

family-title = My overview
family-claims-title = My applications
family-claims-empty = You have not submitted any applications yet.
school-title = Overview for schools
staff-title = Caseworker overview
staff-kommunen-title = Municipalities and schools
staff-kommunen-empty = No municipalities have been set up yet.
staff-kommune = Municipality (Kommune)
staff-schools = Schools
# Variables:
#   $count (Number) - number of schools
staff-kommune-schools = { $count ->
    [one] one school
   *[other] { $count } schools
}
