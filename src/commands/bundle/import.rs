//! `carnet bundle import`: verify a bundle, judge it against this vault
//! (`judge.rs`: who signed it, whom it is about), then stream its documents
//! in and journal `bundle.import`.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::judge::{judge, patient_notes, Judged};
use super::{signer_lines, verify_with};
use crate::bundle::manifest::DocEntry;
use crate::bundle::read::{self, Discard, SharedTar, Verified};
use crate::bundle::tarball;
use crate::cli::args::BundleImportArgs;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::journal::{Action, NewEntry};
use crate::model::{
    Document, FLAG_INVISIBLE_PATIENT, FLAG_INVISIBLE_REPRESENTANTS_LEGAUX, FLAG_MASQUE_PS,
};
use crate::timefmt;
use crate::vault::add::{add_all, Added, NewDoc};
use crate::vault::blobs::Inputs;
use crate::vault::Vault;

/// The new vault document for a verified manifest entry.
fn new_doc(d: &DocEntry, now: time::OffsetDateTime) -> NewDoc {
    let filename = d.filename.clone().unwrap_or_else(|| {
        d.path
            .strip_prefix(tarball::DOCUMENTS_DIR)
            .unwrap_or(&d.path)
            .to_string()
    });
    NewDoc {
        title: d.title.clone(),
        doc_type: d.doc_type(),
        date: d.date.clone(),
        author: d.author.clone(),
        tags: d.tags.clone(),
        masked: d.has_flag(FLAG_MASQUE_PS),
        masked_from: d.masked_from.clone(),
        hidden_from_guardians: d.has_flag(FLAG_INVISIBLE_REPRESENTANTS_LEGAUX),
        invisible_patient_until: d
            .has_flag(FLAG_INVISIBLE_PATIENT)
            .then(|| timefmt::add_one_month(now)),
        media_type: d.media_type.clone(),
        filename,
    }
}

/// A bundle's documents, in the order their members come in the archive
/// (so one pass over it reads them all).
fn in_archive_order(v: &Verified) -> Vec<&DocEntry> {
    let pos: HashMap<&str, usize> = v
        .order
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let mut entries: Vec<&DocEntry> = v.manifest.documents.iter().collect();
    entries.sort_by_key(|d| pos.get(d.path.as_str()).copied().unwrap_or(usize::MAX));
    entries
}

/// A verified, judged and imported bundle, for the journal and the report.
struct Imported<'a> {
    v: &'a Verified,
    signer_checked: bool,
    judged: Judged,
    entries: Vec<&'a DocEntry>,
    added: Vec<Added>,
    now: time::OffsetDateTime,
}

pub fn import(ctx: &Ctx, a: &BundleImportArgs) -> Result<()> {
    let other_patient = a.other_patient;
    let a = &a.key;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    // Pass 1: verify everything; nothing is written.
    let (v, key, again) = verify_with(ctx, a, &mut Discard)?;
    // Then judge it against this vault: who signed, whom it is about.
    let judged = judge(&vault, &v, other_patient)?;
    let entries = in_archive_order(&v);
    let now = timefmt::now();
    let items: Vec<NewDoc> = entries.iter().map(|d| new_doc(d, now)).collect();

    // Pass 2: stream each document into the vault, checked again against
    // the verified manifest.
    let shared = SharedTar::new(read::decrypt_again(again, &key)?);
    let pb = ctx.out.progress(items.len() as u64, "importing");
    let added = add_all(
        &vault,
        &actor,
        items,
        Inputs::OneStream,
        |i| shared.member(&entries[i].path, entries[i].size, &entries[i].sha256),
        |_| pb.inc(1),
    );
    pb.finish_and_clear();
    let added = match added {
        Ok(x) => x,
        Err(e) => return Err(shared.take_failure().unwrap_or(e)),
    };

    let done = Imported {
        v: &v,
        signer_checked: a.signer.is_some(),
        judged,
        entries,
        added,
        now,
    };
    // In a minor's session, an import that brings documents hidden from
    // guardians, or names a professional the minor keeps private, is
    // theirs (vault::private).
    let hidden_import = done.added.iter().any(|x| x.doc.hidden_from_guardians);
    let named = done
        .entries
        .iter()
        .filter_map(|d| d.author.as_deref())
        .chain(v.manifest.recipient.as_ref().map(|r| r.rpps.as_str()));
    vault.write(|tx| {
        let names_private = tx.names_private_pro(named)?;
        tx.journal(
            NewEntry::new(
                &actor,
                Action::BundleImport,
                Some(&v.manifest.id),
                journal_details(&done),
            )
            .private(hidden_import || names_private),
        )?;
        Ok(())
    })?;
    report(ctx, &vault, &done)
}

fn ids_where(added: &[Added], duplicate: bool) -> Vec<&str> {
    added
        .iter()
        .filter(|x| x.duplicate == duplicate)
        .map(|x| x.doc.id.as_str())
        .collect()
}

/// The details of the `bundle.import` entry.
fn journal_details(d: &Imported) -> Value {
    let (m, j) = (&d.v.manifest, &d.judged);
    let new_ids = ids_where(&d.added, false);
    let mut authors: Vec<&str> = d
        .entries
        .iter()
        .filter_map(|d| d.author.as_deref())
        .collect();
    authors.sort();
    authors.dedup();
    let mut details = json!({
        "bundle": m.id,
        "purpose": m.purpose.kind.as_str(),
        "signer": d.v.fingerprint,
        "signer_checked": d.signer_checked,
        "signer_status": j.status.as_str(),
        "signer_pinned_for": j.status.pinned_for(),
        "patient_check": j.patient.as_str(),
        "other_patient": !j.overridden.is_empty(),
        "recipient": m.recipient.as_ref().map(|r| json!({"rpps": r.rpps, "idnat": r.idnat, "name": r.name})),
        "authors": authors,
        "documents": new_ids,
        "duplicates": ids_where(&d.added, true),
        "source_documents": d.entries.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        "count": new_ids.len(),
    });
    if !j.overridden.is_empty() {
        // What the holder accepted with --other-patient.
        details["patient_mismatch"] = json!(j
            .overridden
            .iter()
            .map(|x| json!({"field": x.field, "bundle": x.bundle, "vault": x.vault}))
            .collect::<Vec<_>>());
    }
    details
}

fn report(ctx: &Ctx, vault: &Vault, d: &Imported) -> Result<()> {
    let (v, m, j) = (d.v, &d.v.manifest, &d.judged);
    let held: Vec<&str> = d
        .added
        .iter()
        .filter(|x| !x.duplicate && x.doc.invisible_patient_until.is_some_and(|t| t > d.now))
        .map(|x| x.doc.id.as_str())
        .collect();
    if ctx.out.json {
        patient_notes(ctx, j);
    }
    // A held document's title is not the patient's to read yet.
    let hide = vault.hidden_filter()?;
    let title_of = |d: &Document| hide.shown_title(d);
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "bundle": m.id,
            "signer": v.fingerprint,
            "signer_checked": d.signer_checked,
            "signer_status": j.status.as_str(),
            "signer_pinned_for": j.status.pinned_for(),
            "patient_check": j.patient.as_str(),
            "other_patient": !j.overridden.is_empty(),
            "documents": d.added.iter().zip(&d.entries).map(|(x, e)| json!({
                "id": x.doc.id,
                "source_id": e.id,
                "title": title_of(&x.doc),
                "type": x.doc.doc_type.name,
                "date": x.doc.date,
                "author": x.doc.author,
                "confidentiality": e.codes(),
                "duplicate": x.duplicate,
            })).collect::<Vec<_>>(),
        }));
        return Ok(());
    }
    // One line per document on stdout: data, so printed under -q too
    // (-q quiets stderr only).
    for x in &d.added {
        ctx.out.line(format!(
            "{} {}  {}  ({}, {}{})",
            if x.duplicate {
                "duplicate"
            } else {
                "added    "
            },
            x.doc.id,
            title_of(&x.doc),
            x.doc.doc_type.name,
            x.doc.date,
            x.doc
                .author
                .as_ref()
                .map(|a| format!(", by {a}"))
                .unwrap_or_default()
        ));
    }
    ctx.out.info(format!(
        "{}: imported bundle {}: {} added, {} duplicate(s)",
        ctx.label(),
        m.id,
        ids_where(&d.added, false).len(),
        ids_where(&d.added, true).len()
    ));
    for l in signer_lines(v, d.signer_checked, &Ok(j.status.clone())) {
        ctx.out.info(l);
    }
    patient_notes(ctx, j);
    if !held.is_empty() {
        ctx.out.info(format!(
            "{} document(s) are held for an announcement consultation (INVISIBLE_PATIENT) until {}: {} (carnet release ID once it took place)",
            held.len(),
            timefmt::rfc3339(timefmt::add_one_month(d.now)),
            held.join(", ")
        ));
    }
    Ok(())
}
