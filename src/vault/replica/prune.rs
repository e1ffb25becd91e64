//! `carnet remote prune NAME`: removes from a remote what no replica needs
//! any more (domain.md §10.4): documents' contents no live document of this
//! replica names, and snapshots older than each device's newest, once older
//! than a grace period (deleting a document is a change like any other, so
//! its content stays recoverable on the remote until then). Segments are
//! never pruned: they are each device's history, and a replica that has
//! not synced for a while still needs them. A content another replica
//! still needs (a concurrent add of the same file) is pushed again by that
//! replica's next sync.

use std::collections::BTreeSet;
use std::time::Duration;

use crate::error::Result;
use crate::vault::{Vault, WriteLock};

use super::device;
use super::remote::{self, is_safe_name};
use super::sync::check_marker;

/// What a prune removed and kept.
#[derive(Debug, Default, Clone)]
pub struct Pruned {
    pub blobs: usize,
    pub snapshots: usize,
    /// Unneeded, but younger than the grace period (or of unknown age).
    pub kept_young: usize,
}

impl Vault {
    pub fn prune_remote(&self, name: &str, grace: Duration) -> Result<Pruned> {
        let spec = self
            .remotes()?
            .into_iter()
            .map(|(s, _)| s)
            .find(|s| s.name == name)
            .ok_or_else(|| {
                crate::error::Error::not_found(
                    crate::i18n::tr!("v-unknown-remote", name = format!("{name:?}")),
                    crate::i18n::tr!("v-unknown-remote-hint"),
                )
            })?;
        let store = remote::open(&spec)?;
        let _lock = WriteLock::acquire(&self.layout.lock())?;
        check_marker(&*store, &self.config.id, false)?;
        let conn = self.load_fresh()?;
        let live: BTreeSet<String> = conn
            .prepare("SELECT blob FROM docs")?
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<_>>()?;
        let old_enough =
            |n: &str| -> Result<bool> { Ok(store.age(n)?.is_some_and(|a| a >= grace)) };
        let mut out = Pruned::default();
        for n in store.list("blobs")? {
            let Some(blob) = n.strip_suffix(".age") else {
                continue;
            };
            if !is_safe_name(&n) || live.contains(blob) {
                continue;
            }
            let name = format!("blobs/{n}");
            if old_enough(&name)? {
                store.delete(&name)?;
                out.blobs += 1;
            } else {
                out.kept_young += 1;
            }
        }
        // Snapshots: each device's newest stays (clones start from one).
        let mut snaps: Vec<(String, String)> = store
            .list("snap")?
            .into_iter()
            .filter_map(|s| {
                let (d, _) = s.split_once('-')?;
                device::is_device_id(d).then(|| (d.to_string(), s.clone()))
            })
            .collect();
        snaps.sort();
        for w in snaps.windows(2) {
            if w[0].0 == w[1].0 {
                let name = format!("snap/{}", w[0].1);
                if old_enough(&name)? {
                    store.delete(&name)?;
                    out.snapshots += 1;
                } else {
                    out.kept_young += 1;
                }
            }
        }
        Ok(out)
    }
}
