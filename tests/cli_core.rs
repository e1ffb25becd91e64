//! The vault core through the real binary: every command of issue 2 and
//! its bad inputs (exit code, error and hint, vault unchanged).
mod common;
use common::*;

use serde_json::Value;

fn journal_actions(env: &Env) -> Vec<String> {
    env.json(&["journal"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap().to_string())
        .collect()
}

fn doc_count(env: &Env) -> usize {
    env.json(&["list"]).as_array().unwrap().len()
}

#[test]
fn init_json_and_refusals() {
    let env = Env::bare();
    let v = env.json(&[
        "init",
        "--name",
        "A",
        "--no-passphrase",
        "--recipient",
        &env.recipient,
    ]);
    assert!(v["vault"].as_str().unwrap().ends_with("vault"));
    assert_eq!(v["id"].as_str().unwrap().len(), 16);
    assert!(v["created_at"].as_str().unwrap().ends_with('Z'));
    // Over an existing vault: 2, and the vault is untouched.
    let before = std::fs::read(env.vault.join("index.age")).unwrap();
    let out = env.run(&["init", "--no-passphrase", "--recipient", &env.recipient]);
    assert_error(&out, 2, "already exists");
    assert_eq!(before, std::fs::read(env.vault.join("index.age")).unwrap());
}

#[test]
fn init_needs_an_unlock_method() {
    let env = Env::bare();
    assert_error(&env.run(&["init", "--no-passphrase"]), 2, "--recipient");
    // No passphrase source and no prompt possible under --no-input.
    assert_error(&env.run(&["init"]), 2, "--passphrase-file");
    assert!(!env.vault.join("vault.json").exists());
    assert_error(
        &env.run(&["init", "--no-passphrase", "--recipient", "age1nonsense"]),
        2,
        "invalid recipient",
    );
}

#[test]
fn init_checks_ins_and_birth_date() {
    let env = Env::bare();
    let out = env.run(&[
        "init",
        "--ins",
        "123456789012345",
        "--no-passphrase",
        "--recipient",
        &env.recipient,
    ]);
    assert_error(&out, 2, "invalid INS 123456789012345: key should be 11");
    let out = env.run(&[
        "init",
        "--birth-date",
        "2026-02-30",
        "--no-passphrase",
        "--recipient",
        &env.recipient,
    ]);
    assert_error(&out, 2, "birth date");
    env.json(&[
        "init",
        "--ins",
        "184127645108946",
        "--birth-date",
        "1984-12-01",
        "--no-passphrase",
        "--recipient",
        &env.recipient,
    ]);
    let s = env.json(&["status"]);
    assert_eq!(s["holder"]["birth_date"], "1984-12-01");
}

#[test]
fn missing_vault_is_not_found() {
    let env = Env::bare();
    assert_error(&env.run(&["list"]), 4, "carnet init");
    assert_error(&env.run(&["status"]), 4, "no vault");
}

#[test]
fn unlock_failures_are_exit_3_and_journaled_later() {
    let env = Env::new();
    let (other, _) = new_identity(env.dir.path(), "other.txt");
    let out = env
        .cmd()
        .arg("--identity")
        .arg(&other)
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error:") && err.contains("hint:"), "{err}");
    // No unlock method at all (no identity, no passphrase file, no terminal).
    let out = env
        .cmd()
        .env_remove("CARNET_IDENTITY")
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--identity"));
    // The failed attempt is folded into the journal at the next unlock, and shown.
    let (code, _, stderr) = env.run(&["status"]);
    assert_eq!(code, 0);
    assert!(stderr.contains("failed unlock"), "{stderr}");
    let j = env.json(&["journal", "--action", "unlock.failed"]);
    assert_eq!(j.as_array().unwrap().len(), 1);
    assert_eq!(j[0]["details"]["count"], 1);
    assert_eq!(j[0]["actor"]["type"], "system");
}

#[test]
fn passphrase_path_init_unlock_passwd() {
    let env = Env::bare();
    let pw = env.write("pw.txt", b"correct horse battery\n");
    let pw2 = env.write("pw2.txt", b"another long phrase\n");
    let bad = env.write("bad.txt", b"wrong\n");
    let c = |f: &std::path::Path| {
        let mut c = env.cmd();
        c.env_remove("CARNET_IDENTITY")
            .env("CARNET_PASSPHRASE_FILE", f);
        c
    };
    c(&pw).args(["init", "--name", "P"]).assert().success();
    c(&pw).args(["list"]).assert().success();
    assert_eq!(
        c(&bad).args(["list"]).output().unwrap().status.code(),
        Some(3)
    );
    c(&pw)
        .arg("passwd")
        .arg("--new-passphrase-file")
        .arg(&pw2)
        .assert()
        .success();
    assert_eq!(
        c(&pw).args(["list"]).output().unwrap().status.code(),
        Some(3)
    );
    let out = c(&pw2).args(["--json", "journal"]).output().unwrap();
    assert!(out.status.success());
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    let actions: Vec<&str> = j
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert!(
        actions.contains(&"passwd") && actions.contains(&"unlock.failed"),
        "{actions:?}"
    );
    // An action without a dot is matched as itself, not only as a category.
    let out = c(&pw2)
        .args(["--json", "journal", "--action", "passwd"])
        .output()
        .unwrap();
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j.as_array().unwrap().len(), 1, "{j}");
    assert_eq!(j[0]["action"], "passwd");
    // passwd without a new passphrase source under --no-input: 2.
    let out = c(&pw2).arg("passwd").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn passphrase_from_stdin() {
    let env = Env::bare();
    let pw = env.write("pw.txt", b"stdin phrase\n");
    env.cmd()
        .env_remove("CARNET_IDENTITY")
        .arg("--passphrase-file")
        .arg(&pw)
        .arg("init")
        .assert()
        .success();
    env.cmd()
        .env_remove("CARNET_IDENTITY")
        .args(["--passphrase-file", "-", "list"])
        .write_stdin("stdin phrase\n")
        .assert()
        .success();
    // stdin cannot be both the passphrase and the document.
    let out = env
        .cmd()
        .env_remove("CARNET_IDENTITY")
        .args(["--passphrase-file", "-", "add", "-", "--title", "T"])
        .write_stdin("stdin phrase\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("stdin cannot carry both"));
}

#[test]
fn quiet_keeps_the_data_on_stdout() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["add", "-", "--title", "Q", "-q"])
        .write_stdin("hello")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.starts_with("added "), "{stdout}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn add_reports_fields_and_duplicates() {
    let env = Env::new();
    let p = env.write("2024-11-02_compte-rendu.pdf", b"%PDF-1.4 fake");
    let v = env.json(&[
        "add",
        p.to_str().unwrap(),
        "--type",
        "11488-4",
        "--tag",
        "cardio",
        "--author",
        RPPS_A,
    ]);
    let d = &v[0];
    assert_eq!(d["type"], "consultation-report");
    assert_eq!(d["date"], "2024-11-02");
    assert_eq!(d["title"], "2024-11-02_compte-rendu");
    assert_eq!(d["size"], 13);
    assert_eq!(d["duplicate"], false);
    assert_eq!(d["sha256"].as_str().unwrap().len(), 64);
    // Same content again: stored once, reported duplicate, exit 0.
    let q = env.write("copy.pdf", b"%PDF-1.4 fake");
    let v2 = env.json(&["add", q.to_str().unwrap()]);
    assert_eq!(v2[0]["duplicate"], true);
    assert_eq!(v2[0]["id"], d["id"]);
    assert_eq!(doc_count(&env), 1);
    assert_eq!(
        std::fs::read_dir(env.vault.join("blobs")).unwrap().count(),
        1
    );
    let l = env.json(&["list"]);
    assert_eq!(l[0]["author"], RPPS_A);
    assert_eq!(l[0]["tags"][0], "cardio");
}

#[test]
fn add_from_stdin_needs_title() {
    let env = Env::new();
    assert_error(&env.run(&["add", "-"]), 2, "--title");
    let out = env
        .cmd()
        .args([
            "--json",
            "add",
            "-",
            "--title",
            "Scan",
            "--type",
            "image",
            "--date",
            "2025-05-05",
        ])
        .write_stdin("bytes from a scanner")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["title"], "Scan");
    assert_eq!(v[0]["date"], "2025-05-05");
}

#[test]
fn add_recursive_with_sidecars_and_hidden_files() {
    let env = Env::new();
    env.write("scans/2025-01-10_ordonnance.pdf", b"one");
    env.write(
        "scans/2025-01-10_ordonnance.pdf.yaml",
        b"title: Ordonnance Dr Martin\ntype: prescription\nauthor: 10003456786\ntags: [grippe]\nmasked: true\n",
    );
    env.write("scans/sub/resultats.txt", b"two");
    env.write("scans/.DS_Store", b"junk");
    let dir = env.path("scans");
    assert_error(&env.run(&["add", dir.to_str().unwrap()]), 2, "-r");
    let v = env.json(&["add", "-r", dir.to_str().unwrap()]);
    assert_eq!(v.as_array().unwrap().len(), 2, "{v}");
    let l = env.json(&["list", "--search", "Martin"]);
    assert_eq!(l[0]["title"], "Ordonnance Dr Martin");
    assert_eq!(l[0]["type"], "prescription");
    assert_eq!(l[0]["author"], RPPS_A);
    assert_eq!(l[0]["masked"], true);
    assert_eq!(l[0]["tags"][0], "grippe");
    // Rerun: everything is a duplicate.
    let v = env.json(&["add", "-r", dir.to_str().unwrap()]);
    assert!(v.as_array().unwrap().iter().all(|d| d["duplicate"] == true));
}

#[test]
fn add_checks_every_input_before_encrypting() {
    let env = Env::new();
    let good = env.write("good.txt", b"good");
    let missing = env.path("missing.pdf");
    let out = env.run(&["add", good.to_str().unwrap(), missing.to_str().unwrap()]);
    assert_error(&out, 2, "missing.pdf");
    assert_eq!(doc_count(&env), 0);
    // A special file (FIFO) is refused, naming it.
    let fifo = env.path("pipe");
    assert!(std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap()
        .success());
    let out = env.run(&["add", good.to_str().unwrap(), fifo.to_str().unwrap()]);
    assert_error(&out, 2, "not a regular file");
    assert_eq!(doc_count(&env), 0);
    // Only the vault.init entry: nothing was journaled.
    assert_eq!(journal_actions(&env), vec!["vault.init"]);
}

#[test]
fn add_refuses_bad_values() {
    let env = Env::new();
    let f = env.write("a.txt", b"a");
    let f = f.to_str().unwrap();
    assert_error(
        &env.run(&["add", f, "--type", "horoscope"]),
        2,
        "unknown document type",
    );
    assert_error(
        &env.run(&["add", f, "--date", "2025-02-30"]),
        2,
        "invalid date",
    );
    assert_error(
        &env.run(&["add", f, "--author", "10100000003"]),
        2,
        "invalid RPPS 10100000003: check digit should be 8",
    );
    env.write("b.txt", b"b");
    env.write("b.txt.yaml", b"title: x\ntype: [broken\n");
    let out = env.run(&["add", env.path("b.txt").to_str().unwrap()]);
    assert_error(&out, 2, "b.txt.yaml");
    assert!(out.2.contains("line"), "{}", out.2);
    assert_eq!(doc_count(&env), 0);
}

#[test]
fn date_falls_back_to_mtime() {
    let env = Env::new();
    let p = env.write("note.txt", b"n");
    let t = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
    std::fs::File::options()
        .write(true)
        .open(&p)
        .unwrap()
        .set_modified(t)
        .unwrap();
    let v = env.json(&["add", p.to_str().unwrap()]);
    let d = v[0]["date"].as_str().unwrap();
    assert!(d == "2023-11-14" || d == "2023-11-15", "{d}");
}

#[test]
fn list_filters_and_order() {
    let env = Env::new();
    let a = env.add(
        "2020-01-01_a.txt",
        b"a",
        &["--type", "lab-report", "--tag", "bio"],
    );
    let b = env.add(
        "2023-06-01_b.txt",
        b"b",
        &["--type", "prescription", "--author", RPPS_B],
    );
    let c = env.add(
        "2025-03-01_c.txt",
        b"c",
        &["--type", "lab-report", "--mask"],
    );
    let ids = |v: Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(env.json(&["list"])),
        vec![c.clone(), b.clone(), a.clone()]
    );
    assert_eq!(
        ids(env.json(&["list", "--type", "lab-report"])),
        vec![c.clone(), a.clone()]
    );
    assert_eq!(
        ids(env.json(&["list", "--type", "11502-2", "--limit", "1"])),
        vec![c.clone()]
    );
    assert_eq!(ids(env.json(&["list", "--tag", "bio"])), vec![a.clone()]);
    assert_eq!(
        ids(env.json(&["list", "--author", RPPS_B])),
        vec![b.clone()]
    );
    assert_eq!(
        ids(env.json(&["list", "--since", "2021-01-01", "--until", "2024-12-31"])),
        vec![b.clone()]
    );
    assert_eq!(ids(env.json(&["list", "--masked"])), vec![c.clone()]);
    assert_eq!(
        ids(env.json(&["list", "--unmasked"])),
        vec![b.clone(), a.clone()]
    );
    assert_eq!(
        ids(env.json(&["list", "--search", "2023-06"])),
        vec![b.clone()]
    );
    assert_error(
        &env.run(&["list", "--type", "nope"]),
        2,
        "unknown document type",
    );
    assert_error(
        &env.run(&["list", "--since", "yesterday"]),
        2,
        "invalid date",
    );
    // The table names the vault it acted on.
    let (code, stdout, stderr) = env.run(&["list"]);
    assert_eq!(code, 0);
    assert!(stdout.contains(&a) && stdout.contains("lab-report"));
    assert!(stderr.contains("vault"), "{stderr}");
}

#[test]
fn show_get_and_prefixes() {
    let env = Env::new();
    let id = env.add(
        "2025-01-10_ordonnance.txt",
        b"Amoxicilline 1g",
        &["--type", "prescription"],
    );
    let v = env.json(&["show", &id[..4]]);
    assert_eq!(v["id"], id.as_str());
    assert_eq!(v["type_code"], "57833-6");
    assert_eq!(v["confidentiality"][0], "N");
    assert_error(&env.run(&["show", "zzzzzzzz"]), 4, "no document");
    assert_error(&env.run(&["show", "abc"]), 4, "no document");
    // get to a file, to a directory (readable name), replacing an existing file.
    let out = env.path("out.txt");
    std::fs::write(&out, b"old content").unwrap();
    env.cmd()
        .args(["get", &id, "-o", out.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(std::fs::read(&out).unwrap(), b"Amoxicilline 1g");
    let dir = env.path("dl");
    std::fs::create_dir(&dir).unwrap();
    env.cmd()
        .args(["get", &id, "-o", dir.to_str().unwrap()])
        .assert()
        .success();
    assert_eq!(
        std::fs::read(dir.join("2025-01-10_ordonnance.txt")).unwrap(),
        b"Amoxicilline 1g"
    );
    let o = env.cmd().args(["get", &id]).output().unwrap();
    assert_eq!(o.stdout, b"Amoxicilline 1g");
    let views = env.json(&["journal", "--action", "doc.view", "--doc", &id]);
    assert_eq!(views.as_array().unwrap().len(), 3);
    assert_error(
        &env.run(&["get", &id, "-o", "/nonexistent-dir/x.txt"]),
        2,
        "directory",
    );
}

#[test]
fn edit_mask_unmask() {
    let env = Env::new();
    let id = env.add("r.txt", b"r", &["--tag", "old"]);
    let v = env.json(&[
        "edit",
        &id,
        "--title",
        "Radio thorax",
        "--type",
        "imaging-report",
        "--date",
        "2025-04-04",
        "--tag",
        "new",
        "--untag",
        "old",
    ]);
    assert_eq!(v["title"], "Radio thorax");
    assert_eq!(v["type"], "imaging-report");
    assert_eq!(v["date"], "2025-04-04");
    assert_eq!(v["tags"], serde_json::json!(["new"]));
    assert_error(&env.run(&["edit", &id]), 2, "nothing to change");
    assert_error(
        // JJ/MM/AAAA is accepted (tests/french.rs); a US-style date is not.
        &env.run(&["edit", &id, "--date", "04/13/2025"]),
        2,
        "invalid date",
    );
    assert_eq!(env.json(&["mask", &id])[0]["masked"], true);
    assert_eq!(env.json(&["list", "--masked"]).as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["unmask", &id])[0]["masked"], false);
    // --from an unknown professional: not found.
    assert_error(&env.run(&["mask", &id, "--from", RPPS_A]), 4, "RPPS");
    assert_error(&env.run(&["mask", &id, "--from", "123"]), 2, "invalid RPPS");
    let actions = journal_actions(&env);
    assert!(
        actions.contains(&"doc.edit".to_string())
            && actions.contains(&"doc.mask".to_string())
            && actions.contains(&"doc.unmask".to_string())
    );
}

#[test]
fn rm_confirms_and_guards_professional_documents() {
    let env = Env::new();
    let mine = env.add("mine.txt", b"mine", &[]);
    let theirs = env.add("theirs.txt", b"theirs", &["--author", RPPS_A]);
    assert_error(&env.run(&["rm", &mine]), 2, "--yes");
    assert_eq!(doc_count(&env), 2);
    env.cmd().args(["rm", &mine, "--yes"]).assert().success();
    assert_error(&env.run(&["rm", &theirs, "--yes"]), 2, "--force");
    env.cmd()
        .args(["rm", &theirs, "--yes", "--force"])
        .assert()
        .success();
    assert_eq!(doc_count(&env), 0);
    assert_eq!(
        std::fs::read_dir(env.vault.join("blobs")).unwrap().count(),
        0
    );
    let dels = env.json(&["journal", "--action", "doc.delete"]);
    assert_eq!(dels.as_array().unwrap().len(), 2);
    assert_eq!(dels[1]["details"]["forced"], true);
    assert_error(&env.run(&["rm", &mine, "--yes"]), 4, "no document");
}

#[test]
fn journal_filters_formats_verify_head() {
    let env = Env::new();
    let id = env.add("a.txt", b"a", &[]);
    env.cmd().args(["get", &id, "-o", "-"]).assert().success();
    let all = env.json(&["journal"]);
    let arr = all.as_array().unwrap();
    assert_eq!(arr.len(), 3);
    for (i, e) in arr.iter().enumerate() {
        assert_eq!(e["seq"], (i + 1) as i64);
        for k in ["at", "actor", "mode", "action", "target", "details", "hash"] {
            assert!(e.get(k).is_some(), "missing {k}");
        }
        assert_eq!(e["actor"]["type"], "holder");
        assert_eq!(e["mode"], "normal");
    }
    assert_eq!(
        env.json(&["journal", "--action", "doc"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        env.json(&["journal", "--limit", "1"])[0]["action"],
        "doc.view"
    );
    assert_eq!(
        env.json(&["journal", "--actor", "holder"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        env.json(&["journal", "--since", "2000-01-01"])
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let (code, csv, _) = env.run(&["journal", "--format", "csv"]);
    assert_eq!(code, 0);
    assert!(csv.starts_with("seq,at,actor_type"));
    assert_eq!(csv.lines().count(), 4);
    let h = env.json(&["journal", "head"]);
    assert_eq!(h["seq"], 3);
    assert_eq!(h["hash"], arr[2]["hash"]);
    assert_eq!(env.json(&["journal", "verify"])["ok"], true);

    // --doc takes a prefix, of a document in the vault or of a deleted one;
    // a prefix that matches nothing is exit 4, like everywhere else.
    let about = |p: &str| env.json(&["journal", "--doc", p]).as_array().unwrap().len();
    assert_eq!(about(&id[..4]), 2);
    assert_error(&env.run(&["journal", "--doc", "zzzz"]), 4, "zzzz");
    assert_error(&env.run(&["journal", "--doc", "ab%_"]), 4, "ab%_");
    env.cmd().args(["rm", &id, "--yes"]).assert().success();
    assert_eq!(about(&id[..5]), 3);
    assert_eq!(about(&id), 3);
}

#[test]
fn status_counts_new_events() {
    let env = Env::new();
    env.add("a.txt", b"a", &["--mask"]);
    let s = env.json(&["status"]);
    assert_eq!(s["documents"], 1);
    assert_eq!(s["masked"], 1);
    assert_eq!(s["journal"]["events_since_review"], 2);
    assert!(s["signing_key_fingerprint"]
        .as_str()
        .unwrap()
        .starts_with("SHA256:"));
    env.json(&["journal"]);
    assert_eq!(env.json(&["status"])["journal"]["events_since_review"], 0);
}

#[test]
fn keys_add_list_rm() {
    let env = Env::new();
    let (second, r2) = new_identity(env.dir.path(), "second.txt");
    let with2 = |args: &[&str]| {
        env.cmd()
            .arg("--identity")
            .arg(&second)
            .args(args)
            .output()
            .unwrap()
    };
    assert_eq!(with2(&["list"]).status.code(), Some(3));
    env.cmd()
        .args(["key", "add", &r2, "--label", "laptop"])
        .assert()
        .success();
    assert_error(&env.run(&["key", "add", &r2]), 2, "already");
    assert!(with2(&["list"]).status.success());
    let keys = env.json(&["key", "list"]);
    assert_eq!(keys.as_array().unwrap().len(), 2);
    let (code, _, stderr) = env.run(&["key", "rm", &r2]);
    assert_eq!(code, 0);
    assert!(stderr.contains("rekey"), "{stderr}");
    assert_eq!(with2(&["list"]).status.code(), Some(3));
    assert_error(
        &env.run(&["key", "rm", &env.recipient]),
        2,
        "last unlock method",
    );
    assert_error(&env.run(&["key", "rm", &r2]), 4, "not one of");
    let actions = journal_actions(&env);
    assert!(
        actions.contains(&"key.add".to_string()) && actions.contains(&"key.remove".to_string())
    );
}

#[test]
fn settings_list_and_set() {
    let env = Env::new();
    let s = env.json(&["settings", "list"]);
    assert_eq!(s["masked-visible-to-primary"], "true");
    assert_eq!(s["majority-age"], "18");
    env.json(&["settings", "set", "masked-visible-to-primary", "false"]);
    assert_eq!(
        env.json(&["settings", "list"])["masked-visible-to-primary"],
        "false"
    );
    assert_error(
        &env.run(&["settings", "set", "majority-age", "old"]),
        2,
        "majority-age",
    );
    assert_error(
        &env.run(&["settings", "set", "colour", "blue"]),
        2,
        "unknown setting",
    );
    assert!(journal_actions(&env).contains(&"settings.set".to_string()));
}

#[test]
fn json_errors_on_stderr() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["--json", "show", "nothing-here"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(out.stdout.is_empty());
    let v: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["error"]["kind"], "not_found");
    assert!(v["error"]["message"]
        .as_str()
        .unwrap()
        .contains("nothing-here"));
    assert!(!v["error"]["hint"].as_str().unwrap().is_empty());
}

#[test]
fn exit_codes_and_keygen() {
    let env = Env::bare();
    let (code, out, _) = env.run(&["--exit-codes"]);
    assert_eq!(code, 0);
    for c in 0..=7 {
        assert!(
            out.lines().any(|l| l.starts_with(&format!("{c} "))),
            "{out}"
        );
    }
    let p = env.path("k.txt");
    let o = env
        .cmd()
        .args(["keygen", "-o", p.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("age1"));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&p).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_error(
        &env.run(&["keygen", "-o", p.to_str().unwrap()]),
        2,
        "already exists",
    );
    // Global options after the subcommand work too.
    env.cmd()
        .args(["list", "--vault", "elsewhere"])
        .assert()
        .code(4);
}

#[test]
fn profiles_live_under_the_data_dir() {
    let env = Env::bare();
    env.cmd_bare()
        .args([
            "--profile",
            "moi",
            "init",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ])
        .assert()
        .success();
    assert!(env.path("xdg-data/carnet/profiles/moi/vault.json").exists());
    env.cmd_bare()
        .env("CARNET_PROFILE", "moi")
        .arg("--identity")
        .arg(&env.identity)
        .args(["list"])
        .assert()
        .success();
    let out = env
        .cmd_bare()
        .args(["--profile", "../evil", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn stdin_documents_are_typed_by_their_content() {
    let env = Env::new();
    let add = |bytes: &[u8]| -> String {
        let v = env.json_from(
            env.cmd()
                .args(["--json", "add", "-", "--title", "S"])
                .write_stdin(bytes),
        );
        v[0]["id"].as_str().unwrap().to_string()
    };
    let text = add("bonjour, é\n".as_bytes());
    let binary = add(b"\x89PNG\r\n\x1a\n\0\0\0");
    assert_eq!(env.json(&["show", &text])["media_type"], "text/plain");
    assert_eq!(
        env.json(&["show", &binary])["media_type"],
        "application/octet-stream"
    );
    // Written into a directory under a readable name with a usual extension.
    let dir = env.dir.path().join("out");
    std::fs::create_dir(&dir).unwrap();
    for id in [&text, &binary] {
        env.cmd()
            .args(["get", id, "-o", dir.to_str().unwrap()])
            .assert()
            .success();
    }
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert!(names.iter().any(|n| n.ends_with("_S.txt")), "{names:?}");
    assert!(names.iter().any(|n| n.ends_with("_S.bin")), "{names:?}");
}

/// Human output names the vault it acted on (on stderr where stdout is data).
#[test]
fn human_output_names_the_vault() {
    let env = Env::new();
    let id = env.add("a.txt", b"a", &[]);
    let name = env.vault.display().to_string();
    for args in [
        &["show", id.as_str()][..],
        &["get", id.as_str(), "-o", "-"],
        &["journal"],
        &["journal", "head"],
        &["key", "list"],
        &["settings", "list"],
    ] {
        let (code, _, err) = env.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(err.contains(&name), "{args:?}: {err}");
    }
}
