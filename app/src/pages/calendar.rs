//! Admin: the school calendar (`/admin/schulkalender`) — the days off school of each
//! school year, from which Lernförderung approvals count their school days.

use crate::api::calendar::{SaveSchoolYear, calendar_page};
use crate::{
    components::{
        form::{ErrorSummary, TextArea},
        guard::require_role,
        title::PageTitle,
    },
    context::{Flash, use_ctx},
    db::{self, Db, school_calendar::CalendarYear},
    domain::{
        account::Role,
        school_days::{SchoolYear, format_days_off},
    },
    i18n::{date_unix, t, t_args},
    pages::load,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// The school calendar: links to the school years, and the list of days off of one.
#[component]
pub fn SchoolCalendarPage() -> impl IntoView {
    require_role(&[Role::Admin], |_user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        let today = crate::db::today();
        let chosen = use_query_map()
            .get_untracked()
            .get("jahr")
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|y| (2000..=2100).contains(y))
            .map_or_else(|| SchoolYear::of(today), SchoolYear);
        let title = t("calendar-title");
        view! {
            <PageTitle text=title.clone() />
            <p>
                <a href="/admin/bescheide">{t("admin-notices-title")}</a>
            </p>
            <h1>{title}</h1>
            <p>{t("calendar-intro")}</p>
            <ErrorSummary flash=flash.clone() />
            <Suspense>
                {Suspend::new(
                    load(async move {
                        let years = db::school_calendar::years(&db).await?;
                        Ok(calendar_view(&years, chosen, SchoolYear::of(today), &flash))
                    }),
                )}
            </Suspense>
        }
        .into_any()
    })
}

/// The year links and the form of `chosen`.
fn calendar_view(
    years: &[CalendarYear],
    chosen: SchoolYear,
    current: SchoolYear,
    flash: &Flash,
) -> AnyView {
    let mut shown: Vec<SchoolYear> = years.iter().map(|y| y.year).collect();
    shown.extend([current, SchoolYear(current.0 + 1), chosen]);
    shown.sort();
    shown.dedup();
    let links = shown
        .into_iter()
        .map(|y| {
            let maintained = years.iter().any(|m| m.year == y);
            let state = if maintained {
                t("calendar-maintained")
            } else {
                t("calendar-missing")
            };
            let current = (y == chosen).then_some("page");
            view! {
                <li>
                    <a href=calendar_page(Some(y)) aria-current=current>
                        {y.label()}
                    </a>
                    " – "
                    {state}
                </li>
            }
        })
        .collect_view();
    let year = years.iter().find(|y| y.year == chosen);
    view! {
        <ul class="year-list" data-testid="school-years">
            {links}
        </ul>
        <YearForm year=chosen stored=year.cloned() flash=flash.clone() />
    }
    .into_any()
}

/// The days off of one school year as an editable list.
#[component]
fn YearForm(year: SchoolYear, stored: Option<CalendarYear>, flash: Flash) -> impl IntoView {
    let value = flash.values.get("days_off").cloned().unwrap_or_else(|| {
        stored
            .as_ref()
            .map(|y| format_days_off(&y.entries))
            .unwrap_or_default()
    });
    let error = flash.error_for("days_off").map(|msg| {
        match flash.values.get("error_line").filter(|l| !l.is_empty()) {
            Some(line) => {
                t_args("calendar-error-line", &[("line", line.clone().into())]) + " " + &t(msg)
            }
            None => t(msg),
        }
    });
    let updated = stored.map(|y| {
        t_args(
            "calendar-updated",
            &[("date", date_unix(y.updated_at).into())],
        )
    });
    view! {
        <h2>{t_args("calendar-year-title", &[("year", year.label().into())])}</h2>
        {updated.map(|u| view! { <p class="hint">{u}</p> })}
        <form method="post" action={<SaveSchoolYear as ServerFn>::PATH} class="form">
            <input type="hidden" name="year" value=year.0.to_string() />
            <TextArea
                name="days_off"
                label=t("calendar-days-off")
                hint=t("calendar-days-off-hint")
                value=value
                error=error
                maxlength=4000
            />
            <button type="submit" class="button">
                {t("calendar-save")}
            </button>
        </form>
    }
}
