//! `carnet journal [--since D] [--actor S] [--action S] [--doc ID]
//! [--limit N] [--format F]`: the entries, as a table, JSON or CSV.

use crate::cli::args::{JournalArgs, JournalFormat};
use crate::cli::pro::Names;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::journal::Entry;
use crate::timefmt;
use crate::vault::journal_view::JournalQuery;
use crate::vault::private::SEALED_ACTION;
use crate::vault::visibility::HELD_TITLE;

pub fn run(ctx: &Ctx, a: &JournalArgs) -> Result<()> {
    let since = a.since.as_deref().map(timefmt::parse_since).transpose()?;
    let vault = ctx.unlock()?;
    let mut page = vault.read_journal(&JournalQuery {
        since,
        actor: a.actor.clone(),
        action: a.action.clone(),
        doc: a.doc.clone(),
        limit: a.limit,
    })?;
    // Documents the user may not see now (INVISIBLE_PATIENT before its
    // release): their titles in journal details are held back too.
    let hide = vault.hidden_filter()?;
    if hide.can_hide() {
        page.hold_titles(&vault.document_ids_where(|d| hide.hides(d))?, HELD_TITLE);
    }
    let format = a.format.unwrap_or(if ctx.out.json {
        JournalFormat::Json
    } else {
        JournalFormat::Table
    });
    match format {
        JournalFormat::Json => ctx.out.json_value(&page.entries),
        JournalFormat::Csv => csv(ctx, &page.entries),
        JournalFormat::Table if page.entries.is_empty() => ctx
            .out
            .info(crate::i18n::tr!("journal-none", label = ctx.label())),
        JournalFormat::Table => {
            // A professional's RPPS as target reads as their name too.
            let names = Names::of(&vault.professionals()?);
            ctx.out.table(
                &["SEQ", "AT", "ACTOR", "MODE", "ACTION", "TARGET", "DETAILS"],
                page.entries.iter().map(|e| row(e, &names)).collect(),
            );
            let n = page.entries.len();
            ctx.out.info(crate::i18n::tr!(
                "journal-count",
                label = ctx.label(),
                n = n,
                note = sealed_note(page.still_sealed)
            ));
        }
    }
    vault.mark_reviewed(page.head.seq)?;
    Ok(())
}

fn row(e: &Entry, names: &Names) -> Vec<String> {
    vec![
        match &e.device {
            Some(d) => format!("{}:{}", d.chars().take(8).collect::<String>(), e.seq),
            None => e.seq.to_string(),
        },
        timefmt::local_str(&e.at),
        if e.actor.name.is_empty() {
            crate::i18n::explain::actor_kind(&e.actor.kind)
        } else {
            format!(
                "{} ({})",
                e.actor.name,
                crate::i18n::explain::actor_kind(&e.actor.kind)
            )
        },
        crate::i18n::explain::mode(&e.mode),
        e.action.clone(),
        e.target
            .as_deref()
            .map(|t| names.label_if_known(t))
            .unwrap_or_default(),
        if e.action == SEALED_ACTION {
            crate::i18n::tr!("c-journal-sealed-row")
        } else {
            summarize(&e.details)
        },
    ]
}

fn csv(ctx: &Ctx, entries: &[Entry]) {
    ctx.out.write_stdout(|w| {
        writeln!(
            w,
            "seq,at,actor_type,actor_id,actor_name,mode,action,target,details,hash"
        )?;
        for e in entries {
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
            let fields: Vec<String> = row.iter().map(|c| csv_field(c)).collect();
            writeln!(w, "{}", fields.join(","))?;
        }
        Ok(())
    })
}

/// How many of the entries shown stay sealed for the minor (what a
/// guardian may know: that they exist).
fn sealed_note(n: usize) -> String {
    match n {
        0 => String::new(),
        n => crate::i18n::tr!("journal-sealed-note", n = n),
    }
}

fn summarize(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Object(o) => o
            .iter()
            .filter(|(k, _)| k.as_str() != "sha256")
            .map(|(k, v)| match v {
                serde_json::Value::String(_) if k == "sealed" => {
                    crate::i18n::tr!("c-journal-sealed-detail")
                }
                // Instants read in local time, as the AT column; dates as
                // the reader's language writes them.
                serde_json::Value::String(s) if is_date_key(k) => {
                    format!("{k}={}", timefmt::local_str(s))
                }
                serde_json::Value::String(s) => format!("{k}={s}"),
                other => format!("{k}={other}"),
            })
            .collect::<Vec<_>>()
            .join(" "),
        other => other.to_string(),
    }
}

fn is_date_key(k: &str) -> bool {
    k.ends_with("_at") || k.ends_with("_date") || matches!(k, "date" | "since" | "until")
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
