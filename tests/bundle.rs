//! Export bundles and `carnet bundle inspect|verify|open|import`, through the
//! real binary: round trips, the policy scenario, stock `age` + `tar`, FHIR,
//! and every bad input of issue 4 (wrong key 3, other signer 6, damage 6,
//! crafted archives 6 with nothing written outside DIR, newer version 2,
//! existing output refused unless --force).

mod common;
use common::*;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use base64::Engine;
use carnet::bundle::manifest::{self, Manifest};
use carnet::bundle::read::{self, BundleKey};
use carnet::bundle::tarball::TarReader;
use carnet::crypto::{self, Recipients};
use serde_json::Value;
use sha2::Digest;

// ---------- helpers ----------

fn add_pro(env: &Env, args: &[&str]) {
    let mut a = vec!["pro", "add"];
    a.extend_from_slice(args);
    let (code, _, err) = env.run(&a);
    assert_eq!(code, 0, "pro add {args:?}: {err}");
}

fn journal(env: &Env, action: &str) -> Vec<Value> {
    env.json(&["journal", "--action", action])
        .as_array()
        .unwrap()
        .clone()
}

fn ids_of(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

/// Documents `carnet access RPPS` says are visible.
fn visible_to(env: &Env, rpps: &str) -> BTreeSet<String> {
    env.json(&["access", rpps])
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["visible"] == true)
        .map(|r| r["doc"].as_str().unwrap().to_string())
        .collect()
}

fn fingerprint(env: &Env) -> String {
    env.json(&["status"])["signing_key_fingerprint"]
        .as_str()
        .unwrap()
        .to_string()
}

fn key_of(identity: &Path) -> BundleKey {
    BundleKey::Identities {
        identities: crypto::load_identity_file(identity, &carnet::prompt::nobody()).unwrap(),
        source: identity.display().to_string(),
    }
}

/// The plaintext members of a bundle, in archive order.
fn members(bundle: &Path, identity: &Path) -> Vec<(String, Vec<u8>)> {
    let file = std::fs::File::open(bundle).unwrap();
    let (plain, _) = read::decrypt(file, &key_of(identity)).unwrap();
    let mut tar = TarReader::new(plain);
    let mut out = Vec::new();
    while let Some(h) = tar.next_member().unwrap() {
        let mut data = Vec::new();
        let mut buf = [0u8; 8192];
        loop {
            let n = tar.read_data(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            data.extend_from_slice(&buf[..n]);
        }
        out.push((h.path, data));
    }
    out
}

fn manifest_of(members: &[(String, Vec<u8>)]) -> Manifest {
    let (_, bytes) = members.iter().find(|(p, _)| p == "manifest.yaml").unwrap();
    manifest::parse(bytes).unwrap()
}

/// A raw ustar header: any name, any type flag (for hostile archives).
fn raw_header(name: &[u8], flag: u8, size: u64, link: &[u8]) -> [u8; 512] {
    let mut h = tar::Header::new_ustar();
    h.as_old_mut().name[..name.len()].copy_from_slice(name);
    h.as_old_mut().linkname[..link.len()].copy_from_slice(link);
    h.set_size(size);
    h.set_mode(0o644);
    h.as_mut_bytes()[156] = flag;
    h.set_cksum();
    *h.as_bytes()
}

/// A tar of members (raw names, regular files) plus extra raw entries
/// (name, type flag, link target) placed first.
fn tar_bytes(members: &[(String, Vec<u8>)], hostile: &[(&[u8], u8, &[u8])]) -> Vec<u8> {
    let mut v = Vec::new();
    for (name, flag, link) in hostile {
        let data: &[u8] = if *flag == b'0' { b"owned" } else { b"" };
        v.extend_from_slice(&raw_header(name, *flag, data.len() as u64, link));
        v.extend_from_slice(data);
        v.resize(v.len().div_ceil(512) * 512, 0);
    }
    for (p, d) in members {
        v.extend_from_slice(&raw_header(p.as_bytes(), b'0', d.len() as u64, b""));
        v.extend_from_slice(d);
        v.resize(v.len().div_ceil(512) * 512, 0);
    }
    v.extend_from_slice(&[0u8; 1024]);
    v
}

/// Encrypts a plaintext tar to an age recipient.
fn seal(plain: &[u8], recipient: &str) -> Vec<u8> {
    let to = Recipients::one(crypto::parse_recipient(recipient).unwrap());
    let mut out = Vec::new();
    let mut w = crypto::encrypt_writer(&to, &mut out, false).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}

/// Replaces the manifest (re-signed with `key`) in a member list.
fn resign(members: &mut [(String, Vec<u8>)], m: &Manifest, key: &ed25519_dalek::SigningKey) {
    let yaml = m.to_yaml();
    let sig = manifest::sign(&yaml, key);
    for (p, d) in members.iter_mut() {
        if p == "manifest.yaml" {
            *d = yaml.clone();
        } else if p == "manifest.sig" {
            *d = sig.clone();
        }
    }
}

fn sha256_hex(d: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(d))
}

/// Files under a directory, relative paths.
fn files_under(dir: &Path) -> BTreeSet<String> {
    fn walk(root: &Path, p: &Path, out: &mut BTreeSet<String>) {
        if let Ok(rd) = std::fs::read_dir(p) {
            for e in rd.flatten() {
                let path = e.path();
                if path.is_dir() {
                    walk(root, &path, out);
                } else {
                    out.insert(path.strip_prefix(root).unwrap().display().to_string());
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(dir, dir, &mut out);
    out
}

/// A vault with three documents: a lab report, a masked prescription by a
/// professional, a consultation report. Returns the env and (id, bytes).
fn env_with_docs() -> (Env, Vec<(String, Vec<u8>)>) {
    let env = Env::bare();
    env.cmd()
        .args([
            "init",
            "--name",
            "Camille Martin",
            "--birth-date",
            "1984-12-07",
            "--ins",
            "184127645108946",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ])
        .assert()
        .success();
    let lab = b"Hemoglobine 14 g/dL\n".to_vec();
    let presc = vec![0xabu8; 70_000];
    let cr = b"Compte rendu: RAS.\n".to_vec();
    let a = env.add(
        "2025-02-03_bilan-sanguin.pdf",
        &lab,
        &["--type", "lab-report", "--tag", "bio"],
    );
    let b = env.add(
        "ordonnance.pdf",
        &presc,
        &[
            "--type",
            "prescription",
            "--author",
            RPPS_A,
            "--mask",
            "--title",
            "Ordonnance amoxicilline",
            "--date",
            "2025-01-10",
        ],
    );
    let c = env.add(
        "cr.txt",
        &cr,
        &[
            "--type",
            "consultation-report",
            "--author",
            RPPS_B,
            "--date",
            "2025-03-18",
        ],
    );
    (env, vec![(a, lab), (b, presc), (c, cr)])
}

// ---------- round trips ----------

#[test]
fn export_all_then_verify_inspect_and_open() {
    let (env, docs) = env_with_docs();
    let out = env.path("tout.age");
    let v = env.json(&[
        "export",
        "--all",
        "-o",
        out.to_str().unwrap(),
        "--recipient",
        &env.recipient,
    ]);
    assert_eq!(v["purpose"], "holder-export");
    assert_eq!(v["count"], 3);
    assert_eq!(v["encryption"], "recipient");
    assert_eq!(v["signer"], fingerprint(&env).as_str());
    assert_eq!(
        ids_of(&v["documents"]),
        docs.iter().map(|(i, _)| i.clone()).collect()
    );
    let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let bundle_id = v["bundle"].as_str().unwrap().to_string();
    let f = out.to_str().unwrap();

    let ver = env.json(&["bundle", "verify", f]);
    assert_eq!(ver["valid"], true);
    assert_eq!(ver["bundle"], bundle_id.as_str());
    assert_eq!(ver["signer_checked"], false);
    assert_eq!(ver["documents"], 3);
    let (code, text, _) = env.run(&["bundle", "verify", f]);
    assert_eq!(code, 0);
    assert!(text.contains("unchecked"), "{text}");
    let fp = fingerprint(&env);
    let ver = env.json(&["bundle", "verify", f, "--signer", &fp]);
    assert_eq!(ver["signer_checked"], true);

    let ins = env.json(&["bundle", "inspect", f]);
    assert_eq!(ins["format"], "carnet-bundle");
    assert_eq!(ins["version"], 2);
    assert_eq!(ins["holder"]["name"], "Camille Martin");
    assert_eq!(ins["holder"]["birth_date"], "1984-12-07");
    assert_eq!(ins["holder"]["ins"], "184127645108946");
    assert_eq!(ins["recipient"], Value::Null);
    let masked = ins["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == docs[1].0.as_str())
        .unwrap();
    assert_eq!(masked["type"]["code"], "57833-6");
    assert_eq!(masked["type"]["system"], "2.16.840.1.113883.6.1");
    assert_eq!(masked["class_code"], "42");
    assert_eq!(masked["author"], RPPS_A);
    assert_eq!(masked["confidentiality"][0]["code"], "N");
    assert_eq!(
        masked["confidentiality"][0]["system"],
        "2.16.840.1.113883.5.25"
    );
    assert_eq!(masked["confidentiality"][1]["code"], "MASQUE_PS");
    assert_eq!(
        masked["confidentiality"][1]["system"],
        "1.2.250.1.213.1.1.4.13"
    );
    assert_eq!(masked["media_type"], "application/pdf");
    // The holder's own export keeps the holder's metadata.
    let lab = ins["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == docs[0].0.as_str())
        .unwrap();
    assert_eq!(lab["tags"][0], "bio");
    assert_eq!(lab["filename"], "2025-02-03_bilan-sanguin.pdf");
    let (code, table, _) = env.run(&["bundle", "inspect", f]);
    assert_eq!(code, 0);
    assert!(
        table.contains("holder-export") && table.contains("MASQUE_PS"),
        "{table}"
    );

    let dir = env.path("opened");
    let o = env.json(&["bundle", "open", f, "-o", dir.to_str().unwrap()]);
    assert_eq!(o["bundle"], bundle_id.as_str());
    let m = manifest::parse(&std::fs::read(dir.join("manifest.yaml")).unwrap()).unwrap();
    for (id, bytes) in &docs {
        let d = m.documents.iter().find(|d| &d.id == id).unwrap();
        assert!(d.path.starts_with("documents/"), "{}", d.path);
        assert_eq!(&std::fs::read(dir.join(&d.path)).unwrap(), bytes);
        let mode = std::fs::metadata(dir.join(&d.path))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "{} is readable by others", d.path);
    }
    let lab_entry = m.documents.iter().find(|d| d.id == docs[0].0).unwrap();
    assert!(
        lab_entry
            .path
            .starts_with("documents/2025-02-03_biologie_bilan-sanguin"),
        "{}",
        lab_entry.path
    );
    let files = files_under(&dir);
    assert_eq!(files.len(), 8, "{files:?}");
    assert!(files.contains("fhir/bundle.json") && files.contains("manifest.sig"));
    assert!(files.contains("LISEZMOI.txt") && files.contains("index.html"));
    // No staging leftovers.
    assert!(!std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .any(|e| e.file_name().to_string_lossy().starts_with('.')));
}

#[test]
fn journal_head_in_the_manifest_is_the_export_entry() {
    let (env, _) = env_with_docs();
    let out = env.path("b.age");
    let v = env.json(&[
        "export",
        "--all",
        "-o",
        out.to_str().unwrap(),
        "-r",
        &env.recipient,
    ]);
    let entries = journal(&env, "export.create");
    assert_eq!(entries.len(), 1);
    let e = &entries[0];
    assert_eq!(e["target"], v["bundle"]);
    assert_eq!(e["actor"]["type"], "holder");
    assert_eq!(e["details"]["bundle"], v["bundle"]);
    assert_eq!(e["details"]["purpose"], "holder-export");
    assert_eq!(ids_of(&e["details"]["documents"]), ids_of(&v["documents"]));
    assert_eq!(v["journal"]["seq"], e["seq"]);
    assert_eq!(v["journal"]["hash"], e["hash"]);
    let m = manifest_of(&members(&out, &env.identity));
    assert_eq!(Some(m.journal.seq), e["seq"].as_i64());
    assert_eq!(Some(m.journal.hash.as_str()), e["hash"].as_str());
}

#[test]
fn fhir_bundle_parses_and_matches_the_files() {
    let (env, docs) = env_with_docs();
    add_pro(&env, &[RPPS_A, "--name", "Dr Claire Dubois"]);
    let out = env.path("b.age");
    env.json(&[
        "export",
        "--all",
        "-o",
        out.to_str().unwrap(),
        "-r",
        &env.recipient,
    ]);
    let dir = env.path("o");
    env.json(&[
        "bundle",
        "open",
        out.to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    let fhir: Value =
        serde_json::from_slice(&std::fs::read(dir.join("fhir/bundle.json")).unwrap()).unwrap();
    assert_eq!(fhir["resourceType"], "Bundle");
    assert_eq!(fhir["type"], "collection");
    let entries = fhir["entry"].as_array().unwrap();
    let by_type = |t: &str| -> Vec<&Value> {
        entries
            .iter()
            .map(|e| &e["resource"])
            .filter(|r| r["resourceType"] == t)
            .collect()
    };
    for e in entries {
        assert!(e["fullUrl"].as_str().unwrap().starts_with("urn:uuid:"));
    }
    let patient = by_type("Patient");
    assert_eq!(patient.len(), 1);
    // A self-declared INS: a plain identifier, not typed INS-NIR (FR Core
    // reserves that for a qualified identity).
    assert!(patient[0]["identifier"][0].get("system").is_none());
    assert_eq!(patient[0]["identifier"][0]["value"], "184127645108946");
    let pracs = by_type("Practitioner");
    assert_eq!(pracs.len(), 2, "one per author");
    let dubois = pracs
        .iter()
        .find(|p| p["identifier"][1]["value"] == RPPS_A)
        .unwrap();
    assert_eq!(
        dubois["identifier"][1]["system"],
        "https://rpps.esante.gouv.fr"
    );
    assert_eq!(
        dubois["identifier"][0]["system"],
        "urn:oid:1.2.250.1.71.4.2.1"
    );
    assert_eq!(dubois["identifier"][0]["value"], format!("8{RPPS_A}"));
    assert_eq!(dubois["name"][0]["text"], "Dr Claire Dubois");
    let refs = by_type("DocumentReference");
    assert_eq!(refs.len(), docs.len());
    let m = manifest::parse(&std::fs::read(dir.join("manifest.yaml")).unwrap()).unwrap();
    for r in refs {
        assert_eq!(r["status"], "current");
        let entry = m
            .documents
            .iter()
            .find(|d| r["id"] == d.id.as_str())
            .unwrap();
        let att = &r["content"][0]["attachment"];
        let url = att["url"].as_str().unwrap();
        assert_eq!(url, entry.path);
        let bytes = std::fs::read(dir.join(url)).unwrap();
        assert_eq!(att["size"].as_u64(), Some(bytes.len() as u64));
        let sha1 = sha1::Sha1::digest(&bytes);
        assert_eq!(
            att["hash"].as_str().unwrap(),
            base64::engine::general_purpose::STANDARD.encode(sha1)
        );
        assert_eq!(att["contentType"], entry.media_type.as_str());
        assert_eq!(att["title"], entry.title.as_str());
        assert_eq!(att["creation"], entry.date.as_str());
        assert_eq!(r["type"]["coding"][0]["code"], entry.doc_type.code.as_str());
        assert_eq!(
            r["category"][0]["coding"][0]["system"],
            "https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument"
        );
        assert_eq!(
            r["category"][0]["coding"][0]["code"],
            entry.class_code.as_str()
        );
        let labels: Vec<&str> = r["securityLabel"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["coding"][0]["code"].as_str().unwrap())
            .collect();
        assert_eq!(labels, entry.codes());
        assert_eq!(
            r["securityLabel"][0]["coding"][0]["system"],
            "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
        );
        // References resolve inside the bundle.
        for reference in [&r["subject"]["reference"], &r["author"][0]["reference"]] {
            assert!(entries.iter().any(|e| &e["fullUrl"] == reference));
        }
    }
}

#[test]
fn stock_age_and_tar_open_a_bundle() {
    if std::process::Command::new("age")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("note: `age` is not installed; skipping the stock-age interoperability test (.ci/run installs it)");
        return;
    }
    let (env, docs) = env_with_docs();
    let (doc_key, doc_recipient) = new_identity(env.dir.path(), "doctor.txt");
    add_pro(
        &env,
        &[
            RPPS_C,
            "--name",
            "Dr Paul Petit",
            "--recipient",
            &doc_recipient,
            "--primary",
        ],
    );
    for armor in [false, true] {
        let out = env.path(if armor { "b.asc" } else { "b.age" });
        let mut args = vec!["export", "--for", RPPS_C, "-o", out.to_str().unwrap()];
        if armor {
            args.push("--armor");
        }
        env.json(&args);
        let head = std::fs::read(&out).unwrap();
        if armor {
            assert!(head.starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));
        }
        let dir = env.path(if armor { "x-armor" } else { "x" });
        std::fs::create_dir(&dir).unwrap();
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg("age -d -i \"$1\" \"$2\" | tar -x -C \"$3\"")
            .arg("sh")
            .arg(&doc_key)
            .arg(&out)
            .arg(&dir)
            .status()
            .unwrap();
        assert!(status.success());
        let m = manifest::parse(&std::fs::read(dir.join("manifest.yaml")).unwrap()).unwrap();
        assert_eq!(m.documents.len(), 3, "the primary doctor sees all three");
        for (id, bytes) in &docs {
            let d = m.documents.iter().find(|d| &d.id == id).unwrap();
            assert_eq!(&std::fs::read(dir.join(&d.path)).unwrap(), bytes);
        }
        assert!(dir.join("fhir/bundle.json").is_file() && dir.join("manifest.sig").is_file());
    }
}

// ---------- the policy scenario ----------

#[test]
fn exports_contain_exactly_what_the_policy_says() {
    let (env, docs) = env_with_docs();
    let (lab, presc, cr) = (&docs[0].0, &docs[1].0, &docs[2].0);
    let lab2 = env.add("bilan2.pdf", b"second lab", &["--type", "lab-report"]);
    // A: a type-scoped grant; B: granted then blocked; C: primary doctor;
    // D: known, no grant.
    add_pro(&env, &[RPPS_A, "--name", "Dr Claire Dubois"]);
    add_pro(&env, &[RPPS_B, "--name", "Dr Marc Bloque"]);
    add_pro(&env, &[RPPS_C, "--name", "Dr Paul Petit", "--primary"]);
    add_pro(&env, &[RPPS_D, "--name", "Laboratoire Sans Acces"]);
    let g = env.json(&[
        "grant",
        RPPS_A,
        "--for",
        "7d",
        "--type",
        "lab-report",
        "--type",
        "prescription",
    ]);
    env.json(&["grant", RPPS_B, "--for", "7d"]);
    assert_eq!(env.run(&["pro", "block", RPPS_B]).0, 0);

    let export_for = |rpps: &str, extra: &[&str]| -> (i32, String, String, PathBuf) {
        let out = env.path(&format!("for-{rpps}-{}.age", extra.len()));
        let mut args = vec![
            "export",
            "--for",
            rpps,
            "-o",
            out.to_str().unwrap(),
            "-r",
            &env.recipient,
        ];
        args.extend_from_slice(extra);
        let (code, o, e) = env.run(&args);
        (code, o, e, out)
    };

    // A: the lab reports, and the masked prescription because A wrote it
    // (masked_author) and prescriptions are in A's scope; not the
    // consultation report (out of scope).
    let (code, _, err, out) = export_for(RPPS_A, &[]);
    assert_eq!(code, 0, "{err}");
    let m = manifest_of(&members(&out, &env.identity));
    let got: BTreeSet<String> = m.documents.iter().map(|d| d.id.clone()).collect();
    assert_eq!(got, visible_to(&env, RPPS_A));
    assert_eq!(
        got,
        [lab.clone(), lab2.clone(), presc.clone()]
            .into_iter()
            .collect(),
        "lab reports, and the masked prescription A wrote"
    );
    assert!(!got.contains(cr));
    assert_eq!(m.purpose.kind, manifest::PurposeKind::Grant);
    assert_eq!(m.purpose.grant.as_deref(), g["id"].as_str());
    assert_eq!(m.expires.as_deref(), g["expires_at"].as_str());
    let r = m.recipient.as_ref().unwrap();
    assert_eq!(
        (r.rpps.as_str(), r.name.as_str()),
        (RPPS_A, "Dr Claire Dubois")
    );
    assert_eq!(r.idnat, format!("8{RPPS_A}"));
    // A professional's bundle carries no holder-only metadata.
    assert!(m
        .documents
        .iter()
        .all(|d| d.tags.is_empty() && d.filename.is_none()));

    // A with --doc: the intersection; a --doc outside what A sees is refused.
    let (code, _, err, out) = export_for(RPPS_A, &["--doc", &lab[..6]]);
    assert_eq!(code, 0, "{err}");
    let m = manifest_of(&members(&out, &env.identity));
    assert_eq!(m.documents.len(), 1);
    assert_eq!(&m.documents[0].id, lab);
    let (code, _, err, out) = export_for(RPPS_A, &["--doc", cr, "--force"]);
    assert_eq!(code, 5, "{err}");
    assert!(
        err.contains("nothing to export") && err.contains("out_of_grant_scope"),
        "{err}"
    );
    assert!(!out.exists());

    // B is blocked: refused, journaled, no file.
    let (code, _, err, out) = export_for(RPPS_B, &[]);
    assert_error(&(code, String::new(), err.clone()), 5, "blocked");
    assert!(!out.exists());
    // D has no grant.
    let (code, _, err, out) = export_for(RPPS_D, &[]);
    assert_error(&(code, String::new(), err), 5, "no_active_grant");
    assert!(!out.exists());
    let refused = journal(&env, "export.refused");
    assert_eq!(refused.len(), 3);
    let rules: Vec<&str> = refused
        .iter()
        .map(|e| e["details"]["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, vec!["empty_selection", "blocked", "no_active_grant"]);
    assert_eq!(refused[1]["actor"]["type"], "professional");
    assert_eq!(refused[1]["actor"]["id"], format!("8{RPPS_B}"));

    // C, the primary doctor: everything, the masked document included
    // (masked-visible-to-primary defaults to true).
    let (code, _, err, out) = export_for(RPPS_C, &[]);
    assert_eq!(code, 0, "{err}");
    let m = manifest_of(&members(&out, &env.identity));
    let got: BTreeSet<String> = m.documents.iter().map(|d| d.id.clone()).collect();
    assert_eq!(got, visible_to(&env, RPPS_C));
    assert_eq!(got.len(), 4);
    assert_eq!(m.purpose.kind, manifest::PurposeKind::Primary);
    assert_eq!(m.expires, None);
    // With the strict rule, the primary doctor loses the masked document.
    assert_eq!(
        env.run(&["settings", "set", "masked-visible-to-primary", "false"])
            .0,
        0
    );
    let (code, _, err, out) = export_for(RPPS_C, &["--force"]);
    assert_eq!(code, 0, "{err}");
    let m = manifest_of(&members(&out, &env.identity));
    let got: BTreeSet<String> = m.documents.iter().map(|d| d.id.clone()).collect();
    assert_eq!(got, visible_to(&env, RPPS_C));
    assert!(!got.contains(presc));

    // Every export.create names the professional, purpose, documents, bundle.
    let created = journal(&env, "export.create");
    assert_eq!(created.len(), 4);
    assert_eq!(created[0]["actor"]["id"], format!("8{RPPS_A}"));
    assert_eq!(created[0]["mode"], "grant");
    assert_eq!(created[0]["details"]["grant"], g["id"]);
    assert_eq!(created[2]["mode"], "primary");
    assert_eq!(created[2]["details"]["rpps"], RPPS_C);
    assert_eq!(
        created[2]["details"]["documents"].as_array().unwrap().len(),
        4
    );

    // An unknown professional is not found (4), not a policy refusal.
    let (code, _, err, _) = export_for("10000000025", &[]);
    assert_eq!(code, 4, "{err}");
}

#[test]
fn emergency_exports_follow_the_consents() {
    let (env, docs) = env_with_docs();
    let masked = &docs[1].0;
    let out = env.path("samu.age");
    let o = out.to_str().unwrap();
    let v = env.json(&[
        "export",
        "--emergency",
        "samu",
        "-o",
        o,
        "-r",
        &env.recipient,
    ]);
    assert_eq!(v["purpose"], "emergency-samu");
    let got = ids_of(&v["documents"]);
    assert_eq!(got.len(), 2, "masked documents stay out by default");
    assert!(!got.contains(masked));
    let e = journal(&env, "export.create");
    assert_eq!(e[0]["actor"]["type"], "emergency");
    assert_eq!(e[0]["mode"], "emergency-samu");

    // Masked allowed in an emergency: now included.
    assert_eq!(env.run(&["emergency", "set", "--masked", "allow"]).0, 0);
    let v = env.json(&[
        "export",
        "--emergency",
        "break-glass",
        "-o",
        env.path("btg.age").to_str().unwrap(),
        "-r",
        &env.recipient,
    ]);
    assert_eq!(v["count"], 3);
    assert_eq!(
        journal(&env, "export.create")[1]["mode"],
        "emergency-break-glass"
    );

    // SAMU opposed: refused with exit 5 and journaled; nothing written.
    assert_eq!(env.run(&["emergency", "set", "--samu", "deny"]).0, 0);
    let denied = env.path("denied.age");
    let out = env.run(&[
        "export",
        "--emergency",
        "samu",
        "-o",
        denied.to_str().unwrap(),
        "-r",
        &env.recipient,
    ]);
    assert_error(&out, 5, "emergency_denied");
    assert!(!denied.exists());
    let refused = journal(&env, "export.refused");
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0]["mode"], "emergency-samu");
    assert_eq!(refused[0]["details"]["rule"], "emergency_denied");

    // An emergency export says how it is encrypted.
    let out = env.run(&["export", "--emergency", "break-glass", "-o", "x.age"]);
    assert_error(&out, 2, "--recipient");
}

// ---------- keys, passphrases, signers ----------

#[test]
fn wrong_key_or_passphrase_is_exit_3() {
    let (env, _) = env_with_docs();
    let out = env.path("b.age");
    let o = out.to_str().unwrap();
    env.json(&["export", "--all", "-o", o, "-r", &env.recipient]);
    let (other, _) = new_identity(env.dir.path(), "other.txt");
    let r = env.run(&["bundle", "verify", o, "--identity", other.to_str().unwrap()]);
    assert_error(&r, 3, "not encrypted to");
    let r = env.run(&[
        "bundle",
        "verify",
        o,
        "--bundle-identity",
        other.to_str().unwrap(),
    ]);
    assert_error(&r, 3, "not encrypted to");
    let r = env
        .cmd_bare()
        .args(["bundle", "verify", o])
        .output()
        .unwrap();
    let r = (
        r.status.code().unwrap(),
        String::new(),
        String::from_utf8_lossy(&r.stderr).into_owned(),
    );
    assert_error(&r, 3, "no identity");

    // A passphrase bundle, armored.
    let pass = env.write("pass.txt", b"correct horse battery staple\n");
    let wrong = env.write("wrong.txt", b"incorrect horse\n");
    let pb = env.path("p.age");
    let v = env.json(&[
        "export",
        "--all",
        "-o",
        pb.to_str().unwrap(),
        "--passphrase",
        "--bundle-passphrase-file",
        pass.to_str().unwrap(),
        "--armor",
    ]);
    assert_eq!(v["encryption"], "passphrase");
    assert!(std::fs::read(&pb)
        .unwrap()
        .starts_with(b"-----BEGIN AGE ENCRYPTED FILE-----"));
    let p = pb.to_str().unwrap();
    let ok = env.json(&[
        "bundle",
        "verify",
        p,
        "--bundle-passphrase-file",
        pass.to_str().unwrap(),
    ]);
    assert_eq!(ok["valid"], true);
    let r = env.run(&[
        "bundle",
        "verify",
        p,
        "--bundle-passphrase-file",
        wrong.to_str().unwrap(),
    ]);
    assert_error(&r, 3, "wrong passphrase");
    let r = env.run(&["bundle", "verify", p]);
    assert_error(&r, 3, "--bundle-passphrase-file");
}

#[test]
fn export_for_a_professional_without_recipient_needs_a_passphrase() {
    let (env, _) = env_with_docs();
    add_pro(&env, &[RPPS_C, "--name", "Dr Paul Petit", "--primary"]);
    let out = env.path("c.age");
    let r = env.run(&["export", "--for", RPPS_C, "-o", out.to_str().unwrap()]);
    assert_error(&r, 2, "--bundle-passphrase-file");
    assert!(!out.exists());
    assert!(journal(&env, "export.create").is_empty());
    // Without -o: a default name in the current directory.
    let pass = env.write("pass.txt", b"secret words here\n");
    let v = env.json(&[
        "export",
        "--for",
        RPPS_C,
        "--bundle-passphrase-file",
        pass.to_str().unwrap(),
    ]);
    let path = PathBuf::from(v["path"].as_str().unwrap());
    assert!(path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with(&format!("carnet-{RPPS_C}-")));
    assert!(env.dir.path().join(&path).is_file());
}

#[test]
fn another_signer_is_exit_6() {
    let (env, _) = env_with_docs();
    let out = env.path("b.age");
    let o = out.to_str().unwrap();
    env.json(&["export", "--all", "-o", o, "-r", &env.recipient]);
    let other = Env::new();
    let other_fp = fingerprint(&other);
    assert_ne!(other_fp, fingerprint(&env));
    let r = env.run(&["bundle", "verify", o, "--signer", &other_fp]);
    assert_error(&r, 6, "signed by");
    let dir = env.path("d");
    let r = env.run(&[
        "bundle",
        "open",
        o,
        "-o",
        dir.to_str().unwrap(),
        "--signer",
        &other_fp,
    ]);
    assert_error(&r, 6, "signed by");
    assert!(!dir.exists(), "a failed open leaves nothing");
    let r = env.run(&["bundle", "verify", o, "--signer", "SHA256:nope"]);
    assert_error(&r, 2, "invalid signer fingerprint");
}

// ---------- damaged and crafted bundles ----------

#[test]
fn truncated_or_flipped_bundles_are_exit_6_and_open_writes_nothing() {
    let (env, _) = env_with_docs();
    let out = env.path("b.age");
    env.json(&[
        "export",
        "--all",
        "-o",
        out.to_str().unwrap(),
        "-r",
        &env.recipient,
    ]);
    let bytes = std::fs::read(&out).unwrap();
    let bad = env.path("bad.age");
    let cases: Vec<(String, Vec<u8>)> = vec![
        (
            "cut in the middle".into(),
            bytes[..bytes.len() / 2].to_vec(),
        ),
        (
            "last byte missing".into(),
            bytes[..bytes.len() - 1].to_vec(),
        ),
        (
            "last chunk missing".into(),
            bytes[..bytes.len() - 17].to_vec(),
        ),
        ("header only".into(), bytes[..200].to_vec()),
        ("flipped payload bit".into(), {
            let mut b = bytes.clone();
            let i = b.len() / 2;
            b[i] ^= 0x01;
            b
        }),
        ("flipped final tag".into(), {
            let mut b = bytes.clone();
            let i = b.len() - 3;
            b[i] ^= 0x80;
            b
        }),
        (
            "not an age file".into(),
            b"hello, this is not a bundle".to_vec(),
        ),
        ("empty".into(), Vec::new()),
    ];
    let existing = env.path("existing");
    std::fs::create_dir(&existing).unwrap();
    for (what, b) in cases {
        std::fs::write(&bad, &b).unwrap();
        let r = env.run(&["bundle", "verify", bad.to_str().unwrap()]);
        assert_error(&r, 6, "");
        let dir = env.path("new-dir");
        let r = env.run(&[
            "bundle",
            "open",
            bad.to_str().unwrap(),
            "-o",
            dir.to_str().unwrap(),
        ]);
        assert_eq!(r.0, 6, "{what}: {}", r.2);
        assert!(!dir.exists(), "{what}: open left {dir:?}");
        let r = env.run(&[
            "bundle",
            "open",
            bad.to_str().unwrap(),
            "-o",
            existing.to_str().unwrap(),
        ]);
        assert_eq!(r.0, 6, "{what}: {}", r.2);
        assert!(
            files_under(&existing).is_empty(),
            "{what}: open wrote into DIR"
        );
        assert_eq!(std::fs::read_dir(&existing).unwrap().count(), 0, "{what}");
    }
    let r = env.run(&[
        "bundle",
        "verify",
        env.path("missing.age").to_str().unwrap(),
    ]);
    assert_error(&r, 4, "no bundle file");
}

/// The members of a fresh holder export, and the env.
fn crafted_base() -> (Env, Vec<(String, Vec<u8>)>) {
    let (env, _) = env_with_docs();
    let out = env.path("base.age");
    env.json(&[
        "export",
        "--all",
        "-o",
        out.to_str().unwrap(),
        "-r",
        &env.recipient,
    ]);
    let m = members(&out, &env.identity);
    (env, m)
}

/// Writes a crafted bundle and runs verify and open on it; returns the
/// verify result and checks that open wrote nothing anywhere.
fn try_crafted(env: &Env, name: &str, plain: &[u8]) -> (i32, String, String) {
    let p = env.path(name);
    std::fs::write(&p, seal(plain, &env.recipient)).unwrap();
    let r = env.run(&["bundle", "verify", p.to_str().unwrap()]);
    let before = files_under(env.dir.path());
    let dir = env.path(&format!("{name}.d"));
    let o = env.run(&[
        "bundle",
        "open",
        p.to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(o.0, r.0, "open and verify disagree on {name}: {}", o.2);
    assert!(!dir.exists(), "{name}: open left {dir:?}");
    assert_eq!(
        files_under(env.dir.path()),
        before,
        "{name}: open wrote a file"
    );
    r
}

#[test]
fn member_that_does_not_match_the_manifest_is_exit_6() {
    let (env, base) = crafted_base();
    // Same signed manifest, one document's bytes changed.
    let mut m1 = base.clone();
    let doc = m1
        .iter_mut()
        .find(|(p, _)| p.starts_with("documents/"))
        .unwrap();
    doc.1[0] ^= 0xff;
    let r = try_crafted(&env, "hash.age", &tar_bytes(&m1, &[]));
    assert_error(&r, 6, "does not match its SHA-256");

    // A document whose manifest entry was updated and re-signed by someone
    // else: the signature holds, the signer does not.
    let mut m2 = base.clone();
    let mut man = manifest_of(&m2);
    let path = man.documents[0].path.clone();
    let new_bytes = b"forged content".to_vec();
    let b64_sha1 =
        |d: &[u8]| base64::engine::general_purpose::STANDARD.encode(sha1::Sha1::digest(d));
    let old_bytes = m2.iter().find(|(p, _)| *p == path).unwrap().1.clone();
    // A careful forger rewrites the FHIR file's SHA-1 and size too (else
    // the cross-check refuses it first).
    let mut fhir = Vec::new();
    for (p, d) in m2.iter_mut() {
        if *p == path {
            *d = new_bytes.clone();
        }
        if p == "fhir/bundle.json" {
            let old_size = format!("\"size\": {},", old_bytes.len());
            let new_size = format!("\"size\": {},", new_bytes.len());
            *d = String::from_utf8(d.clone())
                .unwrap()
                .replace(&b64_sha1(&old_bytes), &b64_sha1(&new_bytes))
                .replace(&old_size, &new_size)
                .into_bytes();
            fhir = d.clone();
        }
    }
    man.documents[0].size = new_bytes.len() as u64;
    man.documents[0].sha256 = sha256_hex(&new_bytes);
    for mem in man.members.iter_mut() {
        if mem.path == path {
            mem.size = new_bytes.len() as u64;
            mem.sha256 = sha256_hex(&new_bytes);
        }
        if mem.path == "fhir/bundle.json" {
            mem.size = fhir.len() as u64;
            mem.sha256 = sha256_hex(&fhir);
        }
    }
    let forger = ed25519_dalek::SigningKey::from_bytes(&[42u8; 32]);
    man.signer = manifest::signer_of(&forger.verifying_key());
    resign(&mut m2, &man, &forger);
    let p = env.path("forged.age");
    std::fs::write(&p, seal(&tar_bytes(&m2, &[]), &env.recipient)).unwrap();
    let ok = env.json(&["bundle", "verify", p.to_str().unwrap()]);
    assert_ne!(ok["signer"], fingerprint(&env).as_str());
    let r = env.run(&[
        "bundle",
        "verify",
        p.to_str().unwrap(),
        "--signer",
        &fingerprint(&env),
    ]);
    assert_error(&r, 6, "signed by");

    // The manifest edited without re-signing.
    let mut m3 = base.clone();
    let mut man = manifest_of(&m3);
    man.holder.name = "Someone Else".into();
    for (p, d) in m3.iter_mut() {
        if p == "manifest.yaml" {
            *d = man.to_yaml();
        }
    }
    let r = try_crafted(&env, "unsigned.age", &tar_bytes(&m3, &[]));
    assert_error(&r, 6, "signature");

    // A member the manifest does not list, a listed member missing, a
    // duplicate, no manifest at all.
    let mut m4 = base.clone();
    m4.insert(0, ("documents/extra.pdf".into(), b"surprise".to_vec()));
    assert_error(
        &try_crafted(&env, "extra.age", &tar_bytes(&m4, &[])),
        6,
        "does not list",
    );
    let m5: Vec<_> = base
        .iter()
        .filter(|(p, _)| p != "fhir/bundle.json")
        .cloned()
        .collect();
    assert_error(
        &try_crafted(&env, "missing.age", &tar_bytes(&m5, &[])),
        6,
        "missing",
    );
    let mut m6 = base.clone();
    m6.insert(0, base.last().unwrap().clone());
    assert_error(
        &try_crafted(&env, "dup.age", &tar_bytes(&m6, &[])),
        6,
        "twice",
    );
    let m7: Vec<_> = base
        .iter()
        .filter(|(p, _)| p != "manifest.yaml")
        .cloned()
        .collect();
    assert_error(
        &try_crafted(&env, "nomanifest.age", &tar_bytes(&m7, &[])),
        6,
        "manifest",
    );
}

#[test]
fn hostile_archive_paths_and_links_are_exit_6_and_nothing_escapes() {
    let (env, base) = crafted_base();
    let outside = env.dir.path().join("evil");
    let abs = format!("{}/abs-evil", env.dir.path().display());
    // (case, hostile entries (name, type flag, link target), expected message)
    type Hostile = Vec<(Vec<u8>, u8, Vec<u8>)>;
    let cases: Vec<(&str, Hostile, &str)> = vec![
        ("dotdot", vec![(b"../evil".to_vec(), b'0', vec![])], "path"),
        (
            "dotdot-deep",
            vec![(b"documents/../../evil".to_vec(), b'0', vec![])],
            "path",
        ),
        (
            "absolute",
            vec![(abs.as_bytes().to_vec(), b'0', vec![])],
            "path",
        ),
        (
            "symlink",
            vec![(b"documents/link".to_vec(), b'2', b"/etc/passwd".to_vec())],
            "symbolic link",
        ),
        (
            "hardlink",
            vec![(b"documents/hard".to_vec(), b'1', b"/etc/passwd".to_vec())],
            "hard link",
        ),
        (
            "device",
            vec![(b"documents/dev".to_vec(), b'3', vec![])],
            "character device",
        ),
        (
            "fifo",
            vec![(b"documents/fifo".to_vec(), b'6', vec![])],
            "FIFO",
        ),
        (
            "directory",
            vec![(b"documents/sub".to_vec(), b'5', vec![])],
            "directory",
        ),
        (
            "subdir",
            vec![(b"documents/sub/x".to_vec(), b'0', vec![])],
            "path",
        ),
        ("pax", vec![(b"pax".to_vec(), b'x', vec![])], "PAX"),
        (
            "symlink-then-write",
            vec![(b"fhir".to_vec(), b'2', b"/tmp".to_vec())],
            "symbolic link",
        ),
    ];
    for (name, hostile, needle) in cases {
        let h: Vec<(&[u8], u8, &[u8])> = hostile
            .iter()
            .map(|(n, f, l)| (n.as_slice(), *f, l.as_slice()))
            .collect();
        let r = try_crafted(&env, &format!("{name}.age"), &tar_bytes(&base, &h));
        assert_error(&r, 6, needle);
        assert!(!outside.exists(), "{name} wrote outside");
        assert!(!Path::new(&abs).exists(), "{name} wrote an absolute path");
    }
}

#[test]
fn newer_format_version_is_exit_2_with_a_hint_to_upgrade() {
    let (env, mut base) = crafted_base();
    let text = String::from_utf8(
        base.iter()
            .find(|(p, _)| p == "manifest.yaml")
            .unwrap()
            .1
            .clone(),
    )
    .unwrap();
    let v2 = text
        .replace("\"version\": 2,", "\"version\": 3,")
        .replace("\n  \"signer\":", "\n  \"new_field\": true,\n  \"signer\":");
    assert_ne!(v2, text);
    let key = ed25519_dalek::SigningKey::from_bytes(&[5u8; 32]);
    let sig = manifest::sign(v2.as_bytes(), &key);
    for (p, d) in base.iter_mut() {
        if p == "manifest.yaml" {
            *d = v2.as_bytes().to_vec();
        } else if p == "manifest.sig" {
            *d = sig.clone();
        }
    }
    let r = try_crafted(&env, "v3.age", &tar_bytes(&base, &[]));
    assert_error(&r, 2, "upgrade");
    assert!(r.2.contains("version 3"), "{}", r.2);
}

// ---------- output paths ----------

#[test]
fn existing_output_is_refused_unless_force() {
    let (env, _) = env_with_docs();
    let out = env.write("taken.age", b"precious");
    let o = out.to_str().unwrap();
    let r = env.run(&["export", "--all", "-o", o, "-r", &env.recipient]);
    assert_error(&r, 2, "already exists");
    assert_eq!(std::fs::read(&out).unwrap(), b"precious");
    assert!(journal(&env, "export.create").is_empty());
    env.json(&["export", "--all", "-o", o, "-r", &env.recipient, "--force"]);
    assert_eq!(env.json(&["bundle", "verify", o])["valid"], true);
    // No temp file left beside it.
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());

    // bundle open into a directory that already has these files.
    let dir = env.path("o");
    env.json(&["bundle", "open", o, "-o", dir.to_str().unwrap()]);
    std::fs::write(dir.join("manifest.yaml"), b"mine").unwrap();
    let r = env.run(&["bundle", "open", o, "-o", dir.to_str().unwrap()]);
    assert_error(&r, 2, "already exists");
    assert_eq!(std::fs::read(dir.join("manifest.yaml")).unwrap(), b"mine");
    env.json(&["bundle", "open", o, "-o", dir.to_str().unwrap(), "--force"]);
    assert!(manifest::parse(&std::fs::read(dir.join("manifest.yaml")).unwrap()).is_ok());

    // A link where open would create documents/: refused, nothing written there.
    let dir2 = env.path("o2");
    let target = env.path("elsewhere");
    std::fs::create_dir_all(&dir2).unwrap();
    std::fs::create_dir_all(&target).unwrap();
    std::os::unix::fs::symlink(&target, dir2.join("documents")).unwrap();
    let r = env.run(&["bundle", "open", o, "-o", dir2.to_str().unwrap()]);
    assert_error(&r, 2, "not a directory");
    assert!(files_under(&target).is_empty());
}

#[test]
fn export_to_stdout() {
    let (env, _) = env_with_docs();
    let out = env
        .cmd()
        .args(["export", "--all", "-o", "-", "-r", &env.recipient])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(b"age-encryption.org/v1\n"));
    let p = env.path("from-stdout.age");
    std::fs::write(&p, &out.stdout).unwrap();
    assert_eq!(
        env.json(&["bundle", "verify", p.to_str().unwrap()])["documents"],
        3
    );
}

// ---------- import ----------

/// A bundle as a professional's tool would send back: documents with flags,
/// signed by the professional's own key, encrypted to `recipient`.
fn professional_bundle(recipient: &str, docs: &[(&str, &[u8], &[&str])]) -> (Vec<u8>, String) {
    use carnet::bundle::manifest::{Holder, JournalHead, Purpose, PurposeKind};
    use carnet::bundle::write::{doc_entry, write, Draft, Source};
    use carnet::model::{DocType, Document};
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap();
    let sources: Vec<Source> = docs
        .iter()
        .enumerate()
        .map(|(i, (title, bytes, flags))| {
            let d = Document {
                id: format!("prodoc{i}abcdef"),
                title: title.to_string(),
                doc_type: DocType::parse("lab-report").unwrap(),
                date: "2026-01-15".into(),
                author: Some(RPPS_A.into()),
                tags: vec![],
                masked: false,
                masked_from: vec![],
                hidden_from_guardians: false,
                invisible_patient_until: None,
                size: bytes.len() as u64,
                sha256: sha256_hex(bytes),
                blob: String::new(),
                media_type: "application/pdf".into(),
                filename: format!("{title}.pdf"),
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
        id: "reportbundle2345".into(),
        created: now,
        expires: None,
        purpose: Purpose {
            kind: PurposeKind::Report,
            grant: None,
        },
        recipient: None,
        holder: Holder {
            name: "Camille Martin".into(),
            birth_date: None,
            ins: None,
        },
        summary: None,
    };
    let key = ed25519_dalek::SigningKey::from_bytes(&[77u8; 32]);
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
    (
        seal(&plain, recipient),
        carnet::crypto::fingerprint(&key.verifying_key()),
    )
}

#[test]
fn import_adds_documents_with_author_and_flags() {
    let env = Env::new();
    let (bytes, pro_fp) = professional_bundle(
        &env.recipient,
        &[
            (
                "Resultats biopsie",
                b"held for the announcement",
                &["INVISIBLE_PATIENT"],
            ),
            ("Bilan masque", b"masked lab", &["MASQUE_PS"]),
            ("Bilan simple", b"plain lab", &[]),
        ],
    );
    let p = env.path("retour.age");
    std::fs::write(&p, &bytes).unwrap();
    let f = p.to_str().unwrap();
    let r = env.run(&["bundle", "import", f, "--signer", &fingerprint(&env)]);
    assert_error(&r, 6, "signed by");
    assert!(
        env.json(&["list"]).as_array().unwrap().is_empty(),
        "nothing added"
    );

    let v = env.json(&["bundle", "import", f, "--signer", &pro_fp]);
    // A held document's title is not shown to the patient either.
    assert!(!v.to_string().contains("Resultats biopsie"), "{v}");
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 3);
    assert!(docs
        .iter()
        .all(|d| d["author"] == RPPS_A && d["duplicate"] == false));
    let id_of = |title: &str| {
        docs.iter().find(|d| d["title"] == title).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let held = id_of("(not visible to you)");
    let masked = id_of("Bilan masque");
    add_pro(&env, &[RPPS_A, "--name", "Dr A"]);
    for args in [&["journal"][..], &["access", RPPS_A]] {
        let (code, out, err) = env.run(args);
        assert_eq!(code, 0, "{err}");
        assert!(!out.contains("Resultats biopsie"), "{args:?}: {out}");
    }

    // INVISIBLE_PATIENT: hidden from list and get until released.
    let listed: BTreeSet<String> = env
        .json(&["list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(listed.len(), 2);
    assert!(!listed.contains(&held));
    let r = env.run(&["get", &held, "-o", "-"]);
    assert_eq!(r.0, 5, "{}", r.2);
    let m = env.json(&["list", "--masked"]);
    assert_eq!(m[0]["id"], masked.as_str());
    assert_eq!(m[0]["author"], RPPS_A);
    assert_eq!(env.run(&["release", &held]).0, 0);
    let out = env.cmd().args(["get", &held, "-o", "-"]).output().unwrap();
    assert_eq!(out.stdout, b"held for the announcement");
    // Released: the journal shows its title again.
    assert!(env.run(&["journal"]).1.contains("Resultats biopsie"));

    let j = journal(&env, "bundle.import");
    assert_eq!(j.len(), 1);
    assert_eq!(j[0]["target"], "reportbundle2345");
    assert_eq!(j[0]["details"]["signer"], pro_fp.as_str());
    assert_eq!(j[0]["details"]["signer_checked"], true);
    assert_eq!(j[0]["details"]["authors"][0], RPPS_A);
    assert_eq!(j[0]["details"]["documents"].as_array().unwrap().len(), 3);
    assert_eq!(journal(&env, "doc.add").len(), 3);

    // The same bundle again: duplicates, nothing new.
    let v = env.json(&["bundle", "import", f]);
    assert!(v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["duplicate"] == true));

    // A damaged bundle adds nothing.
    let env2 = Env::new();
    let (bytes2, _) = professional_bundle(&env2.recipient, &[("Un", b"one", &[])]);
    let mut bad2 = bytes2.clone();
    let k = bad2.len() - 40;
    bad2[k] ^= 1;
    let p2 = env2.path("bad.age");
    std::fs::write(&p2, &bad2).unwrap();
    assert_error(
        &env2.run(&["bundle", "import", p2.to_str().unwrap()]),
        6,
        "",
    );
    assert!(env2.json(&["list"]).as_array().unwrap().is_empty());
    assert!(journal(&env2, "bundle.import").is_empty());
}

#[test]
fn holder_export_imports_into_another_vault_with_its_metadata() {
    let (env, docs) = env_with_docs();
    let out = env.path("tout.age");
    env.json(&[
        "export",
        "--all",
        "-o",
        out.to_str().unwrap(),
        "-r",
        &env.recipient,
    ]);
    let other = Env::new();
    let v = other.json(&[
        "bundle",
        "import",
        out.to_str().unwrap(),
        "--bundle-identity",
        env.identity.to_str().unwrap(),
        "--signer",
        &fingerprint(&env),
    ]);
    assert_eq!(v["documents"].as_array().unwrap().len(), 3);
    let listed = other.json(&["list"]);
    let rows = listed.as_array().unwrap();
    assert_eq!(rows.len(), 3);
    let lab = rows.iter().find(|d| d["type"] == "lab-report").unwrap();
    assert_eq!(lab["tags"][0], "bio");
    assert_eq!(lab["date"], "2025-02-03");
    let presc = rows.iter().find(|d| d["type"] == "prescription").unwrap();
    assert_eq!(presc["masked"], true);
    assert_eq!(presc["author"], RPPS_A);
    assert_eq!(presc["title"], "Ordonnance amoxicilline");
    // Same bytes.
    for (_, bytes) in &docs {
        let id = rows
            .iter()
            .find(|d| d["size"].as_u64() == Some(bytes.len() as u64))
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        let got = other.cmd().args(["get", &id, "-o", "-"]).output().unwrap();
        assert_eq!(&got.stdout, bytes);
    }
}

/// A version-1 bundle made by this carnet (decrypted, as the fuzzing seed)
/// must keep verifying: the format is a promise to the bundles already out.
#[test]
fn committed_version_1_sample_still_verifies() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds/bundle_reader/holder-export.tar");
    let bytes = std::fs::read(&path).unwrap();
    let v = read::read_verified(&bytes[..], &mut read::Discard).unwrap();
    assert_eq!(v.manifest.version, 1);
    assert_eq!(v.manifest.purpose.kind, manifest::PurposeKind::HolderExport);
    assert_eq!(v.manifest.documents.len(), 2);
    assert_eq!(v.manifest.holder.ins.as_deref(), Some("184127645108946"));
    let masked = v
        .manifest
        .documents
        .iter()
        .find(|d| d.doc_type.name == "lab-report")
        .unwrap();
    assert_eq!(masked.codes(), vec!["N", "MASQUE_PS"]);
    // And the bytes on disk are exactly what a stock tar reads.
    let mut a = tar::Archive::new(&bytes[..]);
    let names: Vec<String> = a
        .entries()
        .unwrap()
        .map(|e| e.unwrap().path().unwrap().display().to_string())
        .collect();
    assert_eq!(names.last().map(String::as_str), Some("manifest.sig"));
    assert_eq!(names.len(), 5);
}

/// A blob that was swapped or damaged in the vault aborts the export:
/// exit 6, no bundle, no `export.create` entry.
#[test]
fn a_damaged_blob_aborts_the_export() {
    let env = Env::new();
    env.add("a.txt", b"first document, 32 bytes long..", &[]);
    env.add("b.txt", b"other document, 32 bytes long..", &[]);
    let mut blobs: Vec<PathBuf> = std::fs::read_dir(env.vault.join("blobs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    blobs.sort();
    assert_eq!(blobs.len(), 2);
    let (a, b) = (
        std::fs::read(&blobs[0]).unwrap(),
        std::fs::read(&blobs[1]).unwrap(),
    );
    let out = env.path("x.age");
    let o = out.to_str().unwrap();
    // Swapped: both decrypt, but neither matches the keyed hash naming it.
    std::fs::write(&blobs[0], &b).unwrap();
    std::fs::write(&blobs[1], &a).unwrap();
    let r = env.run(&["export", "--all", "-o", o, "-r", &env.recipient]);
    assert_error(&r, 6, "damaged");
    assert!(!out.exists());
    // Garbage.
    std::fs::write(&blobs[0], b"not an age file at all").unwrap();
    let r = env.run(&["export", "--all", "-o", o, "-r", &env.recipient]);
    assert_error(&r, 6, "damaged");
    assert!(!out.exists());
    assert!(journal(&env, "export.create").is_empty());
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temp file left: {leftovers:?}");
}

/// A child's profile: documents hidden from guardians are sealed to the
/// minor's key. A guardian's exports leave them out (and say so), without
/// leaking their title; the minor's own exports carry them, with their
/// real metadata and bytes.
#[test]
fn exports_of_a_childs_profile_respect_documents_hidden_from_guardians() {
    const SECRET_TITLE: &str = "Consultation confidentielle QX7";
    const SECRET_BODY: &[u8] = b"CONTENU-CONFIDENTIEL-9f3a";
    let env = Env::bare();
    let run_as = |id: &Path, args: &[&str]| -> (i32, String, String) {
        let out = env
            .cmd()
            .env_remove("CARNET_VAULT")
            .env("CARNET_IDENTITY", id)
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let ok_as = |id: &Path, args: &[&str]| -> String {
        let (code, _, err) = run_as(id, args);
        assert_eq!(code, 0, "carnet {args:?}: {err}");
        err
    };
    let parent = env.identity.clone();
    let (teen, teen_r) = new_identity(env.dir.path(), "lea.txt");
    // The parent's vault is the default profile; the child's is `lea`.
    ok_as(
        &parent,
        &[
            "init",
            "--name",
            "Camille Martin",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ],
    );
    ok_as(
        &parent,
        &[
            "profile",
            "create",
            "lea",
            "--birth-date",
            "2012-06-01",
            "--name",
            "Léa Martin",
        ],
    );
    ok_as(&parent, &["profile", "key", "lea", &teen_r]);
    let vac = env.write("vaccination.txt", b"DTP rappel");
    let secret = env.write("secret.txt", SECRET_BODY);
    ok_as(
        &parent,
        &[
            "--profile",
            "lea",
            "add",
            vac.to_str().unwrap(),
            "--type",
            "vaccination",
        ],
    );
    ok_as(
        &parent,
        &[
            "--profile",
            "lea",
            "add",
            secret.to_str().unwrap(),
            "--title",
            SECRET_TITLE,
            "--type",
            "consultation-report",
            "--hidden-from-guardians",
        ],
    );
    ok_as(
        &parent,
        &[
            "--profile",
            "lea",
            "pro",
            "add",
            RPPS_C,
            "--name",
            "Dr Paul Petit",
            "--primary",
        ],
    );

    let bundle_of = |who: &Path, name: &str, args: &[&str]| -> (Vec<(String, Vec<u8>)>, String) {
        let out = env.path(name);
        let mut a = vec!["--profile", "lea", "export"];
        a.extend_from_slice(args);
        a.extend_from_slice(&["-o", out.to_str().unwrap(), "-r", &env.recipient]);
        let err = ok_as(who, &a);
        (members(&out, &env.identity), err)
    };
    let leaks = |m: &[(String, Vec<u8>)]| {
        m.iter().any(|(p, d)| {
            p.contains("confidentielle")
                || d.windows(SECRET_BODY.len()).any(|w| w == SECRET_BODY)
                || d.windows(SECRET_TITLE.len())
                    .any(|w| w == SECRET_TITLE.as_bytes())
        })
    };

    // The guardian: --all leaves it out by policy (guardian_hidden), --for
    // because only the minor's key opens it; nothing of it in the bundles.
    let (m, _) = bundle_of(&parent, "g-all.age", &["--all"]);
    assert_eq!(manifest_of(&m).documents.len(), 1);
    assert!(!leaks(&m));
    let (m, err) = bundle_of(&parent, "g-pro.age", &["--for", RPPS_C]);
    assert_eq!(manifest_of(&m).documents.len(), 1);
    assert!(!leaks(&m));
    assert!(err.contains("only the minor's own key"), "{err}");

    // The minor, with their own key: both documents, the hidden one whole.
    for (name, args) in [
        ("t-all.age", vec!["--all"]),
        ("t-pro.age", vec!["--for", RPPS_C]),
    ] {
        let (m, _) = bundle_of(&teen, name, &args);
        let man = manifest_of(&m);
        assert_eq!(man.documents.len(), 2, "{name}");
        let d = man
            .documents
            .iter()
            .find(|d| d.title == SECRET_TITLE)
            .unwrap();
        assert_eq!(d.doc_type.name, "consultation-report");
        assert_eq!(d.size, SECRET_BODY.len() as u64);
        assert!(d.has_flag("INVISIBLE_REPRESENTANTS_LEGAUX"));
        let bytes = &m.iter().find(|(p, _)| *p == d.path).unwrap().1;
        assert_eq!(bytes, SECRET_BODY);
    }
}

#[test]
fn export_takes_the_lock_only_to_commit() {
    let (env, _) = env_with_docs();
    let lock = std::fs::File::options()
        .write(true)
        .create(true)
        .truncate(false)
        .open(env.vault.join("lock"))
        .unwrap();
    lock.lock().unwrap();
    let out = env.path("busy.age");
    let o = env
        .cmd()
        .env("CARNET_LOCK_TIMEOUT", "0.3")
        .args([
            "export",
            "--all",
            "-o",
            out.to_str().unwrap(),
            "--recipient",
            &env.recipient,
        ])
        .output()
        .unwrap();
    // The documents were written, but the commit could not happen: no
    // bundle is left and nothing was journaled.
    assert_eq!(
        o.status.code(),
        Some(7),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(!out.exists());
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temp files left: {leftovers:?}");
    lock.unlock().unwrap();
    let j = env.json(&["journal", "--action", "export.create"]);
    assert_eq!(j.as_array().unwrap().len(), 0);
    env.json(&[
        "export",
        "--all",
        "-o",
        out.to_str().unwrap(),
        "--recipient",
        &env.recipient,
    ]);
    assert!(out.exists());
}
