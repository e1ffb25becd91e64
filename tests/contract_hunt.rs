//! Defects found by driving the real binary against the command contract
//! (cli.md "Several machines", "Imports and automation"); one regression
//! test each.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use common::{assert_error, Env};

fn remote_blobs(remote: &Path) -> BTreeSet<String> {
    std::fs::read_dir(remote.join("blobs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

fn ids(env: &Env) -> Vec<String> {
    let v = env.json(&["list"]);
    let mut out: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

/// A vault with a folder remote, and a clone of it on a second machine.
fn two_machines() -> (Env, Env, PathBuf) {
    let a = Env::new();
    let b = Env::bare();
    let remote = a.path("remote");
    std::fs::create_dir_all(&remote).unwrap();
    a.cmd()
        .args(["key", "add", &b.recipient])
        .assert()
        .success();
    a.add("bilan.txt", b"bilan sanguin", &[]);
    a.cmd()
        .args(["remote", "add", "usb", remote.to_str().unwrap()])
        .assert()
        .success();
    a.cmd().args(["sync"]).assert().success();
    b.json(&["clone", remote.to_str().unwrap()]);
    (a, b, remote)
}

/// A document's content that a remote serves truncated, or swapped for
/// another document's, is exit 6 at `sync`, and nothing of it reaches the
/// replica: `check` still passes, no document is added, and the replica
/// does not push the damage back. Once the remote serves the right file,
/// the same sync goes through. (Before: exit 0, and the replica's own
/// `check` failed from then on.)
#[test]
fn sync_refuses_a_damaged_or_swapped_blob_from_the_remote() {
    let (a, b, remote) = two_machines();
    let before = remote_blobs(&remote);
    a.add("ordonnance.txt", b"amoxicilline 1 g", &[]);
    a.cmd().args(["sync"]).assert().success();
    let new: Vec<String> = remote_blobs(&remote).difference(&before).cloned().collect();
    assert_eq!(new.len(), 1, "{new:?}");
    let path = remote.join("blobs").join(&new[0]);
    let good = std::fs::read(&path).unwrap();
    let docs_before = ids(&b);

    let other = std::fs::read(remote.join("blobs").join(before.iter().next().unwrap())).unwrap();
    for bad in [good[..100].to_vec(), b"garbage".to_vec(), other] {
        std::fs::write(&path, &bad).unwrap();
        let out = b.run(&["sync"]);
        assert_error(&out, 6, "blobs/");
        assert!(out.2.contains(new[0].trim_end_matches(".age")), "{}", out.2);
        b.cmd().args(["check"]).assert().success();
        assert_eq!(ids(&b), docs_before);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            bad,
            "the damage was not pushed back"
        );
    }

    std::fs::write(&path, &good).unwrap();
    b.cmd().args(["sync"]).assert().success();
    b.cmd().args(["check"]).assert().success();
    assert_eq!(ids(&b), ids(&a));
}

/// `clone` of a remote whose copy of a document is damaged is exit 6 and
/// leaves no half-made vault behind.
#[test]
fn clone_refuses_a_damaged_blob_and_leaves_nothing() {
    let (_a, b, remote) = two_machines();
    let second = b.path("second");
    for name in remote_blobs(&remote) {
        let p = remote.join("blobs").join(name);
        let bytes = std::fs::read(&p).unwrap();
        std::fs::write(&p, &bytes[..bytes.len() / 2]).unwrap();
    }
    let out = b.run(&[
        "clone",
        remote.to_str().unwrap(),
        "--vault",
        second.to_str().unwrap(),
    ]);
    assert_error(&out, 6, "blobs/");
    assert!(!second.exists(), "a refused clone leaves no vault");
}

/// A remote name starting with '-' is refused (exit 2, nothing recorded):
/// `carnet sync -x` would read it as a flag, so it could never be synced
/// by name. (Before: accepted.)
#[test]
fn a_remote_name_that_reads_as_a_flag_is_refused() {
    let env = Env::new();
    let dir = env.path("usb");
    let out = env.run(&["remote", "add", "--", "-x", dir.to_str().unwrap()]);
    assert_error(&out, 2, "\"-x\" is not a remote name");
    assert!(
        out.2.contains("starting with a letter or digit"),
        "{}",
        out.2
    );
    assert_eq!(env.json(&["remote", "list"]), serde_json::json!([]));
}

/// A backup restored on another machine is a working replica: it syncs,
/// and so do the other replicas afterwards. (Before: the restored vault's
/// journal went on from the backed-up device's entry N under its new
/// device id, so every other replica's sync was exit 6 "journal skips
/// from entry 0 to N" from then on; its first sync "repaired" a remote
/// that lacked nothing, from the backed-up device's counters; and what it
/// wrote waited forever elsewhere for the backed-up device's last change,
/// which only the restored replica held.)
#[test]
fn a_restored_replica_and_the_others_keep_syncing() {
    let (a, b, _remote) = two_machines();
    let backup = a.path("carnet.age");
    a.cmd()
        .args(["backup", "-o", backup.to_str().unwrap()])
        .assert()
        .success();
    // A third machine: its own state, the holder's identity.
    let c = Env::bare();
    let restored = c.path("restored");
    let with_a_key = |args: &[&str]| {
        let mut cmd = c.cmd();
        cmd.env("CARNET_IDENTITY", &a.identity)
            .env("CARNET_VAULT", &restored)
            .args(args);
        cmd
    };
    with_a_key(&["restore", backup.to_str().unwrap()])
        .assert()
        .success();
    let p = c.write("radio.txt", b"radio du genou");
    with_a_key(&["add", p.to_str().unwrap()]).assert().success();
    let first = c.json_from(with_a_key(&["--json", "sync"]).arg("usb"));
    assert_eq!(first["repaired"], 0, "{first}");
    assert!(first["pushed"]["changes"].as_u64().unwrap() > 0, "{first}");

    // The backed-up machine may be gone: its last change (the backup's own
    // journal entry) reached the remote through the restored replica, so
    // what that replica wrote merges elsewhere without it.
    b.cmd().args(["sync"]).assert().success();
    assert_eq!(
        ids(&b).len(),
        2,
        "the restored replica's document reached b"
    );
    for env in [&a, &b] {
        let out = env.run(&["sync"]);
        assert_eq!(out.0, 0, "{}", out.2);
        env.cmd().args(["journal", "verify"]).assert().success();
        env.cmd().args(["check"]).assert().success();
    }
    with_a_key(&["sync", "usb"]).assert().success();
    with_a_key(&["journal", "verify"]).assert().success();
    let docs = c.json_from(&mut with_a_key(&["--json", "list"]));
    assert_eq!(docs.as_array().unwrap().len(), 2);
    assert_eq!(ids(&a).len(), 2);
    assert_eq!(ids(&b).len(), 2);
}
