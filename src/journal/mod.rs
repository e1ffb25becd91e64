//! The access journal: an append-only hash chain inside the sealed index.
//! Entry `n` stores `hash_n = BLAKE3(hash_{n-1} || canonical(entry_n))` with
//! `hash_0` = 32 zero bytes, so editing, inserting, removing or reordering an
//! entry breaks every later hash. The head (seq, hash) is remembered outside
//! the vault (see [`anchor`]) to catch a restored older index.

pub mod anchor;
pub mod peers;
mod vocab;

pub use vocab::{Action, ActorKind, Mode};

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::Value;
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::timefmt;

/// Who does it, as journaled by this carnet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalActor {
    #[serde(rename = "type")]
    pub kind: ActorKind,
    pub id: String,
    pub name: String,
}

/// Who did it, as read back from a journal: the kind stays the stored
/// string (a journal is data from outside; see [`vocab`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryActor {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
    pub name: String,
}

impl From<&JournalActor> for EntryActor {
    fn from(a: &JournalActor) -> Self {
        EntryActor {
            kind: a.kind.as_str().to_string(),
            id: a.id.clone(),
            name: a.name.clone(),
        }
    }
}

impl JournalActor {
    pub fn holder(name: &str) -> Self {
        JournalActor {
            kind: ActorKind::Holder,
            id: "holder".into(),
            name: name.to_string(),
        }
    }
    pub fn system() -> Self {
        JournalActor {
            kind: ActorKind::System,
            id: "carnet".into(),
            name: "carnet".into(),
        }
    }
    /// A legal representative acting on a minor's vault: `id` is
    /// `vault:<id>` for a parent's own vault, else their recipient.
    /// What the inbox brought (see `vault::inbox`).
    pub fn inbox() -> Self {
        JournalActor {
            kind: ActorKind::Inbox,
            id: "inbox".into(),
            name: "inbox".into(),
        }
    }

    pub fn guardian(id: &str, name: &str) -> Self {
        JournalActor {
            kind: ActorKind::Guardian,
            id: id.to_string(),
            name: name.to_string(),
        }
    }
    pub fn professional(rpps: &str, name: &str) -> Self {
        JournalActor {
            kind: ActorKind::Professional,
            id: format!("8{rpps}"),
            name: name.to_string(),
        }
    }
}

/// One journal line as shown by `carnet journal --json`.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Another device's entry (in a replica); `None`: this device's chain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    pub seq: i64,
    pub at: String,
    pub actor: EntryActor,
    pub mode: String,
    pub action: String,
    pub target: Option<String>,
    pub details: Value,
    pub hash: String,
}

/// What a new entry says; seq, time and hash are filled in by [`append`].
#[derive(Debug, Clone)]
pub struct NewEntry {
    pub actor: JournalActor,
    pub mode: Mode,
    pub action: Action,
    pub target: Option<String>,
    pub details: Value,
    /// Private to the minor: in a minor's own session the whole entry is
    /// sealed for the minor (see `vault::private`); elsewhere it changes nothing.
    pub private: bool,
}

impl NewEntry {
    pub fn new(actor: &JournalActor, action: Action, target: Option<&str>, details: Value) -> Self {
        NewEntry {
            actor: actor.clone(),
            mode: Mode::Normal,
            action,
            target: target.map(str::to_string),
            details,
            private: false,
        }
    }
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }
    pub fn private(mut self, private: bool) -> Self {
        self.private = private;
        self
    }
}

pub const GENESIS: [u8; 32] = [0u8; 32];

#[allow(clippy::too_many_arguments)]
fn entry_hash(
    prev: &[u8; 32],
    seq: i64,
    at: &str,
    actor: &JournalActor,
    mode: &str,
    action: &str,
    target: Option<&str>,
    details: &str,
) -> [u8; 32] {
    entry_hash_with(
        &mut Vec::with_capacity(256),
        prev,
        seq,
        at,
        actor.kind.as_str(),
        &actor.id,
        &actor.name,
        mode,
        action,
        target,
        details,
    )
}

/// The chain hash of one entry. The canonical form is the compact JSON
/// array `[seq, at, actor_type, actor_id, actor_name, mode, action, target,
/// details]`, serialized straight from borrowed fields into `buf` (reused by
/// [`verify`], so checking a long journal allocates nothing per entry).
#[allow(clippy::too_many_arguments)]
fn entry_hash_with(
    buf: &mut Vec<u8>,
    prev: &[u8; 32],
    seq: i64,
    at: &str,
    actor_type: &str,
    actor_id: &str,
    actor_name: &str,
    mode: &str,
    action: &str,
    target: Option<&str>,
    details: &str,
) -> [u8; 32] {
    buf.clear();
    serde_json::to_writer(
        &mut *buf,
        &(
            seq, at, actor_type, actor_id, actor_name, mode, action, target, details,
        ),
    )
    .expect("serializing strings and integers to memory cannot fail");
    let mut h = blake3::Hasher::new();
    h.update(b"carnet journal v1\0");
    h.update(prev);
    h.update(buf);
    *h.finalize().as_bytes()
}

fn parse_hash(s: &str) -> Option<[u8; 32]> {
    let v = hex::decode(s).ok()?;
    v.try_into().ok()
}

/// The chain head: last seq and its hash (seq 0 and zero hash when empty).
pub fn head(conn: &Connection) -> Result<(i64, String)> {
    // Cached statements: `append` runs this once per entry.
    let row: Option<(i64, String)> = conn
        .prepare_cached("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(row.unwrap_or((0, hex::encode(GENESIS))))
}

/// The hash of the entry at `seq`, if any.
pub fn hash_at(conn: &Connection, seq: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT hash FROM journal WHERE seq = ?1", [seq], |r| {
            r.get(0)
        })
        .optional()?)
}

/// Appends an entry at `now`, chaining it to the head.
pub fn append(conn: &Connection, e: &NewEntry, now: OffsetDateTime) -> Result<Entry> {
    let (seq, prev) = head(conn)?;
    let prev = parse_hash(&prev).ok_or_else(|| {
        Error::integrity(
            crate::i18n::tr!("v-journal-head-malformed"),
            crate::i18n::tr!("v-journal-verify-hint"),
        )
    })?;
    let seq = seq + 1;
    let at = timefmt::rfc3339(now);
    let details = e.details.to_string();
    let hash = hex::encode(entry_hash(
        &prev,
        seq,
        &at,
        &e.actor,
        e.mode.as_str(),
        e.action.as_str(),
        e.target.as_deref(),
        &details,
    ));
    conn.prepare_cached(
        "INSERT INTO journal (seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![seq, at, e.actor.kind.as_str(), e.actor.id, e.actor.name, e.mode.as_str(), e.action.as_str(), e.target, details, hash],
    )?;
    Ok(Entry {
        device: None,
        seq,
        at,
        actor: EntryActor::from(&e.actor),
        mode: e.mode.as_str().to_string(),
        action: e.action.as_str().to_string(),
        target: e.target.clone(),
        details: e.details.clone(),
        hash,
    })
}

/// Recomputes the chain. `Err(seq)` names the first bad entry.
///
/// Each link is checked against the *stored* hash of the entry before it:
/// when every link holds, the stored hashes are exactly the recomputed
/// chain, and the first link that fails is the first entry a sequential
/// recomputation would reject. That lets two threads share the work: this
/// one reads rows out of SQLite into batches, the other serializes and
/// hashes them.
pub fn verify(conn: &Connection) -> Result<std::result::Result<i64, i64>> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash
         FROM journal ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    // Every link is checked against the stored hash before it, so batches
    // are independent: checkers on every core, the first bad entry is the
    // smallest bad seq any of them finds (as a sequential walk would).
    let checkers = crate::workers::count();
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(2 * checkers);
    // The checkers own the receiver: if they all die, sends fail instead
    // of blocking the reader forever.
    let rx = std::sync::Arc::new(std::sync::Mutex::new(rx));
    let stop = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..checkers)
            .map(|_| {
                let rx = std::sync::Arc::clone(&rx);
                let stop = &stop;
                s.spawn(move || check_batches(&rx, stop))
            })
            .collect();
        drop(rx);
        let mut expected_seq = 1i64;
        let mut gap = None;
        let mut batch = Batch::default();
        let mut prev_stored: Option<String> = None;
        let read = (|| -> Result<()> {
            while let Some(r) = rows.next()? {
                let seq: i64 = r.get(0)?;
                if seq != expected_seq {
                    gap = Some(expected_seq);
                    break;
                }
                if batch.seqs.is_empty() && stop.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                if batch.seqs.is_empty() {
                    batch.prev = prev_stored.take();
                }
                batch.push(seq, r)?;
                expected_seq += 1;
                if batch.seqs.len() == BATCH {
                    let last = batch.fields[BATCH - 1][8];
                    prev_stored = Some(
                        String::from_utf8_lossy(&batch.buf[last.0 as usize..last.1 as usize])
                            .into_owned(),
                    );
                    if tx.send(std::mem::take(&mut batch)).is_err() {
                        break;
                    }
                }
            }
            Ok(())
        })();
        if !batch.seqs.is_empty() {
            let _ = tx.send(batch);
        }
        drop(tx);
        let mut checked: std::result::Result<i64, i64> = Ok(0);
        for h in handles {
            let r = h
                .join()
                .map_err(|_| Error::Other(crate::i18n::tr!("y-journal-thread-panicked")))?;
            checked = match (checked, r) {
                (Err(a), Err(b)) => Err(a.min(b)),
                (Err(a), Ok(_)) | (Ok(_), Err(a)) => Err(a),
                (Ok(a), Ok(b)) => Ok(a + b),
            };
        }
        read?;
        // A bad link comes before the gap (it was in a row already sent).
        Ok(match (checked, gap) {
            (Err(bad), _) => Err(bad),
            (Ok(_), Some(missing)) => Err(missing),
            (Ok(n), None) => Ok(n),
        })
    })
}

const BATCH: usize = 4096;

/// Journal rows copied out of SQLite: the text columns of each entry as
/// byte ranges of one buffer (`u32::MAX` for a NULL target).
#[derive(Default)]
struct Batch {
    /// The stored hash of the entry before the first (none: the genesis).
    prev: Option<String>,
    buf: Vec<u8>,
    seqs: Vec<i64>,
    /// at, actor_type, actor_id, actor_name, mode, action, target, details, hash
    fields: Vec<[(u32, u32); 9]>,
}

impl Batch {
    fn push(&mut self, seq: i64, r: &rusqlite::Row<'_>) -> Result<()> {
        let mut f = [(0u32, 0u32); 9];
        for (k, col) in (1..=9).enumerate() {
            let bytes = match r.get_ref(col)? {
                rusqlite::types::ValueRef::Null if col == 7 => {
                    f[k] = (u32::MAX, u32::MAX);
                    continue;
                }
                rusqlite::types::ValueRef::Text(t) => t,
                other => {
                    return Err(rusqlite::Error::InvalidColumnType(
                        col,
                        "journal".into(),
                        other.data_type(),
                    )
                    .into())
                }
            };
            let start = self.buf.len() as u32;
            self.buf.extend_from_slice(bytes);
            f[k] = (start, self.buf.len() as u32);
        }
        self.seqs.push(seq);
        self.fields.push(f);
        Ok(())
    }
}

/// Checks every link of the batches it takes: `Ok(count)` or the seq of
/// the first entry of a batch whose stored hash is not the hash of its
/// content and the stored hash before it.
///
/// After a bad entry it keeps taking batches, unchecked, until the reader
/// stops (`stop` tells it to), so the reader never waits on a full channel.
fn check_batches(
    rx: &std::sync::Mutex<std::sync::mpsc::Receiver<Batch>>,
    stop: &std::sync::atomic::AtomicBool,
) -> std::result::Result<i64, i64> {
    let mut count = 0i64;
    let mut bad: Option<i64> = None;
    let mut json = Vec::with_capacity(512);
    loop {
        let next = rx.lock().unwrap_or_else(|p| p.into_inner()).recv();
        let Ok(b) = next else {
            return bad.map_or(Ok(count), Err);
        };
        if bad.is_some() {
            continue;
        }
        if let Err(seq) = check_batch(&b, &mut json) {
            bad = Some(seq);
            stop.store(true, std::sync::atomic::Ordering::Relaxed);
        } else {
            count += b.seqs.len() as i64;
        }
    }
}

/// Checks one batch's links.
fn check_batch(b: &Batch, json: &mut Vec<u8>) -> std::result::Result<(), i64> {
    {
        // The link before the batch is checked by the batch before.
        let mut prev = match &b.prev {
            None => GENESIS,
            // An unreadable previous hash fails the first link of the batch.
            Some(h) => blake3::Hash::from_hex(h).map_or([0xff; 32], |h| *h.as_bytes()),
        };
        // One UTF-8 check of the whole batch; a field is then valid iff it
        // starts and ends on character boundaries (`str::get`).
        let whole = std::str::from_utf8(&b.buf).ok();
        for (seq, f) in b.seqs.iter().zip(&b.fields) {
            let field = |k: usize| -> Option<&str> {
                let (a, z) = (f[k].0 as usize, f[k].1 as usize);
                match whole {
                    Some(text) => text.get(a..z),
                    None => std::str::from_utf8(&b.buf[a..z]).ok(),
                }
            };
            let target = if f[6].0 == u32::MAX {
                Some(None)
            } else {
                field(6).map(Some)
            };
            let (
                Some(at),
                Some(ty),
                Some(id),
                Some(name),
                Some(mode),
                Some(action),
                Some(target),
                Some(details),
                Some(stored),
            ) = (
                field(0),
                field(1),
                field(2),
                field(3),
                field(4),
                field(5),
                target,
                field(7),
                field(8),
            )
            else {
                return Err(*seq);
            };
            let h = entry_hash_with(
                json, &prev, *seq, at, ty, id, name, mode, action, target, details,
            );
            match blake3::Hash::from_hex(stored) {
                Ok(s) if s == blake3::Hash::from(h) => {}
                _ => return Err(*seq),
            }
            prev = h;
        }
    }
    Ok(())
}

/// Filters for reading the journal.
#[derive(Debug, Default, Clone)]
pub struct Filter {
    pub since: Option<OffsetDateTime>,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub doc: Option<String>,
    pub limit: Option<usize>,
    pub after_seq: Option<i64>,
}

/// Entries matching the filter, oldest first (with `limit`, the newest N, still oldest first).
pub fn entries(conn: &Connection, f: &Filter) -> Result<Vec<Entry>> {
    entries_opened(conn, f, &|_| {})
}

/// As [`entries`], each entry first passed to `open` (which replaces a
/// sealed entry by what it says, for the key that opens it), so the
/// filters match what the entries really say.
pub fn entries_opened(
    conn: &Connection,
    f: &Filter,
    open: &dyn Fn(&mut Entry),
) -> Result<Vec<Entry>> {
    let has_peers: bool = conn
        .query_row("SELECT EXISTS (SELECT 1 FROM journal_peer)", [], |r| {
            r.get(0)
        })
        .unwrap_or(false);
    if has_peers && f.after_seq.is_none() {
        return entries_of_every_device(conn, f, open);
    }
    // With a limit, read newest first and stop at the limit: `journal
    // --limit 20` reads 20 matching entries, not the whole journal.
    let mut stmt = conn.prepare(if f.limit.is_some() {
        "SELECT seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash
         FROM journal WHERE seq > ?1 ORDER BY seq DESC"
    } else {
        "SELECT seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash
         FROM journal WHERE seq > ?1 ORDER BY seq"
    })?;
    let rows = stmt.query_map([f.after_seq.unwrap_or(i64::MIN)], row_entry)?;
    filter_entries(rows.map(|r| r.map_err(Error::from)), f, open)
}

/// A replica's journal: its own chain and the other devices' chains it
/// holds, merged by time (then device and seq).
fn entries_of_every_device(
    conn: &Connection,
    f: &Filter,
    open: &dyn Fn(&mut Entry),
) -> Result<Vec<Entry>> {
    if let Some(n) = f.limit {
        return newest_of_every_device(conn, f, n, open);
    }
    let mut all: Vec<Entry> = Vec::new();
    let mut own = conn.prepare(
        "SELECT seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash FROM journal",
    )?;
    for e in own.query_map([], row_entry)? {
        all.push(e?);
    }
    let mut peers = conn.prepare(
        "SELECT seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash, device FROM journal_peer",
    )?;
    for e in peers.query_map([], |r| {
        let mut e = row_entry(r)?;
        e.device = Some(r.get(10)?);
        Ok(e)
    })? {
        all.push(e?);
    }
    all.sort_by(|a, b| (&a.at, &a.device, a.seq).cmp(&(&b.at, &b.device, b.seq)));
    filter_entries(
        all.into_iter().map(Ok),
        &Filter {
            after_seq: None,
            ..f.clone()
        },
        open,
    )
}

/// The newest `n` matching entries of every device, oldest first: the
/// own chain and the peers' chains read newest first through their `at`
/// indexes and merged until `n` match, so `journal --limit 20` on a
/// replica reads about 20 entries, not every chain. The order is
/// [`entries_of_every_device`]'s, reversed: (at, device, seq), the own
/// device (no device) before any peer.
fn newest_of_every_device(
    conn: &Connection,
    f: &Filter,
    n: usize,
    open: &dyn Fn(&mut Entry),
) -> Result<Vec<Entry>> {
    let mut own = conn.prepare(
        "SELECT seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash
         FROM journal ORDER BY at DESC, seq DESC",
    )?;
    let mut peers = conn.prepare(
        "SELECT seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash, device
         FROM journal_peer ORDER BY at DESC, device DESC, seq DESC",
    )?;
    let mut own = own.query_map([], row_entry)?.peekable();
    let mut peers = peers
        .query_map([], |r| {
            let mut e = row_entry(r)?;
            e.device = Some(r.get(10)?);
            Ok(e)
        })?
        .peekable();
    let key = |e: &Entry| (e.at.clone(), e.device.clone(), e.seq);
    let merged = std::iter::from_fn(|| {
        let take_own = match (own.peek(), peers.peek()) {
            (None, None) => return None,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            // An error comes out first, whichever side it is on.
            (Some(Err(_)), _) => true,
            (_, Some(Err(_))) => false,
            (Some(Ok(a)), Some(Ok(b))) => key(a) >= key(b),
        };
        let next = if take_own { own.next() } else { peers.next() };
        next.map(|r| r.map_err(Error::from))
    });
    filter_entries(
        merged,
        &Filter {
            after_seq: None,
            limit: Some(n),
            ..f.clone()
        },
        open,
    )
}

fn row_entry(r: &rusqlite::Row) -> rusqlite::Result<Entry> {
    {
        let details: String = r.get(8)?;
        Ok(Entry {
            device: None,
            seq: r.get(0)?,
            at: r.get(1)?,
            actor: EntryActor {
                kind: r.get(2)?,
                id: r.get(3)?,
                name: r.get(4)?,
            },
            mode: r.get(5)?,
            action: r.get(6)?,
            target: r.get(7)?,
            details: serde_json::from_str(&details).unwrap_or(Value::String(details)),
            hash: r.get(9)?,
        })
    }
}

/// Applies a filter to entries (newest first when `f.limit` is set, and
/// then returned oldest first).
fn filter_entries(
    rows: impl Iterator<Item = Result<Entry>>,
    f: &Filter,
    open: &dyn Fn(&mut Entry),
) -> Result<Vec<Entry>> {
    let mut out = Vec::new();
    for e in rows {
        if f.limit.is_some_and(|n| out.len() >= n) {
            break;
        }
        let mut e = e?;
        open(&mut e);
        if let Some(since) = f.since {
            match timefmt::parse_rfc3339(&e.at) {
                Some(t) if t >= since => {}
                _ => continue,
            }
        }
        if let Some(a) = &f.actor {
            let a = a.to_lowercase();
            if !(e.actor.kind.to_lowercase() == a
                || e.actor.id.to_lowercase() == a
                || e.actor.id.to_lowercase() == format!("8{a}")
                || e.actor.name.to_lowercase().contains(&a))
            {
                continue;
            }
        }
        if let Some(act) = &f.action {
            let matches = if let Some(prefix) = act.strip_suffix(".*") {
                e.action.starts_with(&format!("{prefix}."))
            } else if act.contains('.') {
                &e.action == act
            } else {
                // `passwd` is an action; `doc` the category `doc.*`.
                &e.action == act || e.action.starts_with(&format!("{act}."))
            };
            if !matches {
                continue;
            }
        }
        if let Some(doc) = &f.doc {
            let in_target = e.target.as_deref() == Some(doc.as_str());
            let in_details = mentions(&e.details, doc);
            if !in_target && !in_details {
                continue;
            }
        }
        out.push(e);
    }
    if f.limit.is_some() {
        out.reverse();
    }
    Ok(out)
}

fn mentions(v: &Value, doc: &str) -> bool {
    match v {
        Value::String(s) => s == doc,
        Value::Array(a) => a.iter().any(|x| mentions(x, doc)),
        Value::Object(o) => o.values().any(|x| mentions(x, doc)),
        _ => false,
    }
}

pub fn count(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT COUNT(*) FROM journal", [], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `--limit` on a replica reads newest first from every chain and
    /// merges; it must give exactly the last N of the full merged order,
    /// filters included, clocks out of step and ties in `at` included.
    #[test]
    fn the_newest_of_every_device_are_the_tail_of_the_full_merge() {
        let conn = Connection::open_in_memory().unwrap();
        crate::vault::schema::create(&conn).unwrap();
        let ins = |table: &str, device: Option<&str>, seq: i64, at: &str, action: &str| {
            let (cols, dev) = match device {
                Some(d) => ("device, ", format!("'{d}', ")),
                None => ("", String::new()),
            };
            conn.execute(
                &format!(
                    "INSERT INTO {table} ({cols}seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash)
                     VALUES ({dev}?1, ?2, 'holder', 'h', 'H', 'normal', ?3, NULL, '{{}}', 'x')"
                ),
                rusqlite::params![seq, at, action],
            )
            .unwrap();
        };
        let mut rng = 0x2545f4914f6cdd1du64;
        let mut next = || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng
        };
        let actions = ["doc.add", "doc.mask", "grant.add"];
        for seq in 1..=60 {
            let at = format!("2026-01-01T00:00:{:02}Z", next() % 40);
            ins("journal", None, seq, &at, actions[(next() % 3) as usize]);
        }
        for dev in ["aaaa", "bbbb"] {
            for seq in 1..=50 {
                let at = format!("2026-01-01T00:00:{:02}Z", next() % 40);
                ins(
                    "journal_peer",
                    Some(dev),
                    seq,
                    &at,
                    actions[(next() % 3) as usize],
                );
            }
        }
        let key = |e: &Entry| (e.device.clone(), e.seq);
        for action in [None, Some("doc.add".to_string()), Some("grant".to_string())] {
            let all = entries(
                &conn,
                &Filter {
                    action: action.clone(),
                    ..Default::default()
                },
            )
            .unwrap();
            for n in [0, 1, 7, 20, 200] {
                let f = Filter {
                    action: action.clone(),
                    limit: Some(n),
                    ..Default::default()
                };
                let got: Vec<_> = entries(&conn, &f).unwrap().iter().map(key).collect();
                let want: Vec<_> = all[all.len().saturating_sub(n)..].iter().map(key).collect();
                assert_eq!(got, want, "{action:?} --limit {n}");
            }
        }
    }

    /// The canonical form as first written (a `serde_json::Value` array):
    /// hashes computed the faster way must stay byte-for-byte the same, or
    /// every existing journal would fail verification.
    fn legacy_hash(prev: &[u8; 32], f: [&str; 8], seq: i64, target: Option<&str>) -> [u8; 32] {
        let canonical = serde_json::json!([seq, f[0], f[1], f[2], f[3], f[4], f[5], target, f[6]]);
        let mut h = blake3::Hasher::new();
        h.update(b"carnet journal v1\0");
        h.update(prev);
        h.update(canonical.to_string().as_bytes());
        *h.finalize().as_bytes()
    }

    #[test]
    fn canonical_hash_is_unchanged() {
        let tricky = [
            "",
            "plain",
            "quote \" backslash \\ slash /",
            "tab\tnewline\ncr\r nul\0 bell\u{7} del\u{7f}",
            "accents éàç, emoji 🩺, rtl \u{202e}",
            "{\"k\":[1,2,{\"x\":null}]}",
            "\u{2028}\u{2029}",
        ];
        let mut prev = [7u8; 32];
        let mut buf = Vec::new();
        for (i, s) in tricky.iter().enumerate() {
            for target in [None, Some(*s)] {
                let f = [s, "holder", s, s, "normal", "doc.add", s, "x"];
                let seq = [1i64, -1, i64::MAX, 0][i % 4];
                let new = entry_hash_with(
                    &mut buf, &prev, seq, f[0], f[1], f[2], f[3], f[4], f[5], target, f[6],
                );
                assert_eq!(new, legacy_hash(&prev, f, seq, target), "{s:?} {target:?}");
                prev = new;
            }
        }
    }

    #[test]
    fn verify_counts_and_names_the_first_bad_entry() {
        let conn = Connection::open_in_memory().unwrap();
        crate::vault::schema::create(&conn).unwrap();
        let actor = JournalActor::holder("Camille \"Cam\" Martin");
        let now = OffsetDateTime::UNIX_EPOCH;
        for i in 0..5 {
            let target = (i % 2 == 0).then(|| format!("doc{i}"));
            append(
                &conn,
                &NewEntry::new(
                    &actor,
                    Action::DocView,
                    target.as_deref(),
                    serde_json::json!({"i": i, "t": "é\n"}),
                ),
                now,
            )
            .unwrap();
        }
        assert_eq!(verify(&conn).unwrap(), Ok(5));
        conn.execute("UPDATE journal SET target = NULL WHERE seq = 3", [])
            .unwrap();
        assert_eq!(verify(&conn).unwrap(), Err(3));
        conn.execute("UPDATE journal SET target = 'doc2' WHERE seq = 3", [])
            .unwrap();
        conn.execute("UPDATE journal SET hash = 'zz' WHERE seq = 4", [])
            .unwrap();
        assert_eq!(verify(&conn).unwrap(), Err(4));
        // Not UTF-8 (possible only by editing the database): a bad entry.
        conn.execute(
            "UPDATE journal SET details = CAST(x'7bff7d' AS TEXT) WHERE seq = 2",
            [],
        )
        .unwrap();
        assert_eq!(verify(&conn).unwrap(), Err(2));
    }

    /// Batches are checked on several threads: the first bad entry is still
    /// the one named, wherever it falls (inside a batch, first or last of
    /// one), and a hash changed at a batch's end is caught there.
    #[test]
    fn verify_across_batches_names_the_first_bad_entry() {
        let conn = Connection::open_in_memory().unwrap();
        crate::vault::schema::create(&conn).unwrap();
        let actor = JournalActor::holder("Camille");
        let now = OffsetDateTime::UNIX_EPOCH;
        let n = 3 * BATCH as i64 + 7;
        conn.execute_batch("BEGIN").unwrap();
        for i in 0..n {
            append(
                &conn,
                &NewEntry::new(&actor, Action::DocView, None, serde_json::json!({ "i": i })),
                now,
            )
            .unwrap();
        }
        conn.execute_batch("COMMIT").unwrap();
        assert_eq!(verify(&conn).unwrap(), Ok(n));
        let b = BATCH as i64;
        for (bad, also) in [(b, 2 * b + 3), (b + 1, 3 * b), (2 * b + 5, n), (3, 2 * b)] {
            let save: Vec<(i64, String)> = [bad, also]
                .iter()
                .map(|s| {
                    let h: String = conn
                        .query_row("SELECT hash FROM journal WHERE seq = ?1", [s], |r| r.get(0))
                        .unwrap();
                    (*s, h)
                })
                .collect();
            for s in [bad, also] {
                conn.execute(
                    "UPDATE journal SET hash = ?1 WHERE seq = ?2",
                    rusqlite::params![hex::encode([7u8; 32]), s],
                )
                .unwrap();
            }
            assert_eq!(verify(&conn).unwrap(), Err(bad), "bad {bad}, also {also}");
            for (s, h) in save {
                conn.execute(
                    "UPDATE journal SET hash = ?1 WHERE seq = ?2",
                    rusqlite::params![h, s],
                )
                .unwrap();
            }
        }
        assert_eq!(verify(&conn).unwrap(), Ok(n));
    }

    /// `--limit N` gives the newest N entries that match, oldest first:
    /// the tail of the unlimited answer (read newest first, stopping early).
    #[test]
    fn limit_keeps_the_newest_matching_entries_oldest_first() {
        let conn = Connection::open_in_memory().unwrap();
        crate::vault::schema::create(&conn).unwrap();
        let actor = JournalActor::holder("Camille");
        let now = OffsetDateTime::UNIX_EPOCH;
        for i in 0..30 {
            let action = if i % 3 == 0 {
                Action::DocAdd
            } else {
                Action::DocView
            };
            append(
                &conn,
                &NewEntry::new(&actor, action, None, serde_json::json!({ "i": i })),
                now,
            )
            .unwrap();
        }
        let seqs =
            |f: &Filter| -> Vec<i64> { entries(&conn, f).unwrap().iter().map(|e| e.seq).collect() };
        let all = Filter {
            action: Some("doc.add".into()),
            ..Filter::default()
        };
        let every = seqs(&all);
        assert_eq!(every.len(), 10);
        for n in [0, 1, 4, 10, 50] {
            let limited = seqs(&Filter {
                limit: Some(n),
                ..all.clone()
            });
            assert_eq!(
                limited,
                every[every.len().saturating_sub(n)..].to_vec(),
                "limit {n}"
            );
        }
        let after = seqs(&Filter {
            after_seq: Some(25),
            limit: Some(2),
            ..Filter::default()
        });
        assert_eq!(after, vec![29, 30]);
    }
}
