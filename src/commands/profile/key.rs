//! `carnet profile key NAME R`: the minor's own key on their profile.

use serde::Serialize;

use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::Result;

/// `--json`; fields in name order (the order of the JSON object it replaced).
#[derive(Serialize)]
struct Added<'a> {
    added: bool,
    profile: &'a str,
    recipient: &'a str,
    role: &'a str,
}

pub fn run(ctx: &Ctx, child: &str, recipient: &str) -> Result<()> {
    let r = crypto::parse_recipient(recipient)?;
    let (cctx, v) = ctx.unlock_child(child)?;
    let actor = cctx.actor(&v)?;
    let text = r.to_canonical();
    let holder = v.holder_name()?;
    let before = v.add_minor_key(&actor, &r, child)?;
    if ctx.out.json {
        ctx.out.json_value(&Added {
            added: true,
            profile: child,
            recipient: &text,
            role: "minor",
        });
    } else {
        ctx.out.info(crate::i18n::tr!(
            "c-profile-minor-key",
            child = child.to_string(),
            key = &text,
            holder = holder.to_string()
        ));
        if before > 0 {
            ctx.out.warn(crate::i18n::tr!(
                "c-profile-minor-key-before",
                child = child.to_string(),
                n = before
            ));
        }
    }
    Ok(())
}
