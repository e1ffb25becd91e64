//! `carnet grant`, `grants`, `revoke`: time-limited access for a
//! professional. A grant has a start (`created_at`), an exclusive end
//! (`expires_at`), a scope (types and/or document IDs; empty = everything the
//! rules allow) and a state at any instant (active, expired, revoked; see
//! `Grant::state`). Grants are never edited: "modify" is revoke then grant
//! again, each journaled (`grant.revoke`, `grant.create`, mode `grant`).
//!
//! Choices (also in docs/access.md):
//! * Revoking a grant that is already revoked or expired changes nothing and
//!   exits 0 saying so (as `revoke RPPS` does when there is no active grant).
//! * An 11-digit argument to `revoke` that is a valid RPPS means "all of that
//!   professional's active grants"; one with a bad check digit is tried as a
//!   grant ID prefix and, if it is none, reported as an invalid RPPS (exit 2).

use std::collections::HashMap;

use rusqlite::Connection;
use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::cli::args::{GrantArgs, GrantsArgs, RevokeArgs};
use crate::commands::access::StateSnapshot;
use crate::commands::add::parse_type;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::ids::{self, IdError};
use crate::journal::{JournalActor, NewEntry};
use crate::model::{Actor, DocType, Grant, GrantState, Professional};
use crate::policy::{self, DocFacts, Standing};
use crate::timefmt;
use crate::vault::{new_id, private, store, Tx, Vault};

/// Length of a grant ID (same alphabet as document IDs).
pub const GRANT_ID_LEN: usize = 12;

/// Loads the index after journaling any grant expiry not yet journaled.
pub fn load_noticing_expiry(vault: &Vault) -> Result<std::rc::Rc<Connection>> {
    vault.load_noticing_expiry()
}

/// The contract's grant object: `{"id","rpps","scope":{"types","docs"},"created_at","expires_at"}`.
pub fn grant_json(g: &Grant) -> Value {
    json!({
        "id": g.id,
        "rpps": g.rpps,
        "scope": {
            "types": g.types.iter().map(|t| t.name).collect::<Vec<_>>(),
            "docs": g.docs,
        },
        "created_at": timefmt::rfc3339(g.created_at),
        "expires_at": timefmt::rfc3339(g.expires_at),
    })
}

/// A grant as `grants` lists it: the contract object plus `state`,
/// `revoked_at`, and the professional's `name` and `idnat`.
pub fn grant_listing_json(g: &Grant, name: Option<&str>, now: OffsetDateTime) -> Value {
    let mut v = grant_json(g);
    v["state"] = json!(g.state(now).as_str());
    v["revoked_at"] = json!(g.revoked_at.map(timefmt::rfc3339));
    v["name"] = json!(name);
    v["idnat"] = json!(ids::rpps_idnat(&g.rpps));
    v
}

/// What a grant covers, for people: `everything`, or its types and documents.
pub fn scope_text(types: &[DocType], docs: &[String]) -> String {
    if types.is_empty() && docs.is_empty() {
        return "everything the rules allow".into();
    }
    let mut parts = Vec::new();
    if !types.is_empty() {
        parts.push(format!(
            "type {}",
            types.iter().map(|t| t.name).collect::<Vec<_>>().join(", ")
        ));
    }
    if !docs.is_empty() {
        parts.push(format!("document {}", docs.join(", ")));
    }
    parts.join("; ")
}

/// The state column of `grants`: `active (6d 23h left)`, `expired 2026-…`, `revoked 2026-…`.
fn state_text(g: &Grant, now: OffsetDateTime) -> String {
    match g.state(now) {
        GrantState::Active => format!("active ({} left)", timefmt::humanize(g.expires_at - now)),
        GrantState::Expired if now < g.created_at => "not started".into(),
        GrantState::Expired => format!("expired {}", timefmt::rfc3339(g.expires_at)),
        GrantState::Revoked => format!(
            "revoked {}",
            g.revoked_at.map(timefmt::rfc3339).unwrap_or_default()
        ),
    }
}

/// Revokes one grant at `tx.now` and journals `grant.revoke` (mode `grant`);
/// `reason` says which command did it (`revoke`, `pro.block`, `pro.remove`).
pub fn revoke_in(
    tx: &Tx,
    actor: &JournalActor,
    g: &Grant,
    pro_name: &str,
    reason: &str,
) -> Result<()> {
    store::revoke_grant(tx.conn, &g.id, tx.now)?;
    tx.journal(
        NewEntry::new(
            actor,
            "grant.revoke",
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
        .mode("grant")
        .private(private::is_private_grant(tx.conn, &g.id)?),
    )?;
    Ok(())
}

/// The grants a command revoked: shared ones, and the minor's private ones.
#[derive(Default)]
pub struct Revoked {
    pub shared: Vec<Grant>,
    pub private: Vec<Grant>,
}

impl Revoked {
    pub fn all(&self) -> Vec<Grant> {
        self.shared.iter().chain(&self.private).cloned().collect()
    }
}

/// Revokes a professional's active grants at `tx.now` for `reason`
/// (`revoke`, `pro.block`, `pro.remove`), each with its `grant.revoke`
/// entry. In a minor's private session the minor's private grants are
/// revoked in one sealed entry, also written when there are none if
/// `always` or shared grants were revoked: with a block or removal of a
/// shared professional, its presence then tells guardians nothing about
/// whether the minor had any, or how many (see `vault::private`).
pub fn revoke_active(
    tx: &Tx,
    actor: &JournalActor,
    rpps: &str,
    pro_name: &str,
    reason: &str,
    always: bool,
) -> Result<Revoked> {
    let stamp = |mut g: Grant| {
        g.revoked_at = Some(tx.now);
        g
    };
    let active = active_grants_of(tx.conn, rpps, tx.now)?;
    if !tx.is_private_session() {
        for g in &active {
            revoke_in(tx, actor, g, pro_name, reason)?;
        }
        return Ok(Revoked {
            shared: active.into_iter().map(stamp).collect(),
            private: Vec::new(),
        });
    }
    let mine = private::private_grants(tx.conn)?;
    let (private, shared): (Vec<Grant>, Vec<Grant>) =
        active.into_iter().partition(|g| mine.contains(&g.id));
    for g in &shared {
        revoke_in(tx, actor, g, pro_name, reason)?;
    }
    if !private.is_empty() || !shared.is_empty() || always {
        for g in &private {
            store::revoke_grant(tx.conn, &g.id, tx.now)?;
        }
        tx.journal(
            NewEntry::new(
                actor,
                "grant.revoke",
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
            .mode("grant")
            .private(true),
        )?;
    }
    Ok(Revoked {
        shared: shared.into_iter().map(stamp).collect(),
        private: private.into_iter().map(stamp).collect(),
    })
}

/// A professional's grants that are active at `now`.
pub fn active_grants_of(conn: &Connection, rpps: &str, now: OffsetDateTime) -> Result<Vec<Grant>> {
    let snap = StateSnapshot::load(conn)?;
    let active = snap.view().active_grants(rpps, now).cloned().collect();
    Ok(active)
}

/// What a guardian is told of the minor's private professionals and grants.
pub fn sealed_records_note(n: i64) -> String {
    format!(
        "{n} record(s) sealed for the minor (professionals or grants they keep private): only the minor's key opens them"
    )
}

/// How a grant ends, as given on the command line.
#[derive(Debug, Clone, Copy)]
enum End {
    For(time::Duration),
    Until(OffsetDateTime),
}

fn parse_end(duration: Option<&str>, until: Option<&str>) -> Result<End> {
    const EXAMPLE: &str =
        "e.g. carnet grant RPPS --for 30d, or carnet grant RPPS --until 2026-06-30";
    match (duration, until) {
        (Some(_), Some(_)) => Err(Error::usage(
            "give either --for or --until, not both",
            EXAMPLE,
        )),
        (None, None) => Err(Error::usage(
            "a grant needs an end: --for DURATION or --until DATE",
            EXAMPLE,
        )),
        (Some(d), None) => Ok(End::For(timefmt::parse_duration(d)?)),
        (None, Some(u)) => Ok(End::Until(timefmt::parse_until(u)?)),
    }
}

fn end_at(end: End, now: OffsetDateTime) -> Result<OffsetDateTime> {
    let at = match end {
        End::For(d) => now.checked_add(d).ok_or_else(|| {
            Error::usage(
                "the grant's duration is too long",
                "give a shorter --for, or an --until date",
            )
        })?,
        End::Until(t) => t,
    };
    if at <= now {
        return Err(Error::usage(
            format!(
                "the grant's end ({}) is not in the future",
                timefmt::rfc3339(at)
            ),
            "give a later --until (a bare date means the end of that day), or --for DURATION",
        ));
    }
    Ok(at)
}

fn refuse_blocked(p: &Professional) -> Error {
    Error::policy(
        format!(
            "{} ({}) is blocked: a blocked professional cannot be given access",
            p.name, p.rpps
        ),
        format!(
            "if you want them to have access again, unblock them first: carnet pro unblock {}",
            p.rpps
        ),
    )
}

pub fn grant(ctx: &Ctx, a: &GrantArgs) -> Result<()> {
    let rpps = ids::parse_rpps(&a.rpps)?;
    let end = parse_end(a.duration.as_deref(), a.until.as_deref())?;
    let mut types: Vec<DocType> = Vec::new();
    for t in &a.types {
        let t = parse_type(t)?;
        if !types.contains(&t) {
            types.push(t);
        }
    }
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let (g, pro, notes) = vault.write(|tx| {
        let pro = store::require_pro(tx.conn, &rpps)?;
        let before = StateSnapshot::load(tx.conn)?;
        let standing = policy::standing(&rpps, &before.view(), tx.now);
        if standing == Standing::Blocked {
            return Err(refuse_blocked(&pro));
        }
        let mut docs: Vec<crate::model::Document> = Vec::new();
        for id in &a.docs {
            let d = store::resolve_doc(tx.conn, id)?;
            if !docs.iter().any(|x| x.id == d.id) {
                docs.push(d);
            }
        }
        let expires_at = end_at(end, tx.now)?;
        let mut notes = Vec::new();
        if standing == Standing::Primary {
            notes.push(format!(
                "{} is your primary doctor and already sees every document (masked ones too, unless the setting masked-visible-to-primary is off)",
                pro.name
            ));
        }
        let g = Grant {
            id: new_id(GRANT_ID_LEN),
            rpps: rpps.clone(),
            created_at: tx.now,
            expires_at,
            revoked_at: None,
            types: types.clone(),
            docs: docs.iter().map(|d| d.id.clone()).collect(),
        };
        store::insert_grant(tx.conn, &g)?;
        tx.journal(
            NewEntry::new(
                &actor,
                "grant.create",
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
            .mode("grant")
            .private(private::is_private_grant(tx.conn, &g.id)?),
        )?;
        // Documents named in the scope that the rules still hide (masking
        // beats a grant): say so now rather than at export time.
        let after = StateSnapshot::load(tx.conn)?;
        let who = Actor::Professional { rpps: rpps.clone() };
        for d in &docs {
            let dec = policy::decide(&who, &DocFacts::of(d), &after.view(), tx.now);
            if !dec.visible {
                notes.push(format!(
                    "document {} ({}) stays hidden from them: {} ({})",
                    d.id,
                    d.title,
                    dec.rule.explain(),
                    dec.rule
                ));
            }
        }
        Ok((g, pro, notes))
    })?;
    for n in &notes {
        ctx.out.warn(n);
    }
    if ctx.out.json {
        ctx.out.json_value(&grant_json(&g));
    } else {
        ctx.out.info(format!(
            "{}: granted {} ({}) access to {} until {} ({}); grant {}",
            ctx.label(),
            pro.name,
            pro.rpps,
            scope_text(&g.types, &g.docs),
            timefmt::rfc3339(g.expires_at),
            timefmt::humanize(g.expires_at - g.created_at),
            g.id
        ));
    }
    Ok(())
}

pub fn list(ctx: &Ctx, a: &GrantsArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = load_noticing_expiry(&vault)?;
    let now = timefmt::now();
    let names: HashMap<String, String> = store::list_pros(&conn)?
        .into_iter()
        .map(|p| (p.rpps, p.name))
        .collect();
    let all = store::list_grants(&conn)?;
    let mine = private::private_grants(&conn)?;
    let unopened = private::count_unopened(&conn)?;
    let active = all
        .iter()
        .filter(|g| g.state(now) == GrantState::Active)
        .count();
    let shown: Vec<&Grant> = all
        .iter()
        .filter(|g| a.all || g.state(now) == GrantState::Active)
        .collect();
    if ctx.out.json {
        let v: Vec<Value> = shown
            .iter()
            .map(|g| {
                let mut v = grant_listing_json(g, names.get(&g.rpps).map(String::as_str), now);
                v["private"] = json!(mine.contains(&g.id));
                v
            })
            .collect();
        ctx.out.json_value(&v);
        return Ok(());
    }
    if unopened > 0 {
        ctx.out.info(sealed_records_note(unopened));
    }
    if shown.is_empty() {
        ctx.out.info(if a.all {
            format!(
                "{}: no grants yet (carnet grant RPPS --for 30d)",
                ctx.label()
            )
        } else {
            format!(
                "{}: no active grants ({} in all; carnet grants --all lists them)",
                ctx.label(),
                all.len()
            )
        });
        return Ok(());
    }
    let rows = shown
        .iter()
        .map(|g| {
            vec![
                g.id.clone(),
                g.rpps.clone(),
                names
                    .get(&g.rpps)
                    .cloned()
                    .unwrap_or_else(|| "(removed)".into()),
                scope_text(&g.types, &g.docs),
                timefmt::rfc3339(g.created_at),
                timefmt::rfc3339(g.expires_at),
                if mine.contains(&g.id) {
                    format!("{} (private: sealed from guardians)", state_text(g, now))
                } else {
                    state_text(g, now)
                },
            ]
        })
        .collect();
    ctx.out.table(
        &[
            "GRANT",
            "RPPS",
            "PROFESSIONAL",
            "SCOPE",
            "FROM",
            "UNTIL",
            "STATE",
        ],
        rows,
    );
    ctx.out.info(format!(
        "{}: {active} active grant(s){}",
        ctx.label(),
        if a.all {
            format!(", {} in all", all.len())
        } else {
            String::new()
        }
    ));
    Ok(())
}

/// What `revoke`'s argument names.
#[derive(Debug, Clone, PartialEq, Eq)]
enum RevokeTarget {
    /// All of this professional's active grants.
    Rpps(String),
    /// A grant ID or prefix; `bad_rpps` when it looked like an RPPS with a
    /// wrong check digit (reported if no grant matches either).
    Grant {
        prefix: String,
        bad_rpps: Option<IdError>,
    },
}

fn classify(arg: &str) -> RevokeTarget {
    let s = arg.trim();
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

/// What `revoke` did.
enum Outcome {
    Revoked(Vec<Grant>, Professional),
    NoneActive(Professional),
    AlreadyRevoked(Grant, String),
    AlreadyExpired(Grant, String),
}

pub fn revoke(ctx: &Ctx, a: &RevokeArgs) -> Result<()> {
    let target = classify(&a.target);
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let done = vault.write(|tx| match &target {
        RevokeTarget::Rpps(rpps) => {
            let pro = store::require_pro(tx.conn, rpps)?;
            let done = revoke_active(tx, &actor, rpps, &pro.name, "revoke", false)?.all();
            if done.is_empty() {
                return Ok(Outcome::NoneActive(pro));
            }
            Ok(Outcome::Revoked(done, pro))
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
                GrantState::Revoked => Ok(Outcome::AlreadyRevoked(g, name)),
                GrantState::Expired => Ok(Outcome::AlreadyExpired(g, name)),
                GrantState::Active => {
                    revoke_in(tx, &actor, &g, &name, "revoke")?;
                    let mut g = g;
                    g.revoked_at = Some(tx.now);
                    let pro = pro.ok_or_else(|| {
                        Error::Other(format!("grant {} has no professional", g.id))
                    })?;
                    Ok(Outcome::Revoked(vec![g], pro))
                }
            }
        }
    })?;
    let now = timefmt::now();
    let label = ctx.label();
    match done {
        Outcome::Revoked(gs, pro) => {
            if ctx.out.json {
                let v: Vec<Value> = gs
                    .iter()
                    .map(|g| grant_listing_json(g, Some(&pro.name), now))
                    .collect();
                ctx.out.json_value(&v);
            } else {
                ctx.out.info(format!(
                    "{label}: revoked {} grant(s) of {} ({}): {}",
                    gs.len(),
                    pro.name,
                    pro.rpps,
                    gs.iter()
                        .map(|g| g.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
            }
        }
        Outcome::NoneActive(pro) => {
            if ctx.out.json {
                ctx.out.json_value(&json!([]));
            } else {
                ctx.out.info(format!(
                    "{label}: {} ({}) has no active grant; nothing to revoke",
                    pro.name, pro.rpps
                ));
            }
        }
        Outcome::AlreadyRevoked(g, name) => {
            if ctx.out.json {
                ctx.out.json_value(&json!([]));
            } else {
                ctx.out.info(format!(
                    "{label}: grant {} ({name}) was already revoked on {}; nothing to do",
                    g.id,
                    g.revoked_at.map(timefmt::rfc3339).unwrap_or_default()
                ));
            }
        }
        Outcome::AlreadyExpired(g, name) => {
            if ctx.out.json {
                ctx.out.json_value(&json!([]));
            } else {
                ctx.out.info(format!(
                    "{label}: grant {} ({name}) already ended on {}; nothing to revoke",
                    g.id,
                    timefmt::rfc3339(g.expires_at)
                ));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn classify_rpps_grant_and_bad_rpps() {
        assert_eq!(
            classify(" 10003456786 "),
            RevokeTarget::Rpps("10003456786".into())
        );
        match classify("10100000003") {
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
            classify("k3xq"),
            RevokeTarget::Grant {
                prefix: "k3xq".into(),
                bad_rpps: None
            }
        );
        // 10 digits is not an RPPS: a grant prefix.
        assert!(matches!(
            classify("1000345678"),
            RevokeTarget::Grant { bad_rpps: None, .. }
        ));
    }

    #[test]
    fn end_needs_exactly_one_flag_and_a_future_instant() {
        let now = datetime!(2026-03-01 12:00 UTC);
        let e = parse_end(None, None).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("--for DURATION or --until DATE"));
        assert_eq!(
            parse_end(Some("1d"), Some("2026-04-01"))
                .unwrap_err()
                .exit_code(),
            2
        );
        let end = parse_end(Some("90s"), None).unwrap();
        assert_eq!(end_at(end, now).unwrap(), now + time::Duration::seconds(90));
        let end = parse_end(None, Some("2026-03-01T13:00:00Z")).unwrap();
        assert_eq!(end_at(end, now).unwrap(), datetime!(2026-03-01 13:00 UTC));
        // The end must be strictly later than now.
        let end = parse_end(None, Some("2026-03-01T12:00:00Z")).unwrap();
        assert_eq!(end_at(end, now).unwrap_err().exit_code(), 2);
        let end = parse_end(None, Some("2020-01-01")).unwrap();
        assert_eq!(end_at(end, now).unwrap_err().exit_code(), 2);
        assert_eq!(parse_end(Some("soon"), None).unwrap_err().exit_code(), 2);
    }

    #[test]
    fn scope_and_state_text() {
        assert_eq!(scope_text(&[], &[]), "everything the rules allow");
        let lab = DocType::parse("lab-report").unwrap();
        let rx = DocType::parse("prescription").unwrap();
        assert_eq!(
            scope_text(&[lab, rx], &["abcd".into()]),
            "type lab-report, prescription; document abcd"
        );
        let t0 = datetime!(2026-03-01 12:00 UTC);
        let mut g = Grant {
            id: "g".into(),
            rpps: "10003456786".into(),
            created_at: t0,
            expires_at: t0 + time::Duration::days(2),
            revoked_at: None,
            types: vec![],
            docs: vec![],
        };
        assert_eq!(state_text(&g, t0), "active (2d 0h left)");
        assert_eq!(
            state_text(&g, t0 + time::Duration::days(2)),
            "expired 2026-03-03T12:00:00Z"
        );
        g.revoked_at = Some(t0 + time::Duration::hours(1));
        assert_eq!(
            state_text(&g, t0 + time::Duration::hours(1)),
            "revoked 2026-03-01T13:00:00Z"
        );
        let v = grant_listing_json(&g, Some("Dr A"), t0 + time::Duration::hours(2));
        assert_eq!(v["state"], "revoked");
        assert_eq!(v["idnat"], "810003456786");
        assert_eq!(v["scope"], json!({"types": [], "docs": []}));
    }
}
