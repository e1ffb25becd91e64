//! Attack: a guardian reading what a teenager does in their own session
//! (issue 13, defect 8; domain.md §1.4, §9.8). With documents hidden from
//! guardians, the minor's private professionals, their grants, exports and
//! views must be sealed for the minor: a guardian's `journal`, `status`,
//! `pro list|show`, `grants`, `access` (and the index itself, which the
//! guardian can decrypt) show at most that sealed items exist.
mod common;
use common::*;

use std::path::{Path, PathBuf};

use serde_json::Value;

const SECRET_TITLE: &str = "Consultation contraception QX7";
const SECRET_BODY: &[u8] = b"CONTENU-CONFIDENTIEL-5c1e";
/// The professional the minor consults privately (RPPS_B).
const SECRET_PRO: &str = "Dr Salome Lebrun-Secret";
const SECRET_PLACE: &str = "Planning familial Croix-Rousse";
/// A professional the guardian added (RPPS_A).
const SHARED_PRO: &str = "Dr Claire Dubois";

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

/// Runs on profile `lea` as `id`; asserts success; stdout and stderr.
fn lea(env: &Env, id: &Path, args: &[&str]) -> (String, String) {
    let mut a = vec!["--profile", "lea"];
    a.extend_from_slice(args);
    let (code, out, err) = run_as(env, id, &a);
    assert_eq!(code, 0, "carnet {a:?} failed ({code}): {err}");
    (out, err)
}

fn lea_json(env: &Env, id: &Path, args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let (out, _) = lea(env, id, &a);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

/// A parent's vault (default profile), a child's profile `lea` aged 15,
/// the teenager's own key registered; returns (env, teen identity, teen recipient).
fn family() -> (Env, PathBuf, String) {
    let env = Env::bare();
    let parent = env.identity.clone();
    let (code, _, err) = run_as(
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
    assert_eq!(code, 0, "{err}");
    let born = format!(
        "{}-01-15",
        time::OffsetDateTime::now_utc().date().year() - 15
    );
    let (code, _, err) = run_as(
        &env,
        &parent,
        &[
            "profile",
            "create",
            "lea",
            "--birth-date",
            &born,
            "--name",
            "Léa Martin",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (teen, teen_r) = new_identity(env.dir.path(), "lea.txt");
    let (code, _, err) = run_as(&env, &parent, &["profile", "key", "lea", &teen_r]);
    assert_eq!(code, 0, "{err}");
    (env, teen, teen_r)
}

/// Asserts that none of `secrets` appears in `text` (what a guardian saw).
fn reveals_none(what: &str, text: &str, secrets: &[&str]) {
    for s in secrets {
        assert!(
            !text.contains(s),
            "a guardian's {what} shows {s:?}:\n{text}"
        );
    }
}

/// What the teenager did privately in the scenario below.
struct Private {
    hidden_doc: String,
    grant_b: String,
    grant_a: String,
    bundle: String,
}

/// The guardian adds a professional and grants them; the teenager, with
/// their own key, adds a hidden document, a professional of their own,
/// grants them and the guardian's professional, exports for their own and
/// views both documents.
fn scenario(env: &Env, teen: &Path, teen_r: &str) -> Private {
    let parent = env.identity.clone();
    let plain = env.write("vaccin.txt", b"DTP rappel");
    let v = lea_json(
        env,
        &parent,
        &["add", plain.to_str().unwrap(), "--title", "Vaccination DTP"],
    );
    let plain_doc = v[0]["id"].as_str().unwrap().to_string();
    lea(env, &parent, &["pro", "add", RPPS_A, "--name", SHARED_PRO]);
    lea(env, &parent, &["grant", RPPS_A, "--for", "30d"]);

    let secret = env.write("secret.txt", SECRET_BODY);
    let v = lea_json(
        env,
        teen,
        &[
            "add",
            secret.to_str().unwrap(),
            "--title",
            SECRET_TITLE,
            "--hidden-from-guardians",
        ],
    );
    let hidden_doc = v[0]["id"].as_str().unwrap().to_string();
    lea(
        env,
        teen,
        &[
            "pro",
            "add",
            RPPS_B,
            "--name",
            SECRET_PRO,
            "--specialty",
            "gynécologie",
            "--place",
            SECRET_PLACE,
        ],
    );
    let g = lea_json(env, teen, &["grant", RPPS_B, "--for", "14d"]);
    let grant_b = g["id"].as_str().unwrap().to_string();
    let g = lea_json(
        env,
        teen,
        &["grant", RPPS_A, "--for", "7d", "--type", "lab-report"],
    );
    let grant_a = g["id"].as_str().unwrap().to_string();
    let out = env.path("for-b.age");
    let e = lea_json(
        env,
        teen,
        &[
            "export",
            "--for",
            RPPS_B,
            "-o",
            out.to_str().unwrap(),
            "--recipient",
            teen_r,
        ],
    );
    // The policy still decides for the private professional: the hidden
    // document goes to them (hidden from guardians, not from professionals).
    assert_eq!(e["count"], 2, "{e}");
    let bundle = e["bundle"].as_str().unwrap().to_string();
    // A bundle for them comes back (as a professional's reply would): its
    // import names the private professional as its recipient.
    let reply = env.path("reply.age");
    lea(
        env,
        teen,
        &[
            "export",
            "--for",
            RPPS_B,
            "--doc",
            &plain_doc,
            "-o",
            reply.to_str().unwrap(),
            "--recipient",
            teen_r,
        ],
    );
    lea(env, teen, &["bundle", "import", reply.to_str().unwrap()]);
    let (got, _) = lea(env, teen, &["get", &hidden_doc, "-o", "-"]);
    assert_eq!(got.as_bytes(), SECRET_BODY);
    lea(env, teen, &["list"]);
    Private {
        hidden_doc,
        grant_b,
        grant_a,
        bundle,
    }
}

#[test]
fn a_guardian_sees_none_of_the_minors_private_activity() {
    let (env, teen, teen_r) = family();
    let parent = env.identity.clone();
    let p = scenario(&env, &teen, &teen_r);
    let idnat_b = format!("8{RPPS_B}");
    let secrets: Vec<&str> = vec![
        SECRET_PRO,
        SECRET_PLACE,
        "gynécologie",
        RPPS_B,
        &idnat_b,
        SECRET_TITLE,
        &p.grant_b,
        &p.grant_a,
        &p.bundle,
    ];

    // The journal: table, JSON and CSV.
    let (table, err) = lea(&env, &parent, &["journal"]);
    reveals_none("journal table", &table, &secrets);
    assert!(
        err.contains("sealed for the minor"),
        "the guardian is not told that sealed entries exist: {err}"
    );
    let j = lea_json(&env, &parent, &["journal"]);
    reveals_none("journal --json", &j.to_string(), &secrets);
    let (csv, _) = lea(&env, &parent, &["journal", "--format", "csv"]);
    reveals_none("journal csv", &csv, &secrets);
    let entries = j.as_array().unwrap();
    let by_holder = |action: &str| {
        entries
            .iter()
            .filter(|e| e["action"] == action && e["actor"]["type"] != "guardian")
            .count()
    };
    for action in ["pro.add", "grant.create", "export.create", "doc.view"] {
        assert_eq!(
            by_holder(action),
            0,
            "the minor's {action} shows in the guardian's journal: {j}"
        );
    }
    // The guardian's own entries stay as they were.
    assert!(entries
        .iter()
        .any(|e| e["action"] == "pro.add" && e["details"]["name"] == SHARED_PRO));
    let sealed: Vec<&Value> = entries.iter().filter(|e| e["action"] == "sealed").collect();
    assert!(sealed.len() >= 5, "{j}");
    for e in &sealed {
        assert_eq!(e["target"], Value::Null, "{e}");
        assert_eq!(e["actor"]["type"], "holder", "{e}");
    }

    // status
    let st = lea_json(&env, &parent, &["status"]);
    reveals_none("status --json", &st.to_string(), &secrets);
    assert_eq!(st["professionals"], 1, "{st}");
    assert_eq!(st["active_grants"].as_array().unwrap().len(), 1, "{st}");
    assert!(
        st["sealed_for_minor"]["records"].as_i64().unwrap() >= 3,
        "{st}"
    );
    assert!(
        st["sealed_for_minor"]["journal_entries"].as_i64().unwrap() >= 5,
        "{st}"
    );
    let (text, err) = lea(&env, &parent, &["status"]);
    reveals_none("status", &format!("{text}{err}"), &secrets);

    // pro list / pro show: the shared professional only, with the
    // guardian's own grant, not the minor's.
    let pl = lea_json(&env, &parent, &["pro", "list"]);
    reveals_none("pro list --json", &pl.to_string(), &secrets);
    let rows = pl.as_array().unwrap();
    assert_eq!(rows.len(), 1, "{pl}");
    assert_eq!(rows[0]["rpps"], RPPS_A);
    assert_eq!(rows[0]["active_grants"], 1, "{pl}");
    let (text, err) = lea(&env, &parent, &["pro", "list"]);
    reveals_none("pro list", &format!("{text}{err}"), &secrets);
    assert!(err.contains("sealed for the minor"), "{err}");
    let ps = lea_json(&env, &parent, &["pro", "show", RPPS_A]);
    reveals_none("pro show --json", &ps.to_string(), &secrets);
    assert_eq!(ps["grants"].as_array().unwrap().len(), 1, "{ps}");
    let (text, err) = lea(&env, &parent, &["pro", "show", RPPS_A]);
    reveals_none("pro show", &format!("{text}{err}"), &secrets);
    // The private professional is unknown to the guardian, as any RPPS
    // that is not in the vault.
    let (code, out, err) = run_as(&env, &parent, &["--profile", "lea", "pro", "show", RPPS_B]);
    assert_eq!(code, 4, "{err}");
    reveals_none(
        "pro show B",
        &format!("{out}{err}"),
        &[SECRET_PRO, SECRET_PLACE],
    );

    // grants
    let g = lea_json(&env, &parent, &["grants", "--all"]);
    reveals_none("grants --json", &g.to_string(), &secrets);
    assert_eq!(g.as_array().unwrap().len(), 1, "{g}");
    let (text, err) = lea(&env, &parent, &["grants", "--all"]);
    reveals_none("grants", &format!("{text}{err}"), &secrets);
    assert!(err.contains("sealed for the minor"), "{err}");

    // access: only the shared professional, decided on the guardian's grant.
    let acc = lea_json(&env, &parent, &["access"]);
    reveals_none("access --json", &acc.to_string(), &secrets);
    assert!(
        acc.as_array().unwrap().iter().all(|r| r["rpps"] == RPPS_A),
        "{acc}"
    );
    let (text, err) = lea(&env, &parent, &["access"]);
    reveals_none("access", &format!("{text}{err}"), &secrets);
    assert!(err.contains("sealed for the minor"), "{err}");

    // A guardian's export for the shared professional leaves the hidden
    // document out (the guardian cannot read it).
    let out = env.path("guardian-for-a.age");
    let e = lea_json(
        &env,
        &parent,
        &[
            "export",
            "--for",
            RPPS_A,
            "-o",
            out.to_str().unwrap(),
            "--recipient",
            &env.recipient,
        ],
    );
    assert_eq!(e["count"], 1, "{e}");

    // The teenager's own session sees everything.
    let pl = lea_json(&env, &teen, &["pro", "list"]);
    assert_eq!(pl.as_array().unwrap().len(), 2, "{pl}");
    let b = pl
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rpps"] == RPPS_B)
        .unwrap();
    assert_eq!(b["name"], SECRET_PRO);
    assert_eq!(b["active_grants"], 1);
    assert_eq!(b["private"], true, "{b}");
    let a = pl
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["rpps"] == RPPS_A)
        .unwrap();
    assert_eq!(a["active_grants"], 2, "{a}");
    assert_eq!(a["private"], false, "{a}");
    let g = lea_json(&env, &teen, &["grants", "--all"]);
    assert_eq!(g.as_array().unwrap().len(), 3, "{g}");
    let ps = lea_json(&env, &teen, &["pro", "show", RPPS_B]);
    assert_eq!(ps["place"], SECRET_PLACE);
    assert_eq!(ps["standing"], "granted");
    let acc = lea_json(&env, &teen, &["access", RPPS_B]);
    assert!(acc
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["doc"] == p.hidden_doc.as_str()
            && r["visible"] == true
            && r["rule"] == "granted"));
    let st = lea_json(&env, &teen, &["status"]);
    assert_eq!(st["professionals"], 2, "{st}");
    assert_eq!(st["active_grants"].as_array().unwrap().len(), 3, "{st}");
    let j = lea_json(&env, &teen, &["journal"]);
    let mine = j.as_array().unwrap();
    let find = |action: &str| -> Vec<&Value> {
        mine.iter()
            .filter(|e| e["action"] == action && e["actor"]["type"] != "guardian")
            .collect()
    };
    assert!(
        find("pro.add")
            .iter()
            .any(|e| e["details"]["name"] == SECRET_PRO),
        "{j}"
    );
    assert_eq!(find("grant.create").len(), 2, "{j}");
    // The minor's export (the guardian's, for A, is the other one).
    let ex: Vec<&Value> = find("export.create")
        .into_iter()
        .filter(|e| e["details"]["rpps"] == RPPS_B)
        .collect();
    assert_eq!(ex.len(), 2, "{j}");
    assert_eq!(ex[0]["actor"]["type"], "professional");
    assert_eq!(ex[0]["details"]["sealed"], true, "{j}");
    assert!(find("doc.view")
        .iter()
        .any(|e| e["target"] == p.hidden_doc.as_str() && e["details"]["title"] == SECRET_TITLE));
    assert!(find("bundle.import")
        .iter()
        .any(|e| e["details"]["recipient"]["name"] == SECRET_PRO));
    assert!(mine.iter().all(|e| e["action"] != "sealed"), "{j}");
    // Filters apply to what the entries really say.
    let f = lea_json(&env, &teen, &["journal", "--action", "grant.create"]);
    assert_eq!(f.as_array().unwrap().len(), 3, "{f}");
    let f = lea_json(&env, &teen, &["journal", "--actor", RPPS_B]);
    assert_eq!(f.as_array().unwrap().len(), 2, "{f}");
    assert!(f
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["action"] == "export.create"));

    // The chain verifies in both sessions, and check passes in both.
    for who in [&parent, &teen] {
        lea(&env, who, &["journal", "verify"]);
        let c = lea_json(&env, who, &["check"]);
        assert_eq!(c["ok"], true, "{c}");
    }
    let c = lea_json(&env, &parent, &["check"]);
    assert!(c["sealed_records"].as_i64().unwrap() >= 3, "{c}");
}

/// A guardian holds the vault key: they can decrypt the index and read
/// its database directly. The minor's professional and grants are there
/// only as ciphertext.
#[test]
fn the_index_a_guardian_decrypts_holds_only_ciphertext_of_them() {
    let (env, teen, teen_r) = family();
    let parent = env.identity.clone();
    // A second guardian with an identity of their own opens the child's
    // vault directly, through the library.
    let (other, other_r) = new_identity(env.dir.path(), "other.txt");
    let (code, _, err) = run_as(
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
    assert_eq!(code, 0, "{err}");
    let p = scenario(&env, &teen, &teen_r);
    std::env::set_var("CARNET_STATE_DIR", env.path("xdg-state/carnet"));
    let ids = carnet::crypto::load_identity_file(&other, &carnet::prompt::nobody()).unwrap();
    let (vault, _) = carnet::vault::Sealed::open(&env.path("xdg-data/carnet/profiles/lea"))
        .unwrap()
        .unlock(&carnet::vault::UnlockMethod::Identities {
            identities: ids,
            source: "test".into(),
        })
        .unwrap();
    assert_eq!(vault.access().role, carnet::vault::keys::Role::Guardian);
    let mut conn = vault.load_fresh().unwrap();
    let image = conn.serialize(rusqlite::MAIN_DB).unwrap();
    let image: &[u8] = &image;
    let idnat_b = format!("8{RPPS_B}");
    for s in [
        SECRET_PRO,
        SECRET_PLACE,
        RPPS_B,
        idnat_b.as_str(),
        SECRET_TITLE,
        p.grant_a.as_str(),
        p.grant_b.as_str(),
        p.bundle.as_str(),
    ] {
        assert!(
            !image.windows(s.len()).any(|w| w == s.as_bytes()),
            "the guardian's decrypted index holds {s:?} in clear"
        );
    }
    // What the index does hold for them: sealed records, nothing else.
    let records: i64 = conn
        .query_row("SELECT COUNT(*) FROM sealed_records", [], |r| r.get(0))
        .unwrap();
    assert_eq!(records, 3, "one professional and two grants");
    let pros: i64 = conn
        .query_row("SELECT COUNT(*) FROM pros", [], |r| r.get(0))
        .unwrap();
    assert_eq!(pros, 1);
}

/// When the teenager blocks (or removes) a professional the guardian
/// knows, the revocation of their private grants is one sealed entry,
/// written even when there were none: the guardian cannot count them.
/// And a guardian's own block revokes the minor's private grants too
/// (noticed in the minor's next session), so unblocking revives none.
#[test]
fn blocking_a_shared_professional_tells_guardians_nothing_of_private_grants() {
    let (env, teen, _) = family();
    let parent = env.identity.clone();
    lea(&env, &parent, &["pro", "add", RPPS_A, "--name", SHARED_PRO]);
    lea(
        &env,
        &parent,
        &["pro", "add", RPPS_C, "--name", "Dr Paul Chen"],
    );
    lea(
        &env,
        &parent,
        &["pro", "add", RPPS_D, "--name", "Dr Anne Roy"],
    );
    let g1 = lea_json(&env, &teen, &["grant", RPPS_A, "--for", "7d"]);
    let g2 = lea_json(&env, &teen, &["grant", RPPS_A, "--for", "3d"]);
    let (g1, g2) = (
        g1["id"].as_str().unwrap().to_string(),
        g2["id"].as_str().unwrap().to_string(),
    );
    let before = lea_json(&env, &parent, &["journal"])
        .as_array()
        .unwrap()
        .len();
    lea(&env, &teen, &["pro", "block", RPPS_A]);
    let mid = lea_json(&env, &parent, &["journal"]);
    lea(&env, &teen, &["pro", "block", RPPS_C]);
    let after = lea_json(&env, &parent, &["journal"]);
    let new_a = &mid.as_array().unwrap()[before..];
    let new_c = &after.as_array().unwrap()[mid.as_array().unwrap().len()..];
    // Both blocks look alike to the guardian: the clear pro.block, with no
    // grant listed, and exactly one sealed entry.
    for (entries, rpps) in [(new_a, RPPS_A), (new_c, RPPS_C)] {
        let actions: Vec<&str> = entries
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        let mut sorted = actions.clone();
        sorted.sort();
        assert_eq!(sorted, ["pro.block", "sealed"], "{rpps}: {actions:?}");
        let block = entries.iter().find(|e| e["action"] == "pro.block").unwrap();
        assert_eq!(
            block["details"]["revoked_grants"],
            serde_json::json!([]),
            "{block}"
        );
        reveals_none(
            "journal",
            &Value::Array(entries.to_vec()).to_string(),
            &[&g1, &g2],
        );
    }
    // The teenager sees what was revoked.
    let j = lea_json(&env, &teen, &["journal", "--action", "grant.revoke"]);
    let revoked: Vec<&Value> = j
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["details"]["rpps"] == RPPS_A)
        .collect();
    assert_eq!(revoked.len(), 1, "{j}");
    let ids: Vec<&str> = revoked[0]["details"]["grants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["grant"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&g1.as_str()) && ids.contains(&g2.as_str()),
        "{j}"
    );

    // A guardian's block of a professional the minor granted privately:
    // the guardian's entry does not list the minor's grant, and after an
    // unblock the minor's grant stays revoked.
    let g3 = lea_json(&env, &teen, &["grant", RPPS_D, "--for", "7d"]);
    let g3 = g3["id"].as_str().unwrap().to_string();
    let v = lea_json(&env, &parent, &["pro", "block", RPPS_D]);
    assert_eq!(v["revoked_grants"], serde_json::json!([]), "{v}");
    lea(&env, &parent, &["pro", "unblock", RPPS_D]);
    let gs = lea_json(&env, &teen, &["grants", "--all"]);
    let mine = gs
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["id"] == g3.as_str())
        .unwrap();
    assert_eq!(mine["state"], "revoked", "{gs}");
    let acc = lea_json(&env, &teen, &["pro", "show", RPPS_D]);
    assert_eq!(acc["standing"], "grant_revoked", "{acc}");
    let j = lea_json(&env, &teen, &["journal", "--action", "grant.revoke"]);
    assert!(
        j.as_array()
            .unwrap()
            .iter()
            .any(|e| e["target"] == g3.as_str() && e["details"]["reason"] == "pro.block"),
        "{j}"
    );
    reveals_none(
        "journal",
        &lea_json(&env, &parent, &["journal"]).to_string(),
        &[&g3],
    );
    for who in [&parent, &teen] {
        lea(&env, who, &["journal", "verify"]);
        assert_eq!(lea_json(&env, who, &["check"])["ok"], true);
    }
}

/// The primary doctor is one, shared with the guardians: a professional
/// the minor keeps private cannot be it (a grant can, and stays private).
#[test]
fn a_private_professional_cannot_be_the_shared_primary_doctor() {
    let (env, teen, _) = family();
    let out = run_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "pro",
            "add",
            RPPS_B,
            "--name",
            SECRET_PRO,
            "--primary",
        ],
    );
    assert_error(&out, 5, "primary doctor");
    assert!(out.2.contains("carnet grant"), "{}", out.2);
    // Nothing was added.
    assert_eq!(
        lea_json(&env, &teen, &["pro", "list"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    lea(&env, &teen, &["pro", "add", RPPS_B, "--name", SECRET_PRO]);
    let out = run_as(&env, &teen, &["--profile", "lea", "pro", "primary", RPPS_B]);
    assert_error(&out, 5, "primary doctor");
    // The expiry of a private grant, noticed in the minor's session, is
    // sealed like its creation.
    lea(&env, &teen, &["grant", RPPS_B, "--for", "1s"]);
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let g = lea_json(&env, &teen, &["grants", "--all"]);
    assert_eq!(g[0]["state"], "expired", "{g}");
    let j = lea_json(&env, &teen, &["journal", "--action", "grant.expire"]);
    assert_eq!(j[0]["details"]["name"], SECRET_PRO, "{j}");
    let seen = lea_json(&env, &env.identity, &["journal"]);
    reveals_none(
        "journal",
        &seen.to_string(),
        &[RPPS_B, SECRET_PRO, "grant.expire"],
    );
    // A guardian's professional can be made primary by the minor: shared.
    lea(
        &env,
        &env.identity,
        &["pro", "add", RPPS_A, "--name", SHARED_PRO],
    );
    lea(&env, &teen, &["pro", "primary", RPPS_A]);
    let pl = lea_json(&env, &env.identity, &["pro", "list"]);
    assert_eq!(pl[0]["primary"], true, "{pl}");
}

/// Documents guardians see show their author and whom they are masked
/// from: neither may name a professional the minor keeps private. And a
/// private professional the minor removes leaves no record behind.
#[test]
fn documents_guardians_see_never_name_a_private_professional() {
    let (env, teen, _) = family();
    lea(&env, &teen, &["pro", "add", RPPS_B, "--name", SECRET_PRO]);
    let note = env.write("note.txt", b"compte rendu");
    let out = run_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "add",
            note.to_str().unwrap(),
            "--author",
            RPPS_B,
        ],
    );
    assert_error(&out, 5, "private to you");
    assert!(out.2.contains("--hidden-from-guardians"), "{}", out.2);
    // Hidden from guardians, its author is sealed with it.
    lea(
        &env,
        &teen,
        &[
            "add",
            note.to_str().unwrap(),
            "--author",
            RPPS_B,
            "--hidden-from-guardians",
        ],
    );
    let plain = env.write("plain.txt", b"vaccin");
    let v = lea_json(&env, &teen, &["add", plain.to_str().unwrap()]);
    let id = v[0]["id"].as_str().unwrap().to_string();
    let out = run_as(
        &env,
        &teen,
        &["--profile", "lea", "mask", &id, "--from", RPPS_B],
    );
    assert_error(&out, 5, "private to you");
    let l = lea_json(&env, &env.identity, &["list"]);
    reveals_none("list", &l.to_string(), &[RPPS_B, SECRET_PRO]);

    // A failed unlock is folded into the journal by the next unlock, a
    // commit made before the minor's key is kept: the private record
    // survives it, and the minor's session still shows it.
    let (stranger, _) = new_identity(env.dir.path(), "stranger.txt");
    let (code, _, _) = run_as(&env, &stranger, &["--profile", "lea", "list"]);
    assert_eq!(code, 3);
    let pl = lea_json(&env, &teen, &["pro", "list"]);
    assert_eq!(pl.as_array().unwrap().len(), 1, "{pl}");
    assert_eq!(pl[0]["private"], true, "{pl}");

    // Removing the private professional removes its sealed record.
    assert_eq!(
        lea_json(&env, &env.identity, &["status"])["sealed_for_minor"]["records"],
        1
    );
    lea(&env, &teen, &["pro", "rm", RPPS_B]);
    assert_eq!(
        lea_json(&env, &env.identity, &["status"])["sealed_for_minor"]["records"],
        0
    );
    assert_eq!(
        lea_json(&env, &teen, &["pro", "list"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let j = lea_json(&env, &teen, &["journal", "--action", "pro.remove"]);
    assert_eq!(j[0]["details"]["name"], SECRET_PRO, "{j}");
}
