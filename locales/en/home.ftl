## Start page

home-title = Education and participation for your child
home-lead = Children and young people from families receiving Grundsicherungsgeld (formerly Bürgergeld), social assistance (Sozialhilfe), housing benefit (Wohngeld), child supplement (Kinderzuschlag) or asylum seeker benefits can get money for tutoring, clubs and courses. Apply for it online here.
home-register = Create an account and apply
home-login = Log in
home-go-to-overview = Go to my overview
home-benefits-label = Benefits
home-tutoring-title = Tutoring (Lernförderung)
home-tutoring-text = If your child cannot reach the essential learning goals at school without help, the jobcenter pays for tutoring – often at your child's own school, at a Lernstandort. The school confirms the need.
home-participation-title = Social and cultural participation (Soziokulturelle Teilhabe)
home-participation-text = Children under 18 get 15 euros a month for a sports club, music school, courses or holiday camps. The money goes directly to the club or provider.
home-who-title = Who can get these benefits?
home-who-text = Children, young people and young adults under 25 who attend school, if the family receives Grundsicherungsgeld (formerly Bürgergeld), social assistance, housing benefit, child supplement or asylum seeker benefits. Participation is paid until the 18th birthday.
home-easy-link = The portal explained in plain words
home-check-link = Can my child get these benefits? Check in two minutes
