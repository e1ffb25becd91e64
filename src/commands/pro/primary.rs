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
                crate::i18n::tr!("c-pro-primary-both"),
                crate::i18n::tr!("c-pro-primary-hint"),
            ))
        }
        (None, false) => {
            return Err(Error::usage(
                crate::i18n::tr!("c-pro-primary-whom"),
                crate::i18n::tr!("c-pro-primary-hint"),
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
            Some(p) => crate::i18n::tr!("c-pro-primary-unset", label = &label, who = who(&p)),
            None => crate::i18n::tr!("c-pro-primary-none", label = &label),
        });
        return Ok(());
    };
    let done = vault.set_primary(&actor, &rpps)?;
    let p = &done.pro;
    if ctx.out.json {
        ctx.out.json_value(&ProJson::of(p));
    } else if done.changed {
        ctx.out.info(crate::i18n::tr!(
            "c-pro-primary-now",
            label = &label,
            who = who(p)
        ));
        if let Some(q) = &done.previous_primary {
            ctx.out
                .info(crate::i18n::tr!("c-pro-primary-no-longer", who = who(q)));
        }
    } else {
        ctx.out.info(crate::i18n::tr!(
            "c-pro-primary-already",
            label = &label,
            who = who(p)
        ));
    }
    Ok(())
}
