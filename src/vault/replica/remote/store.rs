//! What a remote is to carnet: named objects, each written once.

use std::path::{Path, PathBuf};

use crate::error::Result;

/// A remote's objects. Names are `/`-separated and chosen by carnet.
pub trait Store {
    /// Reads a small object whole (at most `max` bytes); `None` if absent.
    fn get(&self, name: &str, max: u64) -> Result<Option<Vec<u8>>>;
    /// Writes an object that must not exist yet. Writing the same bytes
    /// again is fine; different bytes under an existing name are refused
    /// (exit 6): objects never change.
    fn put_new(&self, name: &str, bytes: &[u8]) -> Result<()>;
    /// Streams a local file into a new object.
    fn put_file(&self, name: &str, path: &Path) -> Result<()>;
    /// Streams an object into a local file (created, 0600); false if absent.
    fn get_file(&self, name: &str, path: &Path) -> Result<bool>;
    /// [`Store::get_file`] for an object written by anyone (an inbox
    /// item): one larger than `max` bytes is not kept (nor, where the
    /// store tells the size first, fetched at all).
    fn get_file_max(&self, name: &str, path: &Path, max: u64) -> Result<Fetched>;
    /// [`Store::get_file`] for many objects (a store may fetch several at
    /// once); on error, none of the files is left behind. The files may
    /// not be durable yet: the caller syncs the batch once
    /// ([`crate::fsutil::sync_filesystem`]) before giving them their names.
    fn get_files(&self, items: &[(String, PathBuf)]) -> Result<Vec<bool>> {
        let mut out = Vec::with_capacity(items.len());
        for (name, path) in items {
            match self.get_file(name, path) {
                Ok(got) => out.push(got),
                Err(e) => {
                    for ((_, p), got) in items.iter().zip(&out) {
                        if *got {
                            let _ = std::fs::remove_file(p);
                        }
                    }
                    return Err(e);
                }
            }
        }
        Ok(out)
    }
    /// The names directly under `prefix/` (files, and sub-prefixes).
    fn list(&self, prefix: &str) -> Result<Vec<String>>;
    /// The objects directly under `prefix/` (no sub-prefixes), each with
    /// what a listing tells anyway: its size and change marker, so `sync`
    /// notices an old object replaced under its name without fetching it
    /// again.
    fn list_meta(&self, prefix: &str) -> Result<Vec<Listed>>;
    /// Removes an object (only `remote prune`).
    fn delete(&self, name: &str) -> Result<()>;
    /// How long ago an object was written, if the store can tell (`remote
    /// prune` keeps objects younger than its grace period, and any whose
    /// age it cannot know).
    fn age(&self, _name: &str) -> Result<Option<std::time::Duration>> {
        Ok(None)
    }
    /// How to name the remote to the user.
    fn describe(&self) -> String;
}

/// An object as a listing shows it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Listed {
    pub name: String,
    pub size: u64,
    /// Changes when the object is written again with other bytes (S3's
    /// ETag; a folder's modification and change times, which any write
    /// moves); `None` when the store tells none.
    pub marker: Option<String>,
}

/// What [`Store::get_file_max`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fetched {
    Got,
    Missing,
    TooLarge,
}

/// Names read from a remote are untrusted: only these characters, no
/// path tricks.
pub fn is_safe_name(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 200
        && !s.starts_with('.')
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}
