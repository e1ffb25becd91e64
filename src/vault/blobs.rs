//! The blob store: one age file per document under `blobs/`, named by a
//! keyed BLAKE3 hash of the plaintext (names reveal nothing without the key,
//! and the same content is stored once). Writing streams the input through
//! two stages on two threads: read + hash, then encrypt + write, in 1 MiB
//! chunks, so memory stays bounded whatever the size. Reading checks the
//! keyed hash at the end, so a swapped or planted blob is caught (exit 6).

use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::mpsc;

use sha2::Digest;

use crate::crypto::{self, Recipients, VaultKey};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::vault::layout::Layout;

const CHUNK: usize = 1 << 20;

/// What writing a blob produced.
#[derive(Debug, Clone)]
pub struct Written {
    /// Keyed BLAKE3 (hex): the blob's name.
    pub name: String,
    pub sha256: String,
    pub size: u64,
    /// The blob already existed (same content).
    pub duplicate: bool,
}

/// Keyed BLAKE3 of some bytes, hex: the name a blob with this content has.
pub fn blob_name(key: &VaultKey, data: &[u8]) -> String {
    let k = key.blob_name_key();
    blake3::keyed_hash(&k, data).to_hex().to_string()
}

/// Encrypts `input` into the blob store. The temp file lives in `tmp/` and
/// is renamed into `blobs/` once complete. Not synced: the caller makes a
/// batch durable with one [`fsutil::sync_filesystem`] before committing the
/// index that points to it.
pub fn write<R: Read + Send>(layout: &Layout, key: &VaultKey, input: R) -> Result<Written> {
    let mut input = Some(input);
    let mut out = None;
    write_many(
        layout,
        key,
        1,
        move |_| {
            input
                .take()
                .ok_or_else(|| Error::Other("input already consumed".into()))
        },
        |_, w| {
            out = Some(w);
            Ok(())
        },
    )?;
    out.ok_or_else(|| Error::Other("no blob written".into()))
}

/// What the reading stage sends to the encrypting stage.
enum Msg {
    Chunk(Vec<u8>),
    /// End of input `i`: keyed hash, SHA-256, size.
    End(String, String, u64),
    Failed(Error),
}

/// Encrypts `count` inputs into the blob store as a two-stage pipeline over
/// two threads: the reading stage opens, reads and hashes input after input
/// while the calling thread encrypts and writes, so both cores work even
/// on many small files. Memory is bounded by the channel (8 chunks of 1 MiB).
/// `done(i, written)` runs on the calling thread after input `i` is stored;
/// an error from it stops the pipeline.
pub fn write_many<R: Read + Send>(
    layout: &Layout,
    key: &VaultKey,
    count: usize,
    open: impl FnMut(usize) -> Result<R> + Send,
    mut done: impl FnMut(usize, Written) -> Result<()>,
) -> Result<()> {
    fsutil::create_private_dir(&layout.tmp())?;
    fsutil::create_private_dir(&layout.blobs())?;
    let name_key = key.blob_name_key();
    let recipients = Recipients::x25519(key.recipient());
    let (tx, rx) = mpsc::sync_channel::<Msg>(8);

    std::thread::scope(|s| {
        s.spawn(move || read_stage(count, open, &name_key, tx));

        let mut current: Option<(PathBuf, crypto::Encrypted<BufWriter<File>>)> = None;
        let mut index = 0usize;
        let result = (|| -> Result<()> {
            for msg in rx.iter() {
                match msg {
                    Msg::Chunk(buf) => {
                        if current.is_none() {
                            current = Some(start_temp(layout, &recipients)?);
                        }
                        let (path, w) = current.as_mut().expect("just set");
                        w.write_all(&buf)
                            .ctx(|| format!("writing {}", path.display()))?;
                    }
                    Msg::End(name, sha256, size) => {
                        let (path, w) = match current.take() {
                            Some(c) => c,
                            None => start_temp(layout, &recipients)?,
                        };
                        let written = finish_temp(layout, path, w, name, sha256, size)?;
                        done(index, written)?;
                        index += 1;
                    }
                    Msg::Failed(e) => return Err(e),
                }
            }
            Ok(())
        })();
        // Dropping the receiver stops the reading stage after an error.
        drop(rx);
        if let Some((path, _)) = current.take() {
            let _ = fs::remove_file(path);
        }
        result
    })
}

fn read_stage<R: Read>(
    count: usize,
    mut open: impl FnMut(usize) -> Result<R>,
    name_key: &[u8; 32],
    tx: mpsc::SyncSender<Msg>,
) {
    for i in 0..count {
        let mut input = match open(i) {
            Ok(r) => r,
            Err(e) => {
                let _ = tx.send(Msg::Failed(e));
                return;
            }
        };
        let mut keyed = blake3::Hasher::new_keyed(name_key);
        let mut sha = sha2::Sha256::new();
        let mut size = 0u64;
        loop {
            let mut buf = vec![0u8; CHUNK];
            let mut filled = 0;
            while filled < CHUNK {
                match input.read(&mut buf[filled..]) {
                    Ok(0) => break,
                    Ok(n) => filled += n,
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => {
                        let err = if e.kind() == io::ErrorKind::InvalidData {
                            // A verified blob reader (rekey) met a damaged blob.
                            Error::integrity(
                                format!("a blob is damaged or was replaced: {e}"),
                                "run `carnet check` to list damaged documents, and restore them from a backup",
                            )
                        } else {
                            Error::io("reading the document", e)
                        };
                        let _ = tx.send(Msg::Failed(err));
                        return;
                    }
                }
            }
            if filled == 0 {
                break;
            }
            buf.truncate(filled);
            keyed.update(&buf);
            sha.update(&buf);
            size += filled as u64;
            let last = filled < CHUNK;
            if tx.send(Msg::Chunk(buf)).is_err() {
                return;
            }
            if last {
                break;
            }
        }
        let end = Msg::End(
            keyed.finalize().to_hex().to_string(),
            hex::encode(sha.finalize()),
            size,
        );
        if tx.send(end).is_err() {
            return;
        }
    }
}

pub(crate) fn start_temp(
    layout: &Layout,
    to: &Recipients,
) -> Result<(PathBuf, crypto::Encrypted<BufWriter<File>>)> {
    let path = layout.tmp().join(format!(
        "{}-{:016x}.age.tmp",
        std::process::id(),
        rand::random::<u64>()
    ));
    let file = fsutil::create_new_private(&path)?;
    match crypto::encrypt_writer(to, BufWriter::with_capacity(CHUNK, file), false) {
        Ok(w) => Ok((path, w)),
        Err(e) => {
            let _ = fs::remove_file(&path);
            Err(e)
        }
    }
}

/// Asks the kernel to start writing the file out now, without waiting, so
/// the disk works while the next blob is encrypted and the batch's single
/// `syncfs` finds little left to flush.
fn start_writeback(f: &File) {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: the descriptor is open for the duration of the call; the
        // flag only initiates writeback and never blocks on completion.
        unsafe {
            libc::sync_file_range(f.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = f;
}

pub(crate) fn finish_temp(
    layout: &Layout,
    path: PathBuf,
    w: crypto::Encrypted<BufWriter<File>>,
    name: String,
    sha256: String,
    size: u64,
) -> Result<Written> {
    let res = w.finish().and_then(|buf| {
        buf.into_inner()
            .map(|f| start_writeback(&f))
            .map_err(|e| Error::io(format!("writing {}", path.display()), e.into_error()))
    });
    if let Err(e) = res {
        let _ = fs::remove_file(&path);
        return Err(e);
    }
    let target = layout.blob(&name);
    if target.exists() {
        let _ = fs::remove_file(&path);
        return Ok(Written {
            name,
            sha256,
            size,
            duplicate: true,
        });
    }
    fs::rename(&path, &target).ctx(|| format!("storing blob {}", target.display()))?;
    Ok(Written {
        name,
        sha256,
        size,
        duplicate: false,
    })
}

/// A reader of a blob's plaintext that checks the keyed hash at the end of
/// the stream: the last `read` returns an `InvalidData` error on mismatch.
pub struct VerifiedReader {
    inner: Box<dyn Read + Send>,
    hasher: blake3::Hasher,
    expected: String,
    done: bool,
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
            let got = self.hasher.finalize().to_hex().to_string();
            if got != self.expected {
                return Err(io::Error::new(io::ErrorKind::InvalidData, MISMATCH));
            }
            return Ok(0);
        }
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

pub fn blob_integrity_error(name: &str, why: &str) -> Error {
    Error::integrity(
        format!(
            "blob {}… is damaged or was replaced: {why}",
            &name[..name.len().min(16)]
        ),
        "restore the vault's blobs/ from a backup; `carnet check` lists every damaged document",
    )
}

/// Opens a blob for reading; the stream is verified against its name.
pub fn open(layout: &Layout, key: &VaultKey, name: &str) -> Result<VerifiedReader> {
    let path = layout.blob(name);
    let f = File::open(&path).map_err(|e| {
        if e.kind() == io::ErrorKind::NotFound {
            blob_integrity_error(name, "its file is missing")
        } else {
            Error::io(format!("opening {}", path.display()), e)
        }
    })?;
    // Blobs are never armored: skip armor detection, read in large blocks.
    let ids = [key.identity() as &dyn age::Identity];
    let r = age::Decryptor::new_buffered(io::BufReader::with_capacity(CHUNK, f))
        .and_then(|d| d.decrypt(ids.iter().copied()))
        .map_err(|e| blob_integrity_error(name, &e.to_string()))?;
    Ok(VerifiedReader {
        inner: Box::new(r),
        hasher: blake3::Hasher::new_keyed(&key.blob_name_key()),
        expected: name.to_string(),
        done: false,
    })
}

/// Streams a blob's verified plaintext into `out`, decrypting on a second
/// thread while this one writes (1 MiB chunks, at most 4 in flight).
/// Returns the size. An integrity failure surfaces after the last chunk,
/// so callers writing a file must only publish it when this succeeds.
pub fn copy_to(layout: &Layout, key: &VaultKey, name: &str, out: &mut dyn Write) -> Result<u64> {
    let mut reader = open(layout, key, name)?;
    let (tx, rx) = mpsc::sync_channel::<io::Result<Vec<u8>>>(4);
    std::thread::scope(|s| {
        s.spawn(move || loop {
            let mut buf = vec![0u8; CHUNK];
            let mut filled = 0;
            let res = loop {
                match reader.read(&mut buf[filled..]) {
                    Ok(0) => break Ok(()),
                    Ok(n) => {
                        filled += n;
                        if filled == CHUNK {
                            break Ok(());
                        }
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                    Err(e) => break Err(e),
                }
            };
            buf.truncate(filled);
            let last = res.is_err() || filled < CHUNK;
            let msg = res.map(|_| buf);
            if tx.send(msg).is_err() || last {
                return;
            }
        });
        let mut n = 0u64;
        for msg in rx.iter() {
            let buf = msg.map_err(|e| read_error(name, e))?;
            if buf.is_empty() {
                continue;
            }
            out.write_all(&buf).ctx(|| "writing the document".into())?;
            n += buf.len() as u64;
        }
        Ok(n)
    })
}

/// Maps an error met while streaming a blob out.
pub fn read_error(name: &str, e: io::Error) -> Error {
    if e.kind() == io::ErrorKind::InvalidData || e.to_string().contains(MISMATCH) {
        blob_integrity_error(name, &e.to_string())
    } else {
        Error::io("reading a blob", e)
    }
}

/// Decrypts a whole blob to a sink, verifying it. Returns the size.
pub fn verify(layout: &Layout, key: &VaultKey, name: &str) -> Result<u64> {
    let mut r = open(layout, key, name)?;
    io::copy(&mut r, &mut io::sink()).map_err(|e| read_error(name, e))
}

/// Names of every blob file present.
pub fn list(layout: &Layout) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let dir = layout.blobs();
    let rd = match fs::read_dir(&dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(Error::io(format!("listing {}", dir.display()), e)),
    };
    for ent in rd {
        let ent = ent.ctx(|| format!("listing {}", dir.display()))?;
        let n = ent.file_name().to_string_lossy().into_owned();
        if let Some(stem) = n.strip_suffix(".age") {
            out.push(stem.to_string());
        }
    }
    Ok(out)
}

/// Temp files left by interrupted writes, with their age.
pub fn leftovers(layout: &Layout) -> Result<Vec<(PathBuf, std::time::Duration)>> {
    let mut out = Vec::new();
    for dir in [layout.tmp(), layout.data.clone(), layout.root.clone()] {
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(_) => continue,
        };
        for ent in rd.flatten() {
            let n = ent.file_name().to_string_lossy().into_owned();
            if n.ends_with(".tmp") {
                let age = ent
                    .metadata()
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .unwrap_or_default();
                out.push((ent.path(), age));
            }
        }
    }
    Ok(out)
}

/// Whether a temp file's writer process is gone (its pid is in the name).
pub fn writer_gone(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let pid = name
        .trim_start_matches('.')
        .split(['-', '.'])
        .find_map(|p| p.parse::<u32>().ok());
    match pid {
        Some(pid) if pid == std::process::id() => false,
        Some(pid) => !Path::new(&format!("/proc/{pid}")).exists(),
        None => true,
    }
}
