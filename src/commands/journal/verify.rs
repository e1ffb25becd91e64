//! `carnet journal verify`: the journal's hash chain, entry by entry.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::vault::journal_view::Chain;

#[derive(Serialize)]
struct VerifyJson<'a> {
    /// Other devices' chains (replicas): each verified too.
    devices: Vec<serde_json::Value>,
    entries: i64,
    hash: &'a str,
    ok: bool,
    seq: i64,
}

pub fn run(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    match vault.verify_journal()? {
        Chain::Intact {
            entries,
            head,
            peers,
        } => {
            ctx.out.done(
                &VerifyJson {
                    devices: peers
                        .iter()
                        .map(
                            |(d, h)| serde_json::json!({"device": d, "seq": h.seq, "hash": h.hash}),
                        )
                        .collect(),
                    entries,
                    hash: &head.hash,
                    ok: true,
                    seq: head.seq,
                },
                || {
                    let mut s = crate::i18n::tr!(
                        "journal-verify-ok",
                        label = ctx.label(),
                        n = entries,
                        seq = head.seq,
                        hash = &head.hash
                    );
                    for (d, h) in &peers {
                        s.push_str(&format!(
                            "\n  {}",
                            crate::i18n::tr!(
                                "journal-verify-device",
                                device = d,
                                seq = h.seq,
                                hash = &h.hash
                            )
                        ));
                    }
                    s
                },
            );
            Ok(())
        }
        Chain::Broken { seq, device } => Err(Error::integrity(
            match device {
                None => crate::i18n::tr!("c-journal-broken", seq = seq.to_string()),
                Some(d) => crate::i18n::tr!(
                    "c-journal-broken-device",
                    seq = seq.to_string(),
                    device = d.to_string()
                ),
            },
            crate::i18n::tr!("c-journal-broken-hint"),
        )),
    }
}
