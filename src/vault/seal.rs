//! Sealing the index: the SQLite image, authenticated with a MAC keyed from
//! the vault secret, encrypted to the vault recipient.
//!
//! Plaintext layout (docs/format.md): `carnet-index\n` (13 bytes), format
//! version (u32 BE), MAC (32 bytes: keyed BLAKE3 over vault id, version and
//! image), then the SQLite database image (rollback-journal mode).

use std::fs::File;
use std::io::{self, Cursor, Read, Seek, SeekFrom};
use std::os::unix::fs::FileExt;

use rusqlite::Connection;

use crate::crypto::payload::Opener;
use crate::crypto::{self, Recipients, VaultKey};
use crate::error::{Error, Result};

const MAGIC: &[u8] = b"carnet-index\n";
pub const INDEX_FORMAT: u32 = 1;

/// The index MAC's keyed hasher, fed with everything but the image.
fn mac_hasher(key: &VaultKey, vault_id: &str) -> blake3::Hasher {
    let k = key.index_mac_key();
    let mut h = blake3::Hasher::new_keyed(&k);
    h.update(b"carnet index v1\0");
    h.update(vault_id.as_bytes());
    h.update(b"\0");
    h.update(&INDEX_FORMAT.to_be_bytes());
    h
}

fn mac(key: &VaultKey, vault_id: &str, image: &[u8]) -> [u8; 32] {
    let mut h = mac_hasher(key, vault_id);
    h.update(image);
    *h.finalize().as_bytes()
}

/// Serializes and seals an in-memory database.
pub fn seal(conn: &mut Connection, key: &VaultKey, vault_id: &str) -> Result<Vec<u8>> {
    let image = conn.serialize(rusqlite::MAIN_DB)?;
    let tag = mac(key, vault_id, &image);
    let mut out = Vec::with_capacity(image.len() + 512);
    let mut w = crypto::encrypt_writer(&Recipients::x25519(key.recipient()), &mut out, false)?;
    let res = (|| -> std::io::Result<()> {
        use std::io::Write;
        w.write_all(MAGIC)?;
        w.write_all(&INDEX_FORMAT.to_be_bytes())?;
        w.write_all(&tag)?;
        w.write_all(&image)?;
        Ok(())
    })();
    res.map_err(|e| Error::io("sealing the index", e))?;
    w.finish()?;
    Ok(out)
}

fn corrupt(why: &str) -> Error {
    Error::integrity(
        format!("the vault index is corrupt or was not written by this vault ({why})"),
        "restore index.age from a backup you trust; run `carnet check` for details",
    )
}

/// Decrypts, authenticates and loads a sealed index into memory.
///
/// The image is decrypted straight into the buffer SQLite will own (no
/// intermediate plaintext copy), on two threads for a large index: age's
/// STREAM chunks are independent, so a second reader seeks to the middle of
/// the file and decrypts the second half while this thread decrypts the
/// first. The MAC is computed over the image as it lands and checked before
/// the database is used for anything.
pub fn unseal(sealed: &[u8], key: &VaultKey, vault_id: &str) -> Result<Connection> {
    if !sealed.starts_with(AGE_MAGIC) {
        // Not a binary age file (seal never writes armor): the general path.
        return unseal_buffered(sealed, key, vault_id);
    }
    unseal_from(&|| Cursor::new(sealed), key, vault_id)
}

/// As [`unseal`], reading the open file `index.age` in place: each
/// decrypting thread reads its part with positioned reads (`pread`) into
/// age's 64 KiB chunk buffer, so the sealed file is never copied whole into
/// memory. Every reader shares the one open file, so a writer renaming a new
/// index into place meanwhile changes nothing here.
pub fn unseal_file(file: &File, key: &VaultKey, vault_id: &str) -> Result<Connection> {
    let mut magic = [0u8; AGE_MAGIC.len()];
    let n = file
        .read_at(&mut magic, 0)
        .map_err(|e| Error::io("reading the vault index", e))?;
    if n < magic.len() || magic != AGE_MAGIC {
        let mut all = Vec::new();
        At { file, pos: 0 }
            .read_to_end(&mut all)
            .map_err(|e| Error::io("reading the vault index", e))?;
        return unseal(&all, key, vault_id);
    }
    unseal_from(&|| At { file, pos: 0 }, key, vault_id)
}

const AGE_MAGIC: &[u8] = b"age-encryption.org/";

/// A reader of a shared open file at its own position (`pread`), so two
/// threads can read one file without sharing an offset.
struct At<'f> {
    file: &'f File,
    pos: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.file.read_at(buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl Seek for At<'_> {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let base = match to {
            SeekFrom::Start(n) => {
                self.pos = n;
                return Ok(n);
            }
            SeekFrom::End(d) => (self.file.metadata()?.len(), d),
            SeekFrom::Current(d) => (self.pos, d),
        };
        self.pos = base
            .0
            .checked_add_signed(base.1)
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "seek out of range"))?;
        Ok(self.pos)
    }
}

/// The fast path over any source of readers of the same sealed bytes.
fn unseal_from<R: Read + Seek + Send>(
    source: &(dyn Fn() -> R + Sync),
    key: &VaultKey,
    vault_id: &str,
) -> Result<Connection> {
    let id = key.identity();
    let mut first = open_stream(source(), id).map_err(|e| corrupt(&e.to_string()))?;
    // The plaintext length (decrypting the last chunk authenticates it).
    let total = first.plaintext_len().map_err(|e| corrupt(&e.to_string()))?;
    let mut head = [0u8; HEADER];
    if total < HEADER as u64 || first.read_exact(&mut head).is_err() {
        return Err(corrupt("bad header"));
    }
    let tag = check_header(&head)?;
    let image_len = usize::try_from(total - HEADER as u64).map_err(|_| corrupt("too large"))?;
    let mut hasher = mac_hasher(key, vault_id);
    let reader = ImageReader {
        source,
        id,
        first,
        pos: HEADER as u64,
        end: total,
        mac: &mut hasher,
    };
    let mut conn = Connection::open_in_memory()?;
    conn.deserialize_read_exact(rusqlite::MAIN_DB, reader, image_len, false)
        .map_err(|e| corrupt(&e.to_string()))?;
    // Nothing has read the image yet: authenticate before anyone does.
    if !constant_time_eq(&tag, hasher.finalize().as_bytes()) {
        drop(conn);
        return Err(forged());
    }
    Ok(conn)
}

/// Plaintext header: magic, format version, MAC.
const HEADER: usize = MAGIC.len() + 4 + 32;

/// Below this image size one thread decrypts everything (a second reader
/// costs an X25519 unwrap and a thread).
const PARALLEL_MIN: usize = 4 << 20;

/// age STREAM plaintext chunk size.
const AGE_CHUNK: u64 = 64 << 10;

fn open_stream<R: Read + Seek>(
    input: R,
    id: &age::x25519::Identity,
) -> std::result::Result<Opener<io::BufReader<R>>, age::DecryptError> {
    crypto::decrypt_seekable(input, &[id as &dyn age::Identity])
}

/// Checks magic and version; returns the MAC.
fn check_header(head: &[u8]) -> Result<[u8; 32]> {
    if head.len() < HEADER || &head[..MAGIC.len()] != MAGIC {
        return Err(corrupt("bad header"));
    }
    let version = u32::from_be_bytes(
        head[MAGIC.len()..MAGIC.len() + 4]
            .try_into()
            .expect("4 bytes"),
    );
    if version != INDEX_FORMAT {
        return Err(Error::usage(
            format!("this vault's index format version {version} is not supported by this carnet (knows {INDEX_FORMAT})"),
            "upgrade carnet",
        ));
    }
    Ok(head[MAGIC.len() + 4..HEADER].try_into().expect("32 bytes"))
}

fn forged() -> Error {
    Error::integrity(
        "the vault index failed authentication: it was not written with this vault's key (forged or replaced index.age)".to_string(),
        "do not trust this copy; restore index.age from a backup you trust",
    )
}

/// Feeds SQLite's buffer: `read` fills what it is given (SQLite asks for the
/// whole image at once), splitting large requests over two readers of the
/// same age file, and hashes what it wrote into the MAC.
struct ImageReader<'a, 'm, R> {
    source: &'a (dyn Fn() -> R + Sync),
    id: &'a age::x25519::Identity,
    /// Positioned at `pos`.
    first: Opener<io::BufReader<R>>,
    /// Plaintext position (the header included).
    pos: u64,
    end: u64,
    mac: &'m mut blake3::Hasher,
}

impl<R: Read + Seek + Send> Read for ImageReader<'_, '_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = (buf.len() as u64).min(self.end - self.pos) as usize;
        if n == 0 {
            return Ok(0);
        }
        let buf = &mut buf[..n];
        // The second reader starts on a chunk boundary near the middle
        // (only when the rest is asked for at once, as SQLite does).
        let split = (self.pos + n as u64 / 2) / AGE_CHUNK * AGE_CHUNK;
        if n >= PARALLEL_MIN && split > self.pos && self.pos + n as u64 == self.end {
            let (a, b) = buf.split_at_mut((split - self.pos) as usize);
            let (source, id, first) = (self.source, self.id, &mut self.first);
            std::thread::scope(|s| {
                let second = s.spawn(move || -> io::Result<()> {
                    let mut r = open_stream(source(), id)
                        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.to_string()))?;
                    r.seek_chunk(split)?;
                    r.read_exact(b)
                });
                let mine = first.read_exact(a);
                let theirs = second
                    .join()
                    .unwrap_or_else(|_| Err(io::Error::other("index decryption thread panicked")));
                mine.and(theirs)
            })?;
        } else {
            self.first.read_exact(buf)?;
        }
        self.mac.update(buf);
        self.pos += n as u64;
        Ok(n)
    }
}

/// Unseals from any age encoding (armored too), through a plaintext copy.
fn unseal_buffered(sealed: &[u8], key: &VaultKey, vault_id: &str) -> Result<Connection> {
    let ids = [key.identity() as &dyn age::Identity];
    let mut r = crypto::decrypt_reader(sealed, &ids).map_err(|e| corrupt(&e.to_string()))?;
    let mut plain = Vec::with_capacity(sealed.len());
    r.read_to_end(&mut plain)
        .map_err(|e| corrupt(&e.to_string()))?;
    let plain = zeroize::Zeroizing::new(plain);
    let tag = check_header(&plain)?;
    let image = &plain[HEADER..];
    let expected = mac(key, vault_id, image);
    if !constant_time_eq(&tag, &expected) {
        return Err(forged());
    }
    let mut conn = Connection::open_in_memory()?;
    conn.deserialize_read_exact(rusqlite::MAIN_DB, image, image.len(), false)
        .map_err(|e| corrupt(&e.to_string()))?;
    Ok(conn)
}

fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db_with(bytes: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (i INTEGER PRIMARY KEY, b BLOB NOT NULL);")
            .unwrap();
        let mut x = 1u64;
        let mut left = bytes;
        let mut i = 0;
        while left > 0 {
            let n = left.min(100_003);
            let v: Vec<u8> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    x as u8
                })
                .collect();
            conn.execute(
                "INSERT INTO t (i, b) VALUES (?1, ?2)",
                rusqlite::params![i, v],
            )
            .unwrap();
            left -= n;
            i += 1;
        }
        conn
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
            let slow = unseal_buffered(&sealed, &key, "vaultid").unwrap();
            assert_eq!(digest(&slow), want, "size {size}");
            let path = std::env::temp_dir().join(format!(
                "carnet-seal-test-{}-{size}.age",
                std::process::id()
            ));
            std::fs::write(&path, &sealed).unwrap();
            let from_file = unseal_file(&File::open(&path).unwrap(), &key, "vaultid");
            std::fs::remove_file(&path).unwrap();
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
        // Someone who knows only the recipient can encrypt, not MAC.
        let key = VaultKey::generate();
        let mut plain = Vec::new();
        plain.extend_from_slice(MAGIC);
        plain.extend_from_slice(&INDEX_FORMAT.to_be_bytes());
        plain.extend_from_slice(&[0u8; 32]);
        let image = db_with(5 * 1024 * 1024)
            .serialize(rusqlite::MAIN_DB)
            .unwrap()
            .to_vec();
        plain.extend_from_slice(&image);
        let mut out = Vec::new();
        let mut w =
            crypto::encrypt_writer(&Recipients::x25519(key.recipient()), &mut out, false).unwrap();
        std::io::Write::write_all(&mut w, &plain).unwrap();
        w.finish().unwrap();
        let e = unseal(&out, &key, "vaultid").err().unwrap();
        assert!(e.to_string().contains("failed authentication"), "{e}");
    }
}
