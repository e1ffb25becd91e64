//! `carnet profile guardian add|rm NAME R`: a second guardian's key on a
//! child's profile, or a guardian cut off.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::Result;

/// `guardian add --json`.
#[derive(Serialize)]
struct Added<'a> {
    added: bool,
    guardian: AddedGuardian<'a>,
    profile: &'a str,
}

#[derive(Serialize)]
struct AddedGuardian<'a> {
    name: &'a str,
    recipient: &'a str,
}

/// `guardian rm --json`.
#[derive(Serialize)]
struct Removed<'a> {
    guardian: RemovedGuardian<'a>,
    profile: &'a str,
    rekey_recommended: bool,
    removed: bool,
}

#[derive(Serialize)]
struct RemovedGuardian<'a> {
    name: &'a str,
    recipient: Option<&'a str>,
    vault_id: Option<&'a str>,
}

pub fn add(ctx: &Ctx, child: &str, recipient: &str, display: Option<&str>) -> Result<()> {
    let r = crypto::parse_recipient(recipient)?;
    let (cctx, v) = ctx.unlock_child(child)?;
    let actor = cctx.actor(&v)?;
    let text = r.to_canonical();
    let name = v.add_guardian(&actor, &r, display, child)?;
    ctx.out.done(
        &Added {
            added: true,
            guardian: AddedGuardian {
                name: &name,
                recipient: &text,
            },
            profile: child,
        },
        || {
            crate::i18n::tr!(
                "c-guardian-added",
                child = child,
                name = name.to_string(),
                key = &text
            )
        },
    );
    Ok(())
}

pub fn rm(ctx: &Ctx, child: &str, who: &str) -> Result<()> {
    let (cctx, v) = ctx.unlock_child(child)?;
    let actor = cctx.actor(&v)?;
    let removed = v.remove_guardian(&actor, who, child)?;
    let k = &removed[0];
    let name = k.name.as_deref().unwrap_or("guardian");
    if ctx.out.json {
        ctx.out.json_value(&Removed {
            guardian: RemovedGuardian {
                name,
                recipient: k.recipient.as_deref(),
                vault_id: k.vault_id.as_deref(),
            },
            profile: child,
            rekey_recommended: true,
            removed: true,
        });
    } else {
        ctx.out.info(crate::i18n::tr!(
            "c-guardian-removed",
            child = child,
            name = name
        ));
        ctx.out
            .warn(crate::i18n::tr!("c-guardian-rekey-advice", child = child));
    }
    Ok(())
}
