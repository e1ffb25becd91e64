//! Reading a backup's tar into a staging directory, verifying while it
//! streams: `BACKUP.json` first (bounded, validated), then each member
//! must be the next one it lists, of the listed type and size, and hash
//! to the listed SHA-256 as it ends. Nothing is ever extracted outside
//! the staging directory: paths are compared with the manifest's, which
//! were checked to be plain relative names, and files are created new
//! (0600, never through a link), directories 0700.

use crate::error::doing;
use std::fs;
use std::io::{self, Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::manifest::{damaged, Kind, Manifest, Member, MANIFEST, MAX_MANIFEST, PREFIX};
use crate::error::{IoContext, Result};

/// Extracts the backup read from `input` into `staging` (an empty
/// directory standing for `vault/`). `before` sees the validated manifest
/// before anything is written and may refuse it.
pub(super) fn extract<R: Read>(
    input: R,
    staging: &Path,
    before: impl FnOnce(&Manifest) -> Result<()>,
) -> Result<Manifest> {
    let mut ar = tar::Archive::new(input);
    let manifest = {
        let mut entries = ar.entries().map_err(damaged)?;
        let manifest = {
            let mut first = entries
                .next()
                .ok_or_else(|| damaged("it is empty"))?
                .map_err(damaged)?;
            let path = first.path_bytes().into_owned();
            if path != MANIFEST.as_bytes() || first.header().entry_type() != tar::EntryType::Regular
            {
                return Err(damaged(format!("its first member is not {MANIFEST}")));
            }
            let size = first.header().entry_size().map_err(damaged)?;
            if size > MAX_MANIFEST {
                return Err(damaged(format!("{MANIFEST} is too large")));
            }
            // The header's size is a claim: memory follows what actually arrives.
            let mut buf = Vec::with_capacity(size.min(1 << 20) as usize);
            (&mut first)
                .take(MAX_MANIFEST)
                .read_to_end(&mut buf)
                .map_err(damaged)?;
            let m: Manifest = serde_json::from_slice(&buf)
                .map_err(|e| damaged(format!("{MANIFEST} is not valid: {e}")))?;
            m.validate()?;
            m
        };
        before(&manifest)?;
        for member in &manifest.members {
            let mut e = entries
                .next()
                .ok_or_else(|| damaged(format!("{} is missing (truncated?)", member.path)))?
                .map_err(damaged)?;
            let raw = e.path_bytes().into_owned();
            let path = String::from_utf8_lossy(&raw);
            let path = path.trim_end_matches('/');
            if path != member.path {
                return Err(damaged(format!(
                    "expected {} next, found {}",
                    member.path,
                    crate::text::escape(path)
                )));
            }
            let size = e.header().entry_size().map_err(damaged)?;
            match (member.kind, e.header().entry_type()) {
                (Kind::Dir, tar::EntryType::Directory) if size == 0 => make_dir(staging, member)?,
                (Kind::File, tar::EntryType::Regular) if Some(size) == member.size => {
                    copy_file(&mut e, staging, member)?
                }
                _ => {
                    return Err(damaged(format!(
                        "{} is not the {} of the size {MANIFEST} lists",
                        member.path,
                        match member.kind {
                            Kind::Dir => "directory",
                            Kind::File => "file",
                        }
                    )))
                }
            }
        }
        match entries.next() {
            None => {}
            Some(Ok(e)) => {
                return Err(damaged(format!(
                    "it holds {} that {MANIFEST} does not list",
                    crate::text::escape(&String::from_utf8_lossy(&e.path_bytes()))
                )))
            }
            Some(Err(e)) => return Err(damaged(e)),
        }
        manifest
    };
    // Read the age file to its end: its last chunk is authenticated as
    // the last, so a truncated file fails here even if the tar ended.
    io::copy(&mut ar.into_inner(), &mut io::sink()).map_err(damaged)?;
    Ok(manifest)
}

/// Where a member goes in the staging directory.
fn dest(staging: &Path, m: &Member) -> std::path::PathBuf {
    match m
        .path
        .strip_prefix(PREFIX)
        .and_then(|r| r.strip_prefix('/'))
    {
        Some(rel) => staging.join(rel),
        None => staging.to_path_buf(),
    }
}

fn make_dir(staging: &Path, m: &Member) -> Result<()> {
    if m.path == PREFIX {
        return Ok(());
    }
    let d = dest(staging, m);
    fs::DirBuilder::new()
        .mode(0o700)
        .create(&d)
        .ctx(|| doing::creating(&d))
}

fn copy_file(r: &mut impl Read, staging: &Path, m: &Member) -> Result<()> {
    let d = dest(staging, m);
    let mut f = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(&d)
        .ctx(|| doing::creating(&d))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    let mut n = 0u64;
    loop {
        // A read error is the backup's (a damaged chunk); a write error
        // is this disk's.
        let k = r.read(&mut buf).map_err(damaged)?;
        if k == 0 {
            break;
        }
        h.update(&buf[..k]);
        f.write_all(&buf[..k]).ctx(|| doing::writing(&d))?;
        n += k as u64;
    }
    if Some(n) != m.size || Some(hex::encode(h.finalize())) != m.sha256 {
        return Err(damaged(format!(
            "{} does not match the size and SHA-256 {MANIFEST} lists",
            m.path
        )));
    }
    Ok(())
}
