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
        ctx.out.info(format!(
            "profile {child}: {text} is {holder}'s own key: it unlocks the profile as its holder, and documents hidden from guardians are sealed to it"
        ));
        if before > 0 {
            ctx.out.warn(format!(
                "profile {child} already had {before} key(s) of the minor; documents hidden before stay readable with those only"
            ));
        }
    }
    Ok(())
}
