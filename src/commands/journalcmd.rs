//! `carnet journal`, `journal verify`, `journal head`.

use serde_json::json;

use crate::cli::args::{JournalArgs, JournalCommand, JournalFormat};
use crate::commands::context::Ctx;
use crate::error::{Error, Result};
use crate::journal::{self, Filter};
use crate::timefmt;
use crate::vault::{private, store};

pub fn run(ctx: &Ctx, a: &JournalArgs) -> Result<()> {
    match a.command {
        Some(JournalCommand::Verify) => return verify(ctx),
        Some(JournalCommand::Head) => return head(ctx),
        None => {}
    }
    let since = a.since.as_deref().map(timefmt::parse_since).transpose()?;
    let vault = ctx.unlock()?;
    let conn = vault.load_noticing_expiry()?;
    let doc = a
        .doc
        .as_deref()
        .map(|id| store::resolve_journal_doc(&conn, id))
        .transpose()?;
    // What the minor sealed (whole entries of their own session, details
    // of entries about hidden documents) is shown in full to the minor's
    // key, before the filters, so they match what the entries say; to
    // anyone else it stays sealed.
    let ids = vault.user_identities();
    let open = |e: &mut journal::Entry| {
        if ids.is_empty() || private::open_entry(&ids, e) {
            return;
        }
        if let Some(v) = crate::vault::hidden::open_details(&ids, &e.details) {
            e.details = v;
        }
    };
    let mut entries = journal::entries_opened(
        &conn,
        &Filter {
            since,
            actor: a.actor.clone(),
            action: a.action.clone(),
            doc,
            limit: a.limit,
            after_seq: None,
        },
        &open,
    )?;
    let still_sealed = entries
        .iter()
        .filter(|e| e.action == private::SEALED_ACTION)
        .count();
    // Documents the user may not see now (INVISIBLE_PATIENT before its
    // release): their titles in journal details are held back too.
    if let Some(hide) = ctx.hidden_filter(&vault)? {
        let held: std::collections::HashSet<String> = store::all_docs(&conn)?
            .into_iter()
            .filter(|d| hide(d))
            .map(|d| d.id)
            .collect();
        for e in entries.iter_mut() {
            let about_held = e.target.as_ref().is_some_and(|t| held.contains(t));
            if about_held && e.details.get("title").is_some() {
                e.details["title"] = serde_json::json!(crate::commands::context::HELD_TITLE);
            }
        }
    }
    let format = a.format.unwrap_or(if ctx.out.json {
        JournalFormat::Json
    } else {
        JournalFormat::Table
    });
    match format {
        JournalFormat::Json => ctx.out.json_value(&entries),
        JournalFormat::Csv => ctx.out.write_stdout(|w| {
            writeln!(
                w,
                "seq,at,actor_type,actor_id,actor_name,mode,action,target,details,hash"
            )?;
            for e in &entries {
                let row = [
                    e.seq.to_string(),
                    e.at.clone(),
                    e.actor.kind.clone(),
                    e.actor.id.clone(),
                    e.actor.name.clone(),
                    e.mode.clone(),
                    e.action.clone(),
                    e.target.clone().unwrap_or_default(),
                    e.details.to_string(),
                    e.hash.clone(),
                ];
                writeln!(
                    w,
                    "{}",
                    row.iter()
                        .map(|c| csv_field(c))
                        .collect::<Vec<_>>()
                        .join(",")
                )?;
            }
            Ok(())
        }),
        JournalFormat::Table => {
            if entries.is_empty() {
                ctx.out
                    .info(format!("{}: no journal entries match", ctx.label()));
            } else {
                ctx.out.table(
                    &["SEQ", "AT", "ACTOR", "MODE", "ACTION", "TARGET", "DETAILS"],
                    entries
                        .iter()
                        .map(|e| {
                            vec![
                                e.seq.to_string(),
                                e.at.clone(),
                                if e.actor.name.is_empty() {
                                    e.actor.kind.clone()
                                } else {
                                    format!("{} ({})", e.actor.name, e.actor.kind)
                                },
                                e.mode.clone(),
                                e.action.clone(),
                                e.target.clone().unwrap_or_default(),
                                if e.action == private::SEALED_ACTION {
                                    SEALED_ROW.to_string()
                                } else {
                                    summarize(&e.details)
                                },
                            ]
                        })
                        .collect(),
                );
                ctx.out.info(format!(
                    "{}: {} journal entr{}{}",
                    ctx.label(),
                    entries.len(),
                    if entries.len() == 1 { "y" } else { "ies" },
                    sealed_note(still_sealed)
                ));
            }
        }
    }
    let (seq, _) = journal::head(&conn)?;
    vault.mark_reviewed(seq)?;
    Ok(())
}

/// The details column of an entry sealed whole for the minor.
const SEALED_ROW: &str = "(sealed for the minor)";

/// How many of the entries shown stay sealed for the minor (what a
/// guardian may know: that they exist).
fn sealed_note(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "; 1 entry sealed for the minor (only the minor's key opens it)".into(),
        n => format!("; {n} entries sealed for the minor (only the minor's key opens them)"),
    }
}

fn summarize(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(o) => o
            .iter()
            .filter(|(k, _)| k.as_str() != "sha256")
            .map(|(k, v)| match v {
                serde_json::Value::String(_) if k == "sealed" => {
                    "sealed=(for the minor's key)".to_string()
                }
                serde_json::Value::String(s) => format!("{k}={s}"),
                other => format!("{k}={other}"),
            })
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn verify(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = vault.load_whole()?;
    match journal::verify(&conn)? {
        Ok(n) => {
            let (seq, hash) = journal::head(&conn)?;
            if ctx.out.json {
                ctx.out
                    .json_value(&json!({ "ok": true, "entries": n, "seq": seq, "hash": hash }));
            } else {
                ctx.out.info(format!(
                    "{}: journal ok, {n} entries, head {seq} {hash}",
                    ctx.label()
                ));
            }
            Ok(())
        }
        Err(seq) => Err(Error::integrity(
            format!("journal entry {seq} is damaged: the hash chain breaks there"),
            "the journal was edited outside carnet; restore index.age from a backup you trust",
        )),
    }
}

fn head(ctx: &Ctx) -> Result<()> {
    let vault = ctx.unlock()?;
    let conn = vault.load()?;
    let (seq, hash) = journal::head(&conn)?;
    if ctx.out.json {
        ctx.out.json_value(&json!({ "seq": seq, "hash": hash }));
    } else {
        ctx.out.line(format!("{seq} {hash}"));
        ctx.out.info(format!("{}: journal head", ctx.label()));
    }
    Ok(())
}
