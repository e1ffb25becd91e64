//! Re-keying: a new vault key, every blob re-encrypted and renamed under
//! the new blob-name key, the index re-sealed (new MAC key), every
//! remaining unlock method re-wrapped, all of it written into a fresh
//! generation directory `VAULT/gen-N` beside the current one. Then one
//! atomic rename of the pointer file `VAULT/generation` switches to it,
//! and the old generation is removed.
//!
//! Crash safety: until the pointer is renamed, the current generation is
//! untouched and the new one is a leftover ([`stale`]); after it, the new
//! generation is complete (synced before the rename) and the old one is
//! the leftover. `carnet check` reports leftovers as warnings, and `check
//! --repair` or the next rekey removes them. The caller holds the write
//! lock throughout, so no commit lands in the old generation meanwhile;
//! a command that unlocked before the switch and commits after it is
//! refused by [`Vault::check_generation`] (exit 7, run again).
//!
//! Documents hidden from guardians are encrypted to the minor's
//! recipients, not to the vault key: their blobs are linked into the new
//! generation unchanged (their names are random, not keyed).

use crate::error::doing;
use std::fs;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use rusqlite::{params, Connection};

use crate::crypto::{ParsedRecipient, VaultKey};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::timefmt;
use crate::vault::layout::{is_generation_name, GENERATION};
use crate::vault::replica::keyring;
use crate::vault::{blobs, guardian, keys, seal, store, Layout, Tx, Vault, WriteLock};

/// The new key of a generation, and its unlock methods.
pub enum NewKeys {
    /// A new random key, wrapped to these methods. In a replica, the
    /// rekey is published as a transition segment (see [`prepare`]).
    Wrap(Vec<Wrapper>),
    /// The key another replica's rekey made, with the wrapper files of its
    /// `keys/` (a replica following that rekey at its sync).
    Adopt {
        key: VaultKey,
        files: std::collections::BTreeMap<String, Vec<u8>>,
        /// The transition followed (remembered, and published for scanners).
        epoch: crate::vault::replica::keyring::Epoch,
        /// The key retired, when the one this vault was opened with is
        /// held by the unlock agent (its secret does not leave it): read
        /// from the transition, where it is wrapped to the new key.
        retired: Option<VaultKey>,
    },
}

/// What a new wrapper wraps the new key to.
pub enum WrapTo {
    Passphrase(SecretString),
    Recipient(ParsedRecipient),
}

/// One unlock method of the new generation.
pub struct Wrapper {
    pub to: WrapTo,
    pub owner: keys::Owner,
    /// RFC 3339; an existing method keeps its date.
    pub added_at: String,
}

impl Wrapper {
    /// The wrapper an existing row re-wraps to (recipient rows only).
    pub fn from_row(k: &keys::KeyInfo) -> Result<Option<Wrapper>> {
        let Some(r) = &k.recipient else {
            return Ok(None);
        };
        Ok(Some(Wrapper {
            to: WrapTo::Recipient(crate::crypto::parse_recipient(r)?),
            owner: owner_of(k),
            added_at: k.added_at.clone(),
        }))
    }
}

/// The owner recorded in a key row.
pub fn owner_of(k: &keys::KeyInfo) -> keys::Owner {
    keys::Owner {
        role: k.role,
        name: k.name.clone(),
        vault_id: k.vault_id.clone(),
        label: k.label.clone(),
    }
}

/// What the new generation holds.
#[derive(Debug, Clone)]
pub struct Stats {
    pub generation: String,
    /// Blobs decrypted and re-encrypted under the new key.
    pub reencrypted: usize,
    /// Blobs sealed for the minor, moved unchanged.
    pub sealed: usize,
    pub unlock_methods: usize,
}

/// A complete new generation, not yet switched to.
pub struct Prepared {
    layout: Layout,
    key: VaultKey,
    conn: Connection,
    pub stats: Stats,
}

impl Prepared {
    /// The recipient of the new vault key.
    pub fn recipient(&self) -> age::x25519::Recipient {
        self.key.recipient()
    }

    /// The new vault key (a guardian's MAC on its children is made with it).
    pub fn key(&self) -> &VaultKey {
        &self.key
    }

    /// Removes the new generation (the switch will not happen).
    pub fn abandon(self) {
        let _ = fs::remove_dir_all(&self.layout.data);
    }
}

/// Bytes [`prepare`] will process (for a progress bar).
pub fn total_bytes(vault: &Vault, conn: &Connection) -> Result<u64> {
    let mut total: u64 = conn.query_row(
        "SELECT COALESCE(SUM(size), 0) FROM docs WHERE sealed IS NULL",
        [],
        |r| r.get::<_, i64>(0),
    )? as u64;
    for (_, blob) in sealed_blobs(conn)? {
        total += fs::metadata(vault.layout.blob(&blob))
            .map(|m| m.len())
            .unwrap_or(0);
    }
    Ok(total)
}

fn sealed_blobs(conn: &Connection) -> Result<Vec<(String, String)>> {
    let mut stmt =
        conn.prepare("SELECT id, blob FROM docs WHERE sealed IS NOT NULL ORDER BY id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// The number of a generation directory (`gen-N` → N; the vault root → 0).
fn number(layout: &Layout) -> u64 {
    if layout.data == layout.root {
        return 0;
    }
    layout
        .data
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_prefix("gen-"))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Builds the new generation. The caller holds the write lock (`_lock`).
/// `edit` runs on the new index before it is sealed (journal entries,
/// settings); `progress` is told how many bytes each blob took.
pub fn prepare(
    vault: &Vault,
    _lock: &WriteLock,
    new_keys: NewKeys,
    edit: impl FnOnce(&Tx, &Stats) -> Result<()>,
    mut progress: impl FnMut(u64),
) -> Result<Prepared> {
    if matches!(&new_keys, NewKeys::Wrap(w) if w.is_empty()) {
        return Err(Error::usage(
            crate::i18n::tr!("v-rekey-no-method"),
            crate::i18n::tr!("v-rekey-no-method-hint"),
        ));
    }
    vault.check_generation()?;
    // A private copy: the new generation's index is built in it.
    let mut conn = vault.load_fresh()?;
    let root = vault.layout.root.clone();
    remove_stale(&root)?;
    let mut n = number(&vault.layout) + 1;
    // Anything there, a dangling link too, keeps its name.
    while root.join(format!("gen-{n}")).symlink_metadata().is_ok() {
        n += 1;
    }
    let name = format!("gen-{n}");
    let dir = root.join(&name);
    let layout = Layout::with_data(&root, &dir);
    let key = match &new_keys {
        NewKeys::Wrap(_) => VaultKey::generate(),
        NewKeys::Adopt { key, .. } => key.clone(),
    };
    let device = crate::vault::replica::device::get(&root)?;
    let built = (|| -> Result<Stats> {
        layout.create_dir(&dir)?;
        keys::create_data_dirs(&layout, &key)?;

        // Blobs under the vault key: decrypt (verified), re-encrypt, rename.
        let normal: Vec<(String, u64)> = {
            let mut stmt =
                conn.prepare("SELECT blob, size FROM docs WHERE sealed IS NULL ORDER BY id")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))?;
            rows.collect::<std::result::Result<_, _>>()?
        };
        let mut renames: Vec<(String, String)> = Vec::with_capacity(normal.len());
        {
            let old_layout = &vault.layout;
            let old_key = vault.key();
            let normal = &normal;
            blobs::write_many(
                &layout,
                &key,
                normal.len(),
                blobs::Inputs::Independent,
                move |i| blobs::open(old_layout, old_key, &normal[i].0),
                |i, w| {
                    if w.size != normal[i].1 {
                        return Err(blobs::blob_integrity_error(
                            &normal[i].0,
                            &crate::i18n::tr!("y-blob-size", size = w.size, expected = normal[i].1),
                        ));
                    }
                    progress(w.size);
                    renames.push((normal[i].0.clone(), w.name));
                    Ok(())
                },
            )?;
        }
        // Blobs sealed for the minor: linked (or copied) unchanged.
        let sealed = sealed_blobs(&conn)?;
        for (_, blob) in &sealed {
            let from = vault.layout.blob(blob);
            let to = layout.blob(blob);
            // Never copied through a link: it would bring a file from
            // outside the vault into it.
            match fsutil::kind_of(&from) {
                Ok(Some(fsutil::Kind::File)) => {}
                Ok(Some(k)) => return Err(fsutil::Unread::NotAFile(k).into_error(&from)),
                _ => {
                    return Err(blobs::blob_integrity_error(
                        blob,
                        &crate::i18n::tr!("y-blob-missing"),
                    ))
                }
            }
            if fs::hard_link(&from, &to).is_err() {
                fs::copy(&from, &to).ctx(|| doing::copying(&from))?;
            }
            progress(fs::metadata(&to).map(|m| m.len()).unwrap_or(0));
        }
        // Everything written so far is durable before the index points to it.
        fsutil::sync_filesystem(&dir)?;

        for (old, new) in &renames {
            conn.execute(
                "UPDATE docs SET blob = ?1 WHERE blob = ?2",
                params![new, old],
            )?;
        }
        let (wrappers, adopted, followed) = match new_keys {
            NewKeys::Wrap(w) => (w, None, None),
            NewKeys::Adopt {
                files,
                epoch,
                retired,
                ..
            } => (Vec::new(), Some(files), Some((epoch, retired))),
        };
        let mut count = wrappers.len();
        if let Some(files) = &adopted {
            // The rows stay (replicated); those of methods the rekey
            // dropped go, and the files are the ones it made.
            for k in keys::list(&conn)? {
                if !files.contains_key(&k.file) {
                    keys::remove_row(&conn, &k.file)?;
                }
            }
            for (name, bytes) in files {
                if !crate::vault::layout::is_plain_name(name) || name.contains('/') {
                    continue;
                }
                fsutil::write_atomic(&layout.keys().join(name), bytes)?;
            }
            count = keys::list(&conn)?.len();
        } else {
            conn.execute("DELETE FROM unlock_keys", [])?;
        }
        for w in wrappers {
            match w.to {
                WrapTo::Passphrase(p) => {
                    keys::add_passphrase_owned(&layout, &conn, &key, p, &w.owner, &w.added_at)?
                }
                WrapTo::Recipient(r) => {
                    let file =
                        keys::add_recipient_owned(&layout, &conn, &key, &r, &w.owner, &w.added_at)?;
                    // A guardian's vault wrapper keeps its MAC (vault::guardian).
                    if let (Some(_), ParsedRecipient::X25519(to)) = (&w.owner.vault_id, &r) {
                        guardian::on_rekey(
                            &vault.layout,
                            &layout,
                            &file,
                            to,
                            vault.guardian_key(),
                            &vault.config.id,
                            vault.key(),
                            &key,
                        )?;
                    }
                }
            }
        }
        let stats = Stats {
            generation: name.clone(),
            reencrypted: renames.len(),
            sealed: sealed.len(),
            unlock_methods: count,
        };
        let now = timefmt::now();
        let old_key = match &followed {
            Some((_, Some(k))) => k,
            _ => vault.key(),
        };
        keyring::retire(&conn, old_key, &renames, &timefmt::rfc3339(now))?;
        if let Some((epoch, _)) = &followed {
            keyring::record_epoch(&conn, epoch)?;
        }
        // A replica's own rekey is a change like the others (domain.md
        // §10.6): what the edit writes (the journal entries) goes into a
        // transition segment, sealed with the old key, that carries the
        // new key to the replicas that still hold an unlock method.
        let publish = adopted.is_none() && device.is_some();
        let mut tx = vault.tx(&conn, now)?;
        if publish {
            tx.capture = Some(std::cell::RefCell::new(
                crate::vault::replica::change::Capture::start(&conn)?,
            ));
        }
        store::journal_expired_grants(&tx)?;
        crate::vault::private::journal_noticed(&tx)?;
        edit(&tx, &stats)?;
        let changes = match &tx.capture {
            Some(c) => c.borrow_mut().finish(&conn)?,
            None => Vec::new(),
        };
        drop(tx);
        if let (true, Some(me)) = (publish, &device) {
            let mut files = std::collections::BTreeMap::new();
            for e in fs::read_dir(layout.keys()).ctx(|| crate::i18n::tr!("io-listing-new-keys"))? {
                let e = e.ctx(|| crate::i18n::tr!("io-listing-new-keys"))?;
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(b) = keys::read_wrapper(&e.path())? {
                    use base64::Engine;
                    files.insert(name, base64::engine::general_purpose::STANDARD.encode(b));
                }
            }
            let t = crate::vault::replica::segment::Transition {
                from: vault.key().recipient().to_string(),
                to: key.recipient().to_string(),
                keys: files,
                retired: Some(retired_for(vault.key(), &key)?),
            };
            vault.write_own_segment_with(&conn, me, changes, Some(t))?;
            // Remembered with its clock: the order of concurrent rekeys,
            // and the name of its record for scanners.
            let hlc = crate::vault::replica::applied(&conn, me)?.map_or(0, |a| a.hlc);
            keyring::record_epoch(
                &conn,
                &keyring::Epoch {
                    recipient: key.recipient().to_string(),
                    from: vault.key().recipient().to_string(),
                    hlc,
                    device: me.clone(),
                },
            )?;
        }
        // The minor's private rows, sealed again (to the minor, not the key).
        crate::vault::private::reseal(&conn)?;
        let bytes = seal::seal(&mut conn, &key, &vault.config.id)?;
        fsutil::write_atomic(&layout.index(), &bytes)?;
        fsutil::sync_filesystem(&dir)?;
        Ok(stats)
    })();
    match built {
        Ok(stats) => Ok(Prepared {
            layout,
            key,
            conn,
            stats,
        }),
        Err(e) => {
            let _ = fs::remove_dir_all(&dir);
            Err(e)
        }
    }
}

/// The old key's secret, age-encrypted to the new key, base64 (see
/// `Transition::retired`).
fn retired_for(old: &VaultKey, new: &VaultKey) -> Result<String> {
    use age::secrecy::ExposeSecret;
    use base64::Engine;
    let to = crate::crypto::Recipients::x25519(new.recipient());
    let mut w = crate::crypto::encrypt_writer(&to, Vec::new(), false)?;
    std::io::Write::write_all(&mut w, old.secret()?.expose_secret().as_bytes())
        .map_err(|e| Error::io(crate::i18n::tr!("io-wrapping-retired-key"), e))?;
    Ok(base64::engine::general_purpose::STANDARD.encode(w.finish()?))
}

/// The key a transition retired, read with its new key (`None` when the
/// transition does not carry it, or it is not the key `from` names).
pub fn retired_from(wrapped_b64: Option<&str>, new: &VaultKey, from: &str) -> Option<VaultKey> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(wrapped_b64?)
        .ok()?;
    let k = crate::crypto::unwrap_vault_key_with(&bytes, &[new.identity()])
        .ok()
        .flatten()?;
    (k.recipient().to_string() == from).then_some(k)
}

/// Switches to the prepared generation (one atomic rename of the pointer
/// file), then removes the old one. Returns the vault under its new key,
/// and what could not be cleaned up (left for `check --repair`).
pub fn switch(vault: Vault, p: Prepared) -> Result<(Vault, Vec<String>)> {
    let root = vault.layout.root.clone();
    let name = p
        .layout
        .data
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    fsutil::write_atomic(&root.join(GENERATION), format!("{name}\n").as_bytes())?;
    // From here on the new generation is the vault.
    let old = vault.layout.clone();
    let mut problems = Vec::new();
    let new = Vault {
        layout: p.layout,
        config: vault.config,
        key: p.key,
        access: vault.access,
        method: vault.method,
        cache: std::cell::RefCell::new(None),
        cache_mark: Default::default(),
        loaded_mark: Default::default(),
        guardian_key: vault.guardian_key,
        trust: vault.trust,
        detached: vault.detached,
        refetch: vault.refetch,
        pending: Default::default(),
        version: vault.version,
    };
    if let Err(e) = new.remember_head(&p.conn) {
        problems.push(format!("remembering the journal head: {e}"));
    }
    *new.cache.borrow_mut() = Some(std::rc::Rc::new(p.conn));
    if let Err(e) = remove_generation(&old) {
        problems.push(format!("removing the old generation: {e}"));
    }
    Ok((new, problems))
}

fn remove_generation(old: &Layout) -> Result<()> {
    if old.data == old.root {
        for f in [old.recipient(), old.index()] {
            match fs::remove_file(&f) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(doing::removing(&f), e)),
            }
        }
        for d in [old.keys(), old.blobs(), old.tmp()] {
            match fs::remove_dir_all(&d) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::io(doing::removing(&d), e)),
            }
        }
    } else {
        fs::remove_dir_all(&old.data).ctx(|| doing::removing(&old.data))?;
    }
    fsutil::sync_dir(&old.root)
}

/// Leftovers of generations that lost: a `gen-N` directory the pointer
/// does not name (an interrupted rekey), or the data files at the vault's
/// root once a generation directory is in use (an interrupted clean-up).
/// Conservative: when the pointer is unreadable or names nothing complete,
/// nothing is called stale.
pub fn stale(root: &Path) -> Vec<PathBuf> {
    let pointer = root.join(GENERATION);
    let active: PathBuf = match fsutil::read_bounded(&pointer, 64) {
        Ok(s) => {
            let s = String::from_utf8_lossy(&s);
            let s = s.trim();
            if !is_generation_name(s) || !root.join(s).join("index.age").is_file() {
                return Vec::new();
            }
            root.join(s)
        }
        Err(fsutil::Unread::Missing) => {
            if !root.join("index.age").is_file() {
                return Vec::new();
            }
            root.to_path_buf()
        }
        Err(_) => return Vec::new(),
    };
    let mut out = Vec::new();
    if let Ok(rd) = fs::read_dir(root) {
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if is_generation_name(&n) && e.path() != active {
                out.push(e.path());
            }
        }
    }
    if active != root {
        for n in ["recipient", "index.age", "keys", "blobs", "tmp"] {
            let p = root.join(n);
            if p.exists() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Removes [`stale`] leftovers. The caller holds the write lock.
pub fn remove_stale(root: &Path) -> Result<usize> {
    let list = stale(root);
    for p in &list {
        let res = if p.is_dir() {
            fs::remove_dir_all(p)
        } else {
            fs::remove_file(p)
        };
        match res {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(doing::removing(p), e)),
        }
    }
    if !list.is_empty() {
        fsutil::sync_dir(root)?;
    }
    Ok(list.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(p: &Path) {
        if let Some(d) = p.parent() {
            fs::create_dir_all(d).unwrap();
        }
        fs::write(p, b"x").unwrap();
    }

    #[test]
    fn before_any_rekey_only_gen_dirs_are_stale() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path();
        touch(&root.join("index.age"));
        touch(&root.join("blobs/a.age"));
        touch(&root.join("gen-1/index.age"));
        touch(&root.join("gen-7/blobs/b.age"));
        assert_eq!(stale(root), vec![root.join("gen-1"), root.join("gen-7")]);
        assert_eq!(remove_stale(root).unwrap(), 2);
        assert!(root.join("index.age").exists() && root.join("blobs/a.age").exists());
        assert!(stale(root).is_empty());
    }

    #[test]
    fn after_a_switch_the_root_data_and_other_gens_are_stale() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path();
        fs::write(root.join(GENERATION), "gen-2\n").unwrap();
        touch(&root.join("gen-2/index.age"));
        touch(&root.join("gen-1/index.age"));
        touch(&root.join("index.age"));
        touch(&root.join("keys/r-1.age"));
        touch(&root.join("vault.json"));
        touch(&root.join("profile.json"));
        touch(&root.join("failed-unlocks/1.age"));
        let s = stale(root);
        assert_eq!(
            s,
            vec![
                root.join("gen-1"),
                root.join("index.age"),
                root.join("keys")
            ]
        );
        remove_stale(root).unwrap();
        for kept in [
            "gen-2/index.age",
            "vault.json",
            "profile.json",
            "failed-unlocks/1.age",
        ] {
            assert!(root.join(kept).exists(), "{kept} removed");
        }
    }

    #[test]
    fn a_damaged_pointer_makes_nothing_stale() {
        let t = tempfile::tempdir().unwrap();
        let root = t.path();
        touch(&root.join("gen-3/index.age"));
        touch(&root.join("gen-4/blobs/x.age"));
        for pointer in ["garbage\n", "gen-9\n", "gen-4\n", "../etc\n"] {
            fs::write(root.join(GENERATION), pointer).unwrap();
            assert!(stale(root).is_empty(), "pointer {pointer:?}");
        }
        // No pointer and no index at the root: nothing is called stale either.
        fs::remove_file(root.join(GENERATION)).unwrap();
        assert!(stale(root).is_empty());
        assert!(root.join("gen-3/index.age").exists());
    }
}
