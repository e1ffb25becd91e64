//! `profile handover`: at majority, a child's vault becomes the young
//! adult's own. A rekey to their methods only (their recipients, the
//! minor's keys they already had, a passphrase) cuts every guardian off,
//! and `profile.json` records the date so a guardian's unlock is told why.

use std::collections::{BTreeSet, HashSet};

use age::secrecy::SecretString;
use serde_json::json;
use time::{Date, OffsetDateTime};

use crate::crypto::{self, ParsedRecipient};
use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::keys::{self, Owner, Role};
use crate::vault::meta;
use crate::vault::profile::{file, rekey};
use crate::vault::rekey::{WrapTo, Wrapper};
use crate::vault::{store, Vault};

/// When a handover happens, relative to the majority age.
pub struct Due {
    /// Before the majority age, or no birth date known (forced).
    pub early: bool,
    majority: i32,
    birth: Option<Date>,
    now: OffsetDateTime,
}

/// A handover done.
pub struct HandedOver {
    pub vault: Vault,
    pub stats: crate::vault::rekey::Stats,
    /// What is left to clean up (for `check --repair`).
    pub problems: Vec<String>,
    pub holder: String,
    /// The recipients that open the vault now.
    pub recipients: Vec<String>,
    pub passphrase: bool,
    /// The guardians cut off, by name.
    pub guardians_removed: Vec<String>,
}

impl Vault {
    /// Whether this child's vault `child` may be handed over now: exit 5
    /// before the majority age (or without a birth date) unless `force`.
    pub fn handover_due(&self, child: &str, force: bool) -> Result<Due> {
        let conn = self.load()?;
        let now = timefmt::now();
        let majority = store::setting_u32(&conn, "majority-age")? as i32;
        let birth = meta::get(&conn, meta::Key::BirthDate)?.and_then(|b| timefmt::parse_ymd(&b));
        let due = birth.map(|b| timefmt::birthday(b, majority));
        let early = due.is_none_or(|d| now.date() < d);
        if early && !force {
            return Err(Error::policy(
                match due {
                    Some(d) => crate::i18n::tr!(
                        "v-handover-early",
                        child = child,
                        majority = majority.to_string(),
                        date = timefmt::day(d)
                    ),
                    None => crate::i18n::tr!("v-handover-no-birth", child = child),
                },
                crate::i18n::tr!("v-handover-early-hint"),
            ));
        }
        Ok(Due {
            early,
            majority,
            birth,
            now,
        })
    }

    /// Hands this child's vault `child` over to its holder: re-keyed to
    /// `recipients`, the minor's keys and `passphrase` only, journaled as
    /// `vault.rekey` and `profile.handover`. `progress`: as for
    /// [`Vault::rekey`].
    pub fn handover(
        self,
        due: Due,
        child: &str,
        recipients: &[ParsedRecipient],
        passphrase: Option<SecretString>,
        actor: &JournalActor,
        progress: impl FnMut(u64),
    ) -> Result<HandedOver> {
        let conn = self.load()?;
        let holder = meta::get(&conn, meta::Key::HolderName)?.unwrap_or_default();
        let rows = keys::list(&conn)?;
        drop(conn);
        let stamp = timefmt::rfc3339(due.now);
        let owner = |role| Owner {
            role,
            name: Some(holder.clone()),
            vault_id: None,
            label: None,
        };
        let mut wrappers: Vec<Wrapper> = Vec::new();
        let mut kept: Vec<String> = Vec::new();
        let mut seen = HashSet::new();
        for r in recipients {
            let text = r.to_canonical();
            if !seen.insert(text.clone()) {
                continue;
            }
            let was_minor = rows
                .iter()
                .any(|k| k.role == Role::Minor && k.recipient.as_deref() == Some(text.as_str()));
            wrappers.push(Wrapper {
                to: WrapTo::Recipient(r.clone()),
                owner: owner(if was_minor { Role::Minor } else { Role::Holder }),
                added_at: stamp.clone(),
            });
            kept.push(text);
        }
        // The minor's own keys are the young adult's: kept (they open the
        // documents that were hidden from guardians).
        for k in rows.iter().filter(|k| k.role == Role::Minor) {
            let Some(text) = &k.recipient else { continue };
            if seen.insert(text.clone()) {
                if let Some(w) = Wrapper::from_row(k)? {
                    wrappers.push(w);
                    kept.push(text.clone());
                }
            }
        }
        let has_passphrase = passphrase.is_some();
        if let Some(p) = passphrase {
            wrappers.push(Wrapper {
                to: WrapTo::Passphrase(p),
                owner: owner(Role::Holder),
                added_at: stamp.clone(),
            });
        }
        let removed: Vec<String> = rows
            .iter()
            .filter(|k| k.role == Role::Guardian)
            .map(|k| k.name.clone().unwrap_or_else(|| "guardian".into()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let details = json!({
            "forced": due.early,
            "birth_date": due.birth.map(timefmt::ymd),
            "majority_age": due.majority,
            "unlock_methods": kept.iter().map(|t| crypto::recipient_kind(t)).chain(has_passphrase.then(|| "passphrase".to_string())).collect::<Vec<_>>(),
            "guardians_removed": removed,
        });
        let done = rekey::run(
            self,
            wrappers,
            false,
            |tx, st| {
                meta::delete(tx.conn, meta::Key::GuardiansProfile)?;
                meta::set(tx.conn, meta::Key::HandedOverAt, &stamp)?;
                tx.journal(NewEntry::new(
                    actor,
                    Action::VaultRekey,
                    None,
                    json!({ "reason": "handover", "generation": st.generation, "documents": st.reencrypted, "sealed_for_minor": st.sealed, "unlock_methods": st.unlock_methods }),
                ))?;
                tx.journal(NewEntry::new(
                    actor,
                    Action::ProfileHandover,
                    Some(child),
                    details.clone(),
                ))?;
                Ok(())
            },
            progress,
        )?;
        if let Some(mut pf) = file::read(done.vault.root())? {
            pf.handed_over_at = Some(timefmt::ymd(due.now.date()));
            file::write(done.vault.root(), &pf)?;
        }
        Ok(HandedOver {
            vault: done.vault,
            stats: done.stats,
            problems: done.problems,
            holder,
            recipients: kept,
            passphrase: has_passphrase,
            guardians_removed: removed,
        })
    }
}
