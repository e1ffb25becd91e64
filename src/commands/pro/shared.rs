//! What the pro subcommands share: how a professional is named, and the
//! checks on the values typed for one.

use crate::crypto;
use crate::error::{Error, Result};
use crate::model::Professional;

/// A professional for people: `Dr Claire Dubois (10003456786)`.
pub(super) fn who(p: &Professional) -> String {
    format!("{} ({})", p.name, p.rpps)
}

/// A required free-text value: trimmed, not empty.
pub(super) fn non_empty(v: &str, flag: &str) -> Result<String> {
    let t = v.trim();
    crate::text::check_field(flag, t)?;
    if t.is_empty() {
        Err(Error::usage(
            crate::i18n::tr!("c-flag-empty", flag = flag),
            crate::i18n::tr!("c-flag-empty-hint", flag = flag),
        ))
    } else {
        Ok(t.to_string())
    }
}

/// Exit 2 if `--specialty` or `--place` holds a control or bidi character.
pub(super) fn check_free_text(specialty: Option<&str>, place: Option<&str>) -> Result<()> {
    for (flag, v) in [("--specialty", specialty), ("--place", place)] {
        if let Some(v) = v {
            crate::text::check_field(flag, v)?;
        }
    }
    Ok(())
}

/// An optional free-text value: `""` clears it.
pub(super) fn optional(v: &str) -> Option<String> {
    let t = v.trim();
    (!t.is_empty()).then(|| t.to_string())
}

pub(super) fn canonical_recipient(r: &str) -> Result<String> {
    Ok(crypto::parse_recipient(r)?.to_canonical())
}

/// A `--signer` fingerprint in the form `carnet status` prints (exit 2
/// otherwise), normalized to `SHA256:<base64>`.
pub(super) fn signer_fingerprint(s: &str) -> Result<String> {
    crate::bundle::manifest::parse_fingerprint(s).map_err(|_| {
        Error::usage(
            crate::i18n::tr!(
                "c-pro-bad-signer",
                value = format!("{:?}", s.trim().chars().take(80).collect::<String>())
            ),
            crate::i18n::tr!("c-pro-bad-signer-hint"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values() {
        assert_eq!(optional("  "), None);
        assert_eq!(optional(" Lyon "), Some("Lyon".into()));
        assert_eq!(non_empty(" ", "--name").unwrap_err().exit_code(), 2);
        assert_eq!(non_empty(" Dr A ", "--name").unwrap(), "Dr A");
    }

    #[test]
    fn a_signer_must_be_a_fingerprint() {
        let e = signer_fingerprint("not a key").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.to_string().contains("not a key fingerprint"));
    }
}
