//! How `carnet bundle` names a bundle's signer: the fingerprint, whether
//! `--signer` checked it, and what this vault says about it
//! (`bundle::trust::SignerStatus`), in lines for people and JSON fields.

use serde_json::json;

use crate::bundle::read::Verified;
use crate::bundle::trust::SignerStatus;

/// The fingerprint line: checked by `--signer`, or how to check it.
pub fn signer_line(v: &Verified, checked: bool, status: Option<&SignerStatus>) -> String {
    if checked {
        crate::i18n::tr!("c-signed-checked", fingerprint = v.fingerprint.to_string())
    } else if matches!(
        status,
        Some(SignerStatus::OwnVault | SignerStatus::Pinned(_))
    ) {
        crate::i18n::tr!(
            "c-signed-unchecked-known",
            fingerprint = v.fingerprint.to_string()
        )
    } else {
        crate::i18n::tr!(
            "c-signed-unchecked",
            fingerprint = v.fingerprint.to_string()
        )
    }
}

/// The signer lines for people: the fingerprint, then what this vault
/// says about it.
pub fn signer_lines(
    v: &Verified,
    checked: bool,
    status: &std::result::Result<SignerStatus, String>,
) -> [String; 2] {
    [
        signer_line(v, checked, status.as_ref().ok()),
        match status {
            Ok(s) => s.describe(),
            Err(why) => crate::i18n::tr!("c-signer-unknown", why = why),
        },
    ]
}

/// `signer_status` and `signer_pinned_for` for JSON (`unknown` without a vault).
pub fn signer_json(j: &mut serde_json::Value, status: &std::result::Result<SignerStatus, String>) {
    j["signer_status"] = json!(status.as_ref().map(|s| s.as_str()).unwrap_or("unknown"));
    j["signer_pinned_for"] = json!(status.as_ref().map(|s| s.pinned_for()).unwrap_or_default());
}
