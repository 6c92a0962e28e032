//! Staff enter an application that came on paper, by phone or at the town hall
//! (`api::intake`): one page for who applies, for whom and when it was received, then the
//! same answers form a family fills in, the scans, and submit.

use crate::api::intake::{NEW_PAGE, OpenPaperApplication};
use crate::components::table::{Column, table_head};
use crate::{
    components::{
        form::{Checkbox, ErrorSummary, Input, RadioGroup, field_error, inputs},
        guard::require_role,
        layout::empty_state,
        title::PageHeading,
    },
    context::use_ctx,
    db::{self, Db, intake::OpenEntry},
    domain::{
        account::Role,
        answers::Answers,
        benefit::BenefitKind,
        household::{ChildInput, HouseholdInput},
        ids::ClaimId,
        intake::Channel,
        text::{date, german},
    },
    error::AppError,
    i18n::{t, t_about},
    pages::{
        claim::{FileInput, Filler, details_form_for},
        family::{AddressFields, BenefitFields, ChildFields, ContactFields},
        load_view, route_id,
    },
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;

/// `/verwaltung/papierantrag`: the form to open an application, and those opened but not
/// submitted yet.
#[component]
pub fn IntakePage() -> impl IntoView {
    require_role(&[Role::Staff, Role::Admin], |_user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        view! {
            <PageHeading text=t("intake-title") back="/verwaltung" />
            <p class="lead">{t("intake-lead")}</p>
            <ErrorSummary flash=flash.clone() />
            {load_view(async move {
                let kommunen = db::kommune::list_kommunen(&db).await?;
                let schools = db::kommune::list_schools(&db).await?;
                let open = db::intake::open_entries(&db).await?;
                let v = |k: &str| flash.value(k);
                let household = HouseholdInput::from_values(&flash.values).unwrap_or_default();
                let child = ChildInput::from_values(&flash.values).unwrap_or_default();
                Ok(
                    view! {
                        <form
                            method="post"
                            action={<OpenPaperApplication as ServerFn>::PATH}
                            class="form"
                            novalidate
                        >
                            <h2>{t("intake-arrival")}</h2>
                            <ArrivalFields
                                channel=v("channel")
                                received_on=v("received_on")
                                benefit=v("claim_benefit")
                            />
                            <h2>{t("intake-household")}</h2>
                            <BenefitFields input=household.clone() flash=flash.clone() />
                            <AddressFields
                                input=household.clone()
                                kommunen=kommunen
                                flash=flash.clone()
                            />
                            <ContactFields input=household flash=flash.clone() />
                            <h2>{t("intake-child")}</h2>
                            <ChildFields input=child schools=schools flash=flash.clone() />
                            <button type="submit" class="button">
                                {t("intake-open")}
                            </button>
                        </form>
                        <OpenEntries entries=open />
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

/// How and when the application came, and for which benefit.
#[component]
fn ArrivalFields(channel: String, received_on: String, benefit: String) -> impl IntoView {
    let flash = use_ctx().flash;
    let channels = Channel::ENTERED
        .into_iter()
        .map(|c| (c.as_str(), t(c.label_id())))
        .collect();
    let benefits = BenefitKind::ALL
        .into_iter()
        .map(|b| (b.as_str(), t(b.label_id())))
        .collect();
    view! {
        <RadioGroup
            name="channel"
            legend=t("intake-channel")
            options=channels
            selected=channel
            error=field_error(&flash, "channel")
        />
        {inputs(
            &flash,
            [
                Input::new("received_on", "intake-received-on", received_on)
                    .of_type("date")
                    .hint("intake-received-on-hint"),
            ],
        )}
        <RadioGroup
            name="claim_benefit"
            legend=t("intake-benefit")
            options=benefits
            selected=benefit
            error=field_error(&flash, "claim_benefit")
        />
    }
}

/// Applications opened and not submitted yet, so none is forgotten halfway.
#[component]
fn OpenEntries(entries: Vec<OpenEntry>) -> impl IntoView {
    if entries.is_empty() {
        return empty_state("intake-open-empty", None).into_any();
    }
    let rows = entries
        .into_iter()
        .map(|e| {
            let href = format!("{NEW_PAGE}/{}", e.id);
            let channel = Channel::parse(&e.channel)
                .map(|c| t(c.label_id()))
                .unwrap_or_default();
            let received = date(&e.received_on, "")
                .map(german)
                .unwrap_or(e.received_on);
            let benefit = BenefitKind::parse(&e.benefit)
                .map(|b| t(b.label_id()))
                .unwrap_or_default();
            view! {
                <tr>
                    <td>{received}</td>
                    <td>{channel}</td>
                    <td>
                        <a href=href>{e.applicant_name}</a>
                    </td>
                    <td>{e.child_name}</td>
                    <td>{benefit}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2>{t("intake-open-title")}</h2>
        <table class="table" data-testid="intake-open">
            {table_head([
                Column::Text(t("intake-received-on")),
                Column::Text(t("intake-channel")),
                Column::Text(t_about("household-applicant")),
                Column::Text(t("intake-child")),
                Column::Text(t("intake-benefit")),
            ])}
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}

/// `/verwaltung/papierantrag/:id`: the answers of an opened application, then its scans
/// and the consents on the paper form, and submit.
#[component]
pub fn IntakeDetailsPage() -> impl IntoView {
    let id: ClaimId = route_id();
    require_role(&[Role::Staff, Role::Admin], move |_user| {
        let db = expect_context::<Db>();
        view! {
            {load_view(async move {
                let record = db::claim::find(&db, db::claim::Reader::EnteredDraft, &id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let lernfoerderung = matches!(record.answers(), Answers::Lernfoerderung(_));
                let action = format!("{NEW_PAGE}/{}/einreichen", record.id);
                let form = details_form_for(record, db, Filler::Staff).await;
                Ok(
                    view! {
                        {form}
                        <SubmitEntered action=action lernfoerderung=lernfoerderung />
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

/// The scans of the paper form, the consents the family gave on it, and submit.
#[component]
fn SubmitEntered(action: String, lernfoerderung: bool) -> impl IntoView {
    let flash = use_ctx().flash;
    let checkbox = |name: &'static str, label_id: &str| {
        view! { <Checkbox name label=t(label_id) error=field_error(&flash, name) /> }
    };
    view! {
        <section class="card" aria-labelledby="submit-heading">
            <h2 id="submit-heading">{t("intake-submit-title")}</h2>
            <p>{t("intake-submit-text")}</p>
            <form
                method="post"
                action=action
                enctype="multipart/form-data"
                class="form upload-form"
            >
                <FileInput error=field_error(&flash, "files") />
                {checkbox("consent", "intake-consent-direct")}
                {lernfoerderung.then(|| checkbox("school_consent", "intake-consent-school"))}
                <button type="submit" class="button">
                    {t("intake-submit")}
                </button>
            </form>
        </section>
    }
}
