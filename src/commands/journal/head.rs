//! `carnet journal head`: the journal's last entry, to note down.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::error::Result;

#[derive(Serialize)]
struct HeadJson<'a> {
    /// The other devices' chain heads (replicas); this replica's own chain
    /// links each of them in its `sync.merge` entries.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    devices: Vec<serde_json::Value>,
    hash: &'a str,
    seq: i64,
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let head = vault.journal_head()?;
    let peers = vault.journal_peer_heads()?;
    if ctx.out.json {
        ctx.out.json_value(&HeadJson {
            devices: peers
                .iter()
                .map(|(d, h)| serde_json::json!({"device": d, "seq": h.seq, "hash": h.hash}))
                .collect(),
            hash: &head.hash,
            seq: head.seq,
        });
    } else {
        ctx.out.line(format!("{} {}", head.seq, head.hash));
        for (d, h) in &peers {
            ctx.out.line(format!("{d} {} {}", h.seq, h.hash));
        }
        ctx.out
            .info(crate::i18n::tr!("c-journal-head", label = ctx.label()));
    }
    Ok(())
}
