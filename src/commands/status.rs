//! `carnet status`: what the vault holds, who may open it, what happened
//! since the holder last read the journal (shown by `cli::status`).

use crate::cli::status::{render, StatusJson};
use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let s = vault.status()?;
    if ctx.out.json {
        let profile = ctx.g.vault.is_none().then(|| ctx.profile_name());
        ctx.out.json_value(&StatusJson::new(&vault, &s, profile));
    } else {
        render(&ctx.out, &ctx.label(), &vault, &s);
    }
    Ok(())
}
