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
    let pb = ctx.out.progress_bytes(
        vault.rekey_bytes()?,
        &crate::i18n::tr!("c-progress-reencrypting"),
    );
    let done = vault.rekey(plan, &actor, |n| pb.inc(n));
    pb.finish_and_clear();
    let done = done?;
    for p in &done.problems {
        ctx.out
            .warn(crate::i18n::tr!("c-rekey-problem", problem = p.to_string()));
    }
    // The bundle signing key derives from the vault key (a warning, so it
    // shows under --json too, as a JSON line on stderr).
    ctx.out.warn(crate::i18n::tr!("c-rekey-new-signing-key"));
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
    ctx.out.info(crate::i18n::tr!(
        "c-rekey-done",
        label = ctx.label(),
        n = stats.reencrypted,
        sealed = if stats.sealed > 0 {
            crate::i18n::tr!("c-rekey-sealed", n = stats.sealed)
        } else {
            String::new()
        },
        methods = stats.unlock_methods,
        generation = stats.generation.to_string()
    ));
    if passphrase == Passphrase::Dropped {
        ctx.out.warn(crate::i18n::tr!("c-rekey-passphrase-dropped"));
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
            .passphrase(&crate::i18n::tr!(
                "c-rekey-current-passphrase",
                label = ctx.label()
            ))
            .map_err(|e| {
                Error::usage(
                    crate::i18n::tr!("err-read-passphrase", detail = e.to_string()),
                    crate::i18n::tr!("err-try-again"),
                )
            })?
    } else {
        return Err(Error::usage(
            crate::i18n::tr!("c-rekey-needs-passphrase"),
            crate::i18n::tr!("c-rekey-needs-passphrase-hint"),
        ));
    };
    if vault.opens_with_passphrase(&p)? {
        Ok(Some(p))
    } else {
        Err(Error::unlock(
            crate::i18n::tr!("c-rekey-wrong-passphrase"),
            crate::i18n::tr!("c-rekey-wrong-passphrase-hint"),
        ))
    }
}
