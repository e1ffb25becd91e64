//! `carnet add`: check every input first and report every bad one with
//! its path (nothing is encrypted if one is bad, unless `--keep-going`,
//! which adds the others and exits 8), then unlock, stream each into the
//! vault (or, `--dry-run`, only hash it), and report, with each result's
//! source and whether a duplicate's stated metadata changed (`--update`
//! applies it).

use crate::error::doing;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use crate::cli::args::AddArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::inputs::{self, Declared, Given, Problem, Source};
use crate::media;
use crate::model::DocType;
use crate::timefmt;
use crate::vault::add::{add_all, preview, NewDoc};
use crate::vault::blobs::Inputs;

mod report;
mod update;

use report::{report, report_failures_only, Row};
use update::{apply, as_updated, differs, would_be};

pub fn run(ctx: &Ctx, a: &AddArgs) -> Result<()> {
    let sealed = ctx.sealed()?;

    // 1. Check every flag and input before anything is encrypted.
    let given = Given {
        title: a.title.clone(),
        doc_type: a.doc_type.as_deref().map(DocType::from_arg).transpose()?,
        date: a.date.as_deref().map(timefmt::parse_doc_date).transpose()?,
        author: a.author.as_ref().map(|r| r.to_string()),
        tags: a
            .tags
            .iter()
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect(),
        masked: a.mask,
        hidden_from_guardians: a.hidden_from_guardians,
    };
    if let Some(t) = &a.title {
        if t.trim().is_empty() {
            return Err(Error::usage(
                crate::i18n::tr!("c-flag-empty", flag = "--title"),
                crate::i18n::tr!("c-create-title-hint"),
            ));
        }
        crate::text::check_field("--title", t)?;
    }
    for t in &given.tags {
        crate::text::check_field("--tag", t)?;
    }
    let stdin_ok = || {
        if a.title.is_none() {
            return Err(Error::usage(
                crate::i18n::tr!("c-add-stdin-title"),
                crate::i18n::tr!("c-add-stdin-title-hint"),
            ));
        }
        if ctx.g.passphrase_file.as_deref() == Some(Path::new("-")) {
            return Err(Error::usage(
                crate::i18n::tr!("c-add-stdin-twice"),
                crate::i18n::tr!("c-add-stdin-twice-hint"),
            ));
        }
        Ok(())
    };
    let (sources, mut problems) =
        inputs::collect(&a.paths, a.recursive, a.follow_symlinks, stdin_ok, |w| {
            ctx.out.warn(w)
        })?;
    if a.title.is_some() && sources.len() > 1 {
        ctx.out.detail(crate::i18n::tr!("c-add-title-every"));
    }
    let (mut stdin_reader, stdin_type) = if sources.iter().any(|s| matches!(s, Source::Stdin)) {
        inputs::sniff_stdin()?
    } else {
        (None, media::OCTET_STREAM)
    };
    let today = timefmt::ymd(timefmt::now().date());
    let total = sources.len() + problems.len();
    // Every input's metadata (its sidecar read and checked), each problem
    // kept with its path: all of them are reported at once.
    let mut prepared: Vec<(usize, NewDoc, Declared)> = Vec::new();
    for (i, s) in sources.iter().enumerate() {
        match inputs::new_doc_declared(s, &given, stdin_type, &today) {
            Ok((d, decl)) => prepared.push((i, d, decl)),
            Err(error) => problems.push(Problem {
                source: s.name(),
                error,
            }),
        }
    }
    if !problems.is_empty() && (!a.keep_going || prepared.is_empty()) {
        report_failures_only(ctx, &problems);
        if problems.len() == 1 && total == 1 {
            // One input, one problem: its own message and hint.
            return Err(problems.remove(0).error);
        }
        return Err(invalid_inputs(&problems, total, a.keep_going));
    }

    // 2. Unlock, encrypt, commit in batches.
    let _ = sealed;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let items: Vec<NewDoc> = prepared.iter().map(|(_, d, _)| d.clone()).collect();
    crate::vault::add::refuse_private_author(&vault, &items)?;
    if a.hidden_from_guardians {
        // Refuse (exit 2, with a hint) before anything is encrypted.
        ctx.recipients_for_hiding(&vault)?;
    }
    let mut open = |k: usize| -> Result<Box<dyn Read + Send>> {
        match &sources[prepared[k].0] {
            Source::Stdin => Ok(stdin_reader
                .take()
                .unwrap_or_else(|| Box::new(std::io::stdin()))),
            Source::File(p) => File::open(p)
                .map(|f| Box::new(f) as Box<dyn Read + Send>)
                .map_err(|e| Error::io(doing::opening(p), e)),
        }
    };
    let mut rows: Vec<Row> = Vec::with_capacity(items.len());
    if a.dry_run {
        for (k, item) in items.iter().enumerate() {
            let p = preview(&vault, open(k)?)?;
            let row = match p.existing {
                Some(existing) => {
                    let changed = differs(item, &prepared[k].2, &existing);
                    // Show what `--update` would set, not what is stored.
                    let doc = if a.update && changed {
                        as_updated(item, &prepared[k].2, &existing)
                    } else {
                        existing
                    };
                    Row {
                        changed,
                        doc,
                        duplicate: true,
                        source: sources[prepared[k].0].name(),
                        new: false,
                        updated: false,
                    }
                }
                None => Row {
                    doc: would_be(item, p.sha256, p.size),
                    duplicate: false,
                    changed: false,
                    source: sources[prepared[k].0].name(),
                    new: true,
                    updated: false,
                },
            };
            rows.push(row);
        }
    } else {
        let pb = ctx.out.progress(items.len() as u64, "adding");
        let results = add_all(
            &vault,
            &actor,
            items.clone(),
            Inputs::Independent,
            open,
            |_| pb.inc(1),
        )?;
        pb.finish_and_clear();
        // add_all keeps the order of the inputs, hidden ones last.
        let mut order: Vec<usize> = (0..items.len())
            .filter(|&k| !items[k].hidden_from_guardians)
            .collect();
        order.extend((0..items.len()).filter(|&k| items[k].hidden_from_guardians));
        for (r, k) in results.into_iter().zip(order) {
            let changed = r.duplicate && differs(&items[k], &prepared[k].2, &r.doc);
            rows.push(Row {
                doc: r.doc,
                duplicate: r.duplicate,
                changed,
                source: sources[prepared[k].0].name(),
                new: false,
                updated: false,
            });
        }
        if a.update {
            for (row, k) in rows.iter_mut().zip(0..) {
                if row.changed {
                    let k = order_index(&items, k);
                    row.doc = apply(&vault, &actor, &items[k], &prepared[k].2, &row.doc)?;
                    row.updated = true;
                }
            }
        }
    }
    report(ctx, &rows, &problems, a);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::PartlyDone {
            message: crate::i18n::tr!(
                "c-add-partly",
                n = problems.len(),
                total = problems.len() + rows.len(),
                dry = if a.dry_run { "yes" } else { "no" }
            ),
            hint: crate::i18n::tr!("c-add-partly-hint"),
        })
    }
}

/// The index in `items` of the `k`th result of `add_all` (the ones
/// hidden from guardians come last).
fn order_index(items: &[NewDoc], k: usize) -> usize {
    (0..items.len())
        .filter(|&i| !items[i].hidden_from_guardians)
        .chain((0..items.len()).filter(|&i| items[i].hidden_from_guardians))
        .nth(k)
        .expect("one result per item")
}

/// The error for refused inputs without `--keep-going` (or when none is
/// left to add): exit 2, every problem listed with its path.
fn invalid_inputs(problems: &[Problem], total: usize, keep_going: bool) -> Error {
    let list: Vec<String> = problems.iter().map(|p| format!("  {}", p.error)).collect();
    Error::usage(
        format!(
            "{}\n{}",
            crate::i18n::tr!("c-add-invalid", n = problems.len(), total = total),
            list.join("\n")
        ),
        if keep_going {
            crate::i18n::tr!("c-add-invalid-hint-none-valid")
        } else {
            crate::i18n::tr!("c-add-invalid-hint")
        },
    )
}
