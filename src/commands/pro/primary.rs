//! `carnet pro primary RPPS` / `carnet pro primary --unset`: the primary
//! doctor (médecin traitant), one at most.

use super::shared::who;
use crate::cli::args::ProPrimaryArgs;
use crate::cli::json::ProJson;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};

pub fn run(ctx: &Ctx, a: &ProPrimaryArgs) -> Result<()> {
    let rpps = match (&a.rpps, a.unset) {
        (Some(_), true) => {
            return Err(Error::usage(
                "give either an RPPS or --unset, not both",
                "carnet pro primary RPPS, or carnet pro primary --unset",
            ))
        }
        (None, false) => {
            return Err(Error::usage(
                "whom? give the primary doctor's RPPS, or --unset",
                "carnet pro primary RPPS, or carnet pro primary --unset",
            ))
        }
        (Some(r), false) => Some(r.to_string()),
        (None, true) => None,
    };
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let label = ctx.label();
    let Some(rpps) = rpps else {
        let previous = vault.unset_primary(&actor)?;
        if ctx.out.json {
            ctx.out.json_value(&previous.as_ref().map(ProJson::of));
            return Ok(());
        }
        ctx.out.info(match previous {
            Some(p) => format!(
                "{label}: {} is no longer the primary doctor; there is none now",
                who(&p)
            ),
            None => format!("{label}: there is no primary doctor; nothing to unset"),
        });
        return Ok(());
    };
    let done = vault.set_primary(&actor, &rpps)?;
    let p = &done.pro;
    if ctx.out.json {
        ctx.out.json_value(&ProJson::of(p));
    } else if done.changed {
        ctx.out
            .info(format!("{label}: {} is now the primary doctor", who(p)));
        if let Some(q) = &done.previous_primary {
            ctx.out
                .info(format!("{} is no longer the primary doctor", who(q)));
        }
    } else {
        ctx.out.info(format!(
            "{label}: {} is already the primary doctor; nothing changed",
            who(p)
        ));
    }
    Ok(())
}
