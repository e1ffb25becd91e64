//! `carnet revoke GRANT_ID|RPPS`: ends one grant, or all of a
//! professional's active grants. Revoking a grant that is already revoked
//! or expired changes nothing and exits 0 saying so (as `revoke RPPS` does
//! when there is no active grant); an 11-digit argument with a bad check
//! digit is tried as a grant ID prefix, then reported as an invalid RPPS
//! (exit 2; see `vault::grants::RevokeTarget`).

use crate::cli::args::RevokeArgs;
use crate::cli::json::GrantListingJson;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::timefmt;
use crate::vault::grants::{Revocation, RevokeTarget};

pub fn run(ctx: &Ctx, a: &RevokeArgs) -> Result<()> {
    let target = RevokeTarget::parse(&a.target);
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let done = vault.revoke_grants(&actor, &target)?;
    let now = timefmt::now();
    if ctx.out.json {
        let v: Vec<GrantListingJson> = match &done {
            Revocation::Revoked(gs, pro) => gs
                .iter()
                .map(|g| GrantListingJson::of(g, Some(&pro.name), now))
                .collect(),
            _ => Vec::new(),
        };
        ctx.out.json_value(&v);
        return Ok(());
    }
    let label = ctx.label();
    ctx.out.info(match done {
        Revocation::Revoked(gs, pro) => crate::i18n::tr!(
            "c-revoke-done",
            label = &label,
            n = gs.len(),
            name = &pro.name,
            rpps = pro.rpps.to_string(),
            ids = gs
                .iter()
                .map(|g| g.id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Revocation::NoneActive(pro) => crate::i18n::tr!(
            "c-revoke-none-active",
            label = &label,
            name = &pro.name,
            rpps = pro.rpps.to_string()
        ),
        Revocation::AlreadyRevoked(g, name) => crate::i18n::tr!(
            "c-revoke-already-revoked",
            label = &label,
            id = &g.id,
            name = name.to_string(),
            at = g.revoked_at.map(timefmt::local).unwrap_or_default()
        ),
        Revocation::AlreadyExpired(g, name) => crate::i18n::tr!(
            "c-revoke-already-ended",
            label = &label,
            id = &g.id,
            name = name.to_string(),
            at = timefmt::local(g.expires_at)
        ),
    });
    Ok(())
}
