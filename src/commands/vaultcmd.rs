//! `carnet check`, `status`, `passwd`, `key`, `settings`.

use serde_json::json;

use crate::cli::args::{CheckArgs, KeyCommand, PasswdArgs, SettingsCommand};
use crate::commands::context::Ctx;
use crate::crypto;
use crate::error::{Error, Result};
use crate::journal::{self, NewEntry};
use crate::model::GrantState;
use crate::timefmt;
use crate::vault::{blobs, hidden, keys, outside, private, rekey, store};

pub fn check(ctx: &Ctx, a: &CheckArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    // Loading authenticates the index (MAC, then every chunk: read whole,
    // not page by page) and the journal against the last head seen.
    let conn = vault.load_whole()?;
    let mut problems: Vec<String> = Vec::new();
    let mut warnings: Vec<String> = Vec::new();

    let (db_problems, dangling) = store::database_problems(&conn)?;
    for p in db_problems {
        problems.push(format!("index database: {p}"));
    }
    if dangling > 0 {
        problems.push(format!("index database: {dangling} dangling references"));
    }
    let journal_entries = match journal::verify(&conn)? {
        Ok(n) => n,
        Err(seq) => {
            problems.push(format!(
                "journal: entry {seq} is damaged (hash chain broken)"
            ));
            0
        }
    };

    let docs = store::all_docs(&conn)?;
    let sealed = store::sealed_all(&conn)?;
    let ids = vault.user_identities();
    let total: u64 = docs.iter().map(|d| d.size).sum();
    let pb = ctx.out.progress_bytes(total, "checking blobs");
    // Documents hidden from guardians: decrypted and hashed with the
    // minor's key; without it, only checked to be present and well-formed.
    let mut sealed_unverified = 0usize;
    for d in &docs {
        if let Some(bytes) = sealed.get(&d.id) {
            let meta = match hidden::open_meta(&ids, bytes) {
                Ok(m) => m,
                Err(e) => {
                    problems.push(format!("document {} (hidden from guardians): {e}", d.id));
                    continue;
                }
            };
            match meta {
                Some(m) => match hidden::verify_blob(&vault.layout, &ids, &d.blob, &m.sha256) {
                    Ok(Some(n)) if n == m.size => {}
                    Ok(Some(n)) => problems.push(format!(
                        "document {} ({}): size {n} but its sealed metadata says {}",
                        d.id, m.title, m.size
                    )),
                    Ok(None) => problems.push(format!(
                        "document {} ({}): its metadata opens with your key but its content does not",
                        d.id, m.title
                    )),
                    Err(e) => problems.push(format!("document {} ({}): {e}", d.id, m.title)),
                },
                None => match hidden::check_blob(&vault.layout, &d.blob) {
                    Ok(_) => sealed_unverified += 1,
                    Err(e) => {
                        problems.push(format!("document {} (hidden from guardians): {e}", d.id))
                    }
                },
            }
            continue;
        }
        match blobs::verify(&vault.layout, vault.key(), &d.blob) {
            Ok(n) if n == d.size => {}
            Ok(n) => problems.push(format!(
                "document {} ({}): size {n} but the index says {}",
                d.id, d.title, d.size
            )),
            Err(e) => problems.push(format!("document {} ({}): {e}", d.id, d.title)),
        }
        pb.inc(d.size);
    }
    pb.finish_and_clear();
    // The minor's private professionals and grants: opened with the
    // minor's key; without it, checked to be well-formed age files.
    let mut records_unverified = 0usize;
    for (id, verdict) in private::check_records(&conn, &ids)? {
        match verdict {
            Ok(true) => {}
            Ok(false) => records_unverified += 1,
            Err(e) => problems.push(format!(
                "sealed record {id} (kept private by the minor): {e}"
            )),
        }
    }
    if records_unverified > 0 {
        warnings.push(format!(
            "{records_unverified} record(s) are sealed for the minor (professionals or grants they keep private): well-formed, but only the minor's key opens them"
        ));
    }
    if sealed_unverified > 0 {
        warnings.push(format!(
            "{sealed_unverified} document(s) hidden from guardians are sealed for the minor: present and well-formed, but only the minor's key can decrypt and hash them"
        ));
    }

    // Leftovers of interrupted writes: a warning, not an error.
    let referenced = store::referenced_blobs(&conn)?;
    let orphans: Vec<String> = blobs::list(&vault.layout)?
        .into_iter()
        .filter(|b| !referenced.contains(b))
        .collect();
    // Temp files whose writer is still at work are no leftovers.
    let temps: Vec<_> = blobs::leftovers(&vault.layout)?
        .into_iter()
        .filter(|(p, _)| blobs::writer_gone(p))
        .collect();
    let outside: Vec<_> = vault
        .outside_temps()
        .into_iter()
        .filter(|f| !matches!(f, outside::Found::Live))
        .collect();
    let stale = rekey::stale(vault.root());
    let key_issues = key_file_issues(&vault, &conn)?;
    for m in &key_issues.missing {
        warnings.push(m.clone());
    }
    let recipient_bad = recipient_problem(&vault);
    let mut repaired = 0usize;
    if a.repair {
        let _lock = crate::vault::WriteLock::acquire(&vault.layout.lock())?;
        vault.check_generation()?;
        repaired += rekey::remove_stale(vault.root())?;
        // Re-read under the lock: a writer may have committed meanwhile.
        for issue in key_file_issues(&vault, &vault.load_fresh()?)?.files {
            if issue.file.ends_with(".mac") {
                // A guardian's MAC whose wrapper is gone: nothing to keep.
                if vault
                    .layout
                    .remove_file(&vault.layout.keys().join(&issue.file))
                    .is_ok()
                {
                    repaired += 1;
                }
                continue;
            }
            let to = keys::quarantine(&vault.layout, &issue.file)?;
            repaired += 1;
            warnings.push(format!(
                "{} moved to quarantine/{} ({}); delete it once you have looked at it",
                vault.layout.key_display(&issue.file),
                crate::vault::layout::escape_name(
                    &to.file_name().unwrap_or_default().to_string_lossy()
                ),
                issue.why
            ));
        }
        if recipient_bad.is_some() {
            crate::fsutil::write_atomic(
                &vault.layout.recipient(),
                format!("{}\n", vault.key().recipient()).as_bytes(),
            )?;
            repaired += 1;
            warnings.push(format!(
                "{} rewritten from the vault key",
                recipient_display(&vault)
            ));
        }
        // Re-read under the lock: a writer may have committed meanwhile.
        let conn = vault.load_fresh()?;
        let referenced = store::referenced_blobs(&conn)?;
        for b in &orphans {
            let p = vault.layout.blob(b);
            let young = std::fs::symlink_metadata(&p)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() < 120);
            if !referenced.contains(b) && !young && vault.layout.remove_file(&p).is_ok() {
                repaired += 1;
            }
        }
        for (p, _) in &temps {
            if vault.layout.remove_file(p).is_ok() {
                repaired += 1;
            }
        }
        for f in &outside {
            repaired += outside::remove(&vault.layout, f);
        }
    } else {
        if !orphans.is_empty() {
            warnings.push(format!(
                "{} blob(s) no document points to (left by an interrupted add or rm); `carnet check --repair` removes them",
                orphans.len()
            ));
        }
        if !temps.is_empty() {
            warnings.push(format!(
                "{} temp file(s) of interrupted writes in the vault (their writers are gone); `carnet check --repair` removes them, as does the next change to the vault",
                temps.len()
            ));
        }
        let left: Vec<String> = outside
            .iter()
            .filter_map(|f| match f {
                outside::Found::Left { temp: Some(t), .. } => Some(t.display().to_string()),
                _ => None,
            })
            .collect();
        if !left.is_empty() {
            warnings.push(format!(
                "{} temp file(s) left outside the vault by interrupted exports (encrypted bundles or, from `get -o`, documents in clear): {}; `carnet check --repair` removes them",
                left.len(),
                left.join(", ")
            ));
        }
        let invalid = outside
            .iter()
            .filter(|f| matches!(f, outside::Found::Invalid { .. }))
            .count();
        if invalid > 0 {
            warnings.push(format!(
                "{invalid} marker(s) in tmp/ that this vault did not write (planted or damaged); `carnet check --repair` removes them, and nothing they name"
            ));
        }
        if !stale.is_empty() {
            warnings.push(format!(
                "{} leftover(s) of another key generation (an interrupted rekey or its clean-up): {}; `carnet check --repair` removes them",
                stale.len(),
                stale
                    .iter()
                    .map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        for issue in &key_issues.files {
            warnings.push(format!(
                "{}: {}; `carnet check --repair` {}",
                vault.layout.key_display(&issue.file),
                issue.why,
                if issue.file.ends_with(".mac") {
                    "removes it"
                } else {
                    "moves it to quarantine/"
                }
            ));
        }
        if let Some(p) = &recipient_bad {
            problems.push(p.clone());
        }
    }

    if ctx.out.json {
        ctx.out.json_value(&json!({
            "ok": problems.is_empty(),
            "documents": docs.len(),
            "sealed_for_minor": sealed_unverified,
            "sealed_records": records_unverified,
            "journal_entries": journal_entries,
            "problems": problems,
            "warnings": warnings,
            "repaired": repaired,
        }));
    } else {
        for w in &warnings {
            ctx.out.warn(w);
        }
        if problems.is_empty() {
            ctx.out.info(format!(
                "{}: ok — index authenticated, {} document(s) decrypted and hashed, journal chain of {} entries intact{}",
                ctx.label(),
                docs.len() - sealed_unverified,
                journal_entries,
                if a.repair { format!(", {repaired} leftover(s) removed") } else { String::new() }
            ));
        } else {
            for p in &problems {
                eprintln!("  - {}", crate::text::escape(p));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::integrity(
            format!("{} problem(s) found in {}", problems.len(), ctx.label()),
            "restore the damaged files from a backup; the list above names each one",
        ))
    }
}

/// A file under `keys/` that does not belong there, and why.
struct KeyIssue {
    file: String,
    why: String,
}

/// What `check` finds under `keys/`.
struct KeyIssues {
    /// Files to move aside (wrappers) or remove (MAC files).
    files: Vec<KeyIssue>,
    /// Unlock methods of the index whose wrapper file is missing.
    missing: Vec<String>,
}

/// Key files that no unlock method names, or that the user's identity
/// opens but that hold another key (planted: anyone can encrypt a file to
/// a public recipient), and guardian MAC files whose wrapper is gone.
fn key_file_issues(vault: &crate::vault::Vault, conn: &rusqlite::Connection) -> Result<KeyIssues> {
    let rows = keys::list(conn)?;
    let mut out = KeyIssues {
        files: Vec::new(),
        missing: Vec::new(),
    };
    let Ok(rd) = std::fs::read_dir(vault.layout.keys()) else {
        return Ok(out);
    };
    let mut names: Vec<String> = rd
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let ids = vault.user_identities();
    let ours = vault.key().recipient().to_string();
    for n in &names {
        // A FIFO, link or directory is never read (it would block or lead
        // out of the vault): moved aside as it is.
        match crate::fsutil::kind_of(&vault.layout.keys().join(n)) {
            Ok(Some(k)) if k != crate::fsutil::Kind::File => {
                out.files.push(KeyIssue {
                    file: n.clone(),
                    why: format!("it is {}, not a key file: planted by someone who can write the vault folder?", k.describe()),
                });
                continue;
            }
            _ => {}
        }
        if let Some(wrapper) = n.strip_suffix(".mac") {
            if wrapper.ends_with(".age") && !names.iter().any(|w| w == wrapper) {
                out.files.push(KeyIssue {
                    file: n.clone(),
                    why: "a guardian's MAC whose key file is gone".into(),
                });
            }
            continue;
        }
        if !n.ends_with(".age") {
            continue;
        }
        let opened = if ids.is_empty() || n == keys::PASSPHRASE_FILE {
            None
        } else {
            keys::read_wrapper(&vault.layout.keys().join(n))
                .ok()
                .flatten()
                .and_then(|bytes| crypto::unwrap_vault_key_with(&bytes, &ids).ok().flatten())
        };
        let planted = opened.is_some_and(|k| k.recipient().to_string() != ours);
        let row = rows.iter().find(|k| k.file == *n);
        let why = match (planted, row) {
            (true, Some(k)) => format!(
                "it opens with your identity but holds another vault's key: planted over the wrapper of unlock method {} (which no longer unlocks: after the repair, `carnet key rm` and `carnet key add` it again)",
                k.recipient.as_deref().unwrap_or("(passphrase)")
            ),
            (true, None) => "it opens with your identity but holds another vault's key: planted by someone who knows your public recipient".into(),
            (false, None) => "no unlock method of the vault names it (left by an interrupted `key rm`, or planted)".into(),
            (false, Some(_)) => continue,
        };
        out.files.push(KeyIssue {
            file: n.clone(),
            why,
        });
    }
    for k in &rows {
        if !names.contains(&k.file) {
            out.missing.push(format!(
                "unlock method {} has no key file ({}): it no longer unlocks; `carnet key rm` and `carnet key add` it again",
                k.recipient.as_deref().unwrap_or("(passphrase)"),
                vault.layout.key_display(&k.file)
            ));
        }
    }
    Ok(out)
}

fn recipient_display(vault: &crate::vault::Vault) -> String {
    let p = vault.layout.recipient();
    p.strip_prefix(vault.root())
        .unwrap_or(&p)
        .display()
        .to_string()
}

/// The vault's public `recipient` file must be the vault key's recipient:
/// whatever encrypts to the vault without unlocking it (failed-unlock
/// records, a scanner's inbox) reads it. `Some(problem)` when it is not.
fn recipient_problem(vault: &crate::vault::Vault) -> Option<String> {
    use crate::fsutil::Unread;
    let want = vault.key().recipient().to_string();
    let name = recipient_display(vault);
    let read = crate::fsutil::read_bounded(&vault.layout.recipient(), 4096)
        .map(|b| String::from_utf8(b).unwrap_or_default());
    let text = read.as_deref().unwrap_or_default();
    let found = match &read {
        Err(Unread::Missing) => "it is missing".to_string(),
        Err(Unread::NotAFile(k)) => format!("it is {}", k.describe()),
        Err(_) => "it cannot be read as text".to_string(),
        Ok(_) if text.trim() == want => return None,
        // Untrusted content: shown only when it is a recipient.
        Ok(_) => match text.trim().parse::<age::x25519::Recipient>() {
            Ok(r) => format!("it names {r}"),
            Err(_) => "it holds no age recipient".to_string(),
        },
    };
    Some(format!(
        "{name}: does not match the vault key ({found}; the key's recipient is {want}): what encrypts to this vault without unlocking it would encrypt to someone else; `carnet check --repair` rewrites it from the key"
    ))
}

/// Failed-unlock records folded into the journal after entry `reviewed`
/// (well-formed, malformed and unread alike: each file is one report).
fn failed_unlock_reports(conn: &rusqlite::Connection, reviewed: i64) -> Result<u64> {
    let entries = journal::entries(
        conn,
        &journal::Filter {
            action: Some("unlock.failed".into()),
            after_seq: Some(reviewed),
            ..Default::default()
        },
    )?;
    Ok(entries
        .iter()
        .map(|e| {
            ["count", "malformed", "unread"]
                .iter()
                .filter_map(|k| e.details.get(*k).and_then(|v| v.as_u64()))
                .sum::<u64>()
        })
        .sum())
}

pub fn status(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = vault.load_noticing_expiry()?;
    let now = timefmt::now();
    let holder = store::get_meta(&conn, "holder_name")?.unwrap_or_default();
    let birth = store::get_meta(&conn, "birth_date")?;
    let (docs, masked) = store::count_docs(&conn)?;
    let pros = store::list_pros(&conn)?;
    let primary = pros.iter().find(|p| p.primary);
    let grants: Vec<_> = store::list_grants(&conn)?
        .into_iter()
        .filter(|g| g.state(now) == GrantState::Active)
        .collect();
    let (seq, hash) = journal::head(&conn)?;
    let reviewed = vault.reviewed_seq();
    let since_review = (seq - reviewed).max(0);
    let failed_reports = failed_unlock_reports(&conn, reviewed)?;
    let fp = crypto::fingerprint(&vault.key().signing_key().verifying_key());
    let unlock_methods = keys::list(&conn)?.len();
    let consents = store::emergency_consents(&conn)?;
    let majority = crate::commands::context::majority_warning(&conn, now)?;
    let access = vault.access().clone();
    let guardians = crate::commands::profile::guardians(&conn)?;
    let sealed = store::count_sealed(&conn)?;
    // What the minor keeps private: counts only (all a guardian may know).
    let sealed_records = private::count_unopened(&conn)?;
    let sealed_entries = private::count_sealed_entries(&conn)?;
    let handed_over = store::get_meta(&conn, "handed_over_at")?;
    // For the minor: what guardians did to the hidden documents and keys.
    let guardian_changes: Vec<journal::Entry> = if access.role == keys::Role::Minor {
        journal::entries(&conn, &journal::Filter::default())?
            .into_iter()
            .filter(|e| {
                e.actor.kind == "guardian"
                    && (e.details.get("hidden").is_some()
                        || matches!(
                            e.action.as_str(),
                            "profile.key" | "key.remove" | "key.add" | "passwd"
                        ))
            })
            .collect()
    } else {
        Vec::new()
    };
    if ctx.out.json {
        ctx.out.json_value(&json!({
            "vault": vault.root().display().to_string(),
            "profile": if ctx.g.vault.is_none() { Some(ctx.profile_name()) } else { None },
            "id": vault.config.id,
            "holder": { "name": holder, "birth_date": birth },
            "documents": docs,
            "masked": masked,
            "professionals": pros.len(),
            "primary_doctor": primary.map(|p| json!({"rpps": p.rpps, "name": p.name})),
            "blocked": pros.iter().filter(|p| p.blocked).count(),
            "active_grants": grants.iter().map(|g| json!({
                "id": g.id, "rpps": g.rpps, "expires_at": timefmt::rfc3339(g.expires_at),
                "seconds_left": (g.expires_at - now).whole_seconds(),
            })).collect::<Vec<_>>(),
            "journal": { "seq": seq, "hash": hash, "events_since_review": since_review },
            "failed_unlock_reports": failed_reports,
            "signing_key_fingerprint": fp,
            "unlock_methods": unlock_methods,
            "emergency": { "samu": consents.samu, "break_glass": consents.break_glass, "masked": consents.masked },
            "majority_warning": majority,
            "acting_as": { "type": match access.role { keys::Role::Guardian => "guardian", _ => "holder" }, "name": access.name, "via": access.via },
            "guardians": guardians,
            "hidden_from_guardians": sealed,
            "sealed_for_minor": { "records": sealed_records, "journal_entries": sealed_entries },
            "handed_over_at": handed_over,
            "guardian_changes": guardian_changes.iter().map(|e| json!({"seq": e.seq, "at": e.at, "actor": e.actor.name, "action": e.action, "target": e.target})).collect::<Vec<_>>(),
        }));
        return Ok(());
    }
    let name = pros_name(&pros);
    ctx.out
        .line(format!("{}  ({})", ctx.label(), vault.root().display()));
    ctx.out.line(format!(
        "Holder          {}{}",
        if holder.is_empty() {
            "(unnamed)"
        } else {
            &holder
        },
        birth.map(|b| format!(", born {b}")).unwrap_or_default()
    ));
    if access.role == keys::Role::Guardian {
        ctx.out.line(format!(
            "Acting as       guardian {}{}",
            access.name,
            access
                .via
                .as_ref()
                .map(|v| format!(" (through {v})"))
                .unwrap_or_default()
        ));
    }
    if !guardians.is_empty() {
        ctx.out.line(format!(
            "Guardians       {}",
            guardians
                .iter()
                .filter_map(|g| g["name"].as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    if let Some(at) = &handed_over {
        ctx.out.line(format!("Handed over     {at}"));
    }
    ctx.out.line(format!(
        "Documents       {docs} ({masked} masked{})",
        if sealed > 0 {
            format!(", {sealed} hidden from guardians")
        } else {
            String::new()
        }
    ));
    ctx.out.line(format!(
        "Professionals   {} known{}",
        pros.len(),
        primary
            .map(|p| format!(", primary doctor {} {}", p.rpps, p.name))
            .unwrap_or_default()
    ));
    if grants.is_empty() {
        ctx.out.line("Active grants   none");
    } else {
        ctx.out.line("Active grants");
        for g in &grants {
            ctx.out.line(format!(
                "  {}  {} {}  {} left (until {})",
                g.id,
                g.rpps,
                name(&g.rpps),
                timefmt::humanize(g.expires_at - now),
                timefmt::rfc3339(g.expires_at)
            ));
        }
    }
    ctx.out.line(format!(
        "Journal         {seq} entries, {since_review} since you last read it (carnet journal)"
    ));
    if sealed_records > 0 || sealed_entries > 0 {
        ctx.out.line(format!(
            "Sealed          {sealed_records} record(s) and {sealed_entries} journal entr{} for the minor's key only",
            if sealed_entries == 1 { "y" } else { "ies" }
        ));
    }
    if failed_reports > 0 {
        ctx.out.line(format!(
            "Failed unlocks  {failed_reports} reported since you last read the journal (unauthenticated: anyone with the public recipient can write one)"
        ));
    }
    ctx.out.line(format!(
        "Emergency       SAMU {}, break-glass {}, masked documents {}",
        allow(consents.samu),
        allow(consents.break_glass),
        allow(consents.masked)
    ));
    ctx.out.line(format!("Unlock methods  {unlock_methods}"));
    ctx.out.line(format!("Signing key     {fp}"));
    if let Some(w) = majority {
        ctx.out.warn(w);
    }
    if !guardian_changes.is_empty() {
        ctx.out.warn(format!(
            "guardians changed your hidden documents or keys {} time(s): {}",
            guardian_changes.len(),
            guardian_changes
                .iter()
                .map(|e| format!("#{} {} {} by {}", e.seq, e.at, e.action, e.actor.name))
                .collect::<Vec<_>>()
                .join("; ")
        ));
    }
    Ok(())
}

fn allow(b: bool) -> &'static str {
    if b {
        "allowed"
    } else {
        "denied"
    }
}

fn pros_name(pros: &[crate::model::Professional]) -> impl Fn(&str) -> String + '_ {
    move |rpps: &str| {
        pros.iter()
            .find(|p| p.rpps == rpps)
            .map(|p| p.name.clone())
            .unwrap_or_default()
    }
}

pub fn passwd(ctx: &Ctx, a: &PasswdArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let pass = ctx.new_passphrase(a.new_passphrase_file.as_ref(), "--new-passphrase-file")?;
    let actor = ctx.actor(&vault)?;
    let had = vault.layout.passphrase_key().exists();
    let owner = crate::commands::rekeycmd::owner_for_actor(&vault, None);
    vault.write(|tx| {
        keys::add_passphrase_owned(
            &vault.layout,
            tx.conn,
            vault.key(),
            pass.clone(),
            &owner,
            &timefmt::rfc3339(tx.now),
        )?;
        tx.journal(NewEntry::new(
            &actor,
            "passwd",
            None,
            json!({ "replaced": had }),
        ))?;
        Ok(())
    })?;
    if ctx.out.json {
        ctx.out
            .json_value(&json!({ "passphrase": if had { "changed" } else { "set" } }));
    } else {
        ctx.out.info(format!(
            "{}: passphrase {}",
            ctx.label(),
            if had { "changed" } else { "set" }
        ));
    }
    Ok(())
}

pub fn key(ctx: &Ctx, c: &KeyCommand) -> Result<()> {
    match c {
        KeyCommand::Add { recipient, label } => {
            let r = crypto::parse_recipient(recipient)?;
            if let Some(l) = label {
                crate::text::check_field("--label", l)?;
            }
            let vault = ctx.unlock()?;
            let actor = ctx.actor(&vault)?;
            let text = r.to_canonical();
            let owner = crate::commands::rekeycmd::owner_for_actor(&vault, label.as_deref());
            vault.write(|tx| {
                keys::add_recipient_owned(&vault.layout, tx.conn, vault.key(), &r, &owner, &timefmt::rfc3339(tx.now))?;
                tx.journal(NewEntry::new(
                    &actor,
                    "key.add",
                    None,
                    json!({ "recipient": text, "kind": crypto::recipient_kind(&text), "label": label }),
                ))?;
                Ok(())
            })?;
            if ctx.out.json {
                ctx.out
                    .json_value(&json!({ "recipient": text, "added": true }));
            } else {
                ctx.out.info(format!(
                    "{}: {} can now unlock the vault",
                    ctx.label(),
                    text
                ));
            }
        }
        KeyCommand::List => {
            let vault = ctx.unlock()?;
            let conn = vault.load()?;
            let list = keys::list(&conn)?;
            if ctx.out.json {
                ctx.out.json_value(&list);
            } else {
                ctx.out.table(
                    &["KIND", "RECIPIENT", "ROLE", "LABEL", "ADDED"],
                    list.iter()
                        .map(|k| {
                            vec![
                                k.kind.clone(),
                                k.recipient.clone().unwrap_or_else(|| "(passphrase)".into()),
                                match (&k.role, &k.name) {
                                    (keys::Role::Holder, _) => "holder".to_string(),
                                    (r, Some(n)) => format!("{} ({n})", r.as_str()),
                                    (r, None) => r.as_str().to_string(),
                                },
                                k.label.clone().unwrap_or_default(),
                                k.added_at.clone(),
                            ]
                        })
                        .collect(),
                );
                ctx.out
                    .info(format!("{}: {} unlock method(s)", ctx.label(), list.len()));
            }
        }
        KeyCommand::Rm { recipient } => {
            let vault = ctx.unlock()?;
            let actor = ctx.actor(&vault)?;
            let removed = vault.write(|tx| {
                let k = keys::find_recipient(tx.conn, recipient)?.ok_or_else(|| {
                    Error::not_found(
                        format!(
                            "{} is not one of this vault's unlock recipients",
                            recipient.trim()
                        ),
                        "see `carnet key list`",
                    )
                })?;
                if keys::list(tx.conn)?.len() <= 1 {
                    return Err(Error::usage(
                        "this is the vault's last unlock method",
                        "add another first (carnet passwd, or carnet key add R)",
                    ));
                }
                keys::remove_row(tx.conn, &k.file)?;
                tx.journal(NewEntry::new(
                    &actor,
                    "key.remove",
                    None,
                    json!({ "recipient": k.recipient, "kind": k.kind }),
                ))?;
                Ok(k)
            })?;
            keys::delete_file(&vault.layout, &removed.file)?;
            if ctx.out.json {
                ctx.out.json_value(&json!({ "recipient": removed.recipient, "removed": true, "rekey_recommended": true }));
            } else {
                ctx.out.info(format!(
                    "{}: {} can no longer unlock the vault",
                    ctx.label(),
                    removed.recipient.unwrap_or_default()
                ));
                ctx.out.warn("removing a wrapper does not cut off someone who kept a copy of the vault key; run `carnet rekey` to change the key itself");
            }
        }
    }
    Ok(())
}

pub fn settings(ctx: &Ctx, c: &SettingsCommand) -> Result<()> {
    match c {
        SettingsCommand::List => {
            let vault = ctx.unlock()?;
            let conn = vault.load()?;
            let mut rows = Vec::new();
            let mut obj = serde_json::Map::new();
            for s in store::SETTINGS {
                let v = store::setting(&conn, s.name)?;
                obj.insert(s.name.into(), json!(v));
                rows.push(vec![
                    s.name.to_string(),
                    v,
                    s.default.to_string(),
                    s.help.to_string(),
                ]);
            }
            if ctx.out.json {
                ctx.out.json_value(&obj);
            } else {
                ctx.out
                    .table(&["SETTING", "VALUE", "DEFAULT", "MEANING"], rows);
                ctx.out.info(format!("{}: settings", ctx.label()));
            }
        }
        SettingsCommand::Set { key, value } => {
            store::setting_def(key)?;
            let vault = ctx.unlock()?;
            let actor = ctx.actor(&vault)?;
            let (old, new) = vault.write(|tx| {
                let old = store::setting(tx.conn, key)?;
                let new = store::set_setting(tx.conn, key, value)?;
                tx.journal(NewEntry::new(
                    &actor,
                    "settings.set",
                    Some(key),
                    json!({ "from": old, "to": new }),
                ))?;
                Ok((old, new))
            })?;
            if ctx.out.json {
                ctx.out
                    .json_value(&json!({ "key": key, "value": new, "previous": old }));
            } else {
                ctx.out
                    .info(format!("{}: {key} = {new} (was {old})", ctx.label()));
            }
        }
    }
    Ok(())
}
