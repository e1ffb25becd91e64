//! File-system helpers that keep the vault's promises: private permissions
//! (0600 files, 0700 directories), atomic replacement (temp file beside the
//! target, fsync, rename, fsync of the directory).

use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::error::{IoContext, Result};

/// Creates a directory (and parents) with mode 0700.
pub fn create_private_dir(path: &Path) -> Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
        .ctx(|| format!("creating directory {}", path.display()))?;
    // An existing directory keeps its mode; tighten it.
    let meta = fs::metadata(path).ctx(|| format!("reading {}", path.display()))?;
    if meta.permissions().mode() & 0o077 != 0 {
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))
            .ctx(|| format!("setting permissions of {}", path.display()))?;
    }
    Ok(())
}

/// Opens a new private file (0600), failing if it exists.
pub fn create_new_private(path: &Path) -> Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .ctx(|| format!("creating {}", path.display()))
}

/// A temp file name beside `target`, unique to this process.
pub fn temp_beside(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let rnd: u64 = rand::random();
    target.with_file_name(format!(".{name}.{}.{rnd:016x}.tmp", std::process::id()))
}

/// Writes `bytes` to `target` atomically: temp file, fsync, rename, dir fsync.
pub fn write_atomic(target: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = temp_beside(target);
    let res = (|| {
        let mut f = create_new_private(&tmp)?;
        f.write_all(bytes)
            .ctx(|| format!("writing {}", tmp.display()))?;
        f.sync_all().ctx(|| format!("syncing {}", tmp.display()))?;
        drop(f);
        fs::rename(&tmp, target).ctx(|| format!("renaming into {}", target.display()))?;
        sync_parent(target)
    })();
    if res.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    res
}

/// Fsyncs the directory holding `path`, so a rename survives a crash.
pub fn sync_parent(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent() {
        let d = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        File::open(d)
            .and_then(|f| f.sync_all())
            .ctx(|| format!("syncing directory {}", d.display()))?;
    }
    Ok(())
}

/// Fsyncs a directory.
pub fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|f| f.sync_all())
        .ctx(|| format!("syncing directory {}", dir.display()))
}

/// Makes everything written so far on the file system holding `dir`
/// durable: one `syncfs(2)` instead of an fsync per file, so a batch of
/// hundreds of small blobs costs one flush.
pub fn sync_filesystem(dir: &Path) -> Result<()> {
    let f = File::open(dir).ctx(|| format!("opening {}", dir.display()))?;
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: syncfs only reads the descriptor, which stays open for the call.
        let rc = unsafe { libc::syncfs(f.as_raw_fd()) };
        if rc != 0 {
            return Err(crate::error::Error::io(
                format!("syncing the file system of {}", dir.display()),
                std::io::Error::last_os_error(),
            ));
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        f.sync_all().ctx(|| format!("syncing {}", dir.display()))
    }
}

/// A file being written that will be fsynced at the end: every few MiB it
/// asks the kernel to start writing what came so far (without waiting),
/// so the disk works while the rest is produced and the final `sync_all`
/// finds little left to do.
pub struct WritebackFile {
    file: File,
    written: u64,
    started: u64,
}

impl WritebackFile {
    /// Bytes between two writeback requests.
    const STEP: u64 = 8 << 20;

    pub fn new(file: File) -> Self {
        WritebackFile {
            file,
            written: 0,
            started: 0,
        }
    }

    fn start_writeback(&mut self) {
        #[cfg(target_os = "linux")]
        {
            use std::os::fd::AsRawFd;
            // SAFETY: the descriptor is open for the duration of the call;
            // SYNC_FILE_RANGE_WRITE only initiates writeback of the range.
            unsafe {
                libc::sync_file_range(
                    self.file.as_raw_fd(),
                    self.started as libc::off64_t,
                    (self.written - self.started) as libc::off64_t,
                    libc::SYNC_FILE_RANGE_WRITE,
                );
            }
        }
        self.started = self.written;
    }
}

impl std::io::Write for WritebackFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.file.write(buf)?;
        self.written += n as u64;
        if self.written - self.started >= Self::STEP {
            self.start_writeback();
        }
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}

/// Reads from `r` until `buf` is full or the input ends (looping over short
/// reads, as pipes and terminals give); returns how many bytes were read.
/// Short only at the end of the input.
pub fn read_full<R: std::io::Read + ?Sized>(r: &mut R, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// Why [`read_bounded`] read nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unread {
    /// Larger than the bound: not read at all.
    TooLarge,
    /// A link, a FIFO, a device or a directory.
    NotAFile,
    /// Missing or unreadable.
    Io,
}

/// Reads a small file that anyone who can write the folder may have put
/// there: at most `max` bytes of a regular file, without following a link
/// or blocking on a FIFO. A larger file is refused unread.
pub fn read_bounded(path: &Path, max: u64) -> std::result::Result<Vec<u8>, Unread> {
    let f = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .map_err(|e| {
            if e.raw_os_error() == Some(libc::ELOOP) {
                Unread::NotAFile
            } else {
                Unread::Io
            }
        })?;
    let meta = f.metadata().map_err(|_| Unread::Io)?;
    if !meta.is_file() {
        return Err(Unread::NotAFile);
    }
    if meta.len() > max {
        return Err(Unread::TooLarge);
    }
    // The file may grow after the check: `take` keeps the bound.
    let mut buf = Vec::with_capacity(meta.len() as usize);
    f.take(max + 1)
        .read_to_end(&mut buf)
        .map_err(|_| Unread::Io)?;
    if buf.len() as u64 > max {
        return Err(Unread::TooLarge);
    }
    Ok(buf)
}
