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

use super::heal::Healing;

use super::change::Val;
use super::markers::{self, Verdict};
use super::merge::{self, Fetched, Merged};
use super::progress;
use super::remote::{self, Listed, RemoteSpec, Store};
use super::segment::{self, Segment, Transition};
use super::{applied, device, keyring, log_dir, recipients, set_applied, Applied};
use crate::crypto::{self, HolderHeal, VaultKey};
use crate::vault::{blobs, keys, rekey, UnlockMethod};

pub const MARKER: &str = "carnet-remote.json";
/// A new snapshot after this many segments of this device.
const SNAPSHOT_EVERY: u64 = 500;

/// What one sync did.
#[derive(Debug, Default, Clone, serde::Serialize, serde::Deserialize)]
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

/// A rekey another device published, to follow: its new key (unwrapped
/// with this replica's method) and the wrapper files of its `keys/`.
pub(crate) struct Follow {
    device: String,
    key: VaultKey,
    files: BTreeMap<String, Vec<u8>>,
    epoch: keyring::Epoch,
    retired: Option<VaultKey>,
    /// The transition lost to this replica's own (concurrent rekeys):
    /// its key joins the ring, this replica keeps its key.
    absorb: bool,
    /// Wrapper files the kept key has that the other rekey left out.
    kept: Vec<String>,
}

/// The order of concurrent rekeys: clock, then device.
fn order(e: &keyring::Epoch) -> (u64, &str) {
    (e.hlc, e.device.as_str())
}

/// The transition that made `key` this vault's key, if one did.
fn current_epoch(conn: &Connection, key: &VaultKey) -> Result<Option<keyring::Epoch>> {
    let r = key.recipient().to_string();
    Ok(keyring::epochs(conn)?
        .into_iter()
        .find(|e| e.recipient == r))
}

/// The remote folder name of a key epoch: a hash of its recipient file.
fn epoch_name(recipient: &[u8]) -> String {
    blake3::hash(recipient).to_hex()[..16].to_string()
}

/// Replaces, in `seg`, the blob names `map` renames.
fn rename_in(seg: &mut Segment, map: &BTreeMap<String, String>) {
    if map.is_empty() {
        return;
    }
    for c in seg.changes.iter_mut().filter(|c| c.t == "docs") {
        if let Some(Val::Text(b)) = c.set.get_mut("blob") {
            if let Some(n) = map.get(b.as_str()) {
                *b = n.clone();
            }
        }
    }
    for b in seg.blobs.iter_mut() {
        if let Some(n) = map.get(b.as_str()) {
            *b = n.clone();
        }
    }
}

/// [`rename_in`] with the renames this replica's rekeys recorded.
fn rename_known(conn: &Connection, seg: &mut Segment) -> Result<()> {
    let mut map = BTreeMap::new();
    for c in seg.changes.iter().filter(|c| c.t == "docs") {
        if let Some(Val::Text(b)) = c.set.get("blob") {
            if let Some(n) = keyring::renamed(conn, b)? {
                map.insert(b.clone(), n);
            }
        }
    }
    rename_in(seg, &map);
    Ok(())
}

/// Largest marker read (it is a few dozen bytes).
pub const MAX_MARKER: u64 = 4096;

/// The vault id a remote's marker names. Anyone who can write the remote
/// can write it: exit 6 unless it is carnet's marker, version 1, naming a
/// well-formed vault id.
pub fn parse_marker(bytes: &[u8]) -> Result<String> {
    let bad = || {
        Error::integrity(
            crate::i18n::tr!("v-remote-bad-marker"),
            crate::i18n::tr!("v-remote-own-folder-hint"),
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
                    crate::i18n::tr!("v-remote-other-vault", remote = store.describe()),
                    crate::i18n::tr!("v-remote-own-folder-hint"),
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
            crate::i18n::tr!("v-remote-no-vault", remote = store.describe()),
            crate::i18n::tr!("v-remote-no-vault-hint"),
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
                r.get::<_, Option<String>>(4)?,
            ))
        })?;
        let rows: Vec<(RemoteSpec, Option<String>)> = rows.collect::<rusqlite::Result<_>>()?;
        // The last sync is recorded beside the index (`progress`); the
        // column holds what carnet recorded before.
        let mut done = progress::all(&self.layout, &self.key, &self.config.id);
        Ok(rows
            .into_iter()
            .map(|(spec, column)| {
                let at = done.remove(&spec.name).and_then(|e| e.last_sync);
                (spec, at.or(column))
            })
            .collect())
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
                    crate::i18n::tr!("v-remote-exists", name = format!("{:?}", spec.name)),
                    crate::i18n::tr!("v-remote-exists-hint"),
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
            // A remote added again under this name starts afresh.
            progress::set(&self.layout, &self.key, &self.config.id, name, None)?;
            markers::forget(&self.layout, &self.key, &self.config.id, name)
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
                    crate::i18n::tr!("v-no-remote"),
                    crate::i18n::tr!("v-no-remote-hint"),
                )),
                1 => Ok(all.into_iter().next().expect("one").0),
                _ => Err(Error::usage(
                    crate::i18n::tr!("v-several-remotes"),
                    crate::i18n::tr!("v-several-remotes-hint"),
                )),
            },
        }
    }

    /// Pulls, merges and pushes (see the module docs). A rekey another
    /// device published is followed on the way: the vault returned is
    /// this one under its new key. Opened through the unlock agent, a
    /// sync that needs the user's unlock method (crossed rekeys) is made
    /// by the agent, which holds it (`agent::heal`).
    pub fn sync(self, name: Option<&str>) -> Result<(Vault, SyncReport)> {
        if !self.key.is_held() {
            return self.sync_here(name);
        }
        let remote = self.remote_spec(name)?.name;
        let root = self.layout.root.clone();
        let file = self.access.file.clone();
        let key = self.key.clone();
        match self.sync_here(name) {
            Err(Error::Unlock { message, hint }) => {
                // An agent that cannot unlock either (it holds no method,
                // or one the rekeys left out): this sync's own error says
                // what to do.
                let (key, json) = match key.sync_in_holder(&remote) {
                    Ok(Some(done)) => done,
                    Ok(None) | Err(Error::Unlock { .. }) => {
                        return Err(Error::Unlock { message, hint })
                    }
                    Err(e) => return Err(e),
                };
                let Ok(report) = serde_json::from_slice::<SyncReport>(&json) else {
                    return Err(Error::Unlock { message, hint });
                };
                let (vault, _) = crate::vault::Sealed::open(&root)?.open_with(key, file, None)?;
                Ok((vault, report))
            }
            other => other,
        }
    }

    fn sync_here(self, name: Option<&str>) -> Result<(Vault, SyncReport)> {
        let spec = self.remote_spec(name)?;
        let store = remote::open(&spec)?;
        let me = self.become_replica()?;
        let mut lock = WriteLock::acquire(&self.layout.lock())?;
        check_marker(&*store, &self.config.id, true)?;
        let mut report = SyncReport {
            remote: spec.name.clone(),
            ..Default::default()
        };
        let mut keys_changed = self.push_keys(&*store, &mut report)? > 0;
        let mut seen = markers::load(&self.layout, &self.key, &self.config.id, &spec.name);
        let mut vault = self;
        // Whether this sync took on another key already: documents
        // re-encrypted under a key adopted on the way never go out under
        // it (a later rekey may be cutting a device off), only under the
        // key the sync ends with.
        let mut adopted = false;
        // Each round follows one rekey (bounded: a remote cannot keep a
        // replica busy with transitions).
        for _ in 0..16 {
            let Some(next) = vault.pull(&*store, &me, &mut seen, &mut report)? else {
                break;
            };
            let device = next.device.clone();
            let kept = (!next.kept.is_empty()).then(|| {
                crate::i18n::tr!(
                    "s2-rekey-crossed-kept",
                    device = next.device.clone(),
                    files = next.kept.join(", ")
                )
            });
            // What this replica wrote under its own key goes out first, its
            // documents under their names: the others translate them.
            let own_first = !adopted && (!next.absorb || kept.is_some());
            if own_first {
                vault.push(&*store, &me, &spec, false, &mut seen, &mut report)?;
            }
            if next.absorb {
                vault.absorb(next)?;
            } else {
                adopted = true;
                vault = vault.adopt(&lock, next)?;
                vault.push_keys(&*store, &mut report)?;
                keys_changed = true;
            }
            let Some(kept) = kept else {
                continue;
            };
            // Crossed rekeys, the kept key still wrapped to a removed
            // device's method: one more rekey drops it, now, before the
            // other replica's later changes are read under this key.
            let (v, mut healing) = vault.heal_crossed(&lock)?;
            vault = v;
            if let Healing::NeedsAgent = healing {
                // The agent re-keys itself (the secret stays there), under
                // the lock: this sync lets go of it meanwhile.
                drop(lock);
                let answer = vault.key().heal_through_holder();
                lock = WriteLock::acquire(&vault.layout.lock())?;
                (vault, healing) = match answer? {
                    HolderHeal::Healed(key) => {
                        (vault.healed_by_holder(key)?, Healing::Healed(Vec::new()))
                    }
                    HolderHeal::NotNeeded => (vault, Healing::NotNeeded),
                    HolderHeal::NeedsPassphrase => (vault, Healing::NeedsPassphrase),
                    HolderHeal::Cannot(why) => {
                        report
                            .warnings
                            .push(crate::i18n::tr!("s2-heal-agent-failed", why = why));
                        (vault, Healing::NeedsAgent)
                    }
                };
            }
            match healing {
                Healing::Healed(problems) => {
                    adopted = true;
                    report.warnings.extend(problems);
                    vault.push_keys(&*store, &mut report)?;
                    keys_changed = true;
                }
                Healing::NotNeeded => report.warnings.push(kept),
                Healing::NeedsAgent => report.warnings.push(crate::i18n::tr!(
                    "s2-heal-needs-own-method",
                    device = device
                )),
                Healing::NeedsPassphrase => report.warnings.push(crate::i18n::tr!(
                    "s2-heal-needs-passphrase",
                    device = device
                )),
            }
        }
        vault.push(&*store, &me, &spec, keys_changed, &mut seen, &mut report)?;
        // Under the key the sync ends with (a rekey's new folder, if any).
        seen.save(&vault.layout, &vault.key, vault.root())?;
        // Last: an item goes from the remote only once the commit that
        // folded it is there.
        let inbox = vault.sync_inbox(&*store)?;
        report.pulled_inbox = inbox.pulled;
        report.removed_inbox = inbox.removed;
        report.warnings.extend(inbox.warnings);
        if inbox.left > 0 {
            report.warnings.push(crate::i18n::tr!(
                "v-sync-inbox-left",
                n = inbox.left.to_string()
            ));
        }
        drop(lock);
        Ok((vault, report))
    }

    /// Pushes the recipient and key wrappers the remote lacks; how many.
    fn push_keys(&self, store: &dyn Store, report: &mut SyncReport) -> Result<usize> {
        let recipient = fsutil::read_bounded(&self.layout.recipient(), 4096)
            .map_err(|e| e.into_error(&self.layout.recipient()))?;
        let first = match store.get("recipient", 4096)? {
            None => {
                store.put_new("recipient", &recipient)?;
                true
            }
            Some(r) => r == recipient,
        };
        // Scanners (`inbox add --to`) encrypt to the newest record under
        // `recipients/` (the root `recipient` never changes): every
        // transition known here is published there.
        let published = self.publish_recipients(store, report)?;
        if !first && !published.contains(&self.key.recipient().to_string()) {
            report.warnings.push(crate::i18n::tr!(
                "v-sync-stale-recipient",
                recipient = self.key.recipient().to_string()
            ));
        }
        // After a rekey, the new key's public files go under
        // `epoch/H/` (H names the recipient): objects never change.
        let dir = if first {
            "keys".to_string()
        } else {
            let e = epoch_name(&recipient);
            let name = format!("epoch/{e}/recipient");
            if store.get(&name, 4096)?.is_none() {
                store.put_new(&name, &recipient)?;
            }
            format!("epoch/{e}/keys")
        };
        let there: BTreeSet<String> = store.list(&dir)?.into_iter().collect();
        let mut pushed = 0;
        for e in std::fs::read_dir(self.layout.keys())
            .map_err(|e| Error::io(crate::i18n::tr!("io-listing-keys"), e))?
        {
            let e = e.map_err(|e| Error::io(crate::i18n::tr!("io-listing-keys"), e))?;
            let Some(n) = e.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if remote::is_safe_name(&n)
                && !there.contains(&n)
                && e.file_type().map(|t| t.is_file()).unwrap_or(false)
            {
                store.put_file(&format!("{dir}/{n}"), &e.path())?;
                pushed += 1;
            }
        }
        Ok(pushed)
    }

    /// Writes the record of each key transition known here that the
    /// remote lacks (MACed with the key it replaced, see
    /// [`recipients`]), and warns of records whose MAC does not check.
    /// Returns the recipients the remote's records name, checked.
    fn publish_recipients(
        &self,
        store: &dyn Store,
        report: &mut SyncReport,
    ) -> Result<BTreeSet<String>> {
        let conn = self.load_fresh()?;
        let ring = self.key_ring(&conn)?;
        let holder = |r: &str| ring.iter().find(|k| k.recipient().to_string() == r);
        let there = recipients::list(store, &self.config.id)?;
        let mut published = BTreeSet::new();
        for (n, r) in &there {
            match holder(&r.from) {
                Some(k) if !r.verifies(k) => report.warnings.push(crate::i18n::tr!(
                    "s2-recipient-forged",
                    name = format!("{}/{n}", recipients::PREFIX)
                )),
                Some(_) => {
                    published.insert(r.recipient.clone());
                }
                // Made from a key this replica has not met yet.
                None => {}
            }
        }
        for e in keyring::epochs(&conn)? {
            let n = recipients::name(&e);
            if there.iter().any(|(m, _)| *m == n) {
                continue;
            }
            let Some(k) = holder(&e.from) else {
                continue;
            };
            store.put_new(
                &format!("{}/{n}", recipients::PREFIX),
                &recipients::make(&self.config.id, &e, k),
            )?;
            published.insert(e.recipient.clone());
        }
        Ok(published)
    }

    /// Pulls and merges what other devices wrote. A rekey another device
    /// published stops the pull at its transition segment (merged with
    /// the rest): the returned [`Follow`] is then adopted by the caller.
    fn pull(
        &self,
        store: &dyn Store,
        me: &str,
        seen: &mut markers::Seen,
        report: &mut SyncReport,
    ) -> Result<Option<Follow>> {
        let conn = self.load_fresh()?;
        let ring = self.key_ring(&conn)?;
        let mut queues: BTreeMap<String, Vec<Fetched>> = BTreeMap::new();
        let mut follow: Option<Follow> = None;
        let mut unread: Option<Error> = None;
        // Removed devices last: their changes after the removal are
        // refused, except those another device merged before it learnt of
        // the removal (its changes wait for them: refused, they would wait
        // forever, and the replicas that merged them never agree with
        // this one). Its segments fetched here say how far it saw.
        let removed: BTreeSet<String> = conn
            .prepare("SELECT id FROM devices WHERE removed_at IS NOT NULL")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut devs: Vec<String> = store
            .list("log")?
            .into_iter()
            .filter(|d| d != me && device::is_device_id(d))
            .collect();
        devs.sort_by_key(|d| removed.contains(d));
        for dev in devs {
            let vouched = queues
                .iter()
                .filter(|(d, _)| !removed.contains(*d))
                .flat_map(|(_, q)| q.iter())
                .filter_map(|f| f.seg.seen.get(&dev).copied())
                .max()
                .unwrap_or(0);
            let (mut q, t, e) =
                self.fetch_device(store, &conn, &ring, &dev, vouched, seen, report)?;
            match (t, &follow) {
                (Some(t), None) => {
                    follow = Some(self.unwrap_transition(&conn, &dev, t, &q)?);
                    // Already merged (see `fetch_device`): only followed.
                    let done = applied(&conn, &dev)?.map_or(0, |a| a.seq);
                    q.retain(|f| f.seg.seq > done);
                }
                // One rekey a round: this one (the queue's last) is read
                // again next round, once the first is followed.
                (Some(_), Some(_)) => {
                    q.pop();
                }
                (None, _) => {}
            }
            if unread.is_none() {
                unread = e;
            }
            if !q.is_empty() {
                queues.insert(dev, q);
            }
        }
        // A segment no key here opens is another vault's, unless a rekey
        // this replica has not followed yet explains it.
        if let (Some(e), None) = (unread, &follow) {
            return Err(e);
        }
        if queues.is_empty() {
            return Ok(follow);
        }
        // Changes written under a retired key name documents by their old
        // names: read with the current key's (re-encrypted on the way).
        let mut renames = Vec::new();
        for q in queues.values_mut() {
            for f in q.iter_mut().filter(|f| f.key > 0) {
                self.translate(&conn, store, &ring[f.key], &mut f.seg, &mut renames)?;
            }
        }
        // Blobs first: a merged document's content is here before its row.
        let mut blobs = BTreeSet::new();
        for q in queues.values() {
            for f in q {
                blobs.extend(f.seg.blobs.iter().cloned());
            }
        }
        let blobs: Vec<String> = blobs
            .into_iter()
            .filter(|b| remote::is_safe_name(b) && !self.layout.blob(b).exists())
            .collect();
        let got = super::fetch::blobs(store, &self.layout, &self.key, &blobs)?;
        for (b, got) in blobs.iter().zip(got) {
            if got {
                report.pulled_blobs += 1;
            } else {
                report.warnings.push(crate::i18n::tr!(
                    "v-sync-blob-missing",
                    blob = b.to_string()
                ));
            }
        }
        self.pull_keys(store)?;
        let me = me.to_string();
        // Translated segments (old key names) cannot be merged again from
        // their local copies when the index is next opened: such a merge
        // seals the whole index. Any other is replayed from this commit's
        // own segment, which names what it merged (`Vault::remerge`).
        let translated = !renames.is_empty() || queues.values().flatten().any(|f| f.key > 0);
        let (changes, conflicts) = self.write_locked(|tx| {
            let body = || -> Result<Merged> {
                for (old, new) in &renames {
                    keyring::add_rename(tx.conn, old, new)?;
                }
                self.merge_queues(tx.conn, &me, &ring, &mut queues, &timefmt::rfc3339(tx.now), true)
            };
            let Merged {
                runs: merged,
                conflicts,
                changes,
            } = if translated {
                tx.uncaptured(body)?
            } else {
                tx.replayable(body)?
            };
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
                report.warnings.push(crate::i18n::tr!(
                    "v-sync-queued",
                    n = q.len().to_string(),
                    device = dev.to_string()
                ));
            }
        }
        report.pulled_changes += changes;
        report.conflicts += conflicts;
        Ok(follow)
    }

    /// Merges `queues` (each device's segments, in order) into `conn`:
    /// first this device's own writes they had not seen get their
    /// frontiers back (see `merge::recall_own`), then each segment once
    /// every segment it had seen is here (causal order). Segments left
    /// waiting stay in `queues`. With `keep`, a copy of each merged
    /// segment is kept under `log/DEVICE/` (`check`, clones of this
    /// replica, and the replay of this merge read it there). Shared by
    /// `pull` and by the replay of a commit that merged.
    pub(super) fn merge_queues(
        &self,
        conn: &Connection,
        me: &str,
        ring: &[VaultKey],
        queues: &mut BTreeMap<String, Vec<Fetched>>,
        at: &str,
        keep: bool,
    ) -> Result<Merged> {
        let mut out = Merged::default();
        let oldest_seen = queues
            .values()
            .flatten()
            .map(|f| f.seg.seen.get(me).copied().unwrap_or(0))
            .min()
            .unwrap_or(u64::MAX);
        let mine = applied(conn, me)?.map_or(0, |a| a.seq);
        for n in oldest_seen.saturating_add(1)..=mine {
            let path = log_dir(self.root(), me).join(segment::name(n));
            let sealed = match fsutil::read_bounded(&path, segment::MAX_SEALED) {
                Ok(b) => b,
                // Compacted away before this vault was a replica.
                Err(fsutil::Unread::Missing) => continue,
                Err(e) => return Err(e.into_error(&path)),
            };
            let (mut own, _, k) =
                Segment::open_ring(&sealed, ring, &self.config.id, &path.display().to_string())?;
            if k > 0 {
                rename_known(conn, &mut own)?;
            }
            merge::recall_own(conn, &own)?;
        }
        loop {
            let mut progressed = false;
            for (dev, q) in queues.iter_mut() {
                while let Some(f) = q.first() {
                    if !ready(conn, &f.seg, me)? {
                        break;
                    }
                    let Fetched {
                        seg, hash, sealed, ..
                    } = q.remove(0);
                    let m = merge::apply(conn, &seg)?;
                    out.changes += m.changes;
                    out.conflicts.extend(m.conflicts);
                    set_applied(
                        conn,
                        dev,
                        &Applied {
                            seq: seg.seq,
                            hash,
                            hlc: seg.hlc,
                            last_at: Some(at.to_string()),
                        },
                        &seg.seen,
                    )?;
                    if keep {
                        let dir = log_dir(self.root(), dev);
                        super::ensure_dir(&dir)?;
                        fsutil::write_atomic(&dir.join(segment::name(seg.seq)), &sealed)?;
                    }
                    match out.runs.iter_mut().find(|m| &m.0 == dev) {
                        Some(m) => m.2 = seg.seq,
                        None => out.runs.push((dev.clone(), seg.seq, seg.seq)),
                    }
                    progressed = true;
                }
            }
            if !progressed {
                break;
            }
        }
        merge::prune(conn, &super::seen_by_each(conn, me)?)?;
        Ok(out)
    }

    /// Where the remote keeps the key wrappers of this vault's current key:
    /// `keys/` for the key it was first synced with, `epoch/H/keys` after
    /// a rekey.
    fn remote_keys_dir(&self, store: &dyn Store) -> Result<String> {
        let recipient = fsutil::read_bounded(&self.layout.recipient(), 4096)
            .map_err(|e| e.into_error(&self.layout.recipient()))?;
        Ok(match store.get("recipient", 4096)? {
            Some(r) if r != recipient => format!("epoch/{}/keys", epoch_name(&recipient)),
            _ => "keys".to_string(),
        })
    }

    fn pull_keys(&self, store: &dyn Store) -> Result<()> {
        let dir = self.remote_keys_dir(store)?;
        for n in store.list(&dir)? {
            let local = self.layout.keys().join(&n);
            if remote::is_safe_name(&n) && !local.exists() {
                let tmp = fsutil::temp_beside(&local);
                if store.get_file(&format!("{dir}/{n}"), &tmp)? {
                    std::fs::rename(&tmp, &local)
                        .map_err(|e| Error::io(crate::i18n::tr!("io-placing-pulled-key"), e))?;
                }
            }
        }
        Ok(())
    }

    /// Renames, in a change written under a retired key, the blobs it
    /// names to their names under the current key: those a rekey here
    /// renamed, else fetched from the remote (still under the old key, as
    /// their writer pushed them before following the rekey), opened with
    /// the old key and written again under the current one. Documents
    /// sealed for the minor keep their names (random, not keyed).
    fn translate(
        &self,
        conn: &Connection,
        store: &dyn Store,
        old: &crate::crypto::VaultKey,
        seg: &mut Segment,
        renames: &mut Vec<(String, String)>,
    ) -> Result<()> {
        let mut map: BTreeMap<String, String> = BTreeMap::new();
        for c in seg.changes.iter().filter(|c| c.t == "docs") {
            let Some(Val::Text(b)) = c.set.get("blob") else {
                continue;
            };
            if c.set.get("sealed").is_some_and(|v| !v.is_null()) || map.contains_key(b) {
                continue;
            }
            if let Some(n) = keyring::renamed(conn, b)? {
                map.insert(b.clone(), n);
                continue;
            }
            if let Some((_, n)) = renames.iter().find(|(o, _)| o == b) {
                map.insert(b.clone(), n.clone());
                continue;
            }
            if !remote::is_safe_name(b) {
                continue;
            }
            // Fetched beside the blobs under its old name, re-encrypted, dropped.
            let tmp = fsutil::temp_beside(&self.layout.blob(b));
            if !store.get_file(&format!("blobs/{b}.age"), &tmp)? {
                continue;
            }
            // (Under its own name: reading verifies the content against it.)
            let staged = self.layout.blob(b);
            std::fs::rename(&tmp, &staged)
                .map_err(|e| Error::io(crate::i18n::tr!("io-staging-old-document"), e))?;
            let written = blobs::open(&self.layout, old, b)
                .and_then(|r| blobs::write(&self.layout, &self.key, r));
            let _ = std::fs::remove_file(&staged);
            match written {
                Ok(w) => {
                    renames.push((b.clone(), w.name.clone()));
                    map.insert(b.clone(), w.name);
                }
                // Not under the old key (sealed for the minor): kept as it is.
                Err(_) => continue,
            }
        }
        rename_in(seg, &map);
        Ok(())
    }

    /// The segments of `dev` this replica has not applied, checked: each
    /// opens with a key of this vault's ring, names its device and number,
    /// and chains to the one before. Stops after a rekey's transition to
    /// a key this replica does not hold yet (returned), or before a
    /// segment no key of the ring opens (the error, returned for the
    /// caller to decide: a rekey not yet followed explains it).
    #[allow(clippy::type_complexity, clippy::too_many_arguments)]
    fn fetch_device(
        &self,
        store: &dyn Store,
        conn: &Connection,
        ring: &[crate::crypto::VaultKey],
        dev: &str,
        vouched: u64,
        seen: &mut markers::Seen,
        report: &mut SyncReport,
    ) -> Result<(Vec<Fetched>, Option<Transition>, Option<Error>)> {
        let held = applied(conn, dev)?;
        let (mut seq, mut hash) = held
            .as_ref()
            .map(|a| (a.seq, a.hash.clone()))
            .unwrap_or((0, segment::zero_hash()));
        let listed = store.list_meta(&format!("log/{dev}"))?;
        self.check_held(store, dev, &listed, seq, seen)?;
        let names: Vec<u64> = listed
            .iter()
            .filter_map(|l| segment::parse_name(&l.name))
            .collect();
        // The newest segment already applied must still read the same.
        if seq > 0 && names.contains(&seq) {
            let name = format!("log/{dev}/{}", segment::name(seq));
            if let Some(b) = store.get(&name, segment::MAX_SEALED)? {
                let (seg, h, key) = Segment::open_ring(&b, ring, &self.config.id, &name)?;
                if h != hash {
                    return Err(changed_under(&name));
                }
                // A transition merged by a sync killed before it followed
                // it: applied, its key not taken on. It is followed now
                // (the caller drops it from the queue), or the next
                // segments, sealed with its key, would never open here.
                let t = seg
                    .rekey
                    .clone()
                    .filter(|t| !ring.iter().any(|k| k.recipient().to_string() == t.to));
                if t.is_some() {
                    let fetched = Fetched {
                        seg,
                        hash: h,
                        sealed: b,
                        key,
                    };
                    return Ok((vec![fetched], t, None));
                }
            }
        } else if let Some(last) = names.last().filter(|n| **n < seq) {
            // Not when this replica holds the missing segments itself (a
            // restored backup holds its backed-up device's last ones):
            // `push_held_for_others` puts them there in this same sync.
            let dir = log_dir(self.root(), dev);
            if !(last + 1..=seq).all(|n| dir.join(segment::name(n)).is_file()) {
                report.warnings.push(crate::i18n::tr!(
                    "v-sync-rolled-back",
                    device = dev.to_string()
                ));
            }
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
                report.warnings.push(crate::i18n::tr!(
                    "v-sync-change-missing",
                    device = dev.to_string(),
                    seq = (seq + 1).to_string()
                ));
                break;
            }
            if removed_after.is_some_and(|r| n as i64 > r && n > vouched) {
                report.warnings.push(crate::i18n::tr!(
                    "v-sync-removed-device",
                    device = dev.to_string()
                ));
                break;
            }
            let name = format!("log/{dev}/{}", segment::name(n));
            let Some(sealed) = store.get(&name, segment::MAX_SEALED)? else {
                break;
            };
            let (seg, h, key) = match Segment::open_ring(&sealed, ring, &self.config.id, &name) {
                Ok(x) => x,
                Err(e @ Error::Integrity { .. }) => return Ok((out, None, Some(e))),
                Err(e) => return Err(e),
            };
            if seg.device != dev || seg.seq != n || seg.prev != hash {
                return Err(changed_under(&name));
            }
            seq = n;
            hash = h.clone();
            let t = seg
                .rekey
                .clone()
                .filter(|t| !ring.iter().any(|k| k.recipient().to_string() == t.to));
            out.push(Fetched {
                seg,
                hash: h,
                sealed,
                key,
            });
            if t.is_some() {
                return Ok((out, t, None));
            }
        }
        Ok((out, None, None))
    }

    /// The new key of a rekey `dev` published, unwrapped with this
    /// replica's own unlock method (or, for a child's vault opened through
    /// a guardian's, the guardian's vault key). Exit 3 when none of the
    /// rekey's wrappers opens with it: this replica's method was removed.
    fn unwrap_transition(
        &self,
        conn: &Connection,
        dev: &str,
        t: Transition,
        q: &[Fetched],
    ) -> Result<Follow> {
        use base64::Engine;
        let epoch = keyring::Epoch {
            recipient: t.to.clone(),
            from: t.from.clone(),
            hlc: q.last().map_or(0, |f| f.seg.hlc),
            device: dev.to_string(),
        };
        // Two rekeys made before either replica synced: the later one (by
        // clock, then device) is every replica's key; the other's key only
        // joins the ring (see docs/sync.md, "Concurrent rekeys").
        let absorb = current_epoch(conn, &self.key)?.is_some_and(|c| order(&c) > order(&epoch));
        let mut files = BTreeMap::new();
        for (name, b64) in &t.keys {
            if let Ok(b) = base64::engine::general_purpose::STANDARD.decode(b64) {
                files.insert(name.clone(), b);
            }
        }
        let mut key = None;
        for (name, bytes) in &files {
            if name.ends_with(".mac") {
                continue;
            }
            let got = match (self.method.as_deref(), name.as_str()) {
                (Some(UnlockMethod::Passphrase(p)), keys::PASSPHRASE_FILE) => {
                    crypto::unwrap_with_passphrase(bytes, p.clone()).unwrap_or(None)
                }
                (Some(UnlockMethod::Identities { identities, .. }), n)
                    if n != keys::PASSPHRASE_FILE =>
                {
                    crypto::unwrap_vault_key(bytes, identities).unwrap_or(None)
                }
                _ => None,
            };
            let got = got.or_else(|| {
                self.guardian_key.as_ref().and_then(|g| {
                    crypto::unwrap_vault_key_with(bytes, &[g.identity() as &dyn age::Identity])
                        .unwrap_or(None)
                })
            });
            if let Some(k) = got.filter(|k| k.recipient().to_string() == t.to) {
                key = Some(k);
                break;
            }
        }
        // Opened through the unlock agent: the agent holds the user's
        // method, unwraps the new key itself and answers for it from now
        // on (an agent that cannot is exit 3: start it again).
        if key.is_none() && self.key.is_held() {
            if absorb {
                // The agent would answer for a key this replica does not use.
                return Err(Error::unlock(
                    crate::i18n::tr!(
                        "s2-agent-cannot-follow",
                        why = crate::i18n::tr!("s2-agent-concurrent")
                    ),
                    crate::i18n::tr!("s2-agent-cannot-follow-hint"),
                ));
            }
            for (_, bytes) in files.iter().filter(|(n, _)| !n.ends_with(".mac")) {
                if let Some(k) = self.key.follow(&t.to, bytes)? {
                    key = Some(k);
                    break;
                }
            }
        }
        let Some(key) = key else {
            // A handover: the guardian's copy of the profile says so, as
            // on the machine where it happened.
            let handed_over = q.iter().flat_map(|f| &f.seg.changes).any(|c| {
                c.t == "meta" && c.pk.first() == Some(&Val::Text("handed_over_at".into()))
            });
            if handed_over {
                if let Ok(Some(mut pf)) = crate::vault::profile::file::read(self.root()) {
                    if pf.handed_over_at.is_none() {
                        pf.handed_over_at = Some(timefmt::ymd(timefmt::now().date()));
                        let _ = crate::vault::profile::file::write(self.root(), &pf);
                    }
                }
                return Err(Error::unlock(
                    crate::i18n::tr!("v-sync-handed-over", device = dev.to_string()),
                    crate::i18n::tr!("v-sync-handed-over-hint"),
                ));
            }
            return Err(Error::unlock(
                crate::i18n::tr!("v-sync-rekeyed-out", device = dev.to_string()),
                crate::i18n::tr!("v-sync-rekeyed-out-hint"),
            ));
        };
        // The agent never gives out the old key; the transition carries
        // it, wrapped to the new one, for this replica's key ring.
        let retired = if self.key.is_held() && t.from != self.key.recipient().to_string() {
            return Err(Error::unlock(
                crate::i18n::tr!(
                    "s2-agent-cannot-follow",
                    why = crate::i18n::tr!("s2-agent-concurrent")
                ),
                crate::i18n::tr!("s2-agent-cannot-follow-hint"),
            ));
        } else if self.key.is_held() {
            let k = rekey::retired_from(t.retired.as_deref(), &key, &t.from);
            if k.is_none() {
                return Err(Error::unlock(
                    crate::i18n::tr!("s2-agent-no-retired", device = dev.to_string()),
                    crate::i18n::tr!("s2-agent-cannot-follow-hint"),
                ));
            }
            k
        } else {
            None
        };
        // Unlock methods one of the crossed rekeys left out and the one
        // kept still has: said, since only a new rekey can drop them.
        let mine = self.key_files()?;
        let theirs: BTreeSet<String> = files.keys().cloned().collect();
        let kept = if absorb {
            mine.difference(&theirs).cloned().collect::<Vec<_>>()
        } else if current_epoch(conn, &self.key)?.is_some() {
            theirs.difference(&mine).cloned().collect()
        } else {
            Vec::new()
        };
        let kept: Vec<String> = kept.into_iter().filter(|n| !n.ends_with(".mac")).collect();
        Ok(Follow {
            device: dev.to_string(),
            key,
            files,
            epoch,
            retired,
            absorb,
            kept,
        })
    }

    /// Keeps the key of a rekey that lost to this replica's own (see
    /// [`Follow::absorb`]): in the ring, so that its device's segments
    /// and documents open, with the transition remembered.
    fn absorb(&self, f: Follow) -> Result<()> {
        let now = timefmt::rfc3339(timefmt::now());
        self.write_locked(|tx| {
            tx.uncaptured(|| {
                keyring::retire(tx.conn, &f.key, &[], &now)?;
                keyring::record_epoch(tx.conn, &f.epoch)
            })
        })
    }

    /// The wrapper files of this vault's current key.
    fn key_files(&self) -> Result<BTreeSet<String>> {
        let mut out = BTreeSet::new();
        for e in std::fs::read_dir(self.layout.keys())
            .map_err(|e| Error::io(crate::error::doing::listing(self.layout.keys()), e))?
        {
            let e =
                e.map_err(|e| Error::io(crate::error::doing::listing(self.layout.keys()), e))?;
            if let Some(n) = e.file_name().to_str() {
                out.insert(n.to_string());
            }
        }
        Ok(out)
    }

    /// Follows a rekey another device published: the same new generation
    /// a local rekey makes (every document re-encrypted under the new key,
    /// the index sealed with it, the old key kept in the ring), with the
    /// wrapper files that rekey made. Journaled as `vault.rekey` (under
    /// the new key, so in this device's first segment sealed with it).
    fn adopt(self, lock: &WriteLock, f: Follow) -> Result<Vault> {
        let prepared = rekey::prepare(
            &self,
            lock,
            rekey::NewKeys::Adopt {
                key: f.key,
                files: f.files,
                epoch: f.epoch,
                retired: f.retired,
            },
            |_, _| Ok(()),
            |_| {},
        )?;
        let stats = prepared.stats.clone();
        let (vault, _problems) = rekey::switch(self, prepared)?;
        let dev = f.device;
        vault.write_locked(|tx| {
            tx.journal(NewEntry::new(
                &JournalActor::system(),
                Action::VaultRekey,
                None,
                json!({
                    "reason": "sync",
                    "device": dev,
                    "generation": stats.generation,
                    "documents": stats.reencrypted,
                    "sealed_for_minor": stats.sealed,
                    "unlock_methods": stats.unlock_methods,
                }),
            ))?;
            Ok(())
        })?;
        Ok(vault)
    }

    fn push(
        &self,
        store: &dyn Store,
        me: &str,
        spec: &RemoteSpec,
        keys_changed: bool,
        seen: &mut markers::Seen,
        report: &mut SyncReport,
    ) -> Result<()> {
        let conn = self.load_fresh()?;
        let mine = applied(&conn, me)?;
        let pushed: i64 = match progress::get(&self.layout, &self.key, &self.config.id, &spec.name)
        {
            Some(e) => e.pushed as i64,
            None => conn
                .query_row(
                    "SELECT pushed FROM sync_remotes WHERE name = ?1",
                    [&spec.name],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or(0),
        };
        // Every document's content first (what a segment names must be there).
        let there: BTreeSet<String> = store.list("blobs")?.into_iter().collect();
        for e in std::fs::read_dir(self.layout.blobs())
            .map_err(|e| Error::io(crate::i18n::tr!("io-listing-blobs"), e))?
        {
            let e = e.map_err(|e| Error::io(crate::i18n::tr!("io-listing-blobs"), e))?;
            let Some(n) = e.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if n.ends_with(".age") && !n.starts_with('.') && !there.contains(&n) {
                store.put_file(&format!("blobs/{n}"), &e.path())?;
                report.pushed_blobs += 1;
            }
        }
        let upto = mine.as_ref().map_or(0, |a| a.seq);
        let listed = store.list_meta(&format!("log/{me}"))?;
        // Only what it pushed: a name it is about to write that holds
        // something else is `put_new`'s to refuse (squatted, not changed).
        self.check_held(store, me, &listed, pushed.max(0) as u64, seen)?;
        let on_remote: BTreeSet<u64> = listed
            .iter()
            .filter_map(|l| segment::parse_name(&l.name))
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
        let mut put_own = false;
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
                put_own = true;
            }
        }
        if put_own {
            // Their markers, so a replacement before the next sync is seen
            // there (one listing more, only when this sync pushed).
            for l in store.list_meta(&format!("log/{me}"))? {
                if let Some(n) = segment::parse_name(&l.name) {
                    seen.listed(me, n, &l);
                }
            }
        }
        self.push_held_for_others(store, &conn, me, report)?;
        if report.repaired > 0 {
            report.warnings.push(crate::i18n::tr!(
                "v-sync-repaired",
                n = report.repaired.to_string()
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
                    .map(|n| n.split('-').next().unwrap_or(n))
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
            // After a rekey the name says which key's files open it
            // (`epoch/H/`): a clone takes those.
            let epoch = match self.remote_keys_dir(store)?.strip_prefix("epoch/") {
                Some(rest) => format!("-{}", rest.trim_end_matches("/keys")),
                None => String::new(),
            };
            store.put_new(
                &format!("snap/{me}-{}{epoch}", segment::name(upto)),
                &sealed,
            )?;
        }
        let now = timefmt::rfc3339(timefmt::now());
        let name = spec.name.clone();
        // Beside the index: a row would seal it whole at every sync.
        progress::set(
            &self.layout,
            &self.key,
            &self.config.id,
            &name,
            Some(progress::Entry {
                last_sync: Some(now),
                pushed: upto,
            }),
        )
    }
}

impl Vault {
    /// Exit 6 when the remote lists, under the name of a segment of `dev`
    /// up to `upto` that this replica holds a copy of (its own it pushed,
    /// or one it applied), other bytes: objects never change, and a
    /// replaced old segment would otherwise go unnoticed here (only the
    /// newest applied is read again) while new clones took it. Sizes and
    /// change markers come with the listing, so only a segment whose size
    /// differs from its copy, or whose marker from the one `seen`
    /// remembers, is fetched and compared whole (docs/sync.md, "Repair
    /// and refusal"). Segments listed after `upto` are noted in `seen`,
    /// kept at the end of the sync if it took them.
    fn check_held(
        &self,
        store: &dyn Store,
        dev: &str,
        listed: &[Listed],
        upto: u64,
        seen: &mut markers::Seen,
    ) -> Result<()> {
        let dir = log_dir(self.root(), dev);
        for l in listed {
            let Some(seq) = segment::parse_name(&l.name) else {
                continue;
            };
            if seq > upto {
                // Maybe pulled or pushed by this sync: its marker is kept
                // at the end if so.
                seen.listed(dev, seq, l);
                continue;
            }
            let local = dir.join(segment::name(seq));
            // None here: one a clone's snapshot held.
            let Ok(held) = std::fs::symlink_metadata(&local) else {
                continue;
            };
            if held.len() == l.size && matches!(seen.check(dev, seq, l), Verdict::Same) {
                continue;
            }
            let name = format!("log/{dev}/{}", segment::name(seq));
            if l.size > segment::MAX_SEALED {
                return Err(changed_under(&name));
            }
            let here = fsutil::read_bounded(&local, segment::MAX_SEALED)
                .map_err(|e| e.into_error(&local))?;
            match store.get(&name, segment::MAX_SEALED)? {
                Some(there) if there != here => return Err(changed_under(&name)),
                // The same bytes written again (a tool that touched it, a
                // multipart upload of them): its new marker is theirs.
                Some(_) => seen.remember(dev, seq, l),
                // Gone since the listing: the push puts it back.
                None => {}
            }
        }
        Ok(())
    }

    /// Pushes the segments of other devices that this replica holds (their
    /// exact sealed bytes) and the remote lacks. A restored backup holds the
    /// backed-up device's last segments, which may never have reached the
    /// remote, and that device may be gone: without them, every replica
    /// would wait forever for them before merging what this one wrote.
    /// `put_new` refuses different bytes under a name already there.
    fn push_held_for_others(
        &self,
        store: &dyn Store,
        conn: &Connection,
        me: &str,
        report: &mut SyncReport,
    ) -> Result<()> {
        let Ok(dirs) = std::fs::read_dir(self.root().join("log")) else {
            return Ok(());
        };
        for e in dirs.flatten() {
            let Some(dev) = e.file_name().to_str().map(str::to_string) else {
                continue;
            };
            if dev == me || !device::is_device_id(&dev) {
                continue;
            }
            let upto = applied(conn, &dev)?.map_or(0, |a| a.seq);
            let on_remote: BTreeSet<u64> = store
                .list(&format!("log/{dev}"))?
                .iter()
                .filter_map(|n| segment::parse_name(n))
                .collect();
            let Ok(files) = std::fs::read_dir(e.path()) else {
                continue;
            };
            let mut held: Vec<u64> = files
                .flatten()
                .filter_map(|f| f.file_name().to_str().and_then(segment::parse_name))
                .filter(|n| *n <= upto && !on_remote.contains(n))
                .collect();
            held.sort_unstable();
            for n in held {
                let path = log_dir(self.root(), &dev).join(segment::name(n));
                let sealed = fsutil::read_bounded(&path, segment::MAX_SEALED)
                    .map_err(|e| e.into_error(&path))?;
                store.put_new(&format!("log/{dev}/{}", segment::name(n)), &sealed)?;
                report.pushed_changes += 1;
            }
        }
        Ok(())
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
        crate::i18n::tr!("v-remote-changed-object", name = name),
        crate::i18n::tr!("v-remote-changed-object-hint"),
    )
}

fn unknown_remote(name: &str) -> Error {
    Error::not_found(
        crate::i18n::tr!("v-unknown-remote", name = format!("{name:?}")),
        crate::i18n::tr!("v-unknown-remote-hint"),
    )
}

fn check_remote_name(name: &str) -> Result<()> {
    // A leading '-' would read as a flag: `carnet sync -x` never reaches it.
    if name.is_empty()
        || name.len() > 64
        || name.starts_with('-')
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(Error::usage(
            crate::i18n::tr!("v-bad-remote-name", name = format!("{name:?}")),
            crate::i18n::tr!("v-bad-remote-name-hint"),
        ));
    }
    Ok(())
}
