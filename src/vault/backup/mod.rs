//! Backups of a whole vault (`carnet backup`, `carnet restore`; format in
//! docs/format.md, "Backups"): an age file whose plaintext is a tar of
//! `BACKUP.json` (what follows, with sizes and SHA-256) then the vault's
//! directory under `vault/`, copied as it is on disk (ciphertext: no
//! document is decrypted to take or restore a backup).
//!
//! `BACKUP.json` comes first so that a restore knows, before it writes a
//! byte, the format version, the vault and its journal head (whether
//! `--force` is needed), and every member to expect: it refuses an
//! unlisted or out-of-order member at its header and checks each hash as
//! the member ends, so it never extracts what the backup did not promise.

mod manifest;
mod read;
mod restore;
mod write;

pub use manifest::{valid_path, Head, Kind, Manifest, Member, FORMAT, MANIFEST, PREFIX, VERSION};
pub use restore::{restore, RestoreRequest, Restored};
pub use write::Summary;
