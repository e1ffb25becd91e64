//! A professional's bundle-signing key file (`carnet keygen --signing`),
//! read by `carnet bundle create --signing-key`.
//!
//! Text, so a person can see what it is; the secret is one line:
//!
//! ```text
//! # carnet bundle-signing key (Ed25519): keep it secret, it signs as you
//! # created: 2026-12-07T06:00:00Z
//! # fingerprint: SHA256:…
//! CARNET-SIGNING-KEY-1 <base64 of the 32-byte Ed25519 seed>
//! ```
//!
//! The fingerprint is that of the public key, as manifests and `carnet
//! status` print it (`crypto::fingerprint`); the comment lines are
//! informative only (the fingerprint is always recomputed from the key).
//! The file is untrusted input: bounded, and anything else than comments,
//! blank lines and exactly one key line is refused (exit 2).

use crate::error::doing;
use base64::Engine;
use ed25519_dalek::SigningKey;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// The key line's prefix.
pub const KEY_PREFIX: &str = "CARNET-SIGNING-KEY-1 ";
/// Largest key file read.
const MAX_FILE: u64 = 4096;

/// The file's text for `key`, created at `created` (RFC 3339).
pub fn to_file(key: &SigningKey, created: &str) -> Zeroizing<String> {
    let seed = Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(key.to_bytes()));
    Zeroizing::new(format!(
        "# carnet bundle-signing key (Ed25519): keep it secret, it signs as you\n# created: {created}\n# fingerprint: {}\n{KEY_PREFIX}{}\n",
        crate::crypto::fingerprint(&key.verifying_key()),
        seed.as_str()
    ))
}

fn bad(what: &str) -> Error {
    Error::usage(
        crate::i18n::tr!("v-not-signing-key", what = what),
        crate::i18n::tr!("v-not-signing-key-hint"),
    )
}

/// Parses a key file's text.
pub fn parse(text: &str) -> Result<SigningKey> {
    let mut key: Option<SigningKey> = None;
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let Some(b64) = l.strip_prefix(KEY_PREFIX.trim_end()) else {
            return Err(bad(&crate::i18n::tr!("v-signing-stray-line")));
        };
        if key.is_some() {
            return Err(bad(&crate::i18n::tr!("v-signing-two-keys")));
        }
        let raw = Zeroizing::new(
            base64::engine::general_purpose::STANDARD
                .decode(b64.trim())
                .map_err(|_| bad(&crate::i18n::tr!("v-signing-base64")))?,
        );
        let seed: Zeroizing<[u8; 32]> = Zeroizing::new(
            raw.as_slice()
                .try_into()
                .map_err(|_| bad(&crate::i18n::tr!("v-signing-length")))?,
        );
        key = Some(SigningKey::from_bytes(&seed));
    }
    key.ok_or_else(|| bad(&crate::i18n::tr!("v-signing-no-key")))
}

/// Reads and parses a key file (exit 4 if missing, 2 if not a key).
pub fn read(path: &std::path::Path) -> Result<SigningKey> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::not_found(
                crate::i18n::tr!("v-no-signing-key-file", path = path.display().to_string()),
                crate::i18n::tr!("v-no-signing-key-file-hint"),
            )
        } else {
            Error::io(doing::opening(path), e)
        }
    })?;
    let mut text = Zeroizing::new(String::new());
    f.take(MAX_FILE + 1)
        .read_to_string(&mut text)
        .map_err(|_| bad(&crate::i18n::tr!("v-signing-not-text")))?;
    if text.len() as u64 > MAX_FILE {
        return Err(bad(&crate::i18n::tr!("v-signing-too-large")));
    }
    parse(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let k = SigningKey::from_bytes(&[5u8; 32]);
        let text = to_file(&k, "2026-12-07T06:00:00Z");
        assert!(text.contains(&crate::crypto::fingerprint(&k.verifying_key())));
        assert_eq!(parse(&text).unwrap().to_bytes(), k.to_bytes());
        for bad in [
            "",
            "# only comments\n",
            "CARNET-SIGNING-KEY-1 nope\n",
            "CARNET-SIGNING-KEY-1 AAAA\n",
            "AGE-SECRET-KEY-1QQQ\n",
        ] {
            assert_eq!(parse(bad).unwrap_err().exit_code(), 2, "{bad:?}");
        }
        let twice = format!("{}{}", text.as_str(), text.as_str());
        assert_eq!(parse(&twice).unwrap_err().exit_code(), 2);
    }
}
