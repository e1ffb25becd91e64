//! The agent's side of a healing rekey (docs/sync.md, "Concurrent
//! rekeys"): a sync working through the agent finds the vault key still
//! wrapped to a removed device's method; the rekey that drops it needs
//! the key's secret, which never leaves the agent, so the agent makes it
//! itself, on the vault it was started for, under the vault's lock (the
//! sync waits for the answer). Nothing secret goes back: the sync then
//! opens the vault through the agent with the new key.
//!
//! A sync the command cannot make through the agent at all (a crossed
//! rekey: absorbing a losing key, or adopting one made from another key,
//! needs the user's unlock method) is made by the agent the same way: it
//! opens the vault with the key and keeps the method it holds, syncs,
//! and answers for the key the sync ends with; only the report goes back.

use std::path::Path;
use std::sync::Arc;

use age::secrecy::{ExposeSecret, SecretString};

use crate::agent::proto::AgentInfo;
use crate::crypto::VaultKey;
use crate::error::{Error, Result};
use crate::vault::replica::heal::Healing;
use crate::vault::replica::sync::SyncReport;
use crate::vault::{Sealed, UnlockMethod, Vault};

/// What the agent's heal did.
pub(crate) enum Outcome {
    /// Re-keyed: the new key, which the agent answers for from now on.
    Healed(age::x25519::Identity),
    NotNeeded,
    /// The vault has a passphrase the agent does not hold (it was started
    /// with an identity): a rekey would drop it.
    NeedsPassphrase,
}

/// The vault `info` names, opened with the key the agent answers for,
/// keeping `method` (a passphrase only if it still opens the vault's
/// passphrase wrapper: one changed since `agent start` is not put back).
fn open(
    key: &age::x25519::Identity,
    method: Option<UnlockMethod>,
    info: &AgentInfo,
) -> Result<Vault> {
    let dir = Path::new(&info.vault);
    // The agent runs in `/`: a relative path would name another folder.
    if !dir.is_absolute() {
        return Err(Error::usage(
            crate::i18n::tr!("y-agent-heal-relative", path = info.vault.clone()),
            crate::i18n::tr!("y-agent-heal-relative-hint"),
        ));
    }
    let sealed = Sealed::open(dir)?;
    if sealed.config.id != info.vault_id {
        return Err(Error::usage(
            crate::i18n::tr!("y-agent-heal-other-vault", path = info.vault.clone()),
            crate::i18n::tr!("y-agent-heal-other-vault-hint"),
        ));
    }
    let key = VaultKey::parse(key.to_string().expose_secret())?;
    let (mut vault, _) = sealed.open_with(key, info.file.clone(), None)?;
    let keep = match &method {
        Some(UnlockMethod::Passphrase(p)) => vault.opens_with_passphrase(p).unwrap_or(false),
        Some(UnlockMethod::Identities { .. }) => true,
        None => false,
    };
    if let (true, Some(m)) = (keep, method) {
        vault.keep_method(Arc::new(m));
    }
    Ok(vault)
}

/// Syncs the vault `info` names with `remote` (empty: its only one); the
/// key the sync ended with, and its report.
pub(crate) fn sync(
    key: &age::x25519::Identity,
    method: Option<UnlockMethod>,
    info: &AgentInfo,
    remote: &str,
) -> Result<(Option<age::x25519::Identity>, SyncReport)> {
    let vault = open(key, method, info)?;
    let (vault, report) = vault.sync((!remote.is_empty()).then_some(remote))?;
    Ok((vault.key().local_identity().cloned(), report))
}

/// Heals the vault `info` names with the key the agent answers for.
/// `passphrase`: the one `agent start` handed over, if any (kept only if
/// it still opens the vault's passphrase wrapper).
pub(crate) fn heal(
    key: &age::x25519::Identity,
    passphrase: Option<&SecretString>,
    info: &AgentInfo,
) -> Result<Outcome> {
    let vault = open(key, passphrase.cloned().map(UnlockMethod::Passphrase), info)?;
    let (vault, healing) = vault.heal_crossed_alone()?;
    Ok(match healing {
        Healing::Healed(_) => match vault.key().local_identity() {
            Some(i) => Outcome::Healed(i.clone()),
            None => Outcome::NotNeeded,
        },
        Healing::NotNeeded => Outcome::NotNeeded,
        Healing::NeedsPassphrase | Healing::NeedsAgent => Outcome::NeedsPassphrase,
    })
}
