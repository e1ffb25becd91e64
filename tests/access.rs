//! Professionals, primary doctor, grants, blocking, emergency consents and
//! `carnet access`, through the real binary.

mod common;
use common::*;

use serde_json::Value;

const BAD_RPPS: &str = "10100000003";
const BAD_RPPS_MSG: &str = "invalid RPPS 10100000003: check digit should be 8";

fn keys(v: &Value) -> Vec<String> {
    let mut k: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
    k.sort();
    k
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("an array")
        .iter()
        .map(|x| x.as_str().expect("a string").to_string())
        .collect()
}

/// Journal entries of one action.
fn journal(env: &Env, action: &str) -> Vec<Value> {
    env.json(&["journal", "--action", action])
        .as_array()
        .unwrap()
        .clone()
}

fn add_pro(env: &Env, rpps: &str, name: &str) {
    let (code, _, err) = env.run(&["pro", "add", rpps, "--name", name]);
    assert_eq!(code, 0, "pro add {rpps}: {err}");
}

fn grant(env: &Env, args: &[&str]) -> Value {
    let mut a = vec!["grant"];
    a.extend_from_slice(args);
    env.json(&a)
}

/// Grants by ID from `grants --all --json`.
fn grant_states(env: &Env) -> Vec<(String, String)> {
    env.json(&["grants", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["id"].as_str().unwrap().to_string(),
                g["state"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn state_of(env: &Env, id: &str) -> String {
    grant_states(env)
        .into_iter()
        .find(|(g, _)| g == id)
        .unwrap_or_else(|| panic!("grant {id} not listed"))
        .1
}

#[test]
fn pro_add_show_list_edit_rm() {
    let env = Env::new();
    let out = env.run(&[
        "pro",
        "add",
        RPPS_A,
        "--name",
        "Dr Claire Dubois",
        "--specialty",
        "cardiologie",
        "--place",
        "Lyon",
        "--recipient",
        &env.recipient,
    ]);
    assert_eq!(out.0, 0, "{}", out.2);
    // Human output names the vault it acted on.
    assert!(
        out.2.contains(&format!("vault {}", env.vault.display())),
        "{}",
        out.2
    );
    assert!(out.2.contains("Dr Claire Dubois"), "{}", out.2);

    let p = env.json(&["pro", "show", RPPS_A]);
    for k in [
        "rpps",
        "idnat",
        "name",
        "specialty",
        "place",
        "recipient",
        "primary",
        "blocked",
        "blocked_at",
        "added_at",
    ] {
        assert!(p.get(k).is_some(), "pro show lacks {k}: {p}");
    }
    assert_eq!(p["rpps"], RPPS_A);
    assert_eq!(p["idnat"], format!("8{RPPS_A}"));
    assert_eq!(p["specialty"], "cardiologie");
    assert_eq!(p["place"], "Lyon");
    assert_eq!(p["recipient"], env.recipient.as_str());
    assert_eq!(p["primary"], false);
    assert_eq!(p["blocked"], false);
    assert_eq!(p["blocked_at"], Value::Null);
    assert_eq!(p["standing"], "no_active_grant");
    assert!(p["added_at"].as_str().unwrap().ends_with('Z'));

    add_pro(&env, RPPS_B, "Dr Bernard Arnaud");
    let list = env.json(&["pro", "list"]);
    let rpps: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["rpps"].as_str().unwrap())
        .collect();
    assert_eq!(rpps, [RPPS_B, RPPS_A], "sorted by name");
    let (code, table, _) = env.run(&["pro", "list"]);
    assert_eq!(code, 0);
    assert!(
        table.contains("Dr Claire Dubois") && table.contains("cardiologie"),
        "{table}"
    );

    // Edit: a new place, an empty specialty clears it, no recipient.
    let e = env.json(&[
        "pro",
        "edit",
        RPPS_A,
        "--place",
        "Villeurbanne",
        "--specialty",
        "",
        "--no-recipient",
    ]);
    assert_eq!(e["place"], "Villeurbanne");
    assert_eq!(e["specialty"], Value::Null);
    assert_eq!(e["recipient"], Value::Null);
    assert_eq!(e["name"], "Dr Claire Dubois");
    assert_error(&env.run(&["pro", "edit", RPPS_A]), 2, "nothing to change");
    assert_error(
        &env.run(&["pro", "edit", RPPS_A, "--recipient", "not-a-key"]),
        2,
        "invalid recipient",
    );
    assert_error(
        &env.run(&["pro", "edit", RPPS_A, "--name", " "]),
        2,
        "--name is empty",
    );
    let edits = journal(&env, "pro.edit");
    assert_eq!(edits.len(), 1);
    assert_eq!(edits[0]["details"]["idnat"], format!("8{RPPS_A}"));
    assert_eq!(
        edits[0]["details"]["changes"]["place"]["to"],
        "Villeurbanne"
    );
    assert_eq!(
        edits[0]["details"]["changes"]["specialty"]["from"],
        "cardiologie"
    );

    // Remove.
    let (code, _, err) = env.run(&["pro", "rm", RPPS_B]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("removed Dr Bernard Arnaud"), "{err}");
    assert_error(&env.run(&["pro", "show", RPPS_B]), 4, "no professional");
    assert_eq!(env.json(&["pro", "list"]).as_array().unwrap().len(), 1);

    let adds = journal(&env, "pro.add");
    assert_eq!(adds.len(), 2);
    assert_eq!(adds[0]["target"], RPPS_A);
    assert_eq!(adds[0]["details"]["idnat"], format!("8{RPPS_A}"));
    assert_eq!(adds[0]["details"]["name"], "Dr Claire Dubois");
    assert_eq!(adds[0]["mode"], "normal");
    assert_eq!(adds[0]["actor"]["type"], "holder");
    let removed = journal(&env, "pro.remove");
    assert_eq!(removed.len(), 1);
    assert_eq!(removed[0]["details"]["name"], "Dr Bernard Arnaud");
}

#[test]
fn invalid_rpps_is_exit_2_with_the_exact_message() {
    let env = Env::new();
    for args in [
        vec!["pro", "add", BAD_RPPS, "--name", "X"],
        vec!["pro", "show", BAD_RPPS],
        vec!["pro", "block", BAD_RPPS],
        vec!["pro", "primary", BAD_RPPS],
        vec!["grant", BAD_RPPS, "--for", "1d"],
        vec!["revoke", BAD_RPPS],
        vec!["access", BAD_RPPS],
    ] {
        assert_error(&env.run(&args), 2, BAD_RPPS_MSG);
    }
    // Under --json the error is a JSON object on stderr.
    let out = env
        .cmd()
        .args(["--json", "pro", "add", BAD_RPPS, "--name", "X"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let e: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["error"]["message"], BAD_RPPS_MSG);
    assert_eq!(e["error"]["kind"], "invalid_input");
    assert!(!e["error"]["hint"].as_str().unwrap().is_empty());
    assert!(journal(&env, "pro.add").is_empty());
}

#[test]
fn unknown_rpps_is_exit_4() {
    let env = Env::new();
    for args in [
        vec!["pro", "show", RPPS_C],
        vec!["pro", "edit", RPPS_C, "--name", "X"],
        vec!["pro", "rm", RPPS_C],
        vec!["pro", "block", RPPS_C],
        vec!["pro", "unblock", RPPS_C],
        vec!["pro", "primary", RPPS_C],
        vec!["grant", RPPS_C, "--for", "1d"],
        vec!["revoke", RPPS_C],
        vec!["access", RPPS_C],
    ] {
        assert_error(&env.run(&args), 4, "no professional with RPPS 10000000017");
    }
}

#[test]
fn adding_a_professional_twice_is_exit_2_with_a_hint_to_edit() {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr A");
    let out = env.run(&["pro", "add", RPPS_A, "--name", "Dr A bis"]);
    assert_error(&out, 2, "already in this vault");
    assert!(out.2.contains("carnet pro edit"), "{}", out.2);
    assert_eq!(env.json(&["pro", "show", RPPS_A])["name"], "Dr A");
    assert_error(
        &env.run(&[
            "pro",
            "add",
            RPPS_B,
            "--name",
            "B",
            "--recipient",
            "age1nope",
        ]),
        2,
        "invalid recipient",
    );
    assert_error(
        &env.run(&["pro", "add", RPPS_B, "--name", "  "]),
        2,
        "--name is empty",
    );
    assert_eq!(journal(&env, "pro.add").len(), 1);
}

#[test]
fn primary_doctor_set_change_and_unset() {
    let env = Env::new();
    let a = env.json(&["pro", "add", RPPS_A, "--name", "Dr A", "--primary"]);
    assert_eq!(a["primary"], true);
    add_pro(&env, RPPS_B, "Dr B");
    assert_eq!(
        env.json(&["pro", "show", RPPS_A])["standing"],
        "primary_doctor"
    );

    let b = env.json(&["pro", "primary", RPPS_B]);
    assert_eq!(b["primary"], true);
    assert_eq!(env.json(&["pro", "show", RPPS_A])["primary"], false);
    let list = env.json(&["pro", "list"]);
    let primaries: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["primary"] == true)
        .map(|p| p["rpps"].as_str().unwrap())
        .collect();
    assert_eq!(primaries, [RPPS_B]);

    // Setting the same one again changes nothing.
    let (code, _, err) = env.run(&["pro", "primary", RPPS_B]);
    assert_eq!(code, 0);
    assert!(err.contains("already the primary doctor"), "{err}");

    let unset = env.json(&["pro", "primary", "--unset"]);
    assert_eq!(unset["rpps"], RPPS_B);
    assert_eq!(unset["primary"], false);
    assert!(env
        .json(&["pro", "list"])
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["primary"] == false));
    let (code, _, err) = env.run(&["pro", "primary", "--unset"]);
    assert_eq!(code, 0);
    assert!(err.contains("nothing to unset"), "{err}");
    assert_error(&env.run(&["pro", "primary"]), 2, "--unset");
    assert_error(
        &env.run(&["pro", "primary", RPPS_A, "--unset"]),
        2,
        "not both",
    );

    // A blocked professional cannot be made primary doctor.
    env.run(&["pro", "block", RPPS_A]);
    let out = env.run(&["pro", "primary", RPPS_A]);
    assert_error(&out, 5, "blocked");
    assert!(out.2.contains("carnet pro unblock"), "{}", out.2);

    let entries = journal(&env, "pro.primary");
    let flags: Vec<(String, bool)> = entries
        .iter()
        .map(|e| {
            (
                e["details"]["rpps"].as_str().unwrap().to_string(),
                e["details"]["primary"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        flags,
        [
            (RPPS_A.to_string(), true),
            (RPPS_B.to_string(), true),
            (RPPS_B.to_string(), false)
        ]
    );
    assert_eq!(entries[1]["details"]["previous"]["rpps"], RPPS_A);
    assert_eq!(entries[1]["details"]["idnat"], format!("8{RPPS_B}"));
}

#[test]
fn grant_needs_exactly_one_end_in_the_future() {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr A");
    let out = env.run(&["grant", RPPS_A]);
    assert_error(&out, 2, "a grant needs an end");
    assert!(
        out.2.contains("--for") && out.2.contains("--until"),
        "{}",
        out.2
    );
    assert_error(
        &env.run(&["grant", RPPS_A, "--for", "1d", "--until", "2099-01-01"]),
        2,
        "not both",
    );
    assert_error(
        &env.run(&["grant", RPPS_A, "--until", "2020-01-01"]),
        2,
        "not in the future",
    );
    assert_error(
        &env.run(&["grant", RPPS_A, "--for", "soon"]),
        2,
        "invalid duration",
    );
    assert_error(
        &env.run(&["grant", RPPS_A, "--for", "0s"]),
        2,
        "invalid duration",
    );
    assert_error(
        &env.run(&["grant", RPPS_A, "--until", "tomorrow"]),
        2,
        "invalid date",
    );
    assert_error(
        &env.run(&["grant", RPPS_A, "--for", "1d", "--type", "nope"]),
        2,
        "unknown document type",
    );
    assert_error(
        &env.run(&["grant", RPPS_A, "--for", "1d", "--doc", "zzzzzz"]),
        4,
        "no document",
    );
    assert!(env
        .json(&["grants", "--all"])
        .as_array()
        .unwrap()
        .is_empty());
    assert!(journal(&env, "grant.create").is_empty());
}

#[test]
fn grant_json_shape_scope_and_journal() {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr A");
    let doc = env.add("bilan.txt", b"glycemie", &["--type", "lab-report"]);
    // Type by code, doc by prefix, both given twice: stored once, by name and full ID.
    let g = grant(
        &env,
        &[
            RPPS_A,
            "--until",
            "2099-12-31",
            "--type",
            "11502-2",
            "--type",
            "lab-report",
            "--type",
            "imaging-report",
            "--doc",
            &doc[..6],
            "--doc",
            &doc,
        ],
    );
    assert_eq!(
        keys(&g),
        ["created_at", "expires_at", "id", "rpps", "scope"],
        "{g}"
    );
    assert_eq!(keys(&g["scope"]), ["docs", "types"]);
    assert_eq!(g["rpps"], RPPS_A);
    assert_eq!(strs(&g["scope"]["types"]), ["lab-report", "imaging-report"]);
    assert_eq!(strs(&g["scope"]["docs"]), vec![doc.clone()]);
    // A bare date ends at the end of that day (local time).
    let end = g["expires_at"].as_str().unwrap();
    assert!(
        end.starts_with("2099-12-31T") || end.starts_with("2100-01-01T"),
        "{end}"
    );
    let exact = grant(&env, &[RPPS_A, "--until", "2099-06-15T10:00:00+02:00"]);
    assert_eq!(exact["expires_at"], "2099-06-15T08:00:00Z");
    env.json(&["revoke", exact["id"].as_str().unwrap()]);
    assert!(g["created_at"].as_str().unwrap().ends_with('Z'));

    // No scope: empty lists.
    let all = grant(&env, &[RPPS_A, "--for", "2w"]);
    assert!(all["scope"]["types"].as_array().unwrap().is_empty());
    assert!(all["scope"]["docs"].as_array().unwrap().is_empty());

    let listed = env.json(&["grants"]);
    assert_eq!(listed.as_array().unwrap().len(), 2);
    let first = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == g["id"])
        .expect("the grant is listed");
    assert_eq!(first["id"], g["id"]);
    assert_eq!(first["state"], "active");
    assert_eq!(first["name"], "Dr A");
    assert_eq!(first["revoked_at"], Value::Null);
    assert_eq!(first["scope"], g["scope"]);

    let created = journal(&env, "grant.create");
    assert_eq!(created.len(), 3);
    assert_eq!(created[0]["mode"], "grant");
    assert_eq!(created[0]["target"], g["id"]);
    assert_eq!(created[0]["details"]["idnat"], format!("8{RPPS_A}"));
    assert_eq!(created[0]["details"]["name"], "Dr A");
    assert_eq!(created[0]["details"]["types"], g["scope"]["types"]);

    // Human output: the grant, the vault, the scope.
    let (code, _, err) = env.run(&["grant", RPPS_A, "--for", "12h", "--type", "prescription"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("vault {}", env.vault.display())),
        "{err}"
    );
    assert!(err.contains("type prescription"), "{err}");
}

#[test]
fn grant_naming_a_masked_document_warns_that_it_stays_hidden() {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr A");
    let doc = env.add("secret.txt", b"x", &["--type", "lab-report", "--mask"]);
    let (code, _, err) = env.run(&["grant", RPPS_A, "--for", "1d", "--doc", &doc]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("stays hidden") && err.contains("(masked)"),
        "{err}"
    );
}

#[test]
fn blocking_revokes_grants_refuses_new_ones_and_unblocking_revives_none() {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr A");
    let doc = env.add("bilan.txt", b"glycemie", &["--type", "lab-report"]);
    let g1 = grant(&env, &[RPPS_A, "--for", "30d"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let g2 = grant(&env, &[RPPS_A, "--for", "1d", "--type", "lab-report"])["id"]
        .as_str()
        .unwrap()
        .to_string();

    let b = env.json(&["pro", "block", RPPS_A]);
    assert_eq!(b["blocked"], true);
    assert!(b["blocked_at"].as_str().is_some());
    let mut revoked = strs(&b["revoked_grants"]);
    revoked.sort();
    let mut want = vec![g1.clone(), g2.clone()];
    want.sort();
    assert_eq!(revoked, want);
    assert_eq!(state_of(&env, &g1), "revoked");
    assert_eq!(state_of(&env, &g2), "revoked");
    assert!(env.json(&["grants"]).as_array().unwrap().is_empty());

    // Journaled: one grant.revoke per grant, then pro.block.
    let rv = journal(&env, "grant.revoke");
    assert_eq!(rv.len(), 2);
    assert!(rv
        .iter()
        .all(|e| e["details"]["reason"] == "pro.block" && e["mode"] == "grant"));
    let bl = journal(&env, "pro.block");
    assert_eq!(bl.len(), 1);
    assert_eq!(bl[0]["details"]["idnat"], format!("8{RPPS_A}"));
    assert_eq!(bl[0]["details"]["name"], "Dr A");
    assert!(rv[1]["seq"].as_i64() < bl[0]["seq"].as_i64());

    // Blocked: no access, no new grant (5, hint to unblock), blocking again is a no-op.
    let acc = env.json(&["access", RPPS_A, "--doc", &doc]);
    assert_eq!(acc[0]["rule"], "blocked");
    assert_eq!(acc[0]["visible"], false);
    let out = env.run(&["grant", RPPS_A, "--for", "1d"]);
    assert_error(&out, 5, "blocked");
    assert!(out.2.contains("carnet pro unblock"), "{}", out.2);
    let (code, _, err) = env.run(&["pro", "block", RPPS_A]);
    assert_eq!(code, 0);
    assert!(err.contains("already blocked"), "{err}");
    assert_eq!(journal(&env, "pro.block").len(), 1);
    // A blocked professional is not removed (that would lift the block).
    let out = env.run(&["pro", "rm", RPPS_A]);
    assert_error(&out, 5, "lift the block");
    assert!(out.2.contains("carnet pro unblock"), "{}", out.2);

    // Unblock: the old grants stay revoked.
    let u = env.json(&["pro", "unblock", RPPS_A]);
    assert_eq!(u["blocked"], false);
    assert_eq!(u["blocked_at"], Value::Null);
    assert_eq!(state_of(&env, &g1), "revoked");
    assert_eq!(state_of(&env, &g2), "revoked");
    let acc = env.json(&["access", RPPS_A, "--doc", &doc]);
    assert_eq!(acc[0]["rule"], "grant_revoked");
    assert_eq!(journal(&env, "pro.unblock").len(), 1);
    let (code, _, err) = env.run(&["pro", "unblock", RPPS_A]);
    assert_eq!(code, 0);
    assert!(err.contains("not blocked"), "{err}");
    // And a new grant works again.
    grant(&env, &[RPPS_A, "--for", "1d"]);
    assert_eq!(
        env.json(&["access", RPPS_A, "--doc", &doc])[0]["rule"],
        "granted"
    );
}

#[test]
fn grants_all_shows_active_revoked_and_expired_and_expiry_is_journaled() {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr A");
    add_pro(&env, RPPS_B, "Dr B");
    let short = grant(&env, &[RPPS_A, "--for", "1s"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let long = grant(&env, &[RPPS_B, "--for", "30d"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let gone = grant(&env, &[RPPS_B, "--for", "30d", "--type", "vaccination"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&["revoke", &gone]);
    std::thread::sleep(std::time::Duration::from_secs(2));

    let all = env.json(&["grants", "--all"]);
    let by_id = |id: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == id)
            .unwrap_or_else(|| panic!("{id} missing"))
            .clone()
    };
    assert_eq!(by_id(&short)["state"], "expired");
    assert_eq!(by_id(&long)["state"], "active");
    assert_eq!(by_id(&gone)["state"], "revoked");
    assert!(by_id(&gone)["revoked_at"].as_str().is_some());
    assert_eq!(by_id(&short)["revoked_at"], Value::Null);
    let active = env.json(&["grants"]);
    assert_eq!(
        strs(&Value::Array(
            active
                .as_array()
                .unwrap()
                .iter()
                .map(|g| g["id"].clone())
                .collect()
        )),
        vec![long.clone()]
    );

    // Expiry was journaled once, by the first command that noticed it.
    let exp = journal(&env, "grant.expire");
    assert_eq!(exp.len(), 1, "{exp:?}");
    assert_eq!(exp[0]["target"], short.as_str());
    assert_eq!(exp[0]["details"]["idnat"], format!("8{RPPS_A}"));
    assert_eq!(exp[0]["details"]["name"], "Dr A");
    env.json(&["grants", "--all"]);
    assert_eq!(journal(&env, "grant.expire").len(), 1);

    // Table: every state shown.
    let (code, table, _) = env.run(&["grants", "--all"]);
    assert_eq!(code, 0);
    assert!(
        table.contains(&short) && table.contains("expired"),
        "{table}"
    );
    assert!(
        table.contains(&gone) && table.contains("revoked"),
        "{table}"
    );
    assert!(table.contains(&long) && table.contains("active"), "{table}");
    let (_, table, _) = env.run(&["grants"]);
    assert!(
        table.contains(&long) && !table.contains(&short) && !table.contains(&gone),
        "{table}"
    );

    // Revoking an expired grant changes nothing: exit 0, saying so.
    let (code, _, err) = env.run(&["revoke", &short]);
    assert_eq!(code, 0);
    assert!(err.contains("already ended"), "{err}");
    assert_eq!(env.json(&["revoke", &short]), serde_json::json!([]));
}

#[test]
fn revoke_by_id_prefix_and_by_rpps() {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr A");
    add_pro(&env, RPPS_B, "Dr B");
    let a1 = grant(&env, &[RPPS_A, "--for", "1d"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let b1 = grant(&env, &[RPPS_B, "--for", "1d"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let b2 = grant(&env, &[RPPS_B, "--for", "2d", "--type", "prescription"])["id"]
        .as_str()
        .unwrap()
        .to_string();

    // By unique prefix.
    let r = env.json(&["revoke", &a1[..5]]);
    assert_eq!(r.as_array().unwrap().len(), 1);
    assert_eq!(r[0]["id"], a1.as_str());
    assert_eq!(r[0]["state"], "revoked");
    assert_eq!(state_of(&env, &a1), "revoked");
    // Again: already revoked, exit 0, nothing journaled.
    let (code, _, err) = env.run(&["revoke", &a1]);
    assert_eq!(code, 0);
    assert!(err.contains("already revoked"), "{err}");

    // By RPPS: all that professional's active grants.
    let (code, _, err) = env.run(&["revoke", RPPS_B]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("revoked 2 grant(s)"), "{err}");
    assert_eq!(state_of(&env, &b1), "revoked");
    assert_eq!(state_of(&env, &b2), "revoked");
    // None left: exit 0 saying so.
    let (code, _, err) = env.run(&["revoke", RPPS_B]);
    assert_eq!(code, 0);
    assert!(err.contains("no active grant"), "{err}");
    assert_eq!(env.json(&["revoke", RPPS_B]), serde_json::json!([]));

    // Unknown grant: 4.
    assert_error(&env.run(&["revoke", "zzzzzzzz"]), 4, "no grant with ID");

    let rv = journal(&env, "grant.revoke");
    let targets: Vec<&str> = rv.iter().map(|e| e["target"].as_str().unwrap()).collect();
    assert_eq!(targets.len(), 3);
    assert_eq!(targets[0], a1);
    assert!(targets.contains(&b1.as_str()) && targets.contains(&b2.as_str()));
    assert!(rv
        .iter()
        .all(|e| e["mode"] == "grant" && e["details"]["reason"] == "revoke"));
    assert_eq!(rv[1]["details"]["idnat"], format!("8{RPPS_B}"));
    assert_eq!(rv[1]["details"]["name"], "Dr B");
}

#[test]
fn removing_a_professional_revokes_their_active_grants() {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr A");
    let g = grant(&env, &[RPPS_A, "--for", "1d"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    let r = env.json(&["pro", "rm", RPPS_A]);
    assert_eq!(strs(&r["revoked_grants"]), vec![g.clone()]);
    // Adding them again revives nothing.
    add_pro(&env, RPPS_A, "Dr A");
    assert_eq!(state_of(&env, &g), "revoked");
    assert!(env.json(&["grants"]).as_array().unwrap().is_empty());
    let rv = journal(&env, "grant.revoke");
    assert_eq!(rv.len(), 1);
    assert_eq!(rv[0]["details"]["reason"], "pro.remove");
}

#[test]
fn emergency_consents_status_set_and_the_masked_rule() {
    let env = Env::new();
    assert_eq!(
        env.json(&["emergency", "status"]),
        serde_json::json!({"samu": "allow", "break_glass": "allow", "masked": "deny"})
    );
    let (code, table, err) = env.run(&["emergency", "status"]);
    assert_eq!(code, 0);
    assert!(
        table.contains("ETREAT") && table.contains("BTG") && table.contains("MASKED"),
        "{table}"
    );
    assert!(
        err.contains(&format!("vault {}", env.vault.display())),
        "{err}"
    );

    assert_error(&env.run(&["emergency", "set"]), 2, "nothing to change");
    assert_eq!(
        env.json(&[
            "emergency",
            "set",
            "--samu",
            "deny",
            "--break-glass",
            "deny"
        ]),
        serde_json::json!({"samu": "deny", "break_glass": "deny", "masked": "deny"})
    );
    // masked allow while both others deny: exit 2, nothing changed.
    let out = env.run(&["emergency", "set", "--masked", "allow"]);
    assert_error(&out, 2, "only if SAMU or break-glass");
    assert_eq!(env.json(&["emergency", "status"])["masked"], "deny");
    // With one mode allowed in the same command it is accepted.
    assert_eq!(
        env.json(&[
            "emergency",
            "set",
            "--break-glass",
            "allow",
            "--masked",
            "allow"
        ]),
        serde_json::json!({"samu": "deny", "break_glass": "allow", "masked": "allow"})
    );
    // Denying the last mode while masked stays allowed is refused too.
    assert_error(
        &env.run(&["emergency", "set", "--break-glass", "deny"]),
        2,
        "--masked deny",
    );
    assert_eq!(
        env.json(&[
            "emergency",
            "set",
            "--break-glass",
            "deny",
            "--masked",
            "deny"
        ]),
        serde_json::json!({"samu": "deny", "break_glass": "deny", "masked": "deny"})
    );
    // Bad value: clap's exit 2.
    assert_eq!(env.run(&["emergency", "set", "--samu", "maybe"]).0, 2);

    let sets = journal(&env, "emergency.set");
    assert_eq!(sets.len(), 3);
    assert_eq!(sets[0]["details"]["samu"], "deny");
    assert_eq!(sets[0]["details"]["previous"]["samu"], "allow");
    assert_eq!(sets[1]["details"]["masked"], "allow");
    // Setting what is already there journals nothing.
    let (code, _, err) = env.run(&["emergency", "set", "--samu", "deny"]);
    assert_eq!(code, 0);
    assert!(err.contains("nothing changed"), "{err}");
    assert_eq!(journal(&env, "emergency.set").len(), 3);
}

/// The scripted scenario: A is the primary doctor, B holds a lab-report
/// grant, C is blocked (after a grant), D had a grant revoked.
#[test]
fn access_table_and_json_for_a_scripted_scenario() {
    let env = Env::new();
    env.run(&["pro", "add", RPPS_A, "--name", "Dr A", "--primary"]);
    add_pro(&env, RPPS_B, "Dr B");
    add_pro(&env, RPPS_C, "Dr C");
    add_pro(&env, RPPS_D, "Dr D");
    let lab = env.add("lab.txt", b"lab", &["--type", "lab-report"]);
    let rx = env.add("rx.txt", b"rx", &["--type", "prescription"]);
    let masked = env.add("masked.txt", b"masked", &["--type", "lab-report", "--mask"]);
    let from_b = env.add("fromb.txt", b"from b", &["--type", "lab-report"]);
    let by_b = env.add(
        "byb.txt",
        b"by b",
        &["--type", "lab-report", "--author", RPPS_B, "--mask"],
    );
    let (code, _, err) = env.run(&["mask", &from_b, "--from", RPPS_B]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("warning"), "{err}");
    // Masking a document from its author is recorded, with a warning that
    // the author still sees it.
    let (code, _, err) = env.run(&["mask", &by_b, "--from", RPPS_B]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("no effect"), "{err}");
    grant(&env, &[RPPS_B, "--for", "7d", "--type", "lab-report"]);
    grant(&env, &[RPPS_C, "--for", "7d"]);
    env.json(&["pro", "block", RPPS_C]);
    let d_grant = grant(&env, &[RPPS_D, "--for", "7d"])["id"]
        .as_str()
        .unwrap()
        .to_string();
    env.json(&["revoke", &d_grant]);

    let expected: Vec<(&str, &str, bool, &str)> = vec![
        (RPPS_A, &lab, true, "primary_doctor"),
        (RPPS_A, &rx, true, "primary_doctor"),
        (RPPS_A, &masked, true, "masked_primary"),
        (RPPS_A, &from_b, true, "primary_doctor"),
        (RPPS_A, &by_b, true, "masked_primary"),
        (RPPS_B, &lab, true, "granted"),
        (RPPS_B, &rx, false, "out_of_grant_scope"),
        (RPPS_B, &masked, false, "masked"),
        (RPPS_B, &from_b, false, "masked_from"),
        (RPPS_B, &by_b, true, "masked_author"),
        (RPPS_C, &lab, false, "blocked"),
        (RPPS_C, &rx, false, "blocked"),
        (RPPS_C, &masked, false, "blocked"),
        (RPPS_C, &from_b, false, "blocked"),
        (RPPS_C, &by_b, false, "blocked"),
        (RPPS_D, &lab, false, "grant_revoked"),
        (RPPS_D, &rx, false, "grant_revoked"),
        (RPPS_D, &masked, false, "grant_revoked"),
        (RPPS_D, &from_b, false, "grant_revoked"),
        (RPPS_D, &by_b, false, "grant_revoked"),
    ];

    let json = env.json(&["access"]);
    let arr = json.as_array().unwrap();
    assert_eq!(arr.len(), expected.len(), "{json}");
    for row in arr {
        assert_eq!(keys(row), ["doc", "rpps", "rule", "visible"]);
    }
    for (rpps, doc, visible, rule) in &expected {
        let row = arr
            .iter()
            .find(|r| r["rpps"] == *rpps && r["doc"] == *doc)
            .unwrap_or_else(|| panic!("no row for {rpps} {doc}"));
        assert_eq!(row["rule"], *rule, "{rpps} {doc}");
        assert_eq!(row["visible"], *visible, "{rpps} {doc}");
    }

    // One professional, one document.
    let one = env.json(&["access", RPPS_B, "--doc", &from_b[..6]]);
    assert_eq!(
        one,
        serde_json::json!([{"rpps": RPPS_B, "doc": from_b, "visible": false, "rule": "masked_from"}])
    );

    // The table says the same.
    let (code, table, _) = env.run(&["access"]);
    assert_eq!(code, 0);
    for (rpps, doc, visible, rule) in &expected {
        let line = table
            .lines()
            .find(|l| l.contains(*rpps) && l.contains(*doc))
            .unwrap_or_else(|| panic!("no table line for {rpps} {doc}:\n{table}"));
        let cells: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(cells.last().copied(), Some(*rule), "{line}");
        assert!(
            cells.contains(&if *visible { "yes" } else { "no" }),
            "{line}"
        );
    }

    // The strict setting hides masked documents from the primary doctor.
    env.run(&["settings", "set", "masked-visible-to-primary", "false"]);
    let strict = env.json(&["access", RPPS_A, "--doc", &masked]);
    assert_eq!(strict[0]["rule"], "masked");
    assert_eq!(strict[0]["visible"], false);

    // `pro list` reports each one's standing through the same policy.
    let list = env.json(&["pro", "list"]);
    let standing: Vec<(String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["rpps"].as_str().unwrap().to_string(),
                p["standing"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for (rpps, want) in [
        (RPPS_A, "primary_doctor"),
        (RPPS_B, "granted"),
        (RPPS_C, "blocked"),
        (RPPS_D, "grant_revoked"),
    ] {
        assert!(
            standing.contains(&(rpps.to_string(), want.to_string())),
            "{rpps} {want}: {standing:?}"
        );
    }
}

/// A bare `--until` date ends at local midnight with the offset in force on
/// that date, not today's (summer time).
#[test]
fn until_a_date_uses_that_dates_local_offset() {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr A");
    // Central European time as a POSIX rule (no tzdata needed).
    let tz = "CET-1CEST,M3.5.0,M10.5.0/3";
    for (until, want) in [
        ("2099-07-01", "2099-07-01T22:00:00Z"), // summer: +02:00
        ("2099-12-01", "2099-12-01T23:00:00Z"), // winter: +01:00
    ] {
        let v = env.json_from(
            env.cmd()
                .env("TZ", tz)
                .args(["--json", "grant", RPPS_A, "--until", until]),
        );
        assert_eq!(v["expires_at"], want, "{v}");
    }
}
