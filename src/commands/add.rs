//! `carnet add`: check every input first (nothing is encrypted if one is
//! bad), then unlock, stream each into the vault, and report.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use serde::Serialize;

use crate::cli::args::AddArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::inputs::{self, Given, Source};
use crate::media;
use crate::model::DocType;
use crate::timefmt;
use crate::vault::add::{add_all, Added, NewDoc};
use crate::vault::blobs::Inputs;

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
                "--title is empty",
                "give a title, or leave it out to use the file name",
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
                "adding from stdin needs --title",
                "e.g. carnet add - --title \"Compte rendu\" --type consultation-report",
            ));
        }
        if ctx.g.passphrase_file.as_deref() == Some(Path::new("-")) {
            return Err(Error::usage(
                "stdin cannot carry both the passphrase (--passphrase-file -) and the document (-)",
                "give the passphrase in a file, or unlock with --identity",
            ));
        }
        Ok(())
    };
    let sources = inputs::collect(&a.paths, a.recursive, a.follow_symlinks, stdin_ok, |w| {
        ctx.out.warn(w)
    })?;
    if a.title.is_some() && sources.len() > 1 {
        ctx.out
            .detail("--title applies to every document of this add");
    }
    let (mut stdin_reader, stdin_type) = if sources.iter().any(|s| matches!(s, Source::Stdin)) {
        inputs::sniff_stdin()?
    } else {
        (None, media::OCTET_STREAM)
    };
    let today = timefmt::ymd(timefmt::now().date());
    let items = sources
        .iter()
        .map(|s| inputs::new_doc(s, &given, stdin_type, &today))
        .collect::<Result<Vec<NewDoc>>>()?;

    // 2. Unlock, encrypt, commit in batches.
    let _ = sealed;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    crate::vault::add::refuse_private_author(&vault, &items)?;
    if a.hidden_from_guardians {
        // Refuse (exit 2, with a hint) before anything is encrypted.
        ctx.recipients_for_hiding(&vault)?;
    }
    let pb = ctx.out.progress(items.len() as u64, "adding");
    let results = add_all(
        &vault,
        &actor,
        items,
        Inputs::Independent,
        |i: usize| -> Result<Box<dyn Read + Send>> {
            match &sources[i] {
                Source::Stdin => Ok(stdin_reader
                    .take()
                    .unwrap_or_else(|| Box::new(std::io::stdin()))),
                Source::File(p) => File::open(p)
                    .map(|f| Box::new(f) as Box<dyn Read + Send>)
                    .map_err(|e| Error::io(format!("opening {}", p.display()), e)),
            }
        },
        |_| pb.inc(1),
    )?;
    pb.finish_and_clear();
    report(ctx, &results);
    Ok(())
}

/// One document of `add --json`, fields in alphabetical order as the
/// output has always had them.
#[derive(Serialize)]
struct AddedJson<'a> {
    date: &'a str,
    duplicate: bool,
    id: &'a str,
    sha256: &'a str,
    size: u64,
    title: &'a str,
    #[serde(rename = "type")]
    doc_type: &'a str,
}

fn report(ctx: &Ctx, results: &[Added]) {
    if ctx.out.json {
        let v: Vec<_> = results
            .iter()
            .map(|r| AddedJson {
                date: &r.doc.date,
                duplicate: r.duplicate,
                id: &r.doc.id,
                sha256: &r.doc.sha256,
                size: r.doc.size,
                title: &r.doc.title,
                doc_type: r.doc.doc_type.name,
            })
            .collect();
        ctx.out.json_value(&v);
        return;
    }
    let added = results.iter().filter(|r| !r.duplicate).count();
    let dups = results.len() - added;
    // One line per document on stdout: data, so printed under -q too
    // (-q quiets stderr only).
    for r in results {
        ctx.out.line(format!(
            "{} {}  {}  ({}, {}){}",
            if r.duplicate {
                "duplicate"
            } else {
                "added    "
            },
            r.doc.id,
            r.doc.title,
            r.doc.doc_type.name,
            r.doc.date,
            if r.doc.hidden_from_guardians {
                "  hidden from guardians, sealed to the minor's key"
            } else {
                ""
            }
        ));
    }
    ctx.out.info(format!(
        "{}: {added} added, {dups} duplicate{}",
        ctx.label(),
        if dups == 1 { "" } else { "s" }
    ));
}
