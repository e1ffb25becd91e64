//! SQLite's own view of the index's health (for `carnet check`).

use rusqlite::Connection;

use crate::error::Result;

/// SQLite's own checks of the index: `integrity_check` messages (empty
/// when fine) and the number of dangling references.
pub fn database_problems(conn: &Connection) -> Result<(Vec<String>, i64)> {
    let ic: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    let fk: i64 = conn.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    Ok((if ic == "ok" { Vec::new() } else { vec![ic] }, fk))
}
