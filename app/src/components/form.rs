//! Form building blocks following the GOV.UK pattern: an error summary at the top that
//! links to each invalid field, and fields that name their error next to the input.

use crate::{
    context::Flash,
    domain::account::NewPassword,
    i18n::{t, t_args},
};
use leptos::prelude::*;

/// The list of all errors of a form, focusable target of the page after a failed submit.
#[component]
pub fn ErrorSummary(
    flash: Flash,
    /// The translated label of each field, to name the field in its line.
    #[prop(optional)]
    labels: std::collections::HashMap<String, String>,
) -> impl IntoView {
    (!flash.errors.is_empty()).then(|| {
        let items = flash
            .errors
            .iter()
            .map(|e| {
                let href = format!("#{}", e.field);
                let line = crate::islands::summary_line(labels.get(&e.field), &error_message(e));
                view! {
                    <li>
                        <a href=href>{line}</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div
                class="error-summary"
                role="alert"
                aria-labelledby="error-summary-title"
                tabindex="-1"
            >
                <h2 id="error-summary-title">{t("error-summary-title")}</h2>
                <ul>{items}</ul>
            </div>
        }
    })
}

/// A field's hint and error message, with the ids its input's `aria-describedby` names.
#[component]
fn FieldMessages(name: &'static str, hint: Option<String>, error: Option<String>) -> impl IntoView {
    (
        hint.map(|h| {
            view! {
                <p class="hint" id=format!("{name}-hint")>
                    {h}
                </p>
            }
        }),
        error.map(|e| {
            view! {
                <p class="error-message" id=format!("{name}-error")>
                    {e}
                </p>
            }
        }),
    )
}

/// The frame of a single-input field: label, hint and error above the input (`children`,
/// whose id is `name`).
#[component]
pub fn LabelledField(
    name: &'static str,
    label: String,
    #[prop(into)] hint: Option<String>,
    error: Option<String>,
    children: Children,
) -> impl IntoView {
    let invalid = error.is_some();
    view! {
        <div class="field" class:field-error=invalid>
            <label for=name>{label}</label>
            <FieldMessages name hint error />
            {children()}
        </div>
    }
}

/// The frame of a group of choices: a fieldset whose legend is the question.
#[component]
fn ChoiceFieldset(
    name: &'static str,
    legend: String,
    hint: Option<String>,
    error: Option<String>,
    children: Children,
) -> impl IntoView {
    let invalid = error.is_some();
    let described = described_by(name, hint.is_some(), invalid);
    view! {
        <div class="field" class:field-error=invalid>
            <fieldset aria-describedby=described>
                <legend>{legend}</legend>
                <FieldMessages name hint error />
                {children()}
            </fieldset>
        </div>
    }
}

/// Radio buttons or checkboxes (`kind`), one per (value, label); the first carries the
/// field's id, so error links can focus it.
fn choices(
    kind: &'static str,
    name: &'static str,
    field_name: &str,
    options: Vec<(&'static str, String)>,
    is_checked: impl Fn(&str) -> bool,
) -> Vec<AnyView> {
    options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let id = if i == 0 {
                name.to_string()
            } else {
                format!("{name}-{value}")
            };
            view! {
                <div class=kind>
                    <input
                        type=kind
                        id=id.clone()
                        name=field_name.to_string()
                        value=value
                        checked=is_checked(value)
                    />
                    <label for=id>{label}</label>
                </div>
            }
            .into_any()
        })
        .collect()
}

/// The label of a field, marked as optional unless `required`.
fn field_label(label: String, required: bool) -> String {
    if required {
        label
    } else {
        format!("{label} {}", t("field-optional-suffix"))
    }
}

/// A labelled text input with optional hint and its error.
#[component]
pub fn TextField(
    name: &'static str,
    label: String,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(into, default = None)] hint: Option<String>,
    #[prop(optional)] value: String,
    #[prop(default = None)] error: Option<String>,
    /// Optional fields say so in their label.
    #[prop(default = true)]
    required: bool,
    /// Needed only in some cases, which the hint names: not required for the browser,
    /// and not marked optional either.
    #[prop(optional)]
    conditional: bool,
    #[prop(optional)] maxlength: Option<u32>,
) -> impl IntoView {
    Input {
        name,
        label,
        value,
        input_type,
        autocomplete,
        hint,
        required: required && !conditional,
        says_optional: !required && !conditional,
        maxlength,
    }
    .view(error)
}

/// A text input of a form as data, for forms that list their inputs ([`inputs`]); shown
/// as a [`TextField`].
pub struct Input {
    name: &'static str,
    label: String,
    value: String,
    input_type: &'static str,
    autocomplete: &'static str,
    hint: Option<String>,
    required: bool,
    /// The label ends in "(freiwillig)".
    says_optional: bool,
    maxlength: Option<u32>,
}

impl Input {
    /// A required text input `name` holding `value`, labelled with the message `label_id`.
    pub fn new(name: &'static str, label_id: &str, value: String) -> Self {
        Input {
            name,
            label: t(label_id),
            value,
            input_type: "text",
            autocomplete: "off",
            hint: None,
            required: true,
            says_optional: false,
            maxlength: None,
        }
    }

    /// The input's type (`date`, `number`, `email`, …).
    pub fn of_type(mut self, input_type: &'static str) -> Self {
        self.input_type = input_type;
        self
    }

    /// What the browser may fill in.
    pub fn autocomplete(mut self, autocomplete: &'static str) -> Self {
        self.autocomplete = autocomplete;
        self
    }

    /// The hint below the label: the message `hint_id`.
    pub fn hint(mut self, hint_id: &str) -> Self {
        self.hint = Some(t(hint_id));
        self
    }

    /// An optional input; its label says so.
    pub fn optional(mut self) -> Self {
        self.required = false;
        self.says_optional = true;
        self
    }

    /// An input needed only in some cases, which its hint names (another answer decides):
    /// not required for the browser, and its label does not call it optional.
    pub fn conditional(mut self) -> Self {
        self.required = false;
        self.says_optional = false;
        self
    }

    /// At most `maxlength` characters.
    pub fn max(mut self, maxlength: u32) -> Self {
        self.maxlength = Some(maxlength);
        self
    }

    /// The labelled input with its hint and `error`.
    fn view(self, error: Option<String>) -> impl IntoView {
        let name = self.name;
        let invalid = error.is_some();
        let described = described_by(name, self.hint.is_some(), invalid);
        view! {
            <LabelledField
                name
                label=field_label(self.label, !self.says_optional)
                hint=self.hint
                error
            >
                <input
                    id=name
                    name=name
                    type=self.input_type
                    value=self.value
                    autocomplete=self.autocomplete
                    maxlength=self.maxlength
                    aria-describedby=described
                    aria-invalid=invalid.then_some("true")
                    required=self.required
                />
            </LabelledField>
        }
    }
}

/// Text inputs one after the other, each with its error in `flash`.
pub fn inputs<const N: usize>(flash: &Flash, inputs: [Input; N]) -> impl IntoView + use<N> {
    inputs.map(|input| {
        let error = field_error(flash, input.name);
        input.view(error)
    })
}

/// A password field (the show/hide toggle is an island) with its label and error.
#[component]
pub fn PasswordField(
    name: &'static str,
    label: String,
    autocomplete: &'static str,
    #[prop(into, default = None)] hint: Option<String>,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    let described = described_by(name, hint.is_some(), invalid).unwrap_or_default();
    view! {
        <LabelledField name label hint error>
            <crate::islands::PasswordInput
                id=name.to_string()
                name=name.to_string()
                autocomplete=autocomplete.to_string()
                show_label=t("password-show")
                hide_label=t("password-hide")
                described_by=described
                invalid=invalid
            />
        </LabelledField>
    }
}

/// A new password and its repetition (fields `name` and `repeat`), with their errors.
#[component]
pub fn NewPasswordFields(
    #[prop(default = "password")] name: &'static str,
    #[prop(default = "password_repeat")] repeat: &'static str,
    /// Defaults to "new password".
    #[prop(optional)]
    label: Option<String>,
    /// Defaults to the minimum length.
    #[prop(optional)]
    hint: Option<String>,
    flash: Flash,
) -> impl IntoView {
    let hint = hint.unwrap_or_else(|| {
        t_args(
            "password-hint",
            &[("min", (NewPassword::MIN_LEN as i64).into())],
        )
    });
    let label = label.unwrap_or_else(|| t("field-new-password"));
    view! {
        <PasswordField
            name
            label
            autocomplete="new-password"
            hint
            error=field_error(&flash, name)
        />
        <PasswordField
            name=repeat
            label=t("field-password-repeat")
            autocomplete="new-password"
            error=field_error(&flash, repeat)
        />
    }
}

/// Street, postal code and city: the fields named in `names`, filled with `values`.
#[component]
pub fn PostalAddressFields(
    /// The names of the street, postal code and city fields.
    names: [&'static str; 3],
    values: [String; 3],
    /// False for an address another answer decides on (not marked optional either).
    #[prop(default = true)]
    required: bool,
    /// The user's own address, which the browser may fill in.
    #[prop(optional)]
    own: bool,
    flash: Flash,
) -> impl IntoView {
    let [street, postal_code, city] = names;
    let [street_value, postal_code_value, city_value] = values;
    let input = |name, label_id, value, own_kind, maxlength| {
        let input = Input::new(name, label_id, value)
            .autocomplete(if own { own_kind } else { "off" })
            .max(maxlength);
        if required { input } else { input.conditional() }
    };
    inputs(
        &flash,
        [
            input(
                street,
                "household-street",
                street_value,
                "street-address",
                100,
            ),
            input(
                postal_code,
                "household-postal-code",
                postal_code_value,
                "postal-code",
                5,
            ),
            input(city, "household-city", city_value, "address-level2", 60),
        ],
    )
}

/// A form of one button that posts the `hidden` fields (name, value) to `action`.
pub fn button_form<const N: usize>(
    action: &'static str,
    hidden: [(&'static str, String); N],
    button_class: &'static str,
    label: impl IntoView + 'static,
) -> impl IntoView {
    let fields =
        hidden.map(|(name, value)| view! { <input type="hidden" name=name value=value /> });
    view! {
        <form method="post" action=action class="inline-form">
            {fields}
            <button type="submit" class=button_class>
                {label}
            </button>
        </form>
    }
}

/// The translated errors of `field` in the flash (several for a batch of files, one for
/// each refused file), if any.
pub fn field_error(flash: &Flash, field: &str) -> Option<String> {
    let messages: Vec<String> = flash
        .errors
        .iter()
        .filter(|e| e.field == field)
        .map(error_message)
        .collect();
    (!messages.is_empty()).then(|| messages.join(" "))
}

/// An error's message in the request's language, naming what it names (`$name`).
pub fn error_message(e: &crate::domain::FieldError) -> String {
    match &e.name {
        // Isolated: a file name in Latin letters keeps its order in an Arabic sentence.
        Some(name) => t_args(
            &e.msg_id,
            &[("name", format!("\u{2068}{name}\u{2069}").into())],
        ),
        None => t(&e.msg_id),
    }
}

/// A group of radio buttons in a fieldset whose legend is the question.
#[component]
pub fn RadioGroup(
    name: &'static str,
    legend: String,
    /// (value, label) of each choice.
    options: Vec<(&'static str, String)>,
    #[prop(optional)] selected: String,
    #[prop(into, default = None)] hint: Option<String>,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    view! {
        <ChoiceFieldset name legend hint error>
            {choices("radio", name, name, options, |value| selected == value)}
        </ChoiceFieldset>
    }
}

/// `aria-describedby` for a field with an optional hint and error.
fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [
        hint.then(|| format!("{name}-hint")),
        error.then(|| format!("{name}-error")),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A group of checkboxes sent as `name[]` (several values), in a fieldset.
#[component]
pub fn CheckboxGroup(
    name: &'static str,
    legend: String,
    /// (value, label) of each choice.
    options: Vec<(&'static str, String)>,
    #[prop(optional)] checked: Vec<String>,
    #[prop(into, default = None)] hint: Option<String>,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let field_name = format!("{name}[]");
    view! {
        <ChoiceFieldset name legend hint error>
            {choices(
                "checkbox",
                name,
                &field_name,
                options,
                |value| checked.iter().any(|c| c == value),
            )}
        </ChoiceFieldset>
    }
}

/// One checkbox (sent as `name=ja` when ticked) with its label and error.
#[component]
pub fn Checkbox(
    name: &'static str,
    label: String,
    #[prop(optional)] checked: bool,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    view! {
        <div class="field" class:field-error=invalid>
            {error
                .map(|e| {
                    view! {
                        <p class="error-message" id=format!("{name}-error")>
                            {e}
                        </p>
                    }
                })}
            <div class="checkbox">
                <input
                    type="checkbox"
                    id=name
                    name=name
                    value="ja"
                    checked=checked
                    aria-invalid=invalid.then_some("true")
                />
                <label for=name>{label}</label>
            </div>
        </div>
    }
}

/// A labelled multi-line text input.
#[component]
pub fn TextArea(
    name: &'static str,
    label: String,
    #[prop(into, default = None)] hint: Option<String>,
    #[prop(optional)] value: String,
    #[prop(default = None)] error: Option<String>,
    #[prop(default = true)] required: bool,
    maxlength: u32,
) -> impl IntoView {
    let invalid = error.is_some();
    let described = described_by(name, hint.is_some(), invalid);
    view! {
        <LabelledField name label=field_label(label, required) hint error>
            <textarea
                id=name
                name=name
                rows="4"
                maxlength=maxlength
                aria-describedby=described
                aria-invalid=invalid.then_some("true")
                required=required
            >
                {value}
            </textarea>
        </LabelledField>
    }
}

/// A labelled select with an empty first choice.
#[component]
pub fn SelectField(
    name: &'static str,
    label: String,
    /// (value, label) of each choice.
    options: Vec<(String, String)>,
    #[prop(optional)] selected: String,
    #[prop(into, default = None)] hint: Option<String>,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    let described = described_by(name, hint.is_some(), invalid);
    let choices = options
        .into_iter()
        .map(|(value, label)| {
            let is_selected = value == selected;
            view! {
                <option value=value selected=is_selected>
                    {label}
                </option>
            }
        })
        .collect_view();
    view! {
        <LabelledField name label hint error>
            <select
                id=name
                name=name
                aria-describedby=described
                aria-invalid=invalid.then_some("true")
            >
                <option value="">{t("select-choose")}</option>
                {choices}
            </select>
        </LabelledField>
    }
}
