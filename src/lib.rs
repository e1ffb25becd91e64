//! carnet: an encrypted local vault for a person's health documents,
//! modelled on France's Mon espace santé. The library holds everything;
//! `main.rs` only parses arguments and maps errors to exit codes.

pub mod agent;
pub mod bundle;
pub mod cli;
pub mod commands;
pub mod confine;
pub mod crypto;
pub mod error;
pub mod fold;
pub mod fsutil;
pub mod i18n;
pub mod ids;
pub mod inputs;
pub mod journal;
pub mod media;
pub mod medical;
pub mod model;
pub mod policy;
pub mod prompt;
pub mod sidecar;
#[cfg(test)]
mod testutil;
pub mod text;
pub mod timefmt;
pub mod vault;
mod workers;

pub use error::{Error, Result};
