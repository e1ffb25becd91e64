//! After crossed rekeys (docs/sync.md, "Concurrent rekeys"): the key every
//! replica keeps is the later rekey's, which may still be wrapped to the
//! unlock method of a device the other rekey was made to cut off. The
//! first replica that sees both re-keys once more, to every method but
//! the removed devices' (a rekey like `carnet rekey`, published the same
//! way: its clock is later than both, so it wins them). A guardian's
//! vault renews its children's wrappers on the way, as `carnet rekey`
//! does.

use serde_json::json;

use crate::error::Result;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::vault::{keys, UnlockMethod, Vault, WriteLock};

use super::devices::removed_unlock_files;

/// What [`Vault::heal_crossed`] did.
#[derive(Debug)]
pub(crate) enum Healing {
    /// No current wrapper is a removed device's.
    NotNeeded,
    /// Re-keyed; what the children's clean-up left (as `carnet rekey`).
    Healed(Vec<String>),
    /// The unlock agent holds the key (its secret never comes here).
    NeedsAgent,
    /// The vault has a passphrase this session was not opened with: a
    /// rekey without it would drop it.
    NeedsPassphrase,
}

impl Vault {
    /// The current key's wrapper files that belong to removed devices
    /// (their clone recorded them), but the one this session opened with:
    /// while there is one, a removed device can still open the vault key.
    pub fn removed_devices_wrappers(&self) -> Result<Vec<String>> {
        self.removed_devices_wrappers_in(&*self.load()?)
    }

    /// As [`Vault::removed_devices_wrappers`], in `conn`.
    pub(crate) fn removed_devices_wrappers_in(
        &self,
        conn: &rusqlite::Connection,
    ) -> Result<Vec<String>> {
        let removed = removed_unlock_files(conn)?;
        Ok(keys::list(conn)?
            .into_iter()
            .filter(|k| removed.contains(&k.file) && k.file != self.access.file)
            .map(|k| k.file)
            .collect())
    }

    /// As [`Vault::heal_crossed`], taking the write lock (the unlock
    /// agent heals for a sync that released it).
    pub(crate) fn heal_crossed_alone(self) -> Result<(Vault, Healing)> {
        let lock = WriteLock::acquire(&self.layout.lock())?;
        self.check_generation()?;
        self.heal_crossed(&lock)
    }

    /// After the unlock agent healed this vault (its new generation, under
    /// `key`, which the agent holds): the vault as it is now. Built as a
    /// rekey's switch builds it (opening anew would fold failed unlocks,
    /// a commit, under the lock the caller holds).
    pub(crate) fn healed_by_holder(self, key: crate::crypto::VaultKey) -> Result<Vault> {
        let layout = crate::vault::Layout::resolve(&self.layout.root);
        let vault = Vault {
            layout,
            key,
            cache: std::cell::RefCell::new(None),
            cache_mark: Default::default(),
            loaded_mark: Default::default(),
            pending: Default::default(),
            ..self
        };
        // Authenticated with the new key before anything goes out.
        vault.load_fresh()?;
        Ok(vault)
    }

    /// Re-keys without the methods of removed devices when the current
    /// key is still wrapped to one. The caller holds `lock`.
    pub(crate) fn heal_crossed(self, lock: &WriteLock) -> Result<(Vault, Healing)> {
        if self
            .removed_devices_wrappers_in(&self.load_fresh()?)?
            .is_empty()
        {
            return Ok((self, Healing::NotNeeded));
        }
        if self.key.is_held() {
            return Ok((self, Healing::NeedsAgent));
        }
        let passphrase = match self.method() {
            Some(UnlockMethod::Passphrase(p)) => Some(p.clone()),
            _ => None,
        };
        let has_passphrase = keys::list(&self.load_fresh()?)?
            .iter()
            .any(|k| k.kind == "passphrase");
        if has_passphrase && passphrase.is_none() {
            return Ok((self, Healing::NeedsPassphrase));
        }
        let plan = self.rekey_plan(|| Ok(passphrase.clone()))?;
        let fate = plan.passphrase.as_str();
        let done = crate::vault::profile::rekey::run_locked(
            self,
            lock,
            plan.into_wrappers(),
            true,
            |tx, st| {
                tx.journal(NewEntry::new(
                    &JournalActor::system(),
                    Action::VaultRekey,
                    None,
                    json!({
                        "reason": "crossed rekeys",
                        "generation": st.generation,
                        "documents": st.reencrypted,
                        "sealed_for_minor": st.sealed,
                        "unlock_methods": st.unlock_methods,
                        "passphrase": fate,
                    }),
                ))?;
                Ok(())
            },
            |_| {},
        )?;
        Ok((done.vault, Healing::Healed(done.problems)))
    }
}
