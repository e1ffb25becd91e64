//! The bundle format as a spec others implement (docs/bundle-format.md):
//! the committed test vectors verify as `expected.json` says, the manifest
//! reads the same through YAML 1.1 parsers, and the independent reader
//! `examples/verify-bundle.py` (stock age, Python, `cryptography`) agrees
//! with `carnet bundle verify` on the vectors and on fresh bundles with
//! each tamper case.

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use carnet::bundle::manifest;
use carnet::bundle::read::{self, Discard};
use carnet::bundle::tarball::{self, TarReader};
use carnet::crypto::{self, Recipients};
use common::*;
use serde_json::Value;
use sha2::Digest;

fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/test-vectors")
}

fn expected() -> Value {
    serde_json::from_slice(&std::fs::read(vectors().join("expected.json")).unwrap()).unwrap()
}

fn sha256_hex(b: &[u8]) -> String {
    hex::encode(sha2::Sha256::digest(b))
}

/// `carnet bundle verify --json FILE --identity ID [--signer FP]`:
/// (exit, stdout JSON or Null, stderr).
fn carnet_verify(
    env: &Env,
    file: &Path,
    identity: &Path,
    signer: Option<&str>,
) -> (i32, Value, String) {
    let mut args = vec![
        "--json".to_string(),
        "bundle".into(),
        "verify".into(),
        file.to_str().unwrap().into(),
        "--identity".into(),
        identity.to_str().unwrap().into(),
    ];
    if let Some(s) = signer {
        args.extend(["--signer".into(), s.into()]);
    }
    let out = env.cmd_bare().args(&args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        serde_json::from_slice(&out.stdout).unwrap_or(Value::Null),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn test_vectors_verify_as_documented() {
    let env = Env::bare();
    let e = expected();
    let key = vectors().join("key.txt");
    let cases = e["cases"].as_array().unwrap();
    assert!(cases.len() >= 20, "{}", cases.len());
    let mut exits = std::collections::BTreeSet::new();
    for c in cases {
        let file = vectors().join(c["file"].as_str().unwrap());
        let (code, out, err) = carnet_verify(&env, &file, &key, c["signer"].as_str());
        let want = c["exit"].as_i64().unwrap() as i32;
        assert_eq!(code, want, "{}: {err}", c["what"]);
        exits.insert(code);
        if want == 0 {
            assert_eq!(out["valid"], true);
            assert_eq!(out["signer"], c["signer_fingerprint"], "{}", c["what"]);
            assert_eq!(out["signer_checked"], c["signer"].is_string());
            let b = &e["bundles"][c["file"].as_str().unwrap()];
            if b.is_object() {
                let members = b["members"].as_array().unwrap();
                assert_eq!(out["members"].as_u64().unwrap() as usize, members.len());
            }
        } else {
            assert!(err.contains("\"hint\""), "{}: {err}", c["what"]);
            if let Some(needle) = c["carnet_error"].as_str() {
                assert!(
                    err.contains(needle),
                    "{}: {err} lacks {needle:?}",
                    c["what"]
                );
            }
        }
    }
    // Every outcome a reader can reach on a file is exercised.
    assert_eq!(exits.into_iter().collect::<Vec<_>>(), vec![0, 2, 3, 6]);
}

/// What `expected.json` lists (members, hashes, signer) is what the
/// committed bundles hold: opened with `carnet bundle open`, and the
/// published plaintext through the library's reader.
#[test]
fn test_vectors_hold_what_expected_json_lists() {
    let env = Env::bare();
    let e = expected();
    let key = vectors().join("key.txt");
    for (file, b) in e["bundles"].as_object().unwrap() {
        let dir = env.path(file);
        let out = env
            .cmd_bare()
            .args(["bundle", "open"])
            .arg(vectors().join(file))
            .arg("-o")
            .arg(&dir)
            .arg("--identity")
            .arg(&key)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        for m in b["members"].as_array().unwrap() {
            let bytes = std::fs::read(dir.join(m["path"].as_str().unwrap())).unwrap();
            assert_eq!(bytes.len() as u64, m["size"].as_u64().unwrap());
            assert_eq!(sha256_hex(&bytes), m["sha256"].as_str().unwrap(), "{m}");
        }
        let manifest_bytes = std::fs::read(dir.join("manifest.yaml")).unwrap();
        assert_eq!(
            sha256_hex(&manifest_bytes),
            b["manifest_sha256"].as_str().unwrap()
        );
        let m = manifest::parse(&manifest_bytes).unwrap();
        assert_eq!(m.version, manifest::VERSION);
        assert_eq!(m.signer.fingerprint, e["signing_key"]["fingerprint"]);
        assert_eq!(m.signer.public_key, e["signing_key"]["public_key"]);
    }
    let tar = std::fs::read(vectors().join("holder-export.tar")).unwrap();
    assert_eq!(
        sha256_hex(&tar),
        e["bundles"]["holder-export.age"]["tar_sha256"]
            .as_str()
            .unwrap()
    );
    let v = read::read_verified(&tar[..], &mut Discard).unwrap();
    let titles: Vec<&str> = v
        .manifest
        .documents
        .iter()
        .map(|d| d.title.as_str())
        .collect();
    assert_eq!(titles, ["yes", "1:20", "= ~ 0o17 1e3 007 Œdème 🩺"]);
    // The published seed is the key that signed them.
    let seed: [u8; 32] = hex::decode(e["signing_key"]["seed_hex"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap();
    let sk = ed25519_dalek::SigningKey::from_bytes(&seed);
    assert_eq!(crypto::fingerprint(&sk.verifying_key()), v.fingerprint);
}

/// The vectors' manifest, read by YAML 1.1 parsers (libyaml through the
/// library; PyYAML's pure and C loaders when Python has them), gives the
/// very values JSON gives: `yes`, `on`, `null`, `1:20`, `=`, `~`, `0o17`
/// stay text.
#[test]
fn yaml_parsers_read_the_manifest_as_json_does() {
    let tar = std::fs::read(vectors().join("holder-export.tar")).unwrap();
    let bytes = member(&tar, tarball::MANIFEST);
    let m = manifest::parse(&bytes).unwrap();
    assert_eq!(manifest::read_with_yaml_parser(&bytes), Some(m.clone()));
    assert_eq!(m.documents[0].tags, ["on", "null"]);
    assert_eq!(m.documents[1].filename.as_deref(), Some("=.txt"));

    let Some(py) = python_with(&["yaml"]) else {
        eprintln!("SKIPPED: PyYAML missing (Debian python3-yaml): the YAML 1.1 check in Python did not run");
        return;
    };
    let script = r#"
import json, sys, yaml
b = sys.stdin.buffer.read()
j = json.loads(b)
loaders = [yaml.SafeLoader] + ([yaml.CSafeLoader] if getattr(yaml, "__with_libyaml__", False) else [])
for L in loaders:
    y = yaml.load(b, Loader=L)
    assert y == j, (L, y)
print(len(loaders))
"#;
    let out = run_python(&py, &["-c", script], &bytes);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn member(tar: &[u8], path: &str) -> Vec<u8> {
    let mut r = TarReader::new(tar);
    while let Some(h) = r.next_member().unwrap() {
        if h.path == path {
            let mut data = Vec::new();
            let mut buf = [0u8; 8192];
            loop {
                let n = r.read_data(&mut buf).unwrap();
                if n == 0 {
                    return data;
                }
                data.extend_from_slice(&buf[..n]);
            }
        }
    }
    panic!("no {path}")
}

/// A Python 3 that imports `modules` (PATH's, else Debian's).
fn python_with(modules: &[&str]) -> Option<String> {
    let import = format!("import {}", modules.join(", "));
    ["python3", "/usr/bin/python3"]
        .into_iter()
        .find(|p| {
            Command::new(p)
                .args(["-c", &import])
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .map(str::to_string)
}

fn run_python(py: &str, args: &[&str], stdin: &[u8]) -> std::process::Output {
    let mut child = Command::new(py)
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

/// The independent verifier's (exit, stdout, stderr).
fn py_verify(
    py: &str,
    file: &Path,
    identity: &Path,
    signer: Option<&str>,
) -> (i32, String, String) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/verify-bundle.py");
    let mut c = Command::new(py);
    c.arg(&script)
        .arg(file)
        .arg("-i")
        .arg(identity)
        .arg("--json");
    if let Some(s) = signer {
        c.args(["--signer", s]);
    }
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Python with `cryptography` and the `age` binary, or why not.
fn independent_tools() -> Option<String> {
    if Command::new("age").arg("--version").output().is_err() {
        eprintln!("SKIPPED: the `age` binary is missing (Debian: age): examples/verify-bundle.py was NOT checked");
        return None;
    }
    let py = python_with(&["cryptography"]);
    if py.is_none() {
        eprintln!("SKIPPED: python3 with `cryptography` is missing (Debian: python3-cryptography): examples/verify-bundle.py was NOT checked");
    }
    py
}

/// Both readers, on one file: same exit code; when valid, same signer,
/// document and member counts.
fn agree(
    env: &Env,
    py: &str,
    file: &Path,
    identity: &Path,
    signer: Option<&str>,
    what: &str,
) -> i32 {
    let (code, out, err) = carnet_verify(env, file, identity, signer);
    let (pcode, pout, perr) = py_verify(py, file, identity, signer);
    assert_eq!(
        pcode, code,
        "{what}: verify-bundle.py says {pcode} ({perr}), carnet says {code} ({err})"
    );
    if code == 0 {
        let p: Value = serde_json::from_str(&pout).unwrap();
        for k in [
            "bundle",
            "signer",
            "signer_checked",
            "documents",
            "members",
            "purpose",
        ] {
            assert_eq!(p[k], out[k], "{what}: {k}");
        }
    }
    code
}

#[test]
fn verify_bundle_py_agrees_with_carnet_on_the_test_vectors() {
    let Some(py) = independent_tools() else {
        return;
    };
    let env = Env::bare();
    let e = expected();
    let key = vectors().join("key.txt");
    for c in e["cases"].as_array().unwrap() {
        let file = vectors().join(c["file"].as_str().unwrap());
        let code = agree(
            &env,
            &py,
            &file,
            &key,
            c["signer"].as_str(),
            c["what"].as_str().unwrap(),
        );
        assert_eq!(code as i64, c["exit"].as_i64().unwrap(), "{}", c["what"]);
    }
}

fn plaintext(file: &Path, identity: &Path) -> Vec<u8> {
    let text = std::fs::read_to_string(identity).unwrap();
    let id: age::x25519::Identity = text.trim().parse().unwrap();
    let f = std::fs::File::open(file).unwrap();
    let mut r = crypto::decrypt_reader(f, &[&id as &dyn age::Identity]).unwrap();
    let mut out = Vec::new();
    r.read_to_end(&mut out).unwrap();
    out
}

fn members(tar: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut r = TarReader::new(tar);
    let mut out = Vec::new();
    while let Some(h) = r.next_member().unwrap() {
        let data = {
            let mut d = Vec::new();
            let mut buf = [0u8; 8192];
            loop {
                let n = r.read_data(&mut buf).unwrap();
                if n == 0 {
                    break d;
                }
                d.extend_from_slice(&buf[..n]);
            }
        };
        out.push((h.path, data));
    }
    out
}

fn rebuild(members: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (p, d) in members {
        tarball::write_member(&mut out, p, d, 0).unwrap();
    }
    tarball::write_end(&mut out).unwrap();
    out
}

fn seal(plain: &[u8], recipient: &str) -> Vec<u8> {
    let to = Recipients::one(crypto::parse_recipient(recipient).unwrap());
    let mut out = Vec::new();
    let mut w = crypto::encrypt_writer(&to, &mut out, false).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}

/// Fresh bundles of a vault whose titles are YAML traps (a holder export,
/// an emergency bundle with its patient summary), and each tamper case
/// made from them: both readers reach the same verdict on every one.
#[test]
fn verify_bundle_py_agrees_with_carnet_on_fresh_bundles_and_tampered_copies() {
    let Some(py) = independent_tools() else {
        return;
    };
    let env = Env::new();
    for (i, title) in ["yes", "1:20", "=", "~", "null", "0o17", "Œdème 🩺 \u{feff}"]
        .iter()
        .enumerate()
    {
        let mut args = vec!["--title", title, "--type", "lab-report"];
        if i % 2 == 0 {
            args.extend(["--author", RPPS_A]);
        }
        env.add(
            &format!("doc{i}.txt"),
            format!("document {i}\n").as_bytes(),
            &args,
        );
    }
    let fp = env.json(&["status"])["signing_key_fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    let mut files = Vec::new();
    for (name, extra) in [
        ("all.age", vec!["export", "--all"]),
        ("samu.age", vec!["export", "--emergency", "samu"]),
    ] {
        let f = env.path(name);
        let mut args = extra.clone();
        args.extend(["-o", f.to_str().unwrap(), "-r", &env.recipient]);
        env.json(&args);
        files.push(f);
    }
    let samu_plain = plaintext(&files[1], &env.identity);
    assert!(
        members(&samu_plain)
            .iter()
            .any(|(p, _)| p == tarball::SUMMARY),
        "the emergency bundle carries the patient summary"
    );

    let id = env.identity.clone();
    for f in &files {
        assert_eq!(agree(&env, &py, f, &id, None, "fresh"), 0);
        assert_eq!(agree(&env, &py, f, &id, Some(&fp), "fresh, signer"), 0);
    }

    // Tampered copies of the holder export.
    let good = std::fs::read(&files[0]).unwrap();
    let plain = plaintext(&files[0], &id);
    let ms = members(&plain);
    let manifest_at = ms.iter().position(|(p, _)| p == tarball::MANIFEST).unwrap();
    let other_key = ed25519_dalek::SigningKey::from_bytes(&[3u8; 32]);
    let resign =
        |ms: &mut Vec<(String, Vec<u8>)>, text: String, key: &ed25519_dalek::SigningKey| {
            let sig = manifest::sign(text.as_bytes(), key);
            ms[manifest_at].1 = text.into_bytes();
            ms[manifest_at + 1].1 = sig;
        };
    let manifest_text = String::from_utf8(ms[manifest_at].1.clone()).unwrap();
    let mut cases: Vec<(&str, Vec<u8>, i32)> = Vec::new();
    let mut flipped = good.clone();
    let n = flipped.len();
    flipped[n - 30] ^= 0x80;
    cases.push(("ciphertext flipped", flipped, 6));
    cases.push(("truncated", good[..good.len() - 100].to_vec(), 6));
    cases.push(("not age", b"hello".to_vec(), 6));
    cases.push((
        "other recipient",
        seal(
            &plain,
            &age::x25519::Identity::generate().to_public().to_string(),
        ),
        3,
    ));
    let mut doc = ms.clone();
    doc[0].1[0] ^= 1;
    cases.push(("document changed", seal(&rebuild(&doc), &env.recipient), 6));
    let mut edited = ms.clone();
    edited[manifest_at].1 = manifest_text.replacen("\"yes\"", "\"no\"", 1).into_bytes();
    cases.push((
        "manifest edited",
        seal(&rebuild(&edited), &env.recipient),
        6,
    ));
    let mut forged = ms.clone();
    let text = manifest_text.replacen("\"yes\"", "\"no\"", 1);
    // Signed by another key, but still naming the vault's key: bad signature.
    resign(&mut forged, text, &other_key);
    cases.push((
        "signed by a key the manifest does not name",
        seal(&rebuild(&forged), &env.recipient),
        6,
    ));
    let mut extra = ms.clone();
    extra.insert(manifest_at, ("documents/extra.txt".into(), b"x".to_vec()));
    cases.push(("unlisted member", seal(&rebuild(&extra), &env.recipient), 6));
    let mut missing = ms.clone();
    missing.remove(manifest_at - 1);
    cases.push((
        "missing member",
        seal(&rebuild(&missing), &env.recipient),
        6,
    ));
    let mut swapped = ms.clone();
    swapped.swap(0, 1);
    cases.push((
        "documents swapped",
        seal(&rebuild(&swapped), &env.recipient),
        6,
    ));
    let mut no_sig = ms.clone();
    no_sig.pop();
    cases.push(("no signature", seal(&rebuild(&no_sig), &env.recipient), 6));
    let mut sig_space = ms.clone();
    sig_space[manifest_at + 1].1.insert(0, b' ');
    cases.push((
        "signature file with a space",
        seal(&rebuild(&sig_space), &env.recipient),
        6,
    ));
    let sk_seed = [4u8; 32];
    let k4 = ed25519_dalek::SigningKey::from_bytes(&sk_seed);
    for (what, text, code) in [
        (
            "non-canonical spacing",
            manifest_text.replacen("\": ", "\":  ", 1),
            6,
        ),
        (
            "escaped solidus",
            manifest_text.replacen("text/plain", "text\\/plain", 1),
            6,
        ),
        (
            "newer version",
            manifest_text.replacen("\"version\": 2,", "\"version\": 3,", 1),
            2,
        ),
        (
            "version 0",
            manifest_text.replacen("\"version\": 2,", "\"version\": 0,", 1),
            6,
        ),
        (
            "float size",
            manifest_text.replacen("\"seq\": ", "\"seq\": 1.0e0,\"x\": ", 1),
            6,
        ),
        (
            "unknown key",
            manifest_text.replacen("\"format\"", "\"extra\": 1,\n  \"format\"", 1),
            6,
        ),
    ] {
        assert_ne!(text, manifest_text, "{what}");
        // Signed by the key the manifest names (a self-consistent forgery
        // needs that key; with another key the signature fails first).
        let mut m = ms.clone();
        let named = manifest::parse(&ms[manifest_at].1).unwrap().signer;
        let text = text
            .replacen(
                &named.public_key,
                &base64_std(k4.verifying_key().as_bytes()),
                1,
            )
            .replacen(
                &named.fingerprint,
                &crypto::fingerprint(&k4.verifying_key()),
                1,
            );
        resign(&mut m, text, &k4);
        cases.push((what, seal(&rebuild(&m), &env.recipient), code));
    }
    for (what, bytes, want) in cases {
        let f = env.path(&format!("t-{}.age", what.replace(' ', "-")));
        std::fs::write(&f, &bytes).unwrap();
        let code = agree(&env, &py, &f, &id, None, what);
        assert_eq!(code, want, "{what}");
    }
    // A self-consistent bundle signed by another key: intact, but refused
    // with the vault's fingerprint as --signer, by both.
    let mut m = ms.clone();
    let named = manifest::parse(&ms[manifest_at].1).unwrap().signer;
    let text = manifest_text
        .replacen(
            &named.public_key,
            &base64_std(k4.verifying_key().as_bytes()),
            1,
        )
        .replacen(
            &named.fingerprint,
            &crypto::fingerprint(&k4.verifying_key()),
            1,
        );
    resign(&mut m, text, &k4);
    let f = env.path("t-other-signer.age");
    std::fs::write(&f, seal(&rebuild(&m), &env.recipient)).unwrap();
    assert_eq!(agree(&env, &py, &f, &id, None, "other signer"), 0);
    assert_eq!(
        agree(
            &env,
            &py,
            &f,
            &id,
            Some(&named.fingerprint),
            "other signer, checked"
        ),
        6
    );
    // And a --signer that is not a fingerprint is a usage error for both.
    assert_eq!(
        agree(
            &env,
            &py,
            &files[0],
            &id,
            Some("SHA256:nope"),
            "bad --signer"
        ),
        2
    );
    // A missing file is exit 4 for both.
    assert_eq!(
        agree(&env, &py, &env.path("absent.age"), &id, None, "absent"),
        4
    );
}

fn base64_std(b: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(b)
}
