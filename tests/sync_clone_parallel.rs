//! Clones and pulls of many documents (issue 15): contents arrive in
//! batches, several at once, made durable once per batch. A clone killed
//! at any point does not open as a vault, and `carnet clone` into the same
//! directory again completes it, keeping what had arrived.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use common::Env;
use serde_json::Value;

/// More than one batch of `vault/replica/fetch.rs`.
const MANY: usize = 300;

/// `n` small documents of distinct contents in a folder of `env`'s temp dir.
fn documents(env: &Env, folder: &str, n: usize) -> PathBuf {
    let dir = env.path(folder);
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..n {
        std::fs::write(
            dir.join(format!("{folder}-{i:03}.txt")),
            format!("{folder} {i}: {}", "compte rendu ".repeat(i % 40)),
        )
        .unwrap();
    }
    dir
}

/// Parent A's vault holding `n` documents, synced to a folder remote, and
/// B, a machine whose identity A added (B has no vault yet).
fn origin_and_machine(n: usize) -> (Env, Env, PathBuf) {
    let a = Env::new();
    let b = Env::bare();
    a.cmd()
        .args(["key", "add", &b.recipient])
        .assert()
        .success();
    if n > 0 {
        let dir = documents(&a, "lot", n);
        a.cmd()
            .args(["add", "-r", dir.to_str().unwrap()])
            .assert()
            .success();
    }
    let remote = a.path("remote");
    std::fs::create_dir_all(&remote).unwrap();
    a.cmd()
        .args(["remote", "add", "usb", remote.to_str().unwrap()])
        .assert()
        .success();
    a.cmd().arg("sync").assert().success();
    (a, b, remote)
}

/// What the vault `vault` holds, read through `env`: its documents (id,
/// title, size...) and the content of a few of them. `check` (which
/// decrypts and hashes every blob) vouches for the rest.
fn holdings(env: &Env, vault: &Path) -> (Value, Vec<Vec<u8>>) {
    let v = vault.to_str().unwrap();
    env.cmd().args(["--vault", v, "check"]).assert().success();
    let mut list = env.json(&["--vault", v, "list"]);
    let docs = list.as_array_mut().unwrap();
    docs.sort_by(|x, y| x["id"].as_str().cmp(&y["id"].as_str()));
    let n = docs.len();
    let mut sample = Vec::new();
    for k in [0, n / 2, n.saturating_sub(1)]
        .into_iter()
        .filter(|_| n > 0)
    {
        let id = docs[k]["id"].as_str().unwrap();
        let got = env
            .cmd()
            .args(["--vault", v, "get", id, "-o", "-"])
            .output()
            .unwrap();
        assert!(got.status.success(), "get {id}: {got:?}");
        sample.push(got.stdout);
    }
    (list, sample)
}

/// Names in `vault/blobs` that are not blobs (temp files).
fn stray_files(vault: &Path) -> Vec<String> {
    std::fs::read_dir(vault.join("blobs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.') || !n.ends_with(".age"))
        .collect()
}

/// Inode of each blob in `vault/blobs`, by name.
fn blob_inodes(vault: &Path) -> BTreeMap<String, u64> {
    let Ok(rd) = std::fs::read_dir(vault.join("blobs")) else {
        return BTreeMap::new();
    };
    rd.map(|e| e.unwrap())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".age"))
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().unwrap().ino(),
            )
        })
        .collect()
}

fn clone_into(b: &Env, remote: &Path, vault: &Path) -> Value {
    b.json(&[
        "--vault",
        vault.to_str().unwrap(),
        "clone",
        remote.to_str().unwrap(),
    ])
}

#[test]
fn a_clone_of_many_documents_holds_every_content_and_no_temp_file() {
    let (a, b, remote) = origin_and_machine(MANY);
    let clone = b.path("clone");
    clone_into(&b, &remote, &clone);
    let want = holdings(&a, &a.vault);
    assert_eq!(want.0.as_array().unwrap().len(), MANY);
    assert_eq!(holdings(&b, &clone), want);
    assert!(stray_files(&clone).is_empty(), "{:?}", stray_files(&clone));
    let v = clone.to_str().unwrap();
    b.cmd()
        .args(["--vault", v, "journal", "verify"])
        .assert()
        .success();
}

#[test]
fn a_sync_pulls_many_new_documents_in_batches() {
    let (a, b, remote) = origin_and_machine(1);
    let clone = b.path("clone");
    clone_into(&b, &remote, &clone);
    let dir = documents(&a, "suite", MANY);
    a.cmd()
        .args(["add", "-r", dir.to_str().unwrap()])
        .assert()
        .success();
    a.cmd().arg("sync").assert().success();
    let r = b.json(&["--vault", clone.to_str().unwrap(), "sync"]);
    assert_eq!(r["pulled"]["blobs"], MANY, "{r}");
    assert_eq!(holdings(&b, &clone), holdings(&a, &a.vault));
    assert!(stray_files(&clone).is_empty(), "{:?}", stray_files(&clone));
}

#[test]
fn a_clone_killed_at_any_point_is_refused_then_completed_by_a_rerun() {
    let (a, b, remote) = origin_and_machine(MANY);
    let want = holdings(&a, &a.vault);
    let mut refused = 0;
    for (k, delay_ms) in [1u64, 5, 15, 30, 60, 100, 160, 250, 400]
        .into_iter()
        .enumerate()
    {
        let clone = b.path(&format!("clone-{k}"));
        let v = clone.to_str().unwrap();
        let mut child = b
            .std_cmd()
            .args(["--vault", v, "clone", remote.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let finished = child.wait().unwrap().success();
        if finished {
            assert_eq!(holdings(&b, &clone), want, "after {delay_ms} ms");
            continue;
        }
        // Whatever the kill left is not taken for a vault.
        if clone.exists() {
            let out = b.run(&["--vault", v, "list"]);
            if out.0 == 0 {
                // Killed during the final sync: every document is there.
                assert_eq!(holdings(&b, &clone), want, "after {delay_ms} ms");
                continue;
            }
            common::assert_error(&out, 4, "");
            refused += 1;
        }
        let kept = blob_inodes(&clone);
        clone_into(&b, &remote, &clone);
        assert_eq!(holdings(&b, &clone), want, "after {delay_ms} ms");
        assert!(stray_files(&clone).is_empty(), "{:?}", stray_files(&clone));
        // What had arrived was kept, not fetched again.
        let now = blob_inodes(&clone);
        for (name, ino) in &kept {
            assert_eq!(now.get(name), Some(ino), "{name} after {delay_ms} ms");
        }
        b.cmd()
            .args(["--vault", v, "journal", "verify"])
            .assert()
            .success();
    }
    // The delays span the clone: some kills landed while it fetched.
    assert!(refused > 0);
}
