//! Merging another device's changes (domain.md §10), field by field.
//!
//! Each field (table, row, column; `*` stands for the row's existence)
//! keeps the writes to it that no later write has seen yet (its
//! *frontier*, in `sync_cells`): a write that saw another replaces it, two
//! that did not see each other are concurrent and both stay. The field's
//! value is decided from its frontier by one rule per field, the same on
//! every replica whatever the order segments arrive in (the frontier of
//! maximal writes does not depend on the order, and the rule is a pure
//! function of it):
//!
//! 1. protective fields: `masked`, `hidden_from_guardians`, `blocked`: set
//!    wins; `revoked_at`, `blocked_at`, a device's `removed_at`: a value
//!    wins over none; a row of `doc_masked_from` exists if any write says so
//!    (mask beats unmask);
//! 2. a row's existence: a deletion wins over a concurrent edit or insert;
//! 3. a document's `added_at`: the earliest (two concurrent inserts of one
//!    document are one addition, made when the first was; not journaled);
//! 4. any other field: the latest write by hybrid logical clock, then by
//!    device id; the value that lost is journaled as `sync.conflict`.
//!
//! Concurrent inserts of one row (its key derived from its content: the
//! same document added, or the same inbox item folded, on two replicas)
//! are one addition: a write that saw either insert replaces what both
//! wrote, so an edit made after the addition on one replica beats the
//! other replica's copy of the addition, whatever the clocks.
//!
//! A segment's writes to one row are taken together (`coalesced`): they
//! share one clock, and the ones the segment itself overwrote (a fold
//! inserts a document, then marks it unseen) are no conflict.
//!
//! A revoke or a block also beats every concurrent grant to the same
//! professional, even a new one (kept in `sync_guards` while in flight).
//! Writes every known device has seen are dropped from the frontier: no
//! later write can be concurrent with them.

use std::collections::{BTreeMap, BTreeSet};

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

use super::change::{columns, Change, Op, Val};
use super::segment::Segment;

/// One write to a field: which device's which segment, when, what value.
#[derive(Debug, Clone, PartialEq)]
pub struct Write {
    pub device: String,
    pub seq: u64,
    pub hlc: u64,
    pub val: Val,
}

/// Who wrote a segment and what it had seen: enough to tell whether two
/// writes saw each other.
#[derive(Debug, Clone)]
pub struct Origin {
    pub device: String,
    pub seq: u64,
    pub hlc: u64,
    pub seen: BTreeMap<String, u64>,
}

impl Origin {
    pub fn of(seg: &Segment) -> Origin {
        Origin {
            device: seg.device.clone(),
            seq: seg.seq,
            hlc: seg.hlc,
            seen: seg.seen.clone(),
        }
    }
    /// Whether this segment's writer had seen `(device, seq)`.
    pub fn saw(&self, device: &str, seq: u64) -> bool {
        (self.device == device && self.seq >= seq)
            || self.seen.get(device).is_some_and(|s| *s >= seq)
    }
}

/// A value kept over another by a merge: journaled as `sync.conflict`.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub table: String,
    pub pk: String,
    pub field: String,
    pub kept: Val,
    pub lost: Val,
}

/// A segment to merge, fetched from a remote (or read back from its
/// local copy): opened with the key ring's `key`.
pub struct Fetched {
    pub seg: Segment,
    pub hash: String,
    pub sealed: Vec<u8>,
    pub key: usize,
}

/// What a merge did: each device's run of segments merged (device, first,
/// last), the values that lost, how many changes.
#[derive(Default)]
pub struct Merged {
    pub runs: Vec<(String, u64, u64)>,
    pub conflicts: Vec<Conflict>,
    pub changes: usize,
}

#[derive(Debug, Default)]
pub struct Outcome {
    pub conflicts: Vec<Conflict>,
    /// Blobs named by documents this merge added.
    pub blobs: BTreeSet<String>,
    pub changes: usize,
}

/// How a field's concurrent writes are decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A set value (non-zero) wins: masks, blocks, hiding.
    SetWins,
    /// A value wins over none (NULL): revocations, removals.
    ValueWins,
    /// Deleted wins (a row's existence).
    DeleteWins,
    /// Present wins (a row whose existence is protective: a mask from one
    /// professional).
    PresentWins,
    /// The earliest value (a time), not journaled: concurrent values are
    /// the same addition made on two replicas (`docs.added_at`).
    Earliest,
    /// The latest write.
    Latest,
}

impl Rule {
    /// Whether the values that lose under this rule are journaled as
    /// `sync.conflict` (a value someone wrote and no longer sees).
    fn journaled(self) -> bool {
        self != Rule::Earliest
    }
}

pub fn rule(table: &str, col: &str) -> Rule {
    match (table, col) {
        ("doc_masked_from", "*") => Rule::PresentWins,
        (_, "*") => Rule::DeleteWins,
        ("docs" | "medical_items", "masked" | "hidden_from_guardians")
        | ("pros", "blocked")
        | ("grants", "expiry_journaled") => Rule::SetWins,
        ("grants", "revoked_at")
        | ("pros", "blocked_at")
        | ("devices", "removed_at" | "removed_after") => Rule::ValueWins,
        ("docs", "added_at") => Rule::Earliest,
        _ => Rule::Latest,
    }
}

/// A value's text, for comparing times (`None` sorts first: no value).
fn text(v: &Val) -> Option<&str> {
    match v {
        Val::Text(t) => Some(t),
        _ => None,
    }
}

fn later(a: &Write, b: &Write) -> bool {
    (a.hlc, &a.device) > (b.hlc, &b.device)
}

/// The write whose value a field takes, from its frontier (never empty).
pub fn decide(rule: Rule, frontier: &[Write]) -> &Write {
    let latest_of = |pred: &dyn Fn(&Val) -> bool| {
        frontier
            .iter()
            .filter(|w| pred(&w.val))
            .fold(None::<&Write>, |best, w| match best {
                Some(b) if !later(w, b) => Some(b),
                _ => Some(w),
            })
    };
    let any = |_: &Val| true;
    let pick = match rule {
        Rule::SetWins | Rule::PresentWins => latest_of(&|v: &Val| v.truthy()),
        Rule::ValueWins => latest_of(&|v: &Val| !v.is_null()),
        Rule::DeleteWins => latest_of(&|v: &Val| !v.truthy()),
        // Stored times are RFC 3339 in UTC with whole seconds: their text
        // orders as they do. (Equal values: the latest write, as any.)
        Rule::Earliest => frontier.iter().fold(None::<&Write>, |best, w| match best {
            Some(b) if text(&b.val) < text(&w.val) || (b.val == w.val && !later(w, b)) => Some(b),
            _ => Some(w),
        }),
        Rule::Latest => None,
    };
    pick.or_else(|| latest_of(&any))
        .expect("a frontier is never empty")
}

fn frontier(conn: &Connection, table: &str, pk: &str, col: &str) -> Result<Vec<Write>> {
    let mut stmt = conn.prepare_cached(
        "SELECT device, seq, hlc, val FROM sync_cells WHERE tbl = ?1 AND pk = ?2 AND col = ?3",
    )?;
    let rows = stmt.query_map(params![table, pk, col], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (device, seq, hlc, val) = row?;
        out.push(Write {
            device,
            seq: seq as u64,
            hlc: hlc as u64,
            val: serde_json::from_str(&val).unwrap_or(Val::Null),
        });
    }
    Ok(out)
}

fn store_frontier(conn: &Connection, table: &str, pk: &str, col: &str, f: &[Write]) -> Result<()> {
    conn.prepare_cached("DELETE FROM sync_cells WHERE tbl = ?1 AND pk = ?2 AND col = ?3")?
        .execute(params![table, pk, col])?;
    let mut ins = conn.prepare_cached(
        "INSERT INTO sync_cells (tbl, pk, col, device, seq, hlc, val) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for w in f {
        ins.execute(params![
            table,
            pk,
            col,
            w.device,
            w.seq as i64,
            w.hlc as i64,
            w.val.key()
        ])?;
    }
    Ok(())
}

/// What a write's segment had seen (kept while the write is in flight).
fn seen_of(conn: &Connection, device: &str, seq: u64) -> Result<BTreeMap<String, u64>> {
    let s: Option<String> = conn
        .prepare_cached("SELECT seen FROM sync_segs WHERE device = ?1 AND seq = ?2")?
        .query_row(params![device, seq as i64], |r| r.get(0))
        .optional()?;
    Ok(s.and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default())
}

/// Whether `w` (a write in a frontier) had seen the segment `seq` of
/// `device`.
fn write_saw(conn: &Connection, w: &Write, device: &str, seq: u64) -> Result<bool> {
    if w.device == device {
        return Ok(w.seq >= seq);
    }
    Ok(seen_of(conn, &w.device, w.seq)?
        .get(device)
        .is_some_and(|s| *s >= seq))
}

/// The inserts of a row not yet seen by every device (its `*` frontier's
/// writes that say it exists): more than one when replicas inserted it
/// concurrently, which the merge takes as one addition.
fn inserts(conn: &Connection, table: &str, pk: &str) -> Result<Vec<Write>> {
    let mut f = frontier(conn, table, pk, "*")?;
    f.retain(|w| w.val.truthy());
    Ok(f)
}

fn same(w: &Write, device: &str, seq: u64) -> bool {
    w.device == device && w.seq == seq
}

/// Whether `o` saw the held write `w`: itself, or, if `w` is one of the
/// row's concurrent inserts, another of them (they are one addition).
fn saw_write(o: &Origin, w: &Write, inserts: &[Write]) -> bool {
    o.saw(&w.device, w.seq)
        || (inserts.iter().any(|i| same(i, &w.device, w.seq))
            && inserts
                .iter()
                .any(|i| !same(i, &o.device, o.seq) && o.saw(&i.device, i.seq)))
}

/// Whether the held write `w` saw `o`'s: itself, or, if `o` is one of the
/// row's concurrent inserts, another of them.
fn write_saw_origin(conn: &Connection, w: &Write, o: &Origin, inserts: &[Write]) -> Result<bool> {
    if write_saw(conn, w, &o.device, o.seq)? {
        return Ok(true);
    }
    if !inserts.iter().any(|i| same(i, &o.device, o.seq)) {
        return Ok(false);
    }
    for i in inserts {
        if !same(i, &o.device, o.seq)
            && !same(i, &w.device, w.seq)
            && write_saw(conn, w, &i.device, i.seq)?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Adds `o`'s write of `val` to a field; returns the field's decided value
/// if the write counts (it is not older than a write already held).
/// `inserts` are the row's concurrent inserts ([`inserts`]; none for `*`).
#[allow(clippy::too_many_arguments)]
fn write_field(
    conn: &Connection,
    o: &Origin,
    table: &str,
    pk: &str,
    col: &str,
    val: &Val,
    inserts: &[Write],
    out: &mut Outcome,
) -> Result<Option<Val>> {
    let mut f: Vec<Write> = Vec::new();
    f.extend(
        frontier(conn, table, pk, col)?
            .into_iter()
            .filter(|w| !saw_write(o, w, inserts)),
    );
    for w in &f {
        if write_saw_origin(conn, w, o, inserts)? {
            return Ok(None);
        }
    }
    f.push(Write {
        device: o.device.clone(),
        seq: o.seq,
        hlc: o.hlc,
        val: val.clone(),
    });
    let rule = rule(table, col);
    let won = decide(rule, &f).clone();
    for w in f.iter().filter(|_| rule.journaled()) {
        if w.val != won.val {
            out.conflicts.push(Conflict {
                table: table.into(),
                pk: pk.into(),
                field: col.into(),
                kept: won.val.clone(),
                lost: w.val.clone(),
            });
        }
    }
    store_frontier(conn, table, pk, col, &f)?;
    Ok(Some(won.val))
}

/// Records a write of this device (it saw everything held): it replaces
/// each field's frontier, when other devices may still write concurrently.
pub fn record_local(conn: &Connection, seg: &Segment) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO sync_segs (device, seq, seen) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![
        seg.device,
        seg.seq as i64,
        serde_json::to_string(&seg.seen).expect("maps serialize")
    ])?;
    let o = Origin::of(seg);
    for c in &coalesced(&seg.changes) {
        if is_journal(&c.t) {
            continue;
        }
        let pk = c.pk_key();
        for (col, val) in fields(c) {
            let w = Write {
                device: o.device.clone(),
                seq: o.seq,
                hlc: o.hlc,
                val: val.clone(),
            };
            store_frontier(conn, &c.t, &pk, &col, &[w])?;
        }
        if let Some(rpps) = guard_rpps(conn, c)? {
            add_guard(conn, &rpps, &o)?;
        }
    }
    Ok(())
}

/// Puts this device's own writes of `seg` back into the frontiers, where
/// they are missing: a device that knew no other device when it wrote
/// them kept no frontier (nothing could be concurrent, as far as it knew),
/// but another device that had not seen them may have written the same
/// fields since (a clone made from an older snapshot). Called, before
/// merging, for this device's segments the incoming ones had not seen;
/// writes already recorded, or seen by a later one, are left as they are.
pub fn recall_own(conn: &Connection, seg: &Segment) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO sync_segs (device, seq, seen) VALUES (?1, ?2, ?3)")?
        .execute(params![
            seg.device,
            seg.seq as i64,
            serde_json::to_string(&seg.seen).expect("maps serialize")
        ])?;
    let o = Origin::of(seg);
    for c in &coalesced(&seg.changes) {
        if is_journal(&c.t) {
            continue;
        }
        let pk = c.pk_key();
        for (col, val) in fields(c) {
            let mut f = frontier(conn, &c.t, &pk, &col)?;
            if f.iter().any(|w| w.device == o.device && w.seq >= o.seq) {
                continue;
            }
            let mut later = false;
            for w in &f {
                later |= write_saw(conn, w, &o.device, o.seq)?;
            }
            if later {
                continue;
            }
            f.retain(|w| !o.saw(&w.device, w.seq));
            f.push(Write {
                device: o.device.clone(),
                seq: o.seq,
                hlc: o.hlc,
                val,
            });
            store_frontier(conn, &c.t, &pk, &col, &f)?;
        }
        if let Some(rpps) = guard_rpps(conn, c)? {
            add_guard(conn, &rpps, &o)?;
        }
    }
    Ok(())
}

/// A segment's changes, each row's run of inserts and updates made one
/// change (an update joins the row's last insert or update, unless a
/// deletion came between), its values last. All the writes of a segment
/// have one clock, so the row ends the same; decided one by one, a value
/// the segment itself overwrote (a fold inserts a document, then marks
/// it unseen) would meet other replicas' writes and be journaled as a
/// conflict.
///
/// A deletion the segment then undid (a row deleted and inserted again:
/// `edit --tag` rewrites a document's tags) is dropped: the insert
/// carries the whole row, and [`apply`] takes deletions last, so kept it
/// would delete the row the segment ends with.
fn coalesced(changes: &[Change]) -> Vec<Change> {
    let mut out: Vec<Option<Change>> = Vec::with_capacity(changes.len());
    let mut open: std::collections::HashMap<(&str, String), usize> =
        std::collections::HashMap::new();
    let mut deleted: std::collections::HashMap<(&str, String), usize> =
        std::collections::HashMap::new();
    for c in changes {
        let key = (c.t.as_str(), c.pk_key());
        match c.op {
            Op::Update => {
                if let Some(&i) = open.get(&key) {
                    if let Some(row) = out[i].as_mut() {
                        row.set.extend(c.set.clone());
                    }
                    continue;
                }
                open.insert(key, out.len());
            }
            Op::Insert => {
                if let Some(i) = deleted.remove(&key) {
                    out[i] = None;
                }
                open.insert(key, out.len());
            }
            Op::Delete => {
                open.remove(&key);
                deleted.insert(key, out.len());
            }
        }
        out.push(Some(c.clone()));
    }
    out.into_iter().flatten().collect()
}

fn is_journal(t: &str) -> bool {
    t == "journal" || t == "journal_peer"
}

/// The fields a change writes, `*` for its existence.
fn fields(c: &Change) -> Vec<(String, Val)> {
    let mut out = Vec::new();
    match c.op {
        Op::Insert => out.push(("*".to_string(), Val::Int(1))),
        Op::Delete => out.push(("*".to_string(), Val::Int(0))),
        Op::Update => {}
    }
    for (k, v) in &c.set {
        out.push((k.clone(), v.clone()));
    }
    out
}

/// The professional a change protects against, if it is a revoke or a block.
fn guard_rpps(conn: &Connection, c: &Change) -> Result<Option<String>> {
    match c.t.as_str() {
        "pros" if c.set.get("blocked").is_some_and(|v| v.truthy()) => Ok(pk_text(c)),
        "grants" if c.set.get("revoked_at").is_some_and(|v| !v.is_null()) => {
            match c.set.get("rpps") {
                Some(Val::Text(r)) => Ok(Some(r.clone())),
                _ => {
                    let id = pk_text(c).unwrap_or_default();
                    Ok(conn
                        .query_row("SELECT rpps FROM grants WHERE id = ?1", [id], |r| r.get(0))
                        .optional()?)
                }
            }
        }
        _ => Ok(None),
    }
}

fn pk_text(c: &Change) -> Option<String> {
    match c.pk.first() {
        Some(Val::Text(s)) => Some(s.clone()),
        _ => None,
    }
}

fn add_guard(conn: &Connection, rpps: &str, o: &Origin) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO sync_guards (rpps, device, seq, hlc) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![rpps, o.device, o.seq as i64, o.hlc as i64])?;
    Ok(())
}

/// A clock value as a stored time (whole seconds, as every time carnet
/// stores: a revocation time must parse where grants are read).
fn hlc_time(hlc: u64) -> String {
    let secs = (super::hlc::millis(hlc) / 1000) as i64;
    time::OffsetDateTime::from_unix_timestamp(secs)
        .map(crate::timefmt::rfc3339)
        .unwrap_or_default()
}

/// Applies another device's segment (its journal entries included) to the
/// index. The caller applies a device's segments in order, and only once
/// it holds every segment this one had seen.
pub fn apply(conn: &Connection, seg: &Segment) -> Result<Outcome> {
    let o = Origin::of(seg);
    let mut out = Outcome::default();
    conn.prepare_cached(
        "INSERT OR REPLACE INTO sync_segs (device, seq, seen) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![
        seg.device,
        seg.seq as i64,
        serde_json::to_string(&seg.seen).expect("maps serialize")
    ])?;
    // Journal entries first, in chain order (a changeset lists rows in no
    // particular order).
    let mut entries: Vec<&Change> = seg.changes.iter().filter(|c| c.t == "journal").collect();
    entries.sort_by_key(|c| match c.pk.first() {
        Some(Val::Int(i)) => *i,
        _ => i64::MAX,
    });
    for c in entries {
        apply_journal(conn, &seg.device, c)?;
    }
    // Parents before children (a document before its tags).
    let order = |t: &str| match t {
        "meta" | "devices" | "pros" | "docs" => 0,
        _ => 1,
    };
    let changes = coalesced(&seg.changes);
    let mut rows: Vec<&Change> = changes.iter().filter(|c| !is_journal(&c.t)).collect();
    rows.sort_by_key(|c| (order(&c.t), c.op == Op::Delete));
    for c in rows {
        apply_row(conn, &o, c, &mut out)?;
        out.changes += 1;
    }
    Ok(out)
}

fn apply_journal(conn: &Connection, device: &str, c: &Change) -> Result<()> {
    let text = |k: &str| match c.set.get(k) {
        Some(Val::Text(s)) => s.as_str(),
        _ => "",
    };
    let target = match c.set.get("target") {
        Some(Val::Text(s)) => Some(s.as_str()),
        _ => None,
    };
    let seq = match c.pk.first() {
        Some(Val::Int(i)) => *i,
        _ => 0,
    };
    crate::journal::peers::append_peer(
        conn,
        &crate::journal::peers::PeerEntry {
            device,
            seq,
            at: text("at"),
            actor_type: text("actor_type"),
            actor_id: text("actor_id"),
            actor_name: text("actor_name"),
            mode: text("mode"),
            action: text("action"),
            target,
            details: text("details"),
            hash: text("hash"),
        },
    )?;
    Ok(())
}

fn row_exists(conn: &Connection, table: &str, pk_cols: &[String], pk: &[Val]) -> Result<bool> {
    let cond = super::change::pk_condition(pk_cols);
    let vals: Vec<_> = pk.iter().map(Val::to_sql).collect();
    Ok(conn
        .query_row(
            &format!("SELECT 1 FROM \"{table}\" WHERE {cond}"),
            rusqlite::params_from_iter(vals.iter()),
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn apply_row(conn: &Connection, o: &Origin, c: &Change, out: &mut Outcome) -> Result<()> {
    let cols = columns(conn, &c.t)?;
    let pk_cols = cols.pk_names();
    // Bookkeeping and derived tables are each replica's own: a segment
    // that names one does not fit, whoever sealed it.
    if !super::change::replicated(&c.t)
        || pk_cols.len() != c.pk.len()
        || c.set.keys().any(|k| !cols.names.contains(k))
    {
        return Err(crate::error::Error::usage(
            crate::i18n::tr!("v-change-does-not-fit", table = &c.t),
            crate::i18n::tr!("v-upgrade-then-sync-hint"),
        ));
    }
    let pk = c.pk_key();
    let mut decided: BTreeMap<String, Val> = BTreeMap::new();
    let mut exists_decided = None;
    // `*` comes first: an insert is among the row's inserts before its
    // fields are written.
    let mut inserts: Option<Vec<Write>> = None;
    for (col, val) in fields(c) {
        let ins: &[Write] = if col == "*" {
            &[]
        } else {
            if inserts.is_none() {
                inserts = Some(self::inserts(conn, &c.t, &pk)?);
            }
            inserts.as_deref().unwrap_or_default()
        };
        if let Some(v) = write_field(conn, o, &c.t, &pk, &col, &val, ins, out)? {
            if col == "*" {
                exists_decided = Some(v.truthy());
            } else {
                decided.insert(col, v);
            }
        }
    }
    let exists = row_exists(conn, &c.t, &pk_cols, &c.pk)?;
    let cond = super::change::pk_condition(&pk_cols);
    let pk_vals: Vec<_> = c.pk.iter().map(Val::to_sql).collect();
    match exists_decided {
        Some(false) => {
            if exists {
                conn.execute(
                    &format!("DELETE FROM \"{}\" WHERE {cond}", c.t),
                    rusqlite::params_from_iter(pk_vals.iter()),
                )?;
            }
            return Ok(());
        }
        Some(true) if !exists => {
            // A new row: the insert's values, with each field as decided.
            let mut row = c.set.clone();
            row.extend(decided);
            if c.t == "docs" && same_content_kept(conn, c, &row, out)? {
                return Ok(());
            }
            let mut names: Vec<String> = pk_cols.clone();
            let mut vals: Vec<rusqlite::types::Value> = pk_vals.clone();
            for (k, v) in &row {
                names.push(k.clone());
                vals.push(v.to_sql());
            }
            if c.t == "docs" {
                if let Some(Val::Text(b)) = row.get("blob") {
                    out.blobs.insert(b.clone());
                }
            }
            let marks = (1..=names.len())
                .map(|i| format!("?{i}"))
                .collect::<Vec<_>>()
                .join(", ");
            let quoted = names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ");
            // A row whose parent a concurrent deletion removed stays out
            // (the deletion wins).
            match conn.execute(
                &format!("INSERT INTO \"{}\" ({quoted}) VALUES ({marks})", c.t),
                rusqlite::params_from_iter(vals.iter()),
            ) {
                Ok(_) => {}
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::ConstraintViolation => {}
                Err(e) => return Err(e.into()),
            }
        }
        _ => {
            if !exists || decided.is_empty() {
                return Ok(());
            }
            let n = pk_cols.len();
            let sets = decided
                .keys()
                .enumerate()
                .map(|(i, k)| format!("\"{k}\" = ?{}", n + i + 1))
                .collect::<Vec<_>>()
                .join(", ");
            let mut vals = pk_vals.clone();
            vals.extend(decided.values().map(Val::to_sql));
            conn.execute(
                &format!("UPDATE \"{}\" SET {sets} WHERE {cond}", c.t),
                rusqlite::params_from_iter(vals.iter()),
            )?;
        }
    }
    // A revoke or a block beats every concurrent grant to that professional.
    if let Some(rpps) = guard_rpps(conn, c)? {
        add_guard(conn, &rpps, o)?;
        revoke_concurrent_grants(conn, &rpps, o, out)?;
    }
    if c.t == "grants" && c.op == Op::Insert {
        if let Some(Val::Text(rpps)) = c.set.get("rpps") {
            revoke_if_guarded(conn, &pk, rpps, o, out)?;
        }
    }
    Ok(())
}

/// The same document added on two devices is one document: the one with
/// the smaller id stays on every replica.
fn same_content_kept(
    conn: &Connection,
    c: &Change,
    row: &BTreeMap<String, Val>,
    out: &mut Outcome,
) -> Result<bool> {
    let Some(Val::Text(blob)) = row.get("blob") else {
        return Ok(false);
    };
    let held: Option<String> = conn
        .query_row("SELECT id FROM docs WHERE blob = ?1", [blob], |r| r.get(0))
        .optional()?;
    let Some(held) = held else { return Ok(false) };
    let incoming = pk_text(c).unwrap_or_default();
    out.conflicts.push(Conflict {
        table: "docs".into(),
        pk: serde_json::to_string(&[&held]).expect("strings serialize"),
        field: "*".into(),
        kept: Val::Text(held.clone().min(incoming.clone())),
        lost: Val::Text(held.clone().max(incoming.clone())),
    });
    if held <= incoming {
        return Ok(true);
    }
    conn.execute("DELETE FROM docs WHERE id = ?1", [&held])?;
    Ok(false)
}

fn revoke_concurrent_grants(
    conn: &Connection,
    rpps: &str,
    o: &Origin,
    out: &mut Outcome,
) -> Result<()> {
    let mut stmt = conn.prepare(
        "SELECT g.id, c.device, c.seq FROM grants g JOIN sync_cells c
           ON c.tbl = 'grants' AND c.col = '*' AND c.pk = json_array(g.id)
         WHERE g.rpps = ?1 AND g.revoked_at IS NULL",
    )?;
    let inserts: Vec<(String, String, i64)> = stmt
        .query_map([rpps], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, device, seq) in inserts {
        let w = Write {
            device,
            seq: seq as u64,
            hlc: 0,
            val: Val::Int(1),
        };
        if !o.saw(&w.device, w.seq) && !write_saw(conn, &w, &o.device, o.seq)? {
            revoke(conn, &id, o, out)?;
        }
    }
    Ok(())
}

fn revoke_if_guarded(
    conn: &Connection,
    pk: &str,
    rpps: &str,
    o: &Origin,
    out: &mut Outcome,
) -> Result<()> {
    let mut stmt =
        conn.prepare_cached("SELECT device, seq, hlc FROM sync_guards WHERE rpps = ?1")?;
    let guards: Vec<(String, i64, i64)> = stmt
        .query_map([rpps], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (device, seq, hlc) in guards {
        let g = Origin {
            seen: seen_of(conn, &device, seq as u64)?,
            device,
            seq: seq as u64,
            hlc: hlc as u64,
        };
        if !o.saw(&g.device, g.seq) && !g.saw(&o.device, o.seq) {
            let id: String = serde_json::from_str::<Vec<String>>(pk)
                .ok()
                .and_then(|v| v.into_iter().next())
                .unwrap_or_default();
            revoke(conn, &id, &g, out)?;
            return Ok(());
        }
    }
    Ok(())
}

/// Revokes a grant as the guard `by` (a write of `by`, so every replica
/// records the same one whatever the order).
fn revoke(conn: &Connection, id: &str, by: &Origin, out: &mut Outcome) -> Result<()> {
    let pk = serde_json::to_string(&[id]).expect("strings serialize");
    let at = Val::Text(hlc_time(by.hlc));
    if let Some(v) = write_field(conn, by, "grants", &pk, "revoked_at", &at, &[], out)? {
        conn.execute(
            "UPDATE grants SET revoked_at = ?2 WHERE id = ?1",
            params![id, v.to_sql()],
        )?;
        out.conflicts.push(Conflict {
            table: "grants".into(),
            pk,
            field: "revoked_at".into(),
            kept: v,
            lost: Val::Null,
        });
    }
    Ok(())
}

/// Drops from the frontiers every write that all of `devices` have seen.
pub fn prune(conn: &Connection, seen_by_each: &[BTreeMap<String, u64>]) -> Result<()> {
    if seen_by_each.is_empty() {
        return Ok(());
    }
    let mut stable: BTreeMap<String, u64> = seen_by_each[0].clone();
    for s in &seen_by_each[1..] {
        stable = stable
            .into_iter()
            .map(|(d, n)| (d.clone(), n.min(s.get(&d).copied().unwrap_or(0))))
            .collect();
    }
    // Cached: a replay prunes after every segment it applies.
    for (d, n) in stable {
        let n = n as i64;
        conn.prepare_cached("DELETE FROM sync_cells WHERE device = ?1 AND seq <= ?2")?
            .execute(params![d, n])?;
        conn.prepare_cached("DELETE FROM sync_guards WHERE device = ?1 AND seq <= ?2")?
            .execute(params![d, n])?;
        conn.prepare_cached("DELETE FROM sync_segs WHERE device = ?1 AND seq <= ?2")?
            .execute(params![d, n])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::replica::change::Capture;
    use crate::vault::replica::{applied, applied_all, hlc, seen_by_each, set_applied, Applied};
    use crate::vault::schema;
    use proptest::prelude::*;

    /// A replica in memory: the real schema, segments made by the real
    /// capture and merged by the real merge.
    struct Rep {
        conn: Connection,
        dev: String,
        log: Vec<Segment>,
        clock: u64,
    }

    impl Rep {
        fn new(dev: &str) -> Rep {
            let conn = Connection::open_in_memory().unwrap();
            schema::create(&conn).unwrap();
            conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
            let mut r = Rep {
                conn,
                dev: dev.into(),
                log: Vec::new(),
                clock: 1,
            };
            // As `become_replica` and `clone` do: a device's first
            // segment registers it.
            r.local(&format!(
                "INSERT INTO devices (id, added_at) VALUES ('{dev}', 'now')"
            ));
            r
        }

        /// A local commit of `sql`; its segment is kept for the others.
        fn local(&mut self, sql: &str) {
            let changes = {
                let mut cap = Capture::start(&self.conn).unwrap();
                // A random change may not apply here (no such row): no change.
                if self.conn.execute_batch(sql).is_err() {
                    return;
                }
                cap.finish(&self.conn).unwrap()
            };
            if changes.is_empty() {
                return;
            }
            let prev = applied(&self.conn, &self.dev).unwrap();
            let mut seen = applied_all(&self.conn).unwrap();
            seen.remove(&self.dev);
            // Test clocks: each replica's wall clock ticks its own way.
            self.clock += 7;
            let seg = Segment {
                v: 1,
                vault: "v".into(),
                device: self.dev.clone(),
                seq: prev.as_ref().map_or(0, |a| a.seq) + 1,
                prev: String::new(),
                hlc: hlc::tick(super::super::max_hlc(&self.conn).unwrap(), self.clock),
                seen: seen.clone(),
                changes,
                blobs: vec![],
                rekey: None,
            };
            set_applied(
                &self.conn,
                &self.dev,
                &Applied {
                    seq: seg.seq,
                    hash: String::new(),
                    hlc: seg.hlc,
                    last_at: None,
                },
                &seen,
            )
            .unwrap();
            record_local(&self.conn, &seg).unwrap();
            prune(&self.conn, &seen_by_each(&self.conn, &self.dev).unwrap()).unwrap();
            self.log.push(seg);
        }

        /// Applies every segment of `others` it can (in causal order).
        fn pull(&mut self, others: &[Vec<Segment>]) -> usize {
            let mut conflicts = 0;
            // As `sync` does: this device's own segments the incoming ones
            // had not seen get their frontiers back first.
            let oldest_seen = others
                .iter()
                .flatten()
                .filter(|s| s.device != self.dev)
                .map(|s| s.seen.get(&self.dev).copied().unwrap_or(0))
                .min();
            if let Some(from) = oldest_seen {
                for seg in self.log.iter().filter(|s| s.seq > from) {
                    recall_own(&self.conn, seg).unwrap();
                }
            }
            loop {
                let mut progressed = false;
                for log in others {
                    let Some(first) = log.first() else { continue };
                    if first.device == self.dev {
                        continue;
                    }
                    let have = applied(&self.conn, &first.device)
                        .unwrap()
                        .map_or(0, |a| a.seq);
                    // A log holds seq 1, 2, … in order.
                    for seg in log.iter().skip(have as usize) {
                        let ready = seg.seen.iter().all(|(d, n)| {
                            d == &self.dev
                                || applied(&self.conn, d).unwrap().map_or(0, |a| a.seq) >= *n
                        });
                        if !ready {
                            continue;
                        }
                        let out = apply(&self.conn, seg).unwrap();
                        conflicts += out.conflicts.len();
                        set_applied(
                            &self.conn,
                            &seg.device,
                            &Applied {
                                seq: seg.seq,
                                hash: String::new(),
                                hlc: seg.hlc,
                                last_at: None,
                            },
                            &seg.seen,
                        )
                        .unwrap();
                        progressed = true;
                    }
                }
                if !progressed {
                    break;
                }
            }
            prune(&self.conn, &seen_by_each(&self.conn, &self.dev).unwrap()).unwrap();
            conflicts
        }

        /// One value of a query.
        fn one<T: rusqlite::types::FromSql>(&self, sql: &str) -> T {
            self.conn.query_row(sql, [], |x| x.get(0)).unwrap()
        }

        fn state(&self) -> String {
            let mut out = String::new();
            for q in [
                "SELECT id, title, masked, hidden_from_guardians, added_at, origin FROM docs ORDER BY id",
                "SELECT doc_id, tag FROM doc_tags ORDER BY 1, 2",
                "SELECT doc_id, rpps FROM doc_masked_from ORDER BY 1, 2",
                "SELECT rpps, name, blocked FROM pros ORDER BY rpps",
                "SELECT id, rpps, revoked_at IS NOT NULL FROM grants ORDER BY id",
            ] {
                let mut stmt = self.conn.prepare(q).unwrap();
                let n = stmt.column_count();
                let rows = stmt
                    .query_map([], |r| {
                        (0..n)
                            .map(|i| {
                                r.get::<_, rusqlite::types::Value>(i)
                                    .map(|v| format!("{v:?}"))
                            })
                            .collect::<rusqlite::Result<Vec<_>>>()
                    })
                    .unwrap();
                for r in rows {
                    out.push_str(&r.unwrap().join("|"));
                    out.push('\n');
                }
                out.push_str("--\n");
            }
            out
        }
    }

    fn doc_sql(id: &str, blob: &str) -> String {
        format!(
            "INSERT INTO docs (id, title, type, date, size, sha256, blob, media_type, filename, added_at)
             VALUES ('{id}', 't-{id}', 'other', '2026-01-01', 1, 'h', '{blob}', 'text/plain', 'f', '2026-01-01T00:00:00Z')"
        )
    }

    /// What an inbox fold commits: a document whose id comes from the
    /// item, inserted, then marked unseen (one segment).
    fn fold_sql(id: &str, added_at: &str) -> String {
        format!(
            "INSERT OR IGNORE INTO docs (id, title, type, date, size, sha256, blob, media_type, filename, added_at)
             VALUES ('{id}', 'scan', 'other', '2026-01-01', 1, 'h', 'blob-{id}', 'text/plain', 'f', '{added_at}');
             UPDATE docs SET origin = 'inbox' WHERE id = '{id}' AND origin = 'holder'"
        )
    }

    const PRO: &str = "INSERT OR IGNORE INTO pros (rpps, name, added_at) VALUES ('10003456786', 'Dr Dubois', 'x')";

    fn sync_all(reps: &mut [Rep]) {
        for _ in 0..3 {
            let logs: Vec<Vec<Segment>> = reps.iter().map(|r| r.log.clone()).collect();
            for r in reps.iter_mut() {
                r.pull(&logs);
            }
        }
    }

    fn pair() -> Vec<Rep> {
        let mut a = Rep::new("aaaaaaaaaaaaaaaa");
        let mut b = Rep::new("bbbbbbbbbbbbbbbb");
        a.local(&doc_sql("d1", "b1"));
        a.local(PRO);
        let mut reps = vec![a, b];
        sync_all(&mut reps);
        b = reps.pop().unwrap();
        a = reps.pop().unwrap();
        vec![a, b]
    }

    #[test]
    fn additions_on_both_sides_are_all_kept() {
        let mut r = pair();
        r[0].local(&doc_sql("d2", "b2"));
        r[1].local(&doc_sql("d3", "b3"));
        sync_all(&mut r);
        assert_eq!(r[0].state(), r[1].state());
        assert_eq!(
            r[0].conn
                .query_row("SELECT COUNT(*) FROM docs", [], |x| x.get::<_, i64>(0))
                .unwrap(),
            3
        );
    }

    #[test]
    fn the_same_content_added_on_both_sides_is_one_document() {
        let mut r = pair();
        r[0].local(&doc_sql("d9", "same"));
        r[1].local(&doc_sql("d8", "same"));
        sync_all(&mut r);
        assert_eq!(r[0].state(), r[1].state());
        let ids: Vec<String> = r[0]
            .conn
            .prepare("SELECT id FROM docs WHERE blob = 'same'")
            .unwrap()
            .query_map([], |x| x.get(0))
            .unwrap()
            .map(|x| x.unwrap())
            .collect();
        assert_eq!(ids, vec!["d8".to_string()]);
    }

    #[test]
    fn concurrent_edits_of_a_field_the_later_wins_and_the_other_is_a_conflict() {
        let mut r = pair();
        r[0].local("UPDATE docs SET title = 'from a' WHERE id = 'd1'");
        r[1].clock += 1000; // b's edit is later
        r[1].local("UPDATE docs SET title = 'from b' WHERE id = 'd1'");
        let logs: Vec<Vec<Segment>> = r.iter().map(|x| x.log.clone()).collect();
        let conflicts = r[0].pull(&logs);
        assert!(conflicts >= 1);
        sync_all(&mut r);
        assert_eq!(r[0].state(), r[1].state());
        let t: String = r[0].one("SELECT title FROM docs WHERE id = 'd1'");
        assert_eq!(t, "from b");
    }

    #[test]
    fn an_edit_made_after_seeing_another_wins_whatever_the_clocks() {
        let mut r = pair();
        r[0].clock += 1 << 40; // a's clock runs years ahead
        r[0].local("UPDATE docs SET title = 'future' WHERE id = 'd1'");
        sync_all(&mut r);
        r[1].local("UPDATE docs SET title = 'after seeing it' WHERE id = 'd1'");
        sync_all(&mut r);
        let t: String = r[0].one("SELECT title FROM docs WHERE id = 'd1'");
        assert_eq!(t, "after seeing it");
    }

    #[test]
    fn mask_beats_a_concurrent_unmask() {
        let mut r = pair();
        r[0].local("UPDATE docs SET masked = 1 WHERE id = 'd1'");
        sync_all(&mut r);
        r[0].local("UPDATE docs SET masked = 0 WHERE id = 'd1'");
        r[1].clock += 10_000;
        r[1].local("UPDATE docs SET masked = 0 WHERE id = 'd1'");
        r[1].local("UPDATE docs SET masked = 1 WHERE id = 'd1'");
        sync_all(&mut r);
        assert_eq!(r[0].state(), r[1].state());
        let m: i64 = r[0].one("SELECT masked FROM docs WHERE id = 'd1'");
        assert_eq!(m, 1);
    }

    #[test]
    fn a_deletion_beats_a_concurrent_edit() {
        let mut r = pair();
        r[0].local("DELETE FROM docs WHERE id = 'd1'");
        r[1].clock += 10_000;
        r[1].local("UPDATE docs SET title = 'edited' WHERE id = 'd1'");
        sync_all(&mut r);
        assert_eq!(r[0].state(), r[1].state());
        let n: i64 = r[1].one("SELECT COUNT(*) FROM docs WHERE id = 'd1'");
        assert_eq!(n, 0);
    }

    #[test]
    fn a_block_beats_a_concurrent_grant_and_unblock() {
        let mut r = pair();
        r[0].local("UPDATE pros SET blocked = 1, blocked_at = 'now' WHERE rpps = '10003456786'");
        r[1].clock += 10_000;
        r[1].local("INSERT INTO grants (id, rpps, created_at, expires_at) VALUES ('g1', '10003456786', 'x', '2099-01-01')");
        sync_all(&mut r);
        assert_eq!(r[0].state(), r[1].state());
        let revoked: bool = r[1].one("SELECT revoked_at IS NOT NULL FROM grants WHERE id = 'g1'");
        assert!(revoked, "{}", r[1].state());
    }

    #[test]
    fn a_revoke_beats_a_concurrent_new_grant_in_either_order() {
        for a_first in [true, false] {
            let mut r = pair();
            r[0].local("INSERT INTO grants (id, rpps, created_at, expires_at) VALUES ('g0', '10003456786', 'x', '2099-01-01')");
            sync_all(&mut r);
            r[0].local("UPDATE grants SET revoked_at = 'r' WHERE id = 'g0'");
            r[1].local("INSERT INTO grants (id, rpps, created_at, expires_at) VALUES ('g2', '10003456786', 'y', '2099-01-01')");
            let logs: Vec<Vec<Segment>> = r.iter().map(|x| x.log.clone()).collect();
            if a_first {
                r[0].pull(&logs);
                r[1].pull(&logs);
            } else {
                r[1].pull(&logs);
                r[0].pull(&logs);
            }
            sync_all(&mut r);
            assert_eq!(r[0].state(), r[1].state());
            let active: i64 = r[0].one("SELECT COUNT(*) FROM grants WHERE revoked_at IS NULL");
            assert_eq!(active, 0, "{}", r[0].state());
        }
    }

    /// Pulls each other's logs, `a_first` or not; the conflicts merged.
    fn exchange(r: &mut [Rep], a_first: bool) -> usize {
        let logs: Vec<Vec<Segment>> = r.iter().map(|x| x.log.clone()).collect();
        let (first, second) = if a_first { (0, 1) } else { (1, 0) };
        let n = r[first].pull(&logs) + r[second].pull(&logs);
        let logs: Vec<Vec<Segment>> = r.iter().map(|x| x.log.clone()).collect();
        n + r[0].pull(&logs) + r[1].pull(&logs)
    }

    /// `edit --tag` deletes a document's tags and inserts them again, in
    /// one segment: every replica ends with every tag (deletions are
    /// applied last, so the undone deletion must not be kept).
    #[test]
    fn a_row_deleted_and_inserted_again_in_one_segment_is_kept() {
        let mut r = pair();
        r[0].local("INSERT INTO doc_tags (doc_id, tag) VALUES ('d1', 't0')");
        r[0].local(
            "DELETE FROM doc_tags WHERE doc_id = 'd1';
             INSERT INTO doc_tags (doc_id, tag) VALUES ('d1', 't0'), ('d1', 't1')",
        );
        sync_all(&mut r);
        assert_eq!(r[0].state(), r[1].state());
        let n: i64 = r[1]
            .conn
            .query_row(
                "SELECT COUNT(*) FROM doc_tags WHERE doc_id = 'd1'",
                [],
                |x| x.get(0),
            )
            .unwrap();
        assert_eq!(n, 2);
    }

    #[test]
    fn a_segments_writes_to_one_row_are_one_change() {
        let mut r = pair();
        r[0].local(&fold_sql("f1", "2026-02-01T00:00:00Z"));
        let seg = r[0].log.last().unwrap();
        let docs: Vec<&Change> = seg.changes.iter().filter(|c| c.t == "docs").collect();
        assert_eq!(docs.len(), 2, "an insert, then an update");
        let one = coalesced(&seg.changes);
        let docs: Vec<&Change> = one.iter().filter(|c| c.t == "docs").collect();
        assert_eq!(docs.len(), 1);
        assert_eq!(
            (docs[0].op, &docs[0].set["origin"]),
            (Op::Insert, &Val::Text("inbox".into()))
        );
        // A deletion between keeps the runs apart.
        let del = Change {
            t: "docs".into(),
            op: Op::Delete,
            pk: docs[0].pk.clone(),
            set: BTreeMap::new(),
        };
        let upd = Change {
            op: Op::Update,
            set: BTreeMap::from([("title".to_string(), Val::Text("x".into()))]),
            ..del.clone()
        };
        assert_eq!(
            coalesced(&[docs[0].clone(), del.clone(), upd.clone()]).len(),
            3
        );
        assert_eq!(coalesced(&[upd.clone(), upd.clone(), del, upd]).len(), 3);
    }

    /// domain.md §10.1: one inbox item folded on two replicas (the same
    /// row, added at two times) is one addition, made when the first was.
    #[test]
    fn the_same_row_inserted_on_both_sides_is_one_addition() {
        for a_first in [true, false] {
            let mut r = pair();
            r[0].local(&fold_sql("f1", "2026-02-01T00:00:00Z"));
            r[1].clock += 100_000;
            r[1].local(&fold_sql("f1", "2026-02-01T00:00:09Z"));
            assert_eq!(exchange(&mut r, a_first), 0);
            assert_eq!(r[0].state(), r[1].state());
            let (at, origin): (String, String) = r[1]
                .conn
                .query_row(
                    "SELECT added_at, origin FROM docs WHERE id = 'f1'",
                    [],
                    |x| Ok((x.get(0)?, x.get(1)?)),
                )
                .unwrap();
            assert_eq!(
                (at.as_str(), origin.as_str()),
                ("2026-02-01T00:00:00Z", "inbox")
            );
        }
    }

    /// What the holder did after one replica's addition beats the other
    /// replica's concurrent copy of it, however late its clock.
    #[test]
    fn an_edit_after_one_insert_beats_the_concurrent_same_insert() {
        for a_first in [true, false] {
            let mut r = pair();
            r[0].local(&fold_sql("f1", "2026-02-01T00:00:00Z"));
            r[0].local("UPDATE docs SET title = 'renamed' WHERE id = 'f1'");
            r[0].local("UPDATE docs SET origin = 'inbox-seen' WHERE id = 'f1'");
            r[1].clock += 100_000;
            r[1].local(&fold_sql("f1", "2026-02-01T00:00:09Z"));
            assert_eq!(exchange(&mut r, a_first), 0);
            assert_eq!(r[0].state(), r[1].state());
            let t: String = r[1].one("SELECT title || ' ' || origin FROM docs WHERE id = 'f1'");
            assert_eq!(t, "renamed inbox-seen");
        }
    }

    /// Edits of the same field after each side's copy of one addition
    /// are concurrent as ever: the later wins, the other is journaled.
    #[test]
    fn edits_after_the_same_insert_on_both_sides_still_conflict() {
        let mut r = pair();
        r[0].local(&fold_sql("f1", "2026-02-01T00:00:00Z"));
        r[0].local("UPDATE docs SET title = 'from a' WHERE id = 'f1'");
        r[1].local(&fold_sql("f1", "2026-02-01T00:00:09Z"));
        r[1].clock += 100_000;
        r[1].local("UPDATE docs SET title = 'from b' WHERE id = 'f1'");
        assert!(exchange(&mut r, true) >= 1);
        assert_eq!(r[0].state(), r[1].state());
        let t: String = r[0].one("SELECT title FROM docs WHERE id = 'f1'");
        assert_eq!(t, "from b");
    }

    /// A clone of `a` (its index as it is now), as another device.
    fn clone_of(a: &mut Rep, dev: &str) -> Rep {
        let image = a.conn.serialize(rusqlite::MAIN_DB).unwrap().to_vec();
        let mut conn = Connection::open_in_memory().unwrap();
        let n = image.len();
        conn.deserialize_read_exact(rusqlite::MAIN_DB, &image[..], n, false)
            .unwrap();
        conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
        let mut r = Rep {
            conn,
            dev: dev.into(),
            log: Vec::new(),
            clock: a.clock,
        };
        r.local(&format!(
            "INSERT INTO devices (id, added_at) VALUES ('{dev}', 'now')"
        ));
        r
    }

    /// The origin, alone until it pulls the clone's registration, edits a
    /// field the clone edits too: both are concurrent, and every replica
    /// decides them the same way (here the later clock, the origin's).
    #[test]
    fn writes_made_while_a_device_was_alone_still_merge_as_concurrent() {
        let mut a = Rep::new("aaaaaaaaaaaaaaaa");
        a.local(&doc_sql("d1", "b1"));
        let mut b = clone_of(&mut a, "bbbbbbbbbbbbbbbb");
        b.local("UPDATE docs SET title = 'from the clone' WHERE id = 'd1'");
        a.clock += 100_000;
        a.local("UPDATE docs SET title = 'from the origin, later' WHERE id = 'd1'");
        let mut reps = vec![a, b];
        sync_all(&mut reps);
        assert_eq!(reps[0].state(), reps[1].state());
        let t: String = reps[1].one("SELECT title FROM docs WHERE id = 'd1'");
        assert_eq!(t, "from the origin, later");
    }

    /// One random local change on a replica.
    fn op(k: u8, x: u8, rep: &str) -> String {
        let d = format!("d{}", x % 4);
        match k % 12 {
            // Ids come from the content (`add::id_for_blob`).
            0 => doc_sql(&format!("h{}", x % 5), &format!("b{}", x % 5)).replace("INSERT", "INSERT OR IGNORE"),
            1 => format!("UPDATE docs SET title = '{rep}-{x}' WHERE id = '{d}'"),
            2 => format!("UPDATE docs SET masked = {} WHERE id = '{d}'", x % 2),
            3 => format!("DELETE FROM docs WHERE id = 'h{}'", x % 5),
            4 => format!("INSERT OR IGNORE INTO doc_tags (doc_id, tag) VALUES ('{d}', 't{}')", x % 3),
            5 => format!("UPDATE pros SET blocked = {}, blocked_at = {} WHERE rpps = '10003456786'", x % 2, if x % 2 == 1 { "'at'" } else { "NULL" }),
            6 => format!("INSERT OR IGNORE INTO grants (id, rpps, created_at, expires_at) VALUES ('g{rep}{x}', '10003456786', 'c', '2099')"),
            7 => format!("UPDATE grants SET revoked_at = 'r{rep}' WHERE id = (SELECT id FROM grants ORDER BY id LIMIT 1 OFFSET {})", x % 3),
            8 => format!("INSERT OR IGNORE INTO doc_masked_from (doc_id, rpps) VALUES ('{d}', '10003456786')"),
            // The same inbox item folded on any replica, at its own time.
            9 => fold_sql(&format!("f{}", x % 2), &format!("2026-02-01T00:00:{:02}Z", x)),
            10 => format!("UPDATE docs SET origin = 'inbox-seen' WHERE id = 'f{}' AND origin = 'inbox'", x % 2),
            _ => format!("UPDATE docs SET title = '{rep}-{x}' WHERE id = 'f{}'", x % 2),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]
        /// Three replicas change things concurrently and sync in random
        /// orders for 100 rounds: they end the same, and no grant is active
        /// to a professional that is blocked.
        #[test]
        fn replicas_converge_whatever_the_order(
            rounds in proptest::collection::vec((0u8..3, 0u8..12, 0u8..20, 0u8..4), 100)
        ) {
            let mut reps = vec![Rep::new("aaaaaaaaaaaaaaaa"), Rep::new("bbbbbbbbbbbbbbbb"), Rep::new("cccccccccccccccc")];
            for (i, r) in reps.iter_mut().enumerate() {
                r.local(&doc_sql(&format!("d{i}"), &format!("base{i}")));
            }
            reps[0].local(PRO);
            sync_all(&mut reps);
            for (who, k, x, sync) in rounds {
                let name = ["a", "b", "c"][who as usize];
                reps[who as usize].local(&op(k, x, name));
                if sync == 0 {
                    // One replica pulls from one other.
                    let from = ((who + 1) % 3) as usize;
                    let log = vec![reps[from].log.clone()];
                    reps[who as usize].pull(&log);
                }
            }
            sync_all(&mut reps);
            let s0 = reps[0].state();
            prop_assert_eq!(&s0, &reps[1].state());
            prop_assert_eq!(&s0, &reps[2].state());
            // The count the triggers keep follows every merge.
            for r in &reps {
                prop_assert_eq!(
                    crate::vault::store::derived_doc_count(&r.conn).unwrap(),
                    crate::vault::store::counted_docs(&r.conn).unwrap()
                );
            }
        }
    }
}
