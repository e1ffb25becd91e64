//! `VAULT/profile.json`: the public side of a child's vault. It names the
//! guardian's own vault (by vault id, and by profile name or path) so that
//! whatever unlocks the guardian's vault can find it and use its key to
//! open the child's, and it records the handover at majority so a guardian
//! whose unlock fails is told why. Nothing in it is secret, and nothing in
//! it grants access: the wrappers under `keys/` do.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::fsutil;

pub const FILE: &str = "profile.json";
pub const FORMAT: &str = "carnet-profile";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProfileFile {
    pub format: String,
    pub version: u32,
    /// The vaults of the guardians who created or manage this profile.
    #[serde(default)]
    pub parents: Vec<ParentRef>,
    /// Set once `profile handover` switched to the young adult's keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub handed_over_at: Option<String>,
}

/// Where a guardian's own vault is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParentRef {
    pub vault_id: String,
    /// A profile under the data dir (resolved against the current data dir).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// A vault given by `--vault`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<PathBuf>,
}

impl ProfileFile {
    pub fn child_of(parent: ParentRef) -> ProfileFile {
        ProfileFile {
            format: FORMAT.into(),
            version: 1,
            parents: vec![parent],
            handed_over_at: None,
        }
    }
}

/// The profile file of a vault, if it has one (only children's vaults do).
pub fn read(root: &Path) -> Result<Option<ProfileFile>> {
    let path = root.join(FILE);
    // Untrusted, small: a list of parents (see docs/format.md).
    let text = match fsutil::read_bounded(&path, 256 * 1024) {
        Ok(t) => t,
        Err(fsutil::Unread::Missing) => return Ok(None),
        Err(e) => return Err(e.into_error(&path)),
    };
    let pf: ProfileFile = serde_json::from_slice(&text).map_err(|e| {
        Error::integrity(
            crate::i18n::tr!(
                "v-config-corrupt",
                path = path.display().to_string(),
                detail = e.to_string()
            ),
            crate::i18n::tr!("v-profile-file-corrupt-hint"),
        )
    })?;
    if pf.format != FORMAT {
        return Err(Error::integrity(
            crate::i18n::tr!("v-not-a-profile-file", path = path.display().to_string()),
            crate::i18n::tr!("v-restore-from-backup-hint"),
        ));
    }
    if pf.version > 1 {
        return Err(Error::usage(
            crate::i18n::tr!(
                "v-profile-file-too-new",
                path = path.display().to_string(),
                version = pf.version.to_string()
            ),
            crate::i18n::tr!("v-upgrade-carnet-hint"),
        ));
    }
    Ok(Some(pf))
}

/// Writes the profile file atomically.
pub fn write(root: &Path, pf: &ProfileFile) -> Result<()> {
    let json = serde_json::to_string_pretty(pf).expect("profile file serializes");
    fsutil::write_atomic(&root.join(FILE), format!("{json}\n").as_bytes())
}
