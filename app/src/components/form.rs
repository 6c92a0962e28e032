//! Form building blocks following the GOV.UK pattern: an error summary at the top that
//! links to each invalid field, and fields that name their error next to the input.

use crate::{context::Flash, i18n::t};
use leptos::prelude::*;

/// The list of all errors of a form, focusable target of the page after a failed submit.
#[component]
pub fn ErrorSummary(flash: Flash) -> impl IntoView {
    (!flash.errors.is_empty()).then(|| {
        let items = flash
            .errors
            .iter()
            .map(|e| {
                let href = format!("#{}", e.field);
                view! {
                    <li>
                        <a href=href>{t(&e.msg_id)}</a>
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

/// A labelled text input with optional hint and its error.
#[component]
pub fn TextField(
    name: &'static str,
    label: String,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] value: String,
    #[prop(default = None)] error: Option<String>,
    /// Optional fields say so in their label.
    #[prop(default = true)]
    required: bool,
    #[prop(optional)] maxlength: Option<u32>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = [
        hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let invalid = error.is_some();
    let label = if required {
        label
    } else {
        format!("{label} {}", t("field-optional-suffix"))
    };
    view! {
        <div class="field" class:field-error=invalid>
            <label for=name>{label}</label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id>
                            {h}
                        </p>
                    }
                })}
            {error
                .map(|e| {
                    view! {
                        <p class="error-message" id=error_id>
                            {e}
                        </p>
                    }
                })}
            <input
                id=name
                name=name
                type=input_type
                value=value
                autocomplete=autocomplete
                maxlength=maxlength
                aria-describedby=(!described_by.is_empty()).then_some(described_by)
                aria-invalid=invalid.then_some("true")
                required=required
            />
        </div>
    }
}

/// A password field (the show/hide toggle is an island) with its label and error.
#[component]
pub fn PasswordField(
    name: &'static str,
    label: String,
    autocomplete: &'static str,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described_by = [
        hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let invalid = error.is_some();
    view! {
        <div class="field" class:field-error=invalid>
            <label for=name>{label}</label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=hint_id>
                            {h}
                        </p>
                    }
                })}
            {error
                .map(|e| {
                    view! {
                        <p class="error-message" id=error_id>
                            {e}
                        </p>
                    }
                })}
            <crate::islands::PasswordInput
                id=name.to_string()
                name=name.to_string()
                autocomplete=autocomplete.to_string()
                show_label=t("password-show")
                hide_label=t("password-hide")
                described_by=described_by
                invalid=invalid
            />
        </div>
    }
}

/// The translated error of `field` in the flash, if any.
pub fn field_error(flash: &Flash, field: &str) -> Option<String> {
    flash.error_for(field).map(t)
}

/// A group of radio buttons in a fieldset whose legend is the question.
#[component]
pub fn RadioGroup(
    name: &'static str,
    legend: String,
    /// (value, label) of each choice.
    options: Vec<(&'static str, String)>,
    #[prop(optional)] selected: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    let error_id = format!("{name}-error");
    let hint_id = format!("{name}-hint");
    let described_by = [
        hint.as_ref().map(|_| hint_id.clone()),
        error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    let choices = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            // The first radio carries the field's id, so error links can focus it.
            let id = if i == 0 {
                name.to_string()
            } else {
                format!("{name}-{value}")
            };
            view! {
                <div class="radio">
                    <input
                        type="radio"
                        id=id.clone()
                        name=name
                        value=value
                        checked=selected == value
                    />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-error=invalid>
            <fieldset aria-describedby=(!described_by.is_empty()).then_some(described_by)>
                <legend>{legend}</legend>
                {hint
                    .map(|h| {
                        view! {
                            <p class="hint" id=hint_id>
                                {h}
                            </p>
                        }
                    })}
                {error
                    .map(|e| {
                        view! {
                            <p class="error-message" id=error_id>
                                {e}
                            </p>
                        }
                    })}
                {choices}
            </fieldset>
        </div>
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
    #[prop(optional)] hint: Option<String>,
    #[prop(default = None)] error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    let described = described_by(name, hint.is_some(), invalid);
    let field_name = format!("{name}[]");
    let choices = options
        .into_iter()
        .enumerate()
        .map(|(i, (value, label))| {
            let id = if i == 0 {
                name.to_string()
            } else {
                format!("{name}-{value}")
            };
            let is_checked = checked.iter().any(|c| c == value);
            view! {
                <div class="checkbox">
                    <input
                        type="checkbox"
                        id=id.clone()
                        name=field_name.clone()
                        value=value
                        checked=is_checked
                    />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-error=invalid>
            <fieldset aria-describedby=described>
                <legend>{legend}</legend>
                {hint
                    .map(|h| {
                        view! {
                            <p class="hint" id=format!("{name}-hint")>
                                {h}
                            </p>
                        }
                    })}
                {error
                    .map(|e| {
                        view! {
                            <p class="error-message" id=format!("{name}-error")>
                                {e}
                            </p>
                        }
                    })}
                {choices}
            </fieldset>
        </div>
    }
}

/// A labelled multi-line text input.
#[component]
pub fn TextArea(
    name: &'static str,
    label: String,
    #[prop(optional)] hint: Option<String>,
    #[prop(optional)] value: String,
    #[prop(default = None)] error: Option<String>,
    #[prop(default = true)] required: bool,
    maxlength: u32,
) -> impl IntoView {
    let invalid = error.is_some();
    let described = described_by(name, hint.is_some(), invalid);
    let label = if required {
        label
    } else {
        format!("{label} {}", t("field-optional-suffix"))
    };
    view! {
        <div class="field" class:field-error=invalid>
            <label for=name>{label}</label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=format!("{name}-hint")>
                            {h}
                        </p>
                    }
                })}
            {error
                .map(|e| {
                    view! {
                        <p class="error-message" id=format!("{name}-error")>
                            {e}
                        </p>
                    }
                })}
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
        </div>
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
    #[prop(optional)] hint: Option<String>,
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
        <div class="field" class:field-error=invalid>
            <label for=name>{label}</label>
            {hint
                .map(|h| {
                    view! {
                        <p class="hint" id=format!("{name}-hint")>
                            {h}
                        </p>
                    }
                })}
            {error
                .map(|e| {
                    view! {
                        <p class="error-message" id=format!("{name}-error")>
                            {e}
                        </p>
                    }
                })}
            <select
                id=name
                name=name
                aria-describedby=described
                aria-invalid=invalid.then_some("true")
            >
                <option value="">{t("select-choose")}</option>
                {choices}
            </select>
        </div>
    }
}
