//! `carnet emergency kit -o DIR`: what a professional needs when the
//! holder cannot speak, in one directory to keep on a USB key or a phone:
//! the emergency bundle as a self-opening web page (`export --format html`,
//! with its International Patient Summary), the printable summary (`medical
//! summary`), a wallet card, and a LISEZMOI.txt.
//!
//! The story: check DIR (new, empty, or with `--force` a previous kit);
//! unlock; note what the kit covers (`vault::kit`); plan the bundle as an
//! emergency export (a refusal is journaled, exit 5); build everything in a
//! temp directory beside DIR, named in the vault first (`vault::outside`)
//! so a killed run's leftovers, health data in clear among them, are
//! removed by `check --repair` or the next write; rename it into place in
//! one step (an exchange when it replaces a kit); then record the kit
//! (`emergency.kit`) and report. The passphrase is generated (or read from
//! a file), shown once, printed on the card only with `--print-passphrase`,
//! and stored nowhere.

use crate::error::doing;
use std::fs;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use age::secrecy::{ExposeSecret, SecretString};
use serde_json::json;

use crate::bundle::manifest::Manifest;
use crate::bundle::output::{Dest, Target};
use crate::bundle::plan::{self, Audience, Planned, Request};
use crate::cli::args::{EmergencyArg, EmergencyKitArgs};

use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::medical::card;
use crate::medical::summary::{self, Who};
use crate::model::{Actor, EmergencyMode};
use crate::timefmt;
use crate::vault;
use crate::vault::export::ExportEntry;

mod content;
mod dir;
mod files;

use content::{card_of, readme};
use dir::{check_dir, place, write_file};
use files::{CARD, FILES, PAGE, README, SUMMARY};

pub fn run(ctx: &Ctx, a: &EmergencyKitArgs) -> Result<()> {
    // 1. DIR, before anything is unlocked.
    let dir =
        std::path::absolute(&a.output).map_err(|e| Error::io(doing::resolving(&a.output), e))?;
    let existing = check_dir(&a.output, &dir, a.force)?;
    let passphrase = match &a.bundle_passphrase_file {
        Some(f) => crypto::read_passphrase_file(f)?,
        None => crate::bundle::passphrase::generate(),
    };
    let generated = a.bundle_passphrase_file.is_none();
    let mode = match a.mode {
        EmergencyArg::Samu => EmergencyMode::Samu,
        EmergencyArg::BreakGlass => EmergencyMode::BreakGlass,
    };

    // 2. Unlock; what the kit covers, taken first; plan the bundle.
    let vault = ctx.unlock()?;
    let covered = vault.kit_state()?;
    let reader = Actor::Emergency(mode);
    let req = Request {
        summary_shows: !vault.medical_profile_for(&reader, false)?.items.is_empty(),
        audience: Audience::Emergency(mode),
        user: ctx.actor(&vault)?,
        user_actor: vault.access().policy_actor(),
        wanted: None,
    };
    let plan = match plan::plan(&vault.export_source()?, &req, timefmt::now())? {
        Planned::Refused(r) => return Err(vault.refuse_export(&r)?),
        Planned::Export(p) => p,
    };
    let profile = vault.medical_profile(false)?;
    let holder = vault.holder_record()?;
    let name = crate::text::clean(holder.name.as_deref().unwrap_or_default(), 200);
    let today = timefmt::ymd(timefmt::now().date());

    // 3. Everything in a temp directory beside DIR, named in the vault
    //    before it exists; dropped at the end, after the rename.
    let tmp = fsutil::temp_beside(&dir);
    let _marker = vault.mark_outside_temp(&tmp)?;
    fs::DirBuilder::new()
        .mode(0o700)
        .create(&tmp)
        .ctx(|| doing::creating(&tmp))?;
    let built = (|| -> Result<Manifest> {
        let who = Who {
            name: &name,
            birth_date: holder.birth_date.as_deref(),
            today: &today,
        };
        let (pdf, _) = summary::pdf(&who, &profile.items);
        write_file(&tmp.join(SUMMARY), &pdf)?;

        let entry = ExportEntry {
            bundle: vault::new_id(16),
            encryption: "passphrase",
            armor: true,
            output: dir.join(PAGE).display().to_string(),
            summary: Some(reader),
            format: "html",
        };
        let target = Target::new(Dest::File(tmp.join(PAGE))).with_page(crate::bundle::html::page());
        let pb = ctx.out.progress_bytes(
            plan.docs.iter().map(|d| d.size).sum(),
            &crate::i18n::tr!("m-kit-progress"),
        );
        let to = crypto::Recipients::passphrase(passphrase.clone());
        let manifest = vault
            .write_export(&req, &plan, &to, &entry, &target, |n| pb.inc(n))
            .inspect_err(|_| target.cleanup())?;
        pb.finish_and_clear();
        target.place(false)?;

        let c = card_of(
            &name,
            holder.birth_date.as_deref(),
            &profile.items,
            &today,
            &manifest,
            a.print_passphrase.then_some(&passphrase),
        );
        write_file(&tmp.join(CARD), &card::render(&c)?)?;
        write_file(
            &tmp.join(README),
            readme(&name, &today, &manifest, mode).as_bytes(),
        )?;
        fsutil::sync_dir(&tmp)?;
        Ok(manifest)
    })();
    let manifest = match built.and_then(|m| place(&tmp, &dir, existing).map(|()| m)) {
        Ok(m) => m,
        Err(e) => {
            let _ = fs::remove_dir_all(&tmp);
            return Err(e);
        }
    };

    // 4. Recorded once in place; then the report.
    let details = json!({
        "bundle": manifest.id,
        "mode": mode.as_str(),
        "output": dir.display().to_string(),
        "passphrase_on_card": a.print_passphrase,
        "documents": manifest.documents.len(),
    });
    let record = vault.record_kit(
        &ctx.actor(&vault)?,
        &manifest.id,
        mode.as_str(),
        covered,
        details,
    )?;
    report(ctx, a, &dir, &manifest, &record, &passphrase, generated);
    Ok(())
}

fn report(
    ctx: &Ctx,
    a: &EmergencyKitArgs,
    dir: &Path,
    m: &Manifest,
    record: &crate::vault::kit::KitRecord,
    passphrase: &SecretString,
    generated: bool,
) {
    let files: Vec<PathBuf> = FILES.iter().map(|f| dir.join(f)).collect();
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "kit": dir,
            "files": files,
            "bundle": m.id,
            "mode": record.mode,
            "documents": m.documents.len(),
            "patient_summary": true,
            "signer": m.signer.fingerprint,
            "made_at": record.made_at,
            "passphrase_on_card": a.print_passphrase,
            "passphrase": generated.then(|| passphrase.expose_secret().to_string()),
        }));
        return;
    }
    ctx.out.info(crate::i18n::tr!(
        "m-kit-written",
        label = ctx.label(),
        path = dir.display().to_string(),
        n = m.documents.len(),
        files = FILES.join(", ")
    ));
    ctx.out.info(crate::i18n::tr!(
        "m-kit-bundle",
        id = &m.id,
        signer = &m.signer.fingerprint
    ));
    ctx.out.info(crate::i18n::tr!(
        "m-kit-print",
        card = CARD,
        summary = SUMMARY
    ));
    if generated {
        // Printed once, whatever --quiet says: nothing else keeps it.
        crate::cli::output::stderr_line(&crate::i18n::tr!(
            "m-kit-passphrase",
            words = crate::bundle::passphrase::WORDS,
            bits = crate::bundle::passphrase::BITS,
            how = if a.print_passphrase {
                crate::i18n::tr!("m-kit-passphrase-on-card")
            } else {
                crate::i18n::tr!("m-kit-passphrase-tell")
            },
            passphrase = passphrase.expose_secret()
        ));
    }
}
