//! The two members of a bundle written for people, in French:
//! `LISEZMOI.txt` (plain text) and `index.html` (a static page, openable
//! once the archive is unpacked). Both say whose documents these are, who
//! the bundle is for and why, who signed it and how to check that, and list
//! the documents (date, type, title, author, flags in words, file).
//!
//! `index.html` also carries the same facts as a JSON data block
//! (`<script type="application/json" id="carnet-index">`, never executed),
//! which the self-decrypting page (src/bundle/html.rs) reads once the
//! member's hash checked out, so that it never parses HTML from a bundle.
//!
//! Every text from the vault or a bundle (titles, names) is untrusted: it is
//! escaped for HTML, and the JSON block escapes `<`, `>` and `&`, so no title
//! can close an element. The static page's Content-Security-Policy allows
//! only its own style (by hash): no script runs in it at all.

use std::collections::BTreeMap;

use base64::Engine;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::bundle::manifest::{DocEntry, Holder, Purpose, PurposeKind, RecipientPro};
use crate::bundle::names;
use crate::model::{FLAG_INVISIBLE_PATIENT, FLAG_INVISIBLE_REPRESENTANTS_LEGAUX, FLAG_MASQUE_PS};
use crate::text::clean as clean_text;

/// The id of the JSON data block in `index.html`.
pub const DATA_ID: &str = "carnet-index";

/// Media types a viewer may show (everything else is download only).
pub const VIEWABLE: &[&str] = &["application/pdf", "image/png", "image/jpeg", "text/plain"];

/// What both members say, and the data block holds.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub version: u32,
    pub bundle: String,
    pub created: String,
    pub expires: Option<String>,
    pub patient: String,
    pub purpose: String,
    pub recipient: String,
    pub why: String,
    pub signer: String,
    pub documents: Vec<DocLine>,
}

/// One document, in words.
#[derive(Debug, Clone, Serialize)]
pub struct DocLine {
    pub path: String,
    pub date: String,
    pub type_label: String,
    pub title: String,
    pub author: String,
    pub author_rpps: Option<String>,
    pub flags: Vec<String>,
    pub media_type: String,
    pub size: u64,
    pub sha256: String,
    pub viewable: bool,
}

fn datetime_fr(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{} à {:02}:{:02} UTC",
        crate::timefmt::fr_date(t.date()),
        t.hour(),
        t.minute()
    )
}

/// A size in French units, decimal comma: `48 Ko`, `1,5 Mo`.
pub fn size_fr(n: u64) -> String {
    const UNITS: [&str; 4] = ["Ko", "Mo", "Go", "To"];
    if n < 1024 {
        return format!("{n} octets");
    }
    let mut v = n as f64 / 1024.0;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < UNITS.len() {
        v /= 1024.0;
        u += 1;
    }
    let s = if v < 10.0 {
        format!("{v:.1}").replace('.', ",")
    } else {
        format!("{v:.0}")
    };
    format!("{s} {}", UNITS[u])
}

/// The flags of a document, in words (domain.md §12).
fn flags_fr(e: &DocEntry, until: Option<&str>, names: &BTreeMap<String, String>) -> Vec<String> {
    let mut v = Vec::new();
    if e.has_flag(FLAG_MASQUE_PS) {
        v.push("masqué aux professionnels".to_string());
    }
    if e.has_flag(FLAG_INVISIBLE_PATIENT) {
        v.push(match until {
            Some(u) => format!(
                "non visible par le patient jusqu'au {}",
                crate::timefmt::fr_date_str(u)
            ),
            None => "non visible par le patient jusqu'à la consultation d'annonce".into(),
        });
    }
    if e.has_flag(FLAG_INVISIBLE_REPRESENTANTS_LEGAUX) {
        v.push("masqué aux représentants légaux".to_string());
    }
    for r in &e.masked_from {
        v.push(format!("masqué à {}", pro_fr(r, names)));
    }
    v
}

fn pro_fr(rpps: &str, names: &BTreeMap<String, String>) -> String {
    match names.get(rpps).map(|n| clean_text(n.trim(), 200)) {
        Some(n) if !n.trim().is_empty() => format!("{n} (RPPS {rpps})"),
        _ => format!("professionnel RPPS {rpps}"),
    }
}

/// What a bundle says besides its documents (from its draft manifest).
pub struct Facts<'a> {
    pub id: &'a str,
    pub created: time::OffsetDateTime,
    pub expires: Option<time::OffsetDateTime>,
    pub purpose: &'a Purpose,
    pub recipient: Option<&'a RecipientPro>,
    pub holder: &'a Holder,
}

/// Builds the summary of a bundle about to be written: its facts, each
/// document's entry with its hold date, the known professionals' names.
pub fn summary<'a>(
    draft: &Facts<'_>,
    docs: impl Iterator<Item = (&'a DocEntry, Option<&'a str>)>,
    names: &BTreeMap<String, String>,
    fingerprint: &str,
) -> Summary {
    let h = &draft.holder;
    let mut patient = if h.name.trim().is_empty() {
        "(nom non renseigné)".to_string()
    } else {
        h.name.clone()
    };
    if let Some(b) = &h.birth_date {
        patient.push_str(&format!(", né(e) le {}", crate::timefmt::fr_date_str(b)));
    }
    if let Some(i) = &h.ins {
        patient.push_str(&format!(", INS {i} (déclaré par le patient)"));
    }
    let until = draft
        .expires
        .map(|e| format!(", jusqu'au {}", datetime_fr(e)))
        .unwrap_or_default();
    let (purpose, why) = match draft.purpose.kind {
        PurposeKind::Grant => (
            "accès temporaire",
            format!(
                "le patient a autorisé l'accès de ce professionnel à ses documents (autorisation {}){until}",
                draft.purpose.grant.as_deref().unwrap_or("?")
            ),
        ),
        PurposeKind::Primary => (
            "médecin traitant",
            format!("documents visibles par le médecin traitant du patient{until}"),
        ),
        PurposeKind::EmergencySamu => (
            "accès en urgence : centre de régulation (SAMU)",
            "sélection d'urgence que le patient a autorisée pour le centre de régulation (SAMU)".into(),
        ),
        PurposeKind::EmergencyBreakGlass => (
            "accès en urgence : bris de glace",
            "sélection d'urgence que le patient a autorisée en bris de glace, pour tout professionnel qui le prend en charge".into(),
        ),
        PurposeKind::HolderExport => (
            "export complet par le patient",
            "le patient a exporté lui-même tous ses documents (portabilité)".into(),
        ),
        PurposeKind::Report => (
            "compte rendu d'un professionnel",
            "documents qu'un professionnel de santé envoie au patient".into(),
        ),
    };
    let recipient = match (draft.recipient, draft.purpose.kind) {
        (Some(r), _) => format!("{} (RPPS {})", clean_text(r.name.trim(), 200), r.rpps),
        (None, PurposeKind::EmergencySamu | PurposeKind::EmergencyBreakGlass) => {
            "l'équipe de soins qui prend le patient en charge en urgence".into()
        }
        (None, PurposeKind::HolderExport) => "le patient lui-même".into(),
        (None, _) => "le patient".into(),
    };
    let documents = docs
        .map(|(e, until)| DocLine {
            path: e.path.clone(),
            date: e.date.clone(),
            type_label: names::french_label(&e.doc_type.name).to_string(),
            title: e.title.clone(),
            author: match &e.author {
                Some(r) => pro_fr(r, names),
                None => "déposé par le patient".into(),
            },
            author_rpps: e.author.clone(),
            flags: flags_fr(e, until, names),
            media_type: e.media_type.clone(),
            size: e.size,
            sha256: e.sha256.clone(),
            viewable: VIEWABLE.contains(&e.media_type.as_str()),
        })
        .collect();
    Summary {
        version: 1,
        bundle: draft.id.to_string(),
        created: datetime_fr(draft.created),
        expires: draft.expires.map(datetime_fr),
        patient,
        purpose: purpose.to_string(),
        recipient,
        why,
        signer: fingerprint.to_string(),
        documents,
    }
}

const HOW_TO_CHECK: &str = "Pour savoir qui l'a signé, demandez au patient l'empreinte de sa clé \
(commande « carnet status »), par téléphone ou de vive voix, et comparez-la à celle ci-dessus. \
Avec carnet : carnet bundle verify FICHIER --signer EMPREINTE. \
Sans carnet : voir docs/bundle-format.md (age, tar, openssl).";

const EXPIRY_NOTE: &str = "La date de fin est indicative : une fois ouvert, rien ne l'impose.";

/// `LISEZMOI.txt`.
pub fn lisezmoi(s: &Summary) -> Vec<u8> {
    let mut t = String::new();
    t.push_str("DOSSIER À PARTAGER — documents de santé\n");
    t.push_str("========================================\n\n");
    t.push_str(&format!("Patient       : {}\n", s.patient));
    t.push_str(&format!("Destinataire  : {}\n", s.recipient));
    t.push_str(&format!("Motif         : {}\n", s.purpose));
    t.push_str(&format!("                {}\n", s.why));
    t.push_str(&format!("Préparé le    : {}\n", s.created));
    if let Some(e) = &s.expires {
        t.push_str(&format!("À utiliser jusqu'au : {e}\n{EXPIRY_NOTE}\n"));
    }
    t.push_str(&format!("Identifiant   : {}\n\n", s.bundle));
    t.push_str("Signature\n---------\n");
    t.push_str(&format!(
        "Ce dossier est signé (manifest.yaml, manifest.sig) par la clé d'empreinte :\n    {}\n",
        s.signer
    ));
    t.push_str(&format!("{HOW_TO_CHECK}\n\n"));
    t.push_str(&format!("Documents ({})\n", s.documents.len()));
    t.push_str("-------------\n");
    for (i, d) in s.documents.iter().enumerate() {
        t.push_str(&format!(
            "\n{}. {} — {}\n   Titre   : {}\n   Auteur  : {}\n",
            i + 1,
            crate::timefmt::fr_date_str(&d.date),
            d.type_label,
            d.title,
            d.author
        ));
        if !d.flags.is_empty() {
            t.push_str(&format!("   Mentions: {}\n", d.flags.join(" ; ")));
        }
        t.push_str(&format!(
            "   Fichier : {} ({}, {})\n",
            d.path,
            d.media_type,
            size_fr(d.size)
        ));
    }
    t.push_str(
        "\nLes fichiers autres que PDF, images PNG/JPEG et texte (HTML, SVG, XML…) peuvent \
contenir du code : ouvrez-les avec un logiciel adapté, pas dans un navigateur.\n",
    );
    t.into_bytes()
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// JSON safe inside a `<script>` data block: `<`, `>`, `&` and the JS line
/// separators escaped (only ever inside strings in JSON).
pub fn script_json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v)
        .expect("the summary serializes")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The CSP source of an inline element's exact content.
pub fn csp_hash(content: &str) -> String {
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(content.as_bytes()))
    )
}

const INDEX_CSS: &str = "body{font-family:sans-serif;margin:2em;max-width:72em;color:#111}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3em .5em;\
text-align:left;vertical-align:top}th{background:#eee}code{word-break:break-all}\
.flag{color:#a00}";

/// `index.html`.
pub fn index_html(s: &Summary) -> Vec<u8> {
    let e = escape_html;
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src {}; base-uri 'none'; form-action 'none'\">\n",
        csp_hash(INDEX_CSS)
    ));
    h.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.push_str("<title>Dossier à partager — documents de santé</title>\n");
    h.push_str(&format!("<style>{INDEX_CSS}</style>\n</head>\n<body>\n"));
    h.push_str("<h1>Dossier à partager — documents de santé</h1>\n<dl>\n");
    let mut row = |k: &str, v: &str| h.push_str(&format!("<dt>{k}</dt><dd>{}</dd>\n", e(v)));
    row("Patient", &s.patient);
    row("Destinataire", &s.recipient);
    row("Motif", &format!("{} — {}", s.purpose, s.why));
    row("Préparé le", &s.created);
    if let Some(x) = &s.expires {
        row("À utiliser jusqu'au", &format!("{x} ({EXPIRY_NOTE})"));
    }
    row("Identifiant", &s.bundle);
    h.push_str(&format!(
        "<dt>Signé par la clé</dt><dd><code>{}</code><br>{}</dd>\n</dl>\n",
        e(&s.signer),
        e(HOW_TO_CHECK)
    ));
    h.push_str(&format!(
        "<h2>Documents ({})</h2>\n<table>\n<thead><tr><th>Date</th><th>Type</th><th>Titre</th><th>Auteur</th><th>Mentions</th><th>Fichier</th></tr></thead>\n<tbody>\n",
        s.documents.len()
    ));
    for d in &s.documents {
        // Only the types a browser shows without running code get a link.
        let file = if d.viewable {
            format!(
                "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                e(&d.path),
                e(&d.path)
            )
        } else {
            format!(
                "<code>{}</code><br>({}, non affiché ici : à ouvrir avec un logiciel adapté)",
                e(&d.path),
                e(&d.media_type)
            )
        };
        h.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"flag\">{}</td><td>{} ({})</td></tr>\n",
            e(&crate::timefmt::fr_date_str(&d.date)),
            e(&d.type_label),
            e(&d.title),
            e(&d.author),
            e(&d.flags.join(" ; ")),
            file,
            e(&size_fr(d.size))
        ));
    }
    h.push_str("</tbody>\n</table>\n");
    h.push_str(&format!(
        "<script type=\"application/json\" id=\"{DATA_ID}\">{}</script>\n</body>\n</html>\n",
        script_json(s)
    ));
    h.into_bytes()
}

/// Reads the data block back out of an `index.html` (tests, and the same
/// rule the page follows: the text between the block's start tag and the
/// next `</script>`).
pub fn data_block(index: &str) -> Option<&str> {
    let start = format!("<script type=\"application/json\" id=\"{DATA_ID}\">");
    let from = index.find(&start)? + start.len();
    let len = index[from..].find("</script>")?;
    Some(&index[from..from + len])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_formats() {
        assert_eq!(crate::timefmt::fr_date_str("2025-02-03"), "03/02/2025");
        assert_eq!(size_fr(100), "100 octets");
        assert_eq!(size_fr(1536), "1,5 Ko");
        assert_eq!(size_fr(48 * 1024), "48 Ko");
        assert_eq!(size_fr(3 << 20), "3,0 Mo");
    }

    #[test]
    fn hostile_text_cannot_close_anything() {
        let t = "</script><script>alert(1)</script>&\u{2028}\"'";
        assert!(!escape_html(t).contains('<'));
        let j = script_json(&vec![t]);
        assert!(!j.contains('<') && !j.contains('&'));
        let back: Vec<String> = serde_json::from_str(&j).unwrap();
        assert_eq!(back, vec![t.to_string()]);
    }

    #[test]
    fn flags_in_words() {
        let d = crate::model::Document {
            id: "abcdefgh2345".into(),
            title: "Annonce".into(),
            doc_type: crate::model::DocType::parse("pathology-report").unwrap(),
            date: "2026-02-14".into(),
            author: Some("10100000008".into()),
            tags: vec![],
            masked: true,
            masked_from: vec!["10003456786".into()],
            hidden_from_guardians: true,
            invisible_patient_until: Some(time::macros::datetime!(2026-04-01 00:00 UTC)),
            size: 1,
            sha256: "00".repeat(32),
            blob: "x".into(),
            media_type: "application/pdf".into(),
            filename: "a.pdf".into(),
            added_at: time::OffsetDateTime::UNIX_EPOCH,
        };
        let now = time::macros::datetime!(2026-03-01 10:00 UTC);
        let e = crate::bundle::write::doc_entry(&d, now, true);
        let names = BTreeMap::from([("10003456786".to_string(), "Dr Claire Dubois".to_string())]);
        assert_eq!(
            flags_fr(&e, Some("2026-04-01"), &names),
            [
                "masqué aux professionnels",
                "non visible par le patient jusqu'au 01/04/2026",
                "masqué aux représentants légaux",
                "masqué à Dr Claire Dubois (RPPS 10003456786)",
            ]
        );
        assert_eq!(
            flags_fr(&e, None, &BTreeMap::new())[1],
            "non visible par le patient jusqu'à la consultation d'annonce"
        );
        assert_eq!(
            names::french_label(&e.doc_type.name),
            "CR d'anatomie et de cytologie pathologiques"
        );
    }

    #[test]
    fn csp_hash_is_base64_sha256() {
        // echo -n 'a' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            csp_hash("a"),
            "'sha256-ypeBEsobvcr6wjGzmiPcTaeG7/gUfE5yuYB3ha/uSLs='"
        );
    }
}
