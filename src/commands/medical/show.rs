//! `carnet medical show`: the profile as the one who unlocked may see it.

use crate::cli::medical::{profile_json, row};
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::medical::Kind;

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let p = vault.medical_profile(false)?;
    if ctx.out.json {
        ctx.out.json_value(&profile_json(&p));
        return Ok(());
    }
    if p.items.is_empty() {
        ctx.out
            .info(crate::i18n::tr!("m-show-empty", label = ctx.label()));
    } else {
        let names = crate::cli::pro::Names::of(&vault.professionals()?);
        // Facts first, then each kind of item in turn.
        let mut rows = Vec::new();
        for k in Kind::ALL
            .iter()
            .filter(|k| k.is_fact())
            .chain(Kind::ALL.iter().filter(|k| !k.is_fact()))
        {
            rows.extend(p.of_kind(*k).map(|i| row(i, &names)));
        }
        ctx.out.table(&["ID", "KIND", "DETAILS", "FLAGS"], rows);
    }
    if !p.withheld.is_empty() {
        ctx.out.info(crate::i18n::tr!(
            "m-show-withheld",
            label = ctx.label(),
            n = p.withheld.len()
        ));
    }
    Ok(())
}
