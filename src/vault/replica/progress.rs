//! What this replica last did with each remote: when it last synced and
//! the last of its own segments it pushed there. Kept in a small sealed
//! file beside the index (`sync-progress.age` in the generation's folder),
//! not in a row of the index: a sync ends by recording it, and a row
//! would make every sync seal the whole index again (1.5 s and 440 MiB
//! of memory at 100,000 documents, measured) where its merge commits a
//! segment. Encrypted and MACed with the vault key, as segments are.
//! Losing it (a crash before the rename, a rekey, which starts a new
//! folder) costs only a blank "last sync" and, at the next sync, a
//! check of every segment of this device the remote lists (`pushed` 0).

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::crypto::{decrypt_reader, encrypt_writer, Recipients, VaultKey};
use crate::error::{Error, Result};
use crate::fsutil;
use crate::vault::layout::Layout;

const FILE: &str = "sync-progress.age";
/// Far more than any number of remotes needs.
const MAX: u64 = 1 << 20;

#[derive(Debug, Default, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub last_sync: Option<String>,
    pub pushed: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Progress {
    vault: String,
    remotes: BTreeMap<String, Entry>,
}

/// The segments' MAC key (the agent hands out a fixed list of derived
/// keys), over a body that starts with the file's own label, so no such
/// file (nor a segment) can pass for another.
fn mac(key: &VaultKey, label: &[u8], body: &[u8]) -> blake3::Hash {
    let mut h = blake3::Hasher::new_keyed(&key.derive("segment mac"));
    h.update(label);
    h.update(body);
    h.finalize()
}

const LABEL: &[u8] = b"carnet sync progress\n";

/// The body of a record sealed by [`seal`] under `label`; `None` when the
/// file is missing, larger than `max`, damaged, forged or another key's.
pub(super) fn open(path: &Path, key: &VaultKey, label: &[u8], max: u64) -> Option<Vec<u8>> {
    let sealed = fsutil::read_bounded(path, max).ok()?;
    let mut r = decrypt_reader(sealed.as_slice(), &[key.identity() as &dyn age::Identity]).ok()?;
    let mut plain = Vec::new();
    r.by_ref().take(max).read_to_end(&mut plain).ok()?;
    if plain.len() < 32 {
        return None;
    }
    let (tag, body) = plain.split_at(32);
    (blake3::Hash::from_bytes(tag.try_into().ok()?) == mac(key, label, body)).then(|| body.to_vec())
}

/// Writes `body` to `path` atomically, encrypted and MACed with the vault
/// key under `label`; `doing` names the write in an error.
pub(super) fn seal(
    path: &Path,
    key: &VaultKey,
    label: &[u8],
    body: &[u8],
    doing: impl FnOnce() -> String,
) -> Result<()> {
    let tag = mac(key, label, body);
    let mut w = encrypt_writer(&Recipients::x25519(key.recipient()), Vec::new(), false)?;
    w.write_all(tag.as_bytes())
        .and_then(|_| w.write_all(body))
        .map_err(|e| Error::io(doing(), e))?;
    fsutil::write_atomic(path, &w.finish()?)
}

fn path(layout: &Layout) -> std::path::PathBuf {
    layout.data.join(FILE)
}

/// Every remote's progress; empty when the file is missing, unreadable or
/// not this vault's (it is only a record, never a reason to fail).
fn read(layout: &Layout, key: &VaultKey, vault_id: &str) -> Progress {
    let opened = || -> Option<Progress> {
        let body = open(&path(layout), key, LABEL, MAX)?;
        let p: Progress = serde_json::from_slice(&body).ok()?;
        (p.vault == vault_id).then_some(p)
    };
    opened().unwrap_or_default()
}

/// The progress recorded for remote `name`, if any.
pub fn get(layout: &Layout, key: &VaultKey, vault_id: &str, name: &str) -> Option<Entry> {
    read(layout, key, vault_id).remotes.remove(name)
}

/// Every remote's recorded progress.
pub fn all(layout: &Layout, key: &VaultKey, vault_id: &str) -> BTreeMap<String, Entry> {
    read(layout, key, vault_id).remotes
}

/// Records remote `name`'s progress (`None`: forgets it), atomically. The
/// caller holds the write lock.
pub fn set(
    layout: &Layout,
    key: &VaultKey,
    vault_id: &str,
    name: &str,
    entry: Option<Entry>,
) -> Result<()> {
    let mut p = read(layout, key, vault_id);
    p.vault = vault_id.to_string();
    match entry {
        Some(e) => p.remotes.insert(name.to_string(), e),
        None => p.remotes.remove(name),
    };
    let body = serde_json::to_vec(&p).map_err(|e| Error::Other(e.to_string()))?;
    seal(&path(layout), key, LABEL, &body, || {
        crate::i18n::tr!("io-sealing-sync-progress")
    })
}

/// Forgets every remote's progress (a restored replica pushed nothing yet).
pub fn clear(layout: &Layout) -> Result<()> {
    match std::fs::remove_file(path(layout)) {
        Ok(()) => fsutil::sync_parent(&path(layout)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(crate::i18n::tr!("io-removing-sync-progress"), e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (tempfile::TempDir, Layout, VaultKey) {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::resolve(dir.path());
        (dir, layout, VaultKey::generate())
    }

    fn entry(pushed: u64) -> Entry {
        Entry {
            last_sync: Some("2027-01-15T07:15:00Z".into()),
            pushed,
        }
    }

    #[test]
    fn what_is_recorded_is_read_back_and_forgotten() {
        let (_d, l, k) = setup();
        assert_eq!(get(&l, &k, "v1", "usb"), None);
        set(&l, &k, "v1", "usb", Some(entry(3))).unwrap();
        set(&l, &k, "v1", "nas", Some(entry(5))).unwrap();
        assert_eq!(get(&l, &k, "v1", "usb"), Some(entry(3)));
        assert_eq!(all(&l, &k, "v1").len(), 2);
        set(&l, &k, "v1", "usb", None).unwrap();
        assert_eq!(get(&l, &k, "v1", "usb"), None);
        assert_eq!(get(&l, &k, "v1", "nas"), Some(entry(5)));
        clear(&l).unwrap();
        assert!(all(&l, &k, "v1").is_empty());
        clear(&l).unwrap();
    }

    #[test]
    fn a_file_of_another_key_or_vault_or_damaged_counts_as_none() {
        let (_d, l, k) = setup();
        set(&l, &k, "v1", "usb", Some(entry(3))).unwrap();
        assert!(all(&l, &k, "v2").is_empty(), "another vault's");
        assert!(
            all(&l, &VaultKey::generate(), "v1").is_empty(),
            "another key"
        );
        // A file sealed to the vault's public key without its MAC key.
        let body = serde_json::to_vec(&Progress {
            vault: "v1".into(),
            remotes: BTreeMap::from([("usb".to_string(), entry(99))]),
        })
        .unwrap();
        let mut w = encrypt_writer(&Recipients::x25519(k.recipient()), Vec::new(), false).unwrap();
        w.write_all(&[0u8; 32]).unwrap();
        w.write_all(&body).unwrap();
        std::fs::write(path(&l), w.finish().unwrap()).unwrap();
        assert!(all(&l, &k, "v1").is_empty(), "forged");
        std::fs::write(path(&l), b"not age").unwrap();
        assert!(all(&l, &k, "v1").is_empty(), "damaged");
    }
}
