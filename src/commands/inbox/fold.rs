//! The holder's side of the inbox: `import` (fold all), `accept`,
//! `recipient`.

use serde_json::json;

use crate::cli::inbox_args::InboxAcceptArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::vault::inbox::{self, FoldReport};

/// Folds batch after batch until the inbox is empty (or a fold makes no
/// progress), each batch its own commit.
pub fn import(ctx: &Ctx) -> Result<()> {
    ctx.no_inbox_fold();
    let vault = ctx.unlock()?;
    let mut all = FoldReport::default();
    loop {
        let r = inbox::fold(&vault)?;
        let progress = !r.is_empty();
        all.added.extend(r.added);
        all.duplicates.extend(r.duplicates);
        all.already += r.already;
        all.rejected.extend(r.rejected);
        all.left = r.left;
        all.retired_key += r.retired_key;
        all.recipient = r.recipient;
        if r.left == 0 || !progress {
            break;
        }
    }
    if ctx.out.json {
        let added: Vec<_> = all
            .added
            .iter()
            .map(|d| {
                json!({ "id": d.id, "title": d.title, "type": d.doc_type.name, "date": d.date, "size": d.size, "sha256": d.sha256 })
            })
            .collect();
        ctx.out.json_value(&json!({
            "added": added,
            "duplicates": all.duplicates.iter().map(|(i, d)| json!({"item": i, "doc": d})).collect::<Vec<_>>(),
            "rejected": all.rejected.iter().map(|(i, w)| json!({"item": i, "reason": w.reason()})).collect::<Vec<_>>(),
            "left": all.left,
        }));
    } else {
        for d in &all.added {
            ctx.out.line(crate::i18n::tr!(
                "m-inbox-added",
                id = &d.id,
                title = &d.title,
                doc_type = d.doc_type.name,
                date = crate::timefmt::local_str(&d.date)
            ));
        }
    }
    if all.is_empty() && all.left == 0 && !ctx.out.json {
        ctx.out
            .info(crate::i18n::tr!("m-inbox-empty", label = ctx.label()));
    } else {
        ctx.tell_fold(&all);
    }
    Ok(())
}

/// Marks inbox imports as seen (`inbox.accept`).
pub fn accept(ctx: &Ctx, a: &InboxAcceptArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let docs = if a.all {
        vault.unseen_inbox_docs()?
    } else {
        vault
            .visible_docs(&a.ids)?
            .into_iter()
            .map(|s| s.doc)
            .collect()
    };
    let conn = vault.load()?;
    for d in &docs {
        if !a.all && inbox::origin_of(&conn, &d.id)? == "holder" {
            return Err(Error::usage(
                crate::i18n::tr!("m-inbox-not-an-import", id = &d.id),
                crate::i18n::tr!("m-inbox-not-an-import-hint"),
            ));
        }
    }
    drop(conn);
    let done = vault.accept_inbox(&docs, &actor)?;
    ctx.out.done(&json!({ "accepted": done }), || {
        crate::i18n::tr!("m-inbox-accepted", label = ctx.label(), n = done.len())
    });
    Ok(())
}

/// The vault's recipient, from its key (not from the `recipient` file,
/// which anyone who can write the folder can replace).
pub fn recipient(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let r = vault.key().recipient().to_string();
    let sealed = crate::vault::Sealed::open(vault.root())?;
    if sealed.recipient().map(|f| f.to_string()).ok().as_deref() != Some(r.as_str()) {
        ctx.out.warn(crate::i18n::tr!(
            "m-inbox-recipient-replaced",
            recipient = &r
        ));
    }
    if ctx.out.json {
        ctx.out.json_value(&json!({ "recipient": r }));
    } else {
        ctx.out.line(&r);
    }
    Ok(())
}
