//! Writing a bundle's plaintext (the tar stream) into any writer, normally
//! the age encryptor of the output file.
//!
//! Documents come first, read by worker threads (one per core, at most
//! four; document `i` by worker `i mod n`), which decrypt and check vault
//! blobs and hash them (SHA-1 for FHIR), while this thread frames and
//! encrypts them in order: a 2 GiB document flows through in bounded memory
//! and the work of several documents overlaps. The sizes in the
//! tar headers come from the index; the bytes actually read must have that
//! size, and the SHA-256 the index records (checked here unless the source
//! verifies its own content), or the export fails. Then `fhir/bundle.json`
//! (it needs the SHA-1 of each document), `LISEZMOI.txt` and `index.html`
//! (the French summary for people), `manifest.yaml` (it lists every other
//! member's SHA-256) and `manifest.sig` last.

use std::collections::{BTreeMap, HashSet};
use std::io::{self, Read, Write};
use std::sync::mpsc;

use base64::Engine;
use ed25519_dalek::SigningKey;
use sha1::Sha1;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::bundle::fhir::{self, FhirDoc};
use crate::bundle::manifest::{
    self, DocEntry, Holder, JournalHead, Manifest, Member, Purpose, RecipientPro,
};
use crate::bundle::tarball;
use crate::error::{Error, Result};
use crate::model::Document;
use crate::timefmt;

const CHUNK: usize = 256 * 1024;
const IN_FLIGHT: usize = 8;

/// Everything in the manifest that does not come from the documents.
#[derive(Debug, Clone)]
pub struct Draft {
    pub id: String,
    pub created: OffsetDateTime,
    pub expires: Option<OffsetDateTime>,
    pub purpose: Purpose,
    pub recipient: Option<RecipientPro>,
    pub holder: Holder,
    /// `fhir/patient-summary.json` (see [`crate::bundle::ips`]), when the
    /// bundle carries one: written after `fhir/bundle.json`, listed and
    /// signed as a member like it.
    pub summary: Option<Vec<u8>>,
}

/// One document to write: its manifest entry (size and SHA-256 are what
/// the bytes must match) and when it entered the vault.
#[derive(Debug, Clone)]
pub struct Source {
    pub entry: DocEntry,
    pub added_at: Option<String>,
    /// The source checks its own content: a vault blob's reader fails at its
    /// end unless the bytes match the keyed hash that names the blob, and
    /// the index's SHA-256 was computed from those same bytes when they were
    /// added. Its SHA-256 is then not computed again. Other sources are
    /// hashed and must match `entry.sha256`.
    pub self_verifying: bool,
    /// Until when a held document (`INVISIBLE_PATIENT`) stays hidden from
    /// the patient (`YYYY-MM-DD`), for the French summary.
    pub invisible_until: Option<String>,
}

/// Replaces control and bidi formatting characters and bounds the length,
/// so every text field of a manifest carnet writes passes its own
/// validation (one rule with what carnet shows: [`crate::text`]).
pub fn clean_text(s: &str, max: usize) -> String {
    crate::text::clean(s, max)
}

pub use crate::bundle::names::slug;

/// The manifest entry of a vault document at `now`. `holder_fields` adds
/// the holder's own metadata (tags, file name, per-professional masks),
/// for the holder's export only.
pub fn doc_entry(d: &Document, now: OffsetDateTime, holder_fields: bool) -> DocEntry {
    let media_type = if manifest::is_media_type(&d.media_type) {
        d.media_type.clone()
    } else {
        crate::media::OCTET_STREAM.into()
    };
    let title = clean_text(d.title.trim(), 500);
    DocEntry {
        id: d.id.clone(),
        title: if title.trim().is_empty() {
            "(untitled)".into()
        } else {
            title
        },
        doc_type: manifest::type_entry(&d.doc_type),
        class_code: d.doc_type.class.to_string(),
        date: d.date.clone(),
        author: d.author.clone(),
        confidentiality: manifest::confidentiality_codes(&d.confidentiality(now)),
        media_type,
        size: d.size,
        sha256: d.sha256.clone(),
        path: crate::bundle::names::document_path(d),
        tags: if holder_fields {
            d.tags
                .iter()
                .map(|t| clean_text(t.trim(), 100))
                .filter(|t| !t.trim().is_empty())
                .collect()
        } else {
            Vec::new()
        },
        filename: (holder_fields && !d.filename.is_empty())
            .then(|| clean_text(&d.filename.replace('/', "_"), 255)),
        masked_from: if holder_fields {
            d.masked_from.clone()
        } else {
            Vec::new()
        },
    }
}

enum Msg {
    Data(crate::crypto::PlainBuf),
    /// End of a document: its SHA-1, and its SHA-256 (hex) when the source
    /// does not verify itself.
    End([u8; 20], Option<String>),
    OpenFailed(Error),
    ReadFailed(io::Error),
}

/// Reads documents `first, first + step, …` into the channel, hashing
/// them. Stops when the writer side hangs up.
fn produce<S: Read>(
    docs: &[Source],
    first: usize,
    step: usize,
    open: &(impl Fn(usize) -> Result<S> + Sync),
    tx: mpsc::SyncSender<Msg>,
    spare: mpsc::Receiver<crate::crypto::PlainBuf>,
) {
    for i in (first..docs.len()).step_by(step) {
        let mut r = match open(i) {
            Ok(r) => r,
            Err(e) => {
                let _ = tx.send(Msg::OpenFailed(e));
                return;
            }
        };
        let mut sha1 = Sha1::new();
        let mut sha256 = (!docs[i].self_verifying).then(Sha256::new);
        loop {
            // Buffers come back from the writer once written: no allocation
            // nor zeroing per chunk.
            let mut buf = spare.try_recv().unwrap_or_default();
            buf.resize(CHUNK, 0);
            let n = match crate::fsutil::read_full(&mut r, &mut buf) {
                Ok(n) => n,
                Err(e) => {
                    let _ = tx.send(Msg::ReadFailed(e));
                    return;
                }
            };
            if n == 0 {
                break;
            }
            buf.truncate(n);
            sha1.update(&buf);
            if let Some(h) = sha256.as_mut() {
                h.update(&buf);
            }
            // `read_full` stops short only after a read returned 0, so a
            // verifying source has checked its end before `End` is sent.
            if tx.send(Msg::Data(buf)).is_err() {
                return;
            }
        }
        let end = Msg::End(
            sha1.finalize().into(),
            sha256.map(|h| hex::encode(h.finalize())),
        );
        if tx.send(end).is_err() {
            return;
        }
    }
}

fn source_error(entry: &DocEntry, e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::InvalidData {
        Error::integrity(
            crate::i18n::tr!(
                "v-export-doc-damaged",
                id = entry.id.to_string(),
                detail = e.to_string()
            ),
            crate::i18n::tr!("v-export-doc-damaged-hint"),
        )
    } else {
        Error::io(
            crate::i18n::tr!("io-reading-document-id", id = entry.id.to_string()),
            e,
        )
    }
}

fn out_err(e: io::Error) -> Error {
    Error::io(crate::i18n::tr!("io-writing-bundle"), e)
}

/// Writes the whole tar stream of a bundle to `out` and returns its
/// manifest. `open(i)` gives the bytes of `docs[i]`; `progress` is told
/// how many document bytes were written.
#[allow(clippy::too_many_arguments)]
pub fn write<W: Write, S: Read + Send>(
    out: &mut W,
    draft: &Draft,
    docs: &[Source],
    open: impl Fn(usize) -> Result<S> + Sync,
    signing_key: &SigningKey,
    names: &BTreeMap<String, String>,
    mut progress: impl FnMut(u64),
    journal_head: impl FnOnce() -> Result<JournalHead>,
) -> Result<Manifest> {
    let mtime = draft.created.unix_timestamp().max(0) as u64;
    let mut paths = HashSet::new();
    for s in docs {
        if !tarball::valid_member_path(&s.entry.path)
            || !s.entry.path.starts_with(tarball::DOCUMENTS_DIR)
            || !paths.insert(s.entry.path.as_str())
        {
            return Err(Error::Other(crate::i18n::tr!(
                "y-export-bad-doc-path",
                path = s.entry.path.as_str()
            )));
        }
    }

    let mut members: Vec<Member> = Vec::with_capacity(docs.len() + 1);
    let mut sha1s: Vec<String> = Vec::with_capacity(docs.len());
    let workers = crate::workers::for_units(docs.len());
    std::thread::scope(|scope| -> Result<()> {
        let mut rxs = Vec::with_capacity(workers);
        let mut give_backs = Vec::with_capacity(workers);
        let mut producers = Vec::with_capacity(workers);
        let open = &open;
        for w in 0..workers {
            let (tx, rx) = mpsc::sync_channel::<Msg>(IN_FLIGHT);
            let (give_back, spare) = mpsc::channel::<crate::crypto::PlainBuf>();
            rxs.push(rx);
            give_backs.push(give_back);
            producers.push(scope.spawn(move || produce(docs, w, workers, open, tx, spare)));
        }
        let res = (|| -> Result<()> {
            for (i, s) in docs.iter().enumerate() {
                let (rx, give_back) = (&rxs[i % workers], &give_backs[i % workers]);
                let e = &s.entry;
                tarball::write_header(out, &e.path, e.size, mtime)?;
                let mut written = 0u64;
                let hashes = loop {
                    match rx.recv() {
                        Ok(Msg::Data(b)) => {
                            written += b.len() as u64;
                            if written > e.size {
                                return Err(size_mismatch(e, written));
                            }
                            out.write_all(&b).map_err(out_err)?;
                            progress(b.len() as u64);
                            let _ = give_back.send(b);
                        }
                        Ok(Msg::End(sha1, sha256)) => break (sha1, sha256),
                        Ok(Msg::OpenFailed(err)) => return Err(err),
                        Ok(Msg::ReadFailed(err)) => return Err(source_error(e, err)),
                        Err(_) => {
                            return Err(Error::Other(crate::i18n::tr!("y-doc-reader-stopped")))
                        }
                    }
                };
                if written != e.size {
                    return Err(size_mismatch(e, written));
                }
                if hashes.1.is_some_and(|h| h != e.sha256) {
                    return Err(Error::integrity(
                        crate::i18n::tr!("v-export-doc-hash", id = e.id.to_string()),
                        crate::i18n::tr!("v-export-check-hint"),
                    ));
                }
                tarball::write_padding(out, e.size)?;
                members.push(Member {
                    path: e.path.clone(),
                    size: e.size,
                    sha256: e.sha256.clone(),
                });
                sha1s.push(base64::engine::general_purpose::STANDARD.encode(hashes.0));
            }
            Ok(())
        })();
        // Hanging up stops the readers after an error.
        drop(rxs);
        for p in producers {
            p.join()
                .map_err(|_| Error::Other(crate::i18n::tr!("y-doc-reader-panicked")))?;
        }
        res
    })?;

    let created = timefmt::rfc3339(draft.created);
    let fhir_docs: Vec<FhirDoc> = docs
        .iter()
        .zip(&sha1s)
        .map(|(s, h)| FhirDoc {
            entry: &s.entry,
            sha1_base64: h.clone(),
            added_at: s.added_at.clone(),
        })
        .collect();
    let fhir_bytes = fhir::bundle_json(&draft.id, &created, &draft.holder, &fhir_docs, names);
    drop(fhir_docs);
    tarball::write_member(out, tarball::FHIR, &fhir_bytes, mtime)?;
    members.push(Member {
        path: tarball::FHIR.into(),
        size: fhir_bytes.len() as u64,
        sha256: hex::encode(Sha256::digest(&fhir_bytes)),
    });
    drop(fhir_bytes);
    if let Some(summary) = &draft.summary {
        tarball::write_member(out, crate::bundle::ips::PATH, summary, mtime)?;
        members.push(Member {
            path: crate::bundle::ips::PATH.into(),
            size: summary.len() as u64,
            sha256: hex::encode(Sha256::digest(summary)),
        });
    }

    // The French summary for people, listed and signed like every member.
    let summary = crate::bundle::readme::summary(
        &crate::bundle::readme::Facts {
            id: &draft.id,
            created: draft.created,
            expires: draft.expires,
            purpose: &draft.purpose,
            recipient: draft.recipient.as_ref(),
            holder: &draft.holder,
        },
        docs.iter()
            .map(|s| (&s.entry, s.invisible_until.as_deref())),
        names,
        &crate::crypto::fingerprint(&signing_key.verifying_key()),
    );
    for (path, bytes) in [
        (tarball::README, crate::bundle::readme::lisezmoi(&summary)),
        (tarball::INDEX, crate::bundle::readme::index_html(&summary)),
    ] {
        tarball::write_member(out, path, &bytes, mtime)?;
        members.push(Member {
            path: path.into(),
            size: bytes.len() as u64,
            sha256: hex::encode(Sha256::digest(&bytes)),
        });
    }

    let m = Manifest {
        format: manifest::FORMAT.into(),
        version: manifest::VERSION,
        id: draft.id.clone(),
        created,
        expires: draft.expires.map(timefmt::rfc3339),
        purpose: draft.purpose.clone(),
        recipient: draft.recipient.clone(),
        holder: draft.holder.clone(),
        journal: journal_head()?,
        signer: manifest::signer_of(&signing_key.verifying_key()),
        documents: docs.iter().map(|s| s.entry.clone()).collect(),
        members,
    };
    // What we sign must be what any reader accepts.
    manifest::validate(&m)
        .map_err(|e| Error::unexpected(crate::i18n::tr!("y-invalid-manifest"), e))?;
    let yaml = m.to_yaml();
    tarball::write_member(out, tarball::MANIFEST, &yaml, mtime)?;
    let sig = manifest::sign(&yaml, signing_key);
    tarball::write_member(out, tarball::SIGNATURE, &sig, mtime)?;
    tarball::write_end(out)?;
    Ok(m)
}

fn size_mismatch(e: &DocEntry, got: u64) -> Error {
    Error::integrity(
        crate::i18n::tr!(
            "v-export-doc-size",
            id = e.id.to_string(),
            got = got.to_string(),
            size = e.size.to_string()
        ),
        crate::i18n::tr!("v-export-check-hint"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Bilan sanguin — Février 2025", 36),
            "bilan-sanguin-fevrier-2025"
        );
        assert_eq!(slug("Œdème: écho", 36), "oedeme-echo");
        assert_eq!(slug("***", 36), "document");
        assert_eq!(slug(&"a".repeat(80), 36).len(), 36);
        assert_eq!(slug("ab cd", 3), "ab");
    }
}
