//! The kit's directory: what may be at DIR, the files written into the
//! temp directory, and the move into place in one step.

use crate::error::doing;
use std::fs;
use std::path::Path;

use super::files::FILES;
use crate::error::{Error, IoContext, Result};
use crate::fsutil;

/// What is at DIR now.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Existing {
    /// Nothing, or an empty directory: renamed over.
    Nothing,
    /// A previous kit (`--force`): exchanged, then removed.
    Kit,
}

/// Exit 2 unless DIR is new, an empty directory, or with `--force` a
/// directory holding nothing but kit files.
pub(super) fn check_dir(given: &Path, dir: &Path, force: bool) -> Result<Existing> {
    if dir.file_name().is_none() || given.as_os_str() == "." || given.ends_with("..") {
        return Err(Error::usage(
            crate::i18n::tr!("m-kit-bad-dir", path = given.display().to_string()),
            crate::i18n::tr!("m-kit-new-dir-hint"),
        ));
    }
    fsutil::check_output_dir(dir)?;
    let meta = match fs::symlink_metadata(dir) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Existing::Nothing),
        Err(e) => return Err(Error::io(doing::reading(dir), e)),
    };
    if !meta.is_dir() {
        return Err(Error::usage(
            crate::i18n::tr!("m-kit-not-dir", path = given.display().to_string()),
            crate::i18n::tr!("m-kit-new-dir-hint"),
        ));
    }
    let names: Vec<String> = fs::read_dir(dir)
        .ctx(|| doing::reading(dir))?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<std::io::Result<_>>()
        .ctx(|| doing::reading(dir))?;
    if names.is_empty() {
        return Ok(Existing::Nothing);
    }
    if !force {
        return Err(Error::usage(
            crate::i18n::tr!("m-kit-not-empty", path = given.display().to_string()),
            crate::i18n::tr!("m-kit-not-empty-hint"),
        ));
    }
    if let Some(other) = names.iter().find(|n| !FILES.contains(&n.as_str())) {
        return Err(Error::usage(
            crate::i18n::tr!(
                "m-kit-foreign-file",
                path = given.display().to_string(),
                name = crate::text::escape(other).into_owned()
            ),
            crate::i18n::tr!("m-kit-foreign-file-hint"),
        ));
    }
    Ok(Existing::Kit)
}

/// A file of the kit: new, 0600, durable.
pub(super) fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let mut f = fsutil::create_new_private(path)?;
    f.write_all(bytes).ctx(|| doing::writing(path))?;
    f.sync_all().ctx(|| doing::syncing(path))
}

/// Moves the finished directory into place in one step: a rename over
/// nothing or an empty directory, an exchange with a previous kit (then
/// removed from the temp name the marker covers).
pub(super) fn place(tmp: &Path, dir: &Path, existing: Existing) -> Result<()> {
    let taken = || {
        Error::usage(
            crate::i18n::tr!("m-kit-dir-changed", path = dir.display().to_string()),
            crate::i18n::tr!("m-kit-dir-changed-hint"),
        )
    };
    match existing {
        Existing::Nothing => fs::rename(tmp, dir).map_err(|e| {
            if matches!(e.raw_os_error(), Some(libc::ENOTEMPTY | libc::EEXIST)) {
                taken()
            } else {
                Error::io(
                    crate::i18n::tr!("io-moving-kit", path = dir.display().to_string()),
                    e,
                )
            }
        })?,
        Existing::Kit => {
            exchange(tmp, dir)
                .ctx(|| crate::i18n::tr!("io-moving-kit", path = dir.display().to_string()))?;
            // `tmp` now holds the previous kit.
            let _ = fs::remove_dir_all(tmp);
        }
    }
    fsutil::sync_parent(dir)
}

/// Swaps two directories atomically (`renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let ca = CString::new(a.as_os_str().as_bytes())?;
    let cb = CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: two valid NUL-terminated paths; no memory is shared.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            ca.as_ptr(),
            libc::AT_FDCWD,
            cb.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Where there is no exchange: the old kit aside under the temp name's
/// sibling, the new one in, a short window with no kit at DIR.
#[cfg(not(target_os = "linux"))]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    let aside = fsutil::temp_beside(b);
    fs::rename(b, &aside)?;
    fs::rename(a, b)?;
    fs::rename(&aside, a)
}
