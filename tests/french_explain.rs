//! Issue 17, part B: what carnet explains, in French. The rule that
//! decided (`show`, `pro show`, `grant`), export refusals and the rules an
//! export left documents out by, the signer of a verified bundle,
//! durations (`grants`, `status`), `--exit-codes`, the inbox fold summary
//! and its rejections, and `emergency set|status`: run with the real
//! binary on a real vault under LANG=fr_FR.UTF-8, they print French and no
//! English word; the journal and the JSON keep their English.

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

/// Names carnet never translates: commands and flags, rule and consent
/// names, setting names, codes and standards.
const ALLOWED: &[&str] = &[
    "rpps",
    "age",
    "sha",
    "samu",
    "id",
    "idnat",
    "holder",
    "masked",
    "blocked",
    "granted",
    "break",
    "glass",
    "etreat",
    "btg",
    "lab",
    "report",
    "consultation",
    "other",
    "text",
    "plain",
    "b",
    "kib",
    // LOINC names of the document types `show` prints.
    "loinc",
    "cr",
    // The setting masked-visible-to-primary, named in the primary
    // doctor's rule.
    "visible",
    "to",
    "primary",
];

/// A vault with a primary doctor, a professional holding a grant for lab
/// reports, a blocked one, a lab report and a masked report.
struct Vault {
    env: Env,
    bilan: String,
    cr: String,
}

fn vault() -> Vault {
    let env = Env::new();
    let bilan = env.add(
        "bilan.txt",
        b"cholesterol 1.9",
        &["--type", "lab-report", "--title", "Bilan sanguin"],
    );
    let cr = env.add(
        "cr.txt",
        b"cr",
        &["--type", "consultation-report", "--title", "Compte rendu"],
    );
    for args in [
        &["mask", &cr][..],
        &[
            "pro",
            "add",
            RPPS_A,
            "--name",
            "Dr Claire Dubois",
            "--primary",
        ],
        &["pro", "add", RPPS_B, "--name", "Dr Paul Lefèvre"],
        &["pro", "add", RPPS_C, "--name", "Dr Jean Bloch"],
        &["pro", "block", RPPS_C],
        &["grant", RPPS_B, "--for", "3d", "--type", "lab-report"],
    ] {
        env.cmd().args(args).assert().success();
    }
    env.write("phrase.txt", b"une phrase secrete assez longue\n");
    Vault { env, bilan, cr }
}

/// The known words of a French run: the catalogue's, this test's data.
fn known(v: &Vault) -> BTreeSet<String> {
    let mut known = BTreeSet::new();
    leaks::catalogue_words(carnet::i18n::FR_FTL, &mut known);
    known.extend(leaks::words(
        "Camille Martin Dr Claire Dubois Paul Lefèvre Jean Bloch Bilan sanguin Compte rendu scan txt Pénicilline",
    ));
    // The French LOINC names of the document types.
    known.extend(leaks::words(
        "fiche de consultation ou de visite, d'examens biologiques",
    ));
    // Random IDs (documents, grants, bundles, medical items) may hold no
    // digit: data, not words.
    for args in [&["list"][..], &["grants", "--all"]] {
        for item in v.env.json(args).as_array().unwrap() {
            known.insert(item["id"].as_str().unwrap().to_lowercase());
        }
    }
    for e in v.env.json(&["journal"]).as_array().unwrap() {
        if let Some(t) = e["target"].as_str() {
            known.insert(t.to_lowercase());
        }
    }
    for items in v
        .env
        .json(&["medical", "show"])
        .as_object()
        .unwrap()
        .values()
    {
        for item in items.as_array().into_iter().flatten() {
            known.insert(item["id"].as_str().unwrap_or_default().to_lowercase());
        }
    }
    known
}

fn assert_no_leak(v: &Vault, output: &str) {
    let known = known(v);
    // The checker itself catches English.
    assert_eq!(
        leaks::leaks(
            "non Dr Jean Bloch : The professional is blocked.",
            &known,
            ALLOWED
        )
        .len(),
        1
    );
    let leaked = leaks::leaks(output, &known, ALLOWED);
    assert!(
        leaked.is_empty(),
        "English (or untranslated) words in French output:\n{}\n\nwhole output:\n{output}",
        leaked.join("\n")
    );
}

/// Runs `steps` in French, each with the exit code it must end with;
/// returns everything they printed.
fn french_run(v: &Vault, steps: &[(&[&str], i32)]) -> String {
    let mut output = String::new();
    for (args, code) in steps {
        let (c, out, err) = run_with(&v.env, FR, args);
        assert_eq!(c, *code, "{args:?}:\n{out}\n{err}");
        output.push_str(&out);
        output.push_str(&err);
    }
    output
}

fn strs(a: &[String]) -> Vec<&str> {
    a.iter().map(String::as_str).collect()
}

fn assert_contains(output: &str, needles: &[&str]) {
    for n in needles {
        assert!(output.contains(n), "{n:?} not in:\n{output}");
    }
}

#[test]
fn rules_are_explained_in_french() {
    let v = vault();
    let output = french_run(
        &v,
        &[
            (&["show", &v.cr], 0),
            (&["show", &v.bilan], 0),
            (&["pro", "show", RPPS_B], 0),
            (&["pro", "show", RPPS_C], 0),
            (&["pro", "show", RPPS_A], 0),
            (&["medical", "add", "allergy", "Pénicilline"], 0),
            (&["access"], 0),
            // The masked report stays hidden from the granted one.
            (&["grant", RPPS_B, "--for", "2d", "--doc", &v.cr], 0),
        ],
    );
    assert_contains(
        &output,
        &[
            "Qui peut le voir en ce moment :",
            "non Dr Paul Lefèvre (10100000008) : Le document est masqué aux professionnels de santé (MASQUE_PS), sauf à son auteur",
            "Ce professionnel de santé est bloqué : il n'a accès à rien",
            "mais le carnet laisse le médecin traitant voir les documents masqués. (masked_primary)",
            "Un accès en cours, autorisé à ce professionnel de santé, couvre ce document. (granted)",
            "Ce professionnel de santé est le médecin traitant : il voit tous les documents",
            "lui reste caché : Le document est masqué",
            "allergie : Pénicilline",
        ],
    );
    assert_no_leak(&v, &output);
    // English still reads the policy's own sentences.
    let (_, out, _) = run_with(&v.env, EN, &["show", &v.cr]);
    assert!(
        out.contains(
            "no  Dr Jean Bloch (10000000017): The professional is blocked and gets nothing"
        ),
        "{out}"
    );
}

#[test]
fn export_refusals_and_plans_are_french_and_the_journal_keeps_english() {
    let v = vault();
    let phrase = v.env.path("phrase.txt");
    let phrase = phrase.to_str().unwrap();
    let export = |who: &[&str], file: &str| -> Vec<String> {
        let target = v.env.path(file);
        let mut a: Vec<String> = vec!["export".into()];
        a.extend(who.iter().map(|s| s.to_string()));
        a.extend(["-o".into(), target.to_str().unwrap().to_string()]);
        a.extend(["--bundle-passphrase-file".into(), phrase.to_string()]);
        a
    };
    let blocked = export(&["--for", RPPS_C], "bloch.age");
    let masked_only = export(&["--for", RPPS_B, "--doc", &v.cr], "cr.age");
    let granted = export(&["--for", RPPS_B], "lefevre.age");
    let samu = export(&["--emergency", "samu"], "samu.age");
    let output = french_run(
        &v,
        &[
            (&strs(&blocked), 5),
            (&strs(&masked_only), 5),
            (&strs(&granted), 0),
            (&["emergency", "set", "--samu", "deny"], 0),
            (&strs(&samu), 5),
        ],
    );
    assert_contains(
        &output,
        &[
            "erreur : impossible d'exporter pour Dr Jean Bloch (10000000017) : Ce professionnel de santé est bloqué",
            "conseil : débloquez-le d'abord si vous lui faites de nouveau confiance (carnet pro unblock 10000000017)",
            "erreur : rien à exporter pour Dr Paul Lefèvre (10100000008) : le document examiné n'est pas visible (masked ×1)",
            "conseil : voyez carnet access 10100000008 pour la règle appliquée à chaque document",
            "1 document écarté par les règles : masked ×1",
            "erreur : impossible de créer un export d'urgence samu : Le titulaire s'est opposé à ce mode d'accès en urgence. [emergency_denied]",
            "conseil : seul le titulaire en décide : carnet emergency set --samu allow",
        ],
    );
    assert_no_leak(&v, &output);
    // The journal keeps the English reasons, whatever the language.
    let reasons: Vec<String> = v
        .env
        .json(&["journal", "--action", "export.refused"])
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["details"]["reason"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(reasons[0]
        .starts_with("cannot export for Dr Jean Bloch (10000000017): The professional is blocked"));
    assert_eq!(
        reasons[1],
        "nothing to export for Dr Paul Lefèvre (10100000008): none of the 1 document(s) considered is visible (masked ×1)"
    );
    assert_eq!(
        reasons[2],
        "cannot make a samu emergency bundle: The holder opposed this emergency access mode. [emergency_denied]"
    );
    // And English users read them as the journal has them.
    let (code, _, err) = run_with(&v.env, EN, &strs(&blocked));
    assert_eq!(code, 5);
    assert!(
        err.contains(&format!(
            "error: {}",
            reasons[0].split(" [").next().unwrap()
        )),
        "{err}"
    );
}

#[test]
fn signer_durations_exit_codes_and_emergency_consents_are_french() {
    let v = vault();
    let phrase = v.env.path("phrase.txt");
    let phrase = phrase.to_str().unwrap();
    let bundle = v.env.path("dubois.age");
    let bundle = bundle.to_str().unwrap();
    let signing = v.env.path("signature.key");
    let signing = signing.to_str().unwrap();
    let output = french_run(
        &v,
        &[
            (
                &[
                    "export",
                    "--for",
                    RPPS_A,
                    "-o",
                    bundle,
                    "--bundle-passphrase-file",
                    phrase,
                ],
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
            (&["grants"], 0),
            (&["status"], 0),
            (&["--exit-codes"], 0),
            (&["keygen", "--signing", "-o", signing], 0),
            (
                &[
                    "emergency",
                    "set",
                    "--samu",
                    "deny",
                    "--break-glass",
                    "deny",
                ],
                0,
            ),
            (&["emergency", "set", "--masked", "allow"], 2),
            (&["emergency", "status"], 0),
        ],
    );
    assert_contains(
        &output,
        &[
            "signé par la clé de ce carnet",
            "en cours (reste 2 j 23 h)",
            "reste 2 j 23 h (jusqu'au",
            "5  refusé par les règles : professionnel de santé bloqué",
            "8  fait en partie : avec --keep-going",
            "donnez-la à vos patients (en main propre, sur papier) pour qu'ils l'enregistrent",
            "erreur : les documents masqués ne peuvent être lisibles en urgence que si l'accès du SAMU ou le bris de glace est autorisé",
        ],
    );
    assert_no_leak(&v, &output);
    // English and JSON keep the table as it is.
    let (_, en, _) = run_with(&v.env, EN, &["--exit-codes"]);
    assert!(
        en.contains("5  refused by policy: professional blocked"),
        "{en}"
    );
    let json = v.env.json(&["--exit-codes"]);
    let fr_json = run_with(&v.env, FR, &["--json", "--exit-codes"]).1;
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&fr_json).unwrap(),
        json
    );
    assert_eq!(
        json[5]["meaning"].as_str().unwrap().split(':').next(),
        Some("refused by policy")
    );
    let (_, en, _) = run_with(&v.env, EN, &["grants"]);
    assert!(en.contains("(2d 23h left)"), "{en}");
}

#[test]
fn the_inbox_fold_is_told_in_french() {
    let v = vault();
    let scan = v.env.write("scan.txt", b"scan");
    v.env
        .cmd()
        .args(["inbox", "add", scan.to_str().unwrap()])
        .assert()
        .success();
    // An item planted by someone who can write the vault folder.
    std::fs::write(
        v.env
            .vault
            .join("inbox")
            .join("aaaaaaaaaaaaaaaaaaaaaaaaaa.age"),
        b"not age",
    )
    .unwrap();
    let output = french_run(&v, &[(&["list"], 0)]);
    assert_contains(
        &output,
        &[
            "boîte de dépôt rangée dans le carnet : 1 document ajouté",
            "0 doublon",
            "élément aaaaaaaaaaaaaaaaaaaaaaaaaa.age de la boîte de dépôt refusé (il n'est pas chiffré pour la clé publique de ce carnet)",
        ],
    );
    let mut known_output = output.replace("aaaaaaaaaaaaaaaaaaaaaaaaaa.age", "");
    known_output = known_output.replace("inbox/rejected/", "");
    assert_no_leak(&v, &known_output);
    // The journal keeps the English reason.
    let folds = v.env.json(&["journal", "--action", "inbox.fold"]);
    assert_eq!(
        folds[0]["details"]["rejected"][0]["reason"],
        "not encrypted to this vault's recipient"
    );
}

/// A bundle a professional signed: pinned, or forged with another key.
#[test]
fn bundle_signers_are_told_in_french() {
    let v = vault();
    let key = |name: &str| -> (String, String) {
        let path = v.env.path(name);
        let j = v
            .env
            .json(&["keygen", "--signing", "-o", path.to_str().unwrap()]);
        (
            path.to_str().unwrap().to_string(),
            j["fingerprint"].as_str().unwrap().to_string(),
        )
    };
    let (dubois, fingerprint) = key("dubois.key");
    let (forger, _) = key("forger.key");
    let scan = v.env.write("resultats.txt", b"resultats");
    let create = |key: &str, out: &str| -> Vec<String> {
        [
            "bundle",
            "create",
            "--signing-key",
            key,
            "--patient-name",
            "MARTIN Camille",
            "--patient-birth-date",
            "1984-12-07",
            "--author",
            RPPS_A,
            "--author-name",
            "Dr Claire Dubois",
            "--type",
            "biologie",
            "--title",
            "Bilan sanguin",
            scan.to_str().unwrap(),
            "-o",
            v.env.path(out).to_str().unwrap(),
            "-r",
            &v.env.recipient,
        ]
        .map(String::from)
        .to_vec()
    };
    let genuine = create(&dubois, "martin.age");
    let forged = create(&forger, "faux.age");
    let genuine_path = v.env.path("martin.age");
    let forged_path = v.env.path("faux.age");
    let output = french_run(
        &v,
        &[
            (&["pro", "edit", RPPS_A, "--signer", &fingerprint], 0),
            (&strs(&genuine), 0),
            (&strs(&forged), 0),
            (&["bundle", "verify", genuine_path.to_str().unwrap()], 0),
            (&["bundle", "import", forged_path.to_str().unwrap()], 5),
        ],
    );
    assert_contains(
        &output,
        &[
            "signé par une clé enregistrée pour Dr Claire Dubois (RPPS 10003456786)",
            &format!("(RPPS 10003456786, clé enregistrée {fingerprint})"),
            "(signataire inconnu : sa clé n'est enregistrée pour aucun professionnel de santé connu (non vérifié))",
        ],
    );
    let mut output = output;
    for word in ["martin.age", "faux.age", "resultats.txt", "MARTIN"] {
        output = output.replace(word, "");
    }
    // Bundle IDs (random, maybe without a digit) follow "paquet …" or
    // "dossier …": data, not words.
    let tokens: Vec<&str> = output.split_whitespace().collect();
    let ids: Vec<String> = tokens
        .windows(2)
        .filter(|w| ["paquet", "dossier", "rendus"].contains(&w[0]) && w[1].len() == 16)
        .map(|w| w[1].to_string())
        .collect();
    for id in ids {
        output = output.replace(&id, "");
    }
    assert_no_leak(&v, &output);
}

/// What `check` finds under `keys/` and in the `recipient` file.
#[test]
fn check_findings_are_french() {
    let v = vault();
    let keys = v.env.vault.join("keys");
    std::fs::create_dir(keys.join("planted.age")).unwrap();
    let output = french_run(&v, &[(&["check"], 0)]);
    std::fs::remove_dir(keys.join("planted.age")).unwrap();
    let recipient = v.env.vault.join("recipient");
    std::fs::write(&recipient, b"junk\n").unwrap();
    let output = output + &french_run(&v, &[(&["check"], 6)]);
    assert_contains(
        &output,
        &[
            "keys/planted.age : c'est un dossier, pas un fichier de clé : déposé par quelqu'un qui peut écrire dans le dossier du carnet ?",
            "recipient : ne correspond pas à la clé du carnet (il ne contient aucune clé publique age ; la clé publique du carnet est age1",
        ],
    );
    assert_no_leak(&v, &output);
}

/// The human journal names who acted and under which authority in French
/// (titulaire, normal), and sizes in octets with a decimal comma; the
/// JSON keeps `holder`/`normal` as stored.
#[test]
fn the_journal_says_who_acted_and_sizes_read_in_french() {
    let env = Env::new();
    env.add("grand.pdf", &vec![b'x'; 1536], &["--title", "Bilan"]);
    let (code, out, err) = run_with(&env, FR, &["journal", "--no-pager"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("(titulaire)"), "{out}");
    assert!(!out.contains("(holder)"), "{out}");
    let (_, out, _) = run_with(&env, FR, &["list", "--no-pager"]);
    assert!(out.contains("1,5 Kio"), "{out}");
    let (_, out, _) = run_with(&env, EN, &["list", "--no-pager"]);
    assert!(out.contains("1.5 KiB"), "{out}");
    let (_, out, _) = run_with(&env, FR, &["journal", "--json"]);
    assert!(out.contains("\"holder\""), "{out}");
}
