//! `carnet access`: what each professional (or the guardians of a child's
//! vault) may see of each document now, as the policy decides it in
//! `vault::visibility`.

use serde::Serialize;

use crate::cli::args::AccessArgs;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::model::{Actor, Professional};
use crate::vault::medical::Stored;
use crate::vault::visibility::guardians;

/// For the commands that still load the policy's state from here.
pub use crate::vault::state::StateSnapshot;

/// One row of `access --json`: about a document (`doc`) or a medical
/// profile item (`item`).
#[derive(Serialize)]
struct Row<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    actor: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    doc: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    item: Option<&'a str>,
    rpps: Option<&'a str>,
    rule: &'static str,
    visible: bool,
}

pub fn run(ctx: &Ctx, a: &AccessArgs) -> Result<()> {
    let rpps = a.rpps.as_ref().map(|r| r.to_string());
    let vault = ctx.unlock()?;
    // Grant expiries are journaled before anything is decided on them.
    vault.load_noticing_expiry()?;
    let pros: Vec<Professional> = match (&rpps, a.guardians) {
        (_, true) => Vec::new(),
        (Some(r), false) => vec![vault.professional(r)?],
        (None, false) => vault.professionals()?,
    };
    // Hidden documents: their real type (grant scopes) where the user's key opens it.
    let docs = vault.documents_revealed(a.doc.as_deref())?;
    let judge = vault.judge()?;
    let hide = vault.hidden_filter()?;
    // Medical profile items, unless one document was asked for.
    let items = match a.doc {
        Some(_) => Vec::new(),
        None => vault.medical_stored(false)?,
    };
    let item_judge = vault.item_judge()?;
    let yes_no = |v: bool| {
        if v {
            crate::i18n::tr!("show-yes")
        } else {
            crate::i18n::tr!("c-no")
        }
    };
    let mut rows = Vec::new();
    let mut out = Vec::new();
    if a.guardians {
        // The guardians' view of a child's profile.
        let actor = guardians();
        for d in &docs {
            let dec = judge.decide(&actor, d);
            out.push(Row {
                actor: Some("guardian"),
                doc: Some(&d.id),
                item: None,
                rpps: None,
                rule: dec.rule.as_str(),
                visible: dec.visible,
            });
            rows.push(vec![
                crate::i18n::tr!("c-access-guardians"),
                d.id.clone(),
                hide.shown_title(d),
                yes_no(dec.visible),
                dec.rule.as_str().to_string(),
            ]);
        }
        for it in &items {
            let dec = item_judge.decide(&actor, it);
            out.push(Row {
                actor: Some("guardian"),
                doc: None,
                item: Some(it.id()),
                rpps: None,
                rule: dec.rule.as_str(),
                visible: dec.visible,
            });
            rows.push(vec![
                crate::i18n::tr!("c-access-guardians"),
                it.id().to_string(),
                item_title(it),
                yes_no(dec.visible),
                dec.rule.as_str().to_string(),
            ]);
        }
        if ctx.out.json {
            ctx.out.json_value(&out);
        } else if rows.is_empty() {
            ctx.out.info(crate::i18n::tr!(
                "c-access-no-documents",
                label = ctx.label()
            ));
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
            let dec = judge.decide(&actor, d);
            out.push(Row {
                actor: None,
                doc: Some(&d.id),
                item: None,
                rpps: Some(&p.rpps),
                rule: dec.rule.as_str(),
                visible: dec.visible,
            });
            rows.push(vec![
                p.rpps.to_string(),
                p.name.clone(),
                d.id.clone(),
                hide.shown_title(d),
                yes_no(dec.visible),
                dec.rule.as_str().to_string(),
            ]);
        }
        for it in &items {
            let dec = item_judge.decide(&actor, it);
            out.push(Row {
                actor: None,
                doc: None,
                item: Some(it.id()),
                rpps: Some(&p.rpps),
                rule: dec.rule.as_str(),
                visible: dec.visible,
            });
            rows.push(vec![
                p.rpps.to_string(),
                p.name.clone(),
                it.id().to_string(),
                item_title(it),
                yes_no(dec.visible),
                dec.rule.as_str().to_string(),
            ]);
        }
    }
    // A guardian is told that the minor keeps professionals or grants
    // private, and nothing else: decisions above are on the shared state.
    let unopened = vault.count_private_unopened()?;
    if unopened > 0 && !ctx.out.json {
        ctx.out
            .info(crate::cli::grant::sealed_records_note(unopened));
    }
    if ctx.out.json {
        ctx.out.json_value(&out);
    } else if rows.is_empty() {
        ctx.out.info(crate::i18n::tr!(
            "c-access-nothing",
            label = ctx.label(),
            pros = pros.len(),
            docs = docs.len(),
            items = items.len()
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
        ctx.out.info(crate::i18n::tr!(
            "c-access-count",
            label = ctx.label(),
            pros = pros.len(),
            docs = docs.len(),
            items = items.len()
        ));
    }
    Ok(())
}

/// What the DOCUMENT/TITLE columns say of a medical item.
fn item_title(s: &Stored) -> String {
    match s {
        Stored::Open(i) => {
            crate::i18n::tr!("x-access-item", kind = i.kind.label(), what = i.describe())
        }
        Stored::Sealed { .. } => crate::i18n::tr!("c-access-sealed-item"),
    }
}
