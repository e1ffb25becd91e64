//! `carnet list`, `show`, `get`, `edit`, `mask`, `unmask`, `rm`, `release`.

use std::io::{Read, Write};
use std::path::PathBuf;

use serde_json::{json, Value};

use crate::cli::args::{EditArgs, GetArgs, IdArg, ListArgs, MaskArgs, RmArgs};
use crate::commands::add::parse_type;
use crate::commands::context::Ctx;
use crate::error::{Error, IoContext, Result};
use crate::fsutil;
use crate::ids;
use crate::journal::NewEntry;
use crate::model::{listing_order, Document};
use crate::policy::{self, DocFacts};
use crate::timefmt;
use crate::vault::{blobs, hidden, keys, store, Vault};

/// A document as `list --json` and `show --json` give it. A struct rather
/// than a `json!` map: listing 100k documents builds no map per document.
/// Fields in alphabetical order, as the output has always had them.
#[derive(serde::Serialize)]
pub struct DocJson<'a> {
    added_at: String,
    author: &'a Option<String>,
    date: &'a str,
    id: &'a str,
    masked: bool,
    masked_from: &'a [String],
    size: u64,
    tags: &'a [String],
    title: &'a str,
    #[serde(rename = "type")]
    doc_type: &'a str,
}

impl<'a> From<&'a Document> for DocJson<'a> {
    fn from(d: &'a Document) -> Self {
        DocJson {
            added_at: timefmt::rfc3339(d.added_at),
            author: &d.author,
            date: &d.date,
            id: &d.id,
            masked: d.masked,
            masked_from: &d.masked_from,
            size: d.size,
            tags: &d.tags,
            title: &d.title,
            doc_type: d.doc_type.name,
        }
    }
}

pub fn doc_json(d: &Document) -> Value {
    serde_json::to_value(DocJson::from(d)).expect("a document serializes")
}

pub fn human_size(n: u64) -> String {
    const U: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1024.0 && i < U.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", U[i])
    }
}

/// Refuses what the policy hides from the one acting now (the holder or a
/// guardian): `INVISIBLE_PATIENT` before release, hidden-from-guardians.
fn check_visible_to_user(ctx: &Ctx, vault: &Vault, d: &Document) -> Result<()> {
    let actor = ctx.policy_actor(vault)?;
    let conn = vault.load()?;
    let state = crate::commands::access::StateSnapshot::load(&conn)?;
    let dec = policy::decide(&actor, &DocFacts::of(d), &state.view(), timefmt::now());
    if dec.visible {
        Ok(())
    } else {
        Err(Error::policy(
            format!("document {} is not visible to you now: {}", d.id, dec.rule.explain()),
            match dec.rule {
                policy::Rule::InvisiblePatient => "it is held until the announcement consultation; `carnet release ID` once it happened, or wait (one month after import)".to_string(),
                _ => "only the minor's own key can open it".to_string(),
            },
        ))
    }
}

/// A document hidden from guardians that the user's identities cannot open.
pub fn sealed_error(d: &Document) -> Error {
    Error::unlock(
        format!(
            "document {} is hidden from guardians: its content and metadata are sealed to the minor's own key",
            d.id
        ),
        "unlock with the minor's identity (--identity FILE: the key registered with `carnet profile key`)",
    )
}

/// Fills in a hidden document's real metadata from its sealed copy.
/// Returns whether it is sealed; exit 3 when the user's identities cannot open it.
pub fn reveal_doc(vault: &Vault, conn: &rusqlite::Connection, d: &mut Document) -> Result<bool> {
    match store::sealed_of(conn, &d.id)? {
        None => Ok(false),
        Some(bytes) => match hidden::open_meta(&vault.user_identities(), &bytes)? {
            Some(m) => {
                m.apply(d);
                Ok(true)
            }
            None => Err(sealed_error(d)),
        },
    }
}

/// Resolves several IDs with [`visible_doc`], each document once.
fn visible_docs(ctx: &Ctx, vault: &Vault, ids: &[String]) -> Result<Vec<(Document, bool)>> {
    let conn = vault.load()?;
    let mut shown: Vec<(Document, bool)> = Vec::new();
    for id in ids {
        let (d, sealed) = visible_doc(ctx, vault, &conn, id)?;
        if !shown.iter().any(|(x, _)| x.id == d.id) {
            shown.push((d, sealed));
        }
    }
    Ok(shown)
}

/// The document an ID names, as the one acting may see it: refused when
/// the policy hides it (exit 5), with its real metadata when sealed.
fn visible_doc(
    ctx: &Ctx,
    vault: &Vault,
    conn: &rusqlite::Connection,
    id: &str,
) -> Result<(Document, bool)> {
    let mut d = store::resolve_doc(conn, id)?;
    check_visible_to_user(ctx, vault, &d)?;
    let sealed = reveal_doc(vault, conn, &mut d)?;
    Ok((d, sealed))
}

/// Journal details about a hidden document: sealed for the minor (only
/// `{"hidden": true}` if no key of the minor's is registered any more).
pub fn hidden_details(conn: &rusqlite::Connection, details: &Value) -> Result<Value> {
    let r = keys::minor_recipients(conn)?;
    if r.is_empty() {
        Ok(json!({ "hidden": true }))
    } else {
        hidden::seal_details(&r, details)
    }
}

pub fn list(ctx: &Ctx, a: &ListArgs) -> Result<()> {
    let mut f = store::DocFilter {
        types: a
            .doc_type
            .iter()
            .map(|t| parse_type(t))
            .collect::<Result<_>>()?,
        author: a.author.as_deref().map(ids::parse_rpps).transpose()?,
        tag: a.tag.clone(),
        since: a
            .since
            .as_deref()
            .map(timefmt::parse_doc_date)
            .transpose()?,
        until: a
            .until
            .as_deref()
            .map(timefmt::parse_doc_date)
            .transpose()?,
        masked: if a.masked {
            Some(true)
        } else if a.unmasked {
            Some(false)
        } else {
            None
        },
        search: a.search.clone(),
        limit: a.limit,
    };
    let vault = ctx.unlock()?;
    let conn = vault.load()?;
    let hide = ctx.hidden_filter(&vault)?;
    let sealed_count = store::count_sealed(&conn)?;
    if hide.is_some() || sealed_count > 0 {
        f.limit = None;
    }
    let mut docs = store::list_docs(&conn, &f)?;
    let mut still_sealed = 0;
    if sealed_count > 0 {
        // Hidden documents were matched on their placeholders: match them
        // again on their real metadata, where the user's key opens it.
        docs.retain(|d| !d.hidden_from_guardians);
        let mut h: Vec<Document> = store::all_docs(&conn)?
            .into_iter()
            .filter(|d| d.hidden_from_guardians)
            .collect();
        still_sealed = hidden::reveal(&conn, &vault.user_identities(), &mut h)?;
        docs.extend(h.into_iter().filter(|d| f.matches(d)));
        docs.sort_by(listing_order);
    }
    let mut hidden_here = 0;
    if let Some(hide) = hide {
        let before = docs.len();
        docs.retain(|d| !hide(d));
        hidden_here = before - docs.len();
    }
    if let Some(n) = a.limit {
        docs.truncate(n);
    }
    if ctx.out.json {
        ctx.out
            .json_value(&docs.iter().map(DocJson::from).collect::<Vec<_>>());
        return Ok(());
    }
    let note = if ctx.policy_actor(&vault)? != crate::model::Actor::Holder && sealed_count > 0 {
        format!("; {sealed_count} more hidden from guardians (sealed to the minor's own key)")
    } else if hidden_here > 0 {
        format!("; {hidden_here} more not visible to you now")
    } else {
        String::new()
    };
    if docs.is_empty() {
        ctx.out
            .info(format!("{}: no documents match{note}", ctx.label()));
        return Ok(());
    }
    let rows = docs
        .iter()
        .map(|d| {
            let mut flags = Vec::new();
            if d.masked {
                flags.push("masked".to_string());
            }
            if !d.masked_from.is_empty() {
                flags.push(format!("masked from {}", d.masked_from.len()));
            }
            if d.hidden_from_guardians {
                flags.push("hidden from guardians".into());
            }
            if d.hidden_from_guardians && d.title == hidden::PLACEHOLDER_TITLE {
                flags.push("sealed to the minor's key".into());
            }
            vec![
                d.id.clone(),
                d.date.clone(),
                d.doc_type.name.to_string(),
                d.title.clone(),
                d.author.clone().unwrap_or_default(),
                d.tags.join(", "),
                flags.join(", "),
                human_size(d.size),
            ]
        })
        .collect();
    ctx.out.table(
        &[
            "ID", "DATE", "TYPE", "TITLE", "AUTHOR", "TAGS", "FLAGS", "SIZE",
        ],
        rows,
    );
    ctx.out
        .info(format!("{}: {} document(s){note}", ctx.label(), docs.len()));
    if still_sealed > 0 && ctx.policy_actor(&vault)? == crate::model::Actor::Holder {
        ctx.out.info(format!(
            "{still_sealed} document(s) are sealed to the minor's own key: unlock with it (--identity) to read them"
        ));
    }
    Ok(())
}

pub fn show(ctx: &Ctx, a: &IdArg) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = vault.load()?;
    let (d, _) = visible_doc(ctx, &vault, &conn, &a.id)?;
    let now = timefmt::now();
    let access = crate::commands::access::decisions_for_doc(&conn, &d, now)?;
    // In a child's profile: what its guardians see of it.
    let guardians = if store::get_meta(&conn, "guardians_profile")?.is_some() {
        let snap = crate::commands::access::StateSnapshot::load(&conn)?;
        let dec = policy::decide(
            &crate::model::Actor::Guardian {
                id: "guardians".into(),
            },
            &DocFacts::of(&d),
            &snap.view(),
            now,
        );
        Some((dec.visible, dec.rule.as_str()))
    } else {
        None
    };
    if ctx.out.json {
        let mut v = doc_json(&d);
        v["sha256"] = json!(d.sha256);
        v["media_type"] = json!(d.media_type);
        v["filename"] = json!(d.filename);
        v["confidentiality"] = json!(d.confidentiality(now));
        v["type_code"] = json!(d.doc_type.code);
        v["access"] = json!(access
            .iter()
            .map(|(rpps, name, dec)| json!({"rpps": rpps, "name": name, "visible": dec.visible, "rule": dec.rule.as_str()}))
            .collect::<Vec<_>>());
        if let Some((visible, rule)) = guardians {
            v["guardians"] = json!({ "visible": visible, "rule": rule });
        }
        ctx.out.json_value(&v);
        return Ok(());
    }
    let mut lines = vec![
        ("ID", d.id.clone()),
        ("Title", d.title.clone()),
        (
            "Type",
            format!(
                "{} ({} {}, {})",
                d.doc_type.name, d.doc_type.system, d.doc_type.code, d.doc_type.display_fr
            ),
        ),
        ("Date", d.date.clone()),
        (
            "Author",
            d.author.clone().unwrap_or_else(|| "holder".into()),
        ),
        ("Tags", d.tags.join(", ")),
        ("Confidentiality", d.confidentiality(now).join(", ")),
        ("Masked from", d.masked_from.join(", ")),
        (
            "File",
            format!("{} ({}, {})", d.filename, d.media_type, human_size(d.size)),
        ),
        ("SHA-256", d.sha256.clone()),
        ("Added", timefmt::rfc3339(d.added_at)),
    ];
    lines.retain(|(_, v)| !v.is_empty());
    for (k, v) in lines {
        ctx.out.line(format!("{k:<16} {v}"));
    }
    ctx.out.line("");
    if let Some((visible, rule)) = guardians {
        ctx.out.line(format!(
            "Guardians: {} ({rule})",
            if visible {
                "they see it"
            } else {
                "hidden from them, sealed to the minor's own key"
            },
        ));
    }
    if access.is_empty() {
        ctx.out
            .line("Who can see it: you; no professional is known to this vault (carnet pro add).");
    } else {
        ctx.out.line("Who can see it now:");
        for (rpps, name, dec) in access {
            ctx.out.line(format!(
                "  {} {rpps} {name}: {} ({})",
                if dec.visible { "yes" } else { "no " },
                dec.rule.explain(),
                dec.rule.as_str()
            ));
        }
    }
    ctx.out.info(format!("{}: document {}", ctx.label(), d.id));
    Ok(())
}

/// A readable file name for a document: its original name if it has one.
pub fn readable_name(d: &Document) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c == '/' || crate::text::is_unsafe(c) {
                    '_'
                } else {
                    c
                }
            })
            .collect::<String>()
            .trim_start_matches('.')
            .to_string()
    };
    let f = clean(&d.filename);
    if !f.is_empty() && f != "stdin" {
        return f;
    }
    let ext = crate::media::extension(&d.media_type)
        .map(|e| format!(".{e}"))
        .unwrap_or_default();
    format!("{}_{}{}", d.date, clean(&d.title), ext)
}

pub fn get(ctx: &Ctx, a: &GetArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = vault.load()?;
    let (d, sealed) = visible_doc(ctx, &vault, &conn, &a.id)?;

    // Where it goes, checked before the decryption is journaled.
    enum Dest {
        Stdout,
        File(PathBuf),
        /// A FIFO or a device: written straight into, as stdout is.
        Stream(PathBuf),
    }
    let dest = match &a.output {
        None => {
            if ctx.stdout_is_terminal() && !crate::media::is_text(&d.media_type) {
                return Err(Error::usage(
                    format!(
                        "refusing to write a binary document ({}) to the terminal",
                        d.media_type
                    ),
                    "pass -o FILE or -o DIR, or -o - to force stdout",
                ));
            }
            Dest::Stdout
        }
        Some(p) if p.as_os_str() == "-" => Dest::Stdout,
        Some(p) => {
            let p = match fsutil::output_target(p)? {
                fsutil::OutputTarget::Dir => p.join(readable_name(&d)),
                _ => p.clone(),
            };
            match fsutil::output_target(&p)? {
                fsutil::OutputTarget::Stream => Dest::Stream(p),
                _ => Dest::File(p),
            }
        }
    };
    if let Dest::File(p) = &dest {
        let parent = p
            .parent()
            .filter(|x| !x.as_os_str().is_empty())
            .unwrap_or(std::path::Path::new("."));
        if !parent.is_dir() {
            return Err(Error::usage(
                format!("cannot write {}: its directory does not exist", p.display()),
                "create the directory first, or choose another -o",
            ));
        }
    }

    let actor = ctx.actor(&vault)?;
    let target = match &dest {
        Dest::Stdout => "stdout".to_string(),
        Dest::File(_) | Dest::Stream(_) => "file".to_string(),
    };
    let mut details = json!({ "title": d.title, "output": target });
    if sealed {
        details = hidden_details(&conn, &details)?;
    }
    // A sealed blob is opened before the view is journaled, so one the
    // user's key does not open is refused without a journal line.
    let mut sealed_reader = if sealed {
        Some(hidden::open_content(&vault, &conn, &d)?.ok_or_else(|| sealed_error(&d))?)
    } else {
        None
    };
    drop(conn);
    let mut copy = |w: &mut dyn Write| -> Result<u64> {
        match sealed_reader.as_mut() {
            Some(r) => copy_blob(r.as_mut(), w, &d.blob),
            None => blobs::copy_to(&vault.layout, vault.key(), &d.blob, w),
        }
    };
    // The view is journaled before the document leaves carnet, and a
    // failed get journals nothing: a file is decrypted and verified into a
    // temp file first, journaled, then renamed into place; stdout cannot be
    // taken back, so the blob is checked to open before it is journaled.
    let journal_view = || {
        vault.write(|tx| {
            tx.journal(
                NewEntry::new(&actor, "doc.view", Some(&d.id), details.clone())
                    .mode(ctx.journal_mode())
                    // A minor's views are theirs (vault::private).
                    .private(true),
            )?;
            Ok(())
        })
    };
    match dest {
        Dest::Stdout | Dest::Stream(_) => {
            // A FIFO waits here for its reader, before anything is journaled.
            let (mut out, name): (Box<dyn Write>, String) = match &dest {
                Dest::Stream(p) => (
                    Box::new(fsutil::open_output_stream(p)?),
                    p.display().to_string(),
                ),
                _ => (Box::new(std::io::stdout().lock()), "stdout".into()),
            };
            if !sealed {
                blobs::check_opens(&vault.layout, vault.key(), &d.blob)?;
            }
            journal_view()?;
            copy(&mut out)?;
            out.flush().ctx(|| format!("writing to {name}"))?;
            if ctx.out.json && matches!(dest, Dest::Stream(_)) {
                ctx.out
                    .json_value(&json!({ "id": d.id, "path": name, "size": d.size }));
            } else {
                ctx.out
                    .info(format!("{}: wrote {} to {name}", ctx.label(), d.id));
            }
        }
        Dest::File(p) => {
            let tmp = fsutil::temp_beside(&p);
            // The temp file holds the document in clear: named in the
            // vault first, so a killed `get` leaves nothing that `check`
            // and the next write cannot find (dropped after it is gone).
            let _marker = vault.mark_outside_temp(&tmp)?;
            let res = (|| -> Result<()> {
                let mut f = fsutil::create_new_private(&tmp)?;
                copy(&mut f)?;
                f.sync_all().ctx(|| format!("syncing {}", tmp.display()))?;
                drop(f);
                journal_view()?;
                std::fs::rename(&tmp, &p).ctx(|| format!("writing {}", p.display()))?;
                fsutil::sync_parent(&p)
            })();
            if res.is_err() {
                let _ = std::fs::remove_file(&tmp);
            }
            res?;
            if ctx.out.json {
                ctx.out.json_value(
                    &json!({ "id": d.id, "path": p.display().to_string(), "size": d.size }),
                );
            } else {
                ctx.out.info(format!(
                    "{}: wrote {} to {}",
                    ctx.label(),
                    d.id,
                    p.display()
                ));
            }
        }
    }
    Ok(())
}

fn copy_blob(r: &mut dyn Read, w: &mut dyn Write, name: &str) -> Result<u64> {
    let mut buf = zeroize::Zeroizing::new(vec![0u8; 1 << 16]);
    let mut n = 0u64;
    loop {
        let k = r.read(&mut buf).map_err(|e| blobs::read_error(name, e))?;
        if k == 0 {
            return Ok(n);
        }
        w.write_all(&buf[..k])
            .ctx(|| "writing the document".into())?;
        n += k as u64;
    }
}

pub fn edit(ctx: &Ctx, a: &EditArgs) -> Result<()> {
    let new_type = a.doc_type.as_deref().map(parse_type).transpose()?;
    let new_date = a.date.as_deref().map(timefmt::parse_doc_date).transpose()?;
    if let Some(t) = &a.title {
        if t.trim().is_empty() {
            return Err(Error::usage("--title is empty", "give a non-empty title"));
        }
        crate::text::check_field("--title", t)?;
    }
    for t in &a.tags {
        crate::text::check_field("--tag", t)?;
    }
    if a.title.is_none()
        && new_type.is_none()
        && new_date.is_none()
        && a.tags.is_empty()
        && a.untags.is_empty()
    {
        return Err(Error::usage(
            "nothing to change",
            "pass --title, --type, --date, --tag or --untag",
        ));
    }
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let (shown, sealed) = {
        let conn = vault.load()?;
        visible_doc(ctx, &vault, &conn, &a.id)?
    };
    let d = vault.write(|tx| {
        let mut d = store::get_doc(tx.conn, &shown.id)?
            .ok_or_else(|| Error::Other("document vanished".into()))?;
        if sealed {
            reveal_doc(&vault, tx.conn, &mut d)?;
        }
        let mut changes = serde_json::Map::new();
        if let Some(t) = &a.title {
            changes.insert("title".into(), json!({"from": d.title, "to": t.trim()}));
        }
        if let Some(t) = new_type {
            changes.insert(
                "type".into(),
                json!({"from": d.doc_type.name, "to": t.name}),
            );
        }
        if let Some(dt) = &new_date {
            changes.insert("date".into(), json!({"from": d.date, "to": dt}));
        }
        let mut tags = d.tags.clone();
        if !a.tags.is_empty() || !a.untags.is_empty() {
            for t in &a.tags {
                let t = t.trim().to_string();
                if !t.is_empty() && !tags.contains(&t) {
                    tags.push(t);
                }
            }
            tags.retain(|t| !a.untags.iter().any(|u| u.trim() == t));
            changes.insert("tags".into(), json!({"from": d.tags, "to": tags}));
        }
        let mut details = Value::Object(changes);
        if sealed {
            // The real metadata lives sealed for the minor: re-seal it.
            let recipients = keys::minor_recipients(tx.conn)?;
            if recipients.is_empty() {
                return Err(Error::usage(
                    format!("document {} is sealed, and no key of the minor's is registered to seal it again", d.id),
                    "register the minor's key: carnet profile key NAME R",
                ));
            }
            if let Some(t) = &a.title {
                d.title = t.trim().to_string();
            }
            if let Some(t) = new_type {
                d.doc_type = t;
            }
            if let Some(dt) = &new_date {
                d.date = dt.clone();
            }
            d.tags = tags;
            let bytes = hidden::seal_meta(&recipients, &hidden::SealedMeta::of(&d))?;
            store::set_sealed(tx.conn, &d.id, Some(&bytes))?;
            details = hidden::seal_details(&recipients, &details)?;
        } else {
            store::update_doc_fields(
                tx.conn,
                &d.id,
                a.title.as_deref().map(str::trim),
                new_type,
                new_date.as_deref(),
            )?;
            if !a.tags.is_empty() || !a.untags.is_empty() {
                store::set_tags(tx.conn, &d.id, &tags)?;
            }
        }
        tx.journal(
            NewEntry::new(&actor, "doc.edit", Some(&d.id), details).mode(ctx.journal_mode()),
        )?;
        if sealed {
            Ok(d)
        } else {
            store::get_doc(tx.conn, &d.id)?.ok_or_else(|| Error::Other("document vanished".into()))
        }
    })?;
    if ctx.out.json {
        ctx.out.json_value(&doc_json(&d));
    } else {
        ctx.out
            .info(format!("{}: updated {} ({})", ctx.label(), d.id, d.title));
    }
    Ok(())
}

pub fn mask(ctx: &Ctx, a: &MaskArgs, masking: bool) -> Result<()> {
    if a.guardians {
        return mask_guardians(ctx, a, masking);
    }
    let from: Vec<String> = a
        .from
        .iter()
        .map(|r| ids::parse_rpps(r))
        .collect::<Result<_, _>>()?;
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let action = if masking { "doc.mask" } else { "doc.unmask" };
    // Each document must be one the user may see (with its real title).
    let shown = visible_docs(ctx, &vault, &a.ids)?;
    let docs = vault.write(|tx| {
        for rpps in &from {
            let p = store::require_pro(tx.conn, rpps)?;
            // Who a document is masked from is stored in clear.
            if crate::vault::private::is_private_pro(tx.conn, rpps)? {
                return Err(Error::policy(
                    format!("{} ({rpps}) is private to you, and who a document is masked from shows to your guardians", p.name),
                    format!("a professional you keep private sees only what you grant them: scope their grant instead (carnet grant {rpps} --type T --doc ID)"),
                ));
            }
        }
        for (d, sealed) in &shown {
            let details = if from.is_empty() {
                store::set_masked(tx.conn, &d.id, masking)?;
                json!({ "title": d.title, "flag": "MASQUE_PS" })
            } else {
                for rpps in &from {
                    if masking {
                        store::add_masked_from(tx.conn, &d.id, rpps)?;
                    } else {
                        store::remove_masked_from(tx.conn, &d.id, rpps)?;
                    }
                }
                json!({ "title": d.title, "from": from })
            };
            let details = if *sealed {
                hidden_details(tx.conn, &details)?
            } else {
                details
            };
            tx.journal(
                NewEntry::new(&actor, action, Some(&d.id), details).mode(ctx.journal_mode()),
            )?;
        }
        let mut out = Vec::new();
        for (d, sealed) in &shown {
            let mut cur = store::get_doc(tx.conn, &d.id)?
                .ok_or_else(|| Error::Other("document vanished".into()))?;
            if *sealed {
                reveal_doc(&vault, tx.conn, &mut cur)?;
            }
            out.push(cur);
        }
        Ok(out)
    })?;
    if ctx.out.json {
        ctx.out
            .json_value(&docs.iter().map(doc_json).collect::<Vec<_>>());
    } else {
        let what = match (masking, from.is_empty()) {
            (true, true) => "masked from professionals".to_string(),
            (false, true) => "unmasked".to_string(),
            (true, false) => format!("masked from {}", from.join(", ")),
            (false, false) => format!("no longer masked from {}", from.join(", ")),
        };
        for d in &docs {
            ctx.out
                .info(format!("{}: {} {} ({what})", ctx.label(), d.id, d.title));
        }
    }
    // A mask does not apply to the document's own author (the policy's
    // `masked_author` rule): it is recorded but changes nothing, so say so.
    if masking {
        for d in &docs {
            if let Some(author) = d.author.as_deref().filter(|a| from.iter().any(|r| r == a)) {
                ctx.out.warn(format!(
                    "{author} is the author of {}: a mask from its own author has no effect (rule masked_author)",
                    d.id
                ));
            }
        }
    }
    Ok(())
}

/// `mask --guardians`: the document's content is re-encrypted to the
/// minor's recipients under a random name and its metadata sealed, so the
/// guardians can no longer read it (what they already saw, including
/// earlier journal entries, stays as it was). `unmask --guardians` (only
/// with the minor's key) undoes it.
fn mask_guardians(ctx: &Ctx, a: &MaskArgs, masking: bool) -> Result<()> {
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    let recipients = if masking {
        crate::vault::add::minor_recipients_for_hiding(&vault).map_err(|e| match e {
            Error::Usage { message, hint } => Error::Usage {
                message: format!("{}: {message}", ctx.label()),
                hint: hint.replace("NAME", &ctx.profile_name()),
            },
            other => other,
        })?
    } else {
        Vec::new()
    };
    let shown = visible_docs(ctx, &vault, &a.ids)?;
    // New blobs first (no lock held), then one commit, then the old blobs go.
    let mut changed: Vec<(Document, String)> = Vec::new(); // (new state, old blob)
    let mut unchanged: Vec<Document> = Vec::new();
    let cleanup = |changed: &[(Document, String)]| {
        for (d, _) in changed {
            let _ = vault.layout.remove_file(&vault.layout.blob(&d.blob));
        }
    };
    for (d, sealed) in shown {
        if masking == sealed {
            unchanged.push(d);
            continue;
        }
        let res = if masking {
            let r = blobs::open(&vault.layout, vault.key(), &d.blob)?;
            hidden::write_blob(&vault.layout, &recipients, r)
        } else {
            let r = hidden::open_blob(&vault.layout, &vault.user_identities(), &d.blob, &d.sha256)?
                .ok_or_else(|| sealed_error(&d))?;
            blobs::write(&vault.layout, vault.key(), r)
        };
        let w = match res {
            Ok(w) => w,
            Err(e) => {
                cleanup(&changed);
                return Err(e);
            }
        };
        if w.duplicate {
            cleanup(&changed);
            return Err(Error::usage(
                format!(
                    "the content of {} is already in the vault as another document",
                    d.id
                ),
                "delete one of the two copies first (carnet rm ID)",
            ));
        }
        let mut n = d.clone();
        let old = std::mem::replace(&mut n.blob, w.name);
        n.hidden_from_guardians = masking;
        changed.push((n, old));
    }
    let committed = if changed.is_empty() {
        Ok(())
    } else {
        crate::fsutil::sync_filesystem(&vault.layout.blobs()).and_then(|_| {
            vault.write(|tx| {
                let action = if masking { "doc.mask" } else { "doc.unmask" };
                for (d, _) in &changed {
                    store::delete_doc(tx.conn, &d.id)?;
                    let details =
                        json!({ "title": d.title, "flag": "INVISIBLE_REPRESENTANTS_LEGAUX" });
                    if masking {
                        store::insert_doc(tx.conn, &hidden::placeholder(d, tx.now))?;
                        let bytes = hidden::seal_meta(&recipients, &hidden::SealedMeta::of(d))?;
                        store::set_sealed(tx.conn, &d.id, Some(&bytes))?;
                        tx.journal(
                            NewEntry::new(
                                &actor,
                                action,
                                Some(&d.id),
                                hidden::seal_details(&recipients, &details)?,
                            )
                            .mode(ctx.journal_mode()),
                        )?;
                    } else {
                        store::insert_doc(tx.conn, d)?;
                        tx.journal(
                            NewEntry::new(&actor, action, Some(&d.id), details)
                                .mode(ctx.journal_mode()),
                        )?;
                    }
                }
                Ok(())
            })
        })
    };
    if let Err(e) = committed {
        cleanup(&changed);
        return Err(e);
    }
    for (_, old) in &changed {
        let _ = vault.layout.remove_file(&vault.layout.blob(old));
    }
    let docs: Vec<Document> = changed
        .into_iter()
        .map(|(d, _)| d)
        .chain(unchanged.iter().cloned())
        .collect();
    if ctx.out.json {
        ctx.out
            .json_value(&docs.iter().map(doc_json).collect::<Vec<_>>());
    } else {
        for d in &docs {
            let already = unchanged.iter().any(|u| u.id == d.id);
            ctx.out.info(format!(
                "{}: {} {} ({})",
                ctx.label(),
                d.id,
                d.title,
                match (masking, already) {
                    (true, false) => "hidden from guardians, sealed to the minor's key",
                    (true, true) => "already hidden from guardians",
                    (false, false) => "visible to guardians again",
                    (false, true) => "was not hidden from guardians",
                }
            ));
        }
    }
    Ok(())
}

pub fn rm(ctx: &Ctx, a: &RmArgs) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = vault.load()?;
    let mut docs: Vec<Document> = Vec::new();
    // Documents sealed for the minor: a guardian may delete them without
    // reading them (journaled, and shown to the minor).
    let mut sealed: std::collections::HashMap<String, bool> = std::collections::HashMap::new();
    for id in &a.ids {
        let mut d = store::resolve_doc(&conn, id)?;
        if docs.iter().any(|x| x.id == d.id) {
            continue;
        }
        let is_sealed = match reveal_doc(&vault, &conn, &mut d) {
            Ok(s) => s,
            Err(Error::Unlock { .. }) => true,
            Err(e) => return Err(e),
        };
        sealed.insert(d.id.clone(), is_sealed);
        docs.push(d);
    }
    let authored: Vec<&Document> = docs.iter().filter(|d| d.author.is_some()).collect();
    if !authored.is_empty() && !a.force {
        return Err(Error::usage(
            format!(
                "{} was written by a professional ({}); deleting it needs --force",
                authored[0].id,
                authored[0].author.clone().unwrap_or_default()
            ),
            "mask it instead (carnet mask ID), or pass --force to delete it anyway (journaled as forced)",
        ));
    }
    if !a.yes {
        let names: Vec<String> = docs
            .iter()
            .map(|d| format!("{} ({})", d.id, d.title))
            .collect();
        if !ctx.confirm(&format!("Delete {}?", names.join(", ")), "--yes")? {
            ctx.out.info("nothing deleted");
            return Ok(());
        }
    }
    let actor = ctx.actor(&vault)?;
    let removed = vault.write(|tx| {
        let mut removed = Vec::new();
        for d in &docs {
            if store::get_doc(tx.conn, &d.id)?.is_none() {
                continue;
            }
            let cur = d.clone();
            store::delete_doc(tx.conn, &cur.id)?;
            let mut details = json!({ "title": cur.title, "type": cur.doc_type.name });
            if let Some(au) = &cur.author {
                details["author"] = json!(au);
                details["forced"] = json!(true);
            }
            if sealed.get(&cur.id).copied().unwrap_or(false) {
                details = if cur.title == hidden::PLACEHOLDER_TITLE {
                    // Deleted by someone who could not read it.
                    json!({ "hidden": true })
                } else {
                    hidden_details(tx.conn, &details)?
                };
            }
            tx.journal(
                NewEntry::new(&actor, "doc.delete", Some(&cur.id), details)
                    .mode(ctx.journal_mode()),
            )?;
            removed.push(cur);
        }
        Ok(removed)
    })?;
    // Blobs go after the commit: a crash in between leaves an orphan blob
    // (reported and cleaned by `check`), never a document without its blob.
    let conn = vault.load()?;
    let still = store::referenced_blobs(&conn)?;
    for d in &removed {
        if !still.contains(&d.blob) {
            let p = vault.layout.blob(&d.blob);
            let _ = vault.layout.remove_file(&p);
        }
    }
    if ctx.out.json {
        ctx.out.json_value(
            &removed
                .iter()
                .map(|d| json!({"id": d.id, "title": d.title, "deleted": true}))
                .collect::<Vec<_>>(),
        );
    } else {
        for d in &removed {
            ctx.out
                .info(format!("{}: deleted {} ({})", ctx.label(), d.id, d.title));
        }
    }
    Ok(())
}

pub fn release(ctx: &Ctx, a: &IdArg) -> Result<()> {
    let vault = ctx.unlock()?;
    let actor = ctx.actor(&vault)?;
    {
        let conn = vault.load()?;
        let d = store::resolve_doc(&conn, &a.id)?;
        if d.hidden_from_guardians {
            check_visible_to_user(ctx, &vault, &d)?;
        }
    }
    let d = vault.write(|tx| {
        let d = store::resolve_doc(tx.conn, &a.id)?;
        if d.invisible_patient_until.is_none_or(|t| t <= tx.now) {
            return Err(Error::usage(
                format!("document {} is not held back (INVISIBLE_PATIENT)", d.id),
                "only documents a professional sent with INVISIBLE_PATIENT need releasing",
            ));
        }
        store::release_doc(tx.conn, &d.id)?;
        tx.journal(NewEntry::new(
            &actor,
            "doc.release",
            Some(&d.id),
            json!({ "title": d.title, "flag": "INVISIBLE_PATIENT" }),
        ))?;
        Ok(d)
    })?;
    if ctx.out.json {
        ctx.out.json_value(&json!({ "id": d.id, "released": true }));
    } else {
        ctx.out.info(format!(
            "{}: {} is now visible ({})",
            ctx.label(),
            d.id,
            d.title
        ));
    }
    Ok(())
}
