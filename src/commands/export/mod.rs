//! `carnet export`: choose the documents with the policy, journal the export
//! (or the refusal), and stream the signed bundle into an age file.
//!
//! The story: check the flags and the output path; unlock; plan the export
//! read-only (`bundle::plan`; a refusal is journaled without asking for a
//! passphrase); settle the encryption (recipient or passphrase prompt,
//! before the vault is locked for writing); then write the bundle to a temp
//! file beside the target and, just before its manifest, inside one vault
//! write, plan again on the locked state and journal `export.create`, so the
//! manifest carries the journal head after that entry. The entry is
//! committed only if the bundle was written; the file is moved into place
//! only if the entry was committed; then the report.

mod report;

use std::path::PathBuf;

use age::secrecy::SecretString;

use crate::bundle::encryption;
use crate::bundle::output::{self, Dest, Target};
use crate::bundle::plan::{self, Audience, Planned, Request};
use crate::cli::args::{EmergencyArg, ExportArgs, ExportFormat};
use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::{Error, Result};

use crate::model::{Actor, EmergencyMode};
use crate::timefmt;
use crate::vault;
use crate::vault::export::ExportEntry;

pub fn run(ctx: &Ctx, a: &ExportArgs) -> Result<()> {
    // 1. Flags and output, before anything is unlocked.
    let html = a.format == ExportFormat::Html;
    let (audience, explicit, dest) = flags(a)?;
    output::check_dest(&dest, a.force, a.armor || html)?;

    // 2. Unlock; resolve --doc; plan read-only.
    let vault = ctx.unlock()?;
    // Emergency bundles always carry the patient summary; a
    // professional's on request. Who reads it decides what is in it.
    let summary = match &audience {
        Audience::Emergency(m) => Some(Actor::Emergency(*m)),
        Audience::Professional(rpps) if a.with_summary => Some(Actor::Professional {
            rpps: rpps.parse().map_err(|e| {
                crate::error::Error::usage(format!("{e}"), crate::i18n::tr!("c-export-rpps-hint"))
            })?,
        }),
        _ => None,
    };
    let summary_shows = match &summary {
        Some(actor) => !vault.medical_profile_for(actor, false)?.items.is_empty(),
        None => false,
    };
    let req = Request {
        summary_shows,
        audience,
        user: ctx.actor(&vault)?,
        user_actor: vault.access().policy_actor(),
        wanted: if a.docs.is_empty() {
            None
        } else {
            Some(vault.resolve_doc_ids(&a.docs)?)
        },
    };
    let plan = match plan::plan(&vault.export_source()?, &req, timefmt::now())? {
        Planned::Refused(r) => return Err(vault.refuse_export(&r)?),
        Planned::Export(p) => p,
    };

    // The minor's own record of this professional wins over a guardian's
    // of the same RPPS: she is told, before choosing, when they differ.
    if let (Audience::Professional(rpps), Some(r)) = (&req.audience, &plan.recipient) {
        let others = vault.other_recipients(rpps)?;
        let who = format!("{} ({rpps})", r.name);
        if let Some(w) =
            crate::cli::pro::other_records_warning(&who, plan.pro_recipient.as_deref(), &others)
        {
            ctx.out.warn(w);
        }
    }

    // 3. Encryption, settled before the vault is locked for writing.
    let want_passphrase = a.passphrase || a.bundle_passphrase_file.is_some();
    // A page opens with a passphrase only: the one given, else a new one.
    let mut generated: Option<SecretString> = None;
    let (to, encryption) = if html && !want_passphrase {
        let p = crate::bundle::passphrase::generate();
        generated = Some(p.clone());
        (crypto::Recipients::passphrase(p), "passphrase")
    } else {
        encryption::choose(explicit, want_passphrase, &plan, |why, flag_file| {
            let file = a.bundle_passphrase_file.as_ref().filter(|_| flag_file);
            bundle_passphrase(ctx, file, why)
        })?
    };

    // 4. Write the documents without holding the lock (other writers keep
    //    working); just before the manifest, plan again under the lock and
    //    commit `export.create` (see `commit`).
    let mut target = Target::new(dest);
    if html {
        target = target.with_page(crate::bundle::html::page());
    }
    // The temp file is named in the vault before it exists, so that if this
    // process is killed, `check` and the next write find and remove it.
    // Dropped at the end of `run`, after it was renamed or removed.
    let _marker = target
        .temp()
        .map(|t| vault.mark_outside_temp(t))
        .transpose()?;
    let entry = ExportEntry {
        bundle: vault::new_id(16),
        encryption,
        armor: a.armor || html,
        output: target.name.clone(),
        summary,
        format: if html { "html" } else { "age" },
    };
    let total: u64 = plan.docs.iter().map(|d| d.size).sum();
    let pb = ctx
        .out
        .progress_bytes(total, &crate::i18n::tr!("c-progress-exporting"));
    let written = vault.write_export(&req, &plan, &to, &entry, &target, |n| pb.inc(n));
    let manifest = match written {
        Ok(m) => {
            pb.finish_and_clear();
            m
        }
        Err(e) => {
            target.cleanup();
            return Err(e);
        }
    };

    // 5. Into place, then the report.
    let size = target.place(a.force)?;
    report::report(
        ctx,
        &manifest,
        &plan,
        &target.dest,
        size,
        report::How {
            encryption,
            armor: a.armor || html,
            format: entry.format,
            passphrase: generated.as_ref(),
        },
    );
    Ok(())
}

/// What to export, the explicit recipients, and where to.
fn flags(a: &ExportArgs) -> Result<(Audience, Vec<crypto::ParsedRecipient>, Dest)> {
    let audience = if let Some(r) = &a.for_rpps {
        Audience::Professional(r.to_string())
    } else if let Some(e) = a.emergency {
        Audience::Emergency(match e {
            EmergencyArg::Samu => EmergencyMode::Samu,
            EmergencyArg::BreakGlass => EmergencyMode::BreakGlass,
        })
    } else {
        Audience::Holder
    };
    let explicit = a
        .recipients
        .iter()
        .map(|r| crypto::parse_recipient(r))
        .collect::<Result<Vec<_>>>()?;
    let want_passphrase = a.passphrase || a.bundle_passphrase_file.is_some();
    let html = a.format == ExportFormat::Html;
    if html && !explicit.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("c-export-html-recipient"),
            crate::i18n::tr!("c-export-html-recipient-hint"),
        ));
    }
    if !matches!(audience, Audience::Professional(_))
        && explicit.is_empty()
        && !want_passphrase
        && !html
    {
        return Err(Error::usage(
            crate::i18n::tr!("c-export-needs-key"),
            crate::i18n::tr!("c-export-needs-key-hint"),
        ));
    }
    let dest = match (&a.output, &audience) {
        (Some(p), _) if p.as_os_str() == "-" => Dest::Stdout,
        (Some(p), _) => Dest::File(p.clone()),
        (None, Audience::Professional(rpps)) => Dest::File(PathBuf::from(format!(
            "carnet-{rpps}-{}.{}",
            timefmt::ymd(timefmt::now().date()),
            if html { "html" } else { "age" }
        ))),
        (None, _) => {
            return Err(Error::usage(
                crate::i18n::tr!("c-export-needs-output"),
                crate::i18n::tr!("c-export-needs-output-hint"),
            ))
        }
    };
    Ok((audience, explicit, dest))
}

/// Asks for the bundle's passphrase twice (or reads it from a file).
fn bundle_passphrase(ctx: &Ctx, file: Option<&PathBuf>, why: &str) -> Result<SecretString> {
    if let Some(f) = file {
        return crypto::read_passphrase_file(f);
    }
    ctx.prompt_new_passphrase(
        &crate::i18n::tr!("c-bundle-passphrase-prompt"),
        crate::i18n::tr!("c-export-no-prompt", why = why),
        crate::i18n::tr!("c-bundle-passphrase-file-hint"),
        &crate::i18n::tr!("c-export-passphrase-empty-hint"),
    )
}
