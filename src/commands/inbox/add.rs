//! `carnet inbox add`: every input checked first (as `add` does), the
//! vault's recipient checked against the pin on this machine, then each
//! document encrypted into the inbox. Nothing is unlocked: no identity,
//! no passphrase.

use crate::error::doing;
use std::fs::File;
use std::io::Read;

use serde_json::json;

use crate::cli::inbox_args::InboxAddArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::inputs::{self, Given, Problem, Source};
use crate::model::DocType;
use crate::timefmt;
use crate::vault::inbox::{self, pin, ItemMeta};
use crate::vault::Sealed;

pub fn run(ctx: &Ctx, a: &InboxAddArgs) -> Result<()> {
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
        hidden_from_guardians: false,
    };
    if let Some(t) = &a.title {
        crate::text::check_field("--title", t)?;
    }
    for t in &given.tags {
        crate::text::check_field("--tag", t)?;
    }
    if let Some(r) = &a.recipient {
        r.trim().parse::<age::x25519::Recipient>().map_err(|e| {
            Error::usage(
                crate::i18n::tr!("m-inbox-bad-recipient", error = e.to_string()),
                crate::i18n::tr!("m-inbox-bad-recipient-hint"),
            )
        })?;
    }
    // Where the items go, and the recipient found there, checked against
    // the pin before any input is read.
    let (target, to, shown) = match &a.to {
        Some(_) if ctx.g.typed_target.is_some() => {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "m-inbox-to-and-vault",
                    flag = ctx.g.typed_target.unwrap_or_default()
                ),
                crate::i18n::tr!("m-inbox-to-and-vault-hint"),
            ))
        }
        Some(url) => {
            let r = inbox::remote::open(url)?;
            let shown = r.store.describe();
            pin::settle_at(
                &shown,
                pin::remote_locations(&r.url),
                &r.vault_id,
                &r.recipient.to_string(),
                a.recipient.as_deref(),
            )
            .map(|how| (how, r.recipient.clone(), shown.clone(), Target::Remote(r)))
        }
        None => {
            let (dir, _) = ctx.vault_dir()?;
            let sealed = Sealed::open(&dir)?;
            let to = sealed.recipient()?;
            pin::settle(
                &dir,
                &sealed.config.id,
                &to.to_string(),
                a.recipient.as_deref(),
            )
            .map(|how| (how, to, ctx.label(), Target::Local(Box::new(sealed))))
        }
    }
    .map(|(how, to, shown, target)| {
        match how {
            pin::Pinned::FirstUse => ctx.out.warn(crate::i18n::tr!(
                "m-inbox-pinned-first",
                shown = &shown,
                recipient = to.to_string()
            )),
            pin::Pinned::Given => ctx.out.detail(crate::i18n::tr!(
                "m-inbox-pinned",
                shown = &shown,
                recipient = to.to_string()
            )),
            pin::Pinned::Same => {}
        }
        (target, to, shown)
    })?;

    let no_stdin = || {
        Err(Error::usage(
            crate::i18n::tr!("m-inbox-no-stdin"),
            crate::i18n::tr!("m-inbox-no-stdin-hint"),
        ))
    };
    let (sources, mut problems) =
        inputs::collect(&a.paths, a.recursive, false, no_stdin, |w| ctx.out.warn(w))?;
    let today = timefmt::ymd(timefmt::now().date());
    let total = sources.len() + problems.len();
    let mut ready = Vec::new();
    for s in &sources {
        let Source::File(p) = s else { continue };
        match inputs::new_doc(s, &given, crate::media::OCTET_STREAM, &today) {
            Ok(d) => ready.push((p.clone(), d)),
            Err(error) => problems.push(Problem {
                source: s.name(),
                error,
            }),
        }
    }
    if !problems.is_empty() && (!a.keep_going || ready.is_empty()) {
        return Err(refuse_all(ctx, problems, total));
    }

    // Each item's metadata, its size read now: one too large is a
    // problem reported with the others, before anything is written.
    let mut items = Vec::new();
    for (p, d) in ready {
        match item_meta(&p, &d) {
            Ok(meta) => items.push((p, d, meta)),
            Err(error) => problems.push(Problem {
                source: p.display().to_string(),
                error,
            }),
        }
    }
    if !problems.is_empty() && (!a.keep_going || items.is_empty()) {
        return Err(refuse_all(ctx, problems, total));
    }
    let open = |i: usize| -> Result<(ItemMeta, Box<dyn Read>)> {
        let (p, _, meta) = &items[i];
        let f = File::open(p).map_err(|e| Error::io(doing::opening(p), e))?;
        Ok((meta.clone(), Box::new(f)))
    };
    let written: Vec<Result<String>> = match &target {
        Target::Local(sealed) => {
            let staged = inbox::stage_many(&sealed.layout, &to, items.len(), open)?;
            let (mut ok, mut failed) = (Vec::new(), Vec::new());
            for (i, r) in staged.into_iter().enumerate() {
                match r {
                    Ok(s) => ok.push((i, s)),
                    Err(e) => failed.push((i, e)),
                }
            }
            if !failed.is_empty() && !a.keep_going {
                // All or nothing, as `add`: nothing is in view yet.
                inbox::discard(ok.into_iter().map(|(_, s)| s).collect());
                return Err(failed.remove(0).1);
            }
            let at: Vec<usize> = ok.iter().map(|(i, _)| *i).collect();
            let names = inbox::place(&sealed.layout, ok.into_iter().map(|(_, s)| s).collect())?;
            let mut out: Vec<Option<Result<String>>> = (0..items.len()).map(|_| None).collect();
            for (i, n) in at.into_iter().zip(names) {
                out[i] = Some(Ok(n));
            }
            for (i, e) in failed {
                out[i] = Some(Err(e));
            }
            out.into_iter()
                .map(|r| r.expect("every item has a result"))
                .collect()
        }
        Target::Remote(r) => {
            let mut out = Vec::new();
            for i in 0..items.len() {
                let res = open(i).and_then(|(meta, mut body)| r.drop_item(&meta, &mut body));
                if res.is_err() && !a.keep_going {
                    return res.map(|_| ());
                }
                out.push(res);
            }
            out
        }
    };
    let mut rows = Vec::new();
    for ((p, d, meta), res) in items.iter().zip(written) {
        let item = match res {
            Ok(item) => item,
            Err(error) => {
                problems.push(Problem {
                    source: p.display().to_string(),
                    error,
                });
                continue;
            }
        };
        rows.push(json!({
            "item": item,
            "source": p.display().to_string(),
            "title": d.title,
            "type": d.doc_type.name,
            "date": d.date,
            "size": meta.size,
        }));
        if !ctx.out.json {
            ctx.out.line(crate::i18n::tr!(
                "m-inbox-dropped",
                item = &item,
                title = &d.title,
                doc_type = d.doc_type.name,
                date = crate::timefmt::local_str(&d.date)
            ));
        }
    }
    if ctx.out.json {
        let mut v = rows.clone();
        v.extend(problems.iter().map(refused));
        ctx.out.json_value(&v);
    } else {
        for p in &problems {
            ctx.out
                .warn(crate::i18n::tr!("add-refused", error = p.error.to_string()));
        }
        ctx.out.info(crate::i18n::tr!(
            "m-inbox-dropped-summary",
            shown = &shown,
            n = rows.len(),
            next = match target {
                Target::Local(_) => crate::i18n::tr!("m-inbox-next-local"),
                Target::Remote(_) => crate::i18n::tr!("m-inbox-next-remote"),
            }
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::PartlyDone {
            message: crate::i18n::tr!(
                "m-inbox-partly",
                n = problems.len(),
                total = problems.len() + rows.len()
            ),
            hint: crate::i18n::tr!("m-inbox-partly-hint"),
        })
    }
}

/// The error for a batch refused whole: the one problem, or all of them
/// (and every refusal in the JSON).
fn refuse_all(ctx: &Ctx, mut problems: Vec<Problem>, total: usize) -> Error {
    if ctx.out.json {
        ctx.out
            .json_value(&problems.iter().map(refused).collect::<Vec<_>>());
    }
    if problems.len() == 1 && total == 1 {
        return problems.remove(0).error;
    }
    let list: Vec<String> = problems.iter().map(|p| format!("  {}", p.error)).collect();
    Error::usage(
        crate::i18n::tr!(
            "m-inbox-inputs-refused",
            n = problems.len(),
            total = total,
            list = list.join("\n")
        ),
        crate::i18n::tr!("m-inbox-inputs-refused-hint"),
    )
}

/// What the scanner says of one document, its size read now (a file
/// too large for a fold is refused before anything is written).
fn item_meta(p: &std::path::Path, d: &crate::vault::add::NewDoc) -> Result<ItemMeta> {
    let size = std::fs::metadata(p)
        .map_err(|e| Error::io(doing::reading(p), e))?
        .len();
    if size > inbox::MAX_ITEM - 64 * 1024 {
        return Err(Error::usage(
            crate::i18n::tr!(
                "m-inbox-too-large",
                path = p.display().to_string(),
                mib = inbox::MAX_ITEM >> 20
            ),
            crate::i18n::tr!("m-inbox-too-large-hint"),
        ));
    }
    Ok(ItemMeta {
        filename: d.filename.clone(),
        title: d.title.clone(),
        doc_type: d.doc_type.name.to_string(),
        date: d.date.clone(),
        author: d.author.clone(),
        tags: d.tags.clone(),
        masked: d.masked,
        size,
        written_at: timefmt::rfc3339(timefmt::now()),
    })
}

/// Where `inbox add` drops its items.
enum Target {
    Local(Box<Sealed>),
    Remote(inbox::remote::RemoteInbox),
}

fn refused(p: &Problem) -> serde_json::Value {
    json!({
        "source": p.source,
        "error": { "kind": p.error.kind(), "message": p.error.to_string(), "hint": p.error.hint() },
    })
}
