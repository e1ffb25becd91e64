//! The files `carnet add` reads: a directory walked (following links is
//! an explicit choice), each input checked to be a non-empty regular file
//! before anything is encrypted, so one bad input stops the whole add with
//! nothing written.

use std::fs::File;
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Collects the files under `dir` (sorted, hidden files skipped). Links
/// are an explicit choice: without `follow`, a link is skipped with a
/// warning (a tree must not pull in `/etc/passwd` through a link); with
/// it, links to files are followed. Links to directories are never
/// followed (loops), and a dangling link is skipped with a warning rather
/// than failing the whole import. `skipped` gets one line per link left out.
pub fn walk(
    dir: &Path,
    follow: bool,
    out: &mut Vec<PathBuf>,
    skipped: &mut Vec<String>,
) -> Result<()> {
    let rd = std::fs::read_dir(dir).map_err(|e| {
        Error::usage(
            format!("cannot read directory {}: {e}", dir.display()),
            "check the path and its permissions",
        )
    })?;
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue; // hidden files (.DS_Store, editor swap files)
        }
        let ft = std::fs::symlink_metadata(&p).map(|m| m.file_type());
        match ft {
            Ok(ft) if ft.is_dir() => walk(&p, follow, out, skipped)?,
            Ok(ft) if ft.is_symlink() => match std::fs::metadata(&p) {
                Err(_) => skipped.push(format!("{}: a dangling link, skipped", p.display())),
                Ok(m) if m.is_dir() => skipped.push(format!(
                    "{}: a link to a directory, not followed",
                    p.display()
                )),
                Ok(_) if follow => out.push(p),
                Ok(_) => skipped.push(format!(
                    "{}: a link, skipped (pass --follow-symlinks to add what links point to)",
                    p.display()
                )),
            },
            _ => out.push(p),
        }
    }
    Ok(())
}

pub fn check_file(p: &Path) -> Result<()> {
    let meta = std::fs::metadata(p).map_err(|e| {
        Error::usage(
            format!("cannot add {}: {}", p.display(), io_reason(&e)),
            "check the path; nothing was added",
        )
    })?;
    let ft = meta.file_type();
    if !meta.is_file()
        || ft.is_fifo()
        || ft.is_char_device()
        || ft.is_block_device()
        || ft.is_socket()
    {
        return Err(Error::usage(
            format!("cannot add {}: not a regular file", p.display()),
            "give regular files (or - for stdin); nothing was added",
        ));
    }
    File::open(p).map_err(|e| {
        Error::usage(
            format!("cannot add {}: {}", p.display(), io_reason(&e)),
            "check its permissions; nothing was added",
        )
    })?;
    if meta.len() == 0 {
        return Err(empty_input(&p.display().to_string()));
    }
    Ok(())
}

/// An empty input holds no document: a failed scan or download, most
/// likely. Refused rather than stored as a 0-byte document.
pub fn empty_input(what: &str) -> Error {
    Error::usage(
        format!("cannot add {what}: it is empty (0 bytes)"),
        "an empty file is no document (a failed scan or download?); give the right file or leave it out; nothing was added",
    )
}

pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
