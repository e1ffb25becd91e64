//! The journal as the user reads it (`carnet journal`, `journal verify`,
//! `journal head`): entries opened for the key that may open them, then
//! filtered; the hash chain verified over the whole index; the head.

use std::collections::HashSet;

use serde_json::json;
use time::OffsetDateTime;

use crate::error::Result;
use crate::journal::{self, Entry, Filter};
use crate::model::Document;
use crate::vault::{hidden, private, store, Vault};

/// The last entry of the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalHead {
    pub seq: i64,
    pub hash: String,
}

/// What verifying the hash chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Chain {
    /// Every entry links to the one before: how many, and the head.
    /// `peers`: the other devices' chains this replica holds, each checked
    /// (device, entries' head).
    Intact {
        entries: i64,
        head: JournalHead,
        peers: Vec<(String, JournalHead)>,
    },
    /// The chain breaks at entry `seq` (of another device's chain when
    /// `device` is given).
    Broken { seq: i64, device: Option<String> },
}

/// Which entries `carnet journal` shows.
#[derive(Debug, Clone, Default)]
pub struct JournalQuery {
    pub since: Option<OffsetDateTime>,
    pub actor: Option<String>,
    pub action: Option<String>,
    /// A document ID or prefix: a document of the vault, or a deleted one
    /// the journal still names.
    pub doc: Option<String>,
    pub limit: Option<usize>,
}

/// The entries a query found, oldest first.
#[derive(Debug, Clone)]
pub struct JournalPage {
    pub entries: Vec<Entry>,
    /// How many of them stay sealed for the minor (what a guardian may
    /// know: that they exist).
    pub still_sealed: usize,
    /// The head of the journal they were read from.
    pub head: JournalHead,
}

impl JournalPage {
    /// Replaces the title in the details of entries about the documents
    /// `held` (those the reader may not see now) by `shown`.
    pub fn hold_titles(&mut self, held: &HashSet<String>, shown: &str) {
        for e in self.entries.iter_mut() {
            let about_held = e.target.as_ref().is_some_and(|t| held.contains(t));
            if about_held && e.details.get("title").is_some() {
                e.details["title"] = json!(shown);
            }
        }
    }
}

impl Vault {
    /// The journal entries `q` asks for, after journaling any grant expiry
    /// not yet journaled. What the minor sealed (whole entries of their
    /// own session, details of entries about hidden documents) is opened
    /// for the minor's key before the filters, so they match what the
    /// entries say; to anyone else it stays sealed.
    pub fn read_journal(&self, q: &JournalQuery) -> Result<JournalPage> {
        let conn = self.load_noticing_expiry()?;
        let doc = q
            .doc
            .as_deref()
            .map(|id| store::resolve_journal_doc(&conn, id))
            .transpose()?;
        let ids = self.user_identities();
        let open = |e: &mut Entry| {
            if ids.is_empty() || private::open_entry(&ids, e) {
                return;
            }
            if let Some(v) = hidden::open_details(&ids, &e.details) {
                e.details = v;
            }
        };
        let entries = journal::entries_opened(
            &conn,
            &Filter {
                since: q.since,
                actor: q.actor.clone(),
                action: q.action.clone(),
                doc,
                limit: q.limit,
                after_seq: None,
            },
            &open,
        )?;
        let still_sealed = entries
            .iter()
            .filter(|e| e.action == private::SEALED_ACTION)
            .count();
        let (seq, hash) = journal::head(&conn)?;
        Ok(JournalPage {
            entries,
            still_sealed,
            head: JournalHead { seq, hash },
        })
    }

    /// The IDs of the documents `pick` selects.
    pub fn document_ids_where(&self, pick: impl Fn(&Document) -> bool) -> Result<HashSet<String>> {
        Ok(store::all_docs(&*self.load()?)?
            .into_iter()
            .filter(|d| pick(d))
            .map(|d| d.id)
            .collect())
    }

    /// Verifies the journal's hash chain over the whole index (read whole,
    /// which authenticates every chunk of it).
    pub fn verify_journal(&self) -> Result<Chain> {
        let conn = self.load_whole()?;
        let own = match journal::verify(&conn)? {
            Ok(entries) => entries,
            Err(seq) => return Ok(Chain::Broken { seq, device: None }),
        };
        let peer_entries = match journal::peers::verify_peers(&conn)? {
            Ok(n) => n,
            Err((device, seq)) => {
                return Ok(Chain::Broken {
                    seq,
                    device: Some(device),
                })
            }
        };
        let (seq, hash) = journal::head(&conn)?;
        Ok(Chain::Intact {
            entries: own + peer_entries,
            head: JournalHead { seq, hash },
            peers: self.peer_heads(&conn)?,
        })
    }

    /// The heads of the other devices' chains held here.
    pub fn peer_heads(&self, conn: &rusqlite::Connection) -> Result<Vec<(String, JournalHead)>> {
        let own = self.device()?.unwrap_or_default();
        Ok(journal::peers::all_heads(conn, &own)?
            .into_iter()
            .filter(|(d, _, _)| *d != own)
            .map(|(d, seq, hash)| (d, JournalHead { seq, hash }))
            .collect())
    }

    /// The other devices' chain heads, for `journal head`.
    pub fn journal_peer_heads(&self) -> Result<Vec<(String, JournalHead)>> {
        self.peer_heads(&*self.load()?)
    }

    /// The journal's last entry.
    pub fn journal_head(&self) -> Result<JournalHead> {
        let (seq, hash) = journal::head(&*self.load()?)?;
        Ok(JournalHead { seq, hash })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{EntryActor, JournalActor};

    fn entry(seq: i64, target: Option<&str>, details: serde_json::Value) -> Entry {
        Entry {
            device: None,
            seq,
            at: "2026-01-01T00:00:00Z".into(),
            actor: EntryActor::from(&JournalActor::holder("Camille")),
            mode: "normal".into(),
            action: "doc.add".into(),
            target: target.map(str::to_string),
            details,
            hash: String::new(),
        }
    }

    #[test]
    fn only_titles_of_entries_about_held_documents_are_replaced() {
        let mut page = JournalPage {
            entries: vec![
                entry(1, Some("held1"), json!({ "title": "Biopsie", "size": 3 })),
                entry(2, Some("seen1"), json!({ "title": "Radio" })),
                entry(3, Some("held1"), json!({ "size": 3 })),
                entry(4, None, json!({ "title": "held1" })),
            ],
            still_sealed: 0,
            head: JournalHead {
                seq: 4,
                hash: String::new(),
            },
        };
        let held: HashSet<String> = ["held1".to_string()].into();
        page.hold_titles(&held, "(not visible)");
        let d: Vec<_> = page.entries.iter().map(|e| e.details.clone()).collect();
        assert_eq!(d[0], json!({ "title": "(not visible)", "size": 3 }));
        assert_eq!(d[1], json!({ "title": "Radio" }));
        // No title to hold: nothing is added.
        assert_eq!(d[2], json!({ "size": 3 }));
        assert_eq!(d[3], json!({ "title": "held1" }));
    }
}
