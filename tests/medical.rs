//! The medical profile through the binary: every kind and field round
//! trips, units and plausible ranges, codes, facts and "no known"
//! statements, history, masking and `access` rows for items, the
//! guardians' rules in a child's profile (items sealed to the minor), and
//! a kill -9 during `medical add`.
mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::Value;

fn journal_len(env: &Env) -> usize {
    env.json(&["journal"]).as_array().unwrap().len()
}

fn add(env: &Env, args: &[&str]) -> Value {
    let mut a = vec!["medical", "add"];
    a.extend_from_slice(args);
    env.json(&a)
}

fn id_of(v: &Value) -> String {
    v["id"].as_str().unwrap().to_string()
}

#[test]
fn every_kind_and_field_round_trips_through_show_edit_and_history() {
    let env = Env::new();
    let a = add(
        &env,
        &[
            "allergy",
            "Pénicilline",
            "--severity",
            "high",
            "--status",
            "active",
            "--since",
            "2010-05-01",
            "--code",
            "snomed:91936005",
            "--note",
            "urticaire géante",
        ],
    );
    let c = add(
        &env,
        &[
            "condition",
            "Asthme",
            "--since",
            "2001-01-01",
            "--until",
            "2020-12-31",
            "--status",
            "resolved",
            "--code",
            "J45.9",
        ],
    );
    let t = add(
        &env,
        &[
            "treatment",
            "Lévothyrox 50 µg",
            "--dose",
            "1 cp le matin",
            "--since",
            "2024-02-01",
            "--code",
            "atc:H03AA01",
        ],
    );
    let v = add(
        &env,
        &[
            "vaccination",
            "Boostrixtetra",
            "--date",
            "2025-09-10",
            "--lot",
            "AB123",
            "--code",
            "cis:60234100",
        ],
    );
    let w = add(
        &env,
        &["measure", "weight", "72,5", "kg", "--date", "2026-03-14"],
    );
    let bp = add(
        &env,
        &[
            "measure",
            "blood-pressure",
            "120/80",
            "mm[Hg]",
            "--date",
            "2026-03-14",
        ],
    );
    let k = add(
        &env,
        &[
            "contact",
            "Sam Martin",
            "--role",
            "trusted-person",
            "--phone",
            "+33 6 12 34 56 78",
            "--email",
            "sam@example.org",
        ],
    );
    env.json(&["medical", "set", "blood-group", "ab-"]);
    env.json(&[
        "medical",
        "set",
        "directives",
        "Pas d'acharnement thérapeutique",
    ]);
    env.json(&[
        "medical",
        "set",
        "organ-donation",
        "Je consens au don d'organes",
    ]);

    let s = env.json(&["medical", "show"]);
    let one = |key: &str| s[key].as_array().unwrap()[0].clone();
    let al = one("allergies");
    assert_eq!(al["id"], a["id"]);
    assert_eq!(al["label"], "Pénicilline");
    assert_eq!(al["severity"], "high");
    assert_eq!(al["status"], "active");
    assert_eq!(al["since"], "2010-05-01");
    assert_eq!(al["code"], "snomed:91936005");
    assert_eq!(al["code_system"], "http://snomed.info/sct");
    assert_eq!(al["note"], "urticaire géante");
    let co = one("conditions");
    assert_eq!(
        (co["label"].as_str(), co["until"].as_str()),
        (Some("Asthme"), Some("2020-12-31"))
    );
    assert_eq!(co["code"], "cim10:J45.9");
    assert_eq!(co["status"], "resolved");
    assert_eq!(co["id"], c["id"]);
    let tr = one("treatments");
    assert_eq!(
        (tr["name"].as_str(), tr["dose"].as_str()),
        (Some("Lévothyrox 50 µg"), Some("1 cp le matin"))
    );
    assert_eq!(tr["code"], "atc:H03AA01");
    assert_eq!(tr["id"], t["id"]);
    let va = one("vaccinations");
    assert_eq!(
        (va["name"].as_str(), va["date"].as_str(), va["lot"].as_str()),
        (Some("Boostrixtetra"), Some("2025-09-10"), Some("AB123"))
    );
    assert_eq!(
        va["code_system"],
        "https://smt.esante.gouv.fr/terminologie-bdpm"
    );
    assert_eq!(va["id"], v["id"]);
    let ms = s["measures"].as_array().unwrap();
    assert_eq!(ms.len(), 2);
    let mw = ms.iter().find(|m| m["measure"] == "weight").unwrap();
    assert_eq!(
        (mw["value"].as_f64(), mw["unit"].as_str()),
        (Some(72.5), Some("kg"))
    );
    assert_eq!(mw["id"], w["id"]);
    let mb = ms
        .iter()
        .find(|m| m["measure"] == "blood-pressure")
        .unwrap();
    assert_eq!(
        (mb["systolic"].as_f64(), mb["diastolic"].as_f64()),
        (Some(120.0), Some(80.0))
    );
    assert_eq!(mb["unit"], "mm[Hg]");
    assert_eq!(mb["id"], bp["id"]);
    let ct = one("contacts");
    assert_eq!(
        (ct["name"].as_str(), ct["role"].as_str()),
        (Some("Sam Martin"), Some("trusted-person"))
    );
    assert_eq!(
        (ct["phone"].as_str(), ct["email"].as_str()),
        (Some("+33 6 12 34 56 78"), Some("sam@example.org"))
    );
    assert_eq!(ct["id"], k["id"]);
    assert_eq!(s["blood_group"], "AB-");
    assert_eq!(s["directives"], "Pas d'acharnement thérapeutique");
    assert_eq!(s["organ_donation"], "Je consens au don d'organes");
    assert_eq!(s["no_known"]["allergies"], false);
    assert_eq!(s["facts"].as_array().unwrap().len(), 3);

    // Edit: set fields, clear one, and the item is checked again.
    let e = env.json(&[
        "medical",
        "edit",
        &id_of(&a),
        "--severity",
        "moderate",
        "--note",
        "",
    ]);
    assert_eq!(e["severity"], "moderate");
    assert!(e.get("note").is_none(), "{e}");
    let e = env.json(&[
        "medical",
        "edit",
        &id_of(&t)[..6],
        "--until",
        "2026-01-31",
        "--code",
        "cis:60234100",
    ]);
    assert_eq!(
        (e["until"].as_str(), e["code"].as_str()),
        (Some("2026-01-31"), Some("cis:60234100"))
    );
    let e = env.json(&["medical", "edit", &id_of(&w), "--value", "71"]);
    assert_eq!(e["value"].as_f64(), Some(71.0));
    let e = env.json(&[
        "medical",
        "edit",
        &id_of(&k),
        "--phone",
        "01 23 45 67 89",
        "--role",
        "spouse",
    ]);
    assert_eq!(
        (e["phone"].as_str(), e["role"].as_str()),
        (Some("01 23 45 67 89"), Some("spouse"))
    );
    let before = journal_len(&env);
    assert_error(
        &env.run(&["medical", "edit", &id_of(&w), "--value", "710"]),
        2,
        "plausible",
    );
    assert_error(
        &env.run(&["medical", "edit", &id_of(&a), "--dose", "2"]),
        2,
        "no dose",
    );
    assert_error(
        // JJ/MM/AAAA is accepted (tests/french.rs); month 13 is not.
        &env.run(&["medical", "edit", &id_of(&v), "--date", "14/13/2026"]),
        2,
        "date",
    );
    assert_error(
        &env.run(&["medical", "edit", "zzzzzz"]),
        4,
        "no medical item",
    );
    assert_eq!(journal_len(&env), before, "refused edits change nothing");

    // Remove keeps it in history; a new blood group replaces the old one.
    env.json(&["medical", "rm", &id_of(&c)]);
    env.json(&["medical", "set", "blood-group", "O+"]);
    let s = env.json(&["medical", "show"]);
    assert!(s["conditions"].as_array().unwrap().is_empty());
    assert_eq!(s["blood_group"], "O+");
    let h = env.json(&["medical", "history", "condition"]);
    assert_eq!(h.as_array().unwrap().len(), 1);
    assert!(h[0]["removed_at"].is_string(), "{h}");
    let h = env.json(&["medical", "history", "blood-group"]);
    let groups: Vec<&str> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["value"].as_str().unwrap())
        .collect();
    assert_eq!(groups.len(), 2, "{h}");
    assert!(groups.contains(&"AB-") && groups.contains(&"O+"));
    env.json(&["medical", "rm", &id_of(&c), "--purge"]);
    assert!(env
        .json(&["medical", "history", "condition"])
        .as_array()
        .unwrap()
        .is_empty());
    assert_error(
        &env.run(&["medical", "history", "gossip"]),
        2,
        "unknown kind",
    );

    // Every change is journaled under medical.*.
    let j = env.json(&["journal", "--action", "medical"]);
    let actions: Vec<&str> = j
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for a in [
        "medical.add",
        "medical.edit",
        "medical.remove",
        "medical.set",
    ] {
        assert!(actions.contains(&a), "{a} missing: {actions:?}");
    }
    let out = env.cmd().args(["check"]).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn implausible_values_bad_units_and_codes_are_refused_with_a_hint_and_no_change() {
    let env = Env::new();
    let before = journal_len(&env);
    let cases: &[(&[&str], &str)] = &[
        (&["measure", "weight", "700", "kg"], "between 0.2 and 400"),
        (&["measure", "weight", "70", "lb"], "kg or g"),
        (&["measure", "blood-pressure", "120/80", "mmHg"], "mm[Hg]"),
        (
            &["measure", "blood-pressure", "80/120", "mm[Hg]"],
            "systolic",
        ),
        (&["measure", "temperature", "98.6", "Cel"], "[degF]"),
        (&["measure", "height", "1.72", "cm"], "between 20 and 260"),
        (&["measure", "shoe-size", "42", "1"], "weight"),
        (&["allergy", "Pénicilline", "--code", "91936006"], "snomed"),
        (&["condition", "Asthme", "--code", "cis:60234100"], "snomed"),
        (
            &[
                "treatment",
                "X",
                "--since",
                "2026-02-01",
                "--until",
                "2026-01-01",
            ],
            "end date",
        ),
        (
            &[
                "contact",
                "Sam",
                "--role",
                "trusted-person",
                "--phone",
                "call me",
            ],
            "digits",
        ),
        (&["contact", "Sam", "--role", "boss"], "trusted-person"),
        (
            &["contact", "Sam", "--role", "parent", "--email", "sam"],
            "name@example.org",
        ),
        (&["allergy", "Pénicilline\u{1b}[31m"], "control characters"),
        (
            &["allergy", "Pénicilline", "--hidden-from-guardians"],
            "child's vault",
        ),
    ];
    for (args, hint) in cases {
        let mut a = vec!["medical", "add"];
        a.extend_from_slice(args);
        assert_error(&env.run(&a), 2, hint);
    }
    assert_error(&env.run(&["medical", "set", "blood-group", "C+"]), 2, "AB+");
    assert_eq!(journal_len(&env), before, "nothing refused was written");
    assert!(env
        .json(&["medical", "history"])
        .as_array()
        .unwrap()
        .is_empty());
    // The same values in range and in the right units are taken.
    add(&env, &["measure", "temperature", "98.6", "[degF]"]);
    add(&env, &["measure", "height", "1.72", "m"]);
    add(&env, &["measure", "glucose", "5.4", "mmol/L"]);
    add(&env, &["measure", "hba1c", "6.1", "%"]);
    add(&env, &["measure", "head-circumference", "35", "cm"]);
    assert_eq!(
        env.json(&["medical", "show"])["measures"]
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

#[test]
fn no_known_statements_are_explicit_and_end_when_contradicted() {
    let env = Env::new();
    let s = env.json(&["medical", "show"]);
    assert_eq!(
        s["no_known"]["allergies"], false,
        "nothing recorded is not 'no known'"
    );
    env.json(&["medical", "set", "no-known", "allergies"]);
    env.json(&["medical", "set", "no-known", "treatments"]);
    let s = env.json(&["medical", "show"]);
    assert_eq!(s["no_known"]["allergies"], true);
    assert_eq!(s["no_known"]["treatments"], true);
    assert_eq!(s["no_known"]["conditions"], false);
    // An allergy contradicts the statement: it ends, and says so.
    let out = env.run(&["medical", "add", "allergy", "Arachide"]);
    assert_eq!(out.0, 0, "{}", out.2);
    assert!(out.2.contains("no longer applies"), "{}", out.2);
    let s = env.json(&["medical", "show"]);
    assert_eq!(s["no_known"]["allergies"], false);
    assert_eq!(s["no_known"]["treatments"], true);
    // And the statement cannot be made while an allergy is recorded.
    assert_error(
        &env.run(&["medical", "set", "no-known", "allergies"]),
        2,
        "medical rm",
    );
}

#[test]
fn masked_items_and_access_rows_follow_the_policy() {
    let env = Env::new();
    env.run(&["pro", "add", RPPS_A, "--name", "Dr A"]);
    env.run(&["pro", "add", RPPS_B, "--name", "Dr B"]);
    env.run(&["pro", "add", RPPS_C, "--name", "Dr C"]);
    env.json(&["pro", "primary", RPPS_C]);
    // A grant scoped to prescriptions still covers the profile.
    env.json(&["grant", RPPS_A, "--for", "1d", "--type", "prescription"]);
    let al = id_of(&add(&env, &["allergy", "Pénicilline"]));
    let hiv = id_of(&add(&env, &["condition", "VIH", "--code", "B24"]));
    env.json(&["medical", "mask", &hiv]);
    let tr = id_of(&add(&env, &["treatment", "Sertraline"]));
    let m = env.json(&["medical", "mask", &tr, "--from", RPPS_A]);
    assert_eq!(m["masked_from"][0], RPPS_A);

    let rows = env.json(&["access"]);
    let rule = |item: &str, rpps: &str| -> (bool, String) {
        let r = rows
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["item"] == item && r["rpps"] == rpps)
            .unwrap_or_else(|| panic!("no row for {item} {rpps}: {rows}"));
        assert!(r.get("doc").is_none(), "{r}");
        (
            r["visible"].as_bool().unwrap(),
            r["rule"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(rule(&al, RPPS_A), (true, "granted".into()));
    assert_eq!(rule(&al, RPPS_B), (false, "no_active_grant".into()));
    assert_eq!(rule(&al, RPPS_C), (true, "primary_doctor".into()));
    assert_eq!(rule(&hiv, RPPS_A), (false, "masked".into()));
    assert_eq!(rule(&hiv, RPPS_C), (true, "masked_primary".into()));
    assert_eq!(rule(&tr, RPPS_A), (false, "masked_from".into()));
    assert_eq!(rule(&tr, RPPS_C), (true, "primary_doctor".into()));
    // The strict setting: only... nobody sees a masked item then.
    env.run(&["settings", "set", "masked-visible-to-primary", "false"]);
    let rows = env.json(&["access", RPPS_C]);
    let r = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["item"] == hiv.as_str())
        .unwrap();
    assert_eq!(r["rule"], "masked");
    // Unmask, and blocking beats everything.
    env.json(&["medical", "unmask", &hiv]);
    env.json(&["medical", "unmask", &tr, "--from", RPPS_A]);
    env.json(&["pro", "block", RPPS_A]);
    let rows = env.json(&["access", RPPS_A]);
    for r in rows.as_array().unwrap() {
        assert_eq!(r["rule"], "blocked", "{r}");
    }
    let rows = env.json(&["access", RPPS_C]);
    let r = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["item"] == hiv.as_str())
        .unwrap();
    assert_eq!(r["rule"], "primary_doctor");
    // Masking journals medical.mask / medical.unmask.
    let j = env.json(&["journal", "--action", "medical.mask"]);
    assert_eq!(j.as_array().unwrap().len(), 2);
    assert_eq!(
        env.json(&["journal", "--action", "medical.unmask"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // A table for people names the items too.
    let out = env.run(&["access"]);
    assert!(out.1.contains("allergy: Pénicilline"), "{}", out.1);
}

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

fn json_as(env: &Env, id: &Path, args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let (code, out, err) = run_as(env, id, &a);
    assert_eq!(code, 0, "carnet {args:?} failed ({code}): {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
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

const SECRET: &str = "Contraception QX7-confidentielle";

#[test]
fn items_hidden_from_guardians_are_sealed_to_the_minor() {
    let env = Env::bare();
    let parent = env.identity.clone();
    json_as(
        &env,
        &parent,
        &[
            "init",
            "--name",
            "Camille Martin",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ],
    );
    json_as(
        &env,
        &parent,
        &[
            "profile",
            "create",
            "lea",
            "--birth-date",
            "2011-02-03",
            "--name",
            "Léa Martin",
        ],
    );
    let (teen, teen_r) = new_identity(env.dir.path(), "lea.txt");
    fn lea<'a>(args: &[&'a str]) -> Vec<&'a str> {
        let mut a = vec!["--profile", "lea"];
        a.extend_from_slice(args);
        a
    }
    // Shared items: the guardian records them, and sees them.
    let shared = json_as(
        &env,
        &parent,
        &lea(&[
            "medical",
            "add",
            "allergy",
            "Arachide",
            "--severity",
            "high",
        ]),
    );
    // Hidden needs the minor's key first.
    assert_error(
        &run_as(
            &env,
            &parent,
            &lea(&[
                "medical",
                "add",
                "treatment",
                SECRET,
                "--hidden-from-guardians",
            ]),
        ),
        2,
        "carnet profile key",
    );
    run_as(&env, &parent, &["profile", "key", "lea", &teen_r]);
    let hidden = json_as(
        &env,
        &parent,
        &lea(&[
            "medical",
            "add",
            "treatment",
            SECRET,
            "--hidden-from-guardians",
        ]),
    );
    assert_eq!(hidden["hidden_from_guardians"], true);
    let hid = id_of(&hidden);

    // Nothing of it is in clear in the index; the guardian does not see it.
    let s = json_as(&env, &parent, &lea(&["medical", "show"]));
    assert_eq!(s["allergies"][0]["id"], shared["id"]);
    assert!(s["treatments"].as_array().unwrap().is_empty(), "{s}");
    assert!(!s.to_string().contains(SECRET));
    assert_eq!(s["withheld"], 1);
    let h = json_as(&env, &parent, &lea(&["medical", "history"]));
    assert!(!h.to_string().contains(&hid), "{h}");
    let j = json_as(&env, &parent, &lea(&["journal"]));
    assert!(!j.to_string().contains(SECRET), "{j}");
    assert_error(
        &run_as(
            &env,
            &parent,
            &lea(&["medical", "edit", &hid, "--dose", "1"]),
        ),
        5,
        "not visible",
    );
    assert_error(
        &run_as(&env, &parent, &lea(&["medical", "mask", &hid])),
        5,
        "not visible",
    );
    let rows = json_as(&env, &parent, &lea(&["access", "--guardians"]));
    let r = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["item"] == hid.as_str())
        .unwrap();
    assert_eq!(
        (r["visible"].as_bool(), r["rule"].as_str()),
        (Some(false), Some("guardian_hidden"))
    );
    for f in files_under(&env.path("xdg-data/carnet/profiles")) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !bytes.windows(SECRET.len()).any(|w| w == SECRET.as_bytes()),
            "{} holds the secret in clear",
            f.display()
        );
    }

    // The minor's own key reads it, edits it (sealed again), and its journal.
    let s = json_as(&env, &teen, &lea(&["medical", "show"]));
    assert_eq!(s["treatments"][0]["name"], SECRET, "{s}");
    assert_eq!(s["withheld"], 0);
    let e = json_as(
        &env,
        &teen,
        &lea(&["medical", "edit", &hid, "--dose", "1 cp/j"]),
    );
    assert_eq!(
        (e["dose"].as_str(), e["hidden_from_guardians"].as_bool()),
        (Some("1 cp/j"), Some(true))
    );
    let s = json_as(&env, &parent, &lea(&["medical", "show"]));
    assert!(!s.to_string().contains("1 cp/j"), "{s}");
    let j = json_as(&env, &teen, &lea(&["journal", "--action", "medical"]));
    assert!(
        j.to_string().contains(SECRET),
        "the minor reads the journal of it: {j}"
    );
    // A professional with access sees hidden-from-guardians items (policy).
    json_as(&env, &teen, &lea(&["pro", "add", RPPS_A, "--name", "Dr A"]));
    let rows = json_as(&env, &teen, &lea(&["access", RPPS_A]));
    assert!(rows
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["item"] == hid.as_str()));
    let out = run_as(&env, &parent, &lea(&["check"]));
    assert_eq!(out.0, 0, "{}", out.2);
}

/// A `medical add` killed at any point leaves a vault that opens, passes
/// `check`, and holds the item or not, whole.
#[test]
fn kill_9_during_medical_add_leaves_a_vault_that_passes_check() {
    let env = Env::new();
    let mut added = 0;
    for round in 0..12u64 {
        let mut child = env
            .std_cmd()
            .args([
                "--json",
                "medical",
                "add",
                "allergy",
                &format!("Allergène {round}"),
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(round * 4));
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            added += 1;
        }
        let out = env.cmd().arg("check").output().unwrap();
        assert!(
            out.status.success(),
            "round {round}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let s = env.json(&["medical", "show"]);
        for a in s["allergies"].as_array().unwrap() {
            assert!(
                a["label"].as_str().unwrap().starts_with("Allergène "),
                "{a}"
            );
        }
    }
    let n = env.json(&["medical", "show"])["allergies"]
        .as_array()
        .unwrap()
        .len();
    assert!(n >= added, "{n} items, {added} adds reported success");
    assert_eq!(
        env.json(&["journal", "--action", "medical.add"])
            .as_array()
            .unwrap()
            .len(),
        n
    );
}

/// Opens a bundle made for the env's own key into `dir`; returns the
/// patient summary, if it holds one.
fn summary_of(env: &Env, bundle: &Path, dir: &str) -> Option<Value> {
    let out = env.path(dir);
    let o = env
        .cmd()
        .args([
            "bundle",
            "open",
            bundle.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let p = out.join("fhir/patient-summary.json");
    p.exists()
        .then(|| serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap())
}

/// The checks of an IPS document Bundle that hold whatever it says: a
/// document Bundle whose first entry is the Composition (LOINC 60591-5)
/// with the three required sections, each with at least one entry; every
/// reference resolves inside the bundle; every resource has what FHIR R4
/// requires of it. Returns (section code → entries' resources).
fn check_ips(b: &Value) -> std::collections::BTreeMap<String, Vec<Value>> {
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "document");
    assert!(b["timestamp"].is_string() && b["identifier"]["value"].is_string());
    let entries = b["entry"].as_array().unwrap();
    let by_url: std::collections::HashMap<&str, &Value> = entries
        .iter()
        .map(|e| (e["fullUrl"].as_str().unwrap(), &e["resource"]))
        .collect();
    assert_eq!(by_url.len(), entries.len(), "fullUrls are unique");
    let comp = &entries[0]["resource"];
    assert_eq!(comp["resourceType"], "Composition");
    assert_eq!(comp["status"], "final");
    assert_eq!(comp["type"]["coding"][0]["system"], "http://loinc.org");
    assert_eq!(comp["type"]["coding"][0]["code"], "60591-5");
    let subject = comp["subject"]["reference"].as_str().unwrap();
    assert_eq!(by_url[subject]["resourceType"], "Patient");
    assert!(comp["author"][0]["reference"].is_string() && comp["date"].is_string());
    let mut sections = std::collections::BTreeMap::new();
    for s in comp["section"].as_array().unwrap() {
        let code = s["code"]["coding"][0]["code"].as_str().unwrap().to_string();
        let div = s["text"]["div"].as_str().unwrap();
        assert!(
            div.starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\""),
            "{div}"
        );
        let resources: Vec<Value> = s["entry"]
            .as_array()
            .map(|es| {
                es.iter()
                    .map(|r| {
                        let url = r["reference"].as_str().unwrap();
                        (*by_url
                            .get(url)
                            .unwrap_or_else(|| panic!("unresolved {url}")))
                        .clone()
                    })
                    .collect()
            })
            .unwrap_or_default();
        sections.insert(code, resources);
    }
    for required in ["48765-2", "10160-0", "11450-4"] {
        let rs = sections
            .get(required)
            .unwrap_or_else(|| panic!("no section {required}"));
        assert!(!rs.is_empty(), "required section {required} is empty");
    }
    for r in by_url.values() {
        let t = r["resourceType"].as_str().unwrap();
        let subject = match t {
            "AllergyIntolerance" | "Immunization" => &r["patient"],
            "Patient" | "Composition" => continue,
            _ => &r["subject"],
        };
        assert_eq!(
            subject["reference"].as_str(),
            Some(comp["subject"]["reference"].as_str().unwrap()),
            "{r}"
        );
        match t {
            "AllergyIntolerance" => assert!(
                r["clinicalStatus"]["coding"][0]["code"].is_string() && r["code"].is_object()
            ),
            "Condition" => assert!(r["clinicalStatus"].is_object() && r["code"].is_object()),
            "MedicationStatement" => {
                assert!(r["status"].is_string() && r["medicationCodeableConcept"].is_object())
            }
            "Immunization" => assert!(
                r["status"] == "completed"
                    && r["vaccineCode"].is_object()
                    && r["occurrenceDateTime"].is_string()
            ),
            "Observation" => {
                assert!(
                    r["status"] == "final"
                        && r["code"]["coding"][0]["system"] == "http://loinc.org"
                );
                let qs: Vec<&Value> = match r["component"].as_array() {
                    Some(c) => c.iter().map(|c| &c["valueQuantity"]).collect(),
                    None if r["valueQuantity"].is_object() => vec![&r["valueQuantity"]],
                    None => vec![],
                };
                for q in qs {
                    assert_eq!(q["system"], "http://unitsofmeasure.org", "{r}");
                    assert!(q["value"].is_number() && q["code"].is_string(), "{r}");
                }
            }
            other => panic!("unexpected resource {other}"),
        }
    }
    // The FHIR R4 JSON schema and the R4B models: zero errors.
    let problems = common::fhir::fhir_r4_problems("patient-summary", b);
    assert!(problems.is_empty(), "{problems:#?}");
    sections
}

fn absent_code(r: &Value) -> Option<&str> {
    let cc = if r["medicationCodeableConcept"].is_object() {
        &r["medicationCodeableConcept"]
    } else {
        &r["code"]
    };
    (cc["coding"][0]["system"] == "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips")
        .then(|| cc["coding"][0]["code"].as_str().unwrap())
}

#[test]
fn emergency_bundles_carry_an_international_patient_summary() {
    let env = Env::new();
    // Nothing to show: the emergency export is refused as before.
    assert_error(
        &env.run(&[
            "export",
            "--emergency",
            "samu",
            "--recipient",
            &env.recipient,
            "-o",
            "e0.age",
        ]),
        5,
        "nothing to export",
    );
    add(
        &env,
        &[
            "allergy",
            "Pénicilline",
            "--severity",
            "high",
            "--code",
            "snomed:91936005",
        ],
    );
    let hiv = id_of(&add(&env, &["condition", "VIH", "--code", "cim10:B24"]));
    env.json(&["medical", "mask", &hiv]);
    add(
        &env,
        &[
            "vaccination",
            "Boostrixtetra",
            "--date",
            "2025-09-10",
            "--lot",
            "AB123",
        ],
    );
    add(
        &env,
        &["measure", "weight", "72.5", "kg", "--date", "2026-03-14"],
    );
    add(
        &env,
        &[
            "measure",
            "blood-pressure",
            "120/80",
            "mm[Hg]",
            "--date",
            "2026-03-14",
        ],
    );
    add(
        &env,
        &[
            "contact",
            "Sam Martin",
            "--role",
            "trusted-person",
            "--phone",
            "06 12 34 56 78",
        ],
    );
    env.json(&["medical", "set", "blood-group", "O+"]);
    env.json(&["medical", "set", "no-known", "treatments"]);

    // No document, but a profile: the emergency bundle is made.
    let out = env.run(&[
        "export",
        "--emergency",
        "samu",
        "--recipient",
        &env.recipient,
        "-o",
        "e1.age",
    ]);
    assert_eq!(out.0, 0, "{}", out.2);
    let b = summary_of(&env, &env.path("e1.age"), "e1")
        .expect("an emergency bundle carries the summary");
    let s = check_ips(&b);
    let allergies = &s["48765-2"];
    assert_eq!(allergies.len(), 1);
    assert_eq!(allergies[0]["code"]["text"], "Pénicilline");
    assert_eq!(
        allergies[0]["code"]["coding"][0]["system"],
        "http://snomed.info/sct"
    );
    assert_eq!(allergies[0]["code"]["coding"][0]["code"], "91936005");
    assert_eq!(allergies[0]["criticality"], "high");
    // No known treatments: recorded, so stated.
    assert_eq!(absent_code(&s["10160-0"][0]), Some("no-known-medications"));
    // The masked condition is withheld from the SAMU (no masked consent):
    // "no information", with a note, never the condition.
    let problems = &s["11450-4"];
    assert_eq!(absent_code(&problems[0]), Some("no-problem-info"));
    assert!(problems[0]["note"][0]["text"]
        .as_str()
        .unwrap()
        .contains("ne sont pas communiquées"));
    assert!(!b.to_string().contains("VIH") && !b.to_string().contains("B24"));
    assert_eq!(s["11369-6"][0]["lotNumber"], "AB123");
    let vitals = &s["8716-3"];
    let weight = vitals
        .iter()
        .find(|o| o["code"]["coding"][0]["code"] == "29463-7")
        .unwrap();
    assert_eq!(
        (
            weight["valueQuantity"]["value"].as_f64(),
            weight["valueQuantity"]["code"].as_str()
        ),
        (Some(72.5), Some("kg"))
    );
    let bp = vitals
        .iter()
        .find(|o| o["code"]["coding"][0]["code"] == "85354-9")
        .unwrap();
    assert_eq!(bp["component"][0]["code"]["coding"][0]["code"], "8480-6");
    assert_eq!(
        bp["component"][1]["valueQuantity"]["value"].as_f64(),
        Some(80.0)
    );
    assert_eq!(s["30954-2"][0]["valueCodeableConcept"]["text"], "O+");
    let patient = &b["entry"][1]["resource"];
    assert_eq!(patient["name"][0]["text"], "Camille Martin");
    assert_eq!(
        patient["contact"][0]["telecom"][0]["value"],
        "06 12 34 56 78"
    );
    let j = env.json(&["journal", "--action", "export.create"]);
    assert_eq!(j[0]["details"]["patient_summary"], true, "{j}");

    // With the masked consent, the condition is in it.
    env.json(&["emergency", "set", "--masked", "allow"]);
    env.run(&[
        "export",
        "--emergency",
        "samu",
        "--recipient",
        &env.recipient,
        "-o",
        "e2.age",
    ]);
    let b = summary_of(&env, &env.path("e2.age"), "e2").unwrap();
    let s = check_ips(&b);
    assert_eq!(s["11450-4"][0]["code"]["coding"][0]["code"], "B24");

    // Nothing recorded and no statement: "no information", not "no known".
    let bare = Env::new();
    bare.add("ordonnance.txt", b"ordonnance", &["--type", "prescription"]);
    bare.run(&[
        "export",
        "--emergency",
        "break-glass",
        "--recipient",
        &bare.recipient,
        "-o",
        "e.age",
    ]);
    let b = summary_of(&bare, &bare.path("e.age"), "e").unwrap();
    let s = check_ips(&b);
    assert_eq!(absent_code(&s["48765-2"][0]), Some("no-allergy-info"));
    assert_eq!(absent_code(&s["10160-0"][0]), Some("no-medication-info"));
    assert_eq!(absent_code(&s["11450-4"][0]), Some("no-problem-info"));
    assert!(s["48765-2"][0].get("note").is_none());
}

#[test]
fn a_professional_bundle_carries_the_summary_on_request_as_the_policy_allows() {
    let env = Env::new();
    env.run(&[
        "pro",
        "add",
        RPPS_A,
        "--name",
        "Dr A",
        "--recipient",
        &env.recipient,
    ]);
    env.json(&["grant", RPPS_A, "--for", "1d"]);
    env.add(
        "cr.txt",
        b"compte rendu",
        &["--type", "consultation-report"],
    );
    add(&env, &["allergy", "Arachide"]);
    let tr = id_of(&add(&env, &["treatment", "Sertraline", "--dose", "50 mg"]));
    env.json(&["medical", "mask", &tr, "--from", RPPS_A]);
    env.json(&["medical", "set", "no-known", "conditions"]);

    let out = env.run(&["export", "--for", RPPS_A, "-o", "p1.age"]);
    assert_eq!(out.0, 0, "{}", out.2);
    assert!(
        summary_of(&env, &env.path("p1.age"), "p1").is_none(),
        "only on request"
    );

    let out = env.run(&["export", "--for", RPPS_A, "--with-summary", "-o", "p2.age"]);
    assert_eq!(out.0, 0, "{}", out.2);
    let b = summary_of(&env, &env.path("p2.age"), "p2").unwrap();
    let s = check_ips(&b);
    assert_eq!(s["48765-2"][0]["code"]["text"], "Arachide");
    assert_eq!(absent_code(&s["11450-4"][0]), Some("no-known-problems"));
    // The treatment masked from this professional: withheld, and said so.
    assert_eq!(absent_code(&s["10160-0"][0]), Some("no-medication-info"));
    assert!(s["10160-0"][0]["note"].is_array());
    assert!(!b.to_string().contains("Sertraline"));
    assert_error(
        &env.run(&[
            "export",
            "--with-summary",
            "--recipient",
            &env.recipient,
            "-o",
            "x.age",
        ]),
        2,
        "--for",
    );
}

/// The text of a PDF, read back with poppler's `pdftotext` (installed by
/// .ci/run).
fn pdf_text(pdf: &Path) -> String {
    let out = std::process::Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed: .ci/run installs it");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn pdf_pages(pdf: &Path) -> usize {
    let out = std::process::Command::new("pdfinfo")
        .arg(pdf)
        .output()
        .unwrap();
    let info = String::from_utf8(out.stdout).unwrap();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|n| n.trim().parse().unwrap())
        .unwrap()
}

#[test]
fn the_printable_summary_is_a_french_pdf_whose_text_reads_back() {
    let env = Env::new();
    add(&env, &["allergy", "Pénicilline", "--severity", "high"]);
    add(
        &env,
        &[
            "treatment",
            "Lévothyrox 50 µg",
            "--dose",
            "1 cp le matin",
            "--since",
            "2024-02-01",
        ],
    );
    let hiv = id_of(&add(&env, &["condition", "VIH"]));
    env.json(&["medical", "mask", &hiv]);
    add(
        &env,
        &["measure", "weight", "72,5", "kg", "--date", "2026-01-10"],
    );
    add(
        &env,
        &["measure", "weight", "74", "kg", "--date", "2026-03-14"],
    );
    add(
        &env,
        &[
            "contact",
            "Sam Martin",
            "--role",
            "trusted-person",
            "--phone",
            "06 12 34 56 78",
        ],
    );
    env.json(&["medical", "set", "blood-group", "A-"]);
    env.json(&[
        "medical",
        "set",
        "directives",
        "Pas d'acharnement thérapeutique",
    ]);

    let pdf = env.path("synthese.pdf");
    let v = env.json(&["medical", "summary", "-o", pdf.to_str().unwrap()]);
    assert_eq!(v["pages"], 1);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    let text = pdf_text(&pdf);
    for want in [
        "Synthèse médicale — Camille Martin",
        "Groupe sanguin : A-",
        "Pénicilline (sévère)",
        "Lévothyrox 50 µg, 1 cp le matin, depuis le 01/02/2024",
        "Poids : 74 kg (14/03/2026)",
        "Sam Martin (personne de confiance), tél. 06 12 34 56 78",
        "Pas d'acharnement thérapeutique",
        "Pas d'information sur les pathologies.",
        "1 élément(s) masqué(s) aux professionnels",
    ] {
        assert!(text.contains(want), "{want:?} missing from:\n{text}");
    }
    assert!(
        !text.contains("VIH"),
        "a masked item is not printed:\n{text}"
    );
    assert!(
        !text.contains("72,5"),
        "only the latest measure of a kind:\n{text}"
    );

    // An existing file is kept unless --force; a long profile stops at two pages.
    assert_error(
        &env.run(&["medical", "summary", "-o", pdf.to_str().unwrap()]),
        2,
        "--force",
    );
    for i in 0..90 {
        add(
            &env,
            &[
                "vaccination",
                &format!("Vaccin numéro {i}"),
                "--date",
                "2020-01-01",
            ],
        );
    }
    env.json(&["medical", "summary", "-o", pdf.to_str().unwrap(), "--force"]);
    assert_eq!(pdf_pages(&pdf), 2);
    let text = pdf_text(&pdf);
    assert!(text.contains("(suite : carnet medical show)"), "{text}");
}
