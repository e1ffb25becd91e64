//! A professional's report bundle made in the test, as a professional's
//! tool would: documents by one author with confidentiality flags, signed
//! by the key of `seed`, about `holder`.

use std::collections::BTreeMap;
use std::io::Write;

use carnet::bundle::manifest::{self, Holder, JournalHead, Purpose, PurposeKind};
use carnet::bundle::write::{doc_entry, write, Draft, Source};
use carnet::crypto::{self, Recipients};
use carnet::model::{DocType, Document};
use sha2::Digest;

/// The holder most report bundles are about (the default test vault's).
pub fn camille() -> Holder {
    Holder {
        name: "Camille Martin".into(),
        birth_date: None,
        ins: None,
    }
}

/// The plaintext tar of a report bundle: each `(title, bytes, flags)` a
/// text document by `author` with confidentiality `N` plus `flags`.
pub fn report_tar(
    seed: u8,
    holder: Holder,
    author: &str,
    docs: &[(&str, &[u8], &[&str])],
) -> Vec<u8> {
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap();
    let sources: Vec<Source> = docs
        .iter()
        .enumerate()
        .map(|(i, (title, bytes, flags))| {
            let d = Document {
                id: format!("report{i}abcdefg"),
                title: title.to_string(),
                doc_type: DocType::parse("lab-report").unwrap(),
                date: "2026-01-15".into(),
                author: Some(author.into()),
                tags: vec![],
                masked: false,
                masked_from: vec![],
                hidden_from_guardians: false,
                invisible_patient_until: None,
                size: bytes.len() as u64,
                sha256: hex::encode(sha2::Sha256::digest(bytes)),
                blob: String::new(),
                media_type: "text/plain".into(),
                filename: format!("{title}.txt"),
                added_at: now,
            };
            let mut e = doc_entry(&d, now, false);
            let codes: Vec<&str> = std::iter::once("N").chain(flags.iter().copied()).collect();
            e.confidentiality = manifest::confidentiality_codes(&codes);
            Source {
                entry: e,
                added_at: None,
                self_verifying: false,
                invisible_until: None,
            }
        })
        .collect();
    let draft = Draft {
        id: format!("reportbundle{seed:04}"),
        created: now,
        expires: None,
        purpose: Purpose {
            kind: PurposeKind::Report,
            grant: None,
        },
        recipient: None,
        holder,
        summary: None,
    };
    let key = ed25519_dalek::SigningKey::from_bytes(&[seed; 32]);
    let owned: Vec<Vec<u8>> = docs.iter().map(|d| d.1.to_vec()).collect();
    let mut plain = Vec::new();
    write(
        &mut plain,
        &draft,
        &sources,
        |i| Ok(std::io::Cursor::new(owned[i].clone())),
        &key,
        &BTreeMap::new(),
        |_| {},
        || {
            Ok(JournalHead {
                seq: 0,
                hash: "00".repeat(32),
            })
        },
    )
    .unwrap();
    plain
}

/// `plain` encrypted to `recipient`, as an age file's bytes.
pub fn sealed_to(recipient: &str, plain: &[u8]) -> Vec<u8> {
    let to = Recipients::one(crypto::parse_recipient(recipient).unwrap());
    let mut out = Vec::new();
    let mut w = crypto::encrypt_writer(&to, &mut out, false).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}
