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
        (true, false) => ctx.out.info(format!(
            "{label}: {} is already blocked (since {}); nothing changed",
            who(p),
            p.blocked_at.map(timefmt::local).unwrap_or_default()
        )),
        (false, false) => ctx.out.info(format!(
            "{label}: {} is not blocked; nothing changed",
            who(p)
        )),
        (true, true) => {
            ctx.out.info(format!(
                "{label}: blocked {}: they get nothing, whatever grants or primary status say",
                who(p)
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
                who(p),
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
