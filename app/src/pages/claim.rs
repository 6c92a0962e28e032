//! The family's application, step by step: (1) child and benefit on the overview,
//! (2) details, (3) documents, (4) check, (5) declaration. Every step is saved as a draft
//! on the server, so the family can stop and continue later on any device.

use crate::domain::benefit::BenefitKind;
use crate::api::claim::{RemoveDocument, SaveLernfoerderung, SaveTeilhabe, SubmitClaim};
use crate::db::today;
use crate::{
    components::layout::empty_state,
    components::title::{BackLink, PageTitle},
    components::{
        form::{
            Checkbox, CheckboxGroup, ErrorSummary, Input, PostalAddressFields, RadioGroup,
            SelectField, TextArea, TextField, button_form, field_error, inputs,
        },
        guard::require_role,
    },
    context::{Flash, use_ctx},
    db::{self, Db, claim::ClaimRecord, document::DocumentMeta, lernstandort::SiteSummary},
    domain::{
        account::Role,
        answers::{Answers, FORM_MESSAGE_IDS},
        claim::Status,
        document::UploadLimits,
        iban::Iban,
        ids::ClaimId,
        lang::Lang,
        lernfoerderung::{LernfoerderungInput, Place, Subject, default_period, monthly_cost},
        money::Cents,
        month::YearMonth,
        rates::RateKind,
        teilhabe::{Activity, TeilhabeInput, split_fee},
        text::iso,
    },
    error::AppError,
    i18n::{date_of, date_unix, money, size, t, t_about, t_args, t_args_about},
    islands::CheckedForm,
    pages::errors::error_view,
    pages::{load_view, route_id},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use std::{collections::HashMap, future::Future};

/// Steps of the application the parent sees: the answers, the documents, checking, the
/// declaration (child and benefit are chosen on the overview, before the first).
const STEPS: i64 = 4;

#[component]
fn StepIndicator(step: i64, title: String) -> impl IntoView {
    view! {
        <p class="step" data-testid="step">
            {t_args("claim-step", &[("step", step.into()), ("total", STEPS.into())])}
        </p>
        <h1>{title}</h1>
    }
}

/// Who fills in the answers of a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Filler {
    /// The family, step by step.
    Family,
    /// A school social worker, together with the family (Lernförderung only).
    School,
    /// Staff, from an application that came on paper, by phone or at the town hall.
    Staff,
}

impl Filler {
    fn back(self) -> &'static str {
        match self {
            Filler::Family => "/familie",
            Filler::School => "/schule",
            Filler::Staff => crate::api::intake::NEW_PAGE,
        }
    }

    /// The label of the form's button: staff save and stay, the others go on.
    fn save_label(self) -> &'static str {
        match self {
            Filler::Staff => "intake-details-save",
            Filler::Family | Filler::School => "claim-continue",
        }
    }

    /// The heading of the form: the family's step, or the title with what it is for.
    fn heading(self, title: String) -> AnyView {
        let lead = match self {
            Filler::Family => return view! { <StepIndicator step=1 title=title /> }.into_any(),
            Filler::School => "behalf-lead",
            Filler::Staff => "intake-details-lead",
        };
        view! {
            <h1>{title}</h1>
            <div class="info-box">
                <p>{t(lead)}</p>
            </div>
        }
        .into_any()
    }
}

/// The answers form of a draft someone other than the family fills in: a school social
/// worker (Lernförderung) or staff entering a paper application.
pub(crate) async fn details_form_for(record: ClaimRecord, db: Db, filler: Filler) -> AnyView {
    let flash = use_ctx().flash;
    let keep = !flash.values.is_empty();
    match record.answers() {
        Answers::Lernfoerderung(stored) => {
            let input = if keep {
                LernfoerderungInput::from_values(|k| flash.value(k))
            } else {
                stored
            };
            lernfoerderung_form(record, db, input, flash, filler).await
        }
        Answers::Teilhabe(_) if filler == Filler::School => error_view(AppError::NotFound),
        Answers::Teilhabe(stored) => {
            let input = if keep {
                teilhabe_from_flash(&flash)
            } else {
                stored
            };
            let covered = rate(&db, RateKind::TeilhabeMonthly).await;
            view! { <TeilhabeForm record=record input=input flash=flash covered=covered filler=filler /> }
                .into_any()
        }
    }
}

async fn lernfoerderung_form(
    record: ClaimRecord,
    db: Db,
    mut input: LernfoerderungInput,
    flash: Flash,
    filler: Filler,
) -> AnyView {
    if input.period_from.is_empty() && input.period_to.is_empty() {
        let (from, to) = default_period(today());
        input.period_from = iso(from);
        input.period_to = iso(to);
    }
    // Full sites cannot be chosen (the finder shows them as full).
    let sites = db::lernstandort::list_approved(&db)
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|s| s.free() > 0)
        .collect();
    let cap = rate(&db, RateKind::LernfoerderungHourlyMax).await;
    view! {
        <LernfoerderungForm
            record=record
            input=input
            flash=flash
            sites=sites
            cap=cap
            filler=filler
        />
    }
    .into_any()
}

/// Loads the family's claim from the route and renders `page` with it; 404 for foreign ids.
pub(crate) fn with_claim<F, Fut>(page: F) -> AnyView
where
    F: FnOnce(ClaimRecord, Db) -> Fut + Send + 'static,
    Fut: Future<Output = AnyView> + Send + 'static,
{
    let id: ClaimId = route_id();
    require_role(&[Role::Family], move |user| {
        let db = expect_context::<Db>();
        view! {
            {load_view(async move {
                let record = db::claim::find(&db, db::claim::Reader::Family(&user.id), &id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                Ok(page(record, db).await)
            })}
        }
        .into_any()
    })
}

/// A step of editing a draft ([`with_claim`]); a claim that is no longer a draft is shown
/// on its claim page instead.
fn with_draft<F, Fut>(page: F) -> AnyView
where
    F: FnOnce(ClaimRecord, Db) -> Fut + Send + 'static,
    Fut: Future<Output = AnyView> + Send + 'static,
{
    with_claim(|record, db| async move {
        match not_a_draft(&record) {
            Some(v) => v,
            None => page(record, db).await,
        }
    })
}

/// Drafts are edited step by step; anything else is shown on its claim page.
fn not_a_draft(record: &ClaimRecord) -> Option<AnyView> {
    (record.status != Status::Draft).then(|| {
        leptos_axum::redirect(&format!("/familie/antrag/{}", record.id));
        ().into_any()
    })
}

async fn rate(db: &Db, kind: RateKind) -> Cents {
    db::rates::amount_on(db, kind, today())
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

#[component]
pub fn DetailsPage() -> impl IntoView {
    with_draft(|record, db| async move {
        let mut flash = use_ctx().flash;
        if flash.errors.is_empty() && flash.values.is_empty() {
            flash.errors = record.answers().kept_errors(today());
        }
        match record.answers() {
            Answers::Teilhabe(stored) => {
                let input = if flash.values.is_empty() {
                    stored
                } else {
                    teilhabe_from_flash(&flash)
                };
                let covered = rate(&db, RateKind::TeilhabeMonthly).await;
                view! {
                    <TeilhabeForm
                        record=record
                        input=input
                        flash=flash
                        covered=covered
                        filler=Filler::Family
                    />
                }
                .into_any()
            }
            Answers::Lernfoerderung(stored) => {
                let input = if flash.values.is_empty() {
                    stored
                } else {
                    LernfoerderungInput::from_values(|k| flash.value(k))
                };
                lernfoerderung_form(record, db, input, flash, Filler::Family).await
            }
        }
    })
}

#[component]
fn TeilhabeForm(
    record: ClaimRecord,
    input: TeilhabeInput,
    flash: Flash,
    covered: Cents,
    filler: Filler,
) -> impl IntoView {
    let activities = Activity::ALL
        .into_iter()
        .map(|a| (a.as_str(), t(a.label_id())))
        .collect();
    let provider_fields = view! { <ProviderFields input=input.clone() flash=flash.clone() /> };
    let title = t("teilhabe-details-title");
    view! {
        <PageTitle text=title.clone() />
        <BackLink href=filler.back() />
        {filler.heading(title)}
        <p class="lead">
            {t_args("teilhabe-details-lead", &[("child", record.child_name.clone().into())])}
        </p>
        <div class="info-box">
            <p>{t_args("teilhabe-covers", &[("amount", money(covered).into())])}</p>
        </div>
        <AnswersForm
            benefit=BenefitKind::Teilhabe
            labels=&TEILHABE_LABELS
            action={<SaveTeilhabe as ServerFn>::PATH}
            claim_id=record.id.clone()
            flash=flash.clone()
            filler
        >
            <RadioGroup
                name="activity"
                legend=t("teilhabe-activity")
                options=activities
                selected=input.activity
                error=field_error(&flash, "activity")
            />
            <TextField
                name="description"
                label=t("teilhabe-description")
                hint=t("teilhabe-description-hint")
                value=input.description
                conditional=true
                maxlength=200
                error=field_error(&flash, "description")
            />
            {provider_fields}
            <h2>{t("teilhabe-costs-title")}</h2>
            {inputs(
                &flash,
                [
                    Input::new("monthly_fee", "teilhabe-monthly-fee", input.monthly_fee)
                        .hint("teilhabe-monthly-fee-hint")
                        .max(12),
                    Input::new("start_month", "teilhabe-start-month", input.start_month)
                        .of_type("month")
                        .hint("teilhabe-month-hint")
                        .max(7),
                    Input::new("end_month", "teilhabe-end-month", input.end_month)
                        .of_type("month")
                        .hint("teilhabe-end-month-hint")
                        .max(7),
                ],
            )}
        </AnswersForm>
    }
}

/// The form of a claim's answers: the error summary, the browser-side check (an island)
/// and the form that posts to `action`, with `children` as its fields, then the save
/// button of `filler`.
#[component]
fn AnswersForm(
    benefit: BenefitKind,
    labels: &'static [(&'static str, &'static str)],
    action: &'static str,
    claim_id: ClaimId,
    flash: Flash,
    filler: Filler,
    children: Children,
) -> impl IntoView {
    view! {
        <ErrorSummary flash labels=form_labels(labels) />
        <CheckedForm
            benefit=benefit.as_str().to_string()
            messages=form_messages()
            labels=form_labels(labels)
            title=t("error-summary-title")
            fallback=t("error-check-field")
        >
            <form method="post" action=action class="form" novalidate>
                <input type="hidden" name="claim_id" value=claim_id />
                {children()}
                <button type="submit" class="button">
                    {t(filler.save_label())}
                </button>
            </form>
        </CheckedForm>
    }
}

/// The translated messages the browser-side check of a form may show.
/// The club or provider of a Teilhabe claim: name, address, a contact and its IBAN.
#[component]
fn ProviderFields(input: TeilhabeInput, flash: Flash) -> impl IntoView {
    view! {
        <h2>{t("teilhabe-provider-title")}</h2>
        <TextField
            name="provider_name"
            label=t("teilhabe-provider-name")
            hint=t("teilhabe-provider-name-hint")
            value=input.provider_name
            maxlength=120
            error=field_error(&flash, "provider_name")
        />
        <PostalAddressFields
            names=["provider_street", "provider_postal_code", "provider_city"]
            values=[input.provider_street, input.provider_postal_code, input.provider_city]
            flash=flash.clone()
        />
        {inputs(
            &flash,
            [
                Input::new("provider_contact", "teilhabe-provider-contact", input.provider_contact)
                    .hint("teilhabe-provider-contact-hint")
                    .optional()
                    .max(120),
                Input::new("provider_iban", "teilhabe-provider-iban", input.provider_iban)
                    .hint("teilhabe-provider-iban-hint")
                    .optional()
                    .max(42),
            ],
        )}
    }
}

/// The label of each field of the Teilhabe form (the error summary names the field).
const TEILHABE_LABELS: [(&str, &str); 11] = [
    ("activity", "teilhabe-activity"),
    ("description", "teilhabe-description"),
    ("provider_name", "teilhabe-provider-name"),
    ("provider_street", "household-street"),
    ("provider_postal_code", "household-postal-code"),
    ("provider_city", "household-city"),
    ("provider_contact", "teilhabe-provider-contact"),
    ("provider_iban", "teilhabe-provider-iban"),
    ("monthly_fee", "teilhabe-monthly-fee"),
    ("start_month", "teilhabe-start-month"),
    ("end_month", "teilhabe-end-month"),
];

/// The label of each field of the Lernförderung form.
const LERNFOERDERUNG_LABELS: [(&str, &str); 13] = [
    ("subjects", "lf-subjects"),
    ("subject_other", "lf-subject-other"),
    ("hours_per_week", "lf-hours"),
    ("period_from", "lf-period-from"),
    ("period_to", "lf-period-to"),
    ("place", "lf-place"),
    ("lernstandort_id", "lf-lernstandort"),
    ("provider_name", "lf-provider-name"),
    ("provider_street", "household-street"),
    ("provider_postal_code", "household-postal-code"),
    ("provider_city", "household-city"),
    ("hourly_rate", "lf-hourly-rate"),
    ("reason", "lf-reason"),
];

/// The translated labels of a form's fields.
fn form_labels(labels: &[(&str, &str)]) -> HashMap<String, String> {
    labels
        .iter()
        .map(|(field, id)| ((*field).to_string(), t(id)))
        .collect()
}

fn form_messages() -> HashMap<String, String> {
    FORM_MESSAGE_IDS
        .iter()
        .map(|id| ((*id).to_string(), t(id)))
        .collect()
}

fn teilhabe_from_flash(flash: &Flash) -> TeilhabeInput {
    let v = |k: &str| flash.value(k);
    TeilhabeInput {
        activity: v("activity"),
        description: v("description"),
        provider_name: v("provider_name"),
        provider_street: v("provider_street"),
        provider_postal_code: v("provider_postal_code"),
        provider_city: v("provider_city"),
        provider_contact: v("provider_contact"),
        provider_iban: v("provider_iban"),
        monthly_fee: v("monthly_fee"),
        start_month: v("start_month"),
        end_month: v("end_month"),
    }
}

/// The top of the Lernförderung form: its title, for whom, and what the jobcenter pays.
fn lf_intro(child: &str, cap: Cents, filler: Filler) -> impl IntoView + use<> {
    let title = t("lf-details-title");
    view! {
        <PageTitle text=title.clone() />
        <BackLink href=filler.back() />
        {filler.heading(title)}
        <p class="lead">{t_args("lf-details-lead", &[("child", child.to_string().into())])}</p>
        <div class="info-box">
            <p>{t("lf-school-confirms")}</p>
            <p>{t_args("lf-rate-cap", &[("amount", money(cap).into())])}</p>
        </div>
    }
}

#[component]
fn LernfoerderungForm(
    record: ClaimRecord,
    input: LernfoerderungInput,
    flash: Flash,
    sites: Vec<SiteSummary>,
    cap: Cents,
    filler: Filler,
) -> impl IntoView {
    let subjects = Subject::ALL
        .into_iter()
        .map(|s| (s.as_str(), t(s.label_id())))
        .collect();
    let place_fields =
        view! { <PlaceFields input=input.clone() sites=sites flash=flash.clone() /> };
    let errors = flash.clone();
    let e = move |field: &str| field_error(&errors, field);
    view! {
        {lf_intro(&record.child_name, cap, filler)}
        <AnswersForm
            benefit=BenefitKind::Lernfoerderung
            labels=&LERNFOERDERUNG_LABELS
            action={<SaveLernfoerderung as ServerFn>::PATH}
            claim_id=record.id.clone()
            flash=flash.clone()
            filler
        >
            <CheckboxGroup
                name="subjects"
                legend=t("lf-subjects")
                hint=t("lf-subjects-hint")
                options=subjects
                checked=input.subjects
                error=e("subjects")
            />
            {inputs(
                &flash,
                [
                    Input::new("subject_other", "lf-subject-other", input.subject_other)
                        .hint("lf-subject-other-hint")
                        .conditional()
                        .max(60),
                    Input::new("hours_per_week", "lf-hours", input.hours_per_week)
                        .hint("lf-hours-hint")
                        .of_type("number")
                        .max(2),
                ],
            )}
            <LearningPeriodFields
                from=input.period_from
                to=input.period_to
                hint=t("lf-period-hint")
                flash=flash.clone()
            />
            {place_fields}
            <TextArea
                name="reason"
                label=t("lf-reason")
                hint=t("lf-reason-hint")
                value=input.reason
                maxlength=1000
                error=e("reason")
            />
        </AnswersForm>
    }
}

/// Where the tutoring takes place: at an approved Lernstandort, or at a provider with its
/// address and hourly rate (then needed; the Lernstandort otherwise).
#[component]
fn PlaceFields(input: LernfoerderungInput, sites: Vec<SiteSummary>, flash: Flash) -> impl IntoView {
    let places = vec![
        ("lernstandort", t("lf-place-lernstandort")),
        ("provider", t("lf-place-provider")),
    ];
    let site_options = sites
        .iter()
        .map(|s| (s.id.to_string(), s.label()))
        .collect();
    let errors = flash.clone();
    let e = move |field: &str| field_error(&errors, field);
    view! {
        <RadioGroup
            name="place"
            legend=t("lf-place")
            options=places
            selected=input.place
            error=e("place")
        />
        <SelectField
            name="lernstandort_id"
            label=t("lf-lernstandort")
            hint=t("lf-lernstandort-hint")
            options=site_options
            selected=input.lernstandort_id
            error=e("lernstandort_id")
        />
        <p>
            <a href="/lernstandorte">{t("lf-finder-link")}</a>
        </p>
        <h2>{t("lf-provider-title")}</h2>
        <p class="hint">{t("lf-provider-hint")}</p>
        <TextField
            name="provider_name"
            label=t("lf-provider-name")
            value=input.provider_name
            conditional=true
            maxlength=120
            error=e("provider_name")
        />
        <PostalAddressFields
            names=["provider_street", "provider_postal_code", "provider_city"]
            values=[input.provider_street, input.provider_postal_code, input.provider_city]
            required=false
            flash=flash.clone()
        />
        <TextField
            name="hourly_rate"
            label=t("lf-hourly-rate")
            hint=t("lf-hourly-rate-hint")
            value=input.hourly_rate
            conditional=true
            maxlength=10
            error=e("hourly_rate")
        />
    }
}

/// The dates from and to which the learning support is needed (`period_from`, `period_to`).
#[component]
pub(crate) fn LearningPeriodFields(
    from: String,
    to: String,
    #[prop(into, default = None)] hint: Option<String>,
    flash: Flash,
) -> impl IntoView {
    view! {
        <TextField
            name="period_from"
            label=t("lf-period-from")
            input_type="date"
            hint
            value=from
            maxlength=10
            error=field_error(&flash, "period_from")
        />
        <TextField
            name="period_to"
            label=t("lf-period-to")
            input_type="date"
            value=to
            maxlength=10
            error=field_error(&flash, "period_to")
        />
    }
}

/// The claim's documents with download links and, while a draft, remove buttons.
#[component]
pub(crate) fn DocumentList(
    claim_id: String,
    documents: Vec<DocumentMeta>,
    removable: bool,
    /// Staff also get a link that opens the document in the browser.
    #[prop(optional)]
    viewable: bool,
) -> impl IntoView {
    if documents.is_empty() {
        return empty_state("documents-empty", Some("documents-empty"));
    }
    let items = documents
        .into_iter()
        .map(|d| {
            let href = format!("/dokumente/{}", d.id);
            // Each number isolated, so that a right-to-left page keeps "3 KB" and the date whole.
            let details = view! {
                <bdi>{size(d.size_bytes)}</bdi>
                " · "
                <bdi>{date_unix(d.created_at)}</bdi>
            };
            let remove = removable.then(|| {
                let claim_id = claim_id.clone();
                button_form(
                    <RemoveDocument as ServerFn>::PATH,
                    [("claim_id", claim_id), ("document_id", d.id.to_string())],
                    "button button-small button-secondary",
                    view! {
                        {t("document-remove")}
                        <span class="visually-hidden">{format!(" {}", d.file_name)}</span>
                    },
                )
            });
            view! {
                <li class="document">
                    <a href=href.clone() download=d.file_name.clone()>
                        {d.file_name.clone()}
                    </a>
                    {viewable
                        .then(|| {
                            view! {
                                " "
                                <a href=format!("{href}?ansehen=1") target="_blank" rel="noopener">
                                    {t("document-view")}
                                </a>
                            }
                        })}
                    <span class="hint">{details}</span>
                    {remove}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="documents" data-testid="documents">
            {items}
        </ul>
    }
    .into_any()
}

/// The file input of an upload form, with what is accepted.
#[component]
pub(crate) fn FileInput(#[prop(default = None)] error: Option<String>) -> impl IntoView {
    let limits = use_context::<UploadLimits>().unwrap_or_default();
    let hint = t_args(
        "document-limits",
        &[
            ("file", size(limits.per_file).into()),
            ("claim", size(limits.per_claim).into()),
        ],
    );
    let invalid = error.is_some();
    view! {
        <div class="field" class:field-error=invalid>
            <label for="files">{t("document-choose")}</label>
            <p class="hint" id="files-hint">
                {hint}
            </p>
            {error
                .map(|e| {
                    view! {
                        <p class="error-message" id="files-error">
                            {e}
                        </p>
                    }
                })}
            <input
                type="file"
                id="files"
                name="files"
                multiple=true
                accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                aria-describedby="files-hint"
                aria-invalid=invalid.then_some("true")
            />
        </div>
    }
}

#[component]
pub fn DocumentsPage() -> impl IntoView {
    with_draft(|record, db| async move {
        let user_id = use_ctx()
            .user
            .map(|u| u.id)
            .unwrap_or_else(|| String::new().into());
        let documents = db::document::list_for_family(&db, &user_id, &record.id)
            .await
            .unwrap_or_default();
        let flash = use_ctx().flash;
        let title = t("documents-title");
        let hint = match record.answers() {
            Answers::Teilhabe(_) => t("documents-hint-teilhabe"),
            Answers::Lernfoerderung(_) => t("documents-hint-lernfoerderung"),
        };
        let back = format!("/familie/antrag/{}/angaben", record.id);
        let action = format!("/familie/antrag/{}/nachweise", record.id);
        view! {
            <PageTitle text=title.clone() />
            <p>
                <a href=back>{t("claim-back")}</a>
            </p>
            <StepIndicator step=2 title=title />
            <p class="lead">{hint}</p>
            <ErrorSummary flash=flash.clone() />
            <h2>{t("documents-uploaded")}</h2>
            <DocumentList claim_id=record.id.to_string() documents=documents removable=true />
            <form
                method="post"
                action=action.clone()
                enctype="multipart/form-data"
                class="form upload-form"
                id="upload-form"
            >
                <FileInput error=field_error(&flash, "files") />
                <button type="submit" class="button button-secondary">
                    {t("document-upload")}
                </button>
            </form>
            <p class="hint">{t("documents-optional")}</p>
            // "Weiter" sends the upload form: a file chosen but not uploaded yet is not lost.
            <p>
                <button
                    type="submit"
                    form="upload-form"
                    formaction=format!("{action}?weiter=ja")
                    class="button"
                    data-testid="documents-continue"
                >
                    {t("claim-continue")}
                </button>
            </p>
        }
        .into_any()
    })
}

/// The Teilhabe answers as a definition list.
#[component]
fn TeilhabeSummary(
    input: TeilhabeInput,
    covered: Cents,
    /// The `lang` of the family's free text, where known.
    text_lang: Option<&'static str>,
) -> impl IntoView {
    // Judge the period against its own start, so a claim submitted long ago still shows.
    let reference =
        YearMonth::parse(&input.start_month, "").unwrap_or_else(|_| YearMonth::of(today()));
    let Ok(d) = input.parse(reference) else {
        return view! { <p>{t("claim-error-incomplete")}</p> }.into_any();
    };
    let (paid, own) = split_fee(d.monthly_fee, covered);
    let activity = match &d.description {
        Some(desc) => format!("{} – {desc}", t(d.activity.label_id())),
        None => t(d.activity.label_id()),
    };
    let provider = format!(
        "{}, {}, {} {}",
        d.provider_name, d.provider_street, d.provider_postal_code, d.provider_city
    );
    view! {
        <dl class="summary">
            <dt>{t_about("teilhabe-activity")}</dt>
            <dd lang=text_lang>{activity}</dd>
            <dt>{t("teilhabe-provider-title")}</dt>
            <dd>{provider}</dd>
            {d
                .provider_contact
                .map(|c| {
                    view! {
                        <dt>{t("teilhabe-provider-contact")}</dt>
                        <dd>{c}</dd>
                    }
                })}
            {d
                .provider_iban
                .as_ref()
                .map(|i: &Iban| {
                    view! {
                        <dt>{t("teilhabe-provider-iban")}</dt>
                        <dd dir="ltr" class="iban">
                            {i.to_string()}
                        </dd>
                    }
                })}
            <dt>{t("teilhabe-monthly-fee")}</dt>
            <dd>{money(d.monthly_fee)}</dd>
            <dt>{t("teilhabe-period")}</dt>
            <dd>{format!("{} – {}", d.start.german(), d.end.german())}</dd>
        </dl>
        <div class="info-box" data-testid="fee-split">
            <p>{t_args("teilhabe-split-paid", &[("amount", money(paid).into())])}</p>
            {(own.0 > 0)
                .then(|| {
                    view! {
                        <p>
                            {t_args_about("teilhabe-split-own", &[("amount", money(own).into())])}
                        </p>
                    }
                })}
        </div>
    }
    .into_any()
}

/// The Lernförderung answers as a definition list.
#[component]
fn LernfoerderungSummary(
    input: LernfoerderungInput,
    site: Option<SiteSummary>,
    cap: Cents,
    /// The `lang` of the family's free text, where known.
    text_lang: Option<&'static str>,
) -> impl IntoView {
    // Judge the period against its own start, so a claim submitted long ago still shows.
    let reference = crate::domain::text::date(&input.period_from, "").unwrap_or_else(|_| today());
    let Ok(d) = input.parse(reference) else {
        return view! { <p>{t("claim-error-incomplete")}</p> }.into_any();
    };
    let mut subjects: Vec<String> = d.subjects.iter().map(|s| t(s.label_id())).collect();
    if let Some(other) = &d.subject_other {
        subjects.push(other.clone());
    }
    let place = match &d.place {
        Place::Lernstandort(_) => view! {
            <dt>{t("lf-lernstandort")}</dt>
            <dd>{site.map(|s| format!("{} · {}", s.label(), s.schedule)).unwrap_or_default()}</dd>
        }
        .into_any(),
        Place::Provider {
            name,
            street,
            postal_code,
            city,
            hourly_rate,
        } => {
            let over = hourly_rate.excess_over(cap);
            let cost = monthly_cost(d.hours_per_week, *hourly_rate);
            view! {
                <dt>{t("lf-provider-title")}</dt>
                <dd>{format!("{name}, {street}, {postal_code} {city}")}</dd>
                <dt>{t("lf-hourly-rate")}</dt>
                <dd>{money(*hourly_rate)}</dd>
                <dt>{t("lf-monthly-cost")}</dt>
                <dd>{money(cost)}</dd>
                {(over.0 > 0)
                    .then(|| {
                        view! {
                            <dd class="warning" data-testid="rate-over-cap">
                                {t_args_about(
                                    "lf-rate-over-cap",
                                    &[("cap", money(cap).into()), ("over", money(over).into())],
                                )}
                            </dd>
                        }
                    })}
            }
            .into_any()
        }
    };
    view! {
        <dl class="summary">
            <dt>{t("lf-subjects")}</dt>
            <dd>{subjects.join(", ")}</dd>
            <dt>{t("lf-hours")}</dt>
            <dd>{d.hours_per_week.to_string()}</dd>
            <dt>{t("lf-period")}</dt>
            <dd>{format!("{} – {}", date_of(d.from), date_of(d.to))}</dd>
            {place}
            <dt>{t_about("lf-reason")}</dt>
            <dd class="prewrap" lang=text_lang>
                {d.reason}
            </dd>
        </dl>
    }
    .into_any()
}

/// The answers of a claim, whichever benefit. Staff and schools are told in which
/// language the family wrote them, when it was not German.
pub(crate) async fn answers_summary(db: &Db, record: &ClaimRecord) -> AnyView {
    let text_lang = record.answers_lang.map(Lang::html_lang);
    let summary = match record.answers() {
        Answers::Teilhabe(input) => {
            let covered = rate(db, RateKind::TeilhabeMonthly).await;
            view! { <TeilhabeSummary input=input covered=covered text_lang=text_lang /> }.into_any()
        }
        Answers::Lernfoerderung(input) => {
            let site = match input.place.as_str() {
                "lernstandort" => db::lernstandort::find(db, &input.lernstandort_id.clone().into())
                    .await
                    .ok()
                    .flatten(),
                _ => None,
            };
            let cap = rate(db, RateKind::LernfoerderungHourlyMax).await;
            view! { <LernfoerderungSummary input=input site=site cap=cap text_lang=text_lang /> }
                .into_any()
        }
    };
    view! {
        {written_in(record.answers_lang)}
        {summary}
    }
    .into_any()
}

/// For staff and schools: the language of the page the family wrote its answers on, when
/// it was not German — its free text (a reason written in Ukrainian) is probably in it.
fn written_in(lang: Option<Lang>) -> Option<impl IntoView + use<>> {
    let family = use_ctx().user.is_none_or(|u| u.role == Role::Family);
    let lang = lang.filter(|l| !family && !l.is_german())?;
    let note = t_args(
        "staff-written-in",
        &[("language", crate::i18n::language_name(lang).into())],
    );
    Some(view! {
        <p class="info-box" data-testid="written-in">
            {note}
        </p>
    })
}

#[component]
pub fn CheckPage() -> impl IntoView {
    with_draft(|record, db| async move {
        let details = format!("/familie/antrag/{}/angaben", record.id);
        if record.answers().check(today()).is_err() {
            leptos_axum::redirect(&details);
            return ().into_any();
        }
        let user_id = use_ctx()
            .user
            .map_or_else(|| String::new().into(), |u| u.id);
        let documents = db::document::list_for_family(&db, &user_id, &record.id)
            .await
            .unwrap_or_default();
        let summary = answers_summary(&db, &record).await;
        let title = t("claim-check-title");
        let docs_href = format!("/familie/antrag/{}/nachweise", record.id);
        let next = format!("/familie/antrag/{}/erklaerung", record.id);
        view! {
            <PageTitle text=title.clone() />
            <p>
                <a href=docs_href.clone()>{t("claim-back")}</a>
            </p>
            <StepIndicator step=3 title=title />
            <dl class="summary">
                <dt>{t("claim-child")}</dt>
                <dd>{record.child_name.clone()}</dd>
                <dt>{t("claim-benefit")}</dt>
                <dd>{t(record.kind().label_id())}</dd>
            </dl>
            {summary}
            <p>
                <a href=details>{t("claim-change-answers")}</a>
            </p>
            <h2>{t("documents-uploaded")}</h2>
            <DocumentList claim_id=record.id.to_string() documents=documents removable=false />
            <p>
                <a href=docs_href>{t("claim-change-documents")}</a>
            </p>
            <p>
                <a class="button" href=next>
                    {t("claim-continue")}
                </a>
            </p>
        }
        .into_any()
    })
}

#[component]
pub fn DeclarationPage() -> impl IntoView {
    with_draft(|record, _db| async move {
        let flash = use_ctx().flash;
        let title = t("claim-declaration-title");
        let back = format!("/familie/antrag/{}/pruefen", record.id);
        let checkbox = |name: &'static str, label_id: &str| {
            view! { <Checkbox name label=t(label_id) error=field_error(&flash, name) /> }
        };
        let school_consent = matches!(record.answers(), Answers::Lernfoerderung(_))
            .then(|| checkbox("school_consent", "claim-school-consent-text"));
        view! {
            <PageTitle text=title.clone() />
            <p>
                <a href=back>{t("claim-back")}</a>
            </p>
            <StepIndicator step=4 title=title />
            <ErrorSummary flash=flash.clone() />
            <form method="post" action={<SubmitClaim as ServerFn>::PATH} class="form" novalidate>
                <input type="hidden" name="claim_id" value=record.id.clone() />
                {checkbox("declaration", "claim-declaration-text")}
                {checkbox("consent", "claim-consent-text")}
                {school_consent}
                <p class="hint">{t("claim-privacy-hint")}</p>
                <button type="submit" class="button">
                    {t("claim-submit")}
                </button>
            </form>
        }
        .into_any()
    })
}
