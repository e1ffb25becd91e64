//! `carnet pro add|list|show|edit|rm|primary|block|unblock`: the
//! professionals known to the vault, one per RPPS.
//!
//! Choices (also in docs/access.md):
//! * `pro rm` revokes the professional's active grants (each journaled
//!   `grant.revoke`, reason `pro.remove`) so that adding them again later
//!   revives nothing; it refuses (exit 5) a blocked professional, because
//!   removing them would silently lift the block.
//! * Blocking keeps the primary-doctor designation (blocked beats it in the
//!   policy); `pro primary` refuses a blocked professional (exit 5), as
//!   `grant` does.
//! * Commands that change nothing (block a blocked professional, unset an
//!   unset primary doctor, …) exit 0 saying so and journal nothing.
//! * `--signer` pins the fingerprint of the key a professional signs
//!   bundles with; `bundle import` refuses a bundle naming them as author
//!   that another key signed. This vault's own key is refused as a pin: it
//!   is the holder's, and would let any of the holder's bundles speak for
//!   the professional.

use serde_json::{json, Map, Value};

use crate::cli::args::{ProAddArgs, ProCommand, ProEditArgs, ProPrimaryArgs, RppsArg};
use crate::commands::access::StateSnapshot;
use crate::commands::context::Ctx;
use crate::commands::grant::{
    grant_listing_json, load_noticing_expiry, revoke_active, scope_text, sealed_records_note,
};
use crate::crypto;
use crate::error::{Error, Result};
use crate::ids;
use crate::journal::{JournalActor, NewEntry};
use crate::model::{GrantState, Professional};
use crate::policy;
use crate::timefmt;
use crate::vault::{private, store, Tx};

pub fn run(ctx: &Ctx, c: &ProCommand) -> Result<()> {
    match c {
        ProCommand::Add(a) => add(ctx, a),
        ProCommand::List => list(ctx),
        ProCommand::Show(a) => show(ctx, a),
        ProCommand::Edit(a) => edit(ctx, a),
        ProCommand::Rm(a) => rm(ctx, a),
        ProCommand::Primary(a) => primary(ctx, a),
        ProCommand::Block(a) => block(ctx, a, true),
        ProCommand::Unblock(a) => block(ctx, a, false),
    }
}

/// The JSON object of a professional (fields fixed by the contract).
pub fn pro_json(p: &Professional) -> Value {
    json!({
        "rpps": p.rpps,
        "idnat": p.idnat(),
        "name": p.name,
        "specialty": p.specialty,
        "place": p.place,
        "recipient": p.recipient,
        "signer": p.signer,
        "primary": p.primary,
        "blocked": p.blocked,
        "blocked_at": p.blocked_at.map(timefmt::rfc3339),
        "added_at": timefmt::rfc3339(p.added_at),
    })
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

/// A required free-text value: trimmed, not empty.
fn non_empty(v: &str, flag: &str) -> Result<String> {
    let t = v.trim();
    crate::text::check_field(flag, t)?;
    if t.is_empty() {
        Err(Error::usage(
            format!("{flag} is empty"),
            format!("give a value, e.g. {flag} \"Dr Claire Dubois\""),
        ))
    } else {
        Ok(t.to_string())
    }
}

/// Exit 2 if `--specialty` or `--place` holds a control or bidi character.
fn check_free_text(specialty: Option<&str>, place: Option<&str>) -> Result<()> {
    for (flag, v) in [("--specialty", specialty), ("--place", place)] {
        if let Some(v) = v {
            crate::text::check_field(flag, v)?;
        }
    }
    Ok(())
}

/// An optional free-text value: `""` clears it.
fn optional(v: &str) -> Option<String> {
    let t = v.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn canonical_recipient(r: &str) -> Result<String> {
    Ok(crypto::parse_recipient(r)?.to_canonical())
}

/// A `--signer` fingerprint in the form `carnet status` prints (exit 2
/// otherwise), normalized to `SHA256:<base64>`.
fn signer_fingerprint(s: &str) -> Result<String> {
    crate::bundle::manifest::parse_fingerprint(s).map_err(|_| {
        Error::usage(
            format!(
                "invalid --signer {:?}: not a key fingerprint",
                s.trim().chars().take(80).collect::<String>()
            ),
            "give the fingerprint of the professional's bundle-signing key as they read it to you, in the form `carnet status` prints (SHA256: then 43 base64 characters)",
        )
    })
}

/// Refuses this vault's own signing key as a professional's pin.
fn refuse_own_key(vault: &crate::vault::Vault, signer: Option<&str>) -> Result<()> {
    let own = crypto::fingerprint(&vault.key().signing_key().verifying_key());
    if signer == Some(own.as_str()) {
        return Err(Error::usage(
            format!("{own} is this vault's own bundle-signing key, not a professional's"),
            "ask the professional for the fingerprint of their own key (carnet status on their side)",
        ));
    }
    Ok(())
}

/// The primary doctor is one, shared with the guardians: a professional
/// the minor keeps private cannot be it (docs/access.md).
fn refuse_private_primary(rpps: &str, name: &str) -> Error {
    Error::policy(
        format!(
            "{name} ({rpps}) is private to you (sealed from your guardians), and the primary doctor is shared with them: a private professional cannot be the primary doctor"
        ),
        format!(
            "give them a grant instead, which stays private: carnet grant {rpps} --until DATE"
        ),
    )
}

fn refuse_blocked(p: &Professional, what: &str) -> Error {
    Error::policy(
        format!("{} is blocked: {what}", who(p)),
        format!(
            "unblock them first if you mean it: carnet pro unblock {}",
            p.rpps
        ),
    )
}

fn add(ctx: &Ctx, a: &ProAddArgs) -> Result<()> {
    let rpps = ids::parse_rpps(&a.rpps)?;
    let name = non_empty(&a.name, "--name")?;
    check_free_text(a.specialty.as_deref(), a.place.as_deref())?;
    let recipient = a
        .recipient
        .as_deref()
        .map(canonical_recipient)
        .transpose()?;
    let signer = a.signer.as_deref().map(signer_fingerprint).transpose()?;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    refuse_own_key(&vault, signer.as_deref())?;
    let (p, previous) = vault.write(|tx| {
        // What a minor adds in their own session is private (docs/access.md).
        if a.primary && tx.is_private_session() {
            return Err(refuse_private_primary(&rpps, &name));
        }
        if let Some(existing) = store::get_pro(tx.conn, &rpps)? {
            return Err(Error::usage(
                format!(
                    "professional {rpps} is already in this vault ({}); one professional per RPPS",
                    existing.name
                ),
                format!("change their details with: carnet pro edit {rpps} --name … --specialty … --place …"),
            ));
        }
        let p = Professional {
            rpps: rpps.clone(),
            name: name.clone(),
            specialty: a.specialty.as_deref().and_then(optional),
            place: a.place.as_deref().and_then(optional),
            recipient: recipient.clone(),
            signer: signer.clone(),
            primary: false,
            blocked: false,
            blocked_at: None,
            added_at: tx.now,
        };
        store::insert_pro(tx.conn, &p)?;
        let private = private::is_private_pro(tx.conn, &rpps)?;
        tx.journal(
            NewEntry::new(
                &actor,
                "pro.add",
                Some(&rpps),
                details(
                    &p,
                    json!({
                        "specialty": p.specialty,
                        "place": p.place,
                        "recipient": p.recipient,
                        "signer": p.signer,
                        "primary": a.primary,
                    }),
                ),
            )
            .mode(ctx.journal_mode())
            .private(private),
        )?;
        let mut previous = None;
        if a.primary {
            previous = make_primary(ctx, tx, &actor, &p)?;
        }
        let p = store::require_pro(tx.conn, &rpps)?;
        Ok((p, previous))
    })?;
    if ctx.out.json {
        ctx.out.json_value(&pro_json(&p));
        return Ok(());
    }
    ctx.out.info(format!(
        "{}: added {} (RPPS {}, IdNat {}){}",
        ctx.label(),
        p.name,
        p.rpps,
        p.idnat(),
        if p.primary { " as primary doctor" } else { "" }
    ));
    if let Some(q) = previous {
        ctx.out
            .info(format!("{} is no longer the primary doctor", who(&q)));
    }
    Ok(())
}

fn list(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = load_noticing_expiry(&vault)?;
    let now = timefmt::now();
    let pros = store::list_pros(&conn)?;
    let snap = StateSnapshot::load(&conn)?;
    let state = snap.view();
    let active = |rpps: &str| state.active_grants(rpps, now).count();
    let mine = private::private_pros(&conn)?;
    let unopened = private::count_unopened(&conn)?;
    if ctx.out.json {
        let v: Vec<Value> = pros
            .iter()
            .map(|p| {
                let mut v = pro_json(p);
                v["standing"] = json!(policy::standing(&p.rpps, &state, now).rule().as_str());
                v["active_grants"] = json!(active(&p.rpps));
                v["private"] = json!(mine.contains(&p.rpps));
                v
            })
            .collect();
        ctx.out.json_value(&v);
        return Ok(());
    }
    if unopened > 0 {
        ctx.out.info(sealed_records_note(unopened));
    }
    if pros.is_empty() {
        ctx.out.info(format!(
            "{}: no professionals yet (carnet pro add RPPS --name \"Dr …\")",
            ctx.label()
        ));
        return Ok(());
    }
    let rows = pros
        .iter()
        .map(|p| {
            let mut status = Vec::new();
            if mine.contains(&p.rpps) {
                status.push("private (sealed from guardians)".to_string());
            }
            if p.primary {
                status.push("primary doctor".to_string());
            }
            if p.blocked {
                status.push(match p.blocked_at {
                    Some(t) => format!("blocked since {}", timefmt::ymd(t.date())),
                    None => "blocked".into(),
                });
            }
            vec![
                p.rpps.clone(),
                p.name.clone(),
                p.specialty.clone().unwrap_or_default(),
                p.place.clone().unwrap_or_default(),
                status.join(", "),
                policy::standing(&p.rpps, &state, now)
                    .rule()
                    .as_str()
                    .to_string(),
                active(&p.rpps).to_string(),
            ]
        })
        .collect();
    ctx.out.table(
        &[
            "RPPS",
            "NAME",
            "SPECIALTY",
            "PLACE",
            "STATUS",
            "ACCESS",
            "ACTIVE GRANTS",
        ],
        rows,
    );
    ctx.out
        .info(format!("{}: {} professional(s)", ctx.label(), pros.len()));
    Ok(())
}

fn show(ctx: &Ctx, a: &RppsArg) -> Result<()> {
    let rpps = ids::parse_rpps(&a.rpps)?;
    let vault = ctx.unlock()?;
    let conn = load_noticing_expiry(&vault)?;
    let now = timefmt::now();
    let p = store::require_pro(&conn, &rpps)?;
    let snap = StateSnapshot::load(&conn)?;
    let standing = policy::standing(&rpps, &snap.view(), now);
    let grants: Vec<_> = snap.grants.iter().filter(|g| g.rpps == rpps).collect();
    let private = private::is_private_pro(&conn, &rpps)?;
    let mine = private::private_grants(&conn)?;
    if ctx.out.json {
        let mut v = pro_json(&p);
        v["standing"] = json!(standing.rule().as_str());
        v["private"] = json!(private);
        v["grants"] = json!(grants
            .iter()
            .map(|g| {
                let mut v = grant_listing_json(g, Some(&p.name), now);
                v["private"] = json!(mine.contains(&g.id));
                v
            })
            .collect::<Vec<_>>());
        ctx.out.json_value(&v);
        return Ok(());
    }
    let mut lines = vec![
        ("RPPS", p.rpps.clone()),
        ("IdNat", p.idnat()),
        ("Name", p.name.clone()),
        ("Specialty", p.specialty.clone().unwrap_or_default()),
        ("Place", p.place.clone().unwrap_or_default()),
        ("Recipient", p.recipient.clone().unwrap_or_default()),
        (
            "Signing key",
            p.signer
                .as_ref()
                .map(|f| format!("{f} (bundles naming them as author must be signed by it)"))
                .unwrap_or_else(|| "not pinned (their bundles are unverified)".into()),
        ),
        (
            "Primary doctor",
            if p.primary { "yes".into() } else { "no".into() },
        ),
        (
            "Blocked",
            match (p.blocked, p.blocked_at) {
                (true, Some(t)) => format!("yes, since {}", timefmt::rfc3339(t)),
                (true, None) => "yes".into(),
                _ => "no".into(),
            },
        ),
        ("Added", timefmt::rfc3339(p.added_at)),
        (
            "Private",
            if private {
                "yes: sealed from your guardians".into()
            } else {
                String::new()
            },
        ),
        (
            "Access now",
            format!("{} ({})", standing.rule().explain(), standing.rule()),
        ),
    ];
    lines.retain(|(_, v)| !v.is_empty());
    for (k, v) in lines {
        ctx.out.line(format!("{k:<15} {v}"));
    }
    if !grants.is_empty() {
        ctx.out.line("");
        ctx.out.line("Grants:");
        for g in grants {
            let state = g.state(now);
            let revoked = match (state, g.revoked_at) {
                (GrantState::Revoked, Some(r)) => format!(", revoked {}", timefmt::rfc3339(r)),
                _ => String::new(),
            };
            ctx.out.line(format!(
                "  {} {:<7} {} to {}{revoked}: {}{}",
                g.id,
                state.as_str(),
                timefmt::rfc3339(g.created_at),
                timefmt::rfc3339(g.expires_at),
                scope_text(&g.types, &g.docs),
                if mine.contains(&g.id) {
                    " (private)"
                } else {
                    ""
                }
            ));
        }
    }
    ctx.out
        .info(format!("{}: professional {}", ctx.label(), who(&p)));
    Ok(())
}

fn edit(ctx: &Ctx, a: &ProEditArgs) -> Result<()> {
    let rpps = ids::parse_rpps(&a.rpps)?;
    if a.recipient.is_some() && a.no_recipient {
        return Err(Error::usage(
            "--recipient and --no-recipient contradict each other",
            "pass one of them",
        ));
    }
    if a.signer.is_some() && a.no_signer {
        return Err(Error::usage(
            "--signer and --no-signer contradict each other",
            "pass one of them",
        ));
    }
    if a.name.is_none()
        && a.specialty.is_none()
        && a.place.is_none()
        && a.recipient.is_none()
        && !a.no_recipient
        && a.signer.is_none()
        && !a.no_signer
    {
        return Err(Error::usage(
            "nothing to change",
            "pass --name, --specialty, --place, --recipient, --no-recipient, --signer or --no-signer",
        ));
    }
    let name = a
        .name
        .as_deref()
        .map(|n| non_empty(n, "--name"))
        .transpose()?;
    check_free_text(a.specialty.as_deref(), a.place.as_deref())?;
    let recipient = a
        .recipient
        .as_deref()
        .map(canonical_recipient)
        .transpose()?;
    let signer = a.signer.as_deref().map(signer_fingerprint).transpose()?;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    refuse_own_key(&vault, signer.as_deref())?;
    let (p, changed) = vault.write(|tx| {
        let old = store::require_pro(tx.conn, &rpps)?;
        let mut p = old.clone();
        if let Some(n) = &name {
            p.name = n.clone();
        }
        if let Some(s) = &a.specialty {
            p.specialty = optional(s);
        }
        if let Some(s) = &a.place {
            p.place = optional(s);
        }
        if recipient.is_some() {
            p.recipient = recipient.clone();
        }
        if a.no_recipient {
            p.recipient = None;
        }
        if signer.is_some() {
            p.signer = signer.clone();
        }
        if a.no_signer {
            p.signer = None;
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
            return Ok((p, false));
        }
        store::update_pro(tx.conn, &p)?;
        tx.journal(
            NewEntry::new(
                &actor,
                "pro.edit",
                Some(&rpps),
                details(&p, json!({ "changes": changes })),
            )
            .mode(ctx.journal_mode())
            .private(private::is_private_pro(tx.conn, &rpps)?),
        )?;
        Ok((p, true))
    })?;
    if ctx.out.json {
        ctx.out.json_value(&pro_json(&p));
    } else if changed {
        ctx.out
            .info(format!("{}: updated {}", ctx.label(), who(&p)));
    } else {
        ctx.out.info(format!(
            "{}: {} already had these details; nothing changed",
            ctx.label(),
            who(&p)
        ));
    }
    Ok(())
}

fn rm(ctx: &Ctx, a: &RppsArg) -> Result<()> {
    let rpps = ids::parse_rpps(&a.rpps)?;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let (p, revoked) = vault.write(|tx| {
        let p = store::require_pro(tx.conn, &rpps)?;
        if p.blocked {
            return Err(Error::policy(
                format!(
                    "{} is blocked; removing them would lift the block",
                    who(&p)
                ),
                format!(
                    "keep them listed as blocked, or unblock them first if you mean it: carnet pro unblock {rpps}"
                ),
            ));
        }
        let private = private::is_private_pro(tx.conn, &rpps)?;
        let done = revoke_active(tx, &actor, &rpps, &p.name, "pro.remove", !private)?;
        store::delete_pro(tx.conn, &rpps)?;
        tx.journal(
            NewEntry::new(
                &actor,
                "pro.remove",
                Some(&rpps),
                details(
                    &p,
                    json!({ "was_primary": p.primary, "revoked_grants": journaled_ids(&done, private) }),
                ),
            )
            .mode(ctx.journal_mode())
            .private(private),
        )?;
        Ok((p, ids_of(&done.all())))
    })?;
    if ctx.out.json {
        let mut v = pro_json(&p);
        v["revoked_grants"] = json!(revoked);
        ctx.out.json_value(&v);
        return Ok(());
    }
    ctx.out
        .info(format!("{}: removed {}", ctx.label(), who(&p)));
    if !revoked.is_empty() {
        ctx.out.info(format!(
            "revoked their {} active grant(s): {}",
            revoked.len(),
            revoked.join(", ")
        ));
    }
    if p.primary {
        ctx.out
            .info("you have no primary doctor now (carnet pro primary RPPS)");
    }
    Ok(())
}

fn primary(ctx: &Ctx, a: &ProPrimaryArgs) -> Result<()> {
    let rpps = match (&a.rpps, a.unset) {
        (Some(_), true) => {
            return Err(Error::usage(
                "give either an RPPS or --unset, not both",
                "carnet pro primary RPPS, or carnet pro primary --unset",
            ))
        }
        (None, false) => {
            return Err(Error::usage(
                "whom? give the primary doctor's RPPS, or --unset",
                "carnet pro primary RPPS, or carnet pro primary --unset",
            ))
        }
        (Some(r), false) => Some(ids::parse_rpps(r)?),
        (None, true) => None,
    };
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let label = ctx.label();
    match rpps {
        Some(rpps) => {
            let (p, previous, changed) = vault.write(|tx| {
                let p = store::require_pro(tx.conn, &rpps)?;
                if private::is_private_pro(tx.conn, &rpps)? {
                    return Err(refuse_private_primary(&rpps, &p.name));
                }
                let snap = StateSnapshot::load(tx.conn)?;
                if policy::standing(&rpps, &snap.view(), tx.now) == policy::Standing::Blocked {
                    return Err(refuse_blocked(
                        &p,
                        "a blocked professional cannot be the primary doctor",
                    ));
                }
                if p.primary {
                    return Ok((p, None, false));
                }
                let previous = make_primary(ctx, tx, &actor, &p)?;
                Ok((store::require_pro(tx.conn, &rpps)?, previous, true))
            })?;
            if ctx.out.json {
                ctx.out.json_value(&pro_json(&p));
            } else if changed {
                ctx.out
                    .info(format!("{label}: {} is now the primary doctor", who(&p)));
                if let Some(q) = previous {
                    ctx.out
                        .info(format!("{} is no longer the primary doctor", who(&q)));
                }
            } else {
                ctx.out.info(format!(
                    "{label}: {} is already the primary doctor; nothing changed",
                    who(&p)
                ));
            }
        }
        None => {
            let previous = vault.write(|tx| {
                let Some(p) = store::primary(tx.conn)? else {
                    return Ok(None);
                };
                store::set_primary(tx.conn, None)?;
                tx.journal(
                    NewEntry::new(
                        &actor,
                        "pro.primary",
                        Some(&p.rpps),
                        details(&p, json!({ "primary": false })),
                    )
                    .mode(ctx.journal_mode()),
                )?;
                Ok(Some(store::require_pro(tx.conn, &p.rpps)?))
            })?;
            if ctx.out.json {
                ctx.out.json_value(&previous.as_ref().map(pro_json));
            } else {
                match previous {
                    Some(p) => ctx.out.info(format!(
                        "{label}: {} is no longer the primary doctor; there is none now",
                        who(&p)
                    )),
                    None => ctx.out.info(format!(
                        "{label}: there is no primary doctor; nothing to unset"
                    )),
                }
            }
        }
    }
    Ok(())
}

fn block(ctx: &Ctx, a: &RppsArg, blocking: bool) -> Result<()> {
    let rpps = ids::parse_rpps(&a.rpps)?;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let label = ctx.label();
    let (p, revoked, changed) = vault.write(|tx| {
        let mut p = store::require_pro(tx.conn, &rpps)?;
        if p.blocked == blocking {
            return Ok((p, Vec::new(), false));
        }
        let private = private::is_private_pro(tx.conn, &rpps)?;
        let mut revoked = Vec::new();
        let mut journaled = Vec::new();
        if blocking {
            let done = revoke_active(tx, &actor, &rpps, &p.name, "pro.block", !private)?;
            journaled = journaled_ids(&done, private);
            revoked = ids_of(&done.all());
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
                &actor,
                if blocking { "pro.block" } else { "pro.unblock" },
                Some(&rpps),
                details(&p, extra),
            )
            .mode(ctx.journal_mode())
            .private(private),
        )?;
        Ok((p, revoked, true))
    })?;
    if ctx.out.json {
        let mut v = pro_json(&p);
        if blocking {
            v["revoked_grants"] = json!(revoked);
        }
        ctx.out.json_value(&v);
        return Ok(());
    }
    match (blocking, changed) {
        (true, false) => ctx.out.info(format!(
            "{label}: {} is already blocked (since {}); nothing changed",
            who(&p),
            p.blocked_at.map(timefmt::rfc3339).unwrap_or_default()
        )),
        (false, false) => ctx.out.info(format!(
            "{label}: {} is not blocked; nothing changed",
            who(&p)
        )),
        (true, true) => {
            ctx.out.info(format!(
                "{label}: blocked {}: they get nothing, whatever grants or primary status say",
                who(&p)
            ));
            if revoked.is_empty() {
                ctx.out.info("they had no active grant");
            } else {
                ctx.out.info(format!(
                    "revoked their {} active grant(s): {}",
                    revoked.len(),
                    revoked.join(", ")
                ));
            }
            if p.primary {
                ctx.out.warn(format!(
                    "{} stays designated as primary doctor, which the block overrides; change it with carnet pro primary --unset or carnet pro primary RPPS",
                    p.name
                ));
            }
        }
        (false, true) => {
            ctx.out.info(format!(
                "{label}: unblocked {}; no grant was revived (give one with carnet grant {} --for …)",
                who(&p),
                p.rpps
            ));
            if p.primary {
                ctx.out.info(format!(
                    "as your primary doctor, {} sees your unmasked documents again",
                    p.name
                ));
            }
        }
    }
    Ok(())
}

fn ids_of(grants: &[crate::model::Grant]) -> Vec<String> {
    grants.iter().map(|g| g.id.clone()).collect()
}

/// The grants a block or removal names in its own entry: for a shared
/// professional, the shared ones only (the minor's private ones are in
/// their sealed entry); for a private one, all (the entry is sealed).
fn journaled_ids(done: &crate::commands::grant::Revoked, private: bool) -> Vec<String> {
    if private {
        ids_of(&done.all())
    } else {
        ids_of(&done.shared)
    }
}

/// Makes `p` the primary doctor, journaled with the one it replaces.
fn make_primary(
    ctx: &Ctx,
    tx: &Tx,
    actor: &JournalActor,
    p: &Professional,
) -> Result<Option<Professional>> {
    let previous = store::primary(tx.conn)?;
    store::set_primary(tx.conn, Some(&p.rpps))?;
    tx.journal(
        NewEntry::new(
            actor,
            "pro.primary",
            Some(&p.rpps),
            details(
                p,
                json!({ "primary": true, "previous": previous.as_ref().map(|q| json!({"rpps": q.rpps, "idnat": q.idnat(), "name": q.name})) }),
            ),
        )
        .mode(ctx.journal_mode()),
    )?;
    Ok(previous)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn sample() -> Professional {
        Professional {
            rpps: "10003456786".into(),
            name: "Dr Claire Dubois".into(),
            specialty: Some("cardiologie".into()),
            place: None,
            recipient: None,
            signer: None,
            primary: true,
            blocked: false,
            blocked_at: None,
            added_at: datetime!(2026-01-02 03:04:05 UTC),
        }
    }

    #[test]
    fn pro_json_has_the_contract_fields() {
        let v = pro_json(&sample());
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        for k in [
            "rpps",
            "idnat",
            "name",
            "specialty",
            "place",
            "recipient",
            "signer",
            "primary",
            "blocked",
            "blocked_at",
            "added_at",
        ] {
            assert!(keys.contains(&k), "missing {k}");
        }
        assert_eq!(v["idnat"], "810003456786");
        assert_eq!(v["place"], Value::Null);
        assert_eq!(v["added_at"], "2026-01-02T03:04:05Z");
    }

    #[test]
    fn details_name_the_professional_and_keep_extras() {
        let d = details(&sample(), json!({"primary": false}));
        assert_eq!(d["idnat"], "810003456786");
        assert_eq!(d["name"], "Dr Claire Dubois");
        assert_eq!(d["primary"], false);
    }

    #[test]
    fn text_values() {
        assert_eq!(optional("  "), None);
        assert_eq!(optional(" Lyon "), Some("Lyon".into()));
        assert_eq!(non_empty(" ", "--name").unwrap_err().exit_code(), 2);
        assert_eq!(non_empty(" Dr A ", "--name").unwrap(), "Dr A");
    }
}
