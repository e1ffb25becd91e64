//! Where things live in a vault directory (docs/format.md):
//!
//! ```text
//! VAULT/vault.json        public: format, version, vault id
//! VAULT/lock              the write lock (flock)
//! VAULT/failed-unlocks/   age files (to the vault recipient) counting failed unlocks
//! VAULT/generation        optional: names the generation directory after a rekey
//! VAULT/quarantine/       key files `check --repair` moved aside
//! VAULT/clone-pending     a clone not finished yet (vault::replica::clone)
//! DATA/recipient          the vault's public age recipient
//! DATA/keys/*.age         one wrapper of the vault key per unlock method
//! DATA/keys/*.age.mac     a guardian's MAC beside its wrapper (vault::guardian)
//! DATA/blobs/*.age        one age file per document
//! DATA/index.age          the sealed index
//! DATA/tmp/               encrypted temp files of writes in progress
//! ```
//! DATA is VAULT itself until the first rekey, then `VAULT/gen-N`.

use std::path::{Path, PathBuf};

#[derive(Debug, Clone)]
pub struct Layout {
    pub root: PathBuf,
    pub data: PathBuf,
}

pub const CONFIG: &str = "vault.json";
pub const GENERATION: &str = "generation";
pub const CLONE_PENDING: &str = "clone-pending";

impl Layout {
    /// Resolves the data directory through the generation pointer, if any.
    pub fn resolve(root: &Path) -> Layout {
        // Read as untrusted: a FIFO there must not hang every command.
        let pointer = crate::fsutil::read_bounded(&root.join(GENERATION), 64)
            .ok()
            .and_then(|b| String::from_utf8(b).ok());
        let data = match pointer {
            Some(s) if is_generation_name(s.trim()) => root.join(s.trim()),
            _ => root.to_path_buf(),
        };
        Layout {
            root: root.to_path_buf(),
            data,
        }
    }

    pub fn with_data(root: &Path, data: &Path) -> Layout {
        Layout {
            root: root.to_path_buf(),
            data: data.to_path_buf(),
        }
    }

    pub fn config(&self) -> PathBuf {
        self.root.join(CONFIG)
    }
    /// Present from a clone's start until every document's content is
    /// here: such a directory does not open as a vault.
    pub fn clone_pending(&self) -> PathBuf {
        self.root.join(CLONE_PENDING)
    }
    pub fn lock(&self) -> PathBuf {
        self.root.join("lock")
    }
    pub fn failed_unlocks(&self) -> PathBuf {
        self.root.join("failed-unlocks")
    }
    /// Key files moved aside by `check --repair` (planted or stray).
    pub fn quarantine(&self) -> PathBuf {
        self.root.join("quarantine")
    }
    pub fn recipient(&self) -> PathBuf {
        self.data.join("recipient")
    }
    pub fn keys(&self) -> PathBuf {
        self.data.join("keys")
    }
    pub fn blobs(&self) -> PathBuf {
        self.data.join("blobs")
    }
    pub fn blob(&self, name: &str) -> PathBuf {
        self.blobs().join(format!("{name}.age"))
    }
    pub fn index(&self) -> PathBuf {
        self.data.join("index.age")
    }
    pub fn tmp(&self) -> PathBuf {
        self.data.join("tmp")
    }
    pub fn passphrase_key(&self) -> PathBuf {
        self.keys().join("passphrase.age")
    }
    /// Every directory inside the vault that carnet lists, creates or
    /// deletes in: each must be a real directory (see [`crate::confine`]).
    /// Stale ones at the root after a rekey are removed as links would be.
    pub fn dirs(&self) -> Vec<PathBuf> {
        let mut out = vec![self.failed_unlocks(), self.quarantine()];
        if self.data != self.root {
            out.push(self.data.clone());
        }
        out.extend([self.keys(), self.blobs(), self.tmp()]);
        out
    }

    /// Exit 6 when a directory of [`Layout::dirs`] is a link or not a
    /// directory: someone who can write the folder would otherwise make
    /// carnet delete or chmod files outside the vault.
    pub fn check_dirs(&self) -> crate::error::Result<()> {
        self.dirs()
            .iter()
            .try_for_each(|d| crate::confine::check_dir(&self.root, d))?;
        // The generation pointer is read as untrusted and ignored when it
        // is not a file ([`Layout::resolve`]): say so rather than open the
        // wrong generation.
        let pointer = self.root.join(GENERATION);
        match crate::fsutil::kind_of(&pointer) {
            Ok(Some(k)) if k != crate::fsutil::Kind::File => {
                Err(crate::fsutil::Unread::NotAFile(k).into_error(&pointer))
            }
            _ => Ok(()),
        }
    }

    /// Creates a directory of the vault (0700), never through a link.
    pub fn create_dir(&self, dir: &Path) -> crate::error::Result<()> {
        crate::confine::create_dir(&self.root, dir)
    }

    /// Removes a file of the vault, never through a link (one at the last
    /// component is removed itself).
    pub fn remove_file(&self, path: &Path) -> std::io::Result<()> {
        crate::confine::remove_file(&self.root, path)
    }

    /// A key file as the user should look for it: relative to the vault
    /// directory (`keys/F`, or `gen-N/keys/F` after a rekey).
    /// The name is escaped: anyone who can write the folder chooses it.
    pub fn key_display(&self, file: &str) -> String {
        let dir = self.keys();
        let dir = dir.strip_prefix(&self.root).unwrap_or(&dir);
        format!("{}/{}", dir.display(), escape_name(file))
    }
}

/// Whether a file name is one carnet could have written (letters, digits,
/// `.`, `_`, `-`): only such key files are tried when unlocking.
pub fn is_plain_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 128
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// A file name safe to print: anything but letters, digits, `.`, `_`, `-`
/// and space becomes `\u{…}` (no escape sequence or bidi override
/// reaches the terminal).
pub fn escape_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ' ') {
                c.to_string()
            } else {
                c.escape_unicode().to_string()
            }
        })
        .collect()
}

/// `gen-` followed by digits: the only names the pointer may hold.
pub fn is_generation_name(s: &str) -> bool {
    s.strip_prefix("gen-")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_from_the_folder_are_escaped_before_display() {
        assert_eq!(super::escape_name("r-0a1b.age"), "r-0a1b.age");
        assert_eq!(
            super::escape_name("a\u{1b}[31m\u{202e}.age"),
            "a\\u{1b}\\u{5b}31m\\u{202e}.age"
        );
        assert!(super::is_plain_name("r-0a1b.age") && !super::is_plain_name("x y.age"));
    }
}
