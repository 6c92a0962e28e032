//! Staff decisions on a claim: approval (period, amounts within the caps in force, payee,
//! payment route) or rejection (a reason from the maintained list plus free text).
//! The approval period starts no earlier than the earliest lawful start and is cut at the
//! end of the underlying benefit's validity and at the child's age limit.

use super::{
    FieldError,
    benefit::BenefitKind,
    lernfoerderung::parse_hours,
    money::Cents,
    month::YearMonth,
    school_days::{LessonLength, MonthCost, SchoolCalendar},
    text::{date, optional_text, required_text},
};
use serde::{Deserialize, Serialize};
use time::Date;

/// How the money reaches the provider.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentRoute {
    /// Direktzahlung an den Anbieter.
    Direct,
    /// Gutschein, den die Familie beim Anbieter einlöst.
    Voucher,
}

impl PaymentRoute {
    pub fn as_str(self) -> &'static str {
        match self {
            PaymentRoute::Direct => "direct",
            PaymentRoute::Voucher => "voucher",
        }
    }

    pub fn parse(s: &str) -> Option<PaymentRoute> {
        [PaymentRoute::Direct, PaymentRoute::Voucher]
            .into_iter()
            .find(|r| r.as_str() == s)
    }

    /// Fluent id of the label.
    pub fn label_id(self) -> &'static str {
        match self {
            PaymentRoute::Direct => "route-direct",
            PaymentRoute::Voucher => "route-voucher",
        }
    }

    /// German name as printed in notices.
    pub fn german(self) -> &'static str {
        match self {
            PaymentRoute::Direct => "Direktzahlung an den Anbieter",
            PaymentRoute::Voucher => "Gutschein",
        }
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
}

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
    /// Lernförderung: the most paid per hour.
    pub hourly_max: Option<Cents>,
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
}

impl Approval {
    /// The whole amount, as the Bescheid states it ("höchstens …"): Lernförderung the
    /// sum of its months' school weeks, Teilhabe the monthly amount for every calendar
    /// month the period touches.
    pub fn total(&self) -> Cents {
        if !self.months.is_empty() {
            return Cents(self.months.iter().map(|m| m.cost.0).sum());
        }
        let months = YearMonth::of(self.period_from).months_through(YearMonth::of(self.period_to));
        Cents(self.grant.monthly().0 * i64::from(months))
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
            match tutoring_grant(input, limits, (dates, calendar), &mut errors) {
                Some((grant, months)) => (Some(grant), months),
                None => (None, Vec::new()),
            }
        }
    };
    let payee = required_text(&input.payee, "payee", 300).map_err(|e| errors.push(e));
    let route = PaymentRoute::parse(&input.payment_route)
        .ok_or_else(|| errors.push(FieldError::new("payment_route", "decision-error-route")));
    match (period, grant, payee, route) {
        (Some((period_from, period_to, cut)), Some(grant), Ok(payee), Ok(route))
            if errors.is_empty() =>
        {
            Ok(Approval {
                period_from,
                period_to,
                cut,
                grant,
                months,
                payee,
                route,
            })
        }
        _ => Err(errors),
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
/// and at most the most paid per hour; the cost of each month follows from the school
/// days of the `period` (which needs its school years in the `calendar`).
fn tutoring_grant(
    input: &ApprovalInput,
    limits: &ApprovalLimits,
    (period, calendar): (Option<(Date, Date)>, &SchoolCalendar),
    errors: &mut Vec<FieldError>,
) -> Option<(Grant, Vec<MonthCost>)> {
    let cap = limits.hourly_max.unwrap_or_default();
    let hours = parse_hours(&input.hours_per_week).map_err(|e| errors.push(e));
    let rate = capped_amount(&input.hourly_rate, "hourly_rate", cap, errors);
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

/// A valid rejection: the code of a reason in force and optional free text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejection {
    pub reason_code: String,
    pub reason_text: Option<String>,
}

/// Validates a rejection. `known` are the codes of the reasons in force; "other" needs
/// a free text, since the notice must give the specific reason.
pub fn parse_rejection(
    reason_code: &str,
    reason_text: &str,
    known: &[String],
) -> Result<Rejection, Vec<FieldError>> {
    let mut errors = Vec::new();
    if !known.iter().any(|k| k == reason_code) {
        errors.push(FieldError::new("reason_code", "decision-error-reason"));
    }
    let text = optional_text(reason_text, "reason_text", 4000).map_err(|e| errors.push(e));
    if reason_code == "other" && matches!(text, Ok(None)) {
        errors.push(FieldError::new("reason_text", "decision-error-reason-text"));
    }
    match text {
        Ok(reason_text) if errors.is_empty() => Ok(Rejection {
            reason_code: reason_code.to_string(),
            reason_text,
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
        let err = parse_approval(
            &lernfoerderung("2", "20,50"),
            BenefitKind::Lernfoerderung,
            &limits(),
            &calendar(),
        );
        assert_eq!(
            fields(err.unwrap_err()),
            vec![("hourly_rate".into(), "decision-error-above-cap".into())]
        );
        let err = parse_approval(
            &lernfoerderung("11", "15"),
            BenefitKind::Lernfoerderung,
            &limits(),
            &calendar(),
        );
        assert_eq!(fields(err.unwrap_err())[0].0, "hours_per_week");
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
        assert_eq!(
            parse_rejection("age", "", &known).unwrap(),
            Rejection {
                reason_code: "age".into(),
                reason_text: None
            }
        );
        assert_eq!(
            fields(parse_rejection("nope", "x", &known).unwrap_err()),
            vec![("reason_code".into(), "decision-error-reason".into())]
        );
        assert_eq!(
            fields(parse_rejection("other", " ", &known).unwrap_err()),
            vec![("reason_text".into(), "decision-error-reason-text".into())]
        );
        assert!(parse_rejection("other", "Doppelter Antrag", &known).is_ok());
    }
}
