//! The caseworker's screens: the work queue with filters and counts, the claim page
//! (snapshot, documents, school confirmation, history, audit; assign, ask, approve,
//! reject, correct), and the admin's amounts and text blocks of notices.

use super::claim::{DocumentList, answers_summary};
use crate::db::today;
use crate::domain::lang::Lang;
use crate::{
    api::staff::{
        ApproveClaim, AskQuestion, AssignClaim, RejectClaim, SaveRate, SaveTextBlock,
        approval_limits,
    },
    components::layout::button_links,
    components::title::{PageHeading, PageTitle},
    components::{
        form::{
            Checkbox, ErrorSummary, Input, RadioGroup, SelectField, TextArea, TextField,
            button_form, field_error, inputs,
        },
        guard::{encode_component, require_role},
        table::{Column, pager_links, table_head},
    },
    context::{CurrentUser, Flash, use_ctx},
    db::{
        self, Db,
        claim::ClaimEvent,
        decision::{
            Assigned, AuditEntry, DecisionRow, NoticeKind, NoticeMeta, QueueFilter, QueueRow,
            StaffClaim, TextBlock,
        },
        document::DocumentMeta,
        hearing::HearingRow,
        objection::ObjectionRow,
        question::Question,
    },
    domain::{
        account::Role,
        benefit::{BenefitKind, UnderlyingBenefit},
        claim::{Action, Status},
        confirmation::Confirmation,
        consent::{ConsentKind, ConsentState, Consents},
        decision::{ApprovalLimits, PaymentRoute},
        ids::{ClaimId, DecisionId},
        intake::Channel,
        money::Cents,
        objection::{Delivery, objection_deadline},
        rates::{Rate, RateKind},
        search::QueueSearch,
        snapshot::ApprovalPrefill,
        text::{date, german, german_from_unix, german_iso, iso},
        text_block::TextBlockKind,
    },
    error::AppError,
    i18n::{date_iso, money, t, t_about, t_args},
    notice::parts_of,
    pages::errors::error_view,
    pages::hearing::{StaffHearings, aufhebung_fields},
    pages::objection::{Objections, posting, remedy_options},
    pages::{load_view, route_id},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::{hooks::use_query_map, params::ParamsMap};

fn unix_of(iso_date: &str) -> Option<i64> {
    date(iso_date, "")
        .ok()
        .map(|d| d.midnight().assume_utc().unix_timestamp())
}

/// The queue's filters from the query string (German parameter names, as in the URL).
fn filter_from_query(q: &leptos_router::params::ParamsMap) -> QueueFilter {
    let get = |k: &str| q.get(k).unwrap_or_default();
    QueueFilter {
        status: match q.get("status") {
            None => Some(Status::Submitted),
            Some(s) => Status::parse(&s).filter(|s| *s != Status::Draft),
        },
        benefit: BenefitKind::parse(&get("leistung")),
        kommune: Some(get("kommune")).filter(|s| !s.is_empty()),
        lernstandort: Some(get("lernstandort")).filter(|s| !s.is_empty()),
        search: QueueSearch::parse(&get("suche")),
        confirmation_pending: get("bestaetigung") == "offen",
        assigned: match get("zustaendig").as_str() {
            "ich" => Assigned::Me,
            "niemand" => Assigned::Nobody,
            _ => Assigned::Anyone,
        },
        submitted_from: unix_of(&get("von")),
        submitted_before: unix_of(&get("bis")).map(|t| t + 86_400),
        newest_first: get("sortierung") == "neu",
        page: get("seite").parse().unwrap_or(0),
    }
}

/// The query string of the current filters with `key` set to `value` (empty: removed).
fn query_with(q: &leptos_router::params::ParamsMap, key: &str, value: &str) -> String {
    let mut pairs: Vec<(String, String)> = [
        "status",
        "leistung",
        "kommune",
        "lernstandort",
        "bestaetigung",
        "zustaendig",
        "von",
        "bis",
        "sortierung",
        "seite",
    ]
    .into_iter()
    .filter(|k| *k != key)
    .filter_map(|k| q.get(k).map(|v| (k.to_string(), v)))
    .collect();
    if !value.is_empty() {
        pairs.push((key.to_string(), value.to_string()));
    }
    if key != "seite" {
        pairs.retain(|(k, _)| k != "seite");
    }
    let s: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{k}={}", encode_component(&v)))
        .collect();
    format!("/verwaltung/antraege?{}", s.join("&"))
}

/// The work queue.
#[component]
pub fn QueuePage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    require_role(&[Role::Staff, Role::Admin], move |user| {
        let db = expect_context::<Db>();
        let filter = filter_from_query(&query);
        let title = t("queue-title");
        view! {
            <PageHeading text=title back="/verwaltung" />
            {load_view(async move {
                let page = db::decision::queue(&db, &filter, &user.id).await?;
                let kommunen = db::kommune::list_kommunen(&db).await?;
                let sites = db::lernstandort::list_approved(&db).await?;
                let kommunen = kommunen.into_iter().map(|k| (String::from(k.id), k.name)).collect();
                let sites = sites.into_iter().map(|s| (s.id.to_string(), s.label())).collect();
                Ok(
                    view! {
                        <StatusTabs query=query.clone() counts=page.counts />
                        <QueueFilters query=query.clone() kommunen sites />
                        <QueueTable
                            query
                            rows=page.rows
                            total=page.total
                            current_page=filter.page
                        />
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

/// The tabs of the queue: one per status with its count, and all claims.
#[component]
fn StatusTabs(query: ParamsMap, counts: Vec<(Status, i64)>) -> impl IntoView {
    let current = query.get("status").unwrap_or_else(|| "submitted".into());
    let mut tabs: Vec<(String, String, i64)> = counts
        .iter()
        .map(|(s, n)| (s.as_str().to_string(), t_about(s.label_id()), *n))
        .collect();
    tabs.push((
        "alle".into(),
        t("queue-all"),
        counts.iter().map(|(_, n)| n).sum(),
    ));
    let tabs = tabs
        .into_iter()
        .map(|(code, label, n)| {
            let href = query_with(&query, "status", &code);
            let active = code == current;
            view! {
                <li>
                    <a
                        href=href
                        aria-current=active.then_some("page")
                        data-testid=format!("count-{code}")
                    >
                        {label}
                        " "
                        <span class="count">{n}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav aria-label=t("queue-status-nav")>
            <ul class="tabs">{tabs}</ul>
        </nav>
    }
}

/// The queue's filters (within the current tab; the default tab: received).
/// `kommunen` and `sites`: (id, name) of the Kommunen and approved Lernstandorte.
#[component]
fn QueueFilters(
    query: ParamsMap,
    kommunen: Vec<(String, String)>,
    sites: Vec<(String, String)>,
) -> impl IntoView {
    let status_value = query.get("status").unwrap_or_else(|| "submitted".into());
    let g = |k: &str| query.get(k).unwrap_or_default();
    view! {
        <form method="get" action="/verwaltung/antraege" class="form filter-form" role="search">
            <input type="hidden" name="status" value=status_value />
            <div class="queue-search">
                <TextField
                    name="suche"
                    label=t("queue-search")
                    input_type="search"
                    value=g("suche")
                    required=false
                    hint=t("queue-search-hint")
                />
                <button type="submit" class="button">
                    {t("queue-apply")}
                </button>
            </div>
            <FilterGrid query=query.clone() kommunen sites />
        </form>
    }
}

/// The queue's filters besides the search: benefit, Kommune, Lernstandort, who is
/// responsible, the school's confirmation, the dates received and the order.
#[component]
fn FilterGrid(
    query: ParamsMap,
    kommunen: Vec<(String, String)>,
    sites: Vec<(String, String)>,
) -> impl IntoView {
    let benefit_options = BenefitKind::ALL
        .into_iter()
        .map(|b| (b.as_str().to_string(), t(b.label_id())))
        .collect();
    let assigned_options = vec![
        ("ich".to_string(), t("queue-assigned-me")),
        ("niemand".to_string(), t("queue-assigned-nobody")),
    ];
    let sort_options = vec![("neu".to_string(), t("queue-newest-first"))];
    let g = |k: &str| query.get(k).unwrap_or_default();
    view! {
        <fieldset class="filter-grid">
            <legend class="visually-hidden">{t("queue-filters")}</legend>
            <SelectField
                name="leistung"
                label=t("claim-benefit")
                options=benefit_options
                selected=g("leistung")
            />
            <SelectField
                name="kommune"
                label=t("household-kommune")
                options=kommunen
                selected=g("kommune")
            />
            <SelectField
                name="lernstandort"
                label=t("lf-lernstandort")
                options=sites
                selected=g("lernstandort")
            />
            <SelectField
                name="zustaendig"
                label=t("queue-assigned")
                options=assigned_options
                selected=g("zustaendig")
            />
            <div class="field checkbox">
                <input
                    type="checkbox"
                    id="bestaetigung"
                    name="bestaetigung"
                    value="offen"
                    checked=g("bestaetigung") == "offen"
                />
                <label for="bestaetigung">{t("queue-confirmation-pending-filter")}</label>
            </div>
            <TextField
                name="von"
                label=t("queue-submitted-from")
                input_type="date"
                value=g("von")
                required=false
            />
            <TextField
                name="bis"
                label=t("queue-submitted-to")
                input_type="date"
                value=g("bis")
                required=false
            />
            <SelectField
                name="sortierung"
                label=t("queue-sort")
                options=sort_options
                selected=g("sortierung")
                hint=t("queue-sort-hint")
            />
        </fieldset>
    }
}

/// One page of the queue (`total` claims in all) with the pager and the serial letter
/// of the decided claims selected.
#[component]
fn QueueTable(
    query: ParamsMap,
    rows: Vec<QueueRow>,
    total: i64,
    current_page: i64,
) -> impl IntoView {
    let pages = (total + db::decision::PAGE_SIZE - 1) / db::decision::PAGE_SIZE;
    let rows = rows.into_iter().map(queue_row).collect_view();
    let pager = pager_links(current_page, pages, &|p| {
        query_with(&query, "seite", &p.to_string())
    });
    let page_info = t_args(
        "queue-page",
        &[
            ("page", (current_page + 1).into()),
            ("pages", pages.max(1).into()),
            ("total", total.into()),
        ],
    );
    view! {
        <p data-testid="queue-total">{page_info}</p>
        <form id="serienbrief" method="get" action="/verwaltung/serienbrief"></form>
        <div class="table-scroll" role="region" tabindex="0" aria-label=t("queue-title")>
            <table class="table queue" data-testid="queue">
                {table_head([
                    Column::Hidden(t("queue-select")),
                    Column::Text(t("queue-reference")),
                    Column::Text(t("claim-child")),
                    Column::Text(t("claim-benefit")),
                    Column::Text(t("household-kommune")),
                    Column::Text(t("claim-submitted-at")),
                    Column::Text(t("queue-age")),
                    Column::Text(t("queue-assigned")),
                    Column::Text(t("queue-confirmation")),
                    Column::Text(t("claim-status")),
                ])}
                <tbody>{rows}</tbody>
            </table>
        </div>
        {pager}
        {serienbrief_actions()}
    }
}

/// What staff do with the decided claims they ticked: print their notices as one
/// Serienbrief, and record the day the printed notices went to the post.
fn serienbrief_actions() -> impl IntoView {
    view! {
        <p class="hint">{t("queue-serienbrief-hint")}</p>
        <div class="queue-actions">
            <button type="submit" form="serienbrief" class="button button-secondary">
                {t("queue-serienbrief")}
            </button>
            <span class="posted-on">
                <label for="batch-posted-on">{t("posted-batch-label")}</label>
                " "
                <input
                    type="date"
                    id="batch-posted-on"
                    name="posted_on"
                    form="serienbrief"
                    value=crate::domain::text::iso(today())
                />
                " "
                <button
                    type="submit"
                    form="serienbrief"
                    formaction="/verwaltung/serienbrief/post"
                    formmethod="post"
                    class="button button-secondary"
                >
                    {t("posted-batch-save")}
                </button>
            </span>
        </div>
    }
}

/// A claim in the queue; a decided one can be selected for the serial letter.
fn queue_row(r: QueueRow) -> impl IntoView {
    let href = format!("/verwaltung/antrag/{}", r.id);
    let age = r
        .submitted_at
        .map(|s| (time::OffsetDateTime::now_utc().unix_timestamp() - s) / 86_400)
        .unwrap_or(0);
    let decided = r.status.is_decided();
    let conf = match (r.benefit.as_str(), r.confirmation.as_deref()) {
        ("lernfoerderung", Some(c)) => t(&format!("queue-confirmation-{c}")),
        ("lernfoerderung", None) => t("queue-confirmation-pending"),
        _ => String::new(),
    };
    let benefit = BenefitKind::parse(&r.benefit)
        .map(|b| t(b.label_id()))
        .unwrap_or_default();
    view! {
        <tr data-testid="queue-row">
            <td>
                {decided
                    .then(|| {
                        view! {
                            <input
                                type="checkbox"
                                name="antrag"
                                value=r.id.clone()
                                form="serienbrief"
                                aria-label=t("queue-select")
                            />
                        }
                    })}
            </td>
            <th scope="row">
                <a href=href>{r.reference.clone().unwrap_or_default()}</a>
            </th>
            <td>{r.child_name.clone()}</td>
            <td>{benefit}</td>
            <td>{r.kommune.clone().unwrap_or_default()}</td>
            <td>{r.submitted_at.map(german_from_unix).unwrap_or_default()}</td>
            <td>{t_args("queue-age-days", &[("days", age.into())])}</td>
            <td>{r.assigned_to.clone().unwrap_or_else(|| "–".into())}</td>
            <td>{conf}</td>
            <td>{t_about(r.status.label_id())}</td>
        </tr>
    }
}

/// One claim for staff. Opening it is logged.
#[component]
pub fn StaffClaimPage() -> impl IntoView {
    let id: ClaimId = route_id();
    require_role(&[Role::Staff, Role::Admin], move |user| {
        let db = expect_context::<Db>();
        view! {
            {load_view(async move {
                let claim = db::decision::staff_claim(&db, &id).await?.ok_or(AppError::NotFound)?;
                db::decision::audit(&db, &user.id, Some(&claim.id), "view", None).await?;
                Ok(staff_claim_view(db, user, claim).await)
            })}
        }
        .into_any()
    })
}

fn notice_links(
    claim_id: &str,
    notices: &[NoticeMeta],
    decision_id: &DecisionId,
) -> impl IntoView + use<> {
    notices
        .iter()
        .filter(|n| &n.decision_id == decision_id)
        .map(|n| {
            let href = format!("/bescheide/{}", n.id);
            let label = format!("{} ({})", n.title, n.number);
            let posted = (n.kind == NoticeKind::Bescheid).then(|| posting(claim_id, n, today()));
            view! {
                <li>
                    <a href=href data-testid="notice-link">
                        {label}
                    </a>
                    <span class="hint" dir="ltr">
                        {format!("SHA-256 {}…", &n.sha256[..16.min(n.sha256.len())])}
                    </span>
                    " "
                    {posted}
                </li>
            }
        })
        .collect_view()
}

/// `reasons`: the rejection reasons in force, to name a rejection's reason by its title.
fn decision_summary(d: &DecisionRow, reasons: &[TextBlock]) -> String {
    if d.approved {
        let period = d
            .period
            .as_ref()
            .map(|(f, t)| format!("{} – {}", german_iso(f), german_iso(t)))
            .unwrap_or_default();
        t_args(
            "staff-decision-approved",
            &[
                ("amount", money(d.monthly.unwrap_or_default()).into()),
                ("period", period.into()),
                ("payee", d.payee.clone().unwrap_or_default().into()),
            ],
        )
    } else {
        t_args(
            "staff-decision-rejected",
            &[("reason", reason_title(d, reasons).into())],
        )
    }
}

fn reason_title(d: &DecisionRow, reasons: &[TextBlock]) -> String {
    let code = d.reason_code.clone().unwrap_or_default();
    reasons
        .iter()
        .find(|r| r.code == code)
        .map_or(code, |r| r.title.clone())
}

/// The claim's file as the caseworker sees it: the family's answers, documents,
/// questions, the school's confirmation, decisions with their notices, the history, the
/// access log, the rejection reasons in force and the limits of an approval.
struct ClaimFile {
    summary: AnyView,
    events: Vec<ClaimEvent>,
    documents: Vec<DocumentMeta>,
    questions: Vec<Question>,
    confirmation: Option<(Confirmation, i64)>,
    decisions: Vec<DecisionRow>,
    notices: Vec<NoticeMeta>,
    audit: Vec<AuditEntry>,
    reasons: Vec<TextBlock>,
    limits: Option<ApprovalLimits>,
    objections: Vec<ObjectionRow>,
    hearings: Vec<HearingRow>,
    /// Who an approval pays: the operator of the Lernstandort, else the provider named.
    payee: String,
}

/// Gathers the [`ClaimFile`] of `claim`.
async fn load_claim_file(db: &Db, claim: &StaffClaim) -> Result<ClaimFile, sqlx::Error> {
    let record = db::claim::find(db, db::claim::Reader::Staff, &claim.id)
        .await
        .ok()
        .flatten();
    let events = db::claim::events_for_family(db, &claim.account_id, &claim.id).await?;
    let documents = db::document::list_for_family(db, &claim.account_id, &claim.id).await?;
    let questions = db::question::for_family(db, &claim.account_id, &claim.id).await?;
    let confirmation = db::decision::school_confirmation(db, &claim.id).await?;
    let decisions = db::decision::decisions(db, &claim.id).await?;
    let notices = db::decision::notices(db, &claim.id, false).await?;
    let audit = db::decision::audit_for_claim(db, &claim.id).await?;
    let reasons = db::decision::blocks_in_force(db, &iso(today()))
        .await?
        .into_iter()
        .filter(|b| TextBlockKind::RejectionReason.is(&b.kind))
        .collect();
    let limits = approval_limits(db, claim).await.ok();
    let objections = db::objection::for_claim(db, &claim.id).await?;
    let hearings = db::hearing::for_claim(db, &claim.id).await?;
    let payee = match crate::api::staff::site_operator_of(db, claim).await? {
        Some(Some(operator)) => operator.name,
        _ => parts_of(&claim.snapshot).payee,
    };
    let summary = match &record {
        Some(r) => answers_summary(db, r).await,
        None => ().into_any(),
    };
    Ok(ClaimFile {
        summary,
        events,
        documents,
        questions,
        confirmation,
        decisions,
        notices,
        audit,
        reasons,
        limits,
        objections,
        hearings,
        payee,
    })
}

/// The caseworker's page of one claim: its facts, the family's answers, the school's
/// confirmation, documents, questions, decisions, history and access log.
async fn staff_claim_view(db: Db, user: CurrentUser, claim: StaffClaim) -> AnyView {
    let flash = use_ctx().flash;
    let file = match load_claim_file(&db, &claim).await {
        Ok(file) => file,
        Err(e) => return error_view(e.into()),
    };
    let title = t_args(
        "staff-claim-title",
        &[(
            "reference",
            claim.reference.clone().unwrap_or_default().into(),
        )],
    );
    let undecided = claim.status.is_open();
    let mine = claim.assigned_to.as_ref() == Some(&user.id);
    let bescheide: Vec<(String, String)> = file
        .notices
        .iter()
        .filter(|n| n.kind == NoticeKind::Bescheid)
        .map(|n| (n.id.to_string(), format!("{} ({})", n.title, n.number)))
        .collect();
    let decision_forms = decision_forms(&claim, &file, &flash);
    let confirmation = file.confirmation;
    let facts = facts_column(&claim, file.summary, confirmation, file.documents);
    let work = view! {
        <div class="desk-work">
            {decision_forms}
            <Questions
                claim_id=claim.id.to_string()
                questions=file.questions
                can_ask=claim.status.allows(Action::AskQuestion)
                flash=flash.clone()
            />
            <Decisions
                claim_id=claim.id.to_string()
                decisions=file.decisions
                notices=file.notices.clone()
                reasons=file.reasons
            />
            <StaffHearings
                claim_id=claim.id.to_string()
                hearings=file.hearings
                can_send=claim.status == Status::Approved
                flash=flash.clone()
            />
            <Objections
                claim_id=claim.id.to_string()
                objections=file.objections
                bescheide=bescheide
                flash=flash.clone()
            />
        </div>
    }
    .into_any();
    view! {
        <PageTitle text=title.clone() />
        <p>
            <a href="/verwaltung/antraege">{t("staff-back-to-queue")}</a>
        </p>
        <h1>{title}</h1>
        <ErrorSummary flash=flash.clone() />
        <p class="status-line">
            {t("claim-status")} ": "
            <strong data-testid="status">{t_about(claim.status.label_id())}</strong> " · "
            {t("queue-assigned")} ": "
            <span data-testid="assigned">
                {claim.assigned_email.clone().unwrap_or_else(|| "–".into())}
            </span>
        </p>
        {undecided.then(|| view! { <AssignForm claim_id=claim.id.to_string() mine /> })}
        <div class="desk">{facts} {work}</div>
        <ClaimHistory events=file.events />
        <AccessLog audit=file.audit />
    }
    .into_any()
}

/// The facts a decision needs, beside the decision form: doubts, household and benefit as
/// submitted, the family's answers, the school's confirmation and the documents.
fn facts_column(
    claim: &StaffClaim,
    summary: AnyView,
    confirmation: Option<(Confirmation, i64)>,
    documents: Vec<DocumentMeta>,
) -> AnyView {
    let undecided = claim.status.is_open();
    let lf = claim.kind == BenefitKind::Lernfoerderung;
    view! {
        <div class="desk-facts" data-testid="claim-facts">
            {undecided.then(|| view! { <Doubts claim=claim.clone() /> })}
            <ClaimFacts claim=claim.clone() />
            <section class="card">
                <h2>{t("staff-answers")}</h2>
                {summary}
            </section>
            {lf.then(|| view! { <SchoolConfirmation confirmation /> })}
            <h2>{t("staff-documents")}</h2>
            <DocumentList
                claim_id=claim.id.to_string()
                documents=documents
                removable=false
                viewable=true
            />
        </div>
    }
    .into_any()
}

/// The forms to decide the claim — or, once decided, to correct the decision — if its
/// status allows either.
fn decision_forms(claim: &StaffClaim, file: &ClaimFile, flash: &Flash) -> Option<AnyView> {
    let decidable = claim.status.allows(Action::Approve);
    let current = claim
        .decision_id
        .clone()
        .map(String::from)
        .unwrap_or_default();
    if !decidable && current.is_empty() {
        return None;
    }
    let corrects = if decidable { String::new() } else { current };
    let confirmed = matches!(file.confirmation, Some((Confirmation::Confirmed { .. }, _)));
    Some(
        view! {
            <DecisionForms
                claim=claim.clone()
                payee=file.payee.clone()
                limits=file.limits
                confirmed=confirmed
                reasons=file.reasons.iter().map(|r| (r.code.clone(), r.title.clone())).collect()
                corrects=(corrects, remedy_options(&file.objections))
                flash=flash.clone()
            />
        }
        .into_any(),
    )
}

/// The form to take the claim on (`mine`: to hand it back).
#[component]
fn AssignForm(claim_id: String, mine: bool) -> impl IntoView {
    let (action, label) = if mine {
        ("release", t("staff-release"))
    } else {
        ("assign", t("staff-assign"))
    };
    button_form(
        <AssignClaim as ServerFn>::PATH,
        [("claim_id", claim_id), ("action", action.to_string())],
        "button button-secondary",
        label,
    )
}

/// What staff should check before deciding (`domain::entitlement`): an age limit, a start
/// asked for before the earliest lawful one. Never a refusal: staff decide.
#[component]
fn Doubts(claim: StaffClaim) -> impl IntoView {
    let doubts = claim
        .snapshot
        .facts(claim.received_on())
        .map(|f| f.doubts())
        .unwrap_or_default();
    (!doubts.is_empty()).then(|| {
        let items = doubts
            .into_iter()
            .map(|d| {
                let date = crate::domain::text::german(d.date());
                view! { <li>{t_args(d.msg_id(), &[("date", date.into())])}</li> }
            })
            .collect_view();
        view! {
            <div class="info-box" role="note" data-testid="doubts">
                <h2>{t("doubts-title")}</h2>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// The household and benefit facts of the claim as submitted.
#[component]
fn ClaimFacts(claim: StaffClaim) -> impl IntoView {
    let parts = parts_of(&claim.snapshot);
    let underlying = t(parts.underlying.label_id());
    let validity = format!(
        "{} – {}",
        german_iso(&parts.validity.0),
        german_iso(&parts.validity.1)
    );
    view! {
        <section class="card">
            <h2>{t("staff-household")}</h2>
            <dl class="summary">
                <dt>{t_about("household-applicant")}</dt>
                <dd>{parts.applicant.clone()}</dd>
                <dt>{t("household-address")}</dt>
                <dd>{format!("{}, {}", parts.street, parts.postal_city)}</dd>
                <dt>{t("household-benefit")}</dt>
                <dd>{underlying}</dd>
                <dt>{t("household-benefit-reference")}</dt>
                <dd dir="ltr">{parts.file_reference.clone()}</dd>
                <dt>{t("household-validity")}</dt>
                <dd data-testid="validity">{validity}</dd>
                <dt>{t("claim-child")}</dt>
                <dd>{format!("{} ({})", parts.child_name, parts.child_birth)}</dd>
                <dt>{t("claim-benefit")}</dt>
                <dd>{t(claim.kind.label_id())}</dd>
                {claim
                    .submitted_at
                    .map(|at| {
                        view! {
                            <dt>{t("claim-submitted-at")}</dt>
                            <dd>{german_from_unix(at)}</dd>
                        }
                    })}
                {(claim.channel != Channel::Portal)
                    .then(|| {
                        let arrival = t_args(
                            "intake-arrival-fact",
                            &[
                                ("channel", t(claim.channel.label_id()).into()),
                                ("date", german(claim.received_on()).into()),
                            ],
                        );
                        view! {
                            <dt>{t("intake-received-on")}</dt>
                            <dd data-testid="received-on">{arrival}</dd>
                        }
                    })}
            </dl>
            <p class="hint">{t("staff-snapshot-hint")}</p>
            <ConsentFacts consents=claim.consents kind=claim.kind />
        </section>
    }
}

/// The family's consents as they stand now: a declined or withdrawn release means the
/// school cannot be asked, a declined direct payment another payment route.
#[component]
fn ConsentFacts(consents: Consents, kind: BenefitKind) -> impl IntoView {
    let rows = ConsentKind::ALL
        .into_iter()
        .filter(|k| *k != ConsentKind::School || kind == BenefitKind::Lernfoerderung)
        .map(|k| {
            let state = match consents.get(k) {
                ConsentState::Given(at) => {
                    t_args("consent-given", &[("date", german_from_unix(at).into())])
                }
                ConsentState::Withdrawn(at) => t_args(
                    "consent-withdrawn",
                    &[("date", german_from_unix(at).into())],
                ),
                ConsentState::NotGiven => t("consent-not-given"),
            };
            view! {
                <dt>{t(k.label_id())}</dt>
                <dd data-testid=format!("consent-{}", k.as_str())>{state}</dd>
            }
        })
        .collect_view();
    view! { <dl class="summary">{rows}</dl> }
}

/// The school's confirmation of a Lernförderung claim: confirmed, declined, or pending.
#[component]
fn SchoolConfirmation(confirmation: Option<(Confirmation, i64)>) -> impl IntoView {
    let text = match &confirmation {
        Some((
            Confirmation::Confirmed {
                subjects,
                hours_per_week,
                from,
                to,
            },
            at,
        )) => {
            let subjects = subjects
                .iter()
                .map(|s| t(s.label_id()))
                .collect::<Vec<_>>()
                .join(", ");
            let period = format!(
                "{} – {}",
                crate::domain::text::german(*from),
                crate::domain::text::german(*to)
            );
            t_args(
                "staff-confirmation-confirmed",
                &[
                    ("subjects", subjects.into()),
                    ("hours", i64::from(*hours_per_week).into()),
                    ("period", period.into()),
                    ("date", german_from_unix(*at).into()),
                ],
            )
        }
        Some((Confirmation::Declined { reason }, at)) => t_args(
            "staff-confirmation-declined",
            &[
                ("reason", reason.clone().into()),
                ("date", german_from_unix(*at).into()),
            ],
        ),
        None => t("staff-confirmation-pending"),
    };
    view! {
        <section class="card" data-testid="school-confirmation">
            <h2>{t("staff-confirmation-title")}</h2>
            <p>{text}</p>
        </section>
    }
}

/// The questions to the family with their answers, and (`can_ask`) the form to ask one.
#[component]
fn Questions(
    claim_id: String,
    questions: Vec<Question>,
    can_ask: bool,
    flash: Flash,
) -> impl IntoView {
    let question_items = questions
        .iter()
        .map(|q| {
            let answer = match (&q.answer, q.answered_at) {
                (a, Some(at)) => format!(
                    "{} {}",
                    t_args(
                        "question-answered-at",
                        &[("date", german_from_unix(at).into())]
                    ),
                    a.clone().unwrap_or_default()
                ),
                (_, None) => t("staff-question-open"),
            };
            view! {
                <li class="card">
                    <p class="hint">
                        {t_args(
                            "question-asked-at",
                            &[("date", german_from_unix(q.asked_at).into())],
                        )}
                    </p>
                    <p class="prewrap">
                        <strong>{q.question.clone()}</strong>
                    </p>
                    {(q.cooperation_warning == 1)
                        .then(|| view! { <p class="hint">{t("staff-question-warned")}</p> })}
                    <p class="prewrap">{answer}</p>
                    {answer_language(q.answer_lang.as_deref())}
                </li>
            }
        })
        .collect_view();
    let ask_form = can_ask.then(|| {
        let v = |k: &str| flash.values.get(k).cloned().unwrap_or_default();
        view! {
            <form method="post" action={<AskQuestion as ServerFn>::PATH} class="form">
                <input type="hidden" name="claim_id" value=claim_id />
                <TextArea
                    name="question"
                    label=t("staff-question")
                    maxlength=2000
                    value=v("question")
                    error=field_error(&flash, "question")
                />
                <TextField
                    name="due_date"
                    label=t("staff-question-due")
                    input_type="date"
                    required=false
                    value=v("due_date")
                    error=field_error(&flash, "due_date")
                />
                <Checkbox
                    name="warning"
                    label=t("staff-question-warning")
                    checked=!v("warning").is_empty()
                />
                <button type="submit" class="button button-secondary">
                    {t("staff-ask")}
                </button>
            </form>
        }
    });
    view! {
        <h2>{t_about("questions-title")}</h2>
        <ul class="questions">{question_items}</ul>
        {ask_form}
    }
}

/// The language of the page the family answered on, when it was not German.
fn answer_language(code: Option<&str>) -> Option<impl IntoView + use<>> {
    let lang = code.and_then(Lang::parse).filter(|l| !l.is_german())?;
    let language = crate::i18n::language_name(lang);
    Some(view! {
        <p class="hint" data-testid="answer-written-in">
            {t_args("staff-answer-written-in", &[("language", language.into())])}
        </p>
    })
}

/// The decisions taken on the claim, corrections included, each with its notices.
/// `reasons`: the rejection reasons in force, to name a rejection's reason by its title.
#[component]
fn Decisions(
    claim_id: String,
    decisions: Vec<DecisionRow>,
    notices: Vec<NoticeMeta>,
    reasons: Vec<TextBlock>,
) -> impl IntoView {
    let decision_items = decisions
        .iter()
        .map(|d| {
            let head = t_args(
                if d.corrects_id.is_some() {
                    "staff-decision-correction-head"
                } else {
                    "staff-decision-head"
                },
                &[
                    ("date", german_from_unix(d.decided_at).into()),
                    ("by", d.decided_by.clone().into()),
                ],
            );
            view! {
                <li class="card" data-testid="decision">
                    <p class="hint">{head}</p>
                    <p>{decision_summary(d, &reasons)}</p>
                    {d.reason_text.clone().map(|r| view! { <p class="prewrap">{r}</p> })}
                    <ul>{notice_links(&claim_id, &notices, &d.id)}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{t("staff-decisions")}</h2>
        <ul class="decisions">{decision_items}</ul>
    }
}

/// What happened to the claim, oldest first.
#[component]
fn ClaimHistory(events: Vec<ClaimEvent>) -> impl IntoView {
    let timeline = events
        .into_iter()
        .map(|e| {
            view! {
                <li>
                    <span class="when">{german_from_unix(e.at)}</span>
                    " "
                    {t(&super::claim_view::event_label(&e))}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="folded" data-testid="history">
            <summary>{t("claim-timeline")}</summary>
            <ol class="timeline">{timeline}</ol>
        </details>
    }
}

/// Who opened or changed the claim, and when (folded away).
#[component]
fn AccessLog(audit: Vec<AuditEntry>) -> impl IntoView {
    let audit_rows = audit
        .into_iter()
        .map(|a| {
            let at = time::OffsetDateTime::from_unix_timestamp(a.at)
                .map(|d| {
                    format!(
                        "{} {:02}:{:02}",
                        crate::domain::text::german(d.date()),
                        d.hour(),
                        d.minute()
                    )
                })
                .unwrap_or_default();
            view! {
                <tr>
                    <td>{at}</td>
                    <td>{a.actor}</td>
                    <td>{a.action}</td>
                    <td>{a.detail.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <details class="folded">
            <summary>{t("staff-audit")}</summary>
            <table class="table" data-testid="audit">
                {table_head([
                    Column::Text(t("staff-audit-when")),
                    Column::Text(t("staff-audit-who")),
                    Column::Text(t("staff-audit-what")),
                    Column::Text(t("staff-audit-detail")),
                ])}
                <tbody>{audit_rows}</tbody>
            </table>
        </details>
    }
}

/// The hint naming the limits of an approval and how long they apply.
fn limits_hint(l: ApprovalLimits) -> String {
    t_args(
        "staff-limits",
        &[
            ("from", crate::domain::text::german(l.validity.0).into()),
            ("to", crate::domain::text::german(l.validity.1).into()),
            (
                "earliest",
                crate::domain::text::german(l.earliest_start).into(),
            ),
            (
                "teilhabe",
                money(l.teilhabe_monthly.unwrap_or_default()).into(),
            ),
            ("hourly", money(l.hourly_max.unwrap_or_default()).into()),
        ],
    )
}

/// Approve and reject forms, prefilled from the claim; with `corrects` they issue a
/// correction of that decision.
#[component]
fn DecisionForms(
    claim: StaffClaim,
    payee: String,
    limits: Option<ApprovalLimits>,
    confirmed: bool,
    reasons: Vec<(String, String)>,
    /// The decision a correction replaces (empty for a first decision) and the open
    /// Widersprüche it may remedy.
    corrects: (String, Vec<(String, String)>),
    flash: Flash,
) -> impl IntoView {
    let (corrects, remedies) = corrects;
    let correction = !corrects.is_empty();
    // Rejecting is the rarer act: folded, unless its form came back with an error.
    let reject_open = flash.values.contains_key("reason_code");
    // The school's confirmation is evidence, not a gate: without it (or against it) the
    // approval needs reasons.
    let unconfirmed = (claim.kind == BenefitKind::Lernfoerderung && !confirmed).then(|| {
        view! {
            <div class="info-box" data-testid="needs-confirmation">
                <p>{t("staff-hint-no-confirmation")}</p>
            </div>
        }
    });
    let approve = view! {
        {unconfirmed}
        <ApproveForm
            claim=claim.clone()
            payee
            limits
            corrects=(corrects.clone(), remedies.clone())
            flash=flash.clone()
        />
    };
    view! {
        <section class="card" aria-labelledby="decide-heading">
            <h2 id="decide-heading">
                {if correction { t("staff-correct-title") } else { t("staff-decide-title") }}
            </h2>
            {correction.then(|| view! { <p class="hint">{t("staff-correct-hint")}</p> })}
            <div class="decide-approve">
                <h3>{t("staff-approve-title")}</h3>
                {approve}
            </div>
            <details class="decide-reject" open=reject_open>
                <summary>
                    <h3>{t("staff-reject-title")}</h3>
                </summary>
                <RejectForm
                    claim_id=claim.id.to_string()
                    reasons
                    corrects=(corrects, remedies)
                    flash
                />
            </details>
        </section>
    }
}

/// The choice of an open Widerspruch a correction remedies (Abhilfe), if there is one.
fn remedy_field(remedies: Vec<(String, String)>, flash: &Flash) -> impl IntoView + use<> {
    let selected = flash.values.get("objection").cloned().unwrap_or_default();
    (!remedies.is_empty()).then(|| {
        view! {
            <SelectField
                name="objection"
                label=t("objection-remedy")
                options=remedies
                selected=selected
                hint=t("objection-remedy-field-hint")
            />
        }
    })
}

/// The approval form: period, amount, payee and payment route, prefilled from the claim
/// (the values entered win after an error).
#[component]
fn ApproveForm(
    claim: StaffClaim,
    payee: String,
    limits: Option<ApprovalLimits>,
    corrects: (String, Vec<(String, String)>),
    flash: Flash,
) -> impl IntoView {
    let (corrects, remedies) = corrects;
    let ApprovalPrefill {
        from,
        to,
        monthly,
        hours,
        rate,
    } = claim.snapshot.approval_prefill(limits);
    let v = |k: &str, default: String| flash.values.get(k).cloned().unwrap_or(default);
    let correction = !corrects.is_empty();
    let amount_fields = amount_fields(claim.kind, (monthly, hours, rate), &flash);
    view! {
        <form
            method="post"
            action={<ApproveClaim as ServerFn>::PATH}
            class="form"
            data-testid="approve-form"
        >
            <input type="hidden" name="claim_id" value=claim.id.clone() />
            <input type="hidden" name="corrects" value=corrects />
            {limits.map(limits_hint).map(|l| view! { <p class="hint">{l}</p> })}
            {inputs(
                &flash,
                [
                    Input::new("period_from", "staff-period-from", v("period_from", from))
                        .of_type("date"),
                    Input::new("period_to", "staff-period-to", v("period_to", to)).of_type("date"),
                ],
            )}
            {amount_fields}
            <TextField
                name="payee"
                label=t("staff-payee")
                value=v("payee", payee)
                error=field_error(&flash, "payee")
            />
            {payment_fields(&claim, &flash)}
            <TextArea
                name="reasons"
                label=t("staff-reasons")
                hint=t("staff-reasons-hint")
                required=false
                maxlength=4000
                value=v("reasons", String::new())
                error=field_error(&flash, "reasons")
            />
            <TextArea
                name="partial_reasons"
                label=t("staff-partial-reasons")
                hint=t("staff-partial-reasons-hint")
                required=false
                maxlength=4000
                value=v("partial_reasons", String::new())
                error=field_error(&flash, "partial_reasons")
            />
            {correction.then(|| aufhebung_fields(&flash))}
            {remedy_field(remedies, &flash)}
            <button type="submit" class="button">
                {if correction { t("staff-correct-approve") } else { t("staff-approve") }}
            </button>
        </form>
    }
}

/// The amount of an approval: Teilhabe a monthly amount, Lernförderung lessons per week,
/// their length and the hourly rate with the weekly sum — prefilled with `prefill`
/// (monthly amount, lessons, rate), the values entered winning after an error.
fn amount_fields(kind: BenefitKind, prefill: (String, String, String), flash: &Flash) -> AnyView {
    let (monthly, hours, rate) = prefill;
    let v = |k: &str, default: String| flash.values.get(k).cloned().unwrap_or(default);
    match kind {
        BenefitKind::Teilhabe => view! {
            <TextField
                name="monthly_amount"
                label=t("staff-monthly-amount")
                value=v("monthly_amount", monthly)
                error=field_error(flash, "monthly_amount")
            />
        }
        .into_any(),
        BenefitKind::Lernfoerderung => {
            // A full school week; the notice counts the school days of every month.
            let preview = hours
                .parse::<u8>()
                .ok()
                .zip(Cents::parse(&rate, "", Cents(100_000)).ok())
                .map(|(h, r)| {
                    let week = Cents(i64::from(h) * r.0);
                    t_args("staff-weekly-preview", &[("amount", money(week).into())])
                });
            let lessons = vec![("45", t("staff-lesson-45")), ("60", t("staff-lesson-60"))];
            view! {
                {inputs(
                    flash,
                    [
                        Input::new(
                                "hours_per_week",
                                "staff-lessons-per-week",
                                v("hours_per_week", hours),
                            )
                            .of_type("number"),
                    ],
                )}
                <RadioGroup
                    name="lesson_minutes"
                    legend=t("staff-lesson-length")
                    options=lessons
                    selected=v("lesson_minutes", "45".into())
                    error=field_error(flash, "lesson_minutes")
                />
                {inputs(
                    flash,
                    [Input::new("hourly_rate", "staff-hourly-rate", v("hourly_rate", rate))],
                )}
                {preview.map(|p| view! { <p class="hint">{p}</p> })}
            }
            .into_any()
        }
    }
}

/// How the money is paid: the route (direct payment only with the family's agreement,
/// proposed accordingly), in advance, and for Teilhabe a one-off sum and further costs.
fn payment_fields(claim: &StaffClaim, flash: &Flash) -> impl IntoView + use<> {
    let route_options = PaymentRoute::ALL
        .into_iter()
        .map(|r| (r.as_str(), t(r.label_id())))
        .collect();
    let default_route = if claim.consents.direct_payment.is_given() {
        "direct"
    } else {
        "voucher"
    };
    let selected = flash
        .values
        .get("payment_route")
        .cloned()
        .unwrap_or_else(|| default_route.into());
    view! {
        <RadioGroup
            name="payment_route"
            legend=t("staff-route")
            options=route_options
            selected=selected
            error=field_error(flash, "payment_route")
        />
        <Checkbox
            name="advance"
            label=t("staff-advance")
            checked=flash.value("advance") == "ja"
            error=field_error(flash, "advance")
        />
        {(claim.kind == BenefitKind::Teilhabe).then(|| teilhabe_terms(flash))}
    }
}

/// Teilhabe only: one sum instead of the monthly amounts (a holiday camp), and further
/// actual costs (§ 28 Abs. 7 Satz 2 SGB II) — both optional, folded away.
fn teilhabe_terms(flash: &Flash) -> impl IntoView + use<> {
    let open = [
        "one_off_amount",
        "one_off_purpose",
        "further_amount",
        "further_purpose",
    ]
    .iter()
    .any(|k| !flash.value(k).is_empty());
    let v = |k: &str| flash.value(k);
    view! {
        <details open=open data-testid="payment-terms">
            <summary>{t("staff-terms-title")}</summary>
            <p class="hint">{t("staff-terms-hint")}</p>
            {inputs(
                flash,
                [
                    Input::new("one_off_amount", "staff-one-off-amount", v("one_off_amount"))
                        .hint("staff-one-off-amount-hint")
                        .optional(),
                    Input::new("one_off_purpose", "staff-one-off-purpose", v("one_off_purpose"))
                        .optional()
                        .max(200),
                    Input::new("further_amount", "staff-further-amount", v("further_amount"))
                        .hint("staff-further-amount-hint")
                        .optional(),
                    Input::new("further_purpose", "staff-further-purpose", v("further_purpose"))
                        .optional()
                        .max(200),
                ],
            )}
        </details>
    }
}

/// The rejection form: a reason in force and the caseworker's own words.
#[component]
fn RejectForm(
    claim_id: String,
    reasons: Vec<(String, String)>,
    corrects: (String, Vec<(String, String)>),
    flash: Flash,
) -> impl IntoView {
    let (corrects, remedies) = corrects;
    let v = |k: &str| flash.values.get(k).cloned().unwrap_or_default();
    let correction = !corrects.is_empty();
    view! {
        <form
            method="post"
            action={<RejectClaim as ServerFn>::PATH}
            class="form"
            data-testid="reject-form"
        >
            <input type="hidden" name="claim_id" value=claim_id />
            <input type="hidden" name="corrects" value=corrects />
            <SelectField
                name="reason_code"
                label=t("staff-reason")
                options=reasons
                selected=v("reason_code")
                error=field_error(&flash, "reason_code")
            />
            <TextArea
                name="reason_text"
                label=t("staff-reason-text")
                hint=t("staff-reason-text-hint")
                required=false
                maxlength=4000
                value=v("reason_text")
                error=field_error(&flash, "reason_text")
            />
            {correction.then(|| aufhebung_fields(&flash))}
            {remedy_field(remedies, &flash)}
            <button type="submit" class="button button-danger">
                {if correction { t("staff-correct-reject") } else { t("staff-reject") }}
            </button>
        </form>
    }
}

/// Amounts and text blocks of notices (admin), with the notice preview.
#[component]
pub fn AdminNoticesPage() -> impl IntoView {
    require_role(&[Role::Admin], |_user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        let title = t("admin-notices-title");
        view! {
            <PageHeading text=title back="/admin" />
            <ErrorSummary flash=flash.clone() />
            <p class="actions">
                {button_links(
                    0,
                    [
                        ("/admin/bescheid-vorschau?art=bewilligung", t("admin-preview-approval")),
                        ("/admin/bescheid-vorschau?art=ablehnung", t("admin-preview-rejection")),
                        ("/admin/schulkalender", t("calendar-title")),
                    ],
                )}
            </p>
            {load_view(async move {
                let mut rates = Vec::new();
                for kind in RateKind::ALL {
                    rates.push((kind, db::rates::rates(&db, kind).await?));
                }
                let blocks = db::decision::text_blocks(&db).await?;
                Ok(
                    view! {
                        <Rates rates flash=flash.clone() />
                        <TextBlocks blocks flash />
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

/// The amounts of each kind with their validity, and the form to set a new one.
#[component]
fn Rates(rates: Vec<(RateKind, Vec<Rate>)>, flash: Flash) -> impl IntoView {
    let rate_rows = rates
        .iter()
        .flat_map(|(kind, list)| {
            list.iter().map(move |r| {
                let to = r
                    .valid_to
                    .map(crate::domain::text::german)
                    .unwrap_or_else(|| "–".into());
                view! {
                    <tr>
                        <td>{t(kind.label_id())}</td>
                        <td>{crate::domain::text::german(r.valid_from)}</td>
                        <td>{to}</td>
                        <td>{r.amount.to_string()}</td>
                    </tr>
                }
            })
        })
        .collect_view();
    let kind_options: Vec<(&'static str, String)> = RateKind::ALL
        .into_iter()
        .map(|k| (k.as_str(), t(k.label_id())))
        .collect();
    view! {
        <h2>{t("admin-rates")}</h2>
        <table class="table">
            {table_head([
                Column::Text(t("admin-rate-kind")),
                Column::Text(t("admin-valid-from")),
                Column::Text(t("admin-valid-to")),
                Column::Text(t("admin-amount")),
            ])} <tbody>{rate_rows}</tbody>
        </table>
        <form method="post" action={<SaveRate as ServerFn>::PATH} class="form">
            <RadioGroup name="kind" legend=t("admin-rate-kind") options=kind_options />
            {inputs(
                &flash,
                [
                    Input::new("amount", "admin-amount", String::new()),
                    Input::new("valid_from", "admin-valid-from", String::new()).of_type("date"),
                ],
            )}
            <button type="submit" class="button">
                {t("admin-rate-save")}
            </button>
        </form>
    }
}

/// The text blocks of notices with their validity, and the form to add one.
#[component]
fn TextBlocks(blocks: Vec<TextBlock>, flash: Flash) -> impl IntoView {
    let block_rows = blocks.into_iter().map(text_block_row).collect_view();
    let block_kinds = vec![
        (
            TextBlockKind::RejectionReason.as_str(),
            t("admin-block-reason"),
        ),
        (TextBlockKind::Notice.as_str(), t("admin-block-notice")),
    ];
    view! {
        <h2>{t("admin-blocks")}</h2>
        <div class="table-scroll" role="region" tabindex="0" aria-label=t("admin-blocks")>
            <table class="table">
                {table_head([
                    Column::Text(t("admin-block-kind")),
                    Column::Text(t("admin-block-code")),
                    Column::Text(t("admin-block-title")),
                    Column::Text(t("admin-valid-from")),
                    Column::Text(t("admin-valid-to")),
                    Column::Text(t("admin-block-body")),
                    Column::Text(t("admin-block-norms")),
                ])} <tbody>{block_rows}</tbody>
            </table>
        </div>
        <form method="post" action={<SaveTextBlock as ServerFn>::PATH} class="form">
            <RadioGroup name="kind" legend=t("admin-block-kind") options=block_kinds />
            {inputs(
                &flash,
                [
                    Input::new("code", "admin-block-code", String::new())
                        .hint("admin-block-code-hint"),
                    Input::new("title", "admin-block-title", String::new()),
                ],
            )}
            <TextArea
                name="body"
                label=t("admin-block-body")
                hint=t("admin-block-body-hint")
                maxlength=4000
                error=field_error(&flash, "body")
            />
            <TextArea
                name="norms"
                label=t("admin-block-norms")
                hint=t("admin-block-norms-hint")
                required=false
                maxlength=2000
                error=field_error(&flash, "norms")
            />
            <TextField
                name="valid_from"
                label=t("admin-valid-from")
                input_type="date"
                error=field_error(&flash, "valid_from")
            />
            <button type="submit" class="button">
                {t("admin-block-save")}
            </button>
        </form>
    }
}

/// A text block of the notices as a table row: kind, code, title, validity, text, norms.
fn text_block_row(b: TextBlock) -> impl IntoView {
    let to = b
        .valid_to
        .as_deref()
        .map(german_iso)
        .unwrap_or_else(|| "–".into());
    view! {
        <tr>
            <td>{b.kind}</td>
            <td dir="ltr">{b.code}</td>
            <td>{b.title}</td>
            <td>{german_iso(&b.valid_from)}</td>
            <td>{to}</td>
            <td class="prewrap">{b.body}</td>
            <td class="prewrap">{b.norms}</td>
        </tr>
    }
}

/// For a Bescheid delivered (posted, or provided for download with the family's consent):
/// the day it counts as received and the last day to object.
fn known_line(n: &NoticeMeta) -> Option<impl IntoView + use<>> {
    let delivery = n.delivery()?;
    let id = match delivery {
        Delivery::Download(_) => "decision-known-download",
        Delivery::Posted(_) => "decision-known-posted",
    };
    let known = delivery.known_on();
    let text = t_args(
        id,
        &[
            ("known", german(known).into()),
            ("deadline", german(objection_deadline(known)).into()),
        ],
    );
    Some(view! {
        <p class="hint" data-testid="notice-known">
            {text}
        </p>
    })
}

/// What a decision means, in the family's language: approved — how much, when and to
/// whom; rejected — why.
fn explain_decision(decision: &DecisionRow) -> String {
    let lang = use_ctx().lang;
    if decision.approved {
        let period = decision
            .period
            .as_ref()
            .map(|(f, t)| (date_iso(f), date_iso(t)))
            .unwrap_or_default();
        t_args(
            "decision-explain-approved",
            &[
                ("amount", money(decision.monthly.unwrap_or_default()).into()),
                ("from", period.0.into()),
                ("to", period.1.into()),
                (
                    "payee",
                    crate::domain::text::name_in_sentence(
                        decision.payee.as_deref().unwrap_or_default(),
                    )
                    .into(),
                ),
            ],
        )
    } else {
        let code = decision.reason_code.clone().unwrap_or_default();
        let id = format!("reason-{}", code.replace('_', "-"));
        let reason = if crate::i18n::has(lang, &id) {
            t(&id)
        } else {
            t("reason-other")
        };
        t_args("decision-explain-rejected", &[("reason", reason.into())])
    }
}

/// The form that writes the family's Widerspruch against the Bescheid `notice_id` as a
/// letter to print and sign.
fn objection_letter_form(claim_id: &str, notice_id: String) -> impl IntoView + use<> {
    view! {
        <details class="objection-letter">
            <summary>{t("objection-letter-title")}</summary>
            <form
                method="post"
                action=format!("/familie/antrag/{claim_id}/widerspruch")
                class="form"
            >
                <input type="hidden" name="notice_id" value=notice_id />
                <p class="hint">{t("objection-letter-hint")}</p>
                <TextArea
                    name="reasons"
                    label=t("objection-letter-reasons")
                    required=false
                    maxlength=4000
                />
                <button type="submit" class="button button-secondary">
                    {t("objection-letter-button")}
                </button>
            </form>
        </details>
    }
}

/// The family's view of a decision: a plain explanation in their language and the
/// German notice to download.
#[component]
pub fn FamilyDecision(
    claim_id: String,
    decision: DecisionRow,
    notices: Vec<NoticeMeta>,
    underlying: Option<UnderlyingBenefit>,
) -> impl IntoView {
    let explanation = explain_decision(&decision);
    let route = decision
        .route
        .map(|r| t(&format!("decision-explain-{}", r.as_str())));
    let links = notices
        .iter()
        .filter(|n| n.decision_id == decision.id)
        .map(|n| {
            let href = format!("/bescheide/{}", n.id);
            let name = format!("{}.pdf", n.number);
            view! {
                <li>
                    <a class="button" href=href download=name data-testid="notice-download">
                        {t("decision-download")}
                    </a>
                    <span class="hint" lang="de">
                        {n.title.clone()}
                    </span>
                    {known_line(n)}
                </li>
            }
        })
        .collect_view();
    // § 39 SGB II only on decisions that take something back (`but-rules.md` item 1).
    let no_suspension = (underlying == Some(UnderlyingBenefit::Buergergeld) && decision.takes_back)
        .then(|| t("decision-explain-no-suspension"));
    let bescheid = notices
        .iter()
        .find(|n| n.decision_id == decision.id && n.kind == NoticeKind::Bescheid)
        .map(|n| n.id.to_string());
    let letter_form = bescheid.map(|notice_id| objection_letter_form(&claim_id, notice_id));
    view! {
        <section
            class="card decision"
            aria-labelledby="decision-heading"
            data-testid="family-decision"
        >
            <h2 id="decision-heading">{t("decision-title")}</h2>
            <p>{explanation}</p>
            {route.map(|r| view! { <p>{r}</p> })}
            <p>{t("decision-explain-objection")}</p>
            {no_suspension.map(|s| view! { <p>{s}</p> })}
            <p class="hint">{t("decision-explain-german")}</p>
            <ul class="documents">{links}</ul>
            {letter_form}
        </section>
    }
}
