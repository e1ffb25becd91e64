//! The write lock: an exclusive `flock` on `VAULT/lock`, waited for up to
//! `CARNET_LOCK_TIMEOUT` seconds (default 10), then exit 7.

use crate::error::doing;
use std::fs::{File, OpenOptions};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use crate::fsutil::{self, Kind, Unread};

pub struct WriteLock {
    file: File,
}

/// The lock wait from `CARNET_LOCK_TIMEOUT`: seconds, a number from 0 to
/// 86400 (fractions allowed); unset or empty is 10. Anything else is exit
/// 2 naming the variable: a typo must not silently become the default.
pub fn timeout() -> Result<Duration> {
    const DEFAULT: Duration = Duration::from_secs(10);
    let raw = match std::env::var("CARNET_LOCK_TIMEOUT") {
        Ok(s) if s.trim().is_empty() => return Ok(DEFAULT),
        Ok(s) => s,
        Err(std::env::VarError::NotPresent) => return Ok(DEFAULT),
        Err(std::env::VarError::NotUnicode(s)) => s.to_string_lossy().into_owned(),
    };
    parse_timeout(raw.trim()).ok_or_else(|| {
        Error::usage(
            crate::i18n::tr!("v-lock-timeout", raw = format!("{raw:?}")),
            crate::i18n::tr!("v-lock-timeout-hint"),
        )
    })
}

fn parse_timeout(s: &str) -> Option<Duration> {
    let secs = s.parse::<f64>().ok()?;
    // `parse` also takes "inf" and "NaN"; neither is a wait.
    (secs.is_finite() && (0.0..=86_400.0).contains(&secs)).then(|| Duration::from_secs_f64(secs))
}

impl WriteLock {
    pub fn acquire(path: &Path) -> Result<WriteLock> {
        WriteLock::acquire_within(path, timeout()?)
    }

    /// The lock if nobody holds it now (`None` when held, this process
    /// included: a `flock` is per open file).
    pub fn try_acquire(path: &Path) -> Result<Option<WriteLock>> {
        match WriteLock::acquire_within(path, Duration::ZERO) {
            Ok(l) => Ok(Some(l)),
            Err(Error::Busy { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn acquire_within(path: &Path, wait: Duration) -> Result<WriteLock> {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            // Never through a link (it would create or lock a file outside
            // the vault), nor blocking on a FIFO.
            .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
            .open(path)
            .map_err(|e| {
                if fsutil::is_link_error(&e) {
                    Unread::NotAFile(Kind::Link).into_error(path)
                } else {
                    Error::io(
                        crate::i18n::tr!("io-opening-lock", path = path.display().to_string()),
                        e,
                    )
                }
            })?;
        match file.metadata() {
            Ok(m) if !m.is_file() => {
                return Err(Unread::NotAFile(Kind::of(m.file_type())).into_error(path))
            }
            _ => {}
        }
        let deadline = Instant::now() + wait;
        let mut pause = Duration::from_millis(2);
        loop {
            match file.try_lock() {
                Ok(()) if !still_at(&file, path) => {
                    // `restore` swapped another vault in (and this lock
                    // file out with the old one) while we waited.
                    return Err(Error::Changed {
                        message: crate::i18n::tr!(
                            "v-replaced-while-waiting",
                            path = path.parent().unwrap_or(path).display().to_string()
                        ),
                        hint: crate::i18n::tr!("v-run-again-hint"),
                    });
                }
                Ok(()) => return Ok(WriteLock { file }),
                Err(std::fs::TryLockError::WouldBlock) => {
                    if Instant::now() >= deadline {
                        return Err(Error::Busy {
                            path: path.to_path_buf(),
                        });
                    }
                    std::thread::sleep(pause);
                    pause = (pause * 2).min(Duration::from_millis(50));
                }
                Err(std::fs::TryLockError::Error(e)) => {
                    return Err(Error::io(doing::locking(path), e))
                }
            }
        }
    }
}

/// Whether the locked file is still the one at `path` (same device and
/// inode).
fn still_at(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

impl Drop for WriteLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A waiter whose lock file was swapped out (a restore put another
    /// vault folder in place) must not write into the new vault: the
    /// file it locked is no longer the one at the path.
    #[test]
    fn a_lock_file_swapped_out_is_told_apart() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join("lock");
        let held = WriteLock::acquire(&p).unwrap();
        assert!(still_at(&held.file, &p));
        std::fs::write(t.path().join("new"), b"").unwrap();
        std::fs::rename(t.path().join("new"), &p).unwrap();
        assert!(!still_at(&held.file, &p));
        std::fs::remove_file(&p).unwrap();
        assert!(!still_at(&held.file, &p));
        drop(held);
        // The next one locks the file now there.
        assert!(WriteLock::acquire(&p).is_ok());
    }

    #[test]
    fn timeouts() {
        assert_eq!(parse_timeout("0.3"), Some(Duration::from_millis(300)));
        assert_eq!(parse_timeout("0"), Some(Duration::ZERO));
        for bad in ["abc", "-1", "inf", "NaN", "1e9", "10s", ""] {
            assert_eq!(parse_timeout(bad), None, "{bad}");
        }
    }
}
