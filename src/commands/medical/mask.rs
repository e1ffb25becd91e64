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
            (true, true) => crate::i18n::tr!("mask-masked"),
            (false, true) => crate::i18n::tr!("mask-unmasked"),
            (true, false) => crate::i18n::tr!("mask-masked-from", who = from.join(", ")),
            (false, false) => crate::i18n::tr!("mask-unmasked-from", who = from.join(", ")),
        };
        crate::i18n::tr!(
            "mask-done",
            label = ctx.label(),
            id = &i.id,
            title = i.describe(),
            what = what
        )
    });
    Ok(())
}
