//! `carnet pro add RPPS --name S [--specialty S] [--place S] [--recipient R] [--signer FP] [--primary]`.

use super::shared::{
    canonical_recipient, check_free_text, non_empty, optional, signer_fingerprint, who,
};
use crate::cli::args::ProAddArgs;
use crate::cli::json::ProJson;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::vault::pros::NewPro;

pub fn run(ctx: &Ctx, a: &ProAddArgs) -> Result<()> {
    check_free_text(a.specialty.as_deref(), a.place.as_deref())?;
    let new = NewPro {
        rpps: a.rpps.clone(),
        name: non_empty(&a.name, "--name")?,
        specialty: a.specialty.as_deref().and_then(optional),
        place: a.place.as_deref().and_then(optional),
        recipient: a
            .recipient
            .as_deref()
            .map(canonical_recipient)
            .transpose()?,
        signer: a.signer.as_deref().map(signer_fingerprint).transpose()?,
        primary: a.primary,
    };
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let done = vault.add_pro(&actor, &new)?;
    let p = &done.pro;
    if ctx.out.json {
        ctx.out.json_value(&ProJson::of(p));
        return Ok(());
    }
    ctx.out.info(crate::i18n::tr!(
        "c-pro-added",
        label = ctx.label(),
        name = &p.name,
        rpps = p.rpps.to_string(),
        idnat = p.idnat(),
        primary = if p.primary { "yes" } else { "no" }
    ));
    if let Some(q) = &done.previous_primary {
        ctx.out
            .info(crate::i18n::tr!("c-pro-primary-no-longer", who = who(q)));
    }
    Ok(())
}
