//! One blob's temp file, shared by both write engines: created in `tmp/`,
//! filled through the age encryptor while the plaintext is hashed, then
//! renamed into `blobs/` under its name (or dropped as a duplicate).

use std::fs::{self, File};
use std::io::{self, Read};
use std::path::PathBuf;

use sha2::Digest;

use crate::crypto::{self, Recipients};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::vault::layout::Layout;

/// What writing a blob produced.
#[derive(Debug, Clone)]
pub struct Written {
    /// Keyed BLAKE3 (hex): the blob's name.
    pub name: String,
    pub sha256: String,
    pub size: u64,
    /// The blob already existed (same content).
    pub duplicate: bool,
}

/// The hashes and size of a plaintext, computed as it was encrypted.
pub(crate) struct Hashes {
    /// Keyed BLAKE3 (hex), when a name key was given.
    pub keyed: Option<String>,
    /// SHA-256 (hex).
    pub sha256: String,
    pub size: u64,
}

/// Encrypts `input` to `to` into a new temp file in `tmp/`, hashing it on
/// the way (in the cipher's own buffer). On error the temp file is removed.
pub(crate) fn encrypt_to_temp<R: Read>(
    layout: &Layout,
    to: &Recipients,
    name_key: Option<&[u8; 32]>,
    mut input: R,
) -> Result<(PathBuf, crypto::Encrypted<File>, Hashes)> {
    let (path, mut w) = start_temp(layout, to)?;
    let mut keyed = name_key.map(blake3::Hasher::new_keyed);
    let mut sha = sha2::Sha256::new();
    let res = w
        .binary()
        .expect("blobs are binary age files")
        .fill_from(&mut input, |b| {
            if let Some(k) = keyed.as_mut() {
                k.update(b);
            }
            sha.update(b);
        });
    match res {
        Ok(size) => Ok((
            path,
            w,
            Hashes {
                keyed: keyed.map(|k| k.finalize().to_hex().to_string()),
                sha256: hex::encode(sha.finalize()),
                size,
            },
        )),
        Err(e) => {
            drop(w);
            let _ = fs::remove_file(&path);
            Err(input_error(
                e,
                crate::i18n::tr!(
                    "io-reading-document-into",
                    path = path.display().to_string()
                ),
            ))
        }
    }
}

/// Maps an error met while encrypting an input into the blob store.
pub(super) fn input_error(e: io::Error, doing: String) -> Error {
    if e.kind() == io::ErrorKind::InvalidData {
        // A verified blob reader (rekey, retype) met a damaged blob.
        Error::integrity(
            crate::i18n::tr!("v-a-blob-damaged", detail = e.to_string()),
            crate::i18n::tr!("v-a-blob-damaged-hint"),
        )
    } else if e.kind() == io::ErrorKind::Other && e.to_string().starts_with("stopped:") {
        // Another input failed first: that one is the error reported.
        Error::Other(crate::i18n::tr!("y-input-stopped"))
    } else {
        // Reading the input or writing the temp file: both are I/O.
        Error::io(doing, e)
    }
}

pub(crate) fn start_temp(
    layout: &Layout,
    to: &Recipients,
) -> Result<(PathBuf, crypto::Encrypted<File>)> {
    let path = layout.tmp().join(format!(
        "{}-{:016x}.age.tmp",
        std::process::id(),
        rand::random::<u64>()
    ));
    let file = fsutil::create_new_private(&path)?;
    match crypto::encrypt_writer(to, file, false) {
        Ok(w) => Ok((path, w)),
        Err(e) => {
            let _ = fs::remove_file(&path);
            Err(e)
        }
    }
}

/// Asks the kernel to start writing the file out now, without waiting, so
/// the disk works while the next blob is encrypted and the batch's single
/// `syncfs` finds little left to flush.
pub(crate) fn start_writeback(f: &File) {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        // SAFETY: the descriptor is open for the duration of the call; the
        // flag only initiates writeback and never blocks on completion.
        unsafe {
            libc::sync_file_range(f.as_raw_fd(), 0, 0, libc::SYNC_FILE_RANGE_WRITE);
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = f;
}

pub(crate) fn finish_temp(
    layout: &Layout,
    path: PathBuf,
    w: crypto::Encrypted<File>,
    name: String,
    sha256: String,
    size: u64,
) -> Result<Written> {
    if let Err(e) = w.finish().map(|f| start_writeback(&f)) {
        let _ = fs::remove_file(&path);
        return Err(e);
    }
    let target = layout.blob(&name);
    if target.exists() {
        let _ = fs::remove_file(&path);
        return Ok(Written {
            name,
            sha256,
            size,
            duplicate: true,
        });
    }
    fs::rename(&path, &target)
        .ctx(|| crate::i18n::tr!("io-storing-blob", path = target.display().to_string()))?;
    Ok(Written {
        name,
        sha256,
        size,
        duplicate: false,
    })
}
