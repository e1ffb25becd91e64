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
                format!("{} has no recipient unlock method to encrypt the backup to (its only methods are a passphrase or a guardian's vault)", ctx.label()),
                "pass --passphrase (asked twice, or --backup-passphrase-file FILE) or --recipient age1… (your own identity's)",
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
        ctx.out.warn(format!(
            "{s}: left out of the backup (not a file or folder carnet writes)"
        ));
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
    ctx.out.done(
        &report,
        || {
            format!(
                "{}: backup written to {} ({} files, {} bytes, journal up to entry {}); encrypted to {}",
                ctx.label(),
                target.name,
                summary.files,
                summary.bytes,
                summary.journal_head.seq,
                if encryption == "passphrase" {
                    "a passphrase".to_string()
                } else {
                    format!("{} recipient(s)", recipients.len())
                }
            )
        },
    );
    Ok(())
}

/// Asks for the backup's passphrase twice (or reads it from a file).
fn backup_passphrase(ctx: &Ctx, file: Option<&PathBuf>) -> Result<SecretString> {
    if let Some(f) = file {
        return crypto::read_passphrase_file(f);
    }
    ctx.prompt_new_passphrase(
        "Passphrase for the backup",
        "the backup is to be encrypted with a passphrase, and no prompt is possible".into(),
        "pass --backup-passphrase-file FILE (first line is the passphrase) or --recipient R, or run on a terminal without --no-input".into(),
        "choose a passphrase of several words, and keep it apart from the backup",
    )
}
