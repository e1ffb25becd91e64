//! age wrappers: recipients and identities parsing, streaming encryption and
//! decryption, the vault key and the keys derived from it. Everything the
//! rest of the crate needs from `age` goes through here, so an age API change
//! touches one module.
//!
//! [`keys`] holds the vault key and its wrappers, [`passphrase`] the
//! passphrase work factors; [`recipients`], [`identities`], [`stream`],
//! [`header`] and [`payload`] the age layer they build on. This file
//! re-exports their names and defines nothing they use, so none of them
//! imports it back.

mod header;
mod identities;
mod keys;
mod passphrase;
pub mod payload;
mod recipients;
mod stream;

pub use identities::{identity_file_recipients, load_identity_file, AgeCallbacks};
pub use keys::{
    derive_from_secret, fingerprint, unwrap_vault_key, unwrap_vault_key_with,
    unwrap_with_passphrase, wrap_vault_key, HolderHeal, KeyHolder, VaultKey, DERIVED_PURPOSES,
};
pub use passphrase::{
    passphrase_identity, read_passphrase_file, PASSPHRASE_LOG_N, PASSPHRASE_MAX_LOG_N,
};
pub use recipients::{parse_recipient, recipient_kind, ParsedRecipient, Recipients};
pub use stream::{
    decrypt_header, decrypt_reader, decrypt_reader_keeping_key, decrypt_seekable, encrypt_header,
    encrypt_writer, is_passphrase_encrypted, Encrypted, Input, KnownFileKey,
};

use zeroize::Zeroizing;

/// A buffer that carries document plaintext between threads: its whole
/// capacity is wiped when it is dropped (buffers are recycled, never grown
/// past their first size, so no unwiped copy is left behind by a realloc).
pub type PlainBuf = Zeroizing<Vec<u8>>;
