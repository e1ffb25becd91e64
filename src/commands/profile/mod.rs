//! `carnet profile …`: children's vaults managed by their guardians (the
//! guardian chain itself is `vault::profile`).

mod create;
mod guardian;
mod handover;
mod key;
mod list;

use crate::cli::args::{GuardianCommand, ProfileCommand};
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, c: &ProfileCommand) -> Result<()> {
    match c {
        ProfileCommand::List => list::run(ctx),
        ProfileCommand::Create(a) => create::run(ctx, a),
        ProfileCommand::Guardian(GuardianCommand::Add {
            child,
            recipient,
            display_name,
        }) => guardian::add(ctx, child, recipient, display_name.as_deref()),
        ProfileCommand::Guardian(GuardianCommand::Rm { child, recipient }) => {
            guardian::rm(ctx, child, recipient)
        }
        ProfileCommand::Key(a) => key::run(ctx, &a.child, &a.recipient),
        ProfileCommand::Handover(a) => handover::run(ctx, a),
    }
}
