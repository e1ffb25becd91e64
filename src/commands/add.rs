//! `carnet add`: check every input first (nothing is encrypted if one is
//! bad), then unlock, stream each into the vault, and report.

use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::cli::args::AddArgs;
use crate::commands::context::Ctx;
use crate::crypto::ParsedRecipient;
use crate::error::{Error, IoContext, Result};
use crate::inputs;
use crate::media;
use crate::model::DocType;
use crate::sidecar;
use crate::timefmt;
use crate::vault::add::{add_all, minor_recipients_for_hiding, Added, NewDoc};
use crate::vault::blobs::Inputs;
use crate::vault::Vault;

enum Source {
    Stdin,
    File(PathBuf),
}

/// Parses `--type`, exit 2 listing the names on failure.
pub fn parse_type(s: &str) -> Result<DocType> {
    DocType::parse(s).ok_or_else(|| {
        Error::usage(
            format!("unknown document type {s:?}"),
            format!(
                "use one of: {} (or their LOINC codes)",
                DocType::short_names().join(", ")
            ),
        )
    })
}

fn date_from_name(name: &str) -> Option<String> {
    name.get(..10)
        .and_then(timefmt::parse_ymd)
        .map(timefmt::ymd)
}

fn mtime_date(p: &Path) -> Option<String> {
    let t = std::fs::metadata(p).ok()?.modified().ok()?;
    let t = time::OffsetDateTime::from(t);
    let off = time::UtcOffset::current_local_offset().unwrap_or(time::UtcOffset::UTC);
    Some(timefmt::ymd(t.to_offset(off).date()))
}

pub fn run(ctx: &Ctx, a: &AddArgs) -> Result<()> {
    let sealed = ctx.sealed()?;

    // 1. Check every flag and input before anything is encrypted.
    let flag_type = a.doc_type.as_deref().map(parse_type).transpose()?;
    let flag_date = a.date.as_deref().map(timefmt::parse_doc_date).transpose()?;
    let flag_author = a.author.as_ref().map(|r| r.to_string());
    let flag_tags: Vec<String> = a
        .tags
        .iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(t) = &a.title {
        if t.trim().is_empty() {
            return Err(Error::usage(
                "--title is empty",
                "give a title, or leave it out to use the file name",
            ));
        }
        crate::text::check_field("--title", t)?;
    }
    for t in &flag_tags {
        crate::text::check_field("--tag", t)?;
    }

    let mut sources: Vec<Source> = Vec::new();
    let mut stdin_seen = false;
    for p in &a.paths {
        if p.as_os_str() == "-" {
            if stdin_seen {
                return Err(Error::usage("- (stdin) given twice", "read stdin once"));
            }
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
            stdin_seen = true;
            sources.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| {
            Error::usage(
                format!("cannot add {}: {}", p.display(), inputs::io_reason(&e)),
                "check the path; nothing was added",
            )
        })?;
        if meta.is_dir() {
            if !a.recursive {
                return Err(Error::usage(
                    format!("{} is a directory", p.display()),
                    "pass -r to add the files under it",
                ));
            }
            let mut files = Vec::new();
            let mut skipped = Vec::new();
            inputs::walk(p, a.follow_symlinks, &mut files, &mut skipped)?;
            for w in skipped {
                ctx.out.warn(w);
            }
            for f in files {
                if sidecar::is_sidecar_of_existing(&f) {
                    continue;
                }
                inputs::check_file(&f)?;
                sources.push(Source::File(f));
            }
        } else {
            if sidecar::is_sidecar_of_existing(p) {
                ctx.out.warn(format!(
                    "{} is a sidecar (metadata of the file beside it); not added",
                    p.display()
                ));
                continue;
            }
            inputs::check_file(p)?;
            sources.push(Source::File(p.clone()));
        }
    }
    if sources.is_empty() {
        return Err(Error::usage(
            "nothing to add",
            "give files, directories with -r, or - for stdin",
        ));
    }
    if a.title.is_some() && sources.len() > 1 {
        ctx.out
            .detail("--title applies to every document of this add");
    }

    // A document from stdin has no name to guess its type from: its first
    // bytes tell text from binary (what `get` may print on a terminal). They
    // stay buffered for the encryption below.
    let mut stdin_reader = None;
    let mut stdin_type = media::OCTET_STREAM;
    if stdin_seen {
        let stdin = std::io::stdin();
        if stdin.is_terminal() {
            stdin_type = "text/plain"; // typed in
        } else {
            // Up to 8 KiB (or the end), however the pipe delivers it; the
            // sample is plaintext, wiped once read.
            let mut head = zeroize::Zeroizing::new(vec![0u8; 8 * 1024]);
            let mut stdin = stdin;
            let n =
                crate::fsutil::read_full(&mut stdin, &mut head).ctx(|| "reading stdin".into())?;
            head.truncate(n);
            if n == 0 {
                return Err(inputs::empty_input("- (stdin)"));
            }
            if media::looks_like_text(&head) {
                stdin_type = "text/plain";
            }
            stdin_reader = Some(std::io::Cursor::new(head).chain(stdin));
        }
    }

    let today = timefmt::ymd(timefmt::now().date());
    let mut items: Vec<NewDoc> = Vec::with_capacity(sources.len());
    for s in &sources {
        let (name, side, path) = match s {
            Source::Stdin => ("stdin".to_string(), None, None),
            Source::File(p) => (
                // The name is stored and shown: control and bidi characters
                // in it are replaced (the file itself is still read).
                crate::text::replace_unsafe(
                    &p.file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                    '_',
                ),
                sidecar::read_for(p)?,
                Some(p.as_path()),
            ),
        };
        let side = side.unwrap_or_default();
        let stem = Path::new(&name)
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| name.clone());
        let title = a.title.clone().or(side.title.clone()).unwrap_or(stem);
        let date = flag_date
            .clone()
            .or(side.date.clone())
            .or_else(|| date_from_name(&name))
            .or_else(|| path.and_then(mtime_date))
            .unwrap_or_else(|| today.clone());
        let mut tags = side.tags.clone();
        for t in &flag_tags {
            if !tags.contains(t) {
                tags.push(t.clone());
            }
        }
        items.push(NewDoc {
            title: title.trim().to_string(),
            doc_type: flag_type.or(side.doc_type).unwrap_or_else(DocType::other),
            date,
            author: flag_author.clone().or(side.author.clone()),
            tags,
            masked: a.mask || side.masked.unwrap_or(false),
            masked_from: Vec::new(),
            hidden_from_guardians: a.hidden_from_guardians,
            invisible_patient_until: None,
            media_type: if matches!(s, Source::Stdin) {
                stdin_type.into()
            } else {
                media::type_of_name(&name)
            },
            filename: name,
        });
    }

    // 2. Unlock, encrypt, commit in batches.
    let _ = sealed;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    crate::vault::add::refuse_private_author(&vault, &items)?;
    if a.hidden_from_guardians {
        // Refuse (exit 2, with a hint) before anything is encrypted.
        recipients_for_hiding(ctx, &vault)?;
    }
    let pb = ctx.out.progress(items.len() as u64, "adding");
    let results = add_all(
        &vault,
        &actor,
        items,
        Inputs::Independent,
        |i: usize| -> Result<Box<dyn Read + Send>> {
            match &sources[i] {
                Source::Stdin => Ok(match stdin_reader.take() {
                    Some(r) => Box::new(r),
                    None => Box::new(std::io::stdin()),
                }),
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

/// The minor's recipients that a document hidden from guardians is sealed
/// to; exit 2 naming this profile when there are none.
pub fn recipients_for_hiding(ctx: &Ctx, vault: &Vault) -> Result<Vec<ParsedRecipient>> {
    minor_recipients_for_hiding(vault).map_err(|e| match e {
        Error::Usage { message, hint } => Error::Usage {
            message: format!("{}: {message}", ctx.label()),
            hint: hint.replace("NAME", &ctx.profile_name()),
        },
        other => other,
    })
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
