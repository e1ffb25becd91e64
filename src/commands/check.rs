//! `carnet check [--repair]`: authenticate the index and the journal,
//! decrypt and hash every document, report leftovers (and remove them).

use serde::Serialize;

use crate::cli::args::CheckArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::vault::check::CheckReport;

/// `check --json`. Fields in name order: the order the JSON had when it
/// was built as a map.
#[derive(Serialize)]
struct CheckJson<'a> {
    documents: usize,
    journal_entries: i64,
    ok: bool,
    problems: &'a [String],
    repaired: usize,
    sealed_for_minor: usize,
    sealed_records: usize,
    warnings: &'a [String],
}

pub fn run(ctx: &Ctx, a: &CheckArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let check = vault.start_check()?;
    let pb = ctx
        .out
        .progress_bytes(check.blob_bytes(), &crate::i18n::tr!("c-progress-checking"));
    let report = check.run(a.repair, |n| pb.inc(n))?;
    pb.finish_and_clear();
    render(ctx, &report, a.repair);
    if report.is_ok() {
        Ok(())
    } else {
        Err(Error::integrity(
            crate::i18n::tr!(
                "c-check-problems",
                n = report.problems.len(),
                label = ctx.label()
            ),
            crate::i18n::tr!("c-check-problems-hint"),
        ))
    }
}

fn render(ctx: &Ctx, r: &CheckReport, repair: bool) {
    if ctx.out.json {
        ctx.out.json_value(&CheckJson {
            documents: r.documents,
            journal_entries: r.journal_entries,
            ok: r.is_ok(),
            problems: &r.problems,
            repaired: r.repaired,
            sealed_for_minor: r.sealed_for_minor,
            sealed_records: r.sealed_records,
            warnings: &r.warnings,
        });
        return;
    }
    for w in &r.warnings {
        ctx.out.warn(w);
    }
    if r.is_ok() {
        let ok = crate::i18n::tr!(
            "check-ok",
            label = ctx.label(),
            docs = r.documents - r.sealed_for_minor,
            entries = r.journal_entries
        );
        ctx.out.info(if repair {
            crate::i18n::tr!("check-ok-repaired", ok = ok, n = r.repaired)
        } else {
            ok
        });
    } else {
        for p in &r.problems {
            crate::cli::output::stderr_line(&format!("  - {}", crate::text::escape(p)));
        }
    }
}
