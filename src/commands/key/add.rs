//! `carnet key add R [--label L]`: let another recipient unlock the vault.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::Result;

#[derive(Serialize)]
struct Added {
    added: bool,
    recipient: String,
}

pub fn run(ctx: &Ctx, recipient: &str, label: Option<&str>) -> Result<()> {
    let r = crypto::parse_recipient(recipient)?;
    if let Some(l) = label {
        crate::text::check_field("--label", l)?;
    }
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    vault.add_unlock_recipient(&r, label, &actor)?;
    let text = r.to_canonical();
    if ctx.out.json {
        ctx.out.json_value(&Added {
            added: true,
            recipient: text,
        });
    } else {
        ctx.out.info(crate::i18n::tr!(
            "c-key-added",
            label = ctx.label(),
            key = &text
        ));
    }
    Ok(())
}
