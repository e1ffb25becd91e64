//! Several machines, one vault (domain.md §10, docs/sync.md): each copy of
//! a vault is a *replica* with its own device id. Every commit of a
//! replica also writes a *segment* (the rows it changed, captured by
//! SQLite's session extension, sealed, chained per device) into
//! `VAULT/log/DEVICE/`; `carnet sync` exchanges segments and the blobs
//! they name with a remote (a folder or an S3 bucket) that only ever holds
//! objects each written once by one device, and merges other devices'
//! segments field by field ([`merge`]).

pub mod change;
pub mod clone;
pub mod copies;
pub mod device;
pub mod devices;
mod fetch;
pub(crate) mod heal;
pub mod hlc;
pub mod keyring;
pub mod markers;
pub mod merge;
pub mod progress;
pub mod prune;
pub mod recipients;
pub mod remote;
pub mod segment;
pub mod sync;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{Error, Result};
use crate::fsutil;
use crate::journal::anchor;

use super::Vault;
use change::{Change, Op, Val};
use segment::Segment;

/// This replica's own record of what it applied of one device.
#[derive(Debug, Clone)]
pub struct Applied {
    pub seq: u64,
    pub hash: String,
    pub hlc: u64,
    pub last_at: Option<String>,
}

pub fn applied(conn: &Connection, device: &str) -> Result<Option<Applied>> {
    Ok(conn
        .prepare_cached("SELECT seq, hash, hlc, last_at FROM sync_applied WHERE device = ?1")?
        .query_row([device], |r| {
            Ok(Applied {
                seq: r.get::<_, i64>(0)? as u64,
                hash: r.get(1)?,
                hlc: r.get::<_, i64>(2)? as u64,
                last_at: r.get(3)?,
            })
        })
        .optional()?)
}

/// What this replica applied of every device: the `seen` of its next segment.
pub fn applied_all(conn: &Connection) -> Result<BTreeMap<String, u64>> {
    let mut stmt = conn.prepare_cached("SELECT device, seq FROM sync_applied")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set_applied(
    conn: &Connection,
    device: &str,
    a: &Applied,
    seen: &BTreeMap<String, u64>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_applied (device, seq, hash, hlc, seen, last_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT(device) DO UPDATE SET seq = ?2, hash = ?3, hlc = ?4, seen = ?5, last_at = ?6",
    )?
    .execute(params![
        device,
        a.seq as i64,
        a.hash,
        a.hlc as i64,
        serde_json::to_string(seen).expect("maps serialize"),
        a.last_at
    ])?;
    Ok(())
}

/// The newest clock value this replica has seen.
pub fn max_hlc(conn: &Connection) -> Result<u64> {
    let v: Option<i64> = conn.query_row("SELECT MAX(hlc) FROM sync_applied", [], |r| r.get(0))?;
    Ok(v.unwrap_or(0) as u64)
}

/// What each active device had seen at its latest segment (this one: all
/// it applied): the writes all of them saw leave the frontiers.
pub fn seen_by_each(conn: &Connection, own: &str) -> Result<Vec<BTreeMap<String, u64>>> {
    let mut out = vec![applied_all(conn)?];
    let mut stmt = conn.prepare_cached(
        "SELECT a.device, a.seq, a.seen FROM sync_applied a
         WHERE a.device != ?1
           AND NOT EXISTS (SELECT 1 FROM devices d WHERE d.id = a.device AND d.removed_at IS NOT NULL)",
    )?;
    let rows = stmt.query_map([own], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (d, seq, seen) = row?;
        let mut m: BTreeMap<String, u64> = serde_json::from_str(&seen).unwrap_or_default();
        m.insert(d, seq as u64);
        out.push(m);
    }
    Ok(out)
}

/// Where a replica keeps its own segments (and copies of those it pulled).
pub fn log_dir(root: &Path, device: &str) -> PathBuf {
    root.join("log").join(device)
}

fn ensure_dir(p: &Path) -> Result<()> {
    if !p.is_dir() {
        if let Some(parent) = p.parent() {
            if !parent.is_dir() {
                fsutil::create_private_dir(parent)?;
            }
        }
        fsutil::create_private_dir(p)?;
    }
    Ok(())
}

/// Primary-key columns by table, read once per replay rather than once
/// per row.
type PkColumns = std::collections::HashMap<String, Vec<String>>;

/// `PRAGMA recursive_triggers` on while it lives: a replayed insert is an
/// `INSERT OR REPLACE`, and a row it displaces fires delete triggers only
/// then (schema 5's kept counts must see it go). Off again after, so a
/// command's own `OR REPLACE` writes are captured as they always were.
/// Set once per replay: changing it recompiles every cached statement.
struct RecursiveTriggers<'c>(&'c Connection);

impl<'c> RecursiveTriggers<'c> {
    fn on(conn: &'c Connection) -> Result<RecursiveTriggers<'c>> {
        conn.execute_batch("PRAGMA recursive_triggers = ON")?;
        Ok(RecursiveTriggers(conn))
    }
}

impl Drop for RecursiveTriggers<'_> {
    fn drop(&mut self) {
        let _ = self.0.execute_batch("PRAGMA recursive_triggers = OFF");
    }
}

/// Own segment `path`, read and opened: the segment, its hash and its
/// sealed size; `None` when there is no such file.
fn read_own_segment(
    path: &Path,
    ring: &[crate::crypto::VaultKey],
    vault_id: &str,
) -> Result<Option<(Segment, String, u64)>> {
    let sealed = match fsutil::read_bounded(path, segment::MAX_SEALED) {
        Ok(b) => b,
        Err(fsutil::Unread::Missing) => return Ok(None),
        Err(e) => return Err(e.into_error(path)),
    };
    let (seg, hash, _) = Segment::open_ring(&sealed, ring, vault_id, &path.display().to_string())?;
    Ok(Some((seg, hash, sealed.len() as u64)))
}

/// Applies a row change as it is (this device's own, replayed). Statements
/// are cached: a replay applies the same few shapes segment after segment.
fn apply_plain(conn: &Connection, c: &Change, pks: &mut PkColumns) -> Result<()> {
    if !change::replicated(&c.t) {
        return Err(Error::usage(
            crate::i18n::tr!("v-change-does-not-fit", table = &c.t),
            crate::i18n::tr!("v-upgrade-then-sync-hint"),
        ));
    }
    if !pks.contains_key(&c.t) {
        let cols = change::columns(conn, &c.t)?;
        pks.insert(c.t.clone(), cols.pk_names());
    }
    let pk_cols = &pks[&c.t];
    let cond = change::pk_condition(pk_cols);
    let mut vals: Vec<rusqlite::types::Value> = c.pk.iter().map(Val::to_sql).collect();
    match c.op {
        Op::Delete => {
            conn.prepare_cached(&format!("DELETE FROM \"{}\" WHERE {cond}", c.t))?
                .execute(rusqlite::params_from_iter(vals.iter()))?;
        }
        Op::Insert => {
            let mut names: Vec<String> = pk_cols.iter().map(|s| format!("\"{s}\"")).collect();
            for (k, v) in &c.set {
                names.push(format!("\"{k}\""));
                vals.push(v.to_sql());
            }
            let marks = (1..=names.len())
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ");
            conn.prepare_cached(&format!(
                "INSERT OR REPLACE INTO \"{}\" ({}) VALUES ({marks})",
                c.t,
                names.join(", ")
            ))?
            .execute(rusqlite::params_from_iter(vals.iter()))?;
        }
        Op::Update => {
            if c.set.is_empty() {
                return Ok(());
            }
            let n = vals.len();
            let sets = c
                .set
                .keys()
                .enumerate()
                .map(|(i, k)| format!("\"{k}\" = ?{}", n + i + 1))
                .collect::<Vec<_>>()
                .join(", ");
            vals.extend(c.set.values().map(Val::to_sql));
            conn.prepare_cached(&format!("UPDATE \"{}\" SET {sets} WHERE {cond}", c.t))?
                .execute(rusqlite::params_from_iter(vals.iter()))?;
        }
    }
    Ok(())
}

impl Vault {
    /// The keys a segment may be sealed with: the current one, then those
    /// rekeys retired ([`keyring`]).
    pub(crate) fn key_ring(&self, conn: &Connection) -> Result<Vec<crate::crypto::VaultKey>> {
        let mut ring = vec![self.key.clone()];
        ring.extend(keyring::retired(conn)?);
        Ok(ring)
    }

    /// This replica's device id, if the vault is a replica.
    pub fn device(&self) -> Result<Option<String>> {
        device::get(self.root())
    }

    /// The name the remembered journal head is kept under: the vault id,
    /// and the device for a replica (two replicas of one vault on one
    /// machine each have their own chain).
    pub(crate) fn anchor_id(&self) -> String {
        Vault::anchor_id_for(self.root(), &self.config.id)
    }

    /// [`Vault::anchor_id`] of the vault `vault_id` in `root`.
    pub(crate) fn anchor_id_for(root: &Path, vault_id: &str) -> String {
        match device::get(root) {
            Ok(Some(d)) => format!("{vault_id}-{d}"),
            _ => vault_id.to_string(),
        }
    }

    /// Makes this vault a replica (a device id, its row in `devices`), if
    /// it is not one yet. The remembered journal head follows.
    pub fn become_replica(&self) -> Result<String> {
        if let Some(d) = device::get(self.root())? {
            return Ok(d);
        }
        let d = self.take_device_id()?;
        self.register_device(&d)?;
        Ok(d)
    }

    /// Gives this vault a device id (its commits are logged under it),
    /// carrying the remembered journal head over to the new anchor name.
    /// The caller writes its `devices` row.
    pub(super) fn take_device_id(&self) -> Result<String> {
        let before = anchor::load(&self.anchor_id());
        let d = device::renew(self.root())?;
        if let Some(seen) = before {
            anchor::store(&self.anchor_id(), &seen)?;
        }
        Ok(d)
    }

    /// Writes this device's row in the replicated `devices` table.
    pub(crate) fn register_device(&self, d: &str) -> Result<()> {
        self.write(|tx| self.record_device(tx, d))
    }

    /// This device's row in `devices`, if it is not there yet (a no-op,
    /// captured as nothing, when it is).
    pub(crate) fn record_device(&self, tx: &crate::vault::Tx, d: &str) -> Result<()> {
        tx.conn.execute(
            "INSERT OR IGNORE INTO devices (id, added_at) VALUES (?1, ?2)",
            params![d, crate::timefmt::rfc3339(tx.now)],
        )?;
        Ok(())
    }

    /// Seals this commit's rows as the device's next segment and writes it
    /// before the index is committed: a crash in between leaves a segment
    /// the next writer replays ([`Vault::replay_own_segments`]).
    pub(super) fn write_own_segment(
        &self,
        conn: &Connection,
        me: &str,
        changes: Vec<Change>,
    ) -> Result<u64> {
        self.write_own_segment_with(conn, me, changes, None)
    }

    /// As [`Vault::write_own_segment`]; with `rekey`, the segment is a
    /// rekey's transition (sealed, as every segment, with this vault's
    /// current key: the one the rekey retires).
    pub(crate) fn write_own_segment_with(
        &self,
        conn: &Connection,
        me: &str,
        changes: Vec<Change>,
        rekey: Option<segment::Transition>,
    ) -> Result<u64> {
        let prev = applied(conn, me)?;
        let seq = prev.as_ref().map_or(0, |a| a.seq) + 1;
        let mut seen = applied_all(conn)?;
        seen.remove(me);
        let hlc = hlc::tick(max_hlc(conn)?, hlc::now_ms());
        let blobs = changes
            .iter()
            .filter(|c| c.t == "docs" && c.op == Op::Insert)
            .filter_map(|c| match c.set.get("blob") {
                Some(Val::Text(b)) => Some(b.clone()),
                _ => None,
            })
            .collect();
        let seg = Segment {
            v: if rekey.is_some() {
                segment::FORMAT_REKEY
            } else {
                segment::FORMAT
            },
            vault: self.config.id.clone(),
            device: me.to_string(),
            seq,
            prev: prev.map(|a| a.hash).unwrap_or_else(segment::zero_hash),
            hlc,
            seen: seen.clone(),
            changes,
            blobs,
            rekey,
        };
        let (sealed, hash) = seg.seal(&self.key)?;
        let dir = log_dir(self.root(), me);
        ensure_dir(&dir)?;
        fsutil::write_atomic(&dir.join(segment::name(seq)), &sealed)?;
        self.note_own_segment(conn, &seg, &hash)?;
        Ok(sealed.len() as u64)
    }

    pub(crate) fn note_own_segment(
        &self,
        conn: &Connection,
        seg: &Segment,
        hash: &str,
    ) -> Result<()> {
        let a = Applied {
            seq: seg.seq,
            hash: hash.to_string(),
            hlc: seg.hlc,
            last_at: Some(crate::timefmt::rfc3339(crate::timefmt::now())),
        };
        set_applied(conn, &seg.device, &a, &seg.seen)?;
        // Alone (no other device's change applied here), every field's
        // frontier would be pruned as soon as recorded: recording them
        // would only cost O(change) rows and leave free pages behind.
        let alone: bool = conn
            .prepare_cached("SELECT NOT EXISTS (SELECT 1 FROM sync_applied WHERE device != ?1)")?
            .query_row([&seg.device], |r| r.get(0))?;
        if !alone {
            merge::record_local(conn, seg)?;
        }
        merge::prune(conn, &seen_by_each(conn, &seg.device)?)
    }

    /// Whether this device logged a commit after the last one `conn`
    /// applied (another process of this replica committed since), or the
    /// vault has no device id yet: then `conn` is not the latest.
    pub(super) fn own_log_moved_on(&self, conn: &Connection) -> Result<bool> {
        let Some(me) = device::get(self.root())? else {
            return Ok(true);
        };
        let next = applied(conn, &me)?.map_or(0, |a| a.seq) + 1;
        let path = log_dir(self.root(), &me).join(segment::name(next));
        Ok(std::fs::symlink_metadata(path).is_ok())
    }

    /// Applies this device's segments the index snapshot does not hold
    /// yet: the commits made since the last compaction (docs/format.md,
    /// "Index snapshot and commit log"). How many, and their sealed bytes.
    /// Other devices' segments a merge needs are read through `copies`
    /// (see [`copies`]).
    pub(super) fn replay_own_segments(
        &self,
        conn: &Connection,
        me: &str,
        copies: &mut copies::Copies,
    ) -> Result<(u64, u64)> {
        let dir = log_dir(self.root(), me);
        let first = applied(conn, me)?.map_or(0, |a| a.seq) + 1;
        if matches!(std::fs::symlink_metadata(dir.join(segment::name(first))), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
        {
            return Ok((0, 0));
        }
        // Segments carry no keyring rows (`sync_*`): one read serves the
        // whole replay.
        let ring = self.key_ring(conn)?;
        let _replace_counted = RecursiveTriggers::on(conn)?;
        // A thread reads and decrypts the segments one ahead of the one
        // being applied (an X25519 unwrap and the chunks of each: a fifth
        // of a command's time at 100k documents, with 16 segments to
        // replay on average), in order, stopping at the first missing.
        std::thread::scope(|scope| {
            let (tx, rx) = std::sync::mpsc::sync_channel(1);
            let (ring, dir, id) = (&ring, &dir, self.config.id.as_str());
            scope.spawn(move || {
                for seq in first.. {
                    let read = read_own_segment(&dir.join(segment::name(seq)), ring, id);
                    let more = matches!(read, Ok(Some(_)));
                    if tx.send((seq, read)).is_err() || !more {
                        break;
                    }
                }
            });
            self.apply_own_segments(conn, me, &ring[..], copies, |next| match rx.recv() {
                Ok((seq, read)) if seq == next => read,
                // Out of step (cannot happen: one segment is applied per
                // step): read it here.
                _ => read_own_segment(&dir.join(segment::name(next)), ring, id),
            })
        })
    }

    /// Applies own segments in order, each from `segment(seq)`, until one
    /// is missing (see [`Vault::replay_own_segments`]).
    fn apply_own_segments(
        &self,
        conn: &Connection,
        me: &str,
        ring: &[crate::crypto::VaultKey],
        copies: &mut copies::Copies,
        mut segment: impl FnMut(u64) -> Result<Option<(Segment, String, u64)>>,
    ) -> Result<(u64, u64)> {
        let (mut count, mut bytes) = (0, 0);
        let mut pks = PkColumns::new();
        loop {
            let last = applied(conn, me)?;
            let next = last.as_ref().map_or(0, |a| a.seq) + 1;
            let path = log_dir(self.root(), me).join(segment::name(next));
            let Some((seg, hash, sealed_len)) = segment(next)? else {
                return Ok((count, bytes));
            };
            // The transition of a rekey that never switched (killed before
            // the switch; the rekey held the lock, so no sync pushed it):
            // the vault kept its key, and the segment is dropped. Only when
            // the lock is free: a rekey still running holds it, and is
            // about to switch to the key its transition names.
            if let Some(t) = &seg.rekey {
                if t.to != self.key.recipient().to_string() {
                    let Some(_lock) = crate::vault::WriteLock::try_acquire(&self.layout.lock())?
                    else {
                        return Ok((count, bytes));
                    };
                    std::fs::remove_file(&path)
                        .map_err(|e| Error::io(crate::i18n::tr!("io-removing-rekey-segment"), e))?;
                    fsutil::sync_parent(&path)?;
                    return Ok((count, bytes));
                }
            }
            // The chain: a segment written after a gap, or put in the place
            // of another, does not name the one before it.
            let prev = last.map(|a| a.hash).unwrap_or_else(segment::zero_hash);
            if seg.device != me || seg.seq != next || seg.prev != prev {
                return Err(Error::integrity(
                    crate::i18n::tr!(
                        "v-not-own-segment",
                        path = path.display().to_string(),
                        next = next.to_string()
                    ),
                    crate::i18n::tr!("v-not-own-segment-hint"),
                ));
            }
            // What this commit merged first, from the local copies.
            self.remerge(conn, me, &seg, ring, copies)?;
            let mut journal: Vec<&Change> =
                seg.changes.iter().filter(|c| c.t == "journal").collect();
            journal.sort_by_key(|c| match c.pk.first() {
                Some(Val::Int(i)) => *i,
                _ => 0,
            });
            for c in journal {
                apply_plain(conn, c, &mut pks)?;
            }
            for c in seg.changes.iter().filter(|c| c.t != "journal") {
                apply_plain(conn, c, &mut pks)?;
            }
            self.note_own_segment(conn, &seg, &hash)?;
            count += 1;
            bytes += sealed_len;
        }
    }
}

impl Vault {
    /// Merges again, from their local copies, the other devices' segments
    /// that own segment `seg` had seen and `conn` has not applied: the
    /// merge a sync committed just before writing `seg` (a merge writes a
    /// segment, not the whole index: `Tx::replayable`). The same merge on
    /// the same index gives the same rows; its conflicts were journaled
    /// when it ran, so they are not again.
    fn remerge(
        &self,
        conn: &Connection,
        me: &str,
        seg: &Segment,
        ring: &[crate::crypto::VaultKey],
        copies: &mut copies::Copies,
    ) -> Result<()> {
        let mut queues: BTreeMap<String, Vec<merge::Fetched>> = BTreeMap::new();
        for (dev, &upto) in seg.seen.iter().filter(|(d, _)| d.as_str() != me) {
            let held = applied(conn, dev)?;
            let (mut seq, mut prev) = held
                .map(|a| (a.seq, a.hash))
                .unwrap_or((0, segment::zero_hash()));
            while seq < upto {
                let copy = copies.read(conn, &log_dir(self.root(), dev), dev, seq + 1)?;
                let (other, hash, key) =
                    Segment::open_ring(&copy.sealed, ring, &self.config.id, &copy.shown)?;
                // The same chain the sync checked when it fetched them.
                if other.device != *dev || other.seq != seq + 1 || other.prev != prev {
                    return Err(copy.not_the_one(dev, seq + 1));
                }
                seq += 1;
                prev = hash.clone();
                queues.entry(dev.clone()).or_default().push(merge::Fetched {
                    seg: other,
                    hash,
                    sealed: Vec::new(),
                    key,
                });
            }
        }
        if queues.is_empty() {
            return Ok(());
        }
        // The merge's time, as the sync recorded it: its journal entries'.
        let at = seg
            .changes
            .iter()
            .filter(|c| c.t == "journal")
            .find_map(|c| match c.set.get("at") {
                Some(Val::Text(t)) => Some(t.clone()),
                _ => None,
            })
            .unwrap_or_else(|| crate::timefmt::rfc3339(crate::timefmt::now()));
        self.merge_queues(conn, me, ring, &mut queues, &at, false)?;
        Ok(())
    }
}
