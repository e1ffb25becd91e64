//! A folder remote: objects are files under a directory. Writes are a temp
//! file then a hard link to the final name (fails if the name exists, so
//! an object is never replaced, even by two machines writing through a
//! shared mount at once), then the temp file is removed.

use crate::error::doing;
use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::error::{Error, Result};
use crate::fsutil;

use super::store::{is_safe_name, Fetched, Listed, Store};

pub struct Folder {
    root: PathBuf,
}

impl Folder {
    pub fn new(root: &Path) -> Folder {
        Folder {
            root: root.to_path_buf(),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        let mut p = self.root.clone();
        for part in name.split('/') {
            p.push(part);
        }
        p
    }

    fn ensure_parent(&self, p: &Path) -> Result<()> {
        if let Some(dir) = p.parent() {
            if !dir.is_dir() {
                fs::create_dir_all(dir).map_err(|e| Error::io(doing::creating(dir), e))?;
            }
        }
        Ok(())
    }

    fn reachable(&self) -> Result<()> {
        if self.root.is_dir() {
            return Ok(());
        }
        Err(Error::not_found(
            crate::i18n::tr!(
                "v-remote-folder-missing",
                path = self.root.display().to_string()
            ),
            crate::i18n::tr!("v-remote-folder-missing-hint"),
        ))
    }

    /// Links `tmp` to `target`; if `target` exists, it must hold the same bytes.
    fn link_new(&self, tmp: &Path, target: &Path) -> Result<()> {
        let res = match fs::hard_link(tmp, target) {
            Ok(()) => fsutil::sync_parent(target),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if same_file_bytes(tmp, target)? {
                    Ok(())
                } else {
                    Err(Error::integrity(
                        crate::i18n::tr!(
                            "v-remote-different-object",
                            name = target.display().to_string()
                        ),
                        crate::i18n::tr!("v-remote-different-object-hint"),
                    ))
                }
            }
            Err(e) => Err(Error::io(doing::writing(target), e)),
        };
        let _ = fs::remove_file(tmp);
        res
    }

    /// Calls `each` with the name and entry of everything directly under
    /// `prefix/` whose name carnet could have written (nothing if the
    /// folder is missing). An I/O error `each` returns is the listing's.
    fn walk(
        &self,
        prefix: &str,
        mut each: impl FnMut(String, &fs::DirEntry) -> std::io::Result<()>,
    ) -> Result<()> {
        self.reachable()?;
        let dir = if prefix.is_empty() {
            self.root.clone()
        } else {
            self.path(prefix)
        };
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(Error::io(doing::listing(&dir), e)),
        };
        for e in rd {
            let e = e.map_err(|e| Error::io(doing::listing(&dir), e))?;
            let Some(n) = e
                .file_name()
                .to_str()
                .filter(|n| is_safe_name(n))
                .map(str::to_string)
            else {
                continue;
            };
            each(n, &e).map_err(|err| Error::io(doing::listing(&dir), err))?;
        }
        Ok(())
    }

    /// Copies object `name` into a new file at `path`, unless it is larger
    /// than `max` bytes; `sync`: fsync it before returning. Nothing is left
    /// at `path` unless the whole object is there.
    fn copy_out(&self, name: &str, path: &Path, max: u64, sync: bool) -> Result<Fetched> {
        let src = self.path(name);
        let f = match fsutil::open_regular(&src, max) {
            Ok(f) => f,
            Err(fsutil::Unread::Missing) => return Ok(Fetched::Missing),
            Err(fsutil::Unread::TooLarge) => return Ok(Fetched::TooLarge),
            Err(e) => return Err(e.into_error(&src)),
        };
        // A file that grows while it is read is cut at `max` + 1 and refused.
        let mut f = f.take(max.saturating_add(1));
        let mut out = fsutil::create_new_private(path)?;
        let res = (|| {
            // `io::copy` between files lets the kernel copy (copy_file_range).
            std::io::copy(&mut f, &mut out).map_err(|e| {
                Error::io(
                    format!("copying {} to {}", src.display(), path.display()),
                    e,
                )
            })?;
            if sync {
                out.sync_all()
                    .map_err(|e| Error::io(doing::writing(path), e))?;
            }
            Ok(if out.metadata().map(|m| m.len() > max).unwrap_or(true) {
                Fetched::TooLarge
            } else {
                Fetched::Got
            })
        })();
        if !matches!(res, Ok(Fetched::Got)) {
            drop(out);
            let _ = fs::remove_file(path);
        }
        res
    }
}

/// A file's change marker: its modification time (a copy by a sync tool
/// that keeps it, for unchanged content, leaves it as it was) and, on
/// Unix, its change time, which no one sets back by hand (a file renamed
/// over the object, or its mtime reset with `touch -d`, gets a new one).
/// Not the inode: network mounts (sshfs, rclone) make up a new one at
/// every mount, and each would cost a download of every segment.
fn marker(m: &fs::Metadata) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(format!(
            "{}.{:09} {}.{:09}",
            m.mtime(),
            m.mtime_nsec(),
            m.ctime(),
            m.ctime_nsec()
        ))
    }
    #[cfg(not(unix))]
    {
        let t = m.modified().ok()?;
        let d = t.duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(d.as_nanos().to_string())
    }
}

fn same_file_bytes(a: &Path, b: &Path) -> Result<bool> {
    fn ctx(p: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
        move |e| Error::io(doing::reading(p), e)
    }
    let (mut fa, mut fb) = (
        File::open(a).map_err(ctx(a))?,
        File::open(b).map_err(ctx(b))?,
    );
    if fa.metadata().map_err(ctx(a))?.len() != fb.metadata().map_err(ctx(b))?.len() {
        return Ok(false);
    }
    let (mut ba, mut bb) = (vec![0u8; 1 << 16], vec![0u8; 1 << 16]);
    loop {
        let n = fsutil::read_full(&mut fa, &mut ba).map_err(ctx(a))?;
        let m = fsutil::read_full(&mut fb, &mut bb).map_err(ctx(b))?;
        if n != m || ba[..n] != bb[..m] {
            return Ok(false);
        }
        if n == 0 {
            return Ok(true);
        }
    }
}

impl Store for Folder {
    fn get(&self, name: &str, max: u64) -> Result<Option<Vec<u8>>> {
        self.reachable()?;
        let p = self.path(name);
        match fsutil::read_bounded(&p, max) {
            Ok(b) => Ok(Some(b)),
            Err(fsutil::Unread::Missing) => Ok(None),
            Err(e) => Err(e.into_error(&p)),
        }
    }

    fn put_new(&self, name: &str, bytes: &[u8]) -> Result<()> {
        self.reachable()?;
        let target = self.path(name);
        self.ensure_parent(&target)?;
        let tmp = fsutil::temp_beside(&target);
        let mut f = fsutil::create_new_private(&tmp)?;
        f.write_all(bytes)
            .and_then(|_| f.sync_all())
            .map_err(|e| Error::io(doing::writing(&tmp), e))?;
        drop(f);
        self.link_new(&tmp, &target)
    }

    fn put_file(&self, name: &str, path: &Path) -> Result<()> {
        self.reachable()?;
        let target = self.path(name);
        self.ensure_parent(&target)?;
        let tmp = fsutil::temp_beside(&target);
        let mut out = fsutil::create_new_private(&tmp)?;
        let mut src = File::open(path).map_err(|e| Error::io(doing::reading(path), e))?;
        std::io::copy(&mut src, &mut out)
            .and_then(|_| out.sync_all())
            .map_err(|e| {
                let _ = fs::remove_file(&tmp);
                Error::io(doing::writing(&tmp), e)
            })?;
        drop(out);
        self.link_new(&tmp, &target)
    }

    fn get_file(&self, name: &str, path: &Path) -> Result<bool> {
        Ok(self.get_file_max(name, path, u64::MAX)? == Fetched::Got)
    }

    fn get_file_max(&self, name: &str, path: &Path, max: u64) -> Result<Fetched> {
        self.reachable()?;
        self.copy_out(name, path, max, true)
    }

    /// Copies in parallel, without an fsync per file (the caller syncs the
    /// batch once): a clone's thousands of small copies were bound by
    /// those fsyncs, one after the other.
    fn get_files(&self, items: &[(String, PathBuf)]) -> Result<Vec<bool>> {
        self.reachable()?;
        let next = AtomicUsize::new(0);
        let work = |_| {
            let mut mine = Vec::new();
            while let Some((name, path)) = items.get(next.fetch_add(1, Ordering::Relaxed)) {
                let r = self.copy_out(name, path, u64::MAX, false);
                let failed = r.is_err();
                mine.push((path, r));
                if failed {
                    // The other workers stop at their next item.
                    next.store(items.len(), Ordering::Relaxed);
                }
            }
            mine
        };
        let parts: Vec<usize> = (0..crate::workers::for_units(items.len())).collect();
        let mut got: HashMap<&Path, bool> = HashMap::new();
        let mut error = None;
        for part in crate::workers::run_parts(parts, work) {
            let part = part.unwrap_or_else(|p| std::panic::resume_unwind(p));
            for (path, r) in part {
                match r {
                    Ok(f) => {
                        got.insert(path.as_path(), f == Fetched::Got);
                    }
                    Err(e) => error = error.or(Some(e)),
                }
            }
        }
        if let Some(e) = error {
            for (p, _) in got.into_iter().filter(|(_, g)| *g) {
                let _ = fs::remove_file(p);
            }
            return Err(e);
        }
        Ok(items
            .iter()
            .map(|(_, p)| got.get(p.as_path()) == Some(&true))
            .collect())
    }

    fn list(&self, prefix: &str) -> Result<Vec<String>> {
        let mut out = Vec::new();
        self.walk(prefix, |n, _| {
            out.push(n);
            Ok(())
        })?;
        out.sort();
        Ok(out)
    }

    fn list_meta(&self, prefix: &str) -> Result<Vec<Listed>> {
        let mut out = Vec::new();
        self.walk(prefix, |name, e| {
            // Not followed: a link is not an object carnet wrote.
            match e.metadata() {
                Ok(m) if m.is_file() => out.push(Listed {
                    name,
                    size: m.len(),
                    marker: marker(&m),
                }),
                Ok(_) => {}
                // Gone between the listing and the look (a temp file renamed).
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
            Ok(())
        })?;
        out.sort();
        Ok(out)
    }

    fn delete(&self, name: &str) -> Result<()> {
        match fs::remove_file(self.path(name)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(Error::io(
                crate::i18n::tr!("io-removing-from-remote", name = name.to_string()),
                e,
            )),
        }
    }

    fn age(&self, name: &str) -> Result<Option<std::time::Duration>> {
        Ok(fs::symlink_metadata(self.path(name))
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok()))
    }

    fn describe(&self) -> String {
        self.root.display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_walk_lists_names_and_files_with_a_marker_that_a_touch_moves() {
        let dir = tempfile::tempdir().unwrap();
        let f = Folder::new(dir.path());
        f.put_new("log/dev/1", b"one").unwrap();
        f.put_new("log/dev/sub/2", b"two").unwrap();
        std::fs::write(dir.path().join("log/dev/.hidden"), b"x").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("1", dir.path().join("log/dev/link")).unwrap();
        let mut names = vec!["1", "sub"];
        if cfg!(unix) {
            names.push("link");
        }
        names.sort();
        assert_eq!(f.list("log/dev").unwrap(), names);
        let meta = f.list_meta("log/dev").unwrap();
        assert_eq!(meta.len(), 1, "{meta:?}");
        assert_eq!((meta[0].name.as_str(), meta[0].size), ("1", 3));
        assert_eq!(f.list_meta("log/dev").unwrap(), meta, "stable");
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
        File::options()
            .write(true)
            .open(dir.path().join("log/dev/1"))
            .unwrap()
            .set_modified(later)
            .unwrap();
        let touched = f.list_meta("log/dev").unwrap();
        assert_eq!(touched[0].size, 3);
        assert!(touched[0].marker.is_some());
        assert_ne!(touched[0].marker, meta[0].marker);
        assert!(f.list_meta("log/none").unwrap().is_empty());
        assert_eq!(f.list("").unwrap(), vec!["log"]);
    }
}
