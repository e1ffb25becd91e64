//! `carnet init` and `carnet keygen`.

use std::io::Write;

use age::secrecy::ExposeSecret;
use serde_json::json;

use crate::cli::args::{InitArgs, KeygenArgs};
use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::ids;
use crate::timefmt;
use crate::vault::{self, InitOptions, Vault};

pub fn init(ctx: &Ctx, a: &InitArgs) -> Result<()> {
    let (dir, label) = ctx.vault_dir()?;
    if vault::exists(&dir) {
        return Err(Error::usage(
            format!("a vault already exists in {}", dir.display()),
            "choose another --vault or --profile; carnet never overwrites a vault",
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
                "--no-passphrase needs at least one --recipient to unlock with",
                "add --recipient age1… (see `carnet keygen`), or drop --no-passphrase",
            ));
        }
        None
    } else if let Some(p) = &ctx.g.passphrase_file {
        Some(crypto::read_passphrase_file(p)?)
    } else {
        Some(ctx.new_passphrase(None, "--passphrase-file")?)
    };
    if ctx.g.vault.is_none() {
        fsutil::create_private_dir(&crate::commands::context::profiles_dir()?)?;
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
    let conn = v.load()?;
    let created_at = crate::vault::store::get_meta(&conn, "created_at")?.unwrap_or_default();
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "vault": v.root().display().to_string(),
            "id": v.config.id,
            "created_at": created_at,
            "profile": if ctx.g.vault.is_none() { Some(ctx.profile_name()) } else { None },
        }));
    } else {
        ctx.out
            .info(format!("created {label} in {}", v.root().display()));
        ctx.out
            .info("next: carnet add FILE…   (carnet --help for more)");
    }
    Ok(())
}

pub fn keygen(ctx: &Ctx, a: &KeygenArgs) -> Result<()> {
    let id = age::x25519::Identity::generate();
    let public = id.to_public().to_string();
    let created = timefmt::rfc3339(timefmt::now());
    let body = zeroize::Zeroizing::new(format!(
        "# created: {created}\n# public key: {public}\n{}\n",
        id.to_string().expose_secret()
    ));
    match &a.output {
        Some(path) if path.as_os_str() != "-" => {
            if path.exists() {
                return Err(Error::usage(
                    format!("{} already exists", path.display()),
                    "choose another file; carnet never overwrites an identity",
                ));
            }
            let mut f = fsutil::create_new_private(path)?;
            f.write_all(body.as_bytes())
                .ctx(|| format!("writing {}", path.display()))?;
            f.sync_all().ctx(|| format!("syncing {}", path.display()))?;
        }
        _ => {
            if ctx.stdout_is_terminal() {
                ctx.out
                    .warn("writing a secret key to the terminal; prefer -o FILE");
            }
            crate::cli::output::print_stdout(body.as_str())
                .ctx(|| "writing the new key to stdout (nothing was kept)".into())?;
        }
    }
    if ctx.out.json {
        if a.output.as_ref().is_some_and(|p| p.as_os_str() != "-") {
            ctx.out.json_value(&json!({ "recipient": public }));
        }
    } else {
        eprintln!("Public key: {public}");
    }
    Ok(())
}
