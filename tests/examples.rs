//! Runs the shell scripts of `examples/` against the built binary, as a
//! user would with `CARNET=target/release/carnet examples/NAME.sh`.

use std::path::Path;
use std::process::Command;

fn has(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

/// Runs one example; returns its stdout.
fn run(name: &str) -> String {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name);
    let meta = std::fs::metadata(&script).unwrap();
    use std::os::unix::fs::PermissionsExt;
    assert!(
        meta.permissions().mode() & 0o111 != 0,
        "{name} is not executable"
    );
    let text = std::fs::read_to_string(&script).unwrap();
    assert!(
        text.starts_with("#!/usr/bin/env bash\n"),
        "{name}: no bash shebang"
    );
    assert!(
        text.contains("set -euo pipefail"),
        "{name}: no set -euo pipefail"
    );
    assert!(
        text.contains("${CARNET:-carnet}"),
        "{name}: does not call ${{CARNET:-carnet}}"
    );

    let home = tempfile::tempdir().unwrap();
    let out = Command::new(&script)
        .env("CARNET", env!("CARGO_BIN_EXE_carnet"))
        .env("HOME", home.path())
        .env("TMPDIR", home.path())
        .env_remove("CARNET_VAULT")
        .env_remove("CARNET_PROFILE")
        .env_remove("CARNET_IDENTITY")
        .env_remove("CARNET_PASSPHRASE_FILE")
        .env_remove("CARNET_DATA_DIR")
        .env_remove("CARNET_STATE_DIR")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "examples/{name} failed ({}):\n--- stdout\n{stdout}\n--- stderr\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    // The script cleaned up its temp dir (trap on EXIT).
    let left: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(
        left.is_empty(),
        "examples/{name} left files behind: {left:?}"
    );
    stdout
}

#[test]
fn tour() {
    let out = run("tour.sh");
    for step in [
        "== create the vault",
        "== list every document",
        "== mask",
        "== the access journal",
        "== check",
        "== status",
    ] {
        assert!(out.contains(step), "tour output lacks {step:?}:\n{out}");
    }
    assert!(out.contains("decrypted copy is identical"), "{out}");
    assert!(out.contains("duplicate"), "{out}");
    assert!(out.contains("Bilan sanguin annuel"), "{out}");
    assert!(out.contains("doc.view"), "journal lacks the get: {out}");
}

#[test]
fn import_folder() {
    if !has("jq") && !has("python3") {
        eprintln!("skipping import-folder.sh: neither jq nor python3 is installed");
        return;
    }
    let out = run("import-folder.sh");
    assert!(out.contains("run 1: 5 added, 0 duplicate(s)"), "{out}");
    assert!(out.contains("run 2: 0 added, 5 duplicate(s)"), "{out}");
    assert!(out.contains("run 3: 1 added, 5 duplicate(s)"), "{out}");
}

/// Uses `pro`, `grant`, `export`, `bundle`: skips itself (exit 0, saying
/// so) with a carnet that lacks them, and runs in full once they exist.
#[test]
fn share_with_doctor() {
    let out = run("share-with-doctor.sh");
    if !out.starts_with("skipping:") {
        assert!(out.contains("refused as expected (exit 5)"), "{out}");
    }
}

/// Uses `profile`: skips itself with a carnet that lacks it.
#[test]
fn child_vault() {
    let out = run("child-vault.sh");
    if !out.starts_with("skipping:") {
        assert!(out.contains("refused as expected (exit 5)"), "{out}");
    }
}

/// Two parents, two laptops, one folder: both end the same, mask kept.
#[test]
fn two_devices() {
    let out = run("two-devices.sh");
    assert!(out.contains("\"masked\": true"), "{out}");
    assert!(out.contains("(this one)"), "{out}");
}

#[test]
fn every_script_in_examples_is_run_by_this_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let this = include_str!("examples.rs");
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.ends_with(".sh") {
            assert!(
                this.contains(&format!("run(\"{name}\")")),
                "examples/{name} is not run by tests/examples.rs"
            );
        }
    }
}
