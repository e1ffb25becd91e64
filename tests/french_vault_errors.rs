//! Issue 17, the vault's and bundles' errors in French: the same refusal
//! (same exit code, vault unchanged) in both languages, English word for
//! word as before, French in the `erreur : …` / `conseil : …` shape.

mod common;

use common::*;

/// `(code, stdout, stderr)` of `carnet ARGS` with `LANG` set to `lang`.
fn run_in(env: &Env, lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = env.cmd().env("LANG", lang).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `args` in English then in French: the English error starts with
/// `en.0` and its hint is exactly `en.1`; the French lines hold `fr.0` and
/// `fr.1`; both exit
/// `code`, and the vault's files are the same after both.
fn both(env: &Env, args: &[&str], code: i32, en: (&str, &str), fr: (&str, &str)) {
    let files = || {
        let mut v = env.vault_files();
        v.sort();
        v
    };
    let before = files();
    let e = run_in(env, "en_GB.UTF-8", args);
    assert_error(&e, code, en.0);
    let lines: Vec<&str> = e.2.lines().collect();
    assert!(lines[0].starts_with(&format!("error: {}", en.0)), "{}", e.2);
    assert_eq!(lines[1], format!("hint: {}", en.1), "{}", e.2);
    let f = run_in(env, "fr_FR.UTF-8", args);
    assert_eq!(f.0, code, "French exit code; stderr:\n{}", f.2);
    let lines: Vec<&str> = f.2.lines().collect();
    assert!(
        lines.len() >= 2 && lines[0].starts_with("erreur : ") && lines[1].starts_with("conseil : "),
        "not the French error shape:\n{}",
        f.2
    );
    assert!(lines[0].contains(fr.0), "{:?} not in:\n{}", fr.0, f.2);
    assert!(lines[1].contains(fr.1), "{:?} not in:\n{}", fr.1, f.2);
    assert_ne!(
        lines[0],
        format!("erreur : {}", en.0),
        "untranslated:\n{}",
        f.2
    );
    assert_eq!(files(), before, "the refusal changed the vault");
}

#[test]
fn refusals_of_the_vault_speak_french() {
    let env = Env::new();
    env.cmd()
        .args(["pro", "add", RPPS_A, "--name", "Dr Claire Dubois"])
        .assert()
        .success();
    both(
        &env,
        &["pro", "add", RPPS_A, "--name", "Dr Autre"],
        2,
        (
            &format!("professional {RPPS_A} is already in this vault (Dr Claire Dubois); one professional per RPPS"),
            &format!("change their details with: carnet pro edit {RPPS_A} --name … --specialty … --place …"),
        ),
        (
            &format!("le professionnel de santé {RPPS_A} est déjà dans ce carnet (Dr Claire Dubois)"),
            &format!("carnet pro edit {RPPS_A}"),
        ),
    );
    both(
        &env,
        &["grant", RPPS_A, "--until", "2001-01-01"],
        2,
        (
            "the grant's end (2001-01-0",
            "give a later --until (a bare date means the end of that day), or --for DURATION",
        ),
        ("la fin de l'accès", "donnez un --until plus tardif"),
    );
    let dir = env.path("usb");
    both(
        &env,
        &["remote", "add", "usb key", dir.to_str().unwrap()],
        2,
        (
            "\"usb key\" is not a remote name",
            "use letters, digits, '-' or '_', starting with a letter or digit (e.g. origin, nas, usb)",
        ),
        (
            "\"usb key\" n'est pas un nom de dépôt distant",
            "utilisez des lettres, des chiffres",
        ),
    );
    both(
        &env,
        &["sync"],
        4,
        (
            "this vault has no remote",
            "add one: carnet remote add NAME DIR (a USB disk, a NAS, a synced folder) or s3://BUCKET/PREFIX",
        ),
        ("ce carnet n'a aucun dépôt distant", "carnet remote add NOM DOSSIER"),
    );
    let empty = env.write("vide.pdf", b"");
    both(
        &env,
        &["add", empty.to_str().unwrap()],
        2,
        (
            &format!("cannot add {}: it is empty (0 bytes)", empty.display()),
            "an empty file is no document (a failed scan or download?); give the right file or leave it out",
        ),
        ("il est vide (0 octet)", "un fichier vide n'est pas un document"),
    );
}

#[test]
fn refusals_of_a_bundle_speak_french() {
    let env = Env::new();
    let missing = env.path("absent.age");
    both(
        &env,
        &["bundle", "verify", missing.to_str().unwrap()],
        4,
        (
            &format!("no bundle file {}", missing.display()),
            "check the path of the bundle",
        ),
        ("aucun fichier de dossier", "vérifiez le chemin du dossier"),
    );
    // Not an age file at all: damaged (exit 6), with the sender hint.
    let junk = env.write(
        "junk.age",
        b"age-encryption.org/v1\n-> X25519 garbage\n--- nope\n",
    );
    let e = run_in(
        &env,
        "en_GB.UTF-8",
        &["bundle", "verify", junk.to_str().unwrap()],
    );
    assert_error(&e, 6, "hint: the bundle was altered, truncated or not made by carnet; ask the sender for a new copy and do not use this one");
    let f = run_in(
        &env,
        "fr_FR.UTF-8",
        &["bundle", "verify", junk.to_str().unwrap()],
    );
    assert_eq!(f.0, 6, "{}", f.2);
    assert!(
        f.2.contains("conseil : le dossier a été modifié, tronqué ou n'a pas été fait par carnet"),
        "{}",
        f.2
    );
}
