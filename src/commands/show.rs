//! `carnet show ID`: a document's metadata, and who can see it now.

use serde::Serialize;

use crate::cli::args::IdArg;
use crate::cli::document::human_size;
use crate::commands::context::Ctx;
use crate::error::Result;
use crate::model::{Actor, Document};
use crate::policy::Decision;
use crate::timefmt;

/// `show --json`: the document, its codes, and the decisions. Fields in
/// alphabetical order, as the output has always had them.
#[derive(Serialize)]
struct ShowJson<'a> {
    access: Vec<ProSight<'a>>,
    added_at: String,
    author: &'a Option<String>,
    confidentiality: Vec<&'static str>,
    date: &'a str,
    filename: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    guardians: Option<Sight>,
    id: &'a str,
    masked: bool,
    masked_from: &'a [String],
    media_type: &'a str,
    sha256: &'a str,
    size: u64,
    tags: &'a [String],
    title: &'a str,
    #[serde(rename = "type")]
    doc_type: &'a str,
    type_code: &'a str,
}

#[derive(Serialize)]
struct ProSight<'a> {
    name: &'a str,
    rpps: &'a str,
    rule: &'static str,
    visible: bool,
}

#[derive(Serialize)]
struct Sight {
    rule: &'static str,
    visible: bool,
}

impl From<&Decision<'_>> for Sight {
    fn from(d: &Decision<'_>) -> Self {
        Sight {
            rule: d.rule.as_str(),
            visible: d.visible,
        }
    }
}

pub fn run(ctx: &Ctx, a: &IdArg) -> Result<()> {
    let vault = ctx.unlock()?;
    let d = vault.visible_doc(&a.id)?.doc;
    let judge = vault.judge()?;
    let now = judge.now();
    let pros = vault.professionals()?;
    let access: Vec<(&str, &str, Decision<'_>)> = pros
        .iter()
        .map(|p| {
            let actor = Actor::Professional {
                rpps: p.rpps.clone(),
            };
            (p.rpps.as_str(), p.name.as_str(), judge.decide(&actor, &d))
        })
        .collect();
    // In a child's profile: what its guardians see of it.
    let guardians = judge.for_guardians(&d).as_ref().map(Sight::from);
    if ctx.out.json {
        ctx.out.json_value(&ShowJson {
            access: access
                .iter()
                .map(|(rpps, name, dec)| ProSight {
                    name,
                    rpps,
                    rule: dec.rule.as_str(),
                    visible: dec.visible,
                })
                .collect(),
            added_at: timefmt::rfc3339(d.added_at),
            author: &d.author,
            confidentiality: d.confidentiality(now),
            date: &d.date,
            filename: &d.filename,
            guardians,
            id: &d.id,
            masked: d.masked,
            masked_from: &d.masked_from,
            media_type: &d.media_type,
            sha256: &d.sha256,
            size: d.size,
            tags: &d.tags,
            title: &d.title,
            doc_type: d.doc_type.name,
            type_code: d.doc_type.code,
        });
        return Ok(());
    }
    for (k, v) in fields(&d, now) {
        ctx.out.line(format!("{k:<16} {v}"));
    }
    ctx.out.line("");
    if let Some(g) = guardians {
        ctx.out.line(format!(
            "Guardians: {} ({})",
            if g.visible {
                "they see it"
            } else {
                "hidden from them, sealed to the minor's own key"
            },
            g.rule
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

/// The lines of the human view, empty ones left out.
fn fields(d: &Document, now: time::OffsetDateTime) -> Vec<(&'static str, String)> {
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
    lines
}
