//! `carnet inbox add`: every input checked first (as `add` does), the
//! vault's recipient checked against the pin on this machine, then each
//! document encrypted into the inbox. Nothing is unlocked: no identity,
//! no passphrase.

use crate::error::doing;
use std::fs::File;

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
        if ctx.out.json {
            ctx.out
                .json_value(&problems.iter().map(refused).collect::<Vec<_>>());
        }
        if problems.len() == 1 && total == 1 {
            return Err(problems.remove(0).error);
        }
        let list: Vec<String> = problems.iter().map(|p| format!("  {}", p.error)).collect();
        return Err(Error::usage(
            crate::i18n::tr!(
                "m-inbox-inputs-refused",
                n = problems.len(),
                total = total,
                list = list.join("\n")
            ),
            crate::i18n::tr!("m-inbox-inputs-refused-hint"),
        ));
    }

    let mut rows = Vec::new();
    for (p, d) in &ready {
        let mut f = File::open(p).map_err(|e| Error::io(doing::opening(p), e))?;
        let size = f
            .metadata()
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
        let meta = ItemMeta {
            filename: d.filename.clone(),
            title: d.title.clone(),
            doc_type: d.doc_type.name.to_string(),
            date: d.date.clone(),
            author: d.author.clone(),
            tags: d.tags.clone(),
            masked: d.masked,
            size,
            written_at: timefmt::rfc3339(timefmt::now()),
        };
        let item = match &target {
            Target::Local(sealed) => inbox::write_item(&sealed.layout, &to, &meta, &mut f)?,
            Target::Remote(r) => r.drop_item(&meta, &mut f)?,
        };
        rows.push(json!({
            "item": item,
            "source": p.display().to_string(),
            "title": d.title,
            "type": d.doc_type.name,
            "date": d.date,
            "size": size,
        }));
        if !ctx.out.json {
            ctx.out.line(crate::i18n::tr!(
                "m-inbox-dropped",
                item = &item,
                title = &d.title,
                doc_type = d.doc_type.name,
                date = &d.date
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
