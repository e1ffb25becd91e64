//! `carnet emergency set [--samu allow|deny] [--break-glass allow|deny] [--masked allow|deny]`.

use crate::cli::args::{Consent, EmergencySetArgs};
use crate::cli::json::ConsentsJson;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::vault::emergency::ConsentChange;

pub fn run(ctx: &Ctx, a: &EmergencySetArgs) -> Result<()> {
    let allow = |c: Option<Consent>| c.map(|c| c == Consent::Allow);
    let change = ConsentChange {
        samu: allow(a.samu),
        break_glass: allow(a.break_glass),
        masked: allow(a.masked),
    };
    if change.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("c-nothing-to-change"),
            crate::i18n::tr!("c-emergency-set-hint"),
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
        ctx.out.info(crate::i18n::tr!(
            "c-emergency-unchanged",
            label = ctx.label()
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
            changes.push(format!(
                "{name} {} → {}",
                super::status::consent_word(b),
                super::status::consent_word(n)
            ));
        }
    }
    ctx.out.info(crate::i18n::tr!(
        "c-emergency-changed",
        label = ctx.label(),
        changes = changes.join(", ")
    ));
    Ok(())
}
