//! Feeding the pure policy with the vault's state, and `carnet access`.
//! Every visibility question in the CLI is answered here through
//! `policy::decide`; nothing else decides.

use rusqlite::Connection;
use serde_json::json;
use time::OffsetDateTime;

use crate::cli::args::AccessArgs;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::ids;
use crate::model::{Actor, Document, Professional};
use crate::policy::{self, Decision, DocFacts};
use crate::timefmt;
use crate::vault::store;

pub use crate::vault::state::StateSnapshot;

/// Decisions for one document, for every known professional.
pub fn decisions_for_doc(
    conn: &Connection,
    d: &Document,
    now: OffsetDateTime,
) -> Result<Vec<(String, String, Decision<'static>)>> {
    let snap = StateSnapshot::load(conn)?;
    let state = snap.view();
    let facts = DocFacts::of(d);
    let mut out = Vec::new();
    for p in store::list_pros(conn)? {
        let dec = policy::decide(
            &Actor::Professional {
                rpps: p.rpps.clone(),
            },
            &facts,
            &state,
            now,
        );
        out.push((
            p.rpps.clone(),
            p.name.clone(),
            Decision {
                visible: dec.visible,
                rule: dec.rule,
                grant: None,
            },
        ));
    }
    Ok(out)
}

pub fn run(ctx: &Ctx, a: &AccessArgs) -> Result<()> {
    let rpps = a.rpps.as_deref().map(ids::parse_rpps).transpose()?;
    let vault = ctx.unlock()?;
    let conn = vault.load_noticing_expiry()?;
    let now = timefmt::now();
    let pros: Vec<Professional> = match (&rpps, a.guardians) {
        (_, true) => Vec::new(),
        (Some(r), false) => vec![store::require_pro(&conn, r)?],
        (None, false) => store::list_pros(&conn)?,
    };
    let docs: Vec<Document> = match &a.doc {
        Some(id) => vec![store::resolve_doc(&conn, id)?],
        None => store::all_docs(&conn)?,
    };
    let mut docs = docs;
    // Hidden documents: their real type (grant scopes) where the user's key opens it.
    crate::vault::hidden::reveal(&conn, &vault.user_identities(), &mut docs)?;
    let snap = StateSnapshot::load(&conn)?;
    let state = snap.view();
    let hide = ctx.hidden_filter(&vault)?;
    let mut rows = Vec::new();
    let mut out = Vec::new();
    if a.guardians {
        // The guardians' view of a child's profile.
        let actor = Actor::Guardian {
            id: "guardians".into(),
        };
        for d in &docs {
            let dec = policy::decide(&actor, &DocFacts::of(d), &state, now);
            out.push(json!({ "rpps": null, "actor": "guardian", "doc": d.id, "visible": dec.visible, "rule": dec.rule.as_str() }));
            rows.push(vec![
                "guardians".to_string(),
                d.id.clone(),
                crate::commands::context::shown_title(&hide, d),
                if dec.visible {
                    "yes".into()
                } else {
                    "no".into()
                },
                dec.rule.as_str().to_string(),
            ]);
        }
        if ctx.out.json {
            ctx.out.json_value(&out);
        } else if rows.is_empty() {
            ctx.out.info(format!("{}: no documents", ctx.label()));
        } else {
            ctx.out
                .table(&["WHO", "DOCUMENT", "TITLE", "VISIBLE", "RULE"], rows);
        }
        return Ok(());
    }
    for p in &pros {
        let actor = Actor::Professional {
            rpps: p.rpps.clone(),
        };
        for d in &docs {
            let dec = policy::decide(&actor, &DocFacts::of(d), &state, now);
            out.push(json!({ "rpps": p.rpps, "doc": d.id, "visible": dec.visible, "rule": dec.rule.as_str() }));
            rows.push(vec![
                p.rpps.clone(),
                p.name.clone(),
                d.id.clone(),
                crate::commands::context::shown_title(&hide, d),
                if dec.visible {
                    "yes".into()
                } else {
                    "no".into()
                },
                dec.rule.as_str().to_string(),
            ]);
        }
    }
    // A guardian is told that the minor keeps professionals or grants
    // private, and nothing else: decisions above are on the shared state.
    let unopened = crate::vault::private::count_unopened(&conn)?;
    if unopened > 0 && !ctx.out.json {
        ctx.out
            .info(crate::commands::grant::sealed_records_note(unopened));
    }
    if ctx.out.json {
        ctx.out.json_value(&out);
    } else if rows.is_empty() {
        ctx.out.info(format!(
            "{}: nothing to show ({} professional(s), {} document(s))",
            ctx.label(),
            pros.len(),
            docs.len()
        ));
    } else {
        ctx.out.table(
            &[
                "RPPS",
                "PROFESSIONAL",
                "DOCUMENT",
                "TITLE",
                "VISIBLE",
                "RULE",
            ],
            rows,
        );
        ctx.out.info(format!(
            "{}: {} professional(s), {} document(s)",
            ctx.label(),
            pros.len(),
            docs.len()
        ));
    }
    Ok(())
}
