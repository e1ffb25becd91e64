//! Taking a backup: under the write lock (no commit, rekey or repair
//! changes the files meanwhile), journal `vault.backup`, list and hash the
//! vault's files, then stream them into the tar behind `BACKUP.json`.
//! Each file is read twice (hashed for the manifest, then copied and
//! hashed again) in 64 KiB buffers: memory stays bounded whatever the
//! documents' size, and a file that changed between the two reads fails
//! the backup rather than let the manifest lie.

use crate::error::doing;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::manifest::{Head, Kind, Manifest, Member, FORMAT, MANIFEST, PREFIX, VERSION};
use crate::error::{Error, IoContext, Result};
use crate::journal::{self, Action, JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::{keys, Vault, WriteLock};

/// What a backup holds, for the report.
#[derive(Debug, Clone)]
pub struct Summary {
    pub vault_id: String,
    pub files: usize,
    /// Bytes of the vault's files (before tar and age framing).
    pub bytes: u64,
    pub journal_head: Head,
    /// Entries of the vault folder left out: links, FIFOs, devices (never
    /// followed or read), as paths relative to the vault.
    pub skipped: Vec<String>,
}

/// One file or directory to copy: its path on disk and in the tar.
struct Item {
    disk: PathBuf,
    member: Member,
    mtime: u64,
}

impl Vault {
    /// The recipients a backup is encrypted to by default: the vault's
    /// unlock methods that are someone's own identity (holder, minor,
    /// guardian's key). A wrapper to another carnet vault's key (a
    /// parent's vault) is left out: no stock tool holds that key, and a
    /// backup must not need a second vault to open.
    pub fn backup_recipients(&self) -> Result<Vec<String>> {
        let conn = self.load()?;
        Ok(keys::list(&conn)?
            .into_iter()
            .filter(|k| k.vault_id.is_none())
            .filter_map(|k| k.recipient)
            .collect())
    }

    /// Writes the backup's tar into `out` (the caller's age encryptor)
    /// and returns it, unfinished, with what it holds. `details` go into
    /// the `vault.backup` entry with the members' count.
    pub fn backup<W: Write>(
        &self,
        actor: &JournalActor,
        details: serde_json::Value,
        out: W,
    ) -> Result<(W, Summary)> {
        let _lock = WriteLock::acquire(&self.layout.lock())?;
        self.write_locked(|tx| {
            tx.journal(NewEntry::new(
                actor,
                Action::VaultBackup,
                Some(&self.config.id),
                details,
            ))?;
            Ok(())
        })?;
        let conn = self.load()?;
        let (seq, hash) = journal::head(&conn)?;
        drop(conn);
        let mut skipped = Vec::new();
        let mut items = vec![Item {
            disk: self.layout.root.clone(),
            member: dir_member(PREFIX.to_string()),
            mtime: mtime_of(&self.layout.root),
        }];
        walk(&self.layout.root, PREFIX, &mut items, &mut skipped)?;
        let manifest = Manifest {
            format: FORMAT.into(),
            version: VERSION,
            vault_id: self.config.id.clone(),
            created_at: timefmt::rfc3339(timefmt::now()),
            carnet: env!("CARGO_PKG_VERSION").into(),
            journal_head: Head { seq, hash },
            members: items.iter().map(|i| i.member.clone()).collect(),
        };
        let mut tar = tar::Builder::new(out);
        tar.mode(tar::HeaderMode::Deterministic);
        let json = serde_json::to_vec_pretty(&manifest).expect("a manifest serializes");
        let mut h = header(
            tar::EntryType::Regular,
            0o600,
            json.len() as u64,
            timefmt::now().unix_timestamp().max(0) as u64,
        );
        tar.append_data(&mut h, MANIFEST, json.as_slice())
            .map_err(write_err)?;
        let mut bytes = 0;
        let mut files = 0;
        for item in &items {
            copy_item(&mut tar, item)?;
            if let Some(s) = item.member.size {
                bytes += s;
                files += 1;
            }
        }
        let out = tar.into_inner().map_err(write_err)?;
        Ok((
            out,
            Summary {
                vault_id: self.config.id.clone(),
                files,
                bytes,
                journal_head: manifest.journal_head,
                skipped,
            },
        ))
    }
}

fn write_err(e: io::Error) -> Error {
    Error::io(crate::i18n::tr!("io-writing-backup"), e)
}

fn dir_member(path: String) -> Member {
    Member {
        path,
        kind: Kind::Dir,
        size: None,
        sha256: None,
    }
}

fn mtime_of(p: &Path) -> u64 {
    fs::symlink_metadata(p)
        .map(|m| m.mtime().max(0) as u64)
        .unwrap_or(0)
}

fn header(kind: tar::EntryType, mode: u32, size: u64, mtime: u64) -> tar::Header {
    let mut h = tar::Header::new_gnu();
    h.set_entry_type(kind);
    h.set_mode(mode);
    h.set_size(size);
    h.set_mtime(mtime);
    h.set_uid(0);
    h.set_gid(0);
    h
}

/// What the backup leaves out, by name: the lock (held by this process),
/// failed-unlock records (folded into the journal by the next unlock,
/// and untrusted), and temp files of writes in progress or interrupted.
fn left_out(parent_rel: &str, name: &str, is_dir: bool) -> bool {
    let at_root = parent_rel == PREFIX;
    (at_root && name == "lock")
        || (at_root && name == "failed-unlocks" && is_dir)
        || (name.starts_with('.') && name.ends_with(".tmp"))
}

/// Whether a directory's contents are left out (but the directory kept):
/// `tmp/` of the vault root and of each generation.
fn contents_left_out(parent_rel: &str, name: &str) -> bool {
    name == "tmp"
        && (parent_rel == PREFIX
            || parent_rel
                .strip_prefix("vault/gen-")
                .is_some_and(|n| !n.contains('/')))
}

/// Lists `dir` (depth first, sorted: a directory before its contents),
/// never following a link; hashes each regular file.
fn walk(dir: &Path, rel: &str, items: &mut Vec<Item>, skipped: &mut Vec<String>) -> Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .ctx(|| doing::listing(dir))?
        .collect::<io::Result<_>>()
        .ctx(|| doing::listing(dir))?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        let shown = format!("{rel}/{}", name.to_string_lossy());
        let shown_rel = shown[PREFIX.len() + 1..].to_string();
        let Some(name) = name.to_str().map(str::to_string) else {
            skipped.push(crate::text::escape(&shown_rel).into_owned());
            continue;
        };
        let path = e.path();
        let meta = fs::symlink_metadata(&path).ctx(|| doing::reading(&path))?;
        let ft = meta.file_type();
        if left_out(rel, &name, ft.is_dir()) {
            continue;
        }
        let member_path = format!("{rel}/{name}");
        if !super::manifest::valid_path(&member_path) || !(ft.is_dir() || ft.is_file()) {
            // Not a name carnet writes, or a link, FIFO, device, socket:
            // nothing carnet needs, and nothing to follow or block on.
            skipped.push(crate::text::escape(&shown_rel).into_owned());
            continue;
        }
        let mtime = meta.mtime().max(0) as u64;
        if ft.is_dir() {
            items.push(Item {
                disk: path.clone(),
                member: dir_member(member_path.clone()),
                mtime,
            });
            if !contents_left_out(rel, &name) {
                walk(&path, &member_path, items, skipped)?;
            }
        } else {
            let (size, sha) = hash_file(&path)?;
            items.push(Item {
                disk: path,
                member: Member {
                    path: member_path,
                    kind: Kind::File,
                    size: Some(size),
                    sha256: Some(sha),
                },
                mtime,
            });
        }
    }
    Ok(())
}

fn open_nofollow(p: &Path) -> Result<File> {
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(p)
        .ctx(|| doing::opening(p))
}

/// Size and SHA-256 of a file.
fn hash_file(p: &Path) -> Result<(u64, String)> {
    let mut f = open_nofollow(p)?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        let k = f.read(&mut buf).ctx(|| doing::reading(p))?;
        if k == 0 {
            break;
        }
        h.update(&buf[..k]);
        n += k as u64;
    }
    Ok((n, hex::encode(h.finalize())))
}

/// A reader of at most `size` bytes of a file, hashing what it gives.
struct Hashing {
    file: io::Take<File>,
    hash: Sha256,
    n: u64,
}

impl Read for Hashing {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let k = self.file.read(buf)?;
        self.hash.update(&buf[..k]);
        self.n += k as u64;
        Ok(k)
    }
}

fn copy_item<W: Write>(tar: &mut tar::Builder<W>, item: &Item) -> Result<()> {
    let m = &item.member;
    match (m.kind, m.size) {
        (Kind::Dir, _) | (Kind::File, None) => {
            let mut h = header(tar::EntryType::Directory, 0o700, 0, item.mtime);
            tar.append_data(&mut h, format!("{}/", m.path), io::empty())
                .map_err(write_err)
        }
        (Kind::File, Some(size)) => {
            let f = open_nofollow(&item.disk)?;
            let mut r = Hashing {
                file: f.take(size),
                hash: Sha256::new(),
                n: 0,
            };
            let mut h = header(tar::EntryType::Regular, 0o600, size, item.mtime);
            tar.append_data(&mut h, &m.path, &mut r).map_err(|e| {
                if e.kind() == io::ErrorKind::UnexpectedEof {
                    changed(&item.disk)
                } else {
                    write_err(e)
                }
            })?;
            if r.n != size || Some(hex::encode(r.hash.finalize())) != m.sha256 {
                return Err(changed(&item.disk));
            }
            Ok(())
        }
    }
}

/// A file changed while the vault was locked: only something outside
/// carnet writes there.
fn changed(p: &Path) -> Error {
    Error::Changed {
        message: crate::i18n::tr!("m-backup-changed", path = p.display().to_string()),
        hint: crate::i18n::tr!("m-backup-changed-hint"),
    }
}
