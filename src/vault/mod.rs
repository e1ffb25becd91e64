//! The only door to storage: creating, opening, unlocking a vault, reading
//! its sealed index, and committing changes. Nothing here prints.
//!
//! The index is a sealed snapshot (`index.age`) plus this device's commits
//! made since (sealed segments in `log/DEVICE/`, docs/format.md "Index
//! snapshot and commit log"). Every open reads the snapshot in place and
//! applies the segments it does not hold. A commit is: take the write
//! lock, open the index so, apply the change and its journal entries,
//! write the rows it changed as the next segment (temp file, fsync,
//! rename, fsync the directory), release: its cost is the change's, not
//! the index's. Every [`compact_after`] commits (or [`COMPACT_BYTES`]
//! of segments), and for a change no segment can carry, the commit also
//! seals the whole index again over `index.age`. A crash anywhere leaves
//! the old or the new segment, and the old or the new snapshot: any pair
//! opens to the same index.

pub mod add;
pub mod backup;
pub mod blobs;
pub mod bulk;
pub mod bundles;
pub mod check;
pub mod docs;
pub mod emergency;
pub mod export;
pub mod failed;
pub mod get;
pub mod grants;
pub mod guardian;
pub mod hidden;
pub mod hiding;
pub mod import;
pub mod inbox;
mod inplace;
pub mod journal_view;
pub mod keys;
pub mod kit;
pub mod layout;
mod lock;
pub mod medical;
pub mod meta;
pub mod outside;
pub mod pins;
pub mod private;
pub mod profile;
pub mod pros;
pub mod rekey;
pub mod replica;
pub mod schema;
mod seal;
pub mod settings;
pub mod state;
pub mod status;
pub mod store;
mod unlock_methods;
pub mod visibility;

mod index_payload;
mod minor_seal;
mod random_id;
mod tx;
mod unlock;

pub use random_id::new_id;
pub use tx::Tx;
pub use unlock::UnlockMethod;

use std::cell::RefCell;
use std::fs;
use std::path::Path;
use std::rc::Rc;
use std::sync::Arc;

use age::secrecy::SecretString;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::crypto::{self, Recipients, VaultKey};
use crate::error::{Error, Result};
use crate::fsutil;
use crate::journal::{self, anchor, Action, JournalActor, NewEntry};
use crate::timefmt;

pub use layout::Layout;

/// How a command reads the index.
#[derive(Clone, Copy)]
enum Reading {
    /// Read-only, each page decrypted when first read ([`inplace`]).
    InPlace,
    /// All of it in memory, to change and seal again.
    Whole,
}
pub use lock::{timeout as lock_timeout, WriteLock};

/// Most segments after the snapshot past which a commit compacts: each
/// open replays them (a few pages each), and a compaction costs a whole
/// seal. A small snapshot compacts sooner: see [`compact_after`].
pub const COMPACT_SEGMENTS: u64 = 32;
/// Fewest segments after the snapshot past which a commit compacts.
pub const COMPACT_SEGMENTS_MIN: u64 = 8;

/// How many segments may pile up over a snapshot of `snapshot_len` bytes
/// before a commit compacts. Replaying a segment costs about the same
/// whatever the vault (an X25519 unwrap, a few rows: 0.1–0.2 ms), and k
/// pending segments cost every command k/2 replays on average; a
/// compaction costs a fixed write plus sealing the whole snapshot, spread
/// over the k commits. The best k grows as the square root of the
/// snapshot's size: 8 up to 4 MiB (a compaction then costs about what a
/// commit does; 32 made `carnet add` of one file into a small vault replay
/// 16 segments on average, bench test 2), 32 from 64 MiB (test 9's 100k
/// documents, where a seal is the expensive part).
pub fn compact_after(snapshot_len: u64) -> u64 {
    (snapshot_len >> 16)
        .isqrt()
        .clamp(COMPACT_SEGMENTS_MIN, COMPACT_SEGMENTS)
}
/// Sealed segment bytes after the snapshot past which a commit compacts
/// (a bulk add writes one large segment: compacted at once).
pub const COMPACT_BYTES: u64 = 1 << 20;

/// What the index as opened holds beyond its snapshot.
#[derive(Clone, Copy, Default)]
struct Pending {
    /// This device's segments applied on top of the snapshot.
    segments: u64,
    bytes: u64,
    /// The snapshot's size (`index.age`), which sets when to compact.
    snapshot: u64,
    /// The snapshot needs sealing again whatever the commit: an older
    /// format or schema, migrated in memory.
    stale: bool,
}

pub const VAULT_FORMAT: &str = "carnet-vault";
/// 2: the index is a snapshot plus a commit log (docs/format.md): a
/// carnet that knows only 1 would read a stale snapshot and write over
/// the log, so it must refuse ("upgrade carnet").
pub const VAULT_VERSION: u32 = 2;
/// Bounds of the small public files read before the unlock (untrusted).
const MAX_CONFIG: u64 = 64 * 1024;
const MAX_RECIPIENT: u64 = 4096;

/// `vault.json`: public facts, nothing sensitive.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Config {
    pub format: String,
    pub version: u32,
    pub id: String,
}

/// A vault found on disk, not yet unlocked.
pub struct Sealed {
    pub(crate) layout: Layout,
    pub config: Config,
    /// Recipients of the user's identities: their wrappers are tried first.
    prefer: Vec<String>,
    /// Wrapper files the user's method opened whose key does not open
    /// the index (planted): skipped, and reported.
    rejected: RefCell<Vec<String>>,
    /// Entries of `keys/` that are not regular files (a FIFO, a link, a
    /// directory): never opened, and reported. (file, what it is)
    skipped: RefCell<Vec<(String, String)>>,
    /// Opened where it does not live yet (a restore's staging copy): see
    /// [`Sealed::detached`].
    detached: bool,
    /// Opened by `carnet sync`: see [`Sealed::refetch_copies`].
    refetch: Option<replica::copies::Refetch>,
}

/// An unlocked vault.
pub struct Vault {
    pub(crate) layout: Layout,
    pub config: Config,
    key: VaultKey,
    /// The index as last loaded or committed by this process: one decrypt
    /// per command for reads, refreshed by every commit.
    cache: RefCell<Option<Rc<Connection>>>,
    /// Which `index.age` the cached connection was read from (in place), or
    /// committed as: a write reuses that connection when it is still the
    /// one on disk (see [`Vault::conn_for_write`]).
    cache_mark: std::cell::Cell<Option<IndexMark>>,
    /// The `index.age` the last [`Vault::load_index`] opened.
    loaded_mark: std::cell::Cell<Option<IndexMark>>,
    access: Access,
    /// The user's own unlock method, kept when it opened this vault
    /// directly: its identities open documents sealed for the minor, and
    /// `rekey` re-wraps a passphrase with it.
    method: Option<Arc<UnlockMethod>>,
    /// The guardian's vault key, when this child's vault was opened
    /// through it: a rekey re-creates the guardian's MAC with it.
    guardian_key: Option<VaultKey>,
    trust: Trust,
    /// A staging copy (see [`Sealed::detached`]): its journal is neither
    /// checked against nor recorded as the head this machine remembers.
    detached: bool,
    /// Missing copies of other devices' segments are fetched again from
    /// a remote (`carnet sync`, [`replica::copies`]).
    refetch: Option<replica::copies::Refetch>,
    /// What the index last opened by this process holds beyond its snapshot.
    pending: std::cell::Cell<Pending>,
    /// The format version `vault.json` says, as last written.
    version: std::cell::Cell<u32>,
}

/// What an unlock found about the vault's files and identity, for the
/// command to tell the user.
#[derive(Debug, Clone, Default)]
pub struct Trust {
    /// Wrapper files the user's method opened whose key does not open
    /// this vault: planted by someone who knows a public recipient.
    pub rejected_keys: Vec<String>,
    /// Entries of `keys/` that are not regular files, with what they are:
    /// skipped (a FIFO would block the unlock forever).
    pub skipped_keys: Vec<String>,
    /// Why the guardian's MAC was written at this unlock, if it was.
    pub mac_written: Option<String>,
}

/// Who unlocked the vault, as the index's `unlock_keys` row of the wrapper
/// that opened says (authenticated with the index).
#[derive(Debug, Clone)]
pub struct Access {
    pub role: keys::Role,
    /// The wrapper file that opened.
    pub file: String,
    /// Display name: the guardian's, or the holder's.
    pub name: String,
    /// The journal actor id of a guardian: `vault:<id>` for a parent's
    /// vault, else the recipient.
    pub id: String,
    /// How a guardian got in through their own vault (e.g. `profile default`).
    pub via: Option<String>,
}

/// A guardian's own vault, through which a child's vault was opened.
#[derive(Debug, Clone)]
pub struct Via {
    pub vault_id: String,
    pub label: String,
}

/// Failed unlock attempts reported since the last successful unlock (by
/// unauthenticated records: see [`failed`]).
#[derive(Debug, Clone, Default)]
pub struct UnlockReport {
    /// Well-formed records, `at (method)`.
    pub failed_attempts: Vec<String>,
    /// Records that were not well-formed (not shown).
    pub malformed: usize,
    /// Records beyond the per-unlock bound, counted and removed unread.
    pub unread: usize,
}

impl UnlockReport {
    pub fn is_empty(&self) -> bool {
        self.failed_attempts.is_empty() && self.malformed == 0 && self.unread == 0
    }

    /// Adds the report of a guardian's vault opened on the way (`label`).
    pub fn extend_from(&mut self, other: UnlockReport, label: &str) {
        self.failed_attempts.extend(
            other
                .failed_attempts
                .into_iter()
                .map(|a| format!("{a} (on {label})")),
        );
        self.malformed += other.malformed;
        self.unread += other.unread;
    }
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
    /// A child's vault (`profile create`): its key is wrapped to the
    /// guardian's own vault recipient, with the guardian's MAC beside the
    /// wrapper, and the public profile file names that vault.
    pub guardian: Option<ChildOf>,
}

/// How a child's vault is tied to the vault of the guardian who creates it.
pub struct ChildOf {
    /// The guardian's vault key: the wrapper goes to its recipient, and
    /// the guardian's MAC is made with it.
    pub guardian_key: VaultKey,
    pub vault_id: String,
    pub guardian_name: String,
    pub profile_file: profile::ProfileFile,
}

impl Vault {
    /// Creates a vault in `root` (which must not hold one).
    pub fn create(root: &Path, opts: InitOptions) -> Result<Vault> {
        if exists(root) {
            return Err(Error::usage(
                crate::i18n::tr!("v-vault-exists", path = root.display().to_string()),
                crate::i18n::tr!("v-vault-exists-hint"),
            ));
        }
        if opts.passphrase.is_none() && opts.recipients.is_empty() && opts.guardian.is_none() {
            return Err(Error::usage(
                crate::i18n::tr!("v-no-unlock-method"),
                crate::i18n::tr!("v-no-unlock-method-hint"),
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
        keys::create_data_dirs(&layout, &key)?;

        let mut conn = Connection::open_in_memory()?;
        schema::create(&conn)?;
        let holder = opts.holder_name.clone().unwrap_or_default();
        meta::set(&conn, meta::Key::VaultId, &config.id)?;
        meta::set(&conn, meta::Key::CreatedAt, &timefmt::rfc3339(now))?;
        meta::set(&conn, meta::Key::HolderName, &holder)?;
        if let Some(b) = &opts.birth_date {
            meta::set(&conn, meta::Key::BirthDate, b)?;
        }
        if let Some(i) = &opts.ins {
            meta::set(&conn, meta::Key::Ins, i)?;
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
        let mut access = Access {
            role: keys::Role::Holder,
            file: String::new(),
            name: holder.clone(),
            id: "holder".into(),
            via: None,
        };
        let mut actor = JournalActor::holder(&holder);
        if let Some(g) = &opts.guardian {
            let owner = keys::Owner {
                role: keys::Role::Guardian,
                name: Some(g.guardian_name.clone()),
                vault_id: Some(g.vault_id.clone()),
                label: None,
            };
            let file = keys::add_recipient_owned(
                &layout,
                &conn,
                &key,
                &crypto::ParsedRecipient::X25519(g.guardian_key.recipient()),
                &owner,
                &timefmt::rfc3339(now),
            )?;
            guardian::write(
                &layout,
                &file,
                &g.guardian_key,
                &config.id,
                &key.recipient(),
            )?;
            meta::set(&conn, meta::Key::GuardiansProfile, &g.vault_id)?;
            methods.push("guardian vault".to_string());
            access = Access {
                role: keys::Role::Guardian,
                file,
                name: g.guardian_name.clone(),
                id: format!("vault:{}", g.vault_id),
                via: None,
            };
            actor = JournalActor::guardian(&access.id, &access.name);
        }
        journal::append(
            &conn,
            &NewEntry::new(
                &actor,
                Action::VaultInit,
                Some(&config.id),
                serde_json::json!({ "unlock_methods": methods }),
            ),
            now,
        )?;
        let sealed = seal::seal(&mut conn, &key, &config.id)?;
        fsutil::write_atomic(&layout.index(), &sealed)?;
        if let Some(g) = &opts.guardian {
            profile::write(root, &g.profile_file)?;
        }
        let json = serde_json::to_string_pretty(&config).expect("config serializes");
        fsutil::write_atomic(&layout.config(), format!("{json}\n").as_bytes())?;
        let vault = Vault {
            layout,
            config,
            key,
            access,
            method: None,
            cache: RefCell::new(None),
            cache_mark: Default::default(),
            loaded_mark: Default::default(),
            guardian_key: None,
            trust: Trust::default(),
            detached: false,
            refetch: None,
            pending: Default::default(),
            version: std::cell::Cell::new(VAULT_VERSION),
        };
        vault.remember_head(&conn)?;
        // A vault made here is the one this location holds.
        pins::pin(root, &vault.config.id)?;
        Ok(vault)
    }

    pub fn key(&self) -> &VaultKey {
        &self.key
    }

    /// How many missing copies of other devices' segments the opens of
    /// this vault fetched again ([`Sealed::refetch_copies`]).
    pub fn refetched_copies(&self) -> usize {
        self.refetch.as_ref().map_or(0, |r| r.done.get())
    }

    /// Who unlocked the vault.
    pub fn access(&self) -> &Access {
        &self.access
    }

    /// Keeps the user's unlock method (see [`Vault::user_identities`]).
    pub fn keep_method(&mut self, method: Arc<UnlockMethod>) {
        self.method = Some(method);
        // Its identities may open what the minor sealed: the index read so
        // far gets the overlay now (no second read), or is read again if it
        // already has one, built without them.
        let cached = self.cache.borrow().as_ref().map(Rc::clone);
        if let Some(c) = cached {
            let revealed = !private::has_overlay(&c).unwrap_or(true) && self.reveal(&c).is_ok();
            if !revealed {
                *self.cache.get_mut() = None;
            }
        }
    }

    /// The unlock method the user gave, if it opened this vault directly.
    pub fn method(&self) -> Option<&UnlockMethod> {
        self.method.as_deref()
    }

    /// Keeps the key of the guardian's vault this vault was opened through.
    pub fn keep_guardian_key(&mut self, key: VaultKey) {
        self.guardian_key = Some(key);
    }

    /// The key of the guardian's vault this vault was opened through.
    pub fn guardian_key(&self) -> Option<&VaultKey> {
        self.guardian_key.as_ref()
    }

    /// What the unlock found about the vault's files and identity.
    pub fn trust(&self) -> &Trust {
        &self.trust
    }

    /// Writes the MAC of the guardian `guardian` beside the wrapper this
    /// vault was opened with, under the write lock (a rekey moves the
    /// wrappers), recording `why` for the user.
    pub fn write_guardian_mac(&mut self, guardian: &VaultKey, why: &str) -> Result<()> {
        let _lock = WriteLock::acquire(&self.layout.lock())?;
        self.check_generation()?;
        guardian::write(
            &self.layout,
            &self.access.file,
            guardian,
            &self.config.id,
            &self.key.recipient(),
        )?;
        self.trust.mac_written = Some(why.to_string());
        Ok(())
    }

    /// The user's identities (when unlocked with an identity file): they
    /// open documents sealed for the minor when they are the minor's.
    pub fn user_identities(&self) -> Vec<&dyn age::Identity> {
        match self.method.as_deref() {
            Some(UnlockMethod::Identities { identities, .. }) => identities
                .iter()
                .map(|i| i.as_ref() as &dyn age::Identity)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// As [`Vault::user_identities`], usable from another thread.
    pub fn user_identities_sync(&self) -> Vec<&(dyn age::Identity + Send + Sync)> {
        match self.method.as_deref() {
            Some(UnlockMethod::Identities { identities, .. }) => {
                identities.iter().map(|i| i.as_ref()).collect()
            }
            _ => Vec::new(),
        }
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
        let conn = Rc::new(self.load_index(Reading::InPlace)?);
        *self.cache.borrow_mut() = Some(Rc::clone(&conn));
        self.cache_mark.set(self.loaded_mark.get());
        Ok(conn)
    }

    /// The current index for reading all of it (a scan of the whole
    /// journal): decrypted at once on every core, rather than as pages are
    /// read; then shared as [`Vault::load`] is.
    pub fn load_whole(&self) -> Result<Rc<Connection>> {
        let conn = Rc::new(self.load_index(Reading::Whole)?);
        *self.cache.borrow_mut() = Some(Rc::clone(&conn));
        self.cache_mark.set(None);
        Ok(conn)
    }

    /// The index after journaling any grant expiry not yet journaled
    /// (`grant.expire` is written the first time a command notices it).
    pub fn load_noticing_expiry(&self) -> Result<Rc<Connection>> {
        let conn = self.load()?;
        if store::has_unjournaled_expiry(&conn, timefmt::now())? || private::has_pending(&conn)? {
            self.write(|_| Ok(()))?;
            return self.load();
        }
        Ok(conn)
    }

    /// Opens the index on disk afresh (snapshot and segments), to change
    /// it: its writes stay in memory until committed (no lock: renames
    /// are atomic, and segments are never removed).
    pub fn load_fresh(&self) -> Result<Connection> {
        self.load_index(Reading::InPlace)
    }

    fn load_index(&self, how: Reading) -> Result<Connection> {
        let path = self.layout.index();
        let mut attempt = 0;
        loop {
            let file = fsutil::open_regular(&path, u64::MAX).map_err(|e| match e {
                fsutil::Unread::Missing => Error::integrity(
                    crate::i18n::tr!("v-index-missing", path = path.display().to_string()),
                    crate::i18n::tr!("v-index-missing-hint"),
                ),
                e => e.into_error(&path),
            })?;
            let mark = IndexMark::of_file(&file);
            self.loaded_mark.set(mark);
            let in_place = match how {
                Reading::InPlace => seal::open_file_in_place(file, &self.key, &self.config.id)?,
                Reading::Whole => None,
            };
            let mut pending = Pending {
                snapshot: mark.map_or(0, |m| m.len),
                ..Pending::default()
            };
            let conn = match in_place {
                Some(c) => {
                    // An index of an older schema is migrated in memory,
                    // and sealed whole at the next commit.
                    if !schema::is_current(&c)? {
                        schema::check_version(&c)?;
                        pending.stale = true;
                    }
                    c
                }
                None => {
                    let file =
                        fsutil::open_regular(&path, u64::MAX).map_err(|e| e.into_error(&path))?;
                    let conn = seal::unseal_file(&file, &self.key, &self.config.id)?;
                    // In place failed only for a format-1 index.
                    pending.stale = matches!(how, Reading::InPlace) || !schema::is_current(&conn)?;
                    schema::check_version(&conn)?;
                    conn
                }
            };
            // Sorts and temporary tables stay in memory: never plaintext on disk.
            conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;")?;
            // The commits made since the snapshot.
            let mut copies = replica::copies::Copies::new(self.refetch.as_ref());
            if let Some(d) = replica::device::get(&self.layout.root)? {
                let (segments, bytes) = self.replay_own_segments(&conn, &d, &mut copies)?;
                pending.segments = segments;
                pending.bytes = bytes;
            }
            self.pending.set(pending);
            if self.detached {
                copies.keep()?;
                self.reveal(&conn)?;
                return Ok(conn);
            }
            match self.check_rollback(&conn) {
                Ok(()) => {
                    copies.keep()?;
                    self.reveal(&conn)?;
                    return Ok(conn);
                }
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

    /// A minor's private session: the minor's own key, in a child's vault
    /// not yet handed over (see [`private`]).
    fn private_session(&self, conn: &Connection) -> Result<bool> {
        Ok(self.access.role == keys::Role::Minor
            && meta::get(conn, meta::Key::GuardiansProfile)?.is_some())
    }

    /// Gives a loaded index the overlay of what the minor keeps private,
    /// in a private session or when the user's identities open some.
    fn reveal(&self, conn: &Connection) -> Result<()> {
        let private = self.private_session(conn)?;
        let ids = self.user_identities();
        if private || (!ids.is_empty() && private::any_records(conn)?) {
            private::overlay(conn, &ids, private)?;
        }
        Ok(())
    }

    /// The change about to be made on `conn`: in a private session, it
    /// seals the entries marked private (see [`Tx::journal`]).
    pub(crate) fn tx<'a>(&self, conn: &'a Connection, now: OffsetDateTime) -> Result<Tx<'a>> {
        let mut seal_to = None;
        if self.private_session(conn)? {
            let recipients = keys::minor_recipients(conn)?;
            if !recipients.is_empty() {
                seal_to = Some(private::SealTo {
                    recipients,
                    holder: meta::get(conn, meta::Key::HolderName)?.unwrap_or_default(),
                });
            }
        }
        Ok(Tx {
            conn,
            now,
            seal_to,
            capture: None,
            uncaptured_used: std::cell::Cell::new(false),
            via_agent: self.key.is_held(),
        })
    }

    fn is_behind_anchor(&self, conn: &Connection) -> Result<bool> {
        let (seq, _) = journal::head(conn)?;
        Ok(anchor::load(&self.anchor_id()).is_some_and(|seen| seq < seen.seq))
    }

    /// Exit 6 if this index's journal is older than, or forked from, the
    /// last head seen outside the vault.
    fn check_rollback(&self, conn: &Connection) -> Result<()> {
        let (seq, hash) = journal::head(conn)?;
        if let Some(seen) = anchor::load(&self.anchor_id()) {
            if (seq, &hash) != (seen.seq, &seen.hash) && anchor::restored_over(conn, &seen)? {
                // A restore put this vault in place and was interrupted
                // before it recorded the new head: its own journal says
                // which head it replaced (only the key holder can write it).
                return self.remember_head(conn);
            }
            if seq < seen.seq {
                return Err(Error::integrity(
                    crate::i18n::tr!(
                        "v-rollback",
                        seq = seq.to_string(),
                        seen = seen.seq.to_string()
                    ),
                    crate::i18n::tr!("v-rollback-hint"),
                ));
            }
            if seq == seen.seq && hash != seen.hash
                || seq > seen.seq
                    && journal::hash_at(conn, seen.seq)?.as_deref() != Some(seen.hash.as_str())
            {
                return Err(Error::integrity(
                    crate::i18n::tr!("v-fork", seen = seen.seq.to_string()),
                    crate::i18n::tr!("v-fork-hint"),
                ));
            }
            if seq > seen.seq {
                anchor::store(
                    &self.anchor_id(),
                    &anchor::Seen {
                        seq,
                        hash,
                        reviewed_seq: seen.reviewed_seq,
                    },
                )?;
            }
        } else {
            anchor::store(
                &self.anchor_id(),
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
        let reviewed_seq = anchor::load(&self.anchor_id())
            .map(|s| s.reviewed_seq)
            .unwrap_or(0);
        anchor::store(
            &self.anchor_id(),
            &anchor::Seen {
                seq,
                hash,
                reviewed_seq,
            },
        )
    }

    /// Records that the holder read the journal up to `seq`.
    pub fn mark_reviewed(&self, seq: i64) -> Result<()> {
        let mut seen = anchor::load(&self.anchor_id()).unwrap_or_default();
        if seq > seen.reviewed_seq {
            seen.reviewed_seq = seq;
            anchor::store(&self.anchor_id(), &seen)?;
        }
        Ok(())
    }

    pub fn reviewed_seq(&self) -> i64 {
        anchor::load(&self.anchor_id())
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
        self.check_generation()?;
        let mut conn = self.conn_for_write()?;
        let mut pending = self.pending.get();
        self.upgrade_config()?;
        // A vault logs its commits under its device id: one that has none
        // yet (made before commits were logged) takes one now, its row in
        // `devices` written by this commit.
        let device = match replica::device::get(&self.layout.root)? {
            Some(d) => d,
            None => self.take_device_id()?,
        };
        let now = timefmt::now();
        let (out, changes, whole) = {
            let mut tx = self.tx(&conn, now)?;
            tx.capture = Some(std::cell::RefCell::new(replica::change::Capture::start(
                &conn,
            )?));
            // (Again at every commit: a crash may have left the id without its row.)
            self.record_device(&tx, &device)?;
            store::journal_expired_grants(&tx)?;
            private::journal_noticed(&tx)?;
            let schema_before = schema_version(&conn)?;
            let out = f(&tx)?;
            let (changes, local) = match &tx.capture {
                Some(c) => {
                    let mut c = c.borrow_mut();
                    (c.finish(&conn)?, c.touched_local())
                }
                None => (Vec::new(), false),
            };
            // A schema change (no operation makes one; tests plant older
            // schemas) is no row a segment carries.
            let ddl = schema_version(&conn)? != schema_before;
            (out, changes, local || ddl || tx.uncaptured_used.get())
        };
        // The minor's private rows are written back outside the capture.
        let whole = whole || private::has_overlay(&conn)?;
        if !changes.is_empty() {
            pending.bytes += self.write_own_segment(&conn, &device, changes)?;
            pending.segments += 1;
        } else if !whole {
            // Nothing changed: nothing to write.
            *self.cache.borrow_mut() = Some(Rc::new(conn));
            self.cache_mark
                .set(IndexMark::of_path(&self.layout.index()));
            return Ok(out);
        }
        let compact = whole
            || pending.stale
            || pending.segments >= compact_after(pending.snapshot)
            || pending.bytes >= COMPACT_BYTES;
        if compact {
            pending = Pending {
                snapshot: self.commit(&mut conn)?,
                ..Pending::default()
            };
        } else {
            self.remember_head(&conn)?;
        }
        self.pending.set(pending);
        *self.cache.borrow_mut() = Some(Rc::new(conn));
        // Under the lock: what is on disk now is what this connection holds.
        self.cache_mark
            .set(IndexMark::of_path(&self.layout.index()));
        self.clean_leftovers();
        Ok(out)
    }

    /// The connection a commit changes: the cached one when nothing was
    /// committed since it was read (the same `index.age`, and no own
    /// segment after the last it applied), else the index read afresh.
    /// A command that reads then writes (every `add`) otherwise replays
    /// the log since the snapshot twice (bench/notes.md, fourth pass).
    fn conn_for_write(&self) -> Result<Connection> {
        let cached = self.cache.borrow_mut().take();
        if let Some(rc) = cached {
            match Rc::try_unwrap(rc) {
                Ok(conn) => {
                    if self.still_on_disk(&conn)? {
                        return Ok(conn);
                    }
                }
                // Someone still reads it: leave it to them.
                Err(rc) => *self.cache.borrow_mut() = Some(rc),
            }
        }
        self.load_fresh()
    }

    fn still_on_disk(&self, conn: &Connection) -> Result<bool> {
        let Some(mark) = self.cache_mark.get() else {
            return Ok(false);
        };
        if IndexMark::of_path(&self.layout.index()) != Some(mark) {
            return Ok(false);
        }
        Ok(!self.own_log_moved_on(conn)?)
    }

    /// Marks `vault.json` with this format version before the first commit
    /// logged, so that an older carnet refuses the vault rather than read
    /// a stale snapshot.
    fn upgrade_config(&self) -> Result<()> {
        if self.version.get() >= VAULT_VERSION {
            return Ok(());
        }
        let config = Config {
            version: VAULT_VERSION,
            ..self.config.clone()
        };
        let json = serde_json::to_string_pretty(&config).expect("config serializes");
        fsutil::write_atomic(&self.layout.config(), format!("{json}\n").as_bytes())?;
        self.version.set(VAULT_VERSION);
        Ok(())
    }

    /// Seals the whole index again (snapshot and segments) over
    /// `index.age`, for a caller holding the write lock: then no segment
    /// needs replaying (before `sync` offers the snapshot to clones).
    pub(crate) fn compact_locked(&self) -> Result<()> {
        self.check_generation()?;
        let mut conn = self.load_fresh()?;
        let pending = self.pending.get();
        if pending.segments > 0 || pending.stale {
            let snapshot = self.commit(&mut conn)?;
            self.pending.set(Pending {
                snapshot,
                ..Pending::default()
            });
        }
        *self.cache.borrow_mut() = Some(Rc::new(conn));
        self.cache_mark
            .set(IndexMark::of_path(&self.layout.index()));
        Ok(())
    }

    /// Exit 7 if a `rekey` switched generations since this vault was
    /// unlocked (its key and files are gone): the command must start again.
    pub fn check_generation(&self) -> Result<()> {
        if Layout::resolve(&self.layout.root).data != self.layout.data {
            return Err(Error::Changed {
                message: crate::i18n::tr!("v-rekeyed-meanwhile"),
                hint: crate::i18n::tr!("v-run-again-hint"),
            });
        }
        Ok(())
    }

    /// Seals `conn` over `index.age`: the new snapshot's size.
    fn commit(&self, conn: &mut Connection) -> Result<u64> {
        private::reseal(conn)?;
        let sealed = seal::seal(conn, &self.key, &self.config.id)?;
        fsutil::write_atomic(&self.layout.index(), &sealed)?;
        if !self.detached {
            self.remember_head(conn)?;
        }
        Ok(sealed.len() as u64)
    }

    /// Removes temp files of interrupted writes whose writer is gone (or
    /// that are over an hour old), and those that interrupted exports left
    /// outside the vault ([`outside`]). Best effort.
    pub fn clean_leftovers(&self) -> usize {
        let mut n = 0;
        if let Ok(list) = blobs::leftovers(&self.layout) {
            for (p, age) in list {
                if blobs::is_leftover(&p, age) && self.layout.remove_file(&p).is_ok() {
                    n += 1;
                }
            }
        }
        for f in outside::scan(&self.layout, &self.key) {
            n += outside::remove(&self.layout, &f);
        }
        n + self.sweep_orphans_hourly()
    }

    /// Leaves a marker in `tmp/` for a temp file about to be written
    /// outside the vault (see [`outside`]); dropping it removes the marker.
    pub fn mark_outside_temp(&self, temp: &Path) -> Result<outside::Marker> {
        outside::mark(&self.layout, &self.key, temp)
    }

    /// The markers of temp files outside the vault, judged.
    pub fn outside_temps(&self) -> Vec<outside::Found> {
        outside::scan(&self.layout, &self.key)
    }

    /// Removes blobs no document points to, older than an hour (so never
    /// one an add in progress is about to commit). Listing `blobs/` costs
    /// O(documents), so this runs at most once an hour, marked by the
    /// mtime of `tmp/.swept`.
    fn sweep_orphans_hourly(&self) -> usize {
        let marker = self.layout.tmp().join(".swept");
        let recent = fs::symlink_metadata(&marker)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() < 3600);
        if recent {
            return 0;
        }
        let _ = fsutil::create_new_private(&marker);
        fsutil::touch(&marker);
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
            let old = fs::symlink_metadata(&p)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 3600);
            if old && self.layout.remove_file(&p).is_ok() {
                n += 1;
            }
        }
        n
    }

    /// Folds failed-unlock records into the journal and returns them. The
    /// records are untrusted ([`failed`]): bounded, parsed strictly, and
    /// journaled as unauthenticated reports.
    fn fold_failed_unlocks(&self) -> Result<UnlockReport> {
        let scan = failed::scan(&self.layout.failed_unlocks(), self.key.identity());
        if scan.is_empty() {
            return Ok(UnlockReport::default());
        }
        let attempts: Vec<String> = scan.records.iter().map(failed::Record::summary).collect();
        let holder = self.holder_name()?;
        self.write(|tx| {
            tx.journal(NewEntry::new(
                &JournalActor::system(),
                Action::UnlockFailed,
                None,
                serde_json::json!({
                    "count": attempts.len(),
                    "attempts": attempts,
                    "malformed": scan.malformed,
                    "unread": scan.unread,
                    "authenticated": false,
                    "source": failed::SOURCE_NOTE,
                    "holder": holder,
                }),
            ))?;
            Ok(())
        })?;
        for p in &scan.files {
            let _ = self.layout.remove_file(p);
        }
        Ok(UnlockReport {
            failed_attempts: scan
                .records
                .iter()
                .map(failed::Record::local_summary)
                .collect(),
            malformed: scan.malformed,
            unread: scan.unread,
        })
    }

    pub fn holder_name(&self) -> Result<String> {
        let conn = self.load()?;
        Ok(meta::get(&conn, meta::Key::HolderName)?.unwrap_or_default())
    }
}

/// SQLite's count of changes to the main schema.
fn schema_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(Some("main"), "schema_version", |r| r.get(0))?)
}

impl Sealed {
    /// Finds the vault in `root`; exit 4 if there is none, or only a
    /// clone that was interrupted (it may lack documents).
    /// Opens the vault in `root` and runs `unlock` on it; when that fails
    /// and a rekey switched generations meanwhile (it removes the one the
    /// unlock was reading), again on the new one (a few times).
    pub fn unlock_current<T>(
        root: &Path,
        mut unlock: impl FnMut(Sealed) -> Result<T>,
    ) -> Result<T> {
        let mut tries = 0;
        loop {
            let sealed = Sealed::open(root)?;
            let generation = sealed.layout.data.clone();
            match unlock(sealed) {
                Err(_) if tries < 5 && Layout::resolve(root).data != generation => tries += 1,
                done => return done,
            }
        }
    }

    pub fn open(root: &Path) -> Result<Sealed> {
        if fs::symlink_metadata(Layout::resolve(root).clone_pending()).is_ok() {
            return Err(Error::not_found(
                crate::i18n::tr!("s2-clone-interrupted", path = root.display().to_string()),
                crate::i18n::tr!("s2-clone-interrupted-hint"),
            ));
        }
        Sealed::open_cloning(root)
    }

    /// [`Sealed::open`] of a clone being made (`carnet clone` only).
    pub fn open_cloning(root: &Path) -> Result<Sealed> {
        let layout = Layout::resolve(root);
        let path = layout.config();
        let text = match fsutil::read_bounded(&path, MAX_CONFIG) {
            Ok(t) => t,
            Err(fsutil::Unread::Missing) => {
                return Err(Error::not_found(
                    crate::i18n::tr!("err-no-vault", path = root.display().to_string()),
                    crate::i18n::tr!("err-no-vault-hint"),
                ))
            }
            Err(e) => return Err(e.into_error(&path)),
        };
        let config: Config = serde_json::from_slice(&text).map_err(|e| {
            Error::integrity(
                crate::i18n::tr!(
                    "v-config-corrupt",
                    path = path.display().to_string(),
                    detail = e.to_string()
                ),
                crate::i18n::tr!("v-config-corrupt-hint"),
            )
        })?;
        if config.format != VAULT_FORMAT {
            return Err(Error::integrity(
                crate::i18n::tr!("v-not-a-vault", path = root.display().to_string()),
                crate::i18n::tr!("v-not-a-vault-hint"),
            ));
        }
        if config.version > VAULT_VERSION {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "v-vault-too-new",
                    version = config.version.to_string(),
                    known = VAULT_VERSION.to_string()
                ),
                crate::i18n::tr!("v-upgrade-carnet-hint"),
            ));
        }
        layout.check_dirs()?;
        Ok(Sealed {
            layout,
            config,
            prefer: Vec::new(),
            rejected: RefCell::new(Vec::new()),
            skipped: RefCell::new(Vec::new()),
            detached: false,
            refetch: None,
        })
    }

    /// The vault opened in a staging directory before it is moved into
    /// place (`restore`): its journal may be older than the head this
    /// machine remembers (that is the point of a restore), and what it
    /// commits there must not move that head before the move.
    pub fn detached(mut self) -> Sealed {
        self.detached = true;
        self
    }

    /// For `carnet sync`: a local copy of another device's segment that
    /// the index needs and lacks is fetched again from `remote` (or any
    /// remote) when the vault is opened, rather than failing the open.
    pub fn refetch_copies(&mut self, remote: Option<&str>) {
        self.refetch = Some(replica::copies::Refetch {
            remote: remote.map(str::to_string),
            ..Default::default()
        });
    }

    /// The vault's public recipient (no unlock needed).
    pub fn recipient(&self) -> Result<age::x25519::Recipient> {
        let path = self.layout.recipient();
        let s = fsutil::read_bounded(&path, MAX_RECIPIENT).map_err(|e| e.into_error(&path))?;
        String::from_utf8_lossy(&s)
            .trim()
            .parse::<age::x25519::Recipient>()
            .map_err(|e| {
                Error::integrity(
                    crate::i18n::tr!("v-recipient-file-corrupt", detail = e.to_string()),
                    crate::i18n::tr!("v-restore-from-backup-hint"),
                )
            })
    }

    /// Unlocks with the given method; a failure is recorded for the holder.
    pub fn unlock(self, method: &UnlockMethod) -> Result<(Vault, UnlockReport)> {
        if matches!(method, UnlockMethod::Passphrase(_)) && !self.layout.passphrase_key().exists() {
            return Err(Error::unlock(
                crate::i18n::tr!("v-no-passphrase"),
                crate::i18n::tr!("v-no-passphrase-hint"),
            ));
        }
        match self.try_unwrap(method)? {
            Some((key, file)) => self.open_with(key, file, None),
            None => Err(self.failed(method)),
        }
    }

    /// Whether `key` opens this vault's index header (an agent's key
    /// after a rekey does not).
    pub fn key_opens_index(&self, key: &VaultKey) -> bool {
        seal::key_may_open(&self.layout.index(), key)
    }

    /// Says which recipients the user's identities have: the wrappers
    /// named after them are tried first.
    pub fn prefer_recipients(&mut self, recipients: &[String]) {
        self.prefer = recipients.to_vec();
    }

    /// The recipients given to [`Sealed::prefer_recipients`].
    pub fn preferred(&self) -> &[String] {
        &self.prefer
    }

    /// Tries the method against this vault's wrappers without recording a
    /// failure: the key and the wrapper file that opened.
    pub fn try_unwrap(&self, method: &UnlockMethod) -> Result<Option<(VaultKey, String)>> {
        self.try_unwrap_preferring(method, &self.prefer)
    }

    /// As [`Sealed::try_unwrap`], trying the wrappers named after
    /// `prefer` first. A wrapper that opens but whose key does not open
    /// the index (planted: anyone can encrypt a key file to a public
    /// recipient) is skipped and remembered, and the next one is tried.
    pub fn try_unwrap_preferring(
        &self,
        method: &UnlockMethod,
        prefer: &[String],
    ) -> Result<Option<(VaultKey, String)>> {
        for file in keys::candidates(&self.layout, method, prefer)? {
            if let Ok(Some(kind)) = fsutil::kind_of(&self.layout.keys().join(&file)) {
                if kind != fsutil::Kind::File {
                    let shown = crate::i18n::tr!(
                        "x-key-file-kind",
                        file = self.layout.key_display(&file),
                        kind = crate::i18n::explain::file_kind(kind)
                    );
                    let mut skipped = self.skipped.borrow_mut();
                    if !skipped.iter().any(|(f, _)| *f == file) {
                        skipped.push((file, shown));
                    }
                    continue;
                }
            }
            let Some(key) = keys::unwrap_one(&self.layout, &file, method)? else {
                continue;
            };
            if seal::key_may_open(&self.layout.index(), &key) {
                return Ok(Some((key, file)));
            }
            let mut rejected = self.rejected.borrow_mut();
            if !rejected.contains(&file) {
                rejected.push(file);
            }
        }
        Ok(None)
    }

    /// Wrapper files the user's method opened whose key does not open
    /// this vault (see [`Sealed::try_unwrap_preferring`]), as paths
    /// relative to the vault directory.
    pub fn rejected_keys(&self) -> Vec<String> {
        self.rejected
            .borrow()
            .iter()
            .map(|f| self.layout.key_display(f))
            .collect()
    }

    /// Entries of `keys/` that are not regular files, skipped by the
    /// unlock (see [`Trust::skipped_keys`]).
    pub fn skipped_keys(&self) -> Vec<String> {
        self.skipped
            .borrow()
            .iter()
            .map(|(_, s)| s.clone())
            .collect()
    }

    /// The error for a method that opened only planted wrappers.
    pub fn planted_error(&self, method: &UnlockMethod) -> Error {
        let files = self.rejected_keys().join(", ");
        let who = match method {
            UnlockMethod::Passphrase(_) => crate::i18n::tr!("v-your-passphrase"),
            UnlockMethod::Identities { source, .. } => source.clone(),
        };
        Error::integrity(
            crate::i18n::tr!(
                "v-planted-key",
                path = self.layout.root.display().to_string(),
                files = files,
                who = who
            ),
            crate::i18n::tr!("v-planted-key-hint"),
        )
    }

    /// Records a failed unlock and returns the error to show.
    pub fn failed(&self, method: &UnlockMethod) -> Error {
        if !self.rejected.borrow().is_empty() {
            // Not a wrong passphrase or identity: a planted key file.
            return self.planted_error(method);
        }
        // The wrapper of the user's own method is not a file: the method
        // was never tried, so this is no wrong passphrase or identity.
        let own: Vec<String> = match method {
            UnlockMethod::Passphrase(_) => vec![keys::PASSPHRASE_FILE.to_string()],
            UnlockMethod::Identities { .. } => self
                .prefer
                .iter()
                .map(|r| keys::file_for(r.trim()))
                .collect(),
        };
        if let Some((_, what)) = self.skipped.borrow().iter().find(|(f, _)| own.contains(f)) {
            return Error::integrity(
                crate::i18n::tr!(
                    "v-key-file-skipped",
                    path = self.layout.root.display().to_string(),
                    what = what,
                    method = match method {
                        UnlockMethod::Passphrase(_) => crate::i18n::tr!("v-the-passphrase"),
                        UnlockMethod::Identities { source, .. } => source.clone(),
                    }
                ),
                crate::i18n::tr!("v-key-file-skipped-hint"),
            );
        }
        self.record_failed_unlock(method);
        match method {
            UnlockMethod::Passphrase(_) => Error::unlock(
                crate::i18n::tr!("err-wrong-passphrase"),
                crate::i18n::tr!("err-wrong-passphrase-hint"),
            ),
            UnlockMethod::Identities { source, .. } => Error::unlock(
                crate::i18n::tr!("err-not-an-unlock-method", source = source),
                crate::i18n::tr!("err-not-an-unlock-method-hint"),
            ),
        }
    }

    /// Finishes an unlock with a key that a wrapper gave: authenticates
    /// the index, folds failed-unlock records into the journal, and says
    /// who acts (from the wrapper's row in the index).
    pub fn open_with(
        &self,
        key: VaultKey,
        file: String,
        via: Option<Via>,
    ) -> Result<(Vault, UnlockReport)> {
        let mut vault = Vault {
            layout: self.layout.clone(),
            config: self.config.clone(),
            key,
            access: Access {
                role: keys::Role::Holder,
                file: file.clone(),
                name: String::new(),
                id: "holder".into(),
                via: via.as_ref().map(|v| v.label.clone()),
            },
            method: None,
            cache: RefCell::new(None),
            cache_mark: Default::default(),
            loaded_mark: Default::default(),
            guardian_key: None,
            trust: Trust {
                rejected_keys: self.rejected_keys(),
                skipped_keys: self.skipped_keys(),
                mac_written: None,
            },
            detached: self.detached,
            refetch: self.refetch.clone(),
            pending: Default::default(),
            version: std::cell::Cell::new(self.config.version),
        };
        // Load once to authenticate before anything else happens.
        let conn = vault.load()?;
        let Some(row) = keys::by_file(&conn, &file)? else {
            return Err(Error::unlock(
                crate::i18n::tr!("v-method-removed"),
                crate::i18n::tr!("v-method-removed-hint"),
            ));
        };
        let holder = meta::get(&conn, meta::Key::HolderName)?.unwrap_or_default();
        drop(conn);
        vault.access.role = row.role;
        match row.role {
            keys::Role::Guardian => {
                vault.access.name = row
                    .name
                    .clone()
                    .or(row.label.clone())
                    .unwrap_or_else(|| "guardian".into());
                vault.access.id = match (&via, &row.vault_id) {
                    (Some(v), _) => format!("vault:{}", v.vault_id),
                    (None, Some(id)) => format!("vault:{id}"),
                    (None, None) => row.recipient.clone().unwrap_or_else(|| row.file.clone()),
                };
            }
            keys::Role::Holder | keys::Role::Minor => {
                vault.access.name = holder;
            }
        }
        let report = vault.fold_failed_unlocks()?;
        Ok((vault, report))
    }

    pub fn record_failed_unlock(&self, method: &UnlockMethod) {
        let Ok(recipient) = self.recipient() else {
            return;
        };
        let dir = self.layout.failed_unlocks();
        if self.layout.create_dir(&dir).is_err() {
            return;
        }
        let body = failed::encode(timefmt::now(), &method.describe());
        let mut out = Vec::new();
        let Ok(mut w) = crypto::encrypt_writer(&Recipients::x25519(recipient), &mut out, false)
        else {
            return;
        };
        if std::io::Write::write_all(&mut w, &body).is_err() || w.finish().is_err() {
            return;
        }
        let name = format!("{}-{}.age", timefmt::now().unix_timestamp(), new_id(8));
        let _ = fsutil::write_atomic(&dir.join(name), &out);
    }
}

/// Which `index.age` file: device, inode, size and modification time. A
/// commit replaces it by rename (a new inode) or adds a segment beside it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct IndexMark {
    dev: u64,
    ino: u64,
    len: u64,
    mtime: i64,
    mtime_nsec: i64,
}

impl IndexMark {
    fn of_meta(m: &fs::Metadata) -> IndexMark {
        use std::os::unix::fs::MetadataExt;
        IndexMark {
            dev: m.dev(),
            ino: m.ino(),
            len: m.len(),
            mtime: m.mtime(),
            mtime_nsec: m.mtime_nsec(),
        }
    }

    fn of_file(f: &fs::File) -> Option<IndexMark> {
        f.metadata().ok().map(|m| IndexMark::of_meta(&m))
    }

    fn of_path(p: &Path) -> Option<IndexMark> {
        fs::symlink_metadata(p).ok().map(|m| IndexMark::of_meta(&m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_snapshots_compact_sooner_large_ones_at_most_every_32() {
        const MIB: u64 = 1 << 20;
        assert_eq!(compact_after(0), COMPACT_SEGMENTS_MIN);
        assert_eq!(compact_after(200 * 1024), COMPACT_SEGMENTS_MIN);
        assert_eq!(compact_after(4 * MIB), 8);
        assert_eq!(compact_after(16 * MIB), 16);
        assert_eq!(compact_after(64 * MIB), COMPACT_SEGMENTS);
        assert_eq!(compact_after(90 * MIB), COMPACT_SEGMENTS);
        let mut last = 0;
        for len in (0..200).map(|i| i * MIB / 2) {
            let k = compact_after(len);
            assert!(k >= last, "never fewer segments for a larger snapshot");
            last = k;
        }
    }
}
