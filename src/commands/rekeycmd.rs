//! `carnet rekey`, and the re-keying run that `profile handover` shares.

use age::secrecy::SecretString;
use serde_json::json;

use crate::cli::args::RekeyArgs;
use crate::commands::context::Ctx;
use crate::commands::profile;
use crate::crypto::VaultKey;
use crate::crypto::{self, ParsedRecipient};
use crate::error::{Error, Result};
use crate::journal::{JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::keys::{self, Owner, Role};
use crate::vault::rekey::{self, Stats, WrapTo, Wrapper};
use crate::vault::{guardian, Tx, UnlockMethod, Vault, WriteLock};

/// Re-keys `vault` to the given unlock methods under the write lock, with
/// a progress bar. With `children`, the children's vaults this vault is
/// the guardian of get a wrapper to the new key before the switch (and
/// lose the one to the old key after it), so the guardian keeps access.
/// Returns the vault under its new key and what is left to clean up.
pub fn run(
    ctx: &Ctx,
    vault: Vault,
    wrappers: Vec<Wrapper>,
    children: bool,
    edit: impl FnOnce(&Tx, &Stats) -> Result<()>,
) -> Result<(Vault, Stats, Vec<String>)> {
    let lock = WriteLock::acquire(&vault.layout.lock())?;
    let conn = vault.load()?;
    let total = rekey::total_bytes(&vault, &conn)?;
    drop(conn);
    let pb = ctx.out.progress_bytes(total, "re-encrypting");
    let prepared = rekey::prepare(&vault, &lock, wrappers, edit, |n| pb.inc(n));
    pb.finish_and_clear();
    let prepared = prepared?;
    let stats = prepared.stats.clone();

    // Children: a wrapper to the new key first (a crash here leaves an
    // extra wrapper to a key that never became live; the next rekey drops it).
    let new_recipient = prepared.recipient();
    let mut kids: Vec<Vault> = Vec::new();
    if children {
        let renewed = (|| -> Result<()> {
            for dir in profile::children_of(&vault)? {
                if let Some(child) = profile::open_child(&vault, &dir)? {
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
    drop(lock);
    Ok((vault, stats, problems))
}

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
            "key.add",
            None,
            json!({ "recipient": text, "kind": "age", "reason": "the guardian's vault was re-keyed", "vault_id": id }),
        ))?;
        Ok(())
    })
}

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
                "key.remove",
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

/// The current passphrase, to re-wrap it under the new key: the one the
/// vault was unlocked with, else `--passphrase-file`, else a prompt; it
/// must open the current passphrase wrapper. `None` with `--drop-passphrase`.
fn current_passphrase(ctx: &Ctx, vault: &Vault, drop: bool) -> Result<Option<SecretString>> {
    if drop {
        return Ok(None);
    }
    if let Some(UnlockMethod::Passphrase(p)) = vault.method() {
        return Ok(Some(p.clone()));
    }
    let p = if let Some(f) = &ctx.g.passphrase_file {
        crypto::read_passphrase_file(f)?
    } else if ctx.can_prompt() {
        ctx.prompter()
            .passphrase(&format!(
                "Current passphrase of {} (kept after the rekey)",
                ctx.label()
            ))
            .map_err(|e| Error::usage(format!("cannot read the passphrase: {e}"), "try again"))?
    } else {
        return Err(Error::usage(
            "the vault has a passphrase, and rekey needs it to re-wrap it under the new key",
            "pass --passphrase-file FILE (the current passphrase), run on a terminal, or pass --drop-passphrase to remove the passphrase (the other unlock methods stay)",
        ));
    };
    let wrapped = std::fs::read(vault.layout.passphrase_key())
        .map_err(|e| Error::io("reading the passphrase wrapper", e))?;
    match crypto::unwrap_with_passphrase(&wrapped, p.clone())? {
        Some(k) if k.recipient() == vault.key().recipient() => Ok(Some(p)),
        _ => Err(Error::unlock(
            "this is not the vault's passphrase",
            "give the current passphrase (--passphrase-file FILE), or --drop-passphrase",
        )),
    }
}

pub fn rekey(ctx: &Ctx, a: &RekeyArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = vault.load()?;
    let rows = keys::list(&conn)?;
    drop(conn);
    let mut wrappers = Vec::new();
    let mut passphrase = "none";
    for k in &rows {
        if k.kind == "passphrase" {
            match current_passphrase(ctx, &vault, a.drop_passphrase)? {
                Some(p) => {
                    wrappers.push(Wrapper {
                        to: WrapTo::Passphrase(p),
                        owner: rekey::owner_of(k),
                        added_at: k.added_at.clone(),
                    });
                    passphrase = "kept";
                }
                None => passphrase = "dropped",
            }
        } else if let Some(w) = Wrapper::from_row(k)? {
            wrappers.push(w);
        }
    }
    if wrappers.is_empty() {
        return Err(Error::usage(
            "dropping the passphrase would leave the vault with no unlock method",
            "keep the passphrase (--passphrase-file FILE), or add a recipient first (carnet key add R)",
        ));
    }
    let actor = ctx.actor(&vault)?;
    let (vault, stats, problems) = run(ctx, vault, wrappers, true, |tx, st| {
        tx.journal(NewEntry::new(
            &actor,
            "vault.rekey",
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
    })?;
    for p in &problems {
        ctx.out.warn(format!(
            "{p}; `carnet check --repair` finishes the clean-up"
        ));
    }
    // The bundle signing key derives from the vault key (a warning, so it
    // shows under --json too, as a JSON line on stderr).
    ctx.out.warn(
        "bundles are now signed with a new key: give professionals who check your bundles (`bundle verify --signer`) the new fingerprint from `carnet status`",
    );
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "vault": vault.root().display().to_string(),
            "generation": stats.generation,
            "documents": stats.reencrypted,
            "sealed_for_minor": stats.sealed,
            "unlock_methods": stats.unlock_methods,
            "passphrase": passphrase,
        }));
    } else {
        ctx.out.info(format!(
            "{}: new vault key; {} document(s) re-encrypted{}, {} unlock method(s) re-wrapped, now in {}",
            ctx.label(),
            stats.reencrypted,
            if stats.sealed > 0 {
                format!(" ({} sealed for the minor, moved unchanged)", stats.sealed)
            } else {
                String::new()
            },
            stats.unlock_methods,
            stats.generation
        ));
        if passphrase == "dropped" {
            ctx.out.warn(
                "the passphrase no longer unlocks the vault (--drop-passphrase); set one again with `carnet passwd`",
            );
        }
    }
    Ok(())
}

/// Who owns a new unlock method added by the one acting now (`key add`,
/// `passwd`): a guardian's method is a guardian's, the minor's the minor's.
pub fn owner_for_actor(vault: &Vault, label: Option<&str>) -> Owner {
    let a = vault.access();
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
