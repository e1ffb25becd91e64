//! `carnet key add|list|rm`: the vault's unlock methods.

mod add;
mod list;
mod rm;

use crate::cli::args::KeyCommand;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, c: &KeyCommand) -> Result<()> {
    match c {
        KeyCommand::Add { recipient, label } => add::run(ctx, recipient, label.as_deref()),
        KeyCommand::List => list::run(ctx),
        KeyCommand::Rm { recipient } => rm::run(ctx, recipient),
    }
}
