//! The payload of a sealed index, read by position: its age STREAM chunks
//! decrypted and authenticated one by one, from the open file or a buffer.
//! [`super::seal`] opens it (header, trailer, MAC) and reads it whole;
//! [`super::inplace`] reads it page by page as SQLite asks.

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;

use zeroize::Zeroizing;

use crate::crypto::payload::{PayloadKey, CHUNK, ENC_CHUNK, TAG};

/// Positioned reads of the sealed bytes: the open file, or a buffer.
pub(super) trait Source: Sync {
    fn len(&self) -> io::Result<u64>;
    fn read_exact_at(&self, buf: &mut [u8], at: u64) -> io::Result<()>;
}

impl Source for File {
    fn len(&self) -> io::Result<u64> {
        Ok(self.metadata()?.len())
    }
    fn read_exact_at(&self, buf: &mut [u8], at: u64) -> io::Result<()> {
        FileExt::read_exact_at(self, buf, at)
    }
}

impl Source for [u8] {
    fn len(&self) -> io::Result<u64> {
        Ok(<[u8]>::len(self) as u64)
    }
    fn read_exact_at(&self, buf: &mut [u8], at: u64) -> io::Result<()> {
        let at = usize::try_from(at).map_err(io::Error::other)?;
        let src = self
            .get(at..at + buf.len())
            .ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "short file"))?;
        buf.copy_from_slice(src);
        Ok(())
    }
}

impl<T: Source + ?Sized> Source for &T {
    fn len(&self) -> io::Result<u64> {
        (**self).len()
    }
    fn read_exact_at(&self, buf: &mut [u8], at: u64) -> io::Result<()> {
        (**self).read_exact_at(buf, at)
    }
}

/// The opened payload: key, where it starts, how many chunks, plaintext length.
pub(super) struct Payload<S> {
    pub(super) src: S,
    pub(super) key: PayloadKey,
    pub(super) start: u64,
    pub(super) chunks: usize,
    pub(super) plain_len: usize,
}

impl<S: Source> Payload<S> {
    /// Plaintext bytes of chunk `i`.
    fn chunk_len(&self, i: usize) -> usize {
        if i + 1 == self.chunks {
            self.plain_len - i * CHUNK
        } else {
            CHUNK
        }
    }

    /// Decrypts chunk `i` into `buf` (which it resizes); returns the plaintext.
    pub(super) fn open_into<'b>(&self, i: usize, buf: &'b mut Vec<u8>) -> io::Result<&'b [u8]> {
        let n = self.chunk_len(i) + TAG;
        buf.resize(n, 0);
        self.src
            .read_exact_at(buf, self.start + (i * ENC_CHUNK) as u64)?;
        let p = self.key.open_chunk(i as u64, i + 1 == self.chunks, buf)?;
        Ok(p)
    }

    /// Decrypts plaintext from the start of chunk `first_chunk` into `dst`,
    /// reading each chunk straight into place when its tag fits before the
    /// end of `dst` (the next chunk overwrites it), else through a buffer.
    pub(super) fn open_range(&self, first_chunk: usize, dst: &mut [u8]) -> io::Result<()> {
        let mut tmp = Zeroizing::new(Vec::new());
        let mut off = 0;
        let mut i = first_chunk;
        while off < dst.len() {
            let n = self.chunk_len(i);
            let want = (dst.len() - off).min(n);
            if want == n && off + n + TAG <= dst.len() {
                let c = &mut dst[off..off + n + TAG];
                self.src
                    .read_exact_at(c, self.start + (i * ENC_CHUNK) as u64)?;
                self.key.open_chunk(i as u64, i + 1 == self.chunks, c)?;
            } else {
                let p = self.open_into(i, &mut tmp)?;
                dst[off..off + want].copy_from_slice(&p[..want]);
            }
            off += want;
            i += 1;
        }
        Ok(())
    }
}

/// Faults a fresh buffer's pages in with one system call instead of one
/// page fault per 4 KiB page as the decryption first writes them.
pub(super) fn populate(buf: &mut [u8]) {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: sysconf has no preconditions.
        let page = match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
            n if n > 0 => n as usize,
            _ => return,
        };
        let start = (buf.as_ptr() as usize).div_ceil(page) * page;
        let end = (buf.as_ptr() as usize + buf.len()) / page * page;
        if end > start {
            // SAFETY: the range lies inside `buf`, which we borrow mutably;
            // MADV_POPULATE_WRITE only faults pages in (contents unchanged).
            // Older kernels refuse it (EINVAL): nothing lost.
            unsafe {
                libc::madvise(
                    start as *mut libc::c_void,
                    end - start,
                    libc::MADV_POPULATE_WRITE,
                );
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = buf;
}
