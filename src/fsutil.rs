//! File-system helpers that keep the vault's promises: private permissions
//! (0600 files, 0700 directories), atomic replacement (temp file beside the
//! target, fsync, rename, fsync of the directory).

use crate::error::doing;
use std::fs::{self, File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};

/// Creates a directory (and parents) with mode 0700, and tightens the
/// mode of one that exists. A link at the last component is left as it
/// is (a data or state directory the user moved to another disk): its
/// target's mode is not changed through it. Directories inside a vault
/// are made with [`crate::confine::create_dir`], which refuses links.
pub fn create_private_dir(path: &Path) -> Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
        .ctx(|| doing::creating_dir(path))?;
    // Opened without following a link, so that the mode set is that of
    // this directory, whatever is swapped in meanwhile.
    let dir = match OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
    {
        Ok(d) => d,
        // With O_DIRECTORY, Linux says ENOTDIR for a link.
        Err(e)
            if is_link_error(&e)
                || fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) =>
        {
            return Ok(())
        }
        Err(e) => return Err(Error::io(doing::opening(path), e)),
    };
    tighten_dir(&dir).ctx(|| doing::setting_permissions(path))
}

/// Sets an open directory's mode to 0700 if group or others have any right.
pub(crate) fn tighten_dir(dir: &File) -> std::io::Result<()> {
    let meta = dir.metadata()?;
    if meta.permissions().mode() & 0o077 != 0 {
        dir.set_permissions(fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Whether an open with `O_NOFOLLOW` failed because the path is a link
/// (`ELOOP` on Linux, `EMLINK` on the BSDs).
pub(crate) fn is_link_error(e: &std::io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::ELOOP) | Some(libc::EMLINK))
}

/// Opens a new private file (0600), failing if it exists.
pub fn create_new_private(path: &Path) -> Result<File> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .ctx(|| doing::creating(path))
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
    write_atomic_with(target, bytes, true)
}

/// As [`write_atomic`] without the directory's fsync: after a crash
/// `target` holds its old bytes or the new ones, whole, but which is not
/// guaranteed. For a file whose older content is harmless (the remembered
/// journal head), so that a commit pays one fsync less.
pub fn write_atomic_old_or_new(target: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(target, bytes, false)
}

fn write_atomic_with(target: &Path, bytes: &[u8], durable_rename: bool) -> Result<()> {
    let tmp = temp_beside(target);
    let res = (|| {
        let mut f = create_new_private(&tmp)?;
        f.write_all(bytes).ctx(|| doing::writing(&tmp))?;
        f.sync_all().ctx(|| doing::syncing(&tmp))?;
        drop(f);
        fs::rename(&tmp, target).ctx(|| doing::renaming_into(target))?;
        if durable_rename {
            sync_parent(target)?;
        }
        Ok(())
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
            .ctx(|| doing::syncing_dir(d))?;
    }
    Ok(())
}

/// Fsyncs a directory.
pub fn sync_dir(dir: &Path) -> Result<()> {
    File::open(dir)
        .and_then(|f| f.sync_all())
        .ctx(|| doing::syncing_dir(dir))
}

/// Makes everything written so far on the file system holding `dir`
/// durable: one `syncfs(2)` instead of an fsync per file, so a batch of
/// hundreds of small blobs costs one flush.
pub fn sync_filesystem(dir: &Path) -> Result<()> {
    let f = File::open(dir).ctx(|| doing::opening(dir))?;
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: syncfs only reads the descriptor, which stays open for the call.
        let rc = unsafe { libc::syncfs(f.as_raw_fd()) };
        if rc != 0 {
            return Err(crate::error::Error::io(
                doing::syncing_fs(dir),
                std::io::Error::last_os_error(),
            ));
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        f.sync_all().ctx(|| doing::syncing(&dir))
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

/// What a directory entry is, its last link not followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Link,
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    Unknown,
}

impl Kind {
    pub fn of(t: fs::FileType) -> Kind {
        use std::os::unix::fs::FileTypeExt;
        if t.is_file() {
            Kind::File
        } else if t.is_dir() {
            Kind::Dir
        } else if t.is_symlink() {
            Kind::Link
        } else if t.is_fifo() {
            Kind::Fifo
        } else if t.is_socket() {
            Kind::Socket
        } else if t.is_char_device() {
            Kind::CharDevice
        } else if t.is_block_device() {
            Kind::BlockDevice
        } else {
            Kind::Unknown
        }
    }

    /// "a FIFO", "a symbolic link"…, for messages.
    pub fn describe(self) -> &'static str {
        match self {
            Kind::File => "a regular file",
            Kind::Dir => "a directory",
            Kind::Link => "a symbolic link",
            Kind::Fifo => "a FIFO (named pipe)",
            Kind::Socket => "a socket",
            Kind::CharDevice => "a character device",
            Kind::BlockDevice => "a block device",
            Kind::Unknown => "not a regular file",
        }
    }

    /// [`Kind::describe`] in the user's language.
    pub fn said(self) -> String {
        match self {
            Kind::File => crate::i18n::tr!("io-kind-file"),
            Kind::Dir => crate::i18n::tr!("io-kind-dir"),
            Kind::Link => crate::i18n::tr!("io-kind-link"),
            Kind::Fifo => crate::i18n::tr!("io-kind-fifo"),
            Kind::Socket => crate::i18n::tr!("io-kind-socket"),
            Kind::CharDevice => crate::i18n::tr!("io-kind-char-device"),
            Kind::BlockDevice => crate::i18n::tr!("io-kind-block-device"),
            Kind::Unknown => crate::i18n::tr!("io-kind-unknown"),
        }
    }
}

/// What is at `path`, a last link not followed; `None` when nothing is.
pub fn kind_of(path: &Path) -> std::io::Result<Option<Kind>> {
    match fs::symlink_metadata(path) {
        Ok(m) => Ok(Some(Kind::of(m.file_type()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Why [`open_regular`] opened nothing.
#[derive(Debug)]
pub enum Unread {
    /// Nothing at that path.
    Missing,
    /// A link, a FIFO, a device, a socket or a directory: never opened
    /// (a FIFO would block the reader forever, a link lead out of the vault).
    NotAFile(Kind),
    /// Larger than the bound: not read at all.
    TooLarge,
    /// Could not be opened or read.
    Io(std::io::Error),
}

impl Unread {
    /// The error for a file the vault needs: exit 6 for what is not a
    /// regular file or is too large (planted by someone who can write the
    /// folder, or damaged), an I/O error otherwise.
    pub fn into_error(self, path: &Path) -> Error {
        match self {
            Unread::NotAFile(k) => Error::integrity(
                crate::i18n::tr!(
                    "io-not-regular",
                    path = path.display().to_string(),
                    kind = k.said()
                ),
                crate::i18n::tr!("io-not-regular-hint"),
            ),
            Unread::TooLarge => Error::integrity(
                crate::i18n::tr!("io-too-large", path = path.display().to_string()),
                crate::i18n::tr!("io-too-large-hint"),
            ),
            Unread::Missing => Error::io(
                doing::reading(path),
                std::io::Error::from(std::io::ErrorKind::NotFound),
            ),
            Unread::Io(e) => Error::io(doing::reading(path), e),
        }
    }
}

/// Opens a file of the vault folder to read it, as anything that someone
/// who can write the folder may have put there: only a regular file of at
/// most `max_len` bytes is opened, never through a link at its last
/// component, and never blocking (a FIFO or device is refused before it
/// is opened, and the open itself is non-blocking should one be swapped in).
pub fn open_regular(path: &Path, max_len: u64) -> std::result::Result<File, Unread> {
    let missing_or = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Unread::Missing
        } else if is_link_error(&e) {
            Unread::NotAFile(Kind::Link)
        } else {
            Unread::Io(e)
        }
    };
    // A device is not even opened (opening one can act on it).
    let kind = Kind::of(fs::symlink_metadata(path).map_err(missing_or)?.file_type());
    if kind != Kind::File {
        return Err(Unread::NotAFile(kind));
    }
    let f = OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY | libc::O_CLOEXEC)
        .open(path)
        .map_err(missing_or)?;
    let meta = f.metadata().map_err(Unread::Io)?;
    if !meta.is_file() {
        return Err(Unread::NotAFile(Kind::of(meta.file_type())));
    }
    if meta.len() > max_len {
        return Err(Unread::TooLarge);
    }
    // A regular file now: reads of it block as usual (some network file
    // systems would otherwise honour the flag).
    {
        use std::os::fd::AsRawFd;
        // SAFETY: F_GETFL/F_SETFL on a descriptor open for this call.
        unsafe {
            let flags = libc::fcntl(f.as_raw_fd(), libc::F_GETFL);
            if flags >= 0 {
                libc::fcntl(f.as_raw_fd(), libc::F_SETFL, flags & !libc::O_NONBLOCK);
            }
        }
    }
    Ok(f)
}

/// Reads a small file that anyone who can write the folder may have put
/// there: at most `max` bytes of a regular file ([`open_regular`]). A
/// larger file is refused unread.
pub fn read_bounded(path: &Path, max: u64) -> std::result::Result<Vec<u8>, Unread> {
    let f = open_regular(path, max)?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    // The file may grow after the check: `take` keeps the bound.
    let mut buf = Vec::with_capacity(len.min(max) as usize);
    f.take(max + 1).read_to_end(&mut buf).map_err(Unread::Io)?;
    if buf.len() as u64 > max {
        return Err(Unread::TooLarge);
    }
    Ok(buf)
}

/// Sets a vault file's modification time to now, if it is a regular
/// file: never through a link, and never blocking on a FIFO.
pub fn touch(path: &Path) {
    if let Ok(f) = OpenOptions::new()
        .write(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY | libc::O_CLOEXEC)
        .open(path)
    {
        if f.metadata().is_ok_and(|m| m.is_file()) {
            let _ = f.set_modified(std::time::SystemTime::now());
        }
    }
}

/// What an output path (`get -o`, `export -o`) is, which decides how it
/// is written, as `age -o` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputTarget {
    /// Nothing there yet, or a regular file (or a link to one): written
    /// to a private temp file beside it, renamed into place when complete.
    File,
    /// An existing directory.
    Dir,
    /// A FIFO or a character device (a pipe another program reads, a
    /// terminal, `/dev/null`): written straight into, with no temp file
    /// and no rename. Replacing it would break the reader and leave the
    /// output in a regular file where the pipe was.
    Stream,
}

/// Exit 2 unless the directory an output file goes into exists (`-o`).
pub fn check_output_dir(path: &Path) -> Result<()> {
    let parent = path
        .parent()
        .filter(|x| !x.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if parent.is_dir() {
        return Ok(());
    }
    Err(Error::usage(
        crate::i18n::tr!("io-output-dir-missing", path = path.display().to_string()),
        crate::i18n::tr!("io-output-dir-missing-hint"),
    ))
}

/// What `path` is as an output (links followed: `-o /dev/stdout` is a
/// link to the process's pipe). A socket or a block device is refused
/// (exit 2): nothing carnet writes belongs on either.
pub fn output_target(path: &Path) -> Result<OutputTarget> {
    let meta = match fs::metadata(path) {
        Ok(m) => m,
        // Nothing there, or a dangling link: a new file.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(OutputTarget::File),
        Err(e) => return Err(Error::io(doing::looking_at(path), e)),
    };
    match Kind::of(meta.file_type()) {
        Kind::File => Ok(OutputTarget::File),
        Kind::Dir => Ok(OutputTarget::Dir),
        Kind::Fifo | Kind::CharDevice => Ok(OutputTarget::Stream),
        k => Err(Error::usage(
            crate::i18n::tr!(
                "io-output-refused",
                path = path.display().to_string(),
                kind = k.said()
            ),
            crate::i18n::tr!("io-output-refused-hint"),
        )),
    }
}

/// Opens an [`OutputTarget::Stream`] to write into it. A FIFO blocks here
/// until a reader opens it, as it does for any writer. Fails if what is
/// now at `path` is no longer a FIFO or a character device: a regular file
/// swapped in would get the output unencrypted, not private, not atomic.
pub fn open_output_stream(path: &Path) -> Result<File> {
    let f = OpenOptions::new()
        .write(true)
        .custom_flags(libc::O_NOCTTY | libc::O_CLOEXEC)
        .open(path)
        .ctx(|| doing::opening(path))?;
    let kind = Kind::of(f.metadata().ctx(|| doing::opening(path))?.file_type());
    if !matches!(kind, Kind::Fifo | Kind::CharDevice) {
        return Err(Error::usage(
            crate::i18n::tr!(
                "io-output-changed",
                path = path.display().to_string(),
                kind = kind.said()
            ),
            crate::i18n::tr!("io-output-changed-hint"),
        ));
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_private_dir_is_never_chmodded_through_a_link() {
        let t = tempfile::tempdir().unwrap();
        let target = t.path().join("shared");
        fs::create_dir(&target).unwrap();
        fs::set_permissions(&target, fs::Permissions::from_mode(0o755)).unwrap();
        let link = t.path().join("state");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        create_private_dir(&link).unwrap();
        assert_eq!(
            fs::metadata(&target).unwrap().permissions().mode() & 0o777,
            0o755
        );
        // A real directory is tightened.
        create_private_dir(&target).unwrap();
        assert_eq!(
            fs::metadata(&target).unwrap().permissions().mode() & 0o777,
            0o700
        );
    }

    #[test]
    fn only_regular_files_are_opened() {
        let t = tempfile::tempdir().unwrap();
        let f = t.path().join("f");
        fs::write(&f, b"0123456789").unwrap();
        assert_eq!(read_bounded(&f, 10).unwrap(), b"0123456789");
        assert!(matches!(read_bounded(&f, 9), Err(Unread::TooLarge)));
        assert!(matches!(
            open_regular(&t.path().join("none"), 9),
            Err(Unread::Missing)
        ));
        assert!(matches!(
            open_regular(t.path(), 9),
            Err(Unread::NotAFile(Kind::Dir))
        ));
        let l = t.path().join("l");
        std::os::unix::fs::symlink(&f, &l).unwrap();
        assert!(matches!(
            open_regular(&l, 99),
            Err(Unread::NotAFile(Kind::Link))
        ));
        let p = t.path().join("p");
        let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a node.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(matches!(
            open_regular(&p, 99),
            Err(Unread::NotAFile(Kind::Fifo))
        ));
        let e = Unread::NotAFile(Kind::Fifo).into_error(&p);
        assert_eq!(e.exit_code(), 6);
        // As outputs: a FIFO is written into, a directory is one, the rest a file.
        assert_eq!(output_target(&p).unwrap(), OutputTarget::Stream);
        assert_eq!(output_target(t.path()).unwrap(), OutputTarget::Dir);
        assert_eq!(output_target(&f).unwrap(), OutputTarget::File);
        assert_eq!(output_target(&l).unwrap(), OutputTarget::File);
        assert_eq!(
            output_target(&t.path().join("new")).unwrap(),
            OutputTarget::File
        );
    }
}
