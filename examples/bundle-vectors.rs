//! Writes the bundle test vectors of `docs/test-vectors/`
//! (docs/bundle-format.md, "Test vectors"): two good bundles made by
//! carnet's own bundle writer with a fixed signing key, tampered copies,
//! and `expected.json`, what a reader must conclude of each.
//!
//! ```text
//! cargo run --example bundle-vectors            # rewrite docs/test-vectors/
//! cargo run --example bundle-vectors -- DIR     # write elsewhere
//! ```
//!
//! Everything is fixed (keys, ids, times, contents) except what age and
//! FHIR make random: age's ephemeral keys and nonces, and the `urn:uuid:`
//! references of `fhir/bundle.json`. So a new run writes other files that
//! verify the same way; the committed ones are the reference. The age
//! identity is read from `DIR/key.txt` (written on the first run).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::ExposeSecret;
use carnet::bundle::manifest::{self, Holder, JournalHead, Purpose, PurposeKind, RecipientPro};
use carnet::bundle::tarball::{self, TarReader};
use carnet::bundle::write::{doc_entry, write, Draft, Source};
use carnet::crypto::{self, Recipients};
use carnet::model::{DocType, Document};
use ed25519_dalek::SigningKey;
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

const CREATED: &str = "2026-03-01T10:00:00Z";

fn sha256_hex(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

/// The test vectors' signing key: the SHA-256 of a fixed text (published in
/// expected.json: a test key, never a real one).
fn signing_key(label: &str) -> SigningKey {
    SigningKey::from_bytes(&Sha256::digest(label.as_bytes()).into())
}

struct Doc {
    id: &'static str,
    title: &'static str,
    doc_type: &'static str,
    date: &'static str,
    author: Option<&'static str>,
    masked: bool,
    media_type: &'static str,
    filename: &'static str,
    tags: &'static [&'static str],
    masked_from: &'static [&'static str],
    bytes: &'static [u8],
}

/// Titles, tags and file names that YAML 1.1 would read as something else
/// than text when unquoted (booleans, null, sexagesimal and octal numbers,
/// the `=` value key), and text outside ASCII and outside the BMP.
const DOCS: &[Doc] = &[
    Doc {
        id: "vecdoc0000001",
        title: "yes",
        doc_type: "lab-report",
        date: "2025-02-03",
        author: Some("10100000008"),
        masked: true,
        media_type: "text/plain",
        filename: "no.txt",
        tags: &["on", "null"],
        masked_from: &["10005555551"],
        bytes: "Hémoglobine 14 g/dL\n".as_bytes(),
    },
    Doc {
        id: "vecdoc0000002",
        title: "1:20",
        doc_type: "prescription",
        date: "2025-01-10",
        author: Some("10003456786"),
        masked: false,
        media_type: "text/plain",
        filename: "=.txt",
        tags: &[],
        masked_from: &[],
        bytes: b"Amoxicilline 1 g, 2 fois par jour, 6 jours.\n",
    },
    Doc {
        id: "vecdoc0000003",
        title: "= ~ 0o17 1e3 007 Œdème 🩺",
        doc_type: "other",
        date: "2024-12-31",
        author: None,
        masked: false,
        media_type: "application/octet-stream",
        filename: "~",
        tags: &["0o17"],
        masked_from: &[],
        bytes: &[0, 1, 2, 3, 0xfe, 0xff],
    },
];

fn created() -> time::OffsetDateTime {
    carnet::timefmt::parse_rfc3339(CREATED).unwrap()
}

/// The plaintext tar of a bundle of `docs` for `purpose`.
fn bundle(draft: &Draft, docs: &[&Doc], holder_fields: bool, key: &SigningKey) -> Vec<u8> {
    let now = created();
    let sources: Vec<Source> = docs
        .iter()
        .map(|d| {
            let doc = Document {
                id: d.id.into(),
                title: d.title.into(),
                doc_type: DocType::parse(d.doc_type).unwrap(),
                date: d.date.into(),
                author: d.author.map(str::to_string),
                tags: d.tags.iter().map(|t| t.to_string()).collect(),
                masked: d.masked,
                masked_from: d.masked_from.iter().map(|t| t.to_string()).collect(),
                hidden_from_guardians: false,
                invisible_patient_until: None,
                size: d.bytes.len() as u64,
                sha256: sha256_hex(d.bytes),
                blob: String::new(),
                media_type: d.media_type.into(),
                filename: d.filename.into(),
                added_at: now,
            };
            Source {
                entry: doc_entry(&doc, now, holder_fields),
                added_at: Some(CREATED.into()),
                self_verifying: false,
                invisible_until: None,
            }
        })
        .collect();
    let names: BTreeMap<String, String> = [
        ("10100000008", "Dr Jean Bernard"),
        ("10003456786", "Dr Claire Dubois"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    let mut plain = Vec::new();
    write(
        &mut plain,
        draft,
        &sources,
        |i| Ok(std::io::Cursor::new(docs[i].bytes)),
        key,
        &names,
        |_| {},
        || {
            Ok(JournalHead {
                seq: 42,
                hash: "5d".repeat(32),
            })
        },
    )
    .expect("the vectors' bundle writes");
    plain
}

/// A tar's members, in order.
fn members(tar: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut r = TarReader::new(tar);
    let mut out = Vec::new();
    while let Some(h) = r.next_member().unwrap() {
        let mut data = Vec::new();
        let mut buf = [0u8; 8192];
        loop {
            let n = r.read_data(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            data.extend_from_slice(&buf[..n]);
        }
        out.push((h.path, data));
    }
    out
}

fn mtime() -> u64 {
    created().unix_timestamp() as u64
}

fn rebuild(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (p, d) in members {
        tarball::write_member(&mut out, p, d, mtime()).unwrap();
    }
    tarball::write_end(&mut out).unwrap();
    out
}

/// The members with the manifest replaced by `edit` of its text, signed
/// again by `key` (`None`: the old signature stays).
fn with_manifest(
    members: &[(String, Vec<u8>)],
    edit: impl Fn(&str) -> String,
    key: Option<&SigningKey>,
) -> Vec<(String, Vec<u8>)> {
    let mut out = members.to_vec();
    let i = out
        .iter()
        .position(|(p, _)| p == tarball::MANIFEST)
        .unwrap();
    let text = String::from_utf8(out[i].1.clone()).unwrap();
    let edited = edit(&text);
    assert_ne!(edited, text, "a manifest edit changed nothing");
    out[i].1 = edited.into_bytes();
    if let Some(k) = key {
        let sig = manifest::sign(&out[i].1, k);
        let j = out
            .iter()
            .position(|(p, _)| p == tarball::SIGNATURE)
            .unwrap();
        out[j].1 = sig;
    }
    out
}

/// A raw ustar header of another type than a regular file.
fn raw_header(path: &str, kind: u8, link: &str) -> [u8; 512] {
    let mut h = tar::Header::new_ustar();
    h.set_path(path).unwrap();
    h.set_size(0);
    h.set_mode(0o600);
    h.set_mtime(mtime());
    h.set_entry_type(tar::EntryType::new(kind));
    h.set_link_name(link).unwrap();
    h.set_cksum();
    *h.as_bytes()
}

fn seal(plain: &[u8], recipient: &str) -> Vec<u8> {
    let to = Recipients::one(crypto::parse_recipient(recipient).unwrap());
    let mut out = Vec::new();
    let mut w = crypto::encrypt_writer(&to, &mut out, false).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}

struct Case {
    file: String,
    signer: Option<String>,
    exit: i32,
    /// A piece of carnet's message (exit ≠ 0).
    error: &'static str,
    what: &'static str,
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir: PathBuf = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("docs/test-vectors"));
    std::fs::create_dir_all(&dir).unwrap();
    let key_file = dir.join("key.txt");
    let identity = match std::fs::read_to_string(&key_file) {
        Ok(s) => {
            let line = s
                .lines()
                .find(|l| l.starts_with("AGE-SECRET-KEY-"))
                .expect("key.txt holds an age identity");
            age::x25519::Identity::from_str(line).unwrap()
        }
        Err(_) => {
            let id = age::x25519::Identity::generate();
            std::fs::write(
                &key_file,
                format!(
                    "# carnet bundle test vectors: a TEST identity, published on purpose\n# public key: {}\n{}\n",
                    id.to_public(),
                    id.to_string().expose_secret()
                ),
            )
            .unwrap();
            id
        }
    };
    let recipient = identity.to_public().to_string();

    let seed_label = "carnet bundle test vector signing key";
    let key = signing_key(seed_label);
    let other = signing_key("carnet bundle test vector: another key");
    let fp = crypto::fingerprint(&key.verifying_key());
    let other_fp = crypto::fingerprint(&other.verifying_key());

    let holder = Holder {
        name: "Camille Martin".into(),
        birth_date: Some("1984-12-07".into()),
        ins: Some("184127645108946".into()),
    };
    let holder_export = bundle(
        &Draft {
            id: "vectorholder0001".into(),
            created: created(),
            expires: None,
            purpose: Purpose {
                kind: PurposeKind::HolderExport,
                grant: None,
            },
            recipient: None,
            holder: holder.clone(),
            summary: None,
        },
        &DOCS.iter().collect::<Vec<_>>(),
        true,
        &key,
    );
    let grant = bundle(
        &Draft {
            id: "vectorgrant00001".into(),
            created: created(),
            expires: Some(carnet::timefmt::parse_rfc3339("2026-03-08T10:00:00Z").unwrap()),
            purpose: Purpose {
                kind: PurposeKind::Grant,
                grant: Some("vectorgrant1".into()),
            },
            recipient: Some(RecipientPro {
                rpps: "10003456786".into(),
                idnat: "810003456786".into(),
                name: "Dr Claire Dubois".into(),
            }),
            holder,
            summary: None,
        },
        &[&DOCS[0], &DOCS[1]],
        false,
        &key,
    );

    let mut cases: Vec<Case> = Vec::new();
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut add = |name: &str, bytes: Vec<u8>, signer: Option<&str>, exit, error, what| {
        if !files.iter().any(|(f, _)| f == name) {
            files.push((name.to_string(), bytes));
        }
        cases.push(Case {
            file: name.to_string(),
            signer: signer.map(str::to_string),
            exit,
            error,
            what,
        });
    };
    let h = members(&holder_export);
    let sealed = seal(&holder_export, &recipient);

    add(
        "holder-export.age",
        sealed.clone(),
        Some(&fp),
        0,
        "",
        "a holder export, signer checked",
    );
    add(
        "holder-export.age",
        sealed.clone(),
        None,
        0,
        "",
        "the same, signer unchecked",
    );
    add(
        "grant.age",
        seal(&grant, &recipient),
        Some(&fp),
        0,
        "",
        "a bundle for a professional under a grant",
    );
    add(
        "grant.age",
        Vec::new(),
        Some(&other_fp),
        6,
        "not by",
        "a good bundle, but not signed by the expected key",
    );
    let stranger = age::x25519::Identity::generate().to_public().to_string();
    add(
        "other-recipient.age",
        seal(&holder_export, &stranger),
        None,
        3,
        "not encrypted to",
        "encrypted to someone else",
    );
    let mut flipped = sealed.clone();
    let at = flipped.len() - 40;
    flipped[at] ^= 0x01;
    add(
        "ciphertext-flipped.age",
        flipped,
        None,
        6,
        "",
        "one bit of the ciphertext changed",
    );
    let mut cut = sealed.clone();
    cut.truncate(sealed.len() - 700);
    add("truncated.age", cut, None, 6, "", "the file cut short");

    let mut changed = h.clone();
    changed[0].1[0] ^= 0x20;
    add(
        "document-changed.age",
        seal(&rebuild(&changed), &recipient),
        None,
        6,
        "SHA-256",
        "a document's bytes changed (same size)",
    );
    let edit_title = |m: &str| m.replacen("\"title\": \"yes\"", "\"title\": \"no!\"", 1);
    add(
        "manifest-edited.age",
        seal(&rebuild(&with_manifest(&h, edit_title, None)), &recipient),
        None,
        6,
        "signature does not verify",
        "the manifest changed, signature not",
    );
    let (key_b64, other_b64) = (
        base64_std(key.verifying_key().as_bytes()),
        base64_std(other.verifying_key().as_bytes()),
    );
    let forge = |m: &str| {
        edit_title(m)
            .replacen(&key_b64, &other_b64, 1)
            .replacen(&fp, &other_fp, 1)
    };
    let resigned = seal(
        &rebuild(&with_manifest(&h, forge, Some(&other))),
        &recipient,
    );
    add(
        "resigned-other-key.age",
        resigned.clone(),
        None,
        0,
        "",
        "changed and signed again by another key: intact, but another signer",
    );
    add(
        "resigned-other-key.age",
        Vec::new(),
        Some(&fp),
        6,
        "not by",
        "the same, with the expected signer",
    );
    let mut extra = h.clone();
    extra.insert(
        h.len() - 2,
        ("documents/extra.txt".into(), b"not listed\n".to_vec()),
    );
    add(
        "unlisted-member.age",
        seal(&rebuild(&extra), &recipient),
        None,
        6,
        "does not list",
        "a member the manifest does not list",
    );
    let missing: Vec<_> = h
        .iter()
        .filter(|(p, _)| p != tarball::INDEX)
        .cloned()
        .collect();
    add(
        "missing-member.age",
        seal(&rebuild(&missing), &recipient),
        None,
        6,
        "missing",
        "a listed member removed",
    );
    let mut swapped = h.clone();
    let (a, b) = (
        swapped
            .iter()
            .position(|(p, _)| p == tarball::README)
            .unwrap(),
        swapped
            .iter()
            .position(|(p, _)| p == tarball::INDEX)
            .unwrap(),
    );
    swapped.swap(a, b);
    add(
        "members-reordered.age",
        seal(&rebuild(&swapped), &recipient),
        None,
        6,
        "order",
        "members not in the manifest's order",
    );
    let mut sig_first = h.clone();
    let n = sig_first.len();
    sig_first.swap(n - 1, n - 2);
    add(
        "signature-before-manifest.age",
        seal(&rebuild(&sig_first), &recipient),
        None,
        6,
        "order",
        "manifest.sig before manifest.yaml",
    );
    let no_sig: Vec<_> = h
        .iter()
        .filter(|(p, _)| p != tarball::SIGNATURE)
        .cloned()
        .collect();
    add(
        "no-signature.age",
        seal(&rebuild(&no_sig), &recipient),
        None,
        6,
        "no manifest.sig",
        "not signed",
    );
    let compact = |m: &str| {
        let v: Value = serde_json::from_str(m).unwrap();
        serde_json::to_string(&v).unwrap() + "\n"
    };
    add(
        "manifest-not-canonical.age",
        seal(
            &rebuild(&with_manifest(&h, compact, Some(&key))),
            &recipient,
        ),
        None,
        6,
        "canonical",
        "the manifest as compact JSON (signed)",
    );
    let dup = |m: &str| {
        m.replacen(
            "  \"id\": ",
            "  \"id\": \"vectorholder0002\",\n  \"id\": ",
            1,
        )
    };
    add(
        "manifest-duplicate-key.age",
        seal(&rebuild(&with_manifest(&h, dup, Some(&key))), &recipient),
        None,
        6,
        "duplicate",
        "a key given twice (signed)",
    );
    let yaml_title = |m: &str| m.replacen("\"title\": \"yes\"", "\"title\": yes", 1);
    add(
        "manifest-unquoted-yes.age",
        seal(
            &rebuild(&with_manifest(&h, yaml_title, Some(&key))),
            &recipient,
        ),
        None,
        6,
        "manifest.yaml",
        "an unquoted `yes` (YAML, not JSON; signed)",
    );
    let bad_code = |m: &str| m.replacen("\"code\": \"11502-2\"", "\"code\": \"11488-4\"", 1);
    add(
        "manifest-wrong-type-code.age",
        seal(
            &rebuild(&with_manifest(&h, bad_code, Some(&key))),
            &recipient,
        ),
        None,
        6,
        "type code",
        "a type code that is not its name's (signed)",
    );
    let newer = |m: &str| m.replacen("\"version\": 2,", "\"version\": 3,", 1);
    add(
        "newer-version.age",
        seal(&rebuild(&with_manifest(&h, newer, Some(&key))), &recipient),
        None,
        2,
        "upgrade",
        "a newer format version (signed)",
    );
    let mut link = Vec::new();
    for (p, d) in &h[..h.len() - 2] {
        tarball::write_member(&mut link, p, d, mtime()).unwrap();
    }
    link.extend_from_slice(&raw_header("documents/link", b'2', "/etc/passwd"));
    for (p, d) in &h[h.len() - 2..] {
        tarball::write_member(&mut link, p, d, mtime()).unwrap();
    }
    tarball::write_end(&mut link).unwrap();
    add(
        "symlink-member.age",
        seal(&link, &recipient),
        None,
        6,
        "",
        "a symbolic link member",
    );
    let mut trailing = holder_export.clone();
    trailing.extend_from_slice(b"junk after the end");
    add(
        "data-after-end.age",
        seal(&trailing, &recipient),
        None,
        6,
        "",
        "bytes after the end-of-archive marker",
    );

    for (name, bytes) in &files {
        if !bytes.is_empty() {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
    }
    std::fs::write(dir.join("holder-export.tar"), &holder_export).unwrap();

    let describe = |tar: &[u8]| {
        let ms = members(tar);
        let manifest_bytes = &ms.iter().find(|(p, _)| p == tarball::MANIFEST).unwrap().1;
        json!({
            "tar_sha256": sha256_hex(tar),
            "manifest_sha256": sha256_hex(manifest_bytes),
            "members": ms.iter().map(|(p, d)| json!({"path": p, "size": d.len(), "sha256": sha256_hex(d)})).collect::<Vec<_>>(),
        })
    };
    let expected = json!({
        "about": "carnet bundle test vectors (docs/bundle-format.md, \"Test vectors\"); regenerate with `cargo run --example bundle-vectors`",
        "identity": "key.txt",
        "recipient": recipient,
        "signing_key": {
            "seed": format!("SHA-256 of the UTF-8 text {seed_label:?}"),
            "seed_hex": hex::encode(key.to_bytes()),
            "public_key": base64_std(key.verifying_key().as_bytes()),
            "fingerprint": fp,
        },
        "other_key_fingerprint": other_fp,
        "bundles": {
            "holder-export.age": describe(&holder_export),
            "grant.age": describe(&grant),
        },
        "plaintext_of_holder_export": "holder-export.tar",
        "cases": cases.iter().map(|c| json!({
            "file": c.file,
            "signer": c.signer,
            "exit": c.exit,
            "carnet_error": if c.error.is_empty() { Value::Null } else { json!(c.error) },
            "what": c.what,
            "signer_fingerprint": match (c.exit, c.file.as_str()) {
                (0, "resigned-other-key.age") => json!(other_fp),
                (0, _) => json!(fp),
                _ => Value::Null,
            },
        })).collect::<Vec<_>>(),
    });
    let mut text = serde_json::to_string_pretty(&expected).unwrap();
    text.push('\n');
    std::fs::write(dir.join("expected.json"), text).unwrap();
    println!("wrote {} cases to {}", cases.len(), dir.display());
}

fn base64_std(b: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(b)
}
