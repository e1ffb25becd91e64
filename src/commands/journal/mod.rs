//! `carnet journal [verify|head]`: the vault's journal.

mod head;
mod list;
mod verify;

use crate::cli::args::{JournalArgs, JournalCommand};
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, a: &JournalArgs) -> Result<()> {
    match a.command {
        Some(JournalCommand::Verify) => verify::run(ctx),
        Some(JournalCommand::Head) => head::run(ctx),
        None => list::run(ctx, a),
    }
}
