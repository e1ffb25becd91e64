//! `carnet restore FILE [--vault DIR | --profile NAME] [--force]`: a
//! backup brought back as a working vault (see `vault::backup`).

use crate::error::doing;
use std::sync::Arc;

use age::secrecy::SecretString;
use serde_json::json;

use crate::cli::args::RestoreArgs;
use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::{Error, Result};
use crate::vault::{backup, profile, UnlockMethod};

pub fn run(ctx: &Ctx, a: &RestoreArgs) -> Result<()> {
    let (dir, _) = ctx.vault_dir()?;
    let by_passphrase = is_passphrase_backup(&a.file)?;
    let method = Arc::new(ctx.unlock_method()?);
    let passphrase: Option<SecretString> = match (&a.backup_passphrase_file, by_passphrase) {
        (_, false) => None,
        (Some(f), true) => Some(crypto::read_passphrase_file(f)?),
        (None, true) => Some(match method.as_ref() {
            UnlockMethod::Passphrase(p) => p.clone(),
            UnlockMethod::Identities { .. } => ask_backup_passphrase(ctx)?,
        }),
    };
    let scrypt = passphrase.map(crypto::passphrase_identity);
    let identities: Vec<&dyn age::Identity> = match (&scrypt, method.as_ref()) {
        (Some(s), _) => vec![s as &dyn age::Identity],
        (None, UnlockMethod::Identities { identities, .. }) => identities
            .iter()
            .map(|i| i.as_ref() as &dyn age::Identity)
            .collect(),
        (None, UnlockMethod::Passphrase(_)) => {
            return Err(Error::unlock(
                crate::i18n::tr!("m-restore-to-recipients"),
                crate::i18n::tr!("m-restore-to-recipients-hint"),
            ))
        }
    };
    if ctx.g.vault.is_none() {
        profile::make_profiles_dir()?;
    }
    let r = backup::restore(backup::RestoreRequest {
        file: &a.file,
        identities: &identities,
        passphrase: scrypt.is_some(),
        method: Arc::clone(&method),
        prefer: ctx.identity_recipients(),
        target: dir.clone(),
        force: a.force,
    })?;
    for w in &r.warnings {
        ctx.out.warn(w);
    }
    ctx.out.done(
        &json!({
            "vault": dir.display().to_string(),
            "vault_id": r.vault_id,
            "backup_created_at": r.created_at,
            "documents": r.documents,
            "journal_entries": r.journal_entries,
            "device": r.device,
            "replaced": r.replaced,
        }),
        || {
            let done = crate::i18n::tr!(
                "m-restore-done",
                label = ctx.label(),
                at = crate::timefmt::local_str(&r.created_at),
                id = &r.vault_id,
                docs = r.documents,
                seq = r.journal_entries,
                device = &r.device
            );
            match &r.replaced {
                Some(id) => crate::i18n::tr!("m-restore-replaced", done = done, id = id),
                None => done,
            }
        },
    );
    Ok(())
}

fn is_passphrase_backup(file: &std::path::Path) -> Result<bool> {
    let f = std::fs::File::open(file).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::not_found(
                crate::i18n::tr!("m-restore-no-file", path = file.display().to_string()),
                crate::i18n::tr!("m-restore-give-backup-hint"),
            )
        } else {
            Error::io(doing::opening(file), e)
        }
    })?;
    crypto::is_passphrase_encrypted(f).map_err(|e| {
        Error::integrity(
            crate::i18n::tr!(
                "m-restore-not-age",
                path = file.display().to_string(),
                error = crate::i18n::explain::age_error(&e)
            ),
            crate::i18n::tr!("m-restore-not-age-hint"),
        )
    })
}

fn ask_backup_passphrase(ctx: &Ctx) -> Result<SecretString> {
    if !ctx.can_prompt() {
        return Err(Error::unlock(
            crate::i18n::tr!("m-restore-no-prompt"),
            crate::i18n::tr!("m-restore-no-prompt-hint"),
        ));
    }
    ctx.prompter()
        .passphrase(&crate::i18n::tr!("m-restore-prompt"))
        .map_err(|e| {
            Error::unlock(
                crate::i18n::tr!("err-read-passphrase", detail = e.to_string()),
                crate::i18n::tr!("err-try-again"),
            )
        })
}
