//! Directories inside a vault, reached from the vault's root without
//! following a link. Whoever can write the vault folder can replace
//! `tmp/`, `keys/` or `failed-unlocks/` with a link to the user's own
//! files; carnet, which deletes leftovers there and tightens modes, would
//! then delete or chmod outside the vault. So every directory below the
//! root that carnet creates, tightens or deletes in is opened one
//! component at a time with `O_NOFOLLOW` from the root: a link or a
//! non-directory anywhere on the way is refused (exit 6), and the
//! operation acts on the directory opened, not on a path that could be
//! swapped meanwhile. The root itself may be a link (a vault on another
//! disk): the pin of its canonical path covers a swap of it.

use crate::error::doing;
use std::ffi::{CString, OsStr};
use std::fs::File;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Component, Path};

use crate::error::{Error, Result};
use crate::fsutil::{self, Kind};

/// The error for a vault directory that is a link or not a directory.
pub fn not_a_dir(path: &Path, kind: Kind) -> Error {
    Error::integrity(
        crate::i18n::tr!(
            "io-not-vault-dir",
            path = path.display().to_string(),
            kind = kind.said()
        ),
        crate::i18n::tr!("io-not-vault-dir-hint"),
    )
}

fn cstr(name: &OsStr) -> std::io::Result<CString> {
    CString::new(name.as_bytes()).map_err(|_| std::io::ErrorKind::InvalidInput.into())
}

/// `openat(parent, name)` as a directory, never following a link.
fn open_dir_at(parent: &OwnedFd, name: &OsStr) -> std::io::Result<OwnedFd> {
    let c = cstr(name)?;
    let flags =
        libc::O_RDONLY | libc::O_DIRECTORY | libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC;
    // SAFETY: `parent` is an open descriptor and `c` a NUL-terminated name.
    let fd = unsafe { libc::openat(parent.as_raw_fd(), c.as_ptr(), flags) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `fd` was just returned by openat and is owned by no one else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// What `name` in `parent` is, without following a link.
fn kind_at(parent: &OwnedFd, name: &OsStr) -> Kind {
    let Ok(c) = cstr(name) else {
        return Kind::Unknown;
    };
    // SAFETY: a zeroed `stat` is a valid buffer for fstatat to fill.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: valid descriptor, NUL-terminated name, buffer of the right type.
    let rc = unsafe {
        libc::fstatat(
            parent.as_raw_fd(),
            c.as_ptr(),
            &mut st,
            libc::AT_SYMLINK_NOFOLLOW,
        )
    };
    if rc != 0 {
        return Kind::Unknown;
    }
    match st.st_mode & libc::S_IFMT {
        libc::S_IFREG => Kind::File,
        libc::S_IFDIR => Kind::Dir,
        libc::S_IFLNK => Kind::Link,
        libc::S_IFIFO => Kind::Fifo,
        libc::S_IFSOCK => Kind::Socket,
        libc::S_IFCHR => Kind::CharDevice,
        libc::S_IFBLK => Kind::BlockDevice,
        _ => Kind::Unknown,
    }
}

/// The components of `path` below `root` (all plain names).
fn below<'a>(root: &Path, path: &'a Path) -> Result<Vec<&'a OsStr>> {
    let rel = path.strip_prefix(root).map_err(|_| {
        Error::Other(crate::i18n::tr!(
            "y-not-inside-vault",
            path = path.display().to_string(),
            root = root.display().to_string()
        ))
    })?;
    rel.components()
        .map(|c| match c {
            Component::Normal(n) => Ok(n),
            _ => Err(Error::Other(crate::i18n::tr!(
                "y-not-plain-path",
                path = path.display().to_string()
            ))),
        })
        .collect()
}

fn open_root(root: &Path) -> std::io::Result<OwnedFd> {
    let f = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_DIRECTORY | libc::O_CLOEXEC)
        .open(root)?;
    Ok(OwnedFd::from(f))
}

/// Opens directory `dir` under `root`, component by component: `None`
/// when it (or a parent) does not exist; exit 6 when a component is a
/// link or not a directory.
fn walk(root: &Path, dir: &Path) -> Result<Option<OwnedFd>> {
    let names = below(root, dir)?;
    let mut fd = match open_root(root) {
        Ok(fd) => fd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(doing::opening(root), e)),
    };
    let mut at = root.to_path_buf();
    for n in names {
        at.push(n);
        fd = match open_dir_at(&fd, n) {
            Ok(next) => next,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) if fsutil::is_link_error(&e) => return Err(not_a_dir(&at, Kind::Link)),
            Err(e) if e.raw_os_error() == Some(libc::ENOTDIR) => {
                return Err(not_a_dir(&at, kind_at(&fd, n)))
            }
            Err(e) => return Err(Error::io(doing::opening(&at), e)),
        };
    }
    Ok(Some(fd))
}

/// Exit 6 unless `dir` (under `root`) and every directory between them is
/// a real directory, or missing.
pub fn check_dir(root: &Path, dir: &Path) -> Result<()> {
    walk(root, dir).map(drop)
}

/// Creates directory `dir` under `root` with mode 0700 if it is missing,
/// and tightens the mode of one that exists; its parent must exist. The
/// mode is set on the directory opened, never through a link (exit 6).
pub fn create_dir(root: &Path, dir: &Path) -> Result<()> {
    let (Some(parent), Some(name)) = (dir.parent(), dir.file_name()) else {
        return Err(Error::Other(crate::i18n::tr!(
            "y-no-dir-to-create",
            path = dir.display().to_string()
        )));
    };
    let Some(pfd) = walk(root, parent)? else {
        return Err(Error::io(
            doing::creating_dir(dir),
            std::io::ErrorKind::NotFound.into(),
        ));
    };
    let c = cstr(name).map_err(|e| Error::io(doing::creating(dir), e))?;
    // SAFETY: valid descriptor and NUL-terminated name.
    if unsafe { libc::mkdirat(pfd.as_raw_fd(), c.as_ptr(), 0o700) } != 0 {
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::AlreadyExists {
            return Err(Error::io(doing::creating_dir(dir), e));
        }
    }
    let fd = match open_dir_at(&pfd, name) {
        Ok(fd) => fd,
        Err(e) if fsutil::is_link_error(&e) => return Err(not_a_dir(dir, Kind::Link)),
        Err(e) if e.raw_os_error() == Some(libc::ENOTDIR) => {
            return Err(not_a_dir(dir, kind_at(&pfd, name)))
        }
        Err(e) => return Err(Error::io(doing::opening(dir), e)),
    };
    fsutil::tighten_dir(&File::from(fd)).map_err(|e| Error::io(doing::setting_permissions(dir), e))
}

/// Removes the entry `path` (under `root`) from its directory, reached
/// as [`check_dir`] does: never through a link on the way, and never
/// following one at the last component (a link there is removed itself,
/// not what it points to). A directory is not removed.
pub fn remove_file(root: &Path, path: &Path) -> std::io::Result<()> {
    let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
        return Err(std::io::ErrorKind::InvalidInput.into());
    };
    let pfd = match walk(root, parent) {
        Ok(Some(fd)) => fd,
        Ok(None) => return Err(std::io::ErrorKind::NotFound.into()),
        Err(e) => return Err(std::io::Error::other(e.to_string())),
    };
    let c = cstr(name)?;
    // SAFETY: valid descriptor and NUL-terminated name; flag 0 removes a
    // non-directory entry and never follows a link.
    if unsafe { libc::unlinkat(pfd.as_raw_fd(), c.as_ptr(), 0) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Removes the entries `names` (single names, no `/`) of directory `dir`
/// under `root`, as [`remove_file`] does each, but reaching `dir` once:
/// a fold removes hundreds of items of one folder. One result per name.
pub fn remove_files(root: &Path, dir: &Path, names: &[&str]) -> Vec<std::io::Result<()>> {
    let pfd = match walk(root, dir) {
        Ok(Some(fd)) => fd,
        Ok(None) => {
            return names
                .iter()
                .map(|_| Err(std::io::ErrorKind::NotFound.into()))
                .collect()
        }
        Err(e) => {
            let msg = e.to_string();
            return names
                .iter()
                .map(|_| Err(std::io::Error::other(msg.clone())))
                .collect();
        }
    };
    let unlink = |name: &str| -> std::io::Result<()> {
        if name.is_empty() || name.contains('/') || name == "." || name == ".." {
            return Err(std::io::ErrorKind::InvalidInput.into());
        }
        let c = cstr(std::ffi::OsStr::new(name))?;
        // SAFETY: as in remove_file; the descriptor outlives the threads.
        if unsafe { libc::unlinkat(pfd.as_raw_fd(), c.as_ptr(), 0) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    };
    // An unlink mostly waits for the disk (on a file system mounted with
    // `discard`, ~1 ms each, measured), not the CPU: a few threads overlap
    // the waits whatever the core count (500 items: 0.66 s -> 0.21 s).
    let parts = crate::workers::split(names.len(), crate::workers::MAX);
    crate::workers::run_parts(parts, |r| {
        names[r].iter().map(|n| unlink(n)).collect::<Vec<_>>()
    })
    .into_iter()
    .flat_map(|part| part.unwrap_or_else(|p| std::panic::resume_unwind(p)))
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn links_below_the_root_are_refused_and_nothing_outside_is_touched() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().join("vault");
        let outside = t.path().join("precious");
        std::fs::create_dir_all(root.join("keys")).unwrap();
        std::fs::create_dir(&outside).unwrap();
        std::fs::write(outside.join("thesis.tmp"), b"keep").unwrap();
        std::fs::set_permissions(&outside, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::os::unix::fs::symlink(&outside, root.join("tmp")).unwrap();

        let e = create_dir(&root, &root.join("tmp")).unwrap_err();
        assert_eq!(e.exit_code(), 6, "{e}");
        assert!(e.to_string().contains("a symbolic link"), "{e}");
        assert!(check_dir(&root, &root.join("tmp")).is_err());
        assert!(remove_file(&root, &root.join("tmp/thesis.tmp")).is_err());
        assert_eq!(std::fs::read(outside.join("thesis.tmp")).unwrap(), b"keep");
        let mode = std::fs::metadata(&outside).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o755);

        // A link at the last component is removed itself.
        std::fs::write(t.path().join("target"), b"x").unwrap();
        std::os::unix::fs::symlink(t.path().join("target"), root.join("keys/l.age")).unwrap();
        remove_file(&root, &root.join("keys/l.age")).unwrap();
        assert!(t.path().join("target").exists());

        // A link as the root is followed (a vault on another disk).
        let link_root = t.path().join("v2");
        std::os::unix::fs::symlink(&root, &link_root).unwrap();
        create_dir(&link_root, &link_root.join("blobs")).unwrap();
        assert!(root.join("blobs").is_dir());
        std::fs::set_permissions(root.join("blobs"), std::fs::Permissions::from_mode(0o755))
            .unwrap();
        create_dir(&link_root, &link_root.join("blobs")).unwrap();
        let mode = std::fs::metadata(root.join("blobs")).unwrap().permissions();
        assert_eq!(mode.mode() & 0o777, 0o700);

        // A FIFO where a directory should be is named as one.
        let fifo = root.join("failed-unlocks");
        let c = CString::new(fifo.as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a node.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = check_dir(&root, &fifo).unwrap_err();
        assert!(e.to_string().contains("FIFO"), "{e}");
        // Missing is fine.
        check_dir(&root, &root.join("quarantine")).unwrap();
    }
}
