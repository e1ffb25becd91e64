//! A professional sends documents back: `carnet keygen --signing` makes the
//! professional's key, `carnet bundle create` (no vault) makes a signed
//! `report` bundle for one patient, and the patient's `bundle verify` and
//! `bundle import` accept it, checking the signer against the key pinned
//! with `pro add --signer`.

mod common;

use common::*;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// `carnet keygen --signing -o FILE` in `env`'s dir; returns (path,
/// fingerprint as printed).
fn signing_key(env: &Env, name: &str) -> (PathBuf, String) {
    let path = env.path(name);
    let v = env.json(&["keygen", "--signing", "-o", path.to_str().unwrap()]);
    (path, v["fingerprint"].as_str().unwrap().to_string())
}

/// `carnet bundle create`, run without any vault in the environment.
fn create(env: &Env, args: &[&str]) -> (i32, Value, String) {
    let out = env
        .cmd_bare()
        .arg("--json")
        .args(["bundle", "create"])
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        serde_json::from_slice(&out.stdout).unwrap_or(Value::Null),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn write(env: &Env, name: &str, bytes: &[u8]) -> String {
    env.write(name, bytes).to_str().unwrap().to_string()
}

#[test]
fn keygen_signing_writes_a_private_key_and_prints_its_fingerprint() {
    let env = Env::bare();
    let path = env.path("dr-dubois.key");
    let out = env
        .cmd_bare()
        .args(["keygen", "--signing", "-o", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let fp = stderr
        .lines()
        .find_map(|l| l.strip_prefix("Fingerprint: "))
        .unwrap_or_else(|| panic!("{stderr}"))
        .to_string();
    assert!(fp.starts_with("SHA256:"), "{fp}");
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(&fp), "the file names its fingerprint");
    assert!(text.contains("CARNET-SIGNING-KEY-1 "));
    // The fingerprint is the public key's, recomputed from the file.
    let key = carnet::bundle::signing::parse(&text).unwrap();
    assert_eq!(carnet::crypto::fingerprint(&key.verifying_key()), fp);
    // Never overwritten, and never written to the terminal or stdout.
    let again = env.run(&["keygen", "--signing", "-o", path.to_str().unwrap()]);
    assert_error(&again, 2, "already exists");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    let (code, _, err) = env.run(&["keygen", "--signing"]);
    assert_eq!(code, 2, "{err}");
    // Two keys differ.
    let (_, fp2) = signing_key(&env, "other.key");
    assert_ne!(fp, fp2);
}

#[test]
fn create_verify_import_round_trip() {
    let env = Env::new();
    let (key, fp) = signing_key(&env, "dubois.key");
    // The holder pins Dr Dubois's key (given in person).
    env.cmd()
        .args([
            "pro",
            "add",
            RPPS_A,
            "--name",
            "Dr Claire Dubois",
            "--signer",
            &fp,
        ])
        .assert()
        .success();
    let cr = write(&env, "cr.txt", b"Compte rendu: RAS.\n");
    let bio = write(&env, "2025-02-03_bilan.pdf", b"%PDF-1.4 bilan\n");
    // A sidecar gives the second file its own metadata.
    env.write(
        "2025-02-03_bilan.pdf.yaml",
        b"title: Bilan sanguin\ntype: lab-report\n",
    );
    let out = env.path("retour.age");
    let (code, v, err) = create(
        &env,
        &[
            "--signing-key",
            key.to_str().unwrap(),
            "--patient-name",
            "Camille Martin",
            "--patient-birth-date",
            "07/12/1984",
            "--patient-ins",
            "1 84 12 76 451 089 46",
            "--author",
            RPPS_A,
            "--author-name",
            "Dr Claire DUBOIS",
            &cr,
            &bio,
            "--type",
            "consultation-report",
            "-o",
            out.to_str().unwrap(),
            "-r",
            &env.recipient,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["purpose"], "report");
    assert_eq!(v["signer"], fp.as_str(), "signed with the key from keygen");
    assert_eq!(v["patient"]["ins"], "184127645108946");
    assert_eq!(v["patient"]["birth_date"], "1984-12-07");
    assert_eq!(v["count"], 2);
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs[0]["type"], "consultation-report");
    assert_eq!(docs[0]["title"], "cr");
    assert_eq!(docs[1]["title"], "Bilan sanguin", "the sidecar's title");
    assert_eq!(docs[1]["date"], "2025-02-03");
    assert_eq!(docs[1]["author"], RPPS_A);
    let mode = std::fs::metadata(&out).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0);

    // verify: no vault needed; the signer is the keygen fingerprint.
    let f = out.to_str().unwrap();
    let ver = env.json_from(env.cmd_bare().args([
        "--json",
        "bundle",
        "verify",
        f,
        "--bundle-identity",
        env.identity.to_str().unwrap(),
        "--signer",
        &fp,
    ]));
    assert_eq!(ver["valid"], true);
    assert_eq!(ver["signer"], fp.as_str());
    assert_eq!(ver["signer_checked"], true);
    assert_eq!(ver["purpose"], "report");

    // The FHIR file names the author with typed identifiers and the
    // professional's name, split.
    let dir = env.path("opened");
    env.json(&["bundle", "open", f, "-o", dir.to_str().unwrap()]);
    let fhir: Value =
        serde_json::from_slice(&std::fs::read(dir.join("fhir/bundle.json")).unwrap()).unwrap();
    let pr = fhir["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == "Practitioner")
        .unwrap();
    assert_eq!(pr["identifier"][1]["value"], RPPS_A);
    assert_eq!(pr["name"][0]["family"], "DUBOIS");
    let lisez = std::fs::read_to_string(dir.join("LISEZMOI.txt")).unwrap();
    assert!(lisez.contains(&fp), "{lisez}");

    // import: the pinned key signed it, the patient matches.
    let imp = env.json(&["bundle", "import", f]);
    assert_eq!(imp["signer_status"], "pinned");
    assert_eq!(imp["signer_pinned_for"][0]["rpps"], RPPS_A);
    assert_eq!(imp["patient_check"], "match");
    let added = imp["documents"].as_array().unwrap();
    assert_eq!(added.len(), 2);
    for d in added {
        assert_eq!(d["author"], RPPS_A);
        assert_eq!(d["duplicate"], false);
    }
    let id = added[0]["id"].as_str().unwrap();
    let got = env.path("got.txt");
    env.cmd()
        .args(["get", id, "-o", got.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(std::fs::read(&got).unwrap(), b"Compte rendu: RAS.\n");
}

#[test]
fn invisible_patient_reports_are_held_on_import() {
    let env = Env::new();
    let (key, fp) = signing_key(&env, "k.key");
    env.cmd()
        .args(["pro", "add", RPPS_B, "--name", "Dr B", "--signer", &fp])
        .assert()
        .success();
    let doc = write(&env, "anapath.pdf", b"%PDF resultat\n");
    let pass = env.write("pass.txt", b"cheval agrafe batterie correct\n");
    let out = env.path("held.age");
    let (code, v, err) = create(
        &env,
        &[
            "--signing-key",
            key.to_str().unwrap(),
            "--patient-name",
            "Camille Martin",
            "--patient-birth-date",
            "1984-12-07",
            "--author",
            RPPS_B,
            "--type",
            "pathology-report",
            "--invisible-patient",
            &doc,
            "-o",
            out.to_str().unwrap(),
            "--passphrase",
            "--bundle-passphrase-file",
            pass.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(v["encryption"], "passphrase");
    assert_eq!(
        v["documents"][0]["confidentiality"],
        serde_json::json!(["N", "INVISIBLE_PATIENT"])
    );
    let imp = env.json(&[
        "bundle",
        "import",
        out.to_str().unwrap(),
        "--bundle-passphrase-file",
        pass.to_str().unwrap(),
    ]);
    let id = imp["documents"][0]["id"].as_str().unwrap().to_string();
    // Held: not shown to the patient, nor exported, until released.
    assert_error(&env.run(&["show", &id]), 5, "announcement consultation");
    env.cmd().args(["release", &id]).assert().success();
    let shown = env.json(&["show", &id]);
    assert_eq!(shown["author"], RPPS_B);
}

#[test]
fn bad_inputs_are_refused_before_anything_is_written() {
    let env = Env::bare();
    let (key, _) = signing_key(&env, "k.key");
    let doc = write(&env, "cr.txt", b"texte\n");
    let out = env.path("o.age");
    let base = |extra: &[&str]| -> Vec<String> {
        let mut v: Vec<String> = [
            "--signing-key",
            key.to_str().unwrap(),
            "--patient-name",
            "Camille Martin",
            "--patient-birth-date",
            "1984-12-07",
            "-o",
            out.to_str().unwrap(),
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    };
    let run = |args: Vec<String>| {
        let a: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut all = vec!["bundle", "create"];
        all.extend(a);
        env.run(&all)
    };
    let r = &env.recipient;
    // No author: a report names who wrote it.
    assert_error(&run(base(&[&doc, "-r", r])), 2, "--author");
    // No encryption chosen.
    assert_error(&run(base(&[&doc, "--author", RPPS_A])), 2, "--recipient");
    // Bad INS, bad birth date, bad RPPS.
    assert_error(
        &run(base(&[
            &doc,
            "--author",
            RPPS_A,
            "-r",
            r,
            "--patient-ins",
            "123456789012345",
        ])),
        2,
        "INS",
    );
    assert_error(
        &run(base(&[&doc, "--author", "10100000003", "-r", r])),
        2,
        "check digit",
    );
    let mut future = base(&[&doc, "--author", RPPS_A, "-r", r]);
    let i = future.iter().position(|s| s == "1984-12-07").unwrap();
    future[i] = "2999-01-01".into();
    let (code, _, _) = run(future);
    assert_eq!(code, 2);
    // A missing document (exit 2, as for `add`), an empty one, a missing
    // key (exit 4), a file that is not a key.
    assert_error(
        &run(base(&["nope.pdf", "--author", RPPS_A, "-r", r])),
        2,
        "nope.pdf",
    );
    let empty = write(&env, "empty.txt", b"");
    let (code, _, _) = run(base(&[&empty, "--author", RPPS_A, "-r", r]));
    assert_eq!(code, 2);
    let mut nokey = base(&[&doc, "--author", RPPS_A, "-r", r]);
    nokey[1] = env.path("absent.key").to_str().unwrap().into();
    assert_error(&run(nokey), 4, "signing key");
    let mut notkey = base(&[&doc, "--author", RPPS_A, "-r", r]);
    notkey[1] = doc.clone();
    assert_error(&run(notkey), 2, "not a carnet signing key");
    assert!(!out.exists(), "nothing written");
    assert!(
        std::fs::read_dir(env.dir.path())
            .unwrap()
            .flatten()
            .all(|e| !e.file_name().to_string_lossy().starts_with(".o.age")),
        "no temp file left"
    );
    // An existing output is kept unless --force.
    std::fs::write(&out, b"keep").unwrap();
    assert_error(
        &run(base(&[&doc, "--author", RPPS_A, "-r", r])),
        2,
        "exists",
    );
    assert_eq!(std::fs::read(&out).unwrap(), b"keep");
}

#[test]
fn import_refuses_a_report_about_another_patient_or_from_another_key() {
    let env = Env::new();
    let (key, fp) = signing_key(&env, "dubois.key");
    let (other_key, _) = signing_key(&env, "mallory.key");
    env.cmd()
        .args(["pro", "add", RPPS_A, "--name", "Dr A", "--signer", &fp])
        .assert()
        .success();
    let doc = write(&env, "cr.txt", b"texte\n");
    let make = |key: &Path, name: &str, out: &str| {
        let out = env.path(out);
        let (code, _, err) = create(
            &env,
            &[
                "--signing-key",
                key.to_str().unwrap(),
                "--patient-name",
                name,
                "--patient-birth-date",
                "1984-12-07",
                "--author",
                RPPS_A,
                &doc,
                "-o",
                out.to_str().unwrap(),
                "-r",
                &env.recipient,
            ],
        );
        assert_eq!(code, 0, "{err}");
        out
    };
    let other = make(&key, "Jean Dupont", "other.age");
    assert_error(
        &env.run(&["bundle", "import", other.to_str().unwrap()]),
        5,
        "another patient",
    );
    let forged = make(&other_key, "Camille Martin", "forged.age");
    assert_error(
        &env.run(&["bundle", "import", forged.to_str().unwrap()]),
        5,
        "pinned key",
    );
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 0);
}

#[test]
fn a_created_bundle_whose_fhir_sha1_was_changed_and_resigned_is_exit_6() {
    use carnet::bundle::{manifest, tarball};
    use sha2::Digest;
    let env = Env::new();
    let (key, fp) = signing_key(&env, "k.key");
    let doc = write(&env, "cr.txt", b"texte du compte rendu\n");
    let out = env.path("r.age");
    let (code, _, err) = create(
        &env,
        &[
            "--signing-key",
            key.to_str().unwrap(),
            "--patient-name",
            "Camille Martin",
            "--patient-birth-date",
            "1984-12-07",
            "--author",
            RPPS_A,
            &doc,
            "-o",
            out.to_str().unwrap(),
            "-r",
            &env.recipient,
        ],
    );
    assert_eq!(code, 0, "{err}");
    // Decrypt, change the FHIR SHA-1, list and re-sign with the same key:
    // the signature and every SHA-256 hold; only the FHIR file lies.
    let plain = {
        let f = std::fs::File::open(&out).unwrap();
        let id = std::fs::read_to_string(&env.identity).unwrap();
        let id: age::x25519::Identity = id.trim().parse().unwrap();
        let d = age::Decryptor::new(f).unwrap();
        let mut r = d
            .decrypt(std::iter::once(&id as &dyn age::Identity))
            .unwrap();
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut r, &mut v).unwrap();
        v
    };
    let mut tar = tarball::TarReader::new(&plain[..]);
    let mut members: Vec<(String, Vec<u8>)> = Vec::new();
    while let Some(h) = tar.next_member().unwrap() {
        let mut data = Vec::new();
        let mut buf = vec![0u8; 65536];
        loop {
            let n = tar.read_data(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            data.extend_from_slice(&buf[..n]);
        }
        members.push((h.path, data));
    }
    let mut m = manifest::parse(
        &members
            .iter()
            .find(|(p, _)| p == "manifest.yaml")
            .unwrap()
            .1,
    )
    .unwrap();
    let mut tampered = Vec::new();
    for (p, d) in &members {
        match p.as_str() {
            "fhir/bundle.json" => {
                let mut v: Value = serde_json::from_slice(d).unwrap();
                for e in v["entry"].as_array_mut().unwrap() {
                    if e["resource"]["resourceType"] == "DocumentReference" {
                        e["resource"]["content"][0]["attachment"]["hash"] =
                            "AAAAAAAAAAAAAAAAAAAAAAAAAAA=".into();
                    }
                }
                let f = serde_json::to_vec_pretty(&v).unwrap();
                let mem = m.members.iter_mut().find(|x| x.path == *p).unwrap();
                mem.size = f.len() as u64;
                mem.sha256 = hex::encode(sha2::Sha256::digest(&f));
                tarball::write_member(&mut tampered, p, &f, 0).unwrap();
            }
            "manifest.yaml" | "manifest.sig" => {}
            _ => tarball::write_member(&mut tampered, p, d, 0).unwrap(),
        }
    }
    let sk = carnet::bundle::signing::read(&key).unwrap();
    let yaml = m.to_yaml();
    tarball::write_member(&mut tampered, "manifest.yaml", &yaml, 0).unwrap();
    tarball::write_member(
        &mut tampered,
        "manifest.sig",
        &manifest::sign(&yaml, &sk),
        0,
    )
    .unwrap();
    tarball::write_end(&mut tampered).unwrap();
    let f = env.path("tampered.age");
    std::fs::write(&f, report::sealed_to(&env.recipient, &tampered)).unwrap();
    let r = env.run(&["bundle", "verify", f.to_str().unwrap(), "--signer", &fp]);
    assert_error(&r, 6, "SHA-1");
    assert_error(
        &env.run(&["bundle", "import", f.to_str().unwrap()]),
        6,
        "SHA-1",
    );
}
