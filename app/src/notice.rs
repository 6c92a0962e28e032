//! The wording of notices (legally German, whatever the family's language): the
//! Bewilligungs- or Ablehnungsbescheid to the family and the Kostenübernahmeerklärung
//! to the provider, built from the claim's snapshot, the decision and the text blocks in
//! force. Pure: `notice_pdf` lays the [`Letter`] out.

use crate::{
    domain::{
        benefit::{BenefitKind, UnderlyingBenefit},
        decision::{Approval, CooperationWarning, Grant, MISSING_COOPERATION, PeriodCut},
        grounds::{SchoolEvidence, Shortfall},
        hearing::Aufhebung,
        lang::Lang,
        lernfoerderung::{LernfoerderungInput, Subject},
        money::Cents,
        month::YearMonth,
        school_days::{LessonLength, SchoolCalendar, SchoolYear},
        snapshot::{Applied, ClaimSnapshot},
        teilhabe::Activity,
        text::{german, german_iso},
    },
    i18n::tr,
};
use notice_pdf::{Block, Letter};
use time::{Date, OffsetDateTime};

/// The issuing office (letterhead, contact, where to object), from configuration.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct Office {
    pub name: String,
    pub department: String,
    pub street: String,
    pub postal_city: String,
    pub phone: String,
    pub email: String,
    pub hours: String,
}

impl Office {
    /// The office of the demo data and the tests (the Kreis Warendorf's Jobcenter).
    pub fn demo() -> Office {
        Office {
            name: "Kommunales Jobcenter Kreis Warendorf".into(),
            department: "Team Bildung und Teilhabe".into(),
            street: "Waldenburger Straße 2".into(),
            postal_city: "48231 Warendorf".into(),
            phone: "02581 53-0".into(),
            email: "bildung-und-teilhabe@jobcenter.invalid".into(),
            hours: "Mo–Fr 8–12 Uhr".into(),
        }
    }

    fn address(&self) -> String {
        format!("{}, {}, {}", self.name, self.street, self.postal_city)
    }
}

/// An office that decides for one legal basis (and, where Land law delegates, for one
/// Kommune): SGB XII, AsylbLG and BKGG households are decided by the body Land law names,
/// often the town (`but-rules.md` § Corrections, item 6).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct OfficeRule {
    /// "SGB II", "SGB XII", "BKGG" or "AsylbLG".
    pub law: String,
    /// The Kommune's name, if the rule holds for one Kommune only.
    #[serde(default)]
    pub kommune: Option<String>,
    #[serde(flatten)]
    pub office: Office,
}

/// The issuing offices: the default (the Jobcenter) and the rules per legal basis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Offices {
    pub default: Office,
    pub rules: Vec<OfficeRule>,
}

impl Offices {
    /// Only the default office.
    pub fn single(default: Office) -> Offices {
        Offices {
            default,
            rules: Vec::new(),
        }
    }

    /// The rules in `json` (a list of [`OfficeRule`]s) over `default`; every law must be
    /// one the portal knows.
    pub fn parse(default: Office, json: &str) -> Result<Offices, String> {
        let rules: Vec<OfficeRule> = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let known = ["SGB II", "SGB XII", "BKGG", "AsylbLG"];
        if let Some(bad) = rules.iter().find(|r| !known.contains(&r.law.as_str())) {
            return Err(format!("unknown law {:?} (known: {known:?})", bad.law));
        }
        Ok(Offices { default, rules })
    }

    /// The office that decides a claim of a household receiving `underlying` in the
    /// Kommune `kommune`: a rule for the law and the Kommune, else for the law, else the
    /// default.
    pub fn for_claim(&self, underlying: UnderlyingBenefit, kommune: &str) -> &Office {
        let law = underlying.law();
        let for_law = |r: &&OfficeRule| r.law == law;
        self.rules
            .iter()
            .filter(for_law)
            .find(|r| r.kommune.as_deref() == Some(kommune))
            .or_else(|| {
                self.rules
                    .iter()
                    .filter(for_law)
                    .find(|r| r.kommune.is_none())
            })
            .map_or(&self.default, |r| &r.office)
    }
}

/// The text blocks of notices in force on the day of the decision (table `text_block`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoticeBlocks {
    /// Rechtsbehelfsbelehrung; `{office}` is replaced by the office's address.
    pub remedy: String,
    pub approval_reason: String,
    pub payment_direct: String,
    pub payment_voucher: String,
    /// Reimbursement of a family that paid itself; `{norm}` is replaced by the norm of the
    /// legal basis.
    pub payment_reimbursement: String,
    /// SGB II: an objection does not suspend the decision.
    pub no_suspension: String,
    /// The names of the underlying benefits in force (Bürgergeld until 2026,
    /// Grundsicherungsgeld from 2027).
    pub benefit_names: Vec<(UnderlyingBenefit, String)>,
}

impl NoticeBlocks {
    /// The name of `benefit` in force, empty if none is maintained.
    pub fn benefit_name(&self, benefit: UnderlyingBenefit) -> &str {
        self.benefit_names
            .iter()
            .find(|(b, _)| *b == benefit)
            .map_or("", |(_, name)| name.as_str())
    }
}

/// What was decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Approval(Approval),
    Rejection {
        /// Code, title and text of the reason from the maintained list.
        code: String,
        title: String,
        body: String,
        /// The caseworker's specific reasons.
        text: Option<String>,
        /// The norm the reason cites for this legal basis.
        norm: Option<String>,
        /// Missing cooperation: the written warning the rejection rests on.
        warning: Option<CooperationWarning>,
        /// A correction that takes the approval back: the Aufhebung it is.
        aufhebung: Option<Aufhebung>,
    },
}

impl Outcome {
    /// The Aufhebung this decision is, if it takes an approval back.
    pub fn aufhebung(&self) -> Option<&Aufhebung> {
        match self {
            Outcome::Approval(a) => a.aufhebung.as_ref(),
            Outcome::Rejection { aufhebung, .. } => aufhebung.as_ref(),
        }
    }
}

/// What every letter on a claim states first: its number and date, whom it is to, and
/// the claim it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterHead {
    /// Running number of the letter (Bescheid-Nr., Schreiben-Nr.).
    pub number: String,
    /// The claim's reference number (BUT-…).
    pub claim_reference: String,
    /// Aktenzeichen of the underlying benefit.
    pub file_reference: String,
    pub issued_on: Date,
    pub created: OffsetDateTime,
    pub applicant: String,
    pub street: String,
    pub postal_city: String,
    pub child_name: String,
    pub kind: BenefitKind,
    /// What was applied for, in German ("Lernförderung in Mathematik").
    pub matter: String,
}

/// Everything a notice states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeFacts {
    pub head: LetterHead,
    pub child_birth: String,
    pub underlying: UnderlyingBenefit,
    pub applied_on: Date,
    /// Address lines of the payee (provider or Lernstandort), if known.
    pub payee_address: Vec<String>,
    pub outcome: Outcome,
    /// The number of the notice this one corrects.
    pub corrects: Option<String>,
    /// Abhilfe: the day the Widerspruch this decision remedies arrived.
    pub remedies: Option<Date>,
}

/// The legal basis of the benefit `kind` for households receiving `underlying`.
pub fn legal_basis(underlying: UnderlyingBenefit, kind: BenefitKind) -> String {
    let abs = match kind {
        BenefitKind::Lernfoerderung => 5,
        BenefitKind::Teilhabe => 7,
    };
    match underlying {
        UnderlyingBenefit::Buergergeld => format!("§ 28 Abs. {abs} SGB II"),
        UnderlyingBenefit::Sozialhilfe => format!("§ 34 Abs. {abs} SGB XII"),
        UnderlyingBenefit::Wohngeld | UnderlyingBenefit::Kinderzuschlag => {
            format!("§ 6b Abs. 2 BKGG i. V. m. § 28 Abs. {abs} SGB II")
        }
        UnderlyingBenefit::Asylblg => {
            format!("§ 3 Abs. 4 bzw. § 2 AsylbLG i. V. m. § 34 Abs. {abs} SGB XII")
        }
    }
}

fn benefit_name(kind: BenefitKind) -> &'static str {
    match kind {
        BenefitKind::Lernfoerderung => "Lernförderung",
        BenefitKind::Teilhabe => "Teilhabe am sozialen und kulturellen Leben",
    }
}

fn letterhead(office: &Office) -> Vec<String> {
    vec![
        office.name.clone(),
        office.department.clone(),
        format!("{} · {}", office.street, office.postal_city),
        format!("Telefon {} · {}", office.phone, office.email),
    ]
}

/// A letter from `office` about `facts` with its letterhead, return line and footer; the
/// caller fills in title, recipient, info, subject and text.
fn from_office(office: &Office, created: OffsetDateTime) -> Letter {
    Letter {
        title: String::new(),
        author: office.name.clone(),
        lang: "de-DE".into(),
        created,
        letterhead: letterhead(office),
        return_line: format!(
            "{} · {} · {}",
            office.name, office.street, office.postal_city
        ),
        recipient: Vec::new(),
        info: Vec::new(),
        subject: String::new(),
        blocks: Vec::new(),
        footer: format!(
            "{} · {} · {} · Sprechzeiten: {}",
            office.name, office.street, office.postal_city, office.hours
        ),
    }
}

/// The closing of every letter: greeting, department, no signature needed.
fn sign_off(office: &Office) -> Block {
    Block::Paragraph(format!(
        "Mit freundlichen Grüßen\n{}\nDieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        office.department
    ))
}

/// The lesson a tutoring approval counts in, singular and plural: a "Stunde" is always
/// defined (`but-rules.md` § Corrections, item 10).
fn lesson_words(lesson: LessonLength) -> (&'static str, &'static str) {
    match lesson {
        LessonLength::Minutes45 => ("Unterrichtsstunde", "Unterrichtsstunden"),
        LessonLength::Minutes60 => ("Zeitstunde", "Zeitstunden"),
    }
}

/// "1 Unterrichtsstunde (45 Minuten)", "2 Zeitstunden (je 60 Minuten)" — never "Stunde(n)".
fn hours(n: u8, lesson: LessonLength) -> String {
    let (one, many) = lesson_words(lesson);
    let minutes = lesson.minutes();
    if n == 1 {
        format!("1 {one} ({minutes} Minuten)")
    } else {
        format!("{n} {many} (je {minutes} Minuten)")
    }
}

/// The school days and amount of every month of a tutoring approval, as table rows.
fn month_rows(a: &Approval) -> Vec<(String, String)> {
    a.months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let days = if m.school_days == 1 {
                "1 Schultag".to_string()
            } else {
                format!("{} Schultage", m.school_days)
            };
            let label = if i == 0 { "Monate:" } else { "" };
            (
                label.into(),
                format!("{}: {days}, {}", m.month.german(), m.cost),
            )
        })
        .collect()
}

/// The Tenor's rows of an approval.
fn grant_rows(facts: &NoticeFacts, a: &Approval) -> Vec<(String, String)> {
    let mut rows = vec![
        (
            "Kind:".into(),
            format!("{}, geb. {}", facts.head.child_name, facts.child_birth),
        ),
        ("Leistung:".into(), facts.head.matter.clone()),
        (
            "Zeitraum:".into(),
            format!("{} bis {}", german(a.period_from), german(a.period_to)),
        ),
    ];
    match a.grant {
        Grant::Teilhabe { monthly } => {
            let amount = match &a.terms.one_off {
                Some(o) => format!("einmalig {} für {}", o.amount, o.purpose),
                None => format!("{monthly} monatlich"),
            };
            rows.push(("Betrag:".into(), amount));
        }
        Grant::Lernfoerderung {
            hours_per_week,
            hourly_rate,
            lesson,
            ..
        } => {
            rows.push((
                "Umfang:".into(),
                format!(
                    "{} in jeder Schulwoche zu höchstens {hourly_rate} je {}",
                    hours(hours_per_week, lesson),
                    lesson_words(lesson).0
                ),
            ));
            rows.extend(month_rows(a));
        }
    }
    if let Some(f) = &a.terms.further {
        rows.push((
            "Weitere Kosten:".into(),
            format!("{} für {}", f.amount, f.purpose),
        ));
    }
    let total = a.total();
    rows.push(("Insgesamt:".into(), format!("höchstens {total}")));
    rows.push(("Zahlungsempfänger:".into(), a.payee.clone()));
    let route = match a.terms.advance {
        true => format!("{}, im Voraus für den gesamten Zeitraum", a.route.german()),
        false => a.route.german().into(),
    };
    rows.push(("Zahlungsweg:".into(), route));
    rows
}

/// The notice to the family: Bewilligungs- or Ablehnungsbescheid.
pub fn bescheid(facts: &NoticeFacts, office: &Office, blocks: &NoticeBlocks) -> Letter {
    let approved = matches!(facts.outcome, Outcome::Approval(_));
    let kind_title = match (approved, facts.outcome.aufhebung().is_some()) {
        (true, false) => "Bewilligungsbescheid",
        (false, false) => "Ablehnungsbescheid",
        (true, true) => "Änderungsbescheid",
        (false, true) => "Aufhebungsbescheid",
    };
    let basis = legal_basis(facts.underlying, facts.head.kind);
    let mut b = salutation(facts);
    match &facts.outcome {
        Outcome::Approval(a) => b.extend(approval_blocks(facts, a, blocks, &basis)),
        Outcome::Rejection { .. } => b.extend(rejection_blocks(facts, &basis)),
    }
    b.extend(remedy_blocks(facts, office, blocks));
    b.extend(closing_blocks(facts, office));
    Letter {
        title: format!("{kind_title} {}", facts.head.claim_reference),
        recipient: vec![
            facts.head.applicant.clone(),
            facts.head.street.clone(),
            facts.head.postal_city.clone(),
        ],
        info: info_rows(facts),
        subject: format!(
            "{kind_title}: Leistungen für Bildung und Teilhabe – {}",
            benefit_name(facts.head.kind)
        ),
        blocks: b,
        ..from_office(office, facts.head.created)
    }
}

/// The tenor of an Aufhebung: which Bescheid is taken back from when on which legal
/// basis, and the hearing it follows.
fn aufhebung_text(a: &Aufhebung, old: &str, outcome: &Outcome) -> String {
    let extent = match outcome {
        Outcome::Approval(_) => ", soweit er über die folgende Bewilligung hinausgeht",
        Outcome::Rejection { .. } => "",
    };
    let answer = match a.hearing.answered_on {
        Some(on) => format!(
            "Ihre Stellungnahme vom {} haben wir berücksichtigt.",
            german(on)
        ),
        None => "Sie haben sich bis zum Ende der Frist nicht geäußert.".to_string(),
    };
    format!(
        "der Bescheid Nr. {old} wird mit Wirkung vom {}{extent} aufgehoben. Rechtsgrundlage ist {}. Vor dieser Entscheidung haben wir Sie mit Schreiben vom {} angehört (§ 24 SGB X). {answer}",
        german(a.effective_from),
        a.basis.german(),
        german(a.hearing.sent_on),
    )
}

/// "für Ihr Kind Emir Mustermann" — or, for a young adult of 18 or more who may apply for
/// themself, just "für Deniz Aydın" (`but-rules.md` § Corrections, item 18).
fn for_whom(facts: &NoticeFacts) -> String {
    let adult = crate::domain::text::date(&facts.child_birth, "")
        .is_ok_and(|birth| crate::domain::entitlement::birthday(birth, 18) <= facts.applied_on);
    if adult {
        format!("für {}", facts.head.child_name)
    } else {
        format!("für Ihr Kind {}", facts.head.child_name)
    }
}

/// The salutation and, for a correction, which earlier notice this one replaces.
fn salutation(facts: &NoticeFacts) -> Vec<Block> {
    let mut b = vec![Block::Paragraph(format!(
        "Guten Tag {},",
        facts.head.applicant
    ))];
    if let Some(old) = facts
        .corrects
        .as_ref()
        .filter(|_| facts.outcome.aufhebung().is_none())
    {
        b.push(Block::Paragraph(format!(
            "dieser Bescheid ersetzt den Bescheid Nr. {old}. Der frühere Bescheid wird insoweit aufgehoben."
        )));
    }
    if let (Some(a), Some(old)) = (facts.outcome.aufhebung(), &facts.corrects) {
        b.push(Block::Paragraph(aufhebung_text(a, old, &facts.outcome)));
    }
    if let Some(received) = facts.remedies {
        b.push(Block::Paragraph(format!(
            "Ihrem Widerspruch vom {} wird mit diesem Bescheid abgeholfen. Soweit er erfolgreich ist, werden Ihnen die notwendigen Aufwendungen des Widerspruchsverfahrens auf Antrag erstattet (§ 63 SGB X).",
            german(received)
        )));
    }
    b
}

/// An approval: the tenor, the decision table, the reasons (the clipping of the period,
/// the school's evidence, a rate above the cap, the caseworker's words), a partial
/// rejection where less is granted than asked, the payment route and the family's duties.
fn approval_blocks(
    facts: &NoticeFacts,
    a: &Approval,
    blocks: &NoticeBlocks,
    basis: &str,
) -> Vec<Block> {
    let mut tenor = format!(
        "auf Ihren Antrag vom {} bewillige ich {} Leistungen für Bildung und Teilhabe ({}) nach {basis}.",
        german(facts.applied_on),
        for_whom(facts),
        benefit_name(facts.head.kind),
    );
    if !a.shortfalls.is_empty() {
        tenor.push_str(" Im Übrigen lehne ich den Antrag ab.");
    }
    let mut b = vec![
        Block::Paragraph(tenor),
        Block::Heading("Entscheidung".into()),
        Block::Table(grant_rows(facts, a)),
        Block::Heading("Begründung".into()),
        Block::Paragraph(approval_reasons(facts, a, blocks)),
    ];
    if let Some(words) = &a.reasons {
        b.push(Block::Paragraph(words.clone()));
    }
    if !a.shortfalls.is_empty() {
        b.push(Block::Heading("Teilweise Ablehnung".into()));
        b.push(Block::Paragraph(
            "Soweit Sie mehr beantragt haben, lehne ich Ihren Antrag ab:".into(),
        ));
        b.push(Block::Bullets(
            a.shortfalls.iter().map(|s| shortfall_line(*s, a)).collect(),
        ));
        if let Some(words) = &a.partial_reasons {
            b.push(Block::Paragraph(words.clone()));
        }
    }
    b.extend([
        Block::Heading("Zahlung".into()),
        Block::Paragraph(payment_text(facts, a, blocks)),
        // No blanket refund warning: BuT benefits are not refunded when only they are
        // cancelled (§ 40 Abs. 6 Satz 3 SGB II; `but-rules.md` § Corrections, item 7).
        Block::Bullets(vec![
            "Bitte teilen Sie uns unverzüglich mit, wenn das Angebot endet, Ihr Kind nicht mehr teilnimmt oder der Bezug der zugrunde liegenden Leistung endet.".into(),
        ]),
    ]);
    b
}

/// How the money is paid: the text block of the route, and payment in advance.
fn payment_text(facts: &NoticeFacts, a: &Approval, blocks: &NoticeBlocks) -> String {
    use crate::domain::decision::PaymentRoute;
    let mut text = match a.route {
        PaymentRoute::Direct => blocks.payment_direct.clone(),
        PaymentRoute::Voucher => blocks.payment_voucher.clone(),
        PaymentRoute::Reimbursement => blocks
            .payment_reimbursement
            .replace("{norm}", self_help_basis(facts.underlying)),
    };
    if a.terms.advance {
        text.push_str(
            " Die Zahlung an den Anbieter erfolgt im Voraus für den gesamten Bewilligungszeitraum.",
        );
    }
    text
}

/// The norm of berechtigte Selbsthilfe (reimbursement of a family that paid itself) for
/// the legal basis.
fn self_help_basis(underlying: UnderlyingBenefit) -> &'static str {
    match underlying {
        UnderlyingBenefit::Buergergeld => "§ 30 SGB II",
        UnderlyingBenefit::Wohngeld | UnderlyingBenefit::Kinderzuschlag => {
            "§ 6b BKGG i. V. m. § 30 SGB II"
        }
        UnderlyingBenefit::Sozialhilfe => "§ 34b SGB XII",
        UnderlyingBenefit::Asylblg => "§ 3 Abs. 4 bzw. § 2 AsylbLG i. V. m. § 34b SGB XII",
    }
}

/// The norm of further actual costs of Teilhabe (§ 28 Abs. 7 Satz 2 SGB II) for the
/// legal basis.
fn further_costs_basis(underlying: UnderlyingBenefit) -> &'static str {
    match underlying {
        UnderlyingBenefit::Buergergeld => "§ 28 Abs. 7 Satz 2 SGB II",
        UnderlyingBenefit::Sozialhilfe => "§ 34 Abs. 7 Satz 2 SGB XII",
        UnderlyingBenefit::Wohngeld | UnderlyingBenefit::Kinderzuschlag => {
            "§ 6b Abs. 2 BKGG i. V. m. § 28 Abs. 7 Satz 2 SGB II"
        }
        UnderlyingBenefit::Asylblg => {
            "§ 3 Abs. 4 bzw. § 2 AsylbLG i. V. m. § 34 Abs. 7 Satz 2 SGB XII"
        }
    }
}

/// The reasons of an approval the notice states by itself: the text block, why the
/// period was cut, how the months are costed, the school's evidence and a rate above the
/// cap (the caseworker's own words follow).
fn approval_reasons(facts: &NoticeFacts, a: &Approval, blocks: &NoticeBlocks) -> String {
    let mut reason = match blocks.benefit_name(facts.underlying) {
        "" => String::new(),
        name if facts.head.file_reference.trim().is_empty() => {
            format!("Ihr Haushalt erhält {name}. ")
        }
        name => format!(
            "Ihr Haushalt erhält {name} (nach Ihrer Angabe unter dem Aktenzeichen {}). ",
            facts.head.file_reference.trim()
        ),
    };
    reason.push_str(&blocks.approval_reason);
    if let Some(cut) = a.cut {
        let why = match cut {
            PeriodCut::BenefitValidity => {
                "Der Bewilligungszeitraum endet spätestens mit dem Ende des Bewilligungszeitraums der zugrunde liegenden Leistung"
            }
            PeriodCut::AgeLimit => match facts.head.kind {
                BenefitKind::Teilhabe => {
                    "Leistungen zur Teilhabe am sozialen und kulturellen Leben werden bis zur Vollendung des 18. Lebensjahres erbracht"
                }
                BenefitKind::Lernfoerderung => {
                    "Leistungen für Bildung werden bis zur Vollendung des 25. Lebensjahres erbracht"
                }
            },
        };
        reason.push_str(&format!(
            " {why}; der Zeitraum wurde daher auf {} bis {} begrenzt.",
            german(a.period_from),
            german(a.period_to)
        ));
    }
    if !a.months.is_empty() {
        reason.push_str(
            " Die Beträge richten sich nach den Schultagen jedes Monats; fünf Schultage sind eine Schulwoche. Schulferien und Feiertage in Nordrhein-Westfalen zählen nicht.",
        );
    }
    reason.push_str(match a.evidence {
        SchoolEvidence::Missing => {
            " Eine Bestätigung der Schule über den Lernförderbedarf liegt nicht vor. Der Bedarf steht aus den folgenden Gründen fest:"
        }
        SchoolEvidence::Declined => {
            " Die Schule hat den Lernförderbedarf nicht bestätigt. Abweichend von ihrer Stellungnahme steht der Bedarf aus den folgenden Gründen fest:"
        }
        SchoolEvidence::Confirmed | SchoolEvidence::NotNeeded => "",
    });
    if let Some(cap) = a.above_cap {
        reason.push_str(&format!(
            " Der bewilligte Satz je Unterrichtseinheit übersteigt den Höchstsatz des Kreises von {cap}; er wird im Einzelfall übernommen."
        ));
    }
    reason.push_str(&terms_reasons(facts, a));
    reason
}

/// The reasons of a one-off sum and of further costs.
fn terms_reasons(facts: &NoticeFacts, a: &Approval) -> String {
    let mut reason = String::new();
    if let Some(o) = &a.terms.one_off {
        reason.push_str(&format!(
            " Die monatlichen Beträge des Bewilligungszeitraums werden für {} zusammengefasst und als ein Betrag von höchstens {} gezahlt.",
            o.purpose, o.amount
        ));
    }
    if let Some(f) = &a.terms.further {
        reason.push_str(&format!(
            " Weitere tatsächliche Aufwendungen für {} werden nach {} übernommen, weil es Ihnen im begründeten Ausnahmefall nicht zugemutet werden kann, sie aus dem Regelbedarf zu bestreiten:",
            f.purpose,
            further_costs_basis(facts.underlying)
        ));
    }
    reason
}

/// One line of a partial rejection: what was asked, what is granted, and where the law
/// or the cap explains the difference, why.
fn shortfall_line(s: Shortfall, a: &Approval) -> String {
    let lesson = match a.grant {
        Grant::Lernfoerderung { lesson, .. } => lesson,
        Grant::Teilhabe { .. } => LessonLength::Minutes60,
    };
    match s {
        Shortfall::Hours { asked, granted } => format!(
            "beantragt {asked} Stunden wöchentlich, bewilligt {} wöchentlich",
            hours(granted, lesson)
        ),
        Shortfall::Rate {
            asked,
            granted,
            capped,
        } => {
            let why = if capped {
                " (Höchstsatz des Kreises)"
            } else {
                ""
            };
            format!(
                "beantragt {asked} je Stunde, bewilligt {granted} je {}{why}",
                lesson_words(lesson).0
            )
        }
        Shortfall::Period { asked, explained } => {
            let why = if explained {
                " – vor dem frühestmöglichen Leistungsbeginn und nach dem Ende des Leistungsbezugs oder der Altersgrenze können Leistungen nicht erbracht werden"
            } else {
                ""
            };
            format!(
                "beantragt {} bis {}, bewilligt {} bis {}{why}",
                german(asked.0),
                german(asked.1),
                german(a.period_from),
                german(a.period_to)
            )
        }
    }
}

/// A rejection: the tenor (a Versagung for missing cooperation), the reason from the
/// list, the warning it rests on, the caseworker's specific reasons and the reason's own
/// norm (or the legal basis of the benefit, for a reason without one).
fn rejection_blocks(facts: &NoticeFacts, basis: &str) -> Vec<Block> {
    let Outcome::Rejection {
        code,
        title,
        body,
        text,
        norm,
        warning,
        aufhebung,
    } = &facts.outcome
    else {
        return Vec::new();
    };
    let (on, child) = (
        german(facts.applied_on),
        format!(
            "für Ihr Kind {}, geb. {}",
            facts.head.child_name, facts.child_birth
        ),
    );
    let tenor = if aufhebung.is_some() {
        // The Aufhebung's own tenor stands above; the application is not rejected anew.
        String::new()
    } else if code == MISSING_COOPERATION {
        format!(
            "die mit Antrag vom {on} beantragten Leistungen für Bildung und Teilhabe ({}) {child} versage ich bis zur Nachholung der Mitwirkung ganz.",
            facts.head.matter
        )
    } else {
        format!(
            "Ihren Antrag vom {on} auf Leistungen für Bildung und Teilhabe ({}) {child} lehne ich ab.",
            facts.head.matter
        )
    };
    let mut b: Vec<Block> = [Block::Paragraph(tenor)]
        .into_iter()
        .filter(|p| !matches!(p, Block::Paragraph(t) if t.is_empty()))
        .collect();
    b.push(Block::Heading("Begründung".into()));
    b.push(Block::Paragraph(format!("{title}: {body}")));
    if let Some(w) = warning {
        b.push(Block::Paragraph(format!(
            "Mit Schreiben vom {} wurden Sie aufgefordert, bis zum {} mitzuwirken, und auf die Folgen fehlender Mitwirkung schriftlich hingewiesen (§ 66 Abs. 3 SGB I). Die Mitwirkung ist bis heute nicht erfolgt. Holen Sie sie nach, kann die Leistung nachträglich ganz oder teilweise erbracht werden (§ 67 SGB I).",
            german(w.sent_on),
            german(w.due)
        )));
    }
    if let Some(text) = text {
        b.push(Block::Paragraph(text.to_string()));
    }
    b.push(Block::Paragraph(match norm {
        Some(norm) => format!("Rechtsgrundlage: {norm}."),
        None => format!("Rechtsgrundlage der Prüfung ist {basis}."),
    }));
    b
}

/// Whether the notice takes back what an earlier one granted (a correction that rejects):
/// only such decisions lack suspensive effect under § 39 SGB II (`but-rules.md`
/// § Corrections, item 1) — approvals and first rejections do not.
fn takes_back(facts: &NoticeFacts) -> bool {
    facts.outcome.aufhebung().is_some()
        || (facts.corrects.is_some() && matches!(facts.outcome, Outcome::Rejection { .. }))
}

/// The Rechtsbehelfsbelehrung, and for Bürgergeld decisions that take a grant back that an
/// objection does not suspend them.
fn remedy_blocks(facts: &NoticeFacts, office: &Office, blocks: &NoticeBlocks) -> Vec<Block> {
    let mut b = vec![
        Block::Heading("Rechtsbehelfsbelehrung".into()),
        Block::Paragraph(blocks.remedy.replace("{office}", &office.address())),
    ];
    if facts.underlying == UnderlyingBenefit::Buergergeld
        && takes_back(facts)
        && !blocks.no_suspension.is_empty()
    {
        b.push(Block::Paragraph(blocks.no_suspension.clone()));
    }
    b
}

/// How to reach the office with questions, and the closing.
fn closing_blocks(facts: &NoticeFacts, office: &Office) -> Vec<Block> {
    vec![
        Block::Heading("Fragen?".into()),
        Block::Paragraph(format!(
            "Sie erreichen uns unter {} oder {}. Bitte geben Sie immer die Nummer {} an. Auf Wunsch erklären wir Ihnen diesen Bescheid in einfacher Sprache oder in Leichter Sprache; im BuT-Portal finden Sie eine Erklärung in Ihrer Sprache.",
            office.phone, office.email, facts.head.claim_reference
        )),
        sign_off(office),
    ]
}

fn info_rows(facts: &NoticeFacts) -> Vec<(String, String)> {
    vec![
        ("Datum:".into(), german(facts.head.issued_on)),
        ("Bescheid-Nr.:".into(), facts.head.number.clone()),
        // The office's own file number (`but-rules.md` § Corrections, item 18); the number
        // the family gave for its underlying benefit is named in the reasons.
        ("Aktenzeichen:".into(), facts.head.claim_reference.clone()),
    ]
}

/// What a hearing letter (Anhörung) states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HearingFacts {
    pub head: LetterHead,
    /// The number of the Bescheid whose approval would be taken back.
    pub approval_number: String,
    /// What the decision would rest on, in the caseworker's words.
    pub facts: String,
    pub effective_from: Date,
    pub due: Date,
}

/// The hearing letter before an Aufhebung (§ 24 SGB X): what is intended from when and
/// why, and until when and how the family can answer. It is not yet a decision.
pub fn anhoerung(h: &HearingFacts, office: &Office) -> Letter {
    let blocks = vec![
        Block::Paragraph(format!("Guten Tag {},", h.head.applicant)),
        Block::Paragraph(format!(
            "mit Bescheid Nr. {} haben wir Ihnen für Ihr Kind {} Leistungen für Bildung und Teilhabe bewilligt ({}). Wir beabsichtigen, diese Bewilligung mit Wirkung vom {} aufzuheben. Dieses Schreiben ist noch keine Entscheidung.",
            h.approval_number,
            h.head.child_name,
            h.head.matter,
            german(h.effective_from)
        )),
        Block::Heading("Warum".into()),
        Block::Paragraph(h.facts.clone()),
        Block::Heading("Ihre Gelegenheit zur Stellungnahme".into()),
        Block::Paragraph(format!(
            "Bevor wir entscheiden, können Sie sich zu den Tatsachen äußern, auf die es ankommt (§ 24 SGB X). Bitte antworten Sie bis zum {} – im BuT-Portal auf der Seite Ihres Antrags, schriftlich oder persönlich. Äußern Sie sich bis dahin nicht, entscheiden wir nach Aktenlage.",
            german(h.due)
        )),
        Block::Heading("Fragen?".into()),
        Block::Paragraph(format!(
            "Sie erreichen uns unter {} oder {}. Bitte geben Sie immer die Nummer {} an.",
            office.phone, office.email, h.head.claim_reference
        )),
        sign_off(office),
    ];
    Letter {
        title: format!("Anhörung {}", h.head.claim_reference),
        recipient: vec![
            h.head.applicant.clone(),
            h.head.street.clone(),
            h.head.postal_city.clone(),
        ],
        info: vec![
            ("Datum:".into(), german(h.head.issued_on)),
            ("Schreiben-Nr.:".into(), h.head.number.clone()),
            ("Aktenzeichen:".into(), h.head.claim_reference.clone()),
        ],
        subject: format!(
            "Anhörung nach § 24 SGB X vor einer Aufhebung – {}",
            benefit_name(h.head.kind)
        ),
        blocks,
        ..from_office(office, h.head.created)
    }
}

/// The Kostenübernahmeerklärung to the payee of an approval (`None` for a rejection).
/// It names the child and the grant, not the family's underlying benefit (data economy).
pub fn kostenuebernahme(facts: &NoticeFacts, office: &Office) -> Option<Letter> {
    let a = match &facts.outcome {
        Outcome::Approval(a) => a,
        Outcome::Rejection {
            aufhebung: Some(aufhebung),
            ..
        } => return Some(cover_ends(facts, aufhebung, office)),
        Outcome::Rejection { .. } => return None,
    };
    // A family reimbursed for what it paid itself: nothing to tell a provider.
    if !a.route.pays_provider() {
        return None;
    }
    let mut rows = grant_rows(facts, a);
    rows.retain(|(label, _)| label != "Zahlungsempfänger:");
    let recipient = if facts.payee_address.is_empty() {
        vec![a.payee.clone()]
    } else {
        facts.payee_address.clone()
    };
    let blocks = vec![
        Block::Paragraph("Sehr geehrte Damen und Herren,".into()),
        Block::Paragraph(format!(
            "für das unten genannte Kind übernehmen wir die Kosten der Leistung für Bildung und Teilhabe ({}) im folgenden Umfang:",
            benefit_name(facts.head.kind)
        )),
        Block::Table(rows),
        Block::Paragraph(format!(
            "Bitte rechnen Sie die tatsächlich erbrachten Leistungen unter Angabe der Nummer {} mit uns ab. Kosten über den genannten Betrag hinaus und nach Ende des Zeitraums übernehmen wir nicht. Endet die Teilnahme vorzeitig, teilen Sie uns dies bitte mit.",
            facts.head.claim_reference
        )),
        sign_off(office),
    ];
    Some(Letter {
        title: format!("Kostenübernahmeerklärung {}", facts.head.claim_reference),
        recipient,
        info: info_rows(facts),
        subject: format!(
            "Kostenübernahmeerklärung – {}",
            benefit_name(facts.head.kind)
        ),
        blocks,
        ..from_office(office, facts.head.created)
    })
}

/// The letter to the payee when an Aufhebung ends the cover completely: no costs from
/// the day it takes effect (the child's name and the benefit only, § 69 SGB X).
fn cover_ends(facts: &NoticeFacts, a: &Aufhebung, office: &Office) -> Letter {
    let last = a.effective_from.previous_day().unwrap_or(a.effective_from);
    let blocks = vec![
        Block::Paragraph("Sehr geehrte Damen und Herren,".into()),
        Block::Paragraph(format!(
            "die Kostenübernahme für {} ({}) endet mit Ablauf des {}. Kosten ab dem {} übernehmen wir nicht. Bitte rechnen Sie die bis dahin erbrachten Leistungen unter Angabe der Nummer {} mit uns ab.",
            facts.head.child_name,
            facts.head.matter,
            german(last),
            german(a.effective_from),
            facts.head.claim_reference
        )),
        sign_off(office),
    ];
    Letter {
        title: format!("Ende der Kostenübernahme {}", facts.head.claim_reference),
        recipient: facts.payee_address.clone(),
        info: info_rows(facts),
        subject: format!(
            "Ende der Kostenübernahme – {}",
            benefit_name(facts.head.kind)
        ),
        blocks,
        ..from_office(office, facts.head.created)
    }
}

/// The parts of the claim's snapshot a notice needs: applicant, address, child, what was
/// applied for, and the payee's address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotParts {
    pub applicant: String,
    pub street: String,
    pub postal_city: String,
    pub child_name: String,
    pub child_birth: String,
    pub underlying: UnderlyingBenefit,
    pub file_reference: String,
    pub validity: (String, String),
    pub matter: String,
    pub payee: String,
    pub payee_address: Vec<String>,
}

/// The parts of `snap` a notice needs.
pub fn parts_of(snap: &ClaimSnapshot) -> SnapshotParts {
    let (household, child) = (&snap.household, &snap.child);
    let applicant = match household.applicant_name.as_str() {
        "" => format!("Familie {}", child.last_name),
        name => name.to_string(),
    };
    let (matter, payee, payee_address) = match &snap.applied {
        Applied::Lernfoerderung {
            lernfoerderung,
            lernstandort,
            ..
        } => tutoring_matter(lernfoerderung, lernstandort.as_deref().unwrap_or("")),
        Applied::Teilhabe { teilhabe, .. } => {
            let activity = Activity::parse(&teilhabe.activity)
                .map(|a| tr(Lang::De, a.label_id()))
                .unwrap_or_default();
            let name = teilhabe.provider_name.clone();
            (
                format!("{activity} – {name}"),
                name.clone(),
                address_lines(
                    &name,
                    &teilhabe.provider_street,
                    &teilhabe.provider_postal_code,
                    &teilhabe.provider_city,
                ),
            )
        }
    };
    SnapshotParts {
        applicant,
        street: household.street.clone(),
        postal_city: format!("{} {}", household.postal_code, household.city),
        child_name: format!("{} {}", child.first_name, child.last_name),
        child_birth: german_iso(&child.birth_date),
        underlying: UnderlyingBenefit::parse(&household.benefit)
            .unwrap_or(UnderlyingBenefit::Buergergeld),
        file_reference: household.benefit_reference.clone(),
        validity: (
            household.benefit_valid_from.clone(),
            household.benefit_valid_to.clone(),
        ),
        matter,
        payee,
        payee_address: payee_address
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect(),
    }
}

/// What the notice says was applied for in tutoring, who is paid, and the payee's address:
/// the Lernstandort `site`, or the provider the family named.
fn tutoring_matter(input: &LernfoerderungInput, site: &str) -> (String, String, Vec<String>) {
    let subjects: Vec<String> = input
        .subjects
        .iter()
        .filter_map(|x| Subject::parse(x))
        .map(|x| match x {
            Subject::Other => input.subject_other.clone(),
            x => tr(Lang::De, x.label_id()),
        })
        .filter(|x| !x.is_empty())
        .collect();
    let matter = format!("Lernförderung in {}", subjects.join(", "));
    if input.place == "lernstandort" {
        return (
            format!("{matter} (Lernstandort {site})"),
            site.to_string(),
            vec![site.to_string()],
        );
    }
    let name = input.provider_name.clone();
    (
        matter,
        name.clone(),
        address_lines(
            &name,
            &input.provider_street,
            &input.provider_postal_code,
            &input.provider_city,
        ),
    )
}

/// The address lines of a provider: name, street, postal code and city.
fn address_lines(name: &str, street: &str, postal_code: &str, city: &str) -> Vec<String> {
    vec![
        name.to_string(),
        street.to_string(),
        format!("{postal_code} {city}"),
    ]
}

/// Sample facts for the preview of an approval (the next six months, costed by the
/// school days of `calendar`, or every weekday where it lacks a school year) or of the
/// `rejection` given (`but-portal notice-preview`).
pub fn sample_facts(
    today: Date,
    rejection: Option<Outcome>,
    calendar: &SchoolCalendar,
) -> NoticeFacts {
    use crate::domain::{decision::PaymentRoute, payment::PaymentTerms};
    let from = YearMonth::of(today).plus_months(1).first_day();
    let to = YearMonth::of(today).plus_months(7).first_day() - time::Duration::days(1);
    let every_weekday = SchoolCalendar {
        years: vec![SchoolYear::of(from), SchoolYear::of(to)],
        days_off: Vec::new(),
    };
    let calendar = match calendar.missing_year(from, to) {
        None => calendar,
        Some(_) => &every_weekday,
    };
    let months = calendar.tutoring_months((from, to), 2, Cents(2000));
    let approval = || {
        Outcome::Approval(Approval {
            period_from: from,
            period_to: to,
            cut: None,
            grant: Grant::Lernfoerderung {
                hours_per_week: 2,
                hourly_rate: Cents(2000),
                lesson: LessonLength::Minutes45,
                monthly: months.iter().map(|m| m.cost).max().unwrap_or_default(),
            },
            months: months.clone(),
            payee: "Lernbegleitung Kreis Warendorf gGmbH".into(),
            route: PaymentRoute::Direct,
            terms: PaymentTerms {
                advance: true,
                ..PaymentTerms::default()
            },
            evidence: SchoolEvidence::Confirmed,
            above_cap: None,
            reasons: None,
            shortfalls: Vec::new(),
            partial_reasons: None,
            aufhebung: None,
        })
    };
    NoticeFacts {
        head: LetterHead {
            number: format!("BS-{}-000000", today.year()),
            claim_reference: format!("BUT-{}-000000", today.year()),
            file_reference: "BG-0000-MUSTER".into(),
            issued_on: today,
            created: today.midnight().assume_utc(),
            applicant: "Ayşe Mustermann".into(),
            street: "Musterweg 1".into(),
            postal_city: "59227 Ahlen".into(),
            child_name: "Emir Mustermann".into(),
            kind: BenefitKind::Lernfoerderung,
            matter: "Lernförderung in Mathematik, Deutsch (Lernstandort Gesamtschule Ahlen)".into(),
        },
        child_birth: "14.03.2014".into(),
        underlying: UnderlyingBenefit::Buergergeld,
        applied_on: today,
        // A Lernstandort is paid through its operator, never the room.
        payee_address: vec![
            "Lernbegleitung Kreis Warendorf gGmbH".into(),
            "Waldenburger Straße 2".into(),
            "48231 Warendorf".into(),
        ],
        outcome: rejection.unwrap_or_else(approval),
        corrects: None,
        remedies: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{decision::PaymentRoute, payment::PaymentTerms};
    use time::macros::date;

    fn blocks() -> NoticeBlocks {
        NoticeBlocks {
            remedy: "Widerspruch innerhalb eines Monats bei {office}.".into(),
            approval_reason: "Voraussetzungen erfüllt.".into(),
            payment_direct: "Direkt.".into(),
            payment_voucher: "Gutschein.".into(),
            payment_reimbursement: "Erstattung ({norm}).".into(),
            no_suspension: "Keine aufschiebende Wirkung.".into(),
            benefit_names: vec![(
                UnderlyingBenefit::Buergergeld,
                "Grundsicherungsgeld nach dem SGB II".into(),
            )],
        }
    }

    const DAY: Date = date!(2026 - 11 - 24);

    fn approval() -> NoticeFacts {
        sample_facts(DAY, None, &SchoolCalendar::default())
    }

    /// A Teilhabe approval (six months from December 2026, 15 € a month, to a club) with
    /// `route` and `terms`.
    fn teilhabe(route: PaymentRoute, terms: PaymentTerms) -> NoticeFacts {
        let mut facts = approval();
        facts.head.kind = BenefitKind::Teilhabe;
        facts.head.matter = "Sport im Verein – SV Ahlen 1919 e. V.".into();
        facts.outcome = Outcome::Approval(Approval {
            period_from: date!(2026 - 12 - 01),
            period_to: date!(2027 - 05 - 31),
            cut: None,
            grant: Grant::Teilhabe {
                monthly: Cents(1500),
            },
            months: Vec::new(),
            payee: "SV Ahlen 1919 e. V.".into(),
            route,
            terms,
            evidence: SchoolEvidence::NotNeeded,
            above_cap: None,
            reasons: Some("Ohne Schuhe kann Emir nicht am Training teilnehmen.".into()),
            shortfalls: Vec::new(),
            partial_reasons: None,
            aufhebung: None,
        });
        facts
    }

    #[test]
    fn a_camp_is_paid_at_once_further_costs_beside_it_with_their_norm() {
        use crate::domain::payment::Extra;
        let terms = PaymentTerms {
            advance: true,
            one_off: Some(Extra {
                amount: Cents(9000),
                purpose: "die Ferienfreizeit im Juli 2027".into(),
            }),
            further: Some(Extra {
                amount: Cents(4990),
                purpose: "Fußballschuhe".into(),
            }),
        };
        let facts = teilhabe(PaymentRoute::Direct, terms);
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(
            body.contains("Betrag: einmalig 90,00 € für die Ferienfreizeit im Juli 2027"),
            "{body}"
        );
        assert!(
            body.contains("Weitere Kosten: 49,90 € für Fußballschuhe"),
            "{body}"
        );
        assert!(body.contains("Insgesamt: höchstens 139,90 €"), "{body}");
        assert!(
            body.contains("nach § 28 Abs. 7 Satz 2 SGB II übernommen"),
            "{body}"
        );
        assert!(
            body.contains("im Voraus für den gesamten Bewilligungszeitraum"),
            "{body}"
        );
        assert!(!body.contains("15,00 € monatlich"), "{body}");
        assert!(kostenuebernahme(&facts, &Office::demo()).is_some());
    }

    #[test]
    fn a_family_that_paid_itself_is_reimbursed_and_no_provider_is_written_to() {
        let mut facts = teilhabe(PaymentRoute::Reimbursement, PaymentTerms::default());
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(body.contains("Erstattung (§ 30 SGB II)."), "{body}");
        assert!(body.contains("Zahlungsweg: Erstattung an Sie"), "{body}");
        assert!(kostenuebernahme(&facts, &Office::demo()).is_none());
        facts.underlying = UnderlyingBenefit::Sozialhilfe;
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(body.contains("Erstattung (§ 34b SGB XII)."), "{body}");
    }

    fn rejection(title: &str, body: &str) -> NoticeFacts {
        let outcome = Outcome::Rejection {
            code: "sample".into(),
            title: title.into(),
            body: body.into(),
            text: Some("Beispiel für eine Begründung im Einzelfall.".into()),
            norm: None,
            warning: None,
            aufhebung: None,
        };
        sample_facts(DAY, Some(outcome), &SchoolCalendar::default())
    }

    fn text(letter: &Letter) -> String {
        letter
            .blocks
            .iter()
            .map(|b| match b {
                Block::Heading(s) | Block::Paragraph(s) => s.clone(),
                Block::Bullets(v) => v.join("\n"),
                Block::Table(rows) => rows
                    .iter()
                    .map(|(a, b)| format!("{a} {b}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_legal_basis_follows_the_underlying_benefit() {
        assert_eq!(
            legal_basis(UnderlyingBenefit::Buergergeld, BenefitKind::Lernfoerderung),
            "§ 28 Abs. 5 SGB II"
        );
        assert_eq!(
            legal_basis(UnderlyingBenefit::Sozialhilfe, BenefitKind::Teilhabe),
            "§ 34 Abs. 7 SGB XII"
        );
        assert!(legal_basis(UnderlyingBenefit::Wohngeld, BenefitKind::Teilhabe).contains("§ 6b"));
        assert!(legal_basis(UnderlyingBenefit::Asylblg, BenefitKind::Teilhabe).contains("AsylbLG"));
    }

    #[test]
    fn an_approval_states_tenor_amount_period_payee_and_remedy() {
        let facts = approval();
        let letter = bescheid(&facts, &Office::demo(), &blocks());
        let body = text(&letter);
        assert!(letter.title.starts_with("Bewilligungsbescheid"));
        assert!(body.contains("Emir Mustermann"), "{body}");
        assert!(
            body.contains(
                "Ihr Haushalt erhält Grundsicherungsgeld nach dem SGB II (nach Ihrer Angabe"
            ),
            "the underlying benefit by its name in force: {body}"
        );
        assert!(body.contains("01.12.2026 bis 31.05.2027"), "{body}");
        assert!(
            body.contains("Monate: 12/2026: 23 Schultage, 184,00 €"),
            "{body}"
        );
        assert!(body.contains("05/2027: 21 Schultage, 168,00 €"), "{body}");
        assert!(
            body.contains("höchstens 20,00 € je Unterrichtsstunde"),
            "{body}"
        );
        assert!(body.contains("höchstens 1.040,00 €"), "{body}");
        assert!(body.contains("Schulferien und Feiertage"), "{body}");
        assert!(body.contains("Zahlungsempfänger: Lernbegleitung Kreis Warendorf gGmbH"));
        let cover = kostenuebernahme(&facts, &Office::demo()).unwrap();
        assert_eq!(
            cover.recipient,
            [
                "Lernbegleitung Kreis Warendorf gGmbH",
                "Waldenburger Straße 2",
                "48231 Warendorf"
            ],
            "the operator, not the room"
        );
        assert!(body.contains("§ 28 Abs. 5 SGB II"));
        assert!(body.contains("Widerspruch innerhalb eines Monats bei Kommunales Jobcenter Kreis Warendorf, Waldenburger Straße 2, 48231 Warendorf."));
        assert!(
            body.contains("2 Unterrichtsstunden (je 45 Minuten) in jeder Schulwoche"),
            "{body}"
        );
        assert!(!body.contains("Stunde(n)"), "{body}");
        assert!(
            !body.contains("Keine aufschiebende Wirkung."),
            "§ 39 SGB II is not about approvals: {body}"
        );
        assert!(!body.contains("zu erstatten"), "no blanket refund warning");
        assert_eq!(letter.recipient[0], "Ayşe Mustermann");
        let k = kostenuebernahme(&facts, &Office::demo()).unwrap();
        assert!(text(&k).contains("1.040,00"));
        assert!(
            !text(&k).contains("SGB II"),
            "no underlying benefit to the provider"
        );
    }

    #[test]
    fn a_rejection_gives_the_specific_reason_and_no_cost_coverage() {
        let facts = rejection("Altersgrenze", "Das Kind ist zu alt.");
        let letter = bescheid(&facts, &Office::demo(), &blocks());
        let body = text(&letter);
        assert!(letter.title.starts_with("Ablehnungsbescheid"));
        assert!(body.contains("Altersgrenze: Das Kind ist zu alt."));
        assert!(body.contains("Beispiel für eine Begründung im Einzelfall."));
        assert!(body.contains("Rechtsbehelfsbelehrung"));
        assert!(
            !body.contains("Keine aufschiebende Wirkung."),
            "§ 39 SGB II is not about rejections"
        );
        assert!(kostenuebernahme(&facts, &Office::demo()).is_none());
    }

    #[test]
    fn only_a_decision_that_takes_a_grant_back_says_an_objection_does_not_suspend_it() {
        let mut facts = rejection("Kein Anspruch", "Die Leistung endet.");
        facts.corrects = Some("BS-2026-000007".into());
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(body.contains("Keine aufschiebende Wirkung."), "{body}");
        facts.underlying = UnderlyingBenefit::Wohngeld;
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(
            !body.contains("Keine aufschiebende Wirkung."),
            "§ 39 SGB II only"
        );
    }

    #[test]
    fn a_rejection_cites_its_own_norm_and_missing_cooperation_is_a_versagung_after_a_warning() {
        let mut facts = rejection("Altersgrenze", "Das Kind ist zu alt.");
        if let Outcome::Rejection { norm, .. } = &mut facts.outcome {
            *norm = Some("§ 28 Abs. 7 Satz 1 SGB II".into());
        }
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(
            body.contains("Rechtsgrundlage: § 28 Abs. 7 Satz 1 SGB II."),
            "{body}"
        );
        assert!(
            !body.contains("§ 28 Abs. 5"),
            "not the norm of Lernförderung: {body}"
        );
        if let Outcome::Rejection { code, warning, .. } = &mut facts.outcome {
            *code = MISSING_COOPERATION.into();
            *warning = Some(CooperationWarning {
                sent_on: date!(2026 - 10 - 20),
                due: date!(2026 - 11 - 10),
            });
        }
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(
            body.contains("versage ich bis zur Nachholung der Mitwirkung"),
            "{body}"
        );
        assert!(!body.contains("lehne ich ab"), "{body}");
        assert!(
            body.contains("Mit Schreiben vom 20.10.2026 wurden Sie aufgefordert, bis zum 10.11.2026 mitzuwirken"),
            "{body}"
        );
        assert!(body.contains("§ 67 SGB I"), "{body}");
    }

    #[test]
    fn less_than_asked_is_a_partial_rejection_with_its_reasons() {
        let mut facts = approval();
        if let Outcome::Approval(a) = &mut facts.outcome {
            a.shortfalls = vec![
                Shortfall::Hours {
                    asked: 3,
                    granted: 2,
                },
                Shortfall::Rate {
                    asked: Cents(2500),
                    granted: Cents(2000),
                    capped: true,
                },
            ];
            a.partial_reasons = Some("Die Schule hält zwei Stunden für ausreichend.".into());
        }
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(
            body.contains("Im Übrigen lehne ich den Antrag ab."),
            "{body}"
        );
        assert!(body.contains("Teilweise Ablehnung"), "{body}");
        assert!(
            body.contains("beantragt 3 Stunden wöchentlich, bewilligt 2 Unterrichtsstunden (je 45 Minuten) wöchentlich"),
            "{body}"
        );
        assert!(
            body.contains("beantragt 25,00 € je Stunde, bewilligt 20,00 € je Unterrichtsstunde (Höchstsatz des Kreises)"),
            "{body}"
        );
        assert!(body.contains("Die Schule hält zwei Stunden für ausreichend."));
        let plain = text(&bescheid(&approval(), &Office::demo(), &blocks()));
        assert!(!plain.contains("Teilweise Ablehnung") && !plain.contains("Im Übrigen"));
    }

    #[test]
    fn an_approval_without_the_schools_confirmation_or_above_the_cap_gives_the_reasons() {
        let mut facts = approval();
        if let Outcome::Approval(a) = &mut facts.outcome {
            a.evidence = SchoolEvidence::Declined;
            a.above_cap = Some(Cents(2000));
            a.reasons = Some("Stellungnahme der Kinderärztin vom 02.11.2026.".into());
        }
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(
            body.contains("Abweichend von ihrer Stellungnahme"),
            "{body}"
        );
        assert!(
            body.contains("Höchstsatz des Kreises von 20,00 €"),
            "{body}"
        );
        assert!(body.contains("Stellungnahme der Kinderärztin vom 02.11.2026."));
    }

    #[test]
    fn a_period_cut_at_the_age_limit_says_why() {
        let mut facts = approval();
        if let Outcome::Approval(a) = &mut facts.outcome {
            a.cut = Some(PeriodCut::AgeLimit);
        }
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(
            body.contains(
                "bis zur Vollendung des 25. Lebensjahres erbracht; der Zeitraum wurde daher auf"
            ),
            "{body}"
        );
    }

    #[test]
    fn an_abhilfe_names_the_widerspruch_it_remedies() {
        let mut facts = approval();
        facts.corrects = Some("BS-2026-000007".into());
        facts.remedies = Some(date!(2026 - 11 - 30));
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(
            body.contains("Ihrem Widerspruch vom 30.11.2026 wird mit diesem Bescheid abgeholfen"),
            "{body}"
        );
    }

    #[test]
    fn a_young_adult_is_not_called_a_child_and_the_file_number_is_the_offices() {
        let mut facts = approval();
        let letter = bescheid(&facts, &Office::demo(), &blocks());
        assert!(text(&letter).contains("für Ihr Kind Emir Mustermann"));
        assert!(
            letter
                .info
                .contains(&("Aktenzeichen:".into(), facts.head.claim_reference.clone())),
            "{:?}",
            letter.info
        );
        assert!(text(&letter).contains("nach Ihrer Angabe unter dem Aktenzeichen BG-0000-MUSTER"));
        facts.child_birth = "01.01.2000".into();
        let body = text(&bescheid(&facts, &Office::demo(), &blocks()));
        assert!(body.contains("bewillige ich für Emir Mustermann"), "{body}");
        assert!(!body.contains("für Ihr Kind"), "{body}");
    }

    #[test]
    fn the_issuing_office_follows_the_legal_basis_and_the_kommune() {
        let town = |name: &str| Office {
            name: name.into(),
            ..Office::demo()
        };
        let json = r#"[
            {"law": "SGB XII", "name": "Kreis Warendorf – Sozialamt", "department": "BuT", "street": "Waldenburger Straße 2", "postal_city": "48231 Warendorf", "phone": "1", "email": "a@b", "hours": "Mo"},
            {"law": "BKGG", "kommune": "Ahlen", "name": "Stadt Ahlen", "department": "BuT", "street": "Westenmauer 10", "postal_city": "59227 Ahlen", "phone": "2", "email": "c@d", "hours": "Di"}
        ]"#;
        let offices = Offices::parse(town("Jobcenter"), json).unwrap();
        let name = |u, k: &str| offices.for_claim(u, k).name.clone();
        assert_eq!(name(UnderlyingBenefit::Buergergeld, "Ahlen"), "Jobcenter");
        assert_eq!(
            name(UnderlyingBenefit::Sozialhilfe, "Beckum"),
            "Kreis Warendorf – Sozialamt"
        );
        assert_eq!(name(UnderlyingBenefit::Wohngeld, "Ahlen"), "Stadt Ahlen");
        assert_eq!(
            name(UnderlyingBenefit::Kinderzuschlag, "Beckum"),
            "Jobcenter"
        );
        assert!(Offices::parse(town("x"), r#"[{"law": "SGB 99"}]"#).is_err());
        assert!(Offices::parse(town("x"), "kaputt").is_err());
    }

    #[test]
    fn a_correction_names_the_notice_it_replaces() {
        let mut facts = approval();
        facts.corrects = Some("BS-2026-000007".into());
        assert!(
            text(&bescheid(&facts, &Office::demo(), &blocks()))
                .contains("ersetzt den Bescheid Nr. BS-2026-000007")
        );
    }

    #[test]
    fn the_snapshot_gives_applicant_address_and_provider() {
        use crate::domain::{
            household::{ChildInput, HouseholdInput},
            teilhabe::TeilhabeInput,
        };
        let snap = ClaimSnapshot {
            household: HouseholdInput {
                applicant_name: "Olena Kovalenko".into(),
                street: "Weg 1".into(),
                postal_code: "59227".into(),
                city: "Ahlen".into(),
                benefit: "sgb12".into(),
                benefit_reference: "SH-1".into(),
                benefit_valid_from: "2026-01-01".into(),
                benefit_valid_to: "2026-12-31".into(),
                ..Default::default()
            },
            child: ChildInput {
                first_name: "Marta".into(),
                last_name: "Kovalenko".into(),
                birth_date: "2015-02-03".into(),
                ..Default::default()
            },
            applied: Applied::Teilhabe {
                teilhabe: TeilhabeInput {
                    activity: "music".into(),
                    provider_name: "Musikschule Ahlen".into(),
                    provider_street: "Markt 2".into(),
                    provider_postal_code: "59227".into(),
                    provider_city: "Ahlen".into(),
                    ..Default::default()
                },
                covered_per_month_cents: Some(1500),
            },
            ..Default::default()
        };
        let p = parts_of(&snap);
        assert_eq!(p.applicant, "Olena Kovalenko");
        assert_eq!(p.child_birth, "03.02.2015");
        assert_eq!(p.underlying, UnderlyingBenefit::Sozialhilfe);
        assert_eq!(p.payee, "Musikschule Ahlen");
        assert_eq!(
            p.payee_address,
            ["Musikschule Ahlen", "Markt 2", "59227 Ahlen"]
        );
        assert!(p.matter.ends_with("– Musikschule Ahlen"), "{}", p.matter);
    }
}
