//! Other devices' journal chains in a replica (`journal_peer`): each
//! device's entries form their own hash chain, checked link by link as
//! they arrive from its segments and again by `journal verify`.

use rusqlite::{params, Connection, OptionalExtension};

use super::{entry_hash_with, head, parse_hash, GENESIS};
use crate::error::{Error, Result};

/// One entry of another device's chain, as its segment carries it.
pub struct PeerEntry<'a> {
    pub device: &'a str,
    pub seq: i64,
    pub at: &'a str,
    pub actor_type: &'a str,
    pub actor_id: &'a str,
    pub actor_name: &'a str,
    pub mode: &'a str,
    pub action: &'a str,
    pub target: Option<&'a str>,
    pub details: &'a str,
    pub hash: &'a str,
}

/// The head (seq, hash) of another device's chain as this replica holds it.
pub fn peer_head(conn: &Connection, device: &str) -> Result<(i64, String)> {
    let row: Option<(i64, String)> = conn
        .prepare_cached(
            "SELECT seq, hash FROM journal_peer WHERE device = ?1 ORDER BY seq DESC LIMIT 1",
        )?
        .query_row([device], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    Ok(row.unwrap_or((0, hex::encode(GENESIS))))
}

/// Adds an entry of another device's chain, checking that it extends the
/// chain held so far (its hash recomputed over the head's): exit 6 when it
/// does not. An entry already held is accepted if it is the same one.
pub fn append_peer(conn: &Connection, e: &PeerEntry) -> Result<bool> {
    let broken = |why: String| {
        Error::integrity(
            crate::i18n::tr!("h-peer-journal-broken", device = e.device, why = why),
            crate::i18n::tr!("h-peer-journal-broken-hint"),
        )
    };
    let (head, prev) = peer_head(conn, e.device)?;
    if e.seq <= head {
        let held: Option<String> = conn
            .query_row(
                "SELECT hash FROM journal_peer WHERE device = ?1 AND seq = ?2",
                params![e.device, e.seq],
                |r| r.get(0),
            )
            .optional()?;
        return match held {
            Some(h) if h == e.hash => Ok(false),
            _ => Err(broken(crate::i18n::tr!(
                "h-peer-entry-differs",
                seq = e.seq
            ))),
        };
    }
    if e.seq != head + 1 {
        return Err(broken(crate::i18n::tr!(
            "h-peer-entry-skips",
            from = head,
            to = e.seq
        )));
    }
    let prev =
        parse_hash(&prev).ok_or_else(|| broken(crate::i18n::tr!("h-peer-head-malformed")))?;
    let want = hex::encode(entry_hash_with(
        &mut Vec::with_capacity(256),
        &prev,
        e.seq,
        e.at,
        e.actor_type,
        e.actor_id,
        e.actor_name,
        e.mode,
        e.action,
        e.target,
        e.details,
    ));
    if want != e.hash {
        return Err(broken(crate::i18n::tr!(
            "h-peer-entry-unchained",
            seq = e.seq
        )));
    }
    conn.prepare_cached(
        "INSERT INTO journal_peer (device, seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![e.device, e.seq, e.at, e.actor_type, e.actor_id, e.actor_name, e.mode, e.action, e.target, e.details, e.hash])?;
    Ok(true)
}

/// Recomputes every other device's chain held here. `Err((device, seq))`
/// names the first bad entry of the first bad chain.
pub fn verify_peers(conn: &Connection) -> Result<std::result::Result<i64, (String, i64)>> {
    let mut stmt = conn.prepare(
        "SELECT device, seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash
         FROM journal_peer ORDER BY device, seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut buf = Vec::with_capacity(256);
    let mut current: Option<String> = None;
    let mut prev = GENESIS;
    let mut expected = 1i64;
    let mut n = 0i64;
    while let Some(r) = rows.next()? {
        let device: String = r.get(0)?;
        if current.as_deref() != Some(device.as_str()) {
            current = Some(device.clone());
            prev = GENESIS;
            expected = 1;
        }
        let seq: i64 = r.get(1)?;
        let target: Option<String> = r.get(8)?;
        let hash: String = r.get(10)?;
        let got = entry_hash_with(
            &mut buf,
            &prev,
            seq,
            &r.get::<_, String>(2)?,
            &r.get::<_, String>(3)?,
            &r.get::<_, String>(4)?,
            &r.get::<_, String>(5)?,
            &r.get::<_, String>(6)?,
            &r.get::<_, String>(7)?,
            target.as_deref(),
            &r.get::<_, String>(9)?,
        );
        if seq != expected || hex::encode(got) != hash {
            return Ok(Err((device, seq)));
        }
        prev = got;
        expected += 1;
        n += 1;
    }
    Ok(Ok(n))
}

/// Every device's chain head held here (this device's under `own`), sorted
/// by device: what `journal head` and a bundle's journal head cover.
pub fn all_heads(conn: &Connection, own: &str) -> Result<Vec<(String, i64, String)>> {
    let (seq, hash) = head(conn)?;
    let mut out = vec![(own.to_string(), seq, hash)];
    let mut stmt =
        conn.prepare("SELECT device, MAX(seq) FROM journal_peer GROUP BY device ORDER BY device")?;
    let devices: Vec<(String, i64)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (d, s) in devices {
        if d == own {
            continue;
        }
        let h: String = conn.query_row(
            "SELECT hash FROM journal_peer WHERE device = ?1 AND seq = ?2",
            params![d, s],
            |r| r.get(0),
        )?;
        out.push((d, s, h));
    }
    out.sort();
    Ok(out)
}
