//! Temp files that carnet writes outside the vault: `export -o F` and
//! `get -o F` write `.F.<pid>.<random>.tmp` beside F and rename it into
//! place (`emergency kit -o DIR` builds a directory so named). A writer killed on the way leaves that file, and the vault cannot
//! know every directory the user exported to. So before creating such a
//! temp file, the command leaves a marker in the vault's `tmp/`, naming it;
//! the marker goes when the temp file is gone. `carnet check` reports the
//! temp files of markers whose writer is gone, and `check --repair` and the
//! next write remove them.
//!
//! A marker is encrypted to the vault's recipient (an output path can say
//! who a document was for) and carries a MAC under a key derived from the
//! vault secret, checked before anything is removed: someone who can only
//! write the folder cannot make carnet delete a file of their choosing.
//! Even a valid marker only ever removes a file named as carnet names its
//! temp files, for the marker's own process id.

use crate::error::doing;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::crypto::{self, Recipients, VaultKey};
use crate::error::{Error, Result};
use crate::fsutil;
use crate::vault::Layout;

/// Largest marker read (one is a few hundred bytes).
const MAX_MARKER: u64 = 16 * 1024;
const SUFFIX: &str = ".outside";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Body {
    /// Absolute path of the temp file.
    temp: PathBuf,
    pid: u32,
    /// The writer's start time (clock ticks since boot, `/proc/PID/stat`),
    /// so a reused pid is not taken for the writer.
    start: Option<u64>,
    mac: String,
}

fn mac(key: &VaultKey, temp: &Path, pid: u32, start: Option<u64>) -> blake3::Hash {
    let k = key.derive("outside temp marker");
    let mut h = blake3::Hasher::new_keyed(&k);
    h.update(temp.as_os_str().as_encoded_bytes());
    h.update(&[0]);
    h.update(&pid.to_le_bytes());
    h.update(&start.unwrap_or(u64::MAX).to_le_bytes());
    h.finalize()
}

/// While alive, a marker in the vault's `tmp/` names a temp file outside
/// the vault. Dropped (after the temp file was renamed into place or
/// removed), it removes the marker.
pub struct Marker {
    path: PathBuf,
    layout: Layout,
}

impl Drop for Marker {
    fn drop(&mut self) {
        let _ = self.layout.remove_file(&self.path);
    }
}

/// Leaves a marker for `temp` (beside an output outside the vault) before
/// it is created.
pub fn mark(layout: &Layout, key: &VaultKey, temp: &Path) -> Result<Marker> {
    let temp = std::path::absolute(temp).map_err(|e| Error::io(doing::resolving(temp), e))?;
    let pid = std::process::id();
    let start = process_start(pid);
    let body = Body {
        mac: mac(key, &temp, pid, start).to_hex().to_string(),
        temp,
        pid,
        start,
    };
    let json = zeroize::Zeroizing::new(serde_json::to_vec(&body).expect("a marker serializes"));
    let mut out = Vec::new();
    let mut w = crypto::encrypt_writer(&Recipients::x25519(key.recipient()), &mut out, false)?;
    std::io::Write::write_all(&mut w, &json)
        .map_err(|e| Error::io(crate::i18n::tr!("io-encrypting-marker"), e))?;
    w.finish()?;
    layout.create_dir(&layout.tmp())?;
    let path = layout
        .tmp()
        .join(format!("{pid}-{:016x}{SUFFIX}", rand::random::<u64>()));
    fsutil::write_atomic(&path, &out)?;
    Ok(Marker {
        path,
        layout: layout.clone(),
    })
}

/// A marker found in `tmp/`.
#[derive(Debug)]
pub enum Found {
    /// Its writer is gone: `temp` (if it still exists) is a leftover.
    Left {
        marker: PathBuf,
        temp: Option<PathBuf>,
    },
    /// Its writer is still at work.
    Live,
    /// Not a marker this vault wrote (unreadable, or the MAC fails):
    /// only the marker itself is ever removed.
    Invalid { marker: PathBuf },
}

/// Every marker in `tmp/`, judged.
pub fn scan(layout: &Layout, key: &VaultKey) -> Vec<Found> {
    let Ok(rd) = fs::read_dir(layout.tmp()) else {
        return Vec::new();
    };
    rd.flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(SUFFIX))
        .map(|e| judge(key, e.path()))
        .collect()
}

fn judge(key: &VaultKey, marker: PathBuf) -> Found {
    let Some(body) = read(key, &marker) else {
        return Found::Invalid { marker };
    };
    if alive(body.pid, body.start) {
        return Found::Live;
    }
    // A file, or the directory an emergency kit is built in; never a link.
    let temp = fs::symlink_metadata(&body.temp)
        .is_ok_and(|m| m.is_file() || m.is_dir())
        .then_some(body.temp);
    Found::Left { marker, temp }
}

fn read(key: &VaultKey, marker: &Path) -> Option<Body> {
    let bytes = fsutil::read_bounded(marker, MAX_MARKER).ok()?;
    let r = crypto::decrypt_reader(&bytes[..], &[key.identity() as &dyn age::Identity]).ok()?;
    let mut plain = zeroize::Zeroizing::new(Vec::new());
    r.take(MAX_MARKER).read_to_end(&mut plain).ok()?;
    let body: Body = serde_json::from_slice(&plain).ok()?;
    // `blake3::Hash` compares in constant time.
    let mac_ok = blake3::Hash::from_hex(&body.mac)
        .is_ok_and(|m| m == mac(key, &body.temp, body.pid, body.start));
    (mac_ok && body.temp.is_absolute() && is_temp_name_of(&body.temp, body.pid)).then_some(body)
}

/// Whether `p` is named as [`fsutil::temp_beside`] names a temp file of
/// process `pid`: `.NAME.PID.<16 hex>.tmp`.
fn is_temp_name_of(p: &Path, pid: u32) -> bool {
    let Some(name) = p.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let Some(rest) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let mut parts = rest.rsplitn(3, '.');
    let (Some(rnd), Some(p), Some(base)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    rnd.len() == 16
        && rnd.bytes().all(|b| b.is_ascii_hexdigit())
        && p == pid.to_string()
        && !base.is_empty()
}

/// Removes what a [`Found::Left`] or [`Found::Invalid`] names; returns how
/// many files went. The marker goes from the vault's own `tmp/`, never
/// through a link ([`Layout::remove_file`]).
pub fn remove(layout: &Layout, f: &Found) -> usize {
    match f {
        Found::Live => 0,
        Found::Invalid { marker } => usize::from(layout.remove_file(marker).is_ok()),
        Found::Left { marker, temp } => {
            let mut n = 0;
            if let Some(t) = temp {
                // `remove_dir_all` does not follow links inside the directory.
                let gone = match fs::symlink_metadata(t) {
                    Ok(m) if m.is_dir() => fs::remove_dir_all(t),
                    _ => fs::remove_file(t),
                };
                n += usize::from(gone.is_ok());
            }
            // The marker last: were the removal cut short, it is found again.
            let _ = layout.remove_file(marker);
            n
        }
    }
}

/// The start time of process `pid` (field 22 of `/proc/PID/stat`), where
/// procfs exists.
fn process_start(pid: u32) -> Option<u64> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces and parentheses: count
    // fields after its closing parenthesis.
    let after = &stat[stat.rfind(')')? + 1..];
    after.split_whitespace().nth(19)?.parse().ok()
}

/// Whether the writer is still running: the same pid started at the same
/// time (with procfs), else a process with that pid exists.
fn alive(pid: u32, start: Option<u64>) -> bool {
    if pid == std::process::id() {
        return true;
    }
    match (start, Path::new("/proc/self/stat").exists()) {
        (Some(s), true) => process_start(pid) == Some(s),
        _ => {
            let Ok(pid) = i32::try_from(pid) else {
                return false;
            };
            // SAFETY: signal 0 only checks that the process exists.
            let rc = unsafe { libc::kill(pid, 0) };
            rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names() {
        let pid = 4242;
        assert!(is_temp_name_of(
            Path::new("/x/.dubois.age.4242.0123456789abcdef.tmp"),
            pid
        ));
        assert!(!is_temp_name_of(
            Path::new("/x/.dubois.age.4243.0123456789abcdef.tmp"),
            pid
        ));
        assert!(!is_temp_name_of(Path::new("/home/c/.bashrc"), pid));
        assert!(!is_temp_name_of(
            Path::new("/x/..4242.0123456789abcdef.tmp"),
            pid
        ));
        assert!(!is_temp_name_of(Path::new("/x/.a.4242.xyz.tmp"), pid));
    }

    #[test]
    fn own_process_has_a_start_time_and_is_alive() {
        let me = std::process::id();
        if Path::new("/proc/self/stat").exists() {
            assert!(process_start(me).is_some());
        }
        assert!(alive(me, process_start(me)));
        // A child that has exited and been reaped is gone.
        let mut c = std::process::Command::new("true").spawn().unwrap();
        let pid = c.id();
        let start = process_start(pid);
        c.wait().unwrap();
        assert!(!alive(pid, start.or(Some(1))));
    }

    #[test]
    fn markers_round_trip_and_forgeries_are_invalid() {
        let dir = tempfile::tempdir().unwrap();
        let layout = Layout::resolve(dir.path());
        let key = VaultKey::generate();
        let temp = fsutil::temp_beside(&dir.path().join("out.age"));
        let m = mark(&layout, &key, &temp).unwrap();
        let found = scan(&layout, &key);
        assert!(matches!(found[..], [Found::Live]), "{found:?}");
        drop(m);
        assert!(scan(&layout, &key).is_empty());

        // Planted by someone who has the public recipient but not the
        // vault secret: it decrypts, its MAC fails, the target stays.
        let victim = dir.path().join(".notes.txt.1.0123456789abcdef.tmp");
        fs::write(&victim, b"keep me").unwrap();
        let body = Body {
            temp: victim.clone(),
            pid: 1,
            start: None,
            mac: blake3::hash(b"guess").to_hex().to_string(),
        };
        let mut out = Vec::new();
        let mut w =
            crypto::encrypt_writer(&Recipients::x25519(key.recipient()), &mut out, false).unwrap();
        std::io::Write::write_all(&mut w, &serde_json::to_vec(&body).unwrap()).unwrap();
        w.finish().unwrap();
        fs::write(layout.tmp().join(format!("1-0{SUFFIX}")), out).unwrap();
        // And one sealed to another vault.
        let other = VaultKey::generate();
        std::mem::forget(mark(&layout, &other, &temp).unwrap());
        let found = scan(&layout, &key);
        assert_eq!(found.len(), 2);
        for f in &found {
            assert!(matches!(f, Found::Invalid { .. }), "{f:?}");
            assert_eq!(remove(&layout, f), 1);
        }
        assert!(scan(&layout, &key).is_empty());
        assert_eq!(fs::read(&victim).unwrap(), b"keep me");
    }
}
