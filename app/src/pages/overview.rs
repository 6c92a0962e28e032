//! The start pages of each role after login.

use crate::{
    components::guard::require_role,
    components::layout::{button_links, empty_state},
    components::table::{Column, table_head},
    components::title::PageHeading,
    db::{self, Db},
    domain::account::Role,
    i18n::{t, t_args},
    pages::load_view,
};
use leptos::prelude::*;

#[component]
pub fn FamilyOverview() -> impl IntoView {
    require_role(&[Role::Family], |user| {
        let db = expect_context::<Db>();
        let user_id = user.id.clone();
        let unverified = {
            let (db, id) = (db.clone(), user.id.clone());
            load_view(async move {
                Ok(match db::verification::is_verified(&db, &id).await? {
                    true => ().into_any(),
                    false => view! { <ConfirmAddress /> }.into_any(),
                })
            })
        };
        view! {
            <PageHeading text=t("family-title") />
            {unverified}
            <crate::pages::family::HouseholdSummary user=user />
            <section aria-labelledby="claims-heading">
                <h2 id="claims-heading">{t("family-claims-title")}</h2>
                {load_view(async move {
                    let claims = db::claim::list_for_family(&db, &user_id).await?;
                    Ok(view! { <crate::pages::claim_view::ClaimsList claims=claims /> }.into_any())
                })}
            </section>
        }
        .into_any()
    })
}

/// Until the family confirmed its address: what to do, and a new link.
#[component]
fn ConfirmAddress() -> impl IntoView {
    view! {
        <div class="info-box" data-testid="confirm-address">
            <p>{t("verify-banner")}</p>
            {crate::components::form::button_form(
                <crate::api::auth::ResendConfirmation as leptos::server_fn::ServerFn>::PATH,
                [],
                "button button-secondary button-small",
                t("verify-resend"),
            )}
        </div>
    }
}

#[component]
pub fn StaffOverview() -> impl IntoView {
    require_role(&[Role::Staff, Role::Admin], |user| {
        let db = expect_context::<Db>();
        let admin = user.role == Role::Admin;
        view! {
            <PageHeading text=t("staff-title") />
            <p class="actions">
                {button_links(
                    1,
                    [
                        ("/verwaltung/antraege", t("queue-title")),
                        ("/verwaltung/berichte", t("report-title")),
                        ("/verwaltung/papierantrag", t("intake-title")),
                    ],
                )}
                {admin
                    .then(|| {
                        view! {
                            <a class="button button-secondary" href="/admin/bescheide">
                                {t("admin-notices-title")}
                            </a>
                        }
                    })}
                {button_links(
                    0,
                    [
                        ("/verwaltung/lernstandorte", t("staff-sites-title")),
                        ("/verwaltung/schulen", t("school-directory-title")),
                        ("/verwaltung/zugaenge", t("requests-title")),
                        ("/verwaltung/barrieren", t("staff-feedback-title")),
                    ],
                )}
            </p>
            <h2>{t("staff-kommunen-title")}</h2>
            {load_view(async move {
                let rows = db::kommune::list_kommunen(&db).await?;
                if rows.is_empty() {
                    return Ok(empty_state("staff-kommunen-empty", None));
                }
                {
                    let items = rows
                        .into_iter()
                        .map(|k| {
                            let count = t_args(
                                "staff-kommune-schools",
                                &[("count", k.schools.into())],
                            );
                            view! {
                                <tr>
                                    <th scope="row">{k.name}</th>
                                    <td>{count}</td>
                                </tr>
                            }
                        })
                        .collect_view();
                    Ok(
                        view! {
                            <table class="table">
                                {table_head([
                                    Column::Text(t("staff-kommune")),
                                    Column::Text(t("staff-schools")),
                                ])} <tbody>{items}</tbody>
                            </table>
                        }
                            .into_any(),
                    )
                }
            })}
        }
        .into_any()
    })
}
