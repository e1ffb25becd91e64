//! Importing a verified bundle: what this vault knows to judge it
//! (`bundle::trust`), then its documents streamed in (checked again against
//! the verified manifest) and `bundle.import` journaled. The command
//! verifies, judges and reports.

use std::collections::HashMap;
use std::fs::File;

use serde_json::{json, Value};

use crate::bundle::manifest::DocEntry;
use crate::bundle::read::{self, SharedTar, Verified};
use crate::bundle::tarball;
use crate::bundle::trust::{Judged, Patient, VaultView};
use crate::crypto::{self, KnownFileKey};
use crate::error::Result;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::model::{FLAG_INVISIBLE_PATIENT, FLAG_INVISIBLE_REPRESENTANTS_LEGAUX, FLAG_MASQUE_PS};
use crate::timefmt;
use crate::vault::add::{add_all, Added, NewDoc};
use crate::vault::blobs::Inputs;
use crate::vault::Vault;

/// A verified, judged and imported bundle, for the journal and the report.
pub struct Imported<'a> {
    pub v: &'a Verified,
    pub signer_checked: bool,
    pub judged: Judged,
    /// The bundle's documents, in archive order, each with what it became.
    pub entries: Vec<&'a DocEntry>,
    pub added: Vec<Added>,
    pub now: time::OffsetDateTime,
}

impl Imported<'_> {
    /// The ids of the added documents (`duplicate == false`), or of those
    /// already in the vault.
    pub fn ids_where(&self, duplicate: bool) -> Vec<&str> {
        self.added
            .iter()
            .filter(|x| x.duplicate == duplicate)
            .map(|x| x.doc.id.as_str())
            .collect()
    }
}

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

/// The details of the `bundle.import` entry.
fn journal_details(d: &Imported) -> Value {
    let (m, j) = (&d.v.manifest, &d.judged);
    let new_ids = d.ids_where(false);
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
        "duplicates": d.ids_where(true),
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

impl Vault {
    /// What this vault knows that judges a bundle (`bundle::trust::judge`).
    pub fn bundle_view(&self) -> Result<VaultView> {
        let holder = self.holder_record()?;
        Ok(VaultView {
            own: crypto::fingerprint(&self.key().signing_key().verifying_key()),
            pros: self.professionals()?,
            holder: Patient::new(
                holder.name.as_deref(),
                holder.birth_date.as_deref(),
                holder.ins.as_deref(),
            ),
        })
    }

    /// Imports a verified and judged bundle: reads it again (`again`, with
    /// its file `key`), streams each document in, checked against the
    /// verified manifest, and journals `bundle.import`. `on_done` is called
    /// once per document.
    #[allow(clippy::too_many_arguments)]
    pub fn import_bundle<'a>(
        &self,
        actor: &JournalActor,
        v: &'a Verified,
        judged: Judged,
        signer_checked: bool,
        again: File,
        key: &KnownFileKey,
        on_done: impl FnMut(&Added),
    ) -> Result<Imported<'a>> {
        let entries = in_archive_order(v);
        let now = timefmt::now();
        let items: Vec<NewDoc> = entries.iter().map(|d| new_doc(d, now)).collect();
        let shared = SharedTar::new(read::decrypt_again(again, key)?);
        let added = add_all(
            self,
            actor,
            items,
            Inputs::OneStream,
            |i| shared.member(&entries[i].path, entries[i].size, &entries[i].sha256),
            on_done,
        );
        let added = match added {
            Ok(x) => x,
            Err(e) => return Err(shared.take_failure().unwrap_or(e)),
        };
        let done = Imported {
            v,
            signer_checked,
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
        self.write(|tx| {
            let names_private = tx.names_private_pro(named)?;
            tx.journal(
                NewEntry::new(
                    actor,
                    Action::BundleImport,
                    Some(&v.manifest.id),
                    journal_details(&done),
                )
                .private(hidden_import || names_private),
            )?;
            Ok(())
        })?;
        Ok(done)
    }
}
