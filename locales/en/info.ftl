## Required pages: accessibility, data protection, legal notice, easy language, contact
## Paragraphs are separated by a blank line.

info-accessibility-title = Accessibility statement
info-accessibility-text =
    The Kommunales Jobcenter Kreis Warendorf wants everyone to be able to use this portal. It is meant to meet the German accessibility regulation for public websites (BITV 2.0).

    The portal is still being built. We check every new page with the keyboard, screen magnification and a screen reader.

    Have you found a barrier? Please report it with the form further down this page.
info-imprint-title = Legal notice (Impressum)
info-imprint-text =
    Kreis Warendorf – Kommunales Jobcenter, Education and Participation department (Bildung und Teilhabe)

    The Kreis Warendorf is a public-law corporation. It is represented by the Landrat.

    You find the address and how to reach us on the contact page.
info-easy-title = Plain words
info-easy-text =
    Here you can apply for money for your child.

    The money is for tutoring. Or for a club, for example a sports club.

    Do you receive Grundsicherungsgeld (formerly Bürgergeld), social assistance, housing benefit, child supplement or asylum seeker benefits? Then your child can get the money.

    This is how it works: you create an account. You fill in the application. We check it. You get a letter with our decision.
info-contact-title = Contact
info-contact-text =
    Kreis Warendorf – Kommunales Jobcenter, Education and Participation (Bildung und Teilhabe)

    You can reach us Monday to Friday during the opening hours of the Kreishaus. If you have a question about an application, please give its reference number.

    You can write to us, call us or visit us.

    You lodge an objection (Widerspruch) against a decision in writing, signed by you, or in person at our office: we then write it down for you (zur Niederschrift). A plain e-mail is not enough. Electronically it is only possible in the special form of § 36a Abs. 2 SGB I, for example with a qualified electronic signature (§ 84 SGG). The deadline is stated in the decision.
