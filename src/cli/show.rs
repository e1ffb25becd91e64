//! How `carnet show` is shown: its JSON shape (`show --json`) and the
//! lines of the document's metadata for people.

use serde::Serialize;

use crate::cli::document::human_size;
use crate::model::Document;
use crate::policy::Decision;
use crate::timefmt;

/// `show --json`: the document, its codes, and the decisions. Fields in
/// alphabetical order, as the output has always had them.
#[derive(Serialize)]
pub struct ShowJson<'a> {
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
pub struct Sight {
    pub rule: &'static str,
    pub visible: bool,
}

impl From<&Decision<'_>> for Sight {
    fn from(d: &Decision<'_>) -> Self {
        Sight {
            rule: d.rule.as_str(),
            visible: d.visible,
        }
    }
}

impl<'a> ShowJson<'a> {
    /// `d` at `now`, with what each professional (`access`: RPPS, name,
    /// decision) and the guardians see of it.
    pub fn new(
        d: &'a Document,
        now: time::OffsetDateTime,
        access: &'a [(&'a str, &'a str, Decision<'_>)],
        guardians: Option<Sight>,
    ) -> Self {
        ShowJson {
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
        }
    }
}

/// The lines of the human view, empty ones left out.
pub fn fields(
    d: &Document,
    now: time::OffsetDateTime,
    names: &crate::cli::pro::Names,
) -> Vec<(&'static str, String)> {
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
        ("Date", timefmt::local_str(&d.date)),
        (
            "Author",
            d.author
                .as_deref()
                .map(|a| names.label_if_known(a))
                .unwrap_or_else(|| "holder".into()),
        ),
        ("Tags", d.tags.join(", ")),
        ("Confidentiality", d.confidentiality(now).join(", ")),
        (
            "Masked from",
            d.masked_from
                .iter()
                .map(|r| names.label_if_known(r))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            "File",
            format!("{} ({}, {})", d.filename, d.media_type, human_size(d.size)),
        ),
        ("SHA-256", d.sha256.clone()),
        ("Added", timefmt::local(d.added_at)),
    ];
    lines.retain(|(_, v)| !v.is_empty());
    lines
}
