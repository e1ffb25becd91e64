//! `carnet show ID`: a document's metadata, and who can see it now.

use crate::cli::args::IdArg;
use crate::cli::show::{fields, ShowJson, Sight};
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::model::Actor;
use crate::policy::Decision;
use crate::vault::inbox;

pub fn run(ctx: &Ctx, a: &IdArg) -> Result<()> {
    let vault = ctx.unlock()?;
    let d = vault.visible_doc(&a.id)?.doc;
    // An inbox import is seen now: exports may carry it from here on.
    let origin = inbox::origin_of(&*vault.load()?, &d.id)?;
    let accepted = origin == inbox::ORIGIN_UNSEEN
        && !vault
            .accept_inbox(std::slice::from_ref(&d), &ctx.actor(&vault)?)?
            .is_empty();
    let judge = vault.judge()?;
    let now = judge.now();
    let pros = vault.professionals()?;
    let access: Vec<(&str, &str, Decision<'_>)> = pros
        .iter()
        .map(|p| {
            let actor = Actor::Professional {
                rpps: p.rpps.clone(),
            };
            (p.rpps.as_str(), p.name.as_str(), judge.decide(&actor, &d))
        })
        .collect();
    // In a child's profile: what its guardians see of it.
    let guardians = judge.for_guardians(&d).as_ref().map(Sight::from);
    if ctx.out.json {
        let mut v = serde_json::to_value(ShowJson::new(&d, now, &access, guardians))
            .expect("show serializes");
        v["origin"] = serde_json::json!(if origin == "holder" {
            "holder"
        } else {
            "inbox"
        });
        ctx.out.json_value(&v);
        return Ok(());
    }
    let names = crate::cli::pro::Names::of(&pros);
    for (k, v) in fields(&d, now, &names) {
        ctx.out.line(format!("{:<16} {v}", crate::i18n::field(k)));
    }
    if origin != "holder" {
        ctx.out.line(format!(
            "{:<16} {}",
            crate::i18n::field("Origin"),
            if accepted {
                crate::i18n::tr!("show-origin-inbox-seen")
            } else {
                crate::i18n::tr!("show-origin-inbox")
            }
        ));
    }
    ctx.out.line("");
    if let Some(g) = guardians {
        ctx.out.line(if g.visible {
            crate::i18n::tr!("show-guardians-see", rule = g.rule)
        } else {
            crate::i18n::tr!("show-guardians-hidden", rule = g.rule)
        });
    }
    if access.is_empty() {
        ctx.out.line(crate::i18n::tr!("show-who-no-pro"));
    } else {
        ctx.out.line(crate::i18n::tr!("show-who"));
        for (rpps, name, dec) in access {
            // Indented under its heading (Fluent drops leading blanks).
            ctx.out.line(format!(
                "  {}",
                crate::i18n::tr!(
                    "x-show-who-line",
                    seen = if dec.visible {
                        crate::i18n::tr!("show-yes")
                    } else {
                        crate::i18n::tr!("show-no")
                    },
                    name = name,
                    rpps = rpps,
                    why = crate::i18n::explain::rule(dec.rule),
                    rule = dec.rule.as_str()
                )
            ));
        }
    }
    ctx.out.info(crate::i18n::tr!(
        "show-done",
        label = ctx.label(),
        id = &d.id
    ));
    Ok(())
}
