//! `carnet emergency status`: each consent, its code and what it means.

use crate::cli::json::ConsentsJson;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::model::EmergencyConsents;
use crate::vault::emergency::word;

/// `allow` or `deny` for people (the flag's own word in English).
pub(super) fn consent_word(allow: bool) -> String {
    match crate::i18n::lang() {
        crate::i18n::Lang::En => word(allow).to_string(),
        crate::i18n::Lang::Fr if allow => crate::i18n::tr!("c-consent-allow"),
        crate::i18n::Lang::Fr => crate::i18n::tr!("c-consent-deny"),
    }
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let c = vault.emergency_consents()?;
    if ctx.out.json {
        ctx.out.json_value(&ConsentsJson::of(&c));
        return Ok(());
    }
    ctx.out
        .table(&["CONSENT", "CODE", "VALUE", "MEANING"], rows(&c));
    ctx.out
        .info(crate::i18n::tr!("c-emergency-status", label = ctx.label()));
    Ok(())
}

fn rows(c: &EmergencyConsents) -> Vec<Vec<String>> {
    [
        (
            "samu",
            "ETREAT",
            c.samu,
            crate::i18n::tr!("c-emergency-samu-meaning"),
        ),
        (
            "break-glass",
            "BTG",
            c.break_glass,
            crate::i18n::tr!("c-emergency-glass-meaning"),
        ),
        (
            "masked",
            "MASKED",
            c.masked,
            crate::i18n::tr!("c-emergency-masked-meaning"),
        ),
    ]
    .into_iter()
    .map(|(name, code, allow, meaning)| {
        vec![name.into(), code.into(), consent_word(allow), meaning]
    })
    .collect()
}
