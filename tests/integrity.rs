//! What an attacker with write access to the vault directory, a crash, or
//! a second process can do, and how carnet reacts: exit 6 for forgeries,
//! rollback and damage; nothing lost after kill -9; clean waits or exit 7.
mod common;
use common::*;

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

fn encrypt_to(recipient: &str, plain: &[u8]) -> Vec<u8> {
    let r: age::x25519::Recipient = recipient.parse().unwrap();
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    w.write_all(plain).unwrap();
    w.finish().unwrap();
    out
}

fn quiet(c: &mut std::process::Command) -> &mut std::process::Command {
    c.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
}

fn vault_recipient(env: &Env) -> String {
    std::fs::read_to_string(env.vault.join("recipient"))
        .unwrap()
        .trim()
        .to_string()
}

#[test]
fn forged_index_is_rejected() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    // Someone who knows only the public recipient writes an index: well-formed
    // header, zero MAC, and a SQLite image of their choosing.
    let mut plain = b"carnet-index\n".to_vec();
    plain.extend_from_slice(&1u32.to_be_bytes());
    plain.extend_from_slice(&[0u8; 32]);
    plain.extend_from_slice(b"SQLite format 3\0");
    std::fs::write(
        env.vault.join("index.age"),
        encrypt_to(&vault_recipient(&env), &plain),
    )
    .unwrap();
    assert_error(&env.run(&["list"]), 6, "authentication");
}

#[test]
fn truncated_index_is_integrity_failure() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    let p = env.vault.join("index.age");
    let bytes = std::fs::read(&p).unwrap();
    std::fs::write(&p, &bytes[..bytes.len() / 2]).unwrap();
    assert_error(&env.run(&["list"]), 6, "index");
    std::fs::remove_file(&p).unwrap();
    assert_error(&env.run(&["list"]), 6, "missing");
}

/// Read-only commands decrypt the index page by page; damage in a part
/// they do not read is still found by `check` and `journal verify`, which
/// read all of it, and by any command that reads the damaged pages.
#[test]
fn index_damaged_in_the_middle_is_found_by_check() {
    let env = Env::new();
    let dir = env.path("many");
    std::fs::create_dir_all(&dir).unwrap();
    for i in 0..400 {
        std::fs::write(
            dir.join(format!("doc-{i:03}.txt")),
            format!("document {i} {}", "x".repeat(i)),
        )
        .unwrap();
    }
    let (code, _, err) = env.run(&["add", "-r", dir.to_str().unwrap(), "-q"]);
    assert_eq!(code, 0, "{err}");
    // Enough commits that the snapshot is sealed again with every document.
    let first = env.json(&["list", "--limit", "1"])[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    for i in 0..carnet::vault::COMPACT_SEGMENTS {
        assert_eq!(env.run(&["edit", &first, "--title", &format!("t{i}")]).0, 0);
    }
    let p = env.vault.join("index.age");
    let mut bytes = std::fs::read(&p).unwrap();
    assert!(
        bytes.len() > 4 * 65_552,
        "the index spans several chunks ({} bytes)",
        bytes.len()
    );
    let at = bytes.len() / 2;
    bytes[at] ^= 0x40;
    std::fs::write(&p, &bytes).unwrap();
    assert_error(&env.run(&["check"]), 6, "index");
    assert_error(&env.run(&["journal", "verify"]), 6, "index");
    // A full listing reads every document row: it meets the damage too, or
    // the damage lies in pages no listing reads; never a wrong answer.
    let (code, _, err) = env.run(&["list", "--json"]);
    assert!(code == 0 || code == 6, "exit {code}: {err}");
}

#[test]
fn forged_or_swapped_blob_is_rejected() {
    let env = Env::new();
    let a = env.add("a.txt", b"first document", &[]);
    let b = env.add("b.txt", b"second document", &[]);
    let blobs: Vec<_> = std::fs::read_dir(env.vault.join("blobs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(blobs.len(), 2);
    // A blob replaced by content encrypted to the public recipient.
    let target = &blobs[0];
    std::fs::write(target, encrypt_to(&vault_recipient(&env), b"planted")).unwrap();
    let o1 = env
        .cmd()
        .args(["get", &a, "-o", env.path("a.out").to_str().unwrap()])
        .output()
        .unwrap();
    let o2 = env
        .cmd()
        .args(["get", &b, "-o", env.path("b.out").to_str().unwrap()])
        .output()
        .unwrap();
    let codes = [o1.status.code(), o2.status.code()];
    assert!(
        codes.contains(&Some(6)) && codes.contains(&Some(0)),
        "{codes:?}"
    );
    // The output file of the failed get was never created (temp + rename).
    assert!(!(env.path("a.out").exists() && env.path("b.out").exists()));
    let out = env.run(&["check"]);
    assert_error(&out, 6, "problem");
}

#[test]
fn blob_modified_or_deleted_fails_get_and_check() {
    let env = Env::new();
    let id = env.add("a.txt", &vec![7u8; 200_000], &[]);
    let blob = std::fs::read_dir(env.vault.join("blobs"))
        .unwrap()
        .flatten()
        .next()
        .unwrap()
        .path();
    // A failed get journals no view (the contract: a failed command changes nothing).
    let head = || env.json(&["journal", "head"])["seq"].as_i64().unwrap();
    let before = head();
    let mut bytes = std::fs::read(&blob).unwrap();
    let n = bytes.len();
    bytes[n - 100] ^= 0x55;
    std::fs::write(&blob, &bytes).unwrap();
    assert_error(
        &env.run(&["get", &id, "-o", env.path("x").to_str().unwrap()]),
        6,
        "blob",
    );
    assert!(!env.path("x").exists());
    assert_eq!(head(), before);
    assert_error(&env.run(&["check"]), 6, "problem");
    std::fs::remove_file(&blob).unwrap();
    assert_error(
        &env.run(&["get", &id, "-o", env.path("x").to_str().unwrap()]),
        6,
        "missing",
    );
    assert_error(&env.run(&["get", &id, "-o", "-"]), 6, "missing");
    assert_eq!(head(), before);
    let (code, _, stderr) = env.run(&["check"]);
    assert_eq!(code, 6);
    assert!(stderr.contains(&id), "{stderr}");
}

#[test]
fn restored_older_index_is_a_rollback() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    // The index is its snapshot and the commit log: both, as they were.
    let copy = env.path("older");
    std::fs::create_dir_all(&copy).unwrap();
    std::fs::copy(env.vault.join("index.age"), copy.join("index.age")).unwrap();
    cp_dir(&env.vault.join("log"), &copy.join("log"));
    env.add("b.txt", b"b", &[]);
    std::fs::copy(copy.join("index.age"), env.vault.join("index.age")).unwrap();
    std::fs::remove_dir_all(env.vault.join("log")).unwrap();
    cp_dir(&copy.join("log"), &env.vault.join("log"));
    assert_error(&env.run(&["list"]), 6, "rollback");
}

#[test]
fn forked_index_is_detected() {
    // Two copies of one vault diverge; bringing the other copy back is a fork.
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    let copy = env.path("copy");
    std::process::Command::new("cp")
        .arg("-a")
        .arg(&env.vault)
        .arg(&copy)
        .status()
        .unwrap();
    env.add("b.txt", b"b", &[]);
    // The copy, used elsewhere (another state dir), gets its own next entry.
    env.cmd()
        .env("CARNET_VAULT", &copy)
        .env("XDG_STATE_HOME", env.path("other-state"))
        .args(["add", env.write("c.txt", b"c").to_str().unwrap()])
        .assert()
        .success();
    std::fs::copy(copy.join("index.age"), env.vault.join("index.age")).unwrap();
    std::fs::remove_dir_all(env.vault.join("log")).unwrap();
    cp_dir(&copy.join("log"), &env.vault.join("log"));
    assert_error(&env.run(&["list"]), 6, "fork");
}

/// Copies a directory as it is (`cp -a`).
fn cp_dir(from: &std::path::Path, to: &std::path::Path) {
    assert!(std::process::Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .unwrap()
        .success());
}

#[test]
fn nothing_sensitive_in_clear_and_private_modes() {
    let env = Env::new();
    let marker = "MARQUEUR-SECRET-7731";
    let p = env.write("scan.txt", format!("contenu {marker} fin").as_bytes());
    env.json(&[
        "add",
        p.to_str().unwrap(),
        "--title",
        &format!("Titre {marker}"),
        "--tag",
        marker,
    ]);
    env.cmd().args(["get", "--json"]).assert().code(2);
    for f in env.vault_files() {
        let bytes = std::fs::read(&f).unwrap();
        let hay = String::from_utf8_lossy(&bytes);
        assert!(
            !hay.contains(marker),
            "{} holds the marker in clear",
            f.display()
        );
        assert!(
            !hay.contains("Camille"),
            "{} holds the holder's name in clear",
            f.display()
        );
        let mode = std::fs::metadata(&f).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} has mode {mode:o}", f.display());
    }
    for d in ["", "keys", "blobs", "tmp"] {
        let mode = std::fs::metadata(env.vault.join(d))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o700, "{d} has mode {mode:o}");
    }
}

#[test]
fn leftovers_are_warnings_and_repaired() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    // A temp file of a writer that died (pid 999999 does not exist) and an orphan blob.
    std::fs::write(
        env.vault.join("tmp/999999-00000000deadbeef.age.tmp"),
        b"partial",
    )
    .unwrap();
    let orphan = env
        .vault
        .join("blobs")
        .join(format!("{}.age", "ab".repeat(32)));
    std::fs::write(&orphan, b"orphan").unwrap();
    let old = std::time::SystemTime::now() - Duration::from_secs(600);
    std::fs::File::options()
        .write(true)
        .open(&orphan)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let (code, _, stderr) = env.run(&["check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning") && stderr.contains("--repair"),
        "{stderr}"
    );
    let v = env.json(&["check", "--repair"]);
    assert_eq!(v["repaired"], 2);
    assert!(!orphan.exists());
    let v = env.json(&["check"]);
    assert_eq!(v["warnings"].as_array().unwrap().len(), 0);
}

#[test]
fn busy_vault_waits_then_exit_7() {
    let env = Env::new();
    let f = env.write("a.txt", b"a");
    let lock = std::fs::File::options()
        .write(true)
        .create(true)
        .truncate(false)
        .open(env.vault.join("lock"))
        .unwrap();
    lock.lock().unwrap();
    let out = env
        .cmd()
        .env("CARNET_LOCK_TIMEOUT", "0.3")
        .args(["add", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(7),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("CARNET_LOCK_TIMEOUT"));
    // Readers are not blocked by a writer.
    env.cmd().args(["list"]).assert().success();
    lock.unlock().unwrap();
    env.cmd()
        .args(["add", f.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn two_writers_at_once() {
    let env = Env::new();
    for i in 0..40 {
        env.write(
            &format!("d1/f{i}.bin"),
            format!("one-{i}").repeat(500).as_bytes(),
        );
        env.write(
            &format!("d2/f{i}.bin"),
            format!("two-{i}").repeat(500).as_bytes(),
        );
    }
    let spawn = |d: &str| {
        quiet(
            env.std_cmd()
                .args(["add", "-r", env.path(d).to_str().unwrap()]),
        )
        .spawn()
        .unwrap()
    };
    let mut a = spawn("d1");
    let mut b = spawn("d2");
    let (sa, sb) = (a.wait().unwrap(), b.wait().unwrap());
    for s in [sa, sb] {
        assert!(s.success() || s.code() == Some(7), "{s:?}");
    }
    env.cmd().args(["check"]).assert().success();
    let n = env.json(&["list"]).as_array().unwrap().len();
    let expected = [sa, sb].iter().filter(|s| s.success()).count() * 40;
    assert!(n >= expected, "{n} < {expected}");
    assert_eq!(env.json(&["journal", "verify"])["ok"], true);
}

#[test]
fn kill_9_during_bulk_add_loses_nothing_committed() {
    let env = Env::new();
    let n = 120;
    for i in 0..n {
        // 96 KiB each, distinct content.
        let mut data = vec![0u8; 96 * 1024];
        for (j, b) in data.iter_mut().enumerate() {
            *b = ((i * 31 + j * 7) % 251) as u8;
        }
        env.write(&format!("bulk/doc-{i:03}.bin"), &data);
    }
    let dir = env.path("bulk");
    for delay_ms in [30u64, 120, 400] {
        let mut child = quiet(env.std_cmd().args(["add", "-r", dir.to_str().unwrap()]))
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // The vault opens and passes check (leftovers are warnings only).
        let (code, _, stderr) = env.run(&["check"]);
        assert_eq!(code, 0, "check after kill at {delay_ms} ms: {stderr}");
        // Every listed document decrypts to its source file.
        for d in env.json(&["list"]).as_array().unwrap() {
            let id = d["id"].as_str().unwrap();
            let o = env.cmd().args(["get", id, "-o", "-"]).output().unwrap();
            assert!(o.status.success());
            let src =
                std::fs::read(dir.join(format!("{}.bin", d["title"].as_str().unwrap()))).unwrap();
            assert_eq!(o.stdout, src);
        }
    }
    // A rerun completes the import, adding only what is missing.
    let v = env.json(&["add", "-r", dir.to_str().unwrap()]);
    assert_eq!(v.as_array().unwrap().len(), n);
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), n);
    env.cmd().args(["check", "--repair"]).assert().success();
    assert_eq!(
        std::fs::read_dir(env.vault.join("blobs")).unwrap().count(),
        n
    );
}

#[test]
fn next_write_sweeps_old_orphans() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    let orphan = env
        .vault
        .join("blobs")
        .join(format!("{}.age", "cd".repeat(32)));
    std::fs::write(&orphan, b"orphan").unwrap();
    let two_hours_ago = std::time::SystemTime::now() - Duration::from_secs(7200);
    for p in [&orphan, &env.vault.join("tmp/.swept")] {
        std::fs::File::options()
            .write(true)
            .create(true)
            .truncate(false)
            .open(p)
            .unwrap()
            .set_modified(two_hours_ago)
            .unwrap();
    }
    env.add("b.txt", b"b", &[]);
    assert!(
        !orphan.exists(),
        "an orphan blob older than an hour survives the next commit"
    );
    env.cmd().args(["check"]).assert().success();
}

#[test]
fn passphrase_protected_identity_needs_a_terminal() {
    let env = Env::new();
    // An `age -p` identity file holding the vault's identity.
    let secret = std::fs::read(&env.identity).unwrap();
    let mut r = age::scrypt::Recipient::new(age::secrecy::SecretString::from("idpass".to_string()));
    r.set_work_factor(10);
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    w.write_all(&secret).unwrap();
    w.finish().unwrap();
    let p = env.path("identity.age");
    std::fs::write(&p, out).unwrap();
    let o = env
        .cmd()
        .arg("--identity")
        .arg(&p)
        .args(["--no-input", "list"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(3));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("passphrase-protected") && err.contains("hint:"),
        "{err}"
    );
}

#[test]
fn readers_during_writes_never_fail() {
    let env = Env::new();
    for i in 0..60 {
        env.write(
            &format!("d/f{i}.bin"),
            format!("doc-{i}").repeat(2000).as_bytes(),
        );
    }
    let mut writer = quiet(
        env.std_cmd()
            .args(["add", "-r", env.path("d").to_str().unwrap()]),
    )
    .spawn()
    .unwrap();
    let mut reads = 0;
    while writer.try_wait().unwrap().is_none() && reads < 200 {
        let o = env.cmd().args(["--json", "list"]).output().unwrap();
        assert!(
            o.status.success(),
            "a reader failed during a write: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        reads += 1;
    }
    assert!(writer.wait().unwrap().success());
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 60);
}
