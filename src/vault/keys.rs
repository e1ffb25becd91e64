//! Unlock methods: each one is a small age file under `keys/` wrapping the
//! vault key, so adding, changing or removing a method rewrites only that
//! file, never the data. The index's `unlock_keys` table says which
//! recipient each file is for (the files' names reveal nothing).

use crate::error::doing;
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

/// Creates a data directory's `keys/`, `blobs/` and `tmp/` and writes the
/// public recipient of `key`: what a new vault and a new generation share.
pub(crate) fn create_data_dirs(layout: &Layout, key: &VaultKey) -> Result<()> {
    layout.create_dir(&layout.keys())?;
    layout.create_dir(&layout.blobs())?;
    layout.create_dir(&layout.tmp())?;
    fsutil::write_atomic(
        &layout.recipient(),
        format!("{}\n", key.recipient()).as_bytes(),
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
    // A new passphrase replaces the old one: same file, row updated.
    store_wrapped(
        layout,
        conn,
        PASSPHRASE_FILE,
        "passphrase",
        None,
        &wrapped,
        owner,
        added_at,
    )
}

/// Writes a wrapped vault key into `keys/` and records (or re-records) it
/// in `unlock_keys`.
#[allow(clippy::too_many_arguments)]
fn store_wrapped(
    layout: &Layout,
    conn: &Connection,
    file: &str,
    kind: &str,
    recipient: Option<&str>,
    wrapped: &[u8],
    owner: &Owner,
    added_at: &str,
) -> Result<()> {
    layout.create_dir(&layout.keys())?;
    fsutil::write_atomic(&layout.keys().join(file), wrapped)?;
    conn.execute(
        "INSERT INTO unlock_keys (file, kind, recipient, label, added_at, role, name, vault_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT(file) DO UPDATE SET added_at = excluded.added_at, role = excluded.role,
             name = excluded.name, vault_id = excluded.vault_id, label = excluded.label",
        params![
            file,
            kind,
            recipient,
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
            crate::i18n::tr!("v-recipient-known"),
            crate::i18n::tr!("v-key-list-hint"),
        ));
    }
    let wrapped = crypto::wrap_vault_key(key, &Recipients::one(recipient.clone()))?;
    // Checked above, so the row is always new here.
    store_wrapped(
        layout,
        conn,
        &file,
        &crypto::recipient_kind(&text),
        Some(&text),
        &wrapped,
        owner,
        added_at,
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
    // A guardian's wrapper has a MAC beside it (vault::guardian), gone with it.
    for p in [
        layout.keys().join(file),
        crate::vault::guardian::path(layout, file),
    ] {
        match layout.remove_file(&p) {
            Ok(()) => fsutil::sync_parent(&p)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(doing::removing(&p), e)),
        }
    }
    Ok(())
}

/// The wrapper files to try for a method, best first. A passphrase tries
/// `passphrase.age`. Identities try the files named after the recipients
/// in `prefer` first ([`file_for`]), then every other `*.age` in name
/// order: anyone can encrypt a file to a public recipient, so a planted
/// wrapper must not be the first one a user's identity opens.
pub fn candidates(
    layout: &Layout,
    method: &UnlockMethod,
    prefer: &[String],
) -> Result<Vec<String>> {
    match method {
        // Anything there is a candidate: one that is not a regular file is
        // then skipped and named, not taken for a missing passphrase.
        UnlockMethod::Passphrase(_) => Ok(if layout.passphrase_key().symlink_metadata().is_ok() {
            vec![PASSPHRASE_FILE.to_string()]
        } else {
            Vec::new()
        }),
        UnlockMethod::Identities { .. } => {
            let dir = layout.keys();
            let rd = fs::read_dir(&dir).ctx(|| doing::reading(&dir))?;
            let mut files: Vec<String> = rd
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| {
                    n.ends_with(".age")
                        && n != PASSPHRASE_FILE
                        && crate::vault::layout::is_plain_name(n)
                })
                .collect();
            files.sort();
            Ok(order(files, prefer))
        }
    }
}

/// `files` with those named after a `prefer` recipient first, in that order.
fn order(mut files: Vec<String>, prefer: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(files.len());
    for r in prefer {
        let name = file_for(r.trim());
        if let Some(i) = files.iter().position(|f| *f == name) {
            out.push(files.remove(i));
        }
    }
    out.extend(files);
    out
}

/// Opens one wrapper file with the method: `Ok(None)` when it does not
/// match (or is gone).
pub fn unwrap_one(layout: &Layout, file: &str, method: &UnlockMethod) -> Result<Option<VaultKey>> {
    let path = layout.keys().join(file);
    let Some(wrapped) = read_wrapper(&path)? else {
        return Ok(None);
    };
    match method {
        UnlockMethod::Passphrase(p) => crypto::unwrap_with_passphrase(&wrapped, p.clone()),
        UnlockMethod::Identities { identities, .. } => {
            crypto::unwrap_vault_key(&wrapped, identities).map_err(|e| match e {
                Error::Integrity { message, hint } => Error::Integrity {
                    message: format!("{} ({message})", path.display()),
                    hint,
                },
                e => e,
            })
        }
    }
}

/// A wrapper is a few hundred bytes (a plugin's, a few KiB).
pub const MAX_WRAPPER_BYTES: u64 = 64 * 1024;

/// Reads a wrapper file: `Ok(None)` when it is gone, too large to be one,
/// or not a regular file (anyone who can write the folder can put a huge
/// file, a FIFO or a link there: none is followed or blocks).
pub fn read_wrapper(path: &std::path::Path) -> Result<Option<Vec<u8>>> {
    match fsutil::read_bounded(path, MAX_WRAPPER_BYTES) {
        Ok(buf) => Ok(Some(buf)),
        Err(fsutil::Unread::Io(e)) => Err(Error::io(doing::reading(path), e)),
        Err(_) => Ok(None),
    }
}

/// Moves a key file aside into `VAULT/quarantine/` (0700), under a name
/// that keeps the original one: it is evidence, not deleted. Returns the
/// new path.
pub fn quarantine(layout: &Layout, file: &str) -> Result<std::path::PathBuf> {
    let dir = layout.quarantine();
    layout.create_dir(&dir)?;
    let from = layout.keys().join(file);
    let to = dir.join(format!(
        "{}-{}-{file}",
        timefmt::now().unix_timestamp(),
        crate::vault::new_id(6)
    ));
    fs::rename(&from, &to).ctx(|| doing::moving(&from, &to))?;
    fsutil::sync_parent(&from)?;
    fsutil::sync_dir(&dir)?;
    Ok(to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_named_after_the_user_recipients_come_first() {
        let a = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj".to_string();
        let b = "age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg".to_string();
        let files = vec![
            "0-planted.age".to_string(),
            file_for(&a),
            file_for(&b),
            "zz.age".to_string(),
        ];
        let got = order(files.clone(), &[b.clone(), a.clone()]);
        assert_eq!(
            got,
            vec![
                file_for(&b),
                file_for(&a),
                "0-planted.age".to_string(),
                "zz.age".to_string()
            ]
        );
        // Without a known recipient (a plugin identity): name order, every file.
        assert_eq!(order(files.clone(), &[]), files);
        // A recipient with no file changes nothing.
        let c = "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq".to_string();
        assert_eq!(order(files.clone(), &[c]), files);
    }
}
