//! `carnet pro show RPPS`: one professional, their access now and their grants.

use super::shared::who;
use crate::cli::args::RppsArg;
use crate::cli::grant::scope_text;
use crate::cli::json::{GrantListingJson, ProJson};
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::model::GrantState;
use crate::timefmt;
use crate::vault::pros::ProDetail;

pub fn run(ctx: &Ctx, a: &RppsArg) -> Result<()> {
    let rpps = a.rpps.to_string();
    let vault = ctx.unlock()?;
    let d = vault.pro(&rpps)?;
    let p = &d.pro;
    if let Some(w) =
        crate::cli::pro::other_records_warning(&who(p), p.recipient.as_deref(), &d.other_recipients)
    {
        ctx.out.warn(w);
    }
    if ctx.out.json {
        let grants = d
            .grants
            .iter()
            .map(|(g, private)| GrantListingJson::of(g, Some(&p.name), d.now).private(*private))
            .collect();
        ctx.out.json_value(&ProJson {
            standing: Some(d.standing.as_str()),
            private: Some(d.private),
            grants: Some(grants),
            ..ProJson::of(p)
        });
        return Ok(());
    }
    let lines = lines(&d);
    // English keeps its 15 columns; longer French labels widen them.
    let width = lines
        .iter()
        .map(|(k, _)| k.chars().count() + 1)
        .max()
        .unwrap_or(0)
        .max(15);
    for (k, v) in lines {
        ctx.out.line(format!("{k:<width$} {v}"));
    }
    if !d.grants.is_empty() {
        ctx.out.line("");
        ctx.out.line(crate::i18n::tr!("c-pro-show-grants"));
        for (g, private) in &d.grants {
            let state = g.state(d.now);
            let revoked = match (state, g.revoked_at) {
                (GrantState::Revoked, Some(r)) => {
                    crate::i18n::tr!("c-pro-show-revoked", at = timefmt::local(r))
                }
                _ => String::new(),
            };
            ctx.out.line(crate::i18n::tr!(
                "c-pro-show-grant",
                id = &g.id,
                state = state_word(state),
                from = timefmt::local(g.created_at),
                to = timefmt::local(g.expires_at),
                revoked = revoked,
                scope = scope_text(&g.types, &g.docs),
                private = if *private { "yes" } else { "no" }
            ));
        }
    }
    ctx.out.info(crate::i18n::tr!(
        "c-pro-show-done",
        label = ctx.label(),
        who = who(p)
    ));
    Ok(())
}

/// The labelled lines about the professional, empty ones left out.
fn lines(d: &ProDetail) -> Vec<(String, String)> {
    use crate::i18n::tr;
    let p = &d.pro;
    let yes_no = |b: bool| if b { tr!("show-yes") } else { tr!("c-no") };
    let mut lines = vec![
        ("RPPS".to_string(), p.rpps.to_string()),
        ("IdNat".to_string(), p.idnat()),
        (tr!("c-pro-field-name"), p.name.clone()),
        (
            tr!("c-pro-field-specialty"),
            p.specialty.clone().unwrap_or_default(),
        ),
        (
            tr!("c-pro-field-place"),
            p.place.clone().unwrap_or_default(),
        ),
        (
            tr!("c-pro-field-recipient"),
            p.recipient.clone().unwrap_or_default(),
        ),
        (
            crate::i18n::field("Signing key"),
            p.signer
                .as_ref()
                .map(|f| tr!("c-pro-signer-pinned", fingerprint = f.to_string()))
                .unwrap_or_else(|| tr!("c-pro-signer-not-pinned")),
        ),
        (tr!("c-pro-field-primary"), yes_no(p.primary)),
        (
            tr!("c-pro-field-blocked"),
            match (p.blocked, p.blocked_at) {
                (true, Some(t)) => tr!("c-pro-blocked-since", at = timefmt::local(t)),
                (b, _) => yes_no(b),
            },
        ),
        (crate::i18n::field("Added"), timefmt::local(p.added_at)),
        (
            tr!("c-pro-field-private"),
            if d.private {
                tr!("c-pro-private-yes")
            } else {
                String::new()
            },
        ),
        (
            tr!("c-pro-field-access"),
            format!(
                "{} ({})",
                crate::i18n::explain::rule(d.standing),
                d.standing
            ),
        ),
    ];
    lines.retain(|(_, v)| !v.is_empty());
    lines
}

/// A grant's state in one word, padded to the longest (the lines align).
fn state_word(state: GrantState) -> String {
    let word = |s| match s {
        GrantState::Active => crate::i18n::tr!("x-grant-active"),
        GrantState::Expired => crate::i18n::tr!("x-grant-expired"),
        GrantState::Revoked => crate::i18n::tr!("x-grant-revoked"),
    };
    let width = [GrantState::Active, GrantState::Expired, GrantState::Revoked]
        .map(|s| word(s).chars().count())
        .into_iter()
        .max()
        .unwrap_or(0);
    format!("{:<width$}", word(state))
}
