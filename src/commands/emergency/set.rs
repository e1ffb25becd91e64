//! `carnet emergency set [--samu allow|deny] [--break-glass allow|deny] [--masked allow|deny]`.

use crate::cli::args::{Consent, EmergencySetArgs};
use crate::cli::json::ConsentsJson;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::vault::emergency::{word, ConsentChange};

pub fn run(ctx: &Ctx, a: &EmergencySetArgs) -> Result<()> {
    let allow = |c: Option<Consent>| c.map(|c| c == Consent::Allow);
    let change = ConsentChange {
        samu: allow(a.samu),
        break_glass: allow(a.break_glass),
        masked: allow(a.masked),
    };
    if change.is_empty() {
        return Err(Error::usage(
            "nothing to change",
            "pass --samu, --break-glass and/or --masked, each allow or deny (see carnet emergency status)",
        ));
    }
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let done = vault.set_emergency_consents(&actor, &change)?;
    let (before, after) = (done.before, done.after);
    if ctx.out.json {
        ctx.out.json_value(&ConsentsJson::of(&after));
        return Ok(());
    }
    if !done.written {
        ctx.out.info(format!(
            "{}: emergency consents already so; nothing changed",
            ctx.label()
        ));
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
