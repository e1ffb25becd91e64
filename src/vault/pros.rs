//! The professionals known to the vault, one per RPPS: each change written
//! with its journal entry in the same commit.
//!
//! Choices (also in docs/access.md):
//! * Removing a professional revokes their active grants (each journaled
//!   `grant.revoke`, reason `pro.remove`) so that adding them again later
//!   revives nothing; a blocked professional is not removed (exit 5),
//!   because removing them would silently lift the block.
//! * Blocking keeps the primary-doctor designation (blocked beats it in the
//!   policy); a blocked professional cannot be made primary (exit 5), as
//!   they cannot be given a grant.
//! * A change that changes nothing (block a blocked professional, unset an
//!   unset primary doctor, …) journals nothing; the result says so.
//! * A professional's signing-key pin cannot be this vault's own key: it is
//!   the holder's, and would let any of the holder's bundles speak for the
//!   professional.

use serde_json::{json, Map, Value};
use time::OffsetDateTime;

use crate::crypto;
use crate::error::{Error, Result};
use crate::ids::Rpps;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::model::{Grant, Professional};
use crate::policy::{self, Rule};
use crate::timefmt;
use crate::vault::state::StateSnapshot;
use crate::vault::{private, store, Tx, Vault};

/// A professional to add.
#[derive(Debug, Clone)]
pub struct NewPro {
    pub rpps: Rpps,
    pub name: String,
    pub specialty: Option<String>,
    pub place: Option<String>,
    /// Canonical age or ssh recipient.
    pub recipient: Option<String>,
    /// Signing-key fingerprint, `SHA256:<base64>`.
    pub signer: Option<String>,
    /// Also make them the primary doctor.
    pub primary: bool,
}

/// Changes to a professional's details: `None` leaves a field as it is,
/// `Some(None)` clears an optional one.
#[derive(Debug, Clone, Default)]
pub struct ProEdit {
    pub name: Option<String>,
    pub specialty: Option<Option<String>>,
    pub place: Option<Option<String>>,
    pub recipient: Option<Option<String>>,
    pub signer: Option<Option<String>>,
}

/// A professional after a change, and whether anything changed.
#[derive(Debug, Clone)]
pub struct ProChange {
    pub pro: Professional,
    pub changed: bool,
    /// The primary doctor this change replaced.
    pub previous_primary: Option<Professional>,
    /// IDs of the grants the change revoked (block, removal).
    pub revoked: Vec<String>,
}

impl ProChange {
    /// A change that revoked `revoked` and replaced no primary doctor.
    fn changed(pro: Professional, revoked: Vec<String>) -> ProChange {
        ProChange {
            pro,
            changed: true,
            previous_primary: None,
            revoked,
        }
    }

    fn unchanged(pro: Professional) -> ProChange {
        ProChange {
            pro,
            changed: false,
            previous_primary: None,
            revoked: Vec::new(),
        }
    }
}

/// A professional as listed: their standing now, active grants, and
/// whether the minor keeps them private from guardians.
#[derive(Debug, Clone)]
pub struct ProEntry {
    pub pro: Professional,
    pub standing: Rule,
    pub active_grants: usize,
    pub private: bool,
}

/// Every professional, read at `now`.
#[derive(Debug, Clone)]
pub struct ProList {
    pub now: OffsetDateTime,
    pub pros: Vec<ProEntry>,
    /// Records sealed for the minor that this session cannot open.
    pub unopened: i64,
}

/// One professional with their grants (each flagged private or not), read
/// at `now`.
#[derive(Debug, Clone)]
pub struct ProDetail {
    pub now: OffsetDateTime,
    pub pro: Professional,
    pub standing: Rule,
    pub private: bool,
    pub grants: Vec<(Grant, bool)>,
    /// The differing recipients of other records of this RPPS that the
    /// minor's private one wins over (see [`Vault::other_recipients`]).
    pub other_recipients: Vec<Option<String>>,
}

/// Journal details naming a professional (IdNat and display name), plus `extra`.
fn details(p: &Professional, extra: Value) -> Value {
    let mut m = Map::new();
    m.insert("rpps".into(), json!(p.rpps));
    m.insert("idnat".into(), json!(p.idnat()));
    m.insert("name".into(), json!(p.name));
    if let Value::Object(e) = extra {
        m.extend(e);
    }
    Value::Object(m)
}

fn who(p: &Professional) -> String {
    format!("{} ({})", p.name, p.rpps)
}

/// The primary doctor is one, shared with the guardians: a professional
/// the minor keeps private cannot be it (docs/access.md).
fn refuse_private_primary(rpps: &str, name: &str) -> Error {
    Error::policy(
        crate::i18n::tr!("v-private-primary", name = name, rpps = rpps),
        crate::i18n::tr!("v-private-primary-hint", rpps = rpps),
    )
}

fn refuse_blocked(p: &Professional, what: &str) -> Error {
    Error::policy(
        crate::i18n::tr!("v-pro-blocked", who = who(p), what = what),
        crate::i18n::tr!("v-pro-blocked-hint", rpps = p.rpps.as_str()),
    )
}

impl Vault {
    /// Refuses this vault's own signing key as a professional's pin (exit 2).
    fn refuse_own_key(&self, signer: Option<&str>) -> Result<()> {
        let own = crypto::fingerprint(&self.key().signing_key().verifying_key());
        if signer == Some(own.as_str()) {
            return Err(Error::usage(
                crate::i18n::tr!("v-own-signing-key", key = own),
                crate::i18n::tr!("v-own-signing-key-hint"),
            ));
        }
        Ok(())
    }

    /// Adds a professional (`pro.add`), and makes them primary if asked
    /// (`pro.primary`). What a minor adds in their own session is private
    /// (docs/access.md), so cannot be the primary doctor (exit 5).
    pub fn add_pro(&self, actor: &JournalActor, new: &NewPro) -> Result<ProChange> {
        self.refuse_own_key(new.signer.as_deref())?;
        let rpps = &new.rpps;
        self.write(|tx| {
            if new.primary && tx.is_private_session() {
                return Err(refuse_private_primary(rpps, &new.name));
            }
            if let Some(existing) = store::get_pro(tx.conn, rpps)? {
                return Err(Error::usage(
                    crate::i18n::tr!("v-pro-exists", rpps = rpps.as_str(), name = &existing.name),
                    crate::i18n::tr!("v-pro-exists-hint", rpps = rpps.as_str()),
                ));
            }
            let p = Professional {
                rpps: rpps.clone(),
                name: new.name.clone(),
                specialty: new.specialty.clone(),
                place: new.place.clone(),
                recipient: new.recipient.clone(),
                signer: new.signer.clone(),
                primary: false,
                blocked: false,
                blocked_at: None,
                added_at: tx.now,
            };
            store::insert_pro(tx.conn, &p)?;
            let private = private::is_private_pro(tx.conn, rpps)?;
            tx.journal(
                NewEntry::new(
                    actor,
                    Action::ProAdd,
                    Some(rpps),
                    details(
                        &p,
                        json!({
                            "specialty": p.specialty,
                            "place": p.place,
                            "recipient": p.recipient,
                            "signer": p.signer,
                            "primary": new.primary,
                        }),
                    ),
                )
                .private(private),
            )?;
            let mut previous_primary = None;
            if new.primary {
                previous_primary = tx.make_primary(actor, &p)?;
            }
            Ok(ProChange {
                pro: store::require_pro(tx.conn, rpps)?,
                changed: true,
                previous_primary,
                revoked: Vec::new(),
            })
        })
    }

    /// Changes a professional's details (`pro.edit`, listing each field's
    /// `from` and `to`); journals nothing if they already had these details.
    pub fn edit_pro(&self, actor: &JournalActor, rpps: &str, edit: &ProEdit) -> Result<ProChange> {
        self.refuse_own_key(edit.signer.as_ref().and_then(|s| s.as_deref()))?;
        self.write(|tx| {
            let old = store::require_pro(tx.conn, rpps)?;
            let mut p = old.clone();
            if let Some(n) = &edit.name {
                p.name = n.clone();
            }
            for (field, to) in [
                (&mut p.specialty, &edit.specialty),
                (&mut p.place, &edit.place),
                (&mut p.recipient, &edit.recipient),
                (&mut p.signer, &edit.signer),
            ] {
                if let Some(v) = to {
                    field.clone_from(v);
                }
            }
            let mut changes = Map::new();
            let mut note = |field: &str, from: Value, to: Value| {
                if from != to {
                    changes.insert(field.into(), json!({ "from": from, "to": to }));
                }
            };
            note("name", json!(old.name), json!(p.name));
            note("specialty", json!(old.specialty), json!(p.specialty));
            note("place", json!(old.place), json!(p.place));
            note("recipient", json!(old.recipient), json!(p.recipient));
            note("signer", json!(old.signer), json!(p.signer));
            if changes.is_empty() {
                return Ok(ProChange::unchanged(p));
            }
            store::update_pro(tx.conn, &p)?;
            tx.journal(
                NewEntry::new(
                    actor,
                    Action::ProEdit,
                    Some(rpps),
                    details(&p, json!({ "changes": changes })),
                )
                .private(private::is_private_pro(tx.conn, rpps)?),
            )?;
            Ok(ProChange::changed(p, Vec::new()))
        })
    }

    /// Removes a professional (`pro.remove`) after revoking their active
    /// grants; refuses a blocked one (exit 5).
    pub fn remove_pro(&self, actor: &JournalActor, rpps: &str) -> Result<ProChange> {
        self.write(|tx| {
            let p = store::require_pro(tx.conn, rpps)?;
            if p.blocked {
                return Err(Error::policy(
                    crate::i18n::tr!("v-pro-rm-blocked", who = who(&p)),
                    crate::i18n::tr!("v-pro-rm-blocked-hint", rpps = rpps),
                ));
            }
            let private = private::is_private_pro(tx.conn, rpps)?;
            let done = tx.revoke_active(actor, rpps, &p.name, Action::ProRemove.as_str(), !private)?;
            store::delete_pro(tx.conn, rpps)?;
            tx.journal(
                NewEntry::new(
                    actor,
                    Action::ProRemove,
                    Some(rpps),
                    details(
                        &p,
                        json!({ "was_primary": p.primary, "revoked_grants": done.journaled_ids(private) }),
                    ),
                )
                .private(private),
            )?;
            Ok(ProChange::changed(p, done.ids()))
        })
    }

    /// Makes a professional the primary doctor (`pro.primary`, naming the
    /// one replaced). Refuses a private or blocked professional (exit 5).
    pub fn set_primary(&self, actor: &JournalActor, rpps: &str) -> Result<ProChange> {
        self.write(|tx| {
            let p = store::require_pro(tx.conn, rpps)?;
            if private::is_private_pro(tx.conn, rpps)? {
                return Err(refuse_private_primary(rpps, &p.name));
            }
            let snap = StateSnapshot::load(tx.conn)?;
            if policy::standing(rpps, &snap.view(), tx.now) == policy::Standing::Blocked {
                return Err(refuse_blocked(
                    &p,
                    &crate::i18n::tr!("v-blocked-not-primary"),
                ));
            }
            if p.primary {
                return Ok(ProChange::unchanged(p));
            }
            let previous_primary = tx.make_primary(actor, &p)?;
            Ok(ProChange {
                pro: store::require_pro(tx.conn, rpps)?,
                changed: true,
                previous_primary,
                revoked: Vec::new(),
            })
        })
    }

    /// Leaves the vault with no primary doctor (`pro.primary`, `false`);
    /// the one who was, if any.
    pub fn unset_primary(&self, actor: &JournalActor) -> Result<Option<Professional>> {
        self.write(|tx| {
            let Some(p) = store::primary(tx.conn)? else {
                return Ok(None);
            };
            store::set_primary(tx.conn, None)?;
            tx.journal(NewEntry::new(
                actor,
                Action::ProPrimary,
                Some(&p.rpps),
                details(&p, json!({ "primary": false })),
            ))?;
            Ok(Some(store::require_pro(tx.conn, &p.rpps)?))
        })
    }

    /// Blocks a professional (`pro.block`, revoking their active grants) or
    /// unblocks them (`pro.unblock`, reviving none).
    pub fn set_blocked(
        &self,
        actor: &JournalActor,
        rpps: &str,
        blocking: bool,
    ) -> Result<ProChange> {
        self.write(|tx| {
            let mut p = store::require_pro(tx.conn, rpps)?;
            if p.blocked == blocking {
                return Ok(ProChange::unchanged(p));
            }
            let private = private::is_private_pro(tx.conn, rpps)?;
            let mut revoked = Vec::new();
            let mut journaled = Vec::new();
            if blocking {
                let done =
                    tx.revoke_active(actor, rpps, &p.name, Action::ProBlock.as_str(), !private)?;
                journaled = done.journaled_ids(private);
                revoked = done.ids();
                p.blocked = true;
                p.blocked_at = Some(tx.now);
            } else {
                p.blocked = false;
                p.blocked_at = None;
            }
            store::update_pro(tx.conn, &p)?;
            let extra = if blocking {
                json!({ "revoked_grants": journaled, "primary": p.primary })
            } else {
                json!({ "primary": p.primary })
            };
            tx.journal(
                NewEntry::new(
                    actor,
                    if blocking {
                        Action::ProBlock
                    } else {
                        Action::ProUnblock
                    },
                    Some(rpps),
                    details(&p, extra),
                )
                .private(private),
            )?;
            Ok(ProChange::changed(p, revoked))
        })
    }

    /// Every professional with their standing now, after journaling any
    /// grant expiry not yet journaled.
    pub fn pros(&self) -> Result<ProList> {
        let conn = self.load_noticing_expiry()?;
        let now = timefmt::now();
        let snap = StateSnapshot::load(&conn)?;
        let state = snap.view();
        let mine = private::private_pros(&conn)?;
        let pros = store::list_pros(&conn)?
            .into_iter()
            .map(|p| ProEntry {
                standing: policy::standing(&p.rpps, &state, now).rule(),
                active_grants: state.active_grants(&p.rpps, now).count(),
                private: mine.contains(p.rpps.as_str()),
                pro: p,
            })
            .collect();
        Ok(ProList {
            now,
            pros,
            unopened: private::count_unopened(&conn)?,
        })
    }

    /// One professional (exit 4 if unknown) with their grants and standing
    /// now, after journaling any grant expiry not yet journaled.
    pub fn pro(&self, rpps: &str) -> Result<ProDetail> {
        let conn = self.load_noticing_expiry()?;
        let now = timefmt::now();
        let pro = store::require_pro(&conn, rpps)?;
        let snap = StateSnapshot::load(&conn)?;
        let standing = policy::standing(rpps, &snap.view(), now).rule();
        let mine = private::private_grants(&conn)?;
        let grants = snap
            .grants
            .into_iter()
            .filter(|g| g.rpps == rpps)
            .map(|g| {
                let private = mine.contains(&g.id);
                (g, private)
            })
            .collect();
        Ok(ProDetail {
            now,
            private: private::is_private_pro(&conn, rpps)?,
            other_recipients: differing(&conn, &pro)?,
            pro,
            standing,
            grants,
        })
    }

    /// In the minor's own session, the recipients (`None`: none recorded)
    /// of the other records of a professional she keeps private that
    /// differ from hers: the shared one a guardian added with the same
    /// RPPS, or a second sealed record she did not write. Hers is the one
    /// used; these are for a warning. Empty in any other case.
    pub fn other_recipients(&self, rpps: &str) -> Result<Vec<Option<String>>> {
        let conn = self.load()?;
        match store::get_pro(&conn, rpps)? {
            Some(p) => differing(&conn, &p),
            None => Ok(Vec::new()),
        }
    }
}

fn differing(conn: &rusqlite::Connection, p: &Professional) -> Result<Vec<Option<String>>> {
    let mut others = private::other_recipients(conn, &p.rpps)?;
    others.retain(|r| *r != p.recipient);
    others.dedup();
    Ok(others)
}

impl Tx<'_> {
    /// Makes `p` the primary doctor, journaled with the one it replaces.
    fn make_primary(&self, actor: &JournalActor, p: &Professional) -> Result<Option<Professional>> {
        let previous = match store::primary(self.conn)? {
            Some(q) => Some(q),
            None => private::shadowed_primary(self.conn)?,
        };
        store::set_primary(self.conn, Some(&p.rpps))?;
        self.journal(
            NewEntry::new(
                actor,
                Action::ProPrimary,
                Some(&p.rpps),
                details(
                    p,
                    json!({ "primary": true, "previous": previous.as_ref().map(|q| json!({"rpps": q.rpps, "idnat": q.idnat(), "name": q.name})) }),
                ),
            ),
        )?;
        Ok(previous)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_name_the_professional_and_keep_extras() {
        let p = Professional {
            primary: true,
            ..Professional::sample("10003456786", "Dr Claire Dubois")
        };
        let d = details(&p, json!({"primary": false}));
        assert_eq!(d["idnat"], "810003456786");
        assert_eq!(d["name"], "Dr Claire Dubois");
        assert_eq!(d["primary"], false);
    }
}
