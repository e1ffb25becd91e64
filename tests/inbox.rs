//! The inbox (docs/inbox.md): a scanner with no identity and no passphrase
//! drops documents; the holder's next unlock folds them in; concurrent
//! writers and a fold killed at any point lose and duplicate nothing; a
//! replaced recipient file is exit 6; unseen imports stay out of exports.

mod common;

use std::collections::HashSet;
use std::path::Path;
use std::process::Command as StdCommand;
use std::time::Duration;

use assert_cmd::Command;
use common::{assert_error, new_identity, Env, RPPS_A};
use serde_json::Value;

/// `carnet` as the scanner runs it: the vault folder, and nothing else.
/// No identity, no passphrase file, no prompt, its own home and state dir.
fn scanner_std(env: &Env) -> StdCommand {
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

fn scanner(env: &Env) -> Command {
    Command::from_std(scanner_std(env))
}

fn run(mut c: Command, args: &[&str]) -> (i32, String, String) {
    let out = c.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn inbox_items(env: &Env) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(env.vault.join("inbox"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".age"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn docs(env: &Env) -> Vec<Value> {
    env.json(&["list"]).as_array().unwrap().clone()
}

fn checks_clean(env: &Env) {
    let out = env.run(&["check"]);
    assert_eq!(out.0, 0, "check failed: {}", out.2);
}

#[test]
fn a_scanner_without_any_secret_fills_the_inbox_and_the_holder_folds_it() {
    let env = Env::new();
    env.write("scans/bilan.pdf", b"%PDF bilan sanguin");
    env.write(
        "scans/bilan.pdf.yaml",
        b"title: Bilan sanguin\ntype: lab-report\ndate: 2025-03-14\ntags: [bio]\n",
    );
    env.write("scans/2025-01-02-ordonnance.pdf", b"%PDF ordonnance");
    env.write("scans/gone.pdf.yaml", b"title: Orphan\n");

    // The scanner holds nothing secret: its environment names no identity
    // and no passphrase, and the command works anyway.
    let mut sc = scanner_std(&env);
    sc.args([
        "--json",
        "inbox",
        "add",
        "-r",
        env.path("scans").to_str().unwrap(),
    ]);
    assert!(sc
        .get_envs()
        .all(|(k, _)| k != "CARNET_IDENTITY" && k != "CARNET_PASSPHRASE_FILE"));
    let out = sc.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let dropped: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(dropped.as_array().unwrap().len(), 2, "{dropped}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("pinned"), "{stderr}");
    assert!(stderr.contains("never added as a document"), "{stderr}");
    assert_eq!(inbox_items(&env).len(), 2);
    // Nothing readable: neither the titles nor the content are in clear.
    for item in inbox_items(&env) {
        let bytes = std::fs::read(env.vault.join("inbox").join(&item)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("Bilan") && !text.contains("%PDF"), "{item}");
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(env.vault.join("inbox").join(&item))
                .unwrap()
                .permissions(),
        );
        assert_eq!(mode & 0o077, 0, "{item} is {mode:o}");
    }
    let waiting = Command::from_std(scanner_std(&env))
        .args(["--json", "inbox", "list"])
        .output()
        .unwrap();
    let waiting: Value = serde_json::from_slice(&waiting.stdout).unwrap();
    assert_eq!(waiting["count"], 2, "{waiting}");

    // check and journal verify look at the vault as it is: no fold.
    checks_clean(&env);
    env.cmd().args(["journal", "verify"]).assert().success();
    assert_eq!(inbox_items(&env).len(), 2);

    // The holder's next command folds the inbox first.
    let list = docs(&env);
    assert!(inbox_items(&env).is_empty(), "folded and removed");
    assert_eq!(list.len(), 2, "{list:?}");
    let bilan = list.iter().find(|d| d["title"] == "Bilan sanguin").unwrap();
    assert_eq!(bilan["type"], "lab-report");
    assert_eq!(bilan["date"], "2025-03-14");
    assert_eq!(bilan["tags"][0], "bio");
    assert_eq!(bilan["origin"], "inbox");
    let id = bilan["id"].as_str().unwrap().to_string();
    let ordo = list.iter().find(|d| d["title"] != "Bilan sanguin").unwrap();
    assert_eq!(ordo["date"], "2025-01-02");
    let journal = env.json(&["journal", "--action", "doc.add"]);
    assert!(
        journal
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["actor"]["type"] == "inbox"),
        "{journal}"
    );
    let (_, table, _) = env.run(&["list"]);
    assert!(table.contains("inbox, not seen yet"), "{table}");
    let got = env.cmd().args(["get", &id, "-o", "-"]).output().unwrap();
    assert_eq!(got.stdout, b"%PDF bilan sanguin");

    // Not seen yet: the primary doctor's export does not carry it.
    env.cmd()
        .args(["pro", "add", RPPS_A, "--name", "Dr Dubois", "--primary"])
        .assert()
        .success();
    let access = env.json(&["access", RPPS_A, "--doc", &id]);
    assert_eq!(access[0]["rule"], "inbox_unseen", "{access}");
    let (_, pro_key) = new_identity(env.dir.path(), "pro.txt");
    let out = env.run(&[
        "export",
        "--for",
        RPPS_A,
        "-o",
        env.path("b1.age").to_str().unwrap(),
        "--recipient",
        &pro_key,
    ]);
    assert_error(&out, 5, "");
    // Once the holder has seen it (show), it may leave as any other.
    let (_, shown, _) = env.run(&["show", &id]);
    assert!(
        shown.contains("Origin") && shown.contains("inbox"),
        "{shown}"
    );
    let access = env.json(&["access", RPPS_A, "--doc", &id]);
    assert_eq!(access[0]["rule"], "primary_doctor", "{access}");
    let accept = env.json(&["inbox", "accept", "--all"]);
    assert_eq!(accept["accepted"].as_array().unwrap().len(), 1, "{accept}");
    let v = env.json(&[
        "export",
        "--for",
        RPPS_A,
        "-o",
        env.path("b2.age").to_str().unwrap(),
        "--recipient",
        &pro_key,
    ]);
    assert!(v.to_string().contains(&id), "{v}");
    let accepted = env.json(&["journal", "--action", "inbox.accept"]);
    assert_eq!(accepted.as_array().unwrap().len(), 2, "{accepted}");

    // The same scan dropped again is a duplicate: folded, nothing edited.
    scanner(&env)
        .args([
            "inbox",
            "add",
            env.path("scans/bilan.pdf").to_str().unwrap(),
        ])
        .assert()
        .success();
    let v = env.json(&["inbox", "import"]);
    assert_eq!(v["duplicates"][0]["doc"], id.as_str(), "{v}");
    assert_eq!(docs(&env).len(), 2);
    checks_clean(&env);
}

#[test]
fn a_replaced_recipient_file_is_exit_6_and_nothing_is_written() {
    let env = Env::new();
    env.write("scan.pdf", b"%PDF scan");
    let scan = env.path("scan.pdf");
    let scan = scan.to_str().unwrap();
    // Whoever can write the folder puts their own key there.
    let (_, theirs) = new_identity(env.dir.path(), "attacker.txt");
    let real = env.json(&["inbox", "recipient"])["recipient"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(real, theirs);
    // Given once by the holder: pinned.
    scanner(&env)
        .args(["inbox", "add", scan, "--recipient", &real])
        .assert()
        .success();
    assert_eq!(inbox_items(&env).len(), 1);
    std::fs::write(env.vault.join("recipient"), format!("{theirs}\n")).unwrap();
    let out = run(scanner(&env), &["inbox", "add", scan]);
    assert_error(&out, 6, "not");
    assert!(out.2.contains(&real), "{}", out.2);
    assert_eq!(inbox_items(&env).len(), 1, "nothing written");
    // --recipient with the holder's key does not follow the file either.
    let out = run(scanner(&env), &["inbox", "add", scan, "--recipient", &real]);
    assert_error(&out, 6, "");
    assert_eq!(inbox_items(&env).len(), 1);
    // The holder sees the replaced file.
    let (code, stdout, stderr) = env.run(&["inbox", "recipient"]);
    assert_eq!(code, 0);
    assert_eq!(stdout.trim(), real);
    assert!(stderr.contains("replaced"), "{stderr}");

    // A first use on another machine, then a change: exit 6 too.
    std::fs::write(env.vault.join("recipient"), format!("{real}\n")).unwrap();
    let mut other = scanner_std(&env);
    other.env("XDG_STATE_HOME", env.path("other-state"));
    let o = other.args(["inbox", "add", scan]).output().unwrap();
    assert!(o.status.success());
    std::fs::write(env.vault.join("recipient"), format!("{theirs}\n")).unwrap();
    let mut other = scanner_std(&env);
    other.env("XDG_STATE_HOME", env.path("other-state"));
    let o = other.args(["inbox", "add", scan]).output().unwrap();
    assert_eq!(o.status.code(), Some(6));
    // The holder's `inbox recipient` unlocked, so folded the first item.
    assert_eq!(inbox_items(&env).len(), 1);
}

#[test]
fn two_writers_and_a_fold_at_the_same_time_lose_nothing() {
    let env = Env::new();
    const EACH: usize = 12;
    for w in ["a", "b"] {
        for i in 0..EACH {
            env.write(
                &format!("scans-{w}/{w}{i:02}.pdf"),
                format!("%PDF writer {w} document {i} {}", "x".repeat(i * 1000)).as_bytes(),
            );
        }
    }
    let writers: Vec<_> = ["a", "b"]
        .iter()
        .map(|w| {
            let dir = env.path(&format!("scans-{w}"));
            let mut c = scanner_std(&env);
            c.args(["inbox", "add", "-r", dir.to_str().unwrap()]);
            c.spawn().unwrap()
        })
        .collect();
    // The holder folds while they write.
    let mut folds = 0;
    for _ in 0..6 {
        let out = env.run(&["inbox", "import"]);
        assert_eq!(out.0, 0, "{}", out.2);
        folds += 1;
    }
    for mut w in writers {
        assert!(w.wait().unwrap().success());
    }
    env.json(&["inbox", "import"]);
    assert!(folds > 0);
    let list = docs(&env);
    let titles: HashSet<String> = list
        .iter()
        .map(|d| d["title"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(list.len(), 2 * EACH, "{titles:?}");
    assert_eq!(titles.len(), 2 * EACH, "no duplicates");
    assert!(inbox_items(&env).is_empty());
    checks_clean(&env);
}

/// Fills the inbox with `n` documents of about `size` bytes.
fn fill(env: &Env, n: usize, size: usize, tag: &str) {
    let dir = env.path(&format!("fill-{tag}"));
    for i in 0..n {
        let mut body = format!("%PDF {tag} {i} ").into_bytes();
        body.resize(size, b'a' + (i % 26) as u8);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("{tag}-{i:03}.pdf")), body).unwrap();
    }
    scanner(env)
        .args(["inbox", "add", "-r", dir.to_str().unwrap()])
        .assert()
        .success();
}

#[test]
fn a_fold_killed_at_any_point_loses_and_duplicates_nothing() {
    let env = Env::new();
    const N: usize = 40;
    fill(&env, N, 256 * 1024, "k");
    // Kill -9 the fold at increasing delays; after each kill the vault
    // opens and passes check (which does not fold).
    for ms in [
        0u64, 5, 15, 30, 60, 100, 150, 200, 250, 300, 340, 380, 420, 460, 500,
    ] {
        let mut child = env
            .std_cmd()
            .args(["inbox", "import"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(ms));
        let _ = child.kill();
        let _ = child.wait();
        checks_clean(&env);
        // Nothing lost (every document is in the index or still waits),
        // nothing duplicated (never more documents than items).
        let (n, waiting) = (docs_without_fold(&env), inbox_items(&env).len());
        assert!(
            n <= N && n + waiting >= N,
            "after a kill at {ms} ms: {n} + {waiting}"
        );
        if inbox_items(&env).is_empty() {
            break;
        }
    }
    env.json(&["inbox", "import"]);
    let list = docs(&env);
    let titles: HashSet<&str> = list.iter().map(|d| d["title"].as_str().unwrap()).collect();
    assert_eq!(list.len(), N);
    assert_eq!(titles.len(), N, "no duplicates");
    assert!(inbox_items(&env).is_empty());
    checks_clean(&env);
}

/// The documents as the index holds them now, without folding: `check`
/// does not fold, and its JSON counts documents.
fn docs_without_fold(env: &Env) -> usize {
    env.json(&["check"])["documents"].as_u64().unwrap() as usize
}

#[test]
fn a_fold_interrupted_after_its_commit_and_a_second_replica_make_one_document() {
    let env = Env::new();
    fill(&env, 3, 1000, "r");
    let items = inbox_items(&env);
    // Keep the items as they are, as a crash between the commit and their
    // removal would, and as a second replica holding the same inbox would.
    let saved = env.path("saved-inbox");
    std::fs::create_dir_all(&saved).unwrap();
    for i in &items {
        std::fs::copy(env.vault.join("inbox").join(i), saved.join(i)).unwrap();
    }
    let replica = env.path("replica");
    copy_dir(&env.vault, &replica);

    let first = env.json(&["inbox", "import"]);
    let ids: HashSet<String> = first["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 3);
    // The items come back (the crash): the next fold only removes them.
    for i in &items {
        std::fs::copy(saved.join(i), env.vault.join("inbox").join(i)).unwrap();
    }
    let again = env.json(&["inbox", "import"]);
    assert!(again["added"].as_array().unwrap().is_empty(), "{again}");
    assert!(inbox_items(&env).is_empty());
    assert_eq!(docs(&env).len(), 3);
    checks_clean(&env);

    // The replica folds the same items into the same document IDs.
    let other = env.json_from(
        env.cmd()
            .env("CARNET_VAULT", &replica)
            .env("XDG_STATE_HOME", env.path("replica-state"))
            .args(["--json", "inbox", "import"]),
    );
    let replica_ids: HashSet<String> = other["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(replica_ids, ids);
}

#[test]
fn planted_items_are_rejected_and_their_text_sanitised() {
    let env = Env::new();
    // Garbage named like an item.
    std::fs::create_dir_all(env.vault.join("inbox")).unwrap();
    std::fs::write(
        env.vault
            .join("inbox")
            .join(format!("{}.age", "a".repeat(26))),
        b"not an age file",
    )
    .unwrap();
    // An item written by someone who knows only the public recipient,
    // with a title carrying an escape sequence and a bidi override.
    let recipient: age::x25519::Recipient = std::fs::read_to_string(env.vault.join("recipient"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let meta = serde_json::json!({
        "filename": "../evil\u{1b}.pdf",
        "title": "Compte rendu\u{1b}[2J\u{202e}fdp.exe",
        "type": "consultation-report",
        "date": "2025-02-03",
        "tags": ["ok", "bad\u{7}"],
        "size": 9,
        "written_at": "2025-02-03T00:00:00Z",
    });
    let plain = format!("carnet-inbox-item v1\n{meta}\n%PDF evil");
    let enc = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .unwrap();
    let mut out = Vec::new();
    let mut w = enc.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(&mut w, plain.as_bytes()).unwrap();
    w.finish().unwrap();
    std::fs::write(
        env.vault
            .join("inbox")
            .join(format!("{}.age", "b".repeat(26))),
        out,
    )
    .unwrap();
    let out = env.run(&["inbox", "import"]);
    assert_eq!(out.0, 0, "{}", out.2);
    assert!(out.2.contains("rejected"), "{}", out.2);
    assert_eq!(
        std::fs::read_dir(env.vault.join("inbox/rejected"))
            .unwrap()
            .count(),
        1
    );
    let folds = env.json(&["journal", "--action", "inbox.fold"]);
    assert_eq!(folds.as_array().unwrap().len(), 1, "{folds}");
    assert_eq!(folds[0]["actor"]["type"], "inbox");
    let list = docs(&env);
    assert_eq!(list.len(), 1);
    let title = list[0]["title"].as_str().unwrap();
    assert!(title.starts_with("Compte rendu"), "{title}");
    assert!(
        !title.chars().any(|c| c.is_control() || c == '\u{202e}'),
        "{title:?}"
    );
    assert!(list[0]["tags"].as_array().unwrap().iter().all(|t| !t
        .as_str()
        .unwrap()
        .chars()
        .any(char::is_control)));
    assert_eq!(list[0]["origin"], "inbox");
    checks_clean(&env);
    assert!(Path::new(&env.vault.join("inbox")).is_dir());
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let t = to.join(e.file_name());
        let ft = std::fs::symlink_metadata(&p).unwrap().file_type();
        if ft.is_dir() {
            copy_dir(&p, &t);
        } else if ft.is_file() {
            std::fs::copy(&p, &t).unwrap();
        }
    }
}
