//! Readable French member names for a bundle's documents:
//! `documents/DATE_TYPE_SLUG.EXT`, where TYPE is the French type name of
//! cli.md ("Language and locale"), e.g.
//! `documents/2025-02-03_biologie_bilan-sanguin.pdf`. Names are unique
//! within a bundle without a random tail: a repeated name gets `-2`, `-3`…
//! before its extension (compared without case, for case-insensitive file
//! systems).

use std::collections::HashSet;

use crate::bundle::manifest::DocEntry;
use crate::bundle::tarball;
use crate::model::{DocType, Document};

/// Longest member path: a plain ustar name field holds 100 bytes.
const MAX_PATH: usize = 99;

/// Longest title slug in a name.
const SLUG_MAX: usize = 36;

/// The French type name of a type short name (cli.md's table), used in file
/// names; `autre` for a name the table does not know.
pub fn french_type_name(short: &str) -> &'static str {
    match short {
        "prescription" => "ordonnance",
        "care-prescription" => "prescription-soins",
        "consultation-report" => "compte-rendu-consultation",
        "lab-report" => "biologie",
        "imaging-report" => "imagerie",
        "discharge-letter" => "lettre-de-liaison",
        "hospital-report" => "compte-rendu-hospitalisation",
        "emergency-report" => "compte-rendu-urgences",
        "surgery-report" => "compte-rendu-operatoire",
        "pathology-report" => "anatomopathologie",
        "patient-summary" => "synthese-medicale",
        "vaccination" => "vaccination",
        "vaccination-history" => "historique-vaccinations",
        "certificate" => "certificat-medical",
        "dispensation" => "dispensation",
        "care-plan" => "plan-de-soins",
        "image" => "image",
        "advance-directives" => "directives-anticipees",
        "administrative" => "administratif",
        _ => "autre",
    }
}

/// The ASCII letters of an accented Latin letter, `-` for anything else.
pub(crate) fn ascii_fold(c: char) -> &'static str {
    match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' | 'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'î' | 'ï' | 'í' | 'ì' | 'Î' | 'Ï' | 'Í' | 'Ì' => "i",
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' | 'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => "o",
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => "u",
        'ÿ' | 'ý' | 'Ÿ' | 'Ý' => "y",
        'ñ' | 'Ñ' => "n",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        _ => "-",
    }
}

/// A file-name slug of a title: lowercase ASCII letters, digits and `-`.
pub fn slug(title: &str, max: usize) -> String {
    let mut s = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else {
            s.push_str(ascii_fold(c));
        }
    }
    let mut out = String::new();
    for part in s.split('-').filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(part);
    }
    out.truncate(max);
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "document".into()
    } else {
        out
    }
}

fn extension(d: &Document) -> String {
    let from_name = std::path::Path::new(&d.filename)
        .extension()
        .and_then(|e| e.to_str())
        .filter(|e| (1..=8).contains(&e.len()) && e.bytes().all(|b| b.is_ascii_alphanumeric()))
        .map(|e| e.to_ascii_lowercase());
    from_name
        .or_else(|| crate::media::extension(&d.media_type).map(str::to_string))
        .unwrap_or_else(|| "bin".into())
}

/// The name a document gets before names are made unique:
/// `documents/DATE_TYPE_SLUG.EXT`.
pub fn document_path(d: &Document) -> String {
    // A title that starts with the date (a file named 2025-03-14_…) would say it twice.
    let title = d.title.trim();
    let title = title
        .strip_prefix(d.date.as_str())
        .filter(|rest| !slug(rest, SLUG_MAX).eq("document"))
        .unwrap_or(title);
    let name = format!(
        "{}_{}_{}.{}",
        d.date,
        french_type_name(d.doc_type.name),
        slug(title, SLUG_MAX),
        extension(d)
    );
    if tarball::valid_document_name(&name) {
        format!("{}{name}", tarball::DOCUMENTS_DIR)
    } else {
        format!("{}{}.bin", tarball::DOCUMENTS_DIR, slug(&d.id, 64))
    }
}

/// `base` with `-n` before its extension.
fn numbered(base: &str, n: usize) -> String {
    match base.rsplit_once('.') {
        Some((stem, ext)) if !stem.ends_with('/') => format!("{stem}-{n}.{ext}"),
        _ => format!("{base}-{n}"),
    }
}

/// Makes the entries' paths unique, in order: the first keeps its name, the
/// next ones get `-2`, `-3`… (or, should that not fit, their document id).
pub fn make_unique<'a>(entries: impl IntoIterator<Item = &'a mut DocEntry>) {
    let mut taken: HashSet<String> = HashSet::new();
    for e in entries {
        let base = e.path.clone();
        let mut path = base.clone();
        let mut n = 1;
        while taken.contains(&path.to_ascii_lowercase()) || path.len() > MAX_PATH {
            n += 1;
            path = if n < 1000 {
                numbered(&base, n)
            } else {
                // The id is unique in the vault: a last resort that always fits.
                format!("{}{}_{}.bin", tarball::DOCUMENTS_DIR, slug(&e.id, 64), n)
            };
            if n > 1000 + 10 {
                break;
            }
        }
        taken.insert(path.to_ascii_lowercase());
        e.path = path;
    }
}

/// The type's French label (ANS display, domain.md §6), e.g. "CR d'examens
/// biologiques".
pub fn french_label(short: &str) -> &'static str {
    DocType::parse(short)
        .unwrap_or_else(DocType::other)
        .display_fr
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DOC_TYPES;

    #[test]
    fn every_type_has_a_french_name_that_fits() {
        let mut seen = HashSet::new();
        for t in DOC_TYPES {
            let f = french_type_name(t.name);
            assert!(seen.insert(f), "{f} twice");
            let longest = format!(
                "{}2025-02-03_{f}_{}-999.12345678",
                tarball::DOCUMENTS_DIR,
                "a".repeat(SLUG_MAX)
            );
            assert!(longest.len() <= MAX_PATH, "{longest}");
        }
        assert_eq!(french_type_name("other"), "autre");
    }

    #[test]
    fn repeated_names_are_numbered() {
        assert_eq!(numbered("documents/a_b_c.pdf", 2), "documents/a_b_c-2.pdf");
        assert_eq!(numbered("documents/abc", 3), "documents/abc-3");
    }
}
