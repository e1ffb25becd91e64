//! `carnet get ID [-o PATH]`: a document's content, to a file or stdout.

use crate::error::doing;
use std::io::Write;
use std::path::PathBuf;

use serde::Serialize;

use crate::cli::args::GetArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, IoContext, Result};
use crate::model::Document;

/// `get -o FILE --json`.
#[derive(Serialize)]
struct Written<'a> {
    id: &'a str,
    path: String,
    size: u64,
}

/// Where `get` writes.
enum Dest {
    Stdout,
    /// A new or regular file: a temp file beside it, renamed into place.
    File(PathBuf),
    /// A FIFO or a character device: written straight into, as stdout is
    /// (as `age -o` does), never replaced by a file.
    Stream(PathBuf),
}

pub fn run(ctx: &Ctx, a: &GetArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let shown = vault.visible_doc(&a.id)?;
    let d = &shown.doc;
    // Where it goes, checked before the decryption is journaled.
    let dest = destination(ctx, a, d)?;
    let actor = ctx.actor(&vault)?;
    let p = match dest {
        Dest::Stdout => {
            let mut out = std::io::stdout().lock();
            vault.get_to_stream(&shown, &actor, &mut out, "stdout")?;
            out.flush().ctx(|| crate::i18n::tr!("io-writing-stdout"))?;
            ctx.out.info(crate::i18n::tr!(
                "get-wrote-stdout",
                label = ctx.label(),
                id = &d.id
            ));
            return Ok(());
        }
        Dest::Stream(p) => {
            // A FIFO waits here for its reader, before anything is journaled.
            let mut out = crate::fsutil::open_output_stream(&p)?;
            vault.get_to_stream(&shown, &actor, &mut out, "file")?;
            out.flush().ctx(|| doing::writing_to(&p))?;
            p
        }
        Dest::File(p) => {
            vault.get_to_file(&shown, &actor, &p)?;
            p
        }
    };
    let written = Written {
        id: &d.id,
        path: p.display().to_string(),
        size: d.size,
    };
    ctx.out.done(&written, || {
        crate::i18n::tr!(
            "get-wrote",
            label = ctx.label(),
            id = &d.id,
            path = p.display().to_string()
        )
    });
    Ok(())
}

/// Where `-o` writes (none: stdout). A binary document is not written to
/// a terminal unless asked (`-o -`); a directory gets the document's
/// readable name inside it, which must exist.
fn destination(ctx: &Ctx, a: &GetArgs, d: &Document) -> Result<Dest> {
    let p = match &a.output {
        None => {
            if ctx.stdout_is_terminal() && !crate::media::is_text(&d.media_type) {
                return Err(Error::usage(
                    crate::i18n::tr!("c-get-binary", media = d.media_type.to_string()),
                    crate::i18n::tr!("c-get-binary-hint"),
                ));
            }
            return Ok(Dest::Stdout);
        }
        Some(p) if p.as_os_str() == "-" => return Ok(Dest::Stdout),
        Some(p) => {
            let p = match crate::fsutil::output_target(p)? {
                crate::fsutil::OutputTarget::Dir => p.join(readable_name(d)),
                _ => p.clone(),
            };
            if let crate::fsutil::OutputTarget::Stream = crate::fsutil::output_target(&p)? {
                return Ok(Dest::Stream(p));
            }
            p
        }
    };
    crate::fsutil::check_output_dir(&p)?;
    Ok(Dest::File(p))
}

/// A readable file name for a document: its original name if it has one.
fn readable_name(d: &Document) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c == '/' || crate::text::is_unsafe(c) {
                    '_'
                } else {
                    c
                }
            })
            .collect::<String>()
            .trim_start_matches('.')
            .to_string()
    };
    let f = clean(&d.filename);
    if !f.is_empty() && f != "stdin" {
        return f;
    }
    let ext = crate::media::extension(&d.media_type)
        .map(|e| format!(".{e}"))
        .unwrap_or_default();
    format!("{}_{}{}", d.date, clean(&d.title), ext)
}
