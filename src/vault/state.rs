//! The vault state the pure policy decides on, read from the index.
//!
//! It lives in `vault` so that library code (export planning, a grant's
//! scope checked against the rules, a professional's standing) can load
//! it without reaching into `commands`.

use rusqlite::Connection;

use crate::error::Result;
use crate::vault::store;

/// The vault state the policy needs, owned, loaded once per command.
pub use crate::policy::OwnedState as StateSnapshot;

impl StateSnapshot {
    pub fn load(conn: &Connection) -> Result<Self> {
        Ok(StateSnapshot {
            primary: store::primary(conn)?.map(|p| p.rpps.into_string()),
            blocked: store::blocked_rpps(conn)?,
            grants: store::list_grants(conn)?,
            emergency: store::emergency_consents(conn)?,
            masked_visible_to_primary: store::setting_bool(conn, "masked-visible-to-primary")?,
        })
    }
}
