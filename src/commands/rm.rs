//! `carnet rm ID…`: delete documents (a professional's only with --force),
//! after a confirmation.

use serde::Serialize;

use crate::cli::args::RmArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};

#[derive(Serialize)]
struct Deleted<'a> {
    deleted: bool,
    id: &'a str,
    title: String,
}

pub fn run(ctx: &Ctx, a: &RmArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let docs = vault.docs_to_delete(&a.ids)?;
    // A held document's title is not the holder's to read yet, even as it goes.
    let hide = vault.hidden_filter()?;
    if let Some(d) = docs.iter().map(|s| &s.doc).find(|d| d.author.is_some()) {
        if !a.force {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "c-rm-by-pro",
                    id = &d.id,
                    author = d.author.clone().unwrap_or_default()
                ),
                crate::i18n::tr!("c-rm-by-pro-hint"),
            ));
        }
    }
    if !a.yes {
        let names: Vec<String> = docs
            .iter()
            .map(|s| format!("{} ({})", s.doc.id, hide.shown_title(&s.doc)))
            .collect();
        if !ctx.confirm(
            &crate::i18n::tr!("c-rm-confirm", names = names.join(", ")),
            "--yes",
        )? {
            ctx.out.info(crate::i18n::tr!("c-rm-nothing-deleted"));
            return Ok(());
        }
    }
    let actor = ctx.actor(&vault)?;
    let removed = vault.delete_docs(&docs, &actor)?;
    if ctx.out.json {
        ctx.out.json_value(
            &removed
                .iter()
                .map(|d| Deleted {
                    deleted: true,
                    id: &d.id,
                    title: hide.shown_title(d),
                })
                .collect::<Vec<_>>(),
        );
    } else {
        for d in &removed {
            ctx.out.info(crate::i18n::tr!(
                "c-rm-deleted",
                label = ctx.label(),
                id = &d.id,
                title = hide.shown_title(d)
            ));
        }
    }
    Ok(())
}
