//! Reusable server-rendered building blocks: page layout, form fields, the role guard.

pub mod form;
pub mod guard;
pub mod layout;
pub mod title;
