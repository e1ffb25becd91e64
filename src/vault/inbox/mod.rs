//! The inbox (`VAULT/inbox/`, docs/inbox.md): documents dropped by a
//! process that holds no secret (a scanner, a nightly script), folded into
//! the index by the holder's next unlock.
//!
//! An item is one age file to the vault's public recipient, named
//! `<26 random base32 characters>.age`, whose plaintext is the line
//! [`MAGIC`], one line of JSON metadata ([`ItemMeta`]) and the document's
//! bytes. It is written to a dot-named temp file beside it, synced, then
//! renamed, so a reader sees a complete item or none. Anyone who can write
//! the folder can drop one, so at fold time an item is untrusted input:
//! size-bounded, its metadata checked and sanitised ([`fold`]).
//!
//! Which documents came from the inbox is the `docs.origin` column:
//! [`ORIGIN_UNSEEN`] until the holder has seen the document (`show`, or
//! `inbox accept`), then [`ORIGIN_SEEN`]. Until then the policy keeps it
//! out of every export to someone else (`policy::DocFacts::unseen_inbox`).

mod fold;
mod items;
pub mod pin;
mod rejection;
pub mod remote;

pub use fold::{doc_id, fold, fuzz_item, FoldReport, MAX_FOLD_BYTES, MAX_FOLD_ITEMS};
pub use items::*;
pub use rejection::Rejection;
