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

mod output;
mod report;

use std::io::Read;
use std::path::PathBuf;

use age::secrecy::SecretString;

use crate::bundle::manifest::{Holder, JournalHead, Manifest};
use crate::bundle::plan::{self, Audience, Plan, Planned, Refusal, Request};
use crate::bundle::write::{self as bwrite, clean_text, doc_entry, Draft, Source};
use crate::cli::args::{EmergencyArg, ExportArgs};
use crate::commands::context::Ctx;
use crate::commands::pro;
use crate::crypto::{self, Recipients};
use crate::error::{Error, Result};
use crate::ids;
use crate::journal::{Action, NewEntry};
use crate::model::EmergencyMode;
use crate::timefmt;
use crate::vault::bundles::HolderRecord;
use crate::vault::{self, Vault};
use output::{Dest, Target};

pub fn run(ctx: &Ctx, a: &ExportArgs) -> Result<()> {
    // 1. Flags and output, before anything is unlocked.
    let (audience, explicit, dest) = flags(a)?;
    output::check_dest(&dest, a.force, a.armor)?;

    // 2. Unlock; resolve --doc; plan read-only.
    let vault = ctx.unlock()?;
    let req = Request {
        audience,
        user: ctx.actor(&vault)?,
        user_actor: ctx.policy_actor(&vault)?,
        wanted: if a.docs.is_empty() {
            None
        } else {
            Some(vault.resolve_doc_ids(&a.docs)?)
        },
    };
    let plan = match plan::plan(&vault.export_source()?, &req, timefmt::now())? {
        Planned::Refused(r) => return Err(journal_refusal(&vault, &r)?),
        Planned::Export(p) => p,
    };

    // The minor's own record of this professional wins over a guardian's
    // of the same RPPS: she is told, before choosing, when they differ.
    if let (Audience::Professional(rpps), Some(r)) = (&req.audience, &plan.recipient) {
        let others = vault.other_recipients(rpps)?;
        let who = format!("{} ({rpps})", r.name);
        if let Some(w) = pro::other_records_warning(&who, plan.pro_recipient.as_deref(), &others) {
            ctx.out.warn(w);
        }
    }

    // 3. Encryption, settled before the vault is locked for writing.
    let (to, encryption) = encryption(ctx, a, explicit, &plan)?;

    // 4. Write the documents without holding the lock (other writers keep
    //    working); just before the manifest, plan again under the lock and
    //    commit `export.create` (see `commit`).
    let target = Target::new(dest);
    // The temp file is named in the vault before it exists, so that if this
    // process is killed, `check` and the next write find and remove it.
    // Dropped at the end of `run`, after it was renamed or removed.
    let _marker = target
        .temp()
        .map(|t| vault.mark_outside_temp(t))
        .transpose()?;
    let entry = Entry {
        bundle: vault::new_id(16),
        encryption,
        armor: a.armor,
        output: target.name.clone(),
    };
    let manifest = match write(ctx, &vault, &req, &plan, &to, &entry, &target) {
        Ok(m) => m,
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
        encryption,
        a.armor,
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
    if !matches!(audience, Audience::Professional(_)) && explicit.is_empty() && !want_passphrase {
        return Err(Error::usage(
            "this export needs --recipient R or --passphrase",
            "e.g. --recipient age1… (the key of whoever will open it), or --passphrase to choose one",
        ));
    }
    let dest = match (&a.output, &audience) {
        (Some(p), _) if p.as_os_str() == "-" => Dest::Stdout,
        (Some(p), _) => Dest::File(p.clone()),
        (None, Audience::Professional(rpps)) => Dest::File(PathBuf::from(format!(
            "carnet-{rpps}-{}.age",
            timefmt::ymd(timefmt::now().date())
        ))),
        (None, _) => {
            return Err(Error::usage(
                "this export needs -o FILE",
                "e.g. -o urgence.age (or -o - for stdout)",
            ))
        }
    };
    Ok((audience, explicit, dest))
}

fn journal_refusal(vault: &Vault, r: &Refusal) -> Result<Error> {
    vault.write(|tx| {
        tx.journal(
            // A minor's exports, refused or made, are theirs (vault::private).
            NewEntry::new(&r.actor, Action::ExportRefused, None, r.journal_details())
                .mode(r.mode)
                .private(true),
        )?;
        Ok(())
    })?;
    Ok(Error::policy(r.message.clone(), r.hint.clone()))
}

/// The bundle's encryption and how the journal names it: the explicit
/// recipients, else a passphrase asked for, else the professional's
/// recorded recipient, else a passphrase after all.
fn encryption(
    ctx: &Ctx,
    a: &ExportArgs,
    explicit: Vec<crypto::ParsedRecipient>,
    plan: &Plan,
) -> Result<(Recipients, &'static str)> {
    Ok(if !explicit.is_empty() {
        (Recipients::Keys(explicit), "recipient")
    } else if a.passphrase || a.bundle_passphrase_file.is_some() {
        (
            Recipients::passphrase(bundle_passphrase(
                ctx,
                a.bundle_passphrase_file.as_ref(),
                "the bundle is to be encrypted with a passphrase",
            )?),
            "passphrase",
        )
    } else if let Some(r) = plan.pro_recipient.as_deref() {
        (
            Recipients::one(crypto::parse_recipient(r)?),
            "professional's recipient",
        )
    } else {
        let name = plan
            .recipient
            .as_ref()
            .map(|r| r.name.clone())
            .unwrap_or_default();
        (
            Recipients::passphrase(bundle_passphrase(
                ctx,
                None,
                &format!("{name} has no recorded recipient, so the bundle needs a passphrase"),
            )?),
            "passphrase",
        )
    })
}

/// Asks for the bundle's passphrase twice (or reads it from a file).
fn bundle_passphrase(ctx: &Ctx, file: Option<&PathBuf>, why: &str) -> Result<SecretString> {
    if let Some(f) = file {
        return crypto::read_passphrase_file(f);
    }
    ctx.prompt_new_passphrase(
        "Passphrase for the bundle",
        format!("{why}, and no prompt is possible"),
        "pass --bundle-passphrase-file FILE (first line is the passphrase) or --recipient R, or run on a terminal without --no-input".into(),
        "choose a passphrase of several words, and give it to the recipient another way (phone, in person)",
    )
}

/// What the `export.create` entry says besides the plan.
struct Entry {
    bundle: String,
    encryption: &'static str,
    armor: bool,
    output: String,
}

/// The manifest's holder: the recorded identity, cleaned and checked.
fn holder(r: HolderRecord) -> Holder {
    Holder {
        name: clean_text(&r.name.unwrap_or_default(), 200),
        birth_date: r.birth_date.filter(|b| timefmt::parse_ymd(b).is_some()),
        ins: r.ins.and_then(|i| ids::parse_nir(&i).ok()),
    }
}

/// Streams the bundle to the target's temp file (or stdout), encrypted,
/// committing `export.create` just before its manifest.
fn write(
    ctx: &Ctx,
    vault: &Vault,
    req: &Request,
    plan: &Plan,
    to: &Recipients,
    entry: &Entry,
    target: &Target,
) -> Result<Manifest> {
    let created = timefmt::now();
    let draft = Draft {
        id: entry.bundle.clone(),
        created,
        expires: plan.expires,
        purpose: plan.purpose.clone(),
        recipient: plan.recipient.clone(),
        holder: holder(vault.holder_record()?),
    };
    let names = vault.professional_names(plan.docs.iter().filter_map(|d| d.author.as_deref()))?;
    let sources: Vec<Source> = plan
        .docs
        .iter()
        .map(|d| Source {
            entry: doc_entry(d, created, plan.holder_fields),
            added_at: Some(timefmt::rfc3339(d.added_at)),
            // The vault's readers fail at the end unless the content
            // matches (the keyed hash, or the sealed SHA-256).
            self_verifying: true,
        })
        .collect();
    let total: u64 = plan.docs.iter().map(|d| d.size).sum();
    let pb = ctx.out.progress_bytes(total, "exporting");
    let reader = vault.content_reader();
    let (docs, sealed) = (&plan.docs, &plan.sealed);
    // Runs on the reading thread: only `Sync` parts of the vault go there.
    let open = move |i: usize| -> Result<Box<dyn Read + Send>> {
        let d = &docs[i];
        reader.open(d, sealed.contains(&d.id))?.ok_or_else(|| {
            Error::unlock(
                format!(
                    "document {} is sealed for the minor and this key does not open it",
                    d.id
                ),
                "export it with the minor's own identity (--identity)",
            )
        })
    };
    let planned: Vec<&str> = plan.docs.iter().map(|d| d.id.as_str()).collect();
    let mut enc = target.encryptor(to, entry.armor)?;
    let manifest = bwrite::write(
        &mut enc,
        &draft,
        &sources,
        open,
        &vault.key().signing_key(),
        &names,
        |n| pb.inc(n),
        || commit(vault, req, &planned, entry),
    )?;
    target.finish(enc)?;
    pb.finish_and_clear();
    Ok(manifest)
}

/// Plans again under the write lock and journals `export.create` (or the
/// refusal); returns the journal head after that entry, for the manifest.
/// If the selection changed since the bundle's documents were planned,
/// nothing is committed and the export is dropped (exit 7, run it again).
fn commit(vault: &Vault, req: &Request, planned: &[&str], entry: &Entry) -> Result<JournalHead> {
    let outcome = vault.write(|tx| -> Result<std::result::Result<JournalHead, Refusal>> {
        let q = match plan::plan(&vault.export_source_in(tx)?, req, tx.now)? {
            Planned::Refused(r) => {
                tx.journal(
                    NewEntry::new(&r.actor, Action::ExportRefused, None, r.journal_details())
                        .mode(r.mode)
                        .private(true),
                )?;
                return Ok(Err(r));
            }
            Planned::Export(q) => q,
        };
        if !q.docs.iter().map(|d| d.id.as_str()).eq(planned.iter().copied()) {
            return Err(Error::Changed {
                message: "the vault changed while the bundle was being written (a document or an access rule); nothing was exported".into(),
                hint: "run the export again".into(),
            });
        }
        let mut details =
            q.journal_details(&entry.bundle, entry.encryption, entry.armor, &entry.output);
        // An export holding documents hidden from guardians is the minor's
        // secret: its details are sealed for her, like the views of those
        // documents (domain.md §9.8).
        if q.holds_hidden() {
            details = tx.details_for_minor(&details)?;
        }
        tx.journal(
            NewEntry::new(&q.actor, Action::ExportCreate, Some(&entry.bundle), details)
                .mode(q.mode)
                .private(true),
        )?;
        let (seq, hash) = tx.journal_head()?;
        Ok(Ok(JournalHead { seq, hash }))
    })?;
    outcome.map_err(|r| Error::policy(r.message, r.hint))
}
