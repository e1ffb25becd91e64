//! Where agents listen: `$XDG_RUNTIME_DIR/carnet/agent/` (a per-user
//! tmpfs the system makes 0700), else `agent/` in carnet's state dir,
//! created 0700; either way its owner and mode are checked before a
//! socket is trusted or made there. A socket is named after a hash of the
//! vault id, so the name says nothing of where the vault is.

use crate::error::doing;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::fsutil;
use crate::journal::anchor;

/// The socket file name of the agent for vault `vault_id`.
pub fn socket_name(vault_id: &str) -> String {
    let h = blake3::derive_key("carnet v1 agent socket name", vault_id.as_bytes());
    format!("{}.sock", &hex::encode(h)[..24])
}

/// The directory agents listen in, not created.
pub fn dir() -> Result<PathBuf> {
    if let Some(run) = std::env::var_os("XDG_RUNTIME_DIR") {
        let run = PathBuf::from(run);
        if run.is_absolute() && run.is_dir() {
            return Ok(run.join("carnet").join("agent"));
        }
    }
    anchor::state_dir().map(|d| d.join("agent")).ok_or_else(|| {
        Error::usage(
            crate::i18n::tr!("m-agent-no-place"),
            crate::i18n::tr!("m-agent-no-place-hint"),
        )
    })
}

/// The directory, created 0700 if missing, and checked: ours, a real
/// directory, and closed to group and others.
pub fn ensure_dir() -> Result<PathBuf> {
    let d = dir()?;
    fsutil::create_private_dir(&d)?;
    check_dir(&d)?;
    Ok(d)
}

/// The directory if it exists and passes [`check_dir`]; `Ok(None)` if it
/// does not exist (no agent ever ran).
pub fn existing_dir() -> Result<Option<PathBuf>> {
    let d = dir()?;
    match std::fs::symlink_metadata(&d) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        _ => {
            check_dir(&d)?;
            Ok(Some(d))
        }
    }
}

/// Refuses a directory another user owns or could write to: a socket
/// there could be someone else's agent, listening for what carnet asks.
pub fn check_dir(d: &Path) -> Result<()> {
    let m = std::fs::symlink_metadata(d).map_err(|e| Error::io(doing::reading(d), e))?;
    let uid = unsafe { libc::geteuid() };
    let why = if !m.file_type().is_dir() {
        Some(crate::i18n::tr!("m-agent-dir-not-dir"))
    } else if m.uid() != uid {
        Some(crate::i18n::tr!(
            "m-agent-dir-owner",
            owner = m.uid().to_string(),
            uid = uid.to_string()
        ))
    } else if m.permissions().mode() & 0o077 != 0 {
        Some(crate::i18n::tr!(
            "m-agent-dir-mode",
            mode = format!("{:o}", m.permissions().mode() & 0o777)
        ))
    } else {
        None
    };
    match why {
        None => Ok(()),
        Some(why) => Err(Error::integrity(
            crate::i18n::tr!(
                "m-agent-dir-unsafe",
                path = d.display().to_string(),
                why = why
            ),
            crate::i18n::tr!("m-agent-dir-unsafe-hint", path = d.display().to_string()),
        )),
    }
}

/// The socket path of the agent for `vault_id` in `dir`; exit 2 when too
/// long for a Unix socket address.
pub fn socket_path(dir: &Path, vault_id: &str) -> Result<PathBuf> {
    let p = dir.join(socket_name(vault_id));
    // sun_path holds 108 bytes with its terminating NUL.
    if p.as_os_str().len() >= 108 {
        return Err(Error::usage(
            crate::i18n::tr!("m-agent-path-too-long", path = p.display().to_string()),
            crate::i18n::tr!("m-agent-path-too-long-hint"),
        ));
    }
    Ok(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn socket_names_hide_the_vault_and_differ() {
        let a = socket_name("abcdef0123456789");
        assert!(a.ends_with(".sock") && a.len() == 29, "{a}");
        assert!(!a.contains("abcdef0123456789"));
        assert_ne!(a, socket_name("abcdef012345678a"));
    }

    #[test]
    fn a_directory_open_to_others_is_refused() {
        let t = tempfile::tempdir().unwrap();
        let d = t.path().join("agent");
        fsutil::create_private_dir(&d).unwrap();
        check_dir(&d).unwrap();
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755)).unwrap();
        let e = check_dir(&d).unwrap_err();
        assert_eq!(e.exit_code(), 6, "{e}");
        assert!(e.to_string().contains("others can reach it"), "{e}");
    }
}
