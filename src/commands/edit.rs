//! `carnet edit ID`: change a document's title, type, date or tags.

use crate::cli::args::EditArgs;
use crate::cli::document::DocJson;
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::model::DocType;
use crate::text::check_field;
use crate::timefmt;
use crate::vault::docs::DocEdit;

pub fn run(ctx: &Ctx, a: &EditArgs) -> Result<()> {
    let edit = DocEdit {
        doc_type: a.doc_type.as_deref().map(DocType::from_arg).transpose()?,
        date: a.date.as_deref().map(timefmt::parse_doc_date).transpose()?,
        title: a.title.clone(),
        add_tags: a.tags.clone(),
        remove_tags: a.untags.clone(),
    };
    if let Some(t) = &a.title {
        if t.trim().is_empty() {
            return Err(Error::usage(
                crate::i18n::tr!("c-flag-empty", flag = "--title"),
                crate::i18n::tr!("c-edit-title-hint"),
            ));
        }
        check_field("--title", t)?;
    }
    for t in &a.tags {
        check_field("--tag", t)?;
    }
    if edit.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("c-nothing-to-change"),
            crate::i18n::tr!("c-edit-nothing-hint"),
        ));
    }
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let shown = vault.visible_doc(&a.id)?;
    let d = vault.edit_doc(&shown, &edit, &actor)?;
    if ctx.out.json {
        ctx.out.json_value(&DocJson::from(&d));
    } else {
        ctx.out.info(crate::i18n::tr!(
            "c-edit-done",
            label = ctx.label(),
            id = &d.id,
            title = &d.title
        ));
    }
    Ok(())
}
