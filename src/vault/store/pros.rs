//! Professionals: their rows, the primary doctor, blocking.

use rusqlite::{params, Connection, OptionalExtension, Row};
use time::OffsetDateTime;

use crate::error::{Error, Result};
use crate::model::Professional;
use crate::timefmt;

pub(crate) fn pro_from_row(r: &Row) -> rusqlite::Result<Professional> {
    let added: String = r.get(8)?;
    let blocked_at: Option<String> = r.get(7)?;
    Ok(Professional {
        rpps: super::columns::rpps(r, 0)?,
        name: r.get(1)?,
        specialty: r.get(2)?,
        place: r.get(3)?,
        recipient: r.get(4)?,
        primary: r.get::<_, i64>(5)? != 0,
        blocked: r.get::<_, i64>(6)? != 0,
        blocked_at: blocked_at.as_deref().and_then(timefmt::parse_rfc3339),
        added_at: timefmt::parse_rfc3339(&added).unwrap_or(OffsetDateTime::UNIX_EPOCH),
        signer: r.get(9)?,
    })
}

pub(crate) const PRO_COLS: &str =
    "rpps, name, specialty, place, recipient, is_primary, blocked, blocked_at, added_at, signer";

pub fn get_pro(conn: &Connection, rpps: &str) -> Result<Option<Professional>> {
    Ok(conn
        .query_row(
            &format!("SELECT {PRO_COLS} FROM pros WHERE rpps = ?1"),
            [rpps],
            pro_from_row,
        )
        .optional()?)
}

/// A known professional, or exit 4.
pub fn require_pro(conn: &Connection, rpps: &str) -> Result<Professional> {
    get_pro(conn, rpps)?.ok_or_else(|| {
        Error::not_found(
            crate::i18n::tr!("err-no-pro", rpps = rpps),
            crate::i18n::tr!("err-no-pro-hint", rpps = rpps),
        )
    })
}

pub fn list_pros(conn: &Connection) -> Result<Vec<Professional>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {PRO_COLS} FROM pros ORDER BY name COLLATE NOCASE, rpps"
    ))?;
    let rows = stmt.query_map([], pro_from_row)?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

pub fn insert_pro(conn: &Connection, p: &Professional) -> Result<()> {
    write_pro(
        conn,
        &format!("INSERT INTO pros ({PRO_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        p,
    )
}

/// Every column but `added_at` (?9), which stays as first recorded.
pub fn update_pro(conn: &Connection, p: &Professional) -> Result<()> {
    write_pro(
        conn,
        "UPDATE pros SET name = ?2, specialty = ?3, place = ?4, recipient = ?5, is_primary = ?6, blocked = ?7, blocked_at = ?8, signer = ?10 WHERE rpps = ?1",
        p,
    )
}

/// Runs `sql` with the professional bound as ?1..?10 in [`PRO_COLS`] order.
fn write_pro(conn: &Connection, sql: &str, p: &Professional) -> Result<()> {
    conn.execute(
        sql,
        params![
            p.rpps.as_str(),
            p.name,
            p.specialty,
            p.place,
            p.recipient,
            p.primary as i64,
            p.blocked as i64,
            p.blocked_at.map(timefmt::rfc3339),
            timefmt::rfc3339(p.added_at),
            p.signer
        ],
    )?;
    Ok(())
}

pub fn delete_pro(conn: &Connection, rpps: &str) -> Result<()> {
    conn.execute("DELETE FROM pros WHERE rpps = ?1", [rpps])?;
    Ok(())
}

pub fn primary(conn: &Connection) -> Result<Option<Professional>> {
    Ok(conn
        .query_row(
            &format!("SELECT {PRO_COLS} FROM pros WHERE is_primary = 1"),
            [],
            pro_from_row,
        )
        .optional()?)
}

pub fn set_primary(conn: &Connection, rpps: Option<&str>) -> Result<()> {
    conn.execute("UPDATE pros SET is_primary = 0", [])?;
    if let Some(r) = rpps {
        conn.execute("UPDATE pros SET is_primary = 1 WHERE rpps = ?1", [r])?;
    }
    Ok(())
}

pub fn blocked_rpps(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare("SELECT rpps FROM pros WHERE blocked = 1 ORDER BY rpps")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}
