//! The emergency kit's record (`carnet emergency kit`): when the last kit
//! was made and a digest of the state it covered, in the sealed index
//! (`meta`), so that `status` can say when the kit is older than the
//! profile. The digest is of the index rows a kit is made from, in three
//! parts, so that `status` can say what changed: the medical profile and
//! the holder's identity (card, summary, IPS), the documents (the bundle),
//! and the emergency consents (who the bundle is for and what it holds).
//! Only the digests are kept: never the passphrase, never the kit's files.

use rusqlite::types::ValueRef;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::Result;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::{meta, store, Vault};

/// Digests of what a kit is made from, at one instant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitState {
    pub profile: String,
    pub documents: String,
    pub consents: String,
}

/// The last kit, as recorded in `meta`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KitRecord {
    pub made_at: String,
    pub bundle: String,
    /// `samu` or `break-glass`.
    pub mode: String,
    pub state: KitState,
}

/// The last kit and what changed since it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KitStatus {
    pub record: KitRecord,
    /// `profile`, `documents`, `consents`: empty when the kit is up to date.
    pub changed: Vec<&'static str>,
}

/// Feeds every row of `sql` into `h`, each value typed and
/// length-prefixed so that no two row sets hash alike by accident.
fn hash_rows(h: &mut blake3::Hasher, conn: &Connection, sql: &str) -> Result<()> {
    let mut st = conn.prepare(sql)?;
    let n = st.column_count();
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        for i in 0..n {
            match r.get_ref(i)? {
                ValueRef::Null => {
                    h.update(&[0]);
                }
                ValueRef::Integer(v) => {
                    h.update(&[1]);
                    h.update(&v.to_le_bytes());
                }
                ValueRef::Real(v) => {
                    h.update(&[2]);
                    h.update(&v.to_bits().to_le_bytes());
                }
                ValueRef::Text(b) | ValueRef::Blob(b) => {
                    h.update(&[3]);
                    h.update(&(b.len() as u64).to_le_bytes());
                    h.update(b);
                }
            }
        }
        h.update(&[0xff]);
    }
    Ok(())
}

fn digest(conn: &Connection, domain: &str, queries: &[&str]) -> Result<String> {
    let mut h = blake3::Hasher::new_derive_key(&format!("carnet emergency kit {domain}"));
    for q in queries {
        hash_rows(&mut h, conn, q)?;
    }
    Ok(h.finalize().to_hex().to_string())
}

/// What a kit made now would cover.
pub(crate) fn state(conn: &Connection) -> Result<KitState> {
    let c = store::emergency_consents(conn)?;
    Ok(KitState {
        profile: digest(
            conn,
            "profile",
            &[
                "SELECT * FROM medical_items ORDER BY id",
                "SELECT key, value FROM meta WHERE key IN ('holder_name', 'birth_date', 'ins') ORDER BY key",
            ],
        )?,
        documents: digest(
            conn,
            "documents",
            &[
                // Not `blob`: a rekey renames the files, the documents stay.
                "SELECT id, title, type, date, author, masked, hidden_from_guardians,
                        invisible_patient_until, size, sha256, media_type, filename,
                        added_at, origin, sealed
                 FROM docs ORDER BY id",
                "SELECT * FROM doc_tags ORDER BY doc_id, tag",
                "SELECT * FROM doc_masked_from ORDER BY doc_id, rpps",
            ],
        )?,
        consents: blake3::hash(
            format!("{}/{}/{}", c.samu, c.break_glass, c.masked).as_bytes(),
        )
        .to_hex()
        .to_string(),
    })
}

/// The last kit recorded, and what changed since (`status`). A record
/// this carnet cannot read counts as none.
pub(crate) fn status(conn: &Connection) -> Result<Option<KitStatus>> {
    let Some(raw) = meta::get(conn, meta::Key::EmergencyKit)? else {
        return Ok(None);
    };
    let Ok(record) = serde_json::from_str::<KitRecord>(&raw) else {
        return Ok(None);
    };
    let now = state(conn)?;
    let mut changed = Vec::new();
    if now.profile != record.state.profile {
        changed.push("profile");
    }
    if now.documents != record.state.documents {
        changed.push("documents");
    }
    if now.consents != record.state.consents {
        changed.push("consents");
    }
    Ok(Some(KitStatus { record, changed }))
}

impl Vault {
    /// What a kit made now covers: taken before the kit is made, so that
    /// a change made meanwhile shows the kit as stale, never as current.
    pub fn kit_state(&self) -> Result<KitState> {
        state(&*self.load()?)
    }

    /// The last kit and what changed since, if one was made.
    pub fn kit_status(&self) -> Result<Option<KitStatus>> {
        status(&*self.load()?)
    }

    /// Records a kit now in place (`emergency.kit`, with `details`): it
    /// replaces the previous record.
    pub fn record_kit(
        &self,
        actor: &JournalActor,
        bundle: &str,
        mode: &str,
        state: KitState,
        details: Value,
    ) -> Result<KitRecord> {
        self.write(|tx| {
            let record = KitRecord {
                made_at: timefmt::rfc3339(tx.now),
                bundle: bundle.to_string(),
                mode: mode.to_string(),
                state,
            };
            let json = serde_json::to_string(&record).expect("a kit record serializes");
            meta::set(tx.conn, meta::Key::EmergencyKit, &json)?;
            tx.journal(
                NewEntry::new(actor, Action::EmergencyKit, Some(bundle), details).private(true),
            )?;
            Ok(record)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::schema;

    #[test]
    fn each_part_changes_with_its_rows_only() {
        let conn = Connection::open_in_memory().unwrap();
        schema::create(&conn).unwrap();
        let a = state(&conn).unwrap();
        assert_eq!(a, state(&conn).unwrap());
        conn.execute(
            "INSERT INTO medical_items (id, kind, fields, added_at, updated_at) VALUES ('m1', 'allergy', '{}', 'x', 'x')",
            [],
        )
        .unwrap();
        let b = state(&conn).unwrap();
        assert_ne!(a.profile, b.profile);
        assert_eq!((&a.documents, &a.consents), (&b.documents, &b.consents));
        meta::set(&conn, meta::Key::HolderName, "Camille").unwrap();
        let c = state(&conn).unwrap();
        assert_ne!(b.profile, c.profile);
        store::set_emergency_consents(
            &conn,
            &crate::model::EmergencyConsents {
                samu: true,
                break_glass: false,
                masked: false,
            },
        )
        .unwrap();
        let d = state(&conn).unwrap();
        assert_ne!(c.consents, d.consents);
        assert_eq!(c.profile, d.profile);
    }

    #[test]
    fn status_names_what_changed_and_ignores_an_unreadable_record() {
        let conn = Connection::open_in_memory().unwrap();
        schema::create(&conn).unwrap();
        assert_eq!(status(&conn).unwrap(), None);
        let rec = KitRecord {
            made_at: "2026-12-07T05:00:00Z".into(),
            bundle: "b".into(),
            mode: "break-glass".into(),
            state: state(&conn).unwrap(),
        };
        meta::set(
            &conn,
            meta::Key::EmergencyKit,
            &serde_json::to_string(&rec).unwrap(),
        )
        .unwrap();
        assert!(status(&conn).unwrap().unwrap().changed.is_empty());
        conn.execute(
            "INSERT INTO medical_items (id, kind, fields, added_at, updated_at) VALUES ('m1', 'allergy', '{}', 'x', 'x')",
            [],
        )
        .unwrap();
        assert_eq!(status(&conn).unwrap().unwrap().changed, ["profile"]);
        meta::set(&conn, meta::Key::EmergencyKit, "{not json").unwrap();
        assert_eq!(status(&conn).unwrap(), None);
    }
}
