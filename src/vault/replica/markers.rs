//! The change marker (S3's ETag, a folder file's times) each remote last
//! listed for each segment this replica holds a copy of, so a sync
//! notices an old segment replaced there by one of the very same size:
//! only a segment whose marker moved is fetched again and compared.
//!
//! This replica's own bookkeeping, as `sync-progress.age` is (and sealed
//! the same way: encrypted and MACed with the vault key, written
//! atomically), in `sync-markers.age` beside the index: never in the
//! replicated tables, and written only by a sync that learnt a marker.
//! Markers are kept as 64-bit digests (a remote names them, any length).
//! Losing the file (a crash before the rename, a rekey's new folder, a
//! restore) only means the next sync remembers what it lists, unchecked.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::progress;
use super::remote::Listed;
use super::segment;
use crate::crypto::VaultKey;
use crate::error::{Error, Result};
use crate::vault::layout::Layout;

const FILE: &str = "sync-markers.age";
const LABEL: &[u8] = b"carnet sync markers\n";
/// About 1.5 million segments' markers: larger is not this replica's file.
const MAX: u64 = 64 << 20;

/// Per device, segment number to marker digest.
type Devices = BTreeMap<String, BTreeMap<u64, u64>>;

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    vault: String,
    remotes: BTreeMap<String, Devices>,
}

/// What one sync knows of one remote's markers.
pub struct Seen {
    remote: String,
    file: File,
    /// Markers listed for segments this replica did not hold yet: kept
    /// by [`Seen::save`] for those it holds by then.
    listed: BTreeMap<(String, u64), u64>,
    changed: bool,
}

fn path(layout: &Layout) -> PathBuf {
    layout.data.join(FILE)
}

/// A marker's digest; any marker a store gives is fine (bounded here).
fn digest(marker: &str) -> u64 {
    let h = blake3::hash(marker.as_bytes());
    u64::from_le_bytes(h.as_bytes()[..8].try_into().expect("8 bytes"))
}

/// Remote `remote`'s remembered markers (none when the file is missing,
/// unreadable or not this vault's: it is only a record).
pub fn load(layout: &Layout, key: &VaultKey, vault_id: &str, remote: &str) -> Seen {
    let file = progress::open(&path(layout), key, LABEL, MAX)
        .and_then(|b| serde_json::from_slice::<File>(&b).ok())
        .filter(|f| f.vault == vault_id)
        .unwrap_or_else(|| File {
            vault: vault_id.to_string(),
            ..Default::default()
        });
    Seen {
        remote: remote.to_string(),
        file,
        listed: BTreeMap::new(),
        changed: false,
    }
}

/// Whether a held segment must be fetched again and compared.
pub enum Verdict {
    Same,
    Moved,
}

impl Seen {
    fn devices(&mut self) -> &mut Devices {
        self.file.remotes.entry(self.remote.clone()).or_default()
    }

    /// For segment `seq` of `dev`, which this replica holds a copy of:
    /// [`Verdict::Moved`] when the listed marker differs from the one
    /// remembered (the caller then compares bytes, and calls
    /// [`Seen::remember`] if they are the same). With none remembered (the
    /// first sync after an upgrade, or the file lost), `l`'s is taken as
    /// it is: no flood of downloads.
    pub fn check(&mut self, dev: &str, seq: u64, l: &Listed) -> Verdict {
        let Some(m) = l.marker.as_deref().map(digest) else {
            return Verdict::Same;
        };
        let known = self.devices().entry(dev.to_string()).or_default();
        match known.get(&seq) {
            Some(was) if *was == m => Verdict::Same,
            Some(_) => Verdict::Moved,
            None => {
                known.insert(seq, m);
                self.changed = true;
                Verdict::Same
            }
        }
    }

    /// Remembers `l`'s marker for segment `seq` of `dev` (its bytes were
    /// found the same as this replica's copy).
    pub fn remember(&mut self, dev: &str, seq: u64, l: &Listed) {
        if let Some(m) = l.marker.as_deref().map(digest) {
            let known = self.devices().entry(dev.to_string()).or_default();
            if known.insert(seq, m) != Some(m) {
                self.changed = true;
            }
        }
    }

    /// Notes `l`'s marker for segment `seq` of `dev`, not held yet (this
    /// sync may pull or push it).
    pub fn listed(&mut self, dev: &str, seq: u64, l: &Listed) {
        if let Some(m) = l.marker.as_deref().map(digest) {
            self.listed.insert((dev.to_string(), seq), m);
        }
    }

    /// Writes the markers down (if any changed) once the sync is done,
    /// with the noted ones of segments now held under `root/log/` and not
    /// remembered yet. Atomic; the caller holds the write lock.
    pub fn save(mut self, layout: &Layout, key: &VaultKey, root: &Path) -> Result<()> {
        for ((dev, seq), m) in std::mem::take(&mut self.listed) {
            let copy = root.join("log").join(&dev).join(segment::name(seq));
            if !copy.is_file() {
                continue;
            }
            let known = self.devices().entry(dev).or_default();
            if let std::collections::btree_map::Entry::Vacant(e) = known.entry(seq) {
                e.insert(m);
                self.changed = true;
            }
        }
        if !self.changed {
            return Ok(());
        }
        let body = serde_json::to_vec(&self.file).map_err(|e| Error::Other(e.to_string()))?;
        progress::seal(&path(layout), key, LABEL, &body, || {
            crate::i18n::tr!("io-sealing-sync-markers")
        })
    }
}

/// Forgets remote `name`'s markers (the remote was removed). The caller
/// holds the write lock.
pub fn forget(layout: &Layout, key: &VaultKey, vault_id: &str, name: &str) -> Result<()> {
    let mut seen = load(layout, key, vault_id, name);
    if seen.file.remotes.remove(name).is_none() {
        return Ok(());
    }
    let body = serde_json::to_vec(&seen.file).map_err(|e| Error::Other(e.to_string()))?;
    progress::seal(&path(layout), key, LABEL, &body, || {
        crate::i18n::tr!("io-sealing-sync-markers")
    })
}

/// Forgets every remote's markers (a restored replica).
pub fn clear(layout: &Layout) -> Result<()> {
    match std::fs::remove_file(path(layout)) {
        Ok(()) => crate::fsutil::sync_parent(&path(layout)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(crate::i18n::tr!("io-removing-sync-markers"), e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(marker: &str) -> Listed {
        Listed {
            name: "x".into(),
            size: 1,
            marker: Some(marker.into()),
        }
    }

    fn setup() -> (tempfile::TempDir, Layout, VaultKey) {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::resolve(dir.path());
        std::fs::create_dir_all(&layout.data).unwrap();
        (dir, layout, VaultKey::generate())
    }

    #[test]
    fn a_marker_is_taken_the_first_time_then_a_moved_one_is_told() {
        let (d, l, k) = setup();
        let mut s = load(&l, &k, "v1", "usb");
        assert!(matches!(s.check("dev", 1, &listed("a")), Verdict::Same));
        assert!(matches!(s.check("dev", 1, &listed("a")), Verdict::Same));
        assert!(matches!(s.check("dev", 1, &listed("b")), Verdict::Moved));
        s.remember("dev", 1, &listed("b"));
        // Noted, not held: not kept; noted and held: kept.
        s.listed("dev", 2, &listed("c"));
        s.listed("dev", 3, &listed("d"));
        let log = d.path().join("log").join("dev");
        std::fs::create_dir_all(&log).unwrap();
        std::fs::write(log.join(segment::name(3)), b"s").unwrap();
        s.save(&l, &k, d.path()).unwrap();
        let mut s = load(&l, &k, "v1", "usb");
        assert!(matches!(s.check("dev", 1, &listed("b")), Verdict::Same));
        assert!(matches!(s.check("dev", 3, &listed("e")), Verdict::Moved));
        assert!(matches!(s.check("dev", 2, &listed("e")), Verdict::Same));
        // Another remote's are its own.
        let mut nas = load(&l, &k, "v1", "nas");
        assert!(matches!(nas.check("dev", 1, &listed("z")), Verdict::Same));
        // No marker from the store: nothing to compare.
        let none = Listed {
            marker: None,
            ..listed("")
        };
        assert!(matches!(s.check("dev", 1, &none), Verdict::Same));
        forget(&l, &k, "v1", "usb").unwrap();
        let mut s = load(&l, &k, "v1", "usb");
        assert!(matches!(s.check("dev", 1, &listed("q")), Verdict::Same));
        clear(&l).unwrap();
        clear(&l).unwrap();
    }

    #[test]
    fn a_file_of_another_key_or_vault_or_damaged_is_not_read() {
        let (d, l, k) = setup();
        let mut s = load(&l, &k, "v1", "usb");
        s.check("dev", 1, &listed("a"));
        s.save(&l, &k, d.path()).unwrap();
        for (what, key, vault) in [
            ("another vault's", k.clone(), "v2"),
            ("another key's", VaultKey::generate(), "v1"),
        ] {
            let mut s = load(&l, &key, vault, "usb");
            assert!(
                matches!(s.check("dev", 1, &listed("b")), Verdict::Same),
                "{what}"
            );
        }
        // The progress file's label does not open it.
        assert!(progress::open(&path(&l), &k, b"carnet sync progress\n", MAX).is_none());
        std::fs::write(path(&l), b"not age").unwrap();
        let mut s = load(&l, &k, "v1", "usb");
        assert!(matches!(s.check("dev", 1, &listed("b")), Verdict::Same));
    }
}
