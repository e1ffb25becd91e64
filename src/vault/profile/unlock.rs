//! Opening a vault with the user's method: directly (any of its
//! wrappers), else, for a child's vault, through a guardian's own vault
//! named in its `profile.json`. Every vault opened must be the one pinned
//! at its location ([`pins`]), and a child opened through a guardian must
//! carry that guardian's MAC ([`guardian`]): exit 6 otherwise.

use std::path::Path;
use std::sync::Arc;

use crate::crypto::VaultKey;
use crate::error::{Error, Result};
use crate::journal::anchor;
use crate::vault::profile::file;
use crate::vault::profile::place::{label, selector};
use crate::vault::{guardian, pins, Sealed, UnlockMethod, UnlockReport, Vault, Via};

/// Unlocks `sealed` with the user's method, directly or through a
/// guardian's vault. A failure is recorded in the vault asked for; after
/// a handover, a guardian is told the profile was handed over.
///
/// `accept` is the id of a vault the user accepts (`carnet trust
/// accept`): it may differ from the pinned one, and its guardian's MAC,
/// missing or not matching, is written anew. The caller journals the
/// acceptance and pins the location.
pub fn unlock(
    sealed: Sealed,
    method: &Arc<UnlockMethod>,
    accept: Option<&str>,
) -> Result<(Vault, UnlockReport)> {
    let accepting = accept == Some(sealed.config.id.as_str());
    let pin = pins::check(&sealed.layout.root, &sealed.config.id);
    if let pins::Check::Changed(p) = &pin {
        if !accepting {
            return Err(pin_changed(&sealed.layout.root, p, &sealed.config.id));
        }
    }
    if let Some((key, file)) = sealed.try_unwrap(method)? {
        let (mut v, report) = sealed.open_with(key, file, None)?;
        v.keep_method(method.clone());
        pin_first_use(&v, &pin)?;
        return Ok((v, report));
    }
    let Some(pf) = file::read(&sealed.layout.root)? else {
        if matches!(method.as_ref(), UnlockMethod::Passphrase(_))
            && !sealed.layout.passphrase_key().exists()
        {
            // The usual "this vault has no passphrase" (exit 3).
            return sealed.unlock(method);
        }
        return Err(sealed.failed(method));
    };
    let name = label(&sealed.layout.root);
    if let Some(at) = &pf.handed_over_at {
        sealed.record_failed_unlock(method);
        return Err(handed_over(&name, at));
    }
    for parent in &pf.parents {
        let Some(dir) = parent.locate() else {
            continue;
        };
        let Ok(mut psealed) = Sealed::open(&dir) else {
            continue;
        };
        if psealed.config.id != parent.vault_id {
            continue;
        }
        // The guardian's vault must be the one pinned where it is, too.
        let ppin = pins::check(&dir, &psealed.config.id);
        if let pins::Check::Changed(p) = &ppin {
            return Err(pin_changed(&dir, p, &psealed.config.id));
        }
        psealed.prefer_recipients(sealed.preferred());
        let Some((pkey, pfile_name)) = psealed.try_unwrap(method)? else {
            continue;
        };
        let via_label = parent.label();
        let (pvault, preport) = psealed.open_with(pkey, pfile_name, None)?;
        pin_first_use(&pvault, &ppin)?;
        let via = Via {
            vault_id: parent.vault_id.clone(),
            label: via_label.clone(),
        };
        if let Some((v, mut report)) = open_via(&sealed, &pvault, via, &pin, accepting)? {
            report.extend_from(preport, &via_label);
            return Ok((v, report));
        }
    }
    if !sealed.rejected_keys().is_empty() {
        return Err(sealed.planted_error(method));
    }
    sealed.record_failed_unlock(method);
    Err(Error::unlock(
        crate::i18n::tr!(
            "v-profile-no-unlock",
            name = name,
            method = match method.as_ref() {
                UnlockMethod::Passphrase(_) => crate::i18n::tr!("v-this-passphrase"),
                UnlockMethod::Identities { source, .. } => source.clone(),
            }
        ),
        crate::i18n::tr!("v-profile-no-unlock-hint"),
    ))
}

/// Unlocks `sealed` with a key the unlock agent holds, and the wrapper
/// file that opened it when the agent started (it says who acts): the
/// location must still hold the pinned vault, and the index must
/// authenticate with the key (else exit 6).
pub fn unlock_held(
    sealed: Sealed,
    key: VaultKey,
    file: String,
    accept: Option<&str>,
) -> Result<(Vault, UnlockReport)> {
    let pin = pins::check(&sealed.layout.root, &sealed.config.id);
    if let pins::Check::Changed(p) = &pin {
        if accept != Some(sealed.config.id.as_str()) {
            return Err(pin_changed(&sealed.layout.root, p, &sealed.config.id));
        }
    }
    let (v, report) = sealed.open_with(key, file, None)?;
    pin_first_use(&v, &pin)?;
    Ok((v, report))
}

/// Opens a child's vault with its guardian's vault key, with the checks
/// of [`unlock`] (pin, guardian's MAC). `Ok(None)`: no wrapper of this
/// guardian opens it.
pub fn open_child(guardian: &Vault, dir: &Path) -> Result<Option<Vault>> {
    let sealed = Sealed::open(dir)?;
    let pin = pins::check(dir, &sealed.config.id);
    if let pins::Check::Changed(p) = &pin {
        return Err(pin_changed(dir, p, &sealed.config.id));
    }
    let via = Via {
        vault_id: guardian.config.id.clone(),
        label: label(guardian.root()),
    };
    Ok(open_via(&sealed, guardian, via, &pin, false)?.map(|(v, _)| v))
}

/// Pins a vault at its location the first time this machine opens it
/// (trust on first use), and any new spelling of a pinned location.
fn pin_first_use(v: &Vault, pin: &pins::Check) -> Result<()> {
    match pin {
        // A changed pin is replaced only by `trust accept`, once journaled.
        pins::Check::Changed(_) => Ok(()),
        pins::Check::Unpinned | pins::Check::Same => pins::pin_missing(v.root(), &v.config.id),
    }
}

/// Exit 6: the vault in `root` is not the one pinned there.
fn pin_changed(root: &Path, pinned: &pins::Pin, found: &str) -> Error {
    Error::integrity(
        crate::i18n::tr!(
            "v-pin-changed",
            label = label(root),
            pinned = pinned.vault_id.to_string(),
            at = pinned.pinned_at.to_string(),
            found = found
        ),
        crate::i18n::tr!(
            "v-pin-changed-hint",
            selector = selector(root),
            found = found
        ),
    )
}

/// Opens the child's vault `sealed` with the guardian's vault key and
/// checks the guardian's MAC beside the wrapper that opened. `Ok(None)`:
/// no wrapper of this guardian opens it. A child without a MAC (made by
/// an older carnet) opens when this machine already knew it (pinned here,
/// or its journal head remembered) and gets its MAC then.
fn open_via(
    sealed: &Sealed,
    guardian: &Vault,
    via: Via,
    pin: &pins::Check,
    accepting: bool,
) -> Result<Option<(Vault, UnlockReport)>> {
    let m = UnlockMethod::Identities {
        identities: vec![guardian.key().boxed_identity()],
        source: format!("the vault of {}", via.label),
    };
    let prefer = [guardian.key().recipient().to_string()];
    let Some((key, file)) = sealed.try_unwrap_preferring(&m, &prefer)? else {
        return Ok(None);
    };
    let root = &sealed.layout.root;
    let id = &sealed.config.id;
    let known_here = match pin {
        pins::Check::Same => true,
        pins::Check::Unpinned => anchor::load(id).is_some(),
        pins::Check::Changed(_) => false,
    };
    let write_mac = match guardian::verify(&sealed.layout, &file, guardian.key(), id, &key)? {
        guardian::Status::Valid => None,
        guardian::Status::Renew => Some(crate::i18n::tr!("x-mac-after-rekey")),
        guardian::Status::Missing if accepting => Some(crate::i18n::tr!("x-mac-accepted")),
        guardian::Status::Missing if known_here => Some(crate::i18n::tr!("x-mac-older-carnet")),
        guardian::Status::Missing => {
            return Err(Error::integrity(
                crate::i18n::tr!(
                    "v-no-guardian-mac",
                    label = label(root),
                    guardian = via.label.to_string(),
                    wrapper = sealed.layout.key_display(&file)
                ),
                unknown_child_hint(root, guardian, id),
            ))
        }
        guardian::Status::Invalid(_) if accepting => Some(crate::i18n::tr!("x-mac-accepted")),
        guardian::Status::Invalid(why) => {
            return Err(Error::integrity(
                crate::i18n::tr!(
                    "v-bad-guardian-mac",
                    label = label(root),
                    guardian = via.label.to_string(),
                    mac = guardian::path(&sealed.layout, &file)
                        .strip_prefix(root)
                        .map(|p| p.display().to_string())
                        .unwrap_or_default(),
                    why = why.to_string()
                ),
                crate::i18n::tr!(
                    "v-bad-guardian-mac-hint",
                    more = unknown_child_hint(root, guardian, id)
                ),
            ))
        }
    };
    let (mut v, report) = sealed.open_with(key, file, Some(via))?;
    v.keep_guardian_key(guardian.key().clone());
    if let Some(why) = write_mac {
        // Only now: the child's index authenticated with its key.
        v.write_guardian_mac(guardian.key(), &why)?;
    }
    pin_first_use(&v, pin)?;
    Ok(Some((v, report)))
}

/// What to do with a child's profile the guardian's MAC does not vouch
/// for: anyone who can write the data folder can plant one wrapped to the
/// guardian's public recipient, so accepting is only for a vault the user
/// can tell is theirs (their own journal names the profiles they created,
/// with vault ids); anything else is removed, not accepted.
fn unknown_child_hint(root: &Path, guardian: &Vault, id: &str) -> String {
    let dir = root.display().to_string();
    let plain = dir
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/._-+,:@".contains(&b));
    let dir = if plain {
        dir
    } else {
        format!("'{}'", dir.replace('\'', "'\\''"))
    };
    crate::i18n::tr!(
        "v-unknown-child-hint",
        dir = dir,
        guardian = selector(&guardian.layout.root),
        selector = selector(root),
        id = id
    )
}

fn handed_over(name: &str, at: &str) -> Error {
    Error::unlock(
        crate::i18n::tr!(
            "v-unlock-handed-over",
            name = name,
            at = crate::timefmt::local_str(at)
        ),
        crate::i18n::tr!("v-unlock-handed-over-hint"),
    )
}
