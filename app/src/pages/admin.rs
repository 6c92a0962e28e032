//! Admin: create accounts for schools, staff and admins; list all accounts.

use crate::api::admin::CreateUser;
use crate::{
    components::title::PageTitle,
    components::{
        form::{ErrorSummary, NewPasswordFields, TextField, field_error},
        guard::require_role,
        table::{Column, table_head},
    },
    context::{Flash, use_ctx},
    db::{self, Db},
    domain::{account::Role, text::german_from_unix},
    i18n::t,
    pages::{load_view, school::SchoolField},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// The admin's account page: the form to create an account, then all accounts.
#[component]
pub fn AccountsPage() -> impl IntoView {
    require_role(&[Role::Admin], |_user| {
        let flash = use_ctx().flash;
        view! {
            <PageTitle text=t("admin-accounts-title") />
            <h1>{t("admin-accounts-title")}</h1>
            <p>
                <a href="/admin/postausgang">{t("outbox-title")}</a>
            </p>
            <h2>{t("admin-create-title")}</h2>
            <ErrorSummary flash=flash.clone() />
            <CreateAccountForm flash=flash />
            <h2>{t("admin-list-title")}</h2>
            <AccountsTable />
        }
        .into_any()
    })
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

/// All accounts: e-mail, role and when each was created.
#[component]
fn AccountsTable() -> impl IntoView {
    let db = expect_context::<Db>();
    view! {
        {load_view(async move {
            let rows = db::account::list(&db).await?;
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
                }
                    .into_any(),
            )
        })}
    }
}
