//! Which vault each location holds, remembered outside the vault in the
//! user's state directory (`STATE/pins/`), as ssh's `known_hosts`
//! remembers host keys. A vault's id is chosen at `init` and survives
//! rekeys and handovers; a vault that someone who can write the data
//! directory made and put in its place has another id. So a location
//! whose vault id changed is exit 6 until the user accepts the change
//! (`carnet trust accept ID`, journaled in the vault as `vault.accept`).
//!
//! A location is pinned under two names: the path as the user gave it
//! (made absolute, symlinks not resolved) and its canonical path; a
//! symlink swapped in at the given path, or another spelling of it, is
//! still checked. One small file per name, written atomically (0600, in a
//! 0700 directory): concurrent commands never lose each other's pins.

use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::fsutil;
use crate::journal::anchor;
use crate::timefmt;

/// One pinned location.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pin {
    pub path: PathBuf,
    pub vault_id: String,
    /// RFC 3339: when this location was first pinned to this id (created,
    /// first unlocked, or accepted).
    pub pinned_at: String,
}

/// What the pins say about the vault found at a location.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// This machine never pinned the location: trust on first use.
    Unpinned,
    /// The location is pinned to this vault.
    Same,
    /// The location was pinned to another vault.
    Changed(Pin),
}

/// Pin files are a few hundred bytes; anything larger is not one.
const MAX_PIN_BYTES: u64 = 16 * 1024;

fn dir() -> Option<PathBuf> {
    anchor::state_dir().map(|d| d.join("pins"))
}

/// The names a vault directory is pinned under.
pub fn locations(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(a) = std::path::absolute(root) {
        out.push(a);
    }
    if let Ok(c) = std::fs::canonicalize(root) {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

fn file_for(loc: &Path) -> Option<PathBuf> {
    let h = blake3::hash(loc.as_os_str().as_bytes());
    dir().map(|d| d.join(format!("{}.json", &h.to_hex()[..32])))
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn read_pin(p: &Path) -> Option<Pin> {
    let buf = fsutil::read_bounded(p, MAX_PIN_BYTES).ok()?;
    let pin: Pin = serde_json::from_slice(&buf).ok()?;
    valid_id(&pin.vault_id).then_some(pin)
}

/// The pin of one location, if any.
pub fn load(loc: &Path) -> Option<Pin> {
    // The file name is a hash of the path; the path inside must match.
    read_pin(&file_for(loc)?).filter(|p| p.path == loc)
}

/// Whether the vault `id` found in `root` is the one pinned there.
pub fn check(root: &Path, id: &str) -> Check {
    let mut same = false;
    for loc in locations(root) {
        if let Some(p) = load(&loc) {
            if p.vault_id != id {
                return Check::Changed(p);
            }
            same = true;
        }
    }
    if same {
        Check::Same
    } else {
        Check::Unpinned
    }
}

/// Pins `root` to vault `id` under each of its names, replacing any
/// other id (a vault just created there, or a change the user accepted).
pub fn pin(root: &Path, id: &str) -> Result<()> {
    write(root, id, true)
}

/// Pins the names of `root` not pinned yet (a first unlock, or a new
/// spelling of a pinned location); never replaces another id.
pub fn pin_missing(root: &Path, id: &str) -> Result<()> {
    write(root, id, false)
}

fn write(root: &Path, id: &str, replace: bool) -> Result<()> {
    let Some(d) = dir() else {
        return Ok(());
    };
    if !valid_id(id) {
        return Ok(());
    }
    for loc in locations(root) {
        let Some(f) = file_for(&loc) else { continue };
        match load(&loc) {
            Some(p) if p.vault_id == id => continue,
            Some(_) if !replace => continue,
            _ => {}
        }
        fsutil::create_private_dir(&d)?;
        let pin = Pin {
            path: loc,
            vault_id: id.to_string(),
            pinned_at: timefmt::rfc3339(timefmt::now()),
        };
        let json = serde_json::to_string_pretty(&pin).expect("a pin serializes");
        fsutil::write_atomic(&f, format!("{json}\n").as_bytes())?;
    }
    Ok(())
}

/// Every pin, by path.
pub fn list() -> Vec<Pin> {
    let Some(d) = dir() else {
        return Vec::new();
    };
    let Ok(rd) = std::fs::read_dir(&d) else {
        return Vec::new();
    };
    let mut out: Vec<Pin> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .filter_map(|p| {
            let pin = read_pin(&p)?;
            // Only a pin stored under its own path's name counts.
            (file_for(&pin.path).as_deref() == Some(p.as_path())).then_some(pin)
        })
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}
