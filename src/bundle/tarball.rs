//! The tar layer of a bundle: writing ustar members as a stream, and a strict
//! streaming reader that accepts only what carnet writes.
//!
//! Writing uses the `tar` crate for header encoding (ustar, checksum, sizes
//! of 8 GiB and more in base-256) and frames the stream itself (header, data,
//! zero padding to 512 bytes, two zero blocks at the end), so a member's data
//! can come from another thread chunk by chunk.
//!
//! Reading is hand-written and strict, because a bundle is untrusted input:
//! every header's checksum is checked; only regular files (`0` or NUL type
//! flag) are accepted (no links, devices, directories, FIFOs, PAX or GNU
//! long-name records); member paths must be one of `manifest.yaml`,
//! `manifest.sig`, `fhir/bundle.json`, `LISEZMOI.txt`, `index.html` or
//! `documents/NAME` where NAME uses
//! only `A-Z a-z 0-9 . _ -` and does not start with a dot; a name may appear
//! once. After the end-of-archive marker only zero bytes may follow, and the
//! stream is read to its end (so the age layer authenticates the last chunk).
//! Such paths cannot escape a directory they are unpacked into.

use std::io::{self, Read, Write};

use crate::error::{Error, Result};

pub const BLOCK: usize = 512;

pub const MANIFEST: &str = "manifest.yaml";
pub const SIGNATURE: &str = "manifest.sig";
pub const FHIR: &str = "fhir/bundle.json";
/// The International Patient Summary (emergency bundles, `--with-summary`).
pub const SUMMARY: &str = "fhir/patient-summary.json";
/// The French plain-text summary for people (src/bundle/readme.rs).
pub const README: &str = "LISEZMOI.txt";
/// The French HTML index of the documents (src/bundle/readme.rs).
pub const INDEX: &str = "index.html";
pub const DOCUMENTS_DIR: &str = "documents/";

/// Longest document file name accepted (bytes, after `documents/`).
pub const MAX_NAME: usize = 200;

/// Hint shared by every "damaged bundle" error.
pub fn damaged(what: impl Into<String>) -> Error {
    Error::integrity(what.into(), crate::i18n::tr!("v-bundle-damaged-hint"))
}

/// Whether `path` is a member path a bundle may hold.
pub fn valid_member_path(path: &str) -> bool {
    if path == MANIFEST
        || path == SIGNATURE
        || path == FHIR
        || path == SUMMARY
        || path == README
        || path == INDEX
    {
        return true;
    }
    match path.strip_prefix(DOCUMENTS_DIR) {
        Some(name) => valid_document_name(name),
        None => false,
    }
}

/// A document file name: `A-Z a-z 0-9 . _ -`, not starting with a dot.
pub fn valid_document_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_NAME
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-')
}

// ---------- writing ----------

/// Writes a member's header (ustar, regular file, mode 0600).
pub fn write_header<W: Write>(out: &mut W, path: &str, size: u64, mtime: u64) -> Result<()> {
    debug_assert!(valid_member_path(path), "{path}");
    let mut h = tar::Header::new_ustar();
    h.set_path(path)
        .map_err(|e| Error::unexpected(crate::i18n::tr!("y-tar-member-name", path = path), e))?;
    h.set_size(size);
    h.set_mode(0o600);
    h.set_mtime(mtime);
    h.set_uid(0);
    h.set_gid(0);
    h.set_entry_type(tar::EntryType::Regular);
    h.set_cksum();
    out.write_all(h.as_bytes())
        .map_err(|e| Error::io(crate::i18n::tr!("io-writing-bundle"), e))
}

/// Pads a member of `size` bytes to the next block.
pub fn write_padding<W: Write>(out: &mut W, size: u64) -> Result<()> {
    let rem = (size % BLOCK as u64) as usize;
    if rem != 0 {
        out.write_all(&[0u8; BLOCK][..BLOCK - rem])
            .map_err(|e| Error::io(crate::i18n::tr!("io-writing-bundle"), e))?;
    }
    Ok(())
}

/// A whole member from bytes in memory.
pub fn write_member<W: Write>(out: &mut W, path: &str, data: &[u8], mtime: u64) -> Result<()> {
    write_header(out, path, data.len() as u64, mtime)?;
    out.write_all(data)
        .map_err(|e| Error::io(crate::i18n::tr!("io-writing-bundle"), e))?;
    write_padding(out, data.len() as u64)
}

/// The end-of-archive marker: two zero blocks.
pub fn write_end<W: Write>(out: &mut W) -> Result<()> {
    out.write_all(&[0u8; 2 * BLOCK])
        .map_err(|e| Error::io(crate::i18n::tr!("io-writing-bundle"), e))
}

// ---------- reading ----------

/// A member's header, as the strict reader accepted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberHeader {
    pub path: String,
    pub size: u64,
}

/// Maps an error of the underlying stream (the age decryptor): a failed
/// chunk or a cut stream is damage (exit 6), anything else is I/O.
pub fn stream_error(e: io::Error) -> Error {
    match e.kind() {
        io::ErrorKind::InvalidData | io::ErrorKind::UnexpectedEof => damaged(crate::i18n::tr!(
            "v-bundle-stream-damaged",
            detail = crate::i18n::os::describe(&e)
        )),
        _ => Error::io(crate::i18n::tr!("io-reading-bundle"), e),
    }
}

/// A strict streaming reader of the tar layer.
pub struct TarReader<R> {
    inner: R,
    /// Data bytes of the current member not read yet.
    remaining: u64,
    /// Padding after the current member's data.
    padding: u64,
    finished: bool,
    /// Number of the current member (1-based), for messages.
    index: u64,
}

fn read_full<R: Read>(r: &mut R, buf: &mut [u8]) -> Result<usize> {
    crate::fsutil::read_full(r, buf).map_err(stream_error)
}

fn field_str(f: &[u8]) -> &[u8] {
    let end = f.iter().position(|&b| b == 0).unwrap_or(f.len());
    &f[..end]
}

/// A numeric header field: octal ASCII (spaces and NULs around it), or
/// base-256 when the high bit of the first byte is set (GNU, sizes ≥ 8 GiB).
fn parse_number(f: &[u8]) -> Option<u64> {
    if f.first().is_some_and(|b| b & 0x80 != 0) {
        if f[0] & 0x40 != 0 {
            return None; // negative
        }
        let mut v: u64 = (f[0] & 0x3f) as u64;
        for &b in &f[1..] {
            v = v.checked_mul(256)?.checked_add(b as u64)?;
        }
        return Some(v);
    }
    let s = field_str(f);
    let s: &[u8] = {
        let start = s.iter().position(|&b| b != b' ').unwrap_or(s.len());
        let end = s.iter().rposition(|&b| b != b' ').map_or(start, |e| e + 1);
        &s[start..end.max(start)]
    };
    if s.is_empty() {
        return None;
    }
    let mut v: u64 = 0;
    for &b in s {
        if !(b'0'..=b'7').contains(&b) {
            return None;
        }
        v = v.checked_mul(8)?.checked_add((b - b'0') as u64)?;
    }
    Some(v)
}

fn type_name(flag: u8) -> &'static str {
    match flag {
        b'1' => "a hard link",
        b'2' => "a symbolic link",
        b'3' => "a character device",
        b'4' => "a block device",
        b'5' => "a directory",
        b'6' => "a FIFO",
        b'7' => "a contiguous file",
        b'x' | b'g' => "a PAX extended header",
        b'L' | b'K' => "a GNU long-name record",
        b'S' => "a sparse file",
        _ => "an unknown member type",
    }
}

fn printable(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let mut out: String = s
        .chars()
        .map(|c| if crate::text::is_unsafe(c) { '?' } else { c })
        .take(120)
        .collect();
    if s.chars().count() > 120 {
        out.push('…');
    }
    out
}

impl<R: Read> TarReader<R> {
    pub fn new(inner: R) -> Self {
        TarReader {
            inner,
            remaining: 0,
            padding: 0,
            finished: false,
            index: 0,
        }
    }

    fn skip(&mut self, mut n: u64) -> Result<()> {
        let mut buf = [0u8; 8192];
        while n > 0 {
            let want = n.min(buf.len() as u64) as usize;
            let got = read_full(&mut self.inner, &mut buf[..want])?;
            if got < want {
                return Err(damaged(crate::i18n::tr!("v-member-ends-early")));
            }
            n -= want as u64;
        }
        Ok(())
    }

    /// Moves to the next member, skipping what is left of the current one.
    /// `None` at the end of the archive (after checking what follows it).
    pub fn next_member(&mut self) -> Result<Option<MemberHeader>> {
        if self.finished {
            return Ok(None);
        }
        let rest = self.remaining + self.padding;
        self.remaining = 0;
        self.padding = 0;
        self.skip(rest)?;

        let mut block = [0u8; BLOCK];
        let got = read_full(&mut self.inner, &mut block)?;
        if got == 0 {
            return Err(damaged(crate::i18n::tr!("v-archive-no-end")));
        }
        if got < BLOCK {
            return Err(damaged(crate::i18n::tr!("v-archive-cut-header")));
        }
        if block.iter().all(|&b| b == 0) {
            let got = read_full(&mut self.inner, &mut block)?;
            if got < BLOCK || block.iter().any(|&b| b != 0) {
                return Err(damaged(crate::i18n::tr!("v-archive-bad-end")));
            }
            self.drain_trailer()?;
            self.finished = true;
            return Ok(None);
        }
        self.index += 1;
        let header = self.parse_header(&block)?;
        self.remaining = header.size;
        self.padding = (BLOCK as u64 - header.size % BLOCK as u64) % BLOCK as u64;
        Ok(Some(header))
    }

    fn parse_header(&self, b: &[u8; BLOCK]) -> Result<MemberHeader> {
        let n = self.index;
        let stored = parse_number(&b[148..156]).ok_or_else(|| {
            damaged(crate::i18n::tr!(
                "v-archive-unreadable-header",
                n = n.to_string()
            ))
        })?;
        let sum: u64 = b
            .iter()
            .enumerate()
            .map(|(i, &x)| {
                if (148..156).contains(&i) {
                    b' ' as u64
                } else {
                    x as u64
                }
            })
            .sum();
        if sum != stored {
            return Err(damaged(crate::i18n::tr!(
                "v-archive-bad-checksum",
                n = n.to_string()
            )));
        }
        let magic = &b[257..265];
        let ustar = magic == b"ustar\x0000";
        let gnu = magic == b"ustar  \x00";
        if !ustar && !gnu {
            return Err(damaged(crate::i18n::tr!(
                "v-archive-not-ustar",
                n = n.to_string()
            )));
        }
        let name = field_str(&b[0..100]);
        let prefix = if ustar {
            field_str(&b[345..500])
        } else {
            &[][..]
        };
        let mut raw = Vec::with_capacity(prefix.len() + 1 + name.len());
        if !prefix.is_empty() {
            raw.extend_from_slice(prefix);
            raw.push(b'/');
        }
        raw.extend_from_slice(name);
        let flag = b[156];
        if flag != b'0' && flag != 0 {
            return Err(damaged(crate::i18n::tr!(
                "v-archive-not-file",
                n = n.to_string(),
                path = printable(&raw),
                kind = type_name(flag).to_string()
            )));
        }
        let path = match std::str::from_utf8(&raw) {
            Ok(p) if valid_member_path(p) => p.to_string(),
            _ => {
                return Err(damaged(crate::i18n::tr!(
                    "v-archive-bad-path",
                    n = n.to_string(),
                    path = format!("{:?}", printable(&raw))
                )))
            }
        };
        let size = parse_number(&b[124..136]).ok_or_else(|| {
            damaged(crate::i18n::tr!(
                "v-archive-bad-size",
                n = n.to_string(),
                path = path.to_string()
            ))
        })?;
        Ok(MemberHeader { path, size })
    }

    /// After the end marker: only zeros until the end of the stream.
    fn drain_trailer(&mut self) -> Result<()> {
        let mut buf = [0u8; 8192];
        loop {
            let got = read_full(&mut self.inner, &mut buf)?;
            if buf[..got].iter().any(|&b| b != 0) {
                return Err(damaged(crate::i18n::tr!("v-archive-trailing-data")));
            }
            if got < buf.len() {
                return Ok(());
            }
        }
    }

    /// Bytes of the current member not read yet.
    pub fn remaining(&self) -> u64 {
        self.remaining
    }

    /// Reads the current member's data; 0 at its end. A stream that ends
    /// before the member does is damage.
    pub fn read_data(&mut self, buf: &mut [u8]) -> Result<usize> {
        if self.remaining == 0 || buf.is_empty() {
            return Ok(0);
        }
        let want = (buf.len() as u64).min(self.remaining) as usize;
        loop {
            match self.inner.read(&mut buf[..want]) {
                Ok(0) => return Err(damaged(crate::i18n::tr!("v-member-ends-early"))),
                Ok(n) => {
                    self.remaining -= n as u64;
                    return Ok(n);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(stream_error(e)),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tar_of(members: &[(&str, &[u8])]) -> Vec<u8> {
        let mut v = Vec::new();
        for (p, d) in members {
            write_member(&mut v, p, d, 0).unwrap();
        }
        write_end(&mut v).unwrap();
        v
    }

    fn read_all(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>> {
        let mut r = TarReader::new(bytes);
        let mut out = Vec::new();
        while let Some(h) = r.next_member()? {
            let mut data = Vec::new();
            let mut buf = [0u8; 100];
            loop {
                let n = r.read_data(&mut buf)?;
                if n == 0 {
                    break;
                }
                data.extend_from_slice(&buf[..n]);
            }
            assert_eq!(data.len() as u64, h.size);
            out.push((h.path, data));
        }
        Ok(out)
    }

    #[test]
    fn round_trip() {
        let t = tar_of(&[
            ("documents/a.pdf", b"hello"),
            ("fhir/bundle.json", &[7u8; 1024]),
            ("manifest.yaml", b""),
        ]);
        let m = read_all(&t).unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(m[0], ("documents/a.pdf".to_string(), b"hello".to_vec()));
        assert_eq!(m[1].1.len(), 1024);
        assert!(m[2].1.is_empty());
    }

    #[test]
    fn stock_tar_crate_reads_ours() {
        let t = tar_of(&[("documents/a.pdf", b"hello"), ("manifest.yaml", b"x")]);
        let mut a = tar::Archive::new(&t[..]);
        let names: Vec<String> = a
            .entries()
            .unwrap()
            .map(|e| e.unwrap().path().unwrap().display().to_string())
            .collect();
        assert_eq!(names, vec!["documents/a.pdf", "manifest.yaml"]);
    }

    fn raw_header(path: &[u8], flag: u8, size: u64) -> [u8; BLOCK] {
        let mut h = tar::Header::new_ustar();
        h.as_old_mut().name[..path.len()].copy_from_slice(path);
        h.set_size(size);
        h.set_mode(0o644);
        h.as_mut_bytes()[156] = flag;
        h.set_cksum();
        *h.as_bytes()
    }

    fn with_raw(path: &[u8], flag: u8) -> Vec<u8> {
        let mut v = raw_header(path, flag, 0).to_vec();
        v.extend_from_slice(&[0u8; 2 * BLOCK]);
        v
    }

    #[test]
    fn refuses_unsafe_paths_and_types() {
        for p in [
            &b"../evil"[..],
            b"/etc/passwd",
            b"documents/../x",
            b"documents/.hidden",
            b"documents/sub/x",
            b"documents/",
            b"other.txt",
            b"./manifest.yaml",
            b"documents/a b",
            b"documents/\xff",
        ] {
            let e = read_all(&with_raw(p, b'0')).unwrap_err();
            assert_eq!(e.exit_code(), 6, "{}", String::from_utf8_lossy(p));
        }
        for flag in [b'1', b'2', b'3', b'4', b'5', b'6', b'x', b'g', b'L'] {
            let e = read_all(&with_raw(b"documents/a", flag)).unwrap_err();
            assert_eq!(e.exit_code(), 6);
            assert!(e.to_string().contains("regular files"), "{e}");
        }
    }

    #[test]
    fn refuses_truncation_and_garbage() {
        let t = tar_of(&[("documents/a.pdf", &[1u8; 3000])]);
        for cut in [0, 100, 512, 1000, t.len() - 1024, t.len() - 1] {
            assert_eq!(read_all(&t[..cut]).unwrap_err().exit_code(), 6, "cut {cut}");
        }
        let mut extra = t.clone();
        extra.extend_from_slice(b"junk");
        assert_eq!(read_all(&extra).unwrap_err().exit_code(), 6);
        let mut zeros = t.clone();
        zeros.extend_from_slice(&[0u8; 9000]);
        assert!(read_all(&zeros).is_ok());
        let mut flipped = t.clone();
        flipped[10] ^= 1;
        assert_eq!(read_all(&flipped).unwrap_err().exit_code(), 6);
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number(b"0000644\0"), Some(0o644));
        assert_eq!(parse_number(b"  644 \0"), Some(0o644));
        assert_eq!(parse_number(b"\0\0\0"), None);
        assert_eq!(parse_number(b"12389"), None);
        let mut big = [0u8; 12];
        big[0] = 0x80;
        big[7] = 2; // 2 << 32
        assert_eq!(parse_number(&big), Some(2u64 << 32));
        assert_eq!(parse_number(&[0xff; 12]), None);
    }

    #[test]
    fn big_sizes_use_base_256() {
        let mut v = Vec::new();
        write_header(&mut v, "documents/big", 9 << 30, 0).unwrap();
        let mut r = TarReader::new(&v[..]);
        let h = r.next_member().unwrap().unwrap();
        assert_eq!(h.size, 9 << 30);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..4096)) {
            let _ = read_all(&bytes);
        }

        #[test]
        fn mutated_archives_never_panic_and_stay_confined(
            flips in proptest::collection::vec((0usize..4096, proptest::prelude::any::<u8>()), 1..8),
            cut in proptest::option::of(0usize..4096),
        ) {
            let mut t = tar_of(&[("documents/a.pdf", &[5u8; 700]), ("fhir/bundle.json", b"{}"), ("manifest.yaml", b"x: 1")]);
            for (at, v) in flips {
                let i = at % t.len();
                t[i] = v;
            }
            if let Some(c) = cut {
                t.truncate(c % (t.len() + 1));
            }
            if let Ok(members) = read_all(&t) {
                for (p, _) in members {
                    proptest::prop_assert!(valid_member_path(&p), "accepted {p}");
                    proptest::prop_assert!(!p.contains(".."));
                    proptest::prop_assert!(!p.starts_with('/'));
                }
            }
        }
    }
}
