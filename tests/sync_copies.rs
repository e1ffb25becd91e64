//! A local copy of another device's segment that a merge of this replica
//! needs on every open, gone (deleted by hand, a partial restore): `sync`
//! fetches it again from the remote; every other command says what is
//! missing and how to get it back (exit 6), and writes nothing.

mod common;

use std::path::{Path, PathBuf};

use common::{assert_error, Env};

fn add(env: &Env, name: &str, content: &str) -> String {
    let p = env.write(name, content.as_bytes());
    let v = env.json(&["add", p.to_str().unwrap(), "--title", name]);
    v[0]["id"].as_str().unwrap().to_string()
}

fn device(env: &Env) -> String {
    std::fs::read_to_string(env.vault.join("device"))
        .unwrap()
        .trim()
        .to_string()
}

/// A's vault with a folder remote, B's clone; then A adds a document and
/// syncs, and B's sync merges it. Returns (A, B, remote, A's segment
/// copy in B's vault that B's next open replays).
fn merged() -> (Env, Env, PathBuf, PathBuf) {
    let a = Env::new();
    let b = Env::bare();
    let remote = a.path("remote");
    std::fs::create_dir_all(&remote).unwrap();
    a.cmd()
        .args(["key", "add", &b.recipient])
        .assert()
        .success();
    add(&a, "bilan.txt", "bilan sanguin");
    a.cmd()
        .args(["remote", "add", "usb", remote.to_str().unwrap()])
        .assert()
        .success();
    a.cmd().args(["sync"]).assert().success();
    b.json(&["clone", remote.to_str().unwrap()]);
    add(&a, "radio.txt", "radio du genou");
    a.cmd().args(["sync"]).assert().success();
    b.json(&["sync"]);
    assert_eq!(b.json(&["list"]).as_array().unwrap().len(), 2);
    let dir = b.vault.join("log").join(device(&a));
    let mut copies: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    copies.sort();
    let last = copies.pop().expect("a copy of A's segment");
    (a, b, remote, last)
}

fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in walk(dir) {
        out.push((e.clone(), std::fs::read(&e).unwrap()));
    }
    out.sort();
    out
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// The vault's files and their bytes, but the write lock (a file every
/// command may create) and temp files.
fn snapshot(env: &Env) -> Vec<(PathBuf, Vec<u8>)> {
    files(&env.vault)
        .into_iter()
        .filter(|(p, _)| {
            let n = p.file_name().unwrap().to_string_lossy();
            !n.ends_with(".lock") && !n.ends_with(".tmp")
        })
        .collect()
}

#[test]
fn sync_fetches_a_missing_copy_again_and_other_commands_say_so() {
    let (a, b, _remote, copy) = merged();
    let bytes = std::fs::read(&copy).unwrap();
    std::fs::remove_file(&copy).unwrap();
    let before = snapshot(&b);
    // Every other command: exit 6, the copy named, `carnet sync` as the
    // way out; no raw I/O error, nothing written.
    for args in [&["list"][..], &["check"], &["status"]] {
        let out = b.run(args);
        assert_error(&out, 6, "is missing");
        assert!(out.2.contains("carnet sync"), "{args:?}: {}", out.2);
        assert!(out.2.contains(&copy.display().to_string()), "{}", out.2);
        assert!(!out.2.contains("entity not found"), "{}", out.2);
    }
    // In French too (Mon espace santé words: the remote is the "dépôt distant").
    let out = b
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["list"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "{err}");
    assert!(err.contains("est manquante"), "{err}");
    assert!(err.contains("dépôt distant"), "{err}");
    assert_eq!(snapshot(&b), before, "a failed command wrote to the vault");
    // `sync` fetches it again (the same bytes) and goes on.
    let out = b.cmd().args(["sync"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("fetched again from the remote 1"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(std::fs::read(&copy).unwrap(), bytes);
    assert_eq!(b.json(&["list"]).as_array().unwrap().len(), 2);
    b.cmd().args(["check"]).assert().success();
    b.cmd().args(["journal", "verify"]).assert().success();
    // And the replicas still converge.
    add(&b, "ordo.txt", "ordonnance");
    b.json(&["sync"]);
    a.json(&["sync"]);
    let ids = |e: &Env| {
        let mut v: Vec<String> = e
            .json(&["list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(ids(&a), ids(&b));
    assert_eq!(ids(&a).len(), 3);
}

#[test]
fn a_whole_missing_device_folder_is_fetched_again() {
    let (_a, b, _remote, copy) = merged();
    let dir = copy.parent().unwrap().to_path_buf();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_error(&b.run(&["list"]), 6, "is missing");
    let v = b.json(&["sync"]);
    assert!(v["refetched"].as_u64().unwrap() >= 1, "{v}");
    assert!(copy.is_file());
    assert_eq!(b.json(&["list"]).as_array().unwrap().len(), 2);
    b.cmd().args(["check"]).assert().success();
}

#[test]
fn a_copy_the_remote_lacks_too_is_exit_6_and_changes_nothing() {
    let (_a, b, remote, copy) = merged();
    let dev = copy.parent().unwrap().file_name().unwrap().to_owned();
    let on_remote = remote
        .join("log")
        .join(&dev)
        .join(copy.file_name().unwrap());
    assert!(on_remote.is_file(), "{on_remote:?}");
    let bytes = std::fs::read(&copy).unwrap();
    std::fs::remove_file(&copy).unwrap();
    std::fs::remove_file(&on_remote).unwrap();
    let before = snapshot(&b);
    let out = b.run(&["sync"]);
    assert_error(&out, 6, "does not have it either");
    assert!(out.2.contains("from a backup"), "{}", out.2);
    assert!(
        out.2.contains(&dev.to_string_lossy().to_string()),
        "{}",
        out.2
    );
    assert_eq!(snapshot(&b), before);
    assert!(!copy.exists());
    // The copy put back by hand (from another machine): all opens again.
    std::fs::write(&copy, &bytes).unwrap();
    assert_eq!(b.json(&["list"]).as_array().unwrap().len(), 2);
}

/// A remote that serves another segment under the missing one's name
/// (here the device's previous one): refused as the pull refuses it,
/// and nothing is kept.
#[test]
fn a_copy_the_remote_serves_wrong_is_refused() {
    let (_a, b, remote, copy) = merged();
    let dev = copy.parent().unwrap().file_name().unwrap().to_owned();
    let name = copy.file_name().unwrap().to_string_lossy().to_string();
    let seq: u64 = name.parse().unwrap();
    assert!(seq > 1, "{name}");
    let dir = remote.join("log").join(&dev);
    let prev = std::fs::read(dir.join(format!("{:012}", seq - 1))).unwrap();
    std::fs::write(dir.join(&name), prev).unwrap();
    std::fs::remove_file(&copy).unwrap();
    let before = snapshot(&b);
    let out = b.run(&["sync"]);
    assert_error(&out, 6, "it was not kept");
    eprintln!("{}", out.2);
    assert!(!out.2.contains("entity not found"), "{}", out.2);
    assert_eq!(snapshot(&b), before);
    assert!(!copy.exists());
}

/// Through the unlock agent (the command holds no key of its own): the
/// same repair, and the agent left as it was.
#[test]
fn sync_through_the_agent_fetches_it_again_too() {
    let (_a, b, _remote, copy) = merged();
    let out = b
        .cmd()
        .args(["--json", "agent", "start", "--ttl", "10m"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let _agent = Agent(v["pid"].as_u64().unwrap() as u32);
    std::fs::remove_file(&copy).unwrap();
    let through_agent = |args: &[&str]| {
        b.cmd()
            .env_remove("CARNET_IDENTITY")
            .args(args)
            .output()
            .unwrap()
    };
    let out = through_agent(&["list"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(String::from_utf8_lossy(&out.stderr).contains("carnet sync"));
    let out = through_agent(&["sync"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(copy.is_file());
    let out = through_agent(&["--json", "list"]);
    assert!(out.status.success());
    let docs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(docs.as_array().unwrap().len(), 2);
    b.cmd().args(["agent", "stop"]).assert().success();
    b.cmd().args(["check"]).assert().success();
}

/// Kills the agent a test started if the test ends before stopping it.
struct Agent(u32);

impl Drop for Agent {
    fn drop(&mut self) {
        let ours = std::fs::read(format!("/proc/{}/cmdline", self.0))
            .is_ok_and(|c| String::from_utf8_lossy(&c).contains("agent"));
        if ours {
            // SAFETY: a signal to the agent this test started (by its pid).
            unsafe { libc::kill(self.0 as i32, libc::SIGKILL) };
        }
    }
}
