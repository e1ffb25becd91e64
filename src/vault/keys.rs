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

/// Whose unlock method a wrapper is: it decides who the journal and the
/// policy see acting when the vault is unlocked with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The holder's own method (every method of an adult's vault).
    Holder,
    /// A legal representative of a minor: the parent's vault recipient
    /// (`profile create`) or another guardian's recipient (`profile guardian add`).
    Guardian,
    /// The minor's own key (`profile key`): acts as the holder, and the
    /// documents hidden from guardians are sealed to these recipients.
    Minor,
}

impl Role {
    pub fn as_str(&self) -> &'static str {
        match self {
            Role::Holder => "holder",
            Role::Guardian => "guardian",
            Role::Minor => "minor",
        }
    }

    pub fn parse(s: &str) -> Role {
        match s {
            "guardian" => Role::Guardian,
            "minor" => Role::Minor,
            _ => Role::Holder,
        }
    }
}

/// One unlock method as `key list` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct KeyInfo {
    pub file: String,
    pub kind: String,
    pub recipient: Option<String>,
    pub label: Option<String>,
    pub added_at: String,
    pub role: Role,
    /// Display name of a guardian (or of the minor, for their own key).
    pub name: Option<String>,
    /// For a wrapper to another carnet vault's recipient (a parent's
    /// vault): that vault's id.
    pub vault_id: Option<String>,
}

/// Who a new wrapper belongs to.
#[derive(Debug, Clone)]
pub struct Owner {
    pub role: Role,
    pub name: Option<String>,
    pub vault_id: Option<String>,
    pub label: Option<String>,
}

impl Owner {
    pub fn holder(label: Option<&str>) -> Owner {
        Owner {
            role: Role::Holder,
            name: None,
            vault_id: None,
            label: label.map(str::to_string),
        }
    }
}

pub fn file_for(recipient: &str) -> String {
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
    add_passphrase_owned(
        layout,
        conn,
        key,
        passphrase,
        &Owner::holder(None),
        &timefmt::rfc3339(now),
    )
}

/// As [`add_passphrase`], recording whose passphrase it is.
pub fn add_passphrase_owned(
    layout: &Layout,
    conn: &Connection,
    key: &VaultKey,
    passphrase: SecretString,
    owner: &Owner,
    added_at: &str,
) -> Result<()> {
    let wrapped = crypto::wrap_vault_key(key, &Recipients::passphrase(passphrase))?;
    fsutil::create_private_dir(&layout.keys())?;
    fsutil::write_atomic(&layout.passphrase_key(), &wrapped)?;
    conn.execute(
        "INSERT INTO unlock_keys (file, kind, recipient, label, added_at, role, name, vault_id)
         VALUES (?1, 'passphrase', NULL, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(file) DO UPDATE SET added_at = excluded.added_at, role = excluded.role,
             name = excluded.name, vault_id = excluded.vault_id, label = excluded.label",
        params![
            PASSPHRASE_FILE,
            owner.label,
            added_at,
            owner.role.as_str(),
            owner.name,
            owner.vault_id
        ],
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
    add_recipient_owned(
        layout,
        conn,
        key,
        recipient,
        &Owner::holder(label),
        &timefmt::rfc3339(now),
    )
}

/// Wraps the key to a recipient for an owner. Exit 2 if it is already registered.
pub fn add_recipient_owned(
    layout: &Layout,
    conn: &Connection,
    key: &VaultKey,
    recipient: &ParsedRecipient,
    owner: &Owner,
    added_at: &str,
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
        "INSERT INTO unlock_keys (file, kind, recipient, label, added_at, role, name, vault_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            file,
            crypto::recipient_kind(&text),
            text,
            owner.label,
            added_at,
            owner.role.as_str(),
            owner.name,
            owner.vault_id
        ],
    )?;
    Ok(file)
}

pub fn list(conn: &Connection) -> Result<Vec<KeyInfo>> {
    let mut stmt = conn.prepare(
        "SELECT file, kind, recipient, label, added_at, role, name, vault_id FROM unlock_keys ORDER BY added_at, file",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(KeyInfo {
            file: r.get(0)?,
            kind: r.get(1)?,
            recipient: r.get(2)?,
            label: r.get(3)?,
            added_at: r.get(4)?,
            role: Role::parse(&r.get::<_, String>(5)?),
            name: r.get(6)?,
            vault_id: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<Vec<_>, _>>()?)
}

/// The row of one wrapper file.
pub fn by_file(conn: &Connection, file: &str) -> Result<Option<KeyInfo>> {
    Ok(list(conn)?.into_iter().find(|k| k.file == file))
}

/// The minor's recipients: documents hidden from guardians are sealed to them.
pub fn minor_recipients(conn: &Connection) -> Result<Vec<ParsedRecipient>> {
    let mut out = Vec::new();
    for k in list(conn)? {
        if k.role != Role::Minor {
            continue;
        }
        if let Some(r) = &k.recipient {
            out.push(crypto::parse_recipient(r)?);
        }
    }
    Ok(out)
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
    Ok(unwrap_file(layout, method, true)?.map(|(k, _)| k))
}

/// Tries the unlock method against the key files: the key and the name of
/// the wrapper file that opened. `Ok(None)`: no match. A vault without a
/// passphrase is exit 3 when `strict`, no match otherwise.
pub fn unwrap_file(
    layout: &Layout,
    method: &UnlockMethod,
    strict: bool,
) -> Result<Option<(VaultKey, String)>> {
    match method {
        UnlockMethod::Passphrase(p) => {
            let path = layout.passphrase_key();
            let wrapped = match fs::read(&path) {
                Ok(w) => w,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    if !strict {
                        return Ok(None);
                    }
                    return Err(Error::unlock(
                        "this vault has no passphrase",
                        "unlock with --identity FILE (one of the vault's recipients), or set a passphrase with `carnet passwd`",
                    ));
                }
                Err(e) => return Err(Error::io(format!("reading {}", path.display()), e)),
            };
            Ok(crypto::unwrap_with_passphrase(&wrapped, p.clone())?
                .map(|k| (k, PASSPHRASE_FILE.to_string())))
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
                    let name = f
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    return Ok(Some((k, name)));
                }
            }
            Ok(None)
        }
    }
}
