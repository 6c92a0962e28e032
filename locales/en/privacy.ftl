## Privacy notice under Art. 13 GDPR (page /datenschutz)
## Paragraphs are separated by a blank line. Laws keep their German abbreviations.

privacy-title = Privacy notice
privacy-intro =
    Here you can read which data about you and your children we process in the BuT portal, why we need it and what rights you have (Art. 13 General Data Protection Regulation, GDPR).

    Your information is social data (Sozialdaten). It is specially protected by social secrecy (Sozialgeheimnis, § 35 SGB I, §§ 67 to 85a SGB X).
privacy-controller-title = Who is responsible?
privacy-controller-text =
    The controller is: { $office }, { $street }, { $city }. Phone: { $phone }. E-mail: { $email }.

    If you receive social assistance, benefits under the Asylum Seekers' Benefits Act, housing benefit or the child supplement, your town or municipality may also decide on your application under Land law. It is then responsible for the data it receives for that.
privacy-dpo-title = Data protection officer
privacy-dpo-text = For questions about data protection, you can reach our data protection officer: { $contact }
privacy-purposes-title = What we need your data for
privacy-purposes-text =
    We need your data to decide on your application for education and participation benefits (Bildung und Teilhabe), to send you the decision (Bescheid) and to pay the providers (for example tutoring or a club).

    We also need some data to run your account, to protect the portal against misuse and to produce the statistics the law requires.
privacy-legal-basis-title = Legal bases
privacy-legal-basis-text =
    We process your data because the law allows and requires it: Art. 6(1)(c) and (e) GDPR together with §§ 67a ff. SGB X.

    The benefits themselves are governed by § 28 SGB II, § 34 SGB XII and § 6b BKGG (Federal Child Benefit Act). For benefits under the Asylum Seekers' Benefits Act, § 34 SGB XII applies accordingly (§ 3 Abs. 4 AsylbLG).

    Sometimes your information includes health data, for example if your child needs tutoring because of an illness. We process such data only as far as the benefit requires it (Art. 9(2)(b) GDPR, § 67b SGB X).

    To ask the school, we need your consent (release from confidentiality, Schweigepflichtentbindung, § 67b Abs. 2 SGB X).
privacy-data-title = Which data we process
privacy-data-text =
    Your account: e-mail address, password (stored so that nobody can read it) and your language.

    Your household: your name, your address and contact details, which benefit you receive, with its reference number and period.

    Your children and your applications: name and date of birth, school and class, what you apply for, provider and costs, your reasons, the proofs you upload, the school's confirmation, and our decisions and notices.

    We get most of the data from you yourself (§ 67a Abs. 2 SGB X).
privacy-recipients-title = Who receives your data
privacy-recipients-text =
    At the Jobcenter, only the staff who work on your application see your data. Every access is logged.

    Your child's school receives data only if you have released it from confidentiality, and only what it needs for its confirmation. The school does not see your own reasons.

    Providers, for example tutoring or a club, learn only what they need for billing: for which child, what was approved, for which period and how much (§ 69 Abs. 1 Nr. 1 SGB X).

    For benefits under SGB II, we pass data to the Federal Employment Agency (Bundesagentur für Arbeit) for the statistics required by law (§ 51b SGB II). We pass data to other bodies only where a law allows it. We do not transfer data to countries outside the European Union.
privacy-retention-title = How long we keep your data
privacy-retention-text =
    We keep your data as long as we need it for our task: for the decision, the payment and any objection, court or refund proceedings. Statutory retention periods for files also apply.

    After that, the data must be deleted (§ 84 SGB X, Art. 17 GDPR).
privacy-rights-title = Your rights
privacy-rights-text =
    You have the right to access your stored data (Art. 15 GDPR, § 83 SGB X), to have wrong data corrected (Art. 16), to erasure (Art. 17) and to restriction of processing (Art. 18). You can object to the processing on grounds relating to your particular situation (Art. 21 GDPR).

    This objection under data protection law is not the same as an objection (Widerspruch) against a decision. How to object to a decision is written in the decision itself.

    You can withdraw a consent at any time for the future (Art. 7(3) GDPR). Just write to us.
privacy-complaint-title = Complaint
privacy-complaint-text = You can complain to the supervisory authority: Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen (LDI NRW), Kavalleriestraße 2–4, 40213 Düsseldorf, poststelle@ldi.nrw.de.
privacy-required-title = Do you have to give your data?
privacy-required-text =
    Yes, as far as we need it to decide on your application. You are obliged to cooperate (§ 60 SGB I).

    If important information or proofs are missing, we can refuse the benefit. Before that, we write to you and give you a deadline (§ 66 SGB I).

    Your consent to ask the school is voluntary. If you do not want to give it, talk to us: you can also prove your child's need in another way.
privacy-automated-title = No automated decisions
privacy-automated-text = A person always decides on your application. The portal only shows hints, for example when something is missing. It decides nothing automatically (Art. 22 GDPR).
privacy-cookies-title = Cookies
privacy-cookies-text =
    The portal sets only technically necessary cookies: one for your login (it lasts until one hour after your last activity), one for the language you chose, and one by which the portal recognises your device after a login, to protect your account against password guessing. The last two last one year.

    There is no advertising and there are no analytics tools.
