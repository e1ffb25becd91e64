//! Documents' contents fetched from a remote into the vault (`clone`, and
//! `sync`'s pull), in batches: each batch is downloaded to temp files
//! beside the blobs, made durable with one `syncfs` (not an fsync per
//! file), then given the blobs' names. A blob under its own name is thus
//! always whole: a run killed at any point leaves temp files (leftovers
//! `check` clears) and the blobs of the batches before, which the next
//! run does not fetch again. A batch is synced and named on a thread of
//! its own while the next one downloads.

use std::path::PathBuf;
use std::sync::mpsc;

use crate::crypto::VaultKey;
use crate::error::{Error, Result};
use crate::fsutil;
use crate::vault::blobs as store_blobs;
use crate::vault::Layout;

use super::remote::Store;

/// Objects per batch: each costs one `syncfs` and one directory fsync
/// beyond its downloads, and a killed run loses at most one batch.
const BATCH: usize = 256;

/// A downloaded batch: (blob name, temp file) of each object fetched.
type Batch = Vec<(String, PathBuf)>;

/// Fetches `blobs/NAME.age` for each name (safe names the vault lacks);
/// whether each was on the remote. Every file fetched is checked before
/// any of its batch is named ([`refuse_damaged`]): a remote that serves
/// damaged or swapped content is exit 6 and leaves nothing behind.
pub(crate) fn blobs(
    store: &dyn Store,
    layout: &Layout,
    key: &VaultKey,
    names: &[String],
) -> Result<Vec<bool>> {
    let mut found = Vec::with_capacity(names.len());
    std::thread::scope(|s| {
        // A rendezvous: a batch is handed over only when the placer is free.
        let (tx, rx) = mpsc::sync_channel::<Batch>(0);
        let placer = s.spawn(move || place_all(layout, rx));
        let fetched = (|| {
            for batch in names.chunks(BATCH) {
                let want: Vec<(String, PathBuf)> = batch
                    .iter()
                    .map(|b| {
                        let tmp = fsutil::temp_beside(&layout.blob(b));
                        (format!("blobs/{b}.age"), tmp)
                    })
                    .collect();
                let got = store.get_files(&want)?;
                refuse_damaged(key, batch, &want, &got)?;
                let done: Batch = batch
                    .iter()
                    .zip(want)
                    .zip(&got)
                    .filter(|(_, got)| **got)
                    .map(|((b, (_, tmp)), _)| (b.clone(), tmp))
                    .collect();
                found.extend(got);
                if let Err(mpsc::SendError(done)) = tx.send(done) {
                    // The placer stopped on an error, which `join` returns.
                    remove_temps(&done);
                    break;
                }
            }
            Ok(())
        })();
        drop(tx);
        let placed = placer
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        fetched.and(placed)
    })?;
    Ok(found)
}

/// Syncs and names each batch received. On an error it stops: the
/// sender's next hand-over fails and gives its batch back to be cleared.
fn place_all(layout: &Layout, rx: mpsc::Receiver<Batch>) -> Result<()> {
    for batch in rx {
        if let Err(e) = place(layout, &batch) {
            remove_temps(&batch);
            return Err(e);
        }
    }
    Ok(())
}

fn place(layout: &Layout, batch: &Batch) -> Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    fsutil::sync_filesystem(&layout.blobs())?;
    for (b, tmp) in batch {
        std::fs::rename(tmp, layout.blob(b))
            .map_err(|e| Error::io(crate::i18n::tr!("io-placing-pulled-blob"), e))?;
    }
    fsutil::sync_dir(&layout.blobs())
}

fn remove_temps(batch: &Batch) {
    for (_, tmp) in batch {
        let _ = std::fs::remove_file(tmp);
    }
}

/// Exit 6 when a fetched file is not what its name promises (it does not
/// decrypt whole or hash to its name; one the vault key cannot open, a
/// document hidden from guardians, must still be an age file): all the
/// batch's temp files are removed first. The files are checked on every
/// core: each check decrypts the whole document.
fn refuse_damaged(
    key: &VaultKey,
    names: &[String],
    want: &[(String, PathBuf)],
    got: &[bool],
) -> Result<()> {
    let verdicts = crate::workers::each(names.len(), |i| {
        if got[i] {
            store_blobs::check_pulled(&want[i].1, key, &names[i]).err()
        } else {
            None
        }
    });
    let Some((b, why)) = names
        .iter()
        .zip(verdicts)
        .find_map(|(b, why)| why.map(|w| (b, w)))
    else {
        return Ok(());
    };
    for (_, tmp) in want {
        let _ = std::fs::remove_file(tmp);
    }
    Err(Error::integrity(
        crate::i18n::tr!("h-sync-blob-damaged", blob = b.to_string(), why = why),
        crate::i18n::tr!("h-sync-blob-damaged-hint", blob = b.to_string()),
    ))
}
