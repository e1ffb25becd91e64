//! `carnet bundle inspect|verify|open|import`: decrypt a bundle (an
//! identity, or its passphrase), verify it completely, then show it, unpack
//! it, or add its documents to the vault. `inspect`, `verify` and `open`
//! need no vault.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use serde_json::json;

use crate::bundle::manifest::{self, DocEntry, Manifest};
use crate::bundle::read::{self, BundleKey, Discard, SharedTar, Sink, Verified};
use crate::bundle::tarball;
use crate::cli::args::{BundleCommand, BundleKeyArgs, BundleOpenArgs};
use crate::commands::context::Ctx;
use crate::commands::docs::human_size;
use crate::crypto::{self, KnownFileKey};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::journal::NewEntry;
use crate::model::{FLAG_INVISIBLE_PATIENT, FLAG_INVISIBLE_REPRESENTANTS_LEGAUX, FLAG_MASQUE_PS};
use crate::timefmt;
use crate::vault::add::{add_all, NewDoc};
use crate::vault::blobs::Inputs;

pub fn run(ctx: &Ctx, c: &BundleCommand) -> Result<()> {
    match c {
        BundleCommand::Inspect(a) => inspect(ctx, a),
        BundleCommand::Verify(a) => verify(ctx, a),
        BundleCommand::Open(a) => open(ctx, a),
        BundleCommand::Import(a) => import(ctx, a),
    }
}

/// How to decrypt this bundle: its passphrase if it has one (file, else a
/// prompt, else exit 3), else the identity (`--bundle-identity`, else
/// `--identity`; exit 3 without one).
fn bundle_key(ctx: &Ctx, a: &BundleKeyArgs, file: &mut File) -> Result<BundleKey> {
    if read::needs_passphrase(file)? {
        if let Some(f) = &a.bundle_passphrase_file {
            return Ok(BundleKey::Passphrase(crypto::read_passphrase_file(f)?));
        }
        if !ctx.can_prompt() {
            return Err(Error::unlock(
                "the bundle is encrypted with a passphrase and no prompt is possible",
                "pass --bundle-passphrase-file FILE (first line is the passphrase), or run on a terminal without --no-input",
            ));
        }
        let p = ctx
            .prompter()
            .passphrase(&format!("Passphrase of {}", a.file.display()))
            .map_err(|e| Error::unlock(format!("cannot read the passphrase: {e}"), "try again"))?;
        return Ok(BundleKey::Passphrase(p));
    }
    let Some(path) = a.bundle_identity.as_ref().or(ctx.g.identity.as_ref()) else {
        return Err(Error::unlock(
            "the bundle is encrypted to a key, and no identity was given",
            "pass --identity FILE (or --bundle-identity FILE) with the private key the bundle was made for",
        ));
    };
    let identities = crypto::load_identity_file(path, ctx.prompter())?;
    Ok(BundleKey::Identities {
        identities,
        source: path.display().to_string(),
    })
}

/// Counts plaintext bytes for the progress bar.
struct Counting<R> {
    inner: R,
    pb: indicatif::ProgressBar,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.pb.inc(n as u64);
        Ok(n)
    }
}

/// Opens, decrypts and verifies a bundle through `sink`; checks `--signer`.
/// Returns the verification, the key, and a second handle on the file.
/// Decrypts and verifies a bundle into `sink`; returns what was verified,
/// the bundle's file key (to read it again without the passphrase's
/// scrypt) and a second handle on the file.
fn verify_with(
    ctx: &Ctx,
    a: &BundleKeyArgs,
    sink: &mut dyn Sink,
) -> Result<(Verified, KnownFileKey, File)> {
    let signer = a
        .signer
        .as_deref()
        .map(manifest::parse_fingerprint)
        .transpose()?;
    let mut file = read::open_file(&a.file)?;
    let again = file
        .try_clone()
        .ctx(|| format!("opening {}", a.file.display()))?;
    let key = bundle_key(ctx, a, &mut file)?;
    let len = file.metadata().map(|m| m.len()).unwrap_or(0);
    let (plain, known) = read::decrypt(file, &key)?;
    let pb = ctx.out.progress_bytes(len, "verifying");
    let v = read::read_verified(
        Counting {
            inner: plain,
            pb: pb.clone(),
        },
        sink,
    );
    pb.finish_and_clear();
    let v = v?;
    if let Some(s) = &signer {
        read::check_signer(&v, s)?;
    }
    Ok((v, known, again))
}

fn signer_line(v: &Verified, checked: bool) -> String {
    if checked {
        format!("signed by {} (checked)", v.fingerprint)
    } else {
        format!(
            "signed by {} (unchecked: pass --signer FINGERPRINT, from the holder's `carnet status`, to prove who made it)",
            v.fingerprint
        )
    }
}

fn purpose_line(m: &Manifest) -> String {
    let mut s = m.purpose.kind.as_str().to_string();
    if let Some(g) = &m.purpose.grant {
        s.push_str(&format!(" (grant {g})"));
    }
    s
}

pub fn verify(ctx: &Ctx, a: &BundleKeyArgs) -> Result<()> {
    let (v, _, _) = verify_with(ctx, a, &mut Discard)?;
    let m = &v.manifest;
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "bundle": m.id,
            "valid": true,
            "signer": v.fingerprint,
            "signer_checked": a.signer.is_some(),
            "documents": m.documents.len(),
            "members": v.order.len(),
            "purpose": m.purpose.kind.as_str(),
            "created_at": m.created,
            "expires_at": m.expires,
        }));
        return Ok(());
    }
    ctx.out.line(format!(
        "bundle {} is intact: signature valid; {} document(s) and {} member(s) match the sizes and SHA-256 of the manifest",
        m.id,
        m.documents.len(),
        v.order.len()
    ));
    ctx.out.line(signer_line(&v, a.signer.is_some()));
    Ok(())
}

pub fn inspect(ctx: &Ctx, a: &BundleKeyArgs) -> Result<()> {
    let (v, _, _) = verify_with(ctx, a, &mut Discard)?;
    let m = &v.manifest;
    if ctx.out.json {
        let mut j = serde_json::to_value(m).unwrap_or_default();
        j["verified"] = json!(true);
        j["signer_checked"] = json!(a.signer.is_some());
        ctx.out.json_value(&j);
        return Ok(());
    }
    let mut rows = vec![
        ("Bundle", format!("{} ({} v{})", m.id, m.format, m.version)),
        ("Created", m.created.clone()),
        (
            "Expires",
            m.expires
                .as_ref()
                .map(|e| format!("{e} (advisory)"))
                .unwrap_or_else(|| "-".into()),
        ),
        ("Purpose", purpose_line(m)),
    ];
    if let Some(r) = &m.recipient {
        rows.push((
            "For",
            format!("{} (RPPS {}, IdNat {})", r.name, r.rpps, r.idnat),
        ));
    }
    let mut holder = if m.holder.name.is_empty() {
        "(unnamed)".to_string()
    } else {
        m.holder.name.clone()
    };
    if let Some(b) = &m.holder.birth_date {
        holder.push_str(&format!(", born {b}"));
    }
    if let Some(i) = &m.holder.ins {
        holder.push_str(&format!(", INS {i}"));
    }
    rows.push(("Holder", holder));
    rows.push((
        "Journal",
        format!("entry {} ({})", m.journal.seq, &m.journal.hash[..16]),
    ));
    rows.push(("Signer", signer_line(&v, a.signer.is_some())));
    for (k, val) in rows {
        ctx.out.line(format!("{k:<10}{val}"));
    }
    if m.documents.is_empty() {
        ctx.out.line("Documents none");
        return Ok(());
    }
    ctx.out.table(
        &[
            "ID",
            "DATE",
            "TYPE",
            "TITLE",
            "AUTHOR",
            "CONFIDENTIALITY",
            "SIZE",
            "PATH",
        ],
        m.documents
            .iter()
            .map(|d| {
                vec![
                    d.id.clone(),
                    d.date.clone(),
                    d.doc_type.name.clone(),
                    d.title.clone(),
                    d.author.clone().unwrap_or_default(),
                    d.codes().join(", "),
                    human_size(d.size),
                    d.path.clone(),
                ]
            })
            .collect(),
    );
    Ok(())
}

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
            w.write_all(chunk)
                .ctx(|| format!("writing {}", p.display()))?;
        }
        Ok(())
    }
    fn end(&mut self) -> Result<()> {
        if let Some((mut w, p)) = self.current.take() {
            w.flush().ctx(|| format!("writing {}", p.display()))?;
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
                format!("{} already exists", dest.display()),
                "pass --force to replace files, or open into an empty directory",
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
                    format!("{} exists and is not a directory (a link?)", d.display()),
                    "carnet never writes through links; open into an empty directory",
                ))
            }
            Err(_) => fsutil::create_private_dir(&d)?,
        }
    }
    for p in order {
        let dest = dir.join(p);
        fs::rename(staging.join(p), &dest).ctx(|| format!("writing {}", dest.display()))?;
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
                format!("{} is not a directory", dir.display()),
                "give a directory to unpack into (it is created if missing)",
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
        .ctx(|| format!("creating {}", staging.display()))?;
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
    ctx.out.info(format!(
        "opened bundle {} into {}: {} document(s), fhir/bundle.json, manifest.yaml, manifest.sig",
        m.id,
        dir.display(),
        m.documents.len()
    ));
    ctx.out.info(signer_line(&v, a.key.signer.is_some()));
    Ok(())
}

/// The new vault document for a verified manifest entry.
fn new_doc(d: &DocEntry, now: time::OffsetDateTime) -> NewDoc {
    let filename = d.filename.clone().unwrap_or_else(|| {
        d.path
            .strip_prefix(tarball::DOCUMENTS_DIR)
            .unwrap_or(&d.path)
            .to_string()
    });
    NewDoc {
        title: d.title.clone(),
        doc_type: d.doc_type(),
        date: d.date.clone(),
        author: d.author.clone(),
        tags: d.tags.clone(),
        masked: d.has_flag(FLAG_MASQUE_PS),
        masked_from: d.masked_from.clone(),
        hidden_from_guardians: d.has_flag(FLAG_INVISIBLE_REPRESENTANTS_LEGAUX),
        invisible_patient_until: d
            .has_flag(FLAG_INVISIBLE_PATIENT)
            .then(|| timefmt::add_one_month(now)),
        media_type: d.media_type.clone(),
        filename,
    }
}

pub fn import(ctx: &Ctx, a: &BundleKeyArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    // Pass 1: verify everything; nothing is written.
    let (v, key, again) = verify_with(ctx, a, &mut Discard)?;
    let m = &v.manifest;
    let pos: HashMap<&str, usize> = v
        .order
        .iter()
        .enumerate()
        .map(|(i, p)| (p.as_str(), i))
        .collect();
    let mut entries: Vec<&DocEntry> = m.documents.iter().collect();
    entries.sort_by_key(|d| pos.get(d.path.as_str()).copied().unwrap_or(usize::MAX));
    let now = timefmt::now();
    let items: Vec<NewDoc> = entries.iter().map(|d| new_doc(d, now)).collect();

    // Pass 2: stream each document into the vault, checked again against
    // the verified manifest.
    let shared = SharedTar::new(read::decrypt_again(again, &key)?);
    let pb = ctx.out.progress(items.len() as u64, "importing");
    let added = add_all(
        &vault,
        &actor,
        items,
        Inputs::OneStream,
        |i| shared.member(&entries[i].path, entries[i].size, &entries[i].sha256),
        |_| pb.inc(1),
    );
    pb.finish_and_clear();
    let added = match added {
        Ok(x) => x,
        Err(e) => return Err(shared.take_failure().unwrap_or(e)),
    };

    let new_ids: Vec<&str> = added
        .iter()
        .filter(|x| !x.duplicate)
        .map(|x| x.doc.id.as_str())
        .collect();
    let duplicates: Vec<&str> = added
        .iter()
        .filter(|x| x.duplicate)
        .map(|x| x.doc.id.as_str())
        .collect();
    let mut authors: Vec<&str> = entries.iter().filter_map(|d| d.author.as_deref()).collect();
    authors.sort();
    authors.dedup();
    let details = json!({
        "bundle": m.id,
        "purpose": m.purpose.kind.as_str(),
        "signer": v.fingerprint,
        "signer_checked": a.signer.is_some(),
        "recipient": m.recipient.as_ref().map(|r| json!({"rpps": r.rpps, "idnat": r.idnat, "name": r.name})),
        "authors": authors,
        "documents": new_ids,
        "duplicates": duplicates,
        "source_documents": entries.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        "count": new_ids.len(),
    });
    vault.write(|tx| {
        tx.journal(NewEntry::new(&actor, "bundle.import", Some(&m.id), details))?;
        Ok(())
    })?;

    let held: Vec<&str> = added
        .iter()
        .filter(|x| !x.duplicate && x.doc.invisible_patient_until.is_some_and(|t| t > now))
        .map(|x| x.doc.id.as_str())
        .collect();
    // A held document's title is not the patient's to read yet.
    let hide = ctx.hidden_filter(&vault)?;
    let title_of = |d: &crate::model::Document| crate::commands::context::shown_title(&hide, d);
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "bundle": m.id,
            "signer": v.fingerprint,
            "signer_checked": a.signer.is_some(),
            "documents": added.iter().zip(&entries).map(|(x, e)| json!({
                "id": x.doc.id,
                "source_id": e.id,
                "title": title_of(&x.doc),
                "type": x.doc.doc_type.name,
                "date": x.doc.date,
                "author": x.doc.author,
                "confidentiality": e.codes(),
                "duplicate": x.duplicate,
            })).collect::<Vec<_>>(),
        }));
        return Ok(());
    }
    // One line per document on stdout: data, so printed under -q too
    // (-q quiets stderr only).
    for x in &added {
        ctx.out.line(format!(
            "{} {}  {}  ({}, {}{})",
            if x.duplicate {
                "duplicate"
            } else {
                "added    "
            },
            x.doc.id,
            title_of(&x.doc),
            x.doc.doc_type.name,
            x.doc.date,
            x.doc
                .author
                .as_ref()
                .map(|a| format!(", by {a}"))
                .unwrap_or_default()
        ));
    }
    ctx.out.info(format!(
        "{}: imported bundle {}: {} added, {} duplicate(s)",
        ctx.label(),
        m.id,
        new_ids.len(),
        duplicates.len()
    ));
    ctx.out.info(signer_line(&v, a.signer.is_some()));
    if !held.is_empty() {
        ctx.out.info(format!(
            "{} document(s) are held for an announcement consultation (INVISIBLE_PATIENT) until {}: {} (carnet release ID once it took place)",
            held.len(),
            timefmt::rfc3339(timefmt::add_one_month(now)),
            held.join(", ")
        ));
    }
    Ok(())
}
