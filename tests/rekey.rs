//! `carnet rekey`: a new vault key, everything re-encrypted into a new
//! generation, switched by one rename; and `kill -9` at any moment of a
//! rekey or a handover leaves a vault that opens (old or new key) and
//! passes `check`.
mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

fn blob_files(vault: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![vault.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.parent().and_then(|d| d.file_name()) == Some("blobs".as_ref()) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn names(files: &[PathBuf]) -> Vec<String> {
    files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

/// The vault key, unwrapped with an identity file through the library.
fn vault_key(vault: &Path, identity: &Path) -> age::x25519::Identity {
    let ids = carnet::crypto::load_identity_file(identity, &carnet::prompt::nobody()).unwrap();
    let (k, _) = carnet::vault::Sealed::open(vault)
        .unwrap()
        .try_unwrap(&carnet::vault::UnlockMethod::Identities {
            identities: ids,
            source: "test".into(),
        })
        .unwrap()
        .expect("the identity opens the vault");
    k.local_identity().unwrap().clone()
}

fn decrypts(key: &age::x25519::Identity, file: &Path) -> bool {
    let bytes = std::fs::read(file).unwrap();
    let dec = age::Decryptor::new_buffered(&bytes[..]).unwrap();
    dec.decrypt(std::iter::once(key as &dyn age::Identity))
        .is_ok()
}

#[test]
fn rekey_keeps_content_and_journal_and_changes_every_blob() {
    let env = Env::new();
    let mut docs = Vec::new();
    for i in 0..6 {
        let body = format!("document number {i} ").repeat(500 + i * 100);
        let id = env.add(&format!("d{i}.txt"), body.as_bytes(), &["--tag", "t"]);
        docs.push((id, body));
    }
    let old_key = vault_key(&env.vault, &env.identity);
    let old_blobs = blob_files(&env.vault);
    assert_eq!(old_blobs.len(), 6);
    let journal_before = env.json(&["journal"]);
    let fp_before = env.json(&["status"])["signing_key_fingerprint"].clone();

    let v = env.json(&["rekey"]);
    assert_eq!(v["generation"], "gen-1", "{v}");
    // The signing key changes with the vault key, and rekey says so.
    assert_ne!(env.json(&["status"])["signing_key_fingerprint"], fp_before);
    assert_eq!(v["documents"], 6);
    assert_eq!(v["unlock_methods"], 1);
    assert_eq!(
        std::fs::read_to_string(env.vault.join("generation"))
            .unwrap()
            .trim(),
        "gen-1"
    );
    // The old generation is gone: no key, blob or index at the root.
    for n in ["keys", "blobs", "index.age", "recipient", "tmp"] {
        assert!(!env.vault.join(n).exists(), "{n} left at the vault root");
    }
    let new_blobs = blob_files(&env.vault);
    assert_eq!(new_blobs.len(), 6);
    let (o, n) = (names(&old_blobs), names(&new_blobs));
    assert!(n.iter().all(|b| !o.contains(b)), "a blob kept its name");
    for f in &new_blobs {
        assert!(
            !decrypts(&old_key, f),
            "the old key decrypts {}",
            f.display()
        );
    }
    assert_ne!(
        std::fs::read_to_string(env.vault.join("gen-1/recipient")).unwrap(),
        old_key.to_public().to_string()
    );

    // Content and journal survive; the journal records the rekey.
    for (id, body) in &docs {
        let out = env.cmd().args(["get", id, "-o", "-"]).output().unwrap();
        assert!(out.status.success());
        assert_eq!(out.stdout, body.as_bytes());
    }
    assert_eq!(
        env.json(&["list", "--tag", "t"]).as_array().unwrap().len(),
        6
    );
    let journal_after = env.json(&["journal"]);
    let before = journal_before.as_array().unwrap();
    let after = journal_after.as_array().unwrap();
    assert_eq!(&after[..before.len()], &before[..], "past entries changed");
    assert!(after.iter().any(|e| e["action"] == "vault.rekey"));
    env.cmd().args(["journal", "verify"]).assert().success();
    let c = env.json(&["check"]);
    assert_eq!(c["ok"], true, "{c}");
    assert!(c["warnings"].as_array().unwrap().is_empty(), "{c}");

    // Again: gen-2 replaces gen-1; writes keep working.
    assert_eq!(env.json(&["rekey"])["generation"], "gen-2");
    assert!(!env.vault.join("gen-1").exists());
    env.add("after.txt", b"added after two rekeys", &[]);
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 7);
    env.cmd().args(["check"]).assert().success();
}

#[test]
fn rekey_after_key_rm_cuts_off_the_removed_key() {
    let env = Env::new();
    let (laptop, laptop_r) = new_identity(env.dir.path(), "laptop.txt");
    env.add("a.txt", b"some report", &[]);
    env.cmd().args(["key", "add", &laptop_r]).assert().success();
    // Someone who had the laptop key keeps a copy of the vault key.
    let kept = vault_key(&env.vault, &laptop);
    let out = env.run(&["key", "rm", &laptop_r]);
    assert_eq!(out.0, 0);
    assert!(out.2.contains("carnet rekey"), "{}", out.2);
    for f in blob_files(&env.vault) {
        assert!(decrypts(&kept, &f), "before rekey the kept key still reads");
    }
    let (code, _, err) = env.run(&["rekey"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("signed with a new key"), "{err}");
    for f in blob_files(&env.vault) {
        assert!(
            !decrypts(&kept, &f),
            "after rekey the kept key reads nothing"
        );
    }
    let out = env
        .cmd()
        .env("CARNET_IDENTITY", &laptop)
        .args(["list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
}

#[test]
fn rekey_rewraps_the_passphrase_or_drops_it_on_request() {
    let env = Env::bare();
    let pass = env.write("pass.txt", b"correct horse battery staple\n");
    let p = pass.to_str().unwrap();
    env.cmd()
        .env_remove("CARNET_IDENTITY")
        .args([
            "init",
            "--passphrase-file",
            p,
            "--recipient",
            &env.recipient,
        ])
        .assert()
        .success();
    env.add("a.txt", b"a", &[]);
    // Unlocked with the identity and no passphrase at hand: exit 2, saying which flags.
    let out = env.run(&["rekey"]);
    assert_error(&out, 2, "passphrase");
    assert!(
        out.2.contains("--passphrase-file") && out.2.contains("--drop-passphrase"),
        "{}",
        out.2
    );
    // A wrong passphrase is refused.
    let wrong = env.write("wrong.txt", b"nope\n");
    assert_error(
        &env.run(&["--passphrase-file", wrong.to_str().unwrap(), "rekey"]),
        3,
        "passphrase",
    );
    // Unlocked with the passphrase: it is kept under the new key.
    let v: Value = serde_json::from_slice(
        &env.cmd()
            .env_remove("CARNET_IDENTITY")
            .args(["--passphrase-file", p, "--json", "rekey"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["passphrase"], "kept", "{v}");
    env.cmd()
        .env_remove("CARNET_IDENTITY")
        .args(["--passphrase-file", p, "list"])
        .assert()
        .success();
    // Dropped on request; the identity still opens it.
    assert_eq!(
        env.json(&["rekey", "--drop-passphrase"])["passphrase"],
        "dropped"
    );
    let out = env
        .cmd()
        .env_remove("CARNET_IDENTITY")
        .args(["--passphrase-file", p, "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    env.cmd().args(["check"]).assert().success();
}

fn quiet(c: &mut std::process::Command) -> &mut std::process::Command {
    c.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
}

/// 60 documents of 200 KiB: enough for a rekey to take a moment.
fn bulk(env: &Env, dir: &str) -> PathBuf {
    for i in 0..60 {
        let mut data = vec![0u8; 200 * 1024];
        for (j, b) in data.iter_mut().enumerate() {
            *b = ((i * 37 + j * 11) % 251) as u8;
        }
        env.write(&format!("{dir}/doc-{i:03}.bin"), &data);
    }
    env.path(dir)
}

#[test]
fn kill_9_during_rekey_leaves_a_vault_that_opens_and_checks() {
    let env = Env::new();
    let dir = bulk(&env, "bulk");
    env.cmd()
        .args(["add", "-r", dir.to_str().unwrap()])
        .assert()
        .success();
    for delay_ms in [5u64, 40, 120, 300, 700, 1500] {
        let mut child = quiet(env.std_cmd().args(["rekey"])).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // Old or new generation, never a mix: the vault opens and passes check.
        let (code, _, stderr) = env.run(&["check"]);
        assert_eq!(code, 0, "check after kill at {delay_ms} ms: {stderr}");
        let list = env.json(&["list"]);
        assert_eq!(
            list.as_array().unwrap().len(),
            60,
            "after kill at {delay_ms} ms"
        );
        for d in list.as_array().unwrap().iter().step_by(13) {
            let id = d["id"].as_str().unwrap();
            let o = env.cmd().args(["get", id, "-o", "-"]).output().unwrap();
            assert!(o.status.success());
            let src =
                std::fs::read(dir.join(format!("{}.bin", d["title"].as_str().unwrap()))).unwrap();
            assert_eq!(o.stdout, src);
        }
        env.cmd().args(["journal", "verify"]).assert().success();
    }
    // Leftovers of losing generations go with --repair (or the next rekey).
    env.cmd().args(["check", "--repair"]).assert().success();
    let c = env.json(&["check"]);
    assert!(c["warnings"].as_array().unwrap().is_empty(), "{c}");
    env.cmd().args(["rekey"]).assert().success();
    let gens: Vec<_> = std::fs::read_dir(&env.vault)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("gen-"))
        .collect();
    assert_eq!(gens.len(), 1, "one generation left");
}

#[test]
fn kill_9_during_handover_leaves_old_or_new_and_check_passes() {
    let env = Env::bare();
    let (adult, adult_r) = new_identity(env.dir.path(), "adult.txt");
    let run = |id: &Path, args: &[&str]| {
        let out = env
            .cmd()
            .env_remove("CARNET_VAULT")
            .env("CARNET_IDENTITY", id)
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let parent = env.identity.clone();
    assert_eq!(
        run(
            &parent,
            &["init", "--no-passphrase", "--recipient", &env.recipient]
        )
        .0,
        0
    );
    assert_eq!(
        run(
            &parent,
            &["profile", "create", "lea", "--birth-date", "2010-01-01"]
        )
        .0,
        0
    );
    let dir = bulk(&env, "bulk");
    assert_eq!(
        run(
            &parent,
            &["--profile", "lea", "add", "-r", dir.to_str().unwrap()]
        )
        .0,
        0
    );
    let mut handed_over = false;
    for delay_ms in [5u64, 40, 120, 300, 700, 1500, 3000] {
        let mut child = quiet(env.std_cmd().env_remove("CARNET_VAULT").args([
            "profile",
            "handover",
            "lea",
            "--force",
            "--recipient",
            &adult_r,
        ]))
        .spawn()
        .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        // The old key (the parent's, as guardian) or the new one (the young adult's).
        let (old, _) = run(&parent, &["--profile", "lea", "check"]);
        let (new, err) = run(&adult, &["--profile", "lea", "check"]);
        assert!(
            (old == 0) != (new == 0),
            "after kill at {delay_ms} ms: exactly one key must open it (old {old}, new {new}: {err})"
        );
        let who = if old == 0 { &parent } else { &adult };
        assert_eq!(run(who, &["--profile", "lea", "journal", "verify"]).0, 0);
        if new == 0 {
            handed_over = true;
            break;
        }
    }
    if !handed_over {
        // Every kill landed before the switch: finish it now.
        let (code, err) = run(
            &parent,
            &[
                "profile",
                "handover",
                "lea",
                "--force",
                "--recipient",
                &adult_r,
            ],
        );
        assert_eq!(code, 0, "{err}");
    }
    let (code, err) = run(&parent, &["--profile", "lea", "list"]);
    assert_eq!(code, 3, "{err}");
    assert_eq!(run(&adult, &["--profile", "lea", "check", "--repair"]).0, 0);
    assert_eq!(run(&adult, &["--profile", "lea", "check"]).0, 0);
}

/// A command that unlocked before a rekey switched generations is refused
/// when it commits (exit 7, "run it again"), never writes into the old one.
#[test]
fn a_commit_after_someone_elses_rekey_is_refused() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    std::env::set_var("CARNET_STATE_DIR", env.path("xdg-state/carnet"));
    let ids = carnet::crypto::load_identity_file(&env.identity, &carnet::prompt::nobody()).unwrap();
    let (vault, _) = carnet::vault::Sealed::open(&env.vault)
        .unwrap()
        .unlock(&carnet::vault::UnlockMethod::Identities {
            identities: ids,
            source: "test".into(),
        })
        .unwrap();
    env.cmd().args(["rekey"]).assert().success();
    let err = vault.write(|_| Ok(())).unwrap_err();
    assert_eq!(err.exit_code(), 7, "{err}");
    assert!(err.to_string().contains("re-keyed"), "{err}");
    assert!(
        !env.vault.join("index.age").exists(),
        "nothing written to the old generation"
    );
    env.cmd().args(["check"]).assert().success();
}

/// `check` holds the write lock from before it loads the index: a rekey
/// never removes the generation it is reading (it failed once with
/// "gen-N/index.age is missing" when it took no lock); an unlock that
/// read a generation a rekey removed meanwhile opens the new one.
#[test]
fn check_run_while_rekeys_run_never_fails() {
    let env = Env::new();
    for i in 0..5 {
        env.add(&format!("doc-{i}.txt"), format!("note {i}").as_bytes(), &[]);
    }
    let done = std::sync::atomic::AtomicBool::new(false);
    let checks = std::thread::scope(|s| {
        let rekeys = s.spawn(|| {
            for _ in 0..20 {
                let out = env
                    .cmd()
                    .env("CARNET_LOCK_TIMEOUT", "120")
                    .args(["rekey"])
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "rekey: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
            done.store(true, std::sync::atomic::Ordering::SeqCst);
        });
        let mut checks = 0;
        while !done.load(std::sync::atomic::Ordering::SeqCst) {
            let out = env
                .cmd()
                .env("CARNET_LOCK_TIMEOUT", "120")
                .args(["check"])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "check #{checks} during rekeys: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            checks += 1;
        }
        rekeys.join().unwrap();
        checks
    });
    assert!(checks > 0);
    env.cmd().args(["check"]).assert().success();
}
