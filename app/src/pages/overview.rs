//! The start pages of each role after login.

use crate::{
    components::guard::require_role,
    components::title::PageTitle,
    db::{self, Db},
    domain::account::Role,
    i18n::{t, t_args},
    pages::load,
};
use leptos::prelude::*;

#[component]
pub fn FamilyOverview() -> impl IntoView {
    require_role(&[Role::Family], |user| {
        let db = expect_context::<Db>();
        let user_id = user.id.clone();
        view! {
            <PageTitle text=t("family-title") />
            <h1>{t("family-title")}</h1>
            <crate::pages::family::HouseholdSummary user=user />
            <section aria-labelledby="claims-heading">
                <h2 id="claims-heading">{t("family-claims-title")}</h2>
                <Suspense>
                    {Suspend::new(
                        load(async move {
                            let claims = db::claim::list_for_family(&db, &user_id).await?;
                            Ok(
                                view! { <crate::pages::claim_view::ClaimsList claims=claims /> }
                                    .into_any(),
                            )
                        }),
                    )}
                </Suspense>
            </section>
        }
        .into_any()
    })
}

#[component]
pub fn StaffOverview() -> impl IntoView {
    require_role(&[Role::Staff, Role::Admin], |user| {
        let db = expect_context::<Db>();
        let admin = user.role == Role::Admin;
        view! {
            <PageTitle text=t("staff-title") />
            <h1>{t("staff-title")}</h1>
            <p class="actions">
                <a class="button" href="/verwaltung/antraege">
                    {t("queue-title")}
                </a>
                <a class="button button-secondary" href="/verwaltung/berichte">
                    {t("report-title")}
                </a>
                {admin
                    .then(|| {
                        view! {
                            <a class="button button-secondary" href="/admin/bescheide">
                                {t("admin-notices-title")}
                            </a>
                        }
                    })}
                <a class="button button-secondary" href="/verwaltung/lernstandorte">
                    {t("staff-sites-title")}
                </a>
                <a class="button button-secondary" href="/verwaltung/schulen">
                    {t("school-directory-title")}
                </a>
                <a class="button button-secondary" href="/verwaltung/zugaenge">
                    {t("requests-title")}
                </a>
                <a class="button button-secondary" href="/verwaltung/barrieren">
                    {t("staff-feedback-title")}
                </a>
            </p>
            <h2>{t("staff-kommunen-title")}</h2>
            <Suspense>
                {Suspend::new(
                    load(async move {
                        let rows = db::kommune::list_kommunen(&db).await?;
                        if rows.is_empty() {
                            return Ok(
                                view! { <p class="empty-state">{t("staff-kommunen-empty")}</p> }
                                    .into_any(),
                            );
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
                                        <thead>
                                            <tr>
                                                <th scope="col">{t("staff-kommune")}</th>
                                                <th scope="col">{t("staff-schools")}</th>
                                            </tr>
                                        </thead>
                                        <tbody>{items}</tbody>
                                    </table>
                                }
                                    .into_any(),
                            )
                        }
                    }),
                )}
            </Suspense>
        }
        .into_any()
    })
}
