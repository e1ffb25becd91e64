//! A replica's device id: `VAULT/device`, a public random id naming this
//! copy of the vault among its replicas (`carnet device list`). A vault
//! without the file has never been a replica (no remote, not a clone).

use std::path::Path;

use crate::error::{Error, Result};
use crate::fsutil;

pub const FILE: &str = "device";

/// The device id of the replica at `root`, if it is one.
pub fn get(root: &Path) -> Result<Option<String>> {
    match fsutil::read_bounded(&root.join(FILE), 128) {
        Ok(b) => {
            let s = String::from_utf8(b).unwrap_or_default().trim().to_string();
            if is_device_id(&s) {
                Ok(Some(s))
            } else {
                Err(Error::integrity(
                    crate::i18n::tr!(
                        "v-no-device-id",
                        path = root.join(FILE).display().to_string()
                    ),
                    crate::i18n::tr!("v-no-device-id-hint"),
                ))
            }
        }
        Err(fsutil::Unread::Missing) => Ok(None),
        Err(e) => Err(e.into_error(&root.join(FILE))),
    }
}

/// The device id of the replica at `root`, making it a replica first.
pub fn id(root: &Path) -> Result<String> {
    match get(root)? {
        Some(id) => Ok(id),
        None => renew(root),
    }
}

/// Gives the replica at `root` a new device id (a restored or cloned copy
/// must never write under another replica's id).
pub fn renew(root: &Path) -> Result<String> {
    let id = new_device_id();
    fsutil::write_atomic(&root.join(FILE), format!("{id}\n").as_bytes())?;
    Ok(id)
}

pub fn new_device_id() -> String {
    hex::encode(rand::random::<[u8; 8]>())
}

/// 16 lowercase hex digits: what [`new_device_id`] makes.
pub fn is_device_id(s: &str) -> bool {
    s.len() == 16
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}
