//! `/admin/postausgang`: the outbox as admins see it — queued, sent, kept and failed
//! mails, newest first, and one mail's text. Without an SMTP server every mail is kept
//! here, so a newcomer sees what would have gone out. The body of a mail with a secret
//! link (password reset) is shown only while it is kept, never once sent.

use crate::components::table::{Column, table_head};
use crate::{
    components::{guard::require_role, layout::empty_state, title::PageHeading},
    db::{self, Db, outbox::OutboxMessage},
    domain::text::german_from_unix,
    error::AppError,
    i18n::{t, t_args},
    pages::{load_view, route_id},
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

const PAGE: &str = "/admin/postausgang";
const STATUSES: [&str; 4] = ["queued", "sent", "kept", "failed"];

#[component]
pub fn OutboxPage() -> impl IntoView {
    let status = use_query_map()
        .get_untracked()
        .get("status")
        .filter(|s| STATUSES.contains(&s.as_str()));
    require_role(&[crate::domain::account::Role::Admin], move |_user| {
        let db = expect_context::<Db>();
        view! {
            <PageHeading text=t("outbox-title") back="/admin" />
            <p class="lead">{t("outbox-lead")}</p>
            {load_view(async move {
                let counts = db::outbox::counts(&db).await?;
                let messages = db::outbox::list(&db, status.as_deref(), 200).await?;
                Ok(
                    view! {
                        <StatusTabs counts=counts current=status.clone().unwrap_or_default() />
                        <Messages messages=messages />
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

/// One link per status with its count; the current one marked.
#[component]
fn StatusTabs(counts: Vec<(String, i64)>, current: String) -> impl IntoView {
    let count = |s: &str| counts.iter().find(|(k, _)| k == s).map_or(0, |(_, n)| *n);
    let all: i64 = counts.iter().map(|(_, n)| n).sum();
    let tab = move |href: String, label: String, here: bool| {
        view! {
            <li>
                <a href=href aria-current=here.then_some("page")>
                    {label}
                </a>
            </li>
        }
    };
    let tabs = STATUSES
        .iter()
        .map(|s| {
            let label = t_args(&format!("outbox-status-{s}"), &[("count", count(s).into())]);
            tab(format!("{PAGE}?status={s}"), label, current == *s)
        })
        .collect_view();
    view! {
        <ul class="tabs" data-testid="outbox-tabs">
            {tab(
                PAGE.to_string(),
                t_args("outbox-status-all", &[("count", all.into())]),
                current.is_empty(),
            )}
            {tabs}
        </ul>
    }
}

#[component]
fn Messages(messages: Vec<OutboxMessage>) -> impl IntoView {
    if messages.is_empty() {
        return empty_state("outbox-empty", None);
    }
    let rows = messages
        .into_iter()
        .map(|m| {
            let href = format!("{PAGE}/{}", m.id);
            let status = t(&format!("outbox-state-{}", m.status));
            view! {
                <tr>
                    <td>{german_from_unix(m.created_at)}</td>
                    <td>{status}</td>
                    <td>{m.to_address}</td>
                    <td>
                        <a href=href>{m.subject}</a>
                    </td>
                    <td>{m.last_error.unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="table" data-testid="outbox">
            {table_head([
                Column::Text(t("outbox-created")),
                Column::Text(t("outbox-status")),
                Column::Text(t("outbox-to")),
                Column::Text(t("outbox-subject")),
                Column::Text(t("outbox-error")),
            ])}
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// `/admin/postausgang/:id`: one mail as text.
#[component]
pub fn OutboxMessagePage() -> impl IntoView {
    let id: String = route_id();
    require_role(&[crate::domain::account::Role::Admin], move |_user| {
        let db = expect_context::<Db>();
        view! {
            {load_view(async move {
                let m = db::outbox::find(&db, &id).await?.ok_or(AppError::NotFound)?;
                let body = if m.readable() {
                    view! {
                        <pre class="prewrap" data-testid="mail-body">
                            {m.body_text.clone()}
                        </pre>
                    }
                        .into_any()
                } else {
                    view! { <p class="hint">{t("outbox-secret")}</p> }.into_any()
                };
                let sent = m.sent_at.map(german_from_unix).unwrap_or_default();
                Ok(
                    view! {
                        <PageHeading text=m.subject.clone() back=PAGE />
                        <dl class="summary">
                            <dt>{t("outbox-to")}</dt>
                            <dd>{m.to_address.clone()}</dd>
                            <dt>{t("outbox-status")}</dt>
                            <dd>{t(&format!("outbox-state-{}", m.status))}</dd>
                            <dt>{t("outbox-sent")}</dt>
                            <dd>{sent}</dd>
                            <dt>{t("outbox-attempts")}</dt>
                            <dd>{m.attempts}</dd>
                        </dl>
                        {body}
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}
