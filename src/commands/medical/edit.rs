//! `carnet medical edit ID …`: changes the fields given; an empty value
//! clears an optional field. The whole item is checked again
//! (`medical.edit`, naming the fields changed).

use crate::cli::medical::item_json;
use crate::cli::medical_args::MedicalEditArgs;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::medical::{codes, Fields};

pub fn run(ctx: &Ctx, a: &MedicalEditArgs) -> Result<()> {
    let mut change = Fields::default();
    let mut clear: Vec<&str> = Vec::new();
    let mut code_text = None;
    for (name, given, slot) in [
        ("label", &a.label, &mut change.label),
        ("severity", &a.severity, &mut change.severity),
        ("status", &a.status, &mut change.status),
        ("since", &a.since, &mut change.since),
        ("until", &a.until, &mut change.until),
        ("date", &a.date, &mut change.date),
        ("dose", &a.dose, &mut change.dose),
        ("lot", &a.lot, &mut change.lot),
        ("value", &a.value, &mut change.value),
        ("unit", &a.unit, &mut change.unit),
        ("role", &a.role, &mut change.role),
        ("phone", &a.phone, &mut change.phone),
        ("email", &a.email, &mut change.email),
        ("note", &a.note, &mut change.note),
    ] {
        match given.as_deref() {
            Some("") => clear.push(name),
            Some(v) => *slot = Some(v.to_string()),
            None => {}
        }
    }
    match a.code.as_deref() {
        Some("") => clear.push("code"),
        Some(c) => code_text = Some(c.to_string()),
        None => {}
    }
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    if let Some(c) = code_text {
        // The code's system depends on the item's kind.
        let kind = vault.medical_item(&a.id)?.kind;
        change.code = Some(codes::parse_for(kind, &c)?);
    }
    let i = vault.edit_medical(&a.id, &change, &clear, &actor)?;
    ctx.out.done(&item_json(&i), || {
        crate::i18n::tr!(
            "m-edit-done",
            label = ctx.label(),
            kind = i.kind.label(),
            id = &i.id,
            what = i.describe()
        )
    });
    Ok(())
}
