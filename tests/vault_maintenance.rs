//! `check`, `status`, `key`, `settings` and `journal` after their storage
//! work moved into the library (`vault::check`, `vault::status`,
//! `vault::journal_view`, `vault::settings`, `vault` unlock methods): the
//! findings of `check` that no other test file reaches, and what a repair
//! does with each, as the user sees them.

mod common;

use common::*;

fn warnings(v: &serde_json::Value) -> Vec<String> {
    v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap().to_string())
        .collect()
}

/// A method whose wrapper file is gone is named (it no longer unlocks),
/// and a guardian's MAC left without its wrapper is removed by a repair.
#[test]
fn check_names_a_method_without_its_key_file_and_repair_removes_a_lone_mac() {
    let env = Env::new();
    let (_, other) = new_identity(env.dir.path(), "other.txt");
    env.json(&["key", "add", &other, "--label", "laptop"]);
    let keys = env.vault.join("keys");
    let listed = env.json(&["key", "list"]);
    let file = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["recipient"] == other.as_str())
        .expect("the new method")["file"]
        .as_str()
        .unwrap()
        .to_string();
    let wrapper = keys.join(&file);
    std::fs::remove_file(&wrapper).unwrap();
    let lone_mac = keys.join("r-00000000000000000000.age.mac");
    std::fs::write(&lone_mac, b"mac").unwrap();

    let v = env.json(&["check"]);
    assert_eq!(v["ok"], true, "{v}");
    let w = warnings(&v);
    assert!(
        w.iter()
            .any(|w| w.contains(&other) && w.contains("has no key file")),
        "{w:?}"
    );
    assert!(
        w.iter()
            .any(|w| w.contains("r-00000000000000000000.age.mac")
                && w.contains("whose key file is gone")
                && w.contains("removes it")),
        "{w:?}"
    );
    assert!(lone_mac.exists(), "check without --repair changes nothing");

    let v = env.json(&["check", "--repair"]);
    assert_eq!(v["repaired"], 1, "{v}");
    assert!(!lone_mac.exists());
    // The missing wrapper is the user's to fix (`key rm`, `key add`).
    let w = warnings(&env.json(&["check"]));
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].contains("has no key file"), "{w:?}");
    env.json(&["key", "rm", &other]);
    assert!(warnings(&env.json(&["check"])).is_empty());
}

/// Leftovers of another key generation and markers in `tmp/` this vault
/// did not write: warnings naming `--repair`, which removes them.
#[test]
fn check_reports_stale_generations_and_foreign_markers_and_repair_removes_them() {
    let env = Env::new();
    env.add("a.txt", b"a", &[]);
    let stale = env.vault.join("gen-7");
    std::fs::create_dir(&stale).unwrap();
    std::fs::write(stale.join("index.age"), b"old").unwrap();
    let marker = env.vault.join("tmp/4242-0000000000000000.outside");
    std::fs::write(&marker, b"not a marker").unwrap();

    let (code, _, err) = env.run(&["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("1 leftover(s) of another key generation") && err.contains("gen-7"),
        "{err}"
    );
    assert!(
        err.contains("1 marker(s) in tmp/ that this vault did not write"),
        "{err}"
    );
    assert!(stale.exists() && marker.exists());

    let (code, _, err) = env.run(&["check", "--repair"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("2 leftover(s) removed"), "{err}");
    assert!(!stale.exists() && !marker.exists());
    assert!(warnings(&env.json(&["check"])).is_empty());
}

/// `settings set` checks the name before unlocking: a typo with no way to
/// unlock is still a usage error about the name.
#[test]
fn an_unknown_setting_is_refused_before_the_unlock() {
    let env = Env::new();
    let out = env
        .cmd()
        .env_remove("CARNET_IDENTITY")
        .args(["settings", "set", "majority-ages", "18"])
        .output()
        .unwrap();
    let r = (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_error(&r, 2, "unknown setting \"majority-ages\"");
    assert!(
        r.2.contains("majority-age, majority-warning-days"),
        "{}",
        r.2
    );
}

/// `status` counts the failed unlocks reported since the journal was last
/// read, and reading the journal clears the count.
#[test]
fn status_counts_failed_unlocks_until_the_journal_is_read() {
    let env = Env::new();
    let (stranger, _) = new_identity(env.dir.path(), "stranger.txt");
    for _ in 0..2 {
        let out = env
            .cmd()
            .env("CARNET_IDENTITY", &stranger)
            .arg("status")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3));
    }
    let s = env.json(&["status"]);
    assert_eq!(s["failed_unlock_reports"], 2, "{s}");
    let (code, out, _) = env.run(&["status"]);
    assert_eq!(code, 0);
    assert!(out.contains("Failed unlocks  2 reported"), "{out}");
    env.run(&["journal"]);
    let s = env.json(&["status"]);
    assert_eq!(s["failed_unlock_reports"], 0, "{s}");
    assert_eq!(s["journal"]["events_since_review"], 0, "{s}");
}
