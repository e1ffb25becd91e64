//! `carnet trust accept ID`: the vault now in this folder or profile is
//! the one the user wants (they restored or re-created it), or a child's
//! profile without its guardian's MAC is one they know.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::error::Result;
use crate::vault::profile;

/// `--json`; fields in name order (the order of the JSON object it replaced).
#[derive(Serialize)]
struct Accepted<'a> {
    accepted: bool,
    guardian_mac: bool,
    id: &'a str,
    previous_id: Option<&'a str>,
    vault: String,
}

pub fn run(ctx: &Ctx, id: &str) -> Result<()> {
    let (dir, label) = ctx.vault_dir()?;
    let previous = profile::accepting(&dir, &label, id)?;
    let vault = ctx.unlock_dir_accepting(&dir, Some(id))?;
    let mac = vault.trust().mac_written.is_some();
    let accepted = previous.is_some() || mac;
    if accepted {
        let actor = ctx.actor(&vault)?;
        vault.accept_here(&actor, previous.as_deref(), &label, mac)?;
    }
    if ctx.out.json {
        ctx.out.json_value(&Accepted {
            accepted,
            guardian_mac: mac,
            id,
            previous_id: previous.as_deref(),
            vault: dir.display().to_string(),
        });
        return Ok(());
    }
    ctx.out.info(match &previous {
        _ if !accepted => crate::i18n::tr!(
            "c-trust-already",
            label = label.to_string(),
            id = id.to_string()
        ),
        Some(p) => crate::i18n::tr!(
            "c-trust-accepted-instead",
            label = label.to_string(),
            id = id.to_string(),
            previous = p.to_string()
        ),
        None => crate::i18n::tr!(
            "c-trust-accepted-mac",
            label = label.to_string(),
            id = id.to_string()
        ),
    });
    Ok(())
}
