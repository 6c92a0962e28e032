//! Staff decisions on a claim: approval (period, amounts within the caps in force, payee,
//! payment route) or rejection (a reason from the maintained list plus free text).
//! The approval period starts no earlier than the earliest lawful start and is cut at the
//! end of the underlying benefit's validity and at the child's age limit. What the
//! caseworker must justify in writing (no or a declined school confirmation, a rate above
//! the cap, less than asked) is checked by `grounds`.

use super::{
    FieldError,
    benefit::BenefitKind,
    grounds::{Asked, Granted, LawfulSpan, SchoolEvidence, Shortfall, check_reasons, shortfalls},
    hearing::Aufhebung,
    lernfoerderung::parse_hours,
    money::Cents,
    month::YearMonth,
    payment::{PaymentTerms, TermsContext, TermsInput, parse_terms},
    school_days::{LessonLength, MonthCost, SchoolCalendar},
    text::{date, optional_text, required_text},
};
use serde::{Deserialize, Serialize};
use time::Date;

/// How the money is paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentRoute {
    /// Direktzahlung an den Anbieter.
    Direct,
    /// Gutschein, den die Familie beim Anbieter einlöst.
    Voucher,
    /// Erstattung an die Familie, die selbst gezahlt hat (berechtigte Selbsthilfe, § 30
    /// SGB II).
    Reimbursement,
}

impl PaymentRoute {
    pub const ALL: [PaymentRoute; 3] = [
        PaymentRoute::Direct,
        PaymentRoute::Voucher,
        PaymentRoute::Reimbursement,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PaymentRoute::Direct => "direct",
            PaymentRoute::Voucher => "voucher",
            PaymentRoute::Reimbursement => "reimbursement",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentRoute> {
        PaymentRoute::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Fluent id of the label.
    pub fn label_id(self) -> &'static str {
        match self {
            PaymentRoute::Direct => "route-direct",
            PaymentRoute::Voucher => "route-voucher",
            PaymentRoute::Reimbursement => "route-reimbursement",
        }
    }

    /// German name as printed in notices.
    pub fn german(self) -> &'static str {
        match self {
            PaymentRoute::Direct => "Direktzahlung an den Anbieter",
            PaymentRoute::Voucher => "Gutschein",
            PaymentRoute::Reimbursement => "Erstattung an Sie (berechtigte Selbsthilfe)",
        }
    }

    /// Whether the provider is paid (and receives a Kostenübernahmeerklärung).
    pub fn pays_provider(self) -> bool {
        self != PaymentRoute::Reimbursement
    }
}

/// The approval form as entered (all strings, to show them again on error).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApprovalInput {
    pub period_from: String,
    pub period_to: String,
    /// Teilhabe: euros per month.
    pub monthly_amount: String,
    /// Lernförderung: hours per week and euros per hour.
    pub hours_per_week: String,
    pub hourly_rate: String,
    /// Lernförderung: how long a lesson is, "45" or "60" minutes.
    pub lesson_minutes: String,
    pub payee: String,
    pub payment_route: String,
    /// Begründung im Einzelfall (needed without or against the school's confirmation and
    /// above the hourly cap).
    pub reasons: String,
    /// Why less is granted than asked (the partial rejection).
    pub partial_reasons: String,
    /// "ja": paid to the provider in advance for the whole period.
    pub advance: String,
    /// Teilhabe: one sum instead of the monthly amounts, and what for.
    pub one_off_amount: String,
    pub one_off_purpose: String,
    /// Teilhabe: further actual costs (§ 28 Abs. 7 Satz 2 SGB II), and what for.
    pub further_amount: String,
    pub further_purpose: String,
}

impl ApprovalInput {
    /// (field, value) pairs to show the form again after an error.
    pub fn as_values(&self) -> Vec<(&'static str, &str)> {
        vec![
            ("period_from", &self.period_from),
            ("period_to", &self.period_to),
            ("monthly_amount", &self.monthly_amount),
            ("hours_per_week", &self.hours_per_week),
            ("hourly_rate", &self.hourly_rate),
            ("lesson_minutes", &self.lesson_minutes),
            ("payee", &self.payee),
            ("payment_route", &self.payment_route),
            ("reasons", &self.reasons),
            ("partial_reasons", &self.partial_reasons),
            ("advance", &self.advance),
            ("one_off_amount", &self.one_off_amount),
            ("one_off_purpose", &self.one_off_purpose),
            ("further_amount", &self.further_amount),
            ("further_purpose", &self.further_purpose),
        ]
    }

    /// The payment fields.
    pub fn terms(&self) -> TermsInput<'_> {
        TermsInput {
            advance: &self.advance,
            one_off_amount: &self.one_off_amount,
            one_off_purpose: &self.one_off_purpose,
            further_amount: &self.further_amount,
            further_purpose: &self.further_purpose,
        }
    }
}

/// Rate per lesson beyond which even a justified case is taken for a typing error.
const HOURLY_RATE_LIMIT: Cents = Cents(20_000);

/// What limits an approval: the validity of the underlying benefit, the earliest lawful
/// start and the age limit (`entitlement`), and the caps in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApprovalLimits {
    pub validity: (Date, Date),
    /// No approval starts before this day (§ 37 SGB II, § 6b Abs. 2a BKGG …).
    pub earliest_start: Date,
    /// The last day the child's age allows, if a limit applies.
    pub age_end: Option<Date>,
    /// Teilhabe: the monthly amount (15 € since August 2019).
    pub teilhabe_monthly: Option<Cents>,
    /// Lernförderung: the most paid per hour without a justified case.
    pub hourly_max: Option<Cents>,
    /// What the family asked for.
    pub asked: Asked,
    /// What the school said (Lernförderung).
    pub evidence: SchoolEvidence,
    /// Whether the family agreed to direct payment to the provider (and has not
    /// withdrawn it); without it the money takes another route.
    pub direct_payment_agreed: bool,
}

impl ApprovalLimits {
    /// The most the law allows: from the earliest lawful start (and the benefit's
    /// validity) to the end of the validity or the age limit.
    pub fn lawful_span(&self) -> LawfulSpan {
        let to = self
            .age_end
            .map_or(self.validity.1, |end| end.min(self.validity.1));
        LawfulSpan {
            from: self.earliest_start.max(self.validity.0),
            to,
        }
    }
}

/// What is granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grant {
    Teilhabe {
        monthly: Cents,
    },
    /// `monthly` is the most any month of the period costs (its school days vary).
    Lernfoerderung {
        hours_per_week: u8,
        hourly_rate: Cents,
        lesson: LessonLength,
        monthly: Cents,
    },
}

impl Grant {
    /// The amount per month.
    pub fn monthly(&self) -> Cents {
        match self {
            Grant::Teilhabe { monthly } | Grant::Lernfoerderung { monthly, .. } => *monthly,
        }
    }
}

/// Why an approval period is shorter than entered; the notice gives the reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodCut {
    /// The period reached beyond the validity of the underlying benefit.
    BenefitValidity,
    /// The period reached beyond the child's age limit.
    AgeLimit,
}

/// A valid approval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Approval {
    pub period_from: Date,
    pub period_to: Date,
    /// Why the entered period was shortened, if it was.
    pub cut: Option<PeriodCut>,
    pub grant: Grant,
    /// Lernförderung: the school days and the cost of every month of the period (empty
    /// for Teilhabe, which is the same amount every month).
    pub months: Vec<MonthCost>,
    pub payee: String,
    pub route: PaymentRoute,
    /// In advance, a one-off sum, further costs.
    pub terms: PaymentTerms,
    /// What the school said; the notice names a missing or declined confirmation.
    pub evidence: SchoolEvidence,
    /// The Kreis's hourly cap, when the granted rate exceeds it (a justified case).
    pub above_cap: Option<Cents>,
    /// Begründung im Einzelfall.
    pub reasons: Option<String>,
    /// Where less is granted than asked: the partial rejection and its reasons.
    pub shortfalls: Vec<Shortfall>,
    pub partial_reasons: Option<String>,
    /// A correction that takes part of an approval back: the Aufhebung it is.
    pub aufhebung: Option<Aufhebung>,
}

impl Approval {
    /// The whole amount, as the Bescheid states it ("höchstens …"): Lernförderung the
    /// sum of its months' school weeks, Teilhabe the monthly amount for every calendar
    /// month the period touches (or the one sum instead), plus further costs.
    pub fn total(&self) -> Cents {
        let regular = if self.months.is_empty() {
            Cents(
                self.grant.monthly().0
                    * i64::from(calendar_months(self.period_from, self.period_to)),
            )
        } else {
            Cents(self.months.iter().map(|m| m.cost.0).sum())
        };
        self.terms.total(regular)
    }
}

/// Validates an approval of a `kind` claim against `limits`. A period starting before the
/// earliest lawful start is an error; one reaching past the benefit's validity or the age
/// limit is cut there; a period entirely outside either is an error. Lernförderung is
/// costed by the school days of the period in `calendar`.
pub fn parse_approval(
    input: &ApprovalInput,
    kind: BenefitKind,
    limits: &ApprovalLimits,
    calendar: &SchoolCalendar,
) -> Result<Approval, Vec<FieldError>> {
    let mut errors = Vec::new();
    let period = approval_period(input, limits, &mut errors);
    let (grant, months) = match kind {
        BenefitKind::Teilhabe => (teilhabe_grant(input, limits, &mut errors), Vec::new()),
        BenefitKind::Lernfoerderung => {
            let dates = period.map(|(from, to, _)| (from, to));
            match tutoring_grant(input, (dates, calendar), &mut errors) {
                Some((grant, months)) => (Some(grant), months),
                None => (None, Vec::new()),
            }
        }
    };
    let payee = required_text(&input.payee, "payee", 300).map_err(|e| errors.push(e));
    let route = PaymentRoute::parse(&input.payment_route)
        .ok_or_else(|| errors.push(FieldError::new("payment_route", "decision-error-route")));
    if route == Ok(PaymentRoute::Direct) && !limits.direct_payment_agreed {
        errors.push(FieldError::new(
            "payment_route",
            "decision-error-route-no-consent",
        ));
    }
    let reasons = optional_text(&input.reasons, "reasons", 4000).map_err(|e| errors.push(e));
    let partial_reasons =
        optional_text(&input.partial_reasons, "partial_reasons", 4000).map_err(|e| errors.push(e));
    let (Some((period_from, period_to, cut)), Some(grant), Ok(payee), Ok(route)) =
        (period, grant, payee, route)
    else {
        return Err(errors);
    };
    let (Ok(reasons), Ok(partial_reasons)) = (reasons, partial_reasons) else {
        return Err(errors);
    };
    let cx = TermsContext {
        kind,
        route: Some(route),
        saved_up_cap: limits
            .teilhabe_monthly
            .map(|m| Cents(m.0 * i64::from(calendar_months(period_from, period_to)))),
        reasons: reasons.as_deref(),
    };
    let terms = parse_terms(input.terms(), cx).map_err(|e| errors.extend(e));
    let above_cap = above_cap(&grant, limits);
    let shortfalls = shortfalls(
        &limits.asked,
        &granted(&grant, (period_from, period_to), limits),
        limits.lawful_span(),
    );
    errors.extend(check_reasons(
        limits.evidence,
        above_cap.is_some(),
        &shortfalls,
        reasons.as_deref(),
        partial_reasons.as_deref(),
    ));
    let Ok(terms) = terms else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Approval {
        period_from,
        period_to,
        cut,
        grant,
        months,
        payee,
        route,
        terms,
        evidence: limits.evidence,
        above_cap,
        reasons,
        // The caseworker's words on a partial rejection only where there is one.
        partial_reasons: partial_reasons.filter(|_| !shortfalls.is_empty()),
        shortfalls,
        aufhebung: None,
    })
}

/// The Kreis's hourly cap, when the granted rate of Lernförderung exceeds it.
fn above_cap(grant: &Grant, limits: &ApprovalLimits) -> Option<Cents> {
    match *grant {
        Grant::Lernfoerderung { hourly_rate, .. } => {
            limits.hourly_max.filter(|cap| hourly_rate > *cap)
        }
        Grant::Teilhabe { .. } => None,
    }
}

/// The calendar months a period touches.
fn calendar_months(from: Date, to: Date) -> i32 {
    YearMonth::of(from).months_through(YearMonth::of(to))
}

/// What `grant` gives over `period`, to compare with what was asked.
fn granted(grant: &Grant, period: (Date, Date), limits: &ApprovalLimits) -> Granted {
    let (hours_per_week, hourly_rate) = match *grant {
        Grant::Lernfoerderung {
            hours_per_week,
            hourly_rate,
            ..
        } => (Some(hours_per_week), Some(hourly_rate)),
        Grant::Teilhabe { .. } => (None, None),
    };
    Granted {
        period,
        hours_per_week,
        hourly_rate,
        hourly_max: limits.hourly_max,
    }
}

/// The approval period within `limits`: (from, to, why it was cut). Dates in order, not
/// before the earliest lawful start; a period entirely outside the benefit's validity or
/// past the age limit is an error.
fn approval_period(
    input: &ApprovalInput,
    limits: &ApprovalLimits,
    errors: &mut Vec<FieldError>,
) -> Option<(Date, Date, Option<PeriodCut>)> {
    let from = date(&input.period_from, "period_from").map_err(|e| errors.push(e));
    let to = date(&input.period_to, "period_to").map_err(|e| errors.push(e));
    let (Ok(from), Ok(to)) = (from, to) else {
        return None;
    };
    if to < from {
        errors.push(FieldError::new("period_to", "error-period-order"));
        return None;
    }
    if from < limits.earliest_start {
        errors.push(FieldError::new(
            "period_from",
            "decision-error-before-earliest-start",
        ));
        return None;
    }
    let (valid_from, valid_to) = limits.validity;
    let from_cut = from.max(valid_from);
    let mut cut = (to > valid_to).then_some(PeriodCut::BenefitValidity);
    let mut to_cut = to.min(valid_to);
    if let Some(end) = limits.age_end.filter(|end| *end < to_cut) {
        (to_cut, cut) = (end, Some(PeriodCut::AgeLimit));
    }
    if to_cut < from_cut {
        let msg = match cut {
            Some(PeriodCut::AgeLimit) => "decision-error-past-age-limit",
            _ => "decision-error-outside-validity",
        };
        errors.push(FieldError::new("period_from", msg));
        return None;
    }
    if from_cut != from {
        cut = cut.or(Some(PeriodCut::BenefitValidity));
    }
    Some((from_cut, to_cut, cut))
}

/// A Teilhabe grant: the monthly amount, above zero and at most the amount in force.
fn teilhabe_grant(
    input: &ApprovalInput,
    limits: &ApprovalLimits,
    errors: &mut Vec<FieldError>,
) -> Option<Grant> {
    let cap = limits.teilhabe_monthly.unwrap_or_default();
    let monthly = capped_amount(&input.monthly_amount, "monthly_amount", cap, errors)?;
    Some(Grant::Teilhabe { monthly })
}

/// A Lernförderung grant: hours per week of a stated length and an hourly rate above zero
/// (above the Kreis cap only in a justified case, see `grounds`); the cost of each month
/// follows from the school days of the `period` (which needs its school years in the
/// `calendar`).
fn tutoring_grant(
    input: &ApprovalInput,
    (period, calendar): (Option<(Date, Date)>, &SchoolCalendar),
    errors: &mut Vec<FieldError>,
) -> Option<(Grant, Vec<MonthCost>)> {
    let hours = parse_hours(&input.hours_per_week).map_err(|e| errors.push(e));
    let rate = capped_amount(&input.hourly_rate, "hourly_rate", HOURLY_RATE_LIMIT, errors);
    let lesson = LessonLength::parse(&input.lesson_minutes);
    if lesson.is_none() {
        errors.push(FieldError::new("lesson_minutes", "decision-error-lesson"));
    }
    let period = period.filter(|(from, to)| {
        let missing = calendar.missing_year(*from, *to);
        if missing.is_some() {
            errors.push(FieldError::new("period_from", "decision-error-no-calendar"));
        }
        missing.is_none()
    });
    let (Ok(hours_per_week), Some(hourly_rate), Some(lesson), Some(period)) =
        (hours, rate, lesson, period)
    else {
        return None;
    };
    let months = calendar.tutoring_months(period, hours_per_week, hourly_rate);
    let monthly = months.iter().map(|m| m.cost).max().unwrap_or_default();
    let grant = Grant::Lernfoerderung {
        hours_per_week,
        hourly_rate,
        lesson,
        monthly,
    };
    Some((grant, months))
}

/// An amount in euros (`field`) above zero and at most `cap`.
fn capped_amount(
    input: &str,
    field: &str,
    cap: Cents,
    errors: &mut Vec<FieldError>,
) -> Option<Cents> {
    match Cents::parse(input, field, Cents(1_000_000)) {
        Ok(amount) if amount > cap => {
            errors.push(FieldError::new(field, "decision-error-above-cap"));
            None
        }
        Ok(amount) if amount.0 == 0 => {
            errors.push(FieldError::new(field, "decision-error-zero"));
            None
        }
        Ok(amount) => Some(amount),
        Err(e) => {
            errors.push(e);
            None
        }
    }
}

/// The code of the rejection reason for missing cooperation (§ 66 SGB I).
pub const MISSING_COOPERATION: &str = "missing_documents";

/// A written request to cooperate that warned of the consequences (§ 66 Abs. 3 SGB I):
/// when it was sent and the deadline it set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CooperationWarning {
    pub sent_on: Date,
    pub due: Date,
}

/// A valid rejection: the code of a reason in force, the caseworker's words, and for
/// missing cooperation the warning it rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub reason_code: String,
    pub reason_text: Option<String>,
    pub warning: Option<CooperationWarning>,
    /// A correction that takes an approval back: the Aufhebung it is.
    pub aufhebung: Option<Aufhebung>,
}

/// Validates a rejection. `known` are the codes of the reasons in force; "other" needs
/// a free text, since the notice must give the specific reason. A rejection for missing
/// cooperation needs a written warning whose deadline has passed (`warnings`, before
/// `today`) and the caseworker's reasons, which show the discretion used (§ 66 SGB I;
/// `but-rules.md` § Corrections, item 8).
pub fn parse_rejection(
    reason_code: &str,
    reason_text: &str,
    known: &[String],
    warnings: &[CooperationWarning],
    today: Date,
) -> Result<Rejection, Vec<FieldError>> {
    let mut errors = Vec::new();
    if !known.iter().any(|k| k == reason_code) {
        errors.push(FieldError::new("reason_code", "decision-error-reason"));
    }
    let text = optional_text(reason_text, "reason_text", 4000).map_err(|e| errors.push(e));
    if reason_code == "other" && matches!(text, Ok(None)) {
        errors.push(FieldError::new("reason_text", "decision-error-reason-text"));
    }
    let mut warning = None;
    if reason_code == MISSING_COOPERATION {
        warning = warnings
            .iter()
            .filter(|w| w.due < today)
            .max_by_key(|w| w.due)
            .copied();
        if warning.is_none() {
            errors.push(FieldError::new("reason_code", "decision-error-no-warning"));
        }
        if matches!(text, Ok(None)) {
            errors.push(FieldError::new("reason_text", "decision-error-discretion"));
        }
    }
    match text {
        Ok(reason_text) if errors.is_empty() => Ok(Rejection {
            reason_code: reason_code.to_string(),
            reason_text,
            warning,
            aufhebung: None,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::school_days::{DaysOff, SchoolYear};
    use time::macros::date;

    fn limits() -> ApprovalLimits {
        ApprovalLimits {
            validity: (date!(2026 - 07 - 01), date!(2027 - 06 - 30)),
            earliest_start: date!(2026 - 01 - 01),
            age_end: None,
            teilhabe_monthly: Some(Cents(1500)),
            hourly_max: Some(Cents(2000)),
            asked: Asked::default(),
            evidence: SchoolEvidence::Confirmed,
            direct_payment_agreed: true,
        }
    }

    /// School year 2026/27 with the Christmas holidays.
    fn calendar() -> SchoolCalendar {
        SchoolCalendar {
            years: vec![SchoolYear(2026)],
            days_off: vec![DaysOff {
                first_day: date!(2026 - 12 - 23),
                last_day: date!(2027 - 01 - 06),
            }],
        }
    }

    fn teilhabe(amount: &str) -> ApprovalInput {
        ApprovalInput {
            period_from: "2026-12-01".into(),
            period_to: "2027-05-31".into(),
            monthly_amount: amount.into(),
            payee: "TuS Ahlen 1919 e. V.".into(),
            payment_route: "direct".into(),
            ..Default::default()
        }
    }

    fn lernfoerderung(hours: &str, rate: &str) -> ApprovalInput {
        ApprovalInput {
            period_from: "2026-12-01".into(),
            period_to: "2027-01-31".into(),
            hours_per_week: hours.into(),
            hourly_rate: rate.into(),
            lesson_minutes: "45".into(),
            payee: "Gesamtschule Ahlen (Lernstandort)".into(),
            payment_route: "direct".into(),
            ..Default::default()
        }
    }

    fn fields(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors.into_iter().map(|e| (e.field, e.msg_id)).collect()
    }

    #[test]
    fn teilhabe_is_granted_up_to_the_monthly_amount_in_force() {
        let ok = parse_approval(
            &teilhabe("15"),
            BenefitKind::Teilhabe,
            &limits(),
            &calendar(),
        )
        .unwrap();
        assert_eq!(
            ok.grant,
            Grant::Teilhabe {
                monthly: Cents(1500)
            }
        );
        assert_eq!(ok.cut, None);
        let err = parse_approval(
            &teilhabe("15,01"),
            BenefitKind::Teilhabe,
            &limits(),
            &calendar(),
        );
        assert_eq!(
            fields(err.unwrap_err()),
            vec![("monthly_amount".into(), "decision-error-above-cap".into())]
        );
        let low = parse_approval(
            &teilhabe("9,50"),
            BenefitKind::Teilhabe,
            &limits(),
            &calendar(),
        )
        .unwrap();
        assert_eq!(low.grant.monthly(), Cents(950));
    }

    #[test]
    fn lernfoerderung_rate_is_capped_and_the_month_computed() {
        let ok = parse_approval(
            &lernfoerderung("2", "20"),
            BenefitKind::Lernfoerderung,
            &limits(),
            &calendar(),
        )
        .unwrap();
        assert_eq!(
            ok.grant,
            Grant::Lernfoerderung {
                hours_per_week: 2,
                hourly_rate: Cents(2000),
                lesson: LessonLength::Minutes45,
                monthly: Cents(13600),
            }
        );
        // 8 € a school day: 16 in December (holidays from the 23rd), 17 in January.
        let days: Vec<_> = ok.months.iter().map(|m| (m.school_days, m.cost)).collect();
        assert_eq!(days, vec![(16, Cents(12800)), (17, Cents(13600))]);
        assert_eq!(ok.total(), Cents(26400));
        // Above the cap only in a justified case, with the caseworker's reasons.
        let mut above = lernfoerderung("2", "20,50");
        let err = parse_approval(&above, BenefitKind::Lernfoerderung, &limits(), &calendar());
        assert_eq!(
            fields(err.unwrap_err()),
            vec![("reasons".into(), "decision-error-reasons-rate".into())]
        );
        above.reasons =
            "Fachkraft für Legasthenie; kein Anbieter zum Höchstsatz erreichbar.".into();
        let ok =
            parse_approval(&above, BenefitKind::Lernfoerderung, &limits(), &calendar()).unwrap();
        assert_eq!(ok.above_cap, Some(Cents(2000)));
        assert!(ok.reasons.is_some());
        let err = parse_approval(
            &lernfoerderung("11", "15"),
            BenefitKind::Lernfoerderung,
            &limits(),
            &calendar(),
        );
        assert_eq!(fields(err.unwrap_err())[0].0, "hours_per_week");
    }

    #[test]
    fn lernfoerderung_without_the_schools_confirmation_needs_reasons() {
        let mut missing = limits();
        missing.evidence = SchoolEvidence::Missing;
        let input = lernfoerderung("2", "20");
        let err = parse_approval(&input, BenefitKind::Lernfoerderung, &missing, &calendar());
        assert_eq!(
            fields(err.unwrap_err()),
            vec![(
                "reasons".into(),
                "decision-error-reasons-no-confirmation".into()
            )]
        );
        let input = ApprovalInput {
            reasons: "Zeugnis und Stellungnahme der Klassenlehrerin liegen vor.".into(),
            ..input
        };
        let ok = parse_approval(&input, BenefitKind::Lernfoerderung, &missing, &calendar());
        assert_eq!(ok.unwrap().evidence, SchoolEvidence::Missing);
    }

    #[test]
    fn granting_fewer_lessons_than_asked_is_a_partial_rejection_with_reasons() {
        let mut asked = limits();
        asked.asked = Asked {
            period: Some((date!(2026 - 12 - 01), date!(2027 - 01 - 31))),
            hours_per_week: Some(3),
            hourly_rate: Some(Cents(2500)),
        };
        let input = lernfoerderung("2", "20");
        let err = parse_approval(&input, BenefitKind::Lernfoerderung, &asked, &calendar());
        assert_eq!(
            fields(err.unwrap_err()),
            vec![(
                "partial_reasons".into(),
                "decision-error-partial-reasons".into()
            )]
        );
        let input = ApprovalInput {
            partial_reasons: "Die Schule hält zwei Stunden für ausreichend.".into(),
            ..input
        };
        let ok = parse_approval(&input, BenefitKind::Lernfoerderung, &asked, &calendar()).unwrap();
        assert_eq!(
            ok.shortfalls,
            vec![
                Shortfall::Hours {
                    asked: 3,
                    granted: 2
                },
                Shortfall::Rate {
                    asked: Cents(2500),
                    granted: Cents(2000),
                    capped: true
                }
            ]
        );
        assert!(ok.partial_reasons.is_some());
    }

    #[test]
    fn direct_payment_needs_the_familys_agreement() {
        let mut declined = limits();
        declined.direct_payment_agreed = false;
        let err = parse_approval(
            &teilhabe("15"),
            BenefitKind::Teilhabe,
            &declined,
            &calendar(),
        );
        assert_eq!(
            fields(err.unwrap_err()),
            vec![(
                "payment_route".into(),
                "decision-error-route-no-consent".into()
            )]
        );
        let voucher = ApprovalInput {
            payment_route: "voucher".into(),
            ..teilhabe("15")
        };
        assert!(parse_approval(&voucher, BenefitKind::Teilhabe, &declined, &calendar()).is_ok());
    }

    #[test]
    fn the_period_is_clipped_to_the_benefit_validity() {
        let mut input = teilhabe("15");
        input.period_from = "2026-05-01".into();
        input.period_to = "2027-12-31".into();
        let ok = parse_approval(&input, BenefitKind::Teilhabe, &limits(), &calendar()).unwrap();
        assert_eq!(
            (ok.period_from, ok.period_to, ok.cut),
            (
                date!(2026 - 07 - 01),
                date!(2027 - 06 - 30),
                Some(PeriodCut::BenefitValidity)
            )
        );
        input.period_from = "2027-07-01".into();
        input.period_to = "2027-12-31".into();
        let err = parse_approval(&input, BenefitKind::Teilhabe, &limits(), &calendar());
        assert_eq!(
            fields(err.unwrap_err()),
            vec![(
                "period_from".into(),
                "decision-error-outside-validity".into()
            )]
        );
    }

    #[test]
    fn no_approval_starts_before_the_earliest_lawful_start() {
        let mut at_limit = limits();
        at_limit.earliest_start = date!(2026 - 12 - 01);
        assert!(
            parse_approval(
                &teilhabe("15"),
                BenefitKind::Teilhabe,
                &at_limit,
                &calendar()
            )
            .is_ok()
        );
        at_limit.earliest_start = date!(2026 - 12 - 02);
        let err = parse_approval(
            &teilhabe("15"),
            BenefitKind::Teilhabe,
            &at_limit,
            &calendar(),
        );
        assert_eq!(
            fields(err.unwrap_err()),
            vec![(
                "period_from".into(),
                "decision-error-before-earliest-start".into()
            )]
        );
    }

    #[test]
    fn the_period_ends_at_the_age_limit() {
        let mut young_adult = limits();
        young_adult.age_end = Some(date!(2027 - 02 - 28));
        let ok = parse_approval(
            &teilhabe("15"),
            BenefitKind::Teilhabe,
            &young_adult,
            &calendar(),
        )
        .unwrap();
        assert_eq!(
            (ok.period_to, ok.cut),
            (date!(2027 - 02 - 28), Some(PeriodCut::AgeLimit))
        );
        assert_eq!(ok.total(), Cents(3 * 1500));
        young_adult.age_end = Some(date!(2026 - 11 - 30));
        let err = parse_approval(
            &teilhabe("15"),
            BenefitKind::Teilhabe,
            &young_adult,
            &calendar(),
        );
        assert_eq!(
            fields(err.unwrap_err()),
            vec![("period_from".into(), "decision-error-past-age-limit".into())]
        );
    }

    #[test]
    fn every_field_of_an_approval_is_checked() {
        let input = ApprovalInput {
            period_from: "2027-02-30".into(),
            period_to: "2027-01-01".into(),
            monthly_amount: "-1".into(),
            payee: " ".into(),
            payment_route: "cash".into(),
            ..Default::default()
        };
        let got: Vec<String> =
            parse_approval(&input, BenefitKind::Teilhabe, &limits(), &calendar())
                .unwrap_err()
                .into_iter()
                .map(|e| e.field)
                .collect();
        assert_eq!(
            got,
            ["period_from", "monthly_amount", "payee", "payment_route"]
        );
        let zero = parse_approval(
            &teilhabe("0"),
            BenefitKind::Teilhabe,
            &limits(),
            &calendar(),
        );
        assert_eq!(
            fields(zero.unwrap_err()),
            vec![("monthly_amount".into(), "decision-error-zero".into())]
        );
    }

    #[test]
    fn a_rejection_needs_a_known_reason_and_other_needs_text() {
        let known = vec!["age".to_string(), "other".to_string()];
        let today = date!(2026 - 12 - 05);
        assert_eq!(
            parse_rejection("age", "", &known, &[], today).unwrap(),
            Rejection {
                reason_code: "age".into(),
                reason_text: None,
                warning: None,
                aufhebung: None,
            }
        );
        assert_eq!(
            fields(parse_rejection("nope", "x", &known, &[], today).unwrap_err()),
            vec![("reason_code".into(), "decision-error-reason".into())]
        );
        assert_eq!(
            fields(parse_rejection("other", " ", &known, &[], today).unwrap_err()),
            vec![("reason_text".into(), "decision-error-reason-text".into())]
        );
        assert!(parse_rejection("other", "Doppelter Antrag", &known, &[], today).is_ok());
    }

    #[test]
    fn missing_cooperation_needs_a_passed_written_warning_and_reasons() {
        let known = vec![MISSING_COOPERATION.to_string()];
        let today = date!(2026 - 12 - 05);
        let warned = CooperationWarning {
            sent_on: date!(2026 - 11 - 10),
            due: date!(2026 - 12 - 01),
        };
        let pending = CooperationWarning {
            due: date!(2026 - 12 - 10),
            ..warned
        };
        let reasons = "Ohne Einkommensnachweis ist der Anspruch nicht prüfbar; eine Versagung ist angemessen.";
        assert_eq!(
            fields(parse_rejection(MISSING_COOPERATION, "", &known, &[], today).unwrap_err()),
            vec![
                ("reason_code".into(), "decision-error-no-warning".into()),
                ("reason_text".into(), "decision-error-discretion".into())
            ]
        );
        assert_eq!(
            fields(
                parse_rejection(MISSING_COOPERATION, reasons, &known, &[pending], today)
                    .unwrap_err()
            ),
            vec![("reason_code".into(), "decision-error-no-warning".into())]
        );
        let ok = parse_rejection(
            MISSING_COOPERATION,
            reasons,
            &known,
            &[pending, warned],
            today,
        )
        .unwrap();
        assert_eq!(ok.warning, Some(warned));
    }
}
