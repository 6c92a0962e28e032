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
