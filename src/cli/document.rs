//! How a document is shown: its JSON shape (`list --json`, `edit --json`,
//! `mask --json`, and the base of `show --json`) and its size for people.

use serde::Serialize;

use crate::model::Document;
use crate::timefmt;

/// A document as `list --json` gives it. A struct rather than a `json!`
/// map: listing 100k documents builds no map per document. Fields in
/// alphabetical order, as the output has always had them.
#[derive(Serialize)]
pub struct DocJson<'a> {
    added_at: String,
    author: &'a Option<String>,
    date: &'a str,
    id: &'a str,
    masked: bool,
    masked_from: &'a [String],
    /// `holder`, or `inbox` for a document folded from the inbox.
    origin: &'static str,
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
            origin: "holder",
            size: d.size,
            tags: &d.tags,
            title: &d.title,
            doc_type: d.doc_type.name,
        }
    }
}

impl DocJson<'_> {
    /// Says the document came from the inbox.
    pub fn from_inbox(mut self, yes: bool) -> Self {
        if yes {
            self.origin = "inbox";
        }
        self
    }
}

/// Documents as a JSON array of [`DocJson`].
pub fn docs_json(docs: &[Document]) -> Vec<DocJson<'_>> {
    docs.iter().map(DocJson::from).collect()
}

/// A size for people: `512 B`, `1.5 KiB`, `3.2 MiB`.
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
