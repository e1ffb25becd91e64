//! Issue 17, French output: the language chosen from `CARNET_LANG` /
//! `LC_ALL` / `LC_MESSAGES` / `LANG`, errors in the two-line French shape,
//! `--help` in French, JSON the same in both languages, and the README tour
//! run in French with no English message leaking.

mod common;

use common::*;

/// `(code, stdout, stderr)` of `carnet ARGS` in this env with extra
/// variables (the language ones).
fn run_with(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> (i32, String, String) {
    let mut cmd = env.cmd();
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const FR: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];

/// The two lines of a French error: `erreur : …` then `conseil : …`.
fn assert_french_error(out: &(i32, String, String), code: i32, needle: &str) {
    let (c, _, err) = out;
    assert_eq!(*c, code, "exit code; stderr:\n{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines.len() >= 2 && lines[0].starts_with("erreur : ") && lines[1].starts_with("conseil : "),
        "not the French error shape:\n{err}"
    );
    assert!(err.contains(needle), "{needle:?} not in:\n{err}");
    assert!(!err.contains("error:") && !err.contains("hint:"), "{err}");
}

#[test]
fn the_language_comes_from_carnet_lang_then_the_locale_variables() {
    let env = Env::bare();
    let missing = ["show", "abcd"];
    // No vault: exit 4, in whichever language the variables choose.
    let fr = |vars: &[(&str, &str)]| run_with(&env, vars, &missing).2.starts_with("erreur : ");
    assert!(!fr(&[]), "English without any variable");
    assert!(fr(&[("LANG", "fr_FR.UTF-8")]));
    assert!(fr(&[
        ("LC_MESSAGES", "fr_BE.UTF-8"),
        ("LANG", "en_GB.UTF-8")
    ]));
    assert!(
        !fr(&[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")]),
        "LC_ALL wins"
    );
    assert!(fr(&[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "C")]));
    assert!(fr(&[("CARNET_LANG", "fr"), ("LC_ALL", "en_US.UTF-8")]));
    assert!(!fr(&[("CARNET_LANG", "en"), ("LANG", "fr_FR.UTF-8")]));
    assert!(!fr(&[("LANG", "de_DE.UTF-8")]));
}

#[test]
fn french_errors_keep_the_two_line_shape_and_their_exit_codes() {
    let bare = Env::bare();
    assert_french_error(&run_with(&bare, FR, &["list"]), 4, "aucun carnet dans");
    let env = Env::new();
    assert_french_error(
        &run_with(&env, FR, &["show", "zzzzzz"]),
        4,
        "aucun document avec l'identifiant zzzzzz",
    );
    assert_french_error(
        &run_with(&env, FR, &["pro", "show", "10003456786"]),
        4,
        "aucun professionnel de santé avec le RPPS 10003456786",
    );
    // Errors of the argument parser, which clap words in English only.
    let out = run_with(&env, FR, &["list", "--tpye", "biologie"]);
    assert_french_error(&out, 2, "option inattendue : '--tpye'");
    assert!(
        out.2.contains("une option proche existe : '--type'"),
        "{}",
        out.2
    );
    assert_french_error(
        &run_with(&env, FR, &["lisst"]),
        2,
        "commande inconnue : 'lisst'",
    );
    assert_french_error(
        &run_with(&env, FR, &["show"]),
        2,
        "il manque des arguments obligatoires",
    );
    let out = run_with(&env, FR, &["list", "--color", "rose"]);
    assert_french_error(&out, 2, "valeur 'rose' incorrecte pour '--color <WHEN>'");
    assert!(out
        .2
        .contains("valeurs possibles : 'auto', 'always', 'never'"));
    // Unlocking with a key that is not one of the vault's.
    let (other, _) = new_identity(bare.dir.path(), "other.txt");
    let mut cmd = env.cmd();
    let out = cmd
        .env("LANG", "fr_FR.UTF-8")
        .env("CARNET_IDENTITY", &other)
        .args(["list"])
        .output()
        .unwrap();
    let out = (
        out.status.code().unwrap(),
        String::new(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_french_error(&out, 3, "impossible d'ouvrir le carnet");
    // The same errors in English keep their English shape.
    assert_error(
        &run_with(&env, &[], &["show", "zzzzzz"]),
        4,
        "no document with ID",
    );
}

#[test]
fn json_is_the_same_in_both_languages() {
    let env = Env::new();
    env.add("bilan.txt", b"cholesterol 1.9", &["--type", "lab-report"]);
    for args in [
        &["list"][..],
        &["status"],
        &["journal"],
        &["show", "zzzzzz"],
        &["list", "--bogus"],
        &["check"],
    ] {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        let en = run_with(&env, &[("LANG", "C")], &all);
        let fr = run_with(&env, FR, &all);
        // Timestamps and durations differ run to run; compare shapes and
        // everything that is not a time.
        let strip = |s: &str| -> String {
            s.lines()
                .filter(|l| !l.contains("\"at\"") && !l.contains("_at\"") && !l.contains("ms\""))
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert_eq!(en.0, fr.0, "{args:?}: exit codes differ");
        assert_eq!(strip(&en.1), strip(&fr.1), "{args:?}: stdout differs");
        assert_eq!(en.2, fr.2, "{args:?}: stderr differs");
    }
}

#[test]
fn help_is_in_french_with_the_global_options_under_their_own_heading() {
    let env = Env::bare();
    for args in [
        &["list", "--help"][..],
        &["list", "-h"],
        &["add", "--help"],
        &["init", "-h"],
    ] {
        let (code, out, _) = run_with(&env, FR, args);
        assert_eq!(code, 0, "{args:?}");
        let own = out.find("\nOptions:\n").expect("an Options heading");
        let global = out
            .find("\nOptions globales:\n")
            .unwrap_or_else(|| panic!("{args:?}: no \"Options globales\":\n{out}"));
        assert!(own < global, "{out}");
        assert!(out.contains("Utilisation : carnet "), "{out}");
        assert!(out.contains("Afficher l'aide"), "{out}");
        assert!(
            !out.contains("Global options") && !out.contains("Print help"),
            "{out}"
        );
    }
    let (_, list, _) = run_with(&env, FR, &["list", "--help"]);
    for fr in [
        "Lister les documents, du plus récent au plus ancien",
        "Seulement les documents masqués",
        "Dossier du carnet (prime sur --profile)",
        "Exemple :",
    ] {
        assert!(list.contains(fr), "{fr:?} not in:\n{list}");
    }
    let (_, root, _) = run_with(&env, FR, &["--help"]);
    assert!(root.contains("Commandes:"), "{root}");
    assert!(
        root.contains("Masquer des documents aux professionnels de santé"),
        "{root}"
    );
    assert!(root.contains("Codes de sortie : 0 réussite"), "{root}");
    // English stays clap's own text.
    let (_, en, _) = run_with(&env, &[("LANG", "C")], &["list", "--help"]);
    assert!(en.contains("List documents, newest first") && en.contains("\nGlobal options:\n"));
}

#[test]
fn french_man_pages_are_generated_from_the_french_tree() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let en: Vec<String> = carnet::cli::docs::commands()
        .iter()
        .map(carnet::cli::docs::page_name)
        .collect();
    for name in &en {
        let page = root.join("man/fr").join(format!("{name}.1"));
        assert!(page.is_file(), "no {}", page.display());
    }
    let list = std::fs::read_to_string(root.join("man/fr/carnet-list.1")).unwrap();
    assert!(list.contains(".SH NOM"), "{list}");
    assert!(list.contains("Lister les documents"), "{list}");
    assert!(list.contains("OPTIONS GLOBALES"), "{list}");
}
