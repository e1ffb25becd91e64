//! The recipient an inbox writer encrypts to, pinned on the writer's
//! machine (`STATE/inbox-pins/`, one small file per vault location, as
//! `vault::pins` keeps vault ids). Whoever can write the vault folder can
//! replace its public `recipient` file with their own key; the scanner
//! would then encrypt every night's documents to them. So the recipient is
//! given once (`inbox add --recipient R`, from the holder) or trusted on
//! first use, and a vault whose `recipient` file (or id) no longer matches
//! the pin is exit 6.

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fsutil;
use crate::journal::anchor;
use crate::timefmt;
use crate::vault::pins;

const MAX_PIN_BYTES: u64 = 16 * 1024;

/// One pinned location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientPin {
    pub path: PathBuf,
    pub vault_id: String,
    pub recipient: String,
    pub pinned_at: String,
}

/// How the recipient to encrypt to was settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pinned {
    /// It matches the pin made earlier.
    Same,
    /// No pin yet: trusted on first use, pinned now.
    FirstUse,
    /// Given with `--recipient`, matching the vault's file; pinned now.
    Given,
}

fn dir() -> Option<PathBuf> {
    anchor::state_dir().map(|d| d.join("inbox-pins"))
}

fn file_for(loc: &Path) -> Option<PathBuf> {
    let h = blake3::hash(loc.as_os_str().as_bytes());
    dir().map(|d| d.join(format!("{}.json", &h.to_hex()[..32])))
}

fn load(loc: &Path) -> Option<RecipientPin> {
    let buf = fsutil::read_bounded(&file_for(loc)?, MAX_PIN_BYTES).ok()?;
    let pin: RecipientPin = serde_json::from_slice(&buf).ok()?;
    (pin.path == loc).then_some(pin)
}

fn mismatch(shown: &str, what: String) -> Error {
    Error::integrity(
        crate::i18n::tr!("m-pin-mismatch", shown = shown, what = what),
        crate::i18n::tr!("m-pin-mismatch-hint"),
    )
}

/// Checks the vault's `recipient` file and id (as found in `root`)
/// against the pin, or against `given` (`--recipient`), and pins them.
pub fn settle(root: &Path, vault_id: &str, found: &str, given: Option<&str>) -> Result<Pinned> {
    settle_at(
        &root.display().to_string(),
        pins::locations(root),
        vault_id,
        found,
        given,
    )
}

/// The names a remote (`inbox add --to URL`) is pinned under: those of
/// its folder (absolute and canonical), or its `s3://` URL, marked as a
/// remote so that they never share a pin with a vault directory.
pub fn remote_locations(url: &str) -> Vec<PathBuf> {
    let mark = |p: &Path| PathBuf::from(format!("remote:{}", p.display()));
    if url.starts_with("s3://") {
        return vec![PathBuf::from(format!(
            "remote:{}",
            url.trim_end_matches('/')
        ))];
    }
    let path = url.strip_prefix("file://").unwrap_or(url);
    pins::locations(Path::new(path))
        .iter()
        .map(|p| mark(p))
        .collect()
}

/// [`settle`] for the locations `locs`, named `shown` in messages.
pub fn settle_at(
    shown: &str,
    locs: Vec<PathBuf>,
    vault_id: &str,
    found: &str,
    given: Option<&str>,
) -> Result<Pinned> {
    let root = shown;
    if dir().is_none() {
        return Err(Error::usage(
            crate::i18n::tr!("m-pin-no-state-dir"),
            crate::i18n::tr!("m-pin-no-state-dir-hint"),
        ));
    }
    let how = match given {
        Some(g) => {
            if g.trim() != found {
                return Err(mismatch(
                    root,
                    crate::i18n::tr!("m-pin-given", found = found, given = g.trim()),
                ));
            }
            Pinned::Given
        }
        None => {
            let mut seen = false;
            for loc in &locs {
                if let Some(p) = load(loc) {
                    if p.recipient != found {
                        return Err(mismatch(
                            root,
                            crate::i18n::tr!(
                                "m-pin-changed",
                                found = found,
                                pinned = &p.recipient,
                                at = &p.pinned_at
                            ),
                        ));
                    }
                    if p.vault_id != vault_id {
                        return Err(mismatch(
                            root,
                            crate::i18n::tr!(
                                "m-pin-other-vault",
                                id = vault_id,
                                pinned = &p.vault_id
                            ),
                        ));
                    }
                    seen = true;
                }
            }
            if seen {
                Pinned::Same
            } else {
                Pinned::FirstUse
            }
        }
    };
    if how != Pinned::Same {
        let d = dir().expect("checked above");
        fsutil::create_private_dir(&d)?;
        for loc in locs {
            let Some(f) = file_for(&loc) else { continue };
            let pin = RecipientPin {
                path: loc,
                vault_id: vault_id.to_string(),
                recipient: found.to_string(),
                pinned_at: timefmt::rfc3339(timefmt::now()),
            };
            let json = serde_json::to_string_pretty(&pin).expect("a pin serializes");
            fsutil::write_atomic(&f, format!("{json}\n").as_bytes())?;
        }
    }
    Ok(how)
}
