//! Reading a sealed index in place: a read-only SQLite VFS whose database
//! file is the payload of `index.age`, each 64 KiB age chunk decrypted and
//! authenticated the first time SQLite reads a page in it (format 2 puts
//! the image first, so chunks start on page boundaries).
//!
//! Why: a command that only reads (`list`, `show`, `status`…) touches a
//! few pages of an index that holds every document and journal entry;
//! decrypting all of it first cost most of its time at 100k documents.
//! Safe because the MAC was checked before (it vouches for the file key),
//! and under that key each chunk is authenticated by ChaCha20-Poly1305 at
//! its position, the last one flagged as last: a page SQLite reads is
//! exactly what the vault's writer sealed. `check` reads every page.
//!
//! The image is read-only on disk but writable in memory: SQLite's writes
//! land in the decrypted buffer (the chunks they touch decrypted and
//! authenticated first) or, past the image's end, in an extension, never
//! on disk. That is how an open applies the commits written after the
//! snapshot (their segments, docs/format.md "Index snapshot and commit
//! log") and how a writer makes its change, touching only the pages the
//! change touches; compaction serializes the whole database again.

use std::collections::HashMap;
use std::ffi::{c_char, c_int, c_void, CStr};
use std::fs::File;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

use rusqlite::{ffi, Connection, OpenFlags};

use crate::crypto::payload::CHUNK;
use crate::error::{Error, Result};
use crate::vault::index_payload::{populate, Payload};

const VFS_NAME: &CStr = c"carnet-sealed-index";

/// The plaintext image, decrypted chunk by chunk as SQLite first reads
/// it, into one buffer (allocated zeroed, so untouched pages cost nothing)
/// that SQLite then reads in place through `xFetch`: no second copy.
struct Pages {
    p: Payload<File>,
    image_len: usize,
    /// `image_len` bytes, from `Box<[u8]>::into_raw`. Raw, because SQLite
    /// holds pointers into decrypted chunks while later ones are written.
    buf: *mut u8,
    state: Vec<Chunk>,
    /// Where a sequential scan will next miss, and how far to read ahead
    /// then: a scan (a whole table, the journal) doubles the window up to
    /// [`MAX_AHEAD`] chunks, decrypted on every core; a jump resets it to one.
    next_miss: usize,
    window: usize,
    /// The database's current size: the image's, until SQLite writes past
    /// its end or truncates it.
    size: usize,
    /// The bytes from `image_len` to `size`, written since the open.
    ext: Vec<u8>,
}

// SAFETY: `buf` is owned by this value alone (like a Box): moving it to
// another thread moves sole ownership.
unsafe impl Send for Pages {}

#[derive(Clone, Copy, PartialEq)]
enum Chunk {
    Untouched,
    /// Written to but not (yet) authenticated: never handed to SQLite.
    Attempted,
    Ready,
}

/// Zeroed bytes after the image, never written: SQLite may read slightly
/// past a (corrupt) page it maps, as the unix VFS allows for.
const OVERREAD: usize = 256;
/// Chunks decrypted at once, at most, ahead of a sequential scan (4 MiB).
const MAX_AHEAD: usize = 64;
/// Below this many chunks to decrypt, one thread does it.
const PARALLEL_FROM: usize = 8;

/// Why a read failed.
enum ReadFail {
    /// The chunk did not authenticate: damaged or altered.
    Corrupt,
    Io,
}

impl Pages {
    fn new(p: Payload<File>, image_len: usize) -> Pages {
        let buf = Box::into_raw(vec![0u8; image_len + OVERREAD].into_boxed_slice()).cast::<u8>();
        Pages {
            p,
            image_len,
            buf,
            state: vec![Chunk::Untouched; image_len.div_ceil(CHUNK)],
            next_miss: usize::MAX,
            window: 1,
            size: image_len,
            ext: Vec::new(),
        }
    }

    /// The image bytes of chunks `a..b`.
    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (a * CHUNK, (b * CHUNK).min(self.image_len))
    }

    /// Decrypts chunk `i`, then, when SQLite is scanning, the chunks after
    /// it. Only `i` can fail the read: a damaged chunk read ahead stays
    /// unready and fails when (if ever) SQLite asks for a page in it.
    fn fill(&mut self, i: usize) -> std::result::Result<(), ReadFail> {
        self.window = if i == self.next_miss {
            (self.window * 2).min(MAX_AHEAD)
        } else {
            1
        };
        let limit = (i + self.window).min(self.state.len());
        let end = (i + 1..limit)
            .find(|&j| self.state[j] == Chunk::Ready)
            .unwrap_or(limit);
        self.next_miss = end;
        self.decrypt_run(i, i + 1, 1).map_err(|e| match e.kind() {
            std::io::ErrorKind::InvalidData | std::io::ErrorKind::UnexpectedEof => {
                ReadFail::Corrupt
            }
            _ => ReadFail::Io,
        })?;
        if end > i + 1 {
            let threads = if end - (i + 1) >= PARALLEL_FROM {
                crate::workers::count()
            } else {
                1
            };
            // Failures here are left for the read that needs the chunk.
            let _ = self.decrypt_run(i + 1, end, threads);
        }
        Ok(())
    }

    /// Decrypts chunks `a..b` (none of them Ready) into the buffer, split
    /// into contiguous parts over `threads` threads; each part that
    /// authenticates becomes Ready. The error of the first failed part.
    fn decrypt_run(&mut self, a: usize, b: usize, threads: usize) -> std::io::Result<()> {
        let (from, to) = self.span(a, b);
        self.state[a..b].fill(Chunk::Attempted);
        // One call faults the run's pages in, rather than one fault per
        // 4 KiB page as the cipher writes (16 per chunk; a replay at 100k
        // documents decrypts about 80 chunks, one at a time).
        // SAFETY: chunks a..b are not Ready, so SQLite holds no pointer
        // into them, and nothing else borrows the buffer during this call.
        populate(unsafe { std::slice::from_raw_parts_mut(self.buf.add(from), to - from) });
        let (buf, image_len, p) = (self.buf as usize, self.image_len, &self.p);
        let bounds: Vec<(usize, usize)> = crate::workers::split(b - a, threads)
            .into_iter()
            .map(|r| (a + r.start, a + r.end))
            .collect();
        // Decrypts chunks x..y into their place in the buffer.
        let results = crate::workers::run_parts(bounds.clone(), |(x, y)| {
            let (start, stop) = (x * CHUNK, (y * CHUNK).min(image_len));
            // SAFETY: parts are disjoint sub-ranges of a..b (see above), each
            // made into a slice once, by the one call that decrypts it.
            let dst = unsafe {
                std::slice::from_raw_parts_mut((buf as *mut u8).add(start), stop - start)
            };
            p.open_range(x, dst)
        });
        let mut outcome = Ok(());
        for (&(x, y), r) in bounds.iter().zip(results) {
            let r = r
                .unwrap_or_else(|_| Err(std::io::Error::other("index decryption thread panicked")));
            match r {
                Ok(()) => self.state[x..y].fill(Chunk::Ready),
                Err(e) => {
                    if outcome.is_ok() {
                        outcome = Err(e);
                    }
                }
            }
        }
        outcome
    }

    /// Makes the bytes `at..at+len` (within the image) ready.
    fn ready(&mut self, at: usize, len: usize) -> std::result::Result<(), ReadFail> {
        if len == 0 {
            return Ok(());
        }
        for i in at / CHUNK..=(at + len - 1) / CHUNK {
            if self.state[i] != Chunk::Ready {
                self.fill(i)?;
            }
        }
        Ok(())
    }

    /// A pointer to `len` ready bytes at `at`, for SQLite to read in place.
    fn fetch(&mut self, at: usize, len: usize) -> std::result::Result<*const u8, ReadFail> {
        self.ready(at, len)?;
        // SAFETY: at + len <= image_len (checked by the caller).
        Ok(unsafe { self.buf.add(at) })
    }

    /// Copies database bytes from `at` into `dst`; how many there were
    /// (fewer than asked at the end of the database).
    fn read_at(&mut self, dst: &mut [u8], at: usize) -> std::result::Result<usize, ReadFail> {
        let total = self.size.saturating_sub(at).min(dst.len());
        let n = self.image_len.min(self.size).saturating_sub(at).min(total);
        self.ready(at, n)?;
        // SAFETY: at + n <= image_len, and those chunks are Ready.
        dst[..n].copy_from_slice(unsafe { std::slice::from_raw_parts(self.buf.add(at), n) });
        if total > n {
            let from = at + n - self.image_len;
            dst[n..total].copy_from_slice(&self.ext[from..from + total - n]);
        }
        Ok(total)
    }

    /// Writes `src` at `at`: into the image's buffer (its chunks made ready
    /// first, so a later read never decrypts over the write), the rest into
    /// the extension.
    fn write_at(&mut self, src: &[u8], at: usize) -> std::result::Result<(), ReadFail> {
        let end = at.checked_add(src.len()).ok_or(ReadFail::Io)?;
        if end > self.size {
            // Bytes between the old end and `at` read as zeros.
            if end > self.image_len {
                self.ext.resize(end - self.image_len, 0);
            }
            self.size = end;
        }
        let n = self.image_len.saturating_sub(at).min(src.len());
        self.ready(at, n)?;
        // SAFETY: at + n <= image_len, and those chunks are Ready; SQLite
        // holds pointers into the buffer only as mapped reads of a file
        // that may change, as with a real mapping.
        unsafe { std::ptr::copy_nonoverlapping(src.as_ptr(), self.buf.add(at), n) };
        if src.len() > n {
            let from = at + n - self.image_len;
            self.ext[from..from + src.len() - n].copy_from_slice(&src[n..]);
        }
        Ok(())
    }

    /// Shortens (or lengthens, with zeros) the database to `len` bytes.
    fn truncate(&mut self, len: usize) -> std::result::Result<(), ReadFail> {
        if len < self.image_len {
            let end = self.image_len.min(self.size);
            if len < end {
                // What is cut must read as zeros if the file grows again.
                self.ready(len, end - len)?;
                // SAFETY: len..end is within the image and Ready.
                unsafe { std::ptr::write_bytes(self.buf.add(len), 0, end - len) };
            }
        }
        let keep = len.saturating_sub(self.image_len);
        let cut = keep.min(self.ext.len());
        zero(&mut self.ext[cut..]);
        self.ext.resize(keep, 0);
        self.size = len;
        Ok(())
    }
}

/// Wipes decrypted bytes (`black_box` keeps the fill from being optimised away).
fn zero(s: &mut [u8]) {
    s.fill(0);
    std::hint::black_box(s);
}

impl Drop for Pages {
    fn drop(&mut self) {
        zero(&mut self.ext);
        // Wipe what was decrypted (a plain fill at memset speed; `black_box`
        // keeps it from being optimised away), then free the buffer.
        for (i, st) in self.state.iter().enumerate() {
            if *st != Chunk::Untouched {
                let (a, b) = self.span(i, i + 1);
                // SAFETY: inside the buffer, which SQLite no longer uses.
                let s = unsafe { std::slice::from_raw_parts_mut(self.buf.add(a), b - a) };
                s.fill(0);
                std::hint::black_box(s);
            }
        }
        // SAFETY: from Box::into_raw of a slice of this length, freed once.
        drop(unsafe {
            Box::from_raw(std::ptr::slice_from_raw_parts_mut(
                self.buf,
                self.image_len + OVERREAD,
            ))
        });
    }
}

/// Images handed to the next `xOpen` of their name.
fn pending() -> &'static Mutex<HashMap<String, Pages>> {
    static PENDING: OnceLock<Mutex<HashMap<String, Pages>>> = OnceLock::new();
    PENDING.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Opens a connection on a format-2 sealed index whose MAC was already
/// checked: writable, its writes kept in memory (see the module's doc).
pub(super) fn open(p: Payload<File>, image_len: usize) -> Result<Connection> {
    register()?;
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let name = format!(
        "carnet-index-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    );
    pending()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(name.clone(), Pages::new(p, image_len));
    let conn = Connection::open_with_flags_and_vfs(
        format!("file:{name}"),
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        VFS_NAME,
    );
    // Opened or not, the image is no longer waiting.
    pending()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(&name);
    let conn = conn?;
    // The rollback journal in memory: nothing but the sealed image and
    // sealed segments ever reaches the disk. Only this connection uses the
    // image, so it locks exclusively once and never re-reads the header.
    conn.execute_batch("PRAGMA journal_mode = MEMORY; PRAGMA locking_mode = EXCLUSIVE;")?;
    // Pages are read in place from the decrypted buffer (x_fetch).
    conn.pragma_update(None, "mmap_size", image_len as i64)?;
    Ok(conn)
}

/// The file SQLite holds for an open image.
#[repr(C)]
struct SealedFile {
    base: ffi::sqlite3_file,
    pages: *mut Pages,
}

/// The VFS: the default one, except for opening our images.
fn register() -> Result<()> {
    static DONE: OnceLock<std::result::Result<(), String>> = OnceLock::new();
    DONE.get_or_init(|| {
        // SAFETY: sqlite3_vfs_find(NULL) returns the default VFS, which
        // lives as long as the process; we copy it, change what is ours and
        // leak the copy, since SQLite keeps the pointer once registered.
        unsafe {
            let orig = ffi::sqlite3_vfs_find(std::ptr::null());
            if orig.is_null() {
                return Err("SQLite has no default VFS".to_string());
            }
            let mut vfs: ffi::sqlite3_vfs = std::ptr::read(orig);
            vfs.iVersion = vfs.iVersion.min(3);
            vfs.szOsFile = vfs.szOsFile.max(std::mem::size_of::<SealedFile>() as c_int);
            vfs.pNext = std::ptr::null_mut();
            vfs.zName = VFS_NAME.as_ptr();
            vfs.pAppData = orig.cast();
            vfs.xOpen = Some(x_open);
            vfs.xAccess = Some(x_access);
            vfs.xDelete = Some(x_delete);
            vfs.xFullPathname = Some(x_full_pathname);
            let vfs = Box::into_raw(Box::new(vfs));
            match ffi::sqlite3_vfs_register(vfs, 0) {
                ffi::SQLITE_OK => Ok(()),
                rc => Err(format!("registering the index VFS failed ({rc})")),
            }
        }
    })
    .clone()
    .map_err(Error::Other)
}

unsafe extern "C" fn x_open(
    vfs: *mut ffi::sqlite3_vfs,
    name: ffi::sqlite3_filename,
    file: *mut ffi::sqlite3_file,
    flags: c_int,
    out_flags: *mut c_int,
) -> c_int {
    if flags & ffi::SQLITE_OPEN_MAIN_DB == 0 {
        // A journal or other file named after an image does not exist
        // (the journal is kept in memory).
        if !name.is_null() {
            (*file).pMethods = std::ptr::null();
            return ffi::SQLITE_CANTOPEN;
        }
        // A nameless temp file (SQLite should need none: read-only,
        // immutable, temp_store in memory) is the default VFS's.
        let orig = (*vfs).pAppData as *mut ffi::sqlite3_vfs;
        return match (*orig).xOpen {
            Some(open) => open(orig, name, file, flags, out_flags),
            None => ffi::SQLITE_CANTOPEN,
        };
    }
    (*file).pMethods = std::ptr::null();
    if name.is_null() {
        return ffi::SQLITE_CANTOPEN;
    }
    let key = CStr::from_ptr(name).to_string_lossy();
    let Some(pages) = pending()
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .remove(key.as_ref())
    else {
        return ffi::SQLITE_CANTOPEN;
    };
    let f = file as *mut SealedFile;
    (*f).pages = Box::into_raw(Box::new(pages));
    (*f).base.pMethods = &METHODS;
    if !out_flags.is_null() {
        *out_flags = ffi::SQLITE_OPEN_READWRITE | ffi::SQLITE_OPEN_MAIN_DB;
    }
    ffi::SQLITE_OK
}

/// Image names are not paths: nothing to delete.
unsafe extern "C" fn x_delete(
    _vfs: *mut ffi::sqlite3_vfs,
    _name: *const c_char,
    _sync_dir: c_int,
) -> c_int {
    ffi::SQLITE_IOERR_DELETE
}

/// No journal, WAL or other file exists next to an image.
unsafe extern "C" fn x_access(
    _vfs: *mut ffi::sqlite3_vfs,
    _name: *const c_char,
    _flags: c_int,
    out: *mut c_int,
) -> c_int {
    *out = 0;
    ffi::SQLITE_OK
}

/// Image names are not paths: kept as they are.
unsafe extern "C" fn x_full_pathname(
    _vfs: *mut ffi::sqlite3_vfs,
    name: *const c_char,
    n_out: c_int,
    out: *mut c_char,
) -> c_int {
    let bytes = CStr::from_ptr(name).to_bytes_with_nul();
    if bytes.len() > n_out as usize {
        return ffi::SQLITE_CANTOPEN;
    }
    std::ptr::copy_nonoverlapping(bytes.as_ptr().cast::<c_char>(), out, bytes.len());
    ffi::SQLITE_OK
}

static METHODS: ffi::sqlite3_io_methods = ffi::sqlite3_io_methods {
    iVersion: 3,
    xClose: Some(x_close),
    xRead: Some(x_read),
    xWrite: Some(x_write),
    xTruncate: Some(x_truncate),
    xSync: Some(x_sync),
    xFileSize: Some(x_file_size),
    xLock: Some(x_lock),
    xUnlock: Some(x_lock),
    xCheckReservedLock: Some(x_check_reserved_lock),
    xFileControl: Some(x_file_control),
    xSectorSize: Some(x_sector_size),
    xDeviceCharacteristics: Some(x_device_characteristics),
    xShmMap: None,
    xShmLock: None,
    xShmBarrier: None,
    xShmUnmap: None,
    xFetch: Some(x_fetch),
    xUnfetch: Some(x_unfetch),
};

unsafe fn pages<'a>(file: *mut ffi::sqlite3_file) -> &'a mut Pages {
    // SAFETY (callers): SQLite calls these methods only on a file our
    // x_open filled, one call at a time per file, until x_close.
    &mut *(*(file as *mut SealedFile)).pages
}

unsafe extern "C" fn x_close(file: *mut ffi::sqlite3_file) -> c_int {
    let f = file as *mut SealedFile;
    if !(*f).pages.is_null() {
        drop(Box::from_raw((*f).pages));
        (*f).pages = std::ptr::null_mut();
    }
    ffi::SQLITE_OK
}

unsafe extern "C" fn x_read(
    file: *mut ffi::sqlite3_file,
    buf: *mut c_void,
    amt: c_int,
    ofst: ffi::sqlite3_int64,
) -> c_int {
    let (Ok(amt), Ok(at)) = (usize::try_from(amt), usize::try_from(ofst)) else {
        return ffi::SQLITE_IOERR_READ;
    };
    let dst = std::slice::from_raw_parts_mut(buf.cast::<u8>(), amt);
    // A panic must not cross into C (it would abort): an I/O error instead.
    let pages = pages(file);
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pages.read_at(dst, at)));
    let Ok(read) = read else {
        return ffi::SQLITE_IOERR_READ;
    };
    match read {
        Ok(n) if n == amt => ffi::SQLITE_OK,
        Ok(n) => {
            // SQLite requires the rest zeroed on a short read.
            dst[n..].fill(0);
            ffi::SQLITE_IOERR_SHORT_READ
        }
        Err(ReadFail::Corrupt) => ffi::SQLITE_CORRUPT,
        Err(ReadFail::Io) => ffi::SQLITE_IOERR_READ,
    }
}

unsafe extern "C" fn x_write(
    file: *mut ffi::sqlite3_file,
    buf: *const c_void,
    amt: c_int,
    ofst: ffi::sqlite3_int64,
) -> c_int {
    let (Ok(amt), Ok(at)) = (usize::try_from(amt), usize::try_from(ofst)) else {
        return ffi::SQLITE_IOERR_WRITE;
    };
    let src = std::slice::from_raw_parts(buf.cast::<u8>(), amt);
    let pages = pages(file);
    let wrote = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pages.write_at(src, at)));
    match wrote {
        Ok(Ok(())) => ffi::SQLITE_OK,
        Ok(Err(ReadFail::Corrupt)) => ffi::SQLITE_CORRUPT,
        _ => ffi::SQLITE_IOERR_WRITE,
    }
}

unsafe extern "C" fn x_truncate(file: *mut ffi::sqlite3_file, size: ffi::sqlite3_int64) -> c_int {
    let Ok(size) = usize::try_from(size) else {
        return ffi::SQLITE_IOERR_TRUNCATE;
    };
    let pages = pages(file);
    let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pages.truncate(size)));
    match done {
        Ok(Ok(())) => ffi::SQLITE_OK,
        Ok(Err(ReadFail::Corrupt)) => ffi::SQLITE_CORRUPT,
        _ => ffi::SQLITE_IOERR_TRUNCATE,
    }
}

unsafe extern "C" fn x_sync(_file: *mut ffi::sqlite3_file, _flags: c_int) -> c_int {
    ffi::SQLITE_OK
}

unsafe extern "C" fn x_file_size(
    file: *mut ffi::sqlite3_file,
    size: *mut ffi::sqlite3_int64,
) -> c_int {
    *size = pages(file).size as ffi::sqlite3_int64;
    ffi::SQLITE_OK
}

/// Only this connection sees the image: no locks.
unsafe extern "C" fn x_lock(_file: *mut ffi::sqlite3_file, _level: c_int) -> c_int {
    ffi::SQLITE_OK
}

unsafe extern "C" fn x_check_reserved_lock(
    _file: *mut ffi::sqlite3_file,
    out: *mut c_int,
) -> c_int {
    *out = 0;
    ffi::SQLITE_OK
}

unsafe extern "C" fn x_file_control(
    _file: *mut ffi::sqlite3_file,
    _op: c_int,
    _arg: *mut c_void,
) -> c_int {
    ffi::SQLITE_NOTFOUND
}

unsafe extern "C" fn x_sector_size(_file: *mut ffi::sqlite3_file) -> c_int {
    4096
}

unsafe extern "C" fn x_device_characteristics(_file: *mut ffi::sqlite3_file) -> c_int {
    0
}

/// SQLite's memory-mapped reading, pointed at the decrypted buffer.
unsafe extern "C" fn x_fetch(
    file: *mut ffi::sqlite3_file,
    ofst: ffi::sqlite3_int64,
    amt: c_int,
    pp: *mut *mut c_void,
) -> c_int {
    *pp = std::ptr::null_mut();
    let pages = pages(file);
    let (Ok(at), Ok(len)) = (usize::try_from(ofst), usize::try_from(amt)) else {
        return ffi::SQLITE_OK;
    };
    if at
        .checked_add(len)
        .is_none_or(|end| end > pages.image_len.min(pages.size))
    {
        // Not ours to map: SQLite falls back to xRead.
        return ffi::SQLITE_OK;
    }
    let fetched = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pages.fetch(at, len)));
    let Ok(fetched) = fetched else {
        return ffi::SQLITE_IOERR_READ;
    };
    match fetched {
        Ok(ptr) => {
            *pp = ptr as *mut c_void;
            ffi::SQLITE_OK
        }
        Err(ReadFail::Corrupt) => ffi::SQLITE_CORRUPT,
        Err(ReadFail::Io) => ffi::SQLITE_IOERR_READ,
    }
}

/// Nothing to release: the buffer lives until the file is closed.
unsafe extern "C" fn x_unfetch(
    _file: *mut ffi::sqlite3_file,
    _ofst: ffi::sqlite3_int64,
    _p: *mut c_void,
) -> c_int {
    ffi::SQLITE_OK
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::payload::TAG;
    use crate::crypto::VaultKey;
    use crate::vault::seal::{open_sealed, seal, Opened};

    /// A sealed index of about `bytes` bytes of rows; its image length.
    fn sealed_db(key: &VaultKey, bytes: usize) -> (Vec<u8>, usize) {
        let mut conn = crate::testutil::db_of_size(bytes);
        let image_len = conn.serialize(rusqlite::MAIN_DB).unwrap().len();
        (seal(&mut conn, key, "v").unwrap(), image_len)
    }

    /// Sequential reads widen the read-ahead; a damaged chunk read ahead
    /// does not fail the intact chunks before it, and fails (every time)
    /// only the reads that need it.
    #[test]
    fn damage_read_ahead_fails_only_reads_of_that_chunk() {
        let key = VaultKey::generate();
        let (sealed, image_len) = sealed_db(&key, 40 * CHUNK);
        let chunks = (image_len + 49).div_ceil(CHUNK);
        let payload = sealed.len() - (image_len + 49 + chunks * TAG);
        for damaged in [1, 2, 5, 20] {
            let mut bad = sealed.clone();
            bad[payload + damaged * (CHUNK + TAG) + 100] ^= 1;
            let Opened::V2 { p, image_len: il } =
                open_sealed(crate::testutil::unlinked_file(&bad), &key, "v").unwrap()
            else {
                panic!("format 2")
            };
            assert_eq!(il, image_len);
            let mut pages = Pages::new(p, il);
            let mut page = vec![0u8; 4096];
            for c in 0..chunks.min(il.div_ceil(CHUNK)) {
                let r = pages.read_at(&mut page, c * CHUNK);
                if c == damaged {
                    assert!(matches!(r, Err(ReadFail::Corrupt)), "chunk {c}");
                    // Asked again, still refused.
                    assert!(matches!(
                        pages.read_at(&mut page, c * CHUNK + 4096),
                        Err(ReadFail::Corrupt)
                    ));
                } else {
                    assert!(r.is_ok(), "intact chunk {c}, damage in {damaged}");
                }
            }
        }
    }
}
