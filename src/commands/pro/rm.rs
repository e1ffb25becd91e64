//! `carnet pro rm RPPS`: removes a professional, revoking their active
//! grants; a blocked one stays (exit 5).

use super::shared::who;
use crate::cli::args::RppsArg;
use crate::cli::json::ProJson;
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx, a: &RppsArg) -> Result<()> {
    let rpps = a.rpps.to_string();
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let done = vault.remove_pro(&actor, &rpps)?;
    let (p, revoked) = (&done.pro, &done.revoked);
    if ctx.out.json {
        ctx.out.json_value(&ProJson {
            revoked_grants: Some(revoked),
            ..ProJson::of(p)
        });
        return Ok(());
    }
    ctx.out.info(crate::i18n::tr!(
        "c-pro-removed",
        label = ctx.label(),
        who = who(p)
    ));
    if !revoked.is_empty() {
        ctx.out.info(crate::i18n::tr!(
            "c-pro-revoked-grants",
            n = revoked.len(),
            ids = revoked.join(", ")
        ));
    }
    if p.primary {
        ctx.out.info(crate::i18n::tr!("c-pro-no-primary-now"));
    }
    Ok(())
}
