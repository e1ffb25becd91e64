//! Commits cost what they change (issue 15): the index is a sealed
//! snapshot (`index.age`) plus the device's commit log (`log/DEVICE/`); a
//! commit writes its segment only, and every `compact_after(snapshot size)`
//! commits the snapshot is sealed again. A kill -9 during a commit or a compaction
//! leaves a vault that opens, lists what was committed and passes `check`.
mod common;
use common::*;

use std::path::PathBuf;
use std::time::Duration;

use carnet::vault::compact_after;

fn index(env: &Env) -> Vec<u8> {
    std::fs::read(env.vault.join("index.age")).unwrap()
}

/// This vault's commit log (it has one device).
fn log_dir(env: &Env) -> PathBuf {
    let dev = std::fs::read_to_string(env.vault.join("device")).unwrap();
    env.vault.join("log").join(dev.trim())
}

fn segments(env: &Env) -> usize {
    std::fs::read_dir(log_dir(env)).unwrap().count()
}

fn count_docs(env: &Env) -> usize {
    env.json(&["list"]).as_array().unwrap().len()
}

fn assert_checks(env: &Env) {
    let (code, out, err) = env.run(&["check"]);
    assert_eq!(code, 0, "check: {out}{err}");
    let (code, out, err) = env.run(&["journal", "verify"]);
    assert_eq!(code, 0, "journal verify: {out}{err}");
}

#[test]
fn a_commit_writes_its_segment_and_leaves_the_snapshot_alone() {
    let env = Env::new();
    let a = env.add("a.txt", b"a", &[]);
    let snapshot = index(&env);
    let before = segments(&env);
    env.add("b.txt", b"b", &[]);
    assert_eq!(env.run(&["mask", &a]).0, 0);
    assert_eq!(
        env.run(&["pro", "add", "10003456786", "--name", "Dr Anne Petit"])
            .0,
        0
    );
    let grant = env.run(&["grant", "10003456786", "--for", "7d"]);
    assert_eq!(grant.0, 0, "{grant:?}");
    assert_eq!(index(&env), snapshot, "no commit sealed the whole index");
    assert_eq!(segments(&env), before + 4, "one segment per commit");
    // Reads write nothing.
    assert_eq!(count_docs(&env), 2);
    assert_eq!(env.json(&["show", &a])["masked"], true);
    assert_eq!(segments(&env), before + 4);
    // Every segment is sealed: nothing of the change in clear.
    for e in std::fs::read_dir(log_dir(&env)).unwrap().flatten() {
        let bytes = std::fs::read(e.path()).unwrap();
        assert!(bytes.starts_with(b"age-encryption.org/v1\n"));
        assert!(!String::from_utf8_lossy(&bytes).contains("Anne Petit"));
    }
    assert_checks(&env);
}

#[test]
fn the_snapshot_is_sealed_again_every_compact_after_commits() {
    let env = Env::new();
    let a = env.add("a.txt", b"a", &[]);
    let mut snapshot = index(&env);
    // A small vault: the fewest segments, whatever its exact size.
    let every = compact_after(snapshot.len() as u64);
    assert_eq!(every, carnet::vault::COMPACT_SEGMENTS_MIN);
    let mut sealed_at = Vec::new();
    for i in 0..2 * every + 2 {
        assert_eq!(env.run(&["edit", &a, "--title", &format!("t{i}")]).0, 0);
        let now = index(&env);
        if now != snapshot {
            sealed_at.push(i);
            snapshot = now;
        }
    }
    assert_eq!(sealed_at.len(), 2, "compacted at {sealed_at:?}");
    assert_eq!(sealed_at[1] - sealed_at[0], every, "{sealed_at:?}");
    assert_eq!(
        env.json(&["show", &a])["title"],
        format!("t{}", 2 * every + 1)
    );
    assert_checks(&env);
}

#[test]
fn an_older_snapshot_beside_the_log_loses_nothing() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    let old = index(&env);
    let b = env.add("b.txt", b"b", &[]);
    assert_eq!(env.run(&["mask", &b]).0, 0);
    // index.age alone, put back as it was: the log still holds what came after.
    std::fs::write(env.vault.join("index.age"), &old).unwrap();
    assert_eq!(count_docs(&env), 2);
    assert_eq!(env.json(&["show", &b])["masked"], true);
    assert_checks(&env);
}

#[test]
fn a_damaged_segment_is_an_integrity_error() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    env.add("b.txt", b"b", &[]);
    let mut last: Vec<PathBuf> = std::fs::read_dir(log_dir(&env))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    last.sort();
    let p = last.pop().unwrap();
    let mut bytes = std::fs::read(&p).unwrap();
    let at = bytes.len() - 20;
    bytes[at] ^= 1;
    std::fs::write(&p, &bytes).unwrap();
    // Damaged, not another vault's: the hint says to put a good copy back.
    for args in [&["list"][..], &["check"]] {
        let out = env.run(args);
        assert_error(&out, 6, "damaged or cut short");
        assert!(out.2.contains("good copy"), "{}", out.2);
        assert!(!out.2.contains("not a change of this vault"), "{}", out.2);
    }
}

/// Starts `carnet add FILE`, kills it (SIGKILL) after `delay`; whether it
/// finished first.
fn add_killed_after(env: &Env, n: usize, delay: Duration) -> bool {
    let p = env.write(&format!("k{n}.txt"), format!("killed {n}").as_bytes());
    let mut child = env
        .std_cmd()
        .args(["add", p.to_str().unwrap(), "-q"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(delay);
    let _ = child.kill();
    child.wait().unwrap().success()
}

#[test]
fn kill_9_during_commits_leaves_a_vault_that_opens_and_checks() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    let (mut done, mut tried) = (1, 1);
    for n in 0..14 {
        tried += 1;
        if add_killed_after(&env, n, Duration::from_millis(2 + 3 * n as u64)) {
            done += 1;
        }
        let docs = count_docs(&env);
        assert!(docs >= done && docs <= tried, "{docs} of {done}..{tried}");
    }
    assert_checks(&env);
    // The vault goes on: the next commit after all those kills works.
    env.add("z.txt", b"z", &[]);
    assert_checks(&env);
}

#[test]
fn kill_9_during_compaction_leaves_a_vault_that_opens_and_checks() {
    let env = Env::new();
    // An index of a few chunks, so that sealing it takes a while.
    let dir = env.path("many");
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..300 {
        std::fs::write(dir.join(format!("d{i:03}.txt")), format!("doc {i}")).unwrap();
    }
    assert_eq!(env.run(&["add", "-r", dir.to_str().unwrap(), "-q"]).0, 0);
    let a = env.add("a.txt", b"a", &[]);
    let edit = |i: u64| assert_eq!(env.run(&["edit", &a, "--title", &format!("e{i}")]).0, 0);
    // Up to a compaction: then the next one is `every` commits away.
    let start = index(&env);
    let every = compact_after(start.len() as u64);
    let mut i = 0;
    while index(&env) == start {
        edit(i);
        i += 1;
        assert!(i <= every + 1, "no compaction");
    }
    let (mut done, mut tried) = (count_docs(&env), count_docs(&env));
    for (n, ms) in [5u64, 25, 50, 90].into_iter().enumerate() {
        // The commit killed is one that compacts (or the next one does).
        let snapshot = index(&env);
        for j in 0..every - 1 {
            edit(1000 * (n as u64 + 1) + j);
        }
        assert_eq!(index(&env), snapshot, "the log alone took the edits");
        tried += 1;
        if add_killed_after(&env, n, Duration::from_millis(ms)) {
            done += 1;
        }
        let docs = count_docs(&env);
        assert!(docs >= done && docs <= tried, "{docs} of {done}..{tried}");
        assert_checks(&env);
        // Unless the killed commit compacted, the next one does (the
        // killed one's segment, if written, counts): each round starts
        // right after a compaction.
        if index(&env) == snapshot {
            edit(999_999);
            assert_ne!(index(&env), snapshot, "compacted by now");
        }
    }
    edit(0);
    assert_eq!(env.json(&["show", &a])["title"], "e0");
    assert_checks(&env);
}

#[test]
fn a_vault_from_before_the_log_takes_a_device_and_is_marked_for_newer_carnets() {
    let env = Env::new();
    // As an older carnet left it: format 1, no device, no log.
    let config = env.vault.join("vault.json");
    let mut v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&config).unwrap()).unwrap();
    assert_eq!(v["version"], 2, "{v}");
    v["version"] = 1.into();
    std::fs::write(&config, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    assert!(!env.vault.join("device").exists());
    let snapshot = index(&env);
    assert_eq!(count_docs(&env), 0);
    assert!(!env.vault.join("device").exists(), "reads write nothing");

    let a = env.add("a.txt", b"a", &[]);
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&config).unwrap()).unwrap();
    assert_eq!(v["version"], 2, "an older carnet now refuses it: {v}");
    assert_eq!(index(&env), snapshot, "documents and snapshot as they were");
    assert_eq!(segments(&env), 1);
    let devices = env.json(&["device", "list"]);
    assert_eq!(devices.as_array().unwrap().len(), 1, "{devices}");
    assert_eq!(env.json(&["show", &a])["id"], a.as_str());
    assert_checks(&env);
}
