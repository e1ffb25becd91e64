//! Scripts that import every night (cli.md "Imports and automation"):
//! every problem reported at once with its path, `--keep-going` (exit 8),
//! `--dry-run`, `"source"` and `"metadata_changed"` in the JSON, orphan
//! sidecars never documents, `--update` applying a corrected sidecar.

mod common;

use common::{assert_error, Env};
use serde_json::Value;

/// The folder a scanner fills: two good files (one with a sidecar), two
/// bad sidecars, an orphan sidecar and an empty file.
fn scans(env: &Env) -> std::path::PathBuf {
    env.write("scans/2025-01-10-ordonnance.pdf", b"%PDF ordonnance");
    env.write("scans/bilan.pdf", b"%PDF bilan sanguin");
    env.write(
        "scans/bilan.pdf.yaml",
        b"title: Bilan sanguin\ntype: lab-report\ndate: 2025-02-01\n",
    );
    env.write("scans/radio.pdf", b"%PDF radio");
    env.write("scans/radio.pdf.yaml", b"type: not-a-type\n");
    env.write("scans/cr.pdf", b"%PDF compte rendu");
    env.write("scans/cr.pdf.yaml", b"title: [unclosed\n");
    env.write("scans/gone.pdf.yaml", b"title: Orphan\n");
    env.write("scans/empty.pdf", b"");
    env.path("scans")
}

fn run_json(env: &Env, args: &[&str]) -> (i32, Value, String) {
    let out = env.cmd().arg("--json").args(args).output().unwrap();
    let v = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    });
    (
        out.status.code().unwrap_or(-1),
        v,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn doc_count(env: &Env) -> usize {
    env.json(&["list"]).as_array().unwrap().len()
}

fn by_source<'a>(v: &'a Value, suffix: &str) -> &'a Value {
    v.as_array()
        .unwrap()
        .iter()
        .find(|r| r["source"].as_str().unwrap().ends_with(suffix))
        .unwrap_or_else(|| panic!("no result for {suffix}: {v}"))
}

#[test]
fn without_keep_going_every_problem_is_reported_and_nothing_is_added() {
    let env = Env::new();
    let dir = scans(&env);
    let out = env.run(&["add", "-r", dir.to_str().unwrap()]);
    assert_error(&out, 2, "3 of 5 inputs cannot be added");
    for bad in ["radio.pdf.yaml", "cr.pdf.yaml", "empty.pdf"] {
        assert!(out.2.contains(bad), "{bad} not named: {}", out.2);
    }
    assert!(
        out.2.contains("gone.pdf.yaml") && out.2.contains("never added as a document"),
        "{}",
        out.2
    );
    assert_eq!(doc_count(&env), 0, "nothing is added");

    // The JSON names each refused input by its source.
    let (code, v, err) = run_json(&env, &["add", "-r", dir.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    let refused = v.as_array().unwrap();
    assert_eq!(refused.len(), 3, "{v}");
    assert_eq!(by_source(&v, "empty.pdf")["error"]["kind"], "invalid_input");
    assert!(by_source(&v, "cr.pdf")["error"]["message"]
        .as_str()
        .unwrap()
        .contains("line 1"));
    assert!(err.contains("\"kind\":\"invalid_input\""), "{err}");
    assert_eq!(doc_count(&env), 0);
}

#[test]
fn a_nightly_script_run_twice_keeps_going_and_then_applies_a_corrected_sidecar() {
    let env = Env::new();
    let dir = scans(&env);
    // The script a user would put in cron: carnet from $CARNET, JSON kept,
    // exit 8 = some files need a look, anything else non-zero = alarm.
    let script = env.write(
        "nightly.sh",
        br#"#!/bin/sh
"${CARNET:-carnet}" --json add -r "$1" --keep-going --update > "$2"
rc=$?
case $rc in
  0) echo ok ;;
  8) echo partly ;;
  *) echo "failed $rc" ;;
esac
exit $rc
"#,
    );
    let run = |out: &str| {
        let o = std::process::Command::new("sh")
            .arg(&script)
            .arg(&dir)
            .arg(env.path(out))
            .envs(
                env.std_cmd()
                    .get_envs()
                    .filter_map(|(k, v)| v.map(|v| (k, v))),
            )
            .env("CARNET", env!("CARGO_BIN_EXE_carnet"))
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&std::fs::read(env.path(out)).unwrap()).unwrap();
        (
            o.status.code().unwrap(),
            String::from_utf8_lossy(&o.stdout).trim().to_string(),
            v,
        )
    };

    let (code, said, v) = run("night1.json");
    assert_eq!((code, said.as_str()), (8, "partly"), "{v}");
    assert_eq!(doc_count(&env), 2, "the two good files are added");
    let bilan = by_source(&v, "scans/bilan.pdf");
    assert_eq!(bilan["title"], "Bilan sanguin");
    assert_eq!(bilan["duplicate"], false);
    assert_eq!(bilan["metadata_changed"], false);
    let ordo = by_source(&v, "2025-01-10-ordonnance.pdf");
    assert_eq!(ordo["date"], "2025-01-10");
    for bad in ["radio.pdf", "cr.pdf", "empty.pdf"] {
        let r = by_source(&v, bad);
        assert_eq!(r["error"]["kind"], "invalid_input", "{r}");
        assert!(r.get("id").is_none(), "{r}");
    }
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .all(|r| !r["source"].as_str().unwrap().contains("gone")),
        "an orphan sidecar is no input: {v}"
    );
    let titles: Vec<String> = env
        .json(&["list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["title"].as_str().unwrap().to_string())
        .collect();
    assert!(
        !titles.iter().any(|t| t.contains("gone") || t == "Orphan"),
        "{titles:?}"
    );

    // The holder fixes two sidecars overnight and corrects the bilan's title.
    env.write("scans/radio.pdf.yaml", b"type: imaging-report\n");
    env.write("scans/cr.pdf.yaml", b"title: Compte rendu\n");
    env.write(
        "scans/bilan.pdf.yaml",
        b"title: Bilan sanguin annuel\ntype: lab-report\ndate: 2025-02-01\ntags: [annuel]\n",
    );
    // The dry run says what would happen, writing nothing.
    let before = env.json(&["journal", "head"]);
    let (code, dry, err) = run_json(
        &env,
        &[
            "add",
            "-r",
            dir.to_str().unwrap(),
            "--keep-going",
            "--dry-run",
        ],
    );
    assert_eq!(code, 8, "{err}");
    assert_eq!(
        env.json(&["journal", "head"]),
        before,
        "a dry run writes nothing"
    );
    let b = by_source(&dry, "scans/bilan.pdf");
    assert_eq!(
        (b["duplicate"].clone(), b["metadata_changed"].clone()),
        (Value::Bool(true), Value::Bool(true))
    );
    let r = by_source(&dry, "radio.pdf");
    assert_eq!(r["duplicate"], false);
    assert!(r["id"].is_null(), "no ID before it is added: {r}");
    assert_eq!(r["type"], "imaging-report");
    assert_eq!(doc_count(&env), 2);

    let (code, said, v) = run("night2.json");
    assert_eq!((code, said.as_str()), (8, "partly"), "{v}");
    assert_eq!(doc_count(&env), 4, "the fixed files are added once");
    let b = by_source(&v, "scans/bilan.pdf");
    assert_eq!(b["duplicate"], true);
    assert_eq!(b["metadata_changed"], true);
    assert_eq!(
        b["title"], "Bilan sanguin annuel",
        "--update applied it: {b}"
    );
    let id = b["id"].as_str().unwrap();
    let shown = env.json(&["show", id]);
    assert_eq!(shown["title"], "Bilan sanguin annuel", "{shown}");
    let edits = env.json(&["journal", "--action", "doc.edit", "--doc", id]);
    assert_eq!(edits.as_array().unwrap().len(), 1, "{edits}");
    assert_eq!(by_source(&v, "ordonnance.pdf")["metadata_changed"], false);
    assert_eq!(by_source(&v, "empty.pdf")["error"]["kind"], "invalid_input");

    // Without --update a changed sidecar is only reported.
    env.write("scans/bilan.pdf.yaml", b"title: Autre titre\n");
    let (code, v, _) = run_json(&env, &["add", dir.join("bilan.pdf").to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(v[0]["metadata_changed"], true);
    assert_eq!(env.json(&["show", id])["title"], "Bilan sanguin annuel");

    // Once the empty file is gone, the night is clean.
    std::fs::remove_file(dir.join("empty.pdf")).unwrap();
    env.write(
        "scans/bilan.pdf.yaml",
        b"title: Bilan sanguin annuel\ntype: lab-report\ndate: 2025-02-01\ntags: [annuel]\n",
    );
    let (code, said, v) = run("night3.json");
    assert_eq!((code, said.as_str()), (0, "ok"), "{v}");
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .all(|r| r["duplicate"] == true && r["metadata_changed"] == false),
        "{v}"
    );
    env.cmd().args(["check"]).assert().success();
}

#[test]
fn keep_going_with_no_valid_input_is_a_usage_error_and_stdin_is_named_dash() {
    let env = Env::new();
    env.write("only/empty.pdf", b"");
    let out = env.run(&[
        "add",
        "-r",
        env.path("only").to_str().unwrap(),
        "--keep-going",
    ]);
    assert_error(&out, 2, "empty");
    assert_eq!(doc_count(&env), 0);

    let v = env.json_from(
        env.cmd()
            .args(["--json", "add", "-", "--title", "Note"])
            .write_stdin("une note"),
    );
    assert_eq!(v[0]["source"], "-");
    assert_eq!(v[0]["metadata_changed"], false);
}

#[test]
fn exit_code_8_is_in_the_table() {
    let env = Env::new();
    let (code, out, _) = env.run(&["--exit-codes"]);
    assert_eq!(code, 0);
    assert!(
        out.lines()
            .any(|l| l.starts_with("8 ") && l.contains("partly done")),
        "{out}"
    );
}

#[test]
fn update_dry_run_shows_what_the_update_would_set_and_changes_nothing() {
    let env = Env::new();
    env.write("scan/bilan.pdf", b"%PDF bilan");
    env.write(
        "scan/bilan.pdf.yaml",
        b"title: Bilan\ntype: lab-report\ntags: [sang]\n",
    );
    let file = env.path("scan/bilan.pdf");
    let file = file.to_str().unwrap();
    let (code, v, _) = run_json(&env, &["add", file]);
    assert_eq!(code, 0, "{v}");
    let id = v[0]["id"].as_str().unwrap().to_string();
    env.write(
        "scan/bilan.pdf.yaml",
        b"title: '  Bilan annuel '\ntype: lab-report\ndate: 2025-03-04\ntags: [annuel]\nmasked: true\n",
    );
    let (code, v, _) = run_json(&env, &["add", file, "--update", "--dry-run"]);
    assert_eq!(code, 0, "{v}");
    let r = &v[0];
    assert_eq!(r["duplicate"], true, "{r}");
    assert_eq!(r["metadata_changed"], true, "{r}");
    assert_eq!(r["id"], id.as_str(), "{r}");
    assert_eq!(
        r["title"], "Bilan annuel",
        "the title --update would set: {r}"
    );
    assert_eq!(r["date"], "2025-03-04", "{r}");
    // Nothing was written: the stored title, no doc.edit.
    let shown = env.json(&["show", &id]);
    assert_eq!(shown["title"], "Bilan", "{shown}");
    assert_eq!(shown["masked"], false, "{shown}");
    let edits = env.json(&["journal", "--action", "doc.edit"]);
    assert_eq!(edits.as_array().unwrap().len(), 0, "{edits}");
    // The human line says so, and names the new title.
    let out = env
        .cmd()
        .args(["add", file, "--update", "--dry-run"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("would update"), "{text}");
    assert!(text.contains("Bilan annuel"), "{text}");
    // The real update then leaves exactly what the dry run showed.
    let (code, done, _) = run_json(&env, &["add", file, "--update"]);
    assert_eq!(code, 0, "{done}");
    for f in ["title", "date", "type", "id"] {
        assert_eq!(done[0][f], r[f], "{f}: {done} vs {r}");
    }
}
