//! The inbox on a remote (docs/inbox.md, "A scanner that is not a
//! replica"): a scanner with no vault, no identity and no passphrase drops
//! items onto a folder remote with `inbox add --to`; a replica's `sync`
//! pulls them, its next unlock folds them, the sync after that removes
//! them from the remote. The remote's recipient is pinned on the scanner.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use common::{assert_error, new_identity, Env};
use serde_json::Value;

/// `carnet` as a scanner that is not a replica runs it: its own home and
/// state dir, no vault, no identity, no passphrase, no prompt.
fn scanner_std(env: &Env) -> StdCommand {
    let mut c = StdCommand::new(env!("CARGO_BIN_EXE_carnet"));
    c.current_dir(env.dir.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.path("scanner-home"))
        .env("XDG_STATE_HOME", env.path("scanner-state"))
        .env("XDG_DATA_HOME", env.path("scanner-data"))
        .env("CARNET_NO_INPUT", "1")
        .env("NO_COLOR", "1");
    c
}

fn scan(env: &Env, args: &[&str]) -> (i32, String, String) {
    let mut c = scanner_std(env);
    c.args(args);
    assert!(
        c.get_envs().all(|(k, _)| !matches!(
            k.to_str().unwrap(),
            "CARNET_IDENTITY" | "CARNET_PASSPHRASE_FILE" | "CARNET_VAULT" | "CARNET_PROFILE"
        )),
        "the scanner must hold no secret"
    );
    let out = c.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn remote_items(remote: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(remote.join("inbox"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| !n.starts_with('.'))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn local_items(env: &Env) -> Vec<String> {
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

fn inbox_docs(env: &Env) -> Vec<Value> {
    docs(env)
        .into_iter()
        .filter(|d| d["origin"] == "inbox")
        .collect()
}

fn verify_all(env: &Env) {
    env.cmd().args(["journal", "verify"]).assert().success();
    env.cmd().args(["check"]).assert().success();
}

/// A vault synced once to a folder remote (which then holds its marker
/// and recipient).
fn holder_with_remote() -> (Env, PathBuf) {
    let a = Env::new();
    let remote = a.path("remote");
    std::fs::create_dir_all(&remote).unwrap();
    a.cmd()
        .args(["remote", "add", "usb", remote.to_str().unwrap()])
        .assert()
        .success();
    a.cmd().arg("sync").assert().success();
    (a, remote)
}

#[test]
fn a_scanner_with_no_secret_drops_onto_a_remote_and_a_replica_folds_it() {
    let (a, remote) = holder_with_remote();
    a.write("scans/bilan.pdf", b"%PDF bilan sanguin distant");
    a.write(
        "scans/bilan.pdf.yaml",
        b"title: Bilan distant\ntype: lab-report\ndate: 2025-03-14\n",
    );
    let (code, out, err) = scan(
        &a,
        &[
            "--json",
            "inbox",
            "add",
            "-r",
            a.path("scans").to_str().unwrap(),
            "--to",
            remote.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("pinned"), "{err}");
    let dropped: Value = serde_json::from_slice(out.as_bytes()).unwrap();
    assert_eq!(dropped.as_array().unwrap().len(), 1, "{dropped}");
    // Under inbox/, a random name; only ciphertext.
    let items = remote_items(&remote);
    assert_eq!(items.len(), 1, "{items:?}");
    assert_eq!(dropped[0]["item"], items[0].as_str());
    assert!(!items[0].contains("bilan") && items[0].len() == 30);
    let bytes = std::fs::read(remote.join("inbox").join(&items[0])).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("Bilan") && !text.contains("%PDF"));
    // The scanner pinned the remote's recipient in its own state dir.
    assert!(a.path("scanner-state/carnet/inbox-pins").is_dir());

    // Sync pulls it into the replica's inbox; the next unlock folds it.
    let s = a.json(&["sync"]);
    assert_eq!(s["pulled"]["inbox"], 1, "{s}");
    assert_eq!(local_items(&a), items);
    let got = inbox_docs(&a);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["title"], "Bilan distant");
    assert!(local_items(&a).is_empty());
    // Folded and synced: the next sync removes it from the remote, and
    // does not pull it again.
    let s = a.json(&["sync"]);
    assert_eq!(s["inbox_removed"], 1, "{s}");
    assert_eq!(s["pulled"]["inbox"], 0, "{s}");
    assert!(remote_items(&remote).is_empty());
    let s = a.json(&["sync"]);
    assert_eq!(
        (s["pulled"]["inbox"].as_u64(), s["inbox_removed"].as_u64()),
        (Some(0), Some(0))
    );
    assert_eq!(inbox_docs(&a).len(), 1);
    let journal = a.json(&["journal", "--actor", "inbox"]);
    assert_eq!(journal.as_array().unwrap().len(), 1, "{journal}");
    verify_all(&a);
}

#[test]
fn a_recipient_swapped_on_the_remote_is_exit_6_and_nothing_is_written() {
    let (a, remote) = holder_with_remote();
    let doc = a.write("scan.pdf", b"%PDF scan");
    let to = remote.to_str().unwrap();
    let doc = doc.to_str().unwrap();
    // A wrong --recipient is refused before anything is written.
    let (_, other) = new_identity(a.dir.path(), "attacker.txt");
    let out = scan(
        &a,
        &["inbox", "add", doc, "--to", to, "--recipient", &other],
    );
    assert_error(&out, 6, "not the");
    assert!(remote_items(&remote).is_empty());
    // The holder's recipient, given once, is pinned.
    let vault_recipient = a.json(&["inbox", "recipient"])["recipient"]
        .as_str()
        .unwrap()
        .to_string();
    let (code, _, err) = scan(
        &a,
        &[
            "inbox",
            "add",
            doc,
            "--to",
            to,
            "--recipient",
            &vault_recipient,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(remote_items(&remote).len(), 1);

    // Whoever can write the remote swaps its recipient for their own.
    std::fs::remove_file(remote.join("recipient")).unwrap();
    std::fs::write(remote.join("recipient"), format!("{other}\n")).unwrap();
    let out = scan(&a, &["inbox", "add", doc, "--to", to]);
    assert_error(&out, 6, "redirecting the inbox");
    assert!(out.2.contains("--recipient"), "{}", out.2);
    assert_eq!(remote_items(&remote).len(), 1, "nothing written");
    // The holder's sync says so too.
    let (code, _, err) = a.run(&["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("not this vault's"), "{err}");

    // Another vault's marker under the same URL: exit 6 as well.
    std::fs::remove_file(remote.join("recipient")).unwrap();
    std::fs::write(remote.join("recipient"), format!("{vault_recipient}\n")).unwrap();
    std::fs::remove_file(remote.join("carnet-remote.json")).unwrap();
    std::fs::write(
        remote.join("carnet-remote.json"),
        br#"{"format":"carnet-remote","version":1,"vault":"abcdefabcdefabcd"}"#,
    )
    .unwrap();
    let out = scan(&a, &["inbox", "add", doc, "--to", to]);
    assert_error(&out, 6, "is now vault");
    // Junk for a marker is exit 6, no remote at all exit 4.
    std::fs::remove_file(remote.join("carnet-remote.json")).unwrap();
    std::fs::write(remote.join("carnet-remote.json"), b"\xff{not json").unwrap();
    let out = scan(&a, &["inbox", "add", doc, "--to", to]);
    assert_error(&out, 6, "not carnet's marker");
    let empty = a.path("empty-remote");
    std::fs::create_dir_all(&empty).unwrap();
    let out = scan(&a, &["inbox", "add", doc, "--to", empty.to_str().unwrap()]);
    assert_error(&out, 4, "holds no carnet vault");
}

#[test]
fn two_replicas_folding_the_same_item_make_one_document() {
    let (a, remote) = holder_with_remote();
    let b = Env::bare();
    a.cmd()
        .args(["key", "add", &b.recipient])
        .assert()
        .success();
    a.cmd().arg("sync").assert().success();
    b.json(&["clone", remote.to_str().unwrap()]);
    let doc = a.write("ordonnance.pdf", b"%PDF ordonnance partagee");
    let (code, _, err) = scan(
        &a,
        &[
            "inbox",
            "add",
            doc.to_str().unwrap(),
            "--to",
            remote.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    // Both replicas pull the item before either has folded it, and both fold it.
    assert_eq!(a.json(&["sync"])["pulled"]["inbox"], 1);
    assert_eq!(b.json(&["sync"])["pulled"]["inbox"], 1);
    let (da, db) = (inbox_docs(&a), inbox_docs(&b));
    assert_eq!((da.len(), db.len()), (1, 1));
    assert_eq!(
        da[0]["id"], db[0]["id"],
        "the same item is the same document id"
    );
    for env in [&a, &b, &a, &b] {
        env.cmd().arg("sync").assert().success();
    }
    for env in [&a, &b] {
        let all = docs(env);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0]["id"], da[0]["id"]);
        verify_all(env);
    }
    assert!(remote_items(&remote).is_empty());
}

#[test]
fn remote_items_are_untrusted_and_bounded() {
    let (a, remote) = holder_with_remote();
    std::fs::create_dir_all(remote.join("inbox")).unwrap();
    // Junk under an item's name: pulled, rejected by the fold, removed
    // from the remote by the next sync.
    let junk = format!("{}.age", "a".repeat(26));
    std::fs::write(remote.join("inbox").join(&junk), b"not an age file").unwrap();
    // An item far larger than the inbox takes (sparse: nothing is read).
    let huge = format!("{}.age", "b".repeat(26));
    let f = std::fs::File::create(remote.join("inbox").join(&huge)).unwrap();
    f.set_len(600 << 20).unwrap();
    // Names that are no item are left alone.
    std::fs::write(remote.join("inbox").join("notes.txt"), b"x").unwrap();
    let (code, out, err) = a.run(&["--json", "sync"]);
    assert_eq!(code, 0, "{err}");
    let s: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(s["pulled"]["inbox"], 1, "{s}");
    assert!(err.contains("larger than 512 MiB"), "{err}");
    assert!(!remote.join("inbox").join(&huge).exists());
    let (code, _, err) = a.run(&["list"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("rejected"), "{err}");
    assert!(a.vault.join("inbox/rejected").join(&junk).exists());
    assert!(docs(&a).is_empty());
    let s = a.json(&["sync"]);
    assert_eq!(s["inbox_removed"], 1, "{s}");
    assert_eq!(remote_items(&remote), vec!["notes.txt".to_string()]);
    verify_all(&a);
}

/// Two replicas A and B of one vault on a folder remote, and one item a
/// scanner dropped there that both pulled before either folded it.
fn two_replicas_with_one_item() -> (Env, Env, PathBuf) {
    let (a, remote) = holder_with_remote();
    let b = Env::bare();
    a.cmd()
        .args(["key", "add", &b.recipient])
        .assert()
        .success();
    a.cmd().arg("sync").assert().success();
    b.json(&["clone", remote.to_str().unwrap()]);
    let doc = a.write("compte-rendu.pdf", b"%PDF compte rendu partage");
    let (code, _, err) = scan(
        &a,
        &[
            "inbox",
            "add",
            doc.to_str().unwrap(),
            "--to",
            remote.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(a.json(&["sync"])["pulled"]["inbox"], 1);
    assert_eq!(b.json(&["sync"])["pulled"]["inbox"], 1);
    (a, b, remote)
}

/// Folds the local inbox (any unlock does; `inbox import` says so).
fn fold(env: &Env) {
    env.cmd().args(["inbox", "import"]).assert().success();
}

fn conflicts(env: &Env) -> Vec<Value> {
    env.json(&["journal"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == "sync.conflict")
        .cloned()
        .collect()
}

/// Both replicas hold the same index, and journaled no conflict.
fn assert_converged_without_conflict(a: &Env, b: &Env) {
    for env in [a, b] {
        let c = conflicts(env);
        assert!(c.is_empty(), "{c:#?}");
        verify_all(env);
    }
    let (la, lb) = (docs(a), docs(b));
    assert_eq!(la, lb);
    for d in &la {
        let id = d["id"].as_str().unwrap();
        assert_eq!(a.json(&["show", id]), b.json(&["show", id]));
    }
}

/// domain.md §10.1: the same item folded on two replicas before either
/// saw the other's fold is one addition, in whichever order they sync.
#[test]
fn the_same_item_folded_on_two_replicas_merges_as_one_without_conflict() {
    for a_first in [true, false] {
        let (a, b, remote) = two_replicas_with_one_item();
        fold(&a);
        // A fold a second later would write another time if the time of
        // the fold were the document's.
        std::thread::sleep(std::time::Duration::from_millis(1100));
        fold(&b);
        let order = if a_first {
            [&a, &b, &a, &b]
        } else {
            [&b, &a, &b, &a]
        };
        for env in order {
            env.cmd().arg("sync").assert().success();
        }
        let all = docs(&a);
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0]["origin"], "inbox");
        assert_converged_without_conflict(&a, &b);
        // `show` made it seen on both: the same write twice, still no
        // conflict once synced.
        for env in order {
            env.cmd().arg("sync").assert().success();
        }
        assert_converged_without_conflict(&a, &b);
        assert!(remote_items(&remote).is_empty());
    }
}

/// What the holder does on one replica after folding it, before the
/// other's concurrent fold of the same item arrives, wins whatever the
/// clocks: an edit of its title, seeing it (`show`); no conflict either.
#[test]
fn an_edit_after_one_fold_beats_the_other_replicas_later_fold() {
    for a_first in [true, false] {
        let (a, b, _) = two_replicas_with_one_item();
        fold(&a);
        let id = docs(&a)[0]["id"].as_str().unwrap().to_string();
        a.cmd()
            .args(["edit", &id, "--title", "Compte rendu renomme"])
            .assert()
            .success();
        a.cmd().args(["show", &id]).assert().success();
        // B folds later by the clock: its copy of the addition still
        // loses to what A did after its own.
        std::thread::sleep(std::time::Duration::from_millis(1100));
        fold(&b);
        let order = if a_first { [&a, &b, &a] } else { [&b, &a, &b] };
        for env in order {
            env.cmd().arg("sync").assert().success();
        }
        for env in [&a, &b] {
            let all = docs(env);
            assert_eq!(all.len(), 1, "{all:?}");
            assert_eq!(all[0]["title"], "Compte rendu renomme");
            // Seen on A: seen everywhere (`list --json` says `inbox` either way).
            let (_, table, _) = env.run(&["list"]);
            assert!(!table.contains("not seen yet"), "{table}");
        }
        assert_converged_without_conflict(&a, &b);
    }
}

/// A replica whose inbox holds an item only once it has merged another
/// replica's fold of it and the holder's deletion of that document (its
/// fold at that sync's unlock failed, or stopped at its bounds) does not
/// fold it again.
#[test]
fn an_item_folded_and_deleted_elsewhere_is_not_folded_again() {
    let (a, b, remote) = two_replicas_with_one_item();
    fold(&a);
    let id = docs(&a)[0]["id"].as_str().unwrap().to_string();
    a.cmd().args(["rm", &id, "--yes"]).assert().success();
    a.cmd().arg("sync").assert().success();
    // B's sync merges A's fold and deletion while its item is aside.
    let item = local_items(&b).pop().unwrap();
    let (at, aside) = (b.vault.join("inbox").join(&item), b.path(&item));
    std::fs::rename(&at, &aside).unwrap();
    b.cmd().arg("sync").assert().success();
    std::fs::rename(&aside, &at).unwrap();
    let r = b.json(&["inbox", "import"]);
    assert_eq!(r["added"].as_array().unwrap().len(), 0, "{r}");
    assert!(local_items(&b).is_empty());
    for env in [&b, &a, &b] {
        env.cmd().arg("sync").assert().success();
    }
    for env in [&a, &b] {
        assert!(docs(env).is_empty(), "{:?}", docs(env));
    }
    assert_converged_without_conflict(&a, &b);
    assert!(remote_items(&remote).is_empty());
}

#[test]
fn to_and_an_explicit_vault_or_profile_are_refused_and_nothing_is_dropped() {
    let (a, remote) = holder_with_remote();
    let file = a.write("scan.pdf", b"%PDF deux destinations");
    let (file, to, vault) = (
        file.to_str().unwrap(),
        remote.to_str().unwrap(),
        a.vault.to_str().unwrap(),
    );
    for (flag, value) in [("--vault", vault), ("--profile", "default")] {
        // Before or after the subcommand: the flag is global.
        for args in [
            vec![flag, value, "inbox", "add", file, "--to", to],
            vec!["inbox", "add", file, "--to", to, flag, value],
        ] {
            let out = scan(&a, &args);
            assert_error(&out, 2, flag);
            assert!(out.2.contains("hint:"), "{}", out.2);
            assert!(remote_items(&remote).is_empty());
            assert!(local_items(&a).is_empty());
        }
    }
    // CARNET_VAULT in the scanner's environment is only a default: `--to` wins.
    let out = scanner_std(&a)
        .env("CARNET_VAULT", &a.vault)
        .args(["inbox", "add", file, "--to", to])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(remote_items(&remote).len(), 1);
    assert!(local_items(&a).is_empty());
}
