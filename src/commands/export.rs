//! `carnet export`: choose the documents with the policy, journal the export
//! (or the refusal), and stream the signed bundle into an age file.
//!
//! The story: check the flags and the output path; unlock; plan the export
//! read-only (a refusal is journaled without asking for a passphrase);
//! settle the encryption (recipient or passphrase prompt, before the vault
//! is locked for writing); then, inside one vault write, plan again on the
//! locked state, journal `export.create`, and write the bundle to a temp
//! file beside the target, whose manifest carries the journal head after
//! that entry. The entry is committed only if the bundle was written; the
//! file is moved into place only if the entry was committed.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use rusqlite::Connection;
use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::bundle::manifest::{Holder, JournalHead, Manifest, Purpose, PurposeKind, RecipientPro};
use crate::bundle::write::{self as bwrite, clean_text, doc_entry, Draft, Source};
use crate::cli::args::{EmergencyArg, ExportArgs};
use crate::commands::access::StateSnapshot;
use crate::commands::context::Ctx;
use crate::commands::docs::human_size;
use crate::crypto::{self, Recipients};
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::ids;
use crate::journal::{self, JournalActor, NewEntry};
use crate::model::{Actor, Document, EmergencyMode, Grant};
use crate::policy::{self, DocFacts, Rule};
use crate::timefmt;
use crate::vault::{self, blobs, hidden, store, Vault};

/// What is exported.
#[derive(Debug, Clone)]
enum What {
    For(String),
    Emergency(EmergencyMode),
    All,
}

enum Dest {
    Stdout,
    File(PathBuf),
}

/// An export the policy allows, with what the manifest and journal need.
struct Plan {
    purpose: Purpose,
    recipient: Option<RecipientPro>,
    expires: Option<OffsetDateTime>,
    docs: Vec<Document>,
    /// Documents left out, with the rule that decided.
    excluded: Vec<(String, Rule)>,
    actor: JournalActor,
    mode: &'static str,
    holder_fields: bool,
    /// The professional's recorded recipient (exports `--for`).
    pro_recipient: Option<String>,
    /// Chosen documents sealed for the minor, whose content the user's
    /// identity opens (read with `hidden::open_blob`).
    sealed: HashSet<String>,
    /// Documents the policy allows but that stay sealed for the minor
    /// (the user's key does not open them): left out.
    unreadable: Vec<String>,
}

/// A refusal: exit 5, journaled as `export.refused`.
struct Refusal {
    message: String,
    hint: String,
    actor: JournalActor,
    mode: &'static str,
    details: Value,
}

enum Planned {
    Export(Plan),
    Refused(Refusal),
}

fn emergency_actor(mode: EmergencyMode) -> JournalActor {
    JournalActor {
        kind: "emergency".into(),
        id: mode.as_str().into(),
        name: match mode {
            EmergencyMode::Samu => "SAMU regulation centre (Centre 15)".into(),
            EmergencyMode::BreakGlass => "emergency access (break-glass)".into(),
        },
    }
}

/// Counts excluded documents by rule: `masked ×2, out_of_grant_scope ×1`.
fn rule_summary(excluded: &[(String, Rule)]) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, r) in excluded {
        *counts.entry(r.as_str()).or_default() += 1;
    }
    counts
        .iter()
        .map(|(r, n)| format!("{r} ×{n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn refusal_hint(rule: Rule, rpps: &str) -> String {
    match rule {
        Rule::Blocked => format!(
            "unblock them first if you trust them again (carnet pro unblock {rpps}); blocking revoked their grants, so grant again"
        ),
        Rule::NoActiveGrant | Rule::GrantExpired | Rule::GrantRevoked => format!(
            "grant access first, e.g. carnet grant {rpps} --for 7d (or make them your primary doctor: carnet pro primary {rpps})"
        ),
        _ => format!("see carnet access {rpps} for the rule of each document"),
    }
}

/// Decides what an export may hold, through `policy` only. `identities`
/// are the user's own: they open documents sealed for the minor.
#[allow(clippy::too_many_arguments)]
fn plan(
    conn: &Connection,
    now: OffsetDateTime,
    what: &What,
    wanted: Option<&HashSet<String>>,
    holder_actor: &JournalActor,
    holder_policy_actor: &Actor,
    identities: &[&dyn age::Identity],
) -> Result<Planned> {
    let snap = StateSnapshot::load(conn)?;
    let state = snap.view();
    let mut docs = store::all_docs(conn)?;
    if let Some(w) = wanted {
        docs.retain(|d| w.contains(&d.id));
    }
    // Documents hidden from guardians are sealed for the minor: the index
    // holds placeholders. With the minor's key, their real metadata (type,
    // size, SHA-256…) replaces them; without it they cannot be exported.
    let mut sealed = HashSet::new();
    let mut locked = HashSet::new();
    for d in docs.iter_mut().filter(|d| d.hidden_from_guardians) {
        if let Some(bytes) = store::sealed_of(conn, &d.id)? {
            match hidden::open_meta(identities, &bytes)? {
                Some(m) => {
                    m.apply(d);
                    sealed.insert(d.id.clone());
                }
                None => {
                    locked.insert(d.id.clone());
                }
            }
        }
    }
    let requested: Vec<&str> = wanted
        .map(|w| {
            let mut v: Vec<&str> = w.iter().map(String::as_str).collect();
            v.sort();
            v
        })
        .unwrap_or_default();

    let (policy_actor, actor, mode, purpose, recipient, pro_recipient) = match what {
        What::For(rpps) => {
            let pro = store::require_pro(conn, rpps)?;
            let actor = JournalActor::professional(&pro.rpps, &pro.name);
            let standing = policy::standing(rpps, &state, now);
            let purpose = match standing {
                policy::Standing::Primary => Purpose {
                    kind: PurposeKind::Primary,
                    grant: None,
                },
                policy::Standing::Granted(g) => Purpose {
                    kind: PurposeKind::Grant,
                    grant: Some(g.to_string()),
                },
                refused => {
                    let rule = refused.rule();
                    return Ok(Planned::Refused(Refusal {
                        message: format!(
                            "cannot export for {} ({rpps}): {} [{}]",
                            pro.name,
                            rule.explain(),
                            rule.as_str()
                        ),
                        hint: refusal_hint(rule, rpps),
                        actor,
                        mode: "normal",
                        details: json!({
                            "purpose": "professional", "rpps": rpps, "idnat": pro.idnat(),
                            "name": pro.name, "rule": rule.as_str(), "documents_requested": requested,
                        }),
                    }));
                }
            };
            let mode = if purpose.kind == PurposeKind::Primary {
                "primary"
            } else {
                "grant"
            };
            let recipient = RecipientPro {
                rpps: pro.rpps.clone(),
                idnat: pro.idnat(),
                name: clean_text(&pro.name, 200),
            };
            (
                Actor::Professional { rpps: rpps.clone() },
                actor,
                mode,
                purpose,
                Some(recipient),
                pro.recipient.clone(),
            )
        }
        What::Emergency(m) => {
            let actor = emergency_actor(*m);
            if !policy::emergency_permits(*m, &state.emergency) {
                let rule = Rule::EmergencyDenied;
                return Ok(Planned::Refused(Refusal {
                    message: format!(
                        "cannot make a {} emergency bundle: {} [{}]",
                        m.as_str(),
                        rule.explain(),
                        rule.as_str()
                    ),
                    hint: format!(
                        "only the holder decides: carnet emergency set --{} allow",
                        if *m == EmergencyMode::Samu {
                            "samu"
                        } else {
                            "break-glass"
                        }
                    ),
                    actor,
                    mode: m.journal_mode(),
                    details: json!({
                        "purpose": m.journal_mode(), "rule": rule.as_str(), "documents_requested": requested,
                    }),
                }));
            }
            let kind = match m {
                EmergencyMode::Samu => PurposeKind::EmergencySamu,
                EmergencyMode::BreakGlass => PurposeKind::EmergencyBreakGlass,
            };
            (
                Actor::Emergency(*m),
                actor,
                m.journal_mode(),
                Purpose { kind, grant: None },
                None,
                None,
            )
        }
        What::All => (
            holder_policy_actor.clone(),
            holder_actor.clone(),
            "normal",
            Purpose {
                kind: PurposeKind::HolderExport,
                grant: None,
            },
            None,
            None,
        ),
    };

    let considered = docs.len();
    let mut chosen = Vec::new();
    let mut excluded = Vec::new();
    let mut unreadable = Vec::new();
    let mut grants_used: BTreeSet<String> = BTreeSet::new();
    for d in docs {
        let dec = policy::decide(&policy_actor, &DocFacts::of(&d), &state, now);
        if !dec.visible {
            excluded.push((d.id.clone(), dec.rule));
        } else if locked.contains(&d.id) {
            unreadable.push(d.id.clone());
        } else {
            if let Some(g) = dec.grant {
                grants_used.insert(g.to_string());
            }
            chosen.push(d);
        }
    }
    sealed.retain(|id| chosen.iter().any(|d| &d.id == id));
    if chosen.is_empty() && !matches!(what, What::All) {
        let who = match (&recipient, what) {
            (Some(r), _) => format!("{} ({})", r.name, r.rpps),
            (None, What::Emergency(m)) => format!("a {} emergency bundle", m.as_str()),
            _ => "this export".into(),
        };
        let why = if considered == 0 {
            "there are no documents to consider".to_string()
        } else if excluded.is_empty() {
            format!(
                "the {} document(s) it may see are hidden from guardians, and only the minor's key opens them",
                unreadable.len()
            )
        } else {
            format!(
                "none of the {considered} document(s) considered is visible ({}){}",
                rule_summary(&excluded),
                if unreadable.is_empty() {
                    String::new()
                } else {
                    format!(
                        ", and {} that are, only the minor's key opens",
                        unreadable.len()
                    )
                }
            )
        };
        let rpps = recipient.as_ref().map(|r| r.rpps.clone());
        return Ok(Planned::Refused(Refusal {
            message: format!("nothing to export for {who}: {why}"),
            hint: match &rpps {
                Some(r) => format!("see carnet access {r} for the rule of each document"),
                None => "see carnet emergency status and carnet list --masked".into(),
            },
            actor,
            mode: if matches!(what, What::For(_)) {
                "normal"
            } else {
                mode
            },
            details: json!({
                "purpose": purpose.kind.as_str(), "rpps": rpps, "rule": "empty_selection",
                "excluded": rule_summary(&excluded), "documents_requested": requested,
            }),
        }));
    }
    // The advisory expiry: the earliest end of the grants the selection used.
    let expires = snap
        .grants
        .iter()
        .filter(|g: &&Grant| grants_used.contains(&g.id))
        .map(|g| g.expires_at)
        .min();
    Ok(Planned::Export(Plan {
        purpose,
        recipient,
        expires,
        docs: chosen,
        excluded,
        actor,
        mode,
        holder_fields: matches!(what, What::All),
        pro_recipient,
        sealed,
        unreadable,
    }))
}

fn journal_refusal(vault: &Vault, r: &Refusal) -> Result<Error> {
    vault.write(|tx| {
        let mut details = r.details.clone();
        details["reason"] = json!(r.message);
        // A minor's exports, refused or made, are theirs (vault::private).
        tx.journal(
            NewEntry::new(&r.actor, "export.refused", None, details)
                .mode(r.mode)
                .private(true),
        )?;
        Ok(())
    })?;
    Ok(Error::policy(r.message.clone(), r.hint.clone()))
}

/// Asks for the bundle's passphrase twice (or reads it from a file).
fn bundle_passphrase(ctx: &Ctx, file: Option<&PathBuf>, why: &str) -> Result<SecretString> {
    if let Some(f) = file {
        return crypto::read_passphrase_file(f);
    }
    ctx.prompt_new_passphrase(
        "Passphrase for the bundle",
        format!("{why}, and no prompt is possible"),
        "pass --bundle-passphrase-file FILE (first line is the passphrase) or --recipient R, or run on a terminal without --no-input".into(),
        "choose a passphrase of several words, and give it to the recipient another way (phone, in person)",
    )
}

fn check_dest(dest: &Dest, force: bool, armor: bool) -> Result<()> {
    match dest {
        Dest::Stdout => {
            if std::io::stdout().is_terminal() && !armor {
                return Err(Error::usage(
                    "refusing to write a binary bundle to the terminal",
                    "pass -o FILE, or --armor for text output",
                ));
            }
        }
        Dest::File(p) => {
            if p.is_dir() {
                return Err(Error::usage(
                    format!("{} is a directory", p.display()),
                    "give the bundle's file name, e.g. -o dubois.age",
                ));
            }
            if std::fs::symlink_metadata(p).is_ok() && !force {
                return Err(Error::usage(
                    format!("{} already exists", p.display()),
                    "pass --force to replace it, or choose another -o",
                ));
            }
            let parent = p
                .parent()
                .filter(|x| !x.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            if !parent.is_dir() {
                return Err(Error::usage(
                    format!("cannot write {}: its directory does not exist", p.display()),
                    "create the directory first, or choose another -o",
                ));
            }
        }
    }
    Ok(())
}

/// Moves the finished temp file to the target: `rename` with --force,
/// else a hard link that fails if the target appeared meanwhile.
fn place(tmp: &Path, target: &Path, force: bool) -> Result<()> {
    if force {
        std::fs::rename(tmp, target).ctx(|| format!("writing {}", target.display()))?;
    } else {
        match std::fs::hard_link(tmp, target) {
            Ok(()) => {
                let _ = std::fs::remove_file(tmp);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::usage(
                    format!("{} already exists", target.display()),
                    "pass --force to replace it, or choose another -o",
                ))
            }
            // File systems without hard links: the existence check above stands.
            Err(_) => {
                std::fs::rename(tmp, target).ctx(|| format!("writing {}", target.display()))?
            }
        }
    }
    fsutil::sync_parent(target)
}

struct Done {
    manifest: Manifest,
    plan: Plan,
}

pub fn run(ctx: &Ctx, a: &ExportArgs) -> Result<()> {
    // 1. Flags and output, before anything is unlocked.
    let what = if let Some(r) = &a.for_rpps {
        What::For(ids::parse_rpps(r)?)
    } else if let Some(e) = a.emergency {
        What::Emergency(match e {
            EmergencyArg::Samu => EmergencyMode::Samu,
            EmergencyArg::BreakGlass => EmergencyMode::BreakGlass,
        })
    } else {
        What::All
    };
    let explicit = a
        .recipients
        .iter()
        .map(|r| crypto::parse_recipient(r))
        .collect::<Result<Vec<_>>>()?;
    let want_passphrase = a.passphrase || a.bundle_passphrase_file.is_some();
    if !matches!(what, What::For(_)) && explicit.is_empty() && !want_passphrase {
        return Err(Error::usage(
            "this export needs --recipient R or --passphrase",
            "e.g. --recipient age1… (the key of whoever will open it), or --passphrase to choose one",
        ));
    }
    let dest = match (&a.output, &what) {
        (Some(p), _) if p.as_os_str() == "-" => Dest::Stdout,
        (Some(p), _) => Dest::File(p.clone()),
        (None, What::For(rpps)) => Dest::File(PathBuf::from(format!(
            "carnet-{rpps}-{}.age",
            timefmt::ymd(timefmt::now().date())
        ))),
        (None, _) => {
            return Err(Error::usage(
                "this export needs -o FILE",
                "e.g. -o urgence.age (or -o - for stdout)",
            ))
        }
    };
    check_dest(&dest, a.force, a.armor)?;

    // 2. Unlock; resolve --doc; plan read-only.
    let vault = ctx.unlock()?;
    let holder_actor = ctx.actor(&vault)?;
    let holder_policy_actor = ctx.policy_actor(&vault)?;
    let conn = vault.load()?;
    let wanted: Option<HashSet<String>> = if a.docs.is_empty() {
        None
    } else {
        Some(
            a.docs
                .iter()
                .map(|d| store::resolve_doc(&conn, d).map(|d| d.id))
                .collect::<Result<_>>()?,
        )
    };
    let pre = plan(
        &conn,
        timefmt::now(),
        &what,
        wanted.as_ref(),
        &holder_actor,
        &holder_policy_actor,
        &vault.user_identities(),
    )?;
    let pre = match pre {
        Planned::Refused(r) => return Err(journal_refusal(&vault, &r)?),
        Planned::Export(p) => p,
    };

    // 3. Encryption, settled before the vault is locked for writing.
    let (to, encryption) = if !explicit.is_empty() {
        (Recipients::Keys(explicit), "recipient")
    } else if want_passphrase {
        (
            Recipients::passphrase(bundle_passphrase(
                ctx,
                a.bundle_passphrase_file.as_ref(),
                "the bundle is to be encrypted with a passphrase",
            )?),
            "passphrase",
        )
    } else if let Some(r) = pre.pro_recipient.as_deref() {
        (
            Recipients::one(crypto::parse_recipient(r)?),
            "professional's recipient",
        )
    } else {
        let name = pre
            .recipient
            .as_ref()
            .map(|r| r.name.clone())
            .unwrap_or_default();
        (
            Recipients::passphrase(bundle_passphrase(
                ctx,
                None,
                &format!("{name} has no recorded recipient, so the bundle needs a passphrase"),
            )?),
            "passphrase",
        )
    };

    // 4. Write the documents without holding the lock (other writers keep
    //    working); just before the manifest, plan again under the lock and
    //    commit `export.create`, so the manifest carries the journal head
    //    after that entry. If the selection changed meanwhile, nothing is
    //    committed and the export is dropped (exit 7, run it again).
    let tmp = match &dest {
        Dest::File(p) => Some(fsutil::temp_beside(p)),
        Dest::Stdout => None,
    };
    // Named in the vault before it exists, so that if this process is
    // killed, `check` and the next write find and remove it. Dropped at
    // the end of `run`, after the temp file was renamed or removed.
    let _marker = tmp
        .as_deref()
        .map(|t| vault.mark_outside_temp(t))
        .transpose()?;
    let output_name = match &dest {
        Dest::File(p) => p.display().to_string(),
        Dest::Stdout => "stdout".into(),
    };
    let p = pre;
    let created = timefmt::now();
    let bundle_id = vault::new_id(16);
    let holder = Holder {
        name: clean_text(
            &store::get_meta(&conn, "holder_name")?.unwrap_or_default(),
            200,
        ),
        birth_date: store::get_meta(&conn, "birth_date")?
            .filter(|b| timefmt::parse_ymd(b).is_some()),
        ins: store::get_meta(&conn, "ins")?.and_then(|i| ids::parse_nir(&i).ok()),
    };
    let mut names = BTreeMap::new();
    for author in p.docs.iter().filter_map(|d| d.author.as_deref()) {
        if !names.contains_key(author) {
            if let Some(pro) = store::get_pro(&conn, author)? {
                names.insert(author.to_string(), pro.name);
            }
        }
    }
    drop(conn);
    let sources: Vec<Source> = p
        .docs
        .iter()
        .map(|d| Source {
            entry: doc_entry(d, created, p.holder_fields),
            added_at: Some(timefmt::rfc3339(d.added_at)),
            // blobs::open fails at the end unless the keyed hash
            // matches, hidden::open_blob unless the SHA-256 does.
            self_verifying: true,
        })
        .collect();
    let draft = Draft {
        id: bundle_id.clone(),
        created,
        expires: p.expires,
        purpose: p.purpose.clone(),
        recipient: p.recipient.clone(),
        holder,
    };
    let planned_ids: Vec<String> = p.docs.iter().map(|d| d.id.clone()).collect();
    let commit = || -> Result<JournalHead> {
        let outcome = vault.write(|tx| -> Result<std::result::Result<JournalHead, Refusal>> {
            let q = match plan(
                tx.conn,
                tx.now,
                &what,
                wanted.as_ref(),
                &holder_actor,
                &holder_policy_actor,
                &vault.user_identities(),
            )? {
                Planned::Refused(r) => {
                    let mut details = r.details.clone();
                    details["reason"] = json!(r.message);
                    // A minor's exports, refused or made, are theirs (vault::private).
        tx.journal(NewEntry::new(&r.actor, "export.refused", None, details).mode(r.mode).private(true))?;
                    return Ok(Err(r));
                }
                Planned::Export(q) => q,
            };
            let now_ids: Vec<&str> = q.docs.iter().map(|d| d.id.as_str()).collect();
            if now_ids != planned_ids.iter().map(String::as_str).collect::<Vec<_>>() {
                return Err(Error::Changed {
                    message: "the vault changed while the bundle was being written (a document or an access rule); nothing was exported".into(),
                    hint: "run the export again".into(),
                });
            }
            let mut details = json!({
                "bundle": bundle_id,
                "purpose": q.purpose.kind.as_str(),
                "documents": now_ids,
                "count": now_ids.len(),
                "encryption": encryption,
                "armor": a.armor,
                "output": output_name,
            });
            if let Some(g) = &q.purpose.grant {
                details["grant"] = json!(g);
            }
            if let Some(r) = &q.recipient {
                details["rpps"] = json!(r.rpps);
                details["idnat"] = json!(r.idnat);
                details["name"] = json!(r.name);
            }
            if let Some(e) = q.expires {
                details["expires_at"] = json!(timefmt::rfc3339(e));
            }
            // An export holding documents hidden from guardians is the
            // minor's secret: its details are sealed for the minor, like the
            // views of those documents (domain.md §9.8).
            if q.docs.iter().any(|d| d.hidden_from_guardians) {
                details = crate::commands::docs::hidden_details(tx.conn, &details)?;
            }
            tx.journal(NewEntry::new(&q.actor, "export.create", Some(&bundle_id), details).mode(q.mode).private(true))?;
            let (seq, hash) = journal::head(tx.conn)?;
            Ok(Ok(JournalHead { seq, hash }))
        })?;
        outcome.map_err(|r| Error::policy(r.message, r.hint))
    };
    let outcome = (|| -> Result<Manifest> {
        let total: u64 = p.docs.iter().map(|d| d.size).sum();
        let pb = ctx.out.progress_bytes(total, "exporting");
        let signing_key = vault.key().signing_key();
        let docs = &p.docs;
        let (layout, key, sealed) = (&vault.layout, vault.key(), &p.sealed);
        let minor_keys = vault.user_identities_sync();
        // Runs on the reading thread: only `Sync` parts of the vault go there.
        let open = move |i: usize| -> Result<Box<dyn Read + Send>> {
            let d = &docs[i];
            if !sealed.contains(&d.id) {
                return Ok(Box::new(blobs::open(layout, key, &d.blob)?));
            }
            let ids: Vec<&dyn age::Identity> = minor_keys
                .iter()
                .map(|k| *k as &dyn age::Identity)
                .collect();
            match hidden::open_blob(layout, &ids, &d.blob, &d.sha256)? {
                Some(r) => Ok(Box::new(r)),
                None => Err(Error::unlock(
                    format!(
                        "document {} is sealed for the minor and this key does not open it",
                        d.id
                    ),
                    "export it with the minor's own identity (--identity)",
                )),
            }
        };
        // age writes whole 64 KiB chunks, which pass the buffer without a
        // copy; the buffer only gathers the header's small writes.
        let sink: Box<dyn Write> = match &tmp {
            None => Box::new(std::io::stdout().lock()),
            Some(tmp) => Box::new(fsutil::WritebackFile::new(fsutil::create_new_private(tmp)?)),
        };
        let mut enc =
            crypto::encrypt_writer(&to, BufWriter::with_capacity(1 << 16, sink), a.armor)?;
        let manifest = bwrite::write(
            &mut enc,
            &draft,
            &sources,
            open,
            &signing_key,
            &names,
            |n| pb.inc(n),
            commit,
        )?;
        let mut sink = enc.finish()?.into_inner().map_err(|e| {
            Error::io(
                format!("writing the bundle to {output_name}"),
                e.into_error(),
            )
        })?;
        sink.flush()
            .ctx(|| format!("writing the bundle to {output_name}"))?;
        drop(sink);
        if let Some(tmp) = &tmp {
            // Durable before it is renamed into place.
            std::fs::File::open(tmp)
                .and_then(|f| f.sync_all())
                .ctx(|| format!("syncing {}", tmp.display()))?;
        }
        pb.finish_and_clear();
        Ok(manifest)
    })();
    let cleanup = || {
        if let Some(t) = &tmp {
            let _ = std::fs::remove_file(t);
        }
    };
    let done = match outcome {
        Err(e) => {
            cleanup();
            return Err(e);
        }
        Ok(manifest) => Done { manifest, plan: p },
    };
    let mut size = None;
    if let (Some(tmp), Dest::File(target)) = (&tmp, &dest) {
        if let Err(e) = place(tmp, target, a.force) {
            cleanup();
            return Err(e);
        }
        size = std::fs::metadata(target).ok().map(|m| m.len());
    }
    report(ctx, &done, &dest, size, encryption, a.armor);
    Ok(())
}

fn report(ctx: &Ctx, d: &Done, dest: &Dest, size: Option<u64>, encryption: &str, armor: bool) {
    let m = &d.manifest;
    let path = match dest {
        Dest::File(p) => Some(p.display().to_string()),
        Dest::Stdout => None,
    };
    if ctx.out.json {
        let v = json!({
            "bundle": m.id,
            "path": path,
            "purpose": m.purpose.kind.as_str(),
            "grant": m.purpose.grant,
            "rpps": m.recipient.as_ref().map(|r| r.rpps.clone()),
            "documents": m.documents.iter().map(|x| x.id.clone()).collect::<Vec<_>>(),
            "count": m.documents.len(),
            "size": size,
            "signer": m.signer.fingerprint,
            "encryption": encryption,
            "armor": armor,
            "created_at": m.created,
            "expires_at": m.expires,
            "journal": { "seq": m.journal.seq, "hash": m.journal.hash },
            // Held for an announcement consultation: not exported until released.
            "held": d.plan.excluded.iter().filter(|(_, r)| *r == Rule::InvisiblePatient).count(),
        });
        // Under `-o -` stdout carries the bundle: the summary goes to stderr.
        if matches!(dest, Dest::Stdout) {
            eprintln!("{v}");
        } else {
            ctx.out.json_value(&v);
        }
        return;
    }
    let who = match (&m.recipient, m.purpose.kind) {
        (Some(r), _) => format!(" for {} ({})", r.name, r.rpps),
        (None, PurposeKind::EmergencySamu) => " (emergency, SAMU)".into(),
        (None, PurposeKind::EmergencyBreakGlass) => " (emergency, break-glass)".into(),
        _ => String::new(),
    };
    ctx.out.info(format!(
        "{}: exported {} document(s){who} to {}{}, encrypted to a {encryption}",
        ctx.label(),
        m.documents.len(),
        path.as_deref().unwrap_or("stdout"),
        size.map(|s| format!(" ({})", human_size(s)))
            .unwrap_or_default(),
    ));
    ctx.out.info(format!(
        "bundle {}; signed by {}{}",
        m.id,
        m.signer.fingerprint,
        m.expires
            .as_ref()
            .map(|e| format!("; use until {e} (advisory: nothing enforces it once opened)"))
            .unwrap_or_default()
    ));
    let (held, others): (Vec<_>, Vec<_>) = d
        .plan
        .excluded
        .iter()
        .cloned()
        .partition(|(_, r)| *r == Rule::InvisiblePatient);
    if !others.is_empty() {
        let msg = format!(
            "{} document(s) left out by the policy: {}",
            others.len(),
            rule_summary(&others)
        );
        if m.purpose.kind == PurposeKind::HolderExport {
            ctx.out.warn(msg);
        } else {
            ctx.out.info(msg);
        }
    }
    if !held.is_empty() {
        // Every export applies the holder's rules: held documents stay in.
        ctx.out.warn(format!(
            "{} held document(s) not exported until released (INVISIBLE_PATIENT: carnet release ID once the announcement consultation took place, or automatically one month after import)",
            held.len()
        ));
    }
    if !d.plan.unreadable.is_empty() {
        ctx.out.warn(format!(
            "{} document(s) hidden from guardians left out: only the minor's own key opens them",
            d.plan.unreadable.len()
        ));
    }
    if matches!(
        m.purpose.kind,
        PurposeKind::EmergencySamu | PurposeKind::EmergencyBreakGlass
    ) {
        ctx.out.info(
            "this emergency export is recorded in your journal (carnet journal --action export)",
        );
    }
}
