//! Issue 13, defects 9 and 10, through the real binary.
//!
//! 9. Import trust: a bundle signed by anyone could claim any professional
//!    as author, and another patient's bundle imported without a word. Now
//!    a professional's bundle-signing key is pinned (`pro add|edit
//!    --signer`), a bundle naming a pinned professional as author must be
//!    signed by that key (exit 5 otherwise, nothing changed), and a bundle
//!    about another patient is exit 5 unless `--other-patient` (journaled).
//! 10. Held documents (`INVISIBLE_PATIENT`) left the vault through exports
//!     to the holder's own key; every export now applies the holder's rules.
//!
//! A "professional" is a second vault: its signing key is the one its
//! `carnet status` prints, and its `export --all` is the bundle it sends.

mod common;
use common::report;
use common::*;

use std::path::Path;

use carnet::bundle::manifest::{self, Holder, Manifest};
use carnet::bundle::read::{self, BundleKey};
use carnet::bundle::tarball::TarReader;
use carnet::crypto::{self};
use serde_json::Value;

const NAME: &str = "Camille Martin";
const BIRTH: &str = "1984-12-07";
const INS: &str = "184127645108946";
/// Another valid INS (mod-97 key), another person.
const OTHER_INS: &str = "269054958815780";

// ---------- helpers ----------

/// A vault initialised with this holder identity (name, birth date, INS).
fn vault_of(name: &str, birth: Option<&str>, ins: Option<&str>) -> Env {
    let env = Env::bare();
    let mut args = vec!["init", "--name", name];
    if let Some(b) = birth {
        args.extend(["--birth-date", b]);
    }
    if let Some(i) = ins {
        args.extend(["--ins", i]);
    }
    args.extend(["--no-passphrase", "--recipient", &env.recipient]);
    let (code, _, err) = env.run(&args);
    assert_eq!(code, 0, "init: {err}");
    env
}

fn ok(env: &Env, args: &[&str]) -> String {
    let (code, _, err) = env.run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    err
}

fn fingerprint(env: &Env) -> String {
    env.json(&["status"])["signing_key_fingerprint"]
        .as_str()
        .unwrap()
        .to_string()
}

fn head(env: &Env) -> Value {
    env.json(&["journal", "head"])
}

fn journal(env: &Env, action: &str) -> Vec<Value> {
    env.json(&["journal", "--action", action])
        .as_array()
        .unwrap()
        .clone()
}

fn doc_count(env: &Env) -> usize {
    env.json(&["list"]).as_array().unwrap().len()
}

/// `from` exports everything it holds to `to`'s key: the bundle a
/// professional (or anyone) sends to `to`.
fn bundle_from(from: &Env, to: &Env, name: &str) -> String {
    let out = to.path(name);
    ok(
        from,
        &[
            "export",
            "--all",
            "-o",
            out.to_str().unwrap(),
            "-r",
            &to.recipient,
        ],
    );
    out.to_str().unwrap().to_string()
}

/// A report authored by `rpps`, in `env`.
fn authored(env: &Env, file: &str, body: &[u8], rpps: &str) {
    env.add(
        file,
        body,
        &["--author", rpps, "--type", "consultation-report"],
    );
}

/// The plaintext members of a bundle, in archive order.
fn members(bundle: &Path, identity: &Path) -> Vec<(String, Vec<u8>)> {
    let key = BundleKey::Identities {
        identities: crypto::load_identity_file(identity, &carnet::prompt::nobody()).unwrap(),
        source: identity.display().to_string(),
    };
    let (plain, _) = read::decrypt(std::fs::File::open(bundle).unwrap(), &key).unwrap();
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

fn manifest_of(bundle: &Path, identity: &Path) -> Manifest {
    let m = members(bundle, identity);
    let (_, bytes) = m.iter().find(|(p, _)| p == "manifest.yaml").unwrap();
    manifest::parse(bytes).unwrap()
}

/// Whether any member of the bundle holds `needle`.
fn bundle_holds(bundle: &Path, identity: &Path, needle: &[u8]) -> bool {
    members(bundle, identity)
        .iter()
        .any(|(_, d)| d.windows(needle.len()).any(|w| w == needle))
}

/// A professional's report bundle about `holder`, documents by `author`,
/// signed by the key of `seed`, encrypted to `recipient`.
fn report_bundle(
    recipient: &str,
    seed: u8,
    holder: Holder,
    author: &str,
    docs: &[(&str, &[u8], &[&str])],
) -> Vec<u8> {
    report::sealed_to(recipient, &report::report_tar(seed, holder, author, docs))
}

fn holder(name: &str, birth: Option<&str>, ins: Option<&str>) -> Holder {
    Holder {
        name: name.into(),
        birth_date: birth.map(String::from),
        ins: ins.map(String::from),
    }
}

// ---------- 9. import trust: who signed ----------

/// A malicious vault signs a bundle with its own key and names Dr A, whose
/// key the holder pinned, as author: exit 5, nothing changed (no document,
/// the journal head as it was: a refused import is not journaled). Dr A's
/// own bundle imports, and says it was signed by the key pinned for Dr A.
#[test]
fn a_self_signed_bundle_claiming_a_pinned_professional_is_refused() {
    let holder_env = vault_of(NAME, Some(BIRTH), None);
    let dr_a = vault_of(NAME, Some(BIRTH), None);
    let dr_b = vault_of(NAME, Some(BIRTH), None);
    let mallory = vault_of(NAME, Some(BIRTH), None);
    let fp_a = fingerprint(&dr_a);
    let fp_b = fingerprint(&dr_b);
    ok(
        &holder_env,
        &["pro", "add", RPPS_A, "--name", "Dr A", "--signer", &fp_a],
    );
    ok(
        &holder_env,
        &["pro", "add", RPPS_B, "--name", "Dr B", "--signer", &fp_b],
    );

    authored(&mallory, "faux.txt", b"forged report", RPPS_A);
    let forged = bundle_from(&mallory, &holder_env, "forged.age");
    // Another pinned professional's key does not speak for Dr A either.
    authored(&dr_b, "b.txt", b"report claiming A", RPPS_A);
    let by_b = bundle_from(&dr_b, &holder_env, "by-b.age");

    let before = head(&holder_env);
    for f in [&forged, &by_b] {
        let r = holder_env.run(&["bundle", "import", f]);
        assert_error(&r, 5, "Dr A (RPPS 10003456786");
        assert!(r.2.contains(&fp_a), "names the pinned key: {}", r.2);
        assert!(r.2.contains("carnet pro edit"), "hint: {}", r.2);
        // Also under --json: the error shape, kind policy.
        let out = holder_env
            .cmd()
            .args(["--json", "bundle", "import", f])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(5));
        let e: Value = serde_json::from_slice(&out.stderr).unwrap();
        assert!(e["error"]["hint"].as_str().unwrap().contains("--signer"));
    }
    assert_eq!(head(&holder_env), before, "nothing journaled");
    assert_eq!(doc_count(&holder_env), 0, "nothing added");
    assert_eq!(holder_env.run(&["check"]).0, 0);

    // Dr A's own bundle: imported, and said to be Dr A's.
    authored(&dr_a, "cr.txt", b"real report by A", RPPS_A);
    let real = bundle_from(&dr_a, &holder_env, "real.age");
    let (code, out, err) = holder_env.run(&["bundle", "import", &real]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("added"), "{out}");
    assert!(
        err.contains("signed by a key pinned for Dr A (RPPS 10003456786)"),
        "{err}"
    );
    assert_eq!(doc_count(&holder_env), 1);
    let j = journal(&holder_env, "bundle.import");
    assert_eq!(j.len(), 1);
    assert_eq!(j[0]["details"]["signer"], fp_a.as_str());
    assert_eq!(j[0]["details"]["signer_status"], "pinned");
    assert_eq!(j[0]["details"]["signer_pinned_for"][0]["rpps"], RPPS_A);
    assert_eq!(j[0]["details"]["other_patient"], false);
}

/// Without a pinned key the bundle imports, and says it is unverified; the
/// holder's own export, re-imported, is "this vault's own key" even when it
/// names a pinned professional (the authorship is the holder's record).
#[test]
fn unpinned_signers_are_unverified_and_the_vaults_own_key_is_named() {
    let holder_env = vault_of(NAME, None, None);
    let someone = vault_of(NAME, None, None);
    ok(&holder_env, &["pro", "add", RPPS_C, "--name", "Dr C"]);
    authored(&someone, "c.txt", b"report naming C", RPPS_C);
    let f = bundle_from(&someone, &holder_env, "c.age");
    let v = holder_env.json(&["bundle", "import", &f]);
    assert_eq!(v["signer_status"], "unpinned");
    assert_eq!(v["signer_pinned_for"], serde_json::json!([]));
    let (code, _, err) = holder_env.run(&["bundle", "verify", &f]);
    assert_eq!(code, 0);
    assert!(
        err.is_empty() || !err.contains("error"),
        "verify writes no error: {err}"
    );
    let (_, out, _) = holder_env.run(&["bundle", "verify", &f]);
    assert!(
        out.contains("signer not pinned for any known professional (unverified)"),
        "{out}"
    );

    // The holder's own export: signed by this vault's key.
    let dr_a = vault_of(NAME, None, None);
    ok(
        &holder_env,
        &[
            "pro",
            "add",
            RPPS_A,
            "--name",
            "Dr A",
            "--signer",
            &fingerprint(&dr_a),
        ],
    );
    authored(&holder_env, "mine.txt", b"holder deposit naming A", RPPS_A);
    let own = holder_env.path("own.age");
    ok(
        &holder_env,
        &[
            "export",
            "--all",
            "-o",
            own.to_str().unwrap(),
            "-r",
            &holder_env.recipient,
        ],
    );
    let v = holder_env.json(&["bundle", "inspect", own.to_str().unwrap()]);
    assert_eq!(v["signer_status"], "own_vault");
    let (_, out, _) = holder_env.run(&["bundle", "inspect", own.to_str().unwrap()]);
    assert!(out.contains("signed by this vault's own key"), "{out}");
    let v = holder_env.json(&["bundle", "import", own.to_str().unwrap()]);
    assert_eq!(v["signer_status"], "own_vault");
}

/// `bundle inspect|verify` need no vault: without one the status is
/// "unknown"; with an identity that does not open the selected vault, the
/// status is unknown too and no failed unlock is recorded in that vault.
#[test]
fn inspect_and_verify_show_the_signer_status_when_a_vault_is_open() {
    let holder_env = vault_of(NAME, None, None);
    let dr_a = vault_of(NAME, None, None);
    ok(
        &holder_env,
        &[
            "pro",
            "add",
            RPPS_A,
            "--name",
            "Dr A",
            "--signer",
            &fingerprint(&dr_a),
        ],
    );
    authored(&dr_a, "a.txt", b"report by A", RPPS_A);
    let f = bundle_from(&dr_a, &holder_env, "a.age");
    for cmd in ["inspect", "verify"] {
        let v = holder_env.json(&["bundle", cmd, &f]);
        assert_eq!(v["signer_status"], "pinned", "{cmd}");
        assert_eq!(v["signer_pinned_for"][0]["name"], "Dr A", "{cmd}");
    }
    let (_, out, _) = holder_env.run(&["bundle", "inspect", &f]);
    assert!(
        out.contains("signed by a key pinned for Dr A (RPPS 10003456786)"),
        "{out}"
    );

    // No vault at all.
    let out = holder_env
        .cmd_bare()
        .args(["--json", "bundle", "verify", &f, "-i"])
        .arg(&holder_env.identity)
        .env("CARNET_VAULT", holder_env.path("nowhere"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["signer_status"], "unknown");

    // A bundle for someone else's key, checked with that key while the
    // holder's vault is selected: unknown, and not a failed unlock.
    let (other_id, other_r) = new_identity(holder_env.dir.path(), "other.txt");
    let to_other = holder_env.path("to-other.age");
    ok(
        &dr_a,
        &[
            "export",
            "--all",
            "-o",
            to_other.to_str().unwrap(),
            "-r",
            &other_r,
        ],
    );
    let out = holder_env
        .cmd()
        .args(["--json", "bundle", "verify", to_other.to_str().unwrap()])
        .env("CARNET_IDENTITY", &other_id)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["signer_status"], "unknown");
    let (code, _, err) = holder_env.run(&["status"]);
    assert_eq!(code, 0);
    assert!(!err.contains("failed unlock"), "{err}");
    assert!(journal(&holder_env, "unlock.failed").is_empty());
}

/// `--signer` takes the fingerprint `carnet status` prints: stored with the
/// professional, shown by `pro show` and `pro list --json`, journaled in
/// `pro.add` / `pro.edit`; a malformed one is exit 2 and changes nothing;
/// this vault's own key is not a professional's (exit 2).
#[test]
fn signer_pins_are_validated_stored_shown_and_journaled() {
    let env = vault_of(NAME, None, None);
    let dr = vault_of(NAME, None, None);
    let fp = fingerprint(&dr);
    let before = head(&env);
    for bad in [
        "nope",
        "SHA256:",
        "SHA256:AAAA",
        "MD5:aa:bb",
        &format!("{fp}x"),
        "SHA256:\u{1b}[2J",
    ] {
        let r = env.run(&["pro", "add", RPPS_A, "--name", "Dr A", "--signer", bad]);
        assert_error(&r, 2, "invalid --signer");
        assert!(!r.2.contains('\u{1b}'), "escaped: {}", r.2);
    }
    let r = env.run(&[
        "pro",
        "add",
        RPPS_A,
        "--name",
        "Dr A",
        "--signer",
        &fingerprint(&env),
    ]);
    assert_error(&r, 2, "this vault's own");
    assert_eq!(head(&env), before, "nothing journaled");
    assert!(env.json(&["pro", "list"]).as_array().unwrap().is_empty());

    // The bare base64 form is accepted and stored as SHA256:….
    let bare = fp.trim_start_matches("SHA256:");
    let v = env.json(&["pro", "add", RPPS_A, "--name", "Dr A", "--signer", bare]);
    assert_eq!(v["signer"], fp.as_str());
    assert_eq!(env.json(&["pro", "show", RPPS_A])["signer"], fp.as_str());
    assert_eq!(env.json(&["pro", "list"])[0]["signer"], fp.as_str());
    let (_, out, _) = env.run(&["pro", "show", RPPS_A]);
    assert!(out.contains(&fp), "{out}");
    assert_eq!(
        journal(&env, "pro.add")[0]["details"]["signer"],
        fp.as_str()
    );

    // Edit: malformed is exit 2, nothing changed; a new key and --no-signer
    // are journaled from/to.
    let r = env.run(&["pro", "edit", RPPS_A, "--signer", "SHA256:short"]);
    assert_error(&r, 2, "invalid --signer");
    assert_error(
        &env.run(&["pro", "edit", RPPS_A, "--signer", &fp, "--no-signer"]),
        2,
        "contradict",
    );
    assert_eq!(env.json(&["pro", "show", RPPS_A])["signer"], fp.as_str());
    let other = fingerprint(&vault_of(NAME, None, None));
    env.json(&["pro", "edit", RPPS_A, "--signer", &other]);
    env.json(&["pro", "edit", RPPS_A, "--no-signer"]);
    let edits = journal(&env, "pro.edit");
    assert_eq!(edits.len(), 2);
    assert_eq!(
        edits[0]["details"]["changes"]["signer"]["from"],
        fp.as_str()
    );
    assert_eq!(
        edits[0]["details"]["changes"]["signer"]["to"],
        other.as_str()
    );
    assert_eq!(edits[1]["details"]["changes"]["signer"]["to"], Value::Null);
    assert_eq!(env.json(&["pro", "show", RPPS_A])["signer"], Value::Null);
    assert_eq!(env.run(&["check"]).0, 0);
}

// ---------- 9. import trust: whom it is about ----------

/// Another patient's bundle (other INS, name, birth date) is exit 5 and
/// changes nothing; with --other-patient it imports, and the journal says
/// so with what differed.
#[test]
fn another_patients_bundle_is_refused_unless_other_patient() {
    let holder_env = vault_of(NAME, Some(BIRTH), Some(INS));
    let other = vault_of("Jean Dupont", Some("1990-05-04"), Some(OTHER_INS));
    other.add("dupont.txt", b"Jean Dupont's results", &[]);
    let f = bundle_from(&other, &holder_env, "dupont.age");
    let before = head(&holder_env);
    let r = holder_env.run(&["bundle", "import", &f]);
    assert_error(&r, 5, "another patient");
    assert!(r.2.contains(OTHER_INS) && r.2.contains(INS), "{}", r.2);
    assert!(r.2.contains("--other-patient"), "{}", r.2);
    assert_eq!(head(&holder_env), before);
    assert_eq!(doc_count(&holder_env), 0);

    let v = holder_env.json(&["bundle", "import", &f, "--other-patient"]);
    assert_eq!(v["other_patient"], true);
    assert_eq!(v["patient_check"], "mismatch");
    assert_eq!(doc_count(&holder_env), 1);
    let j = journal(&holder_env, "bundle.import");
    assert_eq!(j.len(), 1);
    assert_eq!(j[0]["details"]["other_patient"], true);
    let mismatch = &j[0]["details"]["patient_mismatch"][0];
    assert_eq!(mismatch["field"], "ins");
    assert_eq!(mismatch["bundle"], OTHER_INS);
    assert_eq!(mismatch["vault"], INS);
}

/// The INS decides when both know it (a differently written name of the
/// same INS imports); else the name (case, accents, spacing and word order
/// aside) and the birth date, each when both sides know it.
#[test]
fn patient_matching_by_ins_else_name_and_birth_date() {
    let env = vault_of(NAME, Some(BIRTH), Some(INS));
    let write = |name: &str, bytes: Vec<u8>| {
        let p = env.path(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_str().unwrap().to_string()
    };
    let doc: &[(&str, &[u8], &[&str])] = &[("Bilan", b"same INS other spelling", &[])];
    let same_ins = write(
        "same-ins.age",
        report_bundle(
            &env.recipient,
            41,
            holder("MARTIN Camille Eugénie", None, Some(INS)),
            RPPS_A,
            doc,
        ),
    );
    let v = env.json(&["bundle", "import", &same_ins]);
    assert_eq!(v["patient_check"], "match");

    // No INS in the bundle: name and birth date.
    let cases: [(&str, Option<&str>, bool); 4] = [
        ("  MARTIN   camille ", Some(BIRTH), true),
        ("Camille Martin", None, true),
        ("Camille Martin", Some("1985-12-07"), false),
        ("Claire Martin", Some(BIRTH), false),
    ];
    for (i, (name, birth, imports)) in cases.into_iter().enumerate() {
        let body = format!("case {i}");
        let docs: &[(&str, &[u8], &[&str])] = &[("Bilan", body.as_bytes(), &[])];
        let f = write(
            &format!("case{i}.age"),
            report_bundle(
                &env.recipient,
                50 + i as u8,
                holder(name, birth, None),
                RPPS_A,
                docs,
            ),
        );
        let r = env.run(&["bundle", "import", &f]);
        if imports {
            assert_eq!(r.0, 0, "case {i}: {}", r.2);
        } else {
            assert_error(&r, 5, "another patient");
        }
    }

    // A bundle naming no patient: imported with a warning.
    let docs: &[(&str, &[u8], &[&str])] = &[("Bilan", b"anonymous", &[])];
    let anon = write(
        "anon.age",
        report_bundle(&env.recipient, 60, holder("", None, None), RPPS_A, docs),
    );
    let (code, _, err) = env.run(&["bundle", "import", &anon]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: the bundle names no patient"),
        "{err}"
    );
}

// ---------- 10. held documents stay in until released ----------

/// A document held for an announcement consultation (INVISIBLE_PATIENT) is
/// in no export until released, even one made to the holder's own key: not
/// for a professional (--for, also the primary doctor), not in an emergency
/// bundle, not in --all (which says how many it held back); `access` names
/// the rule. Released, it is in all three.
#[test]
fn held_documents_leave_no_export_until_released() {
    let env = vault_of(NAME, None, None);
    const HELD: &[u8] = b"biopsy result, held";
    let bytes = report_bundle(
        &env.recipient,
        70,
        holder(NAME, None, None),
        RPPS_A,
        &[
            ("Resultats biopsie", HELD, &["INVISIBLE_PATIENT"]),
            ("Bilan simple", b"plain lab", &[]),
        ],
    );
    let f = env.path("retour.age");
    std::fs::write(&f, bytes).unwrap();
    let v = env.json(&["bundle", "import", f.to_str().unwrap()]);
    let held_id = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| {
            d["confidentiality"]
                .to_string()
                .contains("INVISIBLE_PATIENT")
        })
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    ok(&env, &["pro", "add", RPPS_A, "--name", "Dr A", "--primary"]);
    ok(&env, &["pro", "add", RPPS_B, "--name", "Dr B"]);
    ok(&env, &["grant", RPPS_B, "--for", "7d"]);

    let access = env.json(&["access", RPPS_A, "--doc", &held_id]);
    assert_eq!(access[0]["visible"], false);
    assert_eq!(access[0]["rule"], "invisible_patient");

    let exports: [(&str, Vec<&str>); 4] = [
        ("for-a.age", vec!["--for", RPPS_A]),
        ("for-b.age", vec!["--for", RPPS_B]),
        ("samu.age", vec!["--emergency", "samu"]),
        ("all.age", vec!["--all"]),
    ];
    let run_all = |tag: &str| -> Vec<(String, Value)> {
        exports
            .iter()
            .map(|(name, args)| {
                let out = env.path(&format!("{tag}-{name}"));
                let mut a = vec!["--json", "export"];
                a.extend(args.iter().copied());
                a.extend(["-o", out.to_str().unwrap(), "-r", &env.recipient]);
                let o = env.cmd().args(&a).output().unwrap();
                assert!(
                    o.status.success(),
                    "{a:?}: {}",
                    String::from_utf8_lossy(&o.stderr)
                );
                (
                    out.to_str().unwrap().to_string(),
                    serde_json::from_slice(&o.stdout).unwrap(),
                )
            })
            .collect()
    };
    for (path, v) in run_all("before") {
        let p = Path::new(&path);
        assert!(!bundle_holds(p, &env.identity, HELD), "{path} leaks it");
        let m = manifest_of(p, &env.identity);
        assert!(m.documents.iter().all(|d| d.title != "Resultats biopsie"));
        assert_eq!(m.documents.len(), 1, "{path}");
        assert_eq!(v["held"], 1, "{path}");
    }
    // People are told, whatever the export.
    for (name, args) in &exports {
        let out = env.path(&format!("human-{name}"));
        let mut a = vec!["export"];
        a.extend(args.iter().copied());
        a.extend(["-o", out.to_str().unwrap(), "-r", &env.recipient]);
        let err = ok(&env, &a);
        assert!(
            err.contains("warning: 1 held document(s) not exported until released"),
            "{name}: {err}"
        );
    }

    ok(&env, &["release", &held_id]);
    let access = env.json(&["access", RPPS_A, "--doc", &held_id]);
    assert_eq!(access[0]["rule"], "primary_doctor");
    for (path, v) in run_all("after") {
        let p = Path::new(&path);
        assert!(bundle_holds(p, &env.identity, HELD), "{path} lacks it");
        assert_eq!(manifest_of(p, &env.identity).documents.len(), 2, "{path}");
        assert_eq!(v["held"], 0, "{path}");
    }
}

/// When every document a professional may see is held, the export is
/// refused (exit 5, journaled `export.refused`) naming the rule.
#[test]
fn an_export_of_only_held_documents_is_refused() {
    let env = vault_of(NAME, None, None);
    let bytes = report_bundle(
        &env.recipient,
        80,
        holder(NAME, None, None),
        RPPS_A,
        &[("Resultats", b"only held", &["INVISIBLE_PATIENT"])],
    );
    let f = env.path("r.age");
    std::fs::write(&f, bytes).unwrap();
    ok(&env, &["bundle", "import", f.to_str().unwrap()]);
    ok(&env, &["pro", "add", RPPS_A, "--name", "Dr A", "--primary"]);
    let out = env.path("x.age");
    let r = env.run(&[
        "export",
        "--for",
        RPPS_A,
        "-o",
        out.to_str().unwrap(),
        "-r",
        &env.recipient,
    ]);
    assert_error(&r, 5, "invisible_patient");
    assert!(!out.exists());
    let j = journal(&env, "export.refused");
    assert_eq!(j.len(), 1);
}
