//! Grants: time-limited access for a professional. A grant has a start
//! (`created_at`), an exclusive end (`expires_at`), a scope (types and/or
//! document IDs; empty = everything the rules allow) and a state at any
//! instant (active, expired, revoked; see `Grant::state`). Grants are never
//! edited: "modify" is revoke then grant again, each journaled
//! (`grant.revoke`, `grant.create`, mode `grant`) in the same commit as
//! the change.
//!
//! Revoking a grant that is already revoked or expired changes nothing
//! (the caller says so and exits 0).

use std::collections::HashMap;

use serde_json::json;
use time::{Duration, OffsetDateTime};

use crate::error::{Error, Result};
use crate::ids::{self, IdError, Rpps};
use crate::journal::{Action, JournalActor, Mode, NewEntry};
use crate::model::{Actor, DocType, Document, Grant, GrantState, Professional};
use crate::policy::{self, DocFacts, Rule, Standing};
use crate::timefmt;
use crate::vault::keys::Role;
use crate::vault::state::StateSnapshot;
use crate::vault::{new_id, private, store, Tx, Vault};

/// Length of a grant ID (same alphabet as document IDs).
pub const GRANT_ID_LEN: usize = 12;

/// How a new grant ends, as the holder gave it.
#[derive(Debug, Clone, Copy)]
pub enum GrantEnd {
    /// This long after the grant is made.
    For(Duration),
    /// At this instant.
    Until(OffsetDateTime),
}

impl GrantEnd {
    /// The instant the grant ends if made at `now`: strictly later than `now`
    /// (exit 2 otherwise).
    pub fn at(self, now: OffsetDateTime) -> Result<OffsetDateTime> {
        let at = match self {
            GrantEnd::For(d) => now.checked_add(d).ok_or_else(|| {
                Error::usage(
                    crate::i18n::tr!("v-grant-too-long"),
                    crate::i18n::tr!("v-grant-too-long-hint"),
                )
            })?,
            GrantEnd::Until(t) => t,
        };
        if at <= now {
            return Err(Error::usage(
                crate::i18n::tr!("v-grant-end-past", at = timefmt::local(at)),
                crate::i18n::tr!("v-grant-end-past-hint"),
            ));
        }
        Ok(at)
    }
}

/// A grant to make.
#[derive(Debug, Clone)]
pub struct NewGrant {
    pub rpps: Rpps,
    pub end: GrantEnd,
    /// Without duplicates.
    pub types: Vec<DocType>,
    /// Document IDs or unique prefixes, resolved under the lock.
    pub docs: Vec<String>,
}

/// Something the holder should know about a grant just made.
#[derive(Debug, Clone)]
pub enum GrantNote {
    /// The professional is the primary doctor and already sees every document.
    AlreadyPrimary,
    /// A document named in the scope stays hidden from them (masking beats a grant).
    StaysHidden {
        id: String,
        /// `None` when the one granting may not see the document either
        /// (held, `INVISIBLE_PATIENT`; hidden from a guardian): its title
        /// is not theirs to read.
        title: Option<String>,
        rule: Rule,
    },
}

/// A grant made, with its professional and what to tell the holder.
#[derive(Debug, Clone)]
pub struct GrantCreated {
    pub grant: Grant,
    pub pro: Professional,
    pub notes: Vec<GrantNote>,
}

/// A grant as listed: with its professional's name (none once removed) and
/// whether it is one the minor keeps private from guardians.
#[derive(Debug, Clone)]
pub struct GrantEntry {
    pub grant: Grant,
    pub name: Option<String>,
    pub private: bool,
}

/// Every grant, read at `now`.
#[derive(Debug, Clone)]
pub struct GrantList {
    pub now: OffsetDateTime,
    pub grants: Vec<GrantEntry>,
    /// Records sealed for the minor that this session cannot open.
    pub unopened: i64,
}

/// What `revoke`'s argument names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RevokeTarget {
    /// All of this professional's active grants.
    Rpps(String),
    /// A grant ID or prefix; `bad_rpps` when it looked like an RPPS with a
    /// wrong check digit (reported if no grant matches either).
    Grant {
        prefix: String,
        bad_rpps: Option<IdError>,
    },
}

impl RevokeTarget {
    /// An 11-digit argument that is a valid RPPS means "all of that
    /// professional's active grants"; one with a bad check digit is tried as
    /// a grant ID prefix and, if it is none, reported as an invalid RPPS.
    pub fn parse(arg: &str) -> RevokeTarget {
        let s = arg.trim();
        // A grant ID has no spaces, dots or dashes: an argument with them
        // that reads as an RPPS (`10 00345 678 6`) is one.
        if s.contains(|c: char| c.is_whitespace() || c == '.' || c == '-') {
            if let Ok(r) = ids::parse_rpps(s) {
                return RevokeTarget::Rpps(r);
            }
        }
        if s.len() == 11 && s.bytes().all(|b| b.is_ascii_digit()) {
            return match ids::parse_rpps(s) {
                Ok(r) => RevokeTarget::Rpps(r),
                Err(e) => RevokeTarget::Grant {
                    prefix: s.to_string(),
                    bad_rpps: Some(e),
                },
            };
        }
        RevokeTarget::Grant {
            prefix: s.to_string(),
            bad_rpps: None,
        }
    }
}

/// What a revocation did.
#[derive(Debug, Clone)]
pub enum Revocation {
    /// These grants of this professional were revoked now.
    Revoked(Vec<Grant>, Professional),
    /// The professional had no active grant.
    NoneActive(Professional),
    /// The grant (of the professional named) was revoked before.
    AlreadyRevoked(Grant, String),
    /// The grant (of the professional named) had ended.
    AlreadyExpired(Grant, String),
}

/// The grants a command revoked: shared ones, and the minor's private ones.
#[derive(Debug, Default)]
pub struct Revoked {
    pub shared: Vec<Grant>,
    pub private: Vec<Grant>,
}

impl Revoked {
    pub fn all(&self) -> Vec<Grant> {
        self.shared.iter().chain(&self.private).cloned().collect()
    }

    /// The IDs of every grant revoked.
    pub fn ids(&self) -> Vec<String> {
        ids_of(self.shared.iter().chain(&self.private))
    }

    /// The grants a block or removal names in its own entry: for a shared
    /// professional, the shared ones only (the minor's private ones are in
    /// their sealed entry); for a private one, all (the entry is sealed).
    pub fn journaled_ids(&self, private_pro: bool) -> Vec<String> {
        if private_pro {
            self.ids()
        } else {
            ids_of(&self.shared)
        }
    }
}

fn ids_of<'a>(grants: impl IntoIterator<Item = &'a Grant>) -> Vec<String> {
    grants.into_iter().map(|g| g.id.clone()).collect()
}

fn refuse_blocked(p: &Professional) -> Error {
    Error::policy(
        crate::i18n::tr!("v-grant-blocked", name = &p.name, rpps = p.rpps.as_str()),
        crate::i18n::tr!("v-grant-blocked-hint", rpps = p.rpps.as_str()),
    )
}

impl Vault {
    /// Makes a grant, journaled `grant.create` (mode `grant`) in the same
    /// commit. Refuses a blocked professional (exit 5).
    pub fn create_grant(&self, actor: &JournalActor, new: &NewGrant) -> Result<GrantCreated> {
        self.write(|tx| {
            let rpps = &new.rpps;
            let pro = store::require_pro(tx.conn, rpps)?;
            let before = StateSnapshot::load(tx.conn)?;
            let standing = policy::standing(rpps, &before.view(), tx.now);
            if standing == Standing::Blocked {
                return Err(refuse_blocked(&pro));
            }
            let mut docs: Vec<Document> = Vec::new();
            for id in &new.docs {
                let d = store::resolve_doc(tx.conn, id)?;
                if !docs.iter().any(|x| x.id == d.id) {
                    docs.push(d);
                }
            }
            let expires_at = new.end.at(tx.now)?;
            let mut notes = Vec::new();
            if standing == Standing::Primary {
                notes.push(GrantNote::AlreadyPrimary);
            }
            let g = Grant {
                id: new_id(GRANT_ID_LEN),
                rpps: rpps.clone(),
                created_at: tx.now,
                expires_at,
                revoked_at: None,
                types: new.types.clone(),
                docs: docs.iter().map(|d| d.id.clone()).collect(),
            };
            store::insert_grant(tx.conn, &g)?;
            tx.journal(
                NewEntry::new(
                    actor,
                    Action::GrantCreate,
                    Some(&g.id),
                    json!({
                        "grant": g.id,
                        "rpps": rpps,
                        "idnat": pro.idnat(),
                        "name": pro.name,
                        "types": g.types.iter().map(|t| t.name).collect::<Vec<_>>(),
                        "docs": g.docs,
                        "created_at": timefmt::rfc3339(g.created_at),
                        "expires_at": timefmt::rfc3339(g.expires_at),
                    }),
                )
                .mode(Mode::Grant)
                .private(private::is_private_grant(tx.conn, &g.id)?),
            )?;
            // Documents named in the scope that the rules still hide (masking
            // beats a grant): said now rather than at export time.
            let after = StateSnapshot::load(tx.conn)?;
            let who = Actor::Professional { rpps: rpps.clone() };
            let me = match self.access().role {
                Role::Guardian => Actor::Guardian {
                    id: self.access().id.clone(),
                },
                Role::Holder | Role::Minor => Actor::Holder,
            };
            let unseen = crate::vault::inbox::unseen(tx.conn)?;
            for d in &docs {
                let facts = DocFacts::of(d).with_unseen_inbox(unseen.contains(&d.id));
                let dec = policy::decide(&who, &facts, &after.view(), tx.now);
                if !dec.visible {
                    let shown = policy::decide(&me, &facts, &after.view(), tx.now).visible;
                    notes.push(GrantNote::StaysHidden {
                        id: d.id.clone(),
                        title: shown.then(|| d.title.clone()),
                        rule: dec.rule,
                    });
                }
            }
            Ok(GrantCreated {
                grant: g,
                pro,
                notes,
            })
        })
    }

    /// Every grant, after journaling any expiry not yet journaled.
    pub fn grants(&self) -> Result<GrantList> {
        let conn = self.load_noticing_expiry()?;
        let now = timefmt::now();
        let names: HashMap<Rpps, String> = store::list_pros(&conn)?
            .into_iter()
            .map(|p| (p.rpps, p.name))
            .collect();
        let mine = private::private_grants(&conn)?;
        let grants = store::list_grants(&conn)?
            .into_iter()
            .map(|g| GrantEntry {
                name: names.get(&g.rpps).cloned(),
                private: mine.contains(&g.id),
                grant: g,
            })
            .collect();
        Ok(GrantList {
            now,
            grants,
            unopened: private::count_unopened(&conn)?,
        })
    }

    /// Revokes what `target` names, each grant journaled `grant.revoke`
    /// (reason `revoke`) in the same commit.
    pub fn revoke_grants(&self, actor: &JournalActor, target: &RevokeTarget) -> Result<Revocation> {
        self.write(|tx| match target {
            RevokeTarget::Rpps(rpps) => {
                let pro = store::require_pro(tx.conn, rpps)?;
                let done = tx
                    .revoke_active(actor, rpps, &pro.name, "revoke", false)?
                    .all();
                if done.is_empty() {
                    return Ok(Revocation::NoneActive(pro));
                }
                Ok(Revocation::Revoked(done, pro))
            }
            RevokeTarget::Grant { prefix, bad_rpps } => {
                let g = match store::resolve_grant(tx.conn, prefix) {
                    Ok(g) => g,
                    Err(e) => return Err(bad_rpps.clone().map(Error::from).unwrap_or(e)),
                };
                let pro = store::get_pro(tx.conn, &g.rpps)?;
                let name = pro
                    .as_ref()
                    .map(|p| p.name.clone())
                    .unwrap_or_else(|| "removed professional".into());
                match g.state(tx.now) {
                    GrantState::Revoked => Ok(Revocation::AlreadyRevoked(g, name)),
                    GrantState::Expired => Ok(Revocation::AlreadyExpired(g, name)),
                    GrantState::Active => {
                        tx.revoke_grant(actor, &g, &name, "revoke")?;
                        let mut g = g;
                        g.revoked_at = Some(tx.now);
                        let pro = pro.ok_or_else(|| {
                            Error::Other(crate::i18n::tr!("y-grant-no-pro", id = g.id.to_string()))
                        })?;
                        Ok(Revocation::Revoked(vec![g], pro))
                    }
                }
            }
        })
    }
}

impl Tx<'_> {
    /// Revokes one grant now and journals `grant.revoke` (mode `grant`);
    /// `reason` says which command did it (`revoke`, `pro.block`, `pro.remove`).
    pub fn revoke_grant(
        &self,
        actor: &JournalActor,
        g: &Grant,
        pro_name: &str,
        reason: &str,
    ) -> Result<()> {
        store::revoke_grant(self.conn, &g.id, self.now)?;
        self.journal(
            NewEntry::new(
                actor,
                Action::GrantRevoke,
                Some(&g.id),
                json!({
                    "grant": g.id,
                    "rpps": g.rpps,
                    "idnat": ids::rpps_idnat(&g.rpps),
                    "name": pro_name,
                    "reason": reason,
                    "expires_at": timefmt::rfc3339(g.expires_at),
                }),
            )
            .mode(Mode::Grant)
            .private(private::is_private_grant(self.conn, &g.id)?),
        )?;
        Ok(())
    }

    /// Revokes a professional's active grants now for `reason` (`revoke`,
    /// `pro.block`, `pro.remove`), each with its `grant.revoke` entry. In a
    /// minor's private session the minor's private grants are revoked in one
    /// sealed entry, also written when there are none if `always` or shared
    /// grants were revoked: with a block or removal of a shared
    /// professional, its presence then tells guardians nothing about whether
    /// the minor had any, or how many (see `vault::private`).
    pub fn revoke_active(
        &self,
        actor: &JournalActor,
        rpps: &str,
        pro_name: &str,
        reason: &str,
        always: bool,
    ) -> Result<Revoked> {
        let stamp = |mut g: Grant| {
            g.revoked_at = Some(self.now);
            g
        };
        let snap = StateSnapshot::load(self.conn)?;
        let active: Vec<Grant> = snap.view().active_grants(rpps, self.now).cloned().collect();
        if !self.is_private_session() {
            for g in &active {
                self.revoke_grant(actor, g, pro_name, reason)?;
            }
            return Ok(Revoked {
                shared: active.into_iter().map(stamp).collect(),
                private: Vec::new(),
            });
        }
        let mine = private::private_grants(self.conn)?;
        let (private, mut shared): (Vec<Grant>, Vec<Grant>) =
            active.into_iter().partition(|g| mine.contains(&g.id));
        // Shared grants to a professional the minor keeps private were made
        // to the record a guardian added with the same RPPS: they are the
        // guardians' to revoke, and revoking them in clear would tell them
        // she knows this professional (vault::private).
        if private::is_private_pro(self.conn, rpps)? {
            shared.clear();
        }
        for g in &shared {
            self.revoke_grant(actor, g, pro_name, reason)?;
        }
        if !private.is_empty() || !shared.is_empty() || always {
            for g in &private {
                store::revoke_grant(self.conn, &g.id, self.now)?;
            }
            self.journal(
                NewEntry::new(
                    actor,
                    Action::GrantRevoke,
                    None,
                    json!({
                        "grants": private.iter().map(|g| json!({
                            "grant": g.id, "expires_at": timefmt::rfc3339(g.expires_at),
                        })).collect::<Vec<_>>(),
                        "count": private.len(),
                        "rpps": rpps,
                        "idnat": ids::rpps_idnat(rpps),
                        "name": pro_name,
                        "reason": reason,
                    }),
                )
                .mode(Mode::Grant)
                .private(true),
            )?;
        }
        Ok(Revoked {
            shared: shared.into_iter().map(stamp).collect(),
            private: private.into_iter().map(stamp).collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn revoke_target_rpps_grant_and_bad_rpps() {
        assert_eq!(
            RevokeTarget::parse(" 10003456786 "),
            RevokeTarget::Rpps("10003456786".into())
        );
        match RevokeTarget::parse("10100000003") {
            RevokeTarget::Grant { prefix, bad_rpps } => {
                assert_eq!(prefix, "10100000003");
                let e = bad_rpps.expect("a bad check digit is kept");
                assert_eq!(
                    e.to_string(),
                    "invalid RPPS 10100000003: check digit should be 8"
                );
            }
            other => panic!("unexpected {other:?}"),
        }
        assert_eq!(
            RevokeTarget::parse("k3xq"),
            RevokeTarget::Grant {
                prefix: "k3xq".into(),
                bad_rpps: None
            }
        );
        // 10 digits is not an RPPS: a grant prefix.
        assert!(matches!(
            RevokeTarget::parse("1000345678"),
            RevokeTarget::Grant { bad_rpps: None, .. }
        ));
    }

    #[test]
    fn a_grant_ends_strictly_later_than_now() {
        let now = datetime!(2026-03-01 12:00 UTC);
        let end = GrantEnd::For(Duration::seconds(90));
        assert_eq!(end.at(now).unwrap(), now + Duration::seconds(90));
        let end = GrantEnd::Until(datetime!(2026-03-01 13:00 UTC));
        assert_eq!(end.at(now).unwrap(), datetime!(2026-03-01 13:00 UTC));
        assert_eq!(GrantEnd::Until(now).at(now).unwrap_err().exit_code(), 2);
        let past = GrantEnd::Until(datetime!(2020-01-01 00:00 UTC));
        assert_eq!(past.at(now).unwrap_err().exit_code(), 2);
        let huge = GrantEnd::For(Duration::MAX);
        assert_eq!(huge.at(now).unwrap_err().exit_code(), 2);
    }

    #[test]
    fn journaled_ids_name_the_private_grants_only_for_a_private_professional() {
        let g = |id: &str| Grant {
            id: id.into(),
            rpps: Rpps::parse("10003456786").unwrap(),
            created_at: datetime!(2026-03-01 12:00 UTC),
            expires_at: datetime!(2026-03-02 12:00 UTC),
            revoked_at: None,
            types: vec![],
            docs: vec![],
        };
        let r = Revoked {
            shared: vec![g("shared")],
            private: vec![g("mine")],
        };
        assert_eq!(r.ids(), ["shared", "mine"]);
        assert_eq!(r.journaled_ids(false), ["shared"]);
        assert_eq!(r.journaled_ids(true), ["shared", "mine"]);
    }
}
