//! The vault key: a random age X25519 identity, the keys derived from it
//! (index MAC, blob names, signing), and the small age files that wrap it
//! for each unlock method.

use age::secrecy::{ExposeSecret, SecretString};
use std::sync::Arc;

use zeroize::Zeroizing;

use crate::error::{Error, Result};

use super::passphrase::passphrase_identity;
use super::recipients::Recipients;
use super::stream::{decrypt_reader, encrypt_writer};

/// The vault secret: a random age X25519 identity. Documents and the index are
/// encrypted to its recipient; MAC, blob-name and signing keys derive from it.
///
/// Either held here, or held by an unlock agent (`carnet agent`) that
/// answers for it: then this process never sees the identity, only the
/// file keys the agent unwraps and the purpose keys it derives.
#[derive(Clone)]
pub struct VaultKey {
    inner: Inner,
}

#[derive(Clone)]
enum Inner {
    Local(age::x25519::Identity),
    Held(Arc<dyn KeyHolder>),
}

/// The purposes a vault key derives keys for ([`VaultKey::derive`]): an
/// agent derives these and nothing else.
pub const DERIVED_PURPOSES: &[&str] = &[
    "index mac",
    "blob name",
    "signing key",
    "segment mac",
    "inbox document id",
    "outside temp marker",
    "guardian child mac",
];

/// A vault key held elsewhere (the unlock agent): it unwraps the age
/// stanzas addressed to its recipient and derives the keys of
/// [`DERIVED_PURPOSES`], and never gives out the identity itself.
pub trait KeyHolder: age::Identity + Send + Sync {
    fn recipient(&self) -> age::x25519::Recipient;
    /// A key of [`DERIVED_PURPOSES`], fetched when the key was handed over
    /// (so that deriving cannot fail midway through a command).
    fn derived(&self, purpose: &str) -> Option<Zeroizing<[u8; 32]>>;
    fn as_identity(&self) -> &dyn age::Identity;
    /// Asks the holder to take on the new key of a rekey, wrapped in
    /// `wrapper` to an unlock method: the held key for `to` if it did (it
    /// stays with the holder), `None` if that wrapper is not for the
    /// method it holds; an error if it cannot follow at all.
    fn follow(&self, _to: &str, _wrapper: &[u8]) -> Result<Option<VaultKey>> {
        Ok(None)
    }
    /// Asks the holder to heal crossed rekeys itself (docs/sync.md): the
    /// rekey needs the key's secret, which never leaves the holder. The
    /// caller holds no lock on the vault (the holder takes it).
    fn heal(&self) -> Result<HolderHeal> {
        Ok(HolderHeal::Cannot(String::new()))
    }
    /// Asks the holder to make a sync with `remote` itself (one this
    /// process could not make without the unlock method): the key the
    /// sync ended with (held there) and the holder's report, JSON. `None`:
    /// it cannot. The caller holds no lock on the vault.
    fn sync_in_holder(&self, _remote: &str) -> Result<Option<(VaultKey, Vec<u8>)>> {
        Ok(None)
    }
}

/// What a key's holder answered to [`KeyHolder::heal`].
pub enum HolderHeal {
    /// It re-keyed; the new key, held by it too.
    Healed(VaultKey),
    /// No current wrapper is a removed device's.
    NotNeeded,
    /// The vault has a passphrase the holder does not hold.
    NeedsPassphrase,
    /// It could not (why).
    Cannot(String),
}

/// A held key as a boxed identity (for an unlock method's list).
struct HeldIdentity(Arc<dyn KeyHolder>);

impl age::Identity for HeldIdentity {
    fn unwrap_stanza(
        &self,
        stanza: &age_core::format::Stanza,
    ) -> Option<std::result::Result<age_core::format::FileKey, age::DecryptError>> {
        self.0.unwrap_stanza(stanza)
    }
}

/// The BLAKE3 KDF of a vault key's secret string: what [`VaultKey::derive`]
/// computes here and the agent computes for a held key.
pub fn derive_from_secret(secret: &SecretString, purpose: &str) -> Zeroizing<[u8; 32]> {
    Zeroizing::new(blake3::derive_key(
        &format!("carnet v1 {purpose}"),
        secret.expose_secret().as_bytes(),
    ))
}

impl VaultKey {
    pub fn generate() -> Self {
        VaultKey {
            inner: Inner::Local(age::x25519::Identity::generate()),
        }
    }

    pub fn parse(secret: &str) -> Result<Self> {
        let identity = secret
            .trim()
            .parse::<age::x25519::Identity>()
            .map_err(|e| {
                Error::integrity(
                    crate::i18n::tr!("v-wrapper-no-key", detail = e.to_string()),
                    crate::i18n::tr!("v-wrapper-no-key-hint"),
                )
            })?;
        Ok(VaultKey {
            inner: Inner::Local(identity),
        })
    }

    /// A key an unlock agent holds.
    pub fn held(holder: Arc<dyn KeyHolder>) -> Self {
        VaultKey {
            inner: Inner::Held(holder),
        }
    }

    /// For a key an agent holds, [`KeyHolder::follow`]; a key held here
    /// follows nothing (its holder unwraps with the unlock method).
    pub fn follow(&self, to: &str, wrapper: &[u8]) -> Result<Option<VaultKey>> {
        match &self.inner {
            Inner::Local(_) => Ok(None),
            Inner::Held(h) => h.follow(to, wrapper),
        }
    }

    /// For a key an agent holds, [`KeyHolder::heal`]; a key held here is
    /// healed by its own process.
    pub fn heal_through_holder(&self) -> Result<HolderHeal> {
        match &self.inner {
            Inner::Local(_) => Ok(HolderHeal::Cannot(String::new())),
            Inner::Held(h) => h.heal(),
        }
    }

    /// For a key an agent holds, [`KeyHolder::sync_in_holder`].
    pub fn sync_in_holder(&self, remote: &str) -> Result<Option<(VaultKey, Vec<u8>)>> {
        match &self.inner {
            Inner::Local(_) => Ok(None),
            Inner::Held(h) => h.sync_in_holder(remote),
        }
    }

    /// Whether an unlock agent holds this key (the journal says so).
    pub fn is_held(&self) -> bool {
        matches!(self.inner, Inner::Held(_))
    }

    pub fn identity(&self) -> &dyn age::Identity {
        match &self.inner {
            Inner::Local(i) => i,
            Inner::Held(h) => h.as_identity(),
        }
    }

    /// The X25519 identity itself, when held here (not by an agent).
    pub fn local_identity(&self) -> Option<&age::x25519::Identity> {
        match &self.inner {
            Inner::Local(i) => Some(i),
            Inner::Held(_) => None,
        }
    }

    /// The identity, boxed for an unlock method's list.
    pub fn boxed_identity(&self) -> Box<dyn age::Identity + Send + Sync> {
        match &self.inner {
            Inner::Local(i) => Box::new(i.clone()),
            Inner::Held(h) => Box::new(HeldIdentity(Arc::clone(h))),
        }
    }

    pub fn recipient(&self) -> age::x25519::Recipient {
        match &self.inner {
            Inner::Local(i) => i.to_public(),
            Inner::Held(h) => h.recipient(),
        }
    }

    /// The secret itself: only to wrap it for a new unlock method or hand
    /// it on at a rekey. A key held by the agent never leaves it (exit 3).
    pub fn secret(&self) -> Result<SecretString> {
        match &self.inner {
            Inner::Local(i) => Ok(i.to_string()),
            Inner::Held(_) => Err(Error::unlock(
                crate::i18n::tr!("v-agent-no-secret"),
                crate::i18n::tr!("v-agent-no-secret-hint"),
            )),
        }
    }

    /// A 32-byte key for one purpose (one of [`DERIVED_PURPOSES`]),
    /// derived with BLAKE3's KDF mode.
    pub fn derive(&self, purpose: &str) -> Zeroizing<[u8; 32]> {
        debug_assert!(DERIVED_PURPOSES.contains(&purpose), "{purpose}");
        match &self.inner {
            Inner::Local(i) => derive_from_secret(&i.to_string(), purpose),
            // Every purpose was fetched with the key; one missing is a
            // purpose added without listing it (a bug the tests catch).
            Inner::Held(h) => h
                .derived(purpose)
                .unwrap_or_else(|| panic!("the agent gave no key for {purpose:?}")),
        }
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
    std::io::Write::write_all(&mut w, key.secret()?.expose_secret().as_bytes())
        .map_err(|e| Error::io(crate::i18n::tr!("io-wrapping-key"), e))?;
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
                    crate::i18n::tr!("v-key-file-corrupt", detail = e.to_string()),
                    crate::i18n::tr!("v-key-file-corrupt-hint"),
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
            crate::i18n::tr!(
                "v-key-file-not-age",
                detail = crate::i18n::explain::age_error(&e)
            ),
            crate::i18n::tr!("v-key-file-not-age-hint"),
        )),
        Err(e) => Err(Error::unlock(
            crate::i18n::tr!("v-cannot-unlock", detail = e.to_string()),
            crate::i18n::tr!("v-cannot-unlock-hint"),
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
