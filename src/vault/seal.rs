//! Sealing the index: the SQLite image, authenticated with a MAC keyed from
//! the vault secret, encrypted to the vault recipient.
//!
//! Plaintext layout, format 2 (docs/format.md): the SQLite database image
//! (rollback-journal mode), then a trailer: MAC (32 bytes), format version
//! (u32 BE), `carnet-index\n`. The MAC is keyed BLAKE3 (index-MAC key)
//! over the vault id, version, image length and a commitment to this
//! file's age file key. The image itself is authenticated by age's
//! ChaCha20-Poly1305 under a key derived from that file key, which only
//! the file's writer knows: someone with the public recipient can make a
//! new file key, but not a MAC of it; and cannot alter or swap a payload
//! without its key. So nothing hashes the image: it is decrypted on every
//! core at once straight into SQLite's buffer (the image first, so age's
//! 64 KiB chunks start on the image's boundaries). Format 1 (header first,
//! one MAC over the whole image) is still read; the next commit writes 2.

use std::fs::File;
use std::io::{self, Read};

use rusqlite::Connection;
use zeroize::Zeroizing;

use crate::crypto::payload::{self, CHUNK, ENC_CHUNK, TAG};
use crate::crypto::{self, Recipients, VaultKey};
use crate::error::{Error, Result};
use crate::workers;

use super::index_payload::{populate, Payload, Source};

const MAGIC: &[u8] = b"carnet-index\n";
pub const INDEX_FORMAT: u32 = 2;
/// MAC, version, magic.
const TRAILER: usize = 32 + 4 + MAGIC.len();
/// Image bytes per unit of parallel work: a whole number of age chunks.
const SEGMENT: usize = 64 * CHUNK;
/// Below this image size one thread does everything.
const PARALLEL_MIN: usize = 2 * SEGMENT;

fn threads(segments: usize, image_len: usize) -> usize {
    if image_len < PARALLEL_MIN {
        return 1;
    }
    workers::for_units(segments)
}

/// The format-2 MAC.
fn mac(key: &VaultKey, vault_id: &str, image_len: usize, commitment: &[u8; 32]) -> [u8; 32] {
    let k = key.index_mac_key();
    let mut h = blake3::Hasher::new_keyed(&k);
    h.update(b"carnet index v2\0");
    h.update(vault_id.as_bytes());
    h.update(b"\0");
    h.update(&INDEX_FORMAT.to_be_bytes());
    h.update(&(image_len as u64).to_be_bytes());
    h.update(commitment);
    *h.finalize().as_bytes()
}

/// Serializes and seals an in-memory database.
pub fn seal(conn: &mut Connection, key: &VaultKey, vault_id: &str) -> Result<Vec<u8>> {
    let image = conn.serialize(rusqlite::MAIN_DB)?;
    let image: &[u8] = &image;
    let (header, pkey) = crypto::encrypt_header(&Recipients::x25519(key.recipient()))?;
    let mut tail = Zeroizing::new(image[(image.len() / CHUNK) * CHUNK..].to_vec());
    tail.extend_from_slice(&mac(key, vault_id, image.len(), pkey.commitment()));
    tail.extend_from_slice(&INDEX_FORMAT.to_be_bytes());
    tail.extend_from_slice(MAGIC);

    let plain_len = image.len() + TRAILER;
    let nchunks = plain_len.div_ceil(CHUNK);
    let mut out = vec![0u8; header.len() + plain_len + nchunks * TAG];
    out[..header.len()].copy_from_slice(&header);
    let (body, tail_out) = out[header.len()..].split_at_mut((image.len() / CHUNK) * ENC_CHUNK);
    // The image's whole chunks, on every core; then the tail (the last
    // partial chunk of the image and the trailer).
    let full = image.len() / CHUNK;
    let workers = threads(image.len().div_ceil(SEGMENT).max(1), image.len());
    let mut parts = Vec::with_capacity(workers);
    let mut rest: &mut [u8] = body;
    for r in workers::split(full, workers) {
        let (mine, b) = rest.split_at_mut(r.len() * ENC_CHUNK);
        rest = b;
        parts.push((r, mine));
    }
    let sealed = workers::run_parts(parts, |(r, mine)| {
        for (i, c) in r.zip(mine.chunks_mut(ENC_CHUNK)) {
            let (p, t) = c.split_at_mut(CHUNK);
            p.copy_from_slice(&image[i * CHUNK..(i + 1) * CHUNK]);
            t.copy_from_slice(&pkey.seal_slice(i as u64, false, p));
        }
    });
    for r in sealed {
        if let Err(panic) = r {
            std::panic::resume_unwind(panic);
        }
    }
    for (j, (p, c)) in tail
        .chunks(CHUNK)
        .zip(tail_out.chunks_mut(ENC_CHUNK))
        .enumerate()
    {
        let i = full + j;
        let (dst, t) = c.split_at_mut(p.len());
        dst.copy_from_slice(p);
        t[..TAG].copy_from_slice(&pkey.seal_slice(i as u64, i + 1 == nchunks, dst));
    }
    Ok(out)
}

fn corrupt(why: &str) -> Error {
    Error::integrity(
        crate::i18n::tr!("v-index-corrupt", why = why),
        crate::i18n::tr!("v-index-corrupt-hint"),
    )
}

fn forged() -> Error {
    Error::integrity(
        crate::i18n::tr!("v-index-forged"),
        crate::i18n::tr!("v-index-forged-hint"),
    )
}

/// A reader of a [`Source`] from a position (the age header parser).
struct At<'s, S: ?Sized> {
    src: &'s S,
    pos: u64,
}

impl<S: Source + ?Sized> Read for At<'_, S> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let len = self.src.len()?;
        let n = (buf.len() as u64).min(len.saturating_sub(self.pos)) as usize;
        self.src.read_exact_at(&mut buf[..n], self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<S: Source + ?Sized> io::Seek for At<'_, S> {
    fn seek(&mut self, to: io::SeekFrom) -> io::Result<u64> {
        match to {
            io::SeekFrom::Start(n) => self.pos = n,
            io::SeekFrom::Current(d) => {
                self.pos = self
                    .pos
                    .checked_add_signed(d)
                    .ok_or_else(|| io::Error::other("seek out of range"))?
            }
            io::SeekFrom::End(d) => {
                self.pos = self
                    .src
                    .len()?
                    .checked_add_signed(d)
                    .ok_or_else(|| io::Error::other("seek out of range"))?
            }
        }
        Ok(self.pos)
    }
}

/// Decrypts, authenticates and loads a sealed index into memory, reading
/// the open file `index.age` in place with positioned reads: the sealed file is never copied whole into memory, and
/// a writer renaming a new index into place meanwhile changes nothing here.
pub fn unseal_file(file: &File, key: &VaultKey, vault_id: &str) -> Result<Connection> {
    unseal_from(file, key, vault_id)
}

/// A sealed index whose header and trailer were read and authenticated.
pub(super) enum Opened<S> {
    /// Format 2: the image's chunks are authenticated one by one by the
    /// cipher, under the file key the MAC vouched for.
    V2 { p: Payload<S>, image_len: usize },
    /// Format 1: the MAC covers the whole image, so nothing can be trusted
    /// before all of it is read.
    V1(Payload<S>),
}

/// Opens the age file, reads its trailer and checks the MAC against the
/// file key's commitment: what must hold before any page is trusted.
pub(super) fn open_sealed<S: Source>(src: S, key: &VaultKey, vault_id: &str) -> Result<Opened<S>> {
    let id = key.identity();
    let mut reader = io::BufReader::with_capacity(4096, At { src: &src, pos: 0 });
    let (pkey, start) = crypto::decrypt_header(&mut reader, &[id as &dyn age::Identity])
        .map_err(|e| corrupt(&e.to_string()))?;
    drop(reader);
    let total = src
        .len()
        .map_err(|e| Error::io(crate::i18n::tr!("io-reading-index"), e))?;
    let plain_len =
        payload::plaintext_len(total.saturating_sub(start)).map_err(|e| corrupt(&e.to_string()))?;
    let plain_len = usize::try_from(plain_len).map_err(|_| corrupt("too large"))?;
    let p = Payload {
        src,
        key: pkey,
        start,
        chunks: plain_len.div_ceil(CHUNK).max(1),
        plain_len,
    };
    let mut first = Zeroizing::new(Vec::new());
    let head = p
        .open_into(0, &mut first)
        .map_err(|e| corrupt(&e.to_string()))?;
    if head.starts_with(MAGIC) {
        return Ok(Opened::V1(p));
    }
    if plain_len < TRAILER {
        return Err(corrupt("too short"));
    }
    let image_len = plain_len - TRAILER;
    // The trailer may straddle the last two chunks.
    let mut trailer = [0u8; TRAILER];
    {
        let mut tmp = Zeroizing::new(Vec::new());
        let mut i = image_len / CHUNK;
        let mut got = 0;
        while got < TRAILER {
            let pl = p
                .open_into(i, &mut tmp)
                .map_err(|e| corrupt(&e.to_string()))?;
            let from = (image_len + got) - i * CHUNK;
            let n = (pl.len() - from).min(TRAILER - got);
            trailer[got..got + n].copy_from_slice(&pl[from..from + n]);
            got += n;
            i += 1;
        }
    }
    if &trailer[32 + 4..] != MAGIC {
        return Err(corrupt("bad trailer"));
    }
    check_version(u32::from_be_bytes(
        trailer[32..36].try_into().expect("4 bytes"),
    ))?;
    let tag: [u8; 32] = trailer[..32].try_into().expect("32 bytes");
    // Authenticate the file key before decrypting anything else: every
    // chunk is then authenticated by the cipher under its key.
    if !constant_time_eq(&tag, &mac(key, vault_id, image_len, p.key.commitment())) {
        return Err(forged());
    }
    Ok(Opened::V2 { p, image_len })
}

/// Whether `key` may be the key of the sealed index at `path`: false only
/// when the index's age header is readable and `key` is not among its
/// recipients. Cheap, and what tells the vault key apart from a key a
/// planted wrapper holds; a missing or damaged index says nothing about
/// the key (loading it then reports the damage), and the index is still
/// authenticated in full when it is loaded.
pub fn key_may_open(path: &std::path::Path, key: &VaultKey) -> bool {
    let Ok(file) = crate::fsutil::open_regular(path, u64::MAX) else {
        return true;
    };
    let mut reader = io::BufReader::with_capacity(4096, file);
    !matches!(
        crypto::decrypt_header(&mut reader, &[key.identity() as &dyn age::Identity]),
        Err(age::DecryptError::NoMatchingKeys)
    )
}

fn unseal_from<S: Source + ?Sized>(src: &S, key: &VaultKey, vault_id: &str) -> Result<Connection> {
    let (p, image_len) = match open_sealed(src, key, vault_id)? {
        Opened::V1(p) => return unseal_v1(&p, key, vault_id),
        Opened::V2 { p, image_len } => (p, image_len),
    };
    let mut conn = Connection::open_in_memory()?;
    conn.deserialize_read_exact(
        rusqlite::MAIN_DB,
        Filler { p: &p, image_len },
        image_len,
        false,
    )
    .map_err(|e| corrupt(&e.to_string()))?;
    Ok(conn)
}

/// Opens a sealed index for reading only, its pages decrypted as SQLite
/// reads them (see [`super::inplace`]); `None` for a format-1 index, which
/// must be read whole ([`unseal_file`]).
pub fn open_file_in_place(
    file: File,
    key: &VaultKey,
    vault_id: &str,
) -> Result<Option<Connection>> {
    match open_sealed(file, key, vault_id)? {
        Opened::V1(_) => Ok(None),
        Opened::V2 { p, image_len } => super::inplace::open(p, image_len).map(Some),
    }
}

/// Fills SQLite's buffer (it asks for the whole image in one read) on
/// several threads, each decrypting its own run of segments.
struct Filler<'a, S> {
    p: &'a Payload<S>,
    image_len: usize,
}

impl<S: Source> Read for Filler<'_, S> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if buf.len() != self.image_len {
            return Err(io::Error::other("the index image must be read at once"));
        }
        let nseg = self.image_len.div_ceil(SEGMENT).max(1);
        let workers = threads(nseg, self.image_len);
        let (p, image_len) = (self.p, self.image_len);
        let mut parts = Vec::with_capacity(workers);
        let mut rest: &mut [u8] = buf;
        let mut done = 0usize;
        for r in workers::split(nseg, workers) {
            let bytes = (r.end * SEGMENT).min(image_len) - done;
            let (mine, b) = rest.split_at_mut(bytes);
            rest = b;
            parts.push((done / CHUNK, mine));
            done += bytes;
        }
        let opened = workers::run_parts(parts, |(first_chunk, mine)| {
            populate(mine);
            p.open_range(first_chunk, mine)
        });
        let mut result = Ok(());
        for r in opened {
            let r = r.unwrap_or_else(|_| Err(io::Error::other("index decryption thread panicked")));
            result = result.and(r);
        }
        result?;
        Ok(self.image_len)
    }
}

fn check_version(version: u32) -> Result<()> {
    if version != INDEX_FORMAT && version != 1 {
        return Err(Error::usage(
            crate::i18n::tr!(
                "v-index-too-new",
                version = version.to_string(),
                known = INDEX_FORMAT.to_string()
            ),
            crate::i18n::tr!("v-upgrade-carnet-hint"),
        ));
    }
    Ok(())
}

/// Format 1: `carnet-index\n`, version, MAC over the whole image, image.
/// Read sequentially (vaults written by earlier versions, until their
/// next commit).
fn unseal_v1<S: Source>(p: &Payload<S>, key: &VaultKey, vault_id: &str) -> Result<Connection> {
    const HEADER: usize = 13 + 4 + 32;
    let mut plain = zeroize::Zeroizing::new(vec![0u8; p.plain_len]);
    p.open_range(0, &mut plain)
        .map_err(|e| corrupt(&e.to_string()))?;
    if plain.len() < HEADER || &plain[..MAGIC.len()] != MAGIC {
        return Err(corrupt("bad header"));
    }
    let version = u32::from_be_bytes(plain[13..17].try_into().expect("4 bytes"));
    if version != 1 {
        check_version(version)?;
        return Err(corrupt("bad header"));
    }
    let image = &plain[HEADER..];
    let tag: [u8; 32] = plain[17..HEADER].try_into().expect("32 bytes");
    if !constant_time_eq(&tag, &mac_v1(key, vault_id, image)) {
        return Err(forged());
    }
    let mut conn = Connection::open_in_memory()?;
    conn.deserialize_read_exact(rusqlite::MAIN_DB, image, image.len(), false)
        .map_err(|e| corrupt(&e.to_string()))?;
    Ok(conn)
}

/// The format-1 MAC: over the whole image.
fn mac_v1(key: &VaultKey, vault_id: &str, image: &[u8]) -> [u8; 32] {
    let k = key.index_mac_key();
    let mut h = blake3::Hasher::new_keyed(&k);
    h.update(b"carnet index v1\0");
    h.update(vault_id.as_bytes());
    h.update(b"\0");
    h.update(&1u32.to_be_bytes());
    h.update(image);
    *h.finalize().as_bytes()
}

fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unseal(sealed: &[u8], key: &VaultKey, vault_id: &str) -> Result<Connection> {
        unseal_from(sealed, key, vault_id)
    }

    /// Format 1 as earlier versions wrote it: header, MAC, image.
    fn seal_v1(conn: &mut Connection, key: &VaultKey, vault_id: &str) -> Vec<u8> {
        let image = conn.serialize(rusqlite::MAIN_DB).unwrap();
        v1_file(key, &mac_v1(key, vault_id, &image), &image)
    }

    fn v1_file(key: &VaultKey, tag: &[u8; 32], image: &[u8]) -> Vec<u8> {
        let mut plain = Vec::new();
        plain.extend_from_slice(MAGIC);
        plain.extend_from_slice(&1u32.to_be_bytes());
        plain.extend_from_slice(tag);
        plain.extend_from_slice(image);
        age_seal(key, &plain)
    }

    /// An age file of `plain` to the vault recipient: what anyone can make.
    fn age_seal(key: &VaultKey, plain: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut w =
            crypto::encrypt_writer(&Recipients::x25519(key.recipient()), &mut out, false).unwrap();
        std::io::Write::write_all(&mut w, plain).unwrap();
        w.finish().unwrap();
        out
    }

    /// The plaintext of a sealed index, opened by the `age` crate.
    fn age_open(key: &VaultKey, sealed: &[u8]) -> Vec<u8> {
        let dec = age::Decryptor::new(sealed).unwrap();
        let mut r = dec
            .decrypt(std::iter::once(key.identity() as &dyn age::Identity))
            .unwrap();
        let mut plain = Vec::new();
        r.read_to_end(&mut plain).unwrap();
        plain
    }

    fn db_with(bytes: usize) -> Connection {
        crate::testutil::db_of_size(bytes)
    }

    fn digest(conn: &Connection) -> (i64, String) {
        let mut h = blake3::Hasher::new();
        let mut stmt = conn.prepare("SELECT b FROM t ORDER BY i").unwrap();
        let mut rows = stmt.query([]).unwrap();
        let mut n = 0;
        while let Some(r) = rows.next().unwrap() {
            h.update(r.get_ref(0).unwrap().as_blob().unwrap());
            n += 1;
        }
        (n, h.finalize().to_hex().to_string())
    }

    /// Small (one thread) and large (two readers, split not on an image
    /// boundary) indexes round-trip, and both paths agree.
    #[test]
    fn round_trip_small_and_large() {
        let key = VaultKey::generate();
        for size in [0, 1000, 70_000, 9 * 1024 * 1024 + 12_345] {
            let mut conn = db_with(size);
            let want = digest(&conn);
            let sealed = seal(&mut conn, &key, "vaultid").unwrap();
            let fast = unseal(&sealed, &key, "vaultid").unwrap();
            assert_eq!(digest(&fast), want, "size {size}");
            let v1 = unseal(&seal_v1(&mut conn, &key, "vaultid"), &key, "vaultid").unwrap();
            assert_eq!(digest(&v1), want, "format 1, size {size}");
            let from_file = unseal_file(&crate::testutil::unlinked_file(&sealed), &key, "vaultid");
            assert_eq!(digest(&from_file.unwrap()), want, "size {size}");
            // The loaded database is writable (SQLite owns a resizeable image).
            fast.execute("INSERT INTO t (i, b) VALUES (-1, x'00')", [])
                .unwrap();
        }
    }

    #[test]
    fn wrong_vault_or_key_or_damage_is_refused() {
        let key = VaultKey::generate();
        let mut conn = db_with(6 * 1024 * 1024);
        let sealed = seal(&mut conn, &key, "vaultid").unwrap();
        // Another vault id: the MAC does not match.
        let e = unseal(&sealed, &key, "other").err().unwrap();
        assert!(e.to_string().contains("failed authentication"), "{e}");
        // Another key: age cannot decrypt.
        assert!(unseal(&sealed, &VaultKey::generate(), "vaultid").is_err());
        // A flipped byte in the first half, the second half, or the last chunk.
        for at in [sealed.len() / 4, sealed.len() * 3 / 4, sealed.len() - 3] {
            let mut bad = sealed.clone();
            bad[at] ^= 1;
            assert!(unseal(&bad, &key, "vaultid").is_err(), "flip at {at}");
        }
        // Truncated.
        assert!(unseal(&sealed[..sealed.len() - 100], &key, "vaultid").is_err());
    }

    #[test]
    fn forged_index_with_the_public_recipient_is_refused() {
        // Someone who knows only the recipient can encrypt, not MAC: in
        // either format.
        let key = VaultKey::generate();
        let image = db_with(9 * 1024 * 1024)
            .serialize(rusqlite::MAIN_DB)
            .unwrap()
            .to_vec();
        let e = unseal(&v1_file(&key, &[0u8; 32], &image), &key, "vaultid")
            .err()
            .unwrap();
        assert!(e.to_string().contains("failed authentication"), "{e}");
        let mut plain = image.clone();
        plain.extend_from_slice(&[0u8; 32]);
        plain.extend_from_slice(&INDEX_FORMAT.to_be_bytes());
        plain.extend_from_slice(MAGIC);
        let e = unseal(&age_seal(&key, &plain), &key, "vaultid")
            .err()
            .unwrap();
        assert!(e.to_string().contains("failed authentication"), "{e}");
    }

    /// Even a genuine MAC (read out of a real index) does not carry over to
    /// a file with another file key: it is bound to the key's commitment.
    #[test]
    fn a_genuine_mac_on_another_payload_is_refused() {
        let key = VaultKey::generate();
        let mut conn = db_with(100_000);
        let sealed = seal(&mut conn, &key, "v").unwrap();
        // Same plaintext, MAC and all, under a new file key.
        let out = age_seal(&key, &age_open(&key, &sealed));
        let e = unseal(&out, &key, "v").err().unwrap();
        assert!(e.to_string().contains("failed authentication"), "{e}");
        assert!(unseal(&sealed, &key, "v").is_ok());
    }

    /// A sealed index is a plain age file: the age crate opens it, and its
    /// plaintext is the image followed by the trailer.
    #[test]
    fn sealed_index_is_a_standard_age_file() {
        let key = VaultKey::generate();
        let mut conn = db_with(5 * 1024 * 1024 + 3);
        let image = conn.serialize(rusqlite::MAIN_DB).unwrap().to_vec();
        let sealed = seal(&mut conn, &key, "v").unwrap();
        let plain = age_open(&key, &sealed);
        assert_eq!(plain.len(), image.len() + TRAILER);
        assert!(plain[..image.len()] == image[..]);
        assert!(plain.ends_with(MAGIC));
    }

    fn in_place(sealed: &[u8], key: &VaultKey, vault_id: &str) -> Result<Option<Connection>> {
        open_file_in_place(crate::testutil::unlinked_file(sealed), key, vault_id)
    }

    /// Read in place (page by page, sequential scans read ahead on every
    /// core), an index gives what was sealed; written, it changes in
    /// memory only (see `in_place_writes_stay_in_memory`).
    #[test]
    fn in_place_reads_what_was_sealed() {
        let key = VaultKey::generate();
        for size in [0, 70_000, 9 * 1024 * 1024 + 12_345] {
            let mut conn = db_with(size);
            let want = digest(&conn);
            let sealed = seal(&mut conn, &key, "v").unwrap();
            let c = in_place(&sealed, &key, "v").unwrap().expect("format 2");
            assert_eq!(digest(&c), want, "size {size}");
            // Twice: the second pass reads decrypted chunks.
            assert_eq!(digest(&c), want, "size {size}, again");
            let ok: String = c
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(ok, "ok");
        }
        // Format 1 is read whole.
        let mut conn = db_with(1000);
        assert!(in_place(&seal_v1(&mut conn, &key, "v"), &key, "v")
            .unwrap()
            .is_none());
    }

    /// Written in place, an index changes as an in-memory copy does (rows
    /// updated, deleted, and added past the image's end; a vacuum that
    /// shrinks it), the sealed bytes never; serialized, it seals again to
    /// what the copy holds.
    #[test]
    fn in_place_writes_stay_in_memory() {
        let key = VaultKey::generate();
        for size in [0, 300_000] {
            let mut conn = db_with(size);
            let original = digest(&conn);
            let sealed = seal(&mut conn, &key, "v").unwrap();
            let mut c = in_place(&sealed, &key, "v").unwrap().expect("format 2");
            let change = |db: &Connection| {
                db.execute_batch(
                    "UPDATE t SET b = x'0102' WHERE i % 3 = 0;
                     DELETE FROM t WHERE i % 5 = 1;
                     WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 400)
                     INSERT INTO t (i, b) SELECT 1000000 + k, randomblob(3000) FROM n;",
                )
                .unwrap();
            };
            change(&conn);
            change(&c);
            // randomblob differs: compare the rows but the new blobs' bytes.
            let shape = |db: &Connection| -> (i64, String) {
                let mut h = blake3::Hasher::new();
                let mut stmt = db
                    .prepare("SELECT i, CASE WHEN i >= 1000000 THEN length(b) ELSE b END FROM t ORDER BY i")
                    .unwrap();
                let mut rows = stmt.query([]).unwrap();
                let mut n = 0;
                while let Some(r) = rows.next().unwrap() {
                    h.update(&r.get::<_, i64>(0).unwrap().to_be_bytes());
                    match r.get_ref(1).unwrap() {
                        rusqlite::types::ValueRef::Blob(b) => h.update(b),
                        v => h.update(&v.as_i64().unwrap().to_be_bytes()),
                    };
                    n += 1;
                }
                (n, h.finalize().to_hex().to_string())
            };
            let want = shape(&conn);
            assert_eq!(shape(&c), want, "size {size}");
            c.execute_batch("DELETE FROM t WHERE i >= 1000000; VACUUM;")
                .unwrap();
            conn.execute_batch("DELETE FROM t WHERE i >= 1000000; VACUUM;")
                .unwrap();
            assert_eq!(digest(&c), digest(&conn), "size {size}, shrunk");
            let ok: String = c
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(ok, "ok");
            // The sealed file is as it was; sealed again, the change is in it.
            let again = in_place(&sealed, &key, "v").unwrap().unwrap();
            assert_eq!(digest(&again), original);
            let resealed = seal(&mut c, &key, "v").unwrap();
            let reopened = in_place(&resealed, &key, "v").unwrap().unwrap();
            assert_eq!(digest(&reopened), digest(&conn));
        }
    }

    /// The MAC is checked on opening; a damaged chunk is found when SQLite
    /// reads a page in it (exit 6), not before: pages elsewhere still read.
    #[test]
    fn in_place_damage_is_found_where_it_is_read() {
        let key = VaultKey::generate();
        let mut conn = db_with(6 * 1024 * 1024);
        let sealed = seal(&mut conn, &key, "v").unwrap();
        assert!(in_place(&sealed, &key, "other").is_err());
        let mut bad = sealed.clone();
        let at = sealed.len() * 3 / 4;
        bad[at] ^= 1;
        let c = in_place(&bad, &key, "v").unwrap().expect("format 2");
        // Row 0 lies at the start of the image, far from the damage.
        let first: Vec<u8> = c
            .query_row("SELECT b FROM t WHERE i = 0", [], |r| r.get(0))
            .unwrap();
        assert_eq!(first.len(), 100_003);
        let mut stmt = c.prepare("SELECT b FROM t ORDER BY i").unwrap();
        let mut rows = stmt.query([]).unwrap();
        let err = loop {
            match rows.next() {
                Ok(Some(_)) => continue,
                Ok(None) => panic!("a damaged chunk was read without error"),
                Err(e) => break Error::from(e),
            }
        };
        assert_eq!(err.exit_code(), 6, "{err}");
    }
}
