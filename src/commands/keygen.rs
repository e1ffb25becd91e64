//! `carnet keygen`: a new age identity for `--recipient` / `key add`; with
//! `--signing`, a professional's bundle-signing key for `carnet bundle
//! create` (`bundle::signing`), whose fingerprint the patient pins with
//! `carnet pro add|edit RPPS --signer FINGERPRINT`.

use crate::error::doing;
use std::io::Write;

use age::secrecy::ExposeSecret;
use serde_json::json;

use crate::cli::args::KeygenArgs;
use crate::commands::context::Ctx;
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::timefmt;

pub fn run(ctx: &Ctx, a: &KeygenArgs) -> Result<()> {
    if a.signing {
        return signing(ctx, a);
    }
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
                    crate::i18n::tr!("c-open-exists", path = path.display().to_string()),
                    crate::i18n::tr!("c-keygen-exists-hint"),
                ));
            }
            let mut f = fsutil::create_new_private(path)?;
            f.write_all(body.as_bytes()).ctx(|| doing::writing(path))?;
            f.sync_all().ctx(|| doing::syncing(path))?;
        }
        _ => {
            if ctx.stdout_is_terminal() {
                ctx.out.warn(crate::i18n::tr!("c-keygen-to-terminal"));
            }
            crate::cli::output::print_stdout(body.as_str())
                .ctx(|| crate::i18n::tr!("c-keygen-stdout-failed"))?;
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

/// `keygen --signing -o FILE`: a new Ed25519 signing key, written once to
/// a new 0600 file (never to stdout: it is only useful as a file for
/// `bundle create --signing-key`); prints the fingerprint.
fn signing(ctx: &Ctx, a: &KeygenArgs) -> Result<()> {
    let Some(path) = a.output.as_ref().filter(|p| p.as_os_str() != "-") else {
        return Err(Error::usage(
            "keygen --signing needs -o FILE",
            "e.g. carnet keygen --signing -o ~/.config/carnet/signature.key (the key is written only to a file)",
        ));
    };
    if std::fs::symlink_metadata(path).is_ok() {
        return Err(Error::usage(
            format!("{} already exists", path.display()),
            "choose another file; carnet never overwrites a key",
        ));
    }
    let mut seed = zeroize::Zeroizing::new([0u8; 32]);
    rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut *seed);
    let key = ed25519_dalek::SigningKey::from_bytes(&seed);
    let fingerprint = crate::crypto::fingerprint(&key.verifying_key());
    let body = crate::bundle::signing::to_file(&key, &timefmt::rfc3339(timefmt::now()));
    let mut f = fsutil::create_new_private(path)?;
    let written = f
        .write_all(body.as_bytes())
        .and_then(|_| f.sync_all())
        .ctx(|| doing::writing(path));
    if let Err(e) = written {
        drop(f);
        let _ = std::fs::remove_file(path);
        return Err(e);
    }
    fsutil::sync_parent(path)?;
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "fingerprint": fingerprint,
            "path": path.display().to_string(),
        }));
    } else {
        crate::cli::output::stderr_line(&crate::i18n::tr!(
            "x-keygen-fingerprint",
            fingerprint = &fingerprint
        ));
        ctx.out.info(crate::i18n::tr!(
            "x-keygen-signing-pin",
            fingerprint = &fingerprint
        ));
    }
    Ok(())
}
