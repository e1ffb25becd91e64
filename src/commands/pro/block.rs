//! `carnet pro block RPPS` / `carnet pro unblock RPPS`: a blocked
//! professional gets nothing, whatever grants or primary status say; a
//! block revokes their active grants, and unblocking revives none.

use super::shared::who;
use crate::cli::args::RppsArg;
use crate::cli::json::ProJson;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::timefmt;

pub fn run(ctx: &Ctx, a: &RppsArg, blocking: bool) -> Result<()> {
    let rpps = a.rpps.to_string();
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let label = ctx.label();
    let done = vault.set_blocked(&actor, &rpps, blocking)?;
    let (p, revoked) = (&done.pro, &done.revoked);
    if ctx.out.json {
        ctx.out.json_value(&ProJson {
            revoked_grants: blocking.then_some(revoked.as_slice()),
            ..ProJson::of(p)
        });
        return Ok(());
    }
    match (blocking, done.changed) {
        (true, false) => ctx.out.info(crate::i18n::tr!(
            "c-pro-already-blocked",
            label = &label,
            who = who(p),
            since = p.blocked_at.map(timefmt::local).unwrap_or_default()
        )),
        (false, false) => ctx.out.info(crate::i18n::tr!(
            "c-pro-not-blocked",
            label = &label,
            who = who(p)
        )),
        (true, true) => {
            ctx.out.info(crate::i18n::tr!(
                "c-pro-blocked",
                label = &label,
                who = who(p)
            ));
            if revoked.is_empty() {
                ctx.out.info(crate::i18n::tr!("c-pro-had-no-grant"));
            } else {
                ctx.out.info(crate::i18n::tr!(
                    "c-pro-revoked-grants",
                    n = revoked.len(),
                    ids = revoked.join(", ")
                ));
            }
            if p.primary {
                ctx.out
                    .warn(crate::i18n::tr!("c-pro-blocked-primary", name = &p.name));
            }
        }
        (false, true) => {
            ctx.out.info(crate::i18n::tr!(
                "c-pro-unblocked",
                label = &label,
                who = who(p),
                rpps = p.rpps.to_string()
            ));
            if p.primary {
                ctx.out
                    .info(crate::i18n::tr!("c-pro-unblocked-primary", name = &p.name));
            }
        }
    }
    Ok(())
}
