//! `carnet grants [--all]`: the active grants (with `--all`, expired and
//! revoked ones too).

use crate::cli::args::GrantsArgs;
use crate::cli::grant::{scope_text, sealed_records_note, state_text};
use crate::cli::json::GrantListingJson;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::model::GrantState;
use crate::timefmt;
use crate::vault::grants::GrantEntry;

pub fn run(ctx: &Ctx, a: &GrantsArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let list = vault.grants()?;
    let now = list.now;
    let is_active = |e: &&GrantEntry| e.grant.state(now) == GrantState::Active;
    let active = list.grants.iter().filter(is_active).count();
    let shown: Vec<&GrantEntry> = list
        .grants
        .iter()
        .filter(|e| a.all || is_active(e))
        .collect();
    if ctx.out.json {
        let v: Vec<GrantListingJson> = shown
            .iter()
            .map(|e| GrantListingJson::of(&e.grant, e.name.as_deref(), now).private(e.private))
            .collect();
        ctx.out.json_value(&v);
        return Ok(());
    }
    if list.unopened > 0 {
        ctx.out.info(sealed_records_note(list.unopened));
    }
    if shown.is_empty() {
        ctx.out.info(if a.all {
            crate::i18n::tr!("c-grants-none", label = ctx.label())
        } else {
            crate::i18n::tr!(
                "c-grants-none-active",
                label = ctx.label(),
                all = list.grants.len()
            )
        });
        return Ok(());
    }
    let rows = shown
        .iter()
        .map(|e| {
            let g = &e.grant;
            vec![
                g.id.clone(),
                g.rpps.to_string(),
                e.name
                    .clone()
                    .unwrap_or_else(|| crate::i18n::tr!("c-grants-removed-pro")),
                scope_text(&g.types, &g.docs),
                timefmt::local(g.created_at),
                timefmt::local(g.expires_at),
                if e.private {
                    crate::i18n::tr!("c-grants-private", state = state_text(g, now))
                } else {
                    state_text(g, now)
                },
            ]
        })
        .collect();
    // Headers `column` does not know: translated here (English unchanged).
    let (scope, from, until) = (
        crate::i18n::tr!("c-col-scope"),
        crate::i18n::tr!("c-col-from"),
        crate::i18n::tr!("c-col-until"),
    );
    ctx.out.table(
        &[
            "GRANT",
            "RPPS",
            "PROFESSIONAL",
            scope.as_str(),
            from.as_str(),
            until.as_str(),
            "STATE",
        ],
        rows,
    );
    ctx.out.info(if a.all {
        crate::i18n::tr!(
            "c-grants-count-all",
            label = ctx.label(),
            n = active,
            all = list.grants.len()
        )
    } else {
        crate::i18n::tr!("c-grants-count", label = ctx.label(), n = active)
    });
    Ok(())
}
