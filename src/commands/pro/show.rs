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
    for (k, v) in lines(&d) {
        ctx.out.line(format!("{k:<15} {v}"));
    }
    if !d.grants.is_empty() {
        ctx.out.line("");
        ctx.out.line("Grants:");
        for (g, private) in &d.grants {
            let state = g.state(d.now);
            let revoked = match (state, g.revoked_at) {
                (GrantState::Revoked, Some(r)) => format!(", revoked {}", timefmt::local(r)),
                _ => String::new(),
            };
            ctx.out.line(format!(
                "  {} {:<7} {} to {}{revoked}: {}{}",
                g.id,
                state.as_str(),
                timefmt::local(g.created_at),
                timefmt::local(g.expires_at),
                scope_text(&g.types, &g.docs),
                if *private { " (private)" } else { "" }
            ));
        }
    }
    ctx.out
        .info(format!("{}: professional {}", ctx.label(), who(p)));
    Ok(())
}

/// The labelled lines about the professional, empty ones left out.
fn lines(d: &ProDetail) -> Vec<(&'static str, String)> {
    let p = &d.pro;
    let mut lines = vec![
        ("RPPS", p.rpps.to_string()),
        ("IdNat", p.idnat()),
        ("Name", p.name.clone()),
        ("Specialty", p.specialty.clone().unwrap_or_default()),
        ("Place", p.place.clone().unwrap_or_default()),
        ("Recipient", p.recipient.clone().unwrap_or_default()),
        (
            "Signing key",
            p.signer
                .as_ref()
                .map(|f| format!("{f} (bundles naming them as author must be signed by it)"))
                .unwrap_or_else(|| "not pinned (their bundles are unverified)".into()),
        ),
        (
            "Primary doctor",
            if p.primary { "yes".into() } else { "no".into() },
        ),
        (
            "Blocked",
            match (p.blocked, p.blocked_at) {
                (true, Some(t)) => format!("yes, since {}", timefmt::local(t)),
                (true, None) => "yes".into(),
                _ => "no".into(),
            },
        ),
        ("Added", timefmt::local(p.added_at)),
        (
            "Private",
            if d.private {
                "yes: sealed from your guardians".into()
            } else {
                String::new()
            },
        ),
        (
            "Access now",
            format!("{} ({})", d.standing.explain(), d.standing),
        ),
    ];
    lines.retain(|(_, v)| !v.is_empty());
    lines
}
