//! Reusable server-rendered building blocks: page layout, form fields, table heads, the
//! role guard.

pub mod form;
pub mod guard;
pub mod layout;
pub mod table;
pub mod title;
