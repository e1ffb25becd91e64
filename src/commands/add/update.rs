//! What `add` does with a duplicate whose stated metadata changed, and
//! the document a dry run would create.

use std::collections::BTreeSet;

use crate::error::Result;
use crate::inputs::Declared;
use crate::journal::JournalActor;
use crate::model::Document;
use crate::timefmt;
use crate::vault::add::NewDoc;
use crate::vault::docs::DocEdit;
use crate::vault::Vault;

/// Whether a duplicate's stated metadata (by flags or its sidecar) says
/// something other than the document already in the vault.
pub(super) fn differs(item: &NewDoc, decl: &Declared, existing: &Document) -> bool {
    let tags = |v: &[String]| v.iter().cloned().collect::<BTreeSet<String>>();
    (decl.title && item.title != existing.title)
        || (decl.doc_type && item.doc_type.name != existing.doc_type.name)
        || (decl.date && item.date != existing.date)
        || (decl.tags && tags(&item.tags) != tags(&existing.tags))
        || (decl.masked && item.masked != existing.masked)
}

/// What `--update` changes in a duplicate: the stated fields that differ.
fn edit_for(item: &NewDoc, decl: &Declared, existing: &Document) -> DocEdit {
    DocEdit {
        title: (decl.title && item.title != existing.title).then(|| item.title.clone()),
        doc_type: (decl.doc_type && item.doc_type.name != existing.doc_type.name)
            .then_some(item.doc_type),
        date: (decl.date && item.date != existing.date).then(|| item.date.clone()),
        add_tags: if decl.tags {
            item.tags
                .iter()
                .filter(|t| !existing.tags.contains(t))
                .cloned()
                .collect()
        } else {
            Vec::new()
        },
        remove_tags: if decl.tags {
            existing
                .tags
                .iter()
                .filter(|t| !item.tags.contains(t))
                .cloned()
                .collect()
        } else {
            Vec::new()
        },
    }
}

fn mask_changes(item: &NewDoc, decl: &Declared, existing: &Document) -> bool {
    decl.masked && item.masked != existing.masked
}

/// `--update`: applies what the flags or sidecar state to the document
/// already in the vault (`doc.edit`, and `doc.mask`/`doc.unmask` for the
/// flag). Returns the document as it is now.
pub(super) fn apply(
    vault: &Vault,
    actor: &JournalActor,
    item: &NewDoc,
    decl: &Declared,
    existing: &Document,
) -> Result<Document> {
    let shown = vault.visible_doc(&existing.id)?;
    let edit = edit_for(item, decl, existing);
    let mut doc = existing.clone();
    if !edit.is_empty() {
        doc = vault.edit_doc(&shown, &edit, actor)?;
    }
    if mask_changes(item, decl, existing) {
        let shown = vault.visible_doc(&existing.id)?;
        doc = vault
            .mask_docs(&[shown], &[], item.masked, actor)?
            .pop()
            .unwrap_or(doc);
    }
    Ok(doc)
}

/// `--update --dry-run`: the document as [`apply`] would leave it, nothing
/// written (the same rules as `Vault::edit_doc`: title trimmed, tags added
/// in order then removed).
pub(super) fn as_updated(item: &NewDoc, decl: &Declared, existing: &Document) -> Document {
    let edit = edit_for(item, decl, existing);
    let mut doc = existing.clone();
    if let Some(t) = &edit.title {
        doc.title = t.trim().to_string();
    }
    if let Some(t) = edit.doc_type {
        doc.doc_type = t;
    }
    if let Some(d) = &edit.date {
        doc.date = d.clone();
    }
    for t in &edit.add_tags {
        let t = t.trim().to_string();
        if !t.is_empty() && !doc.tags.contains(&t) {
            doc.tags.push(t);
        }
    }
    doc.tags
        .retain(|t| !edit.remove_tags.iter().any(|u| u.trim() == t));
    if mask_changes(item, decl, existing) {
        doc.masked = item.masked;
    }
    doc
}

/// The document an input would become (`--dry-run`): no ID yet.
pub(super) fn would_be(item: &NewDoc, sha256: String, size: u64) -> Document {
    Document {
        id: String::new(),
        title: item.title.clone(),
        doc_type: item.doc_type,
        date: item.date.clone(),
        author: item.author.clone(),
        tags: item.tags.clone(),
        masked: item.masked,
        masked_from: Vec::new(),
        hidden_from_guardians: item.hidden_from_guardians,
        invisible_patient_until: None,
        size,
        sha256,
        blob: String::new(),
        media_type: item.media_type.clone(),
        filename: item.filename.clone(),
        added_at: timefmt::now(),
    }
}
