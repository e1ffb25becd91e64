//! The vault's settings as `carnet settings` reads and changes them. The
//! definitions (names, defaults, checks) live with the index's SQL.

use serde_json::json;

use crate::error::Result;
use crate::journal::{Action, JournalActor, NewEntry};
use crate::vault::{store, Vault};

/// One setting and its value in this vault.
#[derive(Debug, Clone)]
pub struct Setting {
    pub name: &'static str,
    pub value: String,
    pub default: &'static str,
    /// What it means.
    pub help: &'static str,
}

/// A setting's value before and after `settings set`.
#[derive(Debug, Clone)]
pub struct SettingChange {
    pub previous: String,
    pub value: String,
}

/// Exit 2 unless `name` is a setting (checked before the vault is
/// unlocked: a typo costs no passphrase).
pub fn check_name(name: &str) -> Result<()> {
    store::setting_def(name).map(|_| ())
}

impl Vault {
    /// Every setting, in the order they are documented.
    pub fn settings(&self) -> Result<Vec<Setting>> {
        let conn = self.load()?;
        store::SETTINGS
            .iter()
            .map(|s| {
                Ok(Setting {
                    name: s.name,
                    value: store::setting(&conn, s.name)?,
                    default: s.default,
                    help: s.help,
                })
            })
            .collect()
    }

    /// Sets `name` to `value` (exit 2 if the value is not one it takes,
    /// with what it means in the hint); `actor` is journaled.
    pub fn set_setting(
        &self,
        name: &str,
        value: &str,
        actor: &JournalActor,
    ) -> Result<SettingChange> {
        self.write(|tx| {
            let previous = store::setting(tx.conn, name)?;
            let value = store::set_setting(tx.conn, name, value)?;
            tx.journal(NewEntry::new(
                actor,
                Action::SettingsSet,
                Some(name),
                json!({ "from": previous, "to": value }),
            ))?;
            Ok(SettingChange { previous, value })
        })
    }
}
