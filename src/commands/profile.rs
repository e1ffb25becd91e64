//! `carnet profile …`: children's vaults managed by their guardians.
//!
//! A child's vault is an ordinary vault under the data dir whose key is
//! wrapped, in its own `keys/`, to the **guardian's own vault recipient**:
//! whatever unlocks the guardian's vault (passphrase, key, plugin) yields
//! the guardian's vault key, which is an age identity that opens the
//! child's wrapper. The public `profile.json` beside the child's
//! `vault.json` names the guardian's vault (id, and profile name or path),
//! so the child's vault can be opened without saying where the guardian's
//! is. Other guardians get a wrapper to their own recipient, the minor a
//! wrapper to theirs (`profile key`); each wrapper's row in the index says
//! whose it is, which decides who the journal and the policy see acting.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{json, Value};

use crate::cli::args::{GuardianCommand, HandoverArgs, ProfileCommand, ProfileCreateArgs};
use crate::commands::context::{check_profile_name, majority_warning, profiles_dir, Ctx};
use crate::commands::rekeycmd;
use crate::crypto::{self, ParsedRecipient};
use crate::error::{Error, Result};
use crate::fsutil;
use crate::journal::{anchor, JournalActor, NewEntry};
use crate::timefmt;
use crate::vault::keys::{self, Owner, Role};
use crate::vault::profile::{self as pfile, ParentRef, ProfileFile};
use crate::vault::rekey::{WrapTo, Wrapper};
use crate::vault::{
    self, store, ChildOf, InitOptions, Sealed, UnlockMethod, UnlockReport, Vault, Via,
};
use crate::vault::{guardian, pins};

pub fn run(ctx: &Ctx, c: &ProfileCommand) -> Result<()> {
    match c {
        ProfileCommand::List => list(ctx),
        ProfileCommand::Create(a) => create(ctx, a),
        ProfileCommand::Guardian(GuardianCommand::Add {
            child,
            recipient,
            display_name,
        }) => guardian_add(ctx, child, recipient, display_name.as_deref()),
        ProfileCommand::Guardian(GuardianCommand::Rm { child, recipient }) => {
            guardian_rm(ctx, child, recipient)
        }
        ProfileCommand::Key(a) => minor_key(ctx, &a.child, &a.recipient),
        ProfileCommand::Handover(a) => handover(ctx, a),
    }
}

// ---------- unlocking a child's vault ----------

/// Unlocks a vault with the user's method: directly (any of its
/// wrappers), else, for a child's vault, through a guardian's own vault
/// named in its `profile.json`. A failure is recorded in the vault asked
/// for; after a handover, a guardian is told the profile was handed over.
/// The vault must be the one pinned at its location, and a child opened
/// through a guardian must carry that guardian's MAC (exit 6 otherwise).
pub fn unlock_sealed(sealed: Sealed, method: &Arc<UnlockMethod>) -> Result<(Vault, UnlockReport)> {
    unlock_trusting(sealed, method, None)
}

/// As [`unlock_sealed`]; `accept` is the id of a vault the user accepts
/// (`carnet trust accept`): it may differ from the pinned one, and its
/// guardian's MAC, missing or not matching, is written anew. The caller
/// journals the acceptance and pins the location.
pub fn unlock_trusting(
    sealed: Sealed,
    method: &Arc<UnlockMethod>,
    accept: Option<&str>,
) -> Result<(Vault, UnlockReport)> {
    let accepting = accept == Some(sealed.config.id.as_str());
    let pin = pins::check(&sealed.layout.root, &sealed.config.id);
    if let pins::Check::Changed(p) = &pin {
        if !accepting {
            return Err(pin_changed(&sealed.layout.root, p, &sealed.config.id));
        }
    }
    if let Some((key, file)) = sealed.try_unwrap(method)? {
        let (mut v, report) = sealed.open_with(key, file, None)?;
        v.keep_method(method.clone());
        pin_first_use(&v, &pin)?;
        return Ok((v, report));
    }
    let pf = pfile::read(&sealed.layout.root)?;
    let Some(pf) = pf else {
        if matches!(method.as_ref(), UnlockMethod::Passphrase(_))
            && !sealed.layout.passphrase_key().exists()
        {
            // The usual "this vault has no passphrase" (exit 3).
            return sealed.unlock(method);
        }
        return Err(sealed.failed(method));
    };
    let name = profile_label(&sealed.layout.root);
    if let Some(at) = &pf.handed_over_at {
        sealed.record_failed_unlock(method);
        return Err(handed_over(&name, at));
    }
    for parent in &pf.parents {
        let Some(dir) = locate_parent(parent) else {
            continue;
        };
        let Ok(mut psealed) = Sealed::open(&dir) else {
            continue;
        };
        if psealed.config.id != parent.vault_id {
            continue;
        }
        // The guardian's vault must be the one pinned where it is, too.
        let ppin = pins::check(&dir, &psealed.config.id);
        if let pins::Check::Changed(p) = &ppin {
            return Err(pin_changed(&dir, p, &psealed.config.id));
        }
        psealed.prefer_recipients(sealed.preferred());
        let Some((pkey, pfile_name)) = psealed.try_unwrap(method)? else {
            continue;
        };
        let label = parent_label(parent);
        let (pvault, preport) = psealed.open_with(pkey, pfile_name, None)?;
        pin_first_use(&pvault, &ppin)?;
        let via = Via {
            vault_id: parent.vault_id.clone(),
            label: label.clone(),
        };
        if let Some((v, mut report)) = open_via(&sealed, &pvault, via, &pin, accepting)? {
            report.extend_from(preport, &label);
            return Ok((v, report));
        }
    }
    if !sealed.rejected_keys().is_empty() {
        return Err(sealed.planted_error(method));
    }
    sealed.record_failed_unlock(method);
    Err(Error::unlock(
        format!(
            "cannot unlock {name}: neither its own unlock methods nor its guardians' vaults accept {}",
            match method.as_ref() {
                UnlockMethod::Passphrase(_) => "this passphrase".to_string(),
                UnlockMethod::Identities { source, .. } => source.clone(),
            }
        ),
        "unlock as you unlock your own vault (a guardian's vault opens the child's), with a guardian's identity, or with the minor's own key",
    ))
}

/// Pins a vault at its location the first time this machine opens it
/// (trust on first use), and any new spelling of a pinned location.
fn pin_first_use(v: &Vault, pin: &pins::Check) -> Result<()> {
    match pin {
        // A changed pin is replaced only by `trust accept`, once journaled.
        pins::Check::Changed(_) => Ok(()),
        pins::Check::Unpinned | pins::Check::Same => pins::pin_missing(v.root(), &v.config.id),
    }
}

/// How the user selects the vault in `root` on the command line.
pub fn selector(root: &Path) -> String {
    match (profiles_dir(), root.parent(), root.file_name()) {
        (Ok(pd), Some(parent), Some(n)) if parent == pd => {
            format!("--profile {}", n.to_string_lossy())
        }
        _ => {
            let p = root.display().to_string();
            let plain = p
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"/._-+,:@".contains(&b));
            if plain {
                format!("--vault {p}")
            } else {
                // Quoted for the shell, so the hint can be pasted as is.
                format!("--vault '{}'", p.replace('\'', "'\\''"))
            }
        }
    }
}

/// Exit 6: the vault in `root` is not the one pinned there.
fn pin_changed(root: &Path, pinned: &pins::Pin, found: &str) -> Error {
    Error::integrity(
        format!(
            "{} is not the vault this machine knew there: it held vault {} (pinned {}), it now holds vault {found}. Someone who can write to this folder may have replaced it with a vault they control",
            profile_label(root),
            pinned.vault_id,
            pinned.pinned_at
        ),
        format!(
            "do not add documents to it; restore the vault from a backup you trust. If you replaced it yourself (restored or re-created it), accept it: carnet {} trust accept {found}",
            selector(root)
        ),
    )
}

/// Opens the child's vault `sealed` with the guardian's vault key and
/// checks the guardian's MAC beside the wrapper that opened. `Ok(None)`:
/// no wrapper of this guardian opens it. A child without a MAC (made by
/// an older carnet) opens when this machine already knew it (pinned here,
/// or its journal head remembered) and gets its MAC then.
fn open_via(
    sealed: &Sealed,
    guardian: &Vault,
    via: Via,
    pin: &pins::Check,
    accepting: bool,
) -> Result<Option<(Vault, UnlockReport)>> {
    let m = UnlockMethod::Identities {
        identities: vec![Box::new(guardian.key().identity().clone())],
        source: format!("the vault of {}", via.label),
    };
    let prefer = [guardian.key().recipient().to_string()];
    let Some((key, file)) = sealed.try_unwrap_preferring(&m, &prefer)? else {
        return Ok(None);
    };
    let root = &sealed.layout.root;
    let id = &sealed.config.id;
    let known_here = match pin {
        pins::Check::Same => true,
        pins::Check::Unpinned => anchor::load(id).is_some(),
        pins::Check::Changed(_) => false,
    };
    let write_mac = match guardian::verify(&sealed.layout, &file, guardian.key(), id, &key)? {
        guardian::Status::Valid => None,
        guardian::Status::Renew => Some("the child's vault was re-keyed without its guardian"),
        guardian::Status::Missing if accepting => Some("accepted with `carnet trust accept`"),
        guardian::Status::Missing if known_here => {
            Some("the child's vault, known on this machine, had no guardian MAC yet (made by an older carnet)")
        }
        guardian::Status::Missing => {
            return Err(Error::integrity(
                format!(
                    "{} has no MAC of the guardian vault of {} beside its wrapper ({}), and this machine never opened it: carnet cannot tell it from a vault someone else made and wrapped to your vault's public recipient",
                    profile_label(root),
                    via.label,
                    sealed.layout.key_display(&file)
                ),
                unknown_child_hint(root, guardian, id),
            ))
        }
        guardian::Status::Invalid(_) if accepting => Some("accepted with `carnet trust accept`"),
        guardian::Status::Invalid(why) => {
            return Err(Error::integrity(
                format!(
                    "{} was not created or accepted by the guardian vault of {}: the guardian MAC {} does not vouch for it ({why}). Someone who can write to the data folder may have replaced it with a vault they control",
                    profile_label(root),
                    via.label,
                    guardian::path(&sealed.layout, &file)
                        .strip_prefix(root)
                        .map(|p| p.display().to_string())
                        .unwrap_or_default()
                ),
                format!(
                    "do not add documents to it; restore the profile from a backup you trust. {}",
                    unknown_child_hint(root, guardian, id)
                ),
            ))
        }
    };
    let (mut v, report) = sealed.open_with(key, file, Some(via))?;
    v.keep_guardian_key(guardian.key().clone());
    if let Some(why) = write_mac {
        // Only now: the child's index authenticated with its key.
        v.write_guardian_mac(guardian.key(), why)?;
    }
    pin_first_use(&v, pin)?;
    Ok(Some((v, report)))
}

/// What to do with a child's profile the guardian's MAC does not vouch
/// for: anyone who can write the data folder can plant one wrapped to the
/// guardian's public recipient, so accepting is only for a vault the user
/// can tell is theirs (their own journal names the profiles they created,
/// with vault ids); anything else is removed, not accepted.
fn unknown_child_hint(root: &Path, guardian: &Vault, id: &str) -> String {
    let dir = root.display().to_string();
    let plain = dir
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b"/._-+,:@".contains(&b));
    let dir = if plain {
        dir
    } else {
        format!("'{}'", dir.replace('\'', "'\\''"))
    };
    format!(
        "A profile you did not create, and that no other guardian of the child gave you, is not your child's: do not accept it, remove it (rm -r {dir}). To tell: `carnet {} journal --action profile.create` lists the vault id of each profile you created; accept only vault {id} you know that way, or whose id the guardian who created it read to you from its vault.json: carnet {} trust accept {id}",
        selector(&guardian.layout.root),
        selector(root)
    )
}

fn handed_over(name: &str, at: &str) -> Error {
    Error::unlock(
        format!("cannot unlock {name}: it was handed over to its holder on {at}, and guardians no longer have access"),
        "only the holder's own unlock methods open it now; ask them (they can `carnet key add` a key of yours)",
    )
}

/// "profile NAME" for a vault under the profiles dir, else "vault PATH".
fn profile_label(root: &Path) -> String {
    match (profiles_dir(), root.parent(), root.file_name()) {
        (Ok(pd), Some(parent), Some(n)) if parent == pd => {
            format!("profile {}", n.to_string_lossy())
        }
        _ => format!("vault {}", root.display()),
    }
}

fn parent_label(p: &ParentRef) -> String {
    match (&p.profile, &p.path) {
        (Some(n), _) => format!("profile {n}"),
        (None, Some(path)) => format!("vault {}", path.display()),
        (None, None) => format!("vault {}", p.vault_id),
    }
}

/// Finds a guardian's vault: by its profile name or path, else by looking
/// for its vault id among the profiles.
fn locate_parent(p: &ParentRef) -> Option<PathBuf> {
    let id_of = |d: &Path| Sealed::open(d).ok().map(|s| s.config.id);
    let pd = profiles_dir().ok();
    if let (Some(n), Some(pd)) = (&p.profile, &pd) {
        let d = pd.join(n);
        if id_of(&d).as_deref() == Some(p.vault_id.as_str()) {
            return Some(d);
        }
    }
    if let Some(path) = &p.path {
        if id_of(path).as_deref() == Some(p.vault_id.as_str()) {
            return Some(path.clone());
        }
    }
    let pd = pd?;
    for e in std::fs::read_dir(pd).ok()?.flatten() {
        if id_of(&e.path()).as_deref() == Some(p.vault_id.as_str()) {
            return Some(e.path());
        }
    }
    None
}

/// The children's vaults whose guardian is `vault` (not handed over).
pub fn children_of(vault: &Vault) -> Result<Vec<PathBuf>> {
    let Ok(pd) = profiles_dir() else {
        return Ok(Vec::new());
    };
    let Ok(rd) = std::fs::read_dir(&pd) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for e in rd.flatten() {
        let d = e.path();
        if d == vault.layout.root || !vault::exists(&d) {
            continue;
        }
        if let Ok(Some(pf)) = pfile::read(&d) {
            if pf.handed_over_at.is_none()
                && pf.parents.iter().any(|p| p.vault_id == vault.config.id)
            {
                out.push(d);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Opens a child's vault with its guardian's vault key, with the checks
/// of [`unlock_sealed`] (pin, guardian's MAC).
pub fn open_child(guardian: &Vault, dir: &Path) -> Result<Option<Vault>> {
    let sealed = Sealed::open(dir)?;
    let pin = pins::check(dir, &sealed.config.id);
    if let pins::Check::Changed(p) = &pin {
        return Err(pin_changed(dir, p, &sealed.config.id));
    }
    let via = Via {
        vault_id: guardian.config.id.clone(),
        label: profile_label(&guardian.layout.root),
    };
    Ok(open_via(&sealed, guardian, via, &pin, false)?.map(|(v, _)| v))
}

// ---------- list ----------

fn list(ctx: &Ctx) -> Result<()> {
    let holder = ctx.unlock()?;
    let now = timefmt::now();
    let pd = profiles_dir()?;
    let mut names: Vec<(String, PathBuf)> = match std::fs::read_dir(&pd) {
        Ok(rd) => rd
            .flatten()
            .filter(|e| vault::exists(&e.path()))
            .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    let mut rows: Vec<Value> = Vec::new();
    let mut warnings = Vec::new();
    for (name, dir) in &names {
        let sealed = match Sealed::open(dir) {
            Ok(s) => s,
            Err(_) => continue,
        };
        let pf = pfile::read(dir).ok().flatten();
        let mut row = json!({
            "name": name,
            "vault": dir.display().to_string(),
            "default": name == "default",
            "holder": Value::Null,
            "birth_date": Value::Null,
            "age": Value::Null,
            "guardians": [],
            "accessible": false,
            "child": pf.is_some(),
            "handed_over_at": pf.as_ref().and_then(|p| p.handed_over_at.clone()),
            "majority_warning": Value::Null,
        });
        let opened: Option<Vault> = if sealed.config.id == holder.config.id {
            None
        } else if pf.as_ref().is_some_and(|p| {
            p.handed_over_at.is_none() && p.parents.iter().any(|x| x.vault_id == holder.config.id)
        }) {
            match open_child(&holder, dir) {
                Ok(v) => v,
                // A profile that fails its checks (pin, guardian's MAC) is
                // listed as not opened, and said why; the others still are.
                Err(e @ Error::Integrity { .. }) => {
                    warnings.push(format!("profile {name}: {e}"));
                    rows.push(row);
                    continue;
                }
                Err(e) => return Err(e),
            }
        } else {
            rows.push(row);
            continue;
        };
        let v = opened.as_ref().unwrap_or(&holder);
        let conn = v.load()?;
        fill_row(&mut row, &conn, now)?;
        if let Some(w) = row["majority_warning"].as_str() {
            warnings.push(format!("profile {name}: {w}"));
        }
        rows.push(row);
    }
    if ctx.out.json {
        ctx.out.json_value(&rows);
    } else {
        if rows.is_empty() {
            ctx.out.info(format!("no profiles under {}", pd.display()));
        } else {
            ctx.out.table(
                &["PROFILE", "HOLDER", "BORN", "AGE", "GUARDIANS", "DEFAULT"],
                rows.iter()
                    .map(|r| {
                        let s = |k: &str| r[k].as_str().unwrap_or("").to_string();
                        vec![
                            s("name"),
                            if r["accessible"] == json!(true) {
                                s("holder")
                            } else if r["handed_over_at"].is_string() {
                                "(handed over)".into()
                            } else {
                                "(not yours to open)".into()
                            },
                            s("birth_date"),
                            r["age"].as_i64().map(|a| a.to_string()).unwrap_or_default(),
                            r["guardians"]
                                .as_array()
                                .map(|g| {
                                    g.iter()
                                        .filter_map(|x| x["name"].as_str())
                                        .collect::<Vec<_>>()
                                        .join(", ")
                                })
                                .unwrap_or_default(),
                            if r["default"] == json!(true) {
                                "yes".into()
                            } else {
                                String::new()
                            },
                        ]
                    })
                    .collect(),
            );
        }
        for w in &warnings {
            ctx.out.warn(w);
        }
    }
    Ok(())
}

fn fill_row(row: &mut Value, conn: &rusqlite::Connection, now: time::OffsetDateTime) -> Result<()> {
    let birth = store::get_meta(conn, "birth_date")?;
    row["accessible"] = json!(true);
    row["holder"] = json!(store::get_meta(conn, "holder_name")?.unwrap_or_default());
    row["age"] = json!(birth
        .as_deref()
        .and_then(timefmt::parse_ymd)
        .map(|b| timefmt::age_on(b, now.date())));
    row["birth_date"] = json!(birth);
    row["guardians"] = json!(guardians(conn)?);
    row["documents"] = json!(store::count_docs(conn)?.0);
    row["hidden_from_guardians"] = json!(store::count_sealed(conn)?);
    row["majority_warning"] = json!(majority_warning(conn, now)?);
    Ok(())
}

/// The guardians of a vault, one per person (a guardian's vault re-keyed
/// in the middle of an update may briefly have two wrappers).
pub fn guardians(conn: &rusqlite::Connection) -> Result<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let mut seen_vaults = std::collections::HashSet::new();
    for k in keys::list(conn)? {
        if k.role != Role::Guardian {
            continue;
        }
        if let Some(id) = &k.vault_id {
            if !seen_vaults.insert(id.clone()) {
                continue;
            }
        }
        out.push(json!({
            "name": k.name.clone().or(k.label.clone()).unwrap_or_else(|| "guardian".into()),
            "kind": if k.vault_id.is_some() { "vault".to_string() } else { k.kind.clone() },
            "recipient": k.recipient,
            "vault_id": k.vault_id,
            "added_at": k.added_at,
        }));
    }
    Ok(out)
}

// ---------- create ----------

fn create(ctx: &Ctx, a: &ProfileCreateArgs) -> Result<()> {
    check_profile_name(&a.child)?;
    if let Some(n) = &a.holder_name {
        crate::text::check_field("--name", n)?;
    }
    let birth = timefmt::parse_birth_date(&a.birth_date)?;
    let today = timefmt::now().date();
    let pd = profiles_dir()?;
    let dir = pd.join(&a.child);
    if vault::exists(&dir) {
        return Err(Error::usage(
            format!("profile {} already exists", a.child),
            "choose another name; see `carnet profile list`",
        ));
    }
    let (pdir, plabel) = ctx.vault_dir()?;
    if pdir == dir {
        return Err(Error::usage(
            format!("profile {} would be its own guardian", a.child),
            "run `carnet profile create` from your own vault (without --profile, or with your own --profile)",
        ));
    }
    if let Some(pf) = pfile::read(&pdir)? {
        if pf.handed_over_at.is_none() {
            return Err(Error::usage(
                format!("{plabel} is itself a child's profile; it cannot be a guardian"),
                "run `carnet profile create` from your own vault (without --profile)",
            ));
        }
    }
    let parent = ctx.unlock()?;
    if parent.access().role == Role::Guardian {
        return Err(Error::policy(
            format!("you opened {plabel} as a guardian, not as its holder"),
            "create a child's profile from your own vault",
        ));
    }
    let pconn = parent.load()?;
    let majority = store::setting_u32(&pconn, "majority-age")?;
    let warn_days = store::setting(&pconn, "majority-warning-days")?;
    if timefmt::age_on(birth, today) >= majority as i32 {
        return Err(Error::usage(
            format!(
                "someone born on {} is already of age ({majority})",
                timefmt::ymd(birth)
            ),
            format!(
                "an adult keeps their own vault: carnet --profile {} init",
                a.child
            ),
        ));
    }
    let guardian_name = {
        let n = store::get_meta(&pconn, "holder_name")?.unwrap_or_default();
        if n.is_empty() {
            "guardian".to_string()
        } else {
            n
        }
    };
    drop(pconn);
    let holder_name = a
        .holder_name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .unwrap_or_else(|| a.child.clone());
    let pref = ParentRef {
        vault_id: parent.config.id.clone(),
        profile: if ctx.g.vault.is_none() {
            Some(ctx.profile_name())
        } else {
            None
        },
        path: ctx
            .g
            .vault
            .as_ref()
            .map(|p| std::path::absolute(p).unwrap_or_else(|_| p.clone())),
    };
    fsutil::create_private_dir(&pd)?;
    let child = Vault::create(
        &dir,
        InitOptions {
            holder_name: Some(holder_name.clone()),
            birth_date: Some(timefmt::ymd(birth)),
            ins: None,
            passphrase: None,
            recipients: Vec::new(),
            guardian: Some(ChildOf {
                guardian_key: parent.key().clone(),
                vault_id: parent.config.id.clone(),
                guardian_name: guardian_name.clone(),
                profile_file: ProfileFile::child_of(pref),
            }),
        },
    )?;
    let details = json!({
        "profile": a.child,
        "holder": holder_name,
        "birth_date": timefmt::ymd(birth),
        "guardian": guardian_name,
    });
    let child_actor =
        JournalActor::guardian(&format!("vault:{}", parent.config.id), &guardian_name);
    child.write(|tx| {
        if majority != 18 {
            store::set_setting(tx.conn, "majority-age", &majority.to_string())?;
        }
        store::set_setting(tx.conn, "majority-warning-days", &warn_days)?;
        tx.journal(NewEntry::new(
            &child_actor,
            "profile.create",
            Some(&a.child),
            details.clone(),
        ))?;
        Ok(())
    })?;
    let actor = ctx.actor(&parent)?;
    parent.write(|tx| {
        tx.journal(NewEntry::new(
            &actor,
            "profile.create",
            Some(&a.child),
            json!({ "profile": a.child, "vault_id": child.config.id, "birth_date": timefmt::ymd(birth) }),
        ))?;
        Ok(())
    })?;
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "profile": a.child,
            "vault": dir.display().to_string(),
            "id": child.config.id,
            "holder": holder_name,
            "birth_date": timefmt::ymd(birth),
            "guardian": guardian_name,
        }));
    } else {
        ctx.out.info(format!(
            "created profile {} for {holder_name} (born {}), opened by whatever opens {plabel}",
            a.child,
            timefmt::ymd(birth)
        ));
        ctx.out.info(format!(
            "next: carnet --profile {} add FILE…   (carnet profile --help for guardians, the minor's key, handover)",
            a.child
        ));
    }
    Ok(())
}

// ---------- guardians and the minor's key ----------

/// Unlocks the child's profile `name`; exit 2 if it is not a child's vault,
/// exit 5 if it was handed over.
fn unlock_child(ctx: &Ctx, name: &str) -> Result<(Ctx, Vault)> {
    let cctx = ctx.for_profile(name)?;
    let (dir, _) = cctx.vault_dir()?;
    let sealed = Sealed::open(&dir)?;
    let Some(pf) = pfile::read(&sealed.layout.root)? else {
        return Err(Error::usage(
            format!("profile {name} is not a child's profile"),
            "see `carnet profile list`; a child's profile is made with `carnet profile create`",
        ));
    };
    if let Some(at) = &pf.handed_over_at {
        return Err(Error::policy(
            format!("profile {name} was handed over to its holder on {at}"),
            "after the handover, only its holder manages their vault",
        ));
    }
    let v = cctx.unlock_dir(&dir)?;
    Ok((cctx, v))
}

fn guardian_add(ctx: &Ctx, child: &str, recipient: &str, display: Option<&str>) -> Result<()> {
    let r = crypto::parse_recipient(recipient)?;
    let (cctx, v) = unlock_child(ctx, child)?;
    if v.access().role != Role::Guardian {
        return Err(Error::policy(
            format!("only a guardian can add a guardian to profile {child}"),
            "unlock as a guardian (your own vault opens your child's profile)",
        ));
    }
    let actor = cctx.actor(&v)?;
    let text = r.to_canonical();
    let name = display
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("guardian")
        .to_string();
    register_key(
        &v,
        &actor,
        &r,
        Role::Guardian,
        &name,
        "profile.guardian.add",
        child,
        json!({ "name": name }),
    )?;
    if ctx.out.json {
        ctx.out.json_value(
            &json!({ "profile": child, "guardian": { "name": name, "recipient": text }, "added": true }),
        );
    } else {
        ctx.out.info(format!(
            "profile {child}: {name} ({text}) is now a guardian and can unlock it with their identity"
        ));
    }
    Ok(())
}

fn guardian_rm(ctx: &Ctx, child: &str, who: &str) -> Result<()> {
    let (cctx, v) = unlock_child(ctx, child)?;
    if v.access().role != Role::Guardian {
        return Err(Error::policy(
            format!("only a guardian can remove a guardian of profile {child}"),
            "unlock as a guardian (your own vault opens your child's profile)",
        ));
    }
    // A recipient, or the profile name of a guardian's own vault.
    let by_vault: Option<String> = if crypto::parse_recipient(who).is_err() {
        let d = profiles_dir()?.join(who);
        match (check_profile_name(who), Sealed::open(&d)) {
            (Ok(()), Ok(s)) => Some(s.config.id),
            _ => {
                return Err(Error::usage(
                    format!("{who:?} is neither a recipient nor a profile"),
                    "give the guardian's recipient as `carnet profile list --json` shows it, or the profile name of a guardian's own vault",
                ))
            }
        }
    } else {
        None
    };
    let canonical = crypto::parse_recipient(who)
        .map(|r| r.to_canonical())
        .unwrap_or_default();
    let actor = cctx.actor(&v)?;
    let removed = v.write(|tx| {
        let all = keys::list(tx.conn)?;
        let rows: Vec<keys::KeyInfo> = all
            .iter()
            .filter(|k| k.role == Role::Guardian)
            .filter(|k| match &by_vault {
                Some(id) => k.vault_id.as_deref() == Some(id.as_str()),
                None => k.recipient.as_deref() == Some(canonical.as_str()),
            })
            .cloned()
            .collect();
        if rows.is_empty() {
            return Err(Error::not_found(
                format!("{who} is not a guardian of profile {child}"),
                format!("see the guardians with `carnet profile list`, or `carnet --profile {child} key list`"),
            ));
        }
        if all.len() <= rows.len() {
            return Err(Error::usage(
                format!("{who} holds the last way to unlock profile {child}"),
                format!("add another guardian first: carnet profile guardian add {child} R"),
            ));
        }
        for k in &rows {
            keys::remove_row(tx.conn, &k.file)?;
        }
        let k = &rows[0];
        tx.journal(NewEntry::new(
            &actor,
            "profile.guardian.remove",
            Some(child),
            json!({ "recipient": k.recipient, "vault_id": k.vault_id, "name": k.name }),
        ))?;
        Ok(rows)
    })?;
    for k in &removed {
        keys::delete_file(&v.layout, &k.file)?;
    }
    if let Some(id) = removed.iter().find_map(|k| k.vault_id.clone()) {
        if let Some(mut pf) = pfile::read(&v.layout.root)? {
            pf.parents.retain(|p| p.vault_id != id);
            pfile::write(&v.layout.root, &pf)?;
        }
    }
    let k = &removed[0];
    let name = k.name.clone().unwrap_or_else(|| "guardian".into());
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "profile": child,
            "guardian": { "name": name, "recipient": k.recipient, "vault_id": k.vault_id },
            "removed": true,
            "rekey_recommended": true,
        }));
    } else {
        ctx.out
            .info(format!("profile {child}: {name} can no longer unlock it"));
        ctx.out.warn(format!(
            "removing a wrapper does not cut off someone who kept a copy of the vault key; run `carnet --profile {child} rekey` to change the key itself"
        ));
    }
    Ok(())
}

fn minor_key(ctx: &Ctx, child: &str, recipient: &str) -> Result<()> {
    let r = crypto::parse_recipient(recipient)?;
    let (cctx, v) = unlock_child(ctx, child)?;
    let actor = cctx.actor(&v)?;
    let text = r.to_canonical();
    let holder = v.holder_name()?;
    let before = keys::minor_recipients(&*v.load()?)?.len();
    register_key(
        &v,
        &actor,
        &r,
        Role::Minor,
        &holder,
        "profile.key",
        child,
        json!({ "minor_keys_before": before }),
    )?;
    if ctx.out.json {
        ctx.out.json_value(
            &json!({ "profile": child, "recipient": text, "role": "minor", "added": true }),
        );
    } else {
        ctx.out.info(format!(
            "profile {child}: {text} is {holder}'s own key: it unlocks the profile as its holder, and documents hidden from guardians are sealed to it"
        ));
        if before > 0 {
            ctx.out.warn(format!(
                "profile {child} already had {before} key(s) of the minor; documents hidden before stay readable with those only"
            ));
        }
    }
    Ok(())
}

// ---------- handover ----------

fn handover(ctx: &Ctx, a: &HandoverArgs) -> Result<()> {
    let recipients: Vec<ParsedRecipient> = a
        .recipients
        .iter()
        .map(|r| crypto::parse_recipient(r))
        .collect::<Result<_>>()?;
    let (cctx, v) = unlock_child(ctx, &a.child)?;
    let conn = v.load()?;
    let now = timefmt::now();
    let majority = store::setting_u32(&conn, "majority-age")? as i32;
    let birth = store::get_meta(&conn, "birth_date")?.and_then(|b| timefmt::parse_ymd(&b));
    let due = birth.map(|b| timefmt::birthday(b, majority));
    let early = due.is_none_or(|d| now.date() < d);
    if early && !a.force {
        return Err(Error::policy(
            match due {
                Some(d) => format!(
                    "profile {} reaches the majority age ({majority}) on {}; the handover waits until then",
                    a.child,
                    timefmt::ymd(d)
                ),
                None => format!("profile {} has no birth date; the handover cannot be dated", a.child),
            },
            "pass --force to hand it over now (journaled as forced)",
        ));
    }
    let passphrase = match &a.new_passphrase_file {
        Some(f) => Some(crypto::read_passphrase_file(f)?),
        None if recipients.is_empty() => Some(ctx.new_passphrase(None, "--new-passphrase-file")?),
        None => None,
    };
    let holder = store::get_meta(&conn, "holder_name")?.unwrap_or_default();
    let rows = keys::list(&conn)?;
    drop(conn);
    let stamp = timefmt::rfc3339(now);
    let mut wrappers: Vec<Wrapper> = Vec::new();
    let mut kept_text: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for r in &recipients {
        let text = r.to_canonical();
        if !seen.insert(text.clone()) {
            continue;
        }
        let was_minor = rows
            .iter()
            .any(|k| k.role == Role::Minor && k.recipient.as_deref() == Some(text.as_str()));
        wrappers.push(Wrapper {
            to: WrapTo::Recipient(r.clone()),
            owner: Owner {
                role: if was_minor { Role::Minor } else { Role::Holder },
                name: Some(holder.clone()),
                vault_id: None,
                label: None,
            },
            added_at: stamp.clone(),
        });
        kept_text.push(text);
    }
    // The minor's own keys are the young adult's: kept (they open the
    // documents that were hidden from guardians).
    for k in rows.iter().filter(|k| k.role == Role::Minor) {
        let Some(text) = &k.recipient else { continue };
        if seen.insert(text.clone()) {
            if let Some(w) = Wrapper::from_row(k)? {
                wrappers.push(w);
                kept_text.push(text.clone());
            }
        }
    }
    let has_passphrase = passphrase.is_some();
    if let Some(p) = passphrase {
        wrappers.push(Wrapper {
            to: WrapTo::Passphrase(p),
            owner: Owner {
                role: Role::Holder,
                name: Some(holder.clone()),
                vault_id: None,
                label: None,
            },
            added_at: stamp.clone(),
        });
    }
    let removed: Vec<String> = rows
        .iter()
        .filter(|k| k.role == Role::Guardian)
        .map(|k| k.name.clone().unwrap_or_else(|| "guardian".into()))
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let actor = cctx.actor(&v)?;
    let details = json!({
        "forced": early,
        "birth_date": birth.map(timefmt::ymd),
        "majority_age": majority,
        "unlock_methods": kept_text.iter().map(|t| crypto::recipient_kind(t)).chain(has_passphrase.then(|| "passphrase".to_string())).collect::<Vec<_>>(),
        "guardians_removed": removed,
    });
    let (v, stats, problems) = rekeycmd::run(&cctx, v, wrappers, false, |tx, st| {
        store::delete_meta(tx.conn, "guardians_profile")?;
        store::set_meta(tx.conn, "handed_over_at", &stamp)?;
        tx.journal(NewEntry::new(
            &actor,
            "vault.rekey",
            None,
            json!({ "reason": "handover", "generation": st.generation, "documents": st.reencrypted, "sealed_for_minor": st.sealed, "unlock_methods": st.unlock_methods }),
        ))?;
        tx.journal(NewEntry::new(
            &actor,
            "profile.handover",
            Some(&a.child),
            details.clone(),
        ))?;
        Ok(())
    })?;
    if let Some(mut pf) = pfile::read(&v.layout.root)? {
        pf.handed_over_at = Some(timefmt::ymd(now.date()));
        pfile::write(&v.layout.root, &pf)?;
    }
    for p in &problems {
        ctx.out.warn(format!(
            "{p}; `carnet --profile {} check --repair` finishes the clean-up",
            a.child
        ));
    }
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "profile": a.child,
            "handed_over": true,
            "forced": early,
            "generation": stats.generation,
            "documents": stats.reencrypted,
            "sealed_for_minor": stats.sealed,
            "unlock_methods": { "recipients": kept_text, "passphrase": has_passphrase },
            "guardians_removed": removed,
        }));
    } else {
        ctx.out.info(format!(
            "profile {}: handed over to {holder}{}; new vault key, {} document(s) re-encrypted",
            a.child,
            if early {
                " (before the majority age, forced)"
            } else {
                ""
            },
            stats.reencrypted
        ));
        let mut methods = kept_text.clone();
        if has_passphrase {
            methods.push("a passphrase".into());
        }
        ctx.out
            .info(format!("it now opens with: {}", methods.join(", ")));
        if !removed.is_empty() {
            ctx.out.info(format!(
                "guardians removed: {} (they can no longer unlock it)",
                removed.join(", ")
            ));
        }
        if stats.sealed > 0 {
            ctx.out.info(format!(
                "{} document(s) stay sealed to the minor's key(s), which still open the vault",
                stats.sealed
            ));
        }
    }
    Ok(())
}

/// Wraps a child's vault key to `r` as an unlock method owned by `role`,
/// journaled as `action` with the recipient and `details`.
#[allow(clippy::too_many_arguments)]
fn register_key(
    v: &Vault,
    actor: &JournalActor,
    r: &ParsedRecipient,
    role: Role,
    name: &str,
    action: &str,
    child: &str,
    mut details: serde_json::Value,
) -> Result<()> {
    let text = r.to_canonical();
    details["recipient"] = json!(text);
    details["kind"] = json!(crypto::recipient_kind(&text));
    v.write(|tx| {
        keys::add_recipient_owned(
            &v.layout,
            tx.conn,
            v.key(),
            r,
            &Owner {
                role,
                name: Some(name.to_string()),
                vault_id: None,
                label: None,
            },
            &timefmt::rfc3339(tx.now),
        )?;
        tx.journal(NewEntry::new(actor, action, Some(child), details.clone()))?;
        Ok(())
    })
}
