//! `carnet passwd`: set or change the vault's passphrase.

use serde::Serialize;

use crate::cli::args::PasswdArgs;
use crate::commands::context::Ctx;
use crate::error::Result;

#[derive(Serialize)]
struct PasswdJson {
    passphrase: &'static str,
}

pub fn run(ctx: &Ctx, a: &PasswdArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let pass = ctx.new_passphrase(a.new_passphrase_file.as_ref(), "--new-passphrase-file")?;
    let actor = ctx.actor(&vault)?;
    let replaced = vault.set_passphrase(pass, &actor)?;
    let done = if replaced { "changed" } else { "set" };
    ctx.out.done(&PasswdJson { passphrase: done }, || {
        if replaced {
            crate::i18n::tr!("c-passwd-changed", label = ctx.label())
        } else {
            crate::i18n::tr!("c-passwd-set", label = ctx.label())
        }
    });
    Ok(())
}
