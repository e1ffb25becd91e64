//! Unlock methods: each one is a small age file under `keys/` wrapping the
//! vault key, so adding, changing or removing a method rewrites only that
//! file, never the data. The index's `unlock_keys` table says which
//! recipient each file is for (the files' names reveal nothing).

use std::fs;

use age::secrecy::SecretString;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use time::OffsetDateTime;

use crate::crypto::{self, ParsedRecipient, Recipients, VaultKey};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::timefmt;
use crate::vault::{Layout, UnlockMethod};

pub const PASSPHRASE_FILE: &str = "passphrase.age";

/// One unlock method as `key list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct KeyInfo {
    pub file: String,
    pub kind: String,
    pub recipient: Option<String>,
    pub label: Option<String>,
    pub added_at: String,
}

fn file_for(recipient: &str) -> String {
    format!(
        "r-{}.age",
        &blake3::hash(recipient.as_bytes()).to_hex()[..20]
    )
}

/// Wraps the key to a passphrase (replacing any previous passphrase).
pub fn add_passphrase(
    layout: &Layout,
    conn: &Connection,
    key: &VaultKey,
    passphrase: SecretString,
    now: OffsetDateTime,
) -> Result<()> {
    let wrapped = crypto::wrap_vault_key(key, &Recipients::passphrase(passphrase))?;
    fsutil::create_private_dir(&layout.keys())?;
    fsutil::write_atomic(&layout.passphrase_key(), &wrapped)?;
    conn.execute(
        "INSERT INTO unlock_keys (file, kind, recipient, label, added_at) VALUES (?1, 'passphrase', NULL, NULL, ?2)
         ON CONFLICT(file) DO UPDATE SET added_at = excluded.added_at",
        params![PASSPHRASE_FILE, timefmt::rfc3339(now)],
    )?;
    Ok(())
}

/// Wraps the key to a recipient. Exit 2 if it is already registered.
pub fn add_recipient(
    layout: &Layout,
    conn: &Connection,
    key: &VaultKey,
    recipient: &ParsedRecipient,
    now: OffsetDateTime,
) -> Result<String> {
    add_recipient_labeled(layout, conn, key, recipient, None, now)
}

pub fn add_recipient_labeled(
    layout: &Layout,
    conn: &Connection,
    key: &VaultKey,
    recipient: &ParsedRecipient,
    label: Option<&str>,
    now: OffsetDateTime,
) -> Result<String> {
    let text = recipient.to_canonical();
    let file = file_for(&text);
    let known: Option<String> = conn
        .query_row(
            "SELECT file FROM unlock_keys WHERE file = ?1",
            [&file],
            |r| r.get(0),
        )
        .optional()?;
    if known.is_some() {
        return Err(Error::usage(
            "this recipient can already unlock the vault",
            "see `carnet key list`",
        ));
    }
    let wrapped = crypto::wrap_vault_key(key, &Recipients::one(recipient.clone()))?;
    fsutil::create_private_dir(&layout.keys())?;
    fsutil::write_atomic(&layout.keys().join(&file), &wrapped)?;
    conn.execute(
        "INSERT INTO unlock_keys (file, kind, recipient, label, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![file, crypto::recipient_kind(&text), text, label, timefmt::rfc3339(now)],
    )?;
    Ok(file)
}

pub fn list(conn: &Connection) -> Result<Vec<KeyInfo>> {
    let mut stmt = conn.prepare(
        "SELECT file, kind, recipient, label, added_at FROM unlock_keys ORDER BY added_at, file",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(KeyInfo {
            file: r.get(0)?,
            kind: r.get(1)?,
            recipient: r.get(2)?,
            label: r.get(3)?,
            added_at: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
}

/// Finds the key row of a recipient string.
pub fn find_recipient(conn: &Connection, recipient: &str) -> Result<Option<KeyInfo>> {
    let canonical = crypto::parse_recipient(recipient)
        .map(|r| r.to_canonical())
        .unwrap_or_else(|_| recipient.trim().to_string());
    Ok(list(conn)?
        .into_iter()
        .find(|k| k.recipient.as_deref() == Some(canonical.as_str())))
}

/// Removes an unlock method's row; the caller deletes the file after commit.
pub fn remove_row(conn: &Connection, file: &str) -> Result<()> {
    conn.execute("DELETE FROM unlock_keys WHERE file = ?1", [file])?;
    Ok(())
}

pub fn delete_file(layout: &Layout, file: &str) -> Result<()> {
    let p = layout.keys().join(file);
    match fs::remove_file(&p) {
        Ok(()) => fsutil::sync_parent(&p),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(format!("removing {}", p.display()), e)),
    }
}

/// Tries the unlock method against the key files. `Ok(None)`: no match.
pub fn unwrap(layout: &Layout, method: &UnlockMethod) -> Result<Option<VaultKey>> {
    match method {
        UnlockMethod::Passphrase(p) => {
            let path = layout.passphrase_key();
            let wrapped = match fs::read(&path) {
                Ok(w) => w,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(Error::unlock(
                        "this vault has no passphrase",
                        "unlock with --identity FILE (one of the vault's recipients), or set a passphrase with `carnet passwd`",
                    ))
                }
                Err(e) => return Err(Error::io(format!("reading {}", path.display()), e)),
            };
            crypto::unwrap_with_passphrase(&wrapped, p.clone())
        }
        UnlockMethod::Identities { identities, .. } => {
            let dir = layout.keys();
            let rd = fs::read_dir(&dir).ctx(|| format!("reading {}", dir.display()))?;
            let mut files: Vec<_> = rd
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "age")
                        && p.file_name().is_some_and(|n| n != PASSPHRASE_FILE)
                })
                .collect();
            files.sort();
            for f in files {
                let wrapped = fs::read(&f).ctx(|| format!("reading {}", f.display()))?;
                if let Some(k) = crypto::unwrap_vault_key(&wrapped, identities)? {
                    return Ok(Some(k));
                }
            }
            Ok(None)
        }
    }
}
