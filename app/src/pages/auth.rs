//! Login, registration of families, and the account page (change password).

use crate::api::auth::{
    ChangePassword, ConfirmEmail, Login, LogoutEverywhere, Register, RequestPasswordReset,
    ResetPassword, SaveLanguage, SaveMailPrefs, SetPortalDelivery,
};
use crate::{
    components::title::PageHeading,
    components::{
        form::{
            CheckboxGroup, ErrorSummary, NewPasswordFields, PasswordField, TextField, field_error,
        },
        guard::require_role,
    },
    context::use_ctx,
    domain::{
        account::{Role, safe_next_path},
        lang::Lang,
        mail::{MailTopic, topic_on},
    },
    i18n::{t, t_args},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

#[component]
pub fn LoginPage() -> impl IntoView {
    let ctx = use_ctx();
    let flash = ctx.flash.clone();
    let next = use_query_map()
        .get_untracked()
        .get("weiter")
        .filter(|n| safe_next_path(n).is_some())
        .unwrap_or_default();
    view! {
        <PageHeading text=t("login-title") />
        <ErrorSummary flash=flash.clone() />
        <form method="post" action={<Login as ServerFn>::PATH} class="form" novalidate>
            <input type="hidden" name="next" value=next />
            <TextField
                name="email"
                label=t("field-email")
                input_type="email"
                autocomplete="username"
                value=flash.value("email")
                error=field_error(&flash, "email")
            />
            <PasswordField
                name="password"
                label=t("field-password")
                autocomplete="current-password"
                error=field_error(&flash, "password")
            />
            <button type="submit" class="button">
                {t("login-submit")}
            </button>
        </form>
        <p>
            <a href="/passwort-vergessen">{t("login-forgot-link")}</a>
        </p>
        <p>{t("login-no-account")} " " <a href="/registrieren">{t("login-register-link")}</a></p>
        <p>{t("login-school-request")} " " <a href="/schule/zugang">{t("request-title")}</a></p>
    }
}

/// "Passwort vergessen?": the address to send a one-time link to.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let flash = use_ctx().flash;
    view! {
        <PageHeading text=t("forgot-title") />
        <p class="lead">{t("forgot-lead")}</p>
        <ErrorSummary flash=flash.clone() />
        <form
            method="post"
            action={<RequestPasswordReset as ServerFn>::PATH}
            class="form"
            novalidate
        >
            <TextField
                name="email"
                label=t("field-email")
                input_type="email"
                autocomplete="username"
                value=flash.value("email")
                error=field_error(&flash, "email")
            />
            <button type="submit" class="button">
                {t("forgot-submit")}
            </button>
        </form>
        <p>
            <a href="/anmelden">{t("register-login-link")}</a>
        </p>
    }
}

/// The one-time token of the link from a mail (`?token=`).
fn link_token() -> String {
    use_query_map()
        .get_untracked()
        .get("token")
        .unwrap_or_default()
}

/// The link from the reset mail: a new password, twice.
#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let flash = use_ctx().flash;
    let token = link_token();
    view! {
        <PageHeading text=t("reset-title") />
        <p class="lead">{t("reset-lead")}</p>
        <ErrorSummary flash=flash.clone() />
        <form method="post" action={<ResetPassword as ServerFn>::PATH} class="form" novalidate>
            <input type="hidden" name="token" value=token />
            <NewPasswordFields flash=flash.clone() />
            <button type="submit" class="button">
                {t("reset-submit")}
            </button>
        </form>
        <p>
            <a href="/passwort-vergessen">{t("reset-new-link")}</a>
        </p>
    }
}

/// The link from the confirmation mail: one button confirms the address (a mail scanner
/// that follows the link confirms nothing).
#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let flash = use_ctx().flash;
    let token = link_token();
    view! {
        <PageHeading text=t("verify-title") />
        <ErrorSummary flash=flash />
        <form method="post" action={<ConfirmEmail as ServerFn>::PATH} class="form">
            <input type="hidden" name="token" value=token />
            <button type="submit" class="button">
                {t("verify-submit")}
            </button>
        </form>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let flash = use_ctx().flash;
    view! {
        <PageHeading text=t("register-title") />
        <p class="lead">{t("register-lead")}</p>
        <ErrorSummary flash=flash.clone() />
        <form method="post" action={<Register as ServerFn>::PATH} class="form" novalidate>
            <TextField
                name="email"
                label=t("field-email")
                input_type="email"
                autocomplete="email"
                hint=t("register-email-hint")
                value=flash.value("email")
                error=field_error(&flash, "email")
            />
            <NewPasswordFields flash=flash.clone() />
            <button type="submit" class="button">
                {t("register-submit")}
            </button>
        </form>
        <p>{t("register-have-account")} " " <a href="/anmelden">{t("register-login-link")}</a></p>
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    require_role(&Role::ALL, |user| {
        let flash = use_ctx().flash;
        view! {
            <PageHeading text=t("account-title") />
            <p>{t_args("account-logged-in-as", &[("email", user.email.clone().into())])}</p>
            <p>{t_args("account-role", &[("role", t(user.role.label_id()).into())])}</p>
            <h2>{t("account-change-password-title")}</h2>
            <ErrorSummary flash=flash.clone() />
            <form method="post" action={<ChangePassword as ServerFn>::PATH} class="form" novalidate>
                <PasswordField
                    name="current_password"
                    label=t("field-current-password")
                    autocomplete="current-password"
                    error=field_error(&flash, "current_password")
                />
                <NewPasswordFields
                    name="new_password"
                    repeat="new_password_repeat"
                    flash=flash.clone()
                />
                <button type="submit" class="button">
                    {t("account-change-password-submit")}
                </button>
            </form>
            <h2>{t("account-sessions-title")}</h2>
            <p>{t("account-sessions-lead")}</p>
            <form method="post" action={<LogoutEverywhere as ServerFn>::PATH} class="form">
                <button type="submit" class="button button-secondary">
                    {t("account-logout-everywhere")}
                </button>
            </form>
            <AccountLanguage />
            {mail_choices(user.id.clone(), user.role)}
            {(user.role == Role::Family)
                .then(|| view! { <PortalDelivery user_id=user.id.clone() /> })}
        }
        .into_any()
    })
}

/// Which optional mails the person wants; mails with a legal or security purpose are
/// always sent, and the text says so.
fn mail_choices(user_id: crate::domain::ids::AccountId, role: Role) -> impl IntoView {
    let db = expect_context::<crate::db::Db>();
    view! {
        <section id="mails" aria-labelledby="mails-heading">
            <h2 id="mails-heading">{t("mail-prefs-title")}</h2>
            {crate::pages::load_view(async move {
                let prefs = crate::db::account::mail_prefs(&db, &user_id).await?;
                let topics = MailTopic::for_role(role);
                let checked = topics
                    .iter()
                    .filter(|t| topic_on(prefs.as_deref(), **t))
                    .map(|t| t.as_str().to_string())
                    .collect();
                let options = topics.iter().map(|m| (m.as_str(), t(&m.label_id()))).collect();
                Ok(
                    view! {
                        <form method="post" action={<SaveMailPrefs as ServerFn>::PATH} class="form">
                            <CheckboxGroup
                                name="topics"
                                legend=t("mail-prefs-legend")
                                hint=t("mail-prefs-hint")
                                options=options
                                checked=checked
                            />
                            <button type="submit" class="button button-secondary">
                                {t("mail-prefs-save")}
                            </button>
                        </form>
                    }
                        .into_any(),
                )
            })}
        </section>
    }
}

/// Delivery of Bescheide through the portal (§ 37 Abs. 2a SGB X): what it means, and the
/// button to consent or to withdraw.
#[component]
fn PortalDelivery(user_id: crate::domain::ids::AccountId) -> impl IntoView {
    let db = expect_context::<crate::db::Db>();
    view! {
        <section id="zustellung" aria-labelledby="delivery-heading">
            <h2 id="delivery-heading">{t("delivery-title")}</h2>
            <p>{t("delivery-lead")}</p>
            {crate::pages::load_view(async move {
                let given = crate::db::account::portal_delivery(&db, &user_id).await?;
                let (state, value, label, class) = match given {
                    Some(at) => {
                        (
                            t_args(
                                "delivery-state-given",
                                &[("date", crate::i18n::date_unix(at).into())],
                            ),
                            "",
                            t("delivery-withdraw"),
                            "button button-secondary",
                        )
                    }
                    None => (t("delivery-state-none"), "ja", t("delivery-give"), "button"),
                };
                Ok(
                    view! {
                        <p data-testid="delivery-state">{state}</p>
                        <form
                            method="post"
                            action={<SetPortalDelivery as ServerFn>::PATH}
                            class="form"
                        >
                            <input type="hidden" name="consent" value=value />
                            <button type="submit" class=class>
                                {label}
                            </button>
                        </form>
                    }
                        .into_any(),
                )
            })}
        </section>
    }
}

/// The account's language: a form that stores it in the account (a same-origin POST) and
/// makes it this device's language.
#[component]
fn AccountLanguage() -> impl IntoView {
    let ctx = use_ctx();
    let options = Lang::ALL
        .into_iter()
        .map(|lang| {
            view! {
                <option value=lang.code() lang=lang.html_lang() selected=lang == ctx.lang>
                    {lang.native_name()}
                </option>
            }
        })
        .collect_view();
    view! {
        <h2 id="sprache">{t("account-language-title")}</h2>
        <p>{t("account-language-lead")}</p>
        <form method="post" action={<SaveLanguage as ServerFn>::PATH} class="form">
            <div class="field">
                <label for="lang">{t("account-language-title")}</label>
                <select id="lang" name="lang">
                    {options}
                </select>
            </div>
            <button type="submit" class="button button-secondary">
                {t("account-language-save")}
            </button>
        </form>
    }
}
