//! Adding documents: stream each input into the blob store (no lock held),
//! then commit the index in batches (every 200 documents or 5 seconds), so
//! a crash loses at most the last batch and a rerun adds only what is
//! missing (same content = same blob = reported duplicate).

use std::io::Read;
use std::time::{Duration, Instant};

use serde_json::json;
use time::OffsetDateTime;

use crate::crypto::ParsedRecipient;
use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::model::{DocType, Document};
use crate::vault::meta;
use crate::vault::{blobs, hidden, keys, new_id, store, Vault};

/// The metadata of one document to add.
#[derive(Debug, Clone)]
pub struct NewDoc {
    pub title: String,
    pub doc_type: DocType,
    pub date: String,
    pub author: Option<String>,
    pub tags: Vec<String>,
    pub masked: bool,
    pub masked_from: Vec<String>,
    pub hidden_from_guardians: bool,
    pub invisible_patient_until: Option<OffsetDateTime>,
    pub media_type: String,
    pub filename: String,
}

/// What happened to one input.
#[derive(Debug, Clone)]
pub struct Added {
    pub doc: Document,
    pub duplicate: bool,
}

const BATCH_DOCS: usize = 200;
const BATCH_TIME: Duration = Duration::from_secs(5);

/// Adds documents; `open(i)` gives the bytes of `items[i]` (called in
/// order, one at a time, on a worker thread; see [`blobs::write_many`]). `on_done` runs after each input is committed.
/// Items hidden from guardians are sealed for the minor (see
/// [`hidden`]) after the others; they are never deduplicated, since a
/// "duplicate" answer would confirm a guess of their content.
pub fn add_all<R: Read + Send>(
    vault: &Vault,
    actor: &JournalActor,
    items: Vec<NewDoc>,
    inputs: blobs::Inputs,
    mut open: impl FnMut(usize) -> Result<R> + Send,
    mut on_done: impl FnMut(&Added),
) -> Result<Vec<Added>> {
    let count = items.len();
    let hidden_idx: Vec<usize> = (0..count)
        .filter(|&i| items[i].hidden_from_guardians)
        .collect();
    let normal_idx: Vec<usize> = (0..count)
        .filter(|&i| !items[i].hidden_from_guardians)
        .collect();
    let recipients = if hidden_idx.is_empty() {
        Vec::new()
    } else {
        minor_recipients_for_hiding(vault)?
    };
    let mut items: Vec<Option<NewDoc>> = items.into_iter().map(Some).collect();
    let mut results: Vec<Added> = Vec::with_capacity(count);
    let mut pending: Vec<(usize, Document)> = Vec::new();
    let mut batch_start = Instant::now();
    {
        let open = &mut open;
        let normal_idx = &normal_idx;
        blobs::write_many(
            &vault.layout,
            vault.key(),
            normal_idx.len(),
            inputs,
            move |k| open(normal_idx[k]),
            |k, w| {
                if w.duplicate {
                    // Keep a pre-existing (maybe orphan) blob from being cleaned up
                    // before this batch commits.
                    touch(&vault.layout.blob(&w.name));
                }
                let item = items[normal_idx[k]]
                    .take()
                    .expect("each input is stored once");
                let doc = new_document(item, w);
                let idx = results.len();
                results.push(Added {
                    doc: doc.clone(),
                    duplicate: false,
                });
                pending.push((idx, doc));
                if pending.len() >= BATCH_DOCS || batch_start.elapsed() >= BATCH_TIME {
                    commit_batch(vault, actor, &mut pending, &mut results, &mut on_done)?;
                    batch_start = Instant::now();
                }
                Ok(())
            },
        )?;
    }
    if !pending.is_empty() {
        commit_batch(vault, actor, &mut pending, &mut results, &mut on_done)?;
    }
    if !hidden_idx.is_empty() {
        let mut docs = Vec::with_capacity(hidden_idx.len());
        for &i in &hidden_idx {
            let item = items[i].take().expect("each input is stored once");
            let w = hidden::write_blob(&vault.layout, &recipients, open(i)?)?;
            docs.push(new_document(item, w));
        }
        crate::fsutil::sync_filesystem(&vault.layout.blobs())?;
        let committed = vault.write(|tx| {
            let mut out = Vec::with_capacity(docs.len());
            for d in &docs {
                let mut d = d.clone();
                d.added_at = tx.now;
                insert_hidden(tx, actor, &recipients, &d)?;
                out.push(d);
            }
            Ok(out)
        })?;
        for doc in committed {
            results.push(Added {
                doc,
                duplicate: false,
            });
            on_done(results.last().expect("just pushed"));
        }
    }
    Ok(results)
}

/// A document's id, from its blob's name (a keyed hash of its content):
/// the same content added on two replicas before they sync is one
/// document, merged field by field (domain.md §10.1), not two.
pub fn id_for_blob(blob: &str) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    match hex::decode(blob.get(..16).unwrap_or("")) {
        Ok(b) if b.len() == 8 => {
            let n = u64::from_be_bytes(b.try_into().expect("8 bytes"));
            (0..12)
                .map(|i| ALPHABET[((n >> (59 - 5 * i)) & 31) as usize] as char)
                .collect()
        }
        _ => new_id(12),
    }
}

pub(super) fn new_document(item: NewDoc, w: blobs::Written) -> Document {
    Document {
        id: id_for_blob(&w.name),
        title: item.title,
        doc_type: item.doc_type,
        date: item.date,
        author: item.author,
        tags: item.tags,
        masked: item.masked,
        masked_from: item.masked_from,
        hidden_from_guardians: item.hidden_from_guardians,
        invisible_patient_until: item.invisible_patient_until,
        size: w.size,
        sha256: w.sha256,
        blob: w.name,
        media_type: item.media_type,
        filename: item.filename,
        added_at: crate::timefmt::now(),
    }
}

/// The minor's recipients, to seal a document hidden from guardians to;
/// exit 2 when this vault has none (with a hint saying what to do).
pub fn minor_recipients_for_hiding(vault: &Vault) -> Result<Vec<ParsedRecipient>> {
    let conn = vault.load()?;
    if meta::get(&conn, meta::Key::HandedOverAt)?.is_some() {
        return Err(Error::usage(
            crate::i18n::tr!("v-handed-over-no-guardians"),
            crate::i18n::tr!("v-handed-over-no-guardians-hint"),
        ));
    }
    if meta::get(&conn, meta::Key::GuardiansProfile)?.is_none() {
        return Err(Error::usage(
            crate::i18n::tr!("v-not-a-child-vault"),
            crate::i18n::tr!("v-not-a-child-vault-hint"),
        ));
    }
    let r = keys::minor_recipients(&conn)?;
    if r.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("v-no-minor-key"),
            crate::i18n::tr!("v-no-minor-key-hint"),
        ));
    }
    Ok(r)
}

/// A document guardians see shows its author: a professional the minor
/// keeps private (vault::private) may author only documents hidden from
/// guardians, whose metadata is sealed too (exit 5 otherwise).
pub fn refuse_private_author(vault: &Vault, items: &[NewDoc]) -> Result<()> {
    let mine = crate::vault::private::private_pros(&*vault.load()?)?;
    let shown = items
        .iter()
        .filter(|i| !i.hidden_from_guardians)
        .find_map(|i| i.author.as_ref().filter(|r| mine.contains(*r)));
    match shown {
        Some(rpps) => Err(Error::policy(
            crate::i18n::tr!("v-private-author", rpps = rpps),
            crate::i18n::tr!("v-private-author-hint"),
        )),
        None => Ok(()),
    }
}

/// Inserts a hidden document: placeholders in the clear columns, the real
/// metadata sealed for the minor, and a `doc.add` entry with sealed details.
pub fn insert_hidden(
    tx: &crate::vault::Tx,
    actor: &JournalActor,
    recipients: &[ParsedRecipient],
    d: &Document,
) -> Result<()> {
    hidden::insert(tx.conn, recipients, d, tx.now)?;
    tx.journal(NewEntry::new(
        actor,
        Action::DocAdd,
        Some(&d.id),
        hidden::seal_details(recipients, &add_details(d))?,
    ))?;
    Ok(())
}

/// The details of a `doc.add` entry.
pub fn add_details(d: &Document) -> serde_json::Value {
    let mut details = json!({
        "title": d.title,
        "type": d.doc_type.name,
        "date": d.date,
        "size": d.size,
        "sha256": d.sha256,
    });
    if let Some(a) = &d.author {
        details["author"] = json!(a);
    }
    if d.masked {
        details["masked"] = json!(true);
    }
    details
}

fn touch(path: &std::path::Path) {
    crate::fsutil::touch(path);
}

fn commit_batch(
    vault: &Vault,
    actor: &JournalActor,
    pending: &mut Vec<(usize, Document)>,
    results: &mut [Added],
    on_done: &mut impl FnMut(&Added),
) -> Result<()> {
    let batch = std::mem::take(pending);
    // The blobs must be durable before an index that points to them.
    blobs::make_durable(&vault.layout, batch.iter().map(|(_, d)| d.blob.as_str()))?;
    let outcomes = vault.write(|tx| {
        let mut outcomes = Vec::with_capacity(batch.len());
        let mut seen: std::collections::HashMap<String, Document> =
            std::collections::HashMap::new();
        for (idx, doc) in &batch {
            let existing = match seen.get(&doc.blob) {
                Some(d) => Some(d.clone()),
                None => store::doc_by_blob(tx.conn, &doc.blob)?,
            };
            if let Some(existing) = existing {
                outcomes.push((*idx, existing, true));
                continue;
            }
            let mut d = doc.clone();
            d.added_at = tx.now;
            store::insert_doc(tx.conn, &d)?;
            tx.journal(NewEntry::new(
                actor,
                Action::DocAdd,
                Some(&d.id),
                add_details(&d),
            ))?;
            seen.insert(d.blob.clone(), d.clone());
            outcomes.push((*idx, d, false));
        }
        Ok(outcomes)
    })?;
    for (idx, doc, duplicate) in outcomes {
        results[idx] = Added { doc, duplicate };
        on_done(&results[idx]);
    }
    Ok(())
}

/// What adding some content would do, found without writing anything
/// (`add --dry-run`): its hashes and size, and the document that already
/// holds the same content, if any.
pub struct Preview {
    pub sha256: String,
    pub size: u64,
    pub existing: Option<Document>,
}

/// Reads `input` to its end, hashing it as [`blobs::write`] would name it,
/// and looks the content up in the index. Nothing is written.
pub fn preview(vault: &Vault, mut input: impl Read) -> Result<Preview> {
    use sha2::Digest;
    let mut keyed = blake3::Hasher::new_keyed(&vault.key().blob_name_key());
    let mut sha = sha2::Sha256::new();
    let mut buf = zeroize::Zeroizing::new(vec![0u8; 64 * 1024]);
    let mut size = 0u64;
    loop {
        let n = match input.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::io(crate::i18n::tr!("io-reading-input"), e)),
        };
        keyed.update(&buf[..n]);
        sha.update(&buf[..n]);
        size += n as u64;
    }
    let blob = keyed.finalize().to_hex().to_string();
    let existing = store::doc_by_blob(&*vault.load()?, &blob)?;
    Ok(Preview {
        sha256: hex::encode(sha.finalize()),
        size,
        existing,
    })
}
