//! `carnet clone`: a new replica from a remote. The public files (vault
//! id, recipient, key wrappers) and a sealed snapshot of some device's
//! index come first, so the user's own unlock method opens the clone as
//! any vault; then [`Vault::finish_clone`] makes it a replica of its own
//! and a sync brings the rest.

use std::path::Path;

use rusqlite::params;
use serde_json::json;

use crate::error::{Error, Result};
use crate::fsutil;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::vault::{layout, Config, Layout, Vault, VAULT_FORMAT, VAULT_VERSION};

use super::remote::{self, RemoteSpec};
use super::sync::MARKER;
use super::{device, segment};

/// What [`fetch`] found: the snapshot's device.
pub struct Fetched {
    pub origin_device: String,
}

/// Lays a remote's vault out in `dir` (which must not exist or be empty),
/// ready to be unlocked.
pub fn fetch(dir: &Path, spec: &RemoteSpec) -> Result<Fetched> {
    let store = remote::open(spec)?;
    let marker = store.get(MARKER, 4096)?.ok_or_else(|| {
        Error::not_found(
            crate::i18n::tr!("v-remote-no-vault", remote = store.describe()),
            crate::i18n::tr!("v-clone-no-vault-hint"),
        )
    })?;
    let v: serde_json::Value = serde_json::from_slice(&marker).unwrap_or_default();
    let id = v["vault"].as_str().unwrap_or("").to_string();
    if id.is_empty() || id.len() > 64 || !id.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(Error::integrity(
            crate::i18n::tr!(
                "v-clone-bad-marker",
                remote = store.describe(),
                marker = MARKER
            ),
            crate::i18n::tr!("v-clone-bad-marker-hint"),
        ));
    }
    let resumed = resumable(dir, &id);
    if !resumed && !fresh(dir) {
        return Err(Error::usage(
            crate::i18n::tr!("v-clone-dir-exists", path = dir.display().to_string()),
            crate::i18n::tr!("v-clone-dir-exists-hint"),
        ));
    }
    // Each device's newest snapshot; of those, the most recently written.
    // (`DEVICE-N`, or `DEVICE-N-H` after a rekey: the files of `epoch/H/` open it.)
    let mut newest: std::collections::BTreeMap<String, (u64, String)> = Default::default();
    for s in store.list("snap")? {
        let Some((d, rest)) = s.split_once('-') else {
            continue;
        };
        let (n, epoch) = rest.split_once('-').unwrap_or((rest, ""));
        let epoch_ok =
            epoch.is_empty() || (epoch.len() == 16 && epoch.bytes().all(|b| b.is_ascii_hexdigit()));
        let (Some(n), true, true) = (segment::parse_name(n), device::is_device_id(d), epoch_ok)
        else {
            continue;
        };
        if newest.get(d).is_none_or(|(m, _)| n > *m) {
            newest.insert(d.to_string(), (n, s.clone()));
        }
    }
    let mut best: Option<(Option<std::time::Duration>, String, String)> = None;
    for (d, (_, s)) in newest {
        let age = store.age(&format!("snap/{s}"))?;
        let better = match &best {
            None => true,
            Some((b, _, _)) => match (age, b) {
                (Some(a), Some(b)) => a < *b,
                (Some(_), None) => true,
                _ => false,
            },
        };
        if better {
            best = Some((age, d, s));
        }
    }
    let (origin, snap) = best.map(|(_, d, s)| (d, s)).ok_or_else(|| {
        Error::not_found(
            crate::i18n::tr!("v-clone-no-snapshot", remote = store.describe()),
            crate::i18n::tr!("v-clone-no-snapshot-hint"),
        )
    })?;
    if dir.exists() {
        clear_but_blobs(dir)?;
    }
    if !dir.exists() {
        fsutil::create_private_dir(dir)?;
    }
    let layout = Layout::resolve(dir);
    // First, so that whatever a kill leaves from here on is recognised.
    fsutil::write_atomic(
        &layout.clone_pending(),
        json!({ "vault": id }).to_string().as_bytes(),
    )?;
    for d in [layout.keys(), layout.blobs(), layout.tmp()] {
        fsutil::create_private_dir(&d)?;
    }
    let dir_of = |what: &str| match snap.splitn(3, '-').nth(2) {
        Some(epoch) => format!("epoch/{epoch}/{what}"),
        None => what.to_string(),
    };
    let recipient = store.get(&dir_of("recipient"), 4096)?.ok_or_else(|| {
        Error::integrity(
            crate::i18n::tr!("v-clone-no-recipient", remote = store.describe()),
            crate::i18n::tr!("v-clone-other-copy-hint"),
        )
    })?;
    fsutil::write_atomic(&layout.recipient(), &recipient)?;
    let keys_dir = dir_of("keys");
    for k in store.list(&keys_dir)? {
        if remote::is_safe_name(&k) {
            store.get_file(&format!("{keys_dir}/{k}"), &layout.keys().join(&k))?;
        }
    }
    if !store.get_file(&format!("snap/{snap}"), &layout.index())? {
        return Err(Error::not_found(
            crate::i18n::tr!("v-clone-snapshot-vanished"),
            crate::i18n::tr!("v-clone-again-hint"),
        ));
    }
    // A device id of its own before the first unlock: this replica's
    // journal chain and remembered head are its own from the start.
    device::renew(dir)?;
    let config = Config {
        format: VAULT_FORMAT.into(),
        version: VAULT_VERSION,
        id,
    };
    fsutil::write_atomic(
        &layout.config(),
        &serde_json::to_vec_pretty(&config).map_err(|e| Error::Other(e.to_string()))?,
    )?;
    Ok(Fetched {
        origin_device: origin,
    })
}

/// Whether `dir` holds a clone of vault `id` that was interrupted.
fn resumable(dir: &Path, id: &str) -> bool {
    let pending = Layout::resolve(dir).clone_pending();
    fsutil::read_bounded(&pending, 4096)
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .is_some_and(|v| v["vault"] == id)
}

/// Whether `dir` is absent or empty, but for the temp file of a marker
/// whose writing a kill interrupted.
fn fresh(dir: &Path) -> bool {
    match std::fs::read_dir(dir) {
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
        Ok(entries) => entries.into_iter().all(|e| {
            e.is_ok_and(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                name.starts_with(&format!(".{}.", layout::CLONE_PENDING)) && name.ends_with(".tmp")
            })
        }),
    }
}

/// Empties an interrupted clone but for the documents' contents already
/// fetched (whole: see `fetch.rs`), which the new attempt keeps. Nothing
/// of it left the machine: a clone pushes only once it is complete.
fn clear_but_blobs(dir: &Path) -> Result<()> {
    let gone = |e| Error::io(crate::i18n::tr!("io-clearing-interrupted-clone"), e);
    for e in std::fs::read_dir(dir).map_err(gone)? {
        let e = e.map_err(gone)?;
        let kind = e.file_type().map_err(gone)?;
        let path = e.path();
        if e.file_name() == "blobs" && kind.is_dir() {
            for b in std::fs::read_dir(&path).map_err(gone)? {
                let b = b.map_err(gone)?;
                let keep = b.file_type().is_ok_and(|t| t.is_file())
                    && b.file_name()
                        .to_str()
                        .is_some_and(|n| remote::is_safe_name(n) && n.ends_with(".age"));
                if !keep {
                    remove_any(&b.path()).map_err(gone)?;
                }
            }
        } else if path != Layout::resolve(dir).clone_pending() {
            remove_any(&path).map_err(gone)?;
        }
    }
    Ok(())
}

/// Removes a file, a link or a directory tree (never through a link).
fn remove_any(path: &Path) -> std::io::Result<()> {
    if std::fs::symlink_metadata(path)?.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        std::fs::remove_file(path)
    }
}

impl Vault {
    /// Makes a freshly fetched clone a replica of its own: the snapshot's
    /// journal becomes the origin device's chain, the origin's remotes are
    /// forgotten and `origin` recorded; then the documents' contents.
    pub fn finish_clone(&self, spec: &RemoteSpec, fetched: &Fetched) -> Result<()> {
        let me = device::get(self.root())?.expect("fetch gave the clone a device id");
        let origin = fetched.origin_device.clone();
        self.write(|tx| {
            tx.uncaptured(|| {
                let c = tx.conn;
                c.execute(
                    "INSERT OR IGNORE INTO journal_peer (device, seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash)
                     SELECT ?1, seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash FROM journal",
                    [&origin],
                )?;
                c.execute("DELETE FROM journal", [])?;
                c.execute("DELETE FROM sync_remotes", [])?;
                c.execute(
                    "INSERT INTO sync_remotes (name, url, endpoint, region) VALUES (?1, ?2, ?3, ?4)",
                    params![spec.name, spec.url, spec.endpoint, spec.region],
                )?;
                Ok(())
            })?;
            tx.conn.execute(
                "INSERT OR IGNORE INTO devices (id, added_at) VALUES (?1, ?2)",
                params![me, crate::timefmt::rfc3339(tx.now)],
            )?;
            tx.journal(NewEntry::new(
                &JournalActor::system(),
                Action::VaultClone,
                None,
                // Which unlock method this device uses: a rekey after its
                // removal leaves it out (`Vault::rekey_plan`).
                json!({"device": me, "from": origin, "remote": spec.name, "unlock": self.access.file}),
            ))?;
            Ok(())
        })?;
        self.fetch_missing_blobs(spec)?;
        // Complete: from now on it opens as any vault (and may push).
        let pending = self.layout.clone_pending();
        std::fs::remove_file(&pending)
            .map_err(|e| Error::io(crate::i18n::tr!("io-finishing-clone"), e))?;
        fsutil::sync_parent(&pending)
    }

    /// Fetches the content of every document whose blob is not here.
    pub fn fetch_missing_blobs(&self, spec: &RemoteSpec) -> Result<()> {
        let store = remote::open(spec)?;
        let conn = self.load()?;
        let blobs: Vec<String> = conn
            .prepare("SELECT blob FROM docs")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let names: Vec<String> = blobs
            .into_iter()
            .filter(|b| remote::is_safe_name(b) && !self.layout.blob(b).exists())
            .collect();
        super::fetch::blobs(&*store, &self.layout, &self.key, &names)?;
        Ok(())
    }
}
