//! Caregivers through the binary: a parent's vault, a child's profile
//! opened with the parent's own key, a second guardian, documents hidden
//! from guardians (sealed to the teenager's key), majority warnings and the
//! handover that cuts the guardians off.
mod common;
use common::*;

use std::path::{Path, PathBuf};

use serde_json::Value;

const SECRET_TITLE: &str = "Consultation confidentielle QX7";
const SECRET_BODY: &[u8] = b"CONTENU-CONFIDENTIEL-9f3a: only the teenager may read this";

/// `carnet` on the profiles (no CARNET_VAULT), unlocking with `id`.
fn run_as(env: &Env, id: &Path, args: &[&str]) -> (i32, String, String) {
    let out = env
        .cmd()
        .env_remove("CARNET_VAULT")
        .env("CARNET_IDENTITY", id)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ok_as(env: &Env, id: &Path, args: &[&str]) -> String {
    let (code, out, err) = run_as(env, id, args);
    assert_eq!(code, 0, "carnet {args:?} failed ({code}): {err}");
    out
}

fn json_as(env: &Env, id: &Path, args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let out = ok_as(env, id, &a);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

fn profiles(env: &Env) -> PathBuf {
    env.path("xdg-data/carnet/profiles")
}

/// The birth date of someone whose `years`th birthday is `days` days ago
/// (negative: in `-days` days), YYYY-MM-DD.
fn born(years: i32, days: i64) -> String {
    let target = time::OffsetDateTime::now_utc().date() - time::Duration::days(days);
    let y = target.year() - years;
    let d = time::Date::from_calendar_date(y, target.month(), target.day())
        .or_else(|_| time::Date::from_calendar_date(y, target.month(), target.day() - 1))
        .unwrap();
    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
}

/// A parent's vault (default profile, unlocked by the env's identity) and a
/// child's profile `lea` born `years` years (+ `days`) ago.
fn family(years: i32, days: i64) -> Env {
    let env = Env::bare();
    ok_as(
        &env,
        &env.identity,
        &[
            "init",
            "--name",
            "Camille Martin",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ],
    );
    let v = json_as(
        &env,
        &env.identity,
        &[
            "profile",
            "create",
            "lea",
            "--birth-date",
            &born(years, days),
            "--name",
            "Léa Martin",
        ],
    );
    assert_eq!(v["profile"], "lea");
    assert_eq!(v["guardian"], "Camille Martin");
    env
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn blob_names(dir: &Path) -> Vec<String> {
    files_under(dir)
        .into_iter()
        .filter(|p| p.parent().and_then(|d| d.file_name()) == Some("blobs".as_ref()))
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

#[test]
fn guardians_hidden_documents_and_the_teenagers_key() {
    let env = family(15, 0);
    let parent = env.identity.clone();
    let (other, other_r) = new_identity(env.dir.path(), "other-parent.txt");
    let (teen, teen_r) = new_identity(env.dir.path(), "lea.txt");

    // The parent adds to the child's profile with their own key: journaled
    // as a guardian, in the child's journal.
    let vac = env.write("vaccination.txt", b"DTP rappel");
    let v = json_as(
        &env,
        &parent,
        &[
            "--profile",
            "lea",
            "add",
            vac.to_str().unwrap(),
            "--title",
            "Vaccination DTP",
        ],
    );
    let vac_id = v[0]["id"].as_str().unwrap().to_string();
    let j = json_as(
        &env,
        &parent,
        &["--profile", "lea", "journal", "--action", "doc.add"],
    );
    let e = &j.as_array().unwrap()[0];
    assert_eq!(e["actor"]["type"], "guardian", "{e}");
    assert_eq!(e["actor"]["name"], "Camille Martin", "{e}");
    assert!(
        e["actor"]["id"].as_str().unwrap().starts_with("vault:"),
        "{e}"
    );
    // The parent's own vault stays separate.
    assert_eq!(
        json_as(&env, &parent, &["list"]).as_array().unwrap().len(),
        0
    );
    let pj = json_as(&env, &parent, &["journal", "--action", "profile.create"]);
    assert_eq!(pj.as_array().unwrap().len(), 1, "{pj}");

    // A second guardian, who unlocks with their own identity.
    ok_as(
        &env,
        &parent,
        &[
            "profile",
            "guardian",
            "add",
            "lea",
            &other_r,
            "--name",
            "Sam Martin",
        ],
    );
    let l = json_as(&env, &other, &["--profile", "lea", "list"]);
    assert_eq!(l[0]["title"], "Vaccination DTP");
    let st = json_as(&env, &other, &["--profile", "lea", "status"]);
    assert_eq!(st["acting_as"]["type"], "guardian");
    assert_eq!(st["acting_as"]["name"], "Sam Martin");
    // Someone else's key opens nothing.
    let (stranger, _) = new_identity(env.dir.path(), "stranger.txt");
    assert_error(
        &run_as(&env, &stranger, &["--profile", "lea", "list"]),
        3,
        "cannot unlock",
    );

    // Hidden from guardians needs the minor's own key first.
    let secret = env.write("secret.txt", SECRET_BODY);
    let out = run_as(
        &env,
        &parent,
        &[
            "--profile",
            "lea",
            "add",
            secret.to_str().unwrap(),
            "--title",
            SECRET_TITLE,
            "--hidden-from-guardians",
        ],
    );
    assert_error(&out, 2, "carnet profile key");
    ok_as(&env, &parent, &["profile", "key", "lea", &teen_r]);
    let v = json_as(
        &env,
        &parent,
        &[
            "--profile",
            "lea",
            "add",
            secret.to_str().unwrap(),
            "--title",
            SECRET_TITLE,
            "--hidden-from-guardians",
        ],
    );
    let hid = v[0]["id"].as_str().unwrap().to_string();

    // Neither guardian can list its title or get it.
    for g in [&parent, &other] {
        let l = json_as(&env, g, &["--profile", "lea", "list"]);
        assert_eq!(l.as_array().unwrap().len(), 1, "{l}");
        assert!(!l.to_string().contains(SECRET_TITLE));
        assert!(!l.to_string().contains(&hid), "{l}");
        assert_error(
            &run_as(&env, g, &["--profile", "lea", "get", &hid, "-o", "-"]),
            5,
            "hidden",
        );
        assert_error(
            &run_as(&env, g, &["--profile", "lea", "show", &hid]),
            5,
            "hidden",
        );
        let j = ok_as(&env, g, &["--profile", "lea", "--json", "journal"]);
        assert!(
            !j.contains(SECRET_TITLE),
            "the journal shows the title to a guardian"
        );
        // They see how many exist.
        let (_, _, err) = run_as(&env, g, &["--profile", "lea", "list"]);
        assert!(err.contains("1 more hidden from guardians"), "{err}");
    }
    // Nothing under the data dir holds its title or bytes in clear.
    for f in files_under(&env.path("xdg-data")) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !contains(&bytes, SECRET_TITLE.as_bytes()),
            "title in clear in {}",
            f.display()
        );
        assert!(
            !contains(&bytes, SECRET_BODY),
            "content in clear in {}",
            f.display()
        );
    }

    // The teenager's identity reads everything, as the holder.
    let l = json_as(&env, &teen, &["--profile", "lea", "list"]);
    assert_eq!(l.as_array().unwrap().len(), 2, "{l}");
    assert!(l.to_string().contains(SECRET_TITLE), "{l}");
    let (code, out, err) = run_as(&env, &teen, &["--profile", "lea", "get", &hid, "-o", "-"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.as_bytes(), SECRET_BODY);
    let s = json_as(&env, &teen, &["--profile", "lea", "show", &hid]);
    assert_eq!(s["title"], SECRET_TITLE);
    assert_eq!(s["guardians"]["rule"], "guardian_hidden");
    let j = json_as(&env, &teen, &["--profile", "lea", "journal", "--doc", &hid]);
    assert!(j.to_string().contains(SECRET_TITLE), "{j}");
    assert!(
        j.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "doc.view" && e["actor"]["type"] == "holder"),
        "{j}"
    );
    assert_eq!(
        json_as(&env, &teen, &["--profile", "lea", "status"])["acting_as"]["type"],
        "holder"
    );

    // The guardians' view, as the policy decides it.
    let acc = json_as(
        &env,
        &parent,
        &["--profile", "lea", "access", "--guardians"],
    );
    let rule_of = |id: &str| {
        acc.as_array()
            .unwrap()
            .iter()
            .find(|r| r["doc"] == id)
            .unwrap()["rule"]
            .clone()
    };
    assert_eq!(rule_of(&hid), "guardian_hidden");
    assert_eq!(rule_of(&vac_id), "guardian");

    // mask --guardians: an existing document becomes sealed too (new random blob).
    let before = blob_names(&profiles(&env).join("lea"));
    ok_as(
        &env,
        &parent,
        &["--profile", "lea", "mask", &vac_id, "--guardians"],
    );
    let after = blob_names(&profiles(&env).join("lea"));
    assert_eq!(after.len(), 2);
    assert!(
        after.iter().filter(|b| !before.contains(b)).count() == 1,
        "{before:?} {after:?}"
    );
    assert_error(
        &run_as(
            &env,
            &parent,
            &["--profile", "lea", "get", &vac_id, "-o", "-"],
        ),
        5,
        "hidden",
    );
    let (code, out, _) = run_as(
        &env,
        &teen,
        &["--profile", "lea", "get", &vac_id, "-o", "-"],
    );
    assert_eq!((code, out.as_str()), (0, "DTP rappel"));
    // Only the minor can undo it.
    assert_error(
        &run_as(
            &env,
            &parent,
            &["--profile", "lea", "unmask", &vac_id, "--guardians"],
        ),
        5,
        "hidden",
    );
    ok_as(
        &env,
        &teen,
        &["--profile", "lea", "unmask", &vac_id, "--guardians"],
    );
    assert_eq!(
        ok_as(
            &env,
            &parent,
            &["--profile", "lea", "get", &vac_id, "-o", "-"]
        ),
        "DTP rappel"
    );

    // check as a guardian: verifies what it can, reports the sealed one.
    let c = json_as(&env, &parent, &["--profile", "lea", "check"]);
    assert_eq!(c["ok"], true, "{c}");
    assert_eq!(c["sealed_for_minor"], 1, "{c}");
    let c = json_as(&env, &teen, &["--profile", "lea", "check"]);
    assert_eq!(
        (c["ok"].clone(), c["sealed_for_minor"].clone()),
        (Value::Bool(true), Value::from(0)),
        "{c}"
    );
    ok_as(&env, &other, &["--profile", "lea", "journal", "verify"]);

    // A guardian may delete a sealed record without reading it; journaled, and the minor is told.
    let keep = env.write("other-secret.txt", b"another sealed one");
    let v = json_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "add",
            keep.to_str().unwrap(),
            "--hidden-from-guardians",
        ],
    );
    let gone = v[0]["id"].as_str().unwrap().to_string();
    ok_as(&env, &other, &["--profile", "lea", "rm", &gone, "--yes"]);
    let st = json_as(&env, &teen, &["--profile", "lea", "status"]);
    let changes = st["guardian_changes"].as_array().unwrap();
    assert!(
        changes
            .iter()
            .any(|c| c["action"] == "doc.delete" && c["actor"] == "Sam Martin"),
        "{st}"
    );

    // profile list: one unlock of the parent's vault lists the child's details.
    let pl = json_as(&env, &parent, &["profile", "list"]);
    let rows = pl.as_array().unwrap();
    assert_eq!(rows.len(), 2, "{pl}");
    let d = rows.iter().find(|r| r["name"] == "default").unwrap();
    assert_eq!(d["default"], true);
    let lea = rows.iter().find(|r| r["name"] == "lea").unwrap();
    assert_eq!(lea["default"], false);
    assert_eq!(lea["holder"], "Léa Martin");
    assert_eq!(lea["age"], 15);
    assert_eq!(lea["birth_date"], born(15, 0));
    let mut names: Vec<&str> = lea["guardians"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["Camille Martin", "Sam Martin"], "{lea}");
    assert_eq!(lea["hidden_from_guardians"], 1);
    assert!(lea["majority_warning"].is_null(), "{lea}");

    // Removing a guardian points to rekey.
    let (code, _, err) = run_as(
        &env,
        &parent,
        &["profile", "guardian", "rm", "lea", &other_r],
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("rekey"), "{err}");
    assert_error(
        &run_as(&env, &other, &["--profile", "lea", "list"]),
        3,
        "cannot unlock",
    );
}

#[test]
fn majority_warning_then_handover_cuts_guardians_off() {
    // Turns 18 in 30 days.
    let env = family(18, -30);
    let parent = env.identity.clone();
    let (other, other_r) = new_identity(env.dir.path(), "other.txt");
    let (teen, teen_r) = new_identity(env.dir.path(), "teen.txt");
    let (adult, adult_r) = new_identity(env.dir.path(), "adult.txt");
    ok_as(
        &env,
        &parent,
        &["profile", "guardian", "add", "lea", &other_r],
    );
    ok_as(&env, &parent, &["profile", "key", "lea", &teen_r]);
    let mut ids = Vec::new();
    for i in 0..4 {
        let p = env.write(&format!("d{i}.txt"), format!("document {i}").as_bytes());
        let v = json_as(
            &env,
            &parent,
            &["--profile", "lea", "add", p.to_str().unwrap()],
        );
        ids.push(v[0]["id"].as_str().unwrap().to_string());
    }
    let s = env.write("s.txt", SECRET_BODY);
    let v = json_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "add",
            s.to_str().unwrap(),
            "--title",
            SECRET_TITLE,
            "--hidden-from-guardians",
        ],
    );
    let hid = v[0]["id"].as_str().unwrap().to_string();

    // The warning: in status and in profile list.
    let st = json_as(&env, &parent, &["--profile", "lea", "status"]);
    let w = st["majority_warning"]
        .as_str()
        .unwrap_or_else(|| panic!("{st}"));
    assert!(w.contains("turns 18") && w.contains("in 30 days"), "{w}");
    let (_, _, err) = run_as(&env, &parent, &["--profile", "lea", "status"]);
    assert!(
        err.contains("warning:") && err.contains("profile handover"),
        "{err}"
    );
    let pl = json_as(&env, &parent, &["profile", "list"]);
    let lea = pl
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "lea")
        .unwrap();
    assert!(
        lea["majority_warning"]
            .as_str()
            .unwrap()
            .contains("turns 18"),
        "{lea}"
    );
    assert_eq!(lea["age"], 17);
    // The threshold is a setting.
    ok_as(
        &env,
        &parent,
        &[
            "--profile",
            "lea",
            "settings",
            "set",
            "majority-warning-days",
            "10",
        ],
    );
    assert!(json_as(&env, &parent, &["--profile", "lea", "status"])["majority_warning"].is_null());

    // The old vault key, taken before (as someone who kept it would).
    let child = profiles(&env).join("lea");
    let old_key = child_key(&env, &parent, &child);
    let old_blobs = blob_names(&child);
    assert_eq!(old_blobs.len(), 5);

    // Before the birthday: refused, unless forced.
    let out = run_as(
        &env,
        &parent,
        &["profile", "handover", "lea", "--recipient", &adult_r],
    );
    assert_error(&out, 5, "--force");
    let v = json_as(
        &env,
        &parent,
        &[
            "profile",
            "handover",
            "lea",
            "--recipient",
            &adult_r,
            "--force",
        ],
    );
    assert_eq!(v["handed_over"], true, "{v}");
    assert_eq!(v["forced"], true);
    assert_eq!(v["documents"], 4);
    assert_eq!(v["sealed_for_minor"], 1);

    // The old key decrypts no blob any more; re-encrypted blobs were renamed.
    let new_blobs = blob_names(&child);
    assert_eq!(new_blobs.len(), 5);
    assert_eq!(
        new_blobs.iter().filter(|b| old_blobs.contains(b)).count(),
        1,
        "only the sealed blob keeps its (random) name"
    );
    for f in files_under(&child) {
        if f.parent().and_then(|d| d.file_name()) == Some("blobs".as_ref()) {
            let bytes = std::fs::read(&f).unwrap();
            let dec = age::Decryptor::new_buffered(&bytes[..]).unwrap();
            assert!(
                dec.decrypt(std::iter::once(&old_key as &dyn age::Identity))
                    .is_err(),
                "the old vault key still decrypts {}",
                f.display()
            );
        }
    }
    // No key file of the old generation is left.
    assert!(!child.join("keys").exists() && !child.join("index.age").exists());

    // Guardians are cut off, with a hint that says why.
    for g in [&parent, &other] {
        let out = run_as(&env, g, &["--profile", "lea", "list"]);
        assert_error(&out, 3, "handed over");
    }
    // The young adult's key opens it, as the holder; so does the teenager's key (kept).
    let l = json_as(&env, &adult, &["--profile", "lea", "list"]);
    assert_eq!(l.as_array().unwrap().len(), 5);
    for id in &ids {
        ok_as(&env, &adult, &["--profile", "lea", "get", id, "-o", "-"]);
    }
    let (code, out, _) = run_as(&env, &teen, &["--profile", "lea", "get", &hid, "-o", "-"]);
    assert_eq!((code, out.as_bytes()), (0, SECRET_BODY));
    let keys = json_as(&env, &adult, &["--profile", "lea", "key", "list"]);
    assert!(
        keys.as_array()
            .unwrap()
            .iter()
            .all(|k| k["role"] != "guardian"),
        "{keys}"
    );
    let c = json_as(&env, &adult, &["--profile", "lea", "check"]);
    assert_eq!(c["ok"], true, "{c}");
    let c = json_as(&env, &teen, &["--profile", "lea", "check"]);
    assert_eq!(c["ok"], true, "{c}");
    ok_as(&env, &adult, &["--profile", "lea", "journal", "verify"]);
    let j = json_as(
        &env,
        &adult,
        &[
            "--profile",
            "lea",
            "journal",
            "--action",
            "profile.handover",
        ],
    );
    let e = &j.as_array().unwrap()[0];
    assert_eq!(e["actor"]["type"], "guardian");
    assert_eq!(e["details"]["forced"], true);
    assert_eq!(
        json_as(&env, &adult, &["--profile", "lea", "status"])["majority_warning"],
        Value::Null
    );

    // The parent's list shows it handed over; a second handover is refused.
    let pl = json_as(&env, &parent, &["profile", "list"]);
    let lea = pl
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["name"] == "lea")
        .unwrap();
    assert!(lea["handed_over_at"].is_string(), "{lea}");
    assert_eq!(lea["accessible"], false);
    assert_error(
        &run_as(
            &env,
            &adult,
            &["profile", "handover", "lea", "--recipient", &adult_r],
        ),
        5,
        "handed over",
    );
}

/// The child's vault key, unwrapped with the parent's vault key through the library.
fn child_key(env: &Env, parent_identity: &Path, child: &Path) -> age::x25519::Identity {
    let _ = env;
    let ids =
        carnet::crypto::load_identity_file(parent_identity, &carnet::prompt::nobody()).unwrap();
    let parent = carnet::vault::Sealed::open(&profiles(env).join("default")).unwrap();
    let (pkey, _) = parent
        .try_unwrap(&carnet::vault::UnlockMethod::Identities {
            identities: ids,
            source: "test".into(),
        })
        .unwrap()
        .unwrap();
    let sealed = carnet::vault::Sealed::open(child).unwrap();
    let (ckey, _) = sealed
        .try_unwrap(&carnet::vault::UnlockMethod::Identities {
            identities: vec![pkey.boxed_identity()],
            source: "test".into(),
        })
        .unwrap()
        .unwrap();
    ckey.local_identity().unwrap().clone()
}

#[test]
fn handover_at_the_configured_majority_needs_no_force_and_sets_a_passphrase() {
    let env = family(16, 0);
    let parent = env.identity.clone();
    // Majority is a setting: at 16 today, this profile has reached it.
    ok_as(
        &env,
        &parent,
        &["--profile", "lea", "settings", "set", "majority-age", "16"],
    );
    let w = json_as(&env, &parent, &["--profile", "lea", "status"])["majority_warning"].clone();
    assert!(
        w.as_str()
            .unwrap()
            .contains("reached the majority age (16)"),
        "{w}"
    );
    let pass = env.write("lea-pass.txt", b"un long mot de passe de lea\n");
    let v = json_as(
        &env,
        &parent,
        &[
            "profile",
            "handover",
            "lea",
            "--new-passphrase-file",
            pass.to_str().unwrap(),
        ],
    );
    assert_eq!(v["forced"], false, "{v}");
    assert_eq!(v["unlock_methods"]["passphrase"], true);
    let out = env
        .cmd()
        .env_remove("CARNET_VAULT")
        .env_remove("CARNET_IDENTITY")
        .args([
            "--profile",
            "lea",
            "--passphrase-file",
            pass.to_str().unwrap(),
            "--json",
            "status",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let st: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(st["acting_as"]["type"], "holder");
    assert!(st["handed_over_at"].is_string());
    assert_error(
        &run_as(&env, &parent, &["--profile", "lea", "status"]),
        3,
        "handed over",
    );
}

#[test]
fn profile_errors_have_hints() {
    let env = family(10, 0);
    let parent = env.identity.clone();
    assert_error(
        &run_as(
            &env,
            &parent,
            &["profile", "create", "lea", "--birth-date", "2015-01-01"],
        ),
        2,
        "already exists",
    );
    assert_error(
        &run_as(
            &env,
            &parent,
            &["profile", "create", "bob", "--birth-date", "2015-02-30"],
        ),
        2,
        "birth date",
    );
    assert_error(
        &run_as(
            &env,
            &parent,
            &["profile", "create", "old", "--birth-date", "1990-01-01"],
        ),
        2,
        "already of age",
    );
    assert_error(
        &run_as(
            &env,
            &parent,
            &[
                "--profile",
                "lea",
                "profile",
                "create",
                "bob",
                "--birth-date",
                "2015-01-01",
            ],
        ),
        2,
        "child's profile",
    );
    assert_error(
        &run_as(&env, &parent, &["profile", "key", "nobody", "age1xyz"]),
        2,
        "invalid recipient",
    );
    assert_error(
        &run_as(
            &env,
            &parent,
            &[
                "profile",
                "handover",
                "ghost",
                "--recipient",
                &env.recipient,
            ],
        ),
        4,
        "no vault",
    );
    assert_error(
        &run_as(
            &env,
            &parent,
            &["profile", "guardian", "add", "default", &env.recipient],
        ),
        2,
        "not a child's profile",
    );
    // The parent's own vault has no guardians to hide from.
    let f = env.write("x.txt", b"x");
    assert_error(
        &run_as(
            &env,
            &parent,
            &["add", f.to_str().unwrap(), "--hidden-from-guardians"],
        ),
        2,
        "child's vault",
    );
    // A parent who re-keys their own vault keeps access to the child's.
    ok_as(
        &env,
        &parent,
        &["--profile", "lea", "add", f.to_str().unwrap()],
    );
    ok_as(&env, &parent, &["rekey"]);
    assert_eq!(
        json_as(&env, &parent, &["--profile", "lea", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let keys = json_as(&env, &parent, &["--profile", "lea", "key", "list"]);
    let guardian_rows: Vec<&Value> = keys
        .as_array()
        .unwrap()
        .iter()
        .filter(|k| k["role"] == "guardian")
        .collect();
    assert_eq!(
        guardian_rows.len(),
        1,
        "the wrapper to the old parent key is gone: {keys}"
    );
    let parent_recipient =
        std::fs::read_to_string(profiles(&env).join("default/gen-1/recipient")).unwrap();
    assert_eq!(
        guardian_rows[0]["recipient"].as_str().unwrap(),
        parent_recipient.trim()
    );
    ok_as(&env, &parent, &["--profile", "lea", "check"]);
}

#[test]
fn exports_hold_hidden_documents_only_when_the_minor_makes_them() {
    let env = family(15, 0);
    let parent = env.identity.clone();
    let (teen, teen_r) = new_identity(env.dir.path(), "lea.txt");
    ok_as(&env, &parent, &["profile", "key", "lea", &teen_r]);
    let plain = env.write("vaccin.txt", b"DTP");
    ok_as(
        &env,
        &parent,
        &["--profile", "lea", "add", plain.to_str().unwrap()],
    );
    let secret = env.write("secret.txt", SECRET_BODY);
    ok_as(
        &env,
        &parent,
        &[
            "--profile",
            "lea",
            "add",
            secret.to_str().unwrap(),
            "--title",
            SECRET_TITLE,
            "--hidden-from-guardians",
        ],
    );
    // A guardian's export leaves the sealed document out (it cannot read it).
    let out = env.path("guardian.age");
    let v = json_as(
        &env,
        &parent,
        &[
            "--profile",
            "lea",
            "export",
            "--all",
            "-o",
            out.to_str().unwrap(),
            "--recipient",
            &env.recipient,
        ],
    );
    assert_eq!(v["count"], 1, "{v}");
    assert!(!v.to_string().contains(SECRET_TITLE));
    // The minor's export holds it, and it opens to the right bytes.
    let out = env.path("minor.age");
    let v = json_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "export",
            "--all",
            "-o",
            out.to_str().unwrap(),
            "--recipient",
            &teen_r,
        ],
    );
    assert_eq!(v["count"], 2, "{v}");
    let dir = env.path("opened");
    ok_as(
        &env,
        &teen,
        &[
            "bundle",
            "open",
            out.to_str().unwrap(),
            "-o",
            dir.to_str().unwrap(),
        ],
    );
    let found = files_under(&dir)
        .into_iter()
        .any(|f| std::fs::read(&f).map(|b| b == SECRET_BODY).unwrap_or(false));
    assert!(found, "the hidden document is not in the minor's bundle");

    // The minor's export is the minor's secret: the guardian's journal shows
    // only a sealed entry (not even its action); the minor's shows it whole.
    let secret_id = json_as(&env, &teen, &["--profile", "lea", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == SECRET_TITLE)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let exports = |who: &Path| -> Vec<Value> {
        json_as(
            &env,
            who,
            &["--profile", "lea", "journal", "--action", "export.create"],
        )
        .as_array()
        .unwrap()
        .clone()
    };
    let seen_by_guardian = exports(&parent);
    assert_eq!(seen_by_guardian.len(), 1, "the guardian's own export only");
    let sealed = json_as(
        &env,
        &parent,
        &["--profile", "lea", "journal", "--action", "sealed"],
    );
    assert!(!sealed.as_array().unwrap().is_empty(), "{sealed}");
    assert!(
        !Value::Array(seen_by_guardian.clone())
            .to_string()
            .contains(&secret_id),
        "{seen_by_guardian:?}"
    );
    assert!(exports(&teen)[1]["details"]["documents"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d == secret_id.as_str()));
}
