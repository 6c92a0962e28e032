//! Lernstandorte: tutoring at the pupil's own school, registered by the school social
//! worker and approved by BuT staff. Only approved sites are public and can be chosen.

use super::ids::SchoolId;
use super::{
    FieldError,
    lernfoerderung::Subject,
    text::{date, required_text},
};
use serde::{Deserialize, Serialize};
use time::{Date, Duration};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SiteStatus {
    /// New or changed, waiting for staff.
    Pending,
    Approved,
    /// Sent back by staff with a comment.
    Returned,
    Paused,
    Closed,
}

impl SiteStatus {
    pub const ALL: [SiteStatus; 5] = [
        SiteStatus::Pending,
        SiteStatus::Approved,
        SiteStatus::Returned,
        SiteStatus::Paused,
        SiteStatus::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SiteStatus::Pending => "pending",
            SiteStatus::Approved => "approved",
            SiteStatus::Returned => "returned",
            SiteStatus::Paused => "paused",
            SiteStatus::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<SiteStatus> {
        SiteStatus::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn label_id(self) -> &'static str {
        match self {
            SiteStatus::Pending => "site-status-pending",
            SiteStatus::Approved => "site-status-approved",
            SiteStatus::Returned => "site-status-returned",
            SiteStatus::Paused => "site-status-paused",
            SiteStatus::Closed => "site-status-closed",
        }
    }
}

/// What someone does to a site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteAction {
    /// The school registers a new site or changes one: it goes (back) to staff.
    Submit,
    Approve,
    /// Staff send it back with a comment.
    Return,
    /// The school pauses an approved site (no new pupils), or opens it again.
    Pause,
    Reopen,
    Close,
}

impl SiteAction {
    /// What a school may do to its own site from the site's page (staff approve and
    /// return; submitting is the form itself).
    pub const BY_SCHOOL: [SiteAction; 3] =
        [SiteAction::Pause, SiteAction::Reopen, SiteAction::Close];

    /// The form value of a school's action.
    pub fn as_str(self) -> &'static str {
        match self {
            SiteAction::Submit => "submit",
            SiteAction::Approve => "approve",
            SiteAction::Return => "return",
            SiteAction::Pause => "pause",
            SiteAction::Reopen => "reopen",
            SiteAction::Close => "close",
        }
    }

    /// A school's action from its form value.
    pub fn parse_by_school(s: &str) -> Option<SiteAction> {
        SiteAction::BY_SCHOOL.into_iter().find(|a| a.as_str() == s)
    }
}

impl SiteStatus {
    /// The actions a school may take on a site in this status, in the order shown.
    pub fn school_actions(self) -> Vec<SiteAction> {
        SiteAction::BY_SCHOOL
            .into_iter()
            .filter(|a| site_transition(Some(self), *a).is_ok())
            .collect()
    }
}

/// The status after `action`; `from` is `None` for a new site. `Err`: Fluent id.
pub fn site_transition(
    from: Option<SiteStatus>,
    action: SiteAction,
) -> Result<SiteStatus, &'static str> {
    use SiteStatus::*;
    match (from, action) {
        (Some(Closed), _) => Err("site-error-closed"),
        (_, SiteAction::Submit) => Ok(Pending),
        (Some(Pending), SiteAction::Approve) => Ok(Approved),
        (Some(Pending), SiteAction::Return) => Ok(Returned),
        (Some(Approved), SiteAction::Pause) => Ok(Paused),
        (Some(Paused), SiteAction::Reopen) => Ok(Approved),
        (Some(_), SiteAction::Close) => Ok(Closed),
        _ => Err("site-error-not-allowed"),
    }
}

/// Most places one site may offer (a typo guard).
pub const MAX_PLACES: u32 = 200;

/// The raw form values.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteInput {
    pub school_id: String,
    pub place: String,
    pub subjects: Vec<String>,
    pub grade_from: String,
    pub grade_to: String,
    pub schedule: String,
    pub places: String,
    pub tutors: String,
    pub contact: String,
    pub start_date: String,
}

/// A validated site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    pub school_id: SchoolId,
    pub place: String,
    pub subjects: Vec<Subject>,
    pub grades: (u8, u8),
    pub schedule: String,
    pub places: u32,
    pub tutors: String,
    pub contact: String,
    pub start_date: Date,
}

impl Site {
    /// Subject codes as stored (comma-separated).
    pub fn subject_codes(&self) -> String {
        self.subjects
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Grades as stored (`5-10`).
    pub fn grade_range(&self) -> String {
        format!("{}-{}", self.grades.0, self.grades.1)
    }
}

fn ok<T>(errors: &mut Vec<FieldError>, r: Result<T, FieldError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

fn grade(input: &str, field: &str) -> Result<u8, FieldError> {
    match input.trim().parse::<u8>() {
        Ok(g) if (1..=13).contains(&g) => Ok(g),
        _ if input.trim().is_empty() => Err(FieldError::new(field, "error-required")),
        _ => Err(FieldError::new(field, "site-error-grade")),
    }
}

impl SiteInput {
    /// Validates the form; the start may lie at most a year back.
    pub fn parse(&self, today: Date) -> Result<Site, Vec<FieldError>> {
        let mut errors = Vec::new();
        let e = &mut errors;
        let school_id = ok(
            e,
            required_text(&self.school_id, "school_id", 60)
                .map_err(|_| FieldError::new("school_id", "site-error-school")),
        );
        let place = ok(e, required_text(&self.place, "place", 100));
        let subjects = self.subjects(e);
        let grades = self.grades(e);
        let schedule = ok(e, required_text(&self.schedule, "schedule", 200));
        let places = ok(e, self.places());
        let tutors = ok(e, required_text(&self.tutors, "tutors", 200));
        let contact = ok(e, required_text(&self.contact, "contact", 200));
        let start_date = ok(e, self.start_date(today));
        match (
            school_id, place, subjects, grades, schedule, places, tutors, contact, start_date,
        ) {
            (
                Some(school_id),
                Some(place),
                Some(subjects),
                Some(grades),
                Some(schedule),
                Some(places),
                Some(tutors),
                Some(contact),
                Some(start_date),
            ) if errors.is_empty() => Ok(Site {
                school_id: school_id.into(),
                place,
                subjects,
                grades,
                schedule,
                places,
                tutors,
                contact,
                start_date,
            }),
            _ => Err(errors),
        }
    }

    /// The subjects offered: known, without duplicates, at least one.
    fn subjects(&self, e: &mut Vec<FieldError>) -> Option<Vec<Subject>> {
        let mut subjects = Vec::new();
        let mut subjects_ok = !self.subjects.is_empty();
        for s in &self.subjects {
            match Subject::parse(s) {
                Some(s) if !subjects.contains(&s) => subjects.push(s),
                Some(_) => {}
                None => subjects_ok = false,
            }
        }
        ok(
            e,
            if subjects_ok {
                Ok(subjects)
            } else {
                Err(FieldError::new("subjects", "lf-error-subjects"))
            },
        )
    }

    /// The grades the site takes, lowest first.
    fn grades(&self, e: &mut Vec<FieldError>) -> Option<(u8, u8)> {
        let from = ok(e, grade(&self.grade_from, "grade_from"));
        let to = ok(e, grade(&self.grade_to, "grade_to"));
        match (from, to) {
            (Some(f), Some(t)) if f <= t => Some((f, t)),
            (Some(_), Some(_)) => ok(
                e,
                Err(FieldError::new("grade_to", "site-error-grade-order")),
            ),
            _ => None,
        }
    }

    /// The number of places, 1 to [`MAX_PLACES`].
    fn places(&self) -> Result<u32, FieldError> {
        match self.places.trim().parse::<u32>() {
            Ok(n) if (1..=MAX_PLACES).contains(&n) => Ok(n),
            _ if self.places.trim().is_empty() => Err(FieldError::new("places", "error-required")),
            _ => Err(FieldError::new("places", "site-error-places")),
        }
    }

    /// The first day of tutoring, at most a year before `today`.
    fn start_date(&self, today: Date) -> Result<Date, FieldError> {
        date(&self.start_date, "start_date").and_then(|d| {
            if d < today - Duration::days(365) {
                Err(FieldError::new("start_date", "site-error-start-past"))
            } else {
                Ok(d)
            }
        })
    }

    /// (field, value) pairs for a form; the subjects comma-separated.
    pub fn as_values(&self) -> Vec<(&'static str, String)> {
        vec![
            ("school_id", self.school_id.clone()),
            ("place", self.place.clone()),
            ("subjects", self.subjects.join(",")),
            ("grade_from", self.grade_from.clone()),
            ("grade_to", self.grade_to.clone()),
            ("schedule", self.schedule.clone()),
            ("places", self.places.clone()),
            ("tutors", self.tutors.clone()),
            ("contact", self.contact.clone()),
            ("start_date", self.start_date.clone()),
        ]
    }

    /// The input back from form values (see [`Self::as_values`]).
    pub fn from_values(value: impl Fn(&str) -> String) -> Self {
        SiteInput {
            school_id: value("school_id"),
            place: value("place"),
            subjects: value("subjects")
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            grade_from: value("grade_from"),
            grade_to: value("grade_to"),
            schedule: value("schedule"),
            places: value("places"),
            tutors: value("tutors"),
            contact: value("contact"),
            start_date: value("start_date"),
        }
    }
}

/// `5-10` → (5, 10).
pub fn parse_grades(stored: &str) -> Option<(u8, u8)> {
    let (from, to) = stored.split_once('-')?;
    Some((from.trim().parse().ok()?, to.trim().parse().ok()?))
}

/// Places still free when `taken` of `places` are taken.
pub fn free_places(places: i64, taken: i64) -> i64 {
    (places - taken).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_school_is_offered_exactly_the_actions_its_site_allows() {
        use SiteAction::*;
        assert_eq!(SiteStatus::Approved.school_actions(), [Pause, Close]);
        assert_eq!(SiteStatus::Paused.school_actions(), [Reopen, Close]);
        assert_eq!(SiteStatus::Pending.school_actions(), [Close]);
        assert_eq!(SiteStatus::Returned.school_actions(), [Close]);
        assert!(SiteStatus::Closed.school_actions().is_empty());
        for a in SiteAction::BY_SCHOOL {
            assert_eq!(SiteAction::parse_by_school(a.as_str()), Some(a));
        }
        assert_eq!(SiteAction::parse_by_school("approve"), None);
    }
    use time::macros::date;

    const TODAY: Date = date!(2026 - 11 - 24);

    fn input() -> SiteInput {
        SiteInput {
            school_id: "school".into(),
            place: "Raum B 104".into(),
            subjects: vec!["mathematik".into(), "englisch".into()],
            grade_from: "5".into(),
            grade_to: "10".into(),
            schedule: "Mo und Mi 14:00–15:30".into(),
            places: "12".into(),
            tutors: "2 Lernbegleiterinnen".into(),
            contact: "Frau Schulz, 02382 940-12".into(),
            start_date: "2026-12-01".into(),
        }
    }

    #[test]
    fn a_complete_site_is_accepted() {
        let s = input().parse(TODAY).unwrap();
        assert_eq!(s.subject_codes(), "mathematik,englisch");
        assert_eq!(s.grade_range(), "5-10");
        assert_eq!(s.places, 12);
        assert_eq!(parse_grades(&s.grade_range()), Some((5, 10)));
    }

    #[test]
    fn every_field_is_checked() {
        let mut i = input();
        i.school_id = String::new();
        i.subjects = vec!["astrologie".into()];
        i.grade_from = "11".into();
        i.grade_to = "5".into();
        i.places = "0".into();
        i.start_date = "2025-01-01".into();
        let ids = crate::domain::msg_ids(i.parse(TODAY));
        assert_eq!(
            ids,
            [
                "site-error-school",
                "lf-error-subjects",
                "site-error-grade-order",
                "site-error-places",
                "site-error-start-past"
            ]
        );
        i.grade_from = "14".into();
        assert!(
            i.parse(TODAY)
                .unwrap_err()
                .iter()
                .any(|e| e.msg_id == "site-error-grade")
        );
    }

    #[test]
    fn the_lifecycle_needs_staff_for_every_change() {
        use SiteAction::*;
        use SiteStatus::*;
        assert_eq!(site_transition(None, Submit), Ok(Pending));
        assert_eq!(site_transition(Some(Pending), Approve), Ok(Approved));
        assert_eq!(site_transition(Some(Pending), Return), Ok(Returned));
        assert_eq!(site_transition(Some(Returned), Submit), Ok(Pending));
        assert_eq!(
            site_transition(Some(Approved), Submit),
            Ok(Pending),
            "a change is reviewed again"
        );
        assert_eq!(site_transition(Some(Approved), Pause), Ok(Paused));
        assert_eq!(site_transition(Some(Paused), Reopen), Ok(Approved));
        assert_eq!(
            site_transition(Some(Approved), Approve),
            Err("site-error-not-allowed")
        );
        assert_eq!(site_transition(Some(Paused), Close), Ok(Closed));
        assert_eq!(
            site_transition(Some(Closed), Submit),
            Err("site-error-closed")
        );
        assert_eq!(
            site_transition(None, Approve),
            Err("site-error-not-allowed")
        );
    }

    #[test]
    fn free_places_never_go_below_zero() {
        assert_eq!(free_places(12, 5), 7);
        assert_eq!(free_places(2, 3), 0);
    }
}
