//! Writing blobs: the keyed name, and the engine that encrypts many
//! documents at once, one per worker (a single input goes to
//! [`write_staged`]).

use std::io::{self, Read};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Mutex};

use crate::crypto::{Recipients, VaultKey};
use crate::error::{Error, Result};

use crate::vault::layout::Layout;

use super::temp::{encrypt_to_temp, finish_temp, Hashes, Written};
use super::write_staged::write_staged;

/// Keyed BLAKE3 of some bytes, hex: the name a blob with this content has.
pub fn blob_name(key: &VaultKey, data: &[u8]) -> String {
    let k = key.blob_name_key();
    blake3::keyed_hash(&k, data).to_hex().to_string()
}

/// Encrypts `input` into the blob store. The temp file lives in `tmp/` and
/// is renamed into `blobs/` once complete. Not synced: the caller makes a
/// batch durable with one [`fsutil::sync_filesystem`] before committing the
/// index that points to it.
pub fn write<R: Read + Send>(layout: &Layout, key: &VaultKey, input: R) -> Result<Written> {
    let mut input = Some(input);
    let mut out = None;
    write_many(
        layout,
        key,
        1,
        Inputs::OneStream,
        move |_| {
            input
                .take()
                .ok_or_else(|| Error::Other(crate::i18n::tr!("y-input-consumed")))
        },
        |_, w| {
            out = Some(w);
            Ok(())
        },
    )?;
    out.ok_or_else(|| Error::Other(crate::i18n::tr!("y-no-blob-written")))
}

/// Encrypts `input` into the blob store on the calling thread, through
/// one 64 KiB buffer: for callers that already run one document per
/// worker (the inbox fold), where [`write`]'s extra reading thread and its
/// 8 MiB of buffers per document would cost more than they give.
/// Not synced, as [`write`]. The caller has created `tmp/` and `blobs/`
/// (once for the batch: [`prepare_dirs`]).
pub fn write_here<R: Read>(layout: &Layout, key: &VaultKey, input: R) -> Result<Written> {
    let name_key = key.blob_name_key();
    let recipients = Recipients::x25519(key.recipient());
    let (path, w, hashes) = encrypt_to_temp(layout, &recipients, Some(&name_key), input)?;
    let Hashes {
        keyed,
        sha256,
        size,
    } = hashes;
    finish_temp(layout, path, w, keyed.expect("keyed"), sha256, size)
}

/// Creates the folders [`write_here`] writes in.
pub fn prepare_dirs(layout: &Layout) -> Result<()> {
    layout.create_dir(&layout.tmp())?;
    layout.create_dir(&layout.blobs())
}

/// Whether inputs can be read at the same time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inputs {
    /// Separate files or blobs: read by several workers at once.
    Independent,
    /// Pieces of one stream (a bundle's tar): each must be read to its end
    /// before the next is opened, so one worker reads them in order.
    OneStream,
}

/// Encrypts `count` inputs into the blob store, whole documents in
/// parallel (one input at a time: see [`write_staged`]): each worker thread (one per core, at most four) takes the next
/// input, reads it straight into the cipher's chunk buffer, hashes it there
/// and encrypts it in place, so every byte is touched while it is in the
/// core's cache, and many small files keep every core busy. `open(i)` runs
/// in order, one at a time. `done(i, written)` runs on the calling thread
/// in input order; an error from it, or from any input, stops the workers
/// (a worker in the middle of a large input stops at its next read).
/// Memory: one 64 KiB chunk (and its spare) per worker.
pub fn write_many<R: Read + Send>(
    layout: &Layout,
    key: &VaultKey,
    count: usize,
    inputs: Inputs,
    open: impl FnMut(usize) -> Result<R> + Send,
    mut done: impl FnMut(usize, Written) -> Result<()>,
) -> Result<()> {
    layout.create_dir(&layout.tmp())?;
    layout.create_dir(&layout.blobs())?;
    let name_key = key.blob_name_key();
    let recipients = Recipients::x25519(key.recipient());
    let workers = match inputs {
        Inputs::OneStream => 1,
        Inputs::Independent => crate::workers::for_units(count),
    };
    if workers == 1 {
        return write_staged(layout, &recipients, &name_key, count, open, done);
    }
    // The next input to take, and the opener, shared by the workers.
    let next = Mutex::new((0usize, open));
    let stop = AtomicBool::new(false);
    let (tx, rx) = mpsc::channel::<(usize, Result<Written>)>();

    std::thread::scope(|s| {
        for _ in 0..workers {
            let tx = tx.clone();
            let (next, stop, recipients, name_key) = (&next, &stop, &recipients, &name_key);
            s.spawn(move || loop {
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                let (i, input) = {
                    let mut g = next.lock().unwrap_or_else(|p| p.into_inner());
                    let i = g.0;
                    if i >= count {
                        return;
                    }
                    g.0 += 1;
                    (i, (g.1)(i))
                };
                let res = input.and_then(|input| {
                    let input = Stoppable { inner: input, stop };
                    let (path, w, hashes) =
                        encrypt_to_temp(layout, recipients, Some(name_key), input)?;
                    let Hashes {
                        keyed,
                        sha256,
                        size,
                    } = hashes;
                    finish_temp(layout, path, w, keyed.expect("keyed"), sha256, size)
                });
                if tx.send((i, res)).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        // Whatever way this thread leaves (error, panic in `done`), the
        // workers stop at their next read.
        struct StopOnDrop<'a>(&'a AtomicBool);
        impl Drop for StopOnDrop<'_> {
            fn drop(&mut self) {
                self.0.store(true, Ordering::Relaxed);
            }
        }
        let _stop = StopOnDrop(&stop);
        // Results arrive in any order; `done` sees them in input order.
        let mut waiting = std::collections::BTreeMap::new();
        let mut want = 0usize;
        let result = (|| -> Result<()> {
            for (i, res) in rx.iter() {
                waiting.insert(i, res);
                while let Some(res) = waiting.remove(&want) {
                    done(want, res?)?;
                    want += 1;
                }
            }
            Ok(())
        })();
        result
    })
}

/// A reader that fails once the pipeline is told to stop, so a worker in the
/// middle of a large input gives up at its next read.
struct Stoppable<'a, R> {
    inner: R,
    stop: &'a AtomicBool,
}

impl<R: Read> Read for Stoppable<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.stop.load(Ordering::Relaxed) {
            return Err(io::Error::other("stopped: another input failed"));
        }
        self.inner.read(buf)
    }
}
