//! Documents hidden from guardians (`INVISIBLE_REPRESENTANTS_LEGAUX`),
//! enforced by encryption rather than by policy alone.
//!
//! A guardian holds the child's vault key (that is how they open the
//! vault), so anything encrypted to the vault key is theirs to read. A
//! hidden document is therefore encrypted to the **minor's own
//! recipients** (the `minor` rows of `unlock_keys`, registered with
//! `carnet profile key`), never to the vault key:
//!
//! * its blob is an age file to those recipients, named by 32 random
//!   bytes (not by a keyed content hash, so a guardian cannot confirm a
//!   guess by hashing a candidate), and its SHA-256 is checked on read;
//! * its metadata (title, type, date, author, tags, file name, media type,
//!   SHA-256, size) is a JSON object age-encrypted to the same recipients,
//!   kept in `docs.sealed`; the clear columns hold placeholders, so a
//!   guardian sees only that a hidden document exists;
//! * journal entries about it carry their details sealed the same way
//!   (`{"hidden": true, "sealed": BASE64}`); the chain covers the sealed
//!   text, so it verifies for everyone.
//!
//! Whoever unlocks with one of the minor's identities reads all of it.
//! The sealing itself (bytes, and the details' envelope) lives in
//! [`super::minor_seal`], which [`super::Tx`] uses too.

use std::io::{self, Read};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use zeroize::Zeroizing;

use crate::crypto::{self, ParsedRecipient, Recipients};
use crate::error::Result;
use crate::model::{DocType, Document};
use crate::timefmt;
use crate::vault::blobs::{self, Written};
use crate::vault::layout::Layout;
use crate::vault::store;

use super::minor_seal::corrupt;
pub use super::minor_seal::{is_envelope, open, open_details, seal, seal_details};

/// The title guardians see for a hidden document.
pub const PLACEHOLDER_TITLE: &str = "(hidden from guardians)";

/// The sealed metadata of a hidden document.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SealedMeta {
    pub title: String,
    #[serde(rename = "type")]
    pub doc_type: String,
    pub date: String,
    pub author: Option<String>,
    pub tags: Vec<String>,
    pub filename: String,
    pub media_type: String,
    pub sha256: String,
    pub size: u64,
}

impl SealedMeta {
    pub fn of(d: &Document) -> SealedMeta {
        SealedMeta {
            title: d.title.clone(),
            doc_type: d.doc_type.name.to_string(),
            date: d.date.clone(),
            author: d.author.clone(),
            tags: d.tags.clone(),
            filename: d.filename.clone(),
            media_type: d.media_type.clone(),
            sha256: d.sha256.clone(),
            size: d.size,
        }
    }

    /// Puts the real metadata into a document read from the index.
    pub fn apply(&self, d: &mut Document) {
        d.title = self.title.clone();
        d.doc_type = DocType::parse(&self.doc_type).unwrap_or_else(DocType::other);
        d.date = self.date.clone();
        d.author = self.author.clone();
        d.tags = self.tags.clone();
        d.filename = self.filename.clone();
        d.media_type = self.media_type.clone();
        d.sha256 = self.sha256.clone();
        d.size = self.size;
    }
}

/// The row guardians see: the real metadata replaced by placeholders
/// (the date is the day it was added, which the journal shows anyway).
pub fn placeholder(d: &Document, now: OffsetDateTime) -> Document {
    let mut p = d.clone();
    p.title = PLACEHOLDER_TITLE.into();
    p.doc_type = DocType::other();
    p.date = timefmt::ymd(now.date());
    p.author = None;
    p.tags = Vec::new();
    p.filename = String::new();
    p.media_type = crate::media::OCTET_STREAM.into();
    p.sha256 = String::new();
    p.size = 0;
    p.hidden_from_guardians = true;
    p
}

/// Stores a hidden document's row: placeholders in the clear columns (as
/// of `now`), its real metadata sealed to the minor's `recipients`.
pub fn insert(
    conn: &Connection,
    recipients: &[ParsedRecipient],
    d: &Document,
    now: OffsetDateTime,
) -> Result<()> {
    store::insert_doc(conn, &placeholder(d, now))?;
    let sealed = seal_meta(recipients, &SealedMeta::of(d))?;
    store::set_sealed(conn, &d.id, Some(&sealed))
}

/// A random blob name: 64 hex characters, like a keyed-hash name.
pub fn random_name() -> String {
    hex::encode(rand::random::<[u8; 32]>())
}

pub fn seal_meta(recipients: &[ParsedRecipient], meta: &SealedMeta) -> Result<Vec<u8>> {
    let json = Zeroizing::new(serde_json::to_vec(meta).expect("metadata serializes"));
    seal(recipients, &json)
}

pub fn open_meta(identities: &[&dyn age::Identity], sealed: &[u8]) -> Result<Option<SealedMeta>> {
    match open(identities, sealed)? {
        Some(plain) => serde_json::from_slice(&plain)
            .map(Some)
            .map_err(|e| corrupt(&e.to_string())),
        None => Ok(None),
    }
}

/// Encrypts a document to the minor's recipients into the blob store,
/// under a random name. Not synced: the caller syncs before committing.
pub fn write_blob<R: Read>(
    layout: &Layout,
    recipients: &[ParsedRecipient],
    mut input: R,
) -> Result<Written> {
    layout.create_dir(&layout.tmp())?;
    layout.create_dir(&layout.blobs())?;
    let to = Recipients::Keys(recipients.to_vec());
    let (path, w, h) = blobs::encrypt_to_temp(layout, &to, None, &mut input)?;
    blobs::finish_temp(layout, path, w, random_name(), h.sha256, h.size)
}

/// Opens a hidden document's blob with the minor's identities; the stream
/// is checked against its SHA-256 (from the sealed metadata).
/// `Ok(None)`: none of them is the minor's.
pub fn open_blob(
    layout: &Layout,
    identities: &[&dyn age::Identity],
    name: &str,
    sha256: &str,
) -> Result<Option<blobs::VerifiedReader>> {
    let f = blobs::open_file(layout, name)?;
    if identities.is_empty() {
        return Ok(None);
    }
    match crypto::decrypt_reader(f, identities) {
        Ok(r) => Ok(Some(blobs::VerifiedReader::sha256(Box::new(r), sha256))),
        Err(age::DecryptError::NoMatchingKeys)
        | Err(age::DecryptError::KeyDecryptionFailed)
        | Err(age::DecryptError::DecryptionFailed) => Ok(None),
        Err(e) => Err(blobs::blob_integrity_error(
            name,
            &crate::i18n::explain::age_error(&e),
        )),
    }
}

/// What a guardian can check of a hidden blob without the minor's key:
/// the file exists and is a well-formed age file (header and recipients).
pub fn check_blob(layout: &Layout, name: &str) -> Result<u64> {
    let f = blobs::open_file(layout, name)?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    age::Decryptor::new_buffered(io::BufReader::new(f)).map_err(|e| {
        blobs::blob_integrity_error(
            name,
            &crate::i18n::tr!(
                "y-blob-not-age",
                detail = crate::i18n::explain::age_error(&e)
            ),
        )
    })?;
    Ok(len)
}

/// Decrypts and verifies a whole hidden blob to a sink. `Ok(None)`: not
/// the minor's identities.
pub fn verify_blob(
    layout: &Layout,
    identities: &[&dyn age::Identity],
    name: &str,
    sha256: &str,
) -> Result<Option<u64>> {
    match open_blob(layout, identities, name, sha256)? {
        Some(mut r) => io::copy(&mut r, &mut io::sink())
            .map(Some)
            .map_err(|e| blobs::read_error(name, e)),
        None => Ok(None),
    }
}

/// Fills in the real metadata of hidden documents these identities open.
/// Returns how many stay sealed.
pub fn reveal(
    conn: &Connection,
    identities: &[&dyn age::Identity],
    docs: &mut [Document],
) -> Result<usize> {
    if !docs.iter().any(|d| d.hidden_from_guardians) {
        return Ok(0);
    }
    let sealed = store::sealed_all(conn)?;
    let mut still = 0;
    for d in docs.iter_mut().filter(|d| d.hidden_from_guardians) {
        // Flagged but not sealed (written by an older carnet): nothing to open.
        if let Some(bytes) = sealed.get(&d.id) {
            match open_meta(identities, bytes)? {
                Some(m) => m.apply(d),
                None => still += 1,
            }
        }
    }
    Ok(still)
}

/// Whether a document is sealed for the minor (its blob and metadata).
pub fn is_sealed(conn: &Connection, id: &str) -> Result<bool> {
    Ok(store::sealed_of(conn, id)?.is_some())
}
