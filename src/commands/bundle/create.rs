//! `carnet bundle create`: a professional's `report` bundle for one patient,
//! made without a vault and signed with the professional's own key
//! (`carnet keygen --signing`), so the patient's `carnet bundle import`
//! can check it against the key pinned with `carnet pro add --signer`.
//!
//! The story: check every flag and input first (patient, author, files and
//! their sidecars, output, encryption, signing key); hash each file; then
//! stream the bundle (`bundle::write`, the same writer as exports) to a
//! temp file beside the target, moved into place once complete. A file
//! that changes between its hashing and its writing fails the command
//! (exit 6) and nothing is left behind.

use crate::error::doing;
use std::collections::BTreeMap;
use std::fs::File;
use std::path::PathBuf;

use age::secrecy::SecretString;
use serde_json::json;
use sha2::{Digest, Sha256};

use crate::bundle::manifest::{self, Holder, JournalHead, Purpose, PurposeKind};
use crate::bundle::output::{self, Dest, Target};
use crate::bundle::write::{clean_text, doc_entry, Draft, Source};
use crate::cli::args::BundleCreateArgs;
use crate::commands::context::Ctx;
use crate::crypto::{self, Recipients};
use crate::error::{Error, IoContext, Result};
use crate::ids;
use crate::inputs::{self, Given};
use crate::model::{DocType, Document, FLAG_INVISIBLE_PATIENT};
use crate::timefmt;

/// The patient, checked.
fn patient(a: &BundleCreateArgs) -> Result<Holder> {
    let name = a.patient_name.trim();
    if name.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("c-flag-empty", flag = "--patient-name"),
            crate::i18n::tr!("c-create-patient-name-hint"),
        ));
    }
    crate::text::check_field("--patient-name", name)?;
    let birth = timefmt::ymd(timefmt::parse_birth_date(&a.patient_birth_date)?);
    let ins = a.patient_ins.as_deref().map(ids::parse_nir).transpose()?;
    Ok(Holder {
        name: clean_text(name, 200),
        birth_date: Some(birth),
        ins,
    })
}

/// The bundle's encryption: recipients, else a passphrase (file or prompt).
fn encryption(ctx: &Ctx, a: &BundleCreateArgs) -> Result<(Recipients, &'static str)> {
    let keys = a
        .recipients
        .iter()
        .map(|r| crypto::parse_recipient(r))
        .collect::<Result<Vec<_>>>()?;
    if !keys.is_empty() {
        return Ok((Recipients::Keys(keys), "recipient"));
    }
    if !a.passphrase && a.bundle_passphrase_file.is_none() {
        return Err(Error::usage(
            crate::i18n::tr!("c-create-needs-key"),
            crate::i18n::tr!("c-create-needs-key-hint"),
        ));
    }
    let p: SecretString = match &a.bundle_passphrase_file {
        Some(f) => crypto::read_passphrase_file(f)?,
        None => ctx.prompt_new_passphrase(
            &crate::i18n::tr!("c-bundle-passphrase-prompt"),
            crate::i18n::tr!("c-create-no-prompt"),
            crate::i18n::tr!("c-bundle-passphrase-file-hint"),
            &crate::i18n::tr!("c-create-passphrase-empty-hint"),
        )?,
    };
    Ok((Recipients::passphrase(p), "passphrase"))
}

/// One input: its path and the document it becomes (size and SHA-256
/// filled once it is hashed).
struct Input {
    path: PathBuf,
    doc: Document,
}

/// Every input's document, each file checked and hashed; all problems are
/// reported at once (the first one's error is returned).
fn inputs(ctx: &Ctx, a: &BundleCreateArgs, now: time::OffsetDateTime) -> Result<Vec<Input>> {
    if let Some(t) = &a.title {
        if t.trim().is_empty() {
            return Err(Error::usage(
                crate::i18n::tr!("c-flag-empty", flag = "--title"),
                crate::i18n::tr!("c-create-title-hint"),
            ));
        }
        crate::text::check_field("--title", t)?;
    }
    let given = Given {
        title: a.title.clone(),
        doc_type: a.doc_type.as_deref().map(DocType::from_arg).transpose()?,
        date: a.date.as_deref().map(timefmt::parse_doc_date).transpose()?,
        author: a.author.as_ref().map(|r| r.to_string()),
        tags: Vec::new(),
        masked: false,
        hidden_from_guardians: false,
    };
    let today = timefmt::ymd(now.date());
    let mut out = Vec::new();
    let mut problems: Vec<(String, Error)> = Vec::new();
    for p in &a.files {
        if p.as_os_str() == "-" {
            return Err(Error::usage(
                crate::i18n::tr!("c-create-no-stdin"),
                crate::i18n::tr!("c-create-no-stdin-hint"),
            ));
        }
        let one = || -> Result<Input> {
            inputs::check_file(p)?;
            let nd = inputs::new_doc(&inputs::Source::File(p.clone()), &given, "", &today)?;
            let Some(author) = nd.author.clone() else {
                return Err(Error::usage(
                    crate::i18n::tr!("c-create-no-author", path = p.display().to_string()),
                    crate::i18n::tr!("c-create-no-author-hint"),
                ));
            };
            let mut f = File::open(p).ctx(|| doing::opening(p))?;
            let mut h = Sha256::new();
            let size = std::io::copy(&mut f, &mut h).ctx(|| doing::reading(p))?;
            if size == 0 {
                return Err(inputs::empty_input(&p.display().to_string()));
            }
            Ok(Input {
                path: p.clone(),
                doc: Document {
                    id: crate::vault::new_id(12),
                    title: nd.title,
                    doc_type: nd.doc_type,
                    date: nd.date,
                    author: Some(author),
                    tags: Vec::new(),
                    masked: false,
                    masked_from: Vec::new(),
                    hidden_from_guardians: false,
                    invisible_patient_until: None,
                    size,
                    sha256: hex::encode(h.finalize()),
                    blob: String::new(),
                    media_type: nd.media_type,
                    filename: nd.filename,
                    added_at: now,
                },
            })
        };
        match one() {
            Ok(i) => out.push(i),
            Err(e) => problems.push((p.display().to_string(), e)),
        }
    }
    if !problems.is_empty() {
        // Every bad input named at once; the command fails with the first.
        if problems.len() > 1 {
            for (p, e) in &problems {
                ctx.out.warn(format!("{p}: {e}"));
            }
        }
        return Err(problems.swap_remove(0).1);
    }
    Ok(out)
}

pub fn create(ctx: &Ctx, a: &BundleCreateArgs) -> Result<()> {
    // 1. Everything checked before anything is written.
    let now = timefmt::now()
        .replace_nanosecond(0)
        .unwrap_or(timefmt::now());
    let holder = patient(a)?;
    let dest = if a.output.as_os_str() == "-" {
        Dest::Stdout
    } else {
        Dest::File(a.output.clone())
    };
    output::check_dest(&dest, a.force, a.armor)?;
    let key = crate::bundle::signing::read(&a.signing_key)?;
    let items = inputs(ctx, a, now)?;
    if let Some(n) = &a.author_name {
        crate::text::check_field("--author-name", n)?;
    }
    let (to, encryption) = encryption(ctx, a)?;

    // 2. The manifest entries: `N`, plus INVISIBLE_PATIENT when asked.
    let codes: Vec<&str> = if a.invisible_patient {
        vec!["N", FLAG_INVISIBLE_PATIENT]
    } else {
        vec!["N"]
    };
    let mut sources: Vec<Source> = items
        .iter()
        .map(|i| {
            let mut entry = doc_entry(&i.doc, now, false);
            entry.confidentiality = manifest::confidentiality_codes(&codes);
            Source {
                entry,
                added_at: None,
                self_verifying: false,
                invisible_until: None,
            }
        })
        .collect();
    crate::bundle::names::make_unique(sources.iter_mut().map(|s| &mut s.entry));
    let mut names = BTreeMap::new();
    if let Some(n) = a
        .author_name
        .as_deref()
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        for i in &items {
            if let Some(r) = &i.doc.author {
                names.insert(r.clone(), clean_text(n, 200));
            }
        }
    }
    let draft = Draft {
        id: crate::vault::new_id(16),
        created: now,
        expires: None,
        purpose: Purpose {
            kind: PurposeKind::Report,
            grant: None,
        },
        recipient: None,
        holder,
        summary: None,
    };

    // 3. Write to a temp file beside the target, then into place.
    let target = Target::new(dest);
    let total: u64 = items.iter().map(|i| i.doc.size).sum();
    let pb = ctx
        .out
        .progress_bytes(total, &crate::i18n::tr!("c-progress-writing"));
    let written = (|| -> Result<manifest::Manifest> {
        let mut enc = target.encryptor(&to, a.armor)?;
        let m = crate::bundle::write::write(
            &mut enc,
            &draft,
            &sources,
            |i| File::open(&items[i].path).ctx(|| doing::opening(&items[i].path)),
            &key,
            &names,
            |n| pb.inc(n),
            // No vault, no journal: a zero head (docs/bundle-format.md).
            || {
                Ok(JournalHead {
                    seq: 0,
                    hash: "00".repeat(32),
                })
            },
        )?;
        target.finish(enc)?;
        Ok(m)
    })();
    pb.finish_and_clear();
    let m = match written {
        Ok(m) => m,
        Err(e) => {
            target.cleanup();
            return Err(e);
        }
    };
    let size = target.place(a.force)?;
    report(ctx, &m, &target, size, encryption);
    Ok(())
}

fn report(ctx: &Ctx, m: &manifest::Manifest, target: &Target, size: Option<u64>, encryption: &str) {
    let path = match &target.dest {
        Dest::File(p) => Some(p.display().to_string()),
        Dest::Stdout => None,
    };
    if ctx.out.json {
        let v = json!({
            "bundle": m.id,
            "path": path,
            "purpose": m.purpose.kind.as_str(),
            "patient": {
                "name": m.holder.name,
                "birth_date": m.holder.birth_date,
                "ins": m.holder.ins,
            },
            "documents": m.documents.iter().map(|d| json!({
                "id": d.id,
                "title": d.title,
                "type": d.doc_type.name,
                "date": d.date,
                "author": d.author,
                "path": d.path,
                "confidentiality": d.codes(),
            })).collect::<Vec<_>>(),
            "count": m.documents.len(),
            "size": size,
            "signer": m.signer.fingerprint,
            "encryption": encryption,
            "created_at": m.created,
        });
        if path.is_none() {
            crate::cli::output::stderr_line(&v.to_string());
        } else {
            ctx.out.json_value(&v);
        }
        return;
    }
    ctx.out.info(crate::i18n::tr!(
        "c-create-done",
        id = m.id.to_string(),
        patient = crate::bundle::trust::shown(&m.holder.name).to_string(),
        n = m.documents.len(),
        signer = m.signer.fingerprint.to_string(),
        encryption = encryption.to_string(),
        written = path
            .map(|p| crate::i18n::tr!("c-create-written", path = p.to_string()))
            .unwrap_or_default()
    ));
    if m.documents
        .iter()
        .any(|d| d.has_flag(FLAG_INVISIBLE_PATIENT))
    {
        ctx.out.info(crate::i18n::tr!("c-create-held"));
    }
}
