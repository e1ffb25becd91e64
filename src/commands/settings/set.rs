//! `carnet settings set KEY VALUE`.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::error::Result;
use crate::vault::settings;

#[derive(Serialize)]
struct SetJson<'a> {
    key: &'a str,
    previous: &'a str,
    value: &'a str,
}

pub fn run(ctx: &Ctx, key: &str, value: &str) -> Result<()> {
    settings::check_name(key)?;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let change = vault.set_setting(key, value, &actor)?;
    ctx.out.done(
        &SetJson {
            key,
            previous: &change.previous,
            value: &change.value,
        },
        || {
            crate::i18n::tr!(
                "c-settings-set",
                label = ctx.label(),
                key = key,
                value = change.value.to_string(),
                previous = change.previous.to_string()
            )
        },
    );
    Ok(())
}
