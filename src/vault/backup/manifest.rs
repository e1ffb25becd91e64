//! `BACKUP.json`, the first member of a backup's tar, and the paths a
//! backup may hold (docs/format.md, "Backups").

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub const FORMAT: &str = "carnet-backup";
pub const VERSION: u32 = 1;
/// The first member of the tar.
pub const MANIFEST: &str = "BACKUP.json";
/// The directory the vault's files are under in the tar: `tar x` of a
/// backup gives a `vault/` that `carnet --vault vault` opens.
pub const PREFIX: &str = "vault";
/// A manifest lists one line per file: 100,000 documents make ~15 MiB.
pub(super) const MAX_MANIFEST: u64 = 256 << 20;
/// More members than any vault holds: bounds what a crafted manifest costs.
pub(super) const MAX_MEMBERS: usize = 10_000_000;

/// `BACKUP.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub format: String,
    pub version: u32,
    pub vault_id: String,
    /// RFC 3339 UTC.
    pub created_at: String,
    /// The carnet that wrote it.
    pub carnet: String,
    /// The journal head in the backup (its last entry is `vault.backup`).
    pub journal_head: Head,
    /// Every other member of the tar, in order.
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Head {
    pub seq: i64,
    pub hash: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    File,
    Dir,
}

/// One member: `path` in the tar (`vault/…`), and for a file its size and
/// the SHA-256 (hex) of its bytes.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Member {
    pub path: String,
    #[serde(rename = "type")]
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
}

/// Whether a tar path is one a backup may hold under `vault/`: relative,
/// plain components (no `.`, `..`, empty), printable ASCII a vault's
/// names are made of. Anything else is refused, never sanitised.
pub fn valid_path(p: &str) -> bool {
    let Some(rest) = p.strip_prefix(PREFIX) else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    let Some(rest) = rest.strip_prefix('/') else {
        return false;
    };
    p.len() <= 1024
        && rest.split('/').all(|c| {
            !c.is_empty()
                && c != "."
                && c != ".."
                && c.len() <= 255
                && c.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"._-+=@,".contains(&b))
        })
}

/// Exit 6 for a backup that cannot be read as one.
pub(super) fn damaged(why: impl std::fmt::Display) -> Error {
    Error::integrity(
        crate::i18n::tr!("m-backup-damaged", why = why.to_string()),
        crate::i18n::tr!("m-backup-damaged-hint"),
    )
}

impl Manifest {
    /// Checks what a restore relies on before it extracts anything.
    pub(super) fn validate(&self) -> Result<()> {
        if self.format != FORMAT {
            return Err(damaged(format!("{MANIFEST} says format {:?}", self.format)));
        }
        if self.version > VERSION {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "m-backup-too-new",
                    version = self.version.to_string(),
                    known = VERSION.to_string()
                ),
                crate::i18n::tr!("m-backup-too-new-hint"),
            ));
        }
        if self.vault_id.is_empty()
            || self.vault_id.len() > 64
            || !self
                .vault_id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(damaged("the vault id is malformed"));
        }
        if self.members.len() > MAX_MEMBERS {
            return Err(damaged("too many members"));
        }
        let mut seen = std::collections::HashSet::new();
        for m in &self.members {
            if !valid_path(&m.path) || !seen.insert(m.path.as_str()) {
                return Err(damaged(format!(
                    "member {:?} is not a path a vault holds, or is listed twice",
                    crate::text::escape(&m.path)
                )));
            }
            let ok = match m.kind {
                Kind::Dir => m.size.is_none() && m.sha256.is_none(),
                Kind::File => {
                    m.size.is_some()
                        && m.sha256.as_deref().is_some_and(|h| {
                            h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit())
                        })
                }
            };
            if !ok {
                return Err(damaged(format!("member {} is malformed", m.path)));
            }
            // A member's directory comes before it.
            if let Some((parent, _)) = m.path.rsplit_once('/') {
                if !seen.contains(parent) {
                    return Err(damaged(format!("{} comes before its directory", m.path)));
                }
            }
        }
        if self.members.first().map(|m| m.path.as_str()) != Some(PREFIX) {
            return Err(damaged(format!("the first member is not {PREFIX}/")));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_a_backup_may_hold() {
        for ok in [
            "vault",
            "vault/keys",
            "vault/blobs/ab12.age",
            "vault/gen-2/index.age",
        ] {
            assert!(valid_path(ok), "{ok}");
        }
        for bad in [
            "",
            "/etc/passwd",
            "vault/../x",
            "vault/./x",
            "vault//x",
            "vault/x/",
            "vaultx",
            "other/x",
            "vault/a b",
            "vault/\u{202e}x",
            "vault/x\\y",
        ] {
            assert!(!valid_path(bad), "{bad}");
        }
    }

    fn manifest(members: Vec<Member>) -> Manifest {
        Manifest {
            format: FORMAT.into(),
            version: VERSION,
            vault_id: "abcd".into(),
            created_at: "2026-01-01T00:00:00Z".into(),
            carnet: "0".into(),
            journal_head: Head {
                seq: 1,
                hash: "00".into(),
            },
            members,
        }
    }

    fn dir(p: &str) -> Member {
        Member {
            path: p.into(),
            kind: Kind::Dir,
            size: None,
            sha256: None,
        }
    }

    fn file(p: &str) -> Member {
        Member {
            path: p.into(),
            kind: Kind::File,
            size: Some(1),
            sha256: Some("0".repeat(64)),
        }
    }

    #[test]
    fn manifests_are_checked_before_anything_is_extracted() {
        assert!(
            manifest(vec![dir("vault"), dir("vault/keys"), file("vault/keys/a")])
                .validate()
                .is_ok()
        );
        // A file before its directory, twice the same path, no root.
        for bad in [
            vec![dir("vault"), file("vault/keys/a")],
            vec![dir("vault"), file("vault/a"), file("vault/a")],
            vec![file("vault/a")],
        ] {
            assert_eq!(manifest(bad).validate().unwrap_err().exit_code(), 6);
        }
        let mut newer = manifest(vec![dir("vault")]);
        newer.version = VERSION + 1;
        assert_eq!(newer.validate().unwrap_err().exit_code(), 2);
    }
}
