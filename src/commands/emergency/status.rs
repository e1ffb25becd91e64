//! `carnet emergency status`: each consent, its code and what it means.

use crate::cli::json::ConsentsJson;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::model::EmergencyConsents;
use crate::vault::emergency::word;

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let c = vault.emergency_consents()?;
    if ctx.out.json {
        ctx.out.json_value(&ConsentsJson::of(&c));
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

fn rows(c: &EmergencyConsents) -> Vec<Vec<String>> {
    [
        (
            "samu",
            "ETREAT",
            c.samu,
            "the SAMU regulation centre (Centre 15) may receive an emergency export",
        ),
        (
            "break-glass",
            "BTG",
            c.break_glass,
            "other professionals may break the glass when you cannot consent",
        ),
        (
            "masked",
            "MASKED",
            c.masked,
            "masked documents are included in emergency exports",
        ),
    ]
    .into_iter()
    .map(|(name, code, allow, meaning)| {
        vec![name.into(), code.into(), word(allow).into(), meaning.into()]
    })
    .collect()
}
