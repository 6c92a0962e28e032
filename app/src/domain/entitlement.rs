//! When an entitlement can begin and when it ends, per legal basis (`but-rules.md`
//! § Corrections, items 2, 3 and 11): the earliest lawful start of an approval, the age
//! limits that cut an approval period, and the doubts staff see on a claim instead of a
//! refusal at the door (§ 20 Abs. 3 SGB X).

use super::{
    benefit::{BenefitKind, UnderlyingBenefit},
    month::YearMonth,
};
use time::{Date, Duration, Month};

/// Age limit of soziokulturelle Teilhabe (§ 28 Abs. 7 SGB II): until the 18th birthday.
pub const TEILHABE_AGE_LIMIT: i32 = 18;
/// Age limit of the school-related benefits under SGB II and BKGG (§ 28 Abs. 1 Satz 2
/// SGB II): until the 25th birthday.
pub const SCHOOL_AGE_LIMIT: i32 = 25;
/// BKGG claims lapse twelve months after the end of the month they arose in
/// (§ 6b Abs. 2a BKGG).
pub const BKGG_LAPSE_MONTHS: i32 = 12;
/// How far back a family may ask a period to start: no legal basis reaches further.
pub const FURTHEST_BACK_MONTHS: i32 = BKGG_LAPSE_MONTHS;

/// The earliest day an approval of `kind` may start for a household receiving `benefit`
/// since `benefit_from`, when the application was received on `received`.
///
/// - SGB II, SGB XII, AsylbLG: Lernförderung needs its own application and counts from
///   the 1st of the month it arrived (§ 37 Abs. 2 SGB II, § 34a Abs. 1 SGB XII); the other
///   components are covered by the main application, so from the start of the benefit.
/// - Wohngeld, Kinderzuschlag (BKGG): from the month the conditions are met, but claims of
///   months more than twelve months before the application have lapsed (§ 6b Abs. 2a).
///
/// Never before the underlying benefit begins.
pub fn earliest_start(
    benefit: UnderlyingBenefit,
    kind: BenefitKind,
    received: Date,
    benefit_from: Date,
) -> Date {
    match benefit {
        UnderlyingBenefit::Buergergeld
        | UnderlyingBenefit::Sozialhilfe
        | UnderlyingBenefit::Asylblg => match kind {
            BenefitKind::Lernfoerderung => YearMonth::of(received).first_day().max(benefit_from),
            BenefitKind::Teilhabe => benefit_from,
        },
        UnderlyingBenefit::Wohngeld | UnderlyingBenefit::Kinderzuschlag => {
            let not_lapsed = YearMonth::of(received)
                .plus_months(-BKGG_LAPSE_MONTHS)
                .first_day();
            YearMonth::of(benefit_from).first_day().max(not_lapsed)
        }
    }
}

/// The birthday on which someone born on `birth` turns `years` (1 March for 29 February
/// in a common year).
pub fn birthday(birth: Date, years: i32) -> Date {
    let year = birth.year() + years;
    birth.replace_year(year).unwrap_or_else(|_| {
        Date::from_calendar_date(year, Month::March, 1).expect("1 March exists")
    })
}

/// The last day an entitlement of `kind` can cover for a child born on `birth`, if an age
/// limit applies (item 11): Teilhabe ends with the month before the 18th birthday; the
/// school-related benefits under SGB II and BKGG end the day before the 25th birthday
/// (SGB XII and AsylbLG know no such limit).
pub fn age_end(benefit: UnderlyingBenefit, kind: BenefitKind, birth: Date) -> Option<Date> {
    match kind {
        BenefitKind::Teilhabe => {
            let month = YearMonth::of(birthday(birth, TEILHABE_AGE_LIMIT));
            Some(month.first_day() - Duration::days(1))
        }
        BenefitKind::Lernfoerderung => benefit
            .school_age_limit()
            .map(|_| birthday(birth, SCHOOL_AGE_LIMIT) - Duration::days(1)),
    }
}

/// What staff should look at before deciding, as Fluent ids (item 3): an application is
/// never refused at the door, but a child past an age limit or a requested start before the
/// earliest lawful one is pointed out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doubt {
    /// The child is past the age limit for the whole requested period.
    PastAgeLimit { end: Date },
    /// The age limit falls inside the requested period.
    AgeLimitInPeriod { end: Date },
    /// The family asked for a start before the earliest lawful start.
    StartsTooEarly { earliest: Date },
}

impl Doubt {
    /// Fluent id of the message; its variable `$date` is the date of the doubt.
    pub fn msg_id(self) -> &'static str {
        match self {
            Doubt::PastAgeLimit { .. } => "doubt-past-age-limit",
            Doubt::AgeLimitInPeriod { .. } => "doubt-age-limit-in-period",
            Doubt::StartsTooEarly { .. } => "doubt-starts-too-early",
        }
    }

    /// The date the message names.
    pub fn date(self) -> Date {
        match self {
            Doubt::PastAgeLimit { end } | Doubt::AgeLimitInPeriod { end } => end,
            Doubt::StartsTooEarly { earliest } => earliest,
        }
    }
}

/// The facts of a claim the doubts are derived from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClaimFacts {
    pub benefit: UnderlyingBenefit,
    pub kind: BenefitKind,
    pub birth: Date,
    pub received: Date,
    pub benefit_from: Date,
    /// The period the family asked for.
    pub requested: (Date, Date),
}

impl ClaimFacts {
    /// The earliest lawful start of this claim.
    pub fn earliest_start(&self) -> Date {
        earliest_start(self.benefit, self.kind, self.received, self.benefit_from)
    }

    /// The last day the child's age allows, if a limit applies.
    pub fn age_end(&self) -> Option<Date> {
        age_end(self.benefit, self.kind, self.birth)
    }

    /// Every doubt about this claim, in the order staff should read them.
    pub fn doubts(&self) -> Vec<Doubt> {
        let (from, to) = self.requested;
        let mut doubts = Vec::new();
        match self.age_end() {
            Some(end) if end < from => doubts.push(Doubt::PastAgeLimit { end }),
            Some(end) if end < to => doubts.push(Doubt::AgeLimitInPeriod { end }),
            _ => {}
        }
        let earliest = self.earliest_start();
        if from < earliest {
            doubts.push(Doubt::StartsTooEarly { earliest });
        }
        doubts
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BenefitKind::*;
    use UnderlyingBenefit::*;
    use time::macros::date;

    #[test]
    fn lernfoerderung_counts_from_the_first_of_the_month_it_was_applied_for() {
        let received = date!(2026 - 11 - 20);
        let since = date!(2026 - 01 - 01);
        for b in [Buergergeld, Sozialhilfe, Asylblg] {
            assert_eq!(
                earliest_start(b, Lernfoerderung, received, since),
                date!(2026 - 11 - 01)
            );
        }
        // …but not before the benefit itself begins.
        assert_eq!(
            earliest_start(Buergergeld, Lernfoerderung, received, date!(2026 - 11 - 15)),
            date!(2026 - 11 - 15)
        );
    }

    #[test]
    fn teilhabe_is_covered_by_the_main_application_under_sgb2_and_sgb12() {
        let since = date!(2026 - 02 - 01);
        for b in [Buergergeld, Sozialhilfe, Asylblg] {
            assert_eq!(
                earliest_start(b, Teilhabe, date!(2026 - 11 - 20), since),
                since,
                "no invented three months back for {b:?}"
            );
        }
    }

    #[test]
    fn bkgg_counts_from_the_month_the_conditions_are_met_within_twelve_months() {
        let received = date!(2026 - 11 - 20);
        assert_eq!(
            earliest_start(Wohngeld, Teilhabe, received, date!(2026 - 03 - 15)),
            date!(2026 - 03 - 01),
            "from the month the conditions are met"
        );
        assert_eq!(
            earliest_start(
                Kinderzuschlag,
                Lernfoerderung,
                received,
                date!(2024 - 06 - 01)
            ),
            date!(2025 - 11 - 01),
            "older months have lapsed"
        );
    }

    #[test]
    fn teilhabe_ends_with_the_month_before_the_18th_birthday() {
        let birth = date!(2009 - 05 - 20);
        for b in UnderlyingBenefit::ALL {
            assert_eq!(age_end(b, Teilhabe, birth), Some(date!(2027 - 04 - 30)));
        }
    }

    #[test]
    fn school_benefits_end_before_the_25th_birthday_except_under_sgb12_and_asylblg() {
        let birth = date!(2002 - 03 - 10);
        for b in [Buergergeld, Wohngeld, Kinderzuschlag] {
            assert_eq!(
                age_end(b, Lernfoerderung, birth),
                Some(date!(2027 - 03 - 09))
            );
        }
        assert_eq!(age_end(Sozialhilfe, Lernfoerderung, birth), None);
        assert_eq!(age_end(Asylblg, Lernfoerderung, birth), None);
    }

    #[test]
    fn a_leap_day_birthday_falls_on_the_first_of_march() {
        assert_eq!(birthday(date!(2008 - 02 - 29), 18), date!(2026 - 03 - 01));
        assert_eq!(
            age_end(Buergergeld, Teilhabe, date!(2008 - 02 - 29)),
            Some(date!(2026 - 02 - 28))
        );
    }

    fn facts(birth: Date, requested: (Date, Date)) -> ClaimFacts {
        ClaimFacts {
            benefit: Buergergeld,
            kind: Teilhabe,
            birth,
            received: date!(2026 - 11 - 20),
            benefit_from: date!(2026 - 08 - 01),
            requested,
        }
    }

    #[test]
    fn doubts_name_the_age_limit_and_an_early_start_without_refusing() {
        let period = (date!(2026 - 12 - 01), date!(2027 - 07 - 31));
        assert!(facts(date!(2015 - 01 - 01), period).doubts().is_empty());
        assert_eq!(
            facts(date!(2009 - 05 - 20), period).doubts(),
            vec![Doubt::AgeLimitInPeriod {
                end: date!(2027 - 04 - 30)
            }]
        );
        assert_eq!(
            facts(date!(2007 - 01 - 10), period).doubts(),
            vec![Doubt::PastAgeLimit {
                end: date!(2024 - 12 - 31)
            }]
        );
        let early = (date!(2026 - 06 - 01), date!(2026 - 12 - 31));
        let doubts = facts(date!(2015 - 01 - 01), early).doubts();
        assert_eq!(
            doubts,
            vec![Doubt::StartsTooEarly {
                earliest: date!(2026 - 08 - 01)
            }]
        );
        assert_eq!(doubts[0].msg_id(), "doubt-starts-too-early");
        assert_eq!(doubts[0].date(), date!(2026 - 08 - 01));
    }
}
