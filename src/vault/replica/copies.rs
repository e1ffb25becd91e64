//! The local copies of other devices' segments that every open merges
//! again (`Vault::remerge`), when one is gone (deleted by hand, a partial
//! restore, a disk problem). Without it the vault cannot open: `carnet
//! sync` fetches it again from the remote, checked as its pull checks a
//! segment (the remerge's own checks: key, vault id, chain), and keeps
//! it only once the whole index opened; any other command is exit 6,
//! naming the copy and how to get it back, and writes nothing.

use std::cell::Cell;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::fsutil;

use super::remote::{self, RemoteSpec, Store};
use super::segment;

/// Set on a vault opened by `carnet sync`: its missing copies are fetched
/// again from `remote` (the one the sync names; else each remote, in name
/// order, until one has it).
#[derive(Debug, Clone, Default)]
pub struct Refetch {
    pub remote: Option<String>,
    /// How many copies the opens of this vault fetched again.
    pub done: Cell<usize>,
}

/// One segment as read.
pub(crate) struct Copy {
    pub sealed: Vec<u8>,
    /// Where it was read, for messages: its path, or the remote's name.
    pub shown: String,
    /// Fetched from a remote (not kept yet).
    pub fetched: bool,
}

impl Copy {
    /// Exit 6: this copy is not `dev`'s segment `seq` (not the one the
    /// chain expects there). A fetched one was not kept: the remote is
    /// what to suspect.
    pub(crate) fn not_the_one(&self, dev: &str, seq: u64) -> Error {
        if self.fetched {
            return Error::integrity(
                crate::i18n::tr!(
                    "v-copy-refetched-wrong",
                    path = self.shown.clone(),
                    device = dev.to_string(),
                    seq = seq.to_string()
                ),
                crate::i18n::tr!("v-copy-missing-hint", device = dev.to_string()),
            );
        }
        Error::integrity(
            crate::i18n::tr!(
                "v-not-own-segment",
                path = self.shown.clone(),
                next = seq.to_string()
            ),
            crate::i18n::tr!("v-not-own-segment-hint"),
        )
    }
}

/// The copies one replay read: from the vault, or fetched (kept by
/// [`Copies::keep`] once the replay succeeded).
pub(crate) struct Copies<'a> {
    refetch: Option<&'a Refetch>,
    /// The remotes opened so far (a remote is opened once a replay).
    stores: Vec<(String, Box<dyn Store>)>,
    fetched: Vec<(PathBuf, Vec<u8>)>,
}

impl<'a> Copies<'a> {
    pub(crate) fn new(refetch: Option<&'a Refetch>) -> Copies<'a> {
        Copies {
            refetch,
            stores: Vec::new(),
            fetched: Vec::new(),
        }
    }

    /// The sealed bytes of `dev`'s segment `seq`: its copy in `dir` (the
    /// device's `log/DEVICE/`), else (when refetching) a remote's.
    /// `conn`, the index being replayed, names the remotes.
    pub(crate) fn read(
        &mut self,
        conn: &Connection,
        dir: &Path,
        dev: &str,
        seq: u64,
    ) -> Result<Copy> {
        let path = dir.join(segment::name(seq));
        match fsutil::read_bounded(&path, segment::MAX_SEALED) {
            Ok(sealed) => {
                return Ok(Copy {
                    sealed,
                    shown: path.display().to_string(),
                    fetched: false,
                })
            }
            Err(fsutil::Unread::Missing) => {}
            Err(e) => return Err(e.into_error(&path)),
        }
        let remotes = remotes(conn)?;
        let Some(refetch) = self.refetch else {
            return Err(missing(&path, dev, seq, !remotes.is_empty()));
        };
        let name = format!("log/{dev}/{}", segment::name(seq));
        let mut asked = Vec::new();
        for spec in remotes
            .iter()
            .filter(|s| refetch.remote.as_ref().is_none_or(|n| *n == s.name))
        {
            let at = match self.stores.iter().position(|(n, _)| *n == spec.name) {
                Some(i) => i,
                None => {
                    self.stores.push((spec.name.clone(), remote::open(spec)?));
                    self.stores.len() - 1
                }
            };
            let store = &self.stores[at].1;
            if let Some(sealed) = store.get(&name, segment::MAX_SEALED)? {
                self.fetched.push((path, sealed.clone()));
                return Ok(Copy {
                    sealed,
                    shown: format!("{}: {name}", store.describe()),
                    fetched: true,
                });
            }
            asked.push(store.describe());
        }
        if asked.is_empty() {
            return Err(missing(&path, dev, seq, false));
        }
        Err(Error::integrity(
            crate::i18n::tr!(
                "v-copy-missing-remote",
                path = path.display().to_string(),
                device = dev.to_string(),
                seq = seq.to_string(),
                remote = asked.join(", ")
            ),
            crate::i18n::tr!("v-copy-missing-hint", device = dev.to_string()),
        ))
    }

    /// Writes the copies fetched again where they belong: called once
    /// the index they were needed for opened whole.
    pub(crate) fn keep(self) -> Result<()> {
        let Some(refetch) = self.refetch else {
            return Ok(());
        };
        for (path, bytes) in &self.fetched {
            // `log/DEVICE/` may be gone whole, `log/` too.
            let dirs = [path.parent(), path.parent().and_then(Path::parent)];
            for dir in dirs.into_iter().rev().flatten() {
                if !dir.is_dir() {
                    fsutil::create_private_dir(dir)?;
                }
            }
            fsutil::write_atomic(path, bytes)?;
        }
        refetch.done.set(refetch.done.get() + self.fetched.len());
        Ok(())
    }
}

/// The remotes `conn` names, in name order: all of them, replayed or
/// not (`sync_*` rows travel in no segment: a commit that changes them
/// seals the whole index).
fn remotes(conn: &Connection) -> Result<Vec<RemoteSpec>> {
    let mut stmt =
        conn.prepare("SELECT name, url, endpoint, region FROM sync_remotes ORDER BY name")?;
    let rows = stmt.query_map([], |r| {
        Ok(RemoteSpec {
            name: r.get(0)?,
            url: r.get(1)?,
            endpoint: r.get(2)?,
            region: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Exit 6: the copy at `path` is missing. The hint says how to get it
/// back: `carnet sync` when there is a remote to fetch it from.
fn missing(path: &Path, dev: &str, seq: u64, has_remote: bool) -> Error {
    let message = crate::i18n::tr!(
        "v-copy-missing",
        path = path.display().to_string(),
        device = dev.to_string(),
        seq = seq.to_string()
    );
    let hint = if has_remote {
        crate::i18n::tr!("v-copy-missing-sync-hint", device = dev.to_string())
    } else {
        crate::i18n::tr!("v-copy-missing-hint", device = dev.to_string())
    };
    Error::integrity(message, hint)
}
