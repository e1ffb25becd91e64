//! Documents' contents fetched from a remote into the vault (`clone`, and
//! `sync`'s pull), in batches: each batch is downloaded to temp files
//! beside the blobs, made durable with one `syncfs` (not an fsync per
//! file), then given the blobs' names. A blob under its own name is thus
//! always whole: a run killed at any point leaves temp files (leftovers
//! `check` clears) and the blobs of the batches before, which the next
//! run does not fetch again.

use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::fsutil;
use crate::vault::Layout;

use super::remote::Store;

/// Objects per batch: each costs one `syncfs` and one directory fsync
/// beyond its downloads, and a killed run loses at most one batch.
const BATCH: usize = 256;

/// Fetches `blobs/NAME.age` for each name (safe names the vault lacks);
/// whether each was on the remote.
pub(crate) fn blobs(store: &dyn Store, layout: &Layout, names: &[String]) -> Result<Vec<bool>> {
    let mut found = Vec::with_capacity(names.len());
    for batch in names.chunks(BATCH) {
        let want: Vec<(String, PathBuf)> = batch
            .iter()
            .map(|b| {
                let tmp = fsutil::temp_beside(&layout.blob(b));
                (format!("blobs/{b}.age"), tmp)
            })
            .collect();
        let got = store.get_files(&want)?;
        let placed = (|| {
            fsutil::sync_filesystem(&layout.blobs())?;
            for ((b, (_, tmp)), got) in batch.iter().zip(&want).zip(&got) {
                if *got {
                    std::fs::rename(tmp, layout.blob(b))
                        .map_err(|e| Error::io("placing a fetched document", e))?;
                }
            }
            fsutil::sync_dir(&layout.blobs())
        })();
        if let Err(e) = placed {
            for ((_, tmp), got) in want.iter().zip(&got) {
                if *got {
                    let _ = std::fs::remove_file(tmp);
                }
            }
            return Err(e);
        }
        found.extend(got);
    }
    Ok(found)
}
