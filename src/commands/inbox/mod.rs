//! `carnet inbox`: `add` encrypts documents into the vault's inbox with
//! its public recipient (no unlock: a scanner holds no secret); `list`
//! shows what waits without decrypting; `import` folds everything in;
//! `accept` marks inbox imports as seen; `recipient` prints the vault's
//! recipient for a scanner to pin. Docs: docs/inbox.md.

mod add;
mod fold;

use serde_json::json;

use crate::cli::inbox_args::InboxCommand;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::timefmt;
use crate::vault::{inbox, Sealed};

pub fn run(ctx: &Ctx, c: &InboxCommand) -> Result<()> {
    match c {
        InboxCommand::Add(a) => add::run(ctx, a),
        InboxCommand::List => list(ctx),
        InboxCommand::Import => fold::import(ctx),
        InboxCommand::Accept(a) => fold::accept(ctx, a),
        InboxCommand::Recipient => fold::recipient(ctx),
    }
}

/// What waits, read without any key: the items cannot be decrypted here.
fn list(ctx: &Ctx) -> Result<()> {
    let (dir, _) = ctx.vault_dir()?;
    let sealed = Sealed::open(&dir)?;
    let l = inbox::list(&sealed.layout)?;
    let bytes: u64 = l.items.iter().map(|p| p.size).sum();
    let when = |p: &inbox::Pending| {
        p.modified
            .map(|t| timefmt::rfc3339(time::OffsetDateTime::from(t)))
            .unwrap_or_default()
    };
    if ctx.out.json {
        let items: Vec<_> = l
            .items
            .iter()
            .map(|p| json!({ "item": p.name, "size": p.size, "written_at": when(p) }))
            .collect();
        ctx.out.json_value(&json!({
            "count": l.items.len() + l.more,
            "bytes": bytes,
            "items": items,
            "rejected": l.rejected,
            "in_progress": l.temps.len(),
            "strays": l.strays,
        }));
        return Ok(());
    }
    for p in &l.items {
        ctx.out.line(format!(
            "{}  {:>10}  {}",
            p.name,
            p.size,
            timefmt::local_str(&when(p))
        ));
    }
    let mut note = String::new();
    if l.rejected > 0 {
        note += &crate::i18n::tr!("m-inbox-rejected-note", n = l.rejected);
    }
    if !l.strays.is_empty() {
        note += &crate::i18n::tr!("m-inbox-strays-note", names = l.strays.join(", "));
    }
    ctx.out.info(crate::i18n::tr!(
        "m-inbox-waiting",
        label = ctx.label(),
        n = l.items.len() + l.more,
        bytes = bytes,
        note = note
    ));
    Ok(())
}
