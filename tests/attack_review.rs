//! An outside review of the issue 13 fixes, through the real binary:
//!
//! 1. A guardian, who cannot see a minor's private professional, added the
//!    same RPPS with a recipient of their own: the minor's session used
//!    the shared record, so her exports (hidden documents included) were
//!    encrypted to the guardian. Her own record now wins, and she is
//!    warned that another one exists.
//! 2. A bundle's author RPPS written with a space passed the manifest
//!    check (which trimmed it) and slipped past the pinned-signer check
//!    (which compared strings): now refused as a forgery (exit 6).
//! 3. `grant --doc` named a held document's title to the holder.
//! 4. Instants pushed out of years 1–9999 by their offset were "invalid
//!    date", not "out of range".
//! 5. A closed stderr made carnet panic (exit 101) instead of exiting with
//!    its documented code.
//! 6. A planted child profile blocked the parent's `rekey` with a hint
//!    inviting them to accept the attacker's vault.
mod common;
use common::report;
use common::*;

use std::io::Read;
use std::path::{Path, PathBuf};

use carnet::bundle::manifest::{self};
use carnet::bundle::tarball::{self, TarReader};
use carnet::crypto::{self};
use serde_json::Value;

// ---------- helpers ----------

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

fn ok_as(env: &Env, id: &Path, args: &[&str]) -> (String, String) {
    let (code, out, err) = run_as(env, id, args);
    assert_eq!(code, 0, "carnet {args:?} failed ({code}): {err}");
    (out, err)
}

fn json_as(env: &Env, id: &Path, args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let (out, _) = ok_as(env, id, &a);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

fn ok(env: &Env, args: &[&str]) -> String {
    let (code, _, err) = env.run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    err
}

/// A parent's vault (default profile, the env's identity), a child's
/// profile `lea` aged 15, the teenager's own key registered.
fn family() -> (Env, PathBuf) {
    let env = Env::bare();
    let parent = env.identity.clone();
    ok_as(
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
    let born = format!(
        "{}-01-15",
        time::OffsetDateTime::now_utc().date().year() - 15
    );
    ok_as(
        &env,
        &parent,
        &["profile", "create", "lea", "--birth-date", &born],
    );
    let (teen, teen_r) = new_identity(env.dir.path(), "lea.txt");
    ok_as(&env, &parent, &["profile", "key", "lea", &teen_r]);
    (env, teen)
}

/// Whether `identity` decrypts the age file `file` (a real decryption,
/// to the end of the payload).
fn decrypts(identity: &Path, file: &Path) -> Option<Vec<u8>> {
    let text = std::fs::read_to_string(identity).unwrap();
    let id: age::x25519::Identity = text.trim().parse().unwrap();
    let bytes = std::fs::read(file).unwrap();
    let dec = age::Decryptor::new_buffered(&bytes[..]).ok()?;
    let mut r = dec
        .decrypt(std::iter::once(&id as &dyn age::Identity))
        .ok()?;
    let mut plain = Vec::new();
    r.read_to_end(&mut plain).ok()?;
    Some(plain)
}

/// The plaintext tar of a professional's report bundle about the test
/// vault's holder: documents by `author` with confidentiality `flags`,
/// signed by the key of `seed`.
fn report_tar(seed: u8, author: &str, docs: &[(&str, &[u8], &[&str])]) -> Vec<u8> {
    report::report_tar(seed, report::camille(), author, docs)
}

/// The same tar with its manifest text edited by `edit` and signed again
/// by the key of `seed` (what anyone can do to a bundle they make).
fn forged(tar: &[u8], seed: u8, edit: impl Fn(&str) -> String) -> Vec<u8> {
    let mut r = TarReader::new(tar);
    let mut members = Vec::new();
    while let Some(h) = r.next_member().unwrap() {
        let mut data = Vec::new();
        let mut buf = [0u8; 8192];
        loop {
            let n = r.read_data(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            data.extend_from_slice(&buf[..n]);
        }
        members.push((h.path, data));
    }
    let key = ed25519_dalek::SigningKey::from_bytes(&[seed; 32]);
    let yaml = {
        let (_, m) = members
            .iter()
            .find(|(p, _)| p == tarball::MANIFEST)
            .unwrap();
        let text = String::from_utf8(m.clone()).unwrap();
        let edited = edit(&text);
        assert_ne!(edited, text, "the edit changed nothing");
        edited.into_bytes()
    };
    let sig = manifest::sign(&yaml, &key);
    let mut out = Vec::new();
    for (path, data) in &members {
        let data: &[u8] = match path.as_str() {
            tarball::MANIFEST => &yaml,
            tarball::SIGNATURE => &sig,
            _ => data,
        };
        tarball::write_member(&mut out, path, data, 0).unwrap();
    }
    tarball::write_end(&mut out).unwrap();
    out
}

/// Encrypts a plaintext bundle to `recipient` into `file`.
fn seal_to(recipient: &str, plain: &[u8], file: &Path) {
    std::fs::write(file, report::sealed_to(recipient, plain)).unwrap();
}

// ---------- 1. a guardian's record of the minor's private professional ----------

/// The minor keeps Dr C private, with her doctor's recipient, and grants
/// them a hidden document. A guardian (who cannot see Dr C) adds RPPS C
/// with a recipient of their own, and later edits it: it is accepted
/// (refusing would reveal the private record), but in the minor's session
/// her record still wins: `pro show`/`pro list` show hers (with a warning
/// that guardians recorded another recipient), and her export goes to her
/// doctor; the guardian's key does not decrypt it. The guardian's session
/// still shows their own record, and learns nothing.
#[test]
fn a_guardian_cannot_redirect_a_minors_private_professional() {
    let (env, teen) = family();
    let parent = env.identity.clone();
    let (doctor, doctor_r) = new_identity(env.dir.path(), "doctor.txt");
    let (spy, mut spy_r) = new_identity(env.dir.path(), "spy.txt");
    let secret = env.write("secret.txt", b"SECRET-BODY-9f3a");
    let v = json_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "add",
            secret.to_str().unwrap(),
            "--title",
            "Private ZZTOP",
            "--hidden-from-guardians",
        ],
    );
    let hidden = v[0]["id"].as_str().unwrap().to_string();
    ok_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "pro",
            "add",
            RPPS_C,
            "--name",
            "Dr Private",
            "--recipient",
            &doctor_r,
        ],
    );
    ok_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "grant",
            RPPS_C,
            "--for",
            "2d",
            "--doc",
            &hidden,
        ],
    );

    // The guardian adds the same RPPS, to their own key: accepted, and
    // nothing tells them a private record exists.
    let (_, err) = ok_as(
        &env,
        &parent,
        &[
            "--profile",
            "lea",
            "pro",
            "add",
            RPPS_C,
            "--name",
            "Dr Spy",
            "--recipient",
            &spy_r,
        ],
    );
    assert!(!err.contains("warning"), "{err}");

    for round in 0..2 {
        // Her own record wins, and she is told of the other one.
        let (out, err) = ok_as(
            &env,
            &teen,
            &["--json", "--profile", "lea", "pro", "show", RPPS_C],
        );
        let p: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(p["name"], "Dr Private", "round {round}: {p}");
        assert_eq!(p["recipient"], doctor_r.as_str());
        assert_eq!(p["private"], true);
        assert!(
            err.contains("also recorded by your guardians") && err.contains(&spy_r),
            "round {round}: {err}"
        );
        let list = json_as(&env, &teen, &["--profile", "lea", "pro", "list"]);
        let mine: Vec<&Value> = list
            .as_array()
            .unwrap()
            .iter()
            .filter(|x| x["rpps"] == RPPS_C)
            .collect();
        assert_eq!(mine.len(), 1, "{list}");
        assert_eq!(mine[0]["recipient"], doctor_r.as_str());

        // Her export, with no --recipient: to her doctor, not to the spy.
        let out = env.path(&format!("for-doctor-{round}.age"));
        let (_, err) = ok_as(
            &env,
            &teen,
            &[
                "--profile",
                "lea",
                "export",
                "--for",
                RPPS_C,
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert!(
            err.contains("also recorded by your guardians"),
            "round {round}: {err}"
        );
        assert!(
            decrypts(&spy, &out).is_none(),
            "round {round}: the guardian's key decrypts the minor's bundle"
        );
        let plain = decrypts(&doctor, &out).expect("her doctor decrypts it");
        assert!(plain.windows(16).any(|w| w == b"SECRET-BODY-9f3a"));

        // The guardian's view: their own record, unchanged by her session,
        // and not a word of hers.
        let (out, err) = ok_as(
            &env,
            &parent,
            &["--json", "--profile", "lea", "pro", "show", RPPS_C],
        );
        let g: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(g["name"], "Dr Spy");
        assert_eq!(g["recipient"], spy_r.as_str());
        assert!(!out.contains(&doctor_r) && !err.contains(&doctor_r));
        assert!(!out.contains("Dr Private") && !err.contains("Dr Private"));
        assert!(!err.contains("warning"), "{err}");

        // A later change of the guardian's record changes nothing for her.
        let (_, spy2_r) = new_identity(env.dir.path(), "spy2.txt");
        spy_r = spy2_r;
        ok_as(
            &env,
            &parent,
            &[
                "--profile",
                "lea",
                "pro",
                "edit",
                RPPS_C,
                "--recipient",
                &spy_r,
            ],
        );
        std::fs::rename(env.path("spy2.txt"), env.path("spy.txt")).unwrap();
    }
    ok_as(&env, &teen, &["--profile", "lea", "check"]);
    ok_as(&env, &parent, &["--profile", "lea", "check"]);
}

/// When the minor blocks her private record of an RPPS a guardian also
/// recorded, the guardian's grants to their record are left alone (their
/// revocation would be in clear, telling the guardian she knows this
/// professional); her own grants are revoked, and her exports refused.
#[test]
fn a_minors_block_of_her_private_record_leaves_the_guardians_grants() {
    let (env, teen) = family();
    let parent = env.identity.clone();
    ok_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "pro",
            "add",
            RPPS_C,
            "--name",
            "Dr Private",
        ],
    );
    let mine = json_as(
        &env,
        &teen,
        &["--profile", "lea", "grant", RPPS_C, "--for", "2d"],
    );
    ok_as(
        &env,
        &parent,
        &["--profile", "lea", "pro", "add", RPPS_C, "--name", "Dr Spy"],
    );
    let theirs = json_as(
        &env,
        &parent,
        &["--profile", "lea", "grant", RPPS_C, "--for", "2d"],
    );
    let head = json_as(&env, &parent, &["--profile", "lea", "journal"]);
    let before = head.as_array().unwrap().len();

    ok_as(&env, &teen, &["--profile", "lea", "pro", "block", RPPS_C]);
    let out = env.path("blocked.age");
    let (code, _, err) = run_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "export",
            "--for",
            RPPS_C,
            "-o",
            out.to_str().unwrap(),
            "-r",
            &env.recipient,
        ],
    );
    assert_eq!(code, 5, "{err}");
    let grants = json_as(&env, &teen, &["--profile", "lea", "grants", "--all"]);
    let state = |id: &Value| {
        grants
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["id"] == *id)
            .map(|g| g["state"].clone())
    };
    assert_eq!(state(&mine["id"]), Some(Value::from("revoked")), "{grants}");

    // The guardian: their grant active, their record not blocked, and only
    // sealed entries since.
    let g = json_as(&env, &parent, &["--profile", "lea", "grants"]);
    assert!(
        g.as_array()
            .unwrap()
            .iter()
            .any(|x| x["id"] == theirs["id"]),
        "{g}"
    );
    let p = json_as(&env, &parent, &["--profile", "lea", "pro", "show", RPPS_C]);
    assert_eq!(p["blocked"], false, "{p}");
    let j = json_as(&env, &parent, &["--profile", "lea", "journal"]);
    for e in &j.as_array().unwrap()[before..] {
        assert_eq!(e["action"], "sealed", "{e}");
    }
}

/// The guardians' record the minor's private one wins over is their
/// primary doctor: when she makes another professional primary, the clear
/// `pro.primary` entry names it as the one replaced (as it would if she
/// had no private record), and one primary doctor remains.
#[test]
fn a_primary_doctor_set_aside_in_the_minors_session_is_still_replaced() {
    let (env, teen) = family();
    let parent = env.identity.clone();
    ok_as(
        &env,
        &teen,
        &[
            "--profile",
            "lea",
            "pro",
            "add",
            RPPS_C,
            "--name",
            "Dr Private",
        ],
    );
    ok_as(
        &env,
        &parent,
        &[
            "--profile",
            "lea",
            "pro",
            "add",
            RPPS_C,
            "--name",
            "Dr Family",
            "--primary",
        ],
    );
    ok_as(
        &env,
        &parent,
        &[
            "--profile",
            "lea",
            "pro",
            "add",
            RPPS_A,
            "--name",
            "Dr Shared",
        ],
    );
    let p = json_as(&env, &teen, &["--profile", "lea", "pro", "show", RPPS_C]);
    assert_eq!(p["name"], "Dr Private");
    ok_as(&env, &teen, &["--profile", "lea", "pro", "primary", RPPS_A]);
    let j = json_as(
        &env,
        &parent,
        &["--profile", "lea", "journal", "--action", "pro.primary"],
    );
    let last = j.as_array().unwrap().last().unwrap();
    assert_eq!(last["target"], RPPS_A, "{j}");
    assert_eq!(last["details"]["previous"]["rpps"], RPPS_C, "{j}");
    assert_eq!(last["details"]["previous"]["name"], "Dr Family", "{j}");
    let list = json_as(&env, &parent, &["--profile", "lea", "pro", "list"]);
    let primaries: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["primary"] == true)
        .collect();
    assert_eq!(primaries.len(), 1, "{list}");
    assert_eq!(primaries[0]["rpps"], RPPS_A);
}

// ---------- 2. an author RPPS not in its canonical form ----------

/// Dr A's signing key is pinned. A bundle signed by another key naming Dr
/// A as author is refused (exit 5); the same bundle with the author
/// written " 10003456786" (valid once trimmed, another string for the
/// trust check) is a forgery: exit 6, by `bundle import`, `inspect` and
/// `verify`, and nothing is added or journaled. So is any RPPS of the
/// manifest with characters around it.
#[test]
fn an_author_rpps_with_a_space_is_a_forged_bundle() {
    let env = Env::new();
    let dr_a = ed25519_dalek::SigningKey::from_bytes(&[8; 32]);
    let fp_a = crypto::fingerprint(&dr_a.verifying_key());
    ok(
        &env,
        &["pro", "add", RPPS_A, "--name", "Dr A", "--signer", &fp_a],
    );
    let mallory = 9;
    let tar = report_tar(mallory, RPPS_A, &[("Compte rendu", b"forged report", &[])]);
    let plain = env.path("plain.age");
    seal_to(&env.recipient, &tar, &plain);
    let r = env.run(&["bundle", "import", plain.to_str().unwrap()]);
    assert_error(&r, 5, "Dr A (RPPS 10003456786");

    let head = env.json(&["journal", "head"]);
    type Edit = Box<dyn Fn(&str) -> String>;
    let edits: [(&str, Edit); 2] = [
        (
            "author",
            Box::new(|m: &str| m.replace("\"10003456786\"", "\" 10003456786\"")),
        ),
        (
            "masked_from",
            // In canonical form (docs/bundle-format.md): the last field
            // of the document, after its path.
            Box::new(|m: &str| {
                m.replace(
                    "_compte-rendu.txt\"\n    }",
                    "_compte-rendu.txt\",\n      \"masked_from\": [\n        \"10100000008 \"\n      ]\n    }",
                )
            }),
        ),
    ];
    for (what, edit) in edits {
        let f = env.path(&format!("forged-{what}.age"));
        seal_to(&env.recipient, &forged(&tar, mallory, edit), &f);
        for cmd in ["import", "inspect", "verify"] {
            let r = env.run(&["bundle", cmd, f.to_str().unwrap()]);
            assert_error(&r, 6, "manifest.yaml is invalid");
            assert!(
                r.2.contains("characters around it"),
                "{what} {cmd}: {}",
                r.2
            );
        }
    }
    assert_eq!(env.json(&["journal", "head"]), head, "nothing journaled");
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 0);
    ok(&env, &["check"]);
}

// ---------- 3. a held document's title ----------

/// A document held for an announcement consultation (`INVISIBLE_PATIENT`)
/// is named by `grant --doc` as one the professional will not see: by its
/// ID, its title replaced as everywhere else the holder may not see it.
#[test]
fn a_grant_does_not_show_a_held_documents_title() {
    let env = Env::new();
    let tar = report_tar(
        21,
        RPPS_A,
        &[(
            "Resultats biopsie QX41",
            b"held result",
            &["INVISIBLE_PATIENT"],
        )],
    );
    let f = env.path("retour.age");
    seal_to(&env.recipient, &tar, &f);
    let v = env.json(&["bundle", "import", f.to_str().unwrap()]);
    let held = v["documents"][0]["id"].as_str().unwrap().to_string();
    ok(&env, &["pro", "add", RPPS_B, "--name", "Dr B"]);
    let (code, out, err) = env.run(&["grant", RPPS_B, "--for", "1d", "--doc", &held]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!(
            "document {held} (not visible to you) stays hidden"
        )),
        "{err}"
    );
    assert!(!err.contains("QX41") && !out.contains("QX41"), "{err}");
    // Released, its title is the holder's to read again.
    ok(&env, &["release", &held]);
    ok(&env, &["pro", "add", RPPS_D, "--name", "Dr D"]);
    ok(&env, &["mask", &held, "--from", RPPS_D]);
    let (code, _, err) = env.run(&["grant", RPPS_D, "--for", "1d", "--doc", &held]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("(Resultats biopsie QX41) stays hidden"),
        "{err}"
    );
}

/// Deleting a held document does not show its title either, in the
/// confirmation, the human line or the JSON.
#[test]
fn deleting_a_held_document_does_not_show_its_title() {
    let env = Env::new();
    let tar = report_tar(
        22,
        RPPS_A,
        &[(
            "Resultats biopsie RM77",
            b"held to delete",
            &["INVISIBLE_PATIENT"],
        )],
    );
    let f = env.path("retour.age");
    seal_to(&env.recipient, &tar, &f);
    let v = env.json(&["bundle", "import", f.to_str().unwrap()]);
    let held = v["documents"][0]["id"].as_str().unwrap().to_string();
    let (code, out, err) = env.run(&["rm", &held, "--yes", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("RM77") && !out.contains("RM77"), "{out}{err}");
    assert!(err.contains("(not visible to you)"), "{err}");

    let v = env.json(&["bundle", "import", f.to_str().unwrap()]);
    let held = v["documents"][0]["id"].as_str().unwrap().to_string();
    let (code, out, err) = env.run(&["--json", "rm", &held, "--yes", "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("RM77"), "{out}");
}

// ---------- 4. dates pushed out of range by their offset ----------

/// Well-formed instants whose offset takes them past year 9999 or before
/// year 1 in UTC are "out of range" (exit 2), nothing changed.
#[test]
fn instants_out_of_range_by_their_offset_say_so() {
    let env = Env::new();
    ok(&env, &["pro", "add", RPPS_A, "--name", "Dr A"]);
    let head = env.json(&["journal", "head"]);
    let r = env.run(&["grant", RPPS_A, "--until", "9999-12-31T23:59:59-01:00"]);
    assert_error(&r, 2, "out of range");
    let f = env.write("note.txt", b"note");
    let r = env.run(&[
        "add",
        f.to_str().unwrap(),
        "--date",
        "0001-01-01T00:00:00+01:00",
    ]);
    assert_error(&r, 2, "out of range");
    let r = env.run(&["journal", "--since", "0001-01-01T00:30:00+01:00"]);
    assert_error(&r, 2, "out of range");
    assert_eq!(env.json(&["journal", "head"]), head);
}

// ---------- 5. a closed stderr ----------

/// stderr is a pipe nobody reads (its reader closed before carnet writes):
/// the error, the warning and the parse error are lost, but the exit code
/// is the documented one, not a panic's 101.
#[test]
fn a_closed_stderr_keeps_the_documented_exit_code() {
    let env = Env::new();
    let cases: [(&[&str], i32); 5] = [
        (&["show", "zzzz"], 4),
        (&["--json", "show", "zzzz"], 4),
        (&["init", "--birth-date", "2099-01-01"], 2),
        (&["--no-such-flag"], 2),
        // Success with a warning on stderr (a grant to the primary doctor).
        (&["pro", "add", RPPS_A, "--name", "Dr A", "--primary"], 0),
    ];
    for (args, code) in cases {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = env
            .std_cmd()
            .args(args)
            .stdout(std::process::Stdio::null())
            .stderr(writer)
            .status()
            .unwrap();
        assert_eq!(out.code(), Some(code), "{args:?}");
    }
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = env
        .std_cmd()
        .args(["grant", RPPS_A, "--for", "1d"])
        .stderr(writer)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    ok(&env, &["check"]);
}

// ---------- 6. a planted child profile ----------

/// Someone who can write the data folder plants a profile `tom`: a vault
/// of their own, wrapped to the parent's public vault recipient, with a
/// profile.json naming the parent's vault. The parent's `rekey` stops
/// (exit 6) and its hint says to remove a profile they did not create and
/// how to tell (their journal lists the vault ids of the profiles they
/// created), not to accept it. Following it, `rekey` goes through.
#[test]
fn a_planted_child_profile_is_not_offered_for_acceptance() {
    let (env, _) = family();
    let parent = env.identity.clone();
    let profiles = env.path("xdg-data/carnet/profiles");
    let parent_r = std::fs::read_to_string(profiles.join("default").join("recipient"))
        .unwrap()
        .trim()
        .to_string();
    let (attacker, attacker_r) = new_identity(env.dir.path(), "attacker.txt");
    let tom = profiles.join("tom");
    let out = env
        .cmd()
        .env_remove("CARNET_VAULT")
        .env("XDG_STATE_HOME", env.path("attacker-state"))
        .env("CARNET_IDENTITY", &attacker)
        .args(["--vault", tom.to_str().unwrap(), "init", "--no-passphrase"])
        .args(["--name", "Tom Martin", "--recipient", &attacker_r])
        .args(["--recipient", &parent_r])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::copy(
        profiles.join("lea").join("profile.json"),
        tom.join("profile.json"),
    )
    .unwrap();
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(tom.join("vault.json")).unwrap()).unwrap();
    let tom_id = v["id"].as_str().unwrap().to_string();

    let r = run_as(&env, &parent, &["rekey"]);
    assert_error(&r, 6, &tom_id);
    let hint = r.2.lines().find(|l| l.starts_with("hint:")).unwrap();
    assert!(hint.contains("do not accept it"), "{hint}");
    assert!(hint.contains(&format!("rm -r {}", tom.display())), "{hint}");
    assert!(hint.contains("journal --action profile.create"), "{hint}");
    // The check the hint names tells: tom's id is not among the profiles
    // the parent created; lea's is.
    let (journal, _) = ok_as(&env, &parent, &["journal", "--action", "profile.create"]);
    assert!(!journal.contains(&tom_id), "{journal}");
    let lea_id: Value = serde_json::from_str(
        &std::fs::read_to_string(profiles.join("lea").join("vault.json")).unwrap(),
    )
    .unwrap();
    assert!(
        journal.contains(lea_id["id"].as_str().unwrap()),
        "{journal}"
    );

    std::fs::remove_dir_all(&tom).unwrap();
    ok_as(&env, &parent, &["rekey"]);
    ok_as(&env, &parent, &["--profile", "lea", "check"]);
}
