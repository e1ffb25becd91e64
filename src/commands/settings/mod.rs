//! `carnet settings list|set`: the vault's settings.

mod list;
mod set;

use crate::cli::args::SettingsCommand;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, c: &SettingsCommand) -> Result<()> {
    match c {
        SettingsCommand::List => list::run(ctx),
        SettingsCommand::Set { key, value } => set::run(ctx, key, value),
    }
}
