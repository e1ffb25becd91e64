//! What the bundle subcommands share: the bundle's key, decrypting and
//! verifying, and what this vault says about the signer.

use crate::bundle::manifest;
use crate::bundle::read::{self, BundleKey, Sink, Verified};
use crate::bundle::trust::{self, SignerStatus};
use crate::cli::args::BundleKeyArgs;
use crate::commands::context::Ctx;
use crate::crypto::{self, KnownFileKey};
use crate::error::doing;
use crate::error::{Error, IoContext, Result};
use std::fs::File;
use std::io::Read;

/// How to decrypt this bundle: its passphrase if it has one (file, else a
/// prompt, else exit 3), else the identity (`--bundle-identity`, else
/// `--identity`; exit 3 without one).
pub(super) fn bundle_key(ctx: &Ctx, a: &BundleKeyArgs, file: &mut File) -> Result<BundleKey> {
    if read::needs_passphrase(file)? {
        if let Some(f) = &a.bundle_passphrase_file {
            return Ok(BundleKey::Passphrase(crypto::read_passphrase_file(f)?));
        }
        if !ctx.can_prompt() {
            return Err(Error::unlock(
                crate::i18n::tr!("c-bundle-no-prompt"),
                crate::i18n::tr!("c-bundle-no-prompt-hint"),
            ));
        }
        let p = ctx
            .prompter()
            .passphrase(&crate::i18n::tr!(
                "c-bundle-passphrase-of",
                path = a.file.display().to_string()
            ))
            .map_err(|e| {
                Error::unlock(
                    crate::i18n::tr!("err-read-passphrase", detail = e.to_string()),
                    crate::i18n::tr!("err-try-again"),
                )
            })?;
        return Ok(BundleKey::Passphrase(p));
    }
    let Some(path) = a.bundle_identity.as_ref().or(ctx.g.identity.as_ref()) else {
        return Err(Error::unlock(
            crate::i18n::tr!("c-bundle-no-identity"),
            crate::i18n::tr!("c-bundle-no-identity-hint"),
        ));
    };
    let identities = crypto::load_identity_file(path, ctx.prompter())?;
    Ok(BundleKey::Identities {
        identities,
        source: path.display().to_string(),
    })
}

/// Counts plaintext bytes for the progress bar.
pub(super) struct Counting<R> {
    inner: R,
    pb: indicatif::ProgressBar,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pb.inc(n as u64);
        Ok(n)
    }
}

/// Decrypts and verifies a bundle into `sink`, and checks `--signer`;
/// returns what was verified, the bundle's file key (to read it again
/// without the passphrase's scrypt) and a second handle on the file.
pub(super) fn verify_with(
    ctx: &Ctx,
    a: &BundleKeyArgs,
    sink: &mut dyn Sink,
) -> Result<(Verified, KnownFileKey, File)> {
    let signer = a
        .signer
        .as_deref()
        .map(manifest::parse_fingerprint)
        .transpose()?;
    let mut file = read::open_file(&a.file)?;
    let again = file.try_clone().ctx(|| doing::opening(&a.file))?;
    let key = bundle_key(ctx, a, &mut file)?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let (plain, known) = read::decrypt(file, &key)?;
    let pb = ctx
        .out
        .progress_bytes(len, &crate::i18n::tr!("c-progress-verifying"));
    let v = read::read_verified(
        Counting {
            inner: plain,
            pb: pb.clone(),
        },
        sink,
    );
    pb.finish_and_clear();
    let v = v?;
    if let Some(s) = &signer {
        read::check_signer(&v, s)?;
    }
    Ok((v, known, again))
}

/// For `inspect` and `verify`, which need no vault: the signer's status
/// against the vault the global options select, when there is one and the
/// given `--identity` or `--passphrase-file` opens it. Never prompts, and a
/// method that does not open it is not recorded as a failed unlock
/// (checking a bundle is not an attempt on the vault). `Err` says why there
/// is no status.
pub(super) fn peek_signer(ctx: &Ctx, v: &Verified) -> std::result::Result<SignerStatus, String> {
    let why_not = || crate::i18n::tr!("c-bundle-no-vault-to-compare");
    // A passphrase read from stdin cannot be read twice (the peek, then
    // the unlock): no status then.
    let stdin_passphrase = ctx
        .g
        .passphrase_file
        .as_ref()
        .is_some_and(|p| p.as_os_str() == "-");
    if !crate::commands::context::vault_exists(ctx)
        || (ctx.g.identity.is_none() && ctx.g.passphrase_file.is_none())
        || stdin_passphrase
    {
        return Err(why_not());
    }
    // Nobody is asked anything: a peek must never prompt.
    let mut quiet = Ctx::new(
        crate::cli::args::GlobalOpts {
            no_input: true,
            ..ctx.g.clone()
        },
        crate::prompt::nobody(),
    );
    quiet.out = ctx.out.clone();
    let opens = quiet
        .sealed()
        .and_then(|s| Ok(s.try_unwrap(&quiet.unlock_method()?)?.is_some()))
        .unwrap_or(false);
    if !opens {
        return Err(why_not());
    }
    let view = quiet
        .unlock()
        .and_then(|vault| vault.bundle_view())
        .map_err(|e| crate::i18n::tr!("c-bundle-vault-unreadable", detail = e.to_string()))?;
    Ok(trust::signer_status(&v.fingerprint, &view.own, &view.pros))
}
