//! What a minor does in their own session is the minor's: sealed to the
//! minor's recipients, as documents hidden from guardians are (domain.md
//! §1.4 and §9.8: "journal entries of a secret session are not shown to
//! representatives"). Guardians hold the vault key, so anything only
//! encrypted to it is theirs to read: what must stay the minor's is
//! encrypted to the minor instead.
//!
//! **The rule.** In a child's vault not yet handed over, a session
//! unlocked with the minor's own key (a `minor` row of `unlock_keys`) is a
//! *private session*. In it:
//! * a professional it adds is private: the whole record (RPPS, name,
//!   specialty, place, recipient, block) is sealed;
//! * a grant it creates is private, whoever it is for;
//! * the journal entries about private professionals and grants, of every
//!   document view and export, and about documents hidden from guardians,
//!   are sealed whole (actor, action, target, details).
//!
//! A professional a guardian added stays shared: guardians see it, and
//! the minor's changes to it (edit, block, primary doctor) as they see the
//! record change; the minor's grants to it stay private. A private
//! professional cannot be the primary doctor, which is one and shared.
//!
//! **Storage.** `sealed_records` (index schema 3) holds one age file per
//! private row of `pros` or `grants`: the JSON `{"kind","row"}`, padded
//! with spaces to a multiple of 512 bytes so its size does not tell a
//! professional from a grant, under a random id. Every commit of a private
//! session seals them all anew, under new ids and in random order, so a
//! guardian comparing two indexes cannot tell which changed. A sealed
//! journal entry is stored as actor `holder` (the minor, who was at the
//! keyboard), mode `normal`, action `sealed`, no target, details
//! `{"sealed": BASE64}` of the padded real entry; the hash chain covers
//! that form, so `journal verify` works in any session.
//! Those sealed forms are made and opened in [`super::minor_seal`].
//!
//! **Reading.** When the session is private, or its identities open
//! sealed records, the loaded index gets an *overlay*: `temp.pros` and
//! `temp.grants`, copies of the main tables plus the revealed rows and a
//! `private` column. SQLite resolves a table name without a schema in
//! `temp` before `main`, so `store` (and through it what the policy is
//! given) sees the minor's whole state with no change; a row inserted in a
//! private session defaults to `private = 1`. `sqlite3_serialize` writes
//! `main` only: the overlay never reaches the disk. [`reseal`] writes it
//! back before every commit. A guardian's session has no overlay: its
//! index holds the minor's records as ciphertext only, and the policy
//! decides on the shared state (a guardian's export for a professional is
//! never made on the minor's private grant).
//!
//! A record the key does not open (sealed to a former key of the minor's,
//! or damaged) is kept as it is; `carnet check` names the damaged ones.
//!
//! **The same RPPS twice.** A guardian cannot see the minor's private
//! professionals, so may add one of them again, shared. In the minor's
//! session her private record wins (recipient, name, signer, block: every
//! read, the policy and exports), else a guardian could choose where her
//! exports go, and read them. The shared row is set aside in
//! `temp.shadowed_pros`, written back unchanged, and its recipient kept so
//! that `pro show` and `export` can warn her when it differs (see
//! [`other_recipients`]). Two private records of one RPPS cannot both be
//! the minor's own (every commit seals one per RPPS): the first opened is
//! used, the other is kept sealed as it is, and its recipient is noted for
//! the same warning.

use std::collections::HashSet;

use rand::seq::SliceRandom;
use rusqlite::types::{Value as SqlValue, ValueRef};
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use crate::error::{Error, Result};
use crate::ids;
use crate::journal::{Action, JournalActor, Mode, NewEntry};
use crate::model::Professional;
use crate::timefmt;
use crate::vault::minor_seal::{self, open_padded, seal_padded};
use crate::vault::store::pros;
use crate::vault::{keys, new_id, Tx};

pub use crate::vault::minor_seal::{open_entry, SealTo, SEALED_ACTION};

/// The kinds of sealed records and their tables.
const TABLES: [(&str, &str); 2] = [("pro", "pros"), ("grant", "grants")];

/// Whether the index has the overlay of a minor's session.
pub fn has_overlay(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM temp.sqlite_master WHERE type = 'table' AND name = 'pros')",
        [],
        |r| r.get(0),
    )?)
}

/// Whether the index holds any sealed record.
pub fn any_records(conn: &Connection) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM main.sealed_records)",
        [],
        |r| r.get(0),
    )?)
}

/// Columns of a table: (name, declared type, not null, default, primary key position).
fn columns(conn: &Connection, schema: &str, table: &str) -> Result<Vec<Column>> {
    let mut stmt = conn.prepare(&format!("PRAGMA {schema}.table_info({table})"))?;
    let rows = stmt.query_map([], |r| {
        Ok(Column {
            name: r.get(1)?,
            decl: r.get(2)?,
            not_null: r.get::<_, i64>(3)? != 0,
            default: r.get(4)?,
            pk: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

struct Column {
    name: String,
    decl: String,
    not_null: bool,
    default: Option<String>,
    pk: i64,
}

fn names(cols: &[Column]) -> String {
    cols.iter()
        .map(|c| c.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Builds the overlay of a session (see the module docs): the main tables
/// copied into `temp`, then the sealed records these identities open.
/// `private_by_default`: the session is the minor's private one, so rows it
/// inserts are private. Does nothing if the overlay exists.
pub(crate) fn overlay(
    conn: &Connection,
    identities: &[&dyn age::Identity],
    private_by_default: bool,
) -> Result<()> {
    if has_overlay(conn)? {
        return Ok(());
    }
    for (_, table) in TABLES {
        // Built from the main table's columns, whatever later schemas add.
        let cols = columns(conn, "main", table)?;
        let mut defs: Vec<String> = cols
            .iter()
            .map(|c| {
                let mut d = format!("{} {}", c.name, c.decl);
                if c.not_null {
                    d.push_str(" NOT NULL");
                }
                if let Some(v) = &c.default {
                    d.push_str(&format!(" DEFAULT {v}"));
                }
                d
            })
            .collect();
        defs.push(format!(
            "private INTEGER NOT NULL DEFAULT {}",
            private_by_default as i64
        ));
        let mut pk: Vec<&Column> = cols.iter().filter(|c| c.pk > 0).collect();
        pk.sort_by_key(|c| c.pk);
        if !pk.is_empty() {
            defs.push(format!(
                "PRIMARY KEY ({})",
                pk.iter()
                    .map(|c| c.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        conn.execute_batch(&format!("CREATE TEMP TABLE {table} ({});", defs.join(", ")))?;
        let list = names(&cols);
        conn.execute(
            &format!(
                "INSERT INTO temp.{table} ({list}, private) SELECT {list}, 0 FROM main.{table}"
            ),
            [],
        )?;
    }
    conn.execute_batch(
        "CREATE TEMP TABLE sealed_revealed (id TEXT PRIMARY KEY);
         CREATE TEMP TABLE pending_revokes (id TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL);
         CREATE TEMP TABLE shadowed_pros AS SELECT * FROM temp.pros WHERE 0;
         CREATE TEMP TABLE pro_doubles (rpps TEXT NOT NULL, recipient TEXT);",
    )?;
    if identities.is_empty() {
        return Ok(());
    }
    let records: Vec<(String, Vec<u8>)> = {
        let mut stmt = conn.prepare("SELECT id, sealed FROM main.sealed_records ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    for (id, bytes) in records {
        let Some(v) = open_padded(identities, &bytes) else {
            continue;
        };
        if reveal_record(conn, &v)? {
            conn.execute(
                "INSERT OR IGNORE INTO temp.sealed_revealed (id) VALUES (?1)",
                [&id],
            )?;
        }
    }
    notice_revocations(conn)?;
    Ok(())
}

/// Inserts an opened record into the overlay. `false`: not a well-formed
/// record, or a second private record of one RPPS or grant id. A private
/// professional wins over a shared row of the same RPPS, which is set aside
/// (see the module docs).
fn reveal_record(conn: &Connection, v: &Value) -> Result<bool> {
    let (Some(kind), Some(row)) = (
        v.get("kind").and_then(Value::as_str),
        v.get("row").and_then(Value::as_object),
    ) else {
        return Ok(false);
    };
    let Some((_, table)) = TABLES.iter().find(|(k, _)| *k == kind) else {
        return Ok(false);
    };
    // Anyone can encrypt to the minor's public recipient: a record must at
    // least name a valid professional.
    let Some(rpps) = row
        .get("rpps")
        .and_then(Value::as_str)
        .filter(|r| ids::parse_rpps(r).is_ok_and(|p| p == *r))
    else {
        return Ok(false);
    };
    let cols: Vec<String> = columns(conn, "temp", table)?
        .into_iter()
        .map(|c| c.name)
        .filter(|n| n != "private" && row.contains_key(n))
        .collect();
    let mut values = Vec::with_capacity(cols.len());
    for c in &cols {
        values.push(match &row[c] {
            Value::Null => SqlValue::Null,
            Value::String(s) => SqlValue::Text(s.clone()),
            Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                (Some(i), _) => SqlValue::Integer(i),
                (None, Some(f)) => SqlValue::Real(f),
                _ => return Ok(false),
            },
            _ => return Ok(false),
        });
    }
    let marks = (1..=cols.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let is_pro = *table == "pros";
    if is_pro {
        let doubled: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM temp.pros WHERE rpps = ?1 AND private = 1)",
            [rpps],
            |r| r.get(0),
        )?;
        if doubled {
            let recipient = row.get("recipient").and_then(Value::as_str);
            conn.execute(
                "INSERT INTO temp.pro_doubles (rpps, recipient) VALUES (?1, ?2)",
                params![rpps, recipient],
            )?;
            return Ok(false);
        }
        set_aside_shared(conn, rpps, true)?;
    }
    // OR IGNORE: a record missing a required column, or a second one of
    // the same grant id, is skipped.
    let n = conn.execute(
        &format!(
            "INSERT OR IGNORE INTO temp.{table} ({}, private) VALUES ({marks}, 1)",
            cols.join(", ")
        ),
        params_from_iter(values),
    )?;
    if is_pro && n == 0 {
        set_aside_shared(conn, rpps, false)?;
    }
    Ok(n == 1)
}

/// Moves the shared row of `rpps` out of the overlay's `pros` into
/// `shadowed_pros` (`aside`), or back.
fn set_aside_shared(conn: &Connection, rpps: &str, aside: bool) -> Result<()> {
    let (from, to) = if aside {
        ("pros", "shadowed_pros")
    } else {
        ("shadowed_pros", "pros")
    };
    conn.execute(
        &format!("INSERT INTO temp.{to} SELECT * FROM temp.{from} WHERE rpps = ?1 AND private = 0"),
        [rpps],
    )?;
    conn.execute(
        &format!("DELETE FROM temp.{from} WHERE rpps = ?1 AND private = 0"),
        [rpps],
    )?;
    Ok(())
}

/// The shared row set aside that is the primary doctor, if one is: the
/// minor's session does not show it (her private record of that RPPS wins,
/// and cannot be primary), but a change of primary doctor she makes must
/// still name it as the one replaced, as guardians see it in clear.
pub fn shadowed_primary(conn: &Connection) -> Result<Option<Professional>> {
    if !has_overlay(conn)? {
        return Ok(None);
    }
    Ok(conn
        .query_row(
            &format!(
                "SELECT {} FROM temp.shadowed_pros WHERE is_primary = 1 LIMIT 1",
                pros::PRO_COLS
            ),
            [],
            pros::pro_from_row,
        )
        .optional()?)
}

/// The recipients of the other records of a professional the minor keeps
/// private, in her session: the shared row a guardian recorded, a second
/// sealed record. Each `None` is a record with no recipient. Empty when
/// there is none, or outside such a session.
pub fn other_recipients(conn: &Connection, rpps: &str) -> Result<Vec<Option<String>>> {
    if !has_overlay(conn)? {
        return Ok(Vec::new());
    }
    let mut stmt = conn.prepare(
        "SELECT recipient FROM temp.shadowed_pros WHERE rpps = ?1
         UNION ALL SELECT recipient FROM temp.pro_doubles WHERE rpps = ?1",
    )?;
    let rows = stmt.query_map([rpps], |r| r.get(0))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// A guardian's block or removal of a professional revokes every grant to
/// them, the minor's private ones too, though the guardian cannot see
/// those: the minor's session notices it from the journal (the block's
/// entry is in clear) and revokes them as of that entry, so an unblock
/// revives none. The revocations are journaled at the next commit.
fn notice_revocations(conn: &Connection) -> Result<()> {
    let grants: Vec<(String, String, String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT id, rpps, created_at, expires_at FROM temp.grants
             WHERE private = 1 AND revoked_at IS NULL",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    if grants.is_empty() {
        return Ok(());
    }
    let ends: Vec<(String, String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT at, action, target FROM main.journal
             WHERE action IN ('pro.block', 'pro.remove') AND target IS NOT NULL ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    for (id, rpps, created, expires) in grants {
        let (Some(created), Some(expires)) = (
            timefmt::parse_rfc3339(&created),
            timefmt::parse_rfc3339(&expires),
        ) else {
            continue;
        };
        let ended = ends.iter().find(|(at, _, target)| {
            *target == rpps
                && timefmt::parse_rfc3339(at).is_some_and(|t| t >= created && t < expires)
        });
        if let Some((at, action, _)) = ended {
            conn.execute(
                "UPDATE temp.grants SET revoked_at = ?1 WHERE id = ?2",
                params![at, id],
            )?;
            conn.execute(
                "INSERT OR REPLACE INTO temp.pending_revokes (id, reason, at) VALUES (?1, ?2, ?3)",
                params![id, action, at],
            )?;
        }
    }
    Ok(())
}

/// Whether revocations noticed by [`overlay`] wait to be journaled.
pub fn has_pending(conn: &Connection) -> Result<bool> {
    if !has_overlay(conn)? {
        return Ok(false);
    }
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM temp.pending_revokes)",
        [],
        |r| r.get(0),
    )?)
}

/// Journals the revocations [`overlay`] noticed (`grant.revoke`, actor
/// `system`, sealed in the minor's session).
pub(crate) fn journal_noticed(tx: &Tx) -> Result<()> {
    if !has_pending(tx.conn)? {
        return Ok(());
    }
    let pending: Vec<(String, String, String, String, String, String)> = {
        let mut stmt = tx.conn.prepare(
            "SELECT p.id, p.reason, p.at, g.rpps, g.expires_at, COALESCE(pr.name, '')
             FROM temp.pending_revokes p JOIN temp.grants g ON g.id = p.id
             LEFT JOIN temp.pros pr ON pr.rpps = g.rpps ORDER BY p.at, p.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    for (id, reason, at, rpps, expires, name) in pending {
        tx.journal(
            NewEntry::new(
                &JournalActor::system(),
                Action::GrantRevoke,
                Some(&id),
                json!({
                    "grant": id, "rpps": rpps, "idnat": ids::rpps_idnat(&rpps), "name": name,
                    "reason": reason, "revoked_at": at, "expires_at": expires,
                }),
            )
            .mode(Mode::Grant)
            .private(true),
        )?;
    }
    tx.conn.execute("DELETE FROM temp.pending_revokes", [])?;
    Ok(())
}

/// The private rows of an overlay table, as JSON objects (every column but
/// `private`).
fn private_rows(conn: &Connection, table: &str) -> Result<Vec<Map<String, Value>>> {
    let mut stmt = conn.prepare(&format!("SELECT * FROM temp.{table} WHERE private = 1"))?;
    let names: Vec<String> = stmt.column_names().map(String::from).collect();
    let mut rows = stmt.query([])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let mut m = Map::new();
        for (i, n) in names.iter().enumerate() {
            if n == "private" {
                continue;
            }
            let v = match r.get_ref(i)? {
                ValueRef::Null => Value::Null,
                ValueRef::Integer(x) => json!(x),
                ValueRef::Real(x) => json!(x),
                ValueRef::Text(t) => Value::String(String::from_utf8_lossy(t).into_owned()),
                ValueRef::Blob(_) => {
                    return Err(Error::Other(crate::i18n::tr!(
                        "y-sealed-binary",
                        column = format!("{table}.{n}")
                    )))
                }
            };
            m.insert(n.clone(), v);
        }
        out.push(m);
    }
    Ok(out)
}

/// Writes the overlay back into the main tables before a commit: shared
/// rows in clear, private rows sealed for the minor (all of them anew, see
/// the module docs). Records the session did not open are kept. Without an
/// overlay, nothing to do.
pub(crate) fn reseal(conn: &Connection) -> Result<()> {
    if !has_overlay(conn)? {
        return Ok(());
    }
    // A shared row whose private twin is gone (removed in this session)
    // comes back into view; the others are written back as they were,
    // but for the primary designation, which is one.
    conn.execute(
        "DELETE FROM temp.pro_doubles WHERE rpps NOT IN (SELECT rpps FROM temp.pros WHERE private = 1)",
        [],
    )?;
    let back: Vec<String> = {
        let mut stmt = conn.prepare(
            "SELECT rpps FROM temp.shadowed_pros WHERE rpps NOT IN (SELECT rpps FROM temp.pros)",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect::<std::result::Result<_, _>>()?
    };
    for rpps in back {
        set_aside_shared(conn, &rpps, false)?;
    }
    conn.execute(
        "UPDATE temp.shadowed_pros SET is_primary = 0
         WHERE EXISTS (SELECT 1 FROM temp.pros WHERE private = 0 AND is_primary = 1)",
        [],
    )?;
    let mut sealed = Vec::new();
    for (kind, table) in TABLES {
        let list = names(&columns(conn, "main", table)?);
        conn.execute(&format!("DELETE FROM main.{table}"), [])?;
        conn.execute(
            &format!("INSERT INTO main.{table} ({list}) SELECT {list} FROM temp.{table} WHERE private = 0"),
            [],
        )?;
        if table == "pros" {
            conn.execute(
                &format!("INSERT INTO main.pros ({list}) SELECT {list} FROM temp.shadowed_pros"),
                [],
            )?;
        }
        for row in private_rows(conn, table)? {
            sealed.push(json!({ "kind": kind, "row": row }));
        }
    }
    conn.execute(
        "DELETE FROM main.sealed_records WHERE id IN (SELECT id FROM temp.sealed_revealed)",
        [],
    )?;
    conn.execute("DELETE FROM temp.sealed_revealed", [])?;
    if sealed.is_empty() {
        return Ok(());
    }
    let recipients = keys::minor_recipients(conn)?;
    if recipients.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("v-private-no-minor-key"),
            crate::i18n::tr!("v-private-no-minor-key-hint"),
        ));
    }
    // Random order: the row order in the table tells nothing either.
    sealed.shuffle(&mut rand::thread_rng());
    for v in sealed {
        let id = new_id(16);
        let bytes = seal_padded(&recipients, &v)?;
        conn.execute(
            "INSERT INTO main.sealed_records (id, sealed) VALUES (?1, ?2)",
            params![id, bytes],
        )?;
        conn.execute("INSERT INTO temp.sealed_revealed (id) VALUES (?1)", [&id])?;
    }
    Ok(())
}

/// Whether a professional is private to the minor (only in a session that
/// opened it).
pub fn is_private_pro(conn: &Connection, rpps: &str) -> Result<bool> {
    if !has_overlay(conn)? {
        return Ok(false);
    }
    Ok(conn
        .query_row(
            "SELECT private FROM temp.pros WHERE rpps = ?1",
            [rpps],
            |r| r.get::<_, i64>(0),
        )
        .optional()?
        == Some(1))
}

/// Whether a grant is private to the minor (only in a session that opened it).
pub fn is_private_grant(conn: &Connection, id: &str) -> Result<bool> {
    if !has_overlay(conn)? {
        return Ok(false);
    }
    Ok(conn
        .query_row("SELECT private FROM temp.grants WHERE id = ?1", [id], |r| {
            r.get::<_, i64>(0)
        })
        .optional()?
        == Some(1))
}

/// The RPPS of the professionals private to the minor, in this session.
pub fn private_pros(conn: &Connection) -> Result<HashSet<String>> {
    ids_where(conn, "SELECT rpps FROM temp.pros WHERE private = 1")
}

/// The ids of the grants private to the minor, in this session.
pub fn private_grants(conn: &Connection) -> Result<HashSet<String>> {
    ids_where(conn, "SELECT id FROM temp.grants WHERE private = 1")
}

fn ids_where(conn: &Connection, sql: &str) -> Result<HashSet<String>> {
    if !has_overlay(conn)? {
        return Ok(HashSet::new());
    }
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// How many sealed records this session could not open (for a guardian:
/// all of them). Says that the minor's private items exist, nothing more.
pub fn count_unopened(conn: &Connection) -> Result<i64> {
    let all: i64 = conn.query_row("SELECT COUNT(*) FROM main.sealed_records", [], |r| r.get(0))?;
    if !has_overlay(conn)? {
        return Ok(all);
    }
    let opened: i64 = conn.query_row("SELECT COUNT(*) FROM temp.sealed_revealed", [], |r| {
        r.get(0)
    })?;
    Ok((all - opened).max(0))
}

/// How many journal entries are sealed whole for the minor.
pub fn count_sealed_entries(conn: &Connection) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT COUNT(*) FROM journal WHERE action = ?1",
        [SEALED_ACTION],
        |r| r.get(0),
    )?)
}

/// Each sealed record: its id, and whether it is well-formed for the one
/// checking: `Ok(true)` opened, `Ok(false)` not theirs to open (an age file
/// to other recipients), `Err` damaged.
pub fn check_records(
    conn: &Connection,
    identities: &[&dyn age::Identity],
) -> Result<Vec<(String, std::result::Result<bool, String>)>> {
    let mut stmt = conn.prepare("SELECT id, sealed FROM main.sealed_records ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, bytes) = row?;
        let verdict = match minor_seal::open(identities, &bytes) {
            Ok(Some(plain)) => match serde_json::from_slice::<Value>(&plain) {
                Ok(v) if v.get("kind").is_some() && v.get("row").is_some() => Ok(true),
                _ => Err("it opens, but is not a sealed record".to_string()),
            },
            Ok(None) => age::Decryptor::new_buffered(&bytes[..])
                .map(|_| false)
                .map_err(|e| format!("not an age file ({e})")),
            Err(e) => Err(e.to_string()),
        };
        out.push((id, verdict));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::ParsedRecipient;
    use crate::vault::minor_seal::tests::{index, minor};
    use crate::vault::store;

    fn add_minor_key(conn: &Connection, r: &[ParsedRecipient]) {
        conn.execute(
            "INSERT INTO unlock_keys (file, kind, recipient, added_at, role) VALUES ('r-x.age', 'x25519', ?1, '2026-01-01T00:00:00Z', 'minor')",
            [r[0].to_canonical()],
        )
        .unwrap();
    }

    fn pro(rpps: &str, name: &str) -> Professional {
        Professional::sample(rpps, name)
    }

    /// What a private session inserts is sealed at commit and comes back in
    /// the minor's next session; a guardian's session sees only ciphertext
    /// and the shared rows, unchanged.
    #[test]
    fn private_rows_round_trip_and_shared_rows_stay_clear() {
        let (id, r) = minor();
        let mut conn = index();
        add_minor_key(&conn, &r);
        store::insert_pro(&conn, &pro("10003456786", "Dr Shared")).unwrap();

        overlay(&conn, &[], true).unwrap();
        store::insert_pro(&conn, &pro("10100000008", "Dr Private")).unwrap();
        assert!(is_private_pro(&conn, "10100000008").unwrap());
        assert!(!is_private_pro(&conn, "10003456786").unwrap());
        assert_eq!(store::list_pros(&conn).unwrap().len(), 2);
        reseal(&conn).unwrap();
        let main: i64 = conn
            .query_row("SELECT COUNT(*) FROM main.pros", [], |r| r.get(0))
            .unwrap();
        assert_eq!(main, 1);
        let image = conn.serialize(rusqlite::MAIN_DB).unwrap();
        assert!(!image.windows(10).any(|w| w == b"Dr Private"));

        // The stored image, loaded again: a guardian (no overlay), the minor.
        let mut guardian = Connection::open_in_memory().unwrap();
        guardian
            .deserialize_read_exact(rusqlite::MAIN_DB, &image[..], image.len(), false)
            .unwrap();
        assert_eq!(store::list_pros(&guardian).unwrap().len(), 1);
        assert_eq!(count_unopened(&guardian).unwrap(), 1);
        let mut again = Connection::open_in_memory().unwrap();
        again
            .deserialize_read_exact(rusqlite::MAIN_DB, &image[..], image.len(), false)
            .unwrap();
        overlay(&again, &[&id as &dyn age::Identity], true).unwrap();
        let names: Vec<String> = store::list_pros(&again)
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Dr Private", "Dr Shared"]);
        assert_eq!(count_unopened(&again).unwrap(), 0);
        // Another key opens nothing; the record is kept as it is.
        let (other, _) = minor();
        let mut third = Connection::open_in_memory().unwrap();
        third
            .deserialize_read_exact(rusqlite::MAIN_DB, &image[..], image.len(), false)
            .unwrap();
        overlay(&third, &[&other as &dyn age::Identity], true).unwrap();
        assert_eq!(store::list_pros(&third).unwrap().len(), 1);
        reseal(&third).unwrap();
        assert_eq!(count_unopened(&third).unwrap(), 1);
    }

    /// In the minor's session her private record of an RPPS wins over the
    /// shared one a guardian added later; the shared row is written back
    /// unchanged and its recipient is there for a warning.
    #[test]
    fn a_private_record_wins_over_a_shared_row_of_the_same_rpps() {
        let (id, r) = minor();
        let conn = index();
        add_minor_key(&conn, &r);
        overlay(&conn, &[], true).unwrap();
        let mut mine = pro("10100000008", "Dr Private");
        mine.recipient = Some("age1mine".into());
        store::insert_pro(&conn, &mine).unwrap();
        reseal(&conn).unwrap();
        let drop = "DROP TABLE temp.pros; DROP TABLE temp.grants; DROP TABLE temp.sealed_revealed; DROP TABLE temp.pending_revokes; DROP TABLE temp.shadowed_pros; DROP TABLE temp.pro_doubles;";
        conn.execute_batch(drop).unwrap();
        // The guardian's session: no overlay, the same RPPS added shared.
        let mut theirs = pro("10100000008", "Dr Shared");
        theirs.recipient = Some("age1theirs".into());
        theirs.primary = true;
        store::insert_pro(&conn, &theirs).unwrap();

        overlay(&conn, &[&id as &dyn age::Identity], true).unwrap();
        let p = store::get_pro(&conn, "10100000008").unwrap().unwrap();
        assert_eq!(p.name, "Dr Private");
        assert_eq!(p.recipient.as_deref(), Some("age1mine"));
        assert!(!p.primary);
        assert!(is_private_pro(&conn, "10100000008").unwrap());
        assert_eq!(store::list_pros(&conn).unwrap().len(), 1);
        assert_eq!(
            other_recipients(&conn, "10100000008").unwrap(),
            [Some("age1theirs".to_string())]
        );
        assert_eq!(count_unopened(&conn).unwrap(), 0);
        // Not shown, but still the one a change of primary doctor replaces.
        assert!(store::primary(&conn).unwrap().is_none());
        assert_eq!(shadowed_primary(&conn).unwrap().unwrap().name, "Dr Shared");
        reseal(&conn).unwrap();
        // Written back: the shared row as the guardian left it, the private
        // one sealed.
        let shared: (String, i64) = conn
            .query_row(
                "SELECT name, is_primary FROM main.pros WHERE rpps = '10100000008'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(shared, ("Dr Shared".to_string(), 1));
        let records: i64 = conn
            .query_row("SELECT COUNT(*) FROM main.sealed_records", [], |r| r.get(0))
            .unwrap();
        assert_eq!(records, 1);

        // Removed in her session, the private record gives way to the
        // shared one again, and the shared row survives the commit.
        store::delete_pro(&conn, "10100000008").unwrap();
        reseal(&conn).unwrap();
        assert_eq!(
            store::get_pro(&conn, "10100000008").unwrap().unwrap().name,
            "Dr Shared"
        );
        assert!(other_recipients(&conn, "10100000008").unwrap().is_empty());
        let main: i64 = conn
            .query_row("SELECT COUNT(*) FROM main.pros", [], |r| r.get(0))
            .unwrap();
        assert_eq!(main, 1);
    }

    /// A second sealed record of one RPPS (only someone else can have
    /// sealed it) does not replace the first opened; it is kept, and noted.
    #[test]
    fn a_second_private_record_of_one_rpps_is_kept_and_noted() {
        let (id, r) = minor();
        let conn = index();
        add_minor_key(&conn, &r);
        for (name, recipient) in [("Dr A", "age1a"), ("Dr B", "age1b")] {
            let mut p = pro("10100000008", name);
            p.recipient = Some(recipient.into());
            let row = json!({"kind": "pro", "row": {
                "rpps": p.rpps, "name": p.name, "recipient": p.recipient,
                "is_primary": 0, "blocked": 0, "added_at": "2026-01-02T03:04:05Z",
            }});
            let bytes = seal_padded(&r, &row).unwrap();
            conn.execute(
                "INSERT INTO main.sealed_records (id, sealed) VALUES (?1, ?2)",
                params![name, bytes],
            )
            .unwrap();
        }
        overlay(&conn, &[&id as &dyn age::Identity], true).unwrap();
        let p = store::get_pro(&conn, "10100000008").unwrap().unwrap();
        assert_eq!(p.name, "Dr A");
        assert_eq!(
            other_recipients(&conn, "10100000008").unwrap(),
            [Some("age1b".to_string())]
        );
        assert_eq!(count_unopened(&conn).unwrap(), 1);
        reseal(&conn).unwrap();
        let records: i64 = conn
            .query_row("SELECT COUNT(*) FROM main.sealed_records", [], |r| r.get(0))
            .unwrap();
        assert_eq!(records, 2, "the second one is kept as it is");
    }
}
