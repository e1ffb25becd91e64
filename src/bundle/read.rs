//! Reading a bundle: decrypting it (an identity, or its passphrase), then
//! streaming its tar layer once while hashing every member, and checking at
//! the end (the manifest comes last) the format version, the manifest's
//! values, its signature, and that the members are exactly those the
//! manifest lists, with their sizes and SHA-256.
//!
//! What a caller does with the members while they stream is a [`Sink`]:
//! nothing (verify), staging files (open). Importing reads the bundle a
//! second time through [`SharedTar`], checking each document again against
//! the manifest verified by the first pass.

use crate::error::doing;
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, Read, Seek};
use std::sync::{Arc, Mutex};

use age::secrecy::SecretString;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::bundle::manifest::{self, Manifest};
use crate::bundle::tarball::{self, damaged, TarReader};
use crate::crypto::{self, KnownFileKey};
use crate::error::{Error, Result};

/// What decrypts a bundle.
pub enum BundleKey {
    Identities {
        identities: Vec<Box<dyn age::Identity + Send + Sync>>,
        source: String,
    },
    Passphrase(SecretString),
}

/// Maps an age error met opening a bundle.
pub fn decrypt_error(e: age::DecryptError, key: &BundleKey) -> Error {
    use age::DecryptError as D;
    match e {
        D::NoMatchingKeys | D::KeyDecryptionFailed | D::DecryptionFailed => match key {
            BundleKey::Passphrase(_) => Error::unlock(
                crate::i18n::tr!("v-bundle-wrong-passphrase"),
                crate::i18n::tr!("v-bundle-wrong-passphrase-hint"),
            ),
            BundleKey::Identities { source, .. } => Error::unlock(
                crate::i18n::tr!("v-bundle-not-for-identity", source = source),
                crate::i18n::tr!("v-bundle-not-for-identity-hint"),
            ),
        },
        D::ExcessiveWork { required, .. } => damaged(crate::i18n::tr!(
            "v-bundle-work-factor",
            required = required.to_string(),
            max = crypto::PASSPHRASE_MAX_LOG_N.to_string()
        )),
        D::InvalidHeader | D::InvalidMac | D::UnknownFormat => damaged(crate::i18n::tr!(
            "v-bundle-not-age",
            detail = crate::i18n::explain::age_error(&e)
        )),
        D::Io(io) => tarball::stream_error(io),
        other => Error::unlock(
            crate::i18n::tr!("v-bundle-cannot-decrypt", detail = other.to_string()),
            crate::i18n::tr!("v-bundle-cannot-decrypt-hint"),
        ),
    }
}

/// Opens a bundle file; exit 4 if it does not exist.
pub fn open_file(path: &std::path::Path) -> Result<File> {
    File::open(path).map_err(|e| {
        if e.kind() == io::ErrorKind::NotFound {
            Error::not_found(
                crate::i18n::tr!("v-no-bundle-file", path = path.display().to_string()),
                crate::i18n::tr!("v-no-bundle-file-hint"),
            )
        } else {
            Error::io(doing::opening(path), e)
        }
    })
}

/// Where the age file starts in `file`, and how long it is: the whole file,
/// or, for a page of `export --format html`, the armored payload between
/// its marker lines (the page's head is a few KiB; its tail, the inlined
/// code, under 4 MiB). Leaves the file positioned at the start.
fn payload(file: &mut File) -> Result<(u64, u64)> {
    const BEGIN: &[u8] = b"\n-----BEGIN AGE ENCRYPTED FILE-----\n";
    const END: &[u8] = b"\n-----END AGE ENCRYPTED FILE-----\n";
    const HEAD_MAX: u64 = 1 << 20;
    const TAIL_MAX: u64 = 4 << 20;
    let ioe = |e| Error::io(crate::i18n::tr!("io-reading-bundle"), e);
    let len = file.metadata().map_err(ioe)?.len();
    file.rewind().map_err(ioe)?;
    let mut start = [0u8; 15];
    let n = crate::fsutil::read_full(&mut *file, &mut start).map_err(ioe)?;
    if !start[..n].eq_ignore_ascii_case(b"<!DOCTYPE html>") {
        file.rewind().map_err(ioe)?;
        return Ok((0, len));
    }
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let mut head = Vec::new();
    file.rewind().map_err(ioe)?;
    (&mut *file)
        .take(HEAD_MAX.min(len))
        .read_to_end(&mut head)
        .map_err(ioe)?;
    let begin =
        find(&head, BEGIN).ok_or_else(|| damaged(crate::i18n::tr!("v-page-no-bundle")))? as u64 + 1;
    let tail_at = len.saturating_sub(TAIL_MAX).max(begin);
    file.seek(io::SeekFrom::Start(tail_at)).map_err(ioe)?;
    let mut tail = Vec::new();
    file.read_to_end(&mut tail).map_err(ioe)?;
    let end = tail
        .windows(END.len())
        .rposition(|w| w == END)
        .ok_or_else(|| damaged(crate::i18n::tr!("v-page-bundle-no-end")))? as u64
        + tail_at
        + END.len() as u64;
    file.seek(io::SeekFrom::Start(begin)).map_err(ioe)?;
    Ok((begin, end - begin))
}

/// The age file in `file` (see [`payload`]), from its start.
fn age_input(mut file: File) -> Result<io::Take<File>> {
    let (_, len) = payload(&mut file)?;
    Ok(file.take(len))
}

/// Whether the bundle is encrypted to a passphrase (reads its header, then
/// rewinds).
pub fn needs_passphrase(file: &mut File) -> Result<bool> {
    let (_, len) = payload(file)?;
    let r = crypto::is_passphrase_encrypted((&mut *file).take(len)).map_err(|e| {
        decrypt_error(
            e,
            &BundleKey::Identities {
                identities: Vec::new(),
                source: "?".into(),
            },
        )
    });
    file.rewind()
        .map_err(|e| Error::io(crate::i18n::tr!("io-reading-bundle"), e))?;
    r
}

/// Decrypts a bundle from the start of `file`; also returns its file key,
/// which opens this same file again ([`decrypt_again`]) without the
/// identities or the passphrase's scrypt.
pub fn decrypt(file: File, key: &BundleKey) -> Result<(impl Read + Send, KnownFileKey)> {
    let file = age_input(file)?;
    let res = match key {
        BundleKey::Identities { identities, .. } => {
            let ids: Vec<&dyn age::Identity> = identities
                .iter()
                .map(|i| i.as_ref() as &dyn age::Identity)
                .collect();
            crypto::decrypt_reader_keeping_key(file, &ids)
        }
        BundleKey::Passphrase(p) => {
            let id = crypto::passphrase_identity(p.clone());
            crypto::decrypt_reader_keeping_key(file, &[&id as &dyn age::Identity])
        }
    };
    res.map_err(|e| decrypt_error(e, key))
}

/// Decrypts, from its start, a bundle [`decrypt`] already opened. A file
/// rewritten in between with another file key fails its header MAC; one
/// rewritten by someone who knows the key fails the callers' per-member
/// size and SHA-256 checks against the manifest verified the first time.
pub fn decrypt_again(file: File, known: &KnownFileKey) -> Result<impl Read + Send> {
    let file = age_input(file)?;
    crypto::decrypt_reader(file, &[known as &dyn age::Identity]).map_err(|e| match e {
        age::DecryptError::Io(e) => Error::io(crate::i18n::tr!("io-reading-bundle"), e),
        e => Error::integrity(
            crate::i18n::tr!("v-bundle-changed", detail = e.to_string()),
            crate::i18n::tr!("v-bundle-changed-hint"),
        ),
    })
}

/// Receives the members while they stream (before anything is verified).
pub trait Sink {
    fn begin(&mut self, path: &str, size: u64) -> Result<()>;
    fn data(&mut self, chunk: &[u8]) -> Result<()>;
    fn end(&mut self) -> Result<()>;
}

/// A sink that keeps nothing.
pub struct Discard;

impl Sink for Discard {
    fn begin(&mut self, _: &str, _: u64) -> Result<()> {
        Ok(())
    }
    fn data(&mut self, _: &[u8]) -> Result<()> {
        Ok(())
    }
    fn end(&mut self) -> Result<()> {
        Ok(())
    }
}

/// A bundle whose layout, manifest, signature and hashes all checked out.
#[derive(Debug, Clone)]
pub struct Verified {
    pub manifest: Manifest,
    /// `SHA256:…` of the signer's key (integrity only: compare it with a
    /// fingerprint obtained another way to know who signed).
    pub fingerprint: String,
    /// Member paths in archive order, manifest and signature included.
    pub order: Vec<String>,
}

/// Streams a bundle's plaintext through `sink` and verifies it.
pub fn read_verified<R: Read>(plaintext: R, sink: &mut dyn Sink) -> Result<Verified> {
    let mut tar = TarReader::new(plaintext);
    let mut seen: HashMap<String, (u64, String)> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut manifest_bytes: Option<Vec<u8>> = None;
    let mut sig_bytes: Option<Vec<u8>> = None;
    let mut fhir_bytes: Option<Vec<u8>> = None;
    let mut sha1s: HashMap<String, String> = HashMap::new();
    let mut buf = zeroize::Zeroizing::new(vec![0u8; 256 * 1024]);
    while let Some(h) = tar.next_member()? {
        if seen.contains_key(&h.path) {
            return Err(damaged(crate::i18n::tr!("v-member-twice", path = &h.path)));
        }
        let limit = match h.path.as_str() {
            tarball::MANIFEST => Some(manifest::MAX_MANIFEST),
            tarball::SIGNATURE => Some(manifest::MAX_SIGNATURE),
            tarball::FHIR => Some(crate::bundle::fhir::MAX_FHIR),
            _ => None,
        };
        if limit.is_some_and(|l| h.size > l) {
            return Err(damaged(crate::i18n::tr!(
                "v-member-too-large",
                path = &h.path,
                size = h.size.to_string()
            )));
        }
        let mut kept = limit.map(|_| Vec::with_capacity(h.size as usize));
        sink.begin(&h.path, h.size)?;
        let mut hasher = Sha256::new();
        // Documents' SHA-1, to cross-check the FHIR file's.
        let mut sha1 = h
            .path
            .starts_with(tarball::DOCUMENTS_DIR)
            .then(sha1::Sha1::new);
        loop {
            let n = tar.read_data(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
            if let Some(s) = sha1.as_mut() {
                s.update(&buf[..n]);
            }
            if let Some(k) = kept.as_mut() {
                k.extend_from_slice(&buf[..n]);
            }
            sink.data(&buf[..n])?;
        }
        sink.end()?;
        match h.path.as_str() {
            tarball::MANIFEST => manifest_bytes = kept,
            tarball::SIGNATURE => sig_bytes = kept,
            tarball::FHIR => fhir_bytes = kept,
            _ => {}
        }
        if let Some(s) = sha1 {
            sha1s.insert(
                h.path.clone(),
                base64::engine::general_purpose::STANDARD.encode(s.finalize()),
            );
        }
        seen.insert(h.path.clone(), (h.size, hex::encode(hasher.finalize())));
        order.push(h.path);
    }
    let manifest_bytes =
        manifest_bytes.ok_or_else(|| damaged(crate::i18n::tr!("v-no-manifest")))?;
    let m = manifest::parse(&manifest_bytes)?;
    let sig = sig_bytes.ok_or_else(|| damaged(crate::i18n::tr!("v-no-signature")))?;
    manifest::verify_signature(&m, &manifest_bytes, &sig)?;

    let listed: HashSet<&str> = m.members.iter().map(|x| x.path.as_str()).collect();
    for mem in &m.members {
        match seen.get(&mem.path) {
            None => {
                return Err(damaged(crate::i18n::tr!(
                    "v-member-missing",
                    path = &mem.path
                )))
            }
            Some((size, _)) if *size != mem.size => {
                return Err(damaged(crate::i18n::tr!(
                    "v-member-size",
                    path = &mem.path,
                    got = size.to_string(),
                    size = mem.size.to_string()
                )))
            }
            Some((_, sha)) if *sha != mem.sha256 => {
                return Err(damaged(crate::i18n::tr!("v-member-hash", path = &mem.path)))
            }
            Some(_) => {}
        }
    }
    for p in &order {
        if p != tarball::MANIFEST && p != tarball::SIGNATURE && !listed.contains(p.as_str()) {
            return Err(damaged(crate::i18n::tr!(
                "v-member-unlisted",
                path = p.to_string()
            )));
        }
    }
    // The archive holds the listed members in the manifest's order, then
    // the manifest and its signature, last.
    let expected = m
        .members
        .iter()
        .map(|x| x.path.as_str())
        .chain([tarball::MANIFEST, tarball::SIGNATURE]);
    if !order.iter().map(String::as_str).eq(expected) {
        return Err(damaged(crate::i18n::tr!("v-member-order")));
    }
    // The FHIR file's SHA-1 and sizes must say what the members are.
    if let Some(f) = &fhir_bytes {
        crate::bundle::fhir::cross_check(f, &m, &sha1s)?;
    }
    let fingerprint = m.signer.fingerprint.clone();
    Ok(Verified {
        manifest: m,
        fingerprint,
        order,
    })
}

/// Exit 6 unless the bundle was signed by `expected` (a `--signer` value).
pub fn check_signer(v: &Verified, expected: &str) -> Result<()> {
    let want = manifest::parse_fingerprint(expected)?;
    if v.fingerprint != want {
        return Err(Error::integrity(
            crate::i18n::tr!("v-bundle-wrong-signer", got = &v.fingerprint, want = want),
            crate::i18n::tr!("v-bundle-wrong-signer-hint"),
        ));
    }
    Ok(())
}

/// A tar stream shared by the readers of its members, read in order (for
/// `add_all`, which takes one reader per document).
pub struct SharedTar<R> {
    tar: Arc<Mutex<TarReader<R>>>,
    failure: Arc<Mutex<Option<Error>>>,
}

/// The data of one member, checked against the size and SHA-256 expected
/// when it ends (a mismatch is an `InvalidData` error, and the typed error
/// is kept for [`SharedTar::take_failure`]).
pub struct CheckedMember<R> {
    tar: Arc<Mutex<TarReader<R>>>,
    failure: Arc<Mutex<Option<Error>>>,
    path: String,
    size: u64,
    sha256: String,
    hasher: Sha256,
    read: u64,
    done: bool,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl<R: Read> SharedTar<R> {
    pub fn new(plaintext: R) -> Self {
        SharedTar {
            tar: Arc::new(Mutex::new(TarReader::new(plaintext))),
            failure: Arc::new(Mutex::new(None)),
        }
    }

    /// Moves to the member at `path` (skipping members before it) and
    /// returns a reader of its data.
    pub fn member(&self, path: &str, size: u64, sha256: &str) -> Result<CheckedMember<R>> {
        let mut tar = lock(&self.tar);
        loop {
            match tar.next_member()? {
                Some(h) if h.path == path => break,
                Some(_) => continue,
                None => return Err(damaged(crate::i18n::tr!("v-member-gone", path = path))),
            }
        }
        Ok(CheckedMember {
            tar: self.tar.clone(),
            failure: self.failure.clone(),
            path: path.to_string(),
            size,
            sha256: sha256.to_string(),
            hasher: Sha256::new(),
            read: 0,
            done: false,
        })
    }

    /// The typed error behind a failed member read, if any.
    pub fn take_failure(&self) -> Option<Error> {
        lock(&self.failure).take()
    }
}

impl<R: Read> CheckedMember<R> {
    fn fail(&self, e: Error) -> io::Error {
        let msg = e.to_string();
        *lock(&self.failure) = Some(e);
        io::Error::new(io::ErrorKind::InvalidData, msg)
    }
}

impl<R: Read> Read for CheckedMember<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.done {
            return Ok(0);
        }
        let n = {
            let mut tar = lock(&self.tar);
            tar.read_data(buf)
        };
        let n = n.map_err(|e| self.fail(e))?;
        if n == 0 {
            self.done = true;
            let sha = hex::encode(std::mem::take(&mut self.hasher).finalize());
            if self.read != self.size || sha != self.sha256 {
                return Err(self.fail(damaged(crate::i18n::tr!(
                    "v-member-changed",
                    path = &self.path
                ))));
            }
            return Ok(0);
        }
        self.hasher.update(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}
