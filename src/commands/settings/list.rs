//! `carnet settings list`: each setting, its value, default and meaning.

use std::collections::BTreeMap;

use crate::commands::context::Ctx;
use crate::error::Result;

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let settings = vault.settings()?;
    if ctx.out.json {
        // `{name: value}`, in name order.
        let obj: BTreeMap<&str, &str> = settings
            .iter()
            .map(|s| (s.name, s.value.as_str()))
            .collect();
        ctx.out.json_value(&obj);
        return Ok(());
    }
    ctx.out.table(
        &["SETTING", "VALUE", "DEFAULT", "MEANING"],
        settings
            .iter()
            .map(|s| {
                vec![
                    s.name.to_string(),
                    s.value.clone(),
                    s.default.to_string(),
                    s.help.to_string(),
                ]
            })
            .collect(),
    );
    ctx.out.info(format!("{}: settings", ctx.label()));
    Ok(())
}
