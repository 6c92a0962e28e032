//! The head of the portal's tables: one heading per column, numbers right-aligned.

use leptos::either::EitherOf3;
use leptos::prelude::*;

/// The heading of a table column.
pub enum Column {
    /// A column of text.
    Text(String),
    /// A column of numbers (right-aligned).
    Num(String),
    /// A column whose heading only screen readers announce (checkboxes, buttons).
    Hidden(String),
}

/// `<thead>` with one heading per column.
pub fn table_head<const N: usize>(columns: [Column; N]) -> impl IntoView {
    let cells = columns.map(|column| match column {
        Column::Text(label) => EitherOf3::A(view! { <th scope="col">{label}</th> }),
        Column::Num(label) => EitherOf3::B(view! {
            <th scope="col" class="num">
                {label}
            </th>
        }),
        Column::Hidden(label) => EitherOf3::C(view! {
            <th scope="col">
                <span class="visually-hidden">{label}</span>
            </th>
        }),
    });
    view! {
        <thead>
            <tr>{cells}</tr>
        </thead>
    }
}

/// The links to the pages before and after `page` (counted from 0) of `pages`, each to
/// `href(page)`: for the paged lists (the queue, the accounts).
pub fn pager_links(page: i64, pages: i64, href: &dyn Fn(i64) -> String) -> impl IntoView + use<> {
    let prev = (page > 0).then(|| {
        view! {
            <a href=href(page - 1) rel="prev">
                {crate::i18n::t("queue-prev")}
            </a>
        }
    });
    let next = (page + 1 < pages).then(|| {
        view! {
            <a href=href(page + 1) rel="next">
                {crate::i18n::t("queue-next")}
            </a>
        }
    });
    view! { <p class="pager">{prev} " " {next}</p> }
}
