//! The blob store: one age file per document under `blobs/`, named by a
//! keyed BLAKE3 hash of the plaintext (names reveal nothing without the key,
//! and the same content is stored once). Writing streams each input through
//! one 64 KiB buffer (read, hash, encrypt in place, write), whole documents
//! in parallel, so memory stays bounded whatever the size. Reading checks
//! the keyed hash at the end, so a swapped or planted blob is caught (exit 6).
//!
//! [`write`] holds the parallel engine (many documents, one per worker),
//! [`write_staged`] the one for a single input (reading and encrypting on
//! two threads); both fill and place a blob's temp file through [`temp`].
//! [`read`] is the checked reader, [`housekeeping`] lists blobs and the
//! leftovers of interrupted writes, [`durable`] flushes written blobs before
//! a commit. Everything is re-exported here by name.

mod durable;
mod housekeeping;
mod read;
mod temp;
mod write;
mod write_staged;

pub use durable::make_durable;
pub use housekeeping::{is_leftover, leftovers, list, writer_gone};
pub use read::{
    blob_integrity_error, check_opens, check_pulled, copy_to, open, open_file, read_error, verify,
    VerifiedReader, MISMATCH,
};
pub use temp::Written;
pub(crate) use temp::{encrypt_to_temp, finish_temp, start_writeback};
pub use write::{blob_name, prepare_dirs, write, write_here, write_many, Inputs};
