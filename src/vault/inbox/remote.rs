//! The inbox on a remote (`inbox add --to URL`, docs/inbox.md): a scanner
//! that is not a replica drops items under `inbox/` of a remote, named as
//! local items are (random, so the name tells nothing of the document);
//! `carnet sync` on a replica pulls them into its own `inbox/`, bounded as
//! a fold is, and the next unlock folds them. Once an item's fold is
//! journaled (here or on another replica, whose journal arrives in its
//! segments) and this sync has pushed this replica's commits, the item is
//! removed from the remote.
//!
//! The scanner needs the vault's public recipient: it reads the remote's
//! `recipient` object (published by every sync), or after a rekey the
//! newest record under `recipients/` (`replica::recipients`), and pins it
//! with the vault id of the remote's marker, as a local `inbox add` pins
//! the vault's `recipient` file. Whoever can write the remote can swap
//! either; the pin is what catches that (exit 6).

use std::collections::BTreeSet;
use std::io::Read;
use std::path::PathBuf;

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::fsutil;
use crate::vault::inbox::items::{
    dir, encrypt_to_file, is_item_name, list, new_item_name, ItemMeta, MAX_ITEM, MAX_LISTED,
};
use crate::vault::inbox::{MAX_FOLD_BYTES, MAX_FOLD_ITEMS};
use crate::vault::replica::recipients;
use crate::vault::replica::remote::{self, Fetched, RemoteSpec, Store};
use crate::vault::replica::sync::{parse_marker, MARKER, MAX_MARKER};
use crate::vault::{new_id, Vault};

/// Where items wait on a remote.
pub const PREFIX: &str = "inbox";
/// Name of the vault's public recipient on a remote.
pub const RECIPIENT: &str = "recipient";
/// An age recipient is 62 characters; anything this long is not one.
const MAX_RECIPIENT: u64 = 4096;

/// A remote as a scanner sees it: the vault it holds and the recipient
/// it publishes (not yet checked against the pin: see [`super::pin`]).
pub struct RemoteInbox {
    pub store: Box<dyn Store>,
    pub url: String,
    pub vault_id: String,
    pub recipient: age::x25519::Recipient,
}

/// Opens `url` for an `inbox add --to` (same URL forms and S3 environment
/// as `carnet remote add`); reads its marker and recipient, both untrusted.
pub fn open(url: &str) -> Result<RemoteInbox> {
    remote::check_url(url)?;
    let url = remote::absolute_url(url);
    let store = remote::open(&RemoteSpec {
        name: "inbox".into(),
        url: url.clone(),
        endpoint: None,
        region: None,
    })?;
    let Some(marker) = store.get(MARKER, MAX_MARKER)? else {
        return Err(Error::not_found(
            crate::i18n::tr!("m-remote-no-vault", remote = store.describe()),
            crate::i18n::tr!("m-remote-no-vault-hint"),
        ));
    };
    let vault_id = parse_marker(&marker)?;
    let Some(raw) = store.get(RECIPIENT, MAX_RECIPIENT)? else {
        return Err(Error::not_found(
            crate::i18n::tr!("m-remote-no-recipient", remote = store.describe()),
            crate::i18n::tr!("m-remote-no-recipient-hint"),
        ));
    };
    let recipient = parse_recipient(&raw).ok_or_else(|| {
        Error::integrity(
            crate::i18n::tr!("m-remote-bad-recipient", remote = store.describe()),
            crate::i18n::tr!("m-remote-bad-recipient-hint"),
        )
    })?;
    // After a rekey, the newest record names the current recipient (the
    // pin decides whether it is trusted: a pinned scanner is exit 6).
    let recipient = match recipients::list(&*store, &vault_id)?.first() {
        Some((_, r)) => r.recipient.parse().unwrap_or(recipient),
        None => recipient,
    };
    Ok(RemoteInbox {
        store,
        url,
        vault_id,
        recipient,
    })
}

fn parse_recipient(raw: &[u8]) -> Option<age::x25519::Recipient> {
    std::str::from_utf8(raw).ok()?.trim().parse().ok()
}

impl RemoteInbox {
    /// Encrypts one document into a private temp file (ciphertext only),
    /// then writes it to the remote as a new object. Returns its name.
    pub fn drop_item(&self, meta: &ItemMeta, body: &mut dyn Read) -> Result<String> {
        let name = new_item_name();
        let tmp = temp_dir()?.join(format!(".carnet-inbox-{}", new_id(16)));
        let res = encrypt_to_file(&tmp, &self.recipient, meta, body)
            .and_then(|()| self.store.put_file(&format!("{PREFIX}/{name}"), &tmp));
        let _ = std::fs::remove_file(&tmp);
        res.map(|()| name)
    }
}

/// Where a scanner stages an item before the upload: its state directory
/// (private), else the system's temp directory. Only ciphertext goes there.
fn temp_dir() -> Result<PathBuf> {
    if let Some(d) = crate::journal::anchor::state_dir() {
        let d = d.join("inbox-staging");
        if fsutil::create_private_dir(&d).is_ok() {
            return Ok(d);
        }
    }
    Ok(std::env::temp_dir())
}

/// What a sync did with the remote's inbox.
#[derive(Debug, Default, Clone)]
pub struct Pulled {
    /// Items copied into this replica's inbox (the next unlock folds them).
    pub pulled: usize,
    /// Items removed from the remote: their fold is journaled and pushed.
    pub removed: usize,
    /// Items left on the remote for the next sync (bounds reached).
    pub left: usize,
    pub warnings: Vec<String>,
}

/// Inbox items whose fold is journaled: added, duplicates or rejected,
/// on this replica (`journal`) or another (`journal_peer`).
pub fn folded_items(conn: &Connection) -> Result<BTreeSet<String>> {
    let mut out = BTreeSet::new();
    for table in ["journal", "journal_peer"] {
        let sql = format!(
            "SELECT json_extract(details, '$.inbox_item') FROM {table}
               WHERE action = 'doc.add' AND actor_type = 'inbox'
             UNION
             SELECT json_extract(j.value, '$.item') FROM {table}, json_each({table}.details, '$.duplicates') AS j
               WHERE action = 'inbox.fold'
             UNION
             SELECT json_extract(j.value, '$.item') FROM {table}, json_each({table}.details, '$.rejected') AS j
               WHERE action = 'inbox.fold'"
        );
        let mut stmt = conn.prepare(&sql)?;
        for n in stmt.query_map([], |r| r.get::<_, Option<String>>(0))? {
            if let Some(n) = n? {
                out.insert(n);
            }
        }
    }
    Ok(out)
}

impl Vault {
    /// Removes from the remote the items whose fold is journaled, then
    /// copies new ones into this replica's inbox, at most one fold's worth
    /// ([`MAX_FOLD_ITEMS`], [`MAX_FOLD_BYTES`]), each at most [`MAX_ITEM`].
    /// Runs at the end of a sync (its lock held, this replica's commits
    /// pushed).
    pub(crate) fn sync_inbox(&self, store: &dyn Store) -> Result<Pulled> {
        let mut out = Pulled::default();
        let names: Vec<String> = store
            .list(PREFIX)?
            .into_iter()
            .filter(|n| is_item_name(n))
            .collect();
        if names.is_empty() {
            return Ok(out);
        }
        let folded = folded_items(&self.load_fresh()?)?;
        let listing = list(&self.layout)?;
        let waiting: BTreeSet<&str> = listing.items.iter().map(|p| p.name.as_str()).collect();
        let inbox = dir(&self.layout);
        let mut room = MAX_LISTED.saturating_sub(listing.items.len() + listing.more);
        let mut bytes = 0u64;
        for n in &names {
            let name = format!("{PREFIX}/{n}");
            if folded.contains(n) {
                store.delete(&name)?;
                out.removed += 1;
                continue;
            }
            if waiting.contains(n.as_str()) || inbox.join(n).exists() {
                continue;
            }
            if out.pulled >= MAX_FOLD_ITEMS || bytes >= MAX_FOLD_BYTES || room == 0 {
                out.left += 1;
                continue;
            }
            if !inbox.is_dir() {
                self.layout.create_dir(&inbox)?;
            }
            crate::confine::check_dir(&self.layout.root, &inbox)?;
            let tmp = inbox.join(format!(".tmp-{}", new_id(16)));
            match store.get_file_max(&name, &tmp, MAX_ITEM)? {
                Fetched::Missing => continue,
                Fetched::TooLarge => {
                    // Never written by carnet (`inbox add` refuses it): junk
                    // from whoever can write the remote.
                    store.delete(&name)?;
                    out.warnings.push(format!(
                        "removed inbox item {n} from the remote unread: larger than {} MiB",
                        MAX_ITEM >> 20
                    ));
                    continue;
                }
                Fetched::Got => {}
            }
            bytes = bytes.saturating_add(std::fs::metadata(&tmp).map(|m| m.len()).unwrap_or(0));
            // A link never replaces an item already there.
            let placed = std::fs::hard_link(&tmp, inbox.join(n));
            let _ = std::fs::remove_file(&tmp);
            match placed {
                Ok(()) => {
                    out.pulled += 1;
                    room -= 1;
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    return Err(Error::io(
                        crate::i18n::tr!("io-placing-inbox-item", n = n.to_string()),
                        e,
                    ))
                }
            }
        }
        if out.pulled > 0 {
            fsutil::sync_dir(&inbox)?;
        }
        Ok(out)
    }
}
