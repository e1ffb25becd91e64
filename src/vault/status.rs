//! `carnet status` as a vault operation: what the vault holds and who may
//! open it, read from one load of the index; the command renders it.
//! Also what `status` shares with `profile list`: a vault's guardians and
//! the majority warning of a child's vault.

use rusqlite::Connection;
use serde::Serialize;
use time::OffsetDateTime;

use crate::crypto;
use crate::error::Result;
use crate::journal::{self, Action, ActorKind, Entry};
use crate::model::{EmergencyConsents, Grant, GrantState, Professional};
use crate::timefmt;
use crate::vault::journal_view::JournalHead;
use crate::vault::keys::{self, Role};
use crate::vault::meta;
use crate::vault::{private, store, Vault};

/// What `status` shows, as of `now`.
#[derive(Debug, Clone)]
pub struct Status {
    /// The instant the grants' time left is counted from.
    pub now: OffsetDateTime,
    pub holder: String,
    pub birth_date: Option<String>,
    /// When a child's vault was handed over to its holder.
    pub handed_over_at: Option<String>,
    pub documents: i64,
    pub masked: i64,
    pub hidden_from_guardians: i64,
    pub professionals: Vec<Professional>,
    /// Grants active at `now`.
    pub active_grants: Vec<Grant>,
    pub journal: JournalHead,
    /// Entries since the holder last read the journal.
    pub since_review: i64,
    /// Failed unlocks reported since the holder last read the journal
    /// (unauthenticated: see `vault::failed`).
    pub failed_unlock_reports: u64,
    pub signing_key_fingerprint: String,
    pub unlock_methods: usize,
    pub emergency: EmergencyConsents,
    /// The last emergency kit and what changed since (`vault::kit`).
    pub emergency_kit: Option<crate::vault::kit::KitStatus>,
    pub majority_warning: Option<String>,
    pub guardians: Vec<Guardian>,
    /// What the minor keeps private, as counts (all a guardian may know):
    /// records and whole journal entries sealed for the minor's key.
    pub sealed_records: i64,
    pub sealed_entries: i64,
    /// For the minor: what guardians did to the hidden documents and keys.
    pub guardian_changes: Vec<Entry>,
    /// Several machines: where this replica syncs, and the replicas.
    pub remotes: Vec<(crate::vault::replica::remote::RemoteSpec, Option<String>)>,
    pub devices: Vec<crate::vault::replica::devices::DeviceInfo>,
    /// Wrapper files of removed devices the vault key is still wrapped to
    /// (no rekey since, or crossed rekeys not yet healed): `carnet rekey`.
    pub removed_devices_can_open: Vec<String>,
}

impl Status {
    pub fn primary(&self) -> Option<&Professional> {
        self.professionals.iter().find(|p| p.primary)
    }

    pub fn blocked(&self) -> usize {
        self.professionals.iter().filter(|p| p.blocked).count()
    }

    /// The name of the professional `rpps`, empty when unknown.
    pub fn pro_name(&self, rpps: &str) -> String {
        self.professionals
            .iter()
            .find(|p| p.rpps == rpps)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }
}

/// A guardian of a child's vault, as `status --json` and `profile list
/// --json` show it. The fields are in name order: that is the order the
/// JSON had when it was built as a map.
#[derive(Debug, Clone, Serialize)]
pub struct Guardian {
    pub added_at: String,
    /// `vault` for a parent's own vault, else the recipient's kind.
    pub kind: String,
    pub name: String,
    pub recipient: Option<String>,
    pub vault_id: Option<String>,
}

impl Vault {
    /// What `status` shows, after journaling any grant expiry not yet
    /// journaled.
    pub fn status(&self) -> Result<Status> {
        let conn = self.load_noticing_expiry()?;
        let now = timefmt::now();
        let (documents, masked) = store::count_docs(&conn)?;
        let (seq, hash) = journal::head(&conn)?;
        let reviewed = self.reviewed_seq();
        Ok(Status {
            remotes: self.remotes()?,
            devices: self.devices()?,
            removed_devices_can_open: self.removed_devices_wrappers_in(&conn)?,
            now,
            holder: meta::get(&conn, meta::Key::HolderName)?.unwrap_or_default(),
            birth_date: meta::get(&conn, meta::Key::BirthDate)?,
            handed_over_at: meta::get(&conn, meta::Key::HandedOverAt)?,
            documents,
            masked,
            hidden_from_guardians: store::count_sealed(&conn)?,
            professionals: store::list_pros(&conn)?,
            active_grants: store::list_grants(&conn)?
                .into_iter()
                .filter(|g| g.state(now) == GrantState::Active)
                .collect(),
            journal: JournalHead { seq, hash },
            since_review: (seq - reviewed).max(0),
            failed_unlock_reports: failed_unlock_reports(&conn, reviewed)?,
            signing_key_fingerprint: crypto::fingerprint(&self.key().signing_key().verifying_key()),
            unlock_methods: keys::list(&conn)?.len(),
            emergency: store::emergency_consents(&conn)?,
            emergency_kit: crate::vault::kit::status(&conn)?,
            majority_warning: majority_warning(&conn, now)?,
            guardians: guardians(&conn)?,
            sealed_records: private::count_unopened(&conn)?,
            sealed_entries: private::count_sealed_entries(&conn)?,
            guardian_changes: if self.access().role == Role::Minor {
                guardian_changes(&conn)?
            } else {
                Vec::new()
            },
        })
    }

    /// The guardians of this vault (see [`guardians`]).
    pub fn guardians(&self) -> Result<Vec<Guardian>> {
        guardians(&*self.load()?)
    }

    /// The warning of a child's vault whose holder nears or reached the
    /// majority age (see [`majority_warning`]).
    pub fn majority_warning(&self, now: OffsetDateTime) -> Result<Option<String>> {
        majority_warning(&*self.load()?, now)
    }
}

/// Failed-unlock records folded into the journal after entry `reviewed`
/// (well-formed, malformed and unread alike: each file is one report).
fn failed_unlock_reports(conn: &Connection, reviewed: i64) -> Result<u64> {
    // Through the index `journal_action`, not a read of the whole journal.
    let mut stmt = conn.prepare_cached(
        "SELECT details FROM journal WHERE action = 'unlock.failed' AND seq > ?1",
    )?;
    let mut total = 0;
    for details in stmt.query_map([reviewed], |r| r.get::<_, String>(0))? {
        let details: serde_json::Value = serde_json::from_str(&details?).unwrap_or_default();
        total += ["count", "malformed", "unread"]
            .iter()
            .filter_map(|k| details.get(*k).and_then(|v| v.as_u64()))
            .sum::<u64>();
    }
    Ok(total)
}

/// What guardians did to the documents hidden from them and to the keys:
/// the minor is told at `status`.
fn guardian_changes(conn: &Connection) -> Result<Vec<Entry>> {
    Ok(journal::entries(conn, &journal::Filter::default())?
        .into_iter()
        .filter(|e| {
            e.actor.kind == ActorKind::Guardian
                && (e.details.get("hidden").is_some()
                    || matches!(
                        Action::parse(&e.action),
                        Some(
                            Action::ProfileKey
                                | Action::KeyRemove
                                | Action::KeyAdd
                                | Action::Passwd
                        )
                    ))
        })
        .collect())
}

/// The guardians of a vault, one per person (a guardian's vault re-keyed
/// in the middle of an update may briefly have two wrappers).
pub(crate) fn guardians(conn: &Connection) -> Result<Vec<Guardian>> {
    let mut out = Vec::new();
    let mut seen_vaults = std::collections::HashSet::new();
    for k in keys::list(conn)? {
        if k.role != Role::Guardian {
            continue;
        }
        if let Some(id) = &k.vault_id {
            if !seen_vaults.insert(id.clone()) {
                continue;
            }
        }
        out.push(Guardian {
            name: k
                .name
                .clone()
                .or(k.label.clone())
                .unwrap_or_else(|| "guardian".into()),
            kind: if k.vault_id.is_some() {
                "vault".to_string()
            } else {
                k.kind.clone()
            },
            recipient: k.recipient,
            vault_id: k.vault_id,
            added_at: k.added_at,
        });
    }
    Ok(out)
}

/// A child's vault whose holder turns the majority age within the
/// warning days (settings), or has turned it: time to hand it over.
pub(crate) fn majority_warning(conn: &Connection, now: OffsetDateTime) -> Result<Option<String>> {
    let Some(birth) = meta::get(conn, meta::Key::BirthDate)?.and_then(|b| timefmt::parse_ymd(&b))
    else {
        return Ok(None);
    };
    if meta::get(conn, meta::Key::GuardiansProfile)?.is_none() {
        return Ok(None);
    }
    let age = store::setting_u32(conn, "majority-age")? as i32;
    let days = store::setting_u32(conn, "majority-warning-days")? as i64;
    let due = timefmt::birthday(birth, age);
    let left = (due - now.date()).whole_days();
    if left <= 0 {
        Ok(Some(crate::i18n::tr!(
            "v-majority-reached",
            age = age.to_string(),
            date = timefmt::day(due)
        )))
    } else if left <= days {
        Ok(Some(crate::i18n::tr!(
            "v-majority-soon",
            age = age.to_string(),
            date = timefmt::day(due),
            left = left.to_string()
        )))
    } else {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::schema;
    use time::macros::datetime;

    fn index() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        schema::create(&conn).unwrap();
        conn
    }

    #[test]
    fn the_majority_warning_is_for_a_child_vault_within_the_warning_days() {
        let conn = index();
        let now = datetime!(2026-03-01 12:00 UTC);
        meta::set(&conn, meta::Key::BirthDate, "2008-04-15").unwrap();
        // An adult's own vault: a birth date alone warns of nothing.
        assert_eq!(majority_warning(&conn, now).unwrap(), None);
        meta::set(&conn, meta::Key::GuardiansProfile, "parentvaultid").unwrap();
        let w = majority_warning(&conn, now).unwrap().unwrap();
        assert!(w.contains("turns 18 on 2026-04-15 (in 45 days)"), "{w}");
        store::set_setting(&conn, "majority-warning-days", "30").unwrap();
        assert_eq!(majority_warning(&conn, now).unwrap(), None);
        let on_the_day = datetime!(2026-04-15 00:00 UTC);
        let w = majority_warning(&conn, on_the_day).unwrap().unwrap();
        assert!(
            w.contains("reached the majority age (18) on 2026-04-15"),
            "{w}"
        );
        store::set_setting(&conn, "majority-age", "19").unwrap();
        assert_eq!(majority_warning(&conn, on_the_day).unwrap(), None);
    }

    #[test]
    fn guardians_are_one_per_person_and_only_guardians() {
        let conn = index();
        let row = |file: &str, kind: &str, role: &str, name: Option<&str>, vault: Option<&str>| {
            conn.execute(
                "INSERT INTO unlock_keys (file, kind, recipient, label, added_at, role, name, vault_id)
                 VALUES (?1, ?2, ?3, NULL, '2026-01-01T00:00:00Z', ?4, ?5, ?6)",
                rusqlite::params![file, kind, format!("age1{file}"), role, name, vault],
            )
            .unwrap();
        };
        row("a.age", "age", "holder", None, None);
        // A parent's vault re-keyed mid-update: two wrappers, one guardian.
        row("b.age", "age", "guardian", Some("Camille"), Some("v1"));
        row("c.age", "age", "guardian", Some("Camille"), Some("v1"));
        row("d.age", "ssh-ed25519", "guardian", None, None);
        row("e.age", "age", "minor", Some("Léa"), None);
        let g = guardians(&conn).unwrap();
        assert_eq!(g.len(), 2, "{g:?}");
        assert_eq!(
            (g[0].name.as_str(), g[0].kind.as_str()),
            ("Camille", "vault")
        );
        assert_eq!(g[0].vault_id.as_deref(), Some("v1"));
        assert_eq!(
            (g[1].name.as_str(), g[1].kind.as_str()),
            ("guardian", "ssh-ed25519")
        );
        // The JSON shape `status` and `profile list` print.
        let v = serde_json::to_string(&g[1]).unwrap();
        assert_eq!(
            v,
            r#"{"added_at":"2026-01-01T00:00:00Z","kind":"ssh-ed25519","name":"guardian","recipient":"age1d.age","vault_id":null}"#
        );
    }
}
