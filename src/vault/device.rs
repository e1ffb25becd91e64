//! The id of this replica of a vault: `VAULT/device`, 32 lowercase hex
//! characters of randomness, public (it names a replica, it unlocks
//! nothing), 0600. Made on first use; a restored copy gets a new one
//! ([`renew`]), so two replicas never share an id.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};
use crate::fsutil;

const FILE: &str = "device";
const LEN: usize = 32;

fn path(root: &Path) -> PathBuf {
    root.join(FILE)
}

fn fresh() -> String {
    hex::encode(rand::random::<[u8; LEN / 2]>())
}

fn valid(s: &str) -> bool {
    s.len() == LEN
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The file read as untrusted: bounded, a regular file, exactly an id.
fn read(root: &Path) -> Result<Option<String>> {
    let p = path(root);
    match fsutil::read_bounded(&p, 256) {
        Ok(b) => {
            let s = String::from_utf8_lossy(&b).trim().to_string();
            if valid(&s) {
                Ok(Some(s))
            } else {
                Err(Error::integrity(
                    format!("{} is not a device id", p.display()),
                    "remove the file: carnet makes a new device id at the next command",
                ))
            }
        }
        Err(fsutil::Unread::Missing) => Ok(None),
        Err(e) => Err(e.into_error(&p)),
    }
}

/// A temp file beside the device file holding `id`, synced.
fn write_temp(root: &Path, id: &str) -> Result<PathBuf> {
    let tmp = fsutil::temp_beside(&path(root));
    let res = (|| {
        let mut f = fsutil::create_new_private(&tmp)?;
        f.write_all(format!("{id}\n").as_bytes())
            .ctx(|| format!("writing {}", tmp.display()))?;
        f.sync_all().ctx(|| format!("syncing {}", tmp.display()))
    })();
    if let Err(e) = res {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(tmp)
}

/// This replica's device id, made on first use. Two commands making it
/// at once agree: the id is linked into place only if no file is there
/// yet (a hard link fails on an existing name), and the loser reads the
/// winner's.
pub fn id(root: &Path) -> Result<String> {
    if let Some(id) = read(root)? {
        return Ok(id);
    }
    let id = fresh();
    let tmp = write_temp(root, &id)?;
    let target = path(root);
    let linked = std::fs::hard_link(&tmp, &target);
    let _ = std::fs::remove_file(&tmp);
    match linked {
        Ok(()) => {
            fsutil::sync_parent(&target)?;
            Ok(id)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => read(root)?.ok_or_else(|| {
            Error::io(
                format!("reading {}", target.display()),
                std::io::Error::other("the device file vanished"),
            )
        }),
        Err(e) => Err(Error::io(format!("writing {}", target.display()), e)),
    }
}

/// Gives this replica a new device id (a restored copy is another
/// replica than the one the backup was taken from), atomically.
pub fn renew(root: &Path) -> Result<String> {
    let id = fresh();
    let tmp = write_temp(root, &id)?;
    let target = path(root);
    if let Err(e) = std::fs::rename(&tmp, &target) {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(format!("writing {}", target.display()), e));
    }
    fsutil::sync_parent(&target)?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn made_once_kept_then_renewed() {
        let t = tempfile::tempdir().unwrap();
        let a = id(t.path()).unwrap();
        assert!(valid(&a), "{a}");
        assert_eq!(id(t.path()).unwrap(), a);
        let mode = std::fs::metadata(path(t.path()))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        let b = renew(t.path()).unwrap();
        assert_ne!(a, b);
        assert_eq!(id(t.path()).unwrap(), b);
        // No temp file left behind.
        let names: Vec<_> = std::fs::read_dir(t.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_garbled_file_is_an_integrity_error() {
        let t = tempfile::tempdir().unwrap();
        std::fs::write(path(t.path()), "not an id").unwrap();
        assert_eq!(id(t.path()).unwrap_err().exit_code(), 6);
    }
}
