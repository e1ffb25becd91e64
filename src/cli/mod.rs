//! The CLI layer: argument definitions and output rendering.
pub mod args;
pub mod output;

pub use args::Cli;
pub use output::Output;
