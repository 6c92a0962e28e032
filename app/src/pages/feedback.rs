//! Staff read the accessibility reports sent from /barrierefreiheit.

use crate::api::feedback::MarkFeedbackHandled;
use crate::{
    components::layout::empty_state,
    components::title::PageHeading,
    components::{form::button_form, guard::require_role},
    db::{self, Db},
    domain::{account::Role, lang::Lang, text::german_from_unix},
    i18n::{t, t_args},
    pages::load_view,
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

#[component]
pub fn FeedbackPage() -> impl IntoView {
    require_role(&[Role::Staff, Role::Admin], |_user| {
        let db = expect_context::<Db>();
        view! {
            <PageHeading text=t("staff-feedback-title") back="/verwaltung" />
            {load_view(async move {
                let rows = db::feedback::list(&db).await?;
                if rows.is_empty() {
                    return Ok(empty_state("staff-feedback-empty", None));
                }
                let items = rows
                    .into_iter()
                    .map(|f| {
                        let lang = Lang::parse(&f.lang)
                            .map_or(f.lang.clone(), |l| l.native_name().to_string());
                        let head = t_args(
                            "staff-feedback-received",
                            &[
                                ("date", german_from_unix(f.created_at).into()),
                                ("lang", lang.into()),
                            ],
                        );
                        let state = match (f.handled_at, f.handled_by) {
                            (Some(at), by) => {
                                view! {
                                    <p class="hint">
                                        {t_args(
                                            "staff-feedback-handled-by",
                                            &[
                                                ("date", german_from_unix(at).into()),
                                                ("by", by.unwrap_or_default().into()),
                                            ],
                                        )}
                                    </p>
                                }
                                    .into_any()
                            }
                            (None, _) => {
                                button_form(
                                        <MarkFeedbackHandled as ServerFn>::PATH,
                                        [("id", f.id.to_string())],
                                        "button button-secondary",
                                        t("staff-feedback-mark-handled"),
                                    )
                                    .into_any()
                            }
                        };
                        view! {
                            <li class="card" data-testid="feedback">
                                <p class="hint">{head}</p>
                                {f
                                    .page
                                    .map(|p| {
                                        view! {
                                            <p>
                                                <strong>{t("staff-feedback-page")}</strong>
                                                " "
                                                {p}
                                            </p>
                                        }
                                    })}
                                <p class="prewrap">{f.message}</p>
                                <p>
                                    {f
                                        .contact
                                        .map_or_else(
                                            || t("staff-feedback-no-contact"),
                                            |c| t_args(
                                                "staff-feedback-contact",
                                                &[("contact", c.into())],
                                            ),
                                        )}
                                </p>
                                {state}
                            </li>
                        }
                    })
                    .collect_view();
                Ok(view! { <ul class="decisions">{items}</ul> }.into_any())
            })}
        }
        .into_any()
    })
}
