//! Inbox items on disk (format, listing, writing) and the index's record
//! of which documents came from the inbox (see the module above).

use crate::error::doing;
use std::collections::HashSet;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::crypto::{self, Recipients};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::model::Document;
use crate::vault::layout::Layout;
use crate::vault::{new_id, store, Vault};

/// First line of an item's plaintext.
pub const MAGIC: &str = "carnet-inbox-item v1";
/// Largest item file (ciphertext) folded; a larger one is rejected unread.
pub const MAX_ITEM: u64 = 512 * 1024 * 1024;
/// Largest metadata line read.
pub const MAX_META: u64 = 64 * 1024;
/// `docs.origin` of a document folded from the inbox, not yet seen.
pub const ORIGIN_UNSEEN: &str = "inbox";
/// `docs.origin` of an inbox document the holder has seen.
pub const ORIGIN_SEEN: &str = "inbox-seen";
/// Where items that cannot be folded are moved (kept, never opened again).
pub const REJECTED: &str = "rejected";
/// Temp files of writers that died are removed after this long.
const STALE_TEMP_SECS: u64 = 24 * 3600;

/// What the scanner says of a document (all of it re-checked at fold).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemMeta {
    pub filename: String,
    pub title: String,
    #[serde(rename = "type")]
    pub doc_type: String,
    pub date: String,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub masked: bool,
    pub size: u64,
    /// RFC 3339, when the scanner wrote it (shown, never trusted).
    pub written_at: String,
}

/// One item waiting in the inbox.
#[derive(Debug, Clone)]
pub struct Pending {
    pub name: String,
    pub path: PathBuf,
    pub size: u64,
    pub modified: Option<SystemTime>,
}

/// What the inbox folder holds, read without any key.
#[derive(Debug, Default)]
pub struct Listing {
    /// Items, oldest name first (names are random: order is arbitrary).
    pub items: Vec<Pending>,
    /// Entries that are no item (a link, a FIFO, another name): ignored.
    pub strays: Vec<String>,
    /// Temp files of writes in progress or of writers that died.
    pub temps: Vec<(PathBuf, std::time::Duration)>,
    /// Items moved aside by earlier folds.
    pub rejected: usize,
    /// Items beyond [`MAX_LISTED`], counted but not kept (a flooded folder
    /// is folded over several unlocks, in bounded memory).
    pub more: usize,
}

/// Items kept by one listing.
pub const MAX_LISTED: usize = 10_000;

pub fn dir(layout: &Layout) -> PathBuf {
    layout.root.join("inbox")
}

/// Whether a file name is one [`new_item_name`] gives.
pub fn is_item_name(name: &str) -> bool {
    name.strip_suffix(".age").is_some_and(|id| {
        id.len() == 26
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
    })
}

/// Lists the inbox (no key needed). A missing folder is an empty inbox.
pub fn list(layout: &Layout) -> Result<Listing> {
    let d = dir(layout);
    let mut out = Listing::default();
    if std::fs::symlink_metadata(&d).is_ok() {
        // A link planted in its place must not make carnet read or delete
        // files elsewhere (exit 6).
        crate::confine::check_dir(&layout.root, &d)?;
    }
    let rd = match std::fs::read_dir(&d) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(Error::io(doing::reading(&d), e)),
    };
    for e in rd.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if name == REJECTED && meta.is_dir() {
            out.rejected = std::fs::read_dir(&path).map(|r| r.count()).unwrap_or(0);
        } else if name.starts_with(".tmp-") && meta.is_file() {
            let age = meta
                .modified()
                .ok()
                .and_then(|t| t.elapsed().ok())
                .unwrap_or_default();
            out.temps.push((path, age));
        } else if is_item_name(&name) && meta.is_file() && out.items.len() >= MAX_LISTED {
            out.more += 1;
        } else if is_item_name(&name) && meta.is_file() {
            out.items.push(Pending {
                name,
                path,
                size: meta.len(),
                modified: meta.modified().ok(),
            });
        } else {
            out.strays.push(crate::vault::layout::escape_name(&name));
        }
    }
    out.items.sort_by(|a, b| a.name.cmp(&b.name));
    out.strays.sort();
    Ok(out)
}

/// Whether anything waits (one directory read; no key needed).
pub fn has_items(layout: &Layout) -> bool {
    std::fs::read_dir(dir(layout)).is_ok_and(|rd| {
        rd.flatten()
            .any(|e| is_item_name(&e.file_name().to_string_lossy()))
    })
}

/// An item encrypted into a temp file of the inbox, not yet in place.
#[derive(Debug)]
pub struct Staged {
    tmp: PathBuf,
}

/// Encrypts `n` documents to `to` into temp files of the inbox, on every
/// core (`open(i)` gives document `i`'s metadata and bytes, which must be
/// exactly `meta.size` long: a file that changes while it is read is
/// refused). Nothing is synced or visible yet: [`place`] makes a whole
/// batch durable with one file-system sync and then renames it into view,
/// [`discard`] drops it. One result per document, in order.
pub fn stage_many(
    layout: &Layout,
    to: &age::x25519::Recipient,
    n: usize,
    open: impl Fn(usize) -> Result<(ItemMeta, Box<dyn Read>)> + Sync,
) -> Result<Vec<Result<Staged>>> {
    let d = dir(layout);
    if !d.is_dir() {
        layout.create_dir(&d)?;
    }
    crate::confine::check_dir(&layout.root, &d)?;
    Ok(crate::workers::each(n, |i| {
        let tmp = d.join(format!(".tmp-{}", new_id(16)));
        let res = open(i).and_then(|(meta, mut body)| encrypt_to_file(&tmp, to, &meta, &mut body));
        match res {
            Ok(()) => Ok(Staged { tmp }),
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                Err(e)
            }
        }
    }))
}

/// Makes staged items durable (one `syncfs` for the batch, as `add -r`
/// does for blobs, instead of two fsyncs per item), then renames each
/// into place and syncs the folder once. A crash before the renames
/// leaves only temp files, removed a day later; after them, complete
/// items. Returns the items' names, in order.
pub fn place(layout: &Layout, staged: Vec<Staged>) -> Result<Vec<String>> {
    let d = dir(layout);
    if staged.is_empty() {
        return Ok(Vec::new());
    }
    fsutil::sync_filesystem(&d)?;
    let mut names = Vec::with_capacity(staged.len());
    for s in staged {
        let name = new_item_name();
        std::fs::rename(&s.tmp, d.join(&name))
            .ctx(|| crate::i18n::tr!("io-placing-in-inbox", name = name.to_string()))?;
        names.push(name);
    }
    fsutil::sync_dir(&d)?;
    Ok(names)
}

/// Removes staged items that will not be placed.
pub fn discard(staged: Vec<Staged>) {
    for s in staged {
        let _ = std::fs::remove_file(&s.tmp);
    }
}

/// A fresh item name: random, so it tells nothing of the document.
pub fn new_item_name() -> String {
    format!("{}.age", new_id(26))
}

/// Writes one item (age to `to`: the header line, the metadata line, the
/// document) into a new private file `tmp`, not synced (the caller makes
/// it durable: [`place`] for a batch, the remote's own put for a scanner
/// that uploads). Only ciphertext ever reaches the disk: the age stream is
/// written as `body` is read.
pub fn encrypt_to_file(
    tmp: &Path,
    to: &age::x25519::Recipient,
    meta: &ItemMeta,
    body: &mut dyn Read,
) -> Result<()> {
    let file = fsutil::create_new_private(tmp)?;
    let mut w = crypto::encrypt_writer(
        &Recipients::x25519(to.clone()),
        BufWriter::with_capacity(1 << 16, file),
        false,
    )?;
    let head = serde_json::to_string(meta).expect("item metadata serializes");
    let err = |e| Error::io(doing::writing(tmp), e);
    w.write_all(format!("{MAGIC}\n{head}\n").as_bytes())
        .map_err(err)?;
    // Read in 64 KiB pieces (io::copy's own buffer is 8 KiB: 16 times the
    // read calls for the same bytes).
    let mut src = std::io::BufReader::with_capacity(1 << 16, body.take(meta.size + 1));
    let n = std::io::copy(&mut src, &mut w).map_err(err)?;
    if n != meta.size {
        return Err(Error::usage(
            crate::i18n::tr!(
                "m-inbox-changed-while-read",
                name = &meta.filename,
                got = n,
                expected = meta.size
            ),
            crate::i18n::tr!("m-inbox-changed-while-read-hint"),
        ));
    }
    let file = w
        .finish()?
        .into_inner()
        .map_err(|e| Error::io(crate::i18n::tr!("io-writing-inbox-item"), e.into_error()))?;
    // Start writing it out now, as blobs do, so the batch's one `syncfs`
    // finds little left (it took 0.58 s of 2.2 s at the end otherwise).
    crate::vault::blobs::start_writeback(&file);
    Ok(())
}

/// Removes temp files of inbox writers that died a day ago or more.
pub fn remove_stale_temps(layout: &Layout, listing: &Listing) -> usize {
    listing
        .temps
        .iter()
        .filter(|(_, age)| age.as_secs() >= STALE_TEMP_SECS)
        .filter(|(p, _)| layout.remove_file(p).is_ok())
        .count()
}

/// The documents folded from the inbox that the holder has not seen.
pub fn unseen(conn: &Connection) -> Result<HashSet<String>> {
    // `origin <> 'holder'` lets SQLite use the partial index docs_inbox.
    let mut stmt =
        conn.prepare_cached("SELECT id FROM docs WHERE origin <> 'holder' AND origin = ?1")?;
    let ids = stmt
        .query_map([ORIGIN_UNSEEN], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(ids)
}

/// The documents folded from the inbox, seen or not.
pub fn from_inbox(conn: &Connection) -> Result<HashSet<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT id FROM docs WHERE origin <> 'holder' AND origin IN (?1, ?2)")?;
    let ids = stmt
        .query_map([ORIGIN_UNSEEN, ORIGIN_SEEN], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(ids)
}

/// Where a document came from: `holder` or an inbox origin.
pub fn origin_of(conn: &Connection, id: &str) -> Result<String> {
    Ok(conn
        .query_row("SELECT origin FROM docs WHERE id = ?1", [id], |r| r.get(0))
        .unwrap_or_else(|_| "holder".into()))
}

impl Vault {
    /// The inbox imports the holder has not seen, by ID.
    pub fn unseen_inbox_docs(&self) -> Result<Vec<Document>> {
        let conn = self.load()?;
        let mut ids: Vec<String> = unseen(&conn)?.into_iter().collect();
        ids.sort();
        let mut docs = Vec::new();
        for id in ids {
            docs.extend(store::get_doc(&conn, &id)?);
        }
        Ok(docs)
    }

    /// The holder has seen these inbox documents: they may now leave the
    /// vault as any other (journaled `inbox.accept`). Documents that are
    /// not unseen inbox imports are left as they are; returns the ones
    /// accepted now.
    pub fn accept_inbox(&self, docs: &[Document], actor: &JournalActor) -> Result<Vec<String>> {
        self.write(|tx| {
            let mut done = Vec::new();
            for d in docs {
                let n = tx.conn.execute(
                    "UPDATE docs SET origin = ?1 WHERE id = ?2 AND origin = ?3",
                    [ORIGIN_SEEN, &d.id, ORIGIN_UNSEEN],
                )?;
                if n == 1 {
                    tx.journal(NewEntry::new(
                        actor,
                        Action::InboxAccept,
                        Some(&d.id),
                        serde_json::json!({ "title": d.title }),
                    ))?;
                    done.push(d.id.clone());
                }
            }
            Ok(done)
        })
    }
}

/// Marks a freshly inserted document as an unseen inbox import.
pub(super) fn mark_unseen(conn: &Connection, id: &str) -> Result<()> {
    conn.execute(
        "UPDATE docs SET origin = ?1 WHERE id = ?2",
        [ORIGIN_UNSEEN, id],
    )?;
    Ok(())
}

/// Whether a document exists (by exact ID).
pub(super) fn exists(conn: &Connection, id: &str) -> Result<bool> {
    Ok(store::get_doc(conn, id)?.is_some())
}

/// The inbox folder's path relative to the vault, for messages.
pub fn shown(layout: &Layout, p: &Path) -> String {
    p.strip_prefix(&layout.root)
        .unwrap_or(p)
        .display()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn item_names_are_what_new_item_name_gives() {
        assert!(is_item_name(&new_item_name()));
        assert!(!is_item_name("abc.age"));
        assert!(!is_item_name(&format!("{}.age", "A".repeat(26))));
        assert!(!is_item_name(&format!(".tmp-{}", new_id(16))));
        assert!(!is_item_name(&format!("{}.age.x", new_id(26))));
    }
}
