## Public finder of Lernstandorte (for families)

finder-title = Find a Lernstandort
finder-lead = Tutoring right at school: here you find all Lernstandorte in the Kreis Warendorf with free places.
finder-subject = Subject
finder-grade = Grade
finder-search = Search
# Variables:
#   $count (Number) - number of results
finder-count = { $count ->
    [0] No Lernstandort found.
    [one] 1 Lernstandort found.
   *[other] { $count } Lernstandorte found.
    }
finder-apply-hint = You apply for a place with the application for tutoring (Lernförderung).
finder-apply-link = To the application
