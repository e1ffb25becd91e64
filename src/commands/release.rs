//! `carnet release ID`: end the `INVISIBLE_PATIENT` hold of a document
//! once the announcement consultation happened.

use serde::Serialize;

use crate::cli::args::IdArg;
use crate::commands::context::Ctx;
use crate::error::Result;

#[derive(Serialize)]
struct Released<'a> {
    id: &'a str,
    released: bool,
}

pub fn run(ctx: &Ctx, a: &IdArg) -> Result<()> {
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let d = vault.release_doc(&a.id, &actor)?;
    ctx.out.done(
        &Released {
            id: &d.id,
            released: true,
        },
        || {
            crate::i18n::tr!(
                "c-release-done",
                label = ctx.label(),
                id = &d.id,
                title = &d.title
            )
        },
    );
    Ok(())
}
