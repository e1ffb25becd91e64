//! Restoring a backup (`carnet restore`):
//!
//! 1. decrypt with the caller's identities (or the backup's passphrase);
//! 2. extract into a staging directory beside the target
//!    (`.NAME.restore-PID-RANDOM`, 0700), verifying every member
//!    ([`super::read`]); `--force` is decided from `BACKUP.json` first;
//! 3. open the staged vault with the caller's unlock method (directly,
//!    or a child's through the guardian's vault) without the rollback
//!    check, and run the full integrity check on it;
//! 4. give it a new device id; take the target's write lock; journal
//!    `vault.restore` in it, naming the head this machine remembers now
//!    (see `journal::anchor::restored_over`);
//! 5. swap it into place: one `renameat2(RENAME_EXCHANGE)` over an
//!    existing vault (the old one is then at the staging path), a rename
//!    otherwise; release the lock;
//! 6. record the new journal head and pin the location, then delete the
//!    old vault.
//!
//! A crash before 5 leaves the old vault untouched (and a staging
//! directory of ciphertext, removed by the next restore); after it, the
//! new vault, whose `vault.restore` entry lets the next command accept it
//! although the remembered head is the old one's.

use crate::error::doing;
use std::ffi::CString;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::json;

use super::manifest::{damaged, Manifest};
use super::read;
use crate::crypto;
use crate::error::{Error, IoContext, Result};
use crate::journal::{self, anchor, Action, JournalActor, NewEntry};
use crate::vault::{
    self, guardian, keys, pins, profile, Layout, Sealed, UnlockMethod, Vault, Via, WriteLock,
};

/// What `restore` needs from the caller.
pub struct RestoreRequest<'a> {
    pub file: &'a Path,
    /// Open the backup's age header (the user's identities, or the
    /// backup's passphrase).
    pub identities: &'a [&'a dyn age::Identity],
    /// Whether `identities` is a passphrase (for the error of a wrong one).
    pub passphrase: bool,
    /// Opens the restored vault, as any command unlocks one.
    pub method: Arc<UnlockMethod>,
    /// The recipients of the user's identities (their wrappers first).
    pub prefer: Vec<String>,
    pub target: PathBuf,
    pub force: bool,
}

/// What was restored.
#[derive(Debug, Clone)]
pub struct Restored {
    pub vault_id: String,
    pub created_at: String,
    pub documents: usize,
    pub journal_entries: i64,
    pub device: String,
    /// The vault the restore replaced: its id (`unknown` for a damaged one).
    pub replaced: Option<String>,
    /// `check` warnings about the restored vault.
    pub warnings: Vec<String>,
}

/// The staging directory, removed when dropped: before the swap it holds
/// the restored copy (a failed restore leaves nothing), after it the old
/// vault (deleted once the new one is in place and recorded).
struct Staging {
    path: PathBuf,
}

impl Drop for Staging {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}

pub fn restore(req: RestoreRequest<'_>) -> Result<Restored> {
    let target = std::path::absolute(&req.target).unwrap_or_else(|_| req.target.clone());
    let (Some(parent), Some(name)) = (target.parent(), target.file_name()) else {
        return Err(Error::usage(
            crate::i18n::tr!("m-restore-bad-target", path = target.display().to_string()),
            crate::i18n::tr!("m-restore-bad-target-hint"),
        ));
    };
    let name = name.to_string_lossy().into_owned();
    // As `init` does for a new --vault: its folder is made (0700).
    crate::fsutil::create_private_dir(parent)?;
    let existing = describe_target(&target)?;
    let file = fsutil_open(req.file)?;
    let input = crypto::decrypt_reader(file, req.identities)
        .map_err(|e| decrypt_error(e, req.passphrase))?;
    remove_stale(parent, &name);
    let staging = Staging {
        path: parent.join(format!(
            ".{name}.restore-{}-{}",
            std::process::id(),
            vault::new_id(8)
        )),
    };
    fs::DirBuilder::new()
        .mode(0o700)
        .create(&staging.path)
        .ctx(|| doing::creating(&staging.path))?;
    let manifest = read::extract(input, &staging.path, |m| {
        known_check(
            &target,
            existing.as_ref().map(|e| e.as_deref()),
            m,
            req.force,
        )
    })?;
    crate::fsutil::sync_filesystem(&staging.path)?;

    let (v, report) = open_staged(&staging.path, &req)?;
    // Every commit of the backed-up device into the snapshot first: the
    // new device id below replays only its own segments.
    v.compact_locked()?;
    // Always a replica of its own: it cannot undo what reached a remote.
    // Its journal so far is the backed-up device's chain (kept under that
    // device, as a clone keeps its origin's): the new device's chain starts
    // at entry 1, or other replicas see it skip and refuse to sync (exit 6).
    let backed_up = crate::vault::replica::device::get(&staging.path)?;
    let device = crate::vault::replica::device::renew(&staging.path)?;
    let actor = match v.access().role {
        keys::Role::Guardian => JournalActor::guardian(&v.access().id, &v.access().name),
        keys::Role::Holder | keys::Role::Minor => JournalActor::holder(&v.holder_name()?),
    };
    // The target's lock from here to the swap: no commit of another
    // carnet is half-way through the old vault when it goes, and the
    // head read now is the one the swap replaces.
    let lock = match &existing {
        Some(_) => Some(WriteLock::acquire(&Layout::resolve(&target).lock())?),
        None => None,
    };
    // The head remembered for the vault being replaced (a replica's is
    // kept under its device).
    let remembered = anchor::load(&crate::vault::Vault::anchor_id_for(
        &target,
        &manifest.vault_id,
    ))
    .or_else(|| anchor::load(&manifest.vault_id));
    v.write(|tx| {
        if let Some(old) = &backed_up {
            tx.uncaptured(|| {
                tx.conn.execute(
                    "INSERT OR IGNORE INTO journal_peer (device, seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash)
                     SELECT ?1, seq, at, actor_type, actor_id, actor_name, mode, action, target, details, hash FROM journal",
                    [old],
                )?;
                tx.conn.execute("DELETE FROM journal", [])?;
                // What the backed-up device pushed is not this one's: a
                // first sync would "repair" a remote that lacks nothing.
                tx.conn.execute(
                    "UPDATE sync_remotes SET pushed = 0, pushed_hash = NULL, last_sync = NULL",
                    [],
                )?;
                crate::vault::replica::progress::clear(&v.layout)?;
                crate::vault::replica::markers::clear(&v.layout)?;
                Ok(())
            })?;
        }
        tx.journal(NewEntry::new(
            &actor,
            Action::VaultRestore,
            Some(&manifest.vault_id),
            json!({
                "backup_created_at": manifest.created_at,
                "backup_head": {"seq": manifest.journal_head.seq, "hash": manifest.journal_head.hash},
                "replaced_head": remembered.as_ref().map(|s| json!({"seq": s.seq, "hash": s.hash})),
                "replaced_vault_id": existing.as_ref().map(|e| e.as_deref().unwrap_or("unknown")).filter(|id| *id != manifest.vault_id),
                "device": device,
            }),
        ))?;
        tx.conn.execute(
            "INSERT OR IGNORE INTO devices (id, added_at) VALUES (?1, ?2)",
            rusqlite::params![device, crate::timefmt::rfc3339(tx.now)],
        )?;
        Ok(())
    })?;
    let (seq, hash) = journal::head(&*v.load()?)?;
    drop(v);
    swap(
        &staging.path,
        &target,
        existing.is_some() || target.is_dir(),
    )?;
    drop(lock);
    // From here the restored vault is in place: staging holds the old one.
    anchor::store(
        &crate::vault::Vault::anchor_id_for(&target, &manifest.vault_id),
        &anchor::Seen {
            seq,
            hash,
            reviewed_seq: remembered.map(|s| s.reviewed_seq.min(seq)).unwrap_or(0),
        },
    )?;
    pins::pin(&target, &manifest.vault_id)?;
    drop(staging);
    Ok(Restored {
        vault_id: manifest.vault_id,
        created_at: manifest.created_at,
        documents: report.documents,
        journal_entries: seq,
        device,
        replaced: existing.map(|e| e.unwrap_or_else(|| "unknown".into())),
        warnings: report.warnings,
    })
}

fn fsutil_open(p: &Path) -> Result<fs::File> {
    crate::fsutil::open_regular(p, u64::MAX).map_err(|e| match e {
        crate::fsutil::Unread::Missing => Error::not_found(
            crate::i18n::tr!("m-restore-no-file", path = p.display().to_string()),
            crate::i18n::tr!("m-restore-give-backup-hint"),
        ),
        e => e.into_error(p),
    })
}

fn decrypt_error(e: age::DecryptError, passphrase: bool) -> Error {
    use age::DecryptError as D;
    match e {
        D::NoMatchingKeys | D::KeyDecryptionFailed | D::DecryptionFailed if passphrase => {
            Error::unlock(
                crate::i18n::tr!("m-restore-wrong-passphrase"),
                crate::i18n::tr!("m-restore-wrong-passphrase-hint"),
            )
        }
        D::NoMatchingKeys | D::KeyDecryptionFailed => Error::unlock(
            crate::i18n::tr!("m-restore-not-for-you"),
            crate::i18n::tr!("m-restore-not-for-you-hint"),
        ),
        D::Io(e) => Error::io(crate::i18n::tr!("io-reading-backup"), e),
        e => damaged(e),
    }
}

/// What the target holds: `None` when nothing (or an empty folder),
/// `Some(id)` for a vault, `Some(None)` for a damaged one (its
/// `vault.json` unreadable, or missing beside its index or keys: what a
/// restore is for). Exit 2 for anything else: never replaced.
fn describe_target(target: &Path) -> Result<Option<Option<String>>> {
    match fs::symlink_metadata(target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(doing::looking_at(target), e)),
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "m-restore-not-a-folder",
                    path = target.display().to_string()
                ),
                crate::i18n::tr!("m-restore-not-a-folder-hint"),
            ))
        }
    }
    if vault::exists(target) {
        return Ok(Some(Sealed::open(target).ok().map(|s| s.config.id)));
    }
    let names: Vec<_> = fs::read_dir(target)
        .ctx(|| doing::listing(target))?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    if names.is_empty() {
        return Ok(None);
    }
    let vault_like = ["index.age", "keys", "generation", "recipient"];
    if names.iter().any(|n| vault_like.iter().any(|v| n == *v)) {
        return Ok(Some(None));
    }
    Err(Error::usage(
        crate::i18n::tr!("m-restore-not-empty", path = target.display().to_string()),
        crate::i18n::tr!("m-restore-not-empty-hint"),
    ))
}

/// `--force` is needed over a vault this machine knows at the target: a
/// vault there, or a location pinned to a vault (restoring there would
/// roll it back). A new folder needs none, whatever other copies of the
/// vault this machine holds.
fn known_check(
    target: &Path,
    existing: Option<Option<&str>>,
    m: &Manifest,
    force: bool,
) -> Result<()> {
    if force {
        return Ok(());
    }
    let why = if let Some(found) = existing {
        let Some(id) = found else {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "m-restore-damaged-target",
                    path = target.display().to_string()
                ),
                crate::i18n::tr!("m-restore-damaged-target-hint"),
            ));
        };
        if id == m.vault_id {
            crate::i18n::tr!("m-restore-holds-this", path = target.display().to_string())
        } else {
            crate::i18n::tr!(
                "m-restore-holds-other",
                path = target.display().to_string(),
                id = id,
                backup = &m.vault_id
            )
        }
    } else {
        match pins::check(target, &m.vault_id) {
            pins::Check::Same => crate::i18n::tr!(
                "m-restore-knew",
                id = &m.vault_id,
                path = target.display().to_string()
            ),
            pins::Check::Changed(p) => crate::i18n::tr!(
                "m-restore-knew",
                id = &p.vault_id,
                path = target.display().to_string()
            ),
            // A folder this machine never knew: nothing there to roll back.
            // Other copies of the vault here (a clone, the original) keep
            // their own remembered heads, and the restored copy, a new
            // device, starts its own; a head remembered under the vault's
            // id alone is one of theirs, not this folder's.
            pins::Check::Unpinned => return Ok(()),
        }
    };
    Err(Error::usage(
        crate::i18n::tr!(
            "m-restore-would-replace",
            why = why,
            at = &m.created_at,
            seq = m.journal_head.seq
        ),
        crate::i18n::tr!("m-restore-would-replace-hint"),
    ))
}

/// Opens the staged vault with the user's method, directly or (a
/// child's) through a guardian's vault, and checks it whole.
fn open_staged(
    staging: &Path,
    req: &RestoreRequest<'_>,
) -> Result<(Vault, vault::check::CheckReport)> {
    let mut sealed = Sealed::open(staging)?.detached();
    sealed.prefer_recipients(&req.prefer);
    let v = match sealed.try_unwrap(&req.method)? {
        Some((key, file)) => {
            let (mut v, _) = sealed.open_with(key, file, None)?;
            v.keep_method(req.method.clone());
            v
        }
        None => open_through_guardian(&sealed, &req.method)?.ok_or_else(|| {
            Error::unlock(
                crate::i18n::tr!("m-restore-vault-not-yours"),
                crate::i18n::tr!("m-restore-vault-not-yours-hint"),
            )
        })?,
    };
    let report = v.start_check()?.run(false, |_| {})?;
    if !report.is_ok() {
        return Err(Error::integrity(
            crate::i18n::tr!(
                "m-restore-check-failed",
                problems = report.problems.join("; ")
            ),
            crate::i18n::tr!("m-restore-check-failed-hint"),
        ));
    }
    Ok((v, report))
}

/// A child's staged vault, opened through a guardian's vault the user's
/// method opens, with the guardian's MAC checked.
fn open_through_guardian(sealed: &Sealed, method: &Arc<UnlockMethod>) -> Result<Option<Vault>> {
    let Some(pf) = profile::read(&sealed.layout.root)? else {
        return Ok(None);
    };
    for parent in &pf.parents {
        let Some(dir) = parent.locate() else { continue };
        let Ok(psealed) = Sealed::open(&dir) else {
            continue;
        };
        if psealed.config.id != parent.vault_id {
            continue;
        }
        let Ok((gv, _)) = profile::unlock(psealed, method, None) else {
            continue;
        };
        let m = UnlockMethod::Identities {
            identities: vec![gv.key().boxed_identity()],
            source: format!("the vault of {}", parent.label()),
        };
        let prefer = [gv.key().recipient().to_string()];
        let Some((key, file)) = sealed.try_unwrap_preferring(&m, &prefer)? else {
            continue;
        };
        match guardian::verify(&sealed.layout, &file, gv.key(), &sealed.config.id, &key)? {
            guardian::Status::Valid | guardian::Status::Renew => {}
            guardian::Status::Missing | guardian::Status::Invalid(_) => {
                return Err(Error::integrity(
                    crate::i18n::tr!("m-restore-not-vouched", guardian = parent.label()),
                    crate::i18n::tr!("m-restore-not-vouched-hint"),
                ))
            }
        }
        let via = Via {
            vault_id: parent.vault_id.clone(),
            label: parent.label(),
        };
        let (mut v, _) = sealed.open_with(key, file, Some(via))?;
        v.keep_guardian_key(gv.key().clone());
        return Ok(Some(v));
    }
    Ok(None)
}

/// Puts the staged vault at `target`: exchanged with what is there (the
/// old vault, or an empty folder) in one step, so a crash leaves one or
/// the other in place, never neither.
fn swap(staging: &Path, target: &Path, exists: bool) -> Result<()> {
    let c =
        |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(|_| damaged("a NUL in a path"));
    if exists {
        let (a, b) = (c(staging)?, c(target)?);
        // SAFETY: two valid NUL-terminated paths; renameat2 only renames.
        let rc = unsafe {
            libc::renameat2(
                libc::AT_FDCWD,
                a.as_ptr(),
                libc::AT_FDCWD,
                b.as_ptr(),
                libc::RENAME_EXCHANGE,
            )
        };
        if rc != 0 {
            return Err(Error::io(
                crate::i18n::tr!("io-swapping-restored", path = target.display().to_string()),
                std::io::Error::last_os_error(),
            ));
        }
    } else {
        fs::rename(staging, target)
            .ctx(|| crate::i18n::tr!("io-moving-restored", path = target.display().to_string()))?;
    }
    crate::fsutil::sync_parent(target)
}

/// Removes staging directories of restores into the same target whose
/// process is gone (killed during a restore): ciphertext, but clutter.
fn remove_stale(parent: &Path, name: &str) {
    let prefix = format!(".{name}.restore-");
    let Ok(rd) = fs::read_dir(parent) else { return };
    for e in rd.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = n
            .strip_prefix(&prefix)
            .and_then(|r| r.split('-').next())
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        if is_dir && !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = fs::remove_dir_all(e.path());
        }
    }
}
