//! `carnet list`: the documents the user may see, filtered, newest first.

use crate::cli::args::ListArgs;
use crate::cli::document::{docs_json, human_size};
use crate::cli::pro::Names;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::model::{Actor, DocType, Document};
use crate::timefmt;
use crate::vault::hidden::PLACEHOLDER_TITLE;
use crate::vault::inbox;
use crate::vault::visibility::DocFilter;

pub fn run(ctx: &Ctx, a: &ListArgs) -> Result<()> {
    let filter = filter(a)?;
    let vault = ctx.unlock()?;
    let l = vault.list_visible(&filter)?;
    let (from_inbox, unseen) = {
        let conn = vault.load()?;
        (inbox::from_inbox(&conn)?, inbox::unseen(&conn)?)
    };
    if ctx.out.json {
        let v: Vec<_> = docs_json(&l.docs)
            .into_iter()
            .zip(&l.docs)
            .map(|(j, d)| j.from_inbox(from_inbox.contains(&d.id)))
            .collect();
        ctx.out.json_value(&v);
        return Ok(());
    }
    let holder = vault.access().policy_actor() == Actor::Holder;
    let note = if !holder && l.sealed > 0 {
        crate::i18n::tr!("list-more-sealed", n = l.sealed)
    } else if l.hidden_now > 0 {
        crate::i18n::tr!("list-more-hidden", n = l.hidden_now)
    } else {
        String::new()
    };
    if l.docs.is_empty() {
        ctx.out.info(crate::i18n::tr!(
            "list-none",
            label = ctx.label(),
            note = note
        ));
        return Ok(());
    }
    let names = Names::of(&vault.professionals()?);
    ctx.out.table(
        &[
            "ID", "DATE", "TYPE", "TITLE", "AUTHOR", "TAGS", "FLAGS", "SIZE",
        ],
        l.docs
            .iter()
            .map(|d| {
                let mut r = row(d, &names);
                if unseen.contains(&d.id) {
                    r[6] = join_flag(&r[6], &crate::i18n::tr!("flag-inbox-unseen"));
                } else if from_inbox.contains(&d.id) {
                    r[6] = join_flag(&r[6], &crate::i18n::tr!("flag-inbox"));
                }
                r
            })
            .collect(),
    );
    ctx.out.info(crate::i18n::tr!(
        "list-count",
        label = ctx.label(),
        n = l.docs.len(),
        note = note
    ));
    if l.still_sealed > 0 && holder {
        ctx.out
            .info(crate::i18n::tr!("list-still-sealed", n = l.still_sealed));
    }
    Ok(())
}

/// The filters, checked before anything is unlocked.
fn filter(a: &ListArgs) -> Result<DocFilter> {
    Ok(DocFilter {
        types: a
            .doc_type
            .iter()
            .map(|t| DocType::from_arg(t))
            .collect::<Result<_>>()?,
        author: a.author.as_ref().map(|r| r.to_string()),
        tag: a.tag.clone(),
        since: a
            .since
            .as_deref()
            .map(timefmt::parse_doc_date)
            .transpose()?,
        until: a
            .until
            .as_deref()
            .map(timefmt::parse_doc_date)
            .transpose()?,
        masked: if a.masked {
            Some(true)
        } else if a.unmasked {
            Some(false)
        } else {
            None
        },
        search: a.search.clone(),
        search_authors: Vec::new(),
        limit: a.limit,
    })
}

fn join_flag(flags: &str, more: &str) -> String {
    if flags.is_empty() {
        more.to_string()
    } else {
        format!("{flags}, {more}")
    }
}

fn row(d: &Document, names: &Names) -> Vec<String> {
    let mut flags = Vec::new();
    if d.masked {
        flags.push(crate::i18n::tr!("flag-masked"));
    }
    if !d.masked_from.is_empty() {
        flags.push(crate::i18n::tr!(
            "flag-masked-from",
            n = d.masked_from.len()
        ));
    }
    if d.hidden_from_guardians {
        flags.push(crate::i18n::tr!("flag-hidden-from-guardians"));
    }
    if d.hidden_from_guardians && d.title == PLACEHOLDER_TITLE {
        flags.push(crate::i18n::tr!("flag-sealed-minor"));
    }
    vec![
        d.id.clone(),
        crate::timefmt::local_str(&d.date),
        d.doc_type.name.to_string(),
        d.title.clone(),
        d.author
            .as_deref()
            .map(|a| names.label_if_known(a))
            .unwrap_or_default(),
        d.tags.join(", "),
        flags.join(", "),
        human_size(d.size),
    ]
}
