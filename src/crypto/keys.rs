//! The vault key: a random age X25519 identity, the keys derived from it
//! (index MAC, blob names, signing), and the small age files that wrap it
//! for each unlock method.

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

use super::passphrase::passphrase_identity;
use super::recipients::Recipients;
use super::stream::{decrypt_reader, encrypt_writer};

/// The vault secret: a random age X25519 identity. Documents and the index are
/// encrypted to its recipient; MAC, blob-name and signing keys derive from it.
#[derive(Clone)]
pub struct VaultKey {
    identity: age::x25519::Identity,
}

impl VaultKey {
    pub fn generate() -> Self {
        VaultKey {
            identity: age::x25519::Identity::generate(),
        }
    }

    pub fn parse(secret: &str) -> Result<Self> {
        let identity = secret.trim().parse::<age::x25519::Identity>().map_err(|e| {
            Error::integrity(
                format!("the vault key wrapper holds no valid key ({e})"),
                "the key file is corrupt; unlock with another method and run `carnet passwd` or `carnet key add` to re-create it",
            )
        })?;
        Ok(VaultKey { identity })
    }

    pub fn identity(&self) -> &age::x25519::Identity {
        &self.identity
    }

    pub fn recipient(&self) -> age::x25519::Recipient {
        self.identity.to_public()
    }

    pub fn secret(&self) -> SecretString {
        self.identity.to_string()
    }

    /// A 32-byte key for one purpose, derived with BLAKE3's KDF mode.
    pub fn derive(&self, purpose: &str) -> Zeroizing<[u8; 32]> {
        let secret = self.secret();
        Zeroizing::new(blake3::derive_key(
            &format!("carnet v1 {purpose}"),
            secret.expose_secret().as_bytes(),
        ))
    }

    /// Key of the index MAC.
    pub fn index_mac_key(&self) -> Zeroizing<[u8; 32]> {
        self.derive("index mac")
    }

    /// Key of the keyed content hash that names blobs.
    pub fn blob_name_key(&self) -> Zeroizing<[u8; 32]> {
        self.derive("blob name")
    }

    /// The vault's Ed25519 signing key (bundle manifests).
    pub fn signing_key(&self) -> ed25519_dalek::SigningKey {
        let seed = self.derive("signing key");
        ed25519_dalek::SigningKey::from_bytes(&seed)
    }
}

/// `SHA256:<base64>` fingerprint of an Ed25519 public key, in the style of ssh.
pub fn fingerprint(key: &ed25519_dalek::VerifyingKey) -> String {
    use base64::Engine;
    use sha2::Digest;
    let digest = sha2::Sha256::digest(key.as_bytes());
    format!(
        "SHA256:{}",
        base64::engine::general_purpose::STANDARD_NO_PAD.encode(digest)
    )
}

/// Wraps the vault key for one unlock method: an age file holding the key.
pub fn wrap_vault_key(key: &VaultKey, to: &Recipients) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut w = encrypt_writer(to, &mut out, false)?;
    std::io::Write::write_all(&mut w, key.secret().expose_secret().as_bytes())
        .map_err(|e| Error::io("wrapping the vault key", e))?;
    w.finish()?;
    Ok(out)
}

/// Unwraps a key file with the given identities. `Ok(None)` when none match.
pub fn unwrap_vault_key(
    wrapped: &[u8],
    identities: &[Box<dyn age::Identity + Send + Sync>],
) -> Result<Option<VaultKey>> {
    let ids: Vec<&dyn age::Identity> = identities
        .iter()
        .map(|i| i.as_ref() as &dyn age::Identity)
        .collect();
    unwrap_vault_key_with(wrapped, &ids)
}

/// As [`unwrap_vault_key`], with borrowed identities.
pub fn unwrap_vault_key_with(
    wrapped: &[u8],
    ids: &[&dyn age::Identity],
) -> Result<Option<VaultKey>> {
    use std::io::Read;
    match decrypt_reader(wrapped, ids) {
        Ok(mut r) => {
            let mut s = Zeroizing::new(String::new());
            r.read_to_string(&mut s).map_err(|e| {
                Error::integrity(
                    format!("a key file is corrupt ({e})"),
                    "unlock with another method and re-create the wrapper",
                )
            })?;
            Ok(Some(VaultKey::parse(&s)?))
        }
        Err(age::DecryptError::NoMatchingKeys) => Ok(None),
        Err(age::DecryptError::KeyDecryptionFailed) => Ok(None),
        Err(age::DecryptError::DecryptionFailed) => Ok(None),
        Err(
            e @ (age::DecryptError::InvalidHeader
            | age::DecryptError::UnknownFormat
            | age::DecryptError::InvalidMac
            | age::DecryptError::Io(_)),
        ) => Err(Error::integrity(
            format!("a key file is not a valid age file ({e})"),
            "run `carnet check`; unlock with another method and re-create the wrapper",
        )),
        Err(e) => Err(Error::unlock(
            format!("cannot unlock: {e}"),
            "check the identity file or passphrase",
        )),
    }
}

/// Unwraps a passphrase-wrapped key file. `Ok(None)` on a wrong passphrase.
pub fn unwrap_with_passphrase(
    wrapped: &[u8],
    passphrase: SecretString,
) -> Result<Option<VaultKey>> {
    let boxed: Vec<Box<dyn age::Identity + Send + Sync>> =
        vec![Box::new(passphrase_identity(passphrase))];
    unwrap_vault_key(wrapped, &boxed)
}
