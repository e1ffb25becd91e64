//! `carnet backup` and `carnet restore` through the binary: a round trip
//! to another machine (its own state and data dirs), stock `age -d | tar`
//! opening a backup, passphrase-only vaults, an older snapshot restored
//! over a newer vault (--force, journaled, no rollback error after), other
//! vaults, damaged backups, kill -9 during a restore, bounded memory.
mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use serde_json::Value;

/// `carnet` as run on another machine: its own state and data dirs.
fn on(env: &Env, machine: &str) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env("XDG_STATE_HOME", env.path(&format!("{machine}/state")))
        .env("XDG_DATA_HOME", env.path(&format!("{machine}/data")));
    c
}

fn out(mut c: assert_cmd::Command, args: &[&str]) -> (i32, String, String) {
    let o = c.args(args).output().unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn ok_json(c: assert_cmd::Command, args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let (code, so, se) = out(c, &a);
    assert_eq!(code, 0, "carnet {args:?} failed: {se}");
    serde_json::from_str(&so).unwrap_or_else(|e| panic!("not JSON ({e}): {so}"))
}

fn ids(list: &Value) -> Vec<String> {
    let mut v: Vec<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

/// The newest entry of this device's own chain (a restored vault keeps the
/// backed-up device's entries as that device's chain, with their `device`).
fn last_action(journal: &Value) -> String {
    let a = journal.as_array().unwrap();
    let last = a
        .iter()
        .filter(|e| e.get("device").is_none_or(Value::is_null))
        .max_by_key(|e| e["seq"].as_i64().unwrap())
        .unwrap();
    last["action"].as_str().unwrap().to_string()
}

fn stray_dirs(parent: &Path) -> Vec<String> {
    std::fs::read_dir(parent)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".restore-"))
        .collect()
}

/// A vault with two documents (one masked), a professional and a grant.
fn filled() -> (Env, Vec<String>) {
    let env = Env::new();
    let a = env.add(
        "ordonnance.pdf",
        b"%PDF ordonnance du Dr Dubois",
        &["--type", "prescription"],
    );
    let b = env.add(
        "bilan.pdf",
        b"%PDF bilan sanguin",
        &["--type", "lab-report"],
    );
    env.cmd().args(["mask", &b]).assert().success();
    env.cmd()
        .args(["pro", "add", RPPS_A, "--name", "Dr Claire Dubois"])
        .assert()
        .success();
    env.cmd()
        .args(["grant", RPPS_A, "--for", "30d"])
        .assert()
        .success();
    (env, vec![a, b])
}

#[test]
fn round_trip_to_another_machine_and_stock_age_opens_it() {
    let (env, docs) = filled();
    let file = env.path("carnet.age");
    let v = env.json(&["backup", "-o", file.to_str().unwrap()]);
    assert_eq!(v["encryption"], "vault recipients");
    assert_eq!(v["recipients"][0], env.recipient.as_str());
    let head = v["journal_head"]["seq"].as_i64().unwrap();
    // The backup is journaled in the vault, and is in the backup.
    let j = env.json(&["journal"]);
    assert_eq!(last_action(&j), "vault.backup");

    // Stock age and tar open it: BACKUP.json first, then the vault.
    let mut age = StdCommand::new("age")
        .args(["-d", "-i"])
        .arg(&env.identity)
        .arg(&file)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let tar = StdCommand::new("tar")
        .arg("t")
        .stdin(age.stdout.take().unwrap())
        .output()
        .unwrap();
    assert!(age.wait().unwrap().success(), "age -d failed");
    assert!(tar.status.success());
    let listing = String::from_utf8(tar.stdout).unwrap();
    let names: Vec<&str> = listing.lines().collect();
    assert_eq!(names[0], "BACKUP.json", "{listing}");
    assert!(names.contains(&"vault/index.age"), "{listing}");
    assert!(names.contains(&"vault/vault.json"), "{listing}");
    assert!(!names
        .iter()
        .any(|n| *n == "vault/lock" || n.starts_with("vault/failed-unlocks")));
    let manifest = StdCommand::new("sh")
        .arg("-c")
        .arg(format!(
            "age -d -i '{}' '{}' | tar xO BACKUP.json",
            env.identity.display(),
            file.display()
        ))
        .output()
        .unwrap();
    let m: Value = serde_json::from_slice(&manifest.stdout).unwrap();
    assert_eq!(m["format"], "carnet-backup");
    assert_eq!(m["journal_head"]["seq"].as_i64().unwrap(), head);
    let listed = m["members"].as_array().unwrap().len();
    assert_eq!(
        listed + 1,
        names.len(),
        "every member but BACKUP.json is listed"
    );

    // Another machine: nothing known there, so no --force.
    let target = env.path("m2/vault");
    let r = ok_json(
        on(&env, "m2"),
        &[
            "--vault",
            target.to_str().unwrap(),
            "restore",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(r["documents"], 2);
    assert_eq!(r["replaced"], Value::Null);
    let device = r["device"].as_str().unwrap().to_string();
    assert_eq!(device.len(), 16);
    let on_disk = std::fs::read_to_string(target.join("device")).unwrap();
    assert_eq!(on_disk.trim(), device);
    let t = target.to_str().unwrap();
    assert_eq!(ids(&ok_json(on(&env, "m2"), &["--vault", t, "list"])), {
        let mut d = docs.clone();
        d.sort();
        d
    });
    let pros = ok_json(on(&env, "m2"), &["--vault", t, "pro", "list"]);
    assert_eq!(pros.as_array().unwrap().len(), 1);
    let grants = ok_json(on(&env, "m2"), &["--vault", t, "grants"]);
    assert_eq!(grants.as_array().unwrap().len(), 1);
    let shown = ok_json(on(&env, "m2"), &["--vault", t, "show", &docs[1]]);
    assert_eq!(shown["masked"], true, "{shown}");
    let j = ok_json(on(&env, "m2"), &["--vault", t, "journal"]);
    assert_eq!(last_action(&j), "vault.restore");
    let got = out(on(&env, "m2"), &["--vault", t, "get", &docs[0], "-o", "-"]);
    assert_eq!(got.1, "%PDF ordonnance du Dr Dubois");
    out(on(&env, "m2"), &["--vault", t, "journal", "verify"]);
    let (code, _, err) = out(on(&env, "m2"), &["--vault", t, "check"]);
    assert_eq!(code, 0, "{err}");
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&target).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o700);
    assert!(stray_dirs(&env.path("m2")).is_empty());
}

#[test]
fn an_older_snapshot_over_a_newer_vault_needs_force_then_leaves_no_rollback_error() {
    let (env, docs) = filled();
    let file = env.path("old.age");
    env.json(&["backup", "-o", file.to_str().unwrap()]);
    let newer = env.add("radio.pdf", b"%PDF radio du genou", &[]);
    let f = file.to_str().unwrap();

    let refused = env.run(&["restore", f]);
    assert_error(&refused, 2, "--force");
    assert_eq!(ids(&env.json(&["list"])).len(), 3, "nothing changed");

    let r = env.json(&["restore", f, "--force"]);
    assert!(r["replaced"].as_str().is_some());
    let now = ids(&env.json(&["list"]));
    assert_eq!(now.len(), 2);
    assert!(!now.contains(&newer));
    assert!(docs.iter().all(|d| now.contains(d)));
    let j = env.json(&["journal"]);
    assert_eq!(last_action(&j), "vault.restore");
    let entry = j
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "vault.restore")
        .unwrap();
    assert!(entry["details"]["replaced_head"]["seq"].as_i64().unwrap() > 0);
    // The remembered head followed: commands work, and new ones commit.
    env.add("apres.pdf", b"%PDF after the restore", &[]);
    let (code, _, err) = env.run(&["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(stray_dirs(env.dir.path()).is_empty());

    // The vault gone from its folder but remembered by this machine:
    // still --force.
    std::fs::remove_dir_all(&env.vault).unwrap();
    assert_error(&env.run(&["restore", f]), 2, "would replace it");
    env.json(&["restore", f, "--force"]);
    assert_eq!(ids(&env.json(&["list"])).len(), 2);
}

#[test]
fn a_backup_of_another_vault_over_an_existing_one_needs_force() {
    let (a, _) = filled();
    let file = a.path("a.age");
    a.json(&["backup", "-o", file.to_str().unwrap()]);
    let b = Env::new();
    b.add("b.pdf", b"%PDF b", &[]);
    let f = file.to_str().unwrap();
    // Opened with A's identity, aimed at B's vault on B's machine.
    let as_a = |args: &[&str]| {
        let mut c = b.cmd();
        c.env("CARNET_IDENTITY", &a.identity);
        out(c, args)
    };
    assert_error(&as_a(&["restore", f]), 2, "holds another vault");
    assert_eq!(ids(&b.json(&["list"])).len(), 1);
    let (code, _, err) = as_a(&["restore", f, "--force"]);
    assert_eq!(code, 0, "{err}");
    // The location is now pinned to A's vault: no "replaced vault" refusal.
    let (code, so, err) = as_a(&["--json", "list"]);
    assert_eq!(code, 0, "{err}");
    let l: Value = serde_json::from_str(&so).unwrap();
    assert_eq!(l.as_array().unwrap().len(), 2);
}

#[test]
fn a_passphrase_only_vault_needs_passphrase() {
    let env = Env::bare();
    let pp = env.write("pp", b"correct horse battery staple\n");
    let p = pp.to_str().unwrap();
    let mut init = env.cmd();
    init.env_remove("CARNET_IDENTITY");
    let (code, _, err) = out(init, &["init", "--name", "Camille", "--passphrase-file", p]);
    assert_eq!(code, 0, "{err}");
    let pcmd = || {
        let mut c = env.cmd();
        c.env_remove("CARNET_IDENTITY")
            .env("CARNET_PASSPHRASE_FILE", &pp);
        c
    };
    let doc = {
        let f = env.write("note.txt", b"note de suivi");
        let v = ok_json(pcmd(), &["add", f.to_str().unwrap()]);
        v[0]["id"].as_str().unwrap().to_string()
    };
    let file = env.path("pp.age");
    let f = file.to_str().unwrap();
    assert_error(&out(pcmd(), &["backup", "-o", f]), 2, "--passphrase");
    let v = ok_json(
        pcmd(),
        &[
            "backup",
            "-o",
            f,
            "--passphrase",
            "--backup-passphrase-file",
            p,
        ],
    );
    assert_eq!(v["encryption"], "passphrase");
    // A standard age scrypt file (the age crate, as `age -d` would with a
    // terminal to ask on): a tar with BACKUP.json first.
    let bytes = std::fs::read(&file).unwrap();
    let id = age::scrypt::Identity::new("correct horse battery staple".to_string().into());
    let d = age::Decryptor::new(&bytes[..]).unwrap();
    let r = d
        .decrypt(std::iter::once(&id as &dyn age::Identity))
        .unwrap();
    let mut tar = tar::Archive::new(r);
    let first = tar.entries().unwrap().next().unwrap().unwrap();
    assert_eq!(&*first.path_bytes(), b"BACKUP.json");

    // Another machine, the same passphrase opens backup and vault.
    let target = env.path("m2/vault");
    let t = target.to_str().unwrap();
    let mut c = on(&env, "m2");
    c.env_remove("CARNET_IDENTITY")
        .env("CARNET_PASSPHRASE_FILE", &pp);
    // The restore opened the vault with the passphrase and checked it.
    let r = ok_json(c, &["--vault", t, "restore", f]);
    assert_eq!(r["documents"], 1);
    let blobs = std::fs::read_dir(target.join("blobs")).unwrap().count();
    assert_eq!(blobs, 1, "the blob of {doc} came back");

    // A wrong backup passphrase: exit 3, nothing written.
    let wrong = env.write("wrong", b"not it\n");
    let mut c = on(&env, "m3");
    c.env_remove("CARNET_IDENTITY")
        .env("CARNET_PASSPHRASE_FILE", &pp);
    let target3 = env.path("m3/vault");
    std::fs::create_dir_all(env.path("m3")).unwrap();
    let res = out(
        c,
        &[
            "--vault",
            target3.to_str().unwrap(),
            "restore",
            f,
            "--backup-passphrase-file",
            wrong.to_str().unwrap(),
        ],
    );
    assert_error(&res, 3, "wrong passphrase");
    assert!(!target3.exists());
    assert!(stray_dirs(&env.path("m3")).is_empty());
}

/// Every file of the vault with its bytes, in path order.
fn snapshot(env: &Env) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v: Vec<_> = env
        .vault_files()
        .into_iter()
        .map(|p| {
            let b = std::fs::read(&p).unwrap();
            (p, b)
        })
        .collect();
    v.sort();
    v
}

fn flipped(src: &Path, dst: &Path, at: usize) -> PathBuf {
    let mut b = std::fs::read(src).unwrap();
    let i = at.min(b.len() - 1);
    b[i] ^= 0x01;
    std::fs::write(dst, &b).unwrap();
    dst.to_path_buf()
}

#[test]
fn damaged_backups_and_wrong_identities_change_nothing() {
    let (env, _) = filled();
    let file = env.path("b.age");
    env.json(&["backup", "-o", file.to_str().unwrap()]);
    env.add("later.pdf", b"%PDF later", &[]);
    let bytes = std::fs::read(&file).unwrap();
    let header_end = bytes.windows(4).position(|w| w == b"\n---").unwrap();
    let payload = header_end + 4 + 44 + 16; // "--- MAC\n" then the nonce
    let before = snapshot(&env);
    let mut cases: Vec<(String, PathBuf)> = Vec::new();
    for (name, at) in [
        ("header MAC", header_end + 6),
        ("first payload byte", payload),
        ("middle", bytes.len() / 2),
        ("last byte", bytes.len() - 1),
    ] {
        cases.push((
            name.into(),
            flipped(&file, &env.path(&format!("{name}.age")), at),
        ));
    }
    for (name, cut) in [
        ("truncated by a chunk", bytes.len() - 70_000),
        ("truncated by a byte", bytes.len() - 1),
    ] {
        let p = env.path(&format!("{name}.age"));
        std::fs::write(&p, &bytes[..cut]).unwrap();
        cases.push((name.into(), p));
    }
    let garbage = env.write("garbage.age", b"not an age file at all");
    cases.push(("not age".into(), garbage));
    for (name, p) in &cases {
        let res = env.run(&["restore", p.to_str().unwrap(), "--force"]);
        assert_eq!(res.0, 6, "{name}: {}", res.2);
        assert!(res.2.contains("hint:"), "{name}: {}", res.2);
        assert!(snapshot(&env) == before, "{name} changed the vault");
        assert!(
            stray_dirs(env.dir.path()).is_empty(),
            "{name} left a staging dir"
        );
    }
    assert_eq!(ids(&env.json(&["list"])).len(), 3);

    // Someone else's identity: exit 3.
    let (other, _) = new_identity(env.dir.path(), "other.txt");
    let mut c = env.cmd();
    c.env("CARNET_IDENTITY", &other);
    let res = out(c, &["restore", file.to_str().unwrap(), "--force"]);
    assert_error(&res, 3, "not encrypted to your identity");
    assert!(snapshot(&env) == before);
    let (code, _, err) = env.run(&["check"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn kill_9_during_restore_leaves_the_old_or_the_new_vault() {
    let env = Env::new();
    // Enough bytes that a restore takes a while to extract and check.
    let big: Vec<u8> = (0..6_000_000u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    env.add("scan.bin", &big, &[]);
    let file = env.path("old.age");
    env.json(&["backup", "-o", file.to_str().unwrap()]);
    let old_count = 1;
    let mut restored_seen = 0;
    for (i, delay) in [0u64, 3, 8, 15, 25, 40, 60, 90, 130, 200, 300]
        .into_iter()
        .enumerate()
    {
        env.add(&format!("n{i}.txt"), format!("newer {i}").as_bytes(), &[]);
        let count_before = ids(&env.json(&["list"])).len();
        let mut child = env
            .std_cmd()
            .args(["restore", file.to_str().unwrap(), "--force"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        let (code, _, err) = env.run(&["check"]);
        assert_eq!(code, 0, "check after kill at {delay} ms: {err}");
        let n = ids(&env.json(&["list"])).len();
        assert!(
            n == old_count || n == count_before,
            "{n} documents after kill at {delay} ms"
        );
        if n == old_count {
            restored_seen += 1;
            let j = env.json(&["journal"]);
            assert_eq!(last_action(&j), "vault.restore");
        }
    }
    // A restore that runs to its end leaves no staging directory behind
    // (and removes those killed ones left).
    env.json(&["restore", file.to_str().unwrap(), "--force"]);
    assert!(
        stray_dirs(env.dir.path()).is_empty(),
        "{:?}",
        stray_dirs(env.dir.path())
    );
    assert_eq!(ids(&env.json(&["list"])).len(), old_count);
    eprintln!("restores that got through before the kill: {restored_seen}");
}

/// Peak resident memory of one command, from `/usr/bin/time -v` (KiB).
fn peak_rss_kib(env: &Env, args: &[&str]) -> Option<u64> {
    if !Path::new("/usr/bin/time").exists() {
        return None;
    }
    let mut c = env.std_cmd();
    let prog = c.get_program().to_owned();
    let mut t = StdCommand::new("/usr/bin/time");
    t.env_clear().arg("-v").arg(prog).args(args);
    for (k, v) in c.get_envs() {
        match v {
            Some(v) => t.env(k, v),
            None => t.env_remove(k),
        };
    }
    c = t;
    let o = c.current_dir(env.dir.path()).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{args:?}: {err}");
    err.lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|n| n.trim().parse().ok())
}

#[test]
fn memory_stays_bounded_for_a_50_mib_document() {
    let env = Env::new();
    let big: Vec<u8> = (0..50u32 << 20)
        .map(|i| (i.wrapping_mul(2654435761) >> 11) as u8)
        .collect();
    let id = env.add("irm.bin", &big, &[]);
    drop(big);
    let file = env.path("big.age");
    let f = file.to_str().unwrap().to_string();
    let Some(backup_kib) = peak_rss_kib(&env, &["backup", "-o", &f]) else {
        eprintln!("/usr/bin/time is missing: peak memory not measured");
        return;
    };
    let target = env.path("restored");
    let t = target.to_str().unwrap().to_string();
    let restore_kib = peak_rss_kib(&env, &["--vault", &t, "restore", &f, "--force"]).unwrap();
    // The restore's peak is the integrity check of what it extracted
    // (`carnet check` reads ahead a few MiB on every core), not the copy.
    let check_kib = peak_rss_kib(&env, &["--vault", &t, "check"]).unwrap();
    eprintln!(
        "peak RSS: backup {backup_kib} KiB, restore {restore_kib} KiB, check {check_kib} KiB"
    );
    // Opening the vault replays its commit log through an in-memory
    // overlay (a few MiB); the contract's bound is 64 MiB for 2 GiB.
    assert!(
        backup_kib < 40 * 1024,
        "backup peaked at {backup_kib} KiB for a 50 MiB document"
    );
    assert!(
        restore_kib < 40 * 1024,
        "restore peaked at {restore_kib} KiB for a 50 MiB document"
    );
    assert!(
        restore_kib < check_kib + 6 * 1024,
        "restore ({restore_kib} KiB) costs more than the check it runs ({check_kib} KiB)"
    );
    let mut c = env.cmd();
    c.env("CARNET_VAULT", &target);
    let got = c.args(["get", &id, "-o", "-"]).output().unwrap();
    assert_eq!(got.stdout.len(), 50 << 20);
}

#[test]
fn a_childs_profile_is_backed_up_to_a_recipient_and_restored_through_its_guardian() {
    let env = Env::bare();
    let base = || {
        let mut c = env.cmd();
        c.env_remove("CARNET_VAULT");
        c
    };
    let (code, _, err) = out(
        base(),
        &[
            "init",
            "--name",
            "Camille Martin",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = out(
        base(),
        &[
            "profile",
            "create",
            "lea",
            "--birth-date",
            "2015-06-01",
            "--name",
            "Léa Martin",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let note = env.write("carnet.pdf", b"%PDF carnet de sante");
    ok_json(base(), &["--profile", "lea", "add", note.to_str().unwrap()]);
    let parent = env.path("parent.age");
    let child = env.path("lea.age");
    ok_json(base(), &["backup", "-o", parent.to_str().unwrap()]);
    // Only a guardian's vault key opens the child: a recipient is needed.
    let res = out(
        base(),
        &["--profile", "lea", "backup", "-o", child.to_str().unwrap()],
    );
    assert_error(&res, 2, "--recipient");
    ok_json(
        base(),
        &[
            "--profile",
            "lea",
            "backup",
            "-o",
            child.to_str().unwrap(),
            "--recipient",
            &env.recipient,
        ],
    );
    // A new machine: the parent's vault first, then the child's, which
    // opens through it.
    let m2 = |args: &[&str]| {
        let mut c = on(&env, "m2");
        c.env_remove("CARNET_VAULT");
        ok_json(c, args)
    };
    m2(&["restore", parent.to_str().unwrap()]);
    let r = m2(&["--profile", "lea", "restore", child.to_str().unwrap()]);
    assert_eq!(r["documents"], 1);
    let l = m2(&["--profile", "lea", "list"]);
    assert_eq!(l.as_array().unwrap().len(), 1);
    let j = m2(&["--profile", "lea", "journal"]);
    let restore = j
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "vault.restore")
        .unwrap();
    assert_eq!(restore["actor"]["type"], "guardian");
}

/// The remembered head of the env's vault (`XDG_STATE_HOME/carnet/heads/ID`,
/// or `ID-DEVICE` for a replica, as a restored vault is): the newest one.
fn head_file(env: &Env) -> PathBuf {
    let dir = env.path("xdg-state/carnet/heads");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| (e.metadata().unwrap().modified().unwrap(), e.path()))
        .collect();
    files.sort();
    files.pop().unwrap().1
}

#[test]
fn a_restore_interrupted_before_it_recorded_the_head_is_accepted_and_rollbacks_still_are_not() {
    let (env, _) = filled();
    let file = env.path("old.age");
    env.json(&["backup", "-o", file.to_str().unwrap()]);
    env.add("newer.pdf", b"%PDF newer", &[]);
    // What this machine remembered before the restore.
    let before = std::fs::read(head_file(&env)).unwrap();
    env.json(&["restore", file.to_str().unwrap(), "--force"]);
    let copy = env.path("restored-copy");
    let cp = StdCommand::new("cp")
        .arg("-a")
        .arg(&env.vault)
        .arg(&copy)
        .status()
        .unwrap();
    assert!(cp.success());
    // As if killed between the swap and recording the new head: the
    // vault.restore entry names the head it replaced, which lets it in.
    std::fs::write(head_file(&env), &before).unwrap();
    assert_eq!(ids(&env.json(&["list"])).len(), 2);
    assert_ne!(
        std::fs::read(head_file(&env)).unwrap(),
        before,
        "the head moved on"
    );
    // Later, the restored copy put back over a newer vault is a rollback.
    env.add("after.pdf", b"%PDF after", &[]);
    std::fs::remove_dir_all(&env.vault).unwrap();
    std::fs::rename(&copy, &env.vault).unwrap();
    assert_error(&env.run(&["list"]), 6, "rollback");
}

#[test]
fn unknown_files_come_along_links_and_fifos_do_not() {
    let env = Env::new();
    env.add("a.pdf", b"%PDF a", &[]);
    // A folder a later carnet may keep, a link and a FIFO planted.
    std::fs::create_dir(env.vault.join("logs")).unwrap();
    std::fs::write(env.vault.join("logs/2026-12.log"), b"opaque").unwrap();
    std::os::unix::fs::symlink("/etc/passwd", env.vault.join("passwd-link")).unwrap();
    let fifo = std::ffi::CString::new(env.vault.join("pipe").to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a node.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
    let file = env.path("b.age");
    let (code, so, err) = env.run(&["--json", "backup", "-o", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&so).unwrap();
    let skipped: Vec<&str> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert_eq!(skipped, ["passwd-link", "pipe"]);
    let target = env.path("m2/vault");
    ok_json(
        on(&env, "m2"),
        &[
            "--vault",
            target.to_str().unwrap(),
            "restore",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(
        std::fs::read(target.join("logs/2026-12.log")).unwrap(),
        b"opaque"
    );
    assert!(std::fs::symlink_metadata(target.join("passwd-link")).is_err());
    assert!(std::fs::symlink_metadata(target.join("pipe")).is_err());
}

#[test]
fn a_backup_the_restorer_opens_but_whose_vault_they_cannot_unlock_changes_nothing() {
    let env = Env::new();
    env.add("a.pdf", b"%PDF a", &[]);
    let (other, other_r) = new_identity(env.dir.path(), "other.txt");
    let file = env.path("b.age");
    env.json(&[
        "backup",
        "-o",
        file.to_str().unwrap(),
        "--recipient",
        &other_r,
    ]);
    let target = env.path("m2/vault");
    let mut c = on(&env, "m2");
    c.env("CARNET_IDENTITY", &other);
    let res = out(
        c,
        &[
            "--vault",
            target.to_str().unwrap(),
            "restore",
            file.to_str().unwrap(),
        ],
    );
    assert_error(&res, 3, "does not open with your unlock method");
    assert!(!target.exists());
    assert!(stray_dirs(&env.path("m2")).is_empty());
}

#[test]
fn a_rekeyed_vault_round_trips_and_replaces_its_damaged_self() {
    let (env, docs) = filled();
    env.cmd().arg("rekey").assert().success();
    assert!(env.vault.join("generation").exists());
    let file = env.path("b.age");
    env.json(&["backup", "-o", file.to_str().unwrap()]);
    // The index damaged and vault.json garbled: what a restore is for.
    let gen = std::fs::read_to_string(env.vault.join("generation")).unwrap();
    let index = env.vault.join(gen.trim()).join("index.age");
    let mut b = std::fs::read(&index).unwrap();
    let mid = b.len() / 2;
    b[mid] ^= 0xff;
    std::fs::write(&index, b).unwrap();
    std::fs::write(env.vault.join("vault.json"), b"{garbage").unwrap();
    assert_eq!(env.run(&["list"]).0, 6);
    let f = file.to_str().unwrap();
    assert_error(&env.run(&["restore", f]), 2, "damaged vault");
    let r = env.json(&["restore", f, "--force"]);
    assert_eq!(r["replaced"], "unknown");
    assert_eq!(ids(&env.json(&["list"])), {
        let mut d = docs.clone();
        d.sort();
        d
    });
    let (code, _, err) = env.run(&["check"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_backup_to_stdout_opens_with_stock_age() {
    let env = Env::new();
    env.add("a.pdf", b"%PDF a", &[]);
    let o = env
        .cmd()
        .args(["--json", "backup", "-o", "-"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // The summary went to stderr, the backup alone to stdout.
    let summary: Value = serde_json::from_str(String::from_utf8_lossy(&o.stderr).trim()).unwrap();
    assert!(summary["files"].as_u64().unwrap() >= 4);
    let file = env.write("stdout.age", &o.stdout);
    let listing = StdCommand::new("sh")
        .arg("-c")
        .arg(format!(
            "age -d -i '{}' '{}' | tar t",
            env.identity.display(),
            file.display()
        ))
        .output()
        .unwrap();
    assert!(listing.status.success());
    assert!(String::from_utf8_lossy(&listing.stdout).starts_with("BACKUP.json\n"));
}
