//! The only door to storage: creating, opening, unlocking a vault, reading
//! its sealed index, and committing changes. Nothing here prints.
//!
//! A commit is: take the write lock, load the current index, apply the
//! change and its journal entries to the in-memory database, seal, write a
//! temp file, fsync, rename over `index.age`, fsync the directory, release.
//! A crash anywhere leaves either the old or the new index.

pub mod add;
pub mod blobs;
pub mod keys;
pub mod layout;
mod lock;
pub mod schema;
mod seal;
pub mod store;

use std::cell::RefCell;
use std::fs;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use age::secrecy::SecretString;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::crypto::{self, Recipients, VaultKey};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::journal::{self, anchor, JournalActor, NewEntry};
use crate::timefmt;

pub use layout::Layout;
pub use lock::WriteLock;

pub const VAULT_FORMAT: &str = "carnet-vault";
pub const VAULT_VERSION: u32 = 1;

/// `vault.json`: public facts, nothing sensitive.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    pub format: String,
    pub version: u32,
    pub id: String,
}

/// How the user unlocks.
pub enum UnlockMethod {
    Identities {
        identities: Vec<Box<dyn age::Identity + Send + Sync>>,
        source: String,
    },
    Passphrase(SecretString),
}

impl UnlockMethod {
    fn describe(&self) -> String {
        match self {
            UnlockMethod::Identities { source, .. } => format!("identity {source}"),
            UnlockMethod::Passphrase(_) => "passphrase".into(),
        }
    }
}

/// A vault found on disk, not yet unlocked.
pub struct Sealed {
    pub layout: Layout,
    pub config: Config,
}

/// An unlocked vault.
pub struct Vault {
    pub layout: Layout,
    pub config: Config,
    key: VaultKey,
    /// The index as last loaded or committed by this process: one decrypt
    /// per command for reads, refreshed by every commit.
    cache: RefCell<Option<Rc<Connection>>>,
}

/// Failed unlock attempts recorded since the last successful unlock.
#[derive(Debug, Clone, Default)]
pub struct UnlockReport {
    pub failed_attempts: Vec<String>,
}

/// A random lowercase id: base32 alphabet, so prefixes are unique in practice.
pub fn new_id(len: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    (0..len)
        .map(|_| ALPHABET[rand::random::<u8>() as usize % 32] as char)
        .collect()
}

/// Whether `root` holds a vault.
pub fn exists(root: &Path) -> bool {
    root.join(layout::CONFIG).is_file()
}

/// What `carnet init` sets.
pub struct InitOptions {
    pub holder_name: Option<String>,
    pub birth_date: Option<String>,
    pub ins: Option<String>,
    pub passphrase: Option<SecretString>,
    pub recipients: Vec<crypto::ParsedRecipient>,
}

impl Vault {
    /// Creates a vault in `root` (which must not hold one).
    pub fn create(root: &Path, opts: InitOptions) -> Result<Vault> {
        if exists(root) {
            return Err(Error::usage(
                format!("a vault already exists in {}", root.display()),
                "choose another --vault or --profile; carnet never overwrites a vault",
            ));
        }
        if opts.passphrase.is_none() && opts.recipients.is_empty() {
            return Err(Error::usage(
                "a vault needs at least one unlock method",
                "give a passphrase (--passphrase-file FILE, or the prompt) or at least one --recipient",
            ));
        }
        fsutil::create_private_dir(root)?;
        let layout = Layout::resolve(root);
        let key = VaultKey::generate();
        let config = Config {
            format: VAULT_FORMAT.into(),
            version: VAULT_VERSION,
            id: new_id(16),
        };
        let now = timefmt::now();
        // Everything but vault.json first: vault.json last marks the vault complete.
        fsutil::create_private_dir(&layout.keys())?;
        fsutil::create_private_dir(&layout.blobs())?;
        fsutil::create_private_dir(&layout.tmp())?;
        fsutil::write_atomic(
            &layout.recipient(),
            format!("{}\n", key.recipient()).as_bytes(),
        )?;

        let mut conn = Connection::open_in_memory()?;
        schema::create(&conn)?;
        let holder = opts.holder_name.clone().unwrap_or_default();
        store::set_meta(&conn, "vault_id", &config.id)?;
        store::set_meta(&conn, "created_at", &timefmt::rfc3339(now))?;
        store::set_meta(&conn, "holder_name", &holder)?;
        if let Some(b) = &opts.birth_date {
            store::set_meta(&conn, "birth_date", b)?;
        }
        if let Some(i) = &opts.ins {
            store::set_meta(&conn, "ins", i)?;
        }
        let mut methods = Vec::new();
        if let Some(p) = &opts.passphrase {
            keys::add_passphrase(&layout, &conn, &key, p.clone(), now)?;
            methods.push("passphrase".to_string());
        }
        for r in &opts.recipients {
            keys::add_recipient(&layout, &conn, &key, r, now)?;
            methods.push(crypto::recipient_kind(&r.to_canonical()));
        }
        journal::append(
            &conn,
            &NewEntry::new(
                &JournalActor::holder(&holder),
                "vault.init",
                Some(&config.id),
                serde_json::json!({ "unlock_methods": methods }),
            ),
            now,
        )?;
        let sealed = seal::seal(&mut conn, &key, &config.id)?;
        fsutil::write_atomic(&layout.index(), &sealed)?;
        let json = serde_json::to_string_pretty(&config).expect("config serializes");
        fsutil::write_atomic(&layout.config(), format!("{json}\n").as_bytes())?;
        let vault = Vault {
            layout,
            config,
            key,
            cache: RefCell::new(None),
        };
        vault.remember_head(&conn)?;
        Ok(vault)
    }

    pub fn key(&self) -> &VaultKey {
        &self.key
    }

    pub fn root(&self) -> &Path {
        &self.layout.root
    }

    /// The current index for reading: loaded and authenticated once, then
    /// shared; every commit of this process refreshes it.
    pub fn load(&self) -> Result<Rc<Connection>> {
        if let Some(c) = self.cache.borrow().as_ref() {
            return Ok(Rc::clone(c));
        }
        let conn = Rc::new(self.load_fresh()?);
        *self.cache.borrow_mut() = Some(Rc::clone(&conn));
        Ok(conn)
    }

    /// The index after journaling any grant expiry not yet journaled
    /// (`grant.expire` is written the first time a command notices it).
    pub fn load_noticing_expiry(&self) -> Result<Rc<Connection>> {
        let conn = self.load()?;
        if store::has_unjournaled_expiry(&conn, timefmt::now())? {
            self.write(|_| Ok(()))?;
            return self.load();
        }
        Ok(conn)
    }

    /// Reads and authenticates the index on disk (no lock: renames are atomic).
    pub fn load_fresh(&self) -> Result<Connection> {
        let path = self.layout.index();
        let mut attempt = 0;
        loop {
            let sealed = fs::read(&path).map_err(|e| {
                if e.kind() == std::io::ErrorKind::NotFound {
                    Error::integrity(
                        format!("the vault index {} is missing", path.display()),
                        "restore index.age from a backup",
                    )
                } else {
                    Error::io(format!("reading {}", path.display()), e)
                }
            })?;
            let conn = seal::unseal(&sealed, &self.key, &self.config.id)?;
            schema::check_version(&conn)?;
            conn.execute_batch("PRAGMA foreign_keys = ON;")?;
            match self.check_rollback(&conn) {
                Ok(()) => return Ok(conn),
                // A writer may have committed (and recorded its head) between
                // our read and the check: read again before crying rollback.
                Err(_) if attempt < 2 && self.is_behind_anchor(&conn)? => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(e) => return Err(e),
            }
        }
    }

    fn is_behind_anchor(&self, conn: &Connection) -> Result<bool> {
        let (seq, _) = journal::head(conn)?;
        Ok(anchor::load(&self.config.id).is_some_and(|seen| seq < seen.seq))
    }

    /// Exit 6 if this index's journal is older than, or forked from, the
    /// last head seen outside the vault.
    fn check_rollback(&self, conn: &Connection) -> Result<()> {
        let (seq, hash) = journal::head(conn)?;
        if let Some(seen) = anchor::load(&self.config.id) {
            if seq < seen.seq {
                return Err(Error::integrity(
                    format!(
                        "the vault's journal ends at entry {seq}, but carnet already saw entry {} of this vault: an older index.age was restored (rollback)",
                        seen.seq
                    ),
                    "restore the newest index.age you have; if this rollback is deliberate, remove the remembered head in the state directory (see docs/security.md)",
                ));
            }
            if seq == seen.seq && hash != seen.hash
                || seq > seen.seq
                    && journal::hash_at(conn, seen.seq)?.as_deref() != Some(seen.hash.as_str())
            {
                return Err(Error::integrity(
                    format!(
                        "the vault's journal does not extend the one carnet saw before (entry {} differs): the index was replaced by a forked copy",
                        seen.seq
                    ),
                    "restore the index you trust; see docs/security.md",
                ));
            }
            if seq > seen.seq {
                anchor::store(
                    &self.config.id,
                    &anchor::Seen {
                        seq,
                        hash,
                        reviewed_seq: seen.reviewed_seq,
                    },
                )?;
            }
        } else {
            anchor::store(
                &self.config.id,
                &anchor::Seen {
                    seq,
                    hash,
                    reviewed_seq: 0,
                },
            )?;
        }
        Ok(())
    }

    fn remember_head(&self, conn: &Connection) -> Result<()> {
        let (seq, hash) = journal::head(conn)?;
        let reviewed_seq = anchor::load(&self.config.id)
            .map(|s| s.reviewed_seq)
            .unwrap_or(0);
        anchor::store(
            &self.config.id,
            &anchor::Seen {
                seq,
                hash,
                reviewed_seq,
            },
        )
    }

    /// Records that the holder read the journal up to `seq`.
    pub fn mark_reviewed(&self, seq: i64) -> Result<()> {
        let mut seen = anchor::load(&self.config.id).unwrap_or_default();
        if seq > seen.reviewed_seq {
            seen.reviewed_seq = seq;
            anchor::store(&self.config.id, &seen)?;
        }
        Ok(())
    }

    pub fn reviewed_seq(&self) -> i64 {
        anchor::load(&self.config.id)
            .map(|s| s.reviewed_seq)
            .unwrap_or(0)
    }

    /// Applies a change under the write lock and commits it with its journal
    /// entries. If `f` fails nothing is written.
    pub fn write<T>(&self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let _lock = WriteLock::acquire(&self.layout.lock())?;
        self.write_locked(f)
    }

    /// As [`Vault::write`], for a caller that already holds the lock.
    pub fn write_locked<T>(&self, f: impl FnOnce(&Tx) -> Result<T>) -> Result<T> {
        let mut conn = self.load_fresh()?;
        let now = timefmt::now();
        let out = {
            let tx = Tx { conn: &conn, now };
            store::journal_expired_grants(&tx)?;
            f(&tx)?
        };
        self.commit(&mut conn)?;
        *self.cache.borrow_mut() = Some(Rc::new(conn));
        self.clean_leftovers();
        Ok(out)
    }

    fn commit(&self, conn: &mut Connection) -> Result<()> {
        let sealed = seal::seal(conn, &self.key, &self.config.id)?;
        fsutil::write_atomic(&self.layout.index(), &sealed)?;
        self.remember_head(conn)
    }

    /// Removes temp files of interrupted writes whose writer is gone (or
    /// that are over an hour old). Best effort.
    pub fn clean_leftovers(&self) -> usize {
        let mut n = 0;
        if let Ok(list) = blobs::leftovers(&self.layout) {
            for (p, age) in list {
                if (blobs::writer_gone(&p) || age.as_secs() > 3600) && fs::remove_file(&p).is_ok() {
                    n += 1;
                }
            }
        }
        n + self.sweep_orphans_hourly()
    }

    /// Removes blobs no document points to, older than an hour (so never
    /// one an add in progress is about to commit). Listing `blobs/` costs
    /// O(documents), so this runs at most once an hour, marked by the
    /// mtime of `tmp/.swept`.
    fn sweep_orphans_hourly(&self) -> usize {
        let marker = self.layout.tmp().join(".swept");
        let recent = fs::metadata(&marker)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() < 3600);
        if recent {
            return 0;
        }
        let _ = fsutil::create_new_private(&marker);
        if let Ok(f) = fs::File::options().write(true).open(&marker) {
            let _ = f.set_modified(std::time::SystemTime::now());
        }
        let Some(conn) = self.cache.borrow().as_ref().map(Rc::clone) else {
            return 0;
        };
        let (Ok(referenced), Ok(present)) =
            (store::referenced_blobs(&conn), blobs::list(&self.layout))
        else {
            return 0;
        };
        let mut n = 0;
        for b in present.iter().filter(|b| !referenced.contains(*b)) {
            let p = self.layout.blob(b);
            let old = fs::metadata(&p)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600);
            if old && fs::remove_file(&p).is_ok() {
                n += 1;
            }
        }
        n
    }

    /// Folds failed-unlock records into the journal and returns them.
    fn fold_failed_unlocks(&self) -> Result<UnlockReport> {
        let dir = self.layout.failed_unlocks();
        let Ok(rd) = fs::read_dir(&dir) else {
            return Ok(UnlockReport::default());
        };
        let mut files: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "age"))
            .collect();
        if files.is_empty() {
            return Ok(UnlockReport::default());
        }
        files.sort();
        let mut attempts = Vec::new();
        for p in &files {
            let Ok(bytes) = fs::read(p) else { continue };
            let ids = [self.key.identity() as &dyn age::Identity];
            let opened = crypto::decrypt_reader(&bytes[..], &ids);
            if let Ok(mut r) = opened {
                let mut s = String::new();
                if std::io::Read::read_to_string(&mut r, &mut s).is_ok() {
                    if let Ok(v) = serde_json::from_str::<serde_json::Value>(&s) {
                        let at = v["at"].as_str().unwrap_or("?").to_string();
                        let how = v["method"].as_str().unwrap_or("?").to_string();
                        attempts.push(format!("{at} ({how})"));
                    }
                }
            }
        }
        let times = attempts.clone();
        let holder = self.holder_name()?;
        self.write(|tx| {
            tx.journal(NewEntry::new(
                &JournalActor::system(),
                "unlock.failed",
                None,
                serde_json::json!({ "count": times.len(), "attempts": times, "holder": holder }),
            ))?;
            Ok(())
        })?;
        for p in files {
            let _ = fs::remove_file(p);
        }
        Ok(UnlockReport {
            failed_attempts: attempts,
        })
    }

    pub fn holder_name(&self) -> Result<String> {
        let conn = self.load()?;
        Ok(store::get_meta(&conn, "holder_name")?.unwrap_or_default())
    }
}

/// The change being made inside [`Vault::write`].
pub struct Tx<'a> {
    pub conn: &'a Connection,
    pub now: OffsetDateTime,
}

impl Tx<'_> {
    pub fn journal(&self, e: NewEntry) -> Result<journal::Entry> {
        journal::append(self.conn, &e, self.now)
    }
}

impl Sealed {
    /// Finds the vault in `root`; exit 4 if there is none.
    pub fn open(root: &Path) -> Result<Sealed> {
        let layout = Layout::resolve(root);
        let path = layout.config();
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::not_found(
                format!("no vault in {}", root.display()),
                "create one with `carnet init`, or point to it with --vault DIR or --profile NAME",
            )),
            Err(e) => return Err(Error::io(format!("reading {}", path.display()), e)),
        };
        let config: Config = serde_json::from_str(&text).map_err(|e| {
            Error::integrity(
                format!("{} is corrupt: {e}", path.display()),
                "restore vault.json from a backup",
            )
        })?;
        if config.format != VAULT_FORMAT {
            return Err(Error::integrity(
                format!("{} is not a carnet vault", root.display()),
                "check the --vault path",
            ));
        }
        if config.version > VAULT_VERSION {
            return Err(Error::usage(
                format!("this vault is format version {}, newer than this carnet understands ({VAULT_VERSION})", config.version),
                "upgrade carnet",
            ));
        }
        Ok(Sealed { layout, config })
    }

    /// The vault's public recipient (no unlock needed).
    pub fn recipient(&self) -> Result<age::x25519::Recipient> {
        let s = fs::read_to_string(self.layout.recipient())
            .ctx(|| format!("reading {}", self.layout.recipient().display()))?;
        s.trim().parse().map_err(|e| {
            Error::integrity(
                format!("the vault recipient file is corrupt ({e})"),
                "restore it from a backup",
            )
        })
    }

    /// Unlocks with the given method; a failure is recorded for the holder.
    pub fn unlock(self, method: &UnlockMethod) -> Result<(Vault, UnlockReport)> {
        let key = match keys::unwrap(&self.layout, method)? {
            Some(k) => k,
            None => {
                self.record_failed_unlock(method);
                return Err(match method {
                    UnlockMethod::Passphrase(_) => Error::unlock(
                        "cannot unlock the vault: wrong passphrase",
                        "try again; if you forgot it, unlock with an identity registered with `carnet key add`",
                    ),
                    UnlockMethod::Identities { source, .. } => Error::unlock(
                        format!("cannot unlock the vault: {source} is not one of its unlock methods"),
                        "use the identity whose recipient was given to `carnet init --recipient` or `carnet key add`, or the passphrase",
                    ),
                });
            }
        };
        let vault = Vault {
            layout: self.layout,
            config: self.config,
            key,
            cache: RefCell::new(None),
        };
        // Load once to authenticate before anything else happens.
        vault.load()?;
        let report = vault.fold_failed_unlocks()?;
        Ok((vault, report))
    }

    fn record_failed_unlock(&self, method: &UnlockMethod) {
        let Ok(recipient) = self.recipient() else {
            return;
        };
        let dir = self.layout.failed_unlocks();
        if fsutil::create_private_dir(&dir).is_err() {
            return;
        }
        let body = serde_json::json!({ "at": timefmt::rfc3339(timefmt::now()), "method": method.describe() });
        let mut out = Vec::new();
        let Ok(mut w) = crypto::encrypt_writer(&Recipients::x25519(recipient), &mut out, false)
        else {
            return;
        };
        if std::io::Write::write_all(&mut w, body.to_string().as_bytes()).is_err()
            || w.finish().is_err()
        {
            return;
        }
        let name = format!("{}-{}.age", timefmt::now().unix_timestamp(), new_id(8));
        let _ = fsutil::write_atomic(&dir.join(name), &out);
    }
}
