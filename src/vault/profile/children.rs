//! A child's profile as its guardians manage it: its guardians, the
//! minor's own keys, and what a profile shows in `profile list` (its
//! guardians and majority warning are `status`'s: [`crate::vault::status`]).

use std::path::PathBuf;

use serde_json::json;
use time::OffsetDateTime;

use crate::crypto::{self, ParsedRecipient};
use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::keys::{self, KeyInfo, Owner, Role};
use crate::vault::meta;
use crate::vault::profile::file;
use crate::vault::profile::place::{self, check_name, profiles_dir};
use crate::vault::profile::unlock::open_child;
use crate::vault::status::{guardians, majority_warning, Guardian};
use crate::vault::{store, Sealed, Vault};

/// One profile under the data dir, as `profile list` shows it.
pub struct Listed {
    pub name: String,
    pub dir: PathBuf,
    /// It has a `profile.json`: a child's profile.
    pub child: bool,
    pub handed_over_at: Option<String>,
    pub seen: Seen,
}

/// What the one listing may see of a profile.
pub enum Seen {
    /// Not theirs to open.
    Closed,
    /// A child of theirs that fails its checks (pin, guardian's MAC).
    Refused(Error),
    Open(Facts),
}

/// What an opened profile shows.
pub struct Facts {
    pub holder: String,
    pub birth_date: Option<String>,
    pub age: Option<i32>,
    pub guardians: Vec<Guardian>,
    pub documents: i64,
    pub hidden_from_guardians: i64,
    pub majority_warning: Option<String>,
}

/// Every profile, and what `holder` (the vault the user unlocked) may see
/// of each: its own, and its children's.
pub fn list(holder: &Vault, now: OffsetDateTime) -> Result<Vec<Listed>> {
    let mut out = Vec::new();
    for (name, dir) in place::all()? {
        let Ok(sealed) = Sealed::open(&dir) else {
            continue;
        };
        let pf = file::read(&dir).ok().flatten();
        let mut listed = Listed {
            name,
            child: pf.is_some(),
            handed_over_at: pf.as_ref().and_then(|p| p.handed_over_at.clone()),
            seen: Seen::Closed,
            dir,
        };
        let opened: Option<Vault> = if sealed.config.id == holder.config.id {
            None
        } else if pf.as_ref().is_some_and(|p| {
            p.handed_over_at.is_none() && p.parents.iter().any(|x| x.vault_id == holder.config.id)
        }) {
            match open_child(holder, &listed.dir) {
                Ok(v) => v,
                // Listed as not opened, and said why; the others still are.
                Err(e @ Error::Integrity { .. }) => {
                    listed.seen = Seen::Refused(e);
                    out.push(listed);
                    continue;
                }
                Err(e) => return Err(e),
            }
        } else {
            out.push(listed);
            continue;
        };
        let v = opened.as_ref().unwrap_or(holder);
        listed.seen = Seen::Open(v.profile_facts(now)?);
        out.push(listed);
    }
    Ok(out)
}

impl Vault {
    /// What this vault shows as a profile.
    pub fn profile_facts(&self, now: OffsetDateTime) -> Result<Facts> {
        let conn = self.load()?;
        let birth = meta::get(&conn, meta::Key::BirthDate)?;
        Ok(Facts {
            holder: meta::get(&conn, meta::Key::HolderName)?.unwrap_or_default(),
            age: birth
                .as_deref()
                .and_then(timefmt::parse_ymd)
                .map(|b| timefmt::age_on(b, now.date())),
            birth_date: birth,
            guardians: guardians(&conn)?,
            documents: store::count_docs(&conn)?.0,
            hidden_from_guardians: store::count_sealed(&conn)?,
            majority_warning: majority_warning(&conn, now)?,
        })
    }

    /// `profile guardian add`: wraps this child's vault key to another
    /// guardian's recipient. Exit 5 unless a guardian acts. The name shown
    /// is `display`, else "guardian".
    pub fn add_guardian(
        &self,
        actor: &JournalActor,
        r: &ParsedRecipient,
        display: Option<&str>,
        child: &str,
    ) -> Result<String> {
        self.require_guardian(crate::i18n::tr!("v-guardian-add-only", child = child))?;
        let name = display
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or("guardian")
            .to_string();
        self.register_key(
            actor,
            r,
            Role::Guardian,
            &name,
            Action::ProfileGuardianAdd,
            child,
            json!({ "name": name }),
        )?;
        Ok(name)
    }

    /// `profile guardian rm`: removes the wrappers of the guardian `who`
    /// (a recipient, or the profile name of a guardian's own vault), and
    /// that vault from `profile.json`. Exit 5 unless a guardian acts,
    /// exit 4 if `who` is no guardian, exit 2 if it is the last method.
    pub fn remove_guardian(
        &self,
        actor: &JournalActor,
        who: &str,
        child: &str,
    ) -> Result<Vec<KeyInfo>> {
        self.require_guardian(crate::i18n::tr!("v-guardian-rm-only", child = child))?;
        let by_vault: Option<String> = if crypto::parse_recipient(who).is_err() {
            let d = profiles_dir()?.join(who);
            match (check_name(who), Sealed::open(&d)) {
                (Ok(()), Ok(s)) => Some(s.config.id),
                _ => {
                    return Err(Error::usage(
                        crate::i18n::tr!("v-guardian-who", who = format!("{who:?}")),
                        crate::i18n::tr!("v-guardian-who-hint"),
                    ))
                }
            }
        } else {
            None
        };
        let canonical = crypto::parse_recipient(who)
            .map(|r| r.to_canonical())
            .unwrap_or_default();
        let removed = self.write(|tx| {
            let all = keys::list(tx.conn)?;
            let rows: Vec<KeyInfo> = all
                .iter()
                .filter(|k| k.role == Role::Guardian)
                .filter(|k| match &by_vault {
                    Some(id) => k.vault_id.as_deref() == Some(id.as_str()),
                    None => k.recipient.as_deref() == Some(canonical.as_str()),
                })
                .cloned()
                .collect();
            if rows.is_empty() {
                return Err(Error::not_found(
                    crate::i18n::tr!("v-not-a-guardian", who = who, child = child),
                    crate::i18n::tr!("v-not-a-guardian-hint", child = child),
                ));
            }
            if all.len() <= rows.len() {
                return Err(Error::usage(
                    crate::i18n::tr!("v-last-guardian", who = who, child = child),
                    crate::i18n::tr!("v-last-guardian-hint", child = child),
                ));
            }
            for k in &rows {
                keys::remove_row(tx.conn, &k.file)?;
            }
            let k = &rows[0];
            tx.journal(NewEntry::new(
                actor,
                Action::ProfileGuardianRemove,
                Some(child),
                json!({ "recipient": k.recipient, "vault_id": k.vault_id, "name": k.name }),
            ))?;
            Ok(rows)
        })?;
        for k in &removed {
            keys::delete_file(&self.layout, &k.file)?;
        }
        if let Some(id) = removed.iter().find_map(|k| k.vault_id.clone()) {
            if let Some(mut pf) = file::read(self.root())? {
                pf.parents.retain(|p| p.vault_id != id);
                file::write(self.root(), &pf)?;
            }
        }
        Ok(removed)
    }

    /// `profile key`: wraps this child's vault key to the minor's own
    /// recipient. Returns how many keys of the minor there were before.
    pub fn add_minor_key(
        &self,
        actor: &JournalActor,
        r: &ParsedRecipient,
        child: &str,
    ) -> Result<usize> {
        let holder = self.holder_name()?;
        let before = keys::minor_recipients(&*self.load()?)?.len();
        self.register_key(
            actor,
            r,
            Role::Minor,
            &holder,
            Action::ProfileKey,
            child,
            json!({ "minor_keys_before": before }),
        )?;
        Ok(before)
    }

    /// Exit 5 with `message` unless a guardian opened this vault.
    fn require_guardian(&self, message: String) -> Result<()> {
        if self.access().role == Role::Guardian {
            return Ok(());
        }
        Err(Error::policy(
            message,
            crate::i18n::tr!("v-require-guardian-hint"),
        ))
    }

    /// Wraps this child's vault key to `r` as an unlock method owned by
    /// `role`, journaled as `action` with the recipient and `details`.
    #[allow(clippy::too_many_arguments)]
    fn register_key(
        &self,
        actor: &JournalActor,
        r: &ParsedRecipient,
        role: Role,
        name: &str,
        action: Action,
        child: &str,
        mut details: serde_json::Value,
    ) -> Result<()> {
        let text = r.to_canonical();
        details["recipient"] = json!(text);
        details["kind"] = json!(crypto::recipient_kind(&text));
        self.write(|tx| {
            keys::add_recipient_owned(
                &self.layout,
                tx.conn,
                self.key(),
                r,
                &Owner {
                    role,
                    name: Some(name.to_string()),
                    vault_id: None,
                    label: None,
                },
                &timefmt::rfc3339(tx.now),
            )?;
            tx.journal(NewEntry::new(actor, action, Some(child), details.clone()))?;
            Ok(())
        })
    }
}
