//! `carnet medical rm ID [--purge]`: the item ends (`medical.remove`);
//! `medical history` still shows it unless it is purged.

use crate::cli::medical::item_json;
use crate::cli::medical_args::MedicalRmArgs;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, a: &MedicalRmArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let i = vault.remove_medical(&a.id, a.purge, &actor)?;
    ctx.out.done(&item_json(&i), || {
        let done = crate::i18n::tr!(
            "m-rm-done",
            label = ctx.label(),
            kind = i.kind.label(),
            id = &i.id,
            what = i.describe()
        );
        if a.purge {
            crate::i18n::tr!("m-rm-purged", done = done)
        } else {
            done
        }
    });
    Ok(())
}
