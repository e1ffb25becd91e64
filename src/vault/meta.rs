//! The vault's own facts in the index's `meta` table, by typed key: who
//! the holder is, when the vault was made, whose child's profile it is.
//! The key strings are stored in existing vaults: never rename one.
//! (Settings and emergency consents, also in `meta`, have their own
//! accessors in `store`.)

use rusqlite::Connection;

use crate::error::Result;
use crate::vault::store;

/// A fact about the vault kept in `meta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// The vault's ID (also in `vault.json`, which is not authenticated).
    VaultId,
    /// When the vault was created (RFC 3339).
    CreatedAt,
    /// The holder's display name.
    HolderName,
    /// The holder's birth date (YYYY-MM-DD), if given.
    BirthDate,
    /// The holder's INS, if given.
    Ins,
    /// In a child's profile: the guardian's vault ID. Gone after handover.
    GuardiansProfile,
    /// In a former child's profile: when it was handed over (RFC 3339).
    HandedOverAt,
    /// The last emergency kit and the state it covered (JSON, `vault::kit`).
    EmergencyKit,
}

impl Key {
    /// The key as stored.
    pub const fn as_str(self) -> &'static str {
        match self {
            Key::VaultId => "vault_id",
            Key::CreatedAt => "created_at",
            Key::HolderName => "holder_name",
            Key::BirthDate => "birth_date",
            Key::Ins => "ins",
            Key::GuardiansProfile => "guardians_profile",
            Key::HandedOverAt => "handed_over_at",
            Key::EmergencyKit => "emergency_kit",
        }
    }
}

pub fn get(conn: &Connection, key: Key) -> Result<Option<String>> {
    store::get_meta(conn, key.as_str())
}

pub fn set(conn: &Connection, key: Key, value: &str) -> Result<()> {
    store::set_meta(conn, key.as_str(), value)
}

pub fn delete(conn: &Connection, key: Key) -> Result<()> {
    store::delete_meta(conn, key.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each key reads back what was set under its stored name, and only
    /// that one: the strings are the ones existing vaults hold.
    #[test]
    fn keys_are_the_stored_names() {
        let conn = Connection::open_in_memory().unwrap();
        crate::vault::schema::create(&conn).unwrap();
        let all = [
            (Key::VaultId, "vault_id"),
            (Key::CreatedAt, "created_at"),
            (Key::HolderName, "holder_name"),
            (Key::BirthDate, "birth_date"),
            (Key::Ins, "ins"),
            (Key::GuardiansProfile, "guardians_profile"),
            (Key::HandedOverAt, "handed_over_at"),
            (Key::EmergencyKit, "emergency_kit"),
        ];
        for (key, name) in all {
            store::set_meta(&conn, name, &format!("v-{name}")).unwrap();
            assert_eq!(get(&conn, key).unwrap(), Some(format!("v-{name}")));
        }
        set(&conn, Key::Ins, "x").unwrap();
        assert_eq!(store::get_meta(&conn, "ins").unwrap().as_deref(), Some("x"));
        delete(&conn, Key::GuardiansProfile).unwrap();
        assert_eq!(get(&conn, Key::GuardiansProfile).unwrap(), None);
        assert!(get(&conn, Key::HandedOverAt).unwrap().is_some());
    }
}
