//! `carnet trust list`: the locations this machine pinned, and the vault
//! each holds.

use crate::commands::context::Ctx;
use crate::error::Result;
use crate::vault::pins;

pub fn run(ctx: &Ctx) -> Result<()> {
    let all = pins::list();
    if ctx.out.json {
        ctx.out.json_value(&all);
        return Ok(());
    }
    if all.is_empty() {
        ctx.out.info(crate::i18n::tr!("c-trust-none"));
        return Ok(());
    }
    ctx.out.table(
        &["PATH", "VAULT ID", "PINNED"],
        all.iter()
            .map(|p| {
                vec![
                    p.path.display().to_string(),
                    p.vault_id.clone(),
                    crate::timefmt::local_str(&p.pinned_at),
                ]
            })
            .collect(),
    );
    Ok(())
}
