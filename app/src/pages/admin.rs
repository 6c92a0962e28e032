//! Admin: the start page with everything an admin can do; create accounts for schools,
//! staff and admins; find accounts.

use crate::api::admin::CreateUser;
use crate::{
    components::title::PageHeading,
    components::{
        form::{ErrorSummary, NewPasswordFields, SelectField, TextField, field_error},
        guard::{encode_component, require_role},
        table::{Column, pager_links, table_head},
    },
    context::{Flash, use_ctx},
    db::{self, Db},
    domain::{account::Role, text::german_from_unix},
    i18n::{t, t_args},
    pages::{load_view, school::SchoolField},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::{hooks::use_query_map, params::ParamsMap};

/// What an admin can do, each page with its title and what it is for.
const ADMIN_PAGES: [(&str, &str, &str); 12] = [
    (
        "/admin/konten",
        "admin-accounts-title",
        "admin-home-accounts",
    ),
    (
        "/admin/bescheide",
        "admin-notices-title",
        "admin-home-notices",
    ),
    (
        "/admin/schulkalender",
        "calendar-title",
        "admin-home-calendar",
    ),
    ("/admin/postausgang", "outbox-title", "admin-home-outbox"),
    ("/verwaltung/berichte", "report-title", "admin-home-reports"),
    (
        "/admin/berechtigte",
        "eligible-title",
        "admin-home-eligible",
    ),
    ("/verwaltung/antraege", "queue-title", "admin-home-queue"),
    (
        "/verwaltung/papierantrag",
        "intake-title",
        "admin-home-intake",
    ),
    (
        "/verwaltung/lernstandorte",
        "staff-sites-title",
        "admin-home-sites",
    ),
    (
        "/verwaltung/lernstandorte/traeger",
        "site-operators-title",
        "admin-home-operators",
    ),
    (
        "/verwaltung/schulen",
        "school-directory-title",
        "admin-home-schools",
    ),
    (
        "/verwaltung/zugaenge",
        "requests-title",
        "admin-home-requests",
    ),
];

/// The admin's start page: a link to every admin page with a line on what it is for.
#[component]
pub fn AdminHome() -> impl IntoView {
    require_role(&[Role::Admin], |_user| {
        let links = ADMIN_PAGES
            .into_iter()
            .chain([(
                "/verwaltung/barrieren",
                "staff-feedback-title",
                "admin-home-feedback",
            )])
            .map(|(href, title, hint)| {
                view! {
                    <li class="card">
                        <a href=href>{t(title)}</a>
                        <p class="hint">{t(hint)}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <PageHeading text=t("admin-home-title") />
            <nav aria-label=t("admin-home-title")>
                <ul class="admin-links" data-testid="admin-links">
                    {links}
                </ul>
            </nav>
        }
        .into_any()
    })
}

/// The admin's account page: the accounts found, then the form to create one.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let query = use_query_map().get_untracked();
    require_role(&[Role::Admin], move |_user| {
        let flash = use_ctx().flash;
        view! {
            <PageHeading text=t("admin-accounts-title") back="/admin" />
            <h2>{t("admin-list-title")}</h2>
            <AccountSearch query=query.clone() />
            <AccountsTable query=query.clone() />
            <h2>{t("admin-create-title")}</h2>
            <ErrorSummary flash=flash.clone() />
            <CreateAccountForm flash=flash />
        }
        .into_any()
    })
}

/// The search over the accounts: part of the e-mail address and the role.
#[component]
fn AccountSearch(query: ParamsMap) -> impl IntoView {
    let roles = Role::ALL
        .into_iter()
        .map(|r| (r.as_str().to_string(), t(r.label_id())))
        .collect();
    view! {
        <form method="get" action="/admin/konten" class="form filter-form" role="search">
            <div class="queue-search">
                <TextField
                    name="suche"
                    label=t("admin-search")
                    input_type="search"
                    value=query.get("suche").unwrap_or_default()
                    required=false
                />
                <SelectField
                    name="rolle"
                    label=t("field-role")
                    options=roles
                    selected=query.get("rolle").unwrap_or_default()
                />
                <button type="submit" class="button">
                    {t("queue-apply")}
                </button>
            </div>
        </form>
    }
}

/// The form to create an account: e-mail, role, school (for school accounts) and an
/// initial password.
#[component]
fn CreateAccountForm(flash: Flash) -> impl IntoView {
    view! {
        <form method="post" action={<CreateUser as ServerFn>::PATH} class="form" novalidate>
            <TextField
                name="email"
                label=t("field-email")
                input_type="email"
                value=flash.value("email")
                error=field_error(&flash, "email")
            />
            <RoleField flash=flash.clone() />
            <SchoolField label=t("admin-school") hint=t("admin-school-hint") flash=flash.clone() />
            <NewPasswordFields
                label=t("field-initial-password")
                hint=t("admin-initial-password-hint")
                flash=flash.clone()
            />
            <button type="submit" class="button">
                {t("admin-create-submit")}
            </button>
        </form>
    }
}

/// The role of the new account as a select, the entered role preselected.
#[component]
fn RoleField(flash: Flash) -> impl IntoView {
    let selected = flash.value("role");
    let role_options = Role::ALL
        .into_iter()
        .map(|r| {
            view! {
                <option value=r.as_str() selected=selected == r.as_str()>
                    {t(r.label_id())}
                </option>
            }
        })
        .collect_view();
    let role_error = field_error(&flash, "role");
    let has_role_error = role_error.is_some();
    view! {
        <div class="field" class:field-error=has_role_error>
            <label for="role">{t("field-role")}</label>
            {role_error
                .map(|e| {
                    view! {
                        <p class="error-message" id="role-error">
                            {e}
                        </p>
                    }
                })}
            <select id="role" name="role">
                {role_options}
            </select>
        </div>
    }
}

/// One page of the accounts found: e-mail, role and when each was created, with the
/// pager.
#[component]
fn AccountsTable(query: ParamsMap) -> impl IntoView {
    let db = expect_context::<Db>();
    let search = query.get("suche").unwrap_or_default();
    let role = query.get("rolle").and_then(|r| Role::parse(&r));
    let page: i64 = query.get("seite").and_then(|p| p.parse().ok()).unwrap_or(0);
    view! {
        {load_view(async move {
            let (rows, total) = db::account::list(&db, &search, role, page).await?;
            let items = rows
                .into_iter()
                .map(|a| {
                    view! {
                        <tr>
                            <td>{a.email}</td>
                            <td>{t(a.role.label_id())}</td>
                            <td>{german_from_unix(a.created_at)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let pager = pager(&query, page, total);
            Ok(
                view! {
                    <table class="table" id="accounts">
                        {table_head([
                            Column::Text(t("field-email")),
                            Column::Text(t("field-role")),
                            Column::Text(t("admin-created-at")),
                        ])}
                        <tbody>{items}</tbody>
                    </table>
                    {pager}
                }
                    .into_any(),
            )
        })}
    }
}

/// "Page x of y" and the links to the pages before and after `page` (counted from 0).
fn pager(query: &ParamsMap, page: i64, total: i64) -> impl IntoView + use<> {
    let pages = ((total + db::account::LIST_PAGE - 1) / db::account::LIST_PAGE).max(1);
    let href = |p: i64| {
        let mut parts: Vec<String> = query
            .clone()
            .into_iter()
            .filter(|(k, _)| k != "seite")
            .map(|(k, v)| format!("{k}={}", encode_component(&v)))
            .collect();
        parts.push(format!("seite={p}"));
        format!("/admin/konten?{}", parts.join("&"))
    };
    let info = t_args(
        "admin-accounts-page",
        &[
            ("page", (page + 1).into()),
            ("pages", pages.into()),
            ("total", total.into()),
        ],
    );
    view! {
        <p data-testid="accounts-total">{info}</p>
        {pager_links(page, pages, &href)}
    }
}
