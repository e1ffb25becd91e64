//! `carnet emergency status|set`: the holder's three emergency consents
//! (domain.md §2.3): SAMU regulation centre (`ETREAT`), break-glass by other
//! professionals (`BTG`), and masked documents readable in an emergency
//! (`MASKED`). Whether a combination is allowed is the policy's call
//! (`policy::validate_emergency`).

use serde_json::{json, Value};

use crate::cli::args::{Consent, EmergencyCommand, EmergencySetArgs};
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::journal::NewEntry;
use crate::model::EmergencyConsents;
use crate::policy;
use crate::vault::store;

pub fn run(ctx: &Ctx, c: &EmergencyCommand) -> Result<()> {
    match c {
        EmergencyCommand::Status => status(ctx),
        EmergencyCommand::Set(a) => set(ctx, a),
    }
}

fn word(allow: bool) -> &'static str {
    if allow {
        "allow"
    } else {
        "deny"
    }
}

/// `{"samu":"allow"|"deny","break_glass":…,"masked":…}`.
pub fn consents_json(c: &EmergencyConsents) -> Value {
    json!({
        "samu": word(c.samu),
        "break_glass": word(c.break_glass),
        "masked": word(c.masked),
    })
}

/// The consents after applying the flags given to `emergency set`.
fn apply(c: EmergencyConsents, a: &EmergencySetArgs) -> EmergencyConsents {
    let pick = |flag: Option<Consent>, cur: bool| flag.map(|f| f == Consent::Allow).unwrap_or(cur);
    EmergencyConsents {
        samu: pick(a.samu, c.samu),
        break_glass: pick(a.break_glass, c.break_glass),
        masked: pick(a.masked, c.masked),
    }
}

fn rows(c: &EmergencyConsents) -> Vec<Vec<String>> {
    vec![
        vec![
            "samu".into(),
            "ETREAT".into(),
            word(c.samu).into(),
            "the SAMU regulation centre (Centre 15) may receive an emergency export".into(),
        ],
        vec![
            "break-glass".into(),
            "BTG".into(),
            word(c.break_glass).into(),
            "other professionals may break the glass when you cannot consent".into(),
        ],
        vec![
            "masked".into(),
            "MASKED".into(),
            word(c.masked).into(),
            "masked documents are included in emergency exports".into(),
        ],
    ]
}

fn status(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = vault.load()?;
    let c = store::emergency_consents(&conn)?;
    if ctx.out.json {
        ctx.out.json_value(&consents_json(&c));
        return Ok(());
    }
    ctx.out
        .table(&["CONSENT", "CODE", "VALUE", "MEANING"], rows(&c));
    ctx.out.info(format!(
        "{}: emergency consents (change with carnet emergency set)",
        ctx.label()
    ));
    Ok(())
}

fn set(ctx: &Ctx, a: &EmergencySetArgs) -> Result<()> {
    if a.samu.is_none() && a.break_glass.is_none() && a.masked.is_none() {
        return Err(Error::usage(
            "nothing to change",
            "pass --samu, --break-glass and/or --masked, each allow or deny (see carnet emergency status)",
        ));
    }
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let current = store::emergency_consents(&*vault.load()?)?;
    let wanted = apply(current, a);
    policy::validate_emergency(&wanted).map_err(|why| {
        Error::usage(
            why,
            "keep --samu or --break-glass allowed, or also pass --masked deny",
        )
    })?;
    if wanted == current {
        if ctx.out.json {
            ctx.out.json_value(&consents_json(&current));
        } else {
            ctx.out.info(format!(
                "{}: emergency consents already so; nothing changed",
                ctx.label()
            ));
        }
        return Ok(());
    }
    let (before, after) = vault.write(|tx| {
        // Re-read under the lock: apply the flags to what is there now.
        let before = store::emergency_consents(tx.conn)?;
        let after = apply(before, a);
        policy::validate_emergency(&after).map_err(|why| {
            Error::usage(
                why,
                "keep --samu or --break-glass allowed, or also pass --masked deny",
            )
        })?;
        store::set_emergency_consents(tx.conn, &after)?;
        let mut d = consents_json(&after);
        d["previous"] = consents_json(&before);
        tx.journal(NewEntry::new(&actor, "emergency.set", None, d).mode(ctx.journal_mode()))?;
        Ok((before, after))
    })?;
    if ctx.out.json {
        ctx.out.json_value(&consents_json(&after));
        return Ok(());
    }
    let mut changes = Vec::new();
    for (name, b, n) in [
        ("samu", before.samu, after.samu),
        ("break-glass", before.break_glass, after.break_glass),
        ("masked", before.masked, after.masked),
    ] {
        if b != n {
            changes.push(format!("{name} {} → {}", word(b), word(n)));
        }
    }
    ctx.out.info(format!(
        "{}: emergency consents changed: {}",
        ctx.label(),
        changes.join(", ")
    ));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(
        samu: Option<Consent>,
        bg: Option<Consent>,
        masked: Option<Consent>,
    ) -> EmergencySetArgs {
        EmergencySetArgs {
            samu,
            break_glass: bg,
            masked,
        }
    }

    #[test]
    fn apply_changes_only_what_is_given() {
        let d = EmergencyConsents::default();
        assert_eq!(apply(d, &args(None, None, None)), d);
        let c = apply(d, &args(Some(Consent::Deny), None, Some(Consent::Allow)));
        assert_eq!(
            c,
            EmergencyConsents {
                samu: false,
                break_glass: true,
                masked: true
            }
        );
        assert_eq!(
            consents_json(&c),
            json!({"samu": "deny", "break_glass": "allow", "masked": "allow"})
        );
    }

    #[test]
    fn masked_allow_with_both_denied_is_rejected_by_the_policy() {
        let d = EmergencyConsents::default();
        let c = apply(
            d,
            &args(
                Some(Consent::Deny),
                Some(Consent::Deny),
                Some(Consent::Allow),
            ),
        );
        assert!(policy::validate_emergency(&c).is_err());
        let c = apply(d, &args(Some(Consent::Deny), Some(Consent::Deny), None));
        assert!(policy::validate_emergency(&c).is_ok());
    }
}
