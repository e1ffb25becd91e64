//! `carnet bundle open`: decrypt and verify a bundle into a staging
//! directory, then move its files into place only once all of it checked
//! out (no vault needed).

use crate::error::doing;
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use serde_json::json;

use super::shared::verify_with;
use crate::bundle::read::Sink;
use crate::bundle::tarball;
use crate::cli::args::BundleOpenArgs;
use crate::cli::bundle::signer_line;
use crate::commands::context::Ctx;
use crate::error::{Error, IoContext, Result};
use crate::fsutil;

/// Writes each member to a file under a staging directory.
struct Staging {
    root: PathBuf,
    current: Option<(BufWriter<File>, PathBuf)>,
}

impl Sink for Staging {
    fn begin(&mut self, path: &str, _size: u64) -> Result<()> {
        // The tar reader only lets through paths of the fixed layout.
        debug_assert!(tarball::valid_member_path(path));
        let target = self.root.join(path);
        if let Some(parent) = target.parent() {
            fsutil::create_private_dir(parent)?;
        }
        let f = fsutil::create_new_private(&target)?;
        self.current = Some((BufWriter::with_capacity(1 << 20, f), target));
        Ok(())
    }
    fn data(&mut self, chunk: &[u8]) -> Result<()> {
        if let Some((w, p)) = self.current.as_mut() {
            w.write_all(chunk).ctx(|| doing::writing(&p))?;
        }
        Ok(())
    }
    fn end(&mut self) -> Result<()> {
        if let Some((mut w, p)) = self.current.take() {
            w.flush().ctx(|| doing::writing(&p))?;
        }
        Ok(())
    }
}

/// Moves verified members from the staging directory into `dir`.
fn place_members(staging: &Path, dir: &Path, order: &[String], force: bool) -> Result<()> {
    for p in order {
        let dest = dir.join(p);
        if fs::symlink_metadata(&dest).is_ok() && !force {
            return Err(Error::usage(
                crate::i18n::tr!("c-open-exists", path = dest.display().to_string()),
                crate::i18n::tr!("c-open-exists-hint"),
            ));
        }
    }
    for sub in ["documents", "fhir"] {
        if !order.iter().any(|p| p.starts_with(&format!("{sub}/"))) {
            continue;
        }
        let d = dir.join(sub);
        match fs::symlink_metadata(&d) {
            Ok(m) if m.file_type().is_dir() => {}
            Ok(_) => {
                return Err(Error::usage(
                    crate::i18n::tr!("c-open-not-dir-link", path = d.display().to_string()),
                    crate::i18n::tr!("c-open-not-dir-link-hint"),
                ))
            }
            Err(_) => fsutil::create_private_dir(&d)?,
        }
    }
    for p in order {
        let dest = dir.join(p);
        fs::rename(staging.join(p), &dest).ctx(|| doing::writing(&dest))?;
    }
    for sub in ["documents", "fhir"] {
        if dir.join(sub).is_dir() {
            let _ = fsutil::sync_dir(&dir.join(sub));
        }
    }
    fsutil::sync_dir(dir)
}

pub fn open(ctx: &Ctx, a: &BundleOpenArgs) -> Result<()> {
    let dir = &a.output;
    let created = match fs::symlink_metadata(dir) {
        Ok(_) if dir.is_dir() => false,
        Ok(_) => {
            return Err(Error::usage(
                crate::i18n::tr!("c-open-not-dir", path = dir.display().to_string()),
                crate::i18n::tr!("c-open-not-dir-hint"),
            ))
        }
        Err(_) => {
            fsutil::create_private_dir(dir)?;
            true
        }
    };
    let staging = dir.join(format!(
        ".carnet-open-{}-{:016x}.tmp",
        std::process::id(),
        rand::random::<u64>()
    ));
    fs::DirBuilder::new()
        .mode(0o700)
        .create(&staging)
        .ctx(|| doing::creating(&staging))?;
    let mut sink = Staging {
        root: staging.clone(),
        current: None,
    };
    let res = verify_with(ctx, &a.key, &mut sink).and_then(|(v, _, _)| {
        place_members(&staging, dir, &v.order, a.force)?;
        Ok(v)
    });
    drop(sink);
    let _ = fs::remove_dir_all(&staging);
    let v = match res {
        Ok(v) => v,
        Err(e) => {
            if created {
                let _ = fs::remove_dir(dir);
            }
            return Err(e);
        }
    };
    let m = &v.manifest;
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "bundle": m.id,
            "dir": dir.display().to_string(),
            "files": v.order,
            "documents": m.documents.iter().map(|d| json!({"id": d.id, "title": d.title, "path": d.path})).collect::<Vec<_>>(),
            "signer": v.fingerprint,
            "signer_checked": a.key.signer.is_some(),
        }));
        return Ok(());
    }
    for d in &m.documents {
        ctx.out
            .line(format!("{}  {}", dir.join(&d.path).display(), d.title));
    }
    // The other members, as the archive holds them (older bundles have no
    // LISEZMOI.txt nor index.html).
    let others: Vec<&str> = v
        .order
        .iter()
        .map(String::as_str)
        .filter(|p| !p.starts_with(crate::bundle::tarball::DOCUMENTS_DIR))
        .collect();
    ctx.out.info(crate::i18n::tr!(
        "c-open-done",
        id = m.id.to_string(),
        path = dir.display().to_string(),
        n = m.documents.len(),
        others = others.join(", ")
    ));
    ctx.out.info(signer_line(&v, a.key.signer.is_some(), None));
    Ok(())
}
