//! How a grant reads for people, shared by `grant`, `grants`, `revoke`,
//! `access` and `pro list|show`.

use time::OffsetDateTime;

use crate::model::{DocType, Grant, GrantState};
use crate::timefmt;

/// What a grant covers, for people: `everything`, or its types and documents.
pub fn scope_text(types: &[DocType], docs: &[String]) -> String {
    if types.is_empty() && docs.is_empty() {
        return crate::i18n::tr!("c-scope-everything");
    }
    let mut parts = Vec::new();
    if !types.is_empty() {
        parts.push(crate::i18n::tr!(
            "c-scope-types",
            types = types.iter().map(|t| t.name).collect::<Vec<_>>().join(", ")
        ));
    }
    if !docs.is_empty() {
        parts.push(crate::i18n::tr!("c-scope-docs", docs = docs.join(", ")));
    }
    parts.join("; ")
}

/// A grant's state for people: `active (6d 23h left)`, `expired 2026-…`, `revoked 2026-…`.
pub fn state_text(g: &Grant, now: OffsetDateTime) -> String {
    match g.state(now) {
        GrantState::Active => crate::i18n::tr!(
            "c-grant-state-active",
            left = crate::i18n::explain::duration(g.expires_at - now)
        ),
        GrantState::Expired if now < g.created_at => crate::i18n::tr!("c-grant-state-not-started"),
        GrantState::Expired => {
            crate::i18n::tr!("c-grant-state-expired", at = timefmt::local(g.expires_at))
        }
        GrantState::Revoked => crate::i18n::tr!(
            "c-grant-state-revoked",
            at = g.revoked_at.map(timefmt::local).unwrap_or_default()
        ),
    }
}

/// What a guardian is told of the minor's private professionals and grants.
pub fn sealed_records_note(n: i64) -> String {
    crate::i18n::tr!("c-sealed-records", n = n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn scope_and_state_text() {
        assert_eq!(scope_text(&[], &[]), "everything the rules allow");
        let lab = DocType::parse("lab-report").unwrap();
        let rx = DocType::parse("prescription").unwrap();
        assert_eq!(
            scope_text(&[lab, rx], &["abcd".into()]),
            "type lab-report, prescription; document abcd"
        );
        let t0 = datetime!(2026-03-01 12:00 UTC);
        let mut g = Grant {
            id: "g".into(),
            rpps: crate::ids::Rpps::parse("10003456786").unwrap(),
            created_at: t0,
            expires_at: t0 + time::Duration::days(2),
            revoked_at: None,
            types: vec![],
            docs: vec![],
        };
        assert_eq!(state_text(&g, t0), "active (2d 0h left)");
        assert_eq!(
            state_text(&g, t0 + time::Duration::days(2)),
            format!("expired {}", timefmt::local(t0 + time::Duration::days(2)))
        );
        assert_eq!(state_text(&g, t0 - time::Duration::days(1)), "not started");
        g.revoked_at = Some(t0 + time::Duration::hours(1));
        assert_eq!(
            state_text(&g, t0 + time::Duration::hours(1)),
            format!("revoked {}", timefmt::local(t0 + time::Duration::hours(1)))
        );
    }
}
