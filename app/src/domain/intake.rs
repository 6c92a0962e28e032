//! Applications that do not come through the portal (`but-rules.md` § Corrections, item 2;
//! § 16 SGB I): a family may apply on paper, by phone, or at the town hall, and the
//! application counts from the day it was received there — not from the day staff type it
//! in. Staff enter such an application with its channel and its real date of receipt; the
//! earliest lawful start and the notice's "Ihr Antrag vom …" follow that date.

use super::{FieldError, benefit::BenefitKind, text::date};
use time::{Date, Duration};

/// How an application reached the Kreis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// Sent by the family in the portal.
    Portal,
    /// A paper form, by post or handed in at the jobcenter.
    Paper,
    /// Informally by phone (§ 16 SGB I needs no form); staff write a file note.
    Phone,
    /// Handed in at the town hall (Rathaus) of a Kommune, which forwards it (§ 16 Abs. 2
    /// SGB I: the day it reached the town hall counts).
    TownHall,
}

impl Channel {
    /// The channels staff can enter an application for.
    pub const ENTERED: [Channel; 3] = [Channel::Paper, Channel::Phone, Channel::TownHall];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Portal => "portal",
            Channel::Paper => "paper",
            Channel::Phone => "phone",
            Channel::TownHall => "town_hall",
        }
    }

    pub fn parse(s: &str) -> Option<Channel> {
        [Channel::Portal]
            .into_iter()
            .chain(Channel::ENTERED)
            .find(|c| c.as_str() == s)
    }

    /// Fluent id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            Channel::Portal => "intake-channel-portal",
            Channel::Paper => "intake-channel-paper",
            Channel::Phone => "intake-channel-phone",
            Channel::TownHall => "intake-channel-town-hall",
        }
    }

    /// Whether an application in this form comes with a document to scan: a phone call
    /// has only the caseworker's file note, which is optional.
    pub fn has_paper(self) -> bool {
        matches!(self, Channel::Paper | Channel::TownHall)
    }
}

/// How far back a date of receipt may lie. The law sets no limit; this catches a mistyped
/// year before it backdates an entitlement by years.
pub const MAX_AGE_DAYS: i64 = 366;

/// An application staff enter, checked: how and when it came, and for which benefit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Intake {
    pub channel: Channel,
    pub received_on: Date,
    pub benefit: BenefitKind,
}

/// Checks what staff entered about an application's arrival: a channel other than the
/// portal, a date of receipt not after `today` and at most [`MAX_AGE_DAYS`] back, and the
/// benefit applied for.
pub fn parse_intake(
    channel: &str,
    received_on: &str,
    benefit: &str,
    today: Date,
) -> Result<Intake, Vec<FieldError>> {
    let channel = Channel::parse(channel)
        .filter(|c| *c != Channel::Portal)
        .ok_or_else(|| FieldError::new("channel", "intake-error-channel"));
    let received_on = match date(received_on, "received_on") {
        Ok(d) if d > today => Err(FieldError::new("received_on", "intake-error-future")),
        Ok(d) if d < today - Duration::days(MAX_AGE_DAYS) => {
            Err(FieldError::new("received_on", "intake-error-too-old"))
        }
        other => other,
    };
    let benefit = BenefitKind::parse(benefit)
        .ok_or_else(|| FieldError::new("claim_benefit", "intake-error-benefit"));
    match (channel, received_on, benefit) {
        (Ok(channel), Ok(received_on), Ok(benefit)) => Ok(Intake {
            channel,
            received_on,
            benefit,
        }),
        (c, r, b) => Err([c.err(), r.err(), b.err()].into_iter().flatten().collect()),
    }
}

/// Whether an application that came this way can be submitted with the scans staff
/// attached: a paper application needs its scan (it is the evidence of what was asked and
/// signed); a phone application does not.
pub fn check_scans(channel: Channel, scans: usize) -> Result<(), FieldError> {
    if channel.has_paper() && scans == 0 {
        return Err(FieldError::new("files", "intake-error-scan-missing"));
    }
    Ok(())
}

/// The day an application was received: the date staff entered for one that came another
/// way, else the day the family submitted it in the portal.
pub fn received_on(entered: Option<Date>, submitted: Option<Date>, today: Date) -> Date {
    entered.or(submitted).unwrap_or(today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2026 - 12 - 05);

    #[test]
    fn a_paper_application_keeps_its_date_of_receipt() {
        let intake = parse_intake("paper", "12.11.2026", "teilhabe", TODAY).unwrap();
        assert_eq!(intake.channel, Channel::Paper);
        assert_eq!(intake.received_on, date!(2026 - 11 - 12));
        assert_eq!(intake.benefit, BenefitKind::Teilhabe);
        let phone = parse_intake("phone", "2026-12-05", "lernfoerderung", TODAY).unwrap();
        assert_eq!(phone.channel, Channel::Phone);
        assert_eq!(phone.received_on, TODAY);
    }

    #[test]
    fn the_date_of_receipt_is_not_in_the_future_nor_a_mistyped_year() {
        let ids = |r: Result<Intake, Vec<FieldError>>| -> Vec<String> {
            r.unwrap_err().into_iter().map(|e| e.msg_id).collect()
        };
        assert_eq!(
            ids(parse_intake("paper", "2026-12-06", "teilhabe", TODAY)),
            ["intake-error-future"]
        );
        assert_eq!(
            ids(parse_intake("paper", "2025-12-03", "teilhabe", TODAY)),
            ["intake-error-too-old"]
        );
        assert!(parse_intake("paper", "2025-12-04", "teilhabe", TODAY).is_ok());
        assert_eq!(
            ids(parse_intake("", "", "", TODAY)),
            [
                "intake-error-channel",
                "error-date-required",
                "intake-error-benefit"
            ]
        );
    }

    #[test]
    fn staff_do_not_enter_portal_applications() {
        assert!(parse_intake("portal", "2026-12-01", "teilhabe", TODAY).is_err());
        assert_eq!(Channel::parse("portal"), Some(Channel::Portal));
        for c in Channel::ENTERED {
            assert_eq!(Channel::parse(c.as_str()), Some(c));
        }
    }

    #[test]
    fn a_paper_application_needs_its_scan_a_phone_call_does_not() {
        assert!(check_scans(Channel::Paper, 0).is_err());
        assert!(check_scans(Channel::TownHall, 0).is_err());
        assert!(check_scans(Channel::Paper, 1).is_ok());
        assert!(check_scans(Channel::Phone, 0).is_ok());
    }

    #[test]
    fn the_entered_date_counts_before_the_day_of_typing() {
        let entered = Some(date!(2026 - 11 - 12));
        let typed = Some(date!(2026 - 12 - 04));
        assert_eq!(received_on(entered, typed, TODAY), date!(2026 - 11 - 12));
        assert_eq!(received_on(None, typed, TODAY), date!(2026 - 12 - 04));
        assert_eq!(received_on(None, None, TODAY), TODAY);
    }
}
