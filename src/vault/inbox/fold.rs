//! Folding the inbox into the index, crash-safe and idempotent:
//!
//! 1. each item (at most [`MAX_FOLD_ITEMS`] and [`MAX_FOLD_BYTES`] per
//!    fold) is decrypted with the vault key, its metadata checked and
//!    sanitised, and its bytes streamed into the blob store (no lock held;
//!    a blob no document points to is a leftover `check` reports and the
//!    hourly sweep removes);
//! 2. one commit inserts the new documents, whose IDs are derived from the
//!    item ([`doc_id`]), so a second fold of the same item, on this replica
//!    or another, finds the document there, or its fold journaled (the
//!    document since deleted), and adds nothing; two replicas that fold
//!    one item before either syncs insert the same row, which the merge
//!    takes as one addition (`replica::merge`);
//! 3. only then are the items removed.
//!
//! Killed before 2, the items are still there and the next fold does it
//! all again; killed between 2 and 3, the next fold finds each document
//! by its ID and just removes the item. Same content as a document
//! already in the vault is a duplicate: the item goes, nothing is edited.

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};

use serde_json::json;

use crate::crypto::VaultKey;
use crate::error::Result;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::model::{DocType, Document};
use crate::vault::add::add_details;
use crate::vault::inbox::items::{
    dir, exists, list, mark_unseen, remove_stale_temps, ItemMeta, Pending, MAGIC, MAX_ITEM,
    MAX_META, REJECTED,
};
use crate::vault::inbox::rejection::Rejection;
use crate::vault::{blobs, store, Vault};
use crate::{fsutil, ids, media, text, timefmt};

/// Items folded per fold (the rest wait for the next one).
pub const MAX_FOLD_ITEMS: usize = 500;
/// Bytes (ciphertext) folded per fold; one item larger than this is
/// still folded alone, up to [`MAX_ITEM`].
pub const MAX_FOLD_BYTES: u64 = 2 * 1024 * 1024 * 1024;
const MAX_TITLE: usize = 300;
const MAX_TAGS: usize = 32;
const MAX_TAG: usize = 100;
const MAX_FILENAME: usize = 255;

/// What one fold did.
#[derive(Debug, Default)]
pub struct FoldReport {
    /// New documents.
    pub added: Vec<Document>,
    /// (item, document already holding the same content).
    pub duplicates: Vec<(String, String)>,
    /// Items whose document an earlier, interrupted fold had committed.
    pub already: usize,
    /// (item, why) moved to `inbox/rejected/`.
    pub rejected: Vec<(String, Rejection)>,
    /// Items left for a later fold (the bounds of this one were reached).
    pub left: usize,
    /// Items encrypted to a key a rekey retired (a scanner that has not
    /// learnt the new recipient): folded with the key ring.
    pub retired_key: usize,
    /// The vault's current recipient (what scanners should encrypt to).
    pub recipient: String,
}

impl FoldReport {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.duplicates.is_empty()
            && self.already == 0
            && self.rejected.is_empty()
    }
}

/// The document ID an inbox item becomes: a keyed BLAKE3 (key derived
/// from the vault key) of the item's name and its content's blob name, in
/// the base32 alphabet of random IDs. Every replica of the vault derives
/// the same ID from the same item, and the ID reveals nothing without the
/// key.
pub fn doc_id(key: &VaultKey, item: &str, blob: &str) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    let k = key.derive("inbox document id");
    let h = blake3::keyed_hash(&k, format!("{item}\n{blob}").as_bytes());
    h.as_bytes()[..16]
        .iter()
        .map(|b| ALPHABET[(*b as usize) % 32] as char)
        .collect()
}

/// Folds up to one batch of the inbox (see the module docs).
pub fn fold(vault: &Vault) -> Result<FoldReport> {
    let layout = &vault.layout;
    let listing = list(layout)?;
    remove_stale_temps(layout, &listing);
    let mut report = FoldReport {
        left: listing.more,
        recipient: vault.key().recipient().to_string(),
        ..FoldReport::default()
    };
    let mut batch: Vec<&Pending> = Vec::new();
    let mut bytes = 0u64;
    for p in &listing.items {
        if batch.len() >= MAX_FOLD_ITEMS
            || (!batch.is_empty() && bytes.saturating_add(p.size) > MAX_FOLD_BYTES)
        {
            report.left += 1;
            continue;
        }
        bytes = bytes.saturating_add(p.size);
        batch.push(p);
    }
    if batch.is_empty() {
        return Ok(report);
    }
    // 1. Blobs, outside the lock, one item per worker (each item is
    // decrypted, checked and re-encrypted on one thread, so small items
    // keep every core busy). Items sent before a scanner learnt of a
    // rekey open with the key it retired (kept in the index).
    let key = vault.key();
    let retired = crate::vault::replica::keyring::retired(&*vault.load()?)?;
    blobs::prepare_dirs(layout)?;
    let opened = crate::workers::each(batch.len(), |i| open_item(layout, key, &retired, batch[i]));
    let mut ready: Vec<(&Pending, Document)> = Vec::new();
    for (p, res) in batch.into_iter().zip(opened) {
        match res {
            Ok((d, old)) => {
                report.retired_key += usize::from(old);
                ready.push((p, d))
            }
            Err(why) => report.rejected.push((p.name.clone(), why)),
        }
    }
    fsutil::sync_filesystem(&layout.blobs())?;
    // 2. One commit.
    let actor = JournalActor::inbox();
    let private = crate::vault::private::private_pros(&*vault.load()?)?;
    let outcome = vault.write(|tx| {
        let mut added = Vec::new();
        let mut dups = Vec::new();
        let mut already = 0;
        let mut refused = Vec::new();
        let folded = folded_into_docs(tx.conn)?;
        for (p, d) in &ready {
            if exists(tx.conn, &d.id)? || folded.contains(&p.name) {
                already += 1;
                continue;
            }
            if let Some(existing) = store::doc_by_blob(tx.conn, &d.blob)? {
                dups.push((p.name.clone(), existing.id));
                continue;
            }
            if d.author.as_ref().is_some_and(|a| private.contains(a)) {
                // A document guardians see shows its author (vault::add).
                refused.push((p.name.clone(), Rejection::PrivateAuthor));
                continue;
            }
            let mut d = d.clone();
            d.added_at = tx.now;
            store::insert_doc(tx.conn, &d)?;
            mark_unseen(tx.conn, &d.id)?;
            let mut details = add_details(&d);
            details["inbox_item"] = json!(p.name);
            tx.journal(NewEntry::new(&actor, Action::DocAdd, Some(&d.id), details))?;
            added.push(d);
        }
        let all_rejected: Vec<_> = report.rejected.iter().chain(refused.iter()).collect();
        if !dups.is_empty() || !all_rejected.is_empty() {
            tx.journal(NewEntry::new(
                &actor,
                Action::InboxFold,
                None,
                json!({
                    "duplicates": dups.iter().map(|(i, d)| json!({"item": i, "doc": d})).collect::<Vec<_>>(),
                    "rejected": all_rejected.iter().map(|(i, w)| json!({"item": i, "reason": w.reason()})).collect::<Vec<_>>(),
                    "authenticated": false,
                }),
            ))?;
        }
        Ok((added, dups, already, refused))
    })?;
    let (added, dups, already, refused) = outcome;
    report.added = added;
    report.duplicates = dups;
    report.already = already;
    report.rejected.extend(refused);
    // 3. The items go only now that the commit holds their documents.
    let done: Vec<&str> = ready
        .iter()
        .map(|(p, _)| p.name.as_str())
        .filter(|n| report.rejected.iter().all(|(r, _)| r != n))
        .collect();
    let _ = crate::confine::remove_files(&layout.root, &dir(layout), &done);
    if !report.rejected.is_empty() {
        let aside = dir(layout).join(REJECTED);
        if layout.create_dir(&aside).is_ok() {
            for (n, _) in &report.rejected {
                let _ = std::fs::rename(dir(layout).join(n), aside.join(n));
            }
        }
    }
    let _ = fsutil::sync_dir(&dir(layout));
    Ok(report)
}

/// The items whose fold into a document is journaled, here or on
/// another replica: one whose document is gone (deleted since) is not
/// folded again by a replica that pulled it before that fold reached it.
fn folded_into_docs(conn: &rusqlite::Connection) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    for table in ["journal", "journal_peer"] {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT json_extract(details, '$.inbox_item') FROM {table}
              WHERE action = 'doc.add' AND actor_type = 'inbox'"
        ))?;
        for n in stmt.query_map([], |r| r.get::<_, Option<String>>(0))? {
            out.extend(n?);
        }
    }
    Ok(out)
}

/// Notes whether its identity opened a stanza.
struct Noting<'a> {
    inner: &'a dyn age::Identity,
    hit: std::cell::Cell<bool>,
}

impl age::Identity for Noting<'_> {
    fn unwrap_stanza(
        &self,
        stanza: &age_core::format::Stanza,
    ) -> Option<std::result::Result<age_core::format::FileKey, age::DecryptError>> {
        let got = self.inner.unwrap_stanza(stanza);
        if matches!(got, Some(Ok(_))) {
            self.hit.set(true);
        }
        got
    }
}

/// Decrypts one item into the blob store: the document it would become
/// and whether a retired key opened it, or why it is rejected (shown to
/// the holder and journaled).
fn open_item(
    layout: &crate::vault::layout::Layout,
    key: &VaultKey,
    retired: &[VaultKey],
    p: &Pending,
) -> std::result::Result<(Document, bool), Rejection> {
    let file = fsutil::open_regular(&p.path, MAX_ITEM).map_err(|e| match e {
        fsutil::Unread::TooLarge => Rejection::TooLarge {
            mib: MAX_ITEM >> 20,
        },
        _ => Rejection::NotRegularFile,
    })?;
    let current = key.identity();
    let old: Vec<Noting> = retired
        .iter()
        .map(|k| Noting {
            inner: k.identity(),
            hit: std::cell::Cell::new(false),
        })
        .collect();
    let mut ids: Vec<&dyn age::Identity> = vec![current];
    ids.extend(old.iter().map(|n| n as &dyn age::Identity));
    let opener =
        crate::crypto::decrypt_reader(file, &ids).map_err(|_| Rejection::NotForThisVault)?;
    let by_retired = old.iter().any(|n| n.hit.get());
    let mut r = BufReader::with_capacity(1 << 16, opener);
    let (meta, mut d) = read_head(&mut r)?;
    let w = blobs::write_here(
        layout,
        key,
        Exact {
            inner: r,
            left: meta.size,
        },
    )
    .map_err(|_| Rejection::WrongSize)?;
    if w.duplicate {
        // Keep a pre-existing blob from the hourly sweep until the commit.
        fsutil::touch(&layout.blob(&w.name));
    }
    d.id = doc_id(key, &p.name, &w.name);
    d.size = w.size;
    d.sha256 = w.sha256;
    d.blob = w.name;
    Ok((d, by_retired))
}

/// Reads an item's first two lines from its plaintext: the header, then
/// the metadata (bounded), parsed and checked. The document's bytes follow.
fn read_head<R: BufRead>(r: &mut R) -> std::result::Result<(ItemMeta, Document), Rejection> {
    let mut line = Vec::new();
    r.take(MAGIC.len() as u64 + 1)
        .read_until(b'\n', &mut line)
        .map_err(|_| Rejection::Undecryptable)?;
    if line != format!("{MAGIC}\n").as_bytes() {
        return Err(Rejection::NoHeader);
    }
    line.clear();
    r.take(MAX_META)
        .read_until(b'\n', &mut line)
        .map_err(|_| Rejection::Undecryptable)?;
    if line.last() != Some(&b'\n') {
        return Err(Rejection::MetadataMissing);
    }
    let meta: ItemMeta = serde_json::from_slice(&line).map_err(|_| Rejection::MetadataNotCarnet)?;
    let d = checked(&meta)?;
    Ok((meta, d))
}

/// Fuzzing entry (fuzz/fuzz_targets/inbox_item.rs): an item's decrypted
/// bytes, read as a fold reads them (header, metadata, then exactly the
/// size it claims); the document it would become, or why not.
#[doc(hidden)]
pub fn fuzz_item(plaintext: &[u8]) -> std::result::Result<Document, Rejection> {
    let mut r = BufReader::new(plaintext);
    let (meta, d) = read_head(&mut r)?;
    std::io::copy(
        &mut Exact {
            inner: r,
            left: meta.size,
        },
        &mut std::io::sink(),
    )
    .map_err(|_| Rejection::WrongSize)?;
    Ok(d)
}

/// The document an item's metadata describes, every field checked:
/// text sanitised and bounded, type, date and author as strict as `add`'s
/// flags; the media type is guessed from the name again.
fn checked(m: &ItemMeta) -> std::result::Result<Document, Rejection> {
    if m.size == 0 {
        return Err(Rejection::Empty);
    }
    let filename: String = text::clean(&m.filename.replace(['/', '\\'], "_"), MAX_FILENAME)
        .trim()
        .to_string();
    let filename = if filename.is_empty() {
        "document".to_string()
    } else {
        filename
    };
    let title = text::clean(&m.title, MAX_TITLE).trim().to_string();
    let title = if title.is_empty() {
        filename.clone()
    } else {
        title
    };
    let doc_type = DocType::parse(&m.doc_type).ok_or(Rejection::UnknownType)?;
    let date = timefmt::parse_doc_date(&m.date).map_err(|_| Rejection::BadDate)?;
    let author = match &m.author {
        Some(a) => Some(ids::parse_rpps(a).map_err(|_| Rejection::BadAuthor)?),
        None => None,
    };
    if m.tags.len() > MAX_TAGS {
        return Err(Rejection::TooManyTags { max: MAX_TAGS });
    }
    let mut tags: Vec<String> = Vec::new();
    for t in &m.tags {
        let t = text::clean(t, MAX_TAG).trim().to_string();
        if !t.is_empty() && !tags.contains(&t) {
            tags.push(t);
        }
    }
    Ok(Document {
        id: String::new(),
        title,
        doc_type,
        date,
        author,
        tags,
        masked: m.masked,
        masked_from: Vec::new(),
        hidden_from_guardians: false,
        invisible_patient_until: None,
        size: 0,
        sha256: String::new(),
        blob: String::new(),
        media_type: media::type_of_name(&filename),
        filename,
        added_at: timefmt::now(),
    })
}

/// Gives exactly `left` bytes, failing if the stream is shorter or longer
/// (an item whose document is not the size its metadata says is damaged).
struct Exact<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Exact<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(std::io::Error::other("longer than its metadata says")),
            };
        }
        let want = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        if n == 0 {
            return Err(std::io::Error::other("shorter than its metadata says"));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta() -> ItemMeta {
        ItemMeta {
            filename: "scan.pdf".into(),
            title: "Bilan".into(),
            doc_type: "lab-report".into(),
            date: "2025-01-02".into(),
            author: None,
            tags: vec![],
            masked: false,
            size: 3,
            written_at: "2025-01-02T00:00:00Z".into(),
        }
    }

    #[test]
    fn ids_are_derived_from_the_item_and_the_key() {
        let k = VaultKey::generate();
        let a = doc_id(&k, "item.age", "blob");
        assert_eq!(a, doc_id(&k, "item.age", "blob"));
        assert_eq!(a.len(), 16);
        assert_ne!(a, doc_id(&k, "other.age", "blob"));
        assert_ne!(a, doc_id(&k, "item.age", "blob2"));
        assert_ne!(a, doc_id(&VaultKey::generate(), "item.age", "blob"));
    }

    #[test]
    fn metadata_is_sanitised_and_checked() {
        let mut m = meta();
        m.title = "a\u{1b}[2Jb\u{202e}c".into();
        m.filename = "../../etc/passwd".into();
        m.tags = vec!["x\ny".into(), "x\ny".into(), "  ".into()];
        let d = checked(&m).unwrap();
        assert!(text::first_unsafe(&d.title).is_none(), "{:?}", d.title);
        assert!(!d.filename.contains('/'));
        assert_eq!(d.tags, vec!["x y"]);
        for bad in [
            ItemMeta {
                doc_type: "nonsense".into(),
                ..meta()
            },
            ItemMeta {
                date: "2025-13-01".into(),
                ..meta()
            },
            ItemMeta {
                author: Some("10100000003".into()),
                ..meta()
            },
            ItemMeta { size: 0, ..meta() },
            ItemMeta {
                tags: vec!["t".into(); 40],
                ..meta()
            },
        ] {
            assert!(checked(&bad).is_err(), "{bad:?}");
        }
    }

    fn item(meta: &ItemMeta, body: &[u8]) -> Vec<u8> {
        let mut v = format!("{MAGIC}\n{}\n", serde_json::to_string(meta).unwrap()).into_bytes();
        v.extend_from_slice(body);
        v
    }

    /// The fuzzing entry reads an item as a fold does.
    #[test]
    fn the_fuzz_entry_reads_items_as_a_fold_does() {
        let d = fuzz_item(&item(&meta(), b"abc")).unwrap();
        assert_eq!(
            (d.title.as_str(), d.filename.as_str()),
            ("Bilan", "scan.pdf")
        );
        for bad in [
            item(&meta(), b"ab"),
            item(&meta(), b"abcd"),
            item(&ItemMeta { size: 0, ..meta() }, b""),
            b"carnet-inbox-item v1\n{}\nabc".to_vec(),
            b"carnet-inbox-item v1\nabc".to_vec(),
            b"carnet-inbox-item v2\n".to_vec(),
            Vec::new(),
            [
                b"carnet-inbox-item v1\n".as_slice(),
                &vec![b'x'; MAX_META as usize + 10],
            ]
            .concat(),
        ] {
            assert!(
                fuzz_item(&bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(&bad)
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn items_never_panic_and_give_clean_text(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300),
            at in 0usize..300,
            to in proptest::num::u8::ANY,
        ) {
            let _ = fuzz_item(&bytes);
            let mut v = item(&meta(), b"abc");
            let i = at % v.len();
            v[i] = to;
            if let Ok(d) = fuzz_item(&v) {
                proptest::prop_assert!(text::first_unsafe(&d.title).is_none());
                proptest::prop_assert!(!d.filename.contains('/'));
            }
        }
    }

    #[test]
    fn exact_refuses_short_and_long_streams() {
        let read = |data: &[u8], left| {
            let mut out = Vec::new();
            Exact { inner: data, left }
                .read_to_end(&mut out)
                .map(|_| out)
        };
        assert_eq!(read(b"abc", 3).unwrap(), b"abc");
        assert!(read(b"ab", 3).is_err());
        assert!(read(b"abcd", 3).is_err());
    }
}
