//! `carnet journal head`: the journal's last entry, to note down.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::error::Result;

#[derive(Serialize)]
struct HeadJson<'a> {
    hash: &'a str,
    seq: i64,
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let head = vault.journal_head()?;
    if ctx.out.json {
        ctx.out.json_value(&HeadJson {
            hash: &head.hash,
            seq: head.seq,
        });
    } else {
        ctx.out.line(format!("{} {}", head.seq, head.hash));
        ctx.out.info(format!("{}: journal head", ctx.label()));
    }
    Ok(())
}
