//! `profile create`: a child's vault made by a guardian from their own
//! vault, whose key is wrapped to that vault's recipient (with the
//! guardian's MAC beside it) and whose `profile.json` names it.

use std::path::{Path, PathBuf};

use serde_json::json;
use time::Date;

use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::keys::Role;
use crate::vault::meta;
use crate::vault::profile::file::{self, ParentRef, ProfileFile};
use crate::vault::profile::place::{self, profiles_dir};
use crate::vault::{self, store, ChildOf, InitOptions, Vault};

/// A child's profile to create.
pub struct NewChild {
    /// The profile name (checked with [`place::check_name`]).
    pub name: String,
    pub birth: Date,
    /// The holder's name; the profile name when `None` or blank.
    pub holder_name: Option<String>,
    /// Where the guardian's own vault is, for `profile.json`.
    pub parent: ParentRef,
    /// How the user names the guardian's vault (in messages).
    pub parent_label: String,
}

/// A child's profile created.
pub struct Created {
    pub vault: Vault,
    pub dir: PathBuf,
    pub holder_name: String,
    pub guardian_name: String,
}

/// Where the child's profile `name` goes; exit 2 if it exists.
pub fn new_dir(name: &str) -> Result<PathBuf> {
    let dir = profiles_dir()?.join(name);
    if vault::exists(&dir) {
        return Err(Error::usage(
            crate::i18n::tr!("v-profile-exists", name = name),
            crate::i18n::tr!("v-profile-exists-hint"),
        ));
    }
    Ok(dir)
}

/// Exit 2 unless the vault in `parent_dir` may be the guardian of a new
/// child's vault in `dir`: not that vault itself, not a child's vault.
pub fn check_guardian(name: &str, dir: &Path, parent_dir: &Path, parent_label: &str) -> Result<()> {
    if parent_dir == dir {
        return Err(Error::usage(
            crate::i18n::tr!("v-profile-own-guardian", name = name),
            crate::i18n::tr!("v-profile-own-guardian-hint"),
        ));
    }
    if let Some(pf) = file::read(parent_dir)? {
        if pf.handed_over_at.is_none() {
            return Err(Error::usage(
                crate::i18n::tr!("v-parent-is-child", label = parent_label),
                crate::i18n::tr!("v-parent-is-child-hint"),
            ));
        }
    }
    Ok(())
}

/// Creates the child's vault `c` with `parent` as its guardian, taking
/// the guardian's majority settings; journaled as `profile.create` in
/// both vaults (`actor`: who acts in the guardian's). Exit 5 if `parent`
/// was opened as a guardian, exit 2 if the child is already of age.
pub fn create(parent: &Vault, actor: &JournalActor, c: &NewChild, today: Date) -> Result<Created> {
    let dir = profiles_dir()?.join(&c.name);
    if parent.access().role == Role::Guardian {
        return Err(Error::policy(
            crate::i18n::tr!("v-opened-as-guardian", label = &c.parent_label),
            crate::i18n::tr!("v-opened-as-guardian-hint"),
        ));
    }
    let pconn = parent.load()?;
    let majority = store::setting_u32(&pconn, "majority-age")?;
    let warn_days = store::setting(&pconn, "majority-warning-days")?;
    if timefmt::age_on(c.birth, today) >= majority as i32 {
        return Err(Error::usage(
            crate::i18n::tr!(
                "v-already-of-age",
                birth = timefmt::ymd(c.birth),
                majority = majority.to_string()
            ),
            crate::i18n::tr!("v-already-of-age-hint", name = &c.name),
        ));
    }
    let guardian_name = {
        let n = meta::get(&pconn, meta::Key::HolderName)?.unwrap_or_default();
        if n.is_empty() {
            "guardian".to_string()
        } else {
            n
        }
    };
    drop(pconn);
    let holder_name = c
        .holder_name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| c.name.clone());
    place::make_profiles_dir()?;
    let child = Vault::create(
        &dir,
        InitOptions {
            holder_name: Some(holder_name.clone()),
            birth_date: Some(timefmt::ymd(c.birth)),
            ins: None,
            passphrase: None,
            recipients: Vec::new(),
            guardian: Some(ChildOf {
                guardian_key: parent.key().clone(),
                vault_id: parent.config.id.clone(),
                guardian_name: guardian_name.clone(),
                profile_file: ProfileFile::child_of(c.parent.clone()),
            }),
        },
    )?;
    let details = json!({
        "profile": c.name,
        "holder": holder_name,
        "birth_date": timefmt::ymd(c.birth),
        "guardian": guardian_name,
    });
    let child_actor =
        JournalActor::guardian(&format!("vault:{}", parent.config.id), &guardian_name);
    child.write(|tx| {
        if majority != 18 {
            store::set_setting(tx.conn, "majority-age", &majority.to_string())?;
        }
        store::set_setting(tx.conn, "majority-warning-days", &warn_days)?;
        tx.journal(NewEntry::new(
            &child_actor,
            Action::ProfileCreate,
            Some(&c.name),
            details.clone(),
        ))?;
        Ok(())
    })?;
    parent.write(|tx| {
        tx.journal(NewEntry::new(
            actor,
            Action::ProfileCreate,
            Some(&c.name),
            json!({ "profile": c.name, "vault_id": child.config.id, "birth_date": timefmt::ymd(c.birth) }),
        ))?;
        Ok(())
    })?;
    Ok(Created {
        vault: child,
        dir,
        holder_name,
        guardian_name,
    })
}

impl Vault {
    /// When the vault was created (RFC 3339; empty if not recorded).
    pub fn created_at(&self) -> Result<String> {
        Ok(meta::get(&*self.load()?, meta::Key::CreatedAt)?.unwrap_or_default())
    }
}
