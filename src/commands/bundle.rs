//! `carnet bundle inspect|verify|open|import`: decrypt a bundle (an
//! identity, or its passphrase), verify it completely, then show it, unpack
//! it, or add its documents to the vault. `inspect`, `verify` and `open`
//! need no vault.
//!
//! Import also judges the bundle against this vault (`bundle::trust`): it
//! refuses (exit 5, nothing written, nothing journaled: the vault did not
//! change, and a refused bundle's text stays out of the journal) a bundle
//! naming as author a professional whose pinned key did not sign it, and a
//! bundle about another patient unless `--other-patient` (journaled).

use std::collections::{BTreeSet, HashMap};
use std::fs::{self, File};
use std::io::{BufWriter, Read, Write};
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use serde_json::json;

use crate::bundle::manifest::{self, DocEntry, Manifest};
use crate::bundle::read::{self, BundleKey, Discard, SharedTar, Sink, Verified};
use crate::bundle::tarball;
use crate::bundle::trust::{self, Mismatch, Patient, PatientCheck, SignerStatus};
use crate::cli::args::{BundleCommand, BundleImportArgs, BundleKeyArgs, BundleOpenArgs};
use crate::commands::context::Ctx;
use crate::commands::docs::human_size;
use crate::crypto::{self, KnownFileKey};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::journal::NewEntry;
use crate::model::{
    Professional, FLAG_INVISIBLE_PATIENT, FLAG_INVISIBLE_REPRESENTANTS_LEGAUX, FLAG_MASQUE_PS,
};
use crate::timefmt;
use crate::vault::add::{add_all, NewDoc};
use crate::vault::blobs::Inputs;
use crate::vault::{store, Vault};

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
        let p = dialoguer::Password::new()
            .with_prompt(format!("Passphrase of {}", a.file.display()))
            .interact()
            .map_err(|e| Error::unlock(format!("cannot read the passphrase: {e}"), "try again"))?;
        return Ok(BundleKey::Passphrase(SecretString::from(p)));
    }
    let Some(path) = a.bundle_identity.as_ref().or(ctx.g.identity.as_ref()) else {
        return Err(Error::unlock(
            "the bundle is encrypted to a key, and no identity was given",
            "pass --identity FILE (or --bundle-identity FILE) with the private key the bundle was made for",
        ));
    };
    let identities = crypto::load_identity_file(path, &ctx.prompter())?;
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

/// What this vault knows that judges a bundle: its own signing key, the
/// professionals (with their pinned keys) and the holder's identity.
struct VaultView {
    own: String,
    pros: Vec<Professional>,
    holder: Patient,
}

impl VaultView {
    fn of(vault: &Vault) -> Result<VaultView> {
        let conn = vault.load()?;
        let meta = |k: &str| store::get_meta(&conn, k);
        Ok(VaultView {
            own: crypto::fingerprint(&vault.key().signing_key().verifying_key()),
            pros: store::list_pros(&conn)?,
            holder: Patient::new(
                meta("holder_name")?.as_deref(),
                meta("birth_date")?.as_deref(),
                meta("ins")?.as_deref(),
            ),
        })
    }
}

/// For `inspect` and `verify`, which need no vault: the signer's status
/// against the vault the global options select, when there is one and the
/// given `--identity` or `--passphrase-file` opens it. Never prompts, and a
/// method that does not open it is not recorded as a failed unlock
/// (checking a bundle is not an attempt on the vault). `Err` says why there
/// is no status.
fn peek_signer(ctx: &Ctx, v: &Verified) -> std::result::Result<SignerStatus, String> {
    let why_not = "no vault opened to compare with its pinned keys (pass the vault's --identity or --passphrase-file)";
    // A passphrase read from stdin cannot be read twice (the peek, then
    // the unlock): no status then.
    let stdin_passphrase = ctx
        .g
        .passphrase_file
        .as_ref()
        .is_some_and(|p| p.as_os_str() == "-");
    if !crate::commands::context::vault_exists(ctx)
        || (ctx.g.identity.is_none() && ctx.g.passphrase_file.is_none())
        || stdin_passphrase
    {
        return Err(why_not.into());
    }
    let quiet = Ctx {
        g: crate::cli::args::GlobalOpts {
            no_input: true,
            ..ctx.g.clone()
        },
        out: ctx.out.clone(),
    };
    let opens = quiet
        .sealed()
        .and_then(|s| Ok(s.try_unwrap(&quiet.unlock_method()?)?.is_some()))
        .unwrap_or(false);
    if !opens {
        return Err(why_not.into());
    }
    let view = quiet
        .unlock()
        .and_then(|vault| VaultView::of(&vault))
        .map_err(|e| {
            format!("the vault could not be read to compare with its pinned keys ({e})")
        })?;
    Ok(trust::signer_status(&v.fingerprint, &view.own, &view.pros))
}

fn signer_line(v: &Verified, checked: bool, status: Option<&SignerStatus>) -> String {
    if checked {
        format!("signed by {} (checked)", v.fingerprint)
    } else if matches!(
        status,
        Some(SignerStatus::OwnVault | SignerStatus::Pinned(_))
    ) {
        format!("signed by {} (unchecked by --signer)", v.fingerprint)
    } else {
        format!(
            "signed by {} (unchecked: pass --signer FINGERPRINT, from the holder's `carnet status`, to prove who made it)",
            v.fingerprint
        )
    }
}

/// The signer lines for people: the fingerprint, then what this vault
/// says about it.
fn signer_lines(
    v: &Verified,
    checked: bool,
    status: &std::result::Result<SignerStatus, String>,
) -> [String; 2] {
    [
        signer_line(v, checked, status.as_ref().ok()),
        match status {
            Ok(s) => s.describe(),
            Err(why) => format!("signer status unknown: {why}"),
        },
    ]
}

/// `signer_status` and `signer_pinned_for` for JSON (`unknown` without a vault).
fn signer_json(j: &mut serde_json::Value, status: &std::result::Result<SignerStatus, String>) {
    j["signer_status"] = json!(status.as_ref().map(|s| s.as_str()).unwrap_or("unknown"));
    j["signer_pinned_for"] = json!(status.as_ref().map(|s| s.pinned_for()).unwrap_or_default());
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
    let status = peek_signer(ctx, &v);
    let m = &v.manifest;
    if ctx.out.json {
        let mut j = json!({
            "bundle": m.id,
            "valid": true,
            "signer": v.fingerprint,
            "signer_checked": a.signer.is_some(),
            "documents": m.documents.len(),
            "members": v.order.len(),
            "purpose": m.purpose.kind.as_str(),
            "created_at": m.created,
            "expires_at": m.expires,
        });
        signer_json(&mut j, &status);
        ctx.out.json_value(&j);
        return Ok(());
    }
    ctx.out.line(format!(
        "bundle {} is intact: signature valid; {} document(s) and {} member(s) match the sizes and SHA-256 of the manifest",
        m.id,
        m.documents.len(),
        v.order.len()
    ));
    for l in signer_lines(&v, a.signer.is_some(), &status) {
        ctx.out.line(l);
    }
    Ok(())
}

pub fn inspect(ctx: &Ctx, a: &BundleKeyArgs) -> Result<()> {
    let (v, _, _) = verify_with(ctx, a, &mut Discard)?;
    let status = peek_signer(ctx, &v);
    let m = &v.manifest;
    if ctx.out.json {
        let mut j = serde_json::to_value(m).unwrap_or_default();
        j["verified"] = json!(true);
        j["signer_checked"] = json!(a.signer.is_some());
        signer_json(&mut j, &status);
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
    let [signed, judged] = signer_lines(&v, a.signer.is_some(), &status);
    rows.push(("Signer", signed));
    rows.push(("", judged));
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
    ctx.out.info(signer_line(&v, a.key.signer.is_some(), None));
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

/// `name "Jean Dupont" (this vault: "Camille Martin"), birth date …`.
fn mismatch_text(ms: &[Mismatch]) -> String {
    ms.iter()
        .map(|x| {
            let what = match x.field {
                "ins" => "INS",
                "name" => "name",
                _ => "birth date",
            };
            format!(
                "{what} {:?} (this vault: {:?})",
                trust::shown(&x.bundle),
                trust::shown(&x.vault)
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Refuses a bundle naming as author a professional whose pinned key did
/// not sign it (exit 5).
fn refuse_unsigned_authors(m: &Manifest, fingerprint: &str, view: &VaultView) -> Result<()> {
    let authors: BTreeSet<&str> = m
        .documents
        .iter()
        .filter_map(|d| d.author.as_deref())
        .collect();
    let bad = trust::unsigned_authors(&authors, fingerprint, &view.own, &view.pros);
    let Some(first) = bad.first() else {
        return Ok(());
    };
    let names = bad
        .iter()
        .map(|p| {
            format!(
                "{} (RPPS {}, pinned key {})",
                p.name,
                p.rpps,
                p.signer.as_deref().unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    Err(Error::policy(
        format!(
            "bundle {} names {names} as author, but it is signed by {fingerprint} ({}); nothing was imported",
            m.id,
            trust::signer_status(fingerprint, &view.own, &view.pros).describe()
        ),
        format!(
            "do not trust who it says wrote it: ask {} for a bundle signed with their key; if their key really changed, check the new fingerprint with them (phone, in person) and pin it: carnet pro edit {} --signer FINGERPRINT",
            first.name, first.rpps
        ),
    ))
}

pub fn import(ctx: &Ctx, a: &BundleImportArgs) -> Result<()> {
    let other_patient = a.other_patient;
    let a = &a.key;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    // Pass 1: verify everything; nothing is written.
    let (v, key, again) = verify_with(ctx, a, &mut Discard)?;
    let m = &v.manifest;
    // Then judge it against this vault: who signed, whom it is about.
    let view = VaultView::of(&vault)?;
    let status = trust::signer_status(&v.fingerprint, &view.own, &view.pros);
    refuse_unsigned_authors(m, &v.fingerprint, &view)?;
    let patient = trust::check_patient(
        &view.holder,
        &Patient::new(
            Some(&m.holder.name),
            m.holder.birth_date.as_deref(),
            m.holder.ins.as_deref(),
        ),
    );
    let overridden: Vec<Mismatch> = match &patient {
        PatientCheck::Mismatch(ms) if !other_patient => {
            return Err(Error::policy(
                format!(
                    "bundle {} is about another patient than this vault's holder: {}; nothing was imported",
                    m.id,
                    mismatch_text(ms)
                ),
                "check that you opened the right vault or profile (--profile NAME); to import it here anyway, pass --other-patient (journaled)",
            ));
        }
        PatientCheck::Mismatch(ms) => ms.clone(),
        _ => Vec::new(),
    };
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
    let mut details = json!({
        "bundle": m.id,
        "purpose": m.purpose.kind.as_str(),
        "signer": v.fingerprint,
        "signer_checked": a.signer.is_some(),
        "signer_status": status.as_str(),
        "signer_pinned_for": status.pinned_for(),
        "patient_check": patient.as_str(),
        "other_patient": !overridden.is_empty(),
        "recipient": m.recipient.as_ref().map(|r| json!({"rpps": r.rpps, "idnat": r.idnat, "name": r.name})),
        "authors": authors,
        "documents": new_ids,
        "duplicates": duplicates,
        "source_documents": entries.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        "count": new_ids.len(),
    });
    if !overridden.is_empty() {
        // What the holder accepted with --other-patient.
        details["patient_mismatch"] = json!(overridden
            .iter()
            .map(|x| json!({"field": x.field, "bundle": x.bundle, "vault": x.vault}))
            .collect::<Vec<_>>());
    }
    // In a minor's session, an import that brings documents hidden from
    // guardians, or names a professional the minor keeps private, is
    // theirs (vault::private).
    let hidden_import = added.iter().any(|x| x.doc.hidden_from_guardians);
    vault.write(|tx| {
        let mine = crate::vault::private::private_pros(tx.conn)?;
        let names_private = authors.iter().any(|a| mine.contains(*a))
            || m.recipient.as_ref().is_some_and(|r| mine.contains(&r.rpps));
        tx.journal(
            NewEntry::new(&actor, "bundle.import", Some(&m.id), details)
                .private(hidden_import || names_private),
        )?;
        Ok(())
    })?;

    let held: Vec<&str> = added
        .iter()
        .filter(|x| !x.duplicate && x.doc.invisible_patient_until.is_some_and(|t| t > now))
        .map(|x| x.doc.id.as_str())
        .collect();
    // A held document's title is not the patient's to read yet.
    if ctx.out.json {
        patient_notes(ctx, &patient, &overridden, &view.holder);
    }
    let hide = ctx.hidden_filter(&vault)?;
    let title_of = |d: &crate::model::Document| crate::commands::context::shown_title(&hide, d);
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "bundle": m.id,
            "signer": v.fingerprint,
            "signer_checked": a.signer.is_some(),
            "signer_status": status.as_str(),
            "signer_pinned_for": status.pinned_for(),
            "patient_check": patient.as_str(),
            "other_patient": !overridden.is_empty(),
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
    for l in signer_lines(&v, a.signer.is_some(), &Ok(status)) {
        ctx.out.info(l);
    }
    patient_notes(ctx, &patient, &overridden, &view.holder);
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

/// Warnings about whom an imported bundle is about: an accepted other
/// patient, or a patient that could not be compared.
fn patient_notes(ctx: &Ctx, check: &PatientCheck, overridden: &[Mismatch], holder: &Patient) {
    if !overridden.is_empty() {
        ctx.out.warn(format!(
            "imported a bundle about another patient (--other-patient, journaled): {}",
            mismatch_text(overridden)
        ));
        return;
    }
    if let PatientCheck::Unknown {
        bundle_empty,
        vault_empty,
    } = check
    {
        let why = if *vault_empty {
            "this vault records no holder name, birth date or INS".to_string()
        } else if *bundle_empty {
            "the bundle names no patient".to_string()
        } else {
            "the bundle and this vault record different parts of the patient's identity".to_string()
        };
        ctx.out.warn(format!(
            "{why}: carnet could not check that this bundle is about {}; import only bundles you expected",
            holder
                .name
                .as_deref()
                .map(|n| format!("{n:?}"))
                .unwrap_or_else(|| "this vault's holder".into())
        ));
    }
}
