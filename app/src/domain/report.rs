//! Reports: the Kreis's own indicators (money approved, children supported, Lernstandorte)
//! and the figures of the claim process, for a period, by Kommune, benefit, month and
//! school year.
//!
//! The database returns small grouped tables ("cells": counts per Kommune × benefit ×
//! month × …); everything here is pure: the reporting period, the roll-up of cells into
//! the rows of each breakdown, percentiles from a histogram, rates, and the CSV format
//! German Excel opens (UTF-8 with BOM, `;`, decimal comma).
//!
//! What is counted (also explained on the dashboard):
//! - *received*: claims submitted in the period, by their status today;
//! - *decided*: claims first decided in the period; processing time is submission → first
//!   decision (a later correction does not restart it), in whole days;
//! - *money approved*: the whole amount of the approvals in force of the claims first
//!   decided in the period (monthly amount × months, as the Bescheid states it);
//! - *children supported*: distinct children with an approval in force whose period
//!   overlaps the period (or the month / school year of a row).

use super::{
    FieldError, Fields, benefit::BenefitKind, claim::Status, money::Cents, month::YearMonth,
};
use serde::Serialize;
use std::collections::BTreeMap;
use time::{Date, Month};

/// BuT exists since 2011; nothing can be reported before.
const EARLIEST_YEAR: i32 = 2011;
/// The longest period of one report (ten school years).
const MAX_MONTHS: i32 = 120;

/// A reporting period: whole days, `from` and `to` inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    #[serde(serialize_with = "iso_date")]
    pub from: Date,
    #[serde(serialize_with = "iso_date")]
    pub to: Date,
}

/// Dates in JSON as `2026-11-24`.
fn iso_date<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&super::text::iso(*d))
}

impl Period {
    /// The school year (1 August – 31 July) that contains `day`.
    pub fn school_year_of(day: Date) -> Period {
        SchoolYear::of(YearMonth::of(day)).period()
    }

    /// The shortcuts of the dashboard, as (Fluent id, period): this school year, the last
    /// one, and the last twelve months (from the first of the month eleven months ago).
    pub fn shortcuts(today: Date) -> [(&'static str, Period); 3] {
        let this = SchoolYear::of(YearMonth::of(today));
        let twelve = Period {
            from: YearMonth::of(today).plus_months(-11).first_day(),
            to: today,
        };
        [
            ("report-this-year", this.period()),
            ("report-last-year", SchoolYear(this.0 - 1).period()),
            ("report-last-12", twelve),
        ]
    }

    /// The period of the filter form; both fields empty is the current school year.
    pub fn parse(from: &str, to: &str, today: Date) -> Result<Period, Vec<FieldError>> {
        if from.trim().is_empty() && to.trim().is_empty() {
            return Ok(Period::school_year_of(today));
        }
        let from_date = super::text::date(from, "von");
        let to_date = super::text::date(to, "bis");
        let (from, to) = (from_date, to_date).collect()?;
        if to < from {
            return Err(vec![FieldError::new("bis", "report-error-order")]);
        }
        if from.year() < EARLIEST_YEAR {
            return Err(vec![FieldError::new("von", "report-error-too-early")]);
        }
        // Nothing can have happened later; and school years beyond the calendar's end
        // (9999) cannot even be named.
        if to.year() > today.year() + 1 {
            return Err(vec![FieldError::new("bis", "report-error-too-late")]);
        }
        if YearMonth::of(from).months_through(YearMonth::of(to)) > MAX_MONTHS {
            return Err(vec![FieldError::new("bis", "report-error-too-long")]);
        }
        Ok(Period { from, to })
    }

    /// The calendar months the period touches.
    pub fn months(&self) -> Vec<YearMonth> {
        let first = YearMonth::of(self.from);
        let n = first.months_through(YearMonth::of(self.to));
        (0..n).map(|i| first.plus_months(i)).collect()
    }

    /// The school years the period touches.
    pub fn school_years(&self) -> Vec<SchoolYear> {
        let first = SchoolYear::of(YearMonth::of(self.from)).0;
        let last = SchoolYear::of(YearMonth::of(self.to)).0;
        (first..=last).map(SchoolYear).collect()
    }

    /// Unix seconds of the period's first instant and of the instant after it (UTC days,
    /// as dates are shown everywhere in the portal).
    pub fn unix_range(&self) -> (i64, i64) {
        let start = self.from.midnight().assume_utc().unix_timestamp();
        let end = self.to.midnight().assume_utc().unix_timestamp() + 86_400;
        (start, end)
    }

    /// The part of `other` inside this period.
    pub fn clip(&self, other: Period) -> Option<Period> {
        let from = self.from.max(other.from);
        let to = self.to.min(other.to);
        (from <= to).then_some(Period { from, to })
    }
}

/// A month as a period.
pub fn month_period(m: YearMonth) -> Period {
    let next = m.plus_months(1).first_day();
    Period {
        from: m.first_day(),
        to: next.previous_day().unwrap_or(next),
    }
}

/// A school year, by the calendar year it starts in (2025 is 2025/26).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct SchoolYear(pub i32);

impl SchoolYear {
    pub fn of(m: YearMonth) -> SchoolYear {
        SchoolYear(if m.month >= 8 { m.year } else { m.year - 1 })
    }

    /// 1 August – 31 July.
    pub fn period(self) -> Period {
        let date = |y, m, d| Date::from_calendar_date(y, m, d).expect("valid date");
        Period {
            from: date(self.0, Month::August, 1),
            to: date(self.0 + 1, Month::July, 31),
        }
    }

    /// `2025/26`.
    pub fn label(self) -> String {
        format!("{}/{:02}", self.0, (self.0 + 1).rem_euclid(100))
    }
}

/// The breakdowns of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    Kommune,
    Benefit,
    Month,
    SchoolYear,
}

impl Dimension {
    pub const ALL: [Dimension; 4] = [
        Dimension::Kommune,
        Dimension::Benefit,
        Dimension::Month,
        Dimension::SchoolYear,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Kommune => "kommune",
            Dimension::Benefit => "benefit",
            Dimension::Month => "month",
            Dimension::SchoolYear => "school_year",
        }
    }

    /// The key of a cell's row in this breakdown.
    pub fn key(self, kommune: &str, benefit: BenefitKind, month: YearMonth) -> String {
        match self {
            Dimension::Kommune => kommune.to_string(),
            Dimension::Benefit => benefit.as_str().to_string(),
            Dimension::Month => month.iso(),
            Dimension::SchoolYear => SchoolYear::of(month).label(),
        }
    }
}

/// Claims received: how many claims of a Kommune, benefit and month of submission have a
/// status today, with or without a question to the family.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimCell {
    pub kommune: String,
    pub benefit: BenefitKind,
    pub month: YearMonth,
    pub status: Status,
    pub asked: bool,
    pub count: i64,
}

/// Claims decided: how many claims of a Kommune, benefit and month of their first
/// decision took `days` whole days from submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecidedCell {
    pub kommune: String,
    pub benefit: BenefitKind,
    pub month: YearMonth,
    pub days: i64,
    pub count: i64,
}

/// Approvals in force of the claims first decided in a month, and their whole amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApprovalCell {
    pub kommune: String,
    pub benefit: BenefitKind,
    pub month: YearMonth,
    pub approvals: i64,
    pub cents: i64,
}

/// The figures of one row (or of the whole report).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Claims submitted in the period.
    pub received: i64,
    /// … of which, by status today.
    pub submitted: i64,
    pub needs_info: i64,
    pub approved: i64,
    pub rejected: i64,
    pub withdrawn: i64,
    /// … of which the family was asked at least one question.
    pub with_question: i64,
    /// Claims first decided in the period.
    pub decided: i64,
    /// Processing time of those, in whole days: median and 90th percentile.
    pub median_days: Option<i64>,
    pub p90_days: Option<i64>,
    /// Approvals in force among the decided claims, and their whole amount.
    pub approvals: i64,
    pub approved_cents: i64,
    /// Distinct children with an approval in force overlapping the period.
    pub children: i64,
}

impl Figures {
    /// Share of the received claims with a question, in tenths of a percent.
    pub fn question_permille(&self) -> Option<i64> {
        permille(self.with_question, self.received)
    }

    pub fn approved_money(&self) -> Cents {
        Cents(self.approved_cents)
    }

    fn count_status(&mut self, status: Status, n: i64) {
        match status {
            Status::Draft => return,
            Status::Submitted => self.submitted += n,
            Status::NeedsInfo => self.needs_info += n,
            Status::Approved => self.approved += n,
            Status::Rejected => self.rejected += n,
            Status::Withdrawn => self.withdrawn += n,
        }
        self.received += n;
    }
}

/// One row of a breakdown: its key (Kommune id, benefit, `2026-09`, `2025/26`), the label
/// shown, and the figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    pub key: String,
    pub label: String,
    pub figures: Figures,
}

/// The cells of a report, as the database grouped them.
#[derive(Debug, Clone, Default)]
pub struct Cells {
    pub claims: Vec<ClaimCell>,
    /// Processing times by Kommune and benefit (their month is not used), and by month
    /// (their Kommune and benefit are not used): two small histograms instead of one by
    /// all three, which has a row for nearly every claim of a long period.
    pub decided: Vec<DecidedCell>,
    pub decided_by_month: Vec<DecidedCell>,
    pub approvals: Vec<ApprovalCell>,
}

/// Rolls the cells up into one `Figures` per key of `dimension` (`None`: the whole
/// report, key ""). Percentiles come from the merged histograms. Children are not
/// additive; they are counted per key by the database and set by the caller.
pub fn roll_up(cells: &Cells, dimension: Option<Dimension>) -> BTreeMap<String, Figures> {
    let key = |k: &str, b: BenefitKind, m: YearMonth| {
        dimension.map_or_else(String::new, |d| d.key(k, b, m))
    };
    let mut out: BTreeMap<String, Figures> = BTreeMap::new();
    for c in &cells.claims {
        let f = out.entry(key(&c.kommune, c.benefit, c.month)).or_default();
        f.count_status(c.status, c.count);
        if c.asked && c.status != Status::Draft {
            f.with_question += c.count;
        }
    }
    let mut histograms: BTreeMap<String, Vec<(i64, i64)>> = BTreeMap::new();
    let decided = match dimension {
        Some(Dimension::Month | Dimension::SchoolYear) => &cells.decided_by_month,
        None | Some(Dimension::Kommune | Dimension::Benefit) => &cells.decided,
    };
    for c in decided {
        let k = key(&c.kommune, c.benefit, c.month);
        out.entry(k.clone()).or_default().decided += c.count;
        histograms.entry(k).or_default().push((c.days, c.count));
    }
    for (k, mut h) in histograms {
        let f = out.entry(k).or_default();
        f.median_days = percentile(&mut h, 50);
        f.p90_days = percentile(&mut h, 90);
    }
    for c in &cells.approvals {
        let f = out.entry(key(&c.kommune, c.benefit, c.month)).or_default();
        f.approvals += c.approvals;
        f.approved_cents += c.cents;
    }
    out
}

/// The `p`th percentile (nearest rank) of a histogram of (value, count): the smallest
/// value with at least `p` percent of all counts at or below it. `None` when empty.
pub fn percentile(histogram: &mut [(i64, i64)], p: u32) -> Option<i64> {
    histogram.sort_unstable();
    let total: i64 = histogram.iter().map(|(_, n)| n).sum();
    if total <= 0 {
        return None;
    }
    // ceil(p × total / 100), at least the first.
    let rank = ((i64::from(p) * total + 99) / 100).max(1);
    let mut seen = 0;
    for (value, n) in histogram.iter() {
        seen += n;
        if seen >= rank {
            return Some(*value);
        }
    }
    histogram.last().map(|(v, _)| *v)
}

/// `part / whole` in tenths of a percent, rounded half up; `None` if `whole` is 0.
pub fn permille(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 2000 + whole) / (2 * whole))
}

/// Tenths of a percent with a decimal comma: `125` → `12,5`.
pub fn permille_decimal(p: i64) -> String {
    format!("{},{}", p / 10, p % 10)
}

/// Lernstandorte of a Kommune: approved ones started by the period's end, their places,
/// and the children with an approval in force there on the reference day.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Sites {
    pub active: i64,
    pub places: i64,
    pub occupied: i64,
}

impl Sites {
    pub fn occupancy_permille(&self) -> Option<i64> {
        permille(self.occupied, self.places)
    }
}

/// The uptake rate of a Kommune: children supported against the eligible children the
/// admin entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Uptake {
    pub eligible: Option<i64>,
    pub as_of: Option<String>,
    pub supported: i64,
    pub rate_permille: Option<i64>,
}

impl Uptake {
    pub fn new(supported: i64, eligible: Option<i64>, as_of: Option<String>) -> Uptake {
        Uptake {
            eligible,
            as_of,
            supported,
            rate_permille: eligible.and_then(|e| permille(supported, e)),
        }
    }
}

/// Validates the admin's number of eligible children of a Kommune and its date.
pub fn parse_eligible(children: &str, as_of: &str) -> Result<(i64, Date), Vec<FieldError>> {
    let digits: String = super::text::ascii_digits(children)
        .chars()
        .filter(|c| !matches!(c, '.' | ' ' | '\u{a0}'))
        .collect();
    let n = match digits.parse::<i64>() {
        Ok(n) if (0..=10_000_000).contains(&n) => Ok(n),
        _ if digits.is_empty() => Err(FieldError::new("children", "report-eligible-required")),
        _ => Err(FieldError::new("children", "report-eligible-invalid")),
    };
    let day = super::text::date(as_of, "as_of");
    (n, day).collect()
}

/// The filters of a report: the period, and optionally one Kommune or one benefit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReportFilter {
    pub period: Period,
    pub kommune: Option<String>,
    pub benefit: Option<BenefitKind>,
}

/// A Kommune's Lernstandorte in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteRow {
    pub key: String,
    pub label: String,
    pub sites: Sites,
}

/// A Kommune's uptake in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UptakeRow {
    pub key: String,
    pub label: String,
    pub uptake: Uptake,
}

/// Everything the dashboard and the exports show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    pub filter: ReportFilter,
    /// The day the occupancy of Lernstandorte is counted on: the period's end, or today.
    #[serde(serialize_with = "iso_date")]
    pub reference_day: Date,
    pub total: Figures,
    pub by_kommune: Vec<Row>,
    pub by_benefit: Vec<Row>,
    pub by_month: Vec<Row>,
    pub by_school_year: Vec<Row>,
    pub sites_total: Sites,
    pub sites: Vec<SiteRow>,
    pub uptake: Vec<UptakeRow>,
}

/// What the database delivered for a report.
#[derive(Debug, Clone, Default)]
pub struct ReportData {
    /// All Kommunen (id, name), in the order shown.
    pub kommunen: Vec<(String, String)>,
    pub cells: Cells,
    /// Distinct children supported: in the whole period (key ""), and per row key of each
    /// breakdown.
    pub children_total: i64,
    pub children: Vec<(Dimension, BTreeMap<String, i64>)>,
    pub sites: BTreeMap<String, Sites>,
    /// Per Kommune: eligible children and the day that number is from.
    pub eligible: BTreeMap<String, (i64, String)>,
}

/// Distinct children supported in the row `key` of breakdown `d`.
fn children_in_row(data: &ReportData, d: Dimension, key: &str) -> i64 {
    data.children
        .iter()
        .find(|(dim, _)| *dim == d)
        .and_then(|(_, m)| m.get(key).copied())
        .unwrap_or(0)
}

/// The rows of breakdown `d`, one per (key, label) in `keys`, also where nothing happened.
fn breakdown_rows(data: &ReportData, d: Dimension, keys: Vec<(String, String)>) -> Vec<Row> {
    let mut figures = roll_up(&data.cells, Some(d));
    keys.into_iter()
        .map(|(key, label)| {
            let mut f = figures.remove(&key).unwrap_or_default();
            f.children = children_in_row(data, d, &key);
            Row {
                key,
                label,
                figures: f,
            }
        })
        .collect()
}

/// The Kommunen of the report as (id, name): all, or the filtered one.
fn kommune_keys(filter: &ReportFilter, data: &ReportData) -> Vec<(String, String)> {
    data.kommunen
        .iter()
        .filter(|(id, _)| filter.kommune.as_ref().is_none_or(|k| k == id))
        .cloned()
        .collect()
}

/// The benefits of the report: both, or the filtered one.
fn benefit_keys(filter: &ReportFilter) -> Vec<(String, String)> {
    [BenefitKind::Lernfoerderung, BenefitKind::Teilhabe]
        .into_iter()
        .filter(|b| filter.benefit.is_none_or(|f| f == *b))
        .map(|b| (b.as_str().to_string(), b.as_str().to_string()))
        .collect()
}

/// The months of the period, as (`2026-09`, German name).
fn month_keys(filter: &ReportFilter) -> Vec<(String, String)> {
    filter
        .period
        .months()
        .into_iter()
        .map(|m| (m.iso(), m.german()))
        .collect()
}

/// The school years the period touches (`2025/26`).
fn school_year_keys(filter: &ReportFilter) -> Vec<(String, String)> {
    filter
        .period
        .school_years()
        .into_iter()
        .map(|y| (y.label(), y.label()))
        .collect()
}

/// The Lernstandorte of each of the `kommunen`.
fn site_rows(kommunen: &[(String, String)], data: &ReportData) -> Vec<SiteRow> {
    kommunen
        .iter()
        .map(|(key, label)| SiteRow {
            key: key.clone(),
            label: label.clone(),
            sites: data.sites.get(key).cloned().unwrap_or_default(),
        })
        .collect()
}

/// The uptake of each Kommune: its children supported against its eligible children.
fn uptake_rows(by_kommune: &[Row], data: &ReportData) -> Vec<UptakeRow> {
    by_kommune
        .iter()
        .map(|r| {
            let eligible = data.eligible.get(&r.key);
            UptakeRow {
                key: r.key.clone(),
                label: r.label.clone(),
                uptake: Uptake::new(
                    r.figures.children,
                    eligible.map(|e| e.0),
                    eligible.map(|e| e.1.clone()),
                ),
            }
        })
        .collect()
}

impl Report {
    /// Builds the report: a row for every Kommune (or the filtered one), benefit, month
    /// and school year of the period, also where nothing happened.
    pub fn assemble(filter: ReportFilter, reference_day: Date, data: ReportData) -> Report {
        let kommunen = kommune_keys(&filter, &data);
        let mut total = roll_up(&data.cells, None).remove("").unwrap_or_default();
        total.children = data.children_total;
        let by_kommune = breakdown_rows(&data, Dimension::Kommune, kommunen.clone());
        let sites = site_rows(&kommunen, &data);
        let sites_total = sites.iter().fold(Sites::default(), |t, r| Sites {
            active: t.active + r.sites.active,
            places: t.places + r.sites.places,
            occupied: t.occupied + r.sites.occupied,
        });
        let uptake = uptake_rows(&by_kommune, &data);
        Report {
            reference_day,
            total,
            by_benefit: breakdown_rows(&data, Dimension::Benefit, benefit_keys(&filter)),
            by_month: breakdown_rows(&data, Dimension::Month, month_keys(&filter)),
            by_school_year: breakdown_rows(&data, Dimension::SchoolYear, school_year_keys(&filter)),
            by_kommune,
            sites_total,
            sites,
            uptake,
            filter,
        }
    }

    /// The rows of a breakdown.
    pub fn rows(&self, d: Dimension) -> &[Row] {
        match d {
            Dimension::Kommune => &self.by_kommune,
            Dimension::Benefit => &self.by_benefit,
            Dimension::Month => &self.by_month,
            Dimension::SchoolYear => &self.by_school_year,
        }
    }
}

/// One claim of the claims list export (no names: the reference leads to the claim).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ClaimLine {
    pub reference: String,
    pub benefit: String,
    pub kommune: String,
    pub status: String,
    pub submitted_at: i64,
    pub decided_at: Option<i64>,
    pub processing_days: Option<i64>,
    pub asked: bool,
    pub period_from: Option<String>,
    pub period_to: Option<String>,
    pub monthly_cents: Option<i64>,
    pub total_cents: Option<i64>,
    pub lernstandort: Option<String>,
}

/// Column headers (Fluent ids) of the figures CSV.
const FIGURE_COLUMNS: [&str; 23] = [
    "report-csv-dimension",
    "report-csv-key",
    "report-csv-label",
    "report-col-received",
    "report-status-submitted",
    "report-status-needs-info",
    "report-status-approved",
    "report-status-rejected",
    "report-status-withdrawn",
    "report-col-with-question",
    "report-csv-question-share",
    "report-col-decided",
    "report-csv-median",
    "report-csv-p90",
    "report-col-approvals",
    "report-csv-money",
    "report-col-children",
    "report-col-sites",
    "report-col-places",
    "report-col-occupied",
    "report-csv-occupancy",
    "report-col-eligible",
    "report-csv-rate",
];

fn figure_fields(f: &Figures) -> Vec<String> {
    vec![
        f.received.to_string(),
        f.submitted.to_string(),
        f.needs_info.to_string(),
        f.approved.to_string(),
        f.rejected.to_string(),
        f.withdrawn.to_string(),
        f.with_question.to_string(),
        f.question_permille()
            .map(permille_decimal)
            .unwrap_or_default(),
        f.decided.to_string(),
        csv_opt(f.median_days),
        csv_opt(f.p90_days),
        f.approvals.to_string(),
        csv_money(f.approved_cents),
        f.children.to_string(),
    ]
}

fn site_fields(s: &Sites) -> Vec<String> {
    vec![
        s.active.to_string(),
        s.places.to_string(),
        s.occupied.to_string(),
        s.occupancy_permille()
            .map(permille_decimal)
            .unwrap_or_default(),
    ]
}

/// The figures of a report as CSV for German Excel: one line for the whole report,
/// then one per Kommune (with its Lernstandorte and uptake), benefit, month and school
/// year. `tr` translates a Fluent id (headers, dimension names, benefits).
pub fn figures_csv(report: &Report, tr: &dyn Fn(&str) -> String) -> String {
    let mut out = String::from(CSV_BOM);
    out.push_str(&csv_line(&FIGURE_COLUMNS.map(tr)));
    let mut total = vec![tr("report-total"), String::new(), tr("report-total")];
    total.extend(figure_fields(&report.total));
    total.extend(site_fields(&report.sites_total));
    total.extend([String::new(), String::new()]);
    out.push_str(&csv_line(&total));
    for d in Dimension::ALL {
        let name = tr(match d {
            Dimension::Kommune => "report-col-kommune",
            Dimension::Benefit => "report-col-benefit",
            Dimension::Month => "report-col-month",
            Dimension::SchoolYear => "report-col-school-year",
        });
        for row in report.rows(d) {
            let label = match d {
                Dimension::Benefit => BenefitKind::parse(&row.key)
                    .map_or_else(|| row.label.clone(), |b| tr(b.label_id())),
                _ => row.label.clone(),
            };
            let mut fields = vec![name.clone(), row.key.clone(), label];
            fields.extend(figure_fields(&row.figures));
            let sites = report.sites.iter().find(|s| s.key == row.key);
            let uptake = report.uptake.iter().find(|u| u.key == row.key);
            match (d, sites) {
                (Dimension::Kommune, Some(s)) => fields.extend(site_fields(&s.sites)),
                _ => fields.extend(std::iter::repeat_n(String::new(), 4)),
            }
            match (d, uptake) {
                (Dimension::Kommune, Some(u)) => fields.extend([
                    csv_opt(u.uptake.eligible),
                    u.uptake
                        .rate_permille
                        .map(permille_decimal)
                        .unwrap_or_default(),
                ]),
                _ => fields.extend([String::new(), String::new()]),
            }
            out.push_str(&csv_line(&fields));
        }
    }
    out
}

/// Column headers (Fluent ids) of the claims list CSV.
const CLAIM_COLUMNS: [&str; 13] = [
    "report-col-reference",
    "report-col-benefit",
    "report-col-kommune",
    "report-col-status",
    "report-col-submitted",
    "report-col-decided-at",
    "report-csv-processing-days",
    "report-col-asked",
    "report-col-from",
    "report-col-to",
    "report-csv-monthly",
    "report-csv-total",
    "report-col-site",
];

/// The claims list as CSV for German Excel. `tr` translates Fluent ids (headers,
/// benefits, statuses, yes/no); dates are written `24.11.2026`.
pub fn claims_csv(lines: &[ClaimLine], tr: &dyn Fn(&str) -> String) -> String {
    let day = |unix: i64| super::text::german_from_unix(unix);
    let mut out = String::from(CSV_BOM);
    out.push_str(&csv_line(&CLAIM_COLUMNS.map(tr)));
    for c in lines {
        let benefit =
            BenefitKind::parse(&c.benefit).map_or_else(|| c.benefit.clone(), |b| tr(b.label_id()));
        let status = tr(&format!("report-status-{}", c.status.replace('_', "-")));
        out.push_str(&csv_line(&[
            c.reference.clone(),
            benefit,
            c.kommune.clone(),
            status,
            day(c.submitted_at),
            c.decided_at.map(day).unwrap_or_default(),
            csv_opt(c.processing_days),
            tr(if c.asked { "report-yes" } else { "report-no" }),
            c.period_from
                .as_deref()
                .map(super::text::german_iso)
                .unwrap_or_default(),
            c.period_to
                .as_deref()
                .map(super::text::german_iso)
                .unwrap_or_default(),
            c.monthly_cents.map(csv_money).unwrap_or_default(),
            c.total_cents.map(csv_money).unwrap_or_default(),
            c.lernstandort.clone().unwrap_or_default(),
        ]));
    }
    out
}

/// The byte order mark that makes Excel read a CSV file as UTF-8.
pub const CSV_BOM: &str = "\u{feff}";

/// One CSV field: quoted when it holds `;`, `"` or a line break; a text that a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
pub fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// One CSV line of `fields`, separated by `;` and ended by CRLF.
pub fn csv_line<S: AsRef<str>>(fields: &[S]) -> String {
    let mut line = fields
        .iter()
        .map(|f| csv_field(f.as_ref()))
        .collect::<Vec<_>>()
        .join(";");
    line.push_str("\r\n");
    line
}

/// An amount for a spreadsheet: euros with a decimal comma, no grouping, no sign (`1234,50`).
pub fn csv_money(cents: i64) -> String {
    Cents(cents).with_separators("", ",")
}

/// An optional number for a spreadsheet: empty when there is none.
pub fn csv_opt(value: Option<i64>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn ym(year: i32, month: u8) -> YearMonth {
        YearMonth { year, month }
    }

    #[test]
    fn the_default_period_is_the_current_school_year() {
        let p = Period::parse("", "", date!(2026 - 11 - 24)).unwrap();
        assert_eq!(
            (p.from, p.to),
            (date!(2026 - 08 - 01), date!(2027 - 07 - 31))
        );
        let p = Period::parse(" ", "", date!(2026 - 07 - 31)).unwrap();
        assert_eq!(p.from, date!(2025 - 08 - 01));
        assert_eq!(SchoolYear::of(ym(2026, 7)).label(), "2025/26");
        assert_eq!(SchoolYear(2099).label(), "2099/00");
    }

    #[test]
    fn the_shortcuts_are_this_and_last_school_year_and_twelve_months() {
        let [this, last, twelve] = Period::shortcuts(date!(2026 - 07 - 15));
        assert_eq!(this.1.from, date!(2025 - 08 - 01));
        assert_eq!(
            (last.1.from, last.1.to),
            (date!(2024 - 08 - 01), date!(2025 - 07 - 31))
        );
        assert_eq!(
            (twelve.1.from, twelve.1.to),
            (date!(2025 - 08 - 01), date!(2026 - 07 - 15))
        );
        assert_eq!(twelve.1.months().len(), 12);
    }

    #[test]
    fn a_period_is_checked() {
        let today = date!(2026 - 11 - 24);
        let err = |from, to| crate::domain::msg_ids(Period::parse(from, to, today));
        assert_eq!(err("2026-03-01", "2026-02-28"), ["report-error-order"]);
        assert_eq!(err("2010-01-01", "2010-12-31"), ["report-error-too-early"]);
        assert_eq!(err("2012-01-01", "2026-12-31"), ["report-error-too-long"]);
        assert_eq!(err("", "2026-12-31"), ["error-date-required"]);
        let p = Period::parse("1.9.2026", "30.11.2026", today).unwrap();
        assert_eq!(p.months(), [ym(2026, 9), ym(2026, 10), ym(2026, 11)]);
        assert_eq!(p.school_years(), [SchoolYear(2026)]);
        let (start, end) = p.unix_range();
        assert_eq!(end - start, 91 * 86_400);
        let p = Period::parse("2025-07-15", "2026-08-01", today).unwrap();
        assert_eq!(
            p.school_years(),
            [SchoolYear(2024), SchoolYear(2025), SchoolYear(2026)]
        );
        assert_eq!(p.months().len(), 14);
        assert_eq!(
            p.clip(SchoolYear(2024).period()),
            Some(Period {
                from: date!(2025 - 07 - 15),
                to: date!(2025 - 07 - 31)
            })
        );
        assert_eq!(p.clip(SchoolYear(2030).period()), None);
        assert_eq!(month_period(ym(2028, 2)).to, date!(2028 - 02 - 29));
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        assert_eq!(percentile(&mut [], 50), None);
        assert_eq!(percentile(&mut [(7, 1)], 90), Some(7));
        // 1, 2, 3, 4: the median by nearest rank is the 2nd value, p90 the 4th.
        let mut h = vec![(4, 1), (1, 1), (3, 1), (2, 1)];
        assert_eq!(percentile(&mut h, 50), Some(2));
        assert_eq!(percentile(&mut h, 90), Some(4));
        // 10 × 0 days, 10 × 5 days, 1 × 40 days (21 values): rank 11 and rank 19.
        let mut h = vec![(40, 1), (0, 10), (5, 10)];
        assert_eq!(percentile(&mut h, 50), Some(5));
        assert_eq!(percentile(&mut h, 90), Some(5));
        assert_eq!(percentile(&mut h, 100), Some(40));
    }

    #[test]
    fn cells_roll_up_by_each_dimension() {
        let claim = |k: &str, b, m, status, asked, count| ClaimCell {
            kommune: k.into(),
            benefit: b,
            month: m,
            status,
            asked,
            count,
        };
        let (t, l) = (BenefitKind::Teilhabe, BenefitKind::Lernfoerderung);
        let mut cells = Cells {
            claims: vec![
                claim("ahlen", t, ym(2026, 7), Status::Approved, false, 3),
                claim("ahlen", l, ym(2026, 8), Status::NeedsInfo, true, 2),
                claim("beckum", t, ym(2026, 8), Status::Rejected, true, 1),
                claim("beckum", t, ym(2026, 8), Status::Withdrawn, false, 4),
            ],
            decided: vec![
                DecidedCell {
                    kommune: "ahlen".into(),
                    benefit: t,
                    month: ym(2026, 7),
                    days: 3,
                    count: 3,
                },
                DecidedCell {
                    kommune: "beckum".into(),
                    benefit: t,
                    month: ym(2026, 8),
                    days: 20,
                    count: 1,
                },
            ],
            approvals: vec![ApprovalCell {
                kommune: "ahlen".into(),
                benefit: t,
                month: ym(2026, 7),
                approvals: 3,
                cents: 3 * 12 * 1500,
            }],
            decided_by_month: Vec::new(),
        };
        cells.decided_by_month = cells
            .decided
            .iter()
            .map(|c| DecidedCell {
                kommune: String::new(),
                ..c.clone()
            })
            .collect();
        let total = &roll_up(&cells, None)[""];
        assert_eq!(
            (
                total.received,
                total.approved,
                total.needs_info,
                total.rejected
            ),
            (10, 3, 2, 1)
        );
        assert_eq!(
            (total.withdrawn, total.submitted, total.with_question),
            (4, 0, 3)
        );
        assert_eq!(total.question_permille(), Some(300));
        assert_eq!(
            (total.decided, total.median_days, total.p90_days),
            (4, Some(3), Some(20))
        );
        assert_eq!(
            (total.approvals, total.approved_money()),
            (3, Cents(54_000))
        );

        let by_kommune = roll_up(&cells, Some(Dimension::Kommune));
        assert_eq!(by_kommune["ahlen"].received, 5);
        assert_eq!(by_kommune["beckum"].median_days, Some(20));
        assert_eq!(by_kommune["beckum"].approved_cents, 0);
        let by_benefit = roll_up(&cells, Some(Dimension::Benefit));
        assert_eq!(by_benefit["lernfoerderung"].received, 2);
        assert_eq!(by_benefit["teilhabe"].decided, 4);
        let by_month = roll_up(&cells, Some(Dimension::Month));
        assert_eq!(by_month["2026-07"].received, 3);
        assert_eq!(by_month["2026-08"].received, 7);
        let by_year = roll_up(&cells, Some(Dimension::SchoolYear));
        assert_eq!(by_year["2025/26"].approved_cents, 54_000);
        assert_eq!(by_year["2026/27"].with_question, 3);
    }

    #[test]
    fn rates_are_rounded_half_up_in_tenths_of_a_percent() {
        assert_eq!(permille(1, 3), Some(333));
        assert_eq!(permille(2, 3), Some(667));
        assert_eq!(permille(1, 8), Some(125));
        assert_eq!(permille(5, 0), None);
        assert_eq!(permille_decimal(125), "12,5");
        assert_eq!(permille_decimal(1000), "100,0");
        let u = Uptake::new(120, Some(800), Some("2026-06-30".into()));
        assert_eq!(u.rate_permille, Some(150));
        assert_eq!(Uptake::new(3, None, None).rate_permille, None);
        let s = Sites {
            active: 2,
            places: 24,
            occupied: 18,
        };
        assert_eq!(s.occupancy_permille(), Some(750));
    }

    #[test]
    fn the_eligible_children_are_a_whole_number_and_a_date() {
        assert_eq!(
            parse_eligible("1.234", "30.06.2026").unwrap(),
            (1234, date!(2026 - 06 - 30))
        );
        assert_eq!(parse_eligible("٤٥٠", "2026-06-30").unwrap().0, 450);
        let ids = |c, d| crate::domain::msg_ids(parse_eligible(c, d));
        assert_eq!(ids("", "2026-06-30"), ["report-eligible-required"]);
        assert_eq!(ids("-5", "2026-06-30"), ["report-eligible-invalid"]);
        assert_eq!(
            ids("zwölf", ""),
            ["report-eligible-invalid", "error-date-required"]
        );
    }

    fn sample_report() -> Report {
        let filter = ReportFilter {
            period: SchoolYear(2026).period(),
            kommune: None,
            benefit: None,
        };
        let cells = Cells {
            claims: vec![ClaimCell {
                kommune: "ahlen".into(),
                benefit: BenefitKind::Teilhabe,
                month: ym(2026, 9),
                status: Status::Approved,
                asked: true,
                count: 2,
            }],
            decided: vec![],
            decided_by_month: vec![],
            approvals: vec![ApprovalCell {
                kommune: "ahlen".into(),
                benefit: BenefitKind::Teilhabe,
                month: ym(2026, 9),
                approvals: 2,
                cents: 123_450,
            }],
        };
        let data = ReportData {
            kommunen: vec![
                ("ahlen".into(), "Ahlen".into()),
                ("beelen".into(), "Beelen".into()),
            ],
            cells,
            children_total: 2,
            children: vec![(
                Dimension::Kommune,
                BTreeMap::from([("ahlen".to_string(), 2)]),
            )],
            sites: BTreeMap::from([(
                "ahlen".to_string(),
                Sites {
                    active: 1,
                    places: 8,
                    occupied: 3,
                },
            )]),
            eligible: BTreeMap::from([("ahlen".to_string(), (16, "2026-06-30".to_string()))]),
        };
        Report::assemble(filter, date!(2026 - 11 - 24), data)
    }

    #[test]
    fn a_report_has_a_row_for_every_kommune_month_and_school_year() {
        let r = sample_report();
        assert_eq!(r.by_kommune.len(), 2);
        assert_eq!(r.by_kommune[1].figures, Figures::default());
        assert_eq!(r.by_month.len(), 12);
        assert_eq!(r.by_month[1].label, "09/2026");
        assert_eq!(r.by_month[1].figures.approved_cents, 123_450);
        assert_eq!(r.by_school_year.len(), 1);
        assert_eq!(r.sites_total.occupied, 3);
        assert_eq!(r.uptake[0].uptake.rate_permille, Some(125));
        assert_eq!(r.uptake[1].uptake.eligible, None);
    }

    #[test]
    fn the_figures_csv_has_a_line_per_row_with_decimal_commas() {
        let csv = figures_csv(&sample_report(), &|id| id.to_string());
        assert!(csv.starts_with(CSV_BOM));
        let lines: Vec<Vec<&str>> = csv[CSV_BOM.len()..]
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(|l| l.split(';').collect())
            .collect();
        // Header, total, 2 Kommunen, 2 benefits, 12 months, 1 school year.
        assert_eq!(lines.len(), 1 + 1 + 2 + 2 + 12 + 1);
        assert!(lines.iter().all(|l| l.len() == FIGURE_COLUMNS.len()));
        let ahlen = &lines[2];
        assert_eq!(&ahlen[..4], ["report-col-kommune", "ahlen", "Ahlen", "2"]);
        assert_eq!(ahlen[10], "100,0", "share with a question");
        assert_eq!(ahlen[15], "1234,50");
        assert_eq!(&ahlen[17..], ["1", "8", "3", "37,5", "16", "12,5"]);
        let benefit = &lines[4];
        assert_eq!(benefit[2], "kind-lernfoerderung");
        assert_eq!(&benefit[17..], ["", "", "", "", "", ""]);
    }

    #[test]
    fn the_claims_csv_writes_german_dates_and_amounts() {
        let line = ClaimLine {
            reference: "BUT-2026-000001".into(),
            benefit: "teilhabe".into(),
            kommune: "Ahlen".into(),
            status: "needs_info".into(),
            submitted_at: 1_790_000_000,
            decided_at: None,
            processing_days: None,
            asked: true,
            period_from: None,
            period_to: None,
            monthly_cents: None,
            total_cents: None,
            lernstandort: Some("=Schule; Raum \"1\"".into()),
        };
        let csv = claims_csv(&[line], &|id| id.to_string());
        let rows: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            rows[1],
            "BUT-2026-000001;kind-teilhabe;Ahlen;report-status-needs-info;21.09.2026;;;report-yes;;;;;\"'=Schule; Raum \"\"1\"\"\""
        );
    }

    #[test]
    fn csv_is_what_german_excel_reads() {
        assert_eq!(
            csv_line(&["a", "b;c", "say \"hi\""]),
            "a;\"b;c\";\"say \"\"hi\"\"\"\r\n"
        );
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-1"), "'-1");
        assert_eq!(csv_field("zwei\nZeilen"), "\"zwei\nZeilen\"");
        assert_eq!(csv_money(123_450), "1234,50");
        assert_eq!(csv_money(5), "0,05");
        assert_eq!(csv_opt(None), "");
        assert_eq!(csv_opt(Some(12)), "12");
        assert_eq!(CSV_BOM.as_bytes(), [0xEF, 0xBB, 0xBF]);
    }

    #[test]
    fn a_period_may_reach_at_most_into_next_year() {
        let today = Date::from_calendar_date(2026, time::Month::December, 4).unwrap();
        let err = Period::parse("2026-01-01", "9999-12-31", today).unwrap_err();
        assert_eq!(err[0].msg_id, "report-error-too-late");
        assert!(Period::parse("9999-01-01", "9999-12-31", today).is_err());
        assert!(Period::parse("2026-01-01", "2027-12-31", today).is_ok());
    }
}
