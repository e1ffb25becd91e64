//! `carnet key rm R`: an unlock method no longer unlocks.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::error::Result;

#[derive(Serialize)]
struct Removed {
    recipient: Option<String>,
    rekey_recommended: bool,
    removed: bool,
}

pub fn run(ctx: &Ctx, recipient: &str) -> Result<()> {
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let removed = vault.remove_unlock_recipient(recipient, &actor)?;
    if ctx.out.json {
        ctx.out.json_value(&Removed {
            recipient: removed.recipient,
            rekey_recommended: true,
            removed: true,
        });
    } else {
        ctx.out.info(crate::i18n::tr!(
            "c-key-removed",
            label = ctx.label(),
            key = removed.recipient.unwrap_or_default()
        ));
        ctx.out.warn(crate::i18n::tr!("c-key-rekey-advice"));
    }
    Ok(())
}
