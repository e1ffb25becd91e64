//! Rekey across replicas (issue 15, docs/sync.md "Rekey and handover
//! across devices"): a rekey on one replica reaches the others that still
//! hold an unlock method at their next sync, loses nothing either side,
//! and leaves out a removed device.

mod common;

use std::path::PathBuf;

use common::Env;
use serde_json::Value;

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

fn add(env: &Env, name: &str, content: &str) -> String {
    let p = env.write(name, content.as_bytes());
    let v = env.json(&["add", p.to_str().unwrap(), "--title", name]);
    v[0]["id"].as_str().unwrap().to_string()
}

fn content(env: &Env, id: &str) -> Vec<u8> {
    let out = env.cmd().args(["get", id, "-o", "-"]).output().unwrap();
    assert!(
        out.status.success(),
        "get {id}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Parent A's vault with a folder remote, and parent B's clone (its own
/// identity, added by A), both having synced once each way.
fn two_parents() -> (Env, Env, PathBuf) {
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
    sync(&b);
    sync(&a);
    (a, b, remote)
}

fn sync(env: &Env) -> Value {
    env.json(&["sync"])
}

fn verify_all(env: &Env) {
    env.cmd().args(["journal", "verify"]).assert().success();
    env.cmd().args(["check"]).assert().success();
}

/// Every document reads the same on both replicas.
fn same_documents(a: &Env, b: &Env) {
    let (ia, ib) = (ids(a), ids(b));
    assert_eq!(ia, ib, "replicas hold different documents");
    for id in &ia {
        let ca = content(a, id);
        assert_eq!(ca, content(b, id), "document {id}");
    }
}

#[test]
fn a_rekey_reaches_the_other_replica_and_its_offline_writes_survive() {
    let (a, b, _) = two_parents();
    let before = ids(&a)[0].clone();
    // B writes offline, under the old key; A re-keys and writes after it.
    let b_doc = add(&b, "ordo.txt", "ordonnance hors ligne");
    a.cmd().args(["rekey"]).assert().success();
    let a_doc = add(&a, "radio.txt", "radio après le rekey");
    sync(&a);
    sync(&b);
    sync(&a);
    same_documents(&a, &b);
    assert_eq!(ids(&a).len(), 3);
    assert_eq!(content(&b, &a_doc), b"radio apr\xc3\xa8s le rekey");
    assert_eq!(content(&a, &b_doc), b"ordonnance hors ligne");
    assert_eq!(content(&a, &before), b"bilan sanguin");
    // B follows the rekey: its journal says so.
    let j = b.json(&["journal", "--action", "vault.rekey"]);
    assert!(!j.as_array().unwrap().is_empty(), "{j}");
    // Later writes keep flowing both ways, under the new key.
    let c = add(&b, "vaccin.txt", "vaccin");
    sync(&b);
    sync(&a);
    assert_eq!(content(&a, &c), b"vaccin");
    verify_all(&a);
    verify_all(&b);
}

#[test]
fn a_rekey_with_concurrent_changes_converges_in_either_order() {
    for b_first in [true, false] {
        let (a, b, _) = two_parents();
        a.cmd().args(["rekey"]).assert().success();
        add(&a, "a.txt", "écrit par A");
        add(&b, "b.txt", "écrit par B");
        let d0 = ids(&b)[0].clone();
        b.cmd().args(["mask", &d0]).assert().success();
        if b_first {
            // B's old-key changes reach the remote before A publishes its
            // rekey: A reads them with the old key and re-encrypts.
            sync(&b);
            sync(&a);
            sync(&b);
        } else {
            sync(&a);
            sync(&b);
        }
        sync(&a);
        sync(&b);
        same_documents(&a, &b);
        assert_eq!(ids(&a).len(), 3, "b_first={b_first}");
        assert_eq!(a.json(&["show", &d0])["masked"], true);
        verify_all(&a);
        verify_all(&b);
        // A clone made now opens with the new key's wrappers.
        let c = Env::bare();
        a.cmd()
            .args(["key", "add", &c.recipient])
            .assert()
            .success();
        sync(&a);
        let remote = a.path("remote");
        c.json(&["clone", remote.to_str().unwrap()]);
        same_documents(&a, &c);
    }
}

#[test]
fn a_removed_device_cannot_follow_the_rekey_that_follows_its_removal() {
    let (a, b, remote) = two_parents();
    let before = ids(&b);
    let dev_b = {
        let v = b.json(&["device", "list"]);
        v.as_array()
            .unwrap()
            .iter()
            .find(|d| d["this"] == true)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };
    a.cmd().args(["device", "rm", &dev_b]).assert().success();
    a.cmd().args(["rekey"]).assert().success();
    // B's own method (its identity, recorded when it cloned) is gone.
    let keys = a.json(&["key", "list"]);
    assert!(
        !keys.to_string().contains(&b.recipient),
        "the removed device's recipient is still an unlock method: {keys}"
    );
    let secret = add(&a, "secret.txt", "écrit après le retrait");
    sync(&a);
    let (code, _, err) = b.run(&["sync"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("re-keyed"), "{err}");
    // What B held before stays readable there; nothing newer.
    assert_eq!(ids(&b), before);
    assert!(!ids(&b).contains(&secret));
    // The rekey's wrappers on the remote leave B's identity out.
    let epoch = remote.join("epoch");
    let names: Vec<String> = std::fs::read_dir(&epoch)
        .unwrap()
        .flatten()
        .flat_map(|e| std::fs::read_dir(e.path().join("keys")).unwrap().flatten())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.is_empty());
    let b_file = format!(
        "r-{}.age",
        &blake3::hash(b.recipient.as_bytes()).to_hex()[..20]
    );
    assert!(!names.contains(&b_file), "{names:?}");
    verify_all(&a);
    verify_all(&b);
}

/// Runs carnet in `env` with another identity file.
fn run_with(env: &Env, identity: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = env
        .std_cmd()
        .env_remove("CARNET_VAULT")
        .env("CARNET_IDENTITY", identity)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok_with(env: &Env, identity: &std::path::Path, args: &[&str]) -> String {
    let (code, out, err) = run_with(env, identity, args);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

#[test]
fn a_handover_reaches_the_other_guardian_s_replica_and_cuts_it_off() {
    // Guardian A: a vault and a child's profile `lea` (16).
    let a = Env::bare();
    let born = format!("{}-01-01", time::OffsetDateTime::now_utc().year() - 16);
    ok_with(
        &a,
        &a.identity,
        &[
            "init",
            "--name",
            "Camille Martin",
            "--no-passphrase",
            "--recipient",
            &a.recipient,
        ],
    );
    ok_with(
        &a,
        &a.identity,
        &[
            "profile",
            "create",
            "lea",
            "--birth-date",
            &born,
            "--name",
            "Léa Martin",
        ],
    );
    // Guardian B, on another machine, with its own identity.
    let b = Env::bare();
    ok_with(
        &a,
        &a.identity,
        &["profile", "guardian", "add", "lea", &b.recipient],
    );
    let p = a.write("bilan.txt", b"bilan de Lea");
    ok_with(
        &a,
        &a.identity,
        &["--profile", "lea", "add", p.to_str().unwrap()],
    );
    let remote = a.path("remote");
    std::fs::create_dir_all(&remote).unwrap();
    ok_with(
        &a,
        &a.identity,
        &[
            "--profile",
            "lea",
            "remote",
            "add",
            "usb",
            remote.to_str().unwrap(),
        ],
    );
    ok_with(&a, &a.identity, &["--profile", "lea", "sync"]);
    ok_with(
        &b,
        &b.identity,
        &["--profile", "lea", "clone", remote.to_str().unwrap()],
    );
    let before = ok_with(&b, &b.identity, &["--profile", "lea", "list", "--json"]);

    // The handover to the young adult, on A's machine; the adult syncs.
    let (adult, adult_r) = common::new_identity(a.dir.path(), "adult.txt");
    ok_with(
        &a,
        &a.identity,
        &[
            "profile",
            "handover",
            "lea",
            "--recipient",
            &adult_r,
            "--force",
        ],
    );
    ok_with(&a, &adult, &["--profile", "lea", "sync"]);
    let p = a.write("apres.txt", b"ecrit par Lea adulte");
    ok_with(
        &a,
        &adult,
        &["--profile", "lea", "add", p.to_str().unwrap()],
    );
    ok_with(&a, &adult, &["--profile", "lea", "sync"]);

    // B's replica learns it at its sync: cut off, exit 3, told why.
    let (code, _, err) = run_with(&b, &b.identity, &["--profile", "lea", "sync"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("handed over"), "{err}");
    // What B held before stays; nothing written after reaches it.
    let (code, out, err) = run_with(&b, &b.identity, &["--profile", "lea", "list", "--json"]);
    if code == 0 {
        assert_eq!(out, before);
    } else {
        assert_eq!(code, 3, "{err}");
        assert!(err.contains("handed over"), "{err}");
    }
    // The adult's own new replica opens with the adult's key and holds both.
    let c = Env::bare();
    let (code, _, err) = run_with(
        &c,
        &adult,
        &["--profile", "lea", "clone", remote.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    let list = ok_with(&c, &adult, &["--profile", "lea", "list", "--json"]);
    let v: Value = serde_json::from_str(&list).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2, "{v}");
    ok_with(&a, &adult, &["--profile", "lea", "journal", "verify"]);
    ok_with(&a, &adult, &["--profile", "lea", "check"]);
    ok_with(&c, &adult, &["--profile", "lea", "check"]);
}

#[test]
fn a_rekey_or_its_follow_killed_at_any_point_leaves_both_replicas_recoverable() {
    let (a, b, _) = two_parents();
    for i in 0..6 {
        add(&a, &format!("a{i}.txt"), &format!("from a {i}"));
    }
    add(&b, "b.txt", "from b, offline");
    sync(&a);
    for delay_ms in [2u64, 8, 20, 45, 90] {
        let mut child = a.std_cmd().args(["rekey"]).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        a.cmd().args(["check"]).assert().success();
        let mut child = a.std_cmd().args(["sync"]).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        a.cmd().args(["check"]).assert().success();
        let mut child = b.std_cmd().args(["sync"]).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        b.cmd().args(["check"]).assert().success();
    }
    a.cmd().args(["rekey"]).assert().success();
    sync(&a);
    sync(&b);
    sync(&a);
    sync(&b);
    same_documents(&a, &b);
    assert_eq!(ids(&a).len(), 8);
    verify_all(&a);
    verify_all(&b);
}

/// A sync killed after it merged another replica's transition and before
/// it took the new key on: the next sync follows it, or every later
/// segment (sealed with the new key) would be unreadable there.
#[test]
fn a_sync_killed_between_merging_a_rekey_and_following_it_follows_it_next_time() {
    let (a, b, _) = two_parents();
    add(&b, "b.txt", "from b, offline");
    for delay_ms in [5u64, 15, 25, 35, 50, 70, 100] {
        a.cmd().args(["rekey"]).assert().success();
        sync(&a);
        let mut child = b.std_cmd().args(["sync"]).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        b.cmd().args(["check"]).assert().success();
        sync(&b);
    }
    sync(&a);
    same_documents(&a, &b);
    assert_eq!(ids(&a).len(), 2);
    verify_all(&b);
}
