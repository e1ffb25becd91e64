//! Sidecar metadata: `scan.pdf.yaml` beside `scan.pdf` may give `title`,
//! `type`, `date`, `author`, `tags`, `masked`. Sidecars are untrusted input
//! (a scanner or a script wrote them): parsed strictly, errors name the
//! file and line, and every value is checked like the matching flag.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::ids;
use crate::model::DocType;
use crate::timefmt;

/// Largest sidecar read (metadata only; anything bigger is a mistake).
pub const MAX_SIDECAR: u64 = 64 * 1024;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    title: Option<String>,
    #[serde(rename = "type")]
    doc_type: Option<String>,
    date: Option<serde_yaml::Value>,
    author: Option<serde_yaml::Value>,
    #[serde(default)]
    tags: Option<Vec<String>>,
    masked: Option<bool>,
}

/// Checked sidecar values.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Sidecar {
    pub title: Option<String>,
    pub doc_type: Option<DocType>,
    pub date: Option<String>,
    pub author: Option<String>,
    pub tags: Vec<String>,
    pub masked: Option<bool>,
}

/// The sidecar path of a document file.
pub fn path_for(doc: &Path) -> std::path::PathBuf {
    let mut s = doc.as_os_str().to_owned();
    s.push(".yaml");
    std::path::PathBuf::from(s)
}

/// Whether `path` is the sidecar of an existing file beside it.
pub fn is_sidecar_of_existing(path: &Path) -> bool {
    let s = path.to_string_lossy();
    match s.strip_suffix(".yaml") {
        Some(base) if !base.is_empty() => Path::new(base).is_file(),
        _ => false,
    }
}

/// Whether `path` looks like the sidecar of a file that is not there
/// (`gone.pdf.yaml` without `gone.pdf`): a name of the form
/// `NAME.EXT.yaml`. Such a file is metadata of nothing and never a
/// document; a plain `notes.yaml` is not sidecar-shaped and may be added.
pub fn is_orphan_sidecar(path: &Path) -> bool {
    let s = path.to_string_lossy();
    match s.strip_suffix(".yaml") {
        Some(base) if !base.is_empty() => {
            let shaped = Path::new(base)
                .file_name()
                .map(|n| n.to_string_lossy())
                .and_then(|n| n.rfind('.').map(|i| i > 0 && i + 1 < n.len()))
                .unwrap_or(false);
            shaped && !Path::new(base).exists()
        }
        _ => false,
    }
}

fn scalar_string(v: &serde_yaml::Value) -> Option<String> {
    match v {
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Parses sidecar text; `name` is used in messages.
pub fn parse(text: &str, name: &str) -> Result<Sidecar> {
    let bad = |what: String| {
        Error::usage(
            crate::i18n::tr!("v-bad-sidecar", name = name, what = what),
            crate::i18n::tr!("v-bad-sidecar-hint"),
        )
    };
    if text.trim().is_empty() {
        return Ok(Sidecar::default());
    }
    let raw: Raw = serde_yaml::from_str(text).map_err(|e| {
        let at = e
            .location()
            .map(|l| format!("line {}, column {}: ", l.line(), l.column()))
            .unwrap_or_default();
        bad(format!("{at}{e}"))
    })?;
    let doc_type = match raw.doc_type {
        Some(t) => {
            Some(DocType::parse_typed(&t).ok_or_else(|| bad(format!("unknown type {t:?}")))?)
        }
        None => None,
    };
    let date = match raw.date {
        Some(v) => {
            let s = scalar_string(&v).ok_or_else(|| bad("date must be YYYY-MM-DD".into()))?;
            Some(timefmt::parse_doc_date(&s).map_err(|_| bad(format!("invalid date {s:?}")))?)
        }
        None => None,
    };
    let author = match raw.author {
        Some(v) => {
            let s = scalar_string(&v).ok_or_else(|| bad("author must be an RPPS number".into()))?;
            Some(ids::parse_rpps(&s).map_err(|e| bad(e.to_string()))?)
        }
        None => None,
    };
    // Text that will be shown to people: no control or bidi characters
    // (named by code point; the file is fixed, nothing is stored).
    let printable =
        |what: &str, v: &str| crate::text::check_field(&format!("{what} in sidecar {name}"), v);
    if let Some(t) = &raw.title {
        printable("title", t)?;
    }
    for t in raw.tags.iter().flatten() {
        printable("a tag", t)?;
    }
    let title = raw
        .title
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty());
    let tags = raw
        .tags
        .unwrap_or_default()
        .into_iter()
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    Ok(Sidecar {
        title,
        doc_type,
        date,
        author,
        tags,
        masked: raw.masked,
    })
}

/// Reads and parses the sidecar of `doc`, if there is one.
pub fn read_for(doc: &Path) -> Result<Option<Sidecar>> {
    let p = path_for(doc);
    let meta = match std::fs::metadata(&p) {
        Ok(m) => m,
        Err(_) => return Ok(None),
    };
    if !meta.is_file() || meta.len() > MAX_SIDECAR {
        return Err(Error::usage(
            crate::i18n::tr!("v-sidecar-not-file", path = p.display().to_string()),
            crate::i18n::tr!("v-sidecar-not-file-hint"),
        ));
    }
    let text = std::fs::read_to_string(&p).map_err(|e| {
        Error::usage(
            crate::i18n::tr!(
                "v-sidecar-unreadable",
                path = p.display().to_string(),
                detail = crate::i18n::os::describe(&e)
            ),
            crate::i18n::tr!("v-sidecar-unreadable-hint"),
        )
    })?;
    parse(&text, &p.display().to_string()).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orphan_sidecars_are_recognised_by_their_shape() {
        let d = tempfile::tempdir().unwrap();
        let at = |n: &str| d.path().join(n);
        std::fs::write(at("kept.pdf"), b"x").unwrap();
        assert!(is_orphan_sidecar(&at("gone.pdf.yaml")));
        assert!(!is_orphan_sidecar(&at("kept.pdf.yaml")));
        assert!(!is_orphan_sidecar(&at("notes.yaml")));
        assert!(!is_orphan_sidecar(&at(".yaml")));
        assert!(!is_orphan_sidecar(&at("gone.pdf")));
    }

    #[test]
    fn full_sidecar() {
        let s = parse(
            "title: Bilan sanguin\ntype: lab-report\ndate: 2025-03-14\nauthor: 10003456786\ntags: [bio, annuel]\nmasked: true\n",
            "x.yaml",
        )
        .unwrap();
        assert_eq!(s.title.as_deref(), Some("Bilan sanguin"));
        assert_eq!(s.doc_type.unwrap().name, "lab-report");
        assert_eq!(s.date.as_deref(), Some("2025-03-14"));
        assert_eq!(s.author.as_deref(), Some("10003456786"));
        assert_eq!(s.tags, vec!["bio", "annuel"]);
        assert_eq!(s.masked, Some(true));
    }

    #[test]
    fn errors_name_the_line() {
        let e = parse("title: a\ntype: [unclosed\n", "scan.pdf.yaml").unwrap_err();
        let m = e.to_string();
        assert!(m.contains("scan.pdf.yaml") && m.contains("line"), "{m}");
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn bad_values_refused() {
        assert!(parse("type: nonsense\n", "a").is_err());
        assert!(parse("date: 2025-13-01\n", "a").is_err());
        assert!(parse("author: 10100000003\n", "a").is_err());
        assert!(parse("colour: red\n", "a").is_err());
        assert_eq!(parse("", "a").unwrap(), Sidecar::default());
    }

    #[test]
    fn control_and_bidi_characters_refused() {
        for text in [
            "title: \"a\\e[2Jb\"\n",
            "title: \"two\\nlines\"\n",
            "title: \"invoice\u{202e}fdp.exe\"\n",
            "tags: [\"ok\", \"x\\u2066y\"]\n",
        ] {
            let e = parse(text, "scan.pdf.yaml").unwrap_err();
            assert_eq!(e.exit_code(), 2, "{text}");
            assert!(e.to_string().contains("scan.pdf.yaml"), "{e}");
        }
        assert!(parse("title: \"Bilan — été 🩺\"\n", "a").is_ok());
    }

    proptest::proptest! {
        #[test]
        fn never_panics(s in ".{0,200}") {
            let _ = parse(&s, "fuzz");
        }
    }
}
