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

/// A size for people: `512 B`, `1.5 KiB`, `3.2 MiB`; in French `512 o`,
/// `1,5 Kio`, `3,2 Mio` (octets, and the decimal comma).
pub fn human_size(n: u64) -> String {
    size_in(crate::i18n::lang(), n)
}

fn size_in(lang: crate::i18n::Lang, n: u64) -> String {
    use crate::i18n::Lang;
    let units: [&str; 5] = match lang {
        Lang::En => ["B", "KiB", "MiB", "GiB", "TiB"],
        Lang::Fr => ["o", "Kio", "Mio", "Gio", "Tio"],
    };
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1024.0 && i < units.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        return format!("{n} {}", units[0]);
    }
    let s = format!("{v:.1} {}", units[i]);
    match lang {
        Lang::En => s,
        Lang::Fr => s.replacen('.', ",", 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn sizes_read_as_each_language_writes_them() {
        assert_eq!(size_in(Lang::En, 10), "10 B");
        assert_eq!(size_in(Lang::En, 1536), "1.5 KiB");
        assert_eq!(size_in(Lang::Fr, 10), "10 o");
        assert_eq!(size_in(Lang::Fr, 1536), "1,5 Kio");
        assert_eq!(size_in(Lang::Fr, 3 << 30), "3,0 Gio");
    }
}
