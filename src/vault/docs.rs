//! Changes to documents already in the vault, each one operation that
//! writes the change and its journal entry in one commit: `edit`, `mask`
//! and `unmask` (from professionals), `release`, and `rm` (whose blobs go
//! after the commit). The documents come from [`Vault::visible_docs`], so
//! each change is made on what the user may see; a journal entry about a
//! document sealed for the minor is sealed for her too.

use serde_json::{json, Value};

use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::model::{DocType, Document};
use crate::vault::visibility::Shown;
use crate::vault::{hidden, keys, private, store, Vault};

/// What `edit` changes; `None` and empty lists leave a field as it is.
/// Text is taken as typed: titles and tags are trimmed here.
#[derive(Debug, Default, Clone)]
pub struct DocEdit {
    pub title: Option<String>,
    pub doc_type: Option<DocType>,
    pub date: Option<String>,
    pub add_tags: Vec<String>,
    pub remove_tags: Vec<String>,
}

impl DocEdit {
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.doc_type.is_none()
            && self.date.is_none()
            && self.add_tags.is_empty()
            && self.remove_tags.is_empty()
    }

    fn touches_tags(&self) -> bool {
        !self.add_tags.is_empty() || !self.remove_tags.is_empty()
    }
}

fn vanished() -> Error {
    Error::Other(crate::i18n::tr!("y-doc-vanished"))
}

impl Vault {
    /// Applies `e` to a document and journals `doc.edit` with each
    /// change's before and after. A document sealed for the minor is
    /// sealed again with its new metadata (exit 2 when no key of hers is
    /// registered to seal it to). Returns the document as it is now.
    pub fn edit_doc(&self, shown: &Shown, e: &DocEdit, actor: &JournalActor) -> Result<Document> {
        let sealed = shown.sealed;
        self.write(|tx| {
            let mut d = store::get_doc(tx.conn, &shown.doc.id)?.ok_or_else(vanished)?;
            if sealed {
                self.reveal_in(tx.conn, &mut d)?;
            }
            let title = e.title.as_deref().map(str::trim);
            let mut changes = serde_json::Map::new();
            if let Some(t) = title {
                changes.insert("title".into(), json!({"from": d.title, "to": t}));
            }
            if let Some(t) = e.doc_type {
                changes.insert(
                    "type".into(),
                    json!({"from": d.doc_type.name, "to": t.name}),
                );
            }
            if let Some(dt) = &e.date {
                changes.insert("date".into(), json!({"from": d.date, "to": dt}));
            }
            let mut tags = d.tags.clone();
            if e.touches_tags() {
                for t in &e.add_tags {
                    let t = t.trim().to_string();
                    if !t.is_empty() && !tags.contains(&t) {
                        tags.push(t);
                    }
                }
                tags.retain(|t| !e.remove_tags.iter().any(|u| u.trim() == t));
                changes.insert("tags".into(), json!({"from": d.tags, "to": tags}));
            }
            let mut details = Value::Object(changes);
            if sealed {
                // The real metadata lives sealed for the minor: re-seal it.
                let recipients = keys::minor_recipients(tx.conn)?;
                if recipients.is_empty() {
                    return Err(Error::usage(
                        crate::i18n::tr!("v-sealed-no-minor-key", id = &d.id),
                        crate::i18n::tr!("v-sealed-no-minor-key-hint"),
                    ));
                }
                if let Some(t) = title {
                    d.title = t.to_string();
                }
                if let Some(t) = e.doc_type {
                    d.doc_type = t;
                }
                if let Some(dt) = &e.date {
                    d.date = dt.clone();
                }
                d.tags = tags;
                let bytes = hidden::seal_meta(&recipients, &hidden::SealedMeta::of(&d))?;
                store::set_sealed(tx.conn, &d.id, Some(&bytes))?;
                details = hidden::seal_details(&recipients, &details)?;
            } else {
                store::update_doc_fields(tx.conn, &d.id, title, e.doc_type, e.date.as_deref())?;
                if e.touches_tags() {
                    store::set_tags(tx.conn, &d.id, &tags)?;
                }
            }
            tx.journal(NewEntry::new(actor, Action::DocEdit, Some(&d.id), details))?;
            if sealed {
                Ok(d)
            } else {
                store::get_doc(tx.conn, &d.id)?.ok_or_else(vanished)
            }
        })
    }

    /// `mask`/`unmask`: from every professional (`from` empty, the
    /// `MASQUE_PS` flag) or from the professionals in `from`. Who a
    /// document is masked from is stored in clear, so a professional the
    /// minor keeps private is refused (exit 5). Returns the documents as
    /// they are now.
    pub fn mask_docs(
        &self,
        docs: &[Shown],
        from: &[String],
        masking: bool,
        actor: &JournalActor,
    ) -> Result<Vec<Document>> {
        let action = if masking {
            Action::DocMask
        } else {
            Action::DocUnmask
        };
        self.write(|tx| {
            for rpps in from {
                let p = store::require_pro(tx.conn, rpps)?;
                if private::is_private_pro(tx.conn, rpps)? {
                    return Err(Error::policy(
                        crate::i18n::tr!("v-private-mask", name = &p.name, rpps = rpps),
                        crate::i18n::tr!("v-private-mask-hint", rpps = rpps),
                    ));
                }
            }
            for Shown { doc: d, sealed } in docs {
                let details = if from.is_empty() {
                    store::set_masked(tx.conn, &d.id, masking)?;
                    json!({ "title": d.title, "flag": "MASQUE_PS" })
                } else {
                    for rpps in from {
                        if masking {
                            store::add_masked_from(tx.conn, &d.id, rpps)?;
                        } else {
                            store::remove_masked_from(tx.conn, &d.id, rpps)?;
                        }
                    }
                    json!({ "title": d.title, "from": from })
                };
                let details = if *sealed {
                    tx.details_for_minor(&details)?
                } else {
                    details
                };
                tx.journal(NewEntry::new(actor, action, Some(&d.id), details))?;
            }
            let mut out = Vec::new();
            for Shown { doc: d, sealed } in docs {
                let mut cur = store::get_doc(tx.conn, &d.id)?.ok_or_else(vanished)?;
                if *sealed {
                    self.reveal_in(tx.conn, &mut cur)?;
                }
                out.push(cur);
            }
            Ok(out)
        })
    }

    /// `release`: ends the `INVISIBLE_PATIENT` hold of a document (exit 2
    /// when it is not held). A document hidden from guardians must be one
    /// the user may see.
    pub fn release_doc(&self, id: &str, actor: &JournalActor) -> Result<Document> {
        {
            let conn = self.load()?;
            let d = store::resolve_doc(&conn, id)?;
            if d.hidden_from_guardians {
                self.check_visible(&self.judge()?, &d)?;
            }
        }
        self.write(|tx| {
            let d = store::resolve_doc(tx.conn, id)?;
            if d.invisible_patient_until.is_none_or(|t| t <= tx.now) {
                return Err(Error::usage(
                    crate::i18n::tr!("v-not-held-back", id = &d.id),
                    crate::i18n::tr!("v-not-held-back-hint"),
                ));
            }
            store::release_doc(tx.conn, &d.id)?;
            tx.journal(NewEntry::new(
                actor,
                Action::DocRelease,
                Some(&d.id),
                json!({ "title": d.title, "flag": "INVISIBLE_PATIENT" }),
            ))?;
            Ok(d)
        })
    }

    /// The documents `rm` names, each once, with their real metadata where
    /// the user's key opens them. One sealed for the minor that it does not
    /// open keeps its placeholder: a guardian may delete it unread (the
    /// deletion is journaled, and shown to the minor).
    pub fn docs_to_delete(&self, ids: &[String]) -> Result<Vec<Shown>> {
        let conn = self.load()?;
        let mut docs: Vec<Shown> = Vec::new();
        for id in ids {
            let mut d = store::resolve_doc(&conn, id)?;
            if docs.iter().any(|x| x.doc.id == d.id) {
                continue;
            }
            let sealed = match self.reveal_in(&conn, &mut d) {
                Ok(s) => s,
                Err(Error::Unlock { .. }) => true,
                Err(e) => return Err(e),
            };
            docs.push(Shown { doc: d, sealed });
        }
        Ok(docs)
    }

    /// Deletes documents, journaling each (`forced` for one a professional
    /// wrote), then the blobs no document points to any more. Blobs go
    /// after the commit: a crash in between leaves an orphan blob (reported
    /// and cleaned by `check`), never a document without its blob. Returns
    /// the documents deleted (those already gone are left out).
    pub fn delete_docs(&self, docs: &[Shown], actor: &JournalActor) -> Result<Vec<Document>> {
        let removed = self.write(|tx| {
            let mut removed = Vec::new();
            for Shown { doc: cur, sealed } in docs {
                if store::get_doc(tx.conn, &cur.id)?.is_none() {
                    continue;
                }
                store::delete_doc(tx.conn, &cur.id)?;
                let mut details = json!({ "title": cur.title, "type": cur.doc_type.name });
                if let Some(au) = &cur.author {
                    details["author"] = json!(au);
                    details["forced"] = json!(true);
                }
                if *sealed {
                    details = if cur.title == hidden::PLACEHOLDER_TITLE {
                        // Deleted by someone who could not read it.
                        json!({ "hidden": true })
                    } else {
                        tx.details_for_minor(&details)?
                    };
                }
                tx.journal(NewEntry::new(
                    actor,
                    Action::DocDelete,
                    Some(&cur.id),
                    details,
                ))?;
                removed.push(cur.clone());
            }
            Ok(removed)
        })?;
        let still = store::referenced_blobs(&*self.load()?)?;
        for d in &removed {
            if !still.contains(&d.blob) {
                let _ = self.layout.remove_file(&self.layout.blob(&d.blob));
            }
        }
        Ok(removed)
    }
}
