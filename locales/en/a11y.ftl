## Accessibility: reporting barriers, summary in plain language

a11y-status-title = Compliance status
a11y-status-text = The portal partly complies with BITV 2.0. Not yet accessible: the notices as PDF are not yet tagged (PDF/UA). Names in Arabic or Persian script do not yet print correctly in the PDF notice.
a11y-prepared = This statement was prepared on 24 November 2026, based on a self-assessment.
a11y-feedback-title = Report a barrier
a11y-feedback-lead = Is there something you cannot read or use? Write to us. The BuT team reads every report and answers within two weeks if you give us a way to reach you.
a11y-feedback-page = On which page?
a11y-feedback-page-hint = For example: application for tutoring, step 2.
a11y-feedback-message = What does not work?
a11y-feedback-contact = How can we reach you?
a11y-feedback-contact-hint = E-mail address or phone number. Without it we cannot answer.
a11y-feedback-send = Send report
a11y-feedback-thanks = Thank you. Your report has reached the BuT team.
a11y-feedback-error-empty = Please describe the barrier.
a11y-feedback-error-too-long = Please keep it shorter (at most 4000 characters).
a11y-enforcement-title = Conciliation procedure
a11y-enforcement-text = If we do not answer, or our answer does not satisfy you, you can turn to the ombudsperson for accessible information technology of the state of North Rhine-Westphalia (Ombudsstelle für barrierefreie Informationstechnik). The procedure is free of charge.
home-summary-title = In short, in plain language
home-summary-text =
    Your child goes to school. You get money from the Jobcenter. Or you get social assistance (Sozialhilfe), housing benefit (Wohngeld), child supplement (Kinderzuschlag) or asylum seeker benefits (Asylbewerberleistungen).

    Then your child can get help. For example tutoring. Or 15 euros a month for a club.

    You apply here. You can do it on your phone.
