//! Filling a vault fast, for the benchmarks (`examples/bench-fill`,
//! `benches/hot_paths`): many prepared documents committed in one
//! [`Vault::write`], where `carnet add` ([`super::add::add_all`]) commits
//! every 200 documents so that a crash loses little (a `carnet add -r` of
//! 100k files re-seals the growing index 500 times). The rows and journal
//! entries are the ones `carnet add` writes. The CLI does not use this.

use std::io::Cursor;

use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::model::Document;

use super::add::{add_details, new_document, NewDoc};
use super::{blobs, store, Vault};

/// Adds documents held in memory (`contents[i]` is the file of `items[i]`)
/// in one commit: the blobs through the writer `carnet add` uses, one
/// filesystem sync, then every row and `doc.add` entry. Each content must
/// be new to the vault (no deduplication) and no item may be hidden from
/// guardians (those are sealed one by one, see [`super::hidden`]).
pub fn add_in_one_commit(
    vault: &Vault,
    actor: &JournalActor,
    items: Vec<NewDoc>,
    contents: Vec<Vec<u8>>,
) -> Result<Vec<Document>> {
    if items.len() != contents.len() {
        return Err(Error::usage(
            crate::i18n::tr!(
                "v-bulk-count",
                docs = items.len().to_string(),
                contents = contents.len().to_string()
            ),
            crate::i18n::tr!("v-bulk-count-hint"),
        ));
    }
    refuse_hidden(items.iter().map(|i| i.hidden_from_guardians))?;
    let count = items.len();
    let mut items = items.into_iter();
    let mut contents = contents.into_iter();
    let mut docs = Vec::with_capacity(count);
    blobs::write_many(
        &vault.layout,
        vault.key(),
        count,
        blobs::Inputs::Independent,
        move |_| Ok(Cursor::new(contents.next().expect("one per document"))),
        |_, w| {
            if w.duplicate {
                return Err(Error::usage(
                    crate::i18n::tr!("v-bulk-duplicate"),
                    crate::i18n::tr!("v-bulk-duplicate-hint"),
                ));
            }
            docs.push(new_document(items.next().expect("one per content"), w));
            Ok(())
        },
    )?;
    // The blobs must be durable before an index that points to them.
    crate::fsutil::sync_filesystem(&vault.layout.blobs())?;
    record_documents(vault, actor, &mut docs)?;
    Ok(docs)
}

/// Records documents in one commit, each with its `doc.add` entry as
/// `carnet add` writes it, their `added_at` set to the commit's time. The
/// caller vouches that each one's blob is stored, durably (`carnet check`
/// reports one that is not); the index benchmark records rows only.
pub fn record_documents(vault: &Vault, actor: &JournalActor, docs: &mut [Document]) -> Result<()> {
    refuse_hidden(docs.iter().map(|d| d.hidden_from_guardians))?;
    vault.write(|tx| {
        for d in docs.iter_mut() {
            d.added_at = tx.now;
            store::insert_doc(tx.conn, d)?;
            tx.journal(NewEntry::new(
                actor,
                Action::DocAdd,
                Some(&d.id),
                add_details(d),
            ))?;
        }
        Ok(())
    })
}

fn refuse_hidden(mut hidden: impl Iterator<Item = bool>) -> Result<()> {
    if hidden.any(|h| h) {
        return Err(Error::usage(
            crate::i18n::tr!("v-bulk-hidden"),
            crate::i18n::tr!("v-bulk-hidden-hint"),
        ));
    }
    Ok(())
}

impl Vault {
    /// The sealed index file: the benchmarks report its size.
    pub fn index_file(&self) -> std::path::PathBuf {
        self.layout.index()
    }
}
