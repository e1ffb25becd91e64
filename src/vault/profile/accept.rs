//! `carnet trust accept ID`: the user accepts the vault found at a
//! location although it is not the one pinned there (they restored or
//! re-created it), or a child's vault whose guardian's MAC is missing or
//! does not match ([`super::unlock::unlock`] with `accept` lets it open
//! and writes the MAC). The acceptance is journaled in the vault, then
//! the location pinned to it.

use std::path::Path;

use serde_json::json;

use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::vault::{pins, Sealed, Vault};

/// `carnet trust accept ID` before the unlock: exit 2 unless the vault
/// in `root` (named `label` to the user) is vault `id`. Returns the id
/// pinned there before, if another.
pub fn accepting(root: &Path, label: &str, id: &str) -> Result<Option<String>> {
    let sealed = Sealed::open(root)?;
    if sealed.config.id != id {
        return Err(Error::usage(
            crate::i18n::tr!(
                "v-accept-other-id",
                label = label,
                found = &sealed.config.id,
                id = id
            ),
            crate::i18n::tr!("v-accept-other-id-hint"),
        ));
    }
    Ok(match pins::check(root, id) {
        pins::Check::Changed(p) => Some(p.vault_id),
        pins::Check::Same | pins::Check::Unpinned => None,
    })
}

impl Vault {
    /// Records that the user accepts this vault where it is (it replaced
    /// vault `previous`, or got its guardian's MAC anew): journaled as
    /// `vault.accept`, then pinned.
    pub fn accept_here(
        &self,
        actor: &JournalActor,
        previous: Option<&str>,
        location: &str,
        guardian_mac: bool,
    ) -> Result<()> {
        let id = &self.config.id;
        self.write(|tx| {
            tx.journal(NewEntry::new(
                actor,
                Action::VaultAccept,
                Some(id),
                json!({ "previous_id": previous, "location": location, "guardian_mac": guardian_mac }),
            ))?;
            Ok(())
        })?;
        // After the journal entry: a crash in between asks for the accept again.
        pins::pin(self.root(), id)
    }
}
