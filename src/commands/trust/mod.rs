//! `carnet trust …`: which vault each folder and profile holds, as this
//! machine pinned it (`vault::pins`), and accepting a deliberate change.
//! The model is ssh's `known_hosts`: a vault whose id changed under the
//! same folder or profile is refused (exit 6) until the user accepts it;
//! accepting names the new id, so a second swap in between is not
//! accepted by mistake, and is journaled in the accepted vault.

mod accept;
mod list;

use crate::cli::args::TrustCommand;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, c: &TrustCommand) -> Result<()> {
    match c {
        TrustCommand::List => list::run(ctx),
        TrustCommand::Accept { id } => accept::run(ctx, id.trim()),
    }
}
