//! The last journal head carnet saw for each vault, kept outside the vault
//! in the user's state directory (`$XDG_STATE_HOME/carnet/heads/VAULT_ID`).
//! A vault whose journal is shorter than that, or whose entry at that seq
//! has another hash, is an older or forked copy: exit 6.
//!
//! The same directory keeps the seq of the last `carnet journal` review, for
//! `status`'s "events since last review".

use std::path::PathBuf;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::fsutil;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Seen {
    pub seq: i64,
    pub hash: String,
    #[serde(default)]
    pub reviewed_seq: i64,
}

/// `CARNET_STATE_DIR`, else the platform state dir (`$XDG_STATE_HOME/carnet`),
/// else the data dir.
pub fn state_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("CARNET_STATE_DIR") {
        return Some(PathBuf::from(d));
    }
    let dirs = directories::ProjectDirs::from("", "", "carnet")?;
    Some(
        dirs.state_dir()
            .map(|p| p.to_path_buf())
            .unwrap_or_else(|| dirs.data_local_dir().join("state")),
    )
}

fn file(vault_id: &str) -> Option<PathBuf> {
    // Vault ids are lowercase alphanumerics; refuse anything else as a file name.
    if vault_id.is_empty()
        || !vault_id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return None;
    }
    state_dir().map(|d| d.join("heads").join(vault_id))
}

pub fn load(vault_id: &str) -> Option<Seen> {
    let p = file(vault_id)?;
    let s = fsutil::read_bounded(&p, 64 * 1024).ok()?;
    serde_json::from_slice(&s).ok()
}

pub fn store(vault_id: &str, seen: &Seen) -> Result<()> {
    let Some(p) = file(vault_id) else {
        return Ok(());
    };
    if let Some(dir) = p.parent() {
        fsutil::create_private_dir(dir)?;
    }
    // After a crash an older head is harmless: the next open finds the
    // journal ahead of it, checks the entry at its seq and moves it on
    // (`Vault::check_rollback`). A newer head than the index is what must
    // never be, and the index is committed before this write. So the
    // rename needs no fsync of its directory, one fewer per commit.
    fsutil::write_atomic_old_or_new(
        &p,
        serde_json::to_string(seen).unwrap_or_default().as_bytes(),
    )
}

/// Whether this journal's last `vault.restore` entry says it replaced the
/// head `seen`: a restore was interrupted after it put the vault in place
/// and before it recorded the new head (see `vault::backup`). Only the holder
/// of the vault key can write that entry, and it matches only the exact
/// head this machine remembers, so an older copy put back later is still
/// a rollback.
pub fn restored_over(conn: &Connection, seen: &Seen) -> Result<bool> {
    let details: Option<String> = conn
        .query_row(
            "SELECT details FROM journal WHERE action = ?1 ORDER BY seq DESC LIMIT 1",
            [crate::journal::Action::VaultRestore.as_str()],
            |r| r.get(0),
        )
        .optional()?;
    let Some(d) = details else {
        return Ok(false);
    };
    let v: serde_json::Value = serde_json::from_str(&d).unwrap_or_default();
    let r = &v["replaced_head"];
    Ok(r["seq"].as_i64() == Some(seen.seq) && r["hash"].as_str() == Some(seen.hash.as_str()))
}
