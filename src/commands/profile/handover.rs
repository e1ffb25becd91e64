//! `carnet profile handover NAME`: at majority, the profile becomes the
//! young adult's own; the guardians are cut off.

use serde::Serialize;

use crate::cli::args::HandoverArgs;
use crate::commands::context::Ctx;
use crate::crypto::{self, ParsedRecipient};
use crate::error::Result;

/// `--json`; fields in name order (the order of the JSON object it replaced).
#[derive(Serialize)]
struct HandedOver<'a> {
    documents: usize,
    forced: bool,
    generation: &'a str,
    guardians_removed: &'a [String],
    handed_over: bool,
    profile: &'a str,
    sealed_for_minor: usize,
    unlock_methods: Methods<'a>,
}

#[derive(Serialize)]
struct Methods<'a> {
    passphrase: bool,
    recipients: &'a [String],
}

pub fn run(ctx: &Ctx, a: &HandoverArgs) -> Result<()> {
    let recipients: Vec<ParsedRecipient> = a
        .recipients
        .iter()
        .map(|r| crypto::parse_recipient(r))
        .collect::<Result<_>>()?;
    let (cctx, v) = ctx.unlock_child(&a.child)?;
    let due = v.handover_due(&a.child, a.force)?;
    let forced = due.early;
    let passphrase = match &a.new_passphrase_file {
        Some(f) => Some(crypto::read_passphrase_file(f)?),
        None if recipients.is_empty() => Some(ctx.new_passphrase(None, "--new-passphrase-file")?),
        None => None,
    };
    let actor = cctx.actor(&v)?;
    let pb = ctx.out.progress_bytes(
        v.rekey_bytes()?,
        &crate::i18n::tr!("c-progress-reencrypting"),
    );
    let done = v.handover(due, &a.child, &recipients, passphrase, &actor, |n| {
        pb.inc(n)
    });
    pb.finish_and_clear();
    let done = done?;
    for p in &done.problems {
        ctx.out.warn(crate::i18n::tr!(
            "c-handover-problem",
            problem = p.to_string(),
            child = a.child.to_string()
        ));
    }
    let stats = &done.stats;
    if ctx.out.json {
        ctx.out.json_value(&HandedOver {
            documents: stats.reencrypted,
            forced,
            generation: &stats.generation,
            guardians_removed: &done.guardians_removed,
            handed_over: true,
            profile: &a.child,
            sealed_for_minor: stats.sealed,
            unlock_methods: Methods {
                passphrase: done.passphrase,
                recipients: &done.recipients,
            },
        });
        return Ok(());
    }
    ctx.out.info(crate::i18n::tr!(
        "c-handover-done",
        child = a.child.to_string(),
        holder = done.holder.to_string(),
        forced = if forced { "yes" } else { "no" },
        n = stats.reencrypted
    ));
    let mut methods = done.recipients.clone();
    if done.passphrase {
        methods.push(crate::i18n::tr!("c-handover-a-passphrase"));
    }
    ctx.out.info(crate::i18n::tr!(
        "c-handover-opens-with",
        methods = methods.join(", ")
    ));
    if !done.guardians_removed.is_empty() {
        ctx.out.info(crate::i18n::tr!(
            "c-handover-guardians-removed",
            names = done.guardians_removed.join(", ")
        ));
    }
    if stats.sealed > 0 {
        ctx.out
            .info(crate::i18n::tr!("c-handover-sealed", n = stats.sealed));
    }
    Ok(())
}
