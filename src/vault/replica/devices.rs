//! The replicas of a vault (`devices`, a replicated table) as `carnet
//! device list` shows them, and retiring one.

use rusqlite::{params, OptionalExtension};
use serde_json::json;

use crate::error::{Error, Result};
use crate::journal::{Action, JournalActor, NewEntry};
use crate::vault::Vault;

use super::{applied, device, hlc};

#[derive(Debug, Clone)]
pub struct DeviceInfo {
    pub id: String,
    pub this: bool,
    pub added_at: String,
    /// When that device wrote the newest change this replica has of it.
    pub last_change: Option<String>,
    /// When this replica last applied (others) or pushed (this one).
    pub last_sync: Option<String>,
    pub removed_at: Option<String>,
}

impl Vault {
    pub fn devices(&self) -> Result<Vec<DeviceInfo>> {
        let me = device::get(self.root())?;
        let conn = self.load()?;
        let mut stmt =
            conn.prepare("SELECT id, added_at, removed_at FROM devices ORDER BY added_at, id")?;
        let rows: Vec<(String, String, Option<String>)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        // This replica's last sync: the newest of its remotes' (recorded
        // beside the index; older vaults' in `sync_remotes`).
        let my_sync: Option<String> = self.remotes()?.into_iter().filter_map(|(_, at)| at).max();
        let mut out = Vec::new();
        for (id, added_at, removed_at) in rows {
            let a = applied(&conn, &id)?;
            let this = me.as_deref() == Some(id.as_str());
            let last_change = a.as_ref().and_then(|a| {
                let ms = hlc::millis(a.hlc) as i128;
                time::OffsetDateTime::from_unix_timestamp_nanos(ms * 1_000_000)
                    .ok()
                    .map(crate::timefmt::rfc3339)
            });
            out.push(DeviceInfo {
                last_sync: if this {
                    my_sync.clone()
                } else {
                    a.and_then(|a| a.last_at)
                },
                id,
                this,
                added_at,
                last_change,
                removed_at,
            });
        }
        Ok(out)
    }

    /// Retires a device: replicas refuse its changes after the last one
    /// this replica applied (a removal is replicated, and protective).
    pub fn remove_device(&self, id: &str) -> Result<()> {
        let me = device::get(self.root())?;
        if me.as_deref() == Some(id) {
            return Err(Error::usage(
                crate::i18n::tr!("v-device-is-self"),
                crate::i18n::tr!("v-device-is-self-hint"),
            ));
        }
        self.write(|tx| {
            let known: bool = tx
                .conn
                .query_row("SELECT 1 FROM devices WHERE id = ?1", [id], |_| Ok(()))
                .optional()?
                .is_some();
            if !known {
                return Err(Error::not_found(
                    crate::i18n::tr!("v-no-device", id = id),
                    crate::i18n::tr!("v-no-device-hint"),
                ));
            }
            let after = applied(tx.conn, id)?.map_or(0, |a| a.seq);
            tx.conn.execute(
                "UPDATE devices SET removed_at = ?2, removed_after = ?3 WHERE id = ?1 AND removed_at IS NULL",
                params![id, crate::timefmt::rfc3339(tx.now), after as i64],
            )?;
            tx.journal(NewEntry::new(
                &JournalActor::system(),
                Action::DeviceRemove,
                Some(id),
                json!({"device": id, "changes_kept": after}),
            ))?;
            Ok(())
        })
    }
}

/// The unlock methods (wrapper files) removed devices were cloned with and
/// no active device was: a rekey leaves them out, so a removed device
/// cannot follow it. The passphrase is never among them (someone else
/// may know it; change it with `carnet passwd`).
pub fn removed_unlock_files(
    conn: &rusqlite::Connection,
) -> Result<std::collections::BTreeSet<String>> {
    let mut stmt = conn.prepare(
        "SELECT json_extract(details, '$.device'), json_extract(details, '$.unlock') FROM journal WHERE action = 'vault.clone'
         UNION ALL
         SELECT json_extract(details, '$.device'), json_extract(details, '$.unlock') FROM journal_peer WHERE action = 'vault.clone'",
    )?;
    let rows: Vec<(Option<String>, Option<String>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let removed: std::collections::BTreeSet<String> = conn
        .prepare("SELECT id FROM devices WHERE removed_at IS NOT NULL")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = std::collections::BTreeSet::new();
    let mut kept = std::collections::BTreeSet::new();
    for (d, f) in rows {
        let (Some(d), Some(f)) = (d, f) else { continue };
        if removed.contains(&d) {
            out.insert(f);
        } else {
            kept.insert(f);
        }
    }
    out.retain(|f| !kept.contains(f) && f != crate::vault::keys::PASSPHRASE_FILE);
    Ok(out)
}
