//! After crossed rekeys (docs/sync.md, "Concurrent rekeys"): the key every
//! replica keeps is the later rekey's, which may still be wrapped to the
//! unlock method of a device the other rekey was made to cut off. The
//! first replica that sees both re-keys once more, to every method but
//! the removed devices' (a rekey like `carnet rekey`, published the same
//! way: its clock is later than both, so it wins them).

use serde_json::json;

use crate::error::Result;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::vault::rekey::{self, NewKeys};
use crate::vault::{keys, UnlockMethod, Vault, WriteLock};

use super::devices::removed_unlock_files;

impl Vault {
    /// Re-keys without the methods of removed devices when the current
    /// key is still wrapped to one; `true` if it did. It cannot when the
    /// agent holds the key, when the vault has a passphrase this session
    /// was not opened with (it would be dropped), or when the vault guards
    /// children (their wrappers are renewed by `carnet rekey` only): the
    /// caller then warns.
    pub(super) fn heal_crossed(self, lock: &WriteLock) -> Result<(Vault, bool)> {
        let conn = self.load_fresh()?;
        let removed = removed_unlock_files(&conn)?;
        let rows = keys::list(&conn)?;
        drop(conn);
        let stale = rows
            .iter()
            .any(|k| removed.contains(&k.file) && k.file != self.access.file);
        if !stale
            || self.key.is_held()
            || !crate::vault::profile::place::children_of(&self)?.is_empty()
        {
            return Ok((self, false));
        }
        let passphrase = match self.method() {
            Some(UnlockMethod::Passphrase(p)) => Some(p.clone()),
            _ => None,
        };
        if rows.iter().any(|k| k.kind == "passphrase") && passphrase.is_none() {
            return Ok((self, false));
        }
        let plan = self.rekey_plan(|| Ok(passphrase.clone()))?;
        let fate = plan.passphrase.as_str();
        let prepared = rekey::prepare(
            &self,
            lock,
            NewKeys::Wrap(plan.into_wrappers()),
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
        let (vault, _problems) = rekey::switch(self, prepared)?;
        Ok((vault, true))
    }
}
