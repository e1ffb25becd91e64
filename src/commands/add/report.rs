//! The report of `add`: one JSON array (results, then refused inputs,
//! each with its source) or one line per document.

use serde::Serialize;

use crate::cli::args::AddArgs;
use crate::commands::context::Ctx;
use crate::inputs::Problem;
use crate::model::Document;

/// What happened to one input (or would, under `--dry-run`).
pub struct Row {
    pub doc: Document,
    pub duplicate: bool,
    /// A duplicate whose stated metadata differs from the vault's.
    pub changed: bool,
    pub source: String,
    /// `--dry-run`: a document that would be created (no ID yet).
    pub new: bool,
    /// `--update` applied the changed metadata.
    pub updated: bool,
}

/// One document of `add --json`, fields in alphabetical order as the
/// output has always had them.
#[derive(Serialize)]
struct AddedJson<'a> {
    date: &'a str,
    duplicate: bool,
    id: Option<&'a str>,
    metadata_changed: bool,
    sha256: &'a str,
    size: u64,
    source: &'a str,
    title: &'a str,
    #[serde(rename = "type")]
    doc_type: &'a str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    updated: bool,
}

/// One refused input of `add --json`.
#[derive(Serialize)]
struct RefusedJson<'a> {
    error: serde_json::Value,
    source: &'a str,
}

fn refused_json(p: &Problem) -> RefusedJson<'_> {
    RefusedJson {
        error: serde_json::json!({
            "kind": p.error.kind(),
            "message": p.error.to_string(),
            "hint": p.error.hint(),
        }),
        source: &p.source,
    }
}

/// Refused inputs when nothing is added: the JSON array of them on
/// stdout (the error itself goes to stderr).
pub(super) fn report_failures_only(ctx: &Ctx, problems: &[Problem]) {
    if ctx.out.json {
        let v: Vec<_> = problems.iter().map(refused_json).collect();
        ctx.out.json_value(&v);
    }
}

pub(super) fn report(ctx: &Ctx, rows: &[Row], problems: &[Problem], a: &AddArgs) {
    if ctx.out.json {
        let mut v: Vec<serde_json::Value> = rows
            .iter()
            .map(|r| {
                serde_json::to_value(AddedJson {
                    date: &r.doc.date,
                    duplicate: r.duplicate,
                    id: (!r.new).then_some(r.doc.id.as_str()),
                    metadata_changed: r.changed,
                    sha256: &r.doc.sha256,
                    size: r.doc.size,
                    source: &r.source,
                    title: &r.doc.title,
                    doc_type: r.doc.doc_type.name,
                    updated: r.updated,
                })
                .expect("a result serializes")
            })
            .collect();
        v.extend(
            problems
                .iter()
                .map(|p| serde_json::to_value(refused_json(p)).expect("serializes")),
        );
        ctx.out.json_value(&v);
        return;
    }
    for p in problems {
        ctx.out
            .warn(crate::i18n::tr!("add-refused", error = p.error.to_string()));
    }
    let added = rows.iter().filter(|r| !r.duplicate).count();
    let dups = rows.len() - added;
    // One line per document on stdout: data, so printed under -q too
    // (-q quiets stderr only).
    for r in rows {
        let what = match (a.dry_run, r.duplicate, r.changed, r.updated) {
            (true, false, _, _) => crate::i18n::tr!("add-would-add"),
            (true, true, true, _) if a.update => crate::i18n::tr!("add-would-update"),
            (true, true, true, _) => crate::i18n::tr!("add-duplicate-changed"),
            (true, true, false, _) => crate::i18n::tr!("add-duplicate"),
            (false, false, _, _) => crate::i18n::tr!("add-added"),
            (false, true, true, true) => crate::i18n::tr!("add-updated"),
            (false, true, true, false) => crate::i18n::tr!("add-duplicate-changed"),
            (false, true, false, _) => crate::i18n::tr!("add-duplicate"),
        };
        ctx.out.line(format!(
            "{} {}  {}  ({}, {}){}",
            what,
            if r.new { "-" } else { r.doc.id.as_str() },
            r.doc.title,
            r.doc.doc_type.name,
            crate::timefmt::local_str(&r.doc.date),
            if r.doc.hidden_from_guardians {
                format!("  {}", crate::i18n::tr!("add-hidden-from-guardians"))
            } else {
                String::new()
            }
        ));
    }
    let summary = if a.dry_run {
        crate::i18n::tr!(
            "add-summary-dry",
            label = ctx.label(),
            added = added,
            dups = dups
        )
    } else {
        crate::i18n::tr!(
            "add-summary",
            label = ctx.label(),
            added = added,
            dups = dups
        )
    };
    ctx.out.info(if problems.is_empty() {
        summary
    } else {
        crate::i18n::tr!("add-summary-refused", summary = summary, n = problems.len())
    });
}
