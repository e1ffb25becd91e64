//! The CLI layer: argument definitions, output rendering, and the
//! completions and man pages generated from the definitions.
pub mod agent_args;
pub mod args;
pub mod bundle;
pub mod docs;
pub mod document;
pub mod grant;
pub mod help_fr;
pub mod inbox_args;
pub mod json;
pub mod medical;
pub mod medical_args;
pub mod output;
pub mod pager;
pub mod pro;
pub mod prompt;
pub mod show;
pub mod status;
pub mod unlock;

pub use args::Cli;
pub use output::Output;
