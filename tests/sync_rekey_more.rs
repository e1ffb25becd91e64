//! Rekey across replicas, the gaps issue 15 left (docs/sync.md "Rekey and
//! handover across devices"): scanners learn the new recipient from a
//! record the rekey publishes on the remote, and items they sent before
//! still fold; a replica whose user works through the unlock agent
//! follows a rekey through it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use common::{assert_error, new_identity, Env};
use serde_json::{json, Value};

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

fn sync(env: &Env) -> Value {
    env.json(&["sync"])
}

fn verify_all(env: &Env) {
    env.cmd().args(["journal", "verify"]).assert().success();
    env.cmd().args(["check"]).assert().success();
}

fn same_documents(a: &Env, b: &Env) {
    let (ia, ib) = (ids(a), ids(b));
    assert_eq!(ia, ib, "replicas hold different documents");
    for id in &ia {
        assert_eq!(content(a, id), content(b, id), "document {id}");
    }
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

fn recipient_of(env: &Env) -> String {
    env.json(&["inbox", "recipient"])["recipient"]
        .as_str()
        .unwrap()
        .to_string()
}

// ------------------------------------------------------------ scanners

/// `carnet` as a scanner that is not a replica runs it: no vault, no
/// identity, no passphrase, its own state dir (where it pins).
fn scan(env: &Env, args: &[&str]) -> (i32, String, String) {
    let out = StdCommand::new(env!("CARGO_BIN_EXE_carnet"))
        .current_dir(env.dir.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.path("scanner-home"))
        .env("XDG_STATE_HOME", env.path("scanner-state"))
        .env("XDG_DATA_HOME", env.path("scanner-data"))
        .env("CARNET_NO_INPUT", "1")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn remote_items(remote: &Path) -> usize {
    std::fs::read_dir(remote.join("inbox"))
        .map(|rd| {
            rd.flatten()
                .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                .count()
        })
        .unwrap_or(0)
}

fn records(remote: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(remote.join("recipients"))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

fn inbox_titles(env: &Env) -> Vec<String> {
    let mut v: Vec<String> = env
        .json(&["list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["origin"] == "inbox")
        .map(|d| d["title"].as_str().unwrap().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn after_a_rekey_scanners_see_the_new_recipient_and_items_sent_before_still_fold() {
    let (a, b, remote) = two_parents();
    let to = remote.to_str().unwrap();
    let old = recipient_of(&a);
    // The scanner pins the vault's recipient on first use, and drops one.
    let first = a.write("scan1.pdf", b"%PDF avant le rekey");
    let (code, _, err) = scan(
        &a,
        &[
            "inbox",
            "add",
            first.to_str().unwrap(),
            "--to",
            to,
            "--title",
            "avant",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert!(records(&remote).is_empty());

    // A re-keys and syncs: the remote gets a record naming the new recipient.
    a.cmd().args(["rekey"]).assert().success();
    let (code, _, err) = a.run(&["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("is not this vault's current"), "{err}");
    let new = recipient_of(&a);
    assert_ne!(old, new);
    let recs = records(&remote);
    assert_eq!(recs.len(), 1, "{recs:?}");
    let rec: Value =
        serde_json::from_slice(&std::fs::read(remote.join("recipients").join(&recs[0])).unwrap())
            .unwrap();
    assert_eq!(rec["recipient"], new.as_str());
    assert_eq!(rec["from"], old.as_str());
    // The root `recipient` never changes.
    assert_eq!(
        std::fs::read_to_string(remote.join("recipient"))
            .unwrap()
            .trim(),
        old
    );

    // The pinned scanner meets the new recipient: exit 6, nothing written,
    // told to re-pin with --recipient.
    let second = a.write("scan2.pdf", b"%PDF apres le rekey");
    let out = scan(
        &a,
        &[
            "inbox",
            "add",
            second.to_str().unwrap(),
            "--to",
            to,
            "--title",
            "apres",
        ],
    );
    assert_error(&out, 6, "--recipient");
    assert!(out.2.contains(&new), "{}", out.2);
    assert_eq!(remote_items(&remote), 1);
    // Re-pinned with the recipient the holder gives.
    let (code, _, err) = scan(
        &a,
        &[
            "inbox",
            "add",
            second.to_str().unwrap(),
            "--to",
            to,
            "--title",
            "apres",
            "--recipient",
            &new,
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(remote_items(&remote), 2);

    // B follows the rekey at its sync and pulls both items; its next
    // unlock folds them, the first with the retired key, and says so.
    let (code, _, err) = b.run(&["sync"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = b.run(&["status"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("retired") && err.contains(&new), "{err}");
    assert_eq!(
        inbox_titles(&b),
        vec!["apres".to_string(), "avant".to_string()]
    );
    // A (it has the retired key too) gets them by sync; the items go from
    // the remote once their fold is there.
    sync(&b);
    sync(&a);
    sync(&b);
    sync(&a);
    same_documents(&a, &b);
    assert_eq!(remote_items(&remote), 0);
    verify_all(&a);
    verify_all(&b);

    // A remote writer adds a newer record naming its own key: the pinned
    // scanner is not redirected (exit 6), and replicas warn of it.
    let (_, attacker) = new_identity(a.dir.path(), "attacker.txt");
    let marker: Value =
        serde_json::from_slice(&std::fs::read(remote.join("carnet-remote.json")).unwrap()).unwrap();
    let forged = json!({
        "format": "carnet-recipient", "v": 1, "vault": marker["vault"],
        "recipient": attacker, "from": new, "hlc": 18000000000000000000u64,
        "device": "ffffffffffffffff", "mac": "00".repeat(32),
    });
    std::fs::write(
        remote.join("recipients/18000000000000000000-ffffffffffffffff"),
        serde_json::to_vec(&forged).unwrap(),
    )
    .unwrap();
    let third = a.write("scan3.pdf", b"%PDF detourne ?");
    let out = scan(&a, &["inbox", "add", third.to_str().unwrap(), "--to", to]);
    assert_error(&out, 6, &attacker);
    assert_eq!(remote_items(&remote), 0);
    let (code, _, err) = a.run(&["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("18000000000000000000-ffffffffffffffff"),
        "{err}"
    );
}

// ------------------------------------------------------------ the agent

const PASS: &str = "correct horse battery staple";

/// One replica's user: the identity of its `Env`, or a passphrase.
struct User {
    env: Env,
    passphrase: bool,
}

impl User {
    /// `carnet` with the user's secret.
    fn cmd(&self) -> assert_cmd::Command {
        let mut c = self.env.cmd();
        c.env("CARNET_NO_AGENT", "1");
        if self.passphrase {
            c.env_remove("CARNET_IDENTITY")
                .env("CARNET_PASSPHRASE_FILE", self.env.path("pass.txt"));
        }
        c
    }

    /// `carnet` with no secret at all: only the agent can open the vault.
    fn agent_cmd(&self) -> assert_cmd::Command {
        let mut c = self.env.cmd();
        c.env_remove("CARNET_IDENTITY")
            .env_remove("CARNET_PASSPHRASE_FILE");
        c
    }

    fn run(mut c: assert_cmd::Command, args: &[&str]) -> (i32, String, String) {
        let out = c.args(args).output().unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    fn ok(&self, args: &[&str]) -> String {
        let (code, out, err) = User::run(self.cmd(), args);
        assert_eq!(code, 0, "{args:?}: {err}");
        out
    }

    fn agent_ok(&self, args: &[&str]) -> (String, String) {
        let (code, out, err) = User::run(self.agent_cmd(), args);
        assert_eq!(code, 0, "{args:?} through the agent: {err}");
        (out, err)
    }

    fn ids(&self, through_agent: bool) -> Vec<String> {
        let out = if through_agent {
            self.agent_ok(&["--json", "list"]).0
        } else {
            self.ok(&["--json", "list"])
        };
        let v: Value = serde_json::from_str(&out).unwrap();
        let mut ids: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect();
        ids.sort();
        ids
    }

    fn add(&self, name: &str, text: &str, through_agent: bool) -> String {
        let p = self.env.write(name, text.as_bytes());
        let args = ["--json", "add", p.to_str().unwrap(), "--title", name];
        let out = if through_agent {
            self.agent_ok(&args).0
        } else {
            self.ok(&args)
        };
        let v: Value = serde_json::from_str(&out).unwrap();
        v[0]["id"].as_str().unwrap().to_string()
    }

    /// `agent start` with the user's secret; the agent's pid.
    fn start_agent(&self) -> Agent {
        let out = self.ok(&["--json", "agent", "start", "--ttl", "10m"]);
        let v: Value = serde_json::from_str(&out).unwrap();
        Agent {
            pid: v["pid"].as_u64().unwrap() as u32,
        }
    }
}

/// Kills the agent a test started if the test ends before stopping it.
struct Agent {
    pid: u32,
}

impl Drop for Agent {
    fn drop(&mut self) {
        let ours = std::fs::read(format!("/proc/{}/cmdline", self.pid))
            .is_ok_and(|c| String::from_utf8_lossy(&c).contains("agent"));
        if ours {
            // SAFETY: a signal to the agent this test started (by its pid).
            unsafe { libc::kill(self.pid as i32, libc::SIGKILL) };
        }
    }
}

/// Replica A (re-keys) and replica B (works through its agent), both
/// opened with the same kind of method: a passphrase (B clones with A's),
/// or each their own identity.
fn a_and_b(passphrase: bool) -> (User, User, PathBuf) {
    let (a, b) = (Env::bare(), Env::bare());
    for e in [&a, &b] {
        std::fs::write(e.path("pass.txt"), format!("{PASS}\n")).unwrap();
    }
    let a = User { env: a, passphrase };
    let b = User { env: b, passphrase };
    if passphrase {
        a.ok(&[
            "init",
            "--name",
            "Camille Martin",
            "--passphrase-file",
            a.env.path("pass.txt").to_str().unwrap(),
        ]);
    } else {
        a.ok(&[
            "init",
            "--name",
            "Camille Martin",
            "--no-passphrase",
            "--recipient",
            &a.env.recipient,
        ]);
        a.ok(&["key", "add", &b.env.recipient]);
    }
    let remote = a.env.path("remote");
    std::fs::create_dir_all(&remote).unwrap();
    a.add("bilan.txt", "bilan sanguin", false);
    a.ok(&["remote", "add", "usb", remote.to_str().unwrap()]);
    a.ok(&["sync"]);
    b.ok(&["clone", remote.to_str().unwrap()]);
    (a, b, remote)
}

#[test]
fn a_sync_through_the_agent_follows_a_rekey_made_on_another_replica() {
    for passphrase in [true, false] {
        let (a, b, _) = a_and_b(passphrase);
        let _agent = b.start_agent();
        // B writes offline through its agent, under the old key; A re-keys
        // and writes after it.
        let offline = b.add("ordo.txt", "ordonnance hors ligne", true);
        a.ok(&["rekey"]);
        let after = a.add("radio.txt", "radio après le rekey", false);
        a.ok(&["sync"]);

        // B follows through the agent: no secret given, no exit 3.
        let (_, err) = b.agent_ok(&["sync"]);
        assert!(!err.contains("start it again"), "{err}");
        // Later commands still open through the agent, with the new key:
        // what they write opens with B's own method afterwards.
        let (_, err) = b.agent_ok(&["list"]);
        assert!(!err.contains("agent"), "the agent was not used: {err}");
        let later = b.add("vaccin.txt", "vaccin", true);
        let (out, _) = b.agent_ok(&["get", &after, "-o", "-"]);
        assert_eq!(out, "radio après le rekey");
        b.ok(&["check"]);
        b.ok(&["journal", "verify"]);
        let j: Value =
            serde_json::from_str(&b.ok(&["--json", "journal", "--action", "vault.rekey"])).unwrap();
        // (A's own rekey is there too, from A's journal chain.)
        let e = j
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["details"]["reason"] == "sync")
            .unwrap_or_else(|| panic!("no follow in {j}"));
        assert_eq!(e["details"]["unlocked"], "via agent", "{e}");
        assert_eq!(
            b.ok(&["inbox", "recipient"]),
            a.ok(&["inbox", "recipient"]),
            "B does not hold A's new key"
        );

        // Everything reaches A, and both hold the same.
        b.agent_ok(&["sync"]);
        a.ok(&["sync"]);
        b.agent_ok(&["sync"]);
        let ids_a = a.ids(false);
        assert_eq!(ids_a, b.ids(true), "passphrase={passphrase}");
        assert_eq!(ids_a.len(), 4);
        for id in [&offline, &later] {
            assert!(ids_a.contains(id));
        }
        a.ok(&["journal", "verify"]);
        a.ok(&["check"]);
        b.agent_ok(&["agent", "stop"]);
    }
}

#[test]
fn a_rekey_followed_without_the_agent_says_to_start_it_again() {
    let (a, b, _) = a_and_b(true);
    let _agent = b.start_agent();
    a.ok(&["rekey"]);
    a.ok(&["sync"]);
    // B syncs with its passphrase while its agent holds the old key.
    let (code, _, err) = User::run(b.cmd(), &["sync"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("start it again"), "{err}");
    // The agent's old key is not used: no secret, no prompt, exit 3.
    let (code, _, err) = User::run(b.agent_cmd(), &["list"]);
    assert_eq!(code, 3, "{err}");
    assert!(err.contains("older key"), "{err}");
    b.agent_ok(&["agent", "stop"]);
    let _agent = b.start_agent();
    b.agent_ok(&["list"]);
}

// ------------------------------------------------------ crossed rekeys

/// A, B and C: three replicas of A's vault, each with its own identity,
/// all having synced.
fn three_parents() -> (Env, Env, Env, PathBuf) {
    let (a, b, remote) = two_parents();
    let c = Env::bare();
    a.cmd()
        .args(["key", "add", &c.recipient])
        .assert()
        .success();
    sync(&a);
    c.json(&["clone", remote.to_str().unwrap()]);
    sync(&c);
    sync(&a);
    sync(&b);
    (a, b, c, remote)
}

#[test]
fn two_rekeys_made_before_either_syncs_converge_in_either_order() {
    for a_first in [true, false] {
        let (a, b, c, remote) = three_parents();
        // A and B both re-key, and write after it; C writes offline under
        // the old key; nobody has synced.
        a.cmd().args(["rekey"]).assert().success();
        let by_a = add(&a, "a.txt", "écrit par A après son rekey");
        b.cmd().args(["rekey"]).assert().success();
        let by_b = add(&b, "b.txt", "écrit par B après son rekey");
        let by_c = add(&c, "c.txt", "écrit par C hors ligne");
        // B re-keyed last: its key wins, whatever the order of the syncs.
        let winner = recipient_of(&b);
        let order = if a_first { [&a, &b, &c] } else { [&b, &c, &a] };
        for _ in 0..3 {
            for e in order {
                let (code, _, err) = e.run(&["sync"]);
                assert_eq!(code, 0, "a_first={a_first}: {err}");
            }
        }
        for e in [&a, &b, &c] {
            assert_eq!(recipient_of(e), winner, "a_first={a_first}");
        }
        same_documents(&a, &b);
        same_documents(&a, &c);
        assert_eq!(ids(&a).len(), 4);
        assert_eq!(content(&c, &by_a), "écrit par A après son rekey".as_bytes());
        assert_eq!(content(&a, &by_b), "écrit par B après son rekey".as_bytes());
        assert_eq!(content(&b, &by_c), "écrit par C hors ligne".as_bytes());
        for e in [&a, &b, &c] {
            verify_all(e);
        }
        // Scanners see the winner: both transitions are published, and the
        // newest record is B's.
        let recs = records(&remote);
        assert_eq!(recs.len(), 2, "{recs:?}");
        let newest: Value = serde_json::from_slice(
            &std::fs::read(remote.join("recipients").join(recs.last().unwrap())).unwrap(),
        )
        .unwrap();
        assert_eq!(newest["recipient"], winner.as_str());
        // Writes keep flowing, and a clone made now opens and holds all.
        let later = add(&a, "later.txt", "après la convergence");
        sync(&a);
        sync(&b);
        assert_eq!(content(&b, &later), "après la convergence".as_bytes());
        let d = Env::bare();
        a.cmd()
            .args(["key", "add", &d.recipient])
            .assert()
            .success();
        sync(&a);
        d.json(&["clone", remote.to_str().unwrap()]);
        same_documents(&a, &d);
    }
}

#[test]
fn crossed_rekeys_still_cut_off_the_device_one_of_them_removed() {
    for a_first in [true, false] {
        let (a, b, c, _) = three_parents();
        let dev_c = c
            .json(&["device", "list"])
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["this"] == true)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string();
        // A removes C's device and re-keys; B, not knowing, re-keys after
        // it (B's key wins the order), still wrapped to C's identity.
        a.cmd().args(["device", "rm", &dev_c]).assert().success();
        a.cmd().args(["rekey"]).assert().success();
        let secret_a = add(&a, "a.txt", "écrit par A après le retrait de C");
        b.cmd().args(["rekey"]).assert().success();
        let unaware = add(&b, "b0.txt", "écrit par B sans savoir");
        let order = if a_first { [&a, &b] } else { [&b, &a] };
        for _ in 0..3 {
            for e in order {
                let (code, _, err) = e.run(&["sync"]);
                assert_eq!(code, 0, "a_first={a_first}: {err}");
            }
        }
        let secret_b = add(&b, "b.txt", "écrit par B après la convergence");
        sync(&b);
        sync(&a);
        // A and B converge on a key C's identity does not open.
        let key = recipient_of(&a);
        assert_eq!(recipient_of(&b), key);
        for e in [&a, &b] {
            let keys = e.json(&["key", "list"]).to_string();
            assert!(!keys.contains(&c.recipient), "a_first={a_first}: {keys}");
            verify_all(e);
        }
        same_documents(&a, &b);
        assert_eq!(ids(&a).len(), 4);
        assert_eq!(content(&a, &unaware), "écrit par B sans savoir".as_bytes());
        assert_eq!(
            content(&b, &secret_a),
            "écrit par A après le retrait de C".as_bytes()
        );
        // C cannot follow, and reads nothing written after its removal.
        let (code, _, err) = c.run(&["sync"]);
        assert_eq!(code, 3, "a_first={a_first}: {err}");
        let held = ids(&c);
        assert!(!held.contains(&secret_a) && !held.contains(&secret_b));
    }
}
