//! `carnet init`: a new vault, in a profile or a folder.

use serde_json::json;

use crate::cli::args::InitArgs;
use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::{Error, Result};
use crate::ids;
use crate::timefmt;
use crate::vault::{self, profile, InitOptions, Vault};

pub fn run(ctx: &Ctx, a: &InitArgs) -> Result<()> {
    let (dir, label) = ctx.vault_dir()?;
    if vault::exists(&dir) {
        return Err(Error::usage(
            crate::i18n::tr!("c-init-exists", path = dir.display().to_string()),
            crate::i18n::tr!("c-init-exists-hint"),
        ));
    }
    if let Some(n) = &a.name {
        crate::text::check_field("--name", n)?;
    }
    let birth_date = a
        .birth_date
        .as_deref()
        .map(|d| timefmt::parse_birth_date(d).map(timefmt::ymd))
        .transpose()?;
    let ins = a.ins.as_deref().map(ids::parse_nir).transpose()?;
    let recipients = a
        .recipients
        .iter()
        .map(|r| crypto::parse_recipient(r))
        .collect::<Result<Vec<_>>>()?;
    let passphrase = if a.no_passphrase {
        if recipients.is_empty() {
            return Err(Error::usage(
                crate::i18n::tr!("c-init-no-passphrase"),
                crate::i18n::tr!("c-init-no-passphrase-hint"),
            ));
        }
        None
    } else if let Some(p) = &ctx.g.passphrase_file {
        Some(crypto::read_passphrase_file(p)?)
    } else {
        Some(ctx.new_passphrase(None, "--passphrase-file")?)
    };
    if ctx.g.vault.is_none() {
        profile::make_profiles_dir()?;
    }
    let v = Vault::create(
        &dir,
        InitOptions {
            holder_name: a.name.clone(),
            birth_date,
            ins,
            passphrase,
            recipients,
            guardian: None,
        },
    )?;
    let created_at = v.created_at()?;
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "vault": v.root().display().to_string(),
            "id": v.config.id,
            "created_at": created_at,
            "profile": if ctx.g.vault.is_none() { Some(ctx.profile_name()) } else { None },
        }));
    } else {
        ctx.out.info(crate::i18n::tr!(
            "init-created",
            label = label,
            path = v.root().display().to_string()
        ));
        ctx.out.info(crate::i18n::tr!("init-next"));
    }
    Ok(())
}
