//! Making written blobs durable before an index points to them.

use crate::error::{IoContext, Result};
use crate::fsutil;
use crate::vault::layout::Layout;

/// Up to this many blobs, each is fsynced, then `blobs/`; past it, one
/// `syncfs` for the whole batch.
const FSYNC_EACH_MAX: usize = 4;

/// Makes the blobs `names` durable. A bulk add flushes its batch with one
/// `syncfs`, cheaper than an fsync per file; but `syncfs` also waits for
/// everything else dirty on the file system (other programs' writes, and
/// the kernel walks every cached inode of it), which a `carnet add FILE`
/// of one small document should not pay: a few blobs are fsynced one by
/// one, then the directory their renames are in (bench test 2).
pub fn make_durable<'n>(layout: &Layout, names: impl IntoIterator<Item = &'n str>) -> Result<()> {
    let names: Vec<&str> = names.into_iter().collect();
    if names.len() > FSYNC_EACH_MAX {
        return fsutil::sync_filesystem(&layout.blobs());
    }
    for name in names.iter().copied() {
        let path = layout.blob(name);
        fsutil::open_regular(&path, u64::MAX)
            .map_err(|e| e.into_error(&path))?
            .sync_all()
            .ctx(|| crate::error::doing::syncing(path))?;
    }
    fsutil::sync_dir(&layout.blobs())
}
