//! The vault keys a rekey retired, kept in the sealed index (so under the
//! current key only): segments sealed before a rekey — this replica's own
//! and other devices' changes written offline with the old key — still
//! open and merge after it (docs/sync.md, "Rekey and handover across
//! devices"). Also the blob renames each rekey made (a document's blob is
//! named by a keyed hash under the vault key), so a change written under
//! an old key that names a blob by its old name is read with the new one.
//!
//! Both tables are this replica's own bookkeeping (`sync_*`, never
//! replicated), created by the first rekey: an index without them is an
//! index that never changed key.

use rusqlite::{params, Connection, OptionalExtension};

use crate::crypto::VaultKey;
use crate::error::Result;

const TABLES: &str = "
CREATE TABLE IF NOT EXISTS sync_keyring (
    recipient  TEXT PRIMARY KEY,
    secret     TEXT NOT NULL,
    retired_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_renamed (
    old TEXT PRIMARY KEY,
    new TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_epochs (
    recipient TEXT PRIMARY KEY,
    from_recipient TEXT NOT NULL,
    hlc INTEGER NOT NULL,
    device TEXT NOT NULL
);";

fn has_tables(conn: &Connection) -> Result<bool> {
    has_table(conn, "sync_keyring")
}

fn has_table(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [name],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

/// A key transition this replica knows (made here, or followed): the
/// new key's recipient, the key it replaced, and the transition
/// segment's clock and device (the order of concurrent rekeys).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Epoch {
    pub recipient: String,
    pub from: String,
    pub hlc: u64,
    pub device: String,
}

/// Remembers a transition (the first record of a recipient stays).
pub fn record_epoch(conn: &Connection, e: &Epoch) -> Result<()> {
    conn.execute_batch(TABLES)?;
    conn.execute(
        "INSERT OR IGNORE INTO sync_epochs (recipient, from_recipient, hlc, device) VALUES (?1, ?2, ?3, ?4)",
        params![e.recipient, e.from, e.hlc as i64, e.device],
    )?;
    Ok(())
}

/// The transitions this replica knows, oldest first.
pub fn epochs(conn: &Connection) -> Result<Vec<Epoch>> {
    if !has_table(conn, "sync_epochs")? {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare(
        "SELECT recipient, from_recipient, hlc, device FROM sync_epochs ORDER BY hlc, device",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(Epoch {
            recipient: r.get(0)?,
            from: r.get(1)?,
            hlc: r.get::<_, i64>(2)? as u64,
            device: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Keeps `old` (the key a rekey retires) and the blob renames it made.
pub fn retire(
    conn: &Connection,
    old: &VaultKey,
    renames: &[(String, String)],
    at: &str,
) -> Result<()> {
    use age::secrecy::ExposeSecret;
    conn.execute_batch(TABLES)?;
    conn.execute(
        "INSERT OR IGNORE INTO sync_keyring (recipient, secret, retired_at) VALUES (?1, ?2, ?3)",
        params![
            old.recipient().to_string(),
            old.secret()?.expose_secret(),
            at
        ],
    )?;
    let mut ins = conn.prepare("INSERT OR REPLACE INTO sync_renamed (old, new) VALUES (?1, ?2)")?;
    for (o, n) in renames {
        if o != n {
            ins.execute(params![o, n])?;
        }
    }
    // A name renamed twice (two rekeys) points to its newest name.
    conn.execute(
        "UPDATE sync_renamed SET new = (SELECT r.new FROM sync_renamed r WHERE r.old = sync_renamed.new)
         WHERE new IN (SELECT old FROM sync_renamed)",
        [],
    )?;
    Ok(())
}

/// The keys rekeys retired, newest first.
pub fn retired(conn: &Connection) -> Result<Vec<VaultKey>> {
    if !has_tables(conn)? {
        return Ok(Vec::new());
    }
    let mut stmt =
        conn.prepare("SELECT secret FROM sync_keyring ORDER BY retired_at DESC, recipient")?;
    let rows: Vec<String> = stmt
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    rows.iter().map(|s| VaultKey::parse(s)).collect()
}

/// The current name of a blob a rekey renamed, if it did.
pub fn renamed(conn: &Connection, old: &str) -> Result<Option<String>> {
    if !has_tables(conn)? {
        return Ok(None);
    }
    Ok(conn
        .query_row("SELECT new FROM sync_renamed WHERE old = ?1", [old], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Records one more rename (a blob written under an old key, re-encrypted
/// under the current one as a change naming it was merged).
pub fn add_rename(conn: &Connection, old: &str, new: &str) -> Result<()> {
    conn.execute_batch(TABLES)?;
    conn.execute(
        "INSERT OR REPLACE INTO sync_renamed (old, new) VALUES (?1, ?2)",
        params![old, new],
    )?;
    Ok(())
}
