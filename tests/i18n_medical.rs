//! Issue 17, French output of the medical profile, the emergency kit, the
//! inbox, backup/restore and the unlock agent: what a French patient reads,
//! with errors in the two-line French shape and their usual exit codes,
//! while English stays as it was.

mod common;

use common::*;

const FR: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];

/// `(code, stdout + stderr)` of `carnet ARGS` with the variables `vars`.
fn run_with(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> (i32, String) {
    let mut cmd = env.cmd();
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

fn fr(env: &Env, args: &[&str]) -> (i32, String) {
    run_with(env, FR, args)
}

/// A French error: exit `code`, `erreur : …` then `conseil : …`, holding
/// every one of `needles`.
fn assert_french_error(out: &(i32, String), code: i32, needles: &[&str]) {
    let (c, err) = out;
    assert_eq!(*c, code, "exit code; output:\n{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines.len() >= 2 && lines[0].starts_with("erreur : ") && lines[1].starts_with("conseil : "),
        "not the French error shape:\n{err}"
    );
    for n in needles {
        assert!(err.contains(n), "{n:?} not in:\n{err}");
    }
}

#[test]
fn the_medical_profile_speaks_french_to_a_french_patient() {
    let env = Env::new();
    let (code, out) = fr(
        &env,
        &[
            "medical",
            "add",
            "allergy",
            "Pénicilline",
            "--severity",
            "high",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("ajouté au profil médical, allergie") && out.contains("gravité sévère"),
        "{out}"
    );
    let (code, out) = fr(
        &env,
        &[
            "medical",
            "add",
            "contact",
            "Paul Martin",
            "--role",
            "trusted-person",
        ],
    );
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("personne à prévenir") && out.contains("personne de confiance"),
        "{out}"
    );
    let (code, out) = fr(&env, &["medical", "set", "blood-group", "ab+"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("groupe sanguin"), "{out}");

    // The table: French kinds and details, the same IDs.
    let (code, out) = fr(&env, &["medical", "show"]);
    assert_eq!(code, 0, "{out}");
    for word in [
        "allergie",
        "gravité sévère",
        "groupe sanguin",
        "Pénicilline",
    ] {
        assert!(out.contains(word), "{word:?} not in:\n{out}");
    }
    for english in ["allergy", "severity", "blood-group", "trusted-person"] {
        assert!(!out.contains(english), "{english:?} leaks into:\n{out}");
    }

    // An implausible weight: refused in French, exit 2, nothing stored.
    let before = env.json(&["medical", "show"]);
    let out = fr(&env, &["medical", "add", "measure", "weight", "700", "kg"]);
    assert_french_error(
        &out,
        2,
        &[
            "poids 700 kg : valeur hors des limites plausibles",
            "entre 0.2 et 400",
            "(ou indiquez-la en g)",
        ],
    );
    let out = fr(&env, &["medical", "add", "measure", "weight", "70", "lb"]);
    assert_french_error(&out, 2, &["pour : poids", "kg ou g"]);
    let out = fr(
        &env,
        &[
            "medical",
            "add",
            "measure",
            "blood-pressure",
            "80/120",
            "mm[Hg]",
        ],
    );
    assert_french_error(
        &out,
        2,
        &["la diastolique n'est pas inférieure à la systolique"],
    );
    let allergy = before["allergies"][0]["id"].as_str().unwrap().to_string();
    let out = fr(&env, &["medical", "edit", &allergy, "--dose", "1/j"]);
    assert_french_error(&out, 2, &["allergie : pas de champ « posologie »"]);
    let out = fr(&env, &["medical", "rm", "zzzzzz"]);
    assert_french_error(&out, 4, &["aucun élément du profil médical"]);
    assert_eq!(env.json(&["medical", "show"]), before);

    // The same refusal in English is unchanged.
    let (code, out) = run_with(
        &env,
        &[("LANG", "C")],
        &["medical", "add", "measure", "weight", "700", "kg"],
    );
    assert_eq!(code, 2);
    assert!(
        out.contains("error: weight 700 kg is outside the plausible range")
            && out.contains("hint: a weight in kg is between 0.2 and 400; check the value and the unit (or give it in g)"),
        "{out}"
    );
}

#[test]
fn inbox_backup_restore_kit_and_agent_speak_french() {
    let env = Env::new();
    let (code, out) = fr(&env, &["inbox", "list"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("0 élément") && out.contains("boîte de dépôt"),
        "{out}"
    );

    let file = env.path("sauvegarde.age");
    let (code, out) = fr(&env, &["backup", "-o", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("sauvegarde écrite dans"), "{out}");
    let out = fr(
        &env,
        &["restore", env.path("absente.age").to_str().unwrap()],
    );
    assert_french_error(&out, 4, &["aucun fichier de sauvegarde"]);

    let out = fr(&env, &["emergency", "kit", "-o", "."]);
    assert_french_error(
        &out,
        2,
        &["ne peut pas être le dossier du kit", "-o urgence"],
    );

    let out = fr(&env, &["agent", "status"]);
    assert_french_error(
        &out,
        4,
        &["aucun agent d'ouverture", "agent start [--ttl 15m]"],
    );
    let out = fr(&env, &["agent", "start", "--ttl", "30d"]);
    assert_french_error(&out, 2, &["--ttl 30d incorrect"]);
}
