//! The school side: Lernstandorte (the school's overview and site form, the staff review,
//! the public finder), confirmations, applications started with a family, account requests
//! and the school directory.

use crate::api::school::{
    ChangeSiteStatus, ConfirmNeed, DecideSchoolRequest, RequestSchoolAccount, ReviewSite,
    SaveSchool, SaveSite, StartOnBehalf,
};
use crate::domain::ids::ClaimId;
use crate::{
    components::layout::{button_links, empty_state},
    components::title::{PageHeading, PageTitle},
    components::{
        form::{
            CheckboxGroup, ErrorSummary, Input, NewPasswordFields, RadioGroup, SelectField,
            TextArea, TextField, button_form, field_error, inputs,
        },
        guard::require_role,
        table::{Column, table_head},
    },
    context::{Flash, use_ctx},
    db::{
        self, Db, confirmation::ConfirmationRequest, kommune::SchoolOption,
        lernstandort::SiteSummary,
    },
    domain::{
        account::Role,
        lernfoerderung::Subject,
        lernstandort::{SiteAction, SiteInput, SiteStatus, parse_grades},
        school::SCHOOL_TYPES,
    },
    error::AppError,
    i18n::{date_iso, date_unix, t, t_args},
    pages::{claim::LearningPeriodFields, load_view, route_id},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// Subject codes (`deutsch,mathematik`) as translated names.
fn subject_names(codes: &str) -> String {
    codes
        .split(',')
        .filter_map(Subject::parse)
        .map(|s| t(s.label_id()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `5-10` as "Klassen 5–10".
fn grades_text(grades: &str) -> String {
    match parse_grades(grades) {
        Some((from, to)) => t_args(
            "site-grades-range",
            &[
                ("from", i64::from(from).into()),
                ("to", i64::from(to).into()),
            ],
        ),
        None => grades.to_string(),
    }
}

/// Free places as a sentence; "full" when none.
fn places_text(site: &SiteSummary) -> String {
    if site.free() == 0 {
        t("site-full")
    } else {
        t_args(
            "site-free-places",
            &[("free", site.free().into()), ("places", site.places.into())],
        )
    }
}

#[component]
pub fn SchoolOverview() -> impl IntoView {
    require_role(&[Role::School], |user| {
        let db = expect_context::<Db>();
        view! {
            <PageHeading text=t("school-title") />
            {load_view(async move {
                let loaded = async {
                    let schools = db::lernstandort::member_schools(&db, &user.id).await?;
                    let sites = db::lernstandort::list_for_member(&db, &user.id).await?;
                    let requests = db::confirmation::list_for_member(&db, &user.id).await?;
                    Ok::<_, sqlx::Error>((schools, sites, requests))
                };
                Ok(
                    match loaded.await? {
                        (schools, _, _) if schools.is_empty() => {
                            empty_state("school-no-schools", None)
                        }
                        (schools, sites, requests) => {
                            view! { <SchoolSites schools=schools sites=sites requests=requests /> }
                                .into_any()
                        }
                    },
                )
            })}
        }
        .into_any()
    })
}

/// The Lernförderung claims of pupils at the school's schools, undecided first.
#[component]
fn Confirmations(requests: Vec<ConfirmationRequest>) -> impl IntoView {
    let items = requests
        .into_iter()
        .map(|r| {
            let href = format!("/schule/bestaetigung/{}", r.claim_id);
            let state = match r.decision.as_deref() {
                Some("confirmed") => t("conf-state-confirmed"),
                Some(_) => t("conf-state-declined"),
                None => t("conf-state-open"),
            };
            let since = r.submitted_at.map(date_unix).unwrap_or_default();
            view! {
                <li class="claim">
                    <a href=href>
                        <strong>{format!("{} ({}, {})", r.child_name, r.school, r.grade)}</strong>
                    </a>
                    <span class="hint">
                        {format!("{} · {since}", r.reference.unwrap_or_default())}
                    </span>
                    <span class="badge">{state}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{t("conf-list-title")}</h2>
        <p class="hint">{t("conf-list-hint")}</p>
        <ul class="claims" data-testid="confirmations">
            {items}
        </ul>
    }
}

#[component]
fn SchoolSites(
    schools: Vec<SchoolOption>,
    sites: Vec<SiteSummary>,
    requests: Vec<ConfirmationRequest>,
) -> impl IntoView {
    let school_names = schools
        .iter()
        .map(|s| format!("{} ({})", s.name, s.kommune))
        .collect::<Vec<_>>()
        .join(", ");
    let rows = sites
        .into_iter()
        .map(|s| {
            let href = format!("/schule/lernstandort/{}", s.id);
            let occupancy = t_args(
                "site-occupancy",
                &[("taken", s.taken.into()), ("places", s.places.into())],
            );
            view! {
                <li class="site">
                    <a href=href>
                        <strong>{format!("{} – {}", s.school, s.place)}</strong>
                    </a>
                    <span class=format!(
                        "badge badge-site-{}",
                        s.status.as_str(),
                    )>{t(s.status.label_id())}</span>
                    <span class="hint">{occupancy}</span>
                    {s
                        .review_comment
                        .clone()
                        .filter(|_| s.status == SiteStatus::Returned)
                        .map(|c| {
                            view! {
                                <p class="review-comment">{t("site-review-comment")} ": " {c}</p>
                            }
                        })}
                </li>
            }
        })
        .collect_view();
    view! {
        <p class="lead">{t_args("school-lead", &[("schools", school_names.into())])}</p>
        <p class="actions">
            {button_links(
                1,
                [
                    ("/schule/lernstandort/neu", t("site-new")),
                    ("/schule/antrag/neu", t("behalf-title")),
                ],
            )}
        </p>
        <Confirmations requests=requests />
        <h2>{t("school-sites-title")}</h2>
        <ul class="sites" data-testid="school-sites">
            {rows}
        </ul>
    }
}

#[component]
pub fn NewSitePage() -> impl IntoView {
    site_page(None)
}

#[component]
pub fn EditSitePage() -> impl IntoView {
    let id = route_id();
    site_page(Some(id))
}

fn site_page(id: Option<String>) -> AnyView {
    require_role(&[Role::School], move |user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        view! {
            {load_view(async move {
                let schools = db::lernstandort::member_schools(&db, &user.id)
                    .await
                    .unwrap_or_default();
                let existing = match &id {
                    Some(id) => {
                        Some(
                            db::lernstandort::find_for_member(&db, &user.id, &id.clone().into())
                                .await?
                                .ok_or(AppError::NotFound)?,
                        )
                    }
                    None => None,
                };
                let input = if flash.values.is_empty() {
                    existing
                        .as_ref()
                        .map(SiteSummary::input)
                        .unwrap_or_else(|| SiteInput {
                            school_id: schools
                                .first()
                                .map(|s| s.id.to_string())
                                .unwrap_or_default(),
                            ..Default::default()
                        })
                } else {
                    SiteInput::from_values(|k| flash.value(k))
                };
                Ok(
                    view! {
                        <SiteForm
                            existing=existing
                            input=input
                            schools=schools
                            flash=flash.clone()
                        />
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

#[component]
fn SiteForm(
    existing: Option<SiteSummary>,
    input: SiteInput,
    schools: Vec<SchoolOption>,
    flash: Flash,
) -> impl IntoView {
    let title = match &existing {
        Some(s) => t_args("site-edit-title", &[("place", s.place.clone().into())]),
        None => t("site-new"),
    };
    let site_id = existing
        .as_ref()
        .map(|s| s.id.to_string())
        .unwrap_or_default();
    let school_options = schools.into_iter().map(school_choice).collect();
    let subjects = Subject::ALL
        .into_iter()
        .map(|s| (s.as_str(), t(s.label_id())))
        .collect();
    let status = existing.as_ref().map(site_status);
    let e = |f: &str| field_error(&flash, f);
    view! {
        <PageHeading text=title back="/schule" />
        {status}
        <p class="lead">{t("site-form-lead")}</p>
        <ErrorSummary flash=flash.clone() />
        <form method="post" action={<SaveSite as ServerFn>::PATH} class="form" novalidate>
            <input type="hidden" name="site_id" value=site_id />
            <SelectField
                name="school_id"
                label=t("site-school")
                options=school_options
                selected=input.school_id
                error=e("school_id")
            />
            <TextField
                name="place"
                label=t("site-place")
                hint=t("site-place-hint")
                value=input.place
                maxlength=100
                error=e("place")
            />
            <CheckboxGroup
                name="subjects"
                legend=t("site-subjects")
                options=subjects
                checked=input.subjects
                error=e("subjects")
            />
            {inputs(
                &flash,
                [
                    Input::new("grade_from", "site-grade-from", input.grade_from)
                        .of_type("number")
                        .max(2),
                    Input::new("grade_to", "site-grade-to", input.grade_to)
                        .of_type("number")
                        .max(2),
                    Input::new("schedule", "site-schedule", input.schedule)
                        .hint("site-schedule-hint")
                        .max(200),
                    Input::new("places", "site-places", input.places).of_type("number").max(3),
                    Input::new("tutors", "site-tutors", input.tutors)
                        .hint("site-tutors-hint")
                        .max(200),
                    Input::new("contact", "site-contact", input.contact)
                        .hint("site-contact-hint")
                        .max(200),
                    Input::new("start_date", "site-start", input.start_date).of_type("date").max(10),
                ],
            )}
            <p class="hint">{t("site-review-hint")}</p>
            <button type="submit" class="button">
                {t("site-submit")}
            </button>
        </form>
    }
}

/// A site's status for its school: the review comment of a returned site, and the
/// buttons of what the school may do now (pause, reopen, close).
fn site_status(s: &SiteSummary) -> impl IntoView + use<> {
    let actions: Vec<(&str, String)> = s
        .status
        .school_actions()
        .into_iter()
        .map(|a| {
            let label = match a {
                SiteAction::Pause => "site-pause",
                SiteAction::Reopen => "site-reopen",
                _ => "site-close",
            };
            (a.as_str(), t(label))
        })
        .collect();
    let id = s.id.clone();
    let buttons = actions
        .into_iter()
        .map(|(action, label)| {
            button_form(
                <ChangeSiteStatus as ServerFn>::PATH,
                [("site_id", id.to_string()), ("action", action.to_string())],
                "button button-secondary",
                label,
            )
        })
        .collect_view();
    view! {
        <p class="status-line">
            {t("site-status")} ": "
            <strong data-testid="site-status">{t(s.status.label_id())}</strong>
        </p>
        {s
            .review_comment
            .clone()
            .filter(|_| s.status == SiteStatus::Returned)
            .map(|c| {
                view! {
                    <div class="info-box">
                        <p>{t("site-review-comment")} ": " {c}</p>
                    </div>
                }
            })}
        <div class="actions">{buttons}</div>
    }
}

/// Staff review of new and changed sites.
#[component]
pub fn StaffSitesPage() -> impl IntoView {
    require_role(&[Role::Staff, Role::Admin], |_user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        view! {
            <PageHeading text=t("staff-sites-title") back="/verwaltung" />
            <p>
                <a href=crate::api::school::OPERATORS_PAGE>{t("site-operators-title")}</a>
            </p>
            <ErrorSummary flash=flash.clone() />
            {load_view(async move {
                Ok(
                    match db::lernstandort::list_pending(&db).await? {
                        sites if sites.is_empty() => {
                            empty_state("staff-sites-empty", Some("pending-empty"))
                        }
                        sites => {
                            let items = sites
                                .into_iter()
                                .map(|s| view! { <ReviewCard site=s /> })
                                .collect_view();
                            view! {
                                <ul class="sites" data-testid="pending-sites">
                                    {items}
                                </ul>
                            }
                                .into_any()
                        }
                    },
                )
            })}
        }
        .into_any()
    })
}

#[component]
fn ReviewCard(site: SiteSummary) -> impl IntoView {
    let comment_id = format!("comment-{}", site.id);
    view! {
        <li class="card site-review">
            <h2>{site.label()}</h2>
            <SiteDetails site=site.clone() />
            <dl class="summary">
                <dt>{t("site-tutors")}</dt>
                <dd>{site.tutors.clone()}</dd>
                <dt>{t("site-contact")}</dt>
                <dd>{site.contact.clone()}</dd>
                <dt>{t("site-start")}</dt>
                <dd>{date_iso(&site.start_date)}</dd>
            </dl>
            {button_form(
                <ReviewSite as ServerFn>::PATH,
                [
                    ("site_id", site.id.to_string()),
                    ("decision", "approve".to_string()),
                    ("comment", String::new()),
                ],
                "button",
                t("site-approve"),
            )}
            <form method="post" action={<ReviewSite as ServerFn>::PATH} class="form">
                <input type="hidden" name="site_id" value=site.id.clone() />
                <input type="hidden" name="decision" value="return" />
                <div class="field">
                    <label for=comment_id.clone()>{t("site-return-comment")}</label>
                    <textarea id=comment_id name="comment" rows="3" maxlength="1000"></textarea>
                </div>
                <button type="submit" class="button button-secondary">
                    {t("site-return")}
                </button>
            </form>
        </li>
    }
}

/// Subjects, grades, times and places of a site.
#[component]
fn SiteDetails(site: SiteSummary) -> impl IntoView {
    view! {
        <dl class="summary">
            <dt>{t("site-subjects")}</dt>
            <dd>{subject_names(&site.subjects)}</dd>
            <dt>{t("site-grades")}</dt>
            <dd>{grades_text(&site.grades)}</dd>
            <dt>{t("site-schedule")}</dt>
            <dd>{site.schedule.clone()}</dd>
            <dt>{t("site-places")}</dt>
            <dd data-testid="site-places">{places_text(&site)}</dd>
        </dl>
    }
}

/// A Lernstandort in the finder: where it is, what it offers, and (`applies`: for
/// families and visitors) the way to the application.
fn finder_card(s: SiteSummary, applies: bool) -> impl IntoView {
    let apply = applies.then(|| {
        view! {
            <p>
                <a class="button button-secondary" href="/familie">
                    {t("finder-apply-link")}
                </a>
            </p>
        }
    });
    view! {
        <li class="card site">
            <h2>{s.label()}</h2>
            <p>
                <span class="visually-hidden">{t("household-address")} ": "</span>
                {s.address.clone()}
            </p>
            <SiteDetails site=s />
            {apply}
        </li>
    }
}

/// The choices of a select: (value, label).
type Choices = Vec<(String, String)>;

/// The finder's filters: Kommune, school, subject and grade (`options` of the first three;
/// `chosen`: the values of the request).
#[component]
fn FinderFilters(
    options: [Choices; 3],
    chosen: (String, String, String, Option<u8>),
) -> impl IntoView {
    let [kommune_options, school_options, subject_options] = options;
    let (kommune, school, subject, grade) = chosen;
    view! {
        <form method="get" action="/lernstandorte" class="form filter-form">
            <SelectField
                name="kommune"
                label=t("household-kommune")
                options=kommune_options
                selected=kommune.clone()
            />
            <SelectField
                name="schule"
                label=t("site-school")
                options=school_options
                selected=school.clone()
            />
            <SelectField
                name="fach"
                label=t("finder-subject")
                options=subject_options
                selected=subject.clone()
            />
            <TextField
                name="klasse"
                label=t("finder-grade")
                input_type="number"
                value=grade.map(|g| g.to_string()).unwrap_or_default()
                required=false
                maxlength=2
            />
            <button type="submit" class="button">
                {t("finder-search")}
            </button>
        </form>
    }
}

/// The public Lernstandort finder: approved sites, filtered by Kommune, subject and grade.
#[component]
pub fn FinderPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    let kommune = query.get("kommune").unwrap_or_default();
    let school = query.get("schule").unwrap_or_default();
    let subject = query.get("fach").unwrap_or_default();
    let grade: Option<u8> = query.get("klasse").and_then(|g| g.trim().parse().ok());
    let db = expect_context::<Db>();
    let title = t("finder-title");
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t("finder-lead")}</p>
        {load_view(async move {
            let loaded = async {
                let kommunen = db::kommune::list_kommunen(&db).await?;
                let sites = db::lernstandort::list_approved(&db).await?;
                Ok::<_, sqlx::Error>((kommunen, sites))
            };
            let (kommunen, sites) = loaded.await?;
            let kommune_options = kommunen
                .into_iter()
                .map(|k| (String::from(k.id), k.name))
                .collect();
            let mut school_options: Vec<(String, String)> = Vec::new();
            for s in &sites {
                if !school_options.iter().any(|(id, _)| id.as_str() == s.school_id.as_str()) {
                    school_options
                        .push((s.school_id.to_string(), format!("{} ({})", s.school, s.kommune)));
                }
            }
            let subject_options = Subject::ALL
                .into_iter()
                .map(|s| (s.as_str().to_string(), t(s.label_id())))
                .collect();
            let found: Vec<SiteSummary> = sites
                .into_iter()
                .filter(|s| kommune.is_empty() || s.kommune_id.as_str() == kommune)
                .filter(|s| school.is_empty() || s.school_id.as_str() == school)
                .filter(|s| { subject.is_empty() || s.subjects.split(',').any(|c| c == subject) })
                .filter(|s| {
                    grade
                        .is_none_or(|g| {
                            parse_grades(&s.grades).is_some_and(|(a, b)| a <= g && g <= b)
                        })
                })
                .collect();
            let count = t_args("finder-count", &[("count", (found.len() as i64).into())]);
            let applies = use_ctx().user.is_none_or(|u| u.role == Role::Family);
            let items = found.into_iter().map(|s| finder_card(s, applies)).collect_view();
            Ok(
                view! {
                    <FinderFilters
                        options=[kommune_options, school_options, subject_options]
                        chosen=(kommune.clone(), school.clone(), subject.clone(), grade)
                    />
                    <p data-testid="finder-count">{count}</p>
                    <ul class="sites" data-testid="finder-results">
                        {items}
                    </ul>
                    {applies
                        .then(|| {
                            view! {
                                <p>
                                    {t("finder-apply-hint")} " "
                                    <a href="/familie">{t("finder-apply-link")}</a>
                                </p>
                            }
                        })}
                }
                    .into_any(),
            )
        })}
    }
}

/// The school confirms or declines the need of one pupil.
#[component]
pub fn ConfirmationPage() -> impl IntoView {
    let id: ClaimId = route_id();
    require_role(&[Role::School], move |user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        view! {
            {load_view(async move {
                Ok(
                    match db::confirmation::find_for_member(&db, &user.id, &id).await? {
                        Some(request) => {
                            view! { <ConfirmationForm request=request flash=flash.clone() /> }
                                .into_any()
                        }
                        None => return Err(AppError::NotFound),
                    },
                )
            })}
        }
        .into_any()
    })
}

/// One pupil's claim for the school: what the family asked for, the school's decision once
/// made, the form to confirm or decline while open.
#[component]
fn ConfirmationForm(request: ConfirmationRequest, flash: Flash) -> impl IntoView {
    let title = t_args(
        "conf-title",
        &[("child", request.child_name.clone().into())],
    );
    let decided = request.decision.as_ref().map(|d| {
        let state = if d == "confirmed" {
            t("conf-state-confirmed")
        } else {
            t("conf-state-declined")
        };
        let at = request.decided_at.map(date_unix).unwrap_or_default();
        view! {
            <div class="info-box" data-testid="conf-decided">
                <p>{format!("{state} · {at}")}</p>
            </div>
        }
    });
    let open = request.decision.is_none();
    view! {
        <PageHeading text=title back="/schule" />
        <RequestedNeed request=request.clone() />
        {decided}
        {open.then(|| view! { <ConfirmNeedForm request=request flash=flash /> })}
    }
}

/// The pupil's school and class, the reference number, and the subjects, hours and period
/// the family asked for (not their reason: the school sees only what it needs).
#[component]
fn RequestedNeed(request: ConfirmationRequest) -> impl IntoView {
    let asked = &request.requested;
    let asked_subjects = subject_names(&asked.subjects.join(","));
    let asked_period = format!(
        "{} – {}",
        date_iso(&asked.period_from),
        date_iso(&asked.period_to)
    );
    view! {
        <dl class="summary">
            <dt>{t("conf-school")}</dt>
            <dd>{format!("{}, {}", request.school, request.grade)}</dd>
            <dt>{t("receipt-reference")}</dt>
            <dd dir="ltr">{request.reference.clone().unwrap_or_default()}</dd>
            <dt>{t("conf-asked")}</dt>
            <dd>
                {t_args(
                    "conf-asked-text",
                    &[
                        ("subjects", asked_subjects.into()),
                        ("hours", asked.hours_per_week.clone().into()),
                        ("period", asked_period.into()),
                    ],
                )}
            </dd>
        </dl>
    }
}

/// The school's answer: confirm (with the subjects, hours and period it confirms, prefilled
/// with what was asked) or decline with a reason.
#[component]
fn ConfirmNeedForm(request: ConfirmationRequest, flash: Flash) -> impl IntoView {
    let asked = request.requested;
    let (subjects, hours, from, to) = if flash.values.is_empty() {
        (
            asked.subjects,
            asked.hours_per_week,
            asked.period_from,
            asked.period_to,
        )
    } else {
        (
            flash
                .value("subjects")
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            flash.value("hours_per_week"),
            flash.value("period_from"),
            flash.value("period_to"),
        )
    };
    let subject_options = Subject::ALL
        .into_iter()
        .map(|s| (s.as_str(), t(s.label_id())))
        .collect();
    let decisions = vec![
        ("confirm", t("conf-confirm")),
        ("decline", t("conf-decline")),
    ];
    let period_flash = flash.clone();
    let e = move |f: &str| field_error(&flash, f);
    view! {
        <p class="lead">{t("conf-lead")}</p>
        <ErrorSummary flash=use_ctx().flash />
        <form method="post" action={<ConfirmNeed as ServerFn>::PATH} class="form" novalidate>
            <input type="hidden" name="claim_id" value=request.claim_id />
            <RadioGroup
                name="decision"
                legend=t("conf-decision")
                options=decisions
                error=e("decision")
            />
            <h2>{t("conf-confirm")}</h2>
            <CheckboxGroup
                name="subjects"
                legend=t("lf-subjects")
                options=subject_options
                checked=subjects
                error=e("subjects")
            />
            <TextField
                name="hours_per_week"
                label=t("lf-hours")
                input_type="number"
                value=hours
                maxlength=2
                error=e("hours_per_week")
            />
            <LearningPeriodFields from to flash=period_flash />
            <div class="field" class:field-error=e("goals_at_risk").is_some()>
                {e("goals_at_risk")
                    .map(|m| {
                        view! {
                            <p class="error-message" id="goals_at_risk-error">
                                {m}
                            </p>
                        }
                    })}
                <div class="checkbox">
                    <input type="checkbox" id="goals_at_risk" name="goals_at_risk" value="ja" />
                    <label for="goals_at_risk">{t("conf-goals-at-risk")}</label>
                </div>
            </div>
            <h2>{t("conf-decline")}</h2>
            <TextArea
                name="reason"
                label=t("conf-reason")
                hint=t("conf-reason-hint")
                required=false
                maxlength=1000
                error=e("reason")
            />
            <button type="submit" class="button">
                {t("conf-submit")}
            </button>
        </form>
    }
}

/// The worker starts a Lernförderung application together with a family.
#[component]
pub fn StartOnBehalfPage() -> impl IntoView {
    require_role(&[Role::School], |_user| {
        let flash = use_ctx().flash;
        let title = t("behalf-title");
        view! {
            <PageHeading text=title back="/schule" />
            <p class="lead">{t("behalf-start-lead")}</p>
            <ErrorSummary flash=flash.clone() />
            <form method="post" action={<StartOnBehalf as ServerFn>::PATH} class="form" novalidate>
                {inputs(
                    &flash,
                    [
                        Input::new(
                                "family_email",
                                "behalf-family-email",
                                flash.value("family_email"),
                            )
                            .hint("behalf-family-email-hint")
                            .of_type("email")
                            .max(254),
                        Input::new("code", "behalf-code", flash.value("code"))
                            .hint("behalf-code-hint")
                            .max(20),
                    ],
                )}
                <button type="submit" class="button">
                    {t("behalf-start")}
                </button>
            </form>
        }
        .into_any()
    })
}

/// The worker fills in the Lernförderung answers of a draft they started.
#[component]
pub fn OnBehalfPage() -> impl IntoView {
    let id: ClaimId = route_id();
    require_role(&[Role::School], move |user| {
        let db = expect_context::<Db>();
        view! {
            {load_view(async move {
                Ok(
                    match db::claim::find(&db, db::claim::Reader::Worker(&user.id), &id).await? {
                        Some(record) => {
                            let action = format!("/schule/antrag/{}/unterschrieben", record.id);
                            let form = crate::pages::claim::details_form_for(
                                    record,
                                    db,
                                    crate::pages::claim::Filler::School,
                                )
                                .await;
                            let errors = use_ctx().flash;
                            view! {
                                {form}
                                <section class="card" aria-labelledby="signed-heading">
                                    <h2 id="signed-heading">{t("behalf-signed-title")}</h2>
                                    <p>{t("behalf-signed-text")}</p>
                                    <form
                                        method="post"
                                        action=action
                                        enctype="multipart/form-data"
                                        class="form upload-form"
                                    >
                                        <crate::pages::claim::FileInput error=field_error(
                                            &errors,
                                            "files",
                                        ) />
                                        <button type="submit" class="button">
                                            {t("behalf-signed-submit")}
                                        </button>
                                    </form>
                                </section>
                            }
                                .into_any()
                        }
                        None => return Err(AppError::NotFound),
                    },
                )
            })}
        }
        .into_any()
    })
}

/// The school directory for staff: all schools, a form to add one.
#[component]
pub fn DirectoryPage() -> impl IntoView {
    directory_page(None)
}

/// One school of the directory to change.
#[component]
pub fn EditSchoolPage() -> impl IntoView {
    let id = route_id();
    directory_page(Some(id))
}

/// The directory page (`id` is `None`) or the page to change one school.
fn directory_page(id: Option<String>) -> AnyView {
    require_role(&[Role::Staff, Role::Admin], move |_user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        view! {
            {load_view(async move {
                let loaded = async {
                    let schools = db::kommune::list_directory(&db).await?;
                    let kommunen = db::kommune::list_kommunen(&db).await?;
                    Ok::<_, sqlx::Error>((schools, kommunen))
                };
                let (schools, kommunen) = loaded.await?;
                let editing = match &id {
                    Some(id) => {
                        match schools.iter().find(|s| s.id.as_str() == id) {
                            Some(s) => Some(s.clone()),
                            None => return Err(AppError::NotFound),
                        }
                    }
                    None => None,
                };
                let title = match &editing {
                    Some(s) => t_args("school-edit-title", &[("name", s.name.clone().into())]),
                    None => t("school-directory-title"),
                };
                let form_title = if editing.is_some() { t("school-edit") } else { t("school-add") };
                Ok(
                    view! {
                        <PageHeading text=title back="/verwaltung" />
                        <h2>{form_title}</h2>
                        <ErrorSummary flash=flash.clone() />
                        <SchoolForm editing=editing kommunen=kommunen flash=flash.clone() />
                        {id.is_none().then(|| view! { <SchoolList schools=schools /> })}
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

/// The form to add a school to the directory (`editing` is `None`) or change one: the
/// entered values after a failed submit, else the stored ones.
#[component]
fn SchoolForm(
    editing: Option<db::kommune::SchoolRow>,
    kommunen: Vec<db::kommune::KommuneRow>,
    flash: Flash,
) -> impl IntoView {
    let value = |field: &str, stored: Option<&str>| {
        if flash.values.is_empty() {
            stored.unwrap_or_default().to_string()
        } else {
            flash.value(field)
        }
    };
    let kommune = value("kommune", editing.as_ref().map(|s| s.kommune_id.as_str()));
    let name = value("name", editing.as_ref().map(|s| s.name.as_str()));
    let school_type = value(
        "school_type",
        editing.as_ref().map(|s| s.school_type.as_str()),
    );
    let street = value("street", editing.as_ref().map(|s| s.street.as_str()));
    let postal_code = value(
        "postal_code",
        editing.as_ref().map(|s| s.postal_code.as_str()),
    );
    let kommune_options = kommunen
        .into_iter()
        .map(|k| (String::from(k.id), k.name))
        .collect();
    let type_options = SCHOOL_TYPES
        .into_iter()
        .map(|t| (t.to_string(), t.to_string()))
        .collect();
    view! {
        <form method="post" action={<SaveSchool as ServerFn>::PATH} class="form" novalidate>
            <input
                type="hidden"
                name="school_id"
                value=editing.map(|s| s.id.to_string()).unwrap_or_default()
            />
            <SelectField
                name="kommune"
                label=t("household-kommune")
                options=kommune_options
                selected=kommune
                error=field_error(&flash, "kommune")
            />
            <TextField
                name="name"
                label=t("school-name")
                value=name
                maxlength=120
                error=field_error(&flash, "name")
            />
            <SelectField
                name="school_type"
                label=t("school-type")
                options=type_options
                selected=school_type
                error=field_error(&flash, "school_type")
            />
            {inputs(
                &flash,
                [
                    Input::new("street", "household-street", street).max(100),
                    Input::new("postal_code", "household-postal-code", postal_code).max(5),
                ],
            )}
            <button type="submit" class="button">
                {t("school-save")}
            </button>
        </form>
    }
}

/// All schools of the directory: Kommune, name (linking to the school), type and address.
#[component]
fn SchoolList(schools: Vec<db::kommune::SchoolRow>) -> impl IntoView {
    let rows = schools
        .into_iter()
        .map(|s| {
            let href = format!("/verwaltung/schulen/{}", s.id);
            view! {
                <tr>
                    <td>{s.kommune}</td>
                    <th scope="row">
                        <a href=href>{s.name}</a>
                    </th>
                    <td>{s.school_type}</td>
                    <td>{format!("{}, {}", s.street, s.postal_code)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{t("school-directory-list")}</h2>
        <table class="table" data-testid="directory">
            {table_head([
                Column::Text(t("staff-kommune")),
                Column::Text(t("school-name")),
                Column::Text(t("school-type")),
                Column::Text(t("household-address")),
            ])}
            <tbody>{rows}</tbody>
        </table>
    }
}

/// A school social worker asks for an account (public).
#[component]
pub fn RequestAccessPage() -> impl IntoView {
    let flash = use_ctx().flash;
    let title = t("request-title");
    view! {
        <PageTitle text=title.clone() />
        <h1>{title}</h1>
        <p class="lead">{t("request-lead")}</p>
        <ErrorSummary flash=flash.clone() />
        <form
            method="post"
            action={<RequestSchoolAccount as ServerFn>::PATH}
            class="form"
            novalidate
        >
            {inputs(
                &flash,
                [
                    Input::new("name", "request-name", flash.value("name"))
                        .autocomplete("name")
                        .max(120),
                    Input::new("email", "field-email", flash.value("email"))
                        .of_type("email")
                        .autocomplete("email")
                        .hint("request-email-hint")
                        .max(254),
                ],
            )}
            <SchoolField label=t("site-school") flash=flash.clone() />
            <TextArea
                name="message"
                label=t("request-message")
                hint=t("request-message-hint")
                value=flash.value("message")
                required=false
                maxlength=500
                error=field_error(&flash, "message")
            />
            <NewPasswordFields flash=flash.clone() />
            <button type="submit" class="button">
                {t("request-submit")}
            </button>
        </form>
    }
}

/// A school as a choice of a select: its id, and its name with its Kommune.
fn school_choice(s: SchoolOption) -> (String, String) {
    (s.id.into(), format!("{} ({})", s.name, s.kommune))
}

/// The school an account belongs to or asks for (`school_id`), chosen from the directory.
#[component]
pub(crate) fn SchoolField(
    label: String,
    #[prop(into, default = None)] hint: Option<String>,
    flash: Flash,
) -> impl IntoView {
    let db = expect_context::<Db>();
    view! {
        {load_view(async move {
            let schools = db::kommune::list_schools(&db).await.unwrap_or_default();
            let options = schools.into_iter().map(school_choice).collect();
            Ok(
                view! {
                    <SelectField
                        name="school_id"
                        label
                        hint
                        options=options
                        selected=flash.value("school_id")
                        error=field_error(&flash, "school_id")
                    />
                }
                    .into_any(),
            )
        })}
    }
}

/// Staff decide on account requests of school social workers.
#[component]
pub fn StaffRequestsPage() -> impl IntoView {
    require_role(&[Role::Staff, Role::Admin], |_user| {
        let db = expect_context::<Db>();
        view! {
            <PageHeading text=t("requests-title") back="/verwaltung" />
            {load_view(async move {
                Ok(
                    match db::school_request::list_pending(&db).await? {
                        requests if requests.is_empty() => empty_state("requests-empty", None),
                        requests => {
                            let items = requests
                                .into_iter()
                                .map(|r| {
                                    let decide = |
                                        decision: &'static str,
                                        label: String,
                                        class: &'static str|
                                    {
                                        button_form(
                                            <DecideSchoolRequest as ServerFn>::PATH,
                                            [
                                                ("account_id", r.account_id.to_string()),
                                                ("decision", decision.to_string()),
                                            ],
                                            class,
                                            label,
                                        )
                                    };
                                    view! {
                                        <li class="card">
                                            <h2>{format!("{} – {}", r.name, r.school)}</h2>
                                            <p dir="ltr">{r.email.clone()}</p>
                                            <p class="hint">{date_unix(r.created_at)}</p>
                                            {r
                                                .message
                                                .clone()
                                                .map(|m| view! { <p class="prewrap">{m}</p> })}
                                            <div class="actions">
                                                {decide("approve", t("request-approve"), "button")}
                                                {decide(
                                                    "reject",
                                                    t("request-reject"),
                                                    "button button-secondary",
                                                )}
                                            </div>
                                        </li>
                                    }
                                })
                                .collect_view();
                            view! {
                                <ul class="sites" data-testid="requests">
                                    {items}
                                </ul>
                            }
                                .into_any()
                        }
                    },
                )
            })}
        }
        .into_any()
    })
}
