//! `carnet backup -o FILE [--recipient R… | --passphrase]`: one encrypted
//! snapshot of the whole vault (docs/format.md, "Backups").

use std::path::PathBuf;

use age::secrecy::SecretString;
use serde_json::json;

use crate::bundle::output::{check_dest, Dest, Target};
use crate::cli::args::BackupArgs;
use crate::commands::context::Ctx;
use crate::crypto::{self, Recipients};
use crate::error::{Error, Result};

pub fn run(ctx: &Ctx, a: &BackupArgs) -> Result<()> {
    let dest = if a.output.as_os_str() == "-" {
        Dest::Stdout
    } else {
        Dest::File(a.output.clone())
    };
    check_dest(&dest, a.force, false)?;
    let explicit = a
        .recipients
        .iter()
        .map(|r| crypto::parse_recipient(r))
        .collect::<Result<Vec<_>>>()?;
    let vault = ctx.unlock()?;
    let (to, encryption, recipients) = if !explicit.is_empty() {
        let shown = explicit.iter().map(|r| r.to_canonical()).collect();
        (Recipients::Keys(explicit), "recipient", shown)
    } else if a.passphrase || a.backup_passphrase_file.is_some() {
        let p = backup_passphrase(ctx, a.backup_passphrase_file.as_ref())?;
        (Recipients::passphrase(p), "passphrase", Vec::new())
    } else {
        let own = vault.backup_recipients()?;
        if own.is_empty() {
            return Err(Error::usage(
                crate::i18n::tr!("m-backup-no-recipient", label = ctx.label()),
                crate::i18n::tr!("m-backup-no-recipient-hint"),
            ));
        }
        let parsed = own
            .iter()
            .map(|r| crypto::parse_recipient(r))
            .collect::<Result<Vec<_>>>()?;
        (Recipients::Keys(parsed), "vault recipients", own)
    };
    let actor = ctx.actor(&vault)?;
    let target = Target::new(dest);
    let details = json!({
        "encryption": encryption,
        "recipients": recipients,
        "output": target.name,
    });
    let enc = target.encryptor(&to, false)?;
    let summary = match vault.backup(&actor, details, enc) {
        Ok((enc, summary)) => target.finish(enc).map(|_| summary),
        Err(e) => Err(e),
    };
    let summary = match summary {
        Ok(s) => s,
        Err(e) => {
            target.cleanup();
            return Err(e);
        }
    };
    let size = target.place(a.force)?;
    for s in &summary.skipped {
        ctx.out.warn(crate::i18n::tr!("m-backup-skipped", name = s));
    }
    let to_stdout = matches!(target.dest, Dest::Stdout);
    let report = json!({
            "output": target.name,
            "vault_id": summary.vault_id,
            "files": summary.files,
            "bytes": summary.bytes,
            "size": size,
            "encryption": encryption,
            "recipients": recipients,
            "journal_head": {"seq": summary.journal_head.seq, "hash": summary.journal_head.hash},
            "skipped": summary.skipped,
    });
    if to_stdout && ctx.out.json {
        // stdout carries the backup: the summary goes to stderr.
        crate::cli::output::stderr_line(&report.to_string());
        return Ok(());
    }
    ctx.out.done(&report, || {
        crate::i18n::tr!(
            "m-backup-done",
            label = ctx.label(),
            output = &target.name,
            files = summary.files,
            bytes = summary.bytes,
            seq = summary.journal_head.seq,
            to = if encryption == "passphrase" {
                crate::i18n::tr!("m-backup-to-passphrase")
            } else {
                crate::i18n::tr!("m-backup-to-recipients", n = recipients.len())
            }
        )
    });
    Ok(())
}

/// Asks for the backup's passphrase twice (or reads it from a file).
fn backup_passphrase(ctx: &Ctx, file: Option<&PathBuf>) -> Result<SecretString> {
    if let Some(f) = file {
        return crypto::read_passphrase_file(f);
    }
    ctx.prompt_new_passphrase(
        &crate::i18n::tr!("m-backup-prompt"),
        crate::i18n::tr!("m-backup-no-prompt"),
        crate::i18n::tr!("m-backup-no-prompt-hint"),
        &crate::i18n::tr!("m-backup-empty-hint"),
    )
}
