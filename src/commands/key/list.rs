//! `carnet key list`: the vault's unlock methods.

use crate::commands::context::Ctx;
use crate::error::Result;
use crate::vault::keys::{KeyInfo, Role};

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let list = vault.unlock_methods()?;
    if ctx.out.json {
        ctx.out.json_value(&list);
        return Ok(());
    }
    ctx.out.table(
        &["KIND", "RECIPIENT", "ROLE", "LABEL", "ADDED"],
        list.iter().map(row).collect(),
    );
    ctx.out.info(crate::i18n::tr!(
        "c-key-list-count",
        label = ctx.label(),
        n = list.len()
    ));
    Ok(())
}

fn row(k: &KeyInfo) -> Vec<String> {
    vec![
        k.kind.clone(),
        k.recipient
            .clone()
            .unwrap_or_else(|| crate::i18n::tr!("c-key-passphrase")),
        match (&k.role, &k.name) {
            (Role::Holder, _) => "holder".to_string(),
            (r, Some(n)) => format!("{} ({n})", r.as_str()),
            (r, None) => r.as_str().to_string(),
        },
        k.label.clone().unwrap_or_default(),
        crate::timefmt::local_str(&k.added_at),
    ]
}
