//! What is in the blob store, and the temp files interrupted writes left
//! behind (in `tmp/` and beside the vault's atomically replaced files).

use crate::error::doing;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext, Result};
use crate::vault::layout::Layout;

/// Names of every blob file present.
pub fn list(layout: &Layout) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let dir = layout.blobs();
    let rd = match fs::read_dir(&dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(Error::io(doing::listing(&dir), e)),
    };
    for ent in rd {
        let ent = ent.ctx(|| doing::listing(&dir))?;
        let n = ent.file_name().to_string_lossy().into_owned();
        if let Some(stem) = n.strip_suffix(".age") {
            out.push(stem.to_string());
        }
    }
    Ok(out)
}

/// Temp files left by interrupted writes, with their age: blob temps in
/// `tmp/`, and the temp files of atomic replacements beside the index, the
/// vault's files, key wrappers and failed-unlock records.
pub fn leftovers(layout: &Layout) -> Result<Vec<(PathBuf, std::time::Duration)>> {
    let mut out = Vec::new();
    let mut dirs = vec![layout.tmp(), layout.data.clone(), layout.keys()];
    // Before any rekey the data directory is the root: list it once.
    if layout.root != layout.data {
        dirs.push(layout.root.clone());
    }
    dirs.push(layout.failed_unlocks());
    for dir in dirs {
        let rd = match fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(_) => continue,
        };
        for ent in rd.flatten() {
            let n = ent.file_name().to_string_lossy().into_owned();
            // Only regular files: carnet's temp files are nothing else.
            if n.ends_with(".tmp") && ent.file_type().is_ok_and(|t| t.is_file()) {
                let age = ent
                    .metadata()
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.elapsed().ok())
                    .unwrap_or_default();
                out.push((ent.path(), age));
            }
        }
    }
    Ok(out)
}

/// The pid in a temp file's name: `PID-<hex>.age.tmp` (a blob,
/// [`super::temp::start_temp`]) or `.NAME.PID.<hex>.tmp` (an atomic
/// replacement, `fsutil::temp_beside`), where NAME may itself hold digits
/// (a failed-unlock record's unix time).
fn temp_pid(name: &str) -> Option<u32> {
    let rest = name.strip_suffix(".tmp")?;
    match rest.strip_prefix('.') {
        Some(r) => r.rsplit('.').nth(1)?.parse().ok(),
        None => rest.split('-').next()?.parse().ok(),
    }
}

/// Whether a temp file from [`leftovers`] is one: its writer is gone, or
/// it is over an hour old (a pid reused since).
pub fn is_leftover(path: &Path, age: std::time::Duration) -> bool {
    writer_gone(path) || age.as_secs() > 3600
}

/// Whether a temp file's writer process is gone (its pid is in the name).
pub fn writer_gone(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    match temp_pid(&name) {
        Some(pid) if pid == std::process::id() => false,
        Some(pid) => !Path::new(&format!("/proc/{pid}")).exists(),
        None => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_give_their_writer() {
        assert_eq!(temp_pid("26451-56cbf9b3a34cbfa6.age.tmp"), Some(26451));
        assert_eq!(temp_pid(".index.age.812.0123456789abcdef.tmp"), Some(812));
        // A record named by its unix time: the pid is not the first number.
        assert_eq!(
            temp_pid(".1765000000-abcdefgh.age.77.0123456789abcdef.tmp"),
            Some(77)
        );
        assert_eq!(temp_pid("notes.tmp"), None);
        assert_eq!(temp_pid("1-2.age"), None);
    }
}
