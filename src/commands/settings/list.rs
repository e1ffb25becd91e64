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
                    meaning(s.name, s.help),
                ]
            })
            .collect(),
    );
    ctx.out
        .info(crate::i18n::tr!("c-settings-done", label = ctx.label()));
    Ok(())
}

/// A setting's meaning in the user's language (the store's own English
/// text for a setting this list does not know).
fn meaning(name: &str, help: &str) -> String {
    if crate::i18n::lang() == crate::i18n::Lang::En {
        return help.to_string();
    }
    match name {
        "masked-visible-to-primary" => crate::i18n::tr!("c-setting-masked-visible-to-primary"),
        "majority-age" => crate::i18n::tr!("c-setting-majority-age"),
        "majority-warning-days" => crate::i18n::tr!("c-setting-majority-warning-days"),
        _ => help.to_string(),
    }
}
