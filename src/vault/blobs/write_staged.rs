//! The write engine for one input at a time (a single document, or the
//! members of one bundle stream): reading and hashing on one thread,
//! encrypting and writing on the calling one.

use crate::error::doing;
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::PathBuf;
use std::sync::mpsc;

use sha2::Digest;

use crate::crypto::{self, Recipients};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::vault::layout::Layout;

use super::temp::{finish_temp, input_error, start_temp, Hashes, Written};

/// What the reading stage of [`write_staged`] sends to the encrypting one.
enum Msg {
    Chunk(crypto::PlainBuf),
    /// End of the current input: its hashes.
    End(Hashes),
    Failed(Error),
}

/// Plaintext bytes per message of [`write_staged`].
const STAGE_CHUNK: usize = 1 << 20;
/// Plaintext bytes of an input's first message: most documents are
/// smaller, and zeroing a whole chunk for one of 50 KiB cost 256 page
/// faults, a tenth of a `carnet add FILE` (bench test 2).
const STAGE_FIRST: usize = 64 << 10;

/// One input at a time (a single document, or the members of one bundle
/// stream), split over two threads instead: a reading stage opens, reads
/// and hashes while the calling thread encrypts and writes, so a large
/// document still keeps two cores busy. Memory: 8 chunks of 1 MiB in
/// flight, recycled.
pub(super) fn write_staged<R: Read + Send>(
    layout: &Layout,
    recipients: &Recipients,
    name_key: &[u8; 32],
    count: usize,
    mut open: impl FnMut(usize) -> Result<R> + Send,
    mut done: impl FnMut(usize, Written) -> Result<()>,
) -> Result<()> {
    let (tx, rx) = mpsc::sync_channel::<Msg>(8);
    let (back_tx, back_rx) = mpsc::channel::<crypto::PlainBuf>();
    std::thread::scope(|s| {
        s.spawn(move || {
            for i in 0..count {
                let input = match open(i) {
                    Ok(r) => r,
                    Err(e) => {
                        let _ = tx.send(Msg::Failed(e));
                        return;
                    }
                };
                match read_stage(input, name_key, &tx, &back_rx) {
                    Ok(Some(h)) => {
                        if tx.send(Msg::End(h)).is_err() {
                            return;
                        }
                    }
                    Ok(None) => return,
                    Err(e) => {
                        let _ = tx.send(Msg::Failed(input_error(
                            e,
                            crate::i18n::tr!("io-reading-document"),
                        )));
                        return;
                    }
                }
            }
        });
        let mut current: Option<(PathBuf, crypto::Encrypted<File>)> = None;
        let result = (|| -> Result<()> {
            let mut index = 0;
            for msg in rx.iter() {
                match msg {
                    Msg::Chunk(buf) => {
                        if current.is_none() {
                            current = Some(start_temp(layout, recipients)?);
                        }
                        let (path, w) = current.as_mut().expect("just set");
                        w.write_all(&buf).ctx(|| doing::writing(&path))?;
                        let _ = back_tx.send(buf);
                    }
                    Msg::End(h) => {
                        let (path, w) = match current.take() {
                            Some(c) => c,
                            None => start_temp(layout, recipients)?,
                        };
                        let name = h.keyed.expect("keyed");
                        done(index, finish_temp(layout, path, w, name, h.sha256, h.size)?)?;
                        index += 1;
                    }
                    Msg::Failed(e) => return Err(e),
                }
            }
            Ok(())
        })();
        // Dropping the receiver stops the reading stage after an error.
        drop(rx);
        if let Some((path, _)) = current.take() {
            let _ = fs::remove_file(path);
        }
        result
    })
}

/// Reads and hashes one input into 1 MiB messages. `Ok(None)`: the
/// encrypting side hung up.
fn read_stage<R: Read>(
    mut input: R,
    name_key: &[u8; 32],
    tx: &mpsc::SyncSender<Msg>,
    back: &mpsc::Receiver<crypto::PlainBuf>,
) -> io::Result<Option<Hashes>> {
    let mut keyed = blake3::Hasher::new_keyed(name_key);
    let mut sha = sha2::Sha256::new();
    let mut size = 0u64;
    loop {
        let want = if size == 0 { STAGE_FIRST } else { STAGE_CHUNK };
        // A recycled buffer too small is dropped (zeroed), never grown: a
        // reallocation would leave its plaintext behind in freed memory.
        let mut buf = match back.try_recv() {
            Ok(b) if b.capacity() >= want => b,
            _ => crypto::PlainBuf::new(Vec::with_capacity(want)),
        };
        buf.resize(want, 0);
        let filled = fsutil::read_full(&mut input, &mut buf)?;
        if filled == 0 {
            break;
        }
        buf.truncate(filled);
        keyed.update(&buf);
        sha.update(&buf);
        size += filled as u64;
        if tx.send(Msg::Chunk(buf)).is_err() {
            return Ok(None);
        }
        if filled < want {
            break;
        }
    }
    Ok(Some(Hashes {
        keyed: Some(keyed.finalize().to_hex().to_string()),
        sha256: hex::encode(sha.finalize()),
        size,
    }))
}
