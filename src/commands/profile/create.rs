//! `carnet profile create NAME --birth-date DATE`: a child's profile,
//! opened by whatever opens your own vault.

use serde::Serialize;

use crate::cli::args::ProfileCreateArgs;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::timefmt;
use crate::vault::profile::{self, create, ParentRef};

/// `--json`; fields in name order (the order of the JSON object it replaced).
#[derive(Serialize)]
struct Created<'a> {
    birth_date: String,
    guardian: &'a str,
    holder: &'a str,
    id: &'a str,
    profile: &'a str,
    vault: String,
}

pub fn run(ctx: &Ctx, a: &ProfileCreateArgs) -> Result<()> {
    profile::check_name(&a.child)?;
    if let Some(n) = &a.holder_name {
        crate::text::check_field("--name", n)?;
    }
    let birth = timefmt::parse_birth_date(&a.birth_date)?;
    let today = timefmt::now().date();
    let dir = create::new_dir(&a.child)?;
    let (pdir, plabel) = ctx.vault_dir()?;
    create::check_guardian(&a.child, &dir, &pdir, &plabel)?;
    let parent = ctx.unlock()?;
    let actor = ctx.actor(&parent)?;
    let child = create::NewChild {
        name: a.child.clone(),
        birth,
        holder_name: a.holder_name.clone(),
        parent: ParentRef {
            vault_id: parent.config.id.clone(),
            profile: ctx.g.vault.is_none().then(|| ctx.profile_name()),
            path: ctx
                .g
                .vault
                .as_ref()
                .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone())),
        },
        parent_label: plabel.clone(),
    };
    let made = create::create(&parent, &actor, &child, today)?;
    let born = timefmt::ymd(birth);
    if ctx.out.json {
        ctx.out.json_value(&Created {
            birth_date: born,
            guardian: &made.guardian_name,
            holder: &made.holder_name,
            id: &made.vault.config.id,
            profile: &a.child,
            vault: made.dir.display().to_string(),
        });
    } else {
        ctx.out.info(crate::i18n::tr!(
            "c-profile-created",
            child = a.child.to_string(),
            holder = made.holder_name.to_string(),
            born = timefmt::day(birth),
            parent = plabel.to_string()
        ));
        ctx.out.info(crate::i18n::tr!(
            "c-profile-created-next",
            child = a.child.to_string()
        ));
    }
    Ok(())
}
