//! Re-keying a vault in the guardian chain ([`crate::vault::rekey`] does
//! the generation itself). A guardian's vault key is what opens its
//! children's vaults, so a guardian's rekey gives each child a wrapper
//! to the new key before the switch and retires the one to the old key
//! after it: the guardian keeps access whatever point a crash stops at.

use age::secrecy::SecretString;
use serde_json::json;

use crate::crypto::{self, ParsedRecipient, VaultKey};
use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::keys;
use crate::vault::profile::place::children_of;
use crate::vault::profile::unlock::open_child;
use crate::vault::rekey::{self, Stats, WrapTo, Wrapper};
use crate::vault::{guardian, Tx, Vault, WriteLock};

/// What a `carnet rekey` does with the vault's passphrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Passphrase {
    /// The vault has none.
    None,
    /// Re-wrapped under the new key.
    Kept,
    /// Not re-wrapped (`--drop-passphrase`).
    Dropped,
}

impl Passphrase {
    pub fn as_str(self) -> &'static str {
        match self {
            Passphrase::None => "none",
            Passphrase::Kept => "kept",
            Passphrase::Dropped => "dropped",
        }
    }
}

/// The unlock methods a `carnet rekey` re-wraps: every current one.
pub struct Plan {
    wrappers: Vec<Wrapper>,
    pub passphrase: Passphrase,
}

impl Plan {
    /// Its wrappers (a sync that re-keys after crossed rekeys).
    pub(crate) fn into_wrappers(self) -> Vec<Wrapper> {
        self.wrappers
    }
}

/// A vault re-keyed, and what is left to clean up (for `check --repair`).
pub struct Rekeyed {
    pub vault: Vault,
    pub stats: Stats,
    pub problems: Vec<String>,
}

impl Vault {
    /// Re-wraps every current unlock method. The passphrase needs the
    /// passphrase itself: `passphrase` is asked for it when the vault has
    /// one, and `None` drops it. Exit 2 if nothing would be left.
    pub fn rekey_plan(
        &self,
        mut passphrase: impl FnMut() -> Result<Option<SecretString>>,
    ) -> Result<Plan> {
        let conn = self.load()?;
        let rows = keys::list(&conn)?;
        let retired = crate::vault::replica::devices::removed_unlock_files(&conn)?;
        drop(conn);
        let mut wrappers = Vec::new();
        let mut fate = Passphrase::None;
        for k in &rows {
            if k.kind == "passphrase" {
                match passphrase()? {
                    Some(p) => {
                        wrappers.push(Wrapper {
                            to: WrapTo::Passphrase(p),
                            owner: rekey::owner_of(k),
                            added_at: k.added_at.clone(),
                        });
                        fate = Passphrase::Kept;
                    }
                    None => fate = Passphrase::Dropped,
                }
            } else if retired.contains(&k.file) && k.file != self.access.file {
                // The own method of a removed device (its clone recorded
                // it): the new key is not wrapped to it.
            } else if let Some(w) = Wrapper::from_row(k)? {
                wrappers.push(w);
            }
        }
        if wrappers.is_empty() {
            return Err(Error::usage(
                crate::i18n::tr!("v-drop-last-passphrase"),
                crate::i18n::tr!("v-drop-last-passphrase-hint"),
            ));
        }
        Ok(Plan {
            wrappers,
            passphrase: fate,
        })
    }

    /// Whether `p` opens this vault's passphrase wrapper (to this key).
    pub fn opens_with_passphrase(&self, p: &SecretString) -> Result<bool> {
        let wrapped = std::fs::read(self.layout.passphrase_key())
            .map_err(|e| Error::io(crate::i18n::tr!("io-reading-passphrase-wrapper"), e))?;
        Ok(crypto::unwrap_with_passphrase(&wrapped, p.clone())?
            .is_some_and(|k| k.recipient() == self.key().recipient()))
    }

    /// Bytes a rekey re-encrypts (for a progress bar).
    pub fn rekey_bytes(&self) -> Result<u64> {
        rekey::total_bytes(self, &*self.load()?)
    }

    /// `carnet rekey`: a new vault key, every document re-encrypted, the
    /// plan's unlock methods re-wrapped, journaled as `vault.rekey`; the
    /// children this vault guards follow. `progress` is told the bytes
    /// done ([`Vault::rekey_bytes`] in all).
    pub fn rekey(
        self,
        plan: Plan,
        actor: &JournalActor,
        progress: impl FnMut(u64),
    ) -> Result<Rekeyed> {
        let passphrase = plan.passphrase.as_str();
        run(
            self,
            plan.wrappers,
            true,
            |tx, st| {
                tx.journal(NewEntry::new(
                    actor,
                    Action::VaultRekey,
                    None,
                    json!({
                        "generation": st.generation,
                        "documents": st.reencrypted,
                        "sealed_for_minor": st.sealed,
                        "unlock_methods": st.unlock_methods,
                        "passphrase": passphrase,
                    }),
                ))?;
                Ok(())
            },
            progress,
        )
    }
}

/// Re-keys `vault` to `wrappers` under the write lock. With `children`,
/// the children's vaults this vault is the guardian of get a wrapper to
/// the new key before the switch (and lose the one to the old key after
/// it), so the guardian keeps access. `edit` runs on the new index
/// before it is sealed.
pub(super) fn run(
    vault: Vault,
    wrappers: Vec<Wrapper>,
    children: bool,
    edit: impl FnOnce(&Tx, &Stats) -> Result<()>,
    progress: impl FnMut(u64),
) -> Result<Rekeyed> {
    let lock = WriteLock::acquire(&vault.layout.lock())?;
    run_locked(vault, &lock, wrappers, children, edit, progress)
}

/// As [`run`], for a caller that holds the write lock (a sync healing
/// crossed rekeys).
pub(crate) fn run_locked(
    vault: Vault,
    lock: &WriteLock,
    wrappers: Vec<Wrapper>,
    children: bool,
    edit: impl FnOnce(&Tx, &Stats) -> Result<()>,
    progress: impl FnMut(u64),
) -> Result<Rekeyed> {
    let prepared = rekey::prepare(&vault, lock, rekey::NewKeys::Wrap(wrappers), edit, progress)?;
    let stats = prepared.stats.clone();

    // Children: a wrapper to the new key first (a crash here leaves an
    // extra wrapper to a key that never became live; the next rekey drops it).
    let new_recipient = prepared.recipient();
    let mut kids: Vec<Vault> = Vec::new();
    if children {
        let renewed = (|| -> Result<()> {
            for dir in children_of(&vault)? {
                if let Some(child) = open_child(&vault, &dir)? {
                    renew_child(&vault, &child, prepared.key())?;
                    kids.push(child);
                }
            }
            Ok(())
        })();
        if let Err(e) = renewed {
            prepared.abandon();
            return Err(e);
        }
    }
    let (vault, mut problems) = rekey::switch(vault, prepared)?;
    for child in &kids {
        if let Err(e) = retire_child(&vault, child, &new_recipient) {
            problems.push(format!(
                "removing the old guardian wrapper of {}: {e}",
                child.root().display()
            ));
        }
    }
    Ok(Rekeyed {
        vault,
        stats,
        problems,
    })
}

/// The guardian as the child's journal names it.
fn guardian_actor(guardian: &Vault, child: &Vault) -> Result<JournalActor> {
    let conn = child.load()?;
    let name = keys::list(&conn)?
        .into_iter()
        .find(|k| k.vault_id.as_deref() == Some(guardian.config.id.as_str()))
        .and_then(|k| k.name)
        .unwrap_or_else(|| "guardian".into());
    Ok(JournalActor::guardian(
        &format!("vault:{}", guardian.config.id),
        &name,
    ))
}

/// Gives the child a wrapper to the guardian's new vault key, with the
/// guardian's MAC made with that key beside it.
fn renew_child(guardian: &Vault, child: &Vault, new_key: &VaultKey) -> Result<()> {
    let actor = guardian_actor(guardian, child)?;
    let id = guardian.config.id.clone();
    let new = new_key.recipient();
    let text = new.to_string();
    let mac = |file: &str| {
        guardian::write(
            &child.layout,
            file,
            new_key,
            &child.config.id,
            &child.key().recipient(),
        )
    };
    child.write(|tx| {
        let rows = keys::list(tx.conn)?;
        let Some(old) = rows
            .iter()
            .find(|k| k.vault_id.as_deref() == Some(id.as_str()))
        else {
            return Ok(());
        };
        if let Some(k) = rows
            .iter()
            .find(|k| k.recipient.as_deref() == Some(text.as_str()))
        {
            // Renewed before (an interrupted rekey): its MAC, anew.
            return mac(&k.file);
        }
        let file = keys::add_recipient_owned(
            &child.layout,
            tx.conn,
            child.key(),
            &ParsedRecipient::X25519(new.clone()),
            &rekey::owner_of(old),
            &timefmt::rfc3339(tx.now),
        )?;
        mac(&file)?;
        tx.journal(NewEntry::new(
            &actor,
            Action::KeyAdd,
            None,
            json!({ "recipient": text, "kind": "age", "reason": "the guardian's vault was re-keyed", "vault_id": id }),
        ))?;
        Ok(())
    })
}

/// Removes the child's wrappers to the guardian's old vault key.
fn retire_child(guardian: &Vault, child: &Vault, new: &age::x25519::Recipient) -> Result<()> {
    let actor = guardian_actor(guardian, child)?;
    let id = guardian.config.id.clone();
    let text = new.to_string();
    let gone = child.write(|tx| {
        let old: Vec<keys::KeyInfo> = keys::list(tx.conn)?
            .into_iter()
            .filter(|k| {
                k.vault_id.as_deref() == Some(id.as_str())
                    && k.recipient.as_deref() != Some(text.as_str())
            })
            .collect();
        for k in &old {
            keys::remove_row(tx.conn, &k.file)?;
            tx.journal(NewEntry::new(
                &actor,
                Action::KeyRemove,
                None,
                json!({ "recipient": k.recipient, "kind": k.kind, "reason": "the guardian's vault was re-keyed", "vault_id": id }),
            ))?;
        }
        Ok(old)
    })?;
    for k in gone {
        keys::delete_file(&child.layout, &k.file)?;
    }
    Ok(())
}
