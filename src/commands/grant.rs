//! `carnet grant RPPS (--for DURATION | --until DATE) [--type T]... [--doc ID]...`:
//! time-limited access for a professional (the rules are in
//! `vault::grants`; how a grant reads for people is in `cli::grant`).

use crate::cli::args::GrantArgs;
use crate::cli::grant::scope_text;
use crate::cli::json::GrantJson;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::model::{DocType, Professional};
use crate::timefmt;
use crate::vault::grants::{GrantEnd, GrantNote, NewGrant};
use crate::vault::visibility::HELD_TITLE;

pub fn run(ctx: &Ctx, a: &GrantArgs) -> Result<()> {
    let rpps = a.rpps.clone();
    let end = parse_end(a.duration.as_deref(), a.until.as_deref())?;
    let mut types: Vec<DocType> = Vec::new();
    for t in &a.types {
        let t = DocType::from_arg(t)?;
        if !types.contains(&t) {
            types.push(t);
        }
    }
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let new = NewGrant {
        rpps,
        end,
        types,
        docs: a.docs.clone(),
    };
    let done = vault.create_grant(&actor, &new)?;
    let (g, pro) = (&done.grant, &done.pro);
    for n in &done.notes {
        ctx.out.warn(note_text(n, pro));
    }
    ctx.out.done(&GrantJson::of(g), || {
        crate::i18n::tr!(
            "c-grant-done",
            label = ctx.label(),
            name = &pro.name,
            rpps = pro.rpps.to_string(),
            scope = scope_text(&g.types, &g.docs),
            until = timefmt::local(g.expires_at),
            length = crate::i18n::explain::duration(g.expires_at - g.created_at),
            id = &g.id
        )
    });
    Ok(())
}

fn parse_end(duration: Option<&str>, until: Option<&str>) -> Result<GrantEnd> {
    let example = || crate::i18n::tr!("c-grant-end-hint");
    match (duration, until) {
        (Some(_), Some(_)) => Err(Error::usage(
            crate::i18n::tr!("c-grant-end-both"),
            example(),
        )),
        (None, None) => Err(Error::usage(
            crate::i18n::tr!("c-grant-end-none"),
            example(),
        )),
        (Some(d), None) => Ok(GrantEnd::For(timefmt::parse_duration(d)?)),
        (None, Some(u)) => Ok(GrantEnd::Until(timefmt::parse_until(u)?)),
    }
}

fn note_text(n: &GrantNote, pro: &Professional) -> String {
    match n {
        GrantNote::AlreadyPrimary => {
            crate::i18n::tr!("c-grant-already-primary", name = &pro.name)
        }
        GrantNote::StaysHidden { id, title, rule } => crate::i18n::tr!(
            "c-grant-stays-hidden",
            id = id.to_string(),
            title = title
                .as_ref()
                .map_or_else(|| HELD_TITLE.to_string(), |t| format!("({t})")),
            why = crate::i18n::explain::rule(*rule),
            rule = rule.to_string()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn end_needs_exactly_one_flag() {
        let e = parse_end(None, None).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("--for DURATION or --until DATE"));
        assert_eq!(
            parse_end(Some("1d"), Some("2026-04-01"))
                .unwrap_err()
                .exit_code(),
            2
        );
        assert!(matches!(
            parse_end(Some("90s"), None).unwrap(),
            GrantEnd::For(d) if d == time::Duration::seconds(90)
        ));
        assert!(matches!(
            parse_end(None, Some("2026-03-01T13:00:00Z")).unwrap(),
            GrantEnd::Until(t) if t == datetime!(2026-03-01 13:00 UTC)
        ));
        assert_eq!(parse_end(Some("soon"), None).unwrap_err().exit_code(), 2);
    }
}
