//! One module per area of the portal; each page is a server-rendered component.

pub mod admin;
pub mod auth;
pub mod claim;
pub mod claim_view;
pub mod eligibility;
pub mod errors;
pub mod family;
pub mod feedback;
pub mod home;
pub mod info;
pub mod overview;
pub mod reports;
pub mod school;
pub mod staff;
