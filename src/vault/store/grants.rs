//! Grants to professionals: their rows, revocation, resolving an ID, and
//! journaling the ones that expired.

use rusqlite::{params, Connection, Row};
use serde_json::json;
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, Mode, NewEntry};
use crate::model::{DocType, Grant};
use crate::timefmt;
use crate::vault::Tx;

fn grant_from_row(r: &Row) -> rusqlite::Result<Grant> {
    let created: String = r.get(2)?;
    let expires: String = r.get(3)?;
    let revoked: Option<String> = r.get(4)?;
    let types: String = r.get(5)?;
    let docs: String = r.get(6)?;
    let types: Vec<String> = serde_json::from_str(&types).unwrap_or_default();
    Ok(Grant {
        id: r.get(0)?,
        rpps: super::columns::rpps(r, 1)?,
        created_at: timefmt::parse_rfc3339(&created).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        expires_at: timefmt::parse_rfc3339(&expires).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        revoked_at: revoked.as_deref().and_then(timefmt::parse_rfc3339),
        types: types.iter().filter_map(|t| DocType::parse(t)).collect(),
        docs: serde_json::from_str(&docs).unwrap_or_default(),
    })
}

const GRANT_COLS: &str = "id, rpps, created_at, expires_at, revoked_at, types, docs";

pub fn list_grants(conn: &Connection) -> Result<Vec<Grant>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {GRANT_COLS} FROM grants ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([], grant_from_row)?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

pub fn insert_grant(conn: &Connection, g: &Grant) -> Result<()> {
    let types: Vec<&str> = g.types.iter().map(|t| t.name).collect();
    conn.execute(
        &format!("INSERT INTO grants ({GRANT_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
        params![
            g.id,
            g.rpps.as_str(),
            timefmt::rfc3339(g.created_at),
            timefmt::rfc3339(g.expires_at),
            g.revoked_at.map(timefmt::rfc3339),
            serde_json::to_string(&types).unwrap_or_default(),
            serde_json::to_string(&g.docs).unwrap_or_default(),
        ],
    )?;
    Ok(())
}

pub fn revoke_grant(conn: &Connection, id: &str, at: OffsetDateTime) -> Result<()> {
    conn.execute(
        "UPDATE grants SET revoked_at = ?1 WHERE id = ?2 AND revoked_at IS NULL",
        params![timefmt::rfc3339(at), id],
    )?;
    Ok(())
}

/// Journals `grant.expire` for grants that ran out since the last commit.
pub fn journal_expired_grants(tx: &Tx) -> Result<()> {
    let now = timefmt::rfc3339(tx.now);
    let mut stmt = tx.conn.prepare(
        "SELECT g.id, g.rpps, g.expires_at, COALESCE(p.name, '') FROM grants g LEFT JOIN pros p ON p.rpps = g.rpps
         WHERE g.revoked_at IS NULL AND g.expiry_journaled = 0 AND g.expires_at <= ?1 ORDER BY g.expires_at",
    )?;
    let expired: Vec<(String, String, String, String)> = stmt
        .query_map([&now], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<std::result::Result<_, _>>()?;
    for (id, rpps, at, name) in expired {
        tx.journal(
            NewEntry::new(
                &JournalActor::system(),
                Action::GrantExpire,
                Some(&id),
                json!({ "grant": id, "rpps": rpps, "idnat": format!("8{rpps}"), "name": name, "expired_at": at }),
            )
            .mode(Mode::Grant)
            .private(crate::vault::private::is_private_grant(tx.conn, &id)?),
        )?;
        tx.conn.execute(
            "UPDATE grants SET expiry_journaled = 1 WHERE id = ?1",
            [&id],
        )?;
    }
    Ok(())
}

/// Whether some grant expired without its `grant.expire` entry yet.
pub fn has_unjournaled_expiry(conn: &Connection, now: OffsetDateTime) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM grants WHERE revoked_at IS NULL AND expiry_journaled = 0 AND expires_at <= ?1",
        [timefmt::rfc3339(now)],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// Resolves a grant ID or unique prefix (exit 4 otherwise).
pub fn resolve_grant(conn: &Connection, prefix: &str) -> Result<Grant> {
    let p = prefix.trim().to_lowercase();
    let all = list_grants(conn)?;
    if let Some(g) = all.iter().find(|g| g.id == p) {
        return Ok(g.clone());
    }
    let m: Vec<&Grant> = if p.len() >= 4 {
        all.iter().filter(|g| g.id.starts_with(&p)).collect()
    } else {
        vec![]
    };
    match m.len() {
        1 => Ok(m[0].clone()),
        0 => Err(Error::not_found(
            crate::i18n::tr!("v-no-grant", id = prefix),
            crate::i18n::tr!("v-no-grant-hint"),
        )),
        _ => Err(Error::not_found(
            crate::i18n::tr!(
                "v-ambiguous-grant",
                id = prefix,
                matches = m
                    .iter()
                    .map(|g| g.id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            crate::i18n::tr!("err-ambiguous-id-hint"),
        )),
    }
}
