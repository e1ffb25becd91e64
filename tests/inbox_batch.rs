//! `inbox add` of a batch (docs/inbox.md): items are encrypted on every
//! core into temp files, made durable with one sync, then renamed into
//! view, so a scanner killed at any point leaves whole items or none; a
//! batch with a bad input writes nothing unless `--keep-going`, which
//! writes the rest and exits 8.

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::process::Command as StdCommand;
use std::time::Duration;

use common::Env;
use serde_json::Value;

/// `carnet` as a scanner runs it: the vault folder, and no secret at all.
fn scanner(env: &Env) -> StdCommand {
    let mut c = StdCommand::new(env!("CARGO_BIN_EXE_carnet"));
    c.current_dir(env.dir.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.path("scanner-home"))
        .env("XDG_STATE_HOME", env.path("scanner-state"))
        .env("XDG_DATA_HOME", env.path("scanner-data"))
        .env("CARNET_VAULT", &env.vault)
        .env("CARNET_NO_INPUT", "1")
        .env("NO_COLOR", "1");
    c
}

fn run(mut c: StdCommand, args: &[&str]) -> (i32, String, String) {
    let out = c.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Names in `inbox/`: (items, temp files).
fn inbox_files(env: &Env) -> (Vec<String>, Vec<String>) {
    let (mut items, mut temps) = (Vec::new(), Vec::new());
    if let Ok(rd) = std::fs::read_dir(env.vault.join("inbox")) {
        for e in rd.flatten() {
            let n = e.file_name().to_string_lossy().into_owned();
            if n.ends_with(".age") {
                items.push(n);
            } else if n.starts_with(".tmp-") {
                temps.push(n);
            }
        }
    }
    (items, temps)
}

fn scans(env: &Env, n: usize, size: usize) -> std::path::PathBuf {
    let dir = env.path("scans");
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..n {
        let mut body = format!("%PDF scan {i} ").into_bytes();
        body.resize(size, b'a' + (i % 26) as u8);
        std::fs::write(dir.join(format!("scan-{i:03}.pdf")), body).unwrap();
    }
    dir
}

fn rejected(env: &Env) -> usize {
    std::fs::read_dir(env.vault.join("inbox").join("rejected")).map_or(0, |rd| rd.count())
}

fn titles(env: &Env) -> HashSet<String> {
    env.json(&["list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["title"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_scanner_killed_at_any_point_leaves_whole_items_or_none() {
    let env = Env::new();
    const N: usize = 48;
    let dir = scans(&env, N, 300 * 1024);
    let dir = dir.to_str().unwrap();
    for ms in [0u64, 3, 8, 15, 25, 40, 60, 90, 130, 180] {
        let mut child = scanner(&env)
            .args(["inbox", "add", "-r", dir, "-q"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        let _ = child.kill();
        let _ = child.wait();
        // Every visible item is whole: the fold takes each one and
        // rejects none (a torn item would be moved to rejected/).
        let (items, _) = inbox_files(&env);
        let out = env.run(&["inbox", "import"]);
        assert_eq!(out.0, 0, "after a kill at {ms} ms: {}", out.2);
        assert_eq!(rejected(&env), 0, "a torn item after a kill at {ms} ms");
        assert!(
            inbox_files(&env).0.is_empty(),
            "{} items left after the fold of {}",
            inbox_files(&env).0.len(),
            items.len()
        );
        assert_eq!(env.run(&["check"]).0, 0);
    }
    // A run to the end, then the fold: every scan once, none twice.
    let out = run(scanner(&env), &["inbox", "add", "-r", dir, "-q"]);
    assert_eq!(out.0, 0, "{}", out.2);
    assert_eq!(inbox_files(&env).0.len(), N);
    env.run(&["inbox", "import"]);
    assert_eq!(titles(&env).len(), N);
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), N);
    assert_eq!(rejected(&env), 0);
}

#[test]
fn a_batch_with_a_file_too_large_writes_nothing_unless_keep_going() {
    let env = Env::new();
    let dir = scans(&env, 5, 10 * 1024);
    // A sparse file past the largest item a fold takes (512 MiB).
    let big = dir.join("huge-scan.pdf");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(513 << 20)
        .unwrap();
    let d = dir.to_str().unwrap();

    let out = run(scanner(&env), &["inbox", "add", "-r", d, "--json"]);
    assert_eq!(out.0, 2, "{}", out.2);
    assert!(out.2.contains("huge-scan.pdf"), "{}", out.2);
    let (items, temps) = inbox_files(&env);
    assert!(items.is_empty() && temps.is_empty(), "{items:?} {temps:?}");

    let out = run(
        scanner(&env),
        &["inbox", "add", "-r", d, "--keep-going", "--json"],
    );
    assert_eq!(out.0, 8, "{}", out.2);
    let rows: Value = serde_json::from_str(&out.1).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 6, "{rows:?}");
    let refused: Vec<&Value> = rows.iter().filter(|r| r.get("error").is_some()).collect();
    assert_eq!(refused.len(), 1);
    assert!(refused[0]["source"]
        .as_str()
        .unwrap()
        .ends_with("huge-scan.pdf"));
    // Every written row names its source and an item that is there.
    let (items, temps) = inbox_files(&env);
    assert!(temps.is_empty(), "{temps:?}");
    let items: HashSet<String> = items.into_iter().collect();
    for r in rows.iter().filter(|r| r.get("item").is_some()) {
        assert!(items.contains(r["item"].as_str().unwrap()), "{r}");
        assert!(Path::new(r["source"].as_str().unwrap()).starts_with(&dir));
    }
    assert_eq!(items.len(), 5);
    env.run(&["inbox", "import"]);
    assert_eq!(titles(&env).len(), 5);
}
