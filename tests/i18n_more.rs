//! Issue 17, French output beyond the tour: professionals, grants,
//! access, emergency consents, keys, trust, edit, rm, remotes and backup
//! run in French print no English word, their errors keep the French
//! two-line shape, and the same commands in English print what they did.

mod common;
#[path = "common/leaks.rs"]
mod leaks;

use common::*;
use std::collections::BTreeSet;

const FR: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];

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

/// Names carnet never translates: commands, flags, rule, code and consent
/// names, standards (as in tests/i18n.rs), and the consent names and codes
/// of `emergency status` (samu, break-glass, masked; ETREAT, BTG, MASKED).
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
    "id",
    "idnat",
    "holder",
    "guardian",
    "minor",
    "recipient",
    "passphrase",
    "x",
    "break",
    "glass",
    "masked",
    "etreat",
    "btg",
    "lab",
    "report",
    "text",
    "plain",
    "b",
    "kib",
    "d",
    "h",
    "n",
    "usb",
    "grants",
    "granted",
    "blocked",
];

/// Every command of this area, in French: exit 0, no English word.
#[test]
fn commands_of_this_area_in_french_leak_no_english() {
    let env = Env::new();
    let doc = env.add(
        "bilan.txt",
        b"cholesterol 1.9",
        &[
            "--type",
            "lab-report",
            "--title",
            "Bilan sanguin",
            "--tag",
            "cholestérol",
        ],
    );
    let spare = env.add("brouillon.txt", b"brouillon", &["--title", "Brouillon"]);
    let usb = env.path("usb");
    std::fs::create_dir_all(&usb).unwrap();
    let backup = env.path("sauvegarde.age");
    let mut output = String::new();
    let steps: Vec<Vec<&str>> = vec![
        vec![
            "pro",
            "add",
            "10003456786",
            "--name",
            "Dr Claire Dubois",
            "--specialty",
            "Médecine générale",
            "--primary",
        ],
        vec![
            "pro",
            "add",
            "10100000008",
            "--name",
            "Dr Paul Lefèvre",
            "--specialty",
            "Cardiologie",
        ],
        vec!["pro", "list"],
        vec!["pro", "edit", "10100000008", "--place", "Lyon"],
        vec!["pro", "edit", "10100000008", "--place", "Lyon"],
        vec!["pro", "primary", "10100000008"],
        vec!["pro", "primary", "10100000008"],
        vec!["grant", "10003456786", "--for", "30d"],
        vec![
            "grant",
            "10003456786",
            "--for",
            "14d",
            "--type",
            "lab-report",
        ],
        vec!["grants"],
        vec!["grants", "--all"],
        vec!["access"],
        vec!["revoke", "10003456786"],
        vec!["revoke", "10003456786"],
        vec!["grants"],
        vec!["pro", "block", "10003456786"],
        vec!["pro", "block", "10003456786"],
        vec!["pro", "unblock", "10003456786"],
        vec!["pro", "rm", "10003456786"],
        vec!["pro", "primary", "--unset"],
        vec!["emergency", "status"],
        vec!["emergency", "set", "--samu", "deny"],
        vec!["emergency", "set", "--samu", "deny"],
        vec!["key", "list"],
        vec!["trust", "list"],
        vec!["edit", &doc, "--title", "Bilan lipidique"],
        vec!["rm", &spare, "--yes"],
        vec!["remote", "add", "usb", usb.to_str().unwrap()],
        vec!["remote", "list"],
        vec!["remote", "rm", "usb"],
        vec!["backup", "-o", backup.to_str().unwrap()],
    ];
    for args in &steps {
        let (code, out, err) = run_with(&env, FR, args);
        assert_eq!(code, 0, "{args:?}: {err}");
        output.push_str(&out);
        output.push_str(&err);
    }
    let mut known = BTreeSet::new();
    leaks::catalogue_words(carnet::i18n::FR_FTL, &mut known);
    // The data of this test: names, specialties, place, titles, tags, and
    // the random IDs of documents, grants and the vault.
    for data in [
        "Camille Martin Dr Claire Dubois Paul Lefèvre Médecine générale Cardiologie Lyon",
        "Bilan sanguin lipidique cholestérol Brouillon bilan brouillon txt usb sauvegarde",
    ] {
        known.extend(leaks::words(data));
    }
    for g in env.json(&["grants", "--all"]).as_array().unwrap() {
        known.insert(g["id"].as_str().unwrap().to_lowercase());
    }
    for p in env.json(&["trust", "list"]).as_array().unwrap() {
        if let Some(id) = p["vault_id"].as_str() {
            known.insert(id.to_lowercase());
        }
    }
    known.insert(doc.to_lowercase());
    known.insert(spare.to_lowercase());
    // The checker itself catches English.
    assert_eq!(
        leaks::leaks("profil default : 2 professional(s)", &known, ALLOWED).len(),
        1
    );
    let leaked = leaks::leaks(&output, &known, ALLOWED);
    assert!(
        leaked.is_empty(),
        "English (or untranslated) words in French output:\n{}\n\nwhole output:\n{output}",
        leaked.join("\n")
    );
    for fr in [
        "est désormais le médecin traitant",
        "n'est plus le médecin traitant",
        "a accès à",
        "accès en cours",
        "est bloqué",
        "vos choix pour l'urgence ont changé",
        "moyen d'ouverture",
        "supprimé",
        "sauvegarde écrite dans",
        "rien n'a changé",
    ] {
        assert!(output.contains(fr), "{fr:?} not in:\n{output}");
    }
}

/// Errors of this area in French: `erreur : …` / `conseil : …`, the same
/// exit code as in English, and no change.
#[test]
fn errors_of_this_area_are_french_with_their_exit_codes() {
    let env = Env::new();
    let doc = env.add("bilan.txt", b"cholesterol 1.9", &["--type", "lab-report"]);
    env.cmd()
        .args(["pro", "add", "10003456786", "--name", "Dr Claire Dubois"])
        .assert()
        .success();
    for (args, code, fr, en) in [
        (
            vec!["pro", "primary"],
            2,
            "qui ? donnez le RPPS du médecin traitant",
            "whom? give the primary doctor's RPPS",
        ),
        (
            vec!["pro", "edit", "10003456786"],
            2,
            "rien à modifier",
            "nothing to change",
        ),
        (
            vec!["grant", "10003456786"],
            2,
            "un accès doit avoir une fin",
            "a grant needs an end: --for DURATION or --until DATE",
        ),
        (
            vec!["edit", &doc, "--title", " "],
            2,
            "--title est vide",
            "--title is empty",
        ),
        (
            vec!["emergency", "set"],
            2,
            "conseil : indiquez --samu, --break-glass et/ou --masked",
            "hint: pass --samu, --break-glass and/or --masked",
        ),
        (
            vec!["restore", "nulle-part.age"],
            4,
            "aucun fichier de sauvegarde",
            "no backup file",
        ),
    ] {
        let out = run_with(&env, FR, &args);
        assert_eq!(out.0, code, "{args:?}: {}", out.2);
        let lines: Vec<&str> = out.2.lines().collect();
        assert!(
            lines.len() >= 2
                && lines[0].starts_with("erreur : ")
                && lines[1].starts_with("conseil : "),
            "{args:?}: not the French error shape:\n{}",
            out.2
        );
        assert!(out.2.contains(fr), "{fr:?} not in:\n{}", out.2);
        let en_out = run_with(&env, &[("LANG", "C")], &args);
        assert_eq!(en_out.0, code, "{args:?}");
        assert!(en_out.2.contains(en), "{en:?} not in:\n{}", en_out.2);
    }
    // Nothing changed: the document keeps its title, no grant exists.
    assert_eq!(env.json(&["grants", "--all"]).as_array().unwrap().len(), 0);
    assert_ne!(
        env.json(&["show", &doc])["title"].as_str().unwrap().trim(),
        ""
    );
}

/// The English lines of these commands are what they were before the
/// catalogue: a few, word for word.
#[test]
fn english_lines_stay_as_they_were() {
    let env = Env::new();
    let en = |args: &[&str]| run_with(&env, &[("LANG", "C")], args);
    let (_, _, err) = en(&[
        "pro",
        "add",
        "10003456786",
        "--name",
        "Dr Claire Dubois",
        "--primary",
    ]);
    assert!(
        err.contains(
            ": added Dr Claire Dubois (RPPS 10003456786, IdNat 810003456786) as primary doctor"
        ),
        "{err}"
    );
    let (_, _, err) = en(&["pro", "list"]);
    assert!(err.contains(": 1 professional(s)"), "{err}");
    let (_, _, err) = en(&["grants"]);
    assert!(
        err.contains(": no grants yet")
            || err.contains(": no active grants (0 in all; carnet grants --all lists them)"),
        "{err}"
    );
    let (_, _, err) = en(&["emergency", "set", "--samu", "deny"]);
    assert!(
        err.contains(": emergency consents changed: samu allow → deny"),
        "{err}"
    );
    let (_, out, _) = en(&["emergency", "status"]);
    assert!(
        out.contains("the SAMU regulation centre (Centre 15) may receive an emergency export"),
        "{out}"
    );
    let (_, _, err) = en(&["key", "list"]);
    assert!(err.contains(": 1 unlock method(s)"), "{err}");
}
