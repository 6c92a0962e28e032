//! The reports dashboard for staff and admin (/verwaltung/berichte): the Kreis's three
//! indicators per Kommune as charts with their tables, uptake against the eligible
//! children, the claim process by status, benefit, month and school year, and the
//! downloads; and the admin's numbers of eligible children (/admin/berechtigte).

use crate::api::report::SaveEligibleChildren;
use crate::db::today;
use crate::{
    charts::{Bar, Layout, bar_chart},
    components::title::{PageHeading, PageTitle},
    components::{
        form::{SelectField, TextField},
        guard::require_role,
        table::{Column, table_head},
    },
    context::use_ctx,
    db::{self, Db},
    domain::{
        account::Role,
        benefit::BenefitKind,
        report::{
            Dimension, Figures, Period, Report, ReportFilter, Row, SiteRow, Sites, UptakeRow,
        },
        text::iso,
    },
    i18n::{date_iso, money, percent, t, t_args},
    pages::load_view,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::{hooks::use_query_map, params::ParamsMap};

/// The report's filters from the query string (`von`, `bis`, `kommune`, `leistung`), or
/// the errors of the period.
pub fn filter_from_query(
    get: impl Fn(&str) -> String,
    today: time::Date,
) -> Result<ReportFilter, Vec<crate::domain::FieldError>> {
    Ok(ReportFilter {
        period: Period::parse(&get("von"), &get("bis"), today)?,
        kommune: Some(get("kommune")).filter(|k| !k.is_empty()),
        benefit: BenefitKind::parse(&get("leistung")),
    })
}

/// The query string of a filter (for the downloads and the period shortcuts).
pub fn query_of(filter: &ReportFilter) -> String {
    let mut q = format!(
        "von={}&bis={}",
        iso(filter.period.from),
        iso(filter.period.to)
    );
    if let Some(k) = &filter.kommune {
        q.push_str(&format!(
            "&kommune={}",
            crate::components::guard::encode_component(k)
        ));
    }
    if let Some(b) = filter.benefit {
        q.push_str(&format!("&leistung={}", b.as_str()));
    }
    q
}

fn days(d: Option<i64>) -> String {
    d.map_or_else(
        || t("report-none"),
        |d| t_args("report-days", &[("days", d.into())]),
    )
}

fn share(p: Option<i64>) -> String {
    p.map_or_else(|| t("report-none"), percent)
}

fn count(n: i64) -> String {
    n.to_string()
}

/// The label of a row as shown (benefits are translated; Kommunen, months and school
/// years are names and numbers).
fn row_label(d: Dimension, row: &Row) -> String {
    match d {
        Dimension::Benefit => BenefitKind::parse(&row.key)
            .map(|b| t(b.label_id()))
            .unwrap_or_else(|| row.label.clone()),
        _ => row.label.clone(),
    }
}

/// The bars of a chart: a label and (value, value as shown) of each item.
fn bars<T>(
    items: &[T],
    label: impl Fn(&T) -> &String,
    value: impl Fn(&T) -> (f64, String),
) -> Vec<Bar> {
    items
        .iter()
        .map(|item| {
            let (value, shown) = value(item);
            Bar {
                label: label(item).clone(),
                value,
                shown,
            }
        })
        .collect()
}

/// A chart with its title and description (the messages `report-chart-{id}-title` and
/// `report-chart-{id}-desc`), and its numbers as a table beside it.
#[component]
fn ChartFigure(
    id: &'static str,
    /// Header of the label column and of the value column.
    columns: (String, String),
    bars: Vec<Bar>,
    layout: Layout,
    axis: fn(f64) -> String,
) -> impl IntoView {
    let title = t(&format!("report-chart-{id}-title"));
    let description = t(&format!("report-chart-{id}-desc"));
    let svg = bar_chart(id, &title, &description, &bars, layout, &axis);
    let rows = bars
        .into_iter()
        .map(|b| {
            view! {
                <tr>
                    <th scope="row">{b.label}</th>
                    <td class="num">{b.shown}</td>
                </tr>
            }
        })
        .collect_view();
    let table_label = title.clone();
    view! {
        <figure class="chart" data-testid=format!("chart-{id}")>
            <figcaption>
                <h3>{title.clone()}</h3>
                <p class="hint">{description}</p>
            </figcaption>
            <div class="chart-body">
                <div class="chart-image" inner_html=svg></div>
                <div
                    class="table-scroll chart-table"
                    role="region"
                    tabindex="0"
                    aria-label=table_label
                >
                    <table class="table" data-testid=format!("table-{id}")>
                        <caption class="visually-hidden">{title}</caption>
                        {table_head([Column::Text(columns.0), Column::Num(columns.1)])}
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </div>
        </figure>
    }
    .into_any()
}

/// Whole euros on a chart's axis, grouped as the language writes them.
fn euros_axis(v: f64) -> String {
    crate::domain::format::local_euros(use_ctx().lang, v.round() as i64)
}

/// Counts on a chart's axis: whole numbers only.
fn plain_axis(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        String::new()
    }
}

fn percent_axis(v: f64) -> String {
    format!("{v:.0} %")
}

/// The full table of a breakdown: every figure per row, and the total.
#[component]
fn FiguresTable(dimension: Dimension, rows: Vec<Row>, total: Figures) -> impl IntoView {
    let head = t(match dimension {
        Dimension::Kommune => "report-col-kommune",
        Dimension::Benefit => "report-col-benefit",
        Dimension::Month => "report-col-month",
        Dimension::SchoolYear => "report-col-school-year",
    });
    let line = |label: String, f: &Figures, is_total: bool| {
        let cells = view! {
            <td class="num">{count(f.received)}</td>
            <td class="num">{count(f.submitted + f.needs_info)}</td>
            <td class="num">{count(f.approved)}</td>
            <td class="num">{count(f.rejected)}</td>
            <td class="num">{count(f.withdrawn)}</td>
            <td class="num">{share(f.question_permille())}</td>
            <td class="num">{count(f.decided)}</td>
            <td class="num">{days(f.median_days)}</td>
            <td class="num">{days(f.p90_days)}</td>
            <td class="num">{money(f.approved_money())}</td>
            <td class="num">{count(f.children)}</td>
        };
        if is_total {
            view! {
                <tr class="total">
                    <th scope="row">{label}</th>
                    {cells}
                </tr>
            }
            .into_any()
        } else {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {cells}
                </tr>
            }
            .into_any()
        }
    };
    let body = rows
        .iter()
        .map(|r| line(row_label(dimension, r), &r.figures, false))
        .collect_view();
    let region_label = head.clone();
    let testid = format!("figures-{}", dimension.as_str());
    view! {
        <div class="table-scroll" role="region" tabindex="0" aria-label=region_label>
            <table class="table figures" data-testid=testid>
                {table_head([
                    Column::Text(head),
                    Column::Num(t("report-col-received")),
                    Column::Num(t("report-col-open")),
                    Column::Num(t("report-status-approved")),
                    Column::Num(t("report-status-rejected")),
                    Column::Num(t("report-status-withdrawn")),
                    Column::Num(t("report-col-question-share")),
                    Column::Num(t("report-col-decided")),
                    Column::Num(t("report-col-median")),
                    Column::Num(t("report-col-p90")),
                    Column::Num(t("report-col-money")),
                    Column::Num(t("report-col-children")),
                ])}
                <tbody>{body}</tbody>
                <tfoot>{line(t("report-total"), &total, true)}</tfoot>
            </table>
        </div>
    }
    .into_any()
}

/// The period shortcuts: this and last school year, the last twelve months.
fn shortcuts(filter: &ReportFilter) -> impl IntoView + use<> {
    Period::shortcuts(today())
        .into_iter()
        .map(|(id, period)| {
            let href = format!(
                "/verwaltung/berichte?{}",
                query_of(&ReportFilter {
                    period,
                    ..filter.clone()
                })
            );
            let current = period == filter.period;
            view! {
                <li>
                    <a href=href aria-current=current.then_some("page")>
                        {t(id)}
                    </a>
                </li>
            }
        })
        .collect_view()
}

/// The report of a period: filters, key figures, downloads, the three indicators per
/// Kommune, uptake, and the claims by status, Kommune, benefit, month and school year.
#[component]
fn Dashboard(report: Report, kommunen: Vec<(String, String)>) -> impl IntoView {
    let total = report.total.clone();
    view! {
        <ReportFilters filter=report.filter.clone() kommunen />
        <KeyFigures
            total=total.clone()
            sites=report.sites_total.clone()
            reference_day=report.reference_day
        />
        <Downloads filter=report.filter.clone() />
        <Indicators by_kommune=report.by_kommune.clone() sites=report.sites.clone() />
        <Uptake uptake=report.uptake />
        <ByStatus total=total.clone() />
        <section aria-labelledby="report-by-kommune">
            <h2 id="report-by-kommune">{t("report-by-kommune")}</h2>
            <FiguresTable dimension=Dimension::Kommune rows=report.by_kommune total=total.clone() />
        </section>
        <section aria-labelledby="report-by-benefit">
            <h2 id="report-by-benefit">{t("report-by-benefit")}</h2>
            <FiguresTable dimension=Dimension::Benefit rows=report.by_benefit total=total.clone() />
        </section>
        <ByMonth by_month=report.by_month total=total.clone() />
        <section aria-labelledby="report-by-school-year">
            <h2 id="report-by-school-year">{t("report-by-school-year")}</h2>
            <FiguresTable dimension=Dimension::SchoolYear rows=report.by_school_year total=total />
        </section>
    }
}

/// A chart bar's value and text: the money approved.
fn money_of(r: &Row) -> (f64, String) {
    let f = &r.figures;
    (f.approved_cents as f64 / 100.0, money(f.approved_money()))
}

/// The period shortcuts, the filter form (period, Kommune, benefit) and the period shown.
#[component]
fn ReportFilters(filter: ReportFilter, kommunen: Vec<(String, String)>) -> impl IntoView {
    let kommune = filter.kommune.clone().unwrap_or_default();
    let benefit = filter
        .benefit
        .map(|b| b.as_str().to_string())
        .unwrap_or_default();
    let benefit_options = BenefitKind::ALL
        .into_iter()
        .map(|b| (b.as_str().to_string(), t(b.label_id())))
        .collect();
    let period_text = t_args(
        "report-period",
        &[
            ("from", date_iso(&iso(filter.period.from)).into()),
            ("to", date_iso(&iso(filter.period.to)).into()),
        ],
    );
    view! {
        <nav aria-label=t("report-shortcuts")>
            <ul class="tabs">{shortcuts(&filter)}</ul>
        </nav>
        <details class="filters">
            <summary>{t("report-filter")}</summary>
            <form method="get" action="/verwaltung/berichte" class="form filter-form">
                <TextField
                    name="von"
                    label=t("report-from")
                    input_type="date"
                    value=iso(filter.period.from)
                    required=false
                />
                <TextField
                    name="bis"
                    label=t("report-to")
                    input_type="date"
                    value=iso(filter.period.to)
                    required=false
                />
                <SelectField
                    name="kommune"
                    label=t("report-col-kommune")
                    options=kommunen
                    selected=kommune
                />
                <SelectField
                    name="leistung"
                    label=t("report-col-benefit")
                    options=benefit_options
                    selected=benefit
                />
                <button type="submit" class="button">
                    {t("report-apply")}
                </button>
            </form>
        </details>
        <p data-testid="report-period">
            <strong>{period_text}</strong>
        </p>
    }
}

/// The key figures of the period, and how they are counted.
#[component]
fn KeyFigures(total: Figures, sites: Sites, reference_day: time::Date) -> impl IntoView {
    view! {
        <section aria-labelledby="report-key-figures">
            <h2 id="report-key-figures">{t("report-key-figures")}</h2>
            <dl class="key-figures">
                <div data-testid="kf-money">
                    <dt>{t("report-money")}</dt>
                    <dd>{money(total.approved_money())}</dd>
                    <dd class="hint">
                        {t_args("report-money-hint", &[("count", total.approvals.into())])}
                    </dd>
                </div>
                <div data-testid="kf-children">
                    <dt>{t("report-children")}</dt>
                    <dd>{count(total.children)}</dd>
                </div>
                <div data-testid="kf-sites">
                    <dt>{t("report-sites")}</dt>
                    <dd>{count(sites.active)}</dd>
                    <dd class="hint">
                        {t_args(
                            "report-sites-hint",
                            &[
                                ("occupied", sites.occupied.into()),
                                ("places", sites.places.into()),
                                ("rate", share(sites.occupancy_permille()).into()),
                            ],
                        )}
                    </dd>
                </div>
                <div data-testid="kf-received">
                    <dt>{t("report-received")}</dt>
                    <dd>{count(total.received)}</dd>
                </div>
                <div data-testid="kf-processing">
                    <dt>{t("report-processing")}</dt>
                    <dd>{days(total.median_days)}</dd>
                    <dd class="hint">
                        {t_args(
                            "report-processing-hint",
                            &[("p90", days(total.p90_days).into()), ("count", total.decided.into())],
                        )}
                    </dd>
                </div>
                <div data-testid="kf-questions">
                    <dt>{t("report-questions")}</dt>
                    <dd>{share(total.question_permille())}</dd>
                    <dd class="hint">
                        {t_args("report-questions-hint", &[("count", total.with_question.into())])}
                    </dd>
                </div>
            </dl>
            <p class="hint">{t("report-paid-unknown")}</p>
            <details>
                <summary>{t("report-how")}</summary>
                <ul>
                    <li>{t("report-how-received")}</li>
                    <li>{t("report-how-money")}</li>
                    <li>{t("report-how-children")}</li>
                    <li>{t("report-how-processing")}</li>
                    <li>
                        {t_args(
                            "report-how-sites",
                            &[("date", date_iso(&iso(reference_day)).into())],
                        )}
                    </li>
                    <li>{t("report-how-uptake")}</li>
                </ul>
            </details>
        </section>
    }
}

/// The figures and the claims of the filtered report as CSV and JSON.
#[component]
fn Downloads(filter: ReportFilter) -> impl IntoView {
    let q = query_of(&filter);
    view! {
        <section aria-labelledby="report-downloads" class="card">
            <h2 id="report-downloads">{t("report-downloads")}</h2>
            <ul class="downloads">
                <li>
                    <a href=format!("/verwaltung/berichte/kennzahlen.csv?{q}") download>
                        {t("report-csv-figures")}
                    </a>
                </li>
                <li>
                    <a href=format!("/verwaltung/berichte/antraege.csv?{q}") download>
                        {t("report-csv-claims")}
                    </a>
                </li>
                <li>
                    <a href=format!(
                        "/verwaltung/berichte/kennzahlen.json?{q}",
                    )>{t("report-json-figures")}</a>
                </li>
                <li>
                    <a href=format!(
                        "/verwaltung/berichte/antraege.json?{q}",
                    )>{t("report-json-claims")}</a>
                </li>
            </ul>
            <p class="hint">{t("report-downloads-hint")}</p>
        </section>
    }
}

/// The Kreis's three indicators per Kommune: money approved, children supported, active
/// Lernstandorte with their occupancy.
#[component]
fn Indicators(by_kommune: Vec<Row>, sites: Vec<SiteRow>) -> impl IntoView {
    let kommune_col = t("report-col-kommune");
    let children_of = |r: &Row| (r.figures.children as f64, count(r.figures.children));
    let money_bars = bars(&by_kommune, |r| &r.label, money_of);
    let children_bars = bars(&by_kommune, |r| &r.label, children_of);
    let site_bars = bars(
        &sites,
        |r| &r.label,
        |r| (r.sites.active as f64, count(r.sites.active)),
    );
    let charts = [
        ("money", "report-col-money", money_bars, euros_axis as fn(f64) -> String),
        ("children", "report-col-children", children_bars, plain_axis),
        ("sites", "report-col-sites", site_bars, plain_axis),
    ]
    .map(|(id, column, bars, axis)| {
        view! { <ChartFigure id columns=(kommune_col.clone(), t(column)) bars layout=Layout::Rows axis /> }
    });
    let site_rows = sites
        .iter()
        .map(|r| {
            view! {
                <tr>
                    <th scope="row">{r.label.clone()}</th>
                    <td class="num">{count(r.sites.active)}</td>
                    <td class="num">{count(r.sites.places)}</td>
                    <td class="num">{count(r.sites.occupied)}</td>
                    <td class="num">{share(r.sites.occupancy_permille())}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="report-indicators">
            <h2 id="report-indicators">{t("report-indicators")}</h2>
            {charts}
            <h3>{t("report-sites-table")}</h3>
            <div class="table-scroll" role="region" tabindex="0" aria-label=t("report-sites-table")>
                <table class="table" data-testid="table-sites-occupancy">
                    {table_head([
                        Column::Text(kommune_col.clone()),
                        Column::Num(t("report-col-sites")),
                        Column::Num(t("report-col-places")),
                        Column::Num(t("report-col-occupied")),
                        Column::Num(t("report-col-occupancy")),
                    ])}
                    <tbody>{site_rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// Uptake per Kommune: children supported against the eligible children (the admin may
/// enter those).
#[component]
fn Uptake(uptake: Vec<UptakeRow>) -> impl IntoView {
    let kommune_col = t("report-col-kommune");
    let admin = use_ctx().user.is_some_and(|u| u.role == Role::Admin);
    let uptake_bars = bars(
        &uptake,
        |r| &r.label,
        |r| {
            let rate = r.uptake.rate_permille;
            let shown = rate.map_or_else(|| t("report-eligible-missing"), percent);
            (rate.unwrap_or(0) as f64 / 10.0, shown)
        },
    );
    let uptake_rows = uptake
        .iter()
        .map(|r| {
            let u = &r.uptake;
            view! {
                <tr>
                    <th scope="row">{r.label.clone()}</th>
                    <td class="num">{count(u.supported)}</td>
                    <td class="num">
                        {u.eligible.map_or_else(|| t("report-eligible-missing"), count)}
                    </td>
                    <td>{u.as_of.as_deref().map(date_iso).unwrap_or_default()}</td>
                    <td class="num">{share(u.rate_permille)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="report-uptake">
            <h2 id="report-uptake">{t("report-uptake")}</h2>
            <p>{t("report-uptake-intro")}</p>
            {admin
                .then(|| {
                    view! {
                        <p>
                            <a href="/admin/berechtigte">{t("report-eligible-edit")}</a>
                        </p>
                    }
                })}
            <ChartFigure
                id="uptake"
                columns=(kommune_col.clone(), t("report-col-rate"))
                bars=uptake_bars
                layout=Layout::Rows
                axis=percent_axis
            />
            <div
                class="table-scroll"
                role="region"
                tabindex="0"
                aria-label=t("report-chart-uptake-title")
            >
                <table class="table" data-testid="table-uptake">
                    {table_head([
                        Column::Text(kommune_col),
                        Column::Num(t("report-col-children")),
                        Column::Num(t("report-col-eligible")),
                        Column::Text(t("report-col-as-of")),
                        Column::Num(t("report-col-rate")),
                    ])}
                    <tbody>{uptake_rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// The claims of the period by status, as a chart.
#[component]
fn ByStatus(total: Figures) -> impl IntoView {
    let status_ids = [
        ("report-status-submitted", total.submitted),
        ("report-status-needs-info", total.needs_info),
        ("report-status-approved", total.approved),
        ("report-status-rejected", total.rejected),
        ("report-status-withdrawn", total.withdrawn),
    ]
    .map(|(id, n)| (t(id), n));
    let status_bars = bars(
        &status_ids,
        |(label, _)| label,
        |(_, n)| (*n as f64, count(*n)),
    );
    view! {
        <section aria-labelledby="report-status">
            <h2 id="report-status">{t("report-status")}</h2>
            <ChartFigure
                id="status"
                columns=(t("report-col-status"), t("report-col-claims"))
                bars=status_bars
                layout=Layout::Rows
                axis=plain_axis
            />
        </section>
    }
}

/// Claims received and money approved per month, as charts and a table.
#[component]
fn ByMonth(by_month: Vec<Row>, total: Figures) -> impl IntoView {
    let received_of = |r: &Row| (r.figures.received as f64, count(r.figures.received));
    let month_bars = bars(&by_month, |r| &r.label, received_of);
    let month_money_bars = bars(&by_month, |r| &r.label, money_of);
    let charts = [
        (
            "months",
            "report-col-received",
            month_bars,
            plain_axis as fn(f64) -> String,
        ),
        (
            "months-money",
            "report-col-money",
            month_money_bars,
            euros_axis,
        ),
    ]
    .map(|(id, column, bars, axis)| {
        view! {
            <ChartFigure
                id
                columns=(t("report-col-month"), t(column))
                bars
                layout=Layout::Columns
                axis
            />
        }
    });
    view! {
        <section aria-labelledby="report-by-month">
            <h2 id="report-by-month">{t("report-by-month")}</h2>
            {charts}
            <FiguresTable dimension=Dimension::Month rows=by_month total />
        </section>
    }
}

/// `/verwaltung/berichte`.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let query: ParamsMap = use_query_map().get_untracked();
    require_role(&[Role::Staff, Role::Admin], move |_user| {
        let db = expect_context::<Db>();
        let filter = filter_from_query(|k| query.get(k).unwrap_or_default(), today());
        view! {
            <PageHeading text=t("report-title") back="/verwaltung" />
            <p>{t("report-intro")}</p>
            {load_view(async move {
                let filter = match filter {
                    Ok(f) => f,
                    Err(errors) => {
                        let items = errors
                            .into_iter()
                            .map(|e| view! { <li>{t(&e.msg_id)}</li> })
                            .collect_view();
                        return Ok(
                            view! {
                                <div class="error-summary" role="alert" data-testid="report-errors">
                                    <h2>{t("report-error-title")}</h2>
                                    <ul>{items}</ul>
                                    <p>
                                        <a href="/verwaltung/berichte">{t("report-this-year")}</a>
                                    </p>
                                </div>
                            }
                                .into_any(),
                        );
                    }
                };
                let report = db::report::report(&db, &filter, today()).await?;
                let kommunen = db::kommune::list_kommunen(&db).await?;
                let kommunen = kommunen.into_iter().map(|k| (String::from(k.id), k.name)).collect();
                let open = db::objection::open_count(&db).await?;
                Ok(
                    view! {
                        <div class="report">
                            <p data-testid="open-objections">
                                {t_args("report-open-objections", &[("count", open.into())])}
                            </p>
                            <Dashboard report kommunen />
                        </div>
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

/// One Kommune's row of the eligible children: the number, its date and source (`values`,
/// as entered after an error — then the row is marked, `failed`) and its own save button.
fn eligible_row(id: &str, name: &str, values: [String; 3], failed: bool) -> impl IntoView + use<> {
    let [children, as_of, source] = values;
    let (k_name, k_id) = (name.to_string(), id.to_string());
    let form_id = format!("eligible-{k_id}");
    let (f1, f2, f3) = (form_id.clone(), form_id.clone(), form_id.clone());
    let testid = form_id.clone();
    let this_failed = failed;
    view! {
        <tr data-testid=testid class:field-error=this_failed>
            <th scope="row">{k_name.clone()}</th>
            <td>
                <input
                    form=f1
                    id=this_failed.then_some("children")
                    type="text"
                    inputmode="numeric"
                    name="children"
                    value=children
                    aria-label=t_args("eligible-children-of", &[("kommune", k_name.clone().into())])
                />
            </td>
            <td>
                <input
                    form=f2
                    id=this_failed.then_some("as_of")
                    type="date"
                    name="as_of"
                    value=as_of
                    aria-label=t_args("eligible-as-of-of", &[("kommune", k_name.clone().into())])
                />
            </td>
            <td>
                <input
                    form=f3
                    type="text"
                    name="source"
                    value=source
                    maxlength="200"
                    aria-label=t_args("eligible-source-of", &[("kommune", k_name.clone().into())])
                />
            </td>
            <td>
                <form id=form_id method="post" action={<SaveEligibleChildren as ServerFn>::PATH}>
                    <input type="hidden" name="kommune" value=k_id.clone() />
                    <button type="submit" class="button button-secondary">
                        {t("eligible-save")}
                    </button>
                </form>
            </td>
        </tr>
    }
}

/// `/admin/berechtigte`: the admin enters the eligible children per Kommune.
#[component]
pub fn EligiblePage() -> impl IntoView {
    require_role(&[Role::Admin], |_user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash.clone();
        view! {
            <PageTitle text=t("eligible-title") />
            <p>
                <a href="/verwaltung/berichte">{t("report-title")}</a>
            </p>
            <h1>{t("eligible-title")}</h1>
            <p>{t("eligible-intro")}</p>
            <crate::components::form::ErrorSummary flash=flash.clone() />
            {load_view(async move {
                let (kommunen, eligible) = (
                    db::kommune::list_kommunen(&db).await?,
                    db::report::eligible(&db).await?,
                );
                let failed = flash.values.get("kommune").cloned();
                let rows = kommunen
                    .into_iter()
                    .map(|k| {
                        let current = eligible.get(k.id.as_str()).cloned();
                        let this_failed = failed.as_deref() == Some(k.id.as_str());
                        let value = |field: &str, stored: String| {
                            if this_failed {
                                flash.values.get(field).cloned().unwrap_or(stored)
                            } else {
                                stored
                            }
                        };
                        let children = value(
                            "children",
                            current.as_ref().map(|c| c.0.to_string()).unwrap_or_default(),
                        );
                        let as_of = value(
                            "as_of",
                            current.as_ref().map(|c| c.1.clone()).unwrap_or_default(),
                        );
                        let source = value(
                            "source",
                            current.as_ref().map(|c| c.2.clone()).unwrap_or_default(),
                        );
                        eligible_row(k.id.as_str(), &k.name, [children, as_of, source], this_failed)
                    })
                    .collect_view();
                Ok(
                    view! {
                        <div
                            class="table-scroll report"
                            role="region"
                            tabindex="0"
                            aria-label=t("eligible-title")
                        >
                            <table class="table" data-testid="eligible">
                                {table_head([
                                    Column::Text(t("report-col-kommune")),
                                    Column::Text(t("report-col-eligible")),
                                    Column::Text(t("report-col-as-of")),
                                    Column::Text(t("eligible-source")),
                                    Column::Hidden(t("eligible-save")),
                                ])}
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}
