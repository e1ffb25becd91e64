//! `carnet trust …`: which vault each folder and profile holds, as this
//! machine pinned it (`vault::pins`), and accepting a deliberate change.
//! The model is ssh's `known_hosts`: a vault whose id changed under the
//! same folder or profile is refused (exit 6) until the user accepts it;
//! accepting names the new id, so a second swap in between is not
//! accepted by mistake, and is journaled in the accepted vault.

use serde_json::json;

use crate::cli::args::TrustCommand;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::journal::NewEntry;
use crate::vault::{pins, Sealed};

pub fn run(ctx: &Ctx, c: &TrustCommand) -> Result<()> {
    match c {
        TrustCommand::List => list(ctx),
        TrustCommand::Accept { id } => accept(ctx, id.trim()),
    }
}

fn list(ctx: &Ctx) -> Result<()> {
    let all = pins::list();
    if ctx.out.json {
        ctx.out.json_value(&all);
        return Ok(());
    }
    if all.is_empty() {
        ctx.out
            .info("no vault pinned on this machine yet (a vault is pinned when it is created or first unlocked)");
        return Ok(());
    }
    ctx.out.table(
        &["PATH", "VAULT ID", "PINNED"],
        all.iter()
            .map(|p| {
                vec![
                    p.path.display().to_string(),
                    p.vault_id.clone(),
                    p.pinned_at.clone(),
                ]
            })
            .collect(),
    );
    Ok(())
}

fn accept(ctx: &Ctx, id: &str) -> Result<()> {
    let (dir, label) = ctx.vault_dir()?;
    let sealed = Sealed::open(&dir)?;
    if sealed.config.id != id {
        return Err(Error::usage(
            format!("{label} holds vault {}, not {id}", sealed.config.id),
            "give the id the refusal named (it is also in the folder's vault.json); `carnet trust list` shows the pinned ones",
        ));
    }
    let previous = match pins::check(&dir, id) {
        pins::Check::Changed(p) => Some(p.vault_id),
        pins::Check::Same | pins::Check::Unpinned => None,
    };
    drop(sealed);
    let vault = ctx.unlock_dir_accepting(&dir, Some(id))?;
    let mac = vault.trust().mac_written.is_some();
    if previous.is_none() && !mac {
        if ctx.out.json {
            ctx.out.json_value(&json!({
                "vault": dir.display().to_string(),
                "id": id,
                "accepted": false,
                "previous_id": null,
                "guardian_mac": false,
            }));
        } else {
            ctx.out.info(format!(
                "{label}: vault {id} is already the one this machine knows there; nothing to accept"
            ));
        }
        return Ok(());
    }
    let actor = ctx.actor(&vault)?;
    vault.write(|tx| {
        tx.journal(NewEntry::new(
            &actor,
            "vault.accept",
            Some(id),
            json!({ "previous_id": previous, "location": label, "guardian_mac": mac }),
        ))?;
        Ok(())
    })?;
    // After the journal entry: a crash in between asks for the accept again.
    pins::pin(&dir, id)?;
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "vault": dir.display().to_string(),
            "id": id,
            "accepted": true,
            "previous_id": previous,
            "guardian_mac": mac,
        }));
    } else {
        match &previous {
            Some(p) => ctx.out.info(format!(
                "{label}: accepted vault {id} in place of vault {p} (journaled as vault.accept)"
            )),
            None => ctx.out.info(format!(
                "{label}: accepted vault {id}, and its guardian's MAC is written (journaled as vault.accept)"
            )),
        }
    }
    Ok(())
}
