//! Integration tests: the real server on a random port, a fresh database per test.

mod accounts;
mod apply;
mod calendar;
mod claims;
mod concurrency;
mod decisions;
mod documents;
mod eligibility;
mod hearings;
mod household;
mod i18n;
mod intake;
mod lernfoerderung;
mod limits;
mod mail;
mod objections;
mod operations;
mod payment;
mod reports;
mod resilience;
mod schools;
mod security;
mod site_operator;
