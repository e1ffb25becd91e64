//! The access journal: an append-only hash chain inside the sealed index.
//! Entry `n` stores `hash_n = BLAKE3(hash_{n-1} || canonical(entry_n))` with
//! `hash_0` = 32 zero bytes, so editing, inserting, removing or reordering an
//! entry breaks every later hash. The head (seq, hash) is remembered outside
//! the vault (see [`anchor`]) to catch a restored older index.

pub mod anchor;

use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::Value;
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::timefmt;

/// Who did it, as journaled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JournalActor {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: String,
    pub name: String,
}

impl JournalActor {
    pub fn holder(name: &str) -> Self {
        JournalActor {
            kind: "holder".into(),
            id: "holder".into(),
            name: name.to_string(),
        }
    }
    pub fn system() -> Self {
        JournalActor {
            kind: "system".into(),
            id: "carnet".into(),
            name: "carnet".into(),
        }
    }
    /// A legal representative acting on a minor's vault: `id` is
    /// `vault:<id>` for a parent's own vault, else their recipient.
    pub fn guardian(id: &str, name: &str) -> Self {
        JournalActor {
            kind: "guardian".into(),
            id: id.to_string(),
            name: name.to_string(),
        }
    }
    pub fn professional(rpps: &str, name: &str) -> Self {
        JournalActor {
            kind: "professional".into(),
            id: format!("8{rpps}"),
            name: name.to_string(),
        }
    }
}

/// One journal line as shown by `carnet journal --json`.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    pub seq: i64,
    pub at: String,
    pub actor: JournalActor,
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
    pub mode: String,
    pub action: String,
    pub target: Option<String>,
    pub details: Value,
}

impl NewEntry {
    pub fn new(actor: &JournalActor, action: &str, target: Option<&str>, details: Value) -> Self {
        NewEntry {
            actor: actor.clone(),
            mode: "normal".into(),
            action: action.into(),
            target: target.map(str::to_string),
            details,
        }
    }
    pub fn mode(mut self, mode: &str) -> Self {
        self.mode = mode.into();
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
    let canonical = serde_json::json!([
        seq, at, actor.kind, actor.id, actor.name, mode, action, target, details
    ]);
    let mut h = blake3::Hasher::new();
    h.update(b"carnet journal v1\0");
    h.update(prev);
    h.update(canonical.to_string().as_bytes());
    *h.finalize().as_bytes()
}

fn parse_hash(s: &str) -> Option<[u8; 32]> {
    let v = hex::decode(s).ok()?;
    v.try_into().ok()
}

/// The chain head: last seq and its hash (seq 0 and zero hash when empty).
pub fn head(conn: &Connection) -> Result<(i64, String)> {
    let row: Option<(i64, String)> = conn
        .query_row(
            "SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
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
            "the journal head hash is malformed",
            "run `carnet journal verify`",
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
        &e.mode,
        &e.action,
        e.target.as_deref(),
        &details,
    ));
    conn.execute(
        "INSERT INTO journal (seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![seq, at, e.actor.kind, e.actor.id, e.actor.name, e.mode, e.action, e.target, details, hash],
    )?;
    Ok(Entry {
        seq,
        at,
        actor: e.actor.clone(),
        mode: e.mode.clone(),
        action: e.action.clone(),
        target: e.target.clone(),
        details: e.details.clone(),
        hash,
    })
}

/// Recomputes the chain. `Err(seq)` names the first bad entry.
pub fn verify(conn: &Connection) -> Result<std::result::Result<i64, i64>> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash
         FROM journal ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut prev = GENESIS;
    let mut expected_seq = 1i64;
    let mut count = 0i64;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let actor = JournalActor {
            kind: r.get(2)?,
            id: r.get(3)?,
            name: r.get(4)?,
        };
        let at: String = r.get(1)?;
        let mode: String = r.get(5)?;
        let action: String = r.get(6)?;
        let target: Option<String> = r.get(7)?;
        let details: String = r.get(8)?;
        let stored: String = r.get(9)?;
        if seq != expected_seq {
            return Ok(Err(expected_seq));
        }
        let h = entry_hash(
            &prev,
            seq,
            &at,
            &actor,
            &mode,
            &action,
            target.as_deref(),
            &details,
        );
        if parse_hash(&stored) != Some(h) {
            return Ok(Err(seq));
        }
        prev = h;
        expected_seq += 1;
        count += 1;
    }
    Ok(Ok(count))
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
    let mut stmt = conn.prepare(
        "SELECT seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash
         FROM journal ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        let details: String = r.get(8)?;
        Ok(Entry {
            seq: r.get(0)?,
            at: r.get(1)?,
            actor: JournalActor {
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
    })?;
    let mut out = Vec::new();
    for e in rows {
        let e = e?;
        if f.after_seq.is_some_and(|s| e.seq <= s) {
            continue;
        }
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
                e.action.starts_with(&format!("{act}."))
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
    if let Some(n) = f.limit {
        if out.len() > n {
            out.drain(..out.len() - n);
        }
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
