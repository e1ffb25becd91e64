//! `carnet sync`: pull what other devices wrote, merge it, push what this
//! device wrote. Run under the vault's write lock; safe from cron on
//! several machines at once, since no two devices ever write one object.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::json;

use crate::error::{Error, Result};
use crate::fsutil;
use crate::journal::{self, Action, JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::{Vault, WriteLock};

use super::merge;
use super::remote::{self, RemoteSpec, Store};
use super::segment::{self, Segment};
use super::{applied, device, log_dir, set_applied, Applied};

pub const MARKER: &str = "carnet-remote.json";
/// A new snapshot after this many segments of this device.
const SNAPSHOT_EVERY: u64 = 500;

/// What one sync did.
#[derive(Debug, Default, Clone)]
pub struct SyncReport {
    pub remote: String,
    pub pulled_changes: usize,
    pub pulled_blobs: usize,
    pub pushed_changes: usize,
    pub pushed_blobs: usize,
    pub conflicts: usize,
    /// Inbox items copied from the remote (folded by the next unlock).
    pub pulled_inbox: usize,
    /// Inbox items removed from the remote (their fold is journaled).
    pub removed_inbox: usize,
    /// Objects this replica had pushed before that the remote lacked.
    pub repaired: usize,
    pub warnings: Vec<String>,
}

/// Largest marker read (it is a few dozen bytes).
pub const MAX_MARKER: u64 = 4096;

/// The vault id a remote's marker names. Anyone who can write the remote
/// can write it: exit 6 unless it is carnet's marker, version 1, naming a
/// well-formed vault id.
pub fn parse_marker(bytes: &[u8]) -> Result<String> {
    let bad = || {
        Error::integrity(
            "the remote's carnet-remote.json is not carnet's marker",
            "give each vault its own remote folder or prefix; check the URL with `carnet remote list`",
        )
    };
    let v: serde_json::Value = serde_json::from_slice(bytes).map_err(|_| bad())?;
    let id = v["vault"].as_str().ok_or_else(bad)?;
    let well_formed = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if v["format"] != "carnet-remote" || v["version"] != 1 || !well_formed {
        return Err(bad());
    }
    Ok(id.to_string())
}

/// Exit 6 unless the remote is empty or holds this vault.
pub fn check_marker(store: &dyn Store, vault_id: &str, create: bool) -> Result<()> {
    match store.get(MARKER, MAX_MARKER)? {
        Some(b) => {
            if parse_marker(&b).ok().as_deref() != Some(vault_id) {
                return Err(Error::integrity(
                    format!("the remote {} holds another vault's objects", store.describe()),
                    "give each vault its own remote folder or prefix; check the URL with `carnet remote list`",
                ));
            }
            Ok(())
        }
        None if create => store.put_new(
            MARKER,
            serde_json::to_vec(
                &json!({"format": "carnet-remote", "version": 1, "vault": vault_id}),
            )
            .expect("json")
            .as_slice(),
        ),
        None => Err(Error::not_found(
            format!("{} holds no carnet vault", store.describe()),
            "check the URL; a remote gets its first objects from `carnet sync` on a replica",
        )),
    }
}

impl Vault {
    /// The remotes of this replica, in name order.
    pub fn remotes(&self) -> Result<Vec<(RemoteSpec, Option<String>)>> {
        let conn = self.load()?;
        let mut stmt = conn.prepare(
            "SELECT name, url, endpoint, region, last_sync FROM sync_remotes ORDER BY name",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                RemoteSpec {
                    name: r.get(0)?,
                    url: r.get(1)?,
                    endpoint: r.get(2)?,
                    region: r.get(3)?,
                },
                r.get(4)?,
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Adds a remote (exit 2 if the name is taken). The vault becomes a
    /// replica.
    pub fn add_remote(&self, spec: &RemoteSpec) -> Result<()> {
        remote::check_url(&spec.url)?;
        check_remote_name(&spec.name)?;
        self.become_replica()?;
        self.write(|tx| {
            let taken: bool = tx
                .conn
                .query_row(
                    "SELECT 1 FROM sync_remotes WHERE name = ?1",
                    [&spec.name],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if taken {
                return Err(Error::usage(
                    format!("a remote named {:?} exists", spec.name),
                    "pick another name, or `carnet remote rm NAME` first",
                ));
            }
            tx.conn.execute(
                "INSERT INTO sync_remotes (name, url, endpoint, region) VALUES (?1, ?2, ?3, ?4)",
                params![spec.name, spec.url, spec.endpoint, spec.region],
            )?;
            Ok(())
        })
    }

    /// Forgets a remote (its objects stay where they are).
    pub fn remove_remote(&self, name: &str) -> Result<()> {
        self.write(|tx| {
            let n = tx
                .conn
                .execute("DELETE FROM sync_remotes WHERE name = ?1", [name])?;
            if n == 0 {
                return Err(unknown_remote(name));
            }
            Ok(())
        })
    }

    fn remote_spec(&self, name: Option<&str>) -> Result<RemoteSpec> {
        let all = self.remotes()?;
        match name {
            Some(n) => all
                .into_iter()
                .map(|(s, _)| s)
                .find(|s| s.name == n)
                .ok_or_else(|| unknown_remote(n)),
            None => match all.len() {
                0 => Err(Error::not_found(
                    "this vault has no remote",
                    "add one: carnet remote add NAME DIR (a USB disk, a NAS, a synced folder) or s3://BUCKET/PREFIX",
                )),
                1 => Ok(all.into_iter().next().expect("one").0),
                _ => Err(Error::usage(
                    "this vault has several remotes",
                    "name one: carnet sync NAME (see `carnet remote list`)",
                )),
            },
        }
    }

    /// Pulls, merges and pushes (see the module docs).
    pub fn sync(&self, name: Option<&str>) -> Result<SyncReport> {
        let spec = self.remote_spec(name)?;
        let store = remote::open(&spec)?;
        let me = self.become_replica()?;
        let _lock = WriteLock::acquire(&self.layout.lock())?;
        check_marker(&*store, &self.config.id, true)?;
        let mut report = SyncReport {
            remote: spec.name.clone(),
            ..Default::default()
        };
        let keys_pushed = self.push_keys(&*store, &mut report)?;
        self.pull(&*store, &me, &mut report)?;
        self.push(&*store, &me, &spec, keys_pushed > 0, &mut report)?;
        // Last: an item goes from the remote only once the commit that
        // folded it is there.
        let inbox = self.sync_inbox(&*store)?;
        report.pulled_inbox = inbox.pulled;
        report.removed_inbox = inbox.removed;
        report.warnings.extend(inbox.warnings);
        if inbox.left > 0 {
            report.warnings.push(format!(
                "{} inbox item(s) left on the remote for the next sync (one fold's worth is pulled at a time)",
                inbox.left
            ));
        }
        Ok(report)
    }

    /// Pushes the recipient and key wrappers the remote lacks; how many.
    fn push_keys(&self, store: &dyn Store, report: &mut SyncReport) -> Result<usize> {
        let recipient = fsutil::read_bounded(&self.layout.recipient(), 4096)
            .map_err(|e| e.into_error(&self.layout.recipient()))?;
        match store.get("recipient", 4096)? {
            None => store.put_new("recipient", &recipient)?,
            Some(there) => {
                // Scanners (`inbox add --to`) read it there: one that
                // trusts it on first use would encrypt to whatever it says.
                // A warning, not a refusal: after a `rekey` the remote
                // still holds the old one (docs/sync.md, not done yet).
                let mine = self.key.recipient().to_string();
                if String::from_utf8_lossy(&there).trim() != mine {
                    report.warnings.push(format!(
                        "the remote publishes a recipient that is not this vault's ({mine}): scanners that pinned {mine} refuse it (exit 6), one that trusts it on first use would encrypt to another key; if you did not rekey, someone who can write the remote replaced it: remove its `recipient` object, and `carnet sync` publishes the right one"
                    ));
                }
            }
        }
        let there: BTreeSet<String> = store.list("keys")?.into_iter().collect();
        let mut pushed = 0;
        for e in std::fs::read_dir(self.layout.keys()).map_err(|e| Error::io("listing keys", e))? {
            let e = e.map_err(|e| Error::io("listing keys", e))?;
            let Some(n) = e.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if remote::is_safe_name(&n)
                && !there.contains(&n)
                && e.file_type().map(|t| t.is_file()).unwrap_or(false)
            {
                store.put_file(&format!("keys/{n}"), &e.path())?;
                pushed += 1;
            }
        }
        Ok(pushed)
    }

    fn pull(&self, store: &dyn Store, me: &str, report: &mut SyncReport) -> Result<()> {
        let conn = self.load_fresh()?;
        let mut queues: BTreeMap<String, Vec<(Segment, String, Vec<u8>)>> = BTreeMap::new();
        for dev in store.list("log")? {
            if dev == me || !device::is_device_id(&dev) {
                continue;
            }
            let q = self.fetch_device(store, &conn, &dev, report)?;
            if !q.is_empty() {
                queues.insert(dev, q);
            }
        }
        if queues.is_empty() {
            return Ok(());
        }
        // Blobs first: a merged document's content is here before its row.
        let mut blobs = BTreeSet::new();
        for q in queues.values() {
            for (s, _, _) in q {
                blobs.extend(s.blobs.iter().cloned());
            }
        }
        let blobs: Vec<String> = blobs
            .into_iter()
            .filter(|b| remote::is_safe_name(b) && !self.layout.blob(b).exists())
            .collect();
        let want: Vec<_> = blobs
            .iter()
            .map(|b| {
                let tmp = fsutil::temp_beside(&self.layout.blob(b));
                (format!("blobs/{b}.age"), tmp)
            })
            .collect();
        let got = store.get_files(&want)?;
        for ((b, (_, tmp)), got) in blobs.iter().zip(&want).zip(got) {
            if got {
                std::fs::rename(tmp, self.layout.blob(b))
                    .map_err(|e| Error::io("placing a pulled blob", e))?;
                report.pulled_blobs += 1;
            } else {
                report.warnings.push(format!(
                    "the remote lacks a document's content ({b}); the next sync fetches it"
                ));
            }
        }
        self.pull_keys(store)?;
        let me = me.to_string();
        let (changes, conflicts) = self.write_locked(|tx| {
            let mut merged: Vec<(String, u64, u64)> = Vec::new();
            let mut conflicts = Vec::new();
            let mut changes = 0;
            tx.uncaptured(|| {
                // This device's own writes the incoming segments had not
                // seen get their frontiers back first (see `merge::recall_own`).
                let oldest_seen = queues
                    .values()
                    .flatten()
                    .map(|(s, _, _)| s.seen.get(&me).copied().unwrap_or(0))
                    .min()
                    .unwrap_or(u64::MAX);
                let mine = applied(tx.conn, &me)?.map_or(0, |a| a.seq);
                for n in oldest_seen.saturating_add(1)..=mine {
                    let path = log_dir(self.root(), &me).join(segment::name(n));
                    let sealed = match fsutil::read_bounded(&path, segment::MAX_SEALED) {
                        Ok(b) => b,
                        // Compacted away before this vault was a replica.
                        Err(fsutil::Unread::Missing) => continue,
                        Err(e) => return Err(e.into_error(&path)),
                    };
                    let (own, _) = Segment::open(&sealed, &self.key, &self.config.id, &path.display().to_string())?;
                    merge::recall_own(tx.conn, &own)?;
                }
                // Causal order: a segment waits for every segment it had seen.
                loop {
                    let mut progressed = false;
                    for (dev, q) in queues.iter_mut() {
                        while let Some((seg, _, _)) = q.first() {
                            if !ready(tx.conn, seg, &me)? {
                                break;
                            }
                            let (seg, hash, sealed) = q.remove(0);
                            let out = merge::apply(tx.conn, &seg)?;
                            changes += out.changes;
                            conflicts.extend(out.conflicts);
                            set_applied(
                                tx.conn,
                                dev,
                                &Applied {
                                    seq: seg.seq,
                                    hash,
                                    hlc: seg.hlc,
                                    last_at: Some(timefmt::rfc3339(tx.now)),
                                },
                                &seg.seen,
                            )?;
                            // Keep a copy: `check` and a later clone of
                            // this replica can see what was merged.
                            let dir = log_dir(self.root(), dev);
                            super::ensure_dir(&dir)?;
                            fsutil::write_atomic(&dir.join(segment::name(seg.seq)), &sealed)?;
                            match merged.iter_mut().find(|m| &m.0 == dev) {
                                Some(m) => m.2 = seg.seq,
                                None => merged.push((dev.clone(), seg.seq, seg.seq)),
                            }
                            progressed = true;
                        }
                    }
                    if !progressed {
                        break;
                    }
                }
                merge::prune(tx.conn, &super::seen_by_each(tx.conn, &me)?)
            })?;
            for (dev, from, to) in &merged {
                let (jseq, jhash) = journal::peers::peer_head(tx.conn, dev)?;
                tx.journal(NewEntry::new(
                    &JournalActor::system(),
                    Action::SyncMerge,
                    Some(dev),
                    json!({"device": dev, "from": from, "to": to, "journal_head": {"seq": jseq, "hash": jhash}}),
                ))?;
            }
            for c in &conflicts {
                tx.journal(NewEntry::new(
                    &JournalActor::system(),
                    Action::SyncConflict,
                    None,
                    json!({"table": c.table, "row": c.pk, "field": c.field, "kept": c.kept, "lost": c.lost}),
                ))?;
            }
            Ok((changes, conflicts.len()))
        })?;
        for (dev, q) in &queues {
            if !q.is_empty() {
                report.warnings.push(format!(
                    "{} change(s) of device {dev} wait for changes the remote does not have yet",
                    q.len()
                ));
            }
        }
        report.pulled_changes += changes;
        report.conflicts += conflicts;
        Ok(())
    }

    fn pull_keys(&self, store: &dyn Store) -> Result<()> {
        for n in store.list("keys")? {
            let local = self.layout.keys().join(&n);
            if remote::is_safe_name(&n) && !local.exists() {
                let tmp = fsutil::temp_beside(&local);
                if store.get_file(&format!("keys/{n}"), &tmp)? {
                    std::fs::rename(&tmp, &local)
                        .map_err(|e| Error::io("placing a pulled key file", e))?;
                }
            }
        }
        Ok(())
    }

    /// The segments of `dev` this replica has not applied, checked: each
    /// opens with this vault's key, names its device and number, and
    /// chains to the one before.
    fn fetch_device(
        &self,
        store: &dyn Store,
        conn: &Connection,
        dev: &str,
        report: &mut SyncReport,
    ) -> Result<Vec<(Segment, String, Vec<u8>)>> {
        let held = applied(conn, dev)?;
        let (mut seq, mut hash) = held
            .as_ref()
            .map(|a| (a.seq, a.hash.clone()))
            .unwrap_or((0, segment::zero_hash()));
        let names: Vec<u64> = store
            .list(&format!("log/{dev}"))?
            .iter()
            .filter_map(|n| segment::parse_name(n))
            .collect();
        // The newest segment already applied must still read the same.
        if seq > 0 && names.contains(&seq) {
            let name = format!("log/{dev}/{}", segment::name(seq));
            if let Some(b) = store.get(&name, segment::MAX_SEALED)? {
                let (_, h) = Segment::open(&b, &self.key, &self.config.id, &name)?;
                if h != hash {
                    return Err(changed_under(&name));
                }
            }
        } else if seq > 0 && names.last().is_some_and(|n| *n < seq) {
            report.warnings.push(format!(
                "the remote lacks device {dev}'s newest changes (it was rolled back?)"
            ));
        }
        let removed_after: Option<i64> = conn
            .query_row(
                "SELECT removed_after FROM devices WHERE id = ?1 AND removed_at IS NOT NULL",
                [dev],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        let mut out = Vec::new();
        let newer: Vec<u64> = names.into_iter().filter(|n| *n > seq).collect();
        for n in newer {
            if n != seq + 1 {
                report.warnings.push(format!(
                    "the remote lacks device {dev}'s change {}",
                    seq + 1
                ));
                break;
            }
            if removed_after.is_some_and(|r| n as i64 > r) {
                report.warnings.push(format!(
                    "refused changes of removed device {dev} (after its removal)"
                ));
                break;
            }
            let name = format!("log/{dev}/{}", segment::name(n));
            let Some(sealed) = store.get(&name, segment::MAX_SEALED)? else {
                break;
            };
            let (seg, h) = Segment::open(&sealed, &self.key, &self.config.id, &name)?;
            if seg.device != dev || seg.seq != n || seg.prev != hash {
                return Err(changed_under(&name));
            }
            seq = n;
            hash = h.clone();
            out.push((seg, h, sealed));
        }
        Ok(out)
    }

    fn push(
        &self,
        store: &dyn Store,
        me: &str,
        spec: &RemoteSpec,
        keys_changed: bool,
        report: &mut SyncReport,
    ) -> Result<()> {
        let conn = self.load_fresh()?;
        let mine = applied(&conn, me)?;
        let pushed: i64 = conn
            .query_row(
                "SELECT pushed FROM sync_remotes WHERE name = ?1",
                [&spec.name],
                |r| r.get(0),
            )
            .optional()?
            .unwrap_or(0);
        // Every document's content first (what a segment names must be there).
        let there: BTreeSet<String> = store.list("blobs")?.into_iter().collect();
        for e in
            std::fs::read_dir(self.layout.blobs()).map_err(|e| Error::io("listing blobs", e))?
        {
            let e = e.map_err(|e| Error::io("listing blobs", e))?;
            let Some(n) = e.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if n.ends_with(".age") && !n.starts_with('.') && !there.contains(&n) {
                store.put_file(&format!("blobs/{n}"), &e.path())?;
                report.pushed_blobs += 1;
            }
        }
        let upto = mine.as_ref().map_or(0, |a| a.seq);
        let on_remote: BTreeSet<u64> = store
            .list(&format!("log/{me}"))?
            .iter()
            .filter_map(|n| segment::parse_name(n))
            .collect();
        // The newest segment this replica pushed must read the same there.
        if pushed > 0 && on_remote.contains(&(pushed as u64)) {
            let name = format!("log/{me}/{}", segment::name(pushed as u64));
            let local = fsutil::read_bounded(
                &log_dir(self.root(), me).join(segment::name(pushed as u64)),
                segment::MAX_SEALED,
            )
            .ok();
            let there = store.get(&name, segment::MAX_SEALED)?;
            if local.is_some() && there != local {
                return Err(changed_under(&name));
            }
        }
        for n in 1..=upto {
            // A name listed there that this replica never recorded as
            // pushed may be another writer's: put_new compares its bytes.
            if on_remote.contains(&n) && n as i64 <= pushed {
                continue;
            }
            let path = log_dir(self.root(), me).join(segment::name(n));
            let sealed = match fsutil::read_bounded(&path, segment::MAX_SEALED) {
                Ok(b) => b,
                // Segments before this vault became a replica: the snapshot holds them.
                Err(fsutil::Unread::Missing) => continue,
                Err(e) => return Err(e.into_error(&path)),
            };
            if n as i64 <= pushed {
                report.repaired += 1;
            }
            store.put_new(&format!("log/{me}/{}", segment::name(n)), &sealed)?;
            if !on_remote.contains(&n) {
                report.pushed_changes += 1;
            }
        }
        if report.repaired > 0 {
            report.warnings.push(format!(
                "the remote lacked {} change(s) this replica had pushed before (restored from an older copy?): pushed again",
                report.repaired
            ));
        }
        // A snapshot for clones: the sealed index as of this sync, first
        // when this device has none there, then when the unlock methods
        // changed (a clone opens with a method the snapshot must list) or
        // every SNAPSHOT_EVERY segments (a clone replays less).
        let last_snap = store
            .list("snap")?
            .iter()
            .filter_map(|s| {
                s.strip_prefix(&format!("{me}-"))
                    .and_then(segment::parse_name)
            })
            .max();
        let due = match last_snap {
            None => true,
            Some(n) => n < upto && (keys_changed || upto >= n + SNAPSHOT_EVERY),
        };
        if due {
            // The snapshot must hold every segment up to `upto` (the lock
            // is held: nothing commits meanwhile).
            self.compact_locked()?;
            let sealed = fsutil::read_bounded(&self.layout.index(), 1 << 40)
                .map_err(|e| e.into_error(&self.layout.index()))?;
            store.put_new(&format!("snap/{me}-{}", segment::name(upto)), &sealed)?;
        }
        let now = timefmt::rfc3339(timefmt::now());
        let name = spec.name.clone();
        self.write_locked(|tx| {
            tx.conn.execute(
                "UPDATE sync_remotes SET last_sync = ?2, pushed = ?3 WHERE name = ?1",
                params![name, now, upto as i64],
            )?;
            Ok(())
        })
    }
}

/// Whether every segment `seg` had seen is applied here.
fn ready(conn: &Connection, seg: &Segment, me: &str) -> Result<bool> {
    for (d, n) in &seg.seen {
        if d == me {
            continue;
        }
        if applied(conn, d)?.map_or(0, |a| a.seq) < *n {
            return Ok(false);
        }
    }
    Ok(true)
}

fn changed_under(name: &str) -> Error {
    Error::integrity(
        format!("the remote serves different content under {name}, which this replica already knows"),
        "objects on a remote never change: the remote was tampered with or mixed with another copy; point the remote at a clean copy",
    )
}

fn unknown_remote(name: &str) -> Error {
    Error::not_found(
        format!("no remote named {name:?}"),
        "see `carnet remote list`",
    )
}

fn check_remote_name(name: &str) -> Result<()> {
    if name.is_empty()
        || name.len() > 64
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(Error::usage(
            format!("{name:?} is not a remote name"),
            "use letters, digits, '-' or '_' (e.g. origin, nas, usb)",
        ));
    }
    Ok(())
}
