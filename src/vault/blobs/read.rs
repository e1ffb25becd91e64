//! Reading blobs: every stream is checked against the blob's name (keyed
//! BLAKE3) or recorded SHA-256 at its end, so a swapped or planted blob
//! is caught (exit 6); whole blobs are decrypted on two threads.

use std::fs::File;
use std::io::{self, Read, Write};
use std::sync::mpsc;

use sha2::Digest;

use crate::crypto::payload::Opener;
use crate::crypto::{self, VaultKey};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::vault::layout::Layout;

const CHUNK: usize = 1 << 20;

/// A reader of a blob's plaintext that checks a hash at the end of the
/// stream: the last `read` returns an `InvalidData` error on mismatch.
pub struct VerifiedReader {
    inner: Box<dyn Read + Send>,
    hash: ContentHash,
    /// Hex of the hash the content must have.
    expected: String,
    done: bool,
}

/// What a [`VerifiedReader`] checks.
enum ContentHash {
    /// The keyed BLAKE3 that names a vault blob.
    Keyed(Box<blake3::Hasher>),
    /// The SHA-256 recorded for a document whose blob has a random name
    /// (hidden from guardians).
    Sha256(sha2::Sha256),
}

impl VerifiedReader {
    /// Checks the content of `inner` against SHA-256 `expected` (hex).
    pub fn sha256(inner: Box<dyn Read + Send>, expected: &str) -> Self {
        VerifiedReader {
            inner,
            hash: ContentHash::Sha256(sha2::Sha256::new()),
            expected: expected.to_string(),
            done: false,
        }
    }
}

/// Marker in the error message so callers can map it to exit 6.
pub const MISMATCH: &str = "blob content does not match its name";

impl Read for VerifiedReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.done {
            return Ok(0);
        }
        let n = self.inner.read(buf)?;
        if n == 0 {
            self.done = true;
            let got = match &self.hash {
                ContentHash::Keyed(h) => h.finalize().to_hex().to_string(),
                ContentHash::Sha256(h) => hex::encode(h.clone().finalize()),
            };
            if got != self.expected {
                return Err(io::Error::new(io::ErrorKind::InvalidData, MISMATCH));
            }
            return Ok(0);
        }
        match &mut self.hash {
            ContentHash::Keyed(h) => {
                h.update(&buf[..n]);
            }
            ContentHash::Sha256(h) => h.update(&buf[..n]),
        }
        Ok(n)
    }
}

pub fn blob_integrity_error(name: &str, why: &str) -> Error {
    // The content check's reason also travels as an io::Error's text.
    let why = if why == MISMATCH {
        crate::i18n::tr!("y-blob-mismatch")
    } else {
        why.to_string()
    };
    Error::integrity(
        crate::i18n::tr!(
            "v-blob-damaged",
            name = &name[..name.len().min(16)],
            why = why
        ),
        crate::i18n::tr!("v-blob-damaged-hint"),
    )
}

/// Opens a blob's file; a missing file is an integrity failure (exit 6).
pub fn open_file(layout: &Layout, name: &str) -> Result<File> {
    let path = layout.blob(name);
    fsutil::open_regular(&path, u64::MAX).map_err(|e| match e {
        fsutil::Unread::Missing => blob_integrity_error(name, &crate::i18n::tr!("y-blob-missing")),
        e => e.into_error(&path),
    })
}

/// Opens a blob for reading; the stream is verified against its name.
pub fn open(layout: &Layout, key: &VaultKey, name: &str) -> Result<VerifiedReader> {
    let r = open_stream(layout, key, name)?;
    Ok(VerifiedReader {
        inner: Box::new(r),
        hash: ContentHash::Keyed(Box::new(blake3::Hasher::new_keyed(&key.blob_name_key()))),
        expected: name.to_string(),
        done: false,
    })
}

/// Decrypts a whole blob into `out`, verifying it against its name, and
/// returns its size. Decryption runs on other threads while this one hashes
/// and writes, in 1 MiB chunks (a few in flight, recycled), so memory stays
/// bounded whatever the size: one decrypting thread for a small blob, two
/// for a large one (each takes every other 16 MiB segment, seeking to it:
/// age STREAM chunks are independent). A mismatch is only known at the
/// end, after everything was written: callers write to a temp file and drop
/// it on error.
pub fn copy_to(layout: &Layout, key: &VaultKey, name: &str, out: &mut dyn Write) -> Result<u64> {
    let mut first = open_stream(layout, key, name)?;
    // The plaintext length, from the file's; decrypting the last chunk
    // authenticates it.
    let total = first.plaintext_len().map_err(|e| read_error(name, e))?;
    if total == 0 {
        // No segment to read: still authenticate the (empty) last chunk.
        let n = first.read(&mut [0u8; 1]).map_err(|e| read_error(name, e))?;
        if n != 0 {
            return Err(blob_integrity_error(
                name,
                &crate::i18n::tr!("y-blob-longer"),
            ));
        }
    }
    let segments = total.div_ceil(SEGMENT).max(1);
    let workers: u64 = if segments > 2 { 2 } else { 1 };
    let seg_len = |s: u64| (total - s * SEGMENT).min(SEGMENT);
    let mut hasher = blake3::Hasher::new_keyed(&key.blob_name_key());

    let written = std::thread::scope(|sc| -> Result<u64> {
        let mut rxs = Vec::new();
        let mut backs = Vec::new();
        let mut first = Some(first);
        for w in 0..workers {
            let (tx, rx) = mpsc::sync_channel::<io::Result<crypto::PlainBuf>>(3);
            let (back_tx, back_rx) = mpsc::channel::<crypto::PlainBuf>();
            rxs.push(rx);
            backs.push(back_tx);
            let mine = first.take();
            sc.spawn(move || {
                let mut r = match mine {
                    Some(r) => r,
                    None => match open_stream(layout, key, name) {
                        Ok(r) => r,
                        Err(e) => {
                            let _ = tx.send(Err(io::Error::new(
                                io::ErrorKind::InvalidData,
                                e.to_string(),
                            )));
                            return;
                        }
                    },
                };
                for s in (w..segments).step_by(workers as usize) {
                    if let Err(e) = r.seek_chunk(s * SEGMENT) {
                        let _ = tx.send(Err(e));
                        return;
                    }
                    let mut left = seg_len(s);
                    while left > 0 {
                        let mut buf = back_rx.try_recv().unwrap_or_default();
                        buf.resize(left.min(CHUNK as u64) as usize, 0);
                        if let Err(e) = r.read_exact(&mut buf) {
                            let _ = tx.send(Err(e));
                            return;
                        }
                        left -= buf.len() as u64;
                        if tx.send(Ok(buf)).is_err() {
                            return;
                        }
                    }
                }
            });
        }
        let result = (|| -> Result<u64> {
            let mut n = 0u64;
            for s in 0..segments {
                let w = (s % workers) as usize;
                let mut left = seg_len(s);
                while left > 0 {
                    let buf = rxs[w]
                        .recv()
                        .map_err(|_| Error::Other(crate::i18n::tr!("y-blob-decryption-stopped")))?
                        .map_err(|e| read_error(name, e))?;
                    hasher.update(&buf);
                    out.write_all(&buf)
                        .ctx(|| crate::i18n::tr!("io-writing-document"))?;
                    n += buf.len() as u64;
                    left -= buf.len() as u64;
                    let _ = backs[w].send(buf);
                }
            }
            Ok(n)
        })();
        // Dropping the receivers stops the decrypting threads after an error.
        drop(rxs);
        result
    })?;
    if hasher.finalize().to_hex().as_str() != name {
        return Err(blob_integrity_error(name, MISMATCH));
    }
    Ok(written)
}

/// Plaintext bytes per segment when two threads decrypt one blob (a
/// multiple of age's 64 KiB chunk, so each seek lands on a chunk start).
const SEGMENT: u64 = 16 << 20;

/// A seekable decrypting reader of a blob file (blobs are binary age files,
/// never armored: no armor layer to copy through).
fn open_stream(layout: &Layout, key: &VaultKey, name: &str) -> Result<Opener<io::BufReader<File>>> {
    let f = open_file(layout, name)?;
    crypto::decrypt_seekable(f, &[key.identity() as &dyn age::Identity])
        .map_err(|e| blob_integrity_error(name, &crate::i18n::explain::age_error(&e)))
}

/// Checks that a blob is there and opens with the vault key (its header and
/// length), without reading it: what `get` to stdout checks before it
/// journals a view it cannot take back.
pub fn check_opens(layout: &Layout, key: &VaultKey, name: &str) -> Result<()> {
    open_stream(layout, key, name)?
        .plaintext_len()
        .map_err(|e| read_error(name, e))?;
    Ok(())
}

/// Maps an error met while streaming a blob out.
pub fn read_error(name: &str, e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::InvalidData || e.to_string().contains(MISMATCH) {
        blob_integrity_error(name, &e.to_string())
    } else {
        Error::io(crate::i18n::tr!("io-reading-blob"), e)
    }
}

/// Checks a blob fetched from a remote into `path` before it joins the
/// vault under `name`: one the vault key opens must decrypt whole and hash
/// to its name; one it does not open must at least be an age file (a
/// document hidden from guardians, encrypted to the minor alone, whose
/// SHA-256 only the minor can check). `Err` says why it is refused.
pub fn check_pulled(
    path: &std::path::Path,
    key: &VaultKey,
    name: &str,
) -> std::result::Result<(), String> {
    let f = File::open(path).map_err(|e| e.to_string())?;
    match crypto::decrypt_reader(
        io::BufReader::new(f),
        &[key.identity() as &dyn age::Identity],
    ) {
        Ok(r) => {
            let mut r = VerifiedReader {
                inner: Box::new(r),
                hash: ContentHash::Keyed(Box::new(blake3::Hasher::new_keyed(&key.blob_name_key()))),
                expected: name.to_string(),
                done: false,
            };
            io::copy(&mut r, &mut io::sink())
                .map(|_| ())
                .map_err(|e| e.to_string())
        }
        Err(age::DecryptError::NoMatchingKeys) => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}

/// Decrypts a whole blob to a sink, verifying it. Returns the size.
pub fn verify(layout: &Layout, key: &VaultKey, name: &str) -> Result<u64> {
    copy_to(layout, key, name, &mut io::sink())
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::super::{blob_name, write, write_many, Inputs, Written};
    use super::*;

    use crate::testutil::pseudo_random as data;

    /// Sizes around the chunk boundaries of the pipelines (1 MiB) and of
    /// age STREAM (64 KiB) come back intact through `copy_to`, and
    /// recycled buffers never leak bytes of one document into another.
    #[test]
    fn write_many_and_copy_to_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::resolve(dir.path());
        let key = VaultKey::generate();
        let sizes = [
            0,
            1,
            65_536,
            CHUNK - 1,
            CHUNK,
            CHUNK + 1,
            3 * CHUNK + 12_345,
            10,
        ];
        let inputs: Vec<Vec<u8>> = sizes
            .iter()
            .enumerate()
            .map(|(i, n)| data(*n, i as u64 + 1))
            .collect();
        for how in [Inputs::Independent, Inputs::OneStream] {
            let mut names = Vec::new();
            write_many(
                &layout,
                &key,
                inputs.len(),
                how,
                |i| Ok(io::Cursor::new(inputs[i].clone())),
                |i, w| {
                    assert_eq!(i, names.len(), "done in input order");
                    names.push(w);
                    Ok(())
                },
            )
            .unwrap();
            check_round_trip(&layout, &key, &names, &inputs);
            for w in &names {
                let _ = fs::remove_file(layout.blob(&w.name));
            }
        }
    }

    fn check_round_trip(layout: &Layout, key: &VaultKey, names: &[Written], inputs: &[Vec<u8>]) {
        for (w, input) in names.iter().zip(inputs) {
            assert_eq!(w.size, input.len() as u64);
            assert_eq!(w.name, blob_name(key, input));
            let mut out = Vec::new();
            let n = copy_to(layout, key, &w.name, &mut out).unwrap();
            assert_eq!(n, input.len() as u64);
            assert!(out == *input, "size {}", input.len());
            assert_eq!(verify(layout, key, &w.name).unwrap(), n);
        }
    }

    /// A writer that fails (a full disk, `carnet get ID | head`) stops the
    /// decrypting threads instead of leaving them blocked on a full channel.
    #[test]
    fn copy_to_returns_when_the_writer_fails() {
        struct Fails(usize);
        impl Write for Fails {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                if self.0 == 0 {
                    return Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"));
                }
                self.0 -= 1;
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::resolve(dir.path());
        let key = VaultKey::generate();
        for size in [12 * CHUNK, 3 * SEGMENT as usize] {
            let w = write(&layout, &key, io::Cursor::new(data(size, 9))).unwrap();
            let (done_tx, done_rx) = mpsc::channel();
            let (layout2, key2) = (
                layout.clone(),
                VaultKey::parse(&{
                    use age::secrecy::ExposeSecret;
                    key.secret().unwrap().expose_secret().to_string()
                })
                .unwrap(),
            );
            std::thread::spawn(move || {
                let r = copy_to(&layout2, &key2, &w.name, &mut Fails(1));
                let _ = done_tx.send(r.is_err());
            });
            let failed = done_rx
                .recv_timeout(std::time::Duration::from_secs(60))
                .expect("copy_to hung after a write error");
            assert!(failed);
        }
    }

    #[test]
    fn copy_to_refuses_swapped_damaged_and_missing_blobs() {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::resolve(dir.path());
        let key = VaultKey::generate();
        let a = write(&layout, &key, io::Cursor::new(data(2 * CHUNK + 7, 1))).unwrap();
        let b = write(&layout, &key, io::Cursor::new(data(100, 2))).unwrap();
        let integrity = |r: Result<u64>| match r {
            Err(e @ Error::Integrity { .. }) => e.to_string(),
            other => panic!("expected an integrity error, got {other:?}"),
        };
        // b's bytes under a's name: decrypts fine, hash does not match.
        fs::copy(layout.blob(&b.name), layout.blob(&a.name)).unwrap();
        let msg = integrity(copy_to(&layout, &key, &a.name, &mut io::sink()));
        assert!(msg.contains(MISMATCH), "{msg}");
        // A flipped byte in the middle of a large blob.
        let c = write(&layout, &key, io::Cursor::new(data(3 * CHUNK, 3))).unwrap();
        let mut bytes = fs::read(layout.blob(&c.name)).unwrap();
        let mid = bytes.len() / 2;
        bytes[mid] ^= 1;
        fs::write(layout.blob(&c.name), &bytes).unwrap();
        integrity(copy_to(&layout, &key, &c.name, &mut io::sink()));
        // A flipped byte in the second and the last segment of a blob two
        // threads decrypt.
        let big = data(3 * SEGMENT as usize + 5, 4);
        for at in [0.5, 0.99] {
            let d = write(&layout, &key, io::Cursor::new(big.clone())).unwrap();
            let mut bytes = fs::read(layout.blob(&d.name)).unwrap();
            let k = (bytes.len() as f64 * at) as usize;
            bytes[k] ^= 1;
            fs::write(layout.blob(&d.name), &bytes).unwrap();
            integrity(copy_to(&layout, &key, &d.name, &mut io::sink()));
            fs::remove_file(layout.blob(&d.name)).unwrap();
        }
        // An empty blob with its only (tag-only) chunk altered.
        let e = write(&layout, &key, io::Cursor::new(Vec::new())).unwrap();
        let mut bytes = fs::read(layout.blob(&e.name)).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        fs::write(layout.blob(&e.name), &bytes).unwrap();
        integrity(copy_to(&layout, &key, &e.name, &mut io::sink()));
        // Missing.
        fs::remove_file(layout.blob(&b.name)).unwrap();
        let msg = integrity(copy_to(&layout, &key, &b.name, &mut io::sink()));
        assert!(msg.contains("missing"), "{msg}");
    }
}
