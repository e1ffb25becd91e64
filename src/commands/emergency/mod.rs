//! `carnet emergency status|set`: the holder's three emergency consents
//! (domain.md §2.3; the rules are in `vault::emergency` and the policy);
//! `carnet emergency kit`: what a professional needs, on a card and a key.

mod kit;
mod set;
mod status;

use crate::cli::args::EmergencyCommand;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, c: &EmergencyCommand) -> Result<()> {
    match c {
        EmergencyCommand::Status => status::run(ctx),
        EmergencyCommand::Set(a) => set::run(ctx, a),
        EmergencyCommand::Kit(a) => kit::run(ctx, a),
    }
}
