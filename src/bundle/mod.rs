//! The export format: an age file whose plaintext is a tar stream of
//! `documents/…`, `fhir/bundle.json`, `LISEZMOI.txt`, `index.html`,
//! `manifest.yaml` and `manifest.sig`, in that order
//! (docs/bundle-format.md).
//!
//! Why this order: a tar header must state its member's size up front.
//! Document sizes are known from the index, so documents stream first while
//! their SHA-1 (for FHIR) and SHA-256 are computed; the FHIR bundle needs
//! those SHA-1s, and the manifest lists the SHA-256 of every other member,
//! so both come after; the signature of the manifest comes last. A reader
//! therefore verifies at the end of the stream, and whoever unpacks writes
//! to temporary names until then.
//!
//! * [`tarball`]: the tar layer (writer framing, strict reader);
//! * [`manifest`]: the manifest, its parsing, validation and signature;
//! * [`fhir`]: the FHIR R4 mapping;
//! * [`names`]: the documents' readable French member names;
//! * [`readme`]: `LISEZMOI.txt` and `index.html`, the French summary;
//! * [`html`]: the self-decrypting web page of `export --format html`;
//! * [`passphrase`]: generated passphrases (French words);
//! * [`signing`]: a professional's signing key file (`keygen --signing`);
//! * [`encryption`]: how an export is encrypted;
//! * [`write`]: streaming a bundle out of the vault;
//! * [`read`]: decrypting and verifying a bundle;
//! * [`output`]: where an export goes (a temp file placed once complete, or
//!   stdout);
//! * [`trust`]: who signed a verified bundle and whom it is about, against
//!   this vault's pinned keys and holder;
//! * [`plan`]: which documents an export holds, decided through `policy` on
//!   the state the vault hands it (`vault::bundles`).
//!
//! Nothing here prints, prompts or exits: `commands::export` and
//! `commands::bundle` talk to the user.

pub mod encryption;
pub mod fhir;
pub mod html;
pub mod ips;
pub mod manifest;
pub mod names;
pub mod output;
pub mod passphrase;
pub mod plan;
pub mod read;
pub mod readme;
pub mod signing;
pub mod tarball;
pub mod trust;
pub mod write;

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use sha2::Digest;

    use super::manifest::{Holder, JournalHead, Purpose, PurposeKind};
    use super::read::{read_verified, Discard};
    use super::write::{doc_entry, write, Draft, Source};
    use crate::model::{DocType, Document};

    fn doc(id: &str, title: &str, data: &[u8]) -> Document {
        Document {
            id: id.into(),
            title: title.into(),
            doc_type: DocType::parse("lab-report").unwrap(),
            date: "2026-02-14".into(),
            author: Some("10100000008".into()),
            tags: vec!["bio".into()],
            masked: true,
            masked_from: vec![],
            hidden_from_guardians: false,
            invisible_patient_until: None,
            size: data.len() as u64,
            sha256: hex::encode(sha2::Sha256::digest(data)),
            blob: "x".into(),
            media_type: "application/pdf".into(),
            filename: "bilan.pdf".into(),
            added_at: time::OffsetDateTime::UNIX_EPOCH,
        }
    }

    /// A holder's own export, made at `now`, in the holder's `name`.
    fn holder_draft(now: time::OffsetDateTime, name: &str) -> Draft {
        Draft {
            id: "bundleid2345abcd".into(),
            created: now,
            expires: None,
            purpose: Purpose {
                kind: PurposeKind::HolderExport,
                grant: None,
            },
            recipient: None,
            holder: Holder {
                name: name.into(),
                birth_date: None,
                ins: None,
            },
            summary: None,
        }
    }

    pub(crate) fn sample_bundle(contents: &[&[u8]]) -> Vec<u8> {
        let now = time::macros::datetime!(2026-03-01 10:00 UTC);
        let docs: Vec<Document> = contents
            .iter()
            .enumerate()
            .map(|(i, c)| doc(&format!("doc{i}abcdefgh"), &format!("Bilan n°{i}"), c))
            .collect();
        let sources: Vec<Source> = docs
            .iter()
            .map(|d| Source {
                entry: doc_entry(d, now, true),
                added_at: None,
                self_verifying: false,
                invisible_until: None,
            })
            .collect();
        let draft = holder_draft(now, "Camille Martin");
        let key = ed25519_dalek::SigningKey::from_bytes(&[9u8; 32]);
        let mut out = Vec::new();
        let owned: Vec<Vec<u8>> = contents.iter().map(|c| c.to_vec()).collect();
        write(
            &mut out,
            &draft,
            &sources,
            |i| Ok(std::io::Cursor::new(owned[i].clone())),
            &key,
            &BTreeMap::new(),
            |_| {},
            || {
                Ok(JournalHead {
                    seq: 3,
                    hash: "00".repeat(32),
                })
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn write_then_verify() {
        let big = vec![3u8; 700_000];
        let t = sample_bundle(&[b"one", &big, b""]);
        let v = read_verified(&t[..], &mut Discard).unwrap();
        assert_eq!(v.manifest.documents.len(), 3);
        assert_eq!(v.manifest.members.len(), 6);
        assert_eq!(v.order.last().unwrap(), "manifest.sig");
        assert_eq!(v.manifest.documents[0].tags, vec!["bio"]);
        assert_eq!(v.manifest.documents[0].codes(), vec!["N", "MASQUE_PS"]);
        assert!(v.manifest.documents[0]
            .path
            .starts_with("documents/2026-02-14_biologie_bilan-n-0.pdf"));
    }

    /// Keeps every member's bytes.
    #[derive(Default)]
    struct Collect(Vec<(String, Vec<u8>)>);

    impl super::read::Sink for Collect {
        fn begin(&mut self, path: &str, _: u64) -> crate::error::Result<()> {
            self.0.push((path.to_string(), Vec::new()));
            Ok(())
        }
        fn data(&mut self, chunk: &[u8]) -> crate::error::Result<()> {
            self.0.last_mut().unwrap().1.extend_from_slice(chunk);
            Ok(())
        }
        fn end(&mut self) -> crate::error::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn bundles_carry_the_french_summary_and_older_ones_still_read() {
        let t = sample_bundle(&[b"one", b"two"]);
        let mut all = Collect::default();
        let v = read_verified(&t[..], &mut all).unwrap();
        let order: Vec<&str> = all.0.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            &order[2..],
            [
                "fhir/bundle.json",
                "LISEZMOI.txt",
                "index.html",
                "manifest.yaml",
                "manifest.sig"
            ]
        );
        let readme = String::from_utf8(all.0[3].1.clone()).unwrap();
        assert!(
            readme.contains("Patient       : Camille Martin"),
            "{readme}"
        );
        assert!(readme.contains("masqué aux professionnels"), "{readme}");
        assert!(readme.contains(&v.fingerprint), "{readme}");

        // A version-1 bundle as carnet wrote it before: English names with
        // the id, no LISEZMOI.txt nor index.html.
        let mut m = v.manifest.clone();
        m.version = super::manifest::VERSION_YAML;
        m.members
            .retain(|x| x.path != "LISEZMOI.txt" && x.path != "index.html");
        let renamed = |p: &str| {
            p.replace("biologie", "lab-report")
                .replace(".pdf", "_docid.pdf")
        };
        // Its FHIR file named those same paths.
        let fhir_of = |b: &[u8]| renamed(std::str::from_utf8(b).unwrap()).into_bytes();
        for x in &mut m.members {
            x.path = renamed(&x.path);
            if x.path == "fhir/bundle.json" {
                let (_, b) = all.0.iter().find(|(p, _)| p == "fhir/bundle.json").unwrap();
                let f = fhir_of(b);
                x.size = f.len() as u64;
                x.sha256 = hex::encode(sha2::Sha256::digest(&f));
            }
        }
        for d in &mut m.documents {
            d.path = renamed(&d.path);
        }
        let yaml = m.to_yaml();
        let key = ed25519_dalek::SigningKey::from_bytes(&[9u8; 32]);
        let mut old = Vec::new();
        for (p, b) in &all.0 {
            if p.starts_with("documents/") {
                super::tarball::write_member(&mut old, &renamed(p), b, 0).unwrap();
            } else if p == "fhir/bundle.json" {
                super::tarball::write_member(&mut old, p, &fhir_of(b), 0).unwrap();
            }
        }
        super::tarball::write_member(&mut old, "manifest.yaml", &yaml, 0).unwrap();
        let sig = super::manifest::sign(&yaml, &key);
        super::tarball::write_member(&mut old, "manifest.sig", &sig, 0).unwrap();
        super::tarball::write_end(&mut old).unwrap();
        let o = read_verified(&old[..], &mut Discard).unwrap();
        assert!(o.order.iter().all(|p| p != "LISEZMOI.txt"));
        assert!(o.manifest.documents[0].path.ends_with("_docid.pdf"));
    }

    #[test]
    fn source_that_lies_about_its_size_fails() {
        let now = time::OffsetDateTime::UNIX_EPOCH;
        let d = doc("docabcdefgh1", "x", b"12345");
        let sources = vec![Source {
            entry: doc_entry(&d, now, false),
            added_at: None,
            self_verifying: false,
            invisible_until: None,
        }];
        let draft = holder_draft(now, "");
        let key = ed25519_dalek::SigningKey::from_bytes(&[9u8; 32]);
        for data in [&b"1234"[..], b"123456", b"12346"] {
            let mut out = Vec::new();
            let e = write(
                &mut out,
                &draft,
                &sources,
                |_| Ok(std::io::Cursor::new(data.to_vec())),
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
            .unwrap_err();
            assert_eq!(e.exit_code(), 6, "{e}");
        }
    }

    #[test]
    fn any_flipped_byte_is_caught() {
        let t = sample_bundle(&[b"first document", b"second"]);
        // Every byte of headers, data, FHIR, manifest and signature matters,
        // except tar padding and unused header fields; check a spread.
        let mut caught = 0;
        let mut tried = 0;
        for i in (0..t.len()).step_by(97) {
            let mut m = t.clone();
            m[i] ^= 0x20;
            tried += 1;
            if read_verified(&m[..], &mut Discard).is_err() {
                caught += 1;
            }
        }
        assert!(caught * 2 > tried, "{caught}/{tried}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
        #[test]
        fn mutated_bundles_never_panic(
            flips in proptest::collection::vec((0usize..20_000, proptest::prelude::any::<u8>()), 1..6),
        ) {
            let mut t = sample_bundle(&[b"first document", b"second"]);
            for (at, v) in flips {
                let i = at % t.len();
                t[i] = v;
            }
            if let Ok(v) = read_verified(&t[..], &mut Discard) {
                // Accepted only if every member still matches the signed manifest.
                proptest::prop_assert_eq!(v.manifest.documents.len(), 2);
            }
        }
    }
}
