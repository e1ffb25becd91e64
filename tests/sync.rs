//! Several machines (issue 15): replicas of one vault on "machines" that
//! share nothing but a folder remote (each test env has its own HOME,
//! state dir and identity), syncing in every order.

mod common;

use std::path::{Path, PathBuf};

use common::{Env, RPPS_A, RPPS_B};
use serde_json::Value;

/// A second machine: its own temp dir, state dir and identity; its vault
/// is a clone.
fn machine() -> Env {
    Env::bare()
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

fn state(env: &Env) -> Value {
    let docs = env.json(&["list"]);
    // The number `status` keeps (schema 5's triggers, moved by every
    // replay and merge) is the documents' on every replica.
    let listed = docs.as_array().map_or(0, |d| d.len()) as u64;
    assert_eq!(env.json(&["status"])["documents"].as_u64(), Some(listed));
    serde_json::json!({
        "docs": docs,
        "pros": env.json(&["pro", "list"]),
        "grants": env.json(&["grants", "--all"]),
    })
}

fn add(env: &Env, name: &str, content: &str) -> String {
    let p = env.write(name, content.as_bytes());
    let v = env.json(&["add", p.to_str().unwrap(), "--title", name]);
    v[0]["id"].as_str().unwrap().to_string()
}

/// Parent A's vault with a remote, and parent B's clone of it (B has its
/// own identity, added to the vault by A).
fn two_parents() -> (Env, Env, PathBuf) {
    let a = Env::new();
    let b = machine();
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
    let v = b.json(&["clone", remote.to_str().unwrap()]);
    assert!(v["device"].as_str().unwrap().len() == 16, "{v}");
    (a, b, remote)
}

fn sync(env: &Env) -> Value {
    env.json(&["sync"])
}

fn verify_all(env: &Env) {
    env.cmd().args(["journal", "verify"]).assert().success();
    env.cmd().args(["check"]).assert().success();
}

#[test]
fn a_clone_opens_with_its_own_identity_and_holds_the_documents() {
    let (a, b, _) = two_parents();
    assert_eq!(ids(&a), ids(&b));
    let id = &ids(&b)[0];
    let out = b.cmd().args(["get", id, "-o", "-"]).output().unwrap();
    assert_eq!(out.stdout, b"bilan sanguin");
    verify_all(&b);
    // The clone's remote is `origin`.
    let r = b.json(&["remote", "list"]);
    assert_eq!(r[0]["name"], "origin");
    // Two devices, each knowing the other after a round of syncs.
    sync(&b);
    sync(&a);
    assert_eq!(a.json(&["device", "list"]).as_array().unwrap().len(), 2);
}

#[test]
fn two_parents_change_things_concurrently_and_converge_in_either_order() {
    for a_first in [true, false] {
        let (a, b, _) = two_parents();
        let d0 = ids(&a)[0].clone();
        a.cmd()
            .args(["pro", "add", RPPS_A, "--name", "Dr Dubois"])
            .assert()
            .success();
        sync(&a);
        sync(&b);
        // Concurrently: A masks and adds; B adds, edits, grants; A blocks
        // the professional B grants to.
        a.cmd().args(["mask", &d0]).assert().success();
        add(&a, "radio.txt", "radio du genou");
        a.cmd().args(["pro", "block", RPPS_A]).assert().success();
        add(&b, "ordo.txt", "ordonnance");
        b.cmd()
            .args(["pro", "add", RPPS_B, "--name", "Dr Martin"])
            .assert()
            .success();
        b.cmd().args(["unmask", &d0]).assert().success();
        // B has not seen the block yet: its grant is made here...
        b.cmd()
            .args(["grant", RPPS_A, "--for", "7d"])
            .assert()
            .success();
        let (first, second) = if a_first { (&a, &b) } else { (&b, &a) };
        sync(first);
        sync(second);
        sync(first);
        assert_eq!(state(&a), state(&b), "replicas differ (a_first={a_first})");
        assert_eq!(ids(&a).len(), 3);
        let shown = a.json(&["show", &d0]);
        assert_eq!(
            shown["masked"], true,
            "mask beats a concurrent unmask: {shown}"
        );
        // ...and the block beats it on every replica.
        let grants = a.json(&["grants", "--all"]);
        assert!(
            grants
                .as_array()
                .unwrap()
                .iter()
                .all(|g| g["state"] != "active"),
            "{grants}"
        );
        let pros = b.json(&["pro", "list"]);
        let dubois = pros
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["rpps"] == RPPS_A)
            .unwrap();
        assert_eq!(dubois["blocked"], true, "{dubois}");
        verify_all(&a);
        verify_all(&b);
    }
}

/// The segment files of a device on a folder remote, in order.
fn segments(remote: &Path, device: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(remote.join("log").join(device))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_str().unwrap().starts_with('.'))
        .collect();
    v.sort();
    v
}

fn device_of(env: &Env) -> String {
    let v = env.json(&["device", "list"]);
    v.as_array()
        .unwrap()
        .iter()
        .find(|d| d["this"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn a_remote_holding_another_vault_is_refused() {
    let (_a, _b, remote) = two_parents();
    let c = Env::new();
    c.cmd()
        .args(["remote", "add", "usb", remote.to_str().unwrap()])
        .assert()
        .success();
    let (code, _, err) = c.run(&["sync"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("another vault"), "{err}");
}

#[test]
fn different_content_under_a_known_name_is_refused() {
    let (a, b, remote) = two_parents();
    add(&a, "x.txt", "x");
    sync(&a);
    sync(&b);
    add(&a, "y.txt", "y");
    sync(&a);
    // The newest segment B applied now holds another (valid) segment's bytes.
    let dev = device_of(&a);
    let segs = segments(&remote, &dev);
    let n = segs.len();
    let older = std::fs::read(&segs[n - 3]).unwrap();
    std::fs::write(&segs[n - 2], older).unwrap();
    let (code, _, err) = b.run(&["sync"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("different content"), "{err}");
    // A damaged segment B has not applied yet is refused too.
    let (_a2, b2, remote2) = two_parents();
    let _ = b2;
    let dev2 = device_of(&_a2);
    add(&_a2, "z.txt", "z");
    sync(&_a2);
    let last = segments(&remote2, &dev2).pop().unwrap();
    let mut bytes = std::fs::read(&last).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid] ^= 1;
    std::fs::write(&last, bytes).unwrap();
    let (code, _, err) = b2.run(&["sync"]);
    assert_eq!(code, 6, "{err}");
}

#[test]
fn a_remote_rolled_back_to_an_older_copy_is_repaired_by_the_next_sync() {
    let (a, b, remote) = two_parents();
    let old = a.path("remote-old");
    copy_dir(&remote, &old);
    add(&a, "later.txt", "later");
    sync(&a);
    // The remote goes back to yesterday's copy (a restored NAS backup).
    std::fs::remove_dir_all(&remote).unwrap();
    std::fs::rename(&old, &remote).unwrap();
    let out = a.cmd().args(["sync"]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pushed again"), "{err}");
    sync(&b);
    assert_eq!(ids(&a), ids(&b));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let t = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &t);
        } else {
            std::fs::copy(e.path(), t).unwrap();
        }
    }
}

#[test]
fn a_sync_killed_at_any_point_loses_nothing_and_the_next_one_completes() {
    let (a, b, _) = two_parents();
    for i in 0..8 {
        add(&a, &format!("a{i}.txt"), &format!("from a {i}"));
        add(&b, &format!("b{i}.txt"), &format!("from b {i}"));
    }
    for delay_ms in [1u64, 3, 6, 10, 15, 25, 40, 60] {
        let mut child = b.std_cmd().args(["sync"]).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        let mut child = a.std_cmd().args(["sync"]).spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        b.cmd().args(["check"]).assert().success();
        a.cmd().args(["check"]).assert().success();
    }
    sync(&a);
    sync(&b);
    sync(&a);
    assert_eq!(ids(&a).len(), 17);
    assert_eq!(ids(&a), ids(&b));
    verify_all(&a);
    verify_all(&b);
}

#[test]
fn a_removed_device_s_later_changes_are_refused() {
    let (a, b, _) = two_parents();
    sync(&b);
    sync(&a);
    let lost = device_of(&b);
    a.cmd().args(["device", "rm", &lost]).assert().success();
    sync(&a);
    // The lost laptop keeps writing and syncing.
    add(&b, "after.txt", "written after removal");
    sync(&b);
    let out = a.cmd().args(["sync"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("removed device"));
    assert_eq!(ids(&a).len(), 1);
    let list = a.json(&["device", "list"]);
    let row = list
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == lost.as_str())
        .unwrap();
    assert!(row["removed_at"].is_string(), "{row}");
    // This device cannot remove itself.
    let (code, _, _) = a.run(&["device", "rm", &device_of(&a)]);
    assert_eq!(code, 2);
}

#[test]
fn journal_verify_checks_every_device_s_chain() {
    let (a, b, _) = two_parents();
    add(&b, "b.txt", "b");
    sync(&b);
    sync(&a);
    let v = a.json(&["journal", "verify"]);
    assert_eq!(v["ok"], true);
    assert_eq!(v["devices"].as_array().unwrap().len(), 1, "{v}");
    let head = a.json(&["journal", "head"]);
    assert_eq!(head["devices"].as_array().unwrap().len(), 1, "{head}");
    // B's doc.add shows in A's journal, marked with B's device.
    let j = a.json(&["journal", "--action", "doc.add"]);
    assert!(
        j.as_array()
            .unwrap()
            .iter()
            .any(|e| e["device"].is_string()),
        "{j}"
    );
}

#[test]
fn sync_without_a_remote_and_bad_urls_say_what_to_do() {
    let a = Env::new();
    let (code, _, err) = a.run(&["sync"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("remote add"), "{err}");
    let (code, _, err) = a.run(&["remote", "add", "x", "ftp://host/dir"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = a.run(&["remote", "add", "bad name", "/tmp"]);
    assert_eq!(code, 2);
    let (code, _, _) = a.run(&["remote", "rm", "nope"]);
    assert_eq!(code, 4);
    let b = machine();
    let (code, _, err) = b.run(&["clone", a.path("nothing-here").to_str().unwrap()]);
    assert_ne!(code, 0, "{err}");
    assert!(!b.vault.exists());
}

#[test]
fn prune_removes_deleted_documents_contents_after_the_grace_period_only() {
    let (a, b, remote) = two_parents();
    let gone = add(&a, "gone.txt", "to be deleted");
    sync(&a);
    a.cmd().args(["rm", &gone, "--yes"]).assert().success();
    sync(&a);
    let count = || std::fs::read_dir(remote.join("blobs")).unwrap().count();
    let before = count();
    // Within the grace period nothing goes.
    let v = a.json(&["remote", "prune", "usb"]);
    assert_eq!(v["removed"]["blobs"], 0, "{v}");
    assert_eq!(count(), before);
    let v = a.json(&["remote", "prune", "usb", "--grace", "0d"]);
    assert_eq!(v["removed"]["blobs"], 1, "{v}");
    assert_eq!(count(), before - 1);
    // Live documents are still there for every replica and new clones.
    sync(&b);
    assert_eq!(ids(&a), ids(&b));
    b.cmd().args(["check"]).assert().success();
    let c = machine();
    a.cmd()
        .args(["key", "add", &c.recipient])
        .assert()
        .success();
    sync(&a);
    c.json(&["clone", remote.to_str().unwrap()]);
    assert_eq!(ids(&c), ids(&a));
    c.cmd().args(["check"]).assert().success();
}

#[test]
fn edits_made_before_the_origin_knew_of_a_clone_still_converge() {
    for clone_syncs_first in [true, false] {
        let (a, b, _) = two_parents();
        let d0 = ids(&a)[0].clone();
        // A has not pulled B's registration: as far as A knows it is alone.
        b.cmd()
            .args(["edit", &d0, "--title", "titre du clone"])
            .assert()
            .success();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        a.cmd()
            .args(["edit", &d0, "--title", "titre de l'origine"])
            .assert()
            .success();
        let (first, second) = if clone_syncs_first {
            (&b, &a)
        } else {
            (&a, &b)
        };
        sync(first);
        sync(second);
        sync(first);
        assert_eq!(
            state(&a),
            state(&b),
            "clone_syncs_first={clone_syncs_first}"
        );
        assert_eq!(a.json(&["show", &d0])["title"], "titre de l'origine");
    }
}

#[test]
fn a_truncated_change_is_called_damaged_not_another_vault_s() {
    let (a, b, remote) = two_parents();
    add(&a, "z.txt", "z");
    sync(&a);
    let last = segments(&remote, &device_of(&a)).pop().unwrap();
    for keep in [|n: usize| n / 2, |_| 20] {
        let bytes = std::fs::read(&last).unwrap();
        std::fs::write(&last, &bytes[..keep(bytes.len())]).unwrap();
        let (code, _, err) = b.run(&["sync"]);
        assert_eq!(code, 6, "{err}");
        assert!(err.contains("is damaged"), "{err}");
        assert!(err.contains("restore the remote from a good copy"), "{err}");
        assert!(!err.contains("not this vault's"), "{err}");
    }
}

/// `carnet --vault DIR ARGS` on `env`'s machine, its output.
fn run_at(env: &Env, dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--vault", dir.to_str().unwrap()];
    all.extend_from_slice(args);
    env.run(&all)
}

#[test]
fn a_restore_into_a_new_folder_needs_no_force_and_its_first_sync_warns_of_nothing() {
    let (a, b, _) = two_parents();
    let file = b.path("b.age");
    b.json(&["backup", "-o", file.to_str().unwrap()]);
    let f = file.to_str().unwrap();
    // B's machine knows the vault through its clone; a new folder (absent,
    // or there and empty) is not that clone: no --force.
    let fresh = b.path("restored");
    let empty = b.path("empty");
    std::fs::create_dir_all(&empty).unwrap();
    for dir in [&fresh, &empty] {
        let (code, _, err) = run_at(&b, dir, &["restore", f]);
        assert_eq!(code, 0, "{err}");
    }
    // Over the clone's own folder it still needs --force.
    let over = b.run(&["restore", f]);
    common::assert_error(&over, 2, "--force");
    // So on the origin's machine (a replica since its first sync).
    let a_file = a.path("a.age");
    a.json(&["backup", "-o", a_file.to_str().unwrap()]);
    let (code, _, err) = run_at(
        &a,
        &a.path("restored"),
        &["restore", a_file.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");

    // The restored replica's first sync: the backed-up clone's last
    // change (the backup's journal entry) never reached the remote, but
    // this replica holds it and pushes it: nothing to warn about.
    let (code, _, err) = run_at(&b, &fresh, &["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("lacks"), "{err}");
    assert!(!err.contains("warning"), "{err}");
    add(&b, "apres.txt", "après la restauration");
    let (code, _, err) = run_at(&b, &fresh, &["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "{err}");
    sync(&b);
    let (code, _, err) = run_at(&b, &fresh, &["sync"]);
    assert_eq!(code, 0, "{err}");
    sync(&a);
    sync(&b);
    assert_eq!(ids(&a), ids(&b));
    let (_, listed, _) = run_at(&b, &fresh, &["--json", "list"]);
    let listed: Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), ids(&a).len(), "{listed}");
    verify_all(&a);
    verify_all(&b);
    let (code, _, err) = run_at(&b, &fresh, &["journal", "verify"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn an_old_change_replaced_on_the_remote_is_refused_by_replicas_that_applied_it() {
    let (a, b, remote) = two_parents();
    add(&a, "x.txt", "x");
    sync(&a);
    sync(&b);
    add(&a, "y.txt", "y");
    sync(&a);
    sync(&b);
    let dev = device_of(&a);
    let segs = segments(&remote, &dev);
    // Not the newest: one B applied two syncs ago, and holds a copy of.
    let old = segs[segs.len() - 2].clone();
    let name = old.file_name().unwrap().to_owned();
    assert!(b.vault.join("log").join(&dev).join(&name).is_file());
    let original = std::fs::read(&old).unwrap();
    // Another object under its name: another segment's bytes (made the
    // size of no segment of A's, as a forger's would be).
    let mut other = std::fs::read(&segs[0]).unwrap();
    other.extend_from_slice(b"forged");
    std::fs::write(&old, &other).unwrap();
    for (who, env) in [("the replica that applied it", &b), ("its writer", &a)] {
        let (code, _, err) = env.run(&["sync"]);
        assert_eq!(code, 6, "{who}: {err}");
        assert!(err.contains("different content"), "{who}: {err}");
        assert!(err.contains(name.to_str().unwrap()), "{who}: {err}");
    }
    // The remote put back as it was: both sync again.
    std::fs::write(&old, &original).unwrap();
    sync(&b);
    sync(&a);
    assert_eq!(ids(&a), ids(&b));
    verify_all(&b);
}

fn sha_of(p: &Path) -> String {
    use sha2::{Digest, Sha256};
    hex::encode(Sha256::digest(std::fs::read(p).unwrap()))
}

fn journal_actions(env: &Env, action: &str) -> usize {
    env.json(&["journal"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action)
        .count()
}

/// A sync that merges another device's changes commits a segment, not
/// the whole index: each later open merges them again from the local
/// copies the commit's segment names, to the same rows, without
/// journaling the merge or its conflicts twice; a compaction then holds
/// them and changes nothing either.
#[test]
fn a_merge_commits_a_segment_that_every_later_open_replays_to_the_same_index() {
    let (a, b, _) = two_parents();
    sync(&b);
    let d0 = ids(&a)[0].clone();
    // Concurrent edits of one title, and new documents on both sides.
    a.cmd()
        .args(["edit", &d0, "--title", "titre de A"])
        .assert()
        .success();
    add(&a, "ordonnance.txt", "amoxicilline");
    b.cmd()
        .args(["edit", &d0, "--title", "titre de B"])
        .assert()
        .success();
    add(&b, "radio.txt", "radio du genou");
    sync(&a);
    let index = b.vault.join("index.age");
    let before = sha_of(&index);
    let r = sync(&b);
    assert!(r["pulled"]["changes"].as_u64().unwrap() > 0, "{r}");
    assert_eq!(sha_of(&index), before, "the merge sealed the whole index");
    let merged = state(&b);
    assert_eq!(merged["docs"].as_array().unwrap().len(), 3, "{merged}");
    // Every command opens the index afresh and replays the merge.
    for _ in 0..3 {
        assert_eq!(state(&b), merged);
    }
    let merges = journal_actions(&b, "sync.merge");
    let conflicts = journal_actions(&b, "sync.conflict");
    assert!(
        merges >= 1 && conflicts == 1,
        "{merges} merges, {conflicts} conflicts"
    );
    sync(&a);
    assert_eq!(state(&a), state(&b));
    // Enough commits for a compaction, then the index holds the merge.
    for i in 0..10 {
        b.cmd()
            .args(["edit", &d0, "--tag", &format!("t{i}")])
            .assert()
            .success();
    }
    assert_ne!(sha_of(&index), before, "no compaction happened");
    let after = state(&b);
    assert_eq!(after["docs"].as_array().unwrap().len(), 3, "{after}");
    assert_eq!(journal_actions(&b, "sync.merge"), merges);
    assert_eq!(journal_actions(&b, "sync.conflict"), conflicts);
    // The last sync, recorded beside the index, is what `remote list`
    // and `device list` show for this replica.
    let remotes = b.json(&["remote", "list"]);
    let at = remotes[0]["last_sync"]
        .as_str()
        .unwrap_or_else(|| panic!("{remotes}"));
    assert!(at.ends_with('Z'), "{remotes}");
    let devices = b.json(&["device", "list"]);
    let this = devices
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["this"] == true)
        .unwrap();
    assert_eq!(this["last_sync"], at, "{devices}");
    verify_all(&b);
    for env in [&a, &b, &a] {
        sync(env);
    }
    assert_eq!(state(&a), state(&b));
    verify_all(&a);
}

/// A device removed by a replica that had not merged its last changes,
/// while another replica had: those changes were made before the removal
/// was known, and the replica that merged them has since written changes
/// that saw them. Every replica takes them (else that replica's later
/// changes would wait on them forever, and the two would never agree);
/// what the removed device writes afterwards is refused everywhere.
#[test]
fn a_removed_device_s_changes_another_replica_merged_first_are_taken_everywhere() {
    let (a, b, remote) = two_parents();
    let r = machine();
    a.cmd()
        .args(["key", "add", &r.recipient])
        .assert()
        .success();
    sync(&a);
    r.json(&["clone", remote.to_str().unwrap()]);
    sync(&r);
    sync(&a);
    sync(&b);
    // The laptop about to be lost writes; B merges it; A has not.
    add(&r, "avant.txt", "écrit avant la perte");
    sync(&r);
    sync(&b);
    let lost = device_of(&r);
    a.cmd().args(["device", "rm", &lost]).assert().success();
    sync(&a);
    // B writes after merging the lost laptop's change, then learns of the
    // removal; the lost laptop writes again.
    add(&b, "apres.txt", "écrit par B");
    sync(&b);
    add(&r, "vole.txt", "écrit après la perte");
    sync(&r);
    for env in [&a, &b, &a, &b] {
        let out = env.cmd().args(["sync"]).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("wait for"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(state(&a), state(&b));
    let titles: Vec<String> = a
        .json(&["list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["title"].as_str().unwrap().to_string())
        .collect();
    assert!(titles.contains(&"avant.txt".to_string()), "{titles:?}");
    assert!(titles.contains(&"apres.txt".to_string()), "{titles:?}");
    assert!(!titles.contains(&"vole.txt".to_string()), "{titles:?}");
    verify_all(&a);
    verify_all(&b);
}

/// An old segment of A's that B applied two syncs ago, its path on the
/// remote and B's copy (the newest is read in full at every sync: not it).
fn an_old_segment(a: &Env, b: &Env, remote: &Path) -> (PathBuf, PathBuf) {
    add(a, "x.txt", "x");
    sync(a);
    sync(b);
    add(a, "y.txt", "y");
    sync(a);
    sync(b);
    let dev = device_of(a);
    let segs = segments(remote, &dev);
    let old = segs[segs.len() - 2].clone();
    let copy = b
        .vault
        .join("log")
        .join(&dev)
        .join(old.file_name().unwrap());
    assert_eq!(std::fs::read(&copy).unwrap(), std::fs::read(&old).unwrap());
    (old, copy)
}

/// Puts `bytes` under `path` as a copying tool would: another file renamed
/// over it, its modification time set back to the old one's (`cp -p`,
/// `rsync -t`). Only the change time tells.
fn replace_keeping_mtime(path: &Path, bytes: &[u8]) {
    let mtime = std::fs::metadata(path).unwrap().modified().unwrap();
    let tmp = path.with_file_name(".replacing");
    std::fs::write(&tmp, bytes).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&tmp)
        .unwrap()
        .set_modified(mtime)
        .unwrap();
    std::fs::rename(&tmp, path).unwrap();
    assert_eq!(std::fs::metadata(path).unwrap().modified().unwrap(), mtime);
}

#[test]
fn an_old_change_replaced_on_the_remote_by_one_of_the_same_size_is_refused() {
    let (a, b, remote) = two_parents();
    let (old, _) = an_old_segment(&a, &b, &remote);
    let original = std::fs::read(&old).unwrap();
    let name = old.file_name().unwrap().to_str().unwrap().to_string();
    // The same length, one byte flipped in the middle (past the age header).
    let mut forged = original.clone();
    let mid = forged.len() / 2;
    forged[mid] ^= 0x55;
    replace_keeping_mtime(&old, &forged);
    for (who, env) in [("the replica that applied it", &b), ("its writer", &a)] {
        let (code, _, err) = env.run(&["sync"]);
        assert_eq!(code, 6, "{who}: {err}");
        assert!(err.contains("different content"), "{who}: {err}");
        assert!(err.contains(&name), "{who}: {err}");
    }
    // Put back as it was: both sync again, quietly.
    replace_keeping_mtime(&old, &original);
    for env in [&b, &a] {
        let (code, _, err) = env.run(&["sync"]);
        assert_eq!(code, 0, "{err}");
        assert!(!err.contains("warning"), "{err}");
    }
    assert_eq!(ids(&a), ids(&b));
    verify_all(&b);
}

#[test]
fn an_old_change_touched_on_the_remote_is_fetched_again_and_taken_quietly() {
    let (a, b, remote) = two_parents();
    let (old, _) = an_old_segment(&a, &b, &remote);
    // A file-sync tool (or `touch`) moved its times, not its bytes.
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(later)
        .unwrap();
    for env in [&b, &a, &b] {
        let (code, _, err) = env.run(&["sync"]);
        assert_eq!(code, 0, "{err}");
        assert!(!err.contains("warning"), "{err}");
    }
    // The new marker was kept: a replacement after it is still seen.
    let mut forged = std::fs::read(&old).unwrap();
    let mid = forged.len() / 2;
    forged[mid] ^= 0x55;
    replace_keeping_mtime(&old, &forged);
    let (code, _, err) = b.run(&["sync"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("different content"), "{err}");
}

#[test]
fn without_remembered_markers_a_sync_takes_the_listed_ones_without_fetching() {
    let (a, b, remote) = two_parents();
    let (old, copy) = an_old_segment(&a, &b, &remote);
    // As after an upgrade: B remembers no marker.
    let mut found = 0;
    for e in walk(&b.vault) {
        if e.file_name().unwrap() == "sync-markers.age" {
            std::fs::remove_file(&e).unwrap();
            found += 1;
        }
    }
    assert_eq!(found, 1, "B's markers file, beside its index");
    let original = std::fs::read(&old).unwrap();
    let mut forged = original.clone();
    let mid = forged.len() / 2;
    forged[mid] ^= 0x55;
    // Its old segments are not downloaded again, so a replacement made
    // before that first sync is not seen (docs/sync.md says so).
    replace_keeping_mtime(&old, &forged);
    let (code, _, err) = b.run(&["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "{err}");
    assert_eq!(std::fs::read(&copy).unwrap(), original);
    // Put back: its marker moved, its bytes are B's again.
    replace_keeping_mtime(&old, &original);
    let (code, _, err) = b.run(&["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "{err}");
    // From then on, a same-size replacement is seen.
    replace_keeping_mtime(&old, &forged);
    let (code, _, err) = b.run(&["sync"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("different content"), "{err}");
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
