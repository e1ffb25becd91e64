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
    // An identifier checked by the parser: the RPPS's own French error.
    let out = run_with(&env, FR, &["pro", "add", "10003456787", "--name", "Dr X"]);
    assert_french_error(
        &out,
        2,
        "RPPS 10003456787 incorrect : le chiffre de contrôle devrait être 6",
    );
    assert!(
        out.2.contains("conseil : vérifiez le numéro sur la carte"),
        "{}",
        out.2
    );
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

/// Words of a French catalogue: the French carnet may print, comments,
/// placeables (`{ $n }`) and variant keys (`[one]`) left out.
fn catalogue_words(ftl: &str, out: &mut std::collections::BTreeSet<String>) {
    for line in ftl.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let mut text = String::new();
        let mut depth = 0;
        let mut in_key = false;
        for c in line.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                '[' if depth == 0 && line.trim_start().starts_with(['[', '*']) => in_key = true,
                ']' if in_key => in_key = false,
                _ if depth == 0 && !in_key => text.push(c),
                _ => text.push(' '),
            }
        }
        // The id before ` = ` and attribute names are no words shown.
        let value = match text.split_once('=') {
            Some((_, v)) => v.to_string(),
            None => text,
        };
        out.extend(words(&value));
    }
}

/// The words of a line, lowercased: runs of letters of the whitespace
/// tokens that are not data (tokens with digits: IDs, dates, sizes,
/// hashes; paths; age recipients).
fn words(line: &str) -> Vec<String> {
    line.split_whitespace()
        .filter(|t| !t.contains(|c: char| c.is_ascii_digit()) && !t.contains('/'))
        .flat_map(|t| {
            t.split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Words French output may hold that no catalogue has: names carnet never
/// translates (commands, flags, rule and type short names, journal actions
/// and detail keys, formats and standards).
const ALLOWED: &[&str] = &[
    "rpps",
    "age",
    "fhir",
    "json",
    "ins",
    "pdf",
    "carnet",
    "sha",
    "samu",
    "usb",
    "nas",
    "id",
    "default",
    "holder",
    "normal",
    "doc",
    "add",
    "view",
    "mask",
    "init",
    "vault",
    "date",
    "size",
    "title",
    "type",
    "author",
    "output",
    "file",
    "stdout",
    "flag",
    "unlock",
    "methods",
    "masque",
    "ps",
    "lab",
    "report",
    "consultation",
    "prescription",
    "vaccination",
    "other",
    "loinc",
    "cr",
    "d",
    "examens",
    "biologiques",
    "text",
    "plain",
    "sync",
    "journal",
    "list",
    "remote",
    "device",
    "check",
    "text",
    "b",
    "kib",
    "n",
    "origin",
    "usb",
];

/// Lines of `out` with a word that is neither French of the catalogues, nor
/// data of the tour (titles, tags, names, file names), nor allowed.
fn leaks(out: &str, known: &std::collections::BTreeSet<String>) -> Vec<String> {
    out.lines()
        .filter(|l| {
            words(l)
                .iter()
                .any(|w| !known.contains(w) && !ALLOWED.contains(&w.as_str()))
        })
        .map(|l| {
            let bad: Vec<String> = words(l)
                .into_iter()
                .filter(|w| !known.contains(w) && !ALLOWED.contains(&w.as_str()))
                .collect();
            format!("{l}    <- {bad:?}")
        })
        .collect()
}

/// The README tour (examples/tour.sh), command by command, in French: every
/// line carnet prints is French, data, or an allowed name.
#[test]
fn the_tour_in_french_leaks_no_english() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let docs = root.join("examples/documents");
    let mut known = std::collections::BTreeSet::new();
    catalogue_words(carnet::i18n::FR_FTL, &mut known);
    catalogue_words(carnet::i18n::HELP_FR_FTL, &mut known);
    // The tour's data: titles, tags and file names of its documents, the
    // holder's name.
    for entry in std::fs::read_dir(&docs).unwrap() {
        let path = entry.unwrap().path();
        known.extend(words(
            &path
                .file_name()
                .unwrap()
                .to_string_lossy()
                .replace(['_', '-', '.'], " "),
        ));
        if path.extension().is_some_and(|e| e == "yaml") {
            for l in std::fs::read_to_string(&path).unwrap().lines() {
                if let Some(v) = l.strip_prefix("title:").or(l.strip_prefix("tags:")) {
                    known.extend(words(v));
                }
            }
        }
    }
    known.extend(words("Camille Martin"));
    // The checker itself catches English.
    assert_eq!(
        leaks("profil default : 5 added, 0 duplicates", &known).len(),
        1
    );
    assert!(leaks("profil default : 5 documents ajoutés", &known).is_empty());

    let env = Env::bare();
    let laptop = env.path("laptop");
    let usb = env.path("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let fr = |args: &[&str]| run_with(&env, FR, args);
    let mut output = String::new();
    let mut record = |(code, out, err): (i32, String, String), args: &[&str]| {
        assert_eq!(code, 0, "{args:?}: {err}");
        output.push_str(&out);
        output.push_str(&err);
    };
    let id_file = env.path("tour-identity.txt");
    let id_file = id_file.to_str().unwrap();
    record(fr(&["keygen", "-o", id_file]), &["keygen"]);
    let init = [
        "init",
        "--name",
        "Camille Martin",
        "--birth-date",
        "1988-03-14",
        "--no-passphrase",
        "--recipient",
        &env.recipient,
    ];
    record(fr(&init), &init);
    let add = ["add", "-r", docs.to_str().unwrap()];
    record(fr(&add), &add);
    for args in [&["list"][..], &["list", "--type", "lab-report"]] {
        record(fr(args), args);
    }
    let first = |args: &[&str]| env.json(args)[0]["id"].as_str().unwrap().to_string();
    let bilan = first(&["list", "--search", "bilan sanguin"]);
    let cardio = first(&["list", "--type", "consultation-report"]);
    let copy = env.path("bilan.txt");
    let ordonnance = docs.join("2025-01-10_ordonnance-amoxicilline.txt");
    for args in [
        &["show", &bilan[..6]][..],
        &["mask", &cardio],
        &["list", "--masked"],
        &["get", &bilan, "-o", copy.to_str().unwrap()],
        &["add", ordonnance.to_str().unwrap()],
        &["journal"],
        &["journal", "verify"],
        &["check"],
        &["remote", "add", "usb", usb.to_str().unwrap()],
        &["sync"],
    ] {
        record(fr(args), args);
    }
    // `get -o -` prints the document itself: only its stderr is carnet's.
    let (code, _, err) = fr(&["get", &bilan, "-o", "-"]);
    record((code, String::new(), err), &["get -o -"]);
    // The other laptop: its own state dir and vault.
    let on_laptop = |args: &[&str]| {
        let mut cmd = env.cmd();
        let out = cmd
            .env("LANG", "fr_FR.UTF-8")
            .env("XDG_STATE_HOME", env.path("laptop-state"))
            .env("CARNET_VAULT", &laptop)
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    record(on_laptop(&["clone", usb.to_str().unwrap()]), &["clone"]);
    let add_copy = [
        "add",
        ordonnance.to_str().unwrap(),
        "--title",
        "Ordonnance (copie du portable)",
        "--date",
        "2025-01-11",
    ];
    record(on_laptop(&add_copy), &add_copy);
    record(on_laptop(&["sync"]), &["sync (laptop)"]);
    for args in [&["sync"][..], &["device", "list"], &["status"]] {
        record(fr(args), args);
    }
    // Document, device and vault IDs are random letters: data, not words.
    for args in [&["list"][..], &["device", "list"], &["journal"]] {
        for item in env.json(args).as_array().unwrap() {
            for key in ["id", "target"] {
                if let Some(id) = item[key].as_str() {
                    known.insert(id.to_lowercase());
                }
            }
        }
    }
    let leaked = leaks(&output, &known);
    assert!(
        leaked.is_empty(),
        "English (or untranslated) words in the French tour:\n{}\n\nwhole output:\n{output}",
        leaked.join("\n")
    );
    for fr in [
        "ajouté",
        "masqué aux professionnels de santé",
        "Titulaire",
        "tout va bien",
    ] {
        assert!(output.contains(fr), "{fr:?} not in:\n{output}");
    }
}
