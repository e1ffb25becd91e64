//! `mask --guardians` and `unmask --guardians`: a document's content is
//! re-encrypted to the minor's recipients under a random name and its
//! metadata sealed, so the guardians can no longer read it (what they
//! already saw, including earlier journal entries, stays as it was); the
//! minor's own key undoes it (see [`hidden`] for the sealing).
//!
//! New blobs are written first (no lock held), then one commit, then the
//! old blobs go: a crash leaves at worst an orphan blob.

use serde_json::json;

use crate::crypto::ParsedRecipient;
use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::model::Document;
use crate::vault::visibility::{sealed_error, Shown};
use crate::vault::{blobs, hidden, store, Vault};

/// What a toggle did.
#[derive(Debug)]
pub struct Toggled {
    /// Documents hidden (or shown again), as they are now.
    pub changed: Vec<Document>,
    /// Documents that already were as asked.
    pub unchanged: Vec<Document>,
}

impl Vault {
    /// Hides documents from guardians, sealing them to `to` (the minor's
    /// recipients, from [`crate::vault::add::minor_recipients_for_hiding`]).
    pub fn hide_from_guardians(
        &self,
        docs: Vec<Shown>,
        to: &[ParsedRecipient],
        actor: &JournalActor,
    ) -> Result<Toggled> {
        self.toggle_guardians(docs, Some(to), actor)
    }

    /// Makes documents hidden from guardians visible to them again (only
    /// the minor's key opens them: exit 3 otherwise).
    pub fn show_to_guardians(&self, docs: Vec<Shown>, actor: &JournalActor) -> Result<Toggled> {
        self.toggle_guardians(docs, None, actor)
    }

    /// Hides (`seal_to` given) or shows again.
    fn toggle_guardians(
        &self,
        docs: Vec<Shown>,
        seal_to: Option<&[ParsedRecipient]>,
        actor: &JournalActor,
    ) -> Result<Toggled> {
        let hiding = seal_to.is_some();
        let mut changed: Vec<(Document, String)> = Vec::new(); // (new state, old blob)
        let mut unchanged: Vec<Document> = Vec::new();
        let cleanup = |changed: &[(Document, String)]| {
            for (d, _) in changed {
                let _ = self.layout.remove_file(&self.layout.blob(&d.blob));
            }
        };
        for Shown { doc: d, sealed } in docs {
            if hiding == sealed {
                unchanged.push(d);
                continue;
            }
            // A failure here also removes the blobs already written.
            let res = match seal_to {
                Some(to) => blobs::open(&self.layout, self.key(), &d.blob)
                    .and_then(|r| hidden::write_blob(&self.layout, to, r)),
                None => {
                    hidden::open_blob(&self.layout, &self.user_identities(), &d.blob, &d.sha256)
                        .and_then(|r| r.ok_or_else(|| sealed_error(&d)))
                        .and_then(|r| blobs::write(&self.layout, self.key(), r))
                }
            };
            let w = match res {
                Ok(w) => w,
                Err(e) => {
                    cleanup(&changed);
                    return Err(e);
                }
            };
            if w.duplicate {
                cleanup(&changed);
                return Err(Error::usage(
                    crate::i18n::tr!("v-hiding-duplicate", id = d.id.to_string()),
                    crate::i18n::tr!("v-hiding-duplicate-hint"),
                ));
            }
            let mut n = d.clone();
            let old = std::mem::replace(&mut n.blob, w.name);
            n.hidden_from_guardians = hiding;
            changed.push((n, old));
        }
        let committed = if changed.is_empty() {
            Ok(())
        } else {
            crate::fsutil::sync_filesystem(&self.layout.blobs())
                .and_then(|_| self.commit_toggle(&changed, seal_to, actor))
        };
        if let Err(e) = committed {
            cleanup(&changed);
            return Err(e);
        }
        for (_, old) in &changed {
            let _ = self.layout.remove_file(&self.layout.blob(old));
        }
        Ok(Toggled {
            changed: changed.into_iter().map(|(d, _)| d).collect(),
            unchanged,
        })
    }

    /// Replaces each document's row: a placeholder with the metadata
    /// sealed (hiding), or the real row again (showing).
    fn commit_toggle(
        &self,
        changed: &[(Document, String)],
        seal_to: Option<&[ParsedRecipient]>,
        actor: &JournalActor,
    ) -> Result<()> {
        self.write(|tx| {
            let action = if seal_to.is_some() {
                Action::DocMask
            } else {
                Action::DocUnmask
            };
            for (d, _) in changed {
                store::delete_doc(tx.conn, &d.id)?;
                let details = json!({ "title": d.title, "flag": "INVISIBLE_REPRESENTANTS_LEGAUX" });
                let details = match seal_to {
                    Some(to) => {
                        hidden::insert(tx.conn, to, d, tx.now)?;
                        hidden::seal_details(to, &details)?
                    }
                    None => {
                        store::insert_doc(tx.conn, d)?;
                        details
                    }
                };
                tx.journal(NewEntry::new(actor, action, Some(&d.id), details))?;
            }
            Ok(())
        })
    }
}
