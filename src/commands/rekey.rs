//! `carnet rekey`: a new vault key, every document re-encrypted, every
//! unlock method re-wrapped; the children this vault guards follow
//! (`vault::profile::rekey`).

use age::secrecy::SecretString;
use serde::Serialize;

use crate::cli::args::RekeyArgs;
use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::{Error, Result};
use crate::vault::{profile::rekey::Passphrase, UnlockMethod, Vault};

/// `--json`; fields in name order (the order of the JSON object it replaced).
#[derive(Serialize)]
struct Rekeyed<'a> {
    documents: usize,
    generation: &'a str,
    passphrase: &'a str,
    sealed_for_minor: usize,
    unlock_methods: usize,
    vault: String,
}

pub fn run(ctx: &Ctx, a: &RekeyArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let plan = vault.rekey_plan(|| current_passphrase(ctx, &vault, a.drop_passphrase))?;
    let passphrase = plan.passphrase;
    let actor = ctx.actor(&vault)?;
    let pb = ctx
        .out
        .progress_bytes(vault.rekey_bytes()?, "re-encrypting");
    let done = vault.rekey(plan, &actor, |n| pb.inc(n));
    pb.finish_and_clear();
    let done = done?;
    for p in &done.problems {
        ctx.out.warn(format!(
            "{p}; `carnet check --repair` finishes the clean-up"
        ));
    }
    // The bundle signing key derives from the vault key (a warning, so it
    // shows under --json too, as a JSON line on stderr).
    ctx.out.warn(
        "bundles are now signed with a new key: give professionals who check your bundles (`bundle verify --signer`) the new fingerprint from `carnet status`",
    );
    let stats = &done.stats;
    if ctx.out.json {
        ctx.out.json_value(&Rekeyed {
            documents: stats.reencrypted,
            generation: &stats.generation,
            passphrase: passphrase.as_str(),
            sealed_for_minor: stats.sealed,
            unlock_methods: stats.unlock_methods,
            vault: done.vault.root().display().to_string(),
        });
        return Ok(());
    }
    ctx.out.info(format!(
        "{}: new vault key; {} document(s) re-encrypted{}, {} unlock method(s) re-wrapped, now in {}",
        ctx.label(),
        stats.reencrypted,
        if stats.sealed > 0 {
            format!(" ({} sealed for the minor, moved unchanged)", stats.sealed)
        } else {
            String::new()
        },
        stats.unlock_methods,
        stats.generation
    ));
    if passphrase == Passphrase::Dropped {
        ctx.out.warn(
            "the passphrase no longer unlocks the vault (--drop-passphrase); set one again with `carnet passwd`",
        );
    }
    Ok(())
}

/// The current passphrase, to re-wrap it under the new key: the one the
/// vault was unlocked with, else `--passphrase-file`, else a prompt; it
/// must open the current passphrase wrapper. `None` with `--drop-passphrase`.
fn current_passphrase(ctx: &Ctx, vault: &Vault, drop: bool) -> Result<Option<SecretString>> {
    if drop {
        return Ok(None);
    }
    if let Some(UnlockMethod::Passphrase(p)) = vault.method() {
        return Ok(Some(p.clone()));
    }
    let p = if let Some(f) = &ctx.g.passphrase_file {
        crypto::read_passphrase_file(f)?
    } else if ctx.can_prompt() {
        ctx.prompter()
            .passphrase(&format!(
                "Current passphrase of {} (kept after the rekey)",
                ctx.label()
            ))
            .map_err(|e| Error::usage(format!("cannot read the passphrase: {e}"), "try again"))?
    } else {
        return Err(Error::usage(
            "the vault has a passphrase, and rekey needs it to re-wrap it under the new key",
            "pass --passphrase-file FILE (the current passphrase), run on a terminal, or pass --drop-passphrase to remove the passphrase (the other unlock methods stay)",
        ));
    };
    if vault.opens_with_passphrase(&p)? {
        Ok(Some(p))
    } else {
        Err(Error::unlock(
            "this is not the vault's passphrase",
            "give the current passphrase (--passphrase-file FILE), or --drop-passphrase",
        ))
    }
}
