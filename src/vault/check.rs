//! `carnet check` as a vault operation: authenticate the index and the
//! journal, decrypt and hash every blob, judge the files under `keys/`, the
//! public `recipient` file and the leftovers of interrupted writes, and
//! (with repair) remove or set aside what does not belong, under the write
//! lock. The result is a [`CheckReport`]; the command renders it.
//!
//! `carnet check` holds the write lock from before it loads the index
//! ([`Vault::lock_current`]): a rekey removes the old generation when it
//! switches, and a check reading it meanwhile would report it missing.
//!
//! Problems are damage (exit 6); warnings are what a repair removes, or
//! what only the minor's key could verify. Their texts are the user's
//! messages: the contract (cli.md) and the tests read them.

use std::collections::HashSet;
use std::path::PathBuf;
use std::rc::Rc;

use rusqlite::Connection;

use crate::crypto;
use crate::error::Result;
use crate::journal;
use crate::model::Document;
use crate::vault::{blobs, hidden, keys, layout, outside, private, rekey, store, Vault, WriteLock};

/// What `check` found, and what its repair did.
#[derive(Debug, Clone, Default)]
pub struct CheckReport {
    /// Documents in the index.
    pub documents: usize,
    /// Documents hidden from guardians that only the minor's key can
    /// decrypt and hash: checked to be present and well-formed.
    pub sealed_for_minor: usize,
    /// The minor's private records checked to be well-formed only.
    pub sealed_records: usize,
    /// Entries of the journal's hash chain (0 when it is broken).
    pub journal_entries: i64,
    /// Damage, one line each.
    pub problems: Vec<String>,
    /// Leftovers, what was set aside, what could not be verified.
    pub warnings: Vec<String>,
    /// Files the repair removed or moved aside.
    pub repaired: usize,
}

impl CheckReport {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// A check under way: the index is loaded and authenticated, the blobs
/// are still to be read (see [`Check::blob_bytes`] for a progress bar).
pub struct Check<'v> {
    vault: &'v Vault,
    conn: Rc<Connection>,
    docs: Vec<Document>,
    /// The write lock, when the caller took it for the whole check.
    lock: Option<WriteLock>,
}

impl Vault {
    /// Starts a check: loads the whole index, which authenticates it (MAC,
    /// then every chunk: read whole, not page by page) and the journal
    /// against the last head seen.
    pub fn start_check(&self) -> Result<Check<'_>> {
        let conn = self.load_whole()?;
        let docs = store::all_docs(&conn)?;
        Ok(Check {
            vault: self,
            conn,
            docs,
            lock: None,
        })
    }

    /// As [`Vault::start_check`], holding `lock` (from
    /// [`Vault::lock_current`]) until the check ends: no rekey or commit
    /// changes the vault under it.
    pub fn start_check_holding(&self, lock: WriteLock) -> Result<Check<'_>> {
        let mut check = self.start_check()?;
        check.lock = Some(lock);
        Ok(check)
    }

    /// The write lock (waited for), if this vault is still the current
    /// generation under it; exit 7 (run again) when a rekey switched it
    /// since the unlock.
    pub fn lock_current(&self) -> Result<WriteLock> {
        let lock = WriteLock::acquire(&self.layout.lock())?;
        self.check_generation()?;
        Ok(lock)
    }
}

/// A file under `keys/` that does not belong there, and why.
struct KeyIssue {
    file: String,
    why: String,
}

/// What `check` finds under `keys/`.
struct KeyIssues {
    /// Files to move aside (wrappers) or remove (MAC files).
    files: Vec<KeyIssue>,
    /// Unlock methods of the index whose wrapper file is missing.
    missing: Vec<String>,
}

/// Leftovers of interrupted writes and rekeys, found before any repair.
struct Leftovers {
    /// Blobs no document points to.
    orphans: Vec<String>,
    /// Temp files in the vault whose writer is gone.
    temps: Vec<PathBuf>,
    /// Markers of temp files outside the vault, but those still written.
    outside: Vec<outside::Found>,
    /// Files of another key generation.
    stale: Vec<PathBuf>,
}

impl Check<'_> {
    /// The bytes of the blobs [`Check::run`] will decrypt and hash.
    pub fn blob_bytes(&self) -> u64 {
        self.docs.iter().map(|d| d.size).sum()
    }

    /// Runs the check; with `repair`, removes leftovers and sets aside key
    /// files that do not belong. `progress` is told how many bytes each
    /// blob took.
    pub fn run(self, repair: bool, progress: impl FnMut(u64)) -> Result<CheckReport> {
        let mut r = CheckReport {
            documents: self.docs.len(),
            ..CheckReport::default()
        };
        self.index(&mut r)?;
        self.blobs(&mut r, progress)?;
        self.records(&mut r)?;
        let left = self.leftovers()?;
        let key_issues = key_file_issues(self.vault, &self.conn)?;
        r.warnings.extend(key_issues.missing);
        let recipient_bad = recipient_problem(self.vault);
        let count_off = count_mismatch(&self.conn)?;
        if repair {
            self.repair(&mut r, &left, recipient_bad.is_some())?;
        } else {
            report_leftovers(self.vault, &mut r, &left, &key_issues.files);
            r.problems.extend(recipient_bad);
            if let Some((kept, held)) = count_off {
                r.problems.push(crate::i18n::tr!(
                    "v-check-count",
                    kept = kept.to_string(),
                    held = held.to_string()
                ));
            }
        }
        Ok(r)
    }

    /// SQLite's own checks, then the journal's hash chain.
    fn index(&self, r: &mut CheckReport) -> Result<()> {
        let (db_problems, dangling) = store::database_problems(&self.conn)?;
        for p in db_problems {
            r.problems.push(crate::i18n::tr!(
                "v-check-db-problem",
                detail = p.to_string()
            ));
        }
        if dangling > 0 {
            r.problems.push(crate::i18n::tr!(
                "v-check-dangling",
                n = dangling.to_string()
            ));
        }
        r.journal_entries = match journal::verify(&self.conn)? {
            Ok(n) => n,
            Err(seq) => {
                r.problems.push(crate::i18n::tr!(
                    "v-check-journal-broken",
                    seq = seq.to_string()
                ));
                0
            }
        };
        Ok(())
    }

    /// Every blob decrypted and hashed. Documents hidden from guardians:
    /// decrypted and hashed with the minor's key; without it, only checked
    /// to be present and well-formed.
    fn blobs(&self, r: &mut CheckReport, mut progress: impl FnMut(u64)) -> Result<()> {
        let vault = self.vault;
        let sealed = store::sealed_all(&self.conn)?;
        let ids = vault.user_identities();
        for d in &self.docs {
            if let Some(bytes) = sealed.get(&d.id) {
                let meta = match hidden::open_meta(&ids, bytes) {
                    Ok(m) => m,
                    Err(e) => {
                        r.problems.push(crate::i18n::tr!(
                            "y-check-hidden-error",
                            id = &d.id,
                            error = e.to_string()
                        ));
                        continue;
                    }
                };
                match meta {
                    Some(m) => match hidden::verify_blob(&vault.layout, &ids, &d.blob, &m.sha256) {
                        Ok(Some(n)) if n == m.size => {}
                        Ok(Some(n)) => r.problems.push(crate::i18n::tr!(
                            "v-check-sealed-size",
                            id = &d.id,
                            title = &m.title,
                            got = n.to_string(),
                            size = m.size.to_string()
                        )),
                        Ok(None) => r.problems.push(crate::i18n::tr!(
                            "v-check-sealed-content",
                            id = &d.id,
                            title = &m.title
                        )),
                        Err(e) => r.problems.push(crate::i18n::tr!(
                            "y-check-doc-error",
                            id = &d.id,
                            title = &m.title,
                            error = e.to_string()
                        )),
                    },
                    None => match hidden::check_blob(&vault.layout, &d.blob) {
                        Ok(_) => r.sealed_for_minor += 1,
                        Err(e) => r.problems.push(crate::i18n::tr!(
                            "y-check-hidden-error",
                            id = &d.id,
                            error = e.to_string()
                        )),
                    },
                }
                continue;
            }
            match blobs::verify(&vault.layout, vault.key(), &d.blob) {
                Ok(n) if n == d.size => {}
                Ok(n) => r.problems.push(crate::i18n::tr!(
                    "v-check-size",
                    id = &d.id,
                    title = &d.title,
                    got = n.to_string(),
                    size = d.size.to_string()
                )),
                Err(e) => r.problems.push(crate::i18n::tr!(
                    "y-check-doc-error",
                    id = &d.id,
                    title = &d.title,
                    error = e.to_string()
                )),
            }
            progress(d.size);
        }
        Ok(())
    }

    /// The minor's private professionals and grants: opened with the
    /// minor's key; without it, checked to be well-formed age files.
    fn records(&self, r: &mut CheckReport) -> Result<()> {
        let ids = self.vault.user_identities();
        for (id, verdict) in private::check_records(&self.conn, &ids)? {
            match verdict {
                Ok(true) => {}
                Ok(false) => r.sealed_records += 1,
                Err(e) => r.problems.push(format!(
                    "sealed record {id} (kept private by the minor): {e}"
                )),
            }
        }
        if r.sealed_records > 0 {
            r.warnings.push(crate::i18n::tr!(
                "v-check-sealed-records",
                n = r.sealed_records.to_string()
            ));
        }
        if r.sealed_for_minor > 0 {
            r.warnings.push(crate::i18n::tr!(
                "v-check-sealed-docs",
                n = r.sealed_for_minor.to_string()
            ));
        }
        Ok(())
    }

    /// Leftovers of interrupted writes: warnings, not errors.
    fn leftovers(&self) -> Result<Leftovers> {
        let vault = self.vault;
        let referenced = store::referenced_blobs(&self.conn)?;
        Ok(Leftovers {
            orphans: blobs::list(&vault.layout)?
                .into_iter()
                .filter(|b| !referenced.contains(b))
                .collect(),
            // Temp files whose writer is still at work are no leftovers.
            temps: blobs::leftovers(&vault.layout)?
                .into_iter()
                .map(|(p, _)| p)
                .filter(|p| blobs::writer_gone(p))
                .collect(),
            outside: vault
                .outside_temps()
                .into_iter()
                .filter(|f| !matches!(f, outside::Found::Live))
                .collect(),
            stale: rekey::stale(vault.root()),
        })
    }

    /// Removes the leftovers and sets aside the key files that do not
    /// belong, under the write lock; what was found is read again under it
    /// where a writer may have changed it.
    fn repair(&self, r: &mut CheckReport, left: &Leftovers, recipient_bad: bool) -> Result<()> {
        let vault = self.vault;
        // A lock held already is the same flock: taking it again would wait
        // for ourselves.
        let _lock = match self.lock {
            Some(_) => None,
            None => Some(WriteLock::acquire(&vault.layout.lock())?),
        };
        vault.check_generation()?;
        r.repaired += rekey::remove_stale(vault.root())?;
        // Re-read under the lock: a writer may have committed meanwhile.
        for issue in key_file_issues(vault, &vault.load_fresh()?)?.files {
            if issue.file.ends_with(".mac") {
                // A guardian's MAC whose wrapper is gone: nothing to keep.
                if vault
                    .layout
                    .remove_file(&vault.layout.keys().join(&issue.file))
                    .is_ok()
                {
                    r.repaired += 1;
                }
                continue;
            }
            let to = keys::quarantine(&vault.layout, &issue.file)?;
            r.repaired += 1;
            r.warnings.push(crate::i18n::tr!(
                "v-check-quarantined",
                file = vault.layout.key_display(&issue.file),
                to = layout::escape_name(&to.file_name().unwrap_or_default().to_string_lossy()),
                why = issue.why.to_string()
            ));
        }
        if recipient_bad {
            crate::fsutil::write_atomic(
                &vault.layout.recipient(),
                format!("{}\n", vault.key().recipient()).as_bytes(),
            )?;
            r.repaired += 1;
            r.warnings.push(crate::i18n::tr!(
                "v-check-recipient-rewritten",
                file = recipient_display(vault)
            ));
        }
        // The kept document count, set to the rows' if it strayed (sealed
        // whole: the count is no row a segment carries).
        let reset = vault.write_locked(|tx| match count_mismatch(tx.conn)? {
            Some(off) => tx.uncaptured(|| store::reset_derived_counts(tx.conn).map(|()| Some(off))),
            None => Ok(None),
        })?;
        if let Some((kept, held)) = reset {
            r.repaired += 1;
            r.warnings.push(crate::i18n::tr!(
                "v-check-count-reset",
                kept = kept.to_string(),
                held = held.to_string()
            ));
        }
        // Re-read under the lock: a writer may have committed meanwhile.
        let referenced = store::referenced_blobs(&vault.load_fresh()?)?;
        r.repaired += remove_orphans(vault, &left.orphans, &referenced);
        for p in &left.temps {
            if vault.layout.remove_file(p).is_ok() {
                r.repaired += 1;
            }
        }
        for f in &left.outside {
            r.repaired += outside::remove(&vault.layout, f);
        }
        Ok(())
    }
}

/// The kept number of documents and the rows', when they differ (schema
/// 5 keeps the count by triggers; only a bug or an older carnet's writes
/// could move them apart).
fn count_mismatch(conn: &Connection) -> Result<Option<(i64, i64)>> {
    let kept = store::derived_doc_count(conn)?;
    let held = store::counted_docs(conn)?;
    Ok((kept != held).then_some((kept, held)))
}

/// Removes the orphan blobs still unreferenced, but those written in the
/// last two minutes (an add about to commit them). Returns how many went.
fn remove_orphans(vault: &Vault, orphans: &[String], referenced: &HashSet<String>) -> usize {
    let mut n = 0;
    for b in orphans {
        let p = vault.layout.blob(b);
        let young = std::fs::symlink_metadata(&p)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() < 120);
        if !referenced.contains(b) && !young && vault.layout.remove_file(&p).is_ok() {
            n += 1;
        }
    }
    n
}

/// Without repair: one warning per kind of leftover, saying what
/// `--repair` would do.
fn report_leftovers(vault: &Vault, r: &mut CheckReport, left: &Leftovers, keys: &[KeyIssue]) {
    if !left.orphans.is_empty() {
        r.warnings.push(crate::i18n::tr!(
            "v-check-orphans",
            n = left.orphans.len().to_string()
        ));
    }
    if !left.temps.is_empty() {
        r.warnings.push(crate::i18n::tr!(
            "v-check-temps",
            n = left.temps.len().to_string()
        ));
    }
    let outside_left: Vec<String> = left
        .outside
        .iter()
        .filter_map(|f| match f {
            outside::Found::Left { temp: Some(t), .. } => Some(t.display().to_string()),
            _ => None,
        })
        .collect();
    if !outside_left.is_empty() {
        r.warnings.push(crate::i18n::tr!(
            "v-check-outside-temps",
            n = outside_left.len().to_string(),
            files = outside_left.join(", ")
        ));
    }
    let invalid = left
        .outside
        .iter()
        .filter(|f| matches!(f, outside::Found::Invalid { .. }))
        .count();
    if invalid > 0 {
        r.warnings.push(crate::i18n::tr!(
            "v-check-bad-markers",
            n = invalid.to_string()
        ));
    }
    if !left.stale.is_empty() {
        r.warnings.push(crate::i18n::tr!(
            "v-check-stale",
            n = left.stale.len().to_string(),
            files = left
                .stale
                .iter()
                .map(|p| p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    for issue in keys {
        let file = vault.layout.key_display(&issue.file);
        let why = issue.why.to_string();
        r.warnings.push(if issue.file.ends_with(".mac") {
            crate::i18n::tr!("v-check-key-issue-remove", file = file, why = why)
        } else {
            crate::i18n::tr!("v-check-key-issue-quarantine", file = file, why = why)
        });
    }
}

/// Key files that no unlock method names, or that the user's identity
/// opens but that hold another key (planted: anyone can encrypt a file to
/// a public recipient), and guardian MAC files whose wrapper is gone.
fn key_file_issues(vault: &Vault, conn: &Connection) -> Result<KeyIssues> {
    let rows = keys::list(conn)?;
    let mut out = KeyIssues {
        files: Vec::new(),
        missing: Vec::new(),
    };
    let Ok(rd) = std::fs::read_dir(vault.layout.keys()) else {
        return Ok(out);
    };
    let mut names: Vec<String> = rd
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let ids = vault.user_identities();
    let ours = vault.key().recipient().to_string();
    for n in &names {
        // A FIFO, link or directory is never read (it would block or lead
        // out of the vault): moved aside as it is.
        match crate::fsutil::kind_of(&vault.layout.keys().join(n)) {
            Ok(Some(k)) if k != crate::fsutil::Kind::File => {
                out.files.push(KeyIssue {
                    file: n.clone(),
                    why: crate::i18n::tr!(
                        "x-check-key-not-a-file",
                        kind = crate::i18n::explain::file_kind(k)
                    ),
                });
                continue;
            }
            _ => {}
        }
        if let Some(wrapper) = n.strip_suffix(".mac") {
            if wrapper.ends_with(".age") && !names.iter().any(|w| w == wrapper) {
                out.files.push(KeyIssue {
                    file: n.clone(),
                    why: crate::i18n::tr!("x-check-orphan-mac"),
                });
            }
            continue;
        }
        if !n.ends_with(".age") {
            continue;
        }
        let opened = if ids.is_empty() || n == keys::PASSPHRASE_FILE {
            None
        } else {
            keys::read_wrapper(&vault.layout.keys().join(n))
                .ok()
                .flatten()
                .and_then(|bytes| crypto::unwrap_vault_key_with(&bytes, &ids).ok().flatten())
        };
        let planted = opened.is_some_and(|k| k.recipient().to_string() != ours);
        let row = rows.iter().find(|k| k.file == *n);
        let why = match (planted, row) {
            (true, Some(k)) => crate::i18n::tr!(
                "v-check-planted-over",
                method = k.recipient.as_deref().unwrap_or("(passphrase)")
            ),
            (true, None) => crate::i18n::tr!("v-check-planted"),
            (false, None) => crate::i18n::tr!("v-check-unnamed-key"),
            (false, Some(_)) => continue,
        };
        out.files.push(KeyIssue {
            file: n.clone(),
            why,
        });
    }
    for k in &rows {
        if !names.contains(&k.file) {
            out.missing.push(crate::i18n::tr!(
                "v-check-missing-key-file",
                method = k.recipient.as_deref().unwrap_or("(passphrase)"),
                file = vault.layout.key_display(&k.file)
            ));
        }
    }
    Ok(out)
}

/// The `recipient` file as the user should look for it: relative to the
/// vault directory.
fn recipient_display(vault: &Vault) -> String {
    let p = vault.layout.recipient();
    p.strip_prefix(vault.root())
        .unwrap_or(&p)
        .display()
        .to_string()
}

/// The vault's public `recipient` file must be the vault key's recipient:
/// whatever encrypts to the vault without unlocking it (failed-unlock
/// records, a scanner's inbox) reads it. `Some(problem)` when it is not.
fn recipient_problem(vault: &Vault) -> Option<String> {
    use crate::fsutil::Unread;
    let want = vault.key().recipient().to_string();
    let name = recipient_display(vault);
    let read = crate::fsutil::read_bounded(&vault.layout.recipient(), 4096)
        .map(|b| String::from_utf8(b).unwrap_or_default());
    let text = read.as_deref().unwrap_or_default();
    let found = match &read {
        Err(Unread::Missing) => crate::i18n::tr!("x-check-recipient-missing"),
        Err(Unread::NotAFile(k)) => crate::i18n::tr!(
            "x-check-recipient-kind",
            kind = crate::i18n::explain::file_kind(*k)
        ),
        Err(_) => crate::i18n::tr!("x-check-recipient-unreadable"),
        Ok(_) if text.trim() == want => return None,
        // Untrusted content: shown only when it is a recipient.
        Ok(_) => match text.trim().parse::<age::x25519::Recipient>() {
            Ok(r) => crate::i18n::tr!("x-check-recipient-names", recipient = r.to_string()),
            Err(_) => crate::i18n::tr!("x-check-recipient-none"),
        },
    };
    Some(crate::i18n::tr!(
        "x-check-recipient-mismatch",
        name = name,
        found = found,
        want = want
    ))
}
