//! The age v1 payload: STREAM over ChaCha20-Poly1305 in 64 KiB chunks, each
//! sealed with a nonce made of its index (11 bytes, big-endian) and a flag
//! byte set on the last chunk, so truncation and reordering are caught.
//! The cipher is `ring`'s (assembly, AVX2/AVX-512), see `header.rs` for why.

use std::io::{self, Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;

use ring::aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305};
use zeroize::Zeroizing;

/// Plaintext bytes per chunk.
pub const CHUNK: usize = 64 << 10;
pub const TAG: usize = 16;
/// Ciphertext bytes per full chunk.
pub const ENC_CHUNK: usize = CHUNK + TAG;

/// A file's payload key. Its bytes are wiped when it is dropped.
pub struct PayloadKey {
    /// On the heap, so moving a `PayloadKey` around leaves no copies of
    /// the key schedule behind; freed by hand in `drop`, after the wipe.
    key: ManuallyDrop<Box<LessSafeKey>>,
    commitment: [u8; 32],
}

impl PayloadKey {
    /// `commitment` identifies the key without revealing it (see
    /// [`PayloadKey::commitment`]).
    pub fn new(key: &[u8; 32], commitment: [u8; 32]) -> Self {
        let unbound = UnboundKey::new(&CHACHA20_POLY1305, key).expect("32-byte key");
        PayloadKey {
            key: ManuallyDrop::new(Box::new(LessSafeKey::new(unbound))),
            commitment,
        }
    }

    /// A one-way hash of the file key and nonce: whoever MACs it with a
    /// secret vouches for this file's payload, which only holders of the
    /// file key can have written (the index's authentication, `seal.rs`).
    pub fn commitment(&self) -> &[u8; 32] {
        &self.commitment
    }

    fn nonce(index: u64, last: bool) -> Nonce {
        let mut n = [0u8; 12];
        n[3..11].copy_from_slice(&index.to_be_bytes());
        n[11] = last as u8;
        Nonce::assume_unique_for_key(n)
    }

    /// Encrypts `buf` in place; returns the tag that must follow it.
    pub fn seal_slice(&self, index: u64, last: bool, buf: &mut [u8]) -> [u8; TAG] {
        let tag = self
            .key
            .seal_in_place_separate_tag(Self::nonce(index, last), Aad::empty(), buf)
            .expect("a chunk is far below the cipher's limit");
        tag.as_ref().try_into().expect("16-byte tag")
    }

    /// Decrypts one chunk (ciphertext and tag) in place; returns the plaintext.
    pub fn open_chunk<'b>(
        &self,
        index: u64,
        last: bool,
        buf: &'b mut [u8],
    ) -> io::Result<&'b mut [u8]> {
        self.key
            .open_in_place(Self::nonce(index, last), Aad::empty(), buf)
            .map_err(|_| invalid(&crate::i18n::tr!("y-chunk-damaged")))
    }
}

impl Drop for PayloadKey {
    fn drop(&mut self) {
        // ring keeps the key schedule inline (no heap, no drop glue) and
        // offers no zeroize: overwrite its bytes ourselves, then free the
        // box without ever reading or dropping the wiped value.
        // SAFETY: `drop` runs once, so the box is taken once.
        let raw = Box::into_raw(unsafe { ManuallyDrop::take(&mut self.key) });
        let p = raw as *mut u8;
        for i in 0..std::mem::size_of::<LessSafeKey>() {
            // SAFETY: `p..p+size_of` is the box's allocation, owned here.
            unsafe { std::ptr::write_volatile(p.add(i), 0) };
        }
        std::sync::atomic::compiler_fence(std::sync::atomic::Ordering::SeqCst);
        // SAFETY: allocated by `Box::new` with this layout; `LessSafeKey`
        // needs no drop, so freeing the memory is all that is left.
        unsafe { std::alloc::dealloc(p, std::alloc::Layout::new::<LessSafeKey>()) };
    }
}

fn invalid(msg: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, msg.to_string())
}

/// Encrypts what is written into chunks on `out`; `finish` seals the last
/// chunk (without it the file is truncated and will not decrypt).
pub struct Sealer<W: Write> {
    key: PayloadKey,
    out: W,
    /// One chunk and its tag; `buf[..n]` is plaintext not yet sealed.
    /// Plaintext buffers are wiped when dropped.
    buf: Zeroizing<Vec<u8>>,
    n: usize,
    /// Second buffer of [`Sealer::fill_from`]: a full chunk is sealed only
    /// once more input is known to follow.
    spare: Zeroizing<Vec<u8>>,
    index: u64,
}

impl<W: Write> Sealer<W> {
    /// `out` has already received the header and nonce.
    pub fn new(key: PayloadKey, out: W) -> Self {
        Sealer {
            key,
            out,
            buf: Zeroizing::new(vec![0; ENC_CHUNK]),
            n: 0,
            spare: Zeroizing::new(Vec::new()),
            index: 0,
        }
    }

    /// Seals the full chunk in `buf` as not the last and writes it.
    fn flush_full(&mut self) -> io::Result<()> {
        debug_assert_eq!(self.n, CHUNK);
        let (p, t) = self.buf.split_at_mut(CHUNK);
        t.copy_from_slice(&self.key.seal_slice(self.index, false, p));
        // Spent before the write: if it fails and the caller writes again,
        // the ciphertext in `buf` is never sealed a second time under the
        // same nonce (which would write the plaintext out).
        self.index += 1;
        self.n = 0;
        self.out.write_all(&self.buf)
    }

    /// Reads `input` to its end straight into the chunk buffer (no copy),
    /// showing every plaintext piece to `seen` first (hashing). Returns the
    /// number of bytes read.
    pub fn fill_from<R: Read>(
        &mut self,
        input: &mut R,
        mut seen: impl FnMut(&[u8]),
    ) -> io::Result<u64> {
        let mut total = 0u64;
        if self.spare.is_empty() {
            self.spare = Zeroizing::new(vec![0; ENC_CHUNK]);
        }
        // `fill_to` returns short only at the end of the input: never read
        // past that (a terminal on stdin would wait for a second Ctrl-D).
        if self.n < CHUNK {
            let m = fill_to(input, &mut self.buf[..CHUNK], self.n)?;
            seen(&self.buf[self.n..m]);
            total += (m - self.n) as u64;
            self.n = m;
            if m < CHUNK {
                return Ok(total);
            }
        }
        loop {
            // A full chunk: seal it only if more input follows.
            let m = fill_to(input, &mut self.spare[..CHUNK], 0)?;
            if m == 0 {
                return Ok(total);
            }
            seen(&self.spare[..m]);
            total += m as u64;
            self.flush_full()?;
            std::mem::swap(&mut self.buf, &mut self.spare);
            self.n = m;
            if m < CHUNK {
                return Ok(total);
            }
        }
    }

    /// Seals the last chunk and returns the output.
    pub fn finish(self) -> io::Result<W> {
        let Sealer {
            key,
            mut out,
            mut buf,
            mut spare,
            n,
            index,
        } = self;
        let (p, t) = buf.split_at_mut(n);
        t[..TAG].copy_from_slice(&key.seal_slice(index, true, p));
        // No flush here: an armored output pads its last line on flush.
        out.write_all(&buf[..n + TAG])?;
        // Both buffers now hold only ciphertext (every chunk is sealed in
        // place): free them without the wipe (two 64 KiB volatile writes
        // per document add up over a bulk import).
        drop(std::mem::take(&mut *buf));
        drop(std::mem::take(&mut *spare));
        Ok(out)
    }
}

/// Reads from `input` into `buf[from..]` until it is full or the input
/// ends; returns how much of `buf` is filled.
fn fill_to<R: Read>(input: &mut R, buf: &mut [u8], from: usize) -> io::Result<usize> {
    Ok(from + crate::fsutil::read_full(input, &mut buf[from..])?)
}

impl<W: Write> Write for Sealer<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        if data.is_empty() {
            return Ok(0);
        }
        if self.n == CHUNK {
            self.flush_full()?;
        }
        let k = data.len().min(CHUNK - self.n);
        self.buf[self.n..self.n + k].copy_from_slice(&data[..k]);
        self.n += k;
        Ok(k)
    }

    /// Does not flush the output: an armored output pads its base64 on
    /// flush, which is only right at the very end (`Encrypted::finish`).
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Decrypts a payload as it is read. Every chunk is authenticated before
/// any of its bytes are returned; a truncated or altered file is an
/// `InvalidData` error.
pub struct Opener<R> {
    key: PayloadKey,
    input: R,
    /// One ciphertext chunk plus one byte of look-ahead (which tells
    /// whether this chunk is the last); plaintext after decryption, wiped
    /// when dropped.
    buf: Zeroizing<Vec<u8>>,
    carry: Option<u8>,
    /// Plaintext not yet returned: `buf[start..end]`.
    start: usize,
    end: usize,
    index: u64,
    done: bool,
    /// Where the payload starts in `input` (seekable inputs).
    payload_start: u64,
}

impl<R: Read> Opener<R> {
    /// `input` is positioned just after the nonce.
    pub fn new(key: PayloadKey, input: R) -> Self {
        Opener {
            key,
            input,
            buf: Zeroizing::new(Vec::new()),
            carry: None,
            start: 0,
            end: 0,
            index: 0,
            done: false,
            payload_start: 0,
        }
    }

    fn next_chunk(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            self.buf = Zeroizing::new(vec![0; ENC_CHUNK + 1]);
        }
        let mut have = 0;
        if let Some(c) = self.carry.take() {
            self.buf[0] = c;
            have = 1;
        }
        let n = fill_to(&mut self.input, &mut self.buf, have)?;
        let last = n <= ENC_CHUNK;
        if !last {
            self.carry = Some(self.buf[ENC_CHUNK]);
        }
        // Only an empty file has an empty (tag-only) last chunk.
        if n < TAG || (last && n == TAG && self.index > 0) {
            return Err(invalid(&crate::i18n::tr!("y-file-truncated")));
        }
        let len = n.min(ENC_CHUNK);
        let plain = self
            .key
            .open_chunk(self.index, last, &mut self.buf[..len])?
            .len();
        self.index += 1;
        self.start = 0;
        self.end = plain;
        self.done = last;
        Ok(())
    }
}

impl<R: Read> Read for Opener<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        while self.start == self.end {
            if self.done || out.is_empty() {
                return Ok(0);
            }
            self.next_chunk()?;
        }
        let n = out.len().min(self.end - self.start);
        out[..n].copy_from_slice(&self.buf[self.start..self.start + n]);
        self.start += n;
        Ok(n)
    }
}

impl<R: Read + Seek> Opener<R> {
    /// As [`Opener::new`], remembering where the payload starts so the
    /// stream can be measured and entered at any chunk.
    pub fn new_seekable(key: PayloadKey, mut input: R) -> io::Result<Self> {
        let start = input.stream_position()?;
        let mut o = Opener::new(key, input);
        o.payload_start = start;
        Ok(o)
    }

    /// The plaintext length, from the file's length. Not authenticated by
    /// itself: reading the last chunk is (a cut file fails there).
    pub fn plaintext_len(&mut self) -> io::Result<u64> {
        let here = self.input.stream_position()?;
        let total = self.input.seek(SeekFrom::End(0))?;
        self.input.seek(SeekFrom::Start(here))?;
        plaintext_len(total.saturating_sub(self.payload_start))
    }

    /// Continues reading at plaintext offset `pos`, a multiple of [`CHUNK`].
    pub fn seek_chunk(&mut self, pos: u64) -> io::Result<()> {
        if !pos.is_multiple_of(CHUNK as u64) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "seek to a chunk boundary only",
            ));
        }
        let index = pos / CHUNK as u64;
        self.input.seek(SeekFrom::Start(
            self.payload_start + index * ENC_CHUNK as u64,
        ))?;
        self.index = index;
        self.carry = None;
        self.start = 0;
        self.end = 0;
        self.done = false;
        Ok(())
    }
}

/// Plaintext length of a payload of `payload` ciphertext bytes.
pub fn plaintext_len(payload: u64) -> io::Result<u64> {
    let chunks = payload.div_ceil(ENC_CHUNK as u64).max(1);
    // The last chunk holds at least a tag, and more unless it is the only one.
    let last = payload.checked_sub((chunks - 1) * ENC_CHUNK as u64);
    match last {
        Some(l) if l > TAG as u64 || (l == TAG as u64 && chunks == 1) => {
            Ok(payload - chunks * TAG as u64)
        }
        _ => Err(invalid(&crate::i18n::tr!("y-file-truncated"))),
    }
}
