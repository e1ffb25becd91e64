//! `carnet keygen`: a new age identity for `--recipient` / `key add`.

use std::io::Write;

use age::secrecy::ExposeSecret;
use serde_json::json;

use crate::cli::args::KeygenArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::timefmt;

pub fn run(ctx: &Ctx, a: &KeygenArgs) -> Result<()> {
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
        crate::cli::output::stderr_line(&crate::i18n::tr!("keygen-public-key", key = &public));
    }
    Ok(())
}
