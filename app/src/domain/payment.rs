//! How an approval is paid beyond its route (`but-rules.md` § Corrections, item 10;
//! § 29 SGB II, § 28 Abs. 7 SGB II):
//!
//! - direct payment to the provider may be made **in advance** for the whole period;
//! - Teilhabe may be paid as **one sum** for something that costs more at once (a holiday
//!   camp): the monthly amounts of the period are saved up, so the sum is at most the
//!   monthly amount in force times the months of the period;
//! - **further actual costs** of taking part (equipment, a costume, travel to the club)
//!   are covered beside the monthly amount where the family cannot be expected to pay them
//!   from the Regelbedarf (§ 28 Abs. 7 Satz 2 SGB II) — a justified exception, so it needs
//!   the caseworker's reasons.
//!
//! Reimbursing a family that paid itself (§ 30 SGB II) is a route of its own
//! (`decision::PaymentRoute::Reimbursement`).

use super::{
    FieldError,
    benefit::BenefitKind,
    decision::PaymentRoute,
    money::Cents,
    text::{optional_text, required_text},
};

/// An amount beside or instead of the monthly one, with what it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extra {
    pub amount: Cents,
    pub purpose: String,
}

/// The terms of payment of an approval.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaymentTerms {
    /// Paid to the provider in advance for the whole period.
    pub advance: bool,
    /// Teilhabe: one sum instead of the monthly amounts.
    pub one_off: Option<Extra>,
    /// Teilhabe: further actual costs (§ 28 Abs. 7 Satz 2 SGB II).
    pub further: Option<Extra>,
}

impl PaymentTerms {
    /// The whole amount: the one sum or the `regular` total of the months, plus further
    /// costs.
    pub fn total(&self, regular: Cents) -> Cents {
        let base = self.one_off.as_ref().map_or(regular, |o| o.amount);
        Cents(base.0 + self.further.as_ref().map_or(0, |f| f.amount.0))
    }
}

/// The payment fields of the approval form, as entered.
#[derive(Debug, Clone, Copy, Default)]
pub struct TermsInput<'a> {
    /// "ja" for payment in advance.
    pub advance: &'a str,
    pub one_off_amount: &'a str,
    pub one_off_purpose: &'a str,
    pub further_amount: &'a str,
    pub further_purpose: &'a str,
}

/// What the terms are checked against.
#[derive(Debug, Clone, Copy)]
pub struct TermsContext<'a> {
    pub kind: BenefitKind,
    pub route: Option<PaymentRoute>,
    /// Teilhabe: the monthly amount in force times the months of the period — the most
    /// that can be saved up into one sum.
    pub saved_up_cap: Option<Cents>,
    /// The caseworker's reasons (a justified exception needs them).
    pub reasons: Option<&'a str>,
}

/// Most a one-off sum or further costs may be (a typo guard).
const EXTRA_LIMIT: Cents = Cents(500_000);

/// Checks the payment terms: advance only with direct payment; a one-off sum and further
/// costs only for Teilhabe, each with an amount above zero and its purpose; the one sum at
/// most the months saved up; further costs only with reasons.
pub fn parse_terms(
    input: TermsInput<'_>,
    cx: TermsContext<'_>,
) -> Result<PaymentTerms, Vec<FieldError>> {
    let mut errors = Vec::new();
    let advance = input.advance == "ja";
    if advance && cx.route != Some(PaymentRoute::Direct) {
        errors.push(FieldError::new("advance", "decision-error-advance-route"));
    }
    let one_off = extra(
        (input.one_off_amount, input.one_off_purpose),
        ("one_off_amount", "one_off_purpose"),
        cx.kind,
        &mut errors,
    );
    if let (Some(o), Some(cap)) = (&one_off, cx.saved_up_cap)
        && o.amount > cap
    {
        errors.push(FieldError::new(
            "one_off_amount",
            "decision-error-one-off-cap",
        ));
    }
    let further = extra(
        (input.further_amount, input.further_purpose),
        ("further_amount", "further_purpose"),
        cx.kind,
        &mut errors,
    );
    if further.is_some() && cx.reasons.is_none_or(|r| r.trim().is_empty()) {
        errors.push(FieldError::new("reasons", "decision-error-further-reasons"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(PaymentTerms {
        advance,
        one_off,
        further,
    })
}

/// An optional amount with its purpose (`fields`): nothing if both are empty; Teilhabe
/// only.
fn extra(
    (amount, purpose): (&str, &str),
    fields: (&str, &str),
    kind: BenefitKind,
    errors: &mut Vec<FieldError>,
) -> Option<Extra> {
    if amount.trim().is_empty() && purpose.trim().is_empty() {
        return None;
    }
    if kind != BenefitKind::Teilhabe {
        errors.push(FieldError::new(fields.0, "decision-error-extra-teilhabe"));
        return None;
    }
    let amount = match Cents::parse(amount, fields.0, EXTRA_LIMIT) {
        Ok(a) if a.0 == 0 => Err(FieldError::new(fields.0, "decision-error-zero")),
        other => other,
    };
    let purpose = required_text(purpose, fields.1, 200);
    match (amount, purpose) {
        (Ok(amount), Ok(purpose)) => Some(Extra { amount, purpose }),
        (a, p) => {
            errors.extend([a.err(), p.err()].into_iter().flatten());
            None
        }
    }
}

/// The reasons as entered, trimmed (`None` if empty) — for [`TermsContext::reasons`].
pub fn reasons_of(input: &str) -> Option<String> {
    optional_text(input, "reasons", 4000).ok().flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cx(route: PaymentRoute, reasons: Option<&str>) -> TermsContext<'_> {
        TermsContext {
            kind: BenefitKind::Teilhabe,
            route: Some(route),
            saved_up_cap: Some(Cents(9_000)),
            reasons,
        }
    }

    fn ids(r: Result<PaymentTerms, Vec<FieldError>>) -> Vec<String> {
        r.unwrap_err().into_iter().map(|e| e.msg_id).collect()
    }

    #[test]
    fn direct_payment_may_be_made_in_advance_other_routes_not() {
        let input = TermsInput {
            advance: "ja",
            ..TermsInput::default()
        };
        assert!(
            parse_terms(input, cx(PaymentRoute::Direct, None))
                .unwrap()
                .advance
        );
        assert_eq!(
            ids(parse_terms(input, cx(PaymentRoute::Voucher, None))),
            ["decision-error-advance-route"]
        );
        assert_eq!(
            ids(parse_terms(input, cx(PaymentRoute::Reimbursement, None))),
            ["decision-error-advance-route"]
        );
    }

    #[test]
    fn a_holiday_camp_is_paid_at_once_up_to_the_months_saved_up() {
        let camp = TermsInput {
            one_off_amount: "90",
            one_off_purpose: "Ferienfreizeit Sommer 2027",
            ..TermsInput::default()
        };
        let terms = parse_terms(camp, cx(PaymentRoute::Direct, None)).unwrap();
        assert_eq!(terms.one_off.as_ref().unwrap().amount, Cents(9_000));
        // The one sum replaces the monthly amounts.
        assert_eq!(terms.total(Cents(6_000)), Cents(9_000));
        let too_much = TermsInput {
            one_off_amount: "90,01",
            ..camp
        };
        assert_eq!(
            ids(parse_terms(too_much, cx(PaymentRoute::Direct, None))),
            ["decision-error-one-off-cap"]
        );
        let no_purpose = TermsInput {
            one_off_purpose: " ",
            ..camp
        };
        assert_eq!(
            ids(parse_terms(no_purpose, cx(PaymentRoute::Direct, None))),
            ["error-required"]
        );
    }

    #[test]
    fn further_costs_come_beside_the_monthly_amount_and_need_reasons() {
        let boots = TermsInput {
            further_amount: "49,90",
            further_purpose: "Fußballschuhe",
            ..TermsInput::default()
        };
        assert_eq!(
            ids(parse_terms(boots, cx(PaymentRoute::Direct, None))),
            ["decision-error-further-reasons"]
        );
        let reasons = Some("Ohne Schuhe kann das Kind nicht am Training teilnehmen.");
        let terms = parse_terms(boots, cx(PaymentRoute::Direct, reasons)).unwrap();
        assert_eq!(terms.total(Cents(9_000)), Cents(13_990));
    }

    #[test]
    fn lernfoerderung_has_no_one_off_sums_or_further_costs() {
        let mut context = cx(PaymentRoute::Direct, Some("x"));
        context.kind = BenefitKind::Lernfoerderung;
        let input = TermsInput {
            one_off_amount: "50",
            one_off_purpose: "x",
            further_amount: "10",
            further_purpose: "y",
            ..TermsInput::default()
        };
        assert_eq!(
            ids(parse_terms(input, context)),
            [
                "decision-error-extra-teilhabe",
                "decision-error-extra-teilhabe"
            ]
        );
        assert_eq!(
            parse_terms(TermsInput::default(), context).unwrap(),
            PaymentTerms::default()
        );
    }
}
