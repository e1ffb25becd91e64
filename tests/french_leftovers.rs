//! Issue 17, the last English in French output: age's and the system's
//! errors inside carnet's messages (a file that is no age file, a cut
//! bundle), a command group run without its subcommand, one word for a
//! bundle ("dossier", never "paquet"), and a path through a file getting
//! the check-the-path hint. Real binary, real vault, LANG=fr_FR.UTF-8;
//! English stays as it was.

mod common;
#[path = "common/leaks.rs"]
mod leaks;

use common::*;
use std::collections::BTreeSet;

const FR: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];
const EN: &[(&str, &str)] = &[("LANG", "C")];

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

/// Names carnet never translates: commands, flags and clap's usage
/// placeholders, formats, codes, the names of the files in a bundle.
const ALLOWED: &[&str] = &[
    "age", "rpps", "sha", "id", "settings", "list", "set", "help", "options", "command",
    "lisezmoi", "txt",
];

fn assert_no_leak(env: &Env, output: &str) {
    let mut known = BTreeSet::new();
    leaks::catalogue_words(carnet::i18n::FR_FTL, &mut known);
    known.extend(leaks::words("Camille Martin Dr Claire Dubois Bilan"));
    // Random IDs may hold no digit: data, not words.
    for item in env.json(&["list"]).as_array().unwrap() {
        known.insert(item["id"].as_str().unwrap().to_lowercase());
    }
    for e in env.json(&["journal"]).as_array().unwrap() {
        if let Some(t) = e["target"].as_str() {
            known.insert(t.to_lowercase());
        }
    }
    // The checker itself catches English.
    assert_eq!(
        leaks::leaks("erreur : failed to fill whole buffer", &known, ALLOWED).len(),
        1
    );
    let leaked = leaks::leaks(output, &known, ALLOWED);
    assert!(
        leaked.is_empty(),
        "English (or untranslated) words in French output:\n{}\n\nwhole output:\n{output}",
        leaked.join("\n")
    );
}

fn french(env: &Env, args: &[&str], code: i32) -> String {
    let (c, out, err) = run_with(env, FR, args);
    assert_eq!(c, code, "{args:?}:\n{out}\n{err}");
    out + &err
}

fn assert_contains(output: &str, needles: &[&str]) {
    for n in needles {
        assert!(output.contains(n), "{n:?} not in:\n{output}");
    }
}

#[test]
fn files_that_are_no_age_files_are_said_in_french() {
    let env = Env::new();
    let text = env.write("notes.txt", b"bilan");
    let text = text.to_str().unwrap();
    let phrase = env.write("phrase.txt", b"une phrase secrete assez longue\n");
    let phrase = phrase.to_str().unwrap();
    let restored = env.path("restaure");
    let restored = restored.to_str().unwrap();
    let mut output = french(&env, &["restore", text, "--vault", restored], 6);
    output += &french(
        &env,
        &["bundle", "verify", text, "--bundle-passphrase-file", phrase],
        6,
    );
    assert_contains(
        &output,
        &[
            "n'est pas un fichier age : fin de fichier inattendue",
            "le dossier est endommagé : il a été tronqué ou modifié après sa création (fin de fichier inattendue)",
        ],
    );
    assert!(!output.contains("paquet"), "{output}");
    assert_no_leak(&env, &output);
    // English keeps age's and std's own words.
    let (_, _, err) = run_with(&env, EN, &["restore", text, "--vault", restored]);
    assert!(
        err.contains("is not an age file: failed to fill whole buffer"),
        "{err}"
    );
    let (_, _, err) = run_with(
        &env,
        EN,
        &["bundle", "verify", text, "--bundle-passphrase-file", phrase],
    );
    assert!(
        err.contains("after it was made (failed to fill whole buffer)"),
        "{err}"
    );
}

#[test]
fn a_group_without_its_subcommand_is_refused_in_french() {
    let env = Env::new();
    let output = french(&env, &["settings"], 2);
    assert_contains(
        &output,
        &["erreur : 'carnet settings' demande une sous-commande : 'list', 'set', 'help'"],
    );
    assert_no_leak(&env, &output);
    let (code, _, err) = run_with(&env, EN, &["settings"]);
    assert_eq!(code, 2);
    assert!(err.contains("requires a subcommand"), "{err}");
}

#[test]
fn a_bundle_is_a_dossier_from_export_to_verify() {
    let env = Env::new();
    env.add(
        "bilan.txt",
        b"bilan",
        &["--type", "lab-report", "--title", "Bilan"],
    );
    env.cmd()
        .args([
            "pro",
            "add",
            RPPS_A,
            "--name",
            "Dr Claire Dubois",
            "--primary",
        ])
        .assert()
        .success();
    let phrase = env.write("phrase.txt", b"une phrase secrete assez longue\n");
    let phrase = phrase.to_str().unwrap();
    let bundle = env.path("dubois.age");
    let bundle = bundle.to_str().unwrap();
    let opened = env.path("ouvert");
    let opened = opened.to_str().unwrap();
    let mut output = String::new();
    for (args, code) in [
        (
            &[
                "export",
                "--for",
                RPPS_A,
                "-o",
                bundle,
                "--bundle-passphrase-file",
                phrase,
            ][..],
            0,
        ),
        (
            &[
                "bundle",
                "verify",
                bundle,
                "--bundle-passphrase-file",
                phrase,
            ],
            0,
        ),
        (
            &[
                "bundle",
                "open",
                bundle,
                "-o",
                opened,
                "--bundle-passphrase-file",
                phrase,
            ],
            0,
        ),
        // A file where the folder to open it in should be.
        (
            &[
                "bundle",
                "open",
                bundle,
                "-o",
                phrase,
                "--bundle-passphrase-file",
                phrase,
            ],
            2,
        ),
        (&["--exit-codes"], 0),
    ] {
        output += &french(&env, args, code);
    }
    assert_contains(
        &output,
        &[
            "est intact : signature valide",
            "ouvert dans",
            "conseil : donnez un répertoire où déballer le dossier reçu",
            "fichier de dossier à partager",
        ],
    );
    assert!(output.contains("dossier "), "{output}");
    assert!(!output.contains("paquet"), "{output}");
    for l in carnet::i18n::FR_FTL.lines() {
        assert!(!l.contains("paquet"), "{l}");
    }
    assert_no_leak(&env, &output);
}

#[test]
fn a_path_through_a_file_gets_the_check_the_path_hint() {
    let env = Env::new();
    let file = env.write("notes.txt", b"bilan");
    let through = file.join("copie.age");
    let output = french(&env, &["backup", "-o", through.to_str().unwrap()], 1);
    assert_contains(
        &output,
        &[
            "un élément du chemin n'est pas un dossier",
            "conseil : vérifiez le chemin",
        ],
    );
    assert!(!output.contains("carnet check"), "{output}");
    assert_no_leak(&env, &output);
    let (_, _, err) = run_with(&env, EN, &["backup", "-o", through.to_str().unwrap()]);
    assert!(err.contains("hint: check the path"), "{err}");
}

#[test]
fn typed_dates_durations_and_types_are_refused_in_french() {
    let env = Env::new();
    env.cmd()
        .args(["pro", "add", RPPS_A, "--name", "Dr Claire Dubois"])
        .assert()
        .success();
    let cases: &[(&[&str], &str)] = &[
        (
            &["list", "--since", "32/13/2026"],
            "erreur : date non valable : \"32/13/2026\"",
        ),
        (
            &["list", "--since", "0000-01-01"],
            "erreur : date hors limites : \"0000-01-01\"",
        ),
        (
            &["grant", RPPS_A, "--for", "3 lunes"],
            "erreur : durée non valable : \"3 lunes\"",
        ),
        (
            &["grant", RPPS_A, "--for", "0j"],
            "(elle doit être supérieure à zéro)",
        ),
        (
            &["list", "--type", "radiographie"],
            "erreur : type de document inconnu : \"radiographie\"",
        ),
        (
            &["profile", "create", "lea", "--birth-date", "99/01/2015"],
            "erreur : date de naissance non valable : \"99/01/2015\"",
        ),
        (
            &["profile", "create", "lea", "--birth-date", "01/01/2099"],
            "erreur : la date de naissance 2099-01-01 est dans le futur",
        ),
    ];
    let mut output = String::new();
    for (args, needle) in cases {
        let out = french(&env, args, 2);
        assert_contains(&out, &[needle, "conseil : "]);
        output += &out;
    }
    assert_contains(
        &output,
        &[
            "conseil : écrivez les dates JJ/MM/AAAA",
            "conseil : écrivez les durées 30j, 2sem, 3mois",
            "ou leur nom français : ordonnance, prescription-soins",
        ],
    );
    // The short type names the hint lists are names, not words.
    let mut allowed = ALLOWED.to_vec();
    let types: Vec<String> = output
        .lines()
        .find(|l| l.contains("noms courts"))
        .unwrap()
        .split([':', ',', ';'])
        .flat_map(leaks::words)
        .collect();
    allowed.extend(types.iter().map(String::as_str));
    let known = {
        let mut k = BTreeSet::new();
        leaks::catalogue_words(carnet::i18n::FR_FTL, &mut k);
        k.extend(leaks::words("lunes radiographie lea"));
        k
    };
    let leaked: Vec<String> = leaks::leaks(&output, &known, &allowed)
        .into_iter()
        .filter(|l| !l.contains("noms courts"))
        .collect();
    assert!(leaked.is_empty(), "{}\n\n{output}", leaked.join("\n"));
    // English as it was.
    for (args, needle) in [
        (
            &["list", "--since", "32/13/2026"][..],
            "error: invalid date \"32/13/2026\"",
        ),
        (
            &["grant", RPPS_A, "--for", "3 lunes"],
            "error: invalid duration \"3 lunes\": ",
        ),
        (
            &["list", "--type", "radiographie"],
            "error: unknown document type \"radiographie\"",
        ),
        (
            &["profile", "create", "lea", "--birth-date", "99/01/2015"],
            "error: invalid birth date \"99/01/2015\"",
        ),
    ] {
        let (code, _, err) = run_with(&env, EN, args);
        assert_eq!(code, 2);
        assert!(err.contains(needle), "{err}");
    }
}

#[test]
fn clap_s_help_subcommand_is_described_in_french() {
    let env = Env::new();
    for args in [
        &["--help"][..],
        &["profile", "--help"],
        &["medical", "--help"],
    ] {
        let out = french(&env, args, 0);
        assert!(!out.contains("Print this message"), "{out}");
        assert!(
            out.contains("Afficher ce message, ou l'aide de la ou des sous-commandes données"),
            "{out}"
        );
    }
    let (_, out, _) = run_with(&env, EN, &["profile", "--help"]);
    assert!(
        out.contains("Print this message or the help of the given subcommand(s)"),
        "{out}"
    );
}

/// Overwrites 4 bytes of `file` at `at`.
fn damage(file: &std::path::Path, at: usize) {
    let mut bytes = std::fs::read(file).unwrap();
    bytes[at..at + 4].copy_from_slice(b"XXXX");
    std::fs::write(file, bytes).unwrap();
}

#[test]
fn damaged_blobs_and_index_are_said_in_french() {
    let env = Env::new();
    env.add(
        "bilan.txt",
        b"bilan",
        &["--type", "lab-report", "--title", "Bilan"],
    );
    let find = |name: &str| -> Vec<std::path::PathBuf> {
        env.vault_files()
            .into_iter()
            .filter(|p| {
                p.parent()
                    .and_then(|d| d.file_name())
                    .is_some_and(|d| d == name)
                    || p.file_name().is_some_and(|f| f == name)
            })
            .collect()
    };
    let blob = find("blobs").into_iter().next().expect("a blob");
    let index = find("index.age").into_iter().next().expect("the index");
    let (blob_copy, index_copy) = (
        std::fs::read(&blob).unwrap(),
        std::fs::read(&index).unwrap(),
    );
    let mut output = String::new();
    // The header's MAC (after "---"), then the payload's last chunk.
    let mac = blob_copy.windows(4).position(|w| w == b"\n---").unwrap() + 5;
    for at in [mac, blob_copy.len() - 20] {
        damage(&blob, at);
        output += &french(&env, &["check"], 6);
        std::fs::write(&blob, &blob_copy).unwrap();
    }
    damage(&index, 500);
    let index_damaged = french(&env, &["list"], 6);
    std::fs::write(&index, &index_copy).unwrap();
    assert_contains(
        &output,
        &[
            "(Bilan) : le fichier chiffré",
            "est endommagé ou a été remplacé : en-tête altéré (son MAC ne correspond pas)",
            "est endommagé ou a été remplacé : le déchiffrement a échoué : le fichier est endommagé ou a été modifié",
        ],
    );
    assert_contains(
        &index_damaged,
        &["(le déchiffrement a échoué : le fichier est endommagé ou a été modifié)"],
    );
    output += &index_damaged;
    assert_no_leak(&env, &output);
    // English keeps age's words.
    damage(&blob, mac);
    let (code, _, err) = run_with(&env, EN, &["check"]);
    assert_eq!(code, 6);
    assert!(
        err.contains("(Bilan): blob ")
            && err.contains("is damaged or was replaced: Header MAC is invalid"),
        "{err}"
    );
}

#[test]
fn measures_take_a_decimal_comma_in_french() {
    let env = Env::new();
    let output = french(
        &env,
        &["medical", "add", "measure", "weight", "72.5", "kg"],
        0,
    ) + &french(&env, &["medical", "show"], 0);
    assert_contains(&output, &["(poids 72,5 kg,", "mesure     poids 72,5 kg,"]);
    let (_, en, _) = run_with(&env, EN, &["medical", "show"]);
    assert!(en.contains("weight 72.5 kg"), "{en}");
}
