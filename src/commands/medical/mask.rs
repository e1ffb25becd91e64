//! `carnet medical mask|unmask ID [--from RPPS]`: from every professional
//! (`MASQUE_PS`) or from some; the policy's `decide_item` applies it.

use crate::cli::medical::item_json;
use crate::cli::medical_args::MedicalMaskArgs;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, a: &MedicalMaskArgs, masking: bool) -> Result<()> {
    let from: Vec<String> = a.from.iter().map(|r| r.to_string()).collect();
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let i = vault.mask_medical(&a.id, &from, masking, &actor)?;
    ctx.out.done(&item_json(&i), || {
        let what = match (masking, from.is_empty()) {
            (true, true) => "masked from professionals".to_string(),
            (false, true) => "unmasked".to_string(),
            (true, false) => format!("masked from {}", from.join(", ")),
            (false, false) => format!("no longer masked from {}", from.join(", ")),
        };
        format!("{}: {} {} ({what})", ctx.label(), i.id, i.describe())
    });
    Ok(())
}
