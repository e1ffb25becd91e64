//! The blob store: one age file per document under `blobs/`, named by a
//! keyed BLAKE3 hash of the plaintext (names reveal nothing without the key,
//! and the same content is stored once). Writing streams each input through
//! one 64 KiB buffer (read, hash, encrypt in place, write), whole documents
//! in parallel, so memory stays bounded whatever the size. Reading checks
//! the keyed hash at the end, so a swapped or planted blob is caught (exit 6).

use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};

use sha2::Digest;

use crate::crypto::payload::Opener;
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
        Inputs::OneStream,
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

/// Whether inputs can be read at the same time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inputs {
    /// Separate files or blobs: read by several workers at once.
    Independent,
    /// Pieces of one stream (a bundle's tar): each must be read to its end
    /// before the next is opened, so one worker reads them in order.
    OneStream,
}

/// Encrypts `count` inputs into the blob store, whole documents in
/// parallel (one input at a time: see [`write_staged`]): each worker thread (one per core, at most four) takes the next
/// input, reads it straight into the cipher's chunk buffer, hashes it there
/// and encrypts it in place, so every byte is touched while it is in the
/// core's cache, and many small files keep every core busy. `open(i)` runs
/// in order, one at a time. `done(i, written)` runs on the calling thread
/// in input order; an error from it, or from any input, stops the workers
/// (a worker in the middle of a large input stops at its next read).
/// Memory: one 64 KiB chunk (and its spare) per worker.
pub fn write_many<R: Read + Send>(
    layout: &Layout,
    key: &VaultKey,
    count: usize,
    inputs: Inputs,
    open: impl FnMut(usize) -> Result<R> + Send,
    mut done: impl FnMut(usize, Written) -> Result<()>,
) -> Result<()> {
    layout.create_dir(&layout.tmp())?;
    layout.create_dir(&layout.blobs())?;
    let name_key = key.blob_name_key();
    let recipients = Recipients::x25519(key.recipient());
    let workers = match inputs {
        Inputs::OneStream => 1,
        Inputs::Independent => crate::workers::for_units(count),
    };
    if workers == 1 {
        return write_staged(layout, &recipients, &name_key, count, open, done);
    }
    // The next input to take, and the opener, shared by the workers.
    let next = Mutex::new((0usize, open));
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<(usize, Result<Written>)>();

    std::thread::scope(|s| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, stop, recipients, name_key) = (&next, &stop, &recipients, &name_key);
            s.spawn(move || loop {
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                let (i, input) = {
                    let mut g = next.lock().unwrap_or_else(|p| p.into_inner());
                    let i = g.0;
                    if i >= count {
                        return;
                    }
                    g.0 += 1;
                    (i, (g.1)(i))
                };
                let res = input.and_then(|input| {
                    let input = Stoppable { inner: input, stop };
                    let (path, w, hashes) =
                        encrypt_to_temp(layout, recipients, Some(name_key), input)?;
                    let Hashes {
                        keyed,
                        sha256,
                        size,
                    } = hashes;
                    finish_temp(layout, path, w, keyed.expect("keyed"), sha256, size)
                });
                if tx.send((i, res)).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        // Whatever way this thread leaves (error, panic in `done`), the
        // workers stop at their next read.
        struct StopOnDrop<'a>(&'a AtomicBool);
        impl Drop for StopOnDrop<'_> {
            fn drop(&mut self) {
                self.0.store(true, Ordering::Relaxed);
            }
        }
        let _stop = StopOnDrop(&stop);
        // Results arrive in any order; `done` sees them in input order.
        let mut waiting = std::collections::BTreeMap::new();
        let mut want = 0usize;
        let result = (|| -> Result<()> {
            for (i, res) in rx.iter() {
                waiting.insert(i, res);
                while let Some(res) = waiting.remove(&want) {
                    done(want, res?)?;
                    want += 1;
                }
            }
            Ok(())
        })();
        result
    })
}

/// What the reading stage of [`write_staged`] sends to the encrypting one.
enum Msg {
    Chunk(crypto::PlainBuf),
    /// End of the current input: its hashes.
    End(Hashes),
    Failed(Error),
}

/// Plaintext bytes per message of [`write_staged`].
const STAGE_CHUNK: usize = 1 << 20;

/// One input at a time (a single document, or the members of one bundle
/// stream), split over two threads instead: a reading stage opens, reads
/// and hashes while the calling thread encrypts and writes, so a large
/// document still keeps two cores busy. Memory: 8 chunks of 1 MiB in
/// flight, recycled.
fn write_staged<R: Read + Send>(
    layout: &Layout,
    recipients: &Recipients,
    name_key: &[u8; 32],
    count: usize,
    mut open: impl FnMut(usize) -> Result<R> + Send,
    mut done: impl FnMut(usize, Written) -> Result<()>,
) -> Result<()> {
    let (tx, rx) = mpsc::sync_channel::<Msg>(8);
    let (back_tx, back_rx) = mpsc::channel::<crypto::PlainBuf>();
    std::thread::scope(|s| {
        s.spawn(move || {
            for i in 0..count {
                let input = match open(i) {
                    Ok(r) => r,
                    Err(e) => {
                        let _ = tx.send(Msg::Failed(e));
                        return;
                    }
                };
                match read_stage(input, name_key, &tx, &back_rx) {
                    Ok(Some(h)) => {
                        if tx.send(Msg::End(h)).is_err() {
                            return;
                        }
                    }
                    Ok(None) => return,
                    Err(e) => {
                        let _ = tx.send(Msg::Failed(input_error(e, "reading the document")));
                        return;
                    }
                }
            }
        });
        let mut current: Option<(PathBuf, crypto::Encrypted<File>)> = None;
        let result = (|| -> Result<()> {
            let mut index = 0;
            for msg in rx.iter() {
                match msg {
                    Msg::Chunk(buf) => {
                        if current.is_none() {
                            current = Some(start_temp(layout, recipients)?);
                        }
                        let (path, w) = current.as_mut().expect("just set");
                        w.write_all(&buf)
                            .ctx(|| format!("writing {}", path.display()))?;
                        let _ = back_tx.send(buf);
                    }
                    Msg::End(h) => {
                        let (path, w) = match current.take() {
                            Some(c) => c,
                            None => start_temp(layout, recipients)?,
                        };
                        let name = h.keyed.expect("keyed");
                        done(index, finish_temp(layout, path, w, name, h.sha256, h.size)?)?;
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

/// Reads and hashes one input into 1 MiB messages. `Ok(None)`: the
/// encrypting side hung up.
fn read_stage<R: Read>(
    mut input: R,
    name_key: &[u8; 32],
    tx: &mpsc::SyncSender<Msg>,
    back: &mpsc::Receiver<crypto::PlainBuf>,
) -> io::Result<Option<Hashes>> {
    let mut keyed = blake3::Hasher::new_keyed(name_key);
    let mut sha = sha2::Sha256::new();
    let mut size = 0u64;
    loop {
        let mut buf = back.try_recv().unwrap_or_default();
        buf.resize(STAGE_CHUNK, 0);
        let filled = fsutil::read_full(&mut input, &mut buf)?;
        if filled == 0 {
            break;
        }
        buf.truncate(filled);
        keyed.update(&buf);
        sha.update(&buf);
        size += filled as u64;
        if tx.send(Msg::Chunk(buf)).is_err() {
            return Ok(None);
        }
        if filled < STAGE_CHUNK {
            break;
        }
    }
    Ok(Some(Hashes {
        keyed: Some(keyed.finalize().to_hex().to_string()),
        sha256: hex::encode(sha.finalize()),
        size,
    }))
}

/// A reader that fails once the pipeline is told to stop, so a worker in the
/// middle of a large input gives up at its next read.
struct Stoppable<'a, R> {
    inner: R,
    stop: &'a AtomicBool,
}

impl<R: Read> Read for Stoppable<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(io::Error::other("stopped: another input failed"));
        }
        self.inner.read(buf)
    }
}

/// The hashes and size of a plaintext, computed as it was encrypted.
pub(crate) struct Hashes {
    /// Keyed BLAKE3 (hex), when a name key was given.
    pub keyed: Option<String>,
    /// SHA-256 (hex).
    pub sha256: String,
    pub size: u64,
}

/// Encrypts `input` to `to` into a new temp file in `tmp/`, hashing it on
/// the way (in the cipher's own buffer). On error the temp file is removed.
pub(crate) fn encrypt_to_temp<R: Read>(
    layout: &Layout,
    to: &Recipients,
    name_key: Option<&[u8; 32]>,
    mut input: R,
) -> Result<(PathBuf, crypto::Encrypted<File>, Hashes)> {
    let (path, mut w) = start_temp(layout, to)?;
    let mut keyed = name_key.map(blake3::Hasher::new_keyed);
    let mut sha = sha2::Sha256::new();
    let res = w
        .binary()
        .expect("blobs are binary age files")
        .fill_from(&mut input, |b| {
            if let Some(k) = keyed.as_mut() {
                k.update(b);
            }
            sha.update(b);
        });
    match res {
        Ok(size) => Ok((
            path,
            w,
            Hashes {
                keyed: keyed.map(|k| k.finalize().to_hex().to_string()),
                sha256: hex::encode(sha.finalize()),
                size,
            },
        )),
        Err(e) => {
            drop(w);
            let _ = fs::remove_file(&path);
            Err(input_error(
                e,
                &format!("reading the document into {}", path.display()),
            ))
        }
    }
}

/// Maps an error met while encrypting an input into the blob store.
fn input_error(e: io::Error, doing: &str) -> Error {
    if e.kind() == io::ErrorKind::InvalidData {
        // A verified blob reader (rekey, retype) met a damaged blob.
        Error::integrity(
            format!("a blob is damaged or was replaced: {e}"),
            "run `carnet check` to list damaged documents, and restore them from a backup",
        )
    } else if e.kind() == io::ErrorKind::Other && e.to_string().starts_with("stopped:") {
        Error::Other(e.to_string())
    } else {
        // Reading the input or writing the temp file: both are I/O.
        Error::io(doing.to_string(), e)
    }
}

pub(crate) fn start_temp(
    layout: &Layout,
    to: &Recipients,
) -> Result<(PathBuf, crypto::Encrypted<File>)> {
    let path = layout.tmp().join(format!(
        "{}-{:016x}.age.tmp",
        std::process::id(),
        rand::random::<u64>()
    ));
    let file = fsutil::create_new_private(&path)?;
    match crypto::encrypt_writer(to, file, false) {
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
    w: crypto::Encrypted<File>,
    name: String,
    sha256: String,
    size: u64,
) -> Result<Written> {
    if let Err(e) = w.finish().map(|f| start_writeback(&f)) {
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
    Error::integrity(
        format!(
            "blob {}… is damaged or was replaced: {why}",
            &name[..name.len().min(16)]
        ),
        "restore the vault's blobs/ from a backup; `carnet check` lists every damaged document",
    )
}

/// Opens a blob's file; a missing file is an integrity failure (exit 6).
pub fn open_file(layout: &Layout, name: &str) -> Result<File> {
    let path = layout.blob(name);
    fsutil::open_regular(&path, u64::MAX).map_err(|e| match e {
        fsutil::Unread::Missing => blob_integrity_error(name, "its file is missing"),
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
            return Err(blob_integrity_error(name, "longer than its file says"));
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
                        .map_err(|_| Error::Other("blob decryption stopped".into()))?
                        .map_err(|e| read_error(name, e))?;
                    hasher.update(&buf);
                    out.write_all(&buf).ctx(|| "writing the document".into())?;
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
        .map_err(|e| blob_integrity_error(name, &e.to_string()))
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
        Error::io("reading a blob", e)
    }
}

/// Decrypts a whole blob to a sink, verifying it. Returns the size.
pub fn verify(layout: &Layout, key: &VaultKey, name: &str) -> Result<u64> {
    copy_to(layout, key, name, &mut io::sink())
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

/// Temp files left by interrupted writes, with their age: blob temps in
/// `tmp/`, and the temp files of atomic replacements beside the index, the
/// vault's files, key wrappers and failed-unlock records.
pub fn leftovers(layout: &Layout) -> Result<Vec<(PathBuf, std::time::Duration)>> {
    let mut out = Vec::new();
    let mut dirs = vec![layout.tmp(), layout.data.clone(), layout.keys()];
    // Before any rekey the data directory is the root: list it once.
    if layout.root != layout.data {
        dirs.push(layout.root.clone());
    }
    dirs.push(layout.failed_unlocks());
    for dir in dirs {
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(_) => continue,
        };
        for ent in rd.flatten() {
            let n = ent.file_name().to_string_lossy().into_owned();
            // Only regular files: carnet's temp files are nothing else.
            if n.ends_with(".tmp") && ent.file_type().is_ok_and(|t| t.is_file()) {
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

/// The pid in a temp file's name: `PID-<hex>.age.tmp` (a blob, [`start_temp`])
/// or `.NAME.PID.<hex>.tmp` (an atomic replacement, `fsutil::temp_beside`),
/// where NAME may itself hold digits (a failed-unlock record's unix time).
fn temp_pid(name: &str) -> Option<u32> {
    let rest = name.strip_suffix(".tmp")?;
    match rest.strip_prefix('.') {
        Some(r) => r.rsplit('.').nth(1)?.parse().ok(),
        None => rest.split('-').next()?.parse().ok(),
    }
}

/// Whether a temp file from [`leftovers`] is one: its writer is gone, or
/// it is over an hour old (a pid reused since).
pub fn is_leftover(path: &Path, age: std::time::Duration) -> bool {
    writer_gone(path) || age.as_secs() > 3600
}

/// Whether a temp file's writer process is gone (its pid is in the name).
pub fn writer_gone(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match temp_pid(&name) {
        Some(pid) if pid == std::process::id() => false,
        Some(pid) => !Path::new(&format!("/proc/{pid}")).exists(),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testutil::pseudo_random as data;

    #[test]
    fn temp_names_give_their_writer() {
        assert_eq!(temp_pid("26451-56cbf9b3a34cbfa6.age.tmp"), Some(26451));
        assert_eq!(temp_pid(".index.age.812.0123456789abcdef.tmp"), Some(812));
        // A record named by its unix time: the pid is not the first number.
        assert_eq!(
            temp_pid(".1765000000-abcdefgh.age.77.0123456789abcdef.tmp"),
            Some(77)
        );
        assert_eq!(temp_pid("notes.tmp"), None);
        assert_eq!(temp_pid("1-2.age"), None);
    }

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
                    key.secret().expose_secret().to_string()
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
