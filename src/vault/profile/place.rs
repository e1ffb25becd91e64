//! Where profiles live (`DATA/profiles/NAME`), how a vault is named to
//! the user, and finding a guardian's vault and a guardian's children.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::fsutil;
use crate::vault::profile::file::{self, ParentRef};
use crate::vault::{self, Sealed, Vault};

/// The platform data dir of carnet (`$XDG_DATA_HOME/carnet`).
pub fn data_dir() -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("CARNET_DATA_DIR") {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "carnet")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| {
            Error::usage(
                crate::i18n::tr!("v-no-data-dir"),
                crate::i18n::tr!("v-no-data-dir-hint"),
            )
        })
}

pub fn profiles_dir() -> Result<PathBuf> {
    Ok(data_dir()?.join("profiles"))
}

/// Creates the profiles dir (0700) if it is missing.
pub fn make_profiles_dir() -> Result<()> {
    fsutil::create_private_dir(&profiles_dir()?)
}

/// Profile names are plain: letters, digits, `-`, `_`, `.` (not leading).
pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(
            crate::i18n::tr!("v-bad-profile-name", name = format!("{name:?}")),
            crate::i18n::tr!("v-bad-profile-name-hint"),
        ))
    }
}

/// The profile name of the vault in `root`, if it is one under the
/// profiles dir.
fn profile_name(root: &Path) -> Option<String> {
    match (profiles_dir(), root.parent(), root.file_name()) {
        (Ok(pd), Some(parent), Some(n)) if parent == pd => Some(n.to_string_lossy().into_owned()),
        _ => None,
    }
}

/// "profile NAME" for a vault under the profiles dir, else "vault PATH".
pub fn label(root: &Path) -> String {
    match profile_name(root) {
        Some(n) => format!("profile {n}"),
        None => format!("vault {}", root.display()),
    }
}

/// How the user selects the vault in `root` on the command line.
pub fn selector(root: &Path) -> String {
    if let Some(n) = profile_name(root) {
        return format!("--profile {n}");
    }
    let p = root.display().to_string();
    let plain = p
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/._-+,:@".contains(&b));
    if plain {
        format!("--vault {p}")
    } else {
        // Quoted for the shell, so the hint can be pasted as is.
        format!("--vault '{}'", p.replace('\'', "'\\''"))
    }
}

impl ParentRef {
    /// How the user knows the guardian's vault.
    pub fn label(&self) -> String {
        match (&self.profile, &self.path) {
            (Some(n), _) => format!("profile {n}"),
            (None, Some(path)) => format!("vault {}", path.display()),
            (None, None) => format!("vault {}", self.vault_id),
        }
    }

    /// Finds the guardian's vault: by its profile name or path, else by
    /// looking for its vault id among the profiles.
    pub fn locate(&self) -> Option<PathBuf> {
        let id_of = |d: &Path| Sealed::open(d).ok().map(|s| s.config.id);
        let pd = profiles_dir().ok();
        if let (Some(n), Some(pd)) = (&self.profile, &pd) {
            let d = pd.join(n);
            if id_of(&d).as_deref() == Some(self.vault_id.as_str()) {
                return Some(d);
            }
        }
        if let Some(path) = &self.path {
            if id_of(path).as_deref() == Some(self.vault_id.as_str()) {
                return Some(path.clone());
            }
        }
        let pd = pd?;
        for e in std::fs::read_dir(pd).ok()?.flatten() {
            if id_of(&e.path()).as_deref() == Some(self.vault_id.as_str()) {
                return Some(e.path());
            }
        }
        None
    }
}

/// The profiles that hold a vault, by name.
pub fn all() -> Result<Vec<(String, PathBuf)>> {
    let mut names: Vec<(String, PathBuf)> = match std::fs::read_dir(profiles_dir()?) {
        Ok(rd) => rd
            .flatten()
            .filter(|e| vault::exists(&e.path()))
            .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    Ok(names)
}

/// The children's vaults whose guardian is `vault` (not handed over).
pub fn children_of(vault: &Vault) -> Result<Vec<PathBuf>> {
    let Ok(pd) = profiles_dir() else {
        return Ok(Vec::new());
    };
    let Ok(rd) = std::fs::read_dir(&pd) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for e in rd.flatten() {
        let d = e.path();
        if d == vault.root() || !vault::exists(&d) {
            continue;
        }
        if let Ok(Some(pf)) = file::read(&d) {
            if pf.handed_over_at.is_none()
                && pf.parents.iter().any(|p| p.vault_id == vault.config.id)
            {
                out.push(d);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Checks that `dir` holds the child's profile `name`, not handed over:
/// exit 2 if it is not a child's vault, exit 5 if it was handed over.
pub fn require_child(dir: &Path, name: &str) -> Result<()> {
    let sealed = Sealed::open(dir)?;
    let Some(pf) = file::read(&sealed.layout.root)? else {
        return Err(Error::usage(
            crate::i18n::tr!("v-not-child-profile", name = name),
            crate::i18n::tr!("v-not-child-profile-hint"),
        ));
    };
    if let Some(at) = &pf.handed_over_at {
        return Err(Error::policy(
            crate::i18n::tr!(
                "v-profile-handed-over",
                name = name,
                at = crate::timefmt::local_str(at)
            ),
            crate::i18n::tr!("v-profile-handed-over-hint"),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_names_are_plain() {
        for ok in ["lea", "martin-2015", "a_b.c", "X9", &"n".repeat(64)] {
            assert!(check_name(ok).is_ok(), "{ok}");
        }
        for bad in [
            "",
            ".hidden",
            "..",
            "a/b",
            "a b",
            "léa",
            "x\u{7}",
            &"n".repeat(65),
        ] {
            let e = check_name(bad).unwrap_err();
            assert!(matches!(e, Error::Usage { .. }), "{bad:?}: {e}");
        }
    }

    #[test]
    fn a_guardians_vault_is_named_by_profile_then_path_then_id() {
        let mut p = ParentRef {
            vault_id: "abcd".into(),
            profile: Some("default".into()),
            path: Some(PathBuf::from("/srv/carnet")),
        };
        assert_eq!(p.label(), "profile default");
        p.profile = None;
        assert_eq!(p.label(), "vault /srv/carnet");
        p.path = None;
        assert_eq!(p.label(), "vault abcd");
    }

    #[test]
    fn a_folder_selector_can_be_pasted_into_a_shell() {
        // Folders outside the profiles dir are selected with --vault (no
        // file is read: the paths need not exist).
        let plain = Path::new("/srv/carnet-1/v_2.x");
        assert_eq!(selector(plain), "--vault /srv/carnet-1/v_2.x");
        assert_eq!(label(plain), "vault /srv/carnet-1/v_2.x");
        assert_eq!(
            selector(Path::new("/srv/my vault")),
            "--vault '/srv/my vault'"
        );
        assert_eq!(selector(Path::new("/srv/it's")), "--vault '/srv/it'\\''s'");
    }
}
