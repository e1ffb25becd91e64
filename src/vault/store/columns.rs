//! Columns read into typed values, shared by the aggregates' row readers.

use rusqlite::types::Type;
use rusqlite::Row;

use crate::ids::Rpps;

/// An RPPS column, parsed: carnet stores only parsed ones, so a malformed
/// one is damage (a conversion error, as for any column of the wrong type).
pub(super) fn rpps(r: &Row, i: usize) -> rusqlite::Result<Rpps> {
    let s: String = r.get(i)?;
    Rpps::parse(&s)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, Type::Text, Box::new(e)))
}
