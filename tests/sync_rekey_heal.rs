//! Crossed rekeys healed where the replica that meets them could only
//! warn before (issue 15, docs/sync.md "Concurrent rekeys"): a replica
//! working through the unlock agent (the agent makes the sync, and the
//! healing rekey, with the secrets it holds) and a guardian's vault (its
//! children's wrappers follow); `status` shows a removed device's method
//! until a rekey drops it.

mod common;

use std::path::{Path, PathBuf};

use common::Env;
use serde_json::Value;

fn add(env: &Env, name: &str, content: &str) -> String {
    let p = env.write(name, content.as_bytes());
    let v = env.json(&["add", p.to_str().unwrap(), "--title", name]);
    v[0]["id"].as_str().unwrap().to_string()
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

fn this_device(env: &Env) -> String {
    env.json(&["device", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["this"] == true)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Whether `identity` opens the current key of the vault in `vault`
/// (any of its wrappers), through the library.
fn opens(vault: &Path, identity: &Path) -> bool {
    let ids = carnet::crypto::load_identity_file(identity, &carnet::prompt::nobody()).unwrap();
    carnet::vault::Sealed::open(vault)
        .unwrap()
        .try_unwrap(&carnet::vault::UnlockMethod::Identities {
            identities: ids,
            source: "test".into(),
        })
        .unwrap()
        .is_some()
}

/// A with a folder remote, and B and C cloned from it (each its own
/// identity), all having synced. `setup` runs on A first.
fn three(setup: impl Fn(&Env)) -> (Env, Env, Env, PathBuf) {
    let a = Env::new();
    setup(&a);
    let (b, c) = (Env::bare(), Env::bare());
    for e in [&b, &c] {
        a.cmd()
            .args(["key", "add", &e.recipient])
            .assert()
            .success();
    }
    add(&a, "bilan.txt", "bilan sanguin");
    let remote = a.path("remote");
    std::fs::create_dir_all(&remote).unwrap();
    a.cmd()
        .args(["remote", "add", "usb", remote.to_str().unwrap()])
        .assert()
        .success();
    a.json(&["sync"]);
    for e in [&b, &c] {
        e.json(&["clone", remote.to_str().unwrap()]);
    }
    // B last: the device it removes has nothing B has not seen (changes
    // of a removed device its remover had not seen are refused, and
    // those other replicas merged after them wait).
    for e in [&a, &c, &a, &b] {
        e.json(&["sync"]);
    }
    (a, b, c, remote)
}

/// B removes C's device and re-keys; A re-keys after it, not knowing (A's
/// key wins the order, still wrapped to C); B syncs first. A's next sync
/// meets both.
fn cross(a: &Env, b: &Env, c: &Env, rekey_a: impl Fn()) {
    let dev_c = this_device(c);
    b.cmd().args(["device", "rm", &dev_c]).assert().success();
    // (With the passphrase, when the vault has one: it is kept.)
    b.cmd()
        .env("CARNET_PASSPHRASE_FILE", pass_file(b))
        .args(["rekey"])
        .assert()
        .success();
    add(b, "b.txt", "écrit par B après le retrait de C");
    rekey_a();
    add(a, "a.txt", "écrit par A sans savoir");
    b.json(&["sync"]);
}

const PASS: &str = "correct horse battery staple";

fn pass_file(e: &Env) -> PathBuf {
    let p = e.path("pass.txt");
    std::fs::write(&p, format!("{PASS}\n")).unwrap();
    p
}

/// Journal entries of A's own vault for healing rekeys.
fn healing_rekeys(j: &Value) -> usize {
    j.as_array()
        .unwrap()
        .iter()
        .filter(|e| e["details"]["reason"] == "crossed rekeys")
        .count()
}

/// C is cut off: its identity opens neither replica's key, its sync
/// stops with exit 3, and what A wrote after healing never reaches it.
fn c_is_cut_off(a: &Env, b: &Env, c: &Env, written_after: &str) {
    for e in [a, b] {
        assert!(!opens(&e.vault, &c.identity), "C still opens the key");
    }
    let (code, _, err) = c.run(&["sync"]);
    assert_eq!(code, 3, "{err}");
    assert!(!ids(c).contains(&written_after.to_string()));
}

#[test]
fn crossed_rekeys_met_through_the_agent_are_healed_by_the_agent() {
    agent_heals(false);
}

/// The agent started with the passphrase of a vault that has one: the
/// healing rekey keeps it.
#[test]
fn an_agent_holding_the_passphrase_heals_and_keeps_it() {
    agent_heals(true);
}

fn agent_heals(passphrase: bool) {
    let (a, b, c, _) = three(|a| {
        if passphrase {
            a.cmd()
                .args(["passwd", "--new-passphrase-file"])
                .arg(pass_file(a))
                .assert()
                .success();
        }
    });
    // A works through its agent from now on.
    let no_agent = |args: &[&str]| {
        let out = a
            .cmd()
            .env("CARNET_NO_AGENT", "1")
            .env("CARNET_PASSPHRASE_FILE", pass_file(&a))
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    };
    let through_agent = |args: &[&str]| {
        let out = a
            .cmd()
            .env_remove("CARNET_IDENTITY")
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let start = || {
        let mut cmd = a.cmd();
        if passphrase {
            cmd.env_remove("CARNET_IDENTITY")
                .env("CARNET_PASSPHRASE_FILE", pass_file(&a));
        }
        let out = cmd
            .args(["--json", "agent", "start", "--ttl", "10m"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        Agent(v["pid"].as_u64().unwrap() as u32)
    };
    cross(&a, &b, &c, || {
        // A re-keys with its identity, then starts its agent on that key.
        no_agent(&["rekey"]);
    });
    let _agent = start();
    let (code, _, err) = through_agent(&["list"]);
    assert_eq!(code, 0, "{err}");
    assert!(opens(&a.vault, &c.identity), "A's rekey still wraps to C");

    // A's sync through the agent meets B's losing rekey: it needs A's
    // identity (absorbing B's key), which only the agent holds; the agent
    // makes that sync and heals.
    let (code, _, err) = through_agent(&["sync"]);
    assert_eq!(code, 0, "{err}");
    let j: Value =
        serde_json::from_slice(&no_agent(&["--json", "journal", "--action", "vault.rekey"]))
            .unwrap();
    assert_eq!(healing_rekeys(&j), 1, "{j}");
    let e = j
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["details"]["reason"] == "crossed rekeys")
        .unwrap();
    let kept = if passphrase { "kept" } else { "none" };
    assert_eq!(e["details"]["passphrase"], kept, "{e}");
    // Later commands still open through the agent, on the healed key.
    let (code, out, err) = through_agent(&["--json", "inbox", "recipient"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("older key"), "{err}");
    let healed: Value = serde_json::from_str(&out).unwrap();
    let p = a.write("apres.txt", "écrit par A après la guérison".as_bytes());
    let (code, out, err) = through_agent(&["--json", "add", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let after = serde_json::from_str::<Value>(&out).unwrap()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let (code, _, err) = through_agent(&["sync"]);
    assert_eq!(code, 0, "{err}");

    // B follows the healing rekey; both hold the same key and documents.
    b.json(&["sync"]);
    assert_eq!(
        b.json(&["inbox", "recipient"])["recipient"],
        healed["recipient"]
    );
    assert_eq!(ids(&a), ids(&b));
    let got = b
        .cmd()
        .args(["get", &after, "-o", "-"])
        .output()
        .unwrap()
        .stdout;
    assert_eq!(got, "écrit par A après la guérison".as_bytes());
    for e in [&a, &b] {
        e.cmd()
            .env("CARNET_NO_AGENT", "1")
            .args(["check"])
            .assert()
            .success();
    }
    c_is_cut_off(&a, &b, &c, &after);
    if passphrase {
        // Kept by the agent's healing rekey.
        a.cmd_bare()
            .env("CARNET_NO_AGENT", "1")
            .env("CARNET_VAULT", &a.vault)
            .env("CARNET_PASSPHRASE_FILE", pass_file(&a))
            .args(["list"])
            .assert()
            .success();
    }
    no_agent(&["agent", "stop"]);
}

#[test]
fn crossed_rekeys_met_by_a_guardian_s_vault_are_healed_and_the_child_follows() {
    let born = format!("{}-01-01", time::OffsetDateTime::now_utc().year() - 10);
    let (a, b, c, _) = three(|a| {
        a.cmd()
            .args([
                "profile",
                "create",
                "lea",
                "--birth-date",
                &born,
                "--name",
                "Léa Martin",
            ])
            .assert()
            .success();
        let p = a.write("carnet-lea.txt", b"vaccins de Lea");
        a.cmd()
            .args(["--profile", "lea", "add", p.to_str().unwrap()])
            .env_remove("CARNET_VAULT")
            .assert()
            .success();
    });
    let lea = |args: &[&str]| {
        a.cmd()
            .env_remove("CARNET_VAULT")
            .args(["--profile", "lea"])
            .args(args)
            .output()
            .unwrap()
    };
    cross(&a, &b, &c, || {
        a.cmd().args(["rekey"]).assert().success();
    });
    assert!(opens(&a.vault, &c.identity));

    // A's sync meets both rekeys and re-keys once more, its child's
    // wrapper renewed on the way (it only warned before).
    let out = a.cmd().args(["sync"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("carnet rekey"), "{err}");
    let j = a.json(&["journal", "--action", "vault.rekey"]);
    assert_eq!(healing_rekeys(&j), 1, "{j}");
    let after = add(&a, "apres.txt", "écrit par A après la guérison");
    a.json(&["sync"]);

    // The child's vault still opens through A's healed key, and holds
    // a guardian wrapper to that key only.
    let o = lea(&["--json", "list"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let docs: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(docs.as_array().unwrap().len(), 1);
    let o = lea(&["check"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let key_now = a.json(&["inbox", "recipient"])["recipient"]
        .as_str()
        .unwrap()
        .to_string();
    let o = lea(&["--json", "key", "list"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let keys = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(keys.contains(&key_now), "{keys}");

    b.json(&["sync"]);
    assert_eq!(ids(&a), ids(&b));
    for e in [&a, &b] {
        e.cmd().args(["check"]).assert().success();
        e.cmd().args(["journal", "verify"]).assert().success();
    }
    c_is_cut_off(&a, &b, &c, &after);
}

#[test]
fn status_shows_a_removed_device_s_method_until_a_rekey_drops_it() {
    let (a, _b, c, _) = three(|_| {});
    let s = a.json(&["status"]);
    assert_eq!(s["removed_devices_can_open"], serde_json::json!([]), "{s}");
    a.cmd()
        .args(["device", "rm", &this_device(&c)])
        .assert()
        .success();
    let s = a.json(&["status"]);
    let files = s["removed_devices_can_open"].as_array().unwrap();
    assert_eq!(files.len(), 1, "{s}");
    let out = a.cmd().args(["status"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("removed devices") && err.contains("carnet rekey"),
        "{err}"
    );
    let out = a
        .cmd()
        .env("CARNET_LANG", "fr")
        .args(["status"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("appareils retirés"), "{err}");
    a.cmd().args(["rekey"]).assert().success();
    let s = a.json(&["status"]);
    assert_eq!(s["removed_devices_can_open"], serde_json::json!([]), "{s}");
    assert!(!opens(&a.vault, &c.identity));
}

/// Kills the agent a test started if the test ends before stopping it.
struct Agent(u32);

impl Drop for Agent {
    fn drop(&mut self) {
        let ours = std::fs::read(format!("/proc/{}/cmdline", self.0))
            .is_ok_and(|c| String::from_utf8_lossy(&c).contains("agent"));
        if ours {
            // SAFETY: a signal to the agent this test started (by its pid).
            unsafe { libc::kill(self.0 as i32, libc::SIGKILL) };
        }
    }
}

#[test]
fn crossed_rekeys_met_without_the_passphrase_say_which_command_heals_them() {
    let (a, b, c, _) = three(|a| {
        a.cmd()
            .args(["passwd", "--new-passphrase-file"])
            .arg(pass_file(a))
            .assert()
            .success();
    });
    cross(&a, &b, &c, || {
        a.cmd()
            .env("CARNET_PASSPHRASE_FILE", pass_file(&a))
            .args(["rekey"])
            .assert()
            .success();
    });
    // Opened with its identity, A cannot re-key without dropping the
    // passphrase: it says which command heals, and status keeps saying it.
    let out = a.cmd().args(["sync"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("carnet rekey --passphrase-file"), "{err}");
    assert!(opens(&a.vault, &c.identity));
    for _ in 0..2 {
        let s = a.json(&["status"]);
        assert_eq!(
            s["removed_devices_can_open"].as_array().unwrap().len(),
            1,
            "{s}"
        );
    }
    a.cmd()
        .env("CARNET_PASSPHRASE_FILE", pass_file(&a))
        .args(["rekey"])
        .assert()
        .success();
    let s = a.json(&["status"]);
    assert_eq!(s["removed_devices_can_open"], serde_json::json!([]), "{s}");
    // The passphrase still opens the vault; C's identity does not.
    a.cmd_bare()
        .env("CARNET_VAULT", &a.vault)
        .env("CARNET_PASSPHRASE_FILE", pass_file(&a))
        .args(["list"])
        .assert()
        .success();
    let after = add(&a, "apres.txt", "écrit après le rekey");
    a.json(&["sync"]);
    b.json(&["sync"]);
    assert_eq!(ids(&a), ids(&b));
    c_is_cut_off(&a, &b, &c, &after);
}

/// The agent's heal request (what a sync through the agent asks when it
/// meets the key still wrapped to a removed device's method with no
/// other work for the agent): the agent re-keys, and the method is gone.
#[test]
fn the_agent_heals_a_vault_still_wrapped_to_a_removed_device() {
    use std::os::unix::fs::PermissionsExt;
    let (a, _b, c, _) = three(|_| {});
    a.cmd()
        .args(["device", "rm", &this_device(&c)])
        .assert()
        .success();
    assert!(opens(&a.vault, &c.identity));
    // The agent's socket in a folder this test process can find too.
    let run = a.path("run");
    std::fs::create_dir_all(&run).unwrap();
    std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o700)).unwrap();
    let out = a
        .cmd()
        .env("XDG_RUNTIME_DIR", &run)
        .args(["--json", "agent", "start", "--ttl", "10m"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let _agent = Agent(v["pid"].as_u64().unwrap() as u32);
    std::env::set_var("XDG_RUNTIME_DIR", &run);
    let id = a.json(&["status"])["id"].as_str().unwrap().to_string();

    let (key, _) = carnet::agent::client::key_for(&id).unwrap().unwrap();
    let healed = match key.heal_through_holder().unwrap() {
        carnet::crypto::HolderHeal::Healed(k) => k,
        _ => panic!("the agent did not heal"),
    };
    assert_ne!(healed.recipient(), key.recipient());
    assert!(!opens(&a.vault, &c.identity));
    let j = a.json(&["journal", "--action", "vault.rekey"]);
    assert_eq!(healing_rekeys(&j), 1, "{j}");
    // Nothing left to heal; commands open through the agent's new key.
    let (key, _) = carnet::agent::client::key_for(&id).unwrap().unwrap();
    assert!(matches!(
        key.heal_through_holder().unwrap(),
        carnet::crypto::HolderHeal::NotNeeded
    ));
    let out = a
        .cmd()
        .env("XDG_RUNTIME_DIR", &run)
        .env_remove("CARNET_IDENTITY")
        .args(["--json", "inbox", "recipient"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["recipient"], healed.recipient().to_string());
    a.cmd().args(["check"]).assert().success();
    a.cmd()
        .env("XDG_RUNTIME_DIR", &run)
        .args(["agent", "stop"])
        .assert()
        .success();
}
