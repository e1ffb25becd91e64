//! Attacks by someone who can write the data folder but holds no key
//! (issue 13, defects 1, 2 and 4): a vault of their own swapped in for a
//! child's profile or an adult's vault, wrapped to public recipients; a
//! key file planted under `keys/`; a `recipient` file that names another
//! key. Each was accepted (or locked the holder out) before; each is now
//! caught, said, and repairable. Legitimate changes (rekey, handover, a
//! deliberate replacement accepted with `carnet trust accept`) pass.
mod common;
use common::*;

use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use serde_json::Value;

/// `carnet` on the profiles (no CARNET_VAULT), unlocking with `id`, with
/// the state directory `state` (another one is another machine).
fn run_in(env: &Env, state: &Path, id: &Path, args: &[&str]) -> (i32, String, String) {
    let out = env
        .cmd()
        .env_remove("CARNET_VAULT")
        .env("XDG_STATE_HOME", state)
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

fn ok_in(env: &Env, state: &Path, id: &Path, args: &[&str]) -> (String, String) {
    let (code, out, err) = run_in(env, state, id, args);
    assert_eq!(code, 0, "carnet {args:?} failed ({code}): {err}");
    (out, err)
}

fn json_in(env: &Env, state: &Path, id: &Path, args: &[&str]) -> Value {
    let mut a = vec!["--json"];
    a.extend_from_slice(args);
    let (out, _) = ok_in(env, state, id, &a);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

fn profiles(env: &Env) -> PathBuf {
    env.path("xdg-data/carnet/profiles")
}

fn state(env: &Env) -> PathBuf {
    env.path("xdg-state")
}

fn vault_id(dir: &Path) -> String {
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("vault.json")).unwrap()).unwrap();
    v["id"].as_str().unwrap().to_string()
}

fn blobs_in(dir: &Path) -> usize {
    std::fs::read_dir(dir.join("blobs"))
        .map(|rd| rd.count())
        .unwrap_or(0)
}

/// A parent's vault (profile default, the env's identity) with a child's
/// profile `lea` holding one document.
fn family() -> Env {
    let env = Env::bare();
    let st = state(&env);
    ok_in(
        &env,
        &st,
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
    ok_in(
        &env,
        &st,
        &env.identity,
        &["profile", "create", "lea", "--birth-date", "2016-03-04"],
    );
    let doc = env.write("carnet-vaccins.txt", b"vaccins de Lea");
    ok_in(
        &env,
        &st,
        &env.identity,
        &["--profile", "lea", "add", doc.to_str().unwrap()],
    );
    env
}

/// What an attacker makes on their own machine: a brand-new vault (new
/// id) wrapped to `victim` (a public recipient) and to their own key.
fn attacker_vault(env: &Env, name: &str, victim: &str) -> (PathBuf, PathBuf) {
    let (attacker, attacker_r) = new_identity(env.dir.path(), &format!("{name}-attacker.txt"));
    let dir = env.path(name);
    let out = env
        .cmd()
        .env_remove("CARNET_VAULT")
        .env(
            "XDG_STATE_HOME",
            env.path(&format!("{name}-attacker-state")),
        )
        .env("CARNET_IDENTITY", &attacker)
        .args(["--vault", dir.to_str().unwrap(), "init", "--no-passphrase"])
        .args(["--name", "Léa Martin", "--recipient", &attacker_r])
        .args(["--recipient", victim])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, attacker)
}

/// Puts `fake` where `target` was (the attacker can write the folder).
fn swap_in(fake: &Path, target: &Path) {
    std::fs::rename(target, target.with_extension("orig")).unwrap();
    std::fs::rename(fake, target).unwrap();
}

/// The public recipient of the vault in `dir` (before any rekey).
fn public_recipient(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("recipient"))
        .unwrap()
        .trim()
        .to_string()
}

/// A child's profile replaced by a vault the attacker made, wrapped to the
/// parent's public vault recipient: the parent's next command is exit 6,
/// on this machine (the pin) and on one that never saw the profile (the
/// guardian's MAC), also when the attacker copies the real MAC file.
#[test]
fn a_child_profile_swapped_for_an_attackers_vault_is_refused() {
    let env = family();
    let st = state(&env);
    let lea = profiles(&env).join("lea");
    let real_id = vault_id(&lea);
    // Pinned at creation.
    let pins = json_in(&env, &st, &env.identity, &["trust", "list"]);
    assert!(
        pins.as_array()
            .unwrap()
            .iter()
            .any(|p| p["vault_id"] == real_id.as_str()
                && p["path"].as_str().unwrap().ends_with("profiles/lea")),
        "{pins}"
    );
    ok_in(&env, &st, &env.identity, &["--profile", "lea", "check"]);

    let parent_r = public_recipient(&profiles(&env).join("default"));
    let (fake, attacker) = attacker_vault(&env, "fake-lea", &parent_r);
    std::fs::copy(lea.join("profile.json"), fake.join("profile.json")).unwrap();
    let fake_id = vault_id(&fake);
    swap_in(&fake, &lea);

    let doc = env.write("ordonnance.txt", b"ordonnance pour Lea");
    for args in [
        vec!["--profile", "lea", "list"],
        vec!["--profile", "lea", "add", doc.to_str().unwrap()],
        vec!["--profile", "lea", "check"],
    ] {
        let out = run_in(&env, &st, &env.identity, &args);
        assert_error(&out, 6, &fake_id);
        assert!(
            out.2
                .contains(&format!("carnet --profile lea trust accept {fake_id}")),
            "{}",
            out.2
        );
    }
    // A machine that never saw the profile: no pin, the MAC is missing.
    let fresh = env.path("laptop-state");
    let out = run_in(
        &env,
        &fresh,
        &env.identity,
        &["--profile", "lea", "add", doc.to_str().unwrap()],
    );
    assert_error(&out, 6, "guardian");
    // The attacker copies the real MAC file beside their wrapper (same
    // name: a wrapper's name comes from its recipient): it vouches for
    // another vault and key.
    let orig = lea.with_extension("orig");
    for e in std::fs::read_dir(orig.join("keys")).unwrap().flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        if n.ends_with(".mac") {
            std::fs::copy(e.path(), lea.join("keys").join(&n)).unwrap();
        }
    }
    let out = run_in(&env, &fresh, &env.identity, &["--profile", "lea", "list"]);
    assert_error(&out, 6, "was not created or accepted by the guardian vault");
    // Nothing reached the attacker's vault, which still opens only for them.
    assert_eq!(blobs_in(&lea), 0);
    let mine = run_in(
        &env,
        &env.path("fake-lea-attacker-state"),
        &attacker,
        &["--profile", "lea", "list", "--json"],
    );
    assert_eq!(mine.0, 0, "{}", mine.2);
    assert_eq!(
        serde_json::from_str::<Value>(&mine.1).unwrap(),
        serde_json::json!([])
    );
    // `profile list` still lists the parent's vault, and says what is wrong.
    let (_, err) = ok_in(&env, &st, &env.identity, &["profile", "list"]);
    assert!(
        err.contains("profile lea") && err.contains(&fake_id),
        "{err}"
    );

    // The real profile back: everything works again, on both machines.
    std::fs::remove_dir_all(&lea).unwrap();
    std::fs::rename(&orig, &lea).unwrap();
    assert_eq!(vault_id(&lea), real_id);
    for s in [&st, &fresh] {
        let v = json_in(&env, s, &env.identity, &["--profile", "lea", "list"]);
        assert_eq!(v.as_array().unwrap().len(), 1);
    }
}

/// The same attack on an adult's vault unlocked by an identity: a vault
/// wrapped to that identity's public recipient, swapped in at the pinned
/// path, is refused; so is one that copies the real vault id (its
/// journal does not extend the one this machine saw). A deliberate
/// replacement is accepted by id, journaled, and then works.
#[test]
fn an_adult_vault_swapped_at_a_pinned_path_is_refused_until_accepted() {
    let env = Env::new();
    env.add("bilan.txt", b"bilan sanguin", &[]);
    let real_id = vault_id(&env.vault);
    let (fake, _) = attacker_vault(&env, "fake-adult", &env.recipient);
    let fake_id = vault_id(&fake);
    swap_in(&fake, &env.vault);
    let doc = env.write("radio.txt", b"compte rendu radio");
    for args in [
        vec!["list"],
        vec!["add", doc.to_str().unwrap()],
        vec!["status"],
    ] {
        let out = env.run(&args);
        assert_error(&out, 6, "trust accept");
        assert!(
            out.2.contains(&real_id) && out.2.contains(&fake_id),
            "{}",
            out.2
        );
    }
    assert_eq!(blobs_in(&env.vault), 0);

    // The attacker's vault with the real id in vault.json: pin passes, but
    // the index was sealed for another id, and a journal cannot be forged.
    let orig = env.vault.with_extension("orig");
    std::fs::copy(orig.join("vault.json"), env.vault.join("vault.json")).unwrap();
    assert_error(&env.run(&["list"]), 6, "failed authentication");
    let fake_config =
        format!("{{\"format\":\"carnet-vault\",\"version\":1,\"id\":\"{fake_id}\"}}\n");
    std::fs::write(env.vault.join("vault.json"), fake_config).unwrap();

    // Accepting needs the id the refusal named, and an unlock.
    assert_error(&env.run(&["trust", "accept", &real_id]), 2, &fake_id);
    let v = env.json(&["trust", "accept", &fake_id]);
    assert_eq!(v["accepted"], true);
    assert_eq!(v["previous_id"], real_id.as_str());
    assert_eq!(v["id"], fake_id.as_str());
    let j = env.json(&["journal", "--action", "vault.accept"]);
    assert_eq!(j.as_array().unwrap().len(), 1, "{j}");
    assert_eq!(j[0]["details"]["previous_id"], real_id.as_str());
    env.add("radio.txt", b"compte rendu radio", &[]);
    let v = env.json(&["trust", "accept", &fake_id]);
    assert_eq!(v["accepted"], false);
    let pins = env.json(&["trust", "list"]);
    assert!(pins
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["vault_id"] == fake_id.as_str()));
}

/// Rekeys (the parent's, the child's by the guardian, the child's by the
/// minor's own key) and the handover keep the id and the guardian's MAC:
/// nothing trips, on this machine or on one that never saw the profile,
/// and `check` passes.
#[test]
fn rekeys_and_the_handover_never_trip_the_pin_or_the_guardians_mac() {
    let env = family();
    let st = state(&env);
    let fresh = |n: &str| env.path(&format!("machine-{n}"));
    let lea_list = |s: &Path| {
        let v = json_in(&env, s, &env.identity, &["--profile", "lea", "list"]);
        assert_eq!(v.as_array().unwrap().len(), 1, "{v}");
    };
    // The parent's rekey renews the child's wrapper and its MAC.
    ok_in(&env, &st, &env.identity, &["rekey"]);
    lea_list(&st);
    lea_list(&fresh("1"));
    ok_in(&env, &st, &env.identity, &["check"]);
    ok_in(&env, &st, &env.identity, &["--profile", "lea", "check"]);
    // The child's rekey made through the guardian: a fresh MAC.
    ok_in(&env, &st, &env.identity, &["--profile", "lea", "rekey"]);
    lea_list(&fresh("2"));
    // The minor's own key rekeys without the guardian: a successor link,
    // followed by the guardian, which then writes a fresh MAC.
    let (teen, teen_r) = new_identity(env.dir.path(), "teen.txt");
    ok_in(
        &env,
        &st,
        &env.identity,
        &["profile", "key", "lea", &teen_r],
    );
    ok_in(&env, &st, &teen, &["--profile", "lea", "rekey"]);
    ok_in(&env, &st, &teen, &["--profile", "lea", "rekey"]);
    let (_, err) = ok_in(
        &env,
        &fresh("3"),
        &env.identity,
        &["--profile", "lea", "list"],
    );
    assert!(err.contains("guardian's MAC was written"), "{err}");
    let (_, err) = ok_in(
        &env,
        &fresh("3"),
        &env.identity,
        &["--profile", "lea", "list"],
    );
    assert!(!err.contains("MAC"), "{err}");
    ok_in(
        &env,
        &fresh("3"),
        &env.identity,
        &["--profile", "lea", "check"],
    );
    // The handover: the young adult keeps the vault and its id.
    ok_in(
        &env,
        &st,
        &env.identity,
        &[
            "profile",
            "handover",
            "lea",
            "--recipient",
            &teen_r,
            "--force",
        ],
    );
    ok_in(&env, &st, &teen, &["--profile", "lea", "check"]);
    assert_error(
        &run_in(&env, &st, &env.identity, &["--profile", "lea", "list"]),
        3,
        "handed over",
    );
    let j = json_in(
        &env,
        &st,
        &teen,
        &["--profile", "lea", "journal", "--action", "vault.accept"],
    );
    assert_eq!(j.as_array().unwrap().len(), 0);
}

/// A child's profile made by an older carnet has no guardian MAC: it
/// opens on the machine that knew it (and gets its MAC then); a machine
/// that never saw it refuses it until accepted, which writes the MAC and
/// is journaled.
#[test]
fn a_child_without_a_guardian_mac_opens_where_known_and_is_accepted_elsewhere() {
    let env = family();
    let st = state(&env);
    let lea = profiles(&env).join("lea");
    let macs = |dir: &Path| -> Vec<PathBuf> {
        std::fs::read_dir(dir.join("keys"))
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.to_string_lossy().ends_with(".mac"))
            .collect()
    };
    let strip = || {
        for m in macs(&lea) {
            std::fs::remove_file(m).unwrap();
        }
    };
    strip();
    let (_, err) = ok_in(&env, &st, &env.identity, &["--profile", "lea", "list"]);
    assert!(err.contains("guardian's MAC was written"), "{err}");
    assert_eq!(macs(&lea).len(), 1);

    strip();
    let fresh = env.path("new-laptop-state");
    let id = vault_id(&lea);
    let out = run_in(&env, &fresh, &env.identity, &["--profile", "lea", "list"]);
    assert_error(&out, 6, &format!("carnet --profile lea trust accept {id}"));
    let v = json_in(
        &env,
        &fresh,
        &env.identity,
        &["--profile", "lea", "trust", "accept", &id],
    );
    assert_eq!(v["accepted"], true);
    assert_eq!(v["guardian_mac"], true);
    assert_eq!(v["previous_id"], Value::Null);
    assert_eq!(macs(&lea).len(), 1);
    let j = json_in(
        &env,
        &fresh,
        &env.identity,
        &["--profile", "lea", "journal", "--action", "vault.accept"],
    );
    assert_eq!(j.as_array().unwrap().len(), 1);
    assert_eq!(j[0]["actor"]["type"], "guardian");
    // Now any machine opens it.
    ok_in(
        &env,
        &env.path("third-state"),
        &env.identity,
        &["--profile", "lea", "check"],
    );
}

/// An age file of a random vault key, to `recipient`: what anyone can
/// plant under `keys/`.
fn planted_wrapper(recipient: &str) -> Vec<u8> {
    let r: age::x25519::Recipient = recipient.parse().unwrap();
    let key = age::x25519::Identity::generate();
    let mut out = Vec::new();
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut w = enc.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(&mut w, key.to_string().expose_secret().as_bytes()).unwrap();
    w.finish().unwrap();
    out
}

fn key_file_for(recipient: &str) -> String {
    format!(
        "r-{}.age",
        &blake3::hash(recipient.as_bytes()).to_hex()[..20]
    )
}

/// A key file planted under a name that sorts first no longer locks the
/// holder out: every command works, `check` names it, `check --repair`
/// moves it to quarantine/.
#[test]
fn a_planted_key_file_does_not_lock_the_holder_out_and_is_quarantined() {
    let env = Env::new();
    let id = env.add("bilan.txt", b"bilan sanguin", &[]);
    let planted = env.vault.join("keys/0-planted.age");
    std::fs::write(&planted, planted_wrapper(&env.recipient)).unwrap();
    for args in [
        vec!["list"],
        vec!["status"],
        vec!["get", &id, "-o", "-"],
        vec!["journal", "verify"],
    ] {
        let (code, _, err) = env.run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    env.add("radio.txt", b"radio", &[]);
    let v = env.json(&["check"]);
    assert_eq!(v["ok"], true);
    let warnings = v["warnings"].to_string();
    assert!(
        warnings.contains("keys/0-planted.age") && warnings.contains("planted"),
        "{warnings}"
    );
    assert!(planted.exists(), "check without --repair changes nothing");

    let v = env.json(&["check", "--repair"]);
    assert_eq!(v["ok"], true);
    assert!(!planted.exists());
    let q = env.vault.join("quarantine");
    let moved: Vec<_> = std::fs::read_dir(&q).unwrap().flatten().collect();
    assert_eq!(moved.len(), 1);
    assert!(moved[0]
        .file_name()
        .to_string_lossy()
        .ends_with("0-planted.age"));
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&q).unwrap().permissions().mode() & 0o777,
        0o700
    );
    assert!(v["warnings"].to_string().contains("quarantine/"), "{v}");
    let v = env.json(&["check"]);
    assert_eq!(v["warnings"], serde_json::json!([]));
}

/// An identity whose first key has a planted wrapper under the name
/// carnet tries first: it goes on to the next wrapper, names the planted
/// one on every command, and `check --repair` quarantines it.
#[test]
fn a_planted_wrapper_that_opens_first_is_skipped_and_named() {
    let env = Env::new();
    let other = age::x25519::Identity::generate();
    let other_r = other.to_public().to_string();
    // The identity file: a second key first, then the vault's.
    let mine = std::fs::read_to_string(&env.identity).unwrap();
    std::fs::write(
        &env.identity,
        format!("{}\n{mine}", other.to_string().expose_secret()),
    )
    .unwrap();
    env.add("bilan.txt", b"bilan sanguin", &[]);
    let name = key_file_for(&other_r);
    std::fs::write(
        env.vault.join("keys").join(&name),
        planted_wrapper(&other_r),
    )
    .unwrap();
    let (code, _, err) = env.run(&["list"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(&format!("keys/{name}")) && err.contains("planted"),
        "{err}"
    );
    let (code, _, err) = env.run(&["check", "--repair"]);
    assert_eq!(code, 0, "{err}");
    assert!(!env.vault.join("keys").join(&name).exists());
    let (code, _, err) = env.run(&["list"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("planted"), "{err}");
}

/// A planted wrapper in place of the holder's own key file: exit 6 naming
/// the file (not "index corrupt, restore a backup"); the passphrase still
/// opens, and `key rm` + `key add` gives the identity its method back.
#[test]
fn a_planted_file_over_the_holders_own_wrapper_is_named() {
    let env = Env::bare();
    let pass = env.write("pass.txt", b"correct horse battery staple\n");
    let pass = pass.to_str().unwrap();
    let (code, _, err) = env.run(&[
        "--passphrase-file",
        pass,
        "init",
        "--recipient",
        &env.recipient,
    ]);
    assert_eq!(code, 0, "{err}");
    let own = env.vault.join("keys").join(key_file_for(&env.recipient));
    assert!(own.exists());
    std::fs::write(&own, planted_wrapper(&env.recipient)).unwrap();
    let out = env.run(&["list"]);
    assert_error(&out, 6, &format!("keys/{}", key_file_for(&env.recipient)));
    assert!(
        out.2.contains("planted") && !out.2.contains("corrupt"),
        "{}",
        out.2
    );
    let by_pass = |args: &[&str]| {
        let out = env
            .cmd()
            .env_remove("CARNET_IDENTITY")
            .env("CARNET_PASSPHRASE_FILE", pass)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    by_pass(&["key", "rm", &env.recipient]);
    by_pass(&["key", "add", &env.recipient]);
    let (code, _, err) = env.run(&["check"]);
    assert_eq!(code, 0, "{err}");
}

/// `check` verifies the public `recipient` file against the vault key:
/// another recipient (or garbage) is exit 6 naming the file, without
/// echoing its bytes; `--repair` rewrites it from the key.
#[test]
fn check_verifies_the_recipient_file_and_repairs_it() {
    let env = Env::new();
    env.add("bilan.txt", b"bilan sanguin", &[]);
    let file = env.vault.join("recipient");
    let genuine = std::fs::read_to_string(&file).unwrap();
    assert!(env.run(&["check"]).0 == 0);
    let stranger = age::x25519::Identity::generate().to_public().to_string();
    for content in [
        format!("{stranger}\n"),
        "\x1b[31mnot a key\x1b]0;pwned\x07\n".to_string(),
    ] {
        std::fs::write(&file, &content).unwrap();
        let out = env.run(&["check"]);
        assert_error(&out, 6, "recipient: does not match the vault key");
        assert!(!out.2.contains('\x1b'), "raw escape printed: {:?}", out.2);
        assert_eq!(
            std::fs::read_to_string(&file).unwrap(),
            content,
            "check alone changes nothing"
        );
    }
    std::fs::remove_file(&file).unwrap();
    assert_error(&env.run(&["check"]), 6, "missing");
    let v = env.json(&["check", "--repair"]);
    assert_eq!(v["ok"], true);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), genuine);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(env.json(&["check"])["ok"], true);
}
