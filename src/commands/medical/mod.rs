//! `carnet medical …`: the medical profile (domain.md §11). Storage and
//! journaling are in `vault::medical`; who sees an item is the policy's
//! `decide_item`.

mod add;
mod edit;
mod history;
mod mask;
mod rm;
mod set;
mod show;
mod summary;

use crate::cli::args::MedicalCommand;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, c: &MedicalCommand) -> Result<()> {
    match c {
        MedicalCommand::Show => show::run(ctx),
        MedicalCommand::Add(a) => add::run(ctx, a),
        MedicalCommand::Edit(a) => edit::run(ctx, a),
        MedicalCommand::Rm(a) => rm::run(ctx, a),
        MedicalCommand::Mask(a) => mask::run(ctx, a, true),
        MedicalCommand::Unmask(a) => mask::run(ctx, a, false),
        MedicalCommand::History(a) => history::run(ctx, a),
        MedicalCommand::Set(a) => set::run(ctx, a),
        MedicalCommand::Summary(a) => summary::run(ctx, a),
    }
}
