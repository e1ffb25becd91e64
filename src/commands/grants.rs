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
            format!(
                "{}: no grants yet (carnet grant RPPS --for 30d)",
                ctx.label()
            )
        } else {
            format!(
                "{}: no active grants ({} in all; carnet grants --all lists them)",
                ctx.label(),
                list.grants.len()
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
                e.name.clone().unwrap_or_else(|| "(removed)".into()),
                scope_text(&g.types, &g.docs),
                timefmt::local(g.created_at),
                timefmt::local(g.expires_at),
                if e.private {
                    format!("{} (private: sealed from guardians)", state_text(g, now))
                } else {
                    state_text(g, now)
                },
            ]
        })
        .collect();
    ctx.out.table(
        &[
            "GRANT",
            "RPPS",
            "PROFESSIONAL",
            "SCOPE",
            "FROM",
            "UNTIL",
            "STATE",
        ],
        rows,
    );
    ctx.out.info(format!(
        "{}: {active} active grant(s){}",
        ctx.label(),
        if a.all {
            format!(", {} in all", list.grants.len())
        } else {
            String::new()
        }
    ));
    Ok(())
}
