//! Failed-unlock records (`VAULT/failed-unlocks/*.age`, docs/format.md).
//!
//! A failed unlock has no key, so it cannot write to the sealed journal:
//! it encrypts a small record to the vault's public recipient, and the next
//! successful unlock folds the records into one `unlock.failed` entry. The
//! same public recipient lets anyone who can write the folder plant a
//! record, so a record is untrusted input: read with a size bound (never
//! the whole file), parsed strictly ([`parse_record`]), at most
//! [`MAX_FOLD`] read per unlock, and journaled as an unauthenticated report.

use std::collections::BinaryHeap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::crypto;
use crate::fsutil;
use crate::text;
use crate::timefmt;

/// Largest record file read (a genuine one is about 250 bytes).
pub const MAX_FILE: u64 = 4096;
/// Largest decrypted record parsed.
pub const MAX_PLAIN: usize = 1024;
/// Records read per unlock; the others are counted and removed unread.
pub const MAX_FOLD: usize = 64;
/// Record files counted (and removed) per unlock: a folder flooded with
/// files is emptied over several unlocks, with bounded memory each time.
pub const MAX_SCAN: usize = 10_000;
/// Longest identity source (a file path) kept in a record.
pub const MAX_SOURCE: usize = 200;
/// What the journal says of every folded record.
pub const SOURCE_NOTE: &str =
    "failed-unlock records (unauthenticated: anyone with the vault's public recipient can write one)";

/// A well-formed record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// RFC 3339 UTC, as carnet writes it.
    pub at: String,
    /// `passphrase` or `identity <source>`.
    pub method: String,
}

impl Record {
    /// `at (method)`, as the journal keeps it (RFC 3339 UTC).
    pub fn summary(&self) -> String {
        format!("{} ({})", self.at, self.method)
    }

    /// `at (method)` for people, the time in the local zone.
    pub fn local_summary(&self) -> String {
        format!("{} ({})", crate::timefmt::local_str(&self.at), self.method)
    }
}

/// Why a record was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Malformed {
    /// Larger than [`MAX_FILE`] (ciphertext) or [`MAX_PLAIN`] (plaintext).
    TooLarge,
    /// A link, a FIFO or another non-regular file.
    NotAFile,
    /// Could not be read or is not an age file for this vault.
    Unreadable,
    /// Decrypted, but not the record's JSON shape.
    Shape(&'static str),
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    at: String,
    method: String,
}

/// The record carnet writes for a failed unlock now. The method's source
/// (an identity file path) is cleaned and bounded so that what carnet
/// writes always passes [`parse_record`].
pub fn encode(at: OffsetDateTime, method: &str) -> Vec<u8> {
    let method = match method.strip_prefix("identity ") {
        Some(src) => {
            let src: String = text::replace_unsafe(src, '?')
                .chars()
                .take(MAX_SOURCE)
                .collect();
            format!(
                "identity {}",
                if src.trim().is_empty() { "?" } else { &src }
            )
        }
        None => "passphrase".to_string(),
    };
    serde_json::to_vec(&Raw {
        at: timefmt::rfc3339(at),
        method,
    })
    .expect("a record serializes")
}

/// Parses a decrypted record: a JSON object with exactly `at` (an RFC 3339
/// instant, not more than a day ahead of now) and `method` (`passphrase`,
/// or `identity ` and a source of 1 to [`MAX_SOURCE`] characters without
/// control or bidi characters). Anything else is [`Malformed`].
pub fn parse_record(plain: &[u8]) -> Result<Record, Malformed> {
    parse_record_at(plain, timefmt::now())
}

fn parse_record_at(plain: &[u8], now: OffsetDateTime) -> Result<Record, Malformed> {
    if plain.len() > MAX_PLAIN {
        return Err(Malformed::TooLarge);
    }
    let raw: Raw =
        serde_json::from_slice(plain).map_err(|_| Malformed::Shape("not the record's JSON"))?;
    if raw.at.len() > 40 {
        return Err(Malformed::Shape("at is too long"));
    }
    let at =
        timefmt::parse_rfc3339(&raw.at).ok_or(Malformed::Shape("at is not an RFC 3339 time"))?;
    if at > now + time::Duration::DAY {
        return Err(Malformed::Shape("at is in the future"));
    }
    let method = if raw.method == "passphrase" {
        raw.method
    } else {
        let src = raw
            .method
            .strip_prefix("identity ")
            .ok_or(Malformed::Shape("unknown method"))?;
        let n = src.chars().count();
        if n == 0 || n > MAX_SOURCE || src.trim().is_empty() {
            return Err(Malformed::Shape("identity source length"));
        }
        if text::first_unsafe(src).is_some() {
            return Err(Malformed::Shape("control character in the identity source"));
        }
        raw.method
    };
    Ok(Record {
        at: timefmt::rfc3339(at),
        method,
    })
}

/// Reads at most [`MAX_FILE`] bytes of a regular file, without following
/// a link or blocking on a FIFO; a larger file is [`Malformed::TooLarge`]
/// and is not read at all.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, Malformed> {
    fsutil::read_bounded(path, MAX_FILE).map_err(|e| match e {
        fsutil::Unread::TooLarge => Malformed::TooLarge,
        fsutil::Unread::NotAFile(_) => Malformed::NotAFile,
        fsutil::Unread::Missing | fsutil::Unread::Io(_) => Malformed::Unreadable,
    })
}

/// Reads, decrypts and parses one record file.
pub fn open_record(path: &Path, identity: &dyn age::Identity) -> Result<Record, Malformed> {
    let bytes = read_bounded(path)?;
    let r = crypto::decrypt_reader(&bytes[..], &[identity]).map_err(|_| Malformed::Unreadable)?;
    let mut plain = Vec::new();
    r.take(MAX_PLAIN as u64 + 1)
        .read_to_end(&mut plain)
        .map_err(|_| Malformed::Unreadable)?;
    parse_record(&plain)
}

/// What a look at the folder found.
#[derive(Debug, Default)]
pub struct Scan {
    /// Well-formed records, oldest name first.
    pub records: Vec<Record>,
    /// Records read but not well-formed (counted, never shown).
    pub malformed: usize,
    /// Records beyond [`MAX_FOLD`], counted and not read.
    pub unread: usize,
    /// Every record file seen, to remove once the entry is committed.
    pub files: Vec<PathBuf>,
}

impl Scan {
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Lists the record files in `dir` (names ending `.age`, not directories),
/// reads the [`MAX_FOLD`] oldest by name (names start with the unix time),
/// and counts the rest. Memory stays bounded whatever the folder holds:
/// at most [`MAX_SCAN`] names (the removal list; files beyond wait for the
/// next unlock) and [`MAX_FOLD`] records.
pub fn scan(dir: &Path, identity: &dyn age::Identity) -> Scan {
    let mut out = Scan::default();
    let Ok(rd) = fs::read_dir(dir) else {
        return out;
    };
    // The MAX_FOLD smallest names: a max-heap whose top is dropped when full.
    let mut oldest: BinaryHeap<PathBuf> = BinaryHeap::new();
    for e in rd.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || !name.ends_with(".age") {
            continue;
        }
        if e.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        if out.files.len() >= MAX_SCAN {
            break;
        }
        let p = e.path();
        out.files.push(p.clone());
        oldest.push(p);
        if oldest.len() > MAX_FOLD {
            oldest.pop();
            out.unread += 1;
        }
    }
    for p in oldest.into_sorted_vec() {
        match open_record(&p, identity) {
            Ok(r) => out.records.push(r),
            Err(_) => out.malformed += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    fn now() -> OffsetDateTime {
        datetime!(2026-03-14 10:00 UTC)
    }

    #[test]
    fn what_carnet_writes_parses_back() {
        let at = datetime!(2026-03-14 09:30 UTC);
        for method in ["passphrase", "identity /home/c/.config/carnet/id.txt"] {
            let r = parse_record_at(&encode(at, method), now()).unwrap();
            assert_eq!(r.at, "2026-03-14T09:30:00Z");
            assert_eq!(r.method, method);
        }
        // A hostile path is cleaned and bounded when written.
        let long = format!("identity /x\x1b[2J{}", "a".repeat(500));
        let r = parse_record_at(&encode(at, &long), now()).unwrap();
        assert!(text::first_unsafe(&r.method).is_none());
        assert_eq!(r.method.chars().count(), "identity ".len() + MAX_SOURCE);
    }

    #[test]
    fn shape_is_strict() {
        let ok = br#"{"at":"2026-03-14T09:30:00+01:00","method":"passphrase"}"#;
        assert_eq!(
            parse_record_at(ok, now()).unwrap().at,
            "2026-03-14T08:30:00Z"
        );
        for bad in [
            &b"not json"[..],
            br#"[1,2]"#,
            br#"{"at":"2026-03-14T09:30:00Z"}"#,
            br#"{"at":"2026-03-14T09:30:00Z","method":"passphrase","x":1}"#,
            br#"{"at":"yesterday","method":"passphrase"}"#,
            br#"{"at":"2026-03-14T09:30:00Z","method":"telepathy"}"#,
            br#"{"at":"2026-03-14T09:30:00Z","method":"identity "}"#,
            br#"{"at":"2026-03-14T09:30:00Z","method":"identity \u001b[31mred"}"#,
            br#"{"at":"2026-03-14T09:30:00Z","method":"identity a\u202eb"}"#,
            br#"{"at":"2036-03-14T09:30:00Z","method":"passphrase"}"#,
            br#"{"at":"0000-01-01T00:00:00Z","method":"passphrase"}"#,
            br#"{"at":12,"method":"passphrase"}"#,
        ] {
            assert!(
                parse_record_at(bad, now()).is_err(),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
        let big = format!(
            r#"{{"at":"2026-03-14T09:30:00Z","method":"identity {}"}}"#,
            "a".repeat(MAX_PLAIN)
        );
        assert_eq!(
            parse_record_at(big.as_bytes(), now()),
            Err(Malformed::TooLarge)
        );
    }

    #[test]
    fn large_files_are_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("1-big.age");
        // Sparse: 50 MB on paper, nothing on disk.
        let f = fs::File::create(&p).unwrap();
        f.set_len(50 << 20).unwrap();
        assert_eq!(read_bounded(&p), Err(Malformed::TooLarge));
        let q = dir.path().join("2-small.age");
        fs::write(&q, b"abc").unwrap();
        assert_eq!(read_bounded(&q).unwrap(), b"abc");
        let l = dir.path().join("3-link.age");
        std::os::unix::fs::symlink(&q, &l).unwrap();
        assert_eq!(read_bounded(&l), Err(Malformed::NotAFile));
        let fifo = dir.path().join("4-fifo.age");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path; mkfifo only creates a node.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert_eq!(read_bounded(&fifo), Err(Malformed::NotAFile));
    }

    #[test]
    fn scan_reads_at_most_max_fold() {
        let dir = tempfile::tempdir().unwrap();
        let id = age::x25519::Identity::generate();
        let to = crypto::Recipients::x25519(id.to_public());
        let at = timefmt::now();
        for i in 0..MAX_FOLD + 5 {
            let mut out = Vec::new();
            let mut w = crypto::encrypt_writer(&to, &mut out, false).unwrap();
            std::io::Write::write_all(&mut w, &encode(at, "passphrase")).unwrap();
            w.finish().unwrap();
            fs::write(dir.path().join(format!("{:04}-r.age", i)), out).unwrap();
        }
        fs::write(dir.path().join("0000-garbage.age"), b"junk").unwrap();
        fs::create_dir(dir.path().join("0000-dir.age")).unwrap();
        fs::write(dir.path().join("notes.txt"), b"x").unwrap();
        let s = scan(dir.path(), &id);
        assert_eq!(s.files.len(), MAX_FOLD + 6);
        assert_eq!(s.malformed, 1, "the garbage sorts first and is read");
        assert_eq!(s.records.len(), MAX_FOLD - 1);
        assert_eq!(s.unread, 6);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_accepts_only_clean_text(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            if let Ok(r) = parse_record(&bytes) {
                proptest::prop_assert!(text::first_unsafe(&r.method).is_none());
                proptest::prop_assert!(r.method.chars().count() <= MAX_SOURCE + 9);
            }
        }
    }
}
