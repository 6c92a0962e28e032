//! Bekanntgabe and Widerspruch (`but-rules.md` § Corrections, items 14 and 15): a posted
//! notice counts as received on the 4th day after posting (§ 37 Abs. 2 SGB X); a
//! Widerspruch is due within one month of that (§ 84 SGG), the deadline computed as
//! § 64 SGG says — the same day number of the next month (or its last day), moved to
//! the next working day when it falls on a Saturday, Sunday or public holiday in NRW.
//! Staff register every Widerspruch that arrives, with its date of receipt and how it
//! came; the portal says whether it is in time, and staff remedy it (Abhilfe: a new
//! decision) or forward it to the Widerspruchsstelle.

use super::{FieldError, text::date};
use time::{Date, Duration, Month, Weekday};

/// How a Widerspruch arrived. Only forms that meet § 84 SGG / § 36a SGB I count as
/// lodged; a plain e-mail does not (LSG NRW, L 6 AS 444/21) — staff record it all the
/// same and tell the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    /// A signed letter (post, fax, or handed in).
    Letter,
    /// Zur Niederschrift: taken down at the office.
    Record,
    /// Electronic with a qualified signature, De-Mail or eID.
    QualifiedElectronic,
    /// A plain e-mail: not the required form.
    PlainEmail,
}

impl Channel {
    pub const ALL: [Channel; 4] = [
        Channel::Letter,
        Channel::Record,
        Channel::QualifiedElectronic,
        Channel::PlainEmail,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Letter => "letter",
            Channel::Record => "record",
            Channel::QualifiedElectronic => "qualified",
            Channel::PlainEmail => "email",
        }
    }

    pub fn parse(s: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Fluent id of its name.
    pub fn label_id(self) -> &'static str {
        match self {
            Channel::Letter => "objection-channel-letter",
            Channel::Record => "objection-channel-record",
            Channel::QualifiedElectronic => "objection-channel-qualified",
            Channel::PlainEmail => "objection-channel-email",
        }
    }

    /// Whether a Widerspruch in this form meets the required form.
    pub fn meets_form(self) -> bool {
        self != Channel::PlainEmail
    }
}

/// Where a registered Widerspruch stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectionStatus {
    Open,
    /// Abhilfe: a new decision gives the family what it objected for (in whole or part).
    Remedied,
    /// Forwarded to the Widerspruchsstelle for a Widerspruchsbescheid.
    Forwarded,
    /// The family withdrew it.
    Withdrawn,
}

impl ObjectionStatus {
    pub const ALL: [ObjectionStatus; 4] = [
        ObjectionStatus::Open,
        ObjectionStatus::Remedied,
        ObjectionStatus::Forwarded,
        ObjectionStatus::Withdrawn,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ObjectionStatus::Open => "open",
            ObjectionStatus::Remedied => "remedied",
            ObjectionStatus::Forwarded => "forwarded",
            ObjectionStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(s: &str) -> Option<ObjectionStatus> {
        ObjectionStatus::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            ObjectionStatus::Open => "objection-status-open",
            ObjectionStatus::Remedied => "objection-status-remedied",
            ObjectionStatus::Forwarded => "objection-status-forwarded",
            ObjectionStatus::Withdrawn => "objection-status-withdrawn",
        }
    }
}

/// The day a posted notice counts as received: the 4th day after posting (§ 37 Abs. 2
/// SGB X since 2025), whatever day of the week that is.
pub fn bekanntgabe(posted_on: Date) -> Date {
    posted_on + Duration::days(4)
}

/// The last day to lodge a Widerspruch against a notice known on `known_on` (§ 84 SGG,
/// § 64 SGG): one month later, moved to the next working day in NRW.
pub fn objection_deadline(known_on: Date) -> Date {
    let (year, month) = match known_on.month() {
        Month::December => (known_on.year() + 1, Month::January),
        m => (known_on.year(), m.next()),
    };
    let last = time::util::days_in_month(month, year);
    let day = known_on.day().min(last);
    let mut end = Date::from_calendar_date(year, month, day).unwrap_or(known_on);
    while !is_working_day(end) {
        end += Duration::days(1);
    }
    end
}

/// Whether a Widerspruch received on `received_on` against a notice posted on
/// `posted_on` is in time; `None` while the posting date is not recorded.
pub fn in_time(delivery: Option<Delivery>, received_on: Date) -> Option<bool> {
    delivery.map(|d| received_on <= objection_deadline(d.known_on()))
}

/// How a Bescheid reached the family, which sets the day it counts as received.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// Printed and handed to the post on this day: known on the 4th day after (§ 37 Abs. 2
    /// SGB X).
    Posted(Date),
    /// Provided for download with the family's consent; the electronic notification that
    /// it is ready was sent on this day: known on the 3rd day after (§ 37 Abs. 2a SGB X).
    Download(Date),
}

impl Delivery {
    /// The day the Bescheid counts as received (Bekanntgabe).
    pub fn known_on(self) -> Date {
        match self {
            Delivery::Posted(on) => bekanntgabe(on),
            Delivery::Download(notified) => notified + Duration::days(3),
        }
    }

    /// The delivery that made the Bescheid known first, of a posting date and a
    /// notification date (either may be missing).
    pub fn first(posted: Option<Date>, notified: Option<Date>) -> Option<Delivery> {
        let posted = posted.map(Delivery::Posted);
        let download = notified.map(Delivery::Download);
        match (posted, download) {
            (Some(p), Some(d)) => Some(if d.known_on() < p.known_on() { d } else { p }),
            (p, d) => p.or(d),
        }
    }
}

/// Monday to Friday and not a public holiday in NRW.
pub fn is_working_day(day: Date) -> bool {
    !matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday) && !is_nrw_holiday(day)
}

/// The public holidays of North Rhine-Westphalia (Feiertagsgesetz NW).
pub fn is_nrw_holiday(day: Date) -> bool {
    let easter = easter_sunday(day.year());
    let fixed = [(1, 1), (5, 1), (10, 3), (11, 1), (12, 25), (12, 26)];
    let movable = [-2, 1, 39, 50, 60]; // Karfreitag, Ostermontag, Himmelfahrt, Pfingstmontag, Fronleichnam
    fixed
        .iter()
        .any(|&(m, d)| u8::from(day.month()) == m && day.day() == d)
        || movable
            .iter()
            .any(|&offset| easter + Duration::days(offset) == day)
}

/// Easter Sunday of `year` (Gregorian computus, Meeus/Jones/Butcher).
fn easter_sunday(year: i32) -> Date {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let month = Month::try_from(month as u8).unwrap_or(Month::April);
    Date::from_calendar_date(year, month, day as u8).unwrap_or(Date::MIN)
}

/// The day a Bescheid went to the post, as staff enter it: a date not after `today`.
pub fn parse_posted(input: &str, today: Date) -> Result<Date, FieldError> {
    match date(input, "posted_on") {
        Ok(d) if d > today => Err(FieldError::new("posted_on", "notice-error-posted-future")),
        other => other,
    }
}

/// A Widerspruch as staff register it, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewObjection {
    pub received_on: Date,
    pub channel: Channel,
    pub note: Option<String>,
}

/// Checks a Widerspruch to register: received on a day not after `today`, how it came,
/// and an optional note (at most 2,000 characters).
pub fn parse_objection(
    received_on: &str,
    channel: &str,
    note: &str,
    today: Date,
) -> Result<NewObjection, Vec<FieldError>> {
    let mut errors = Vec::new();
    let received = match date(received_on, "received_on") {
        Ok(d) if d > today => Err(FieldError::new("received_on", "objection-error-future")),
        other => other,
    }
    .map_err(|e| errors.push(e));
    let channel = Channel::parse(channel)
        .ok_or_else(|| errors.push(FieldError::new("channel", "objection-error-channel")));
    let note = super::text::optional_text(note, "note", 2000).map_err(|e| errors.push(e));
    match (received, channel, note) {
        (Ok(received_on), Ok(channel), Ok(note)) if errors.is_empty() => Ok(NewObjection {
            received_on,
            channel,
            note,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn easter_and_the_nrw_holidays() {
        assert_eq!(easter_sunday(2026), date!(2026 - 04 - 05));
        assert_eq!(easter_sunday(2027), date!(2027 - 03 - 28));
        assert!(is_nrw_holiday(date!(2026 - 04 - 03)), "Karfreitag");
        assert!(is_nrw_holiday(date!(2026 - 06 - 04)), "Fronleichnam");
        assert!(is_nrw_holiday(date!(2026 - 11 - 01)), "Allerheiligen");
        assert!(
            !is_nrw_holiday(date!(2026 - 10 - 31)),
            "Reformationstag is not one in NRW"
        );
        assert!(!is_working_day(date!(2026 - 12 - 26)));
        assert!(is_working_day(date!(2026 - 12 - 28)));
    }

    #[test]
    fn a_posted_notice_is_known_on_the_fourth_day_and_the_month_ends_on_a_working_day() {
        // Posted Monday 30 Nov 2026: known Friday 4 Dec; deadline Monday 4 Jan 2027.
        let known = bekanntgabe(date!(2026 - 11 - 30));
        assert_eq!(known, date!(2026 - 12 - 04));
        assert_eq!(objection_deadline(known), date!(2027 - 01 - 04));
        // Known on 31 January: the month ends on the last day of February, a Sunday in
        // 2027, so on Monday 1 March.
        assert_eq!(
            objection_deadline(date!(2027 - 01 - 31)),
            date!(2027 - 03 - 01)
        );
    }

    #[test]
    fn a_deadline_on_a_weekend_or_holiday_moves_to_the_next_working_day() {
        // Known on 1 Dec 2026: 1 Jan 2027 is Neujahr (Friday) → Monday 4 Jan.
        assert_eq!(
            objection_deadline(date!(2026 - 12 - 01)),
            date!(2027 - 01 - 04)
        );
        // Known on 3 Sept 2026: 3 Oct 2026 is a Saturday and a holiday → Monday 5 Oct.
        assert_eq!(
            objection_deadline(date!(2026 - 09 - 03)),
            date!(2026 - 10 - 05)
        );
    }

    #[test]
    fn in_time_needs_the_posting_date() {
        let posted = Some(Delivery::Posted(date!(2026 - 11 - 30)));
        assert_eq!(in_time(posted, date!(2027 - 01 - 04)), Some(true));
        assert_eq!(in_time(posted, date!(2027 - 01 - 05)), Some(false));
        assert_eq!(in_time(None, date!(2026 - 12 - 10)), None);
    }

    #[test]
    fn a_notice_for_download_is_known_on_the_third_day_after_the_notification() {
        let notified = date!(2026 - 12 - 07);
        assert_eq!(
            Delivery::Download(notified).known_on(),
            date!(2026 - 12 - 10)
        );
        assert_eq!(Delivery::Posted(notified).known_on(), date!(2026 - 12 - 11));
        // Posted and provided: whichever made it known first.
        assert_eq!(
            Delivery::first(Some(notified), Some(notified)),
            Some(Delivery::Download(notified))
        );
        assert_eq!(
            Delivery::first(Some(date!(2026 - 12 - 01)), Some(notified)),
            Some(Delivery::Posted(date!(2026 - 12 - 01)))
        );
        assert_eq!(Delivery::first(None, None), None);
        // The deadline counts from the download's Bekanntgabe: 10.12. → 11.01.2027 (a Monday).
        assert_eq!(
            in_time(Some(Delivery::Download(notified)), date!(2027 - 01 - 11)),
            Some(true)
        );
        assert_eq!(
            in_time(Some(Delivery::Download(notified)), date!(2027 - 01 - 12)),
            Some(false)
        );
    }

    #[test]
    fn a_posting_date_is_not_in_the_future() {
        let today = date!(2026 - 12 - 05);
        assert_eq!(parse_posted("2026-12-05", today), Ok(today));
        assert_eq!(
            parse_posted("2026-12-06", today).unwrap_err().msg_id,
            "notice-error-posted-future"
        );
        assert!(parse_posted("gestern", today).is_err());
    }

    #[test]
    fn a_widerspruch_is_registered_with_its_day_and_form() {
        let today = date!(2026 - 12 - 05);
        let ok = parse_objection("2026-12-03", "letter", "", today).unwrap();
        assert_eq!(ok.received_on, date!(2026 - 12 - 03));
        assert!(ok.channel.meets_form());
        assert!(!Channel::PlainEmail.meets_form());
        let errors = parse_objection("2026-12-06", "brieftaube", "", today).unwrap_err();
        let ids: Vec<_> = errors.iter().map(|e| e.msg_id.as_str()).collect();
        assert_eq!(ids, ["objection-error-future", "objection-error-channel"]);
        for s in ObjectionStatus::ALL {
            assert_eq!(ObjectionStatus::parse(s.as_str()), Some(s));
        }
    }
}
