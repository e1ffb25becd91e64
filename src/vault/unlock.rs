//! How the user unlocks a vault: identities or a passphrase. Below the
//! vault handle and the key wrappers ([`super::keys`]), which both take it.

use age::secrecy::SecretString;

/// How the user unlocks.
pub enum UnlockMethod {
    Identities {
        identities: Vec<Box<dyn age::Identity + Send + Sync>>,
        source: String,
    },
    Passphrase(SecretString),
}

impl UnlockMethod {
    /// How a failed-unlock record names the method (no secret in it).
    pub(super) fn describe(&self) -> String {
        match self {
            UnlockMethod::Identities { source, .. } => format!("identity {source}"),
            UnlockMethod::Passphrase(_) => "passphrase".into(),
        }
    }
}
