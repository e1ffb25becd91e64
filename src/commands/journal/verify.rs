//! `carnet journal verify`: the journal's hash chain, entry by entry.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::vault::journal_view::Chain;

#[derive(Serialize)]
struct VerifyJson<'a> {
    entries: i64,
    hash: &'a str,
    ok: bool,
    seq: i64,
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    match vault.verify_journal()? {
        Chain::Intact { entries, head } => {
            ctx.out.done(
                &VerifyJson {
                    entries,
                    hash: &head.hash,
                    ok: true,
                    seq: head.seq,
                },
                || {
                    format!(
                        "{}: journal ok, {entries} entries, head {} {}",
                        ctx.label(),
                        head.seq,
                        head.hash
                    )
                },
            );
            Ok(())
        }
        Chain::Broken { seq } => Err(Error::integrity(
            format!("journal entry {seq} is damaged: the hash chain breaks there"),
            "the journal was edited outside carnet; restore index.age from a backup you trust",
        )),
    }
}
