//! Where things live in a vault directory (docs/format.md):
//!
//! ```text
//! VAULT/vault.json        public: format, version, vault id
//! VAULT/lock              the write lock (flock)
//! VAULT/failed-unlocks/   age files (to the vault recipient) counting failed unlocks
//! VAULT/generation        optional: names the generation directory after a rekey
//! DATA/recipient          the vault's public age recipient
//! DATA/keys/*.age         one wrapper of the vault key per unlock method
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

impl Layout {
    /// Resolves the data directory through the generation pointer, if any.
    pub fn resolve(root: &Path) -> Layout {
        let data = match std::fs::read_to_string(root.join(GENERATION)) {
            Ok(s) if is_generation_name(s.trim()) => root.join(s.trim()),
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
    pub fn lock(&self) -> PathBuf {
        self.root.join("lock")
    }
    pub fn failed_unlocks(&self) -> PathBuf {
        self.root.join("failed-unlocks")
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
}

/// `gen-` followed by digits: the only names the pointer may hold.
pub fn is_generation_name(s: &str) -> bool {
    s.strip_prefix("gen-")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}
