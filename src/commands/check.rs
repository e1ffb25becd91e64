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

/// Unlocks again this many times when a rekey switched the vault between
/// the unlock and the lock.
const REKEYED_RETRIES: usize = 5;

pub fn run(ctx: &Ctx, a: &CheckArgs) -> Result<()> {
    // The write lock for the whole check (a rekey removes the generation
    // a lock-free check would still be reading), taken after the unlock:
    // opening may itself commit (failed unlocks), which takes the lock.
    let mut tries = 0;
    let (vault, lock) = loop {
        let vault = ctx.unlock()?;
        match vault.lock_current() {
            Ok(lock) => break (vault, lock),
            Err(Error::Changed { .. }) if tries < REKEYED_RETRIES => tries += 1,
            Err(e) => return Err(e),
        }
    };
    let check = vault.start_check_holding(lock)?;
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
