//! `carnet bundle import`: verify a bundle, judge it against this vault
//! (`bundle::trust::judge`: who signed it, whom it is about), then stream
//! its documents in and journal `bundle.import` (`vault::import`), and
//! report.

use serde_json::json;

use super::shared::verify_with;
use crate::bundle::read::Discard;
use crate::bundle::trust::{self, Judged};
use crate::cli::args::BundleImportArgs;
use crate::cli::bundle::signer_lines;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::model::Document;
use crate::timefmt;
use crate::vault::import::Imported;
use crate::vault::Vault;

pub fn import(ctx: &Ctx, a: &BundleImportArgs) -> Result<()> {
    let other_patient = a.other_patient;
    let a = &a.key;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    // Pass 1: verify everything; nothing is written.
    let (v, key, again) = verify_with(ctx, a, &mut Discard)?;
    // Then judge it against this vault: who signed, whom it is about.
    let judged = trust::judge(
        &v.manifest,
        &v.fingerprint,
        vault.bundle_view()?,
        other_patient,
    )?;
    // Pass 2: stream each document into the vault, checked again against
    // the verified manifest.
    let pb = ctx.out.progress(
        v.manifest.documents.len() as u64,
        &crate::i18n::tr!("c-progress-importing"),
    );
    let done = vault.import_bundle(&actor, &v, judged, a.signer.is_some(), again, &key, |_| {
        pb.inc(1)
    });
    pb.finish_and_clear();
    report(ctx, &vault, &done?)
}

/// Warns about whom an imported bundle is about, when there is a doubt.
fn patient_notes(ctx: &Ctx, j: &Judged) {
    if let Some(w) = j.patient_warning() {
        ctx.out.warn(w);
    }
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
                crate::i18n::tr!("add-duplicate")
            } else {
                crate::i18n::tr!("add-added")
            },
            x.doc.id,
            title_of(&x.doc),
            x.doc.doc_type.name,
            crate::timefmt::local_str(&x.doc.date),
            x.doc
                .author
                .as_ref()
                .map(|a| crate::i18n::tr!("c-import-by", author = a.to_string()))
                .unwrap_or_default()
        ));
    }
    ctx.out.info(crate::i18n::tr!(
        "c-import-done",
        label = ctx.label(),
        id = m.id.to_string(),
        added = d.ids_where(false).len(),
        dups = d.ids_where(true).len()
    ));
    for l in signer_lines(v, d.signer_checked, &Ok(j.status.clone())) {
        ctx.out.info(l);
    }
    patient_notes(ctx, j);
    if !held.is_empty() {
        ctx.out.info(crate::i18n::tr!(
            "c-import-held",
            n = held.len(),
            until = timefmt::local(timefmt::add_one_month(d.now)),
            ids = held.join(", ")
        ));
    }
    Ok(())
}
