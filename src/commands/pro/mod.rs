//! `carnet pro add|list|show|edit|rm|primary|block|unblock`: the
//! professionals known to the vault, one per RPPS. The rules (what removal
//! revokes, what a block keeps, the signing-key pin) live in
//! `vault::pros`; these files parse, ask the vault, and render.

mod add;
mod block;
mod edit;
mod list;
mod primary;
mod rm;
mod shared;
mod show;

use crate::cli::args::ProCommand;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, c: &ProCommand) -> Result<()> {
    match c {
        ProCommand::Add(a) => add::run(ctx, a),
        ProCommand::List => list::run(ctx),
        ProCommand::Show(a) => show::run(ctx, a),
        ProCommand::Edit(a) => edit::run(ctx, a),
        ProCommand::Rm(a) => rm::run(ctx, a),
        ProCommand::Primary(a) => primary::run(ctx, a),
        ProCommand::Block(a) => block::run(ctx, a, true),
        ProCommand::Unblock(a) => block::run(ctx, a, false),
    }
}
