//! Changing how the vault unlocks (`carnet passwd`, `key add`, `key list`,
//! `key rm`): each change writes its wrapper file and its `unlock_keys` row
//! and journal entry in one commit; a removed wrapper's file goes after the
//! commit (a crash in between leaves a leftover `check --repair` removes,
//! never a method the index names without its file).

use age::secrecy::SecretString;
use serde_json::json;

use crate::crypto::{self, ParsedRecipient};
use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::keys::{self, KeyInfo, Owner, Role};
use crate::vault::Vault;

impl Vault {
    /// The vault's unlock methods, oldest first.
    pub fn unlock_methods(&self) -> Result<Vec<KeyInfo>> {
        keys::list(&*self.load()?)
    }

    /// Whether the vault has a passphrase.
    pub fn has_passphrase(&self) -> bool {
        self.layout.passphrase_key().exists()
    }

    /// Sets the passphrase, replacing any previous one; `actor` is
    /// journaled. Returns whether one was replaced.
    pub fn set_passphrase(&self, pass: SecretString, actor: &JournalActor) -> Result<bool> {
        let had = self.has_passphrase();
        let owner = self.owner_of_new_method(None);
        self.write(|tx| {
            keys::add_passphrase_owned(
                &self.layout,
                tx.conn,
                self.key(),
                pass,
                &owner,
                &timefmt::rfc3339(tx.now),
            )?;
            tx.journal(NewEntry::new(
                actor,
                Action::Passwd,
                None,
                json!({ "replaced": had }),
            ))?;
            Ok(had)
        })
    }

    /// Lets `recipient` unlock the vault (exit 2 if it already does);
    /// `actor` is journaled.
    pub fn add_unlock_recipient(
        &self,
        recipient: &ParsedRecipient,
        label: Option<&str>,
        actor: &JournalActor,
    ) -> Result<()> {
        let text = recipient.to_canonical();
        let owner = self.owner_of_new_method(label);
        self.write(|tx| {
            keys::add_recipient_owned(
                &self.layout,
                tx.conn,
                self.key(),
                recipient,
                &owner,
                &timefmt::rfc3339(tx.now),
            )?;
            tx.journal(NewEntry::new(
                actor,
                Action::KeyAdd,
                None,
                json!({ "recipient": text, "kind": crypto::recipient_kind(&text), "label": label }),
            ))?;
            Ok(())
        })
    }

    /// Removes the unlock method of `recipient` (exit 4 if there is none;
    /// exit 2 if it is the last one); `actor` is journaled. Returns the
    /// method removed.
    pub fn remove_unlock_recipient(
        &self,
        recipient: &str,
        actor: &JournalActor,
    ) -> Result<KeyInfo> {
        let removed = self.write(|tx| {
            let k = keys::find_recipient(tx.conn, recipient)?.ok_or_else(|| {
                Error::not_found(
                    crate::i18n::tr!("v-not-a-recipient", recipient = recipient.trim()),
                    crate::i18n::tr!("v-key-list-hint"),
                )
            })?;
            if keys::list(tx.conn)?.len() <= 1 {
                return Err(Error::usage(
                    crate::i18n::tr!("v-last-method"),
                    crate::i18n::tr!("v-last-method-hint"),
                ));
            }
            keys::remove_row(tx.conn, &k.file)?;
            tx.journal(NewEntry::new(
                actor,
                Action::KeyRemove,
                None,
                json!({ "recipient": k.recipient, "kind": k.kind }),
            ))?;
            Ok(k)
        })?;
        keys::delete_file(&self.layout, &removed.file)?;
        Ok(removed)
    }

    /// Who owns a new unlock method added by the one acting now: a
    /// guardian's method is a guardian's, the minor's the minor's.
    fn owner_of_new_method(&self, label: Option<&str>) -> Owner {
        let a = self.access();
        match a.role {
            Role::Holder => Owner::holder(label),
            Role::Guardian | Role::Minor => Owner {
                role: a.role,
                name: Some(a.name.clone()),
                vault_id: None,
                label: label.map(str::to_string),
            },
        }
    }
}
