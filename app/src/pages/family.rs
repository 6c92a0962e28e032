//! The family's household profile and children.

use crate::api::claim::StartClaim;
use crate::api::household::{CreateSchoolCode, SaveChild, SaveHousehold};
use crate::{
    components::layout::empty_state,
    components::title::PageHeading,
    components::{
        form::{
            ErrorSummary, Input, LabelledField, PostalAddressFields, RadioGroup, TextField,
            button_form, field_error, inputs,
        },
        guard::require_role,
    },
    context::{CurrentUser, Flash, use_ctx},
    db::{
        self, Db,
        household::{ChildRow, HouseholdRow},
        kommune::{KommuneRow, SchoolOption},
        school_code::ActiveCode,
    },
    domain::{
        account::Role,
        benefit::{BenefitKind, UnderlyingBenefit},
        household::{ChildInput, HouseholdInput},
        ids::ChildId,
        lang::Lang,
        school_code,
    },
    error::AppError,
    i18n::{date_iso, t, t_args},
    pages::{load_view, route_id},
};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_router::hooks::use_query_map;

/// The household summary and the children, shown on the family's overview.
#[component]
pub fn HouseholdSummary(user: CurrentUser) -> impl IntoView {
    let db = expect_context::<Db>();
    view! {
        {load_view(async move {
            let household = db::household::find(&db, &user.id).await?;
            let children = db::household::children(&db, &user.id).await?;
            let codes = db::school_code::active(&db, &user.id).await?;
            let covered = db::claim::teilhabe_covered(
                    &db,
                    &user.id,
                    &crate::domain::text::iso(db::today()),
                )
                .await?;
            Ok(
                match household {
                    None => {
                        view! {
                            <section class="card" aria-labelledby="household-heading">
                                <h2 id="household-heading">{t("household-title")}</h2>
                                <p>{t("household-missing")}</p>
                                <p>
                                    <a class="button" href="/familie/haushalt">
                                        {t("household-start")}
                                    </a>
                                </p>
                            </section>
                        }
                            .into_any()
                    }
                    Some(h) => {
                        let benefit = UnderlyingBenefit::parse(&h.input.benefit);
                        view! {
                            <HouseholdCard household=h />
                            <ChildrenList
                                children=children
                                benefit=benefit
                                codes=codes
                                covered=covered
                            />
                        }
                            .into_any()
                    }
                },
            )
        })}
    }
}

#[component]
fn HouseholdCard(household: HouseholdRow) -> impl IntoView {
    let h = household.input;
    let benefit = UnderlyingBenefit::parse(&h.benefit)
        .map(|b| t(b.label_id()))
        .unwrap_or_default();
    let from = date_iso(&h.benefit_valid_from);
    let to = date_iso(&h.benefit_valid_to);
    view! {
        <section class="card" aria-labelledby="household-heading">
            <h2 id="household-heading">{t("household-title")}</h2>
            <dl class="summary">
                <dt>{t("household-applicant")}</dt>
                <dd>{h.applicant_name}</dd>
                <dt>{t("household-benefit")}</dt>
                <dd>{benefit}</dd>
                <dt>{t("household-benefit-reference")}</dt>
                <dd dir="ltr">{h.benefit_reference}</dd>
                <dt>{t("household-validity")}</dt>
                <dd>{format!("{from} – {to}")}</dd>
                <dt>{t("household-address")}</dt>
                <dd>
                    {format!(
                        "{}, {} {} ({})",
                        h.street,
                        h.postal_code,
                        h.city,
                        household.kommune_name,
                    )}
                </dd>
            </dl>
            <p>
                <a href="/familie/haushalt">{t("household-edit")}</a>
            </p>
        </section>
    }
}

fn apply_label(kind: BenefitKind) -> &'static str {
    match kind {
        BenefitKind::Lernfoerderung => "child-apply-lernfoerderung",
        BenefitKind::Teilhabe => "child-apply-teilhabe",
    }
}

#[component]
fn ChildrenList(
    children: Vec<ChildRow>,
    benefit: Option<UnderlyingBenefit>,
    codes: Vec<ActiveCode>,
    /// Children with Teilhabe approved until a day not yet past, and that day.
    covered: Vec<(ChildId, String)>,
) -> impl IntoView {
    let empty = children.is_empty();
    // Both benefits are offered whatever the child's age: an application is never refused
    // at the door (§ 20 Abs. 3 SGB X); starting one past an age limit says so.
    let offers = move |_: &ChildRow, _: BenefitKind| benefit.is_some();
    let items = children
        .into_iter()
        .map(|c| {
            let href = format!("/familie/kind/{}", c.id);
            let name = format!("{} {}", c.input.first_name, c.input.last_name);
            let born = date_iso(&c.input.birth_date);
            view! {
                <li class="child">
                    <strong>{name}</strong>
                    <span class="hint">
                        {format!("{born} · {} · {}", c.school_display, c.input.grade)}
                    </span>
                    <a href=href>{t("child-edit")}</a>
                    {covered
                        .iter()
                        .find(|(child, _)| *child == c.id)
                        .map(|(_, until)| {
                            let warning = t_args(
                                "child-teilhabe-covered",
                                &[
                                    ("child", c.input.first_name.clone().into()),
                                    ("date", date_iso(until).into()),
                                ],
                            );
                            view! {
                                <p class="covered-note" data-testid="teilhabe-covered">
                                    {warning}
                                </p>
                            }
                        })}
                    {[BenefitKind::Lernfoerderung, BenefitKind::Teilhabe]
                        .into_iter()
                        .filter(|k| offers(&c, *k))
                        .map(|k| {
                            button_form(
                                <StartClaim as ServerFn>::PATH,
                                [
                                    ("child_id", c.id.to_string()),
                                    ("benefit", k.as_str().to_string()),
                                ],
                                "button button-small",
                                t(apply_label(k)),
                            )
                        })
                        .collect_view()}
                    {offers(&c, BenefitKind::Lernfoerderung)
                        .then(|| {
                            let code = codes.iter().find(|k| k.child_id == c.id).cloned();
                            view! { <SchoolCode child_id=c.id.to_string() code=code /> }
                        })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="children-heading">
            <h2 id="children-heading">{t("children-title")}</h2>
            {empty.then(|| empty_state("children-empty", None))}
            <ul class="children">{items}</ul>
            <p>
                <a class="button button-secondary" href="/familie/kind/neu">
                    {t("child-add")}
                </a>
            </p>
        </section>
    }
}

/// The code for the school social worker of one child: shown while valid, with a button
/// for a new one (see `domain::school_code`).
#[component]
fn SchoolCode(child_id: String, code: Option<ActiveCode>) -> impl IntoView {
    let shown = code.map(|k| {
        let until = crate::i18n::date_unix(k.expires_at);
        view! {
            <p class="school-code">
                {t("school-code-label")} " "
                <strong class="code">{school_code::display(&k.code)}</strong> " · "
                {crate::i18n::t_args("school-code-until", &[("date", until.into())])}
            </p>
        }
    });
    let (anchor, open) = (format!("code-{child_id}"), shown.is_some());
    view! {
        <details class="school-code-box" id=anchor open=open>
            <summary>{t("school-code-title")}</summary>
            <p class="hint">{t("school-code-explain")}</p>
            {shown}
            {button_form(
                <CreateSchoolCode as ServerFn>::PATH,
                [("child_id", child_id)],
                "button button-small button-secondary",
                t("school-code-create"),
            )}
        </details>
    }
}

#[component]
pub fn HouseholdPage() -> impl IntoView {
    require_role(&[Role::Family], |user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        view! {
            <PageHeading text=t("household-form-title") back="/familie" />
            <p class="lead">{t("household-form-lead")}</p>
            <ErrorSummary flash=flash.clone() />
            {load_view(async move {
                let existing = db::household::find(&db, &user.id).await?;
                let kommunen = db::kommune::list_kommunen(&db).await?;
                let input = HouseholdInput::from_values(&flash.values)
                    .or(existing.map(|e| e.input))
                    .unwrap_or_default();
                Ok(
                    view! { <HouseholdForm input=input kommunen=kommunen flash=flash.clone() /> }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

/// The household form: the applicant and the underlying benefit, the address, the contact.
#[component]
fn HouseholdForm(input: HouseholdInput, kommunen: Vec<KommuneRow>, flash: Flash) -> impl IntoView {
    view! {
        <form method="post" action={<SaveHousehold as ServerFn>::PATH} class="form" novalidate>
            <BenefitFields input=input.clone() flash=flash.clone() />
            <h2>{t("household-address")}</h2>
            <AddressFields input=input.clone() kommunen=kommunen flash=flash.clone() />
            <h2>{t("household-contact")}</h2>
            <ContactFields input=input flash=flash />
            <button type="submit" class="button">
                {t("household-save")}
            </button>
        </form>
    }
}

/// Who applies, and the benefit the household receives: which one, its reference number
/// and how long it is granted.
#[component]
pub(crate) fn BenefitFields(input: HouseholdInput, flash: Flash) -> impl IntoView {
    let benefit_options = UnderlyingBenefit::ALL
        .into_iter()
        .map(|b| (b.as_str(), t(b.label_id())))
        .collect();
    view! {
        <TextField
            name="applicant_name"
            label=t("household-applicant")
            hint=t("household-applicant-hint")
            autocomplete="name"
            value=input.applicant_name
            maxlength=120
            error=field_error(&flash, "applicant_name")
        />
        <RadioGroup
            name="benefit"
            legend=t("household-benefit-question")
            options=benefit_options
            selected=input.benefit
            error=field_error(&flash, "benefit")
        />
        {inputs(
            &flash,
            [
                Input::new(
                        "benefit_reference",
                        "household-benefit-reference",
                        input.benefit_reference,
                    )
                    .hint("household-benefit-reference-hint")
                    .max(40),
                Input::new("benefit_valid_from", "household-valid-from", input.benefit_valid_from)
                    .of_type("date"),
                Input::new("benefit_valid_to", "household-valid-to", input.benefit_valid_to)
                    .of_type("date")
                    .hint("household-valid-to-hint"),
            ],
        )}
    }
}

/// The household's address and the Kommune responsible for it.
#[component]
pub(crate) fn AddressFields(
    input: HouseholdInput,
    kommunen: Vec<KommuneRow>,
    flash: Flash,
) -> impl IntoView {
    let selected_kommune = input.kommune;
    let kommune_options = kommunen
        .into_iter()
        .map(|k| {
            let selected = k.id.as_str() == selected_kommune;
            view! {
                <option value=k.id selected=selected>
                    {k.name}
                </option>
            }
        })
        .collect_view();
    view! {
        <PostalAddressFields
            names=["street", "postal_code", "city"]
            values=[input.street, input.postal_code, input.city]
            own=true
            flash=flash.clone()
        />
        <LabelledField
            name="kommune"
            label=t("household-kommune")
            hint=t("household-kommune-hint")
            error=field_error(&flash, "kommune")
        >
            <select id="kommune" name="kommune" aria-describedby="kommune-hint">
                <option value="">{t("select-choose")}</option>
                {kommune_options}
            </select>
        </LabelledField>
    }
}

/// How to reach the family: phone, e-mail and the language for letters and messages.
#[component]
pub(crate) fn ContactFields(input: HouseholdInput, flash: Flash) -> impl IntoView {
    // Each language named in itself; the one in use when nothing is stored yet. A select,
    // not eleven radio buttons: the form stays short on a phone.
    let preferred_lang = if input.preferred_lang.is_empty() {
        use_ctx().lang.code().to_string()
    } else {
        input.preferred_lang
    };
    let lang_options = Lang::ALL
        .into_iter()
        .map(|l| {
            view! {
                <option value=l.code() lang=l.html_lang() selected=l.code() == preferred_lang>
                    {l.native_name()}
                </option>
            }
        })
        .collect_view();
    let lang_error = field_error(&flash, "preferred_lang");
    let described = if lang_error.is_some() {
        "preferred_lang-hint preferred_lang-error"
    } else {
        "preferred_lang-hint"
    };
    view! {
        {inputs(
            &flash,
            [
                Input::new("phone", "household-phone", input.phone)
                    .of_type("tel")
                    .autocomplete("tel")
                    .optional(),
                Input::new("contact_email", "household-contact-email", input.contact_email)
                    .of_type("email")
                    .autocomplete("email")
                    .hint("household-contact-email-hint")
                    .optional(),
            ],
        )}
        <LabelledField
            name="preferred_lang"
            label=t("household-preferred-lang")
            hint=t("household-preferred-lang-hint")
            error=lang_error
        >
            <select id="preferred_lang" name="preferred_lang" aria-describedby=described>
                {lang_options}
            </select>
        </LabelledField>
    }
}

#[component]
pub fn NewChildPage() -> impl IntoView {
    child_page(None)
}

#[component]
pub fn EditChildPage() -> impl IntoView {
    let id = route_id();
    child_page(Some(id))
}

fn child_page(child_id: Option<String>) -> AnyView {
    let all_schools = use_query_map().get_untracked().get("schulen").as_deref() == Some("alle");
    require_role(&[Role::Family], move |user| {
        let db = expect_context::<Db>();
        let flash = use_ctx().flash;
        let title = t(if child_id.is_some() {
            "child-edit-title"
        } else {
            "child-add-title"
        });
        view! {
            <PageHeading text=title back="/familie" />
            <ErrorSummary flash=flash.clone() />
            {load_view(async move {
                let existing = match &child_id {
                    Some(id) => {
                        Some(
                            db::household::child(&db, &user.id, &id.clone().into())
                                .await?
                                .ok_or(AppError::NotFound)?,
                        )
                    }
                    None => None,
                };
                let schools = db::kommune::list_schools(&db).await?;
                let home = match all_schools {
                    true => None,
                    false => db::household::find(&db, &user.id).await?.map(|h| h.kommune_name),
                };
                let input = ChildInput::from_values(&flash.values)
                    .or(existing.map(|c| c.input))
                    .unwrap_or_default();
                Ok(
                    // Another family's child, or no such child: not found, as for any foreign id.
                    view! {
                        <ChildForm
                            child_id=child_id.clone().unwrap_or_default()
                            input=input
                            schools=schools
                            home=home
                            flash=flash.clone()
                        />
                    }
                        .into_any(),
                )
            })}
        }
        .into_any()
    })
}

/// The child: name, date of birth, school (from the directory or typed) and grade.
#[component]
pub(crate) fn ChildFields(
    input: ChildInput,
    schools: Vec<SchoolOption>,
    flash: Flash,
    /// The household's Kommune: only its schools are offered (and the one chosen before),
    /// with a link to all. `None`: all schools.
    #[prop(default = None)]
    home: Option<String>,
) -> impl IntoView {
    let all_link = home.as_ref().map(|_| {
        view! {
            <p class="hint">
                <a href="?schulen=alle">{t("child-school-all")}</a>
            </p>
        }
    });
    let schools: Vec<SchoolOption> = schools
        .into_iter()
        .filter(|s| {
            home.as_ref()
                .is_none_or(|k| *k == s.kommune || s.id.as_str() == input.school_id)
        })
        .collect();
    let optgroups = school_groups(schools, &input.school_id);
    // Before the first field: following the link later would lose what was typed.
    view! {
        {all_link}
        {inputs(
            &flash,
            [
                Input::new("first_name", "child-first-name", input.first_name)
                    .autocomplete("off")
                    .max(60),
                Input::new("last_name", "child-last-name", input.last_name)
                    .autocomplete("off")
                    .max(60),
                Input::new("birth_date", "child-birth-date", input.birth_date).of_type("date"),
            ],
        )}
        <LabelledField
            name="school_id"
            label=t("child-school")
            hint=t("child-school-hint")
            error=field_error(&flash, "school_id")
        >
            <select id="school_id" name="school_id" aria-describedby="school_id-hint">
                <option value="">{t("select-choose")}</option>
                {optgroups}
                <option value="">{t("child-school-not-listed")}</option>
            </select>
        </LabelledField>
        {inputs(
            &flash,
            [
                Input::new("school_name", "child-school-typed", input.school_name)
                    .hint("child-school-typed-hint")
                    .conditional()
                    .max(120),
                Input::new("grade", "child-grade", input.grade).hint("child-grade-hint").max(20),
            ],
        )}
    }
}

/// The schools as `<optgroup>`s per Kommune (in the order given), `selected` chosen.
fn school_groups(schools: Vec<SchoolOption>, selected: &str) -> impl IntoView + use<> {
    let mut groups: Vec<(String, Vec<SchoolOption>)> = Vec::new();
    for s in schools {
        match groups.last_mut() {
            Some((k, list)) if *k == s.kommune => list.push(s),
            _ => groups.push((s.kommune.clone(), vec![s])),
        }
    }
    groups
        .into_iter()
        .map(|(kommune, list)| {
            let options = list
                .into_iter()
                .map(|s| {
                    let is_selected = s.id.as_str() == selected;
                    view! {
                        <option value=s.id selected=is_selected>
                            {s.name}
                        </option>
                    }
                })
                .collect_view();
            view! { <optgroup label=kommune>{options}</optgroup> }
        })
        .collect_view()
}

#[component]
fn ChildForm(
    child_id: String,
    input: ChildInput,
    schools: Vec<SchoolOption>,
    home: Option<String>,
    flash: Flash,
) -> impl IntoView {
    view! {
        <form method="post" action={<SaveChild as ServerFn>::PATH} class="form" novalidate>
            <input type="hidden" name="child_id" value=child_id />
            <ChildFields input=input schools=schools flash=flash home=home />
            <button type="submit" class="button">
                {t("child-save")}
            </button>
        </form>
    }
}
