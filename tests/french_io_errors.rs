//! Issue 17, I/O errors in French: real failures of the file system met by
//! the real binary (a missing input, an unreadable one, an output under a
//! regular file or in a folder that does not exist), said in French with
//! the system's error named by its kind and its number kept, and English
//! word for word as before. Tests run as root, so no permission is denied
//! here: paths under a regular file (ENOTDIR) and a symbolic link loop
//! (ELOOP) are failures root meets too.

mod common;
#[path = "common/leaks.rs"]
mod leaks;

use std::collections::BTreeSet;

use common::*;

const EN: &str = "en_GB.UTF-8";
const FR: &str = "fr_FR.UTF-8";

/// `(code, stdout, stderr)` of `carnet ARGS` with `LANG` set to `lang`.
fn run_in(env: &Env, lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = env.cmd().env("LANG", lang).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Runs `args` in English then in French: both exit `code`; the English
/// error line is `error: {en}` exactly; the French one starts with
/// `erreur : ` and holds every piece of `fr`. Returns the French stderr.
fn both(env: &Env, args: &[&str], code: i32, en: &str, fr: &[&str]) -> String {
    let e = run_in(env, EN, args);
    assert_eq!(e.0, code, "English exit code of {args:?}; stderr:\n{}", e.2);
    assert_eq!(e.2.lines().next(), Some(format!("error: {en}").as_str()));
    assert!(e.2.lines().nth(1).is_some_and(|l| l.starts_with("hint: ")));
    let f = run_in(env, FR, args);
    assert_eq!(f.0, code, "French exit code of {args:?}; stderr:\n{}", f.2);
    let lines: Vec<&str> = f.2.lines().collect();
    assert!(
        lines.len() >= 2 && lines[0].starts_with("erreur : ") && lines[1].starts_with("conseil : "),
        "not the French error shape:\n{}",
        f.2
    );
    for piece in fr {
        assert!(lines[0].contains(piece), "{piece:?} not in:\n{}", f.2);
    }
    f.2
}

/// A vault with one document, a regular file `f.txt` to put paths under,
/// and a symbolic link `loop` pointing at itself.
fn setup() -> (Env, String) {
    let env = Env::new();
    let id = env.add("f.txt", b"compte rendu\n", &[]);
    std::os::unix::fs::symlink("loop", env.path("loop")).unwrap();
    (env, id)
}

#[test]
fn inputs_carnet_cannot_read_are_told_in_french() {
    let (env, _) = setup();
    let before = env.vault_files().len();
    let mut french = String::new();
    french += &both(
        &env,
        &["add", "absent.pdf"],
        2,
        "cannot add absent.pdf: no such file or directory",
        &["impossible d'ajouter absent.pdf : fichier ou dossier introuvable"],
    );
    french += &both(
        &env,
        &["add", "f.txt/ordonnance.pdf"],
        2,
        "cannot add f.txt/ordonnance.pdf: Not a directory (os error 20)",
        &["un élément du chemin n'est pas un dossier (erreur système 20)"],
    );
    french += &both(
        &env,
        &["add", "loop"],
        2,
        "cannot add loop: Too many levels of symbolic links (os error 40)",
        &["impossible d'ajouter loop : trop de niveaux de liens symboliques (erreur système 40)"],
    );
    french += &both(
        &env,
        &["add", "-r", "f.txt/dossier"],
        2,
        "cannot add f.txt/dossier: Not a directory (os error 20)",
        &["un élément du chemin n'est pas un dossier (erreur système 20)"],
    );
    let missing = env.path("absente.txt");
    french += &both(
        &env,
        &["--identity", missing.to_str().unwrap(), "list"],
        3,
        &format!(
            "cannot read identity file {}: No such file or directory (os error 2)",
            missing.display()
        ),
        &["fichier ou dossier introuvable (erreur système 2)"],
    );
    assert_eq!(env.vault_files().len(), before, "a refused add wrote");
    assert_no_english(&french);
}

#[test]
fn outputs_carnet_cannot_write_are_told_in_french() {
    let (env, id) = setup();
    let mut french = String::new();
    french += &both(
        &env,
        &["get", &id, "-o", "absent/copie.txt"],
        2,
        "cannot write absent/copie.txt: its directory does not exist",
        &["impossible d'écrire absent/copie.txt : son dossier n'existe pas"],
    );
    assert!(french.contains("conseil : créez d'abord le dossier, ou choisissez un autre -o"));
    french += &both(
        &env,
        &["get", &id, "-o", "f.txt/copie.txt"],
        1,
        "looking at f.txt/copie.txt: Not a directory (os error 20)",
        &["examen de f.txt/copie.txt : un élément du chemin n'est pas un dossier (erreur système 20)"],
    );
    french += &both(
        &env,
        &["backup", "-o", "f.txt/sauvegarde.age"],
        1,
        "looking at f.txt/sauvegarde.age: Not a directory (os error 20)",
        &["examen de f.txt/sauvegarde.age : un élément du chemin n'est pas un dossier"],
    );
    french += &both(
        &env,
        &["keygen", "-o", "f.txt/cle.txt"],
        1,
        "creating f.txt/cle.txt: Not a directory (os error 20)",
        &["création de f.txt/cle.txt : un élément du chemin n'est pas un dossier"],
    );
    assert!(!env.path("absent").exists());
    assert_no_english(&french);
}

/// `-v` names the kind and keeps the system's own words beside it (for a
/// report to the maintainers); `--json` stays English whatever the locale.
#[test]
fn causes_keep_the_systems_words_and_json_stays_english() {
    let (env, id) = setup();
    let (code, _, err) = run_in(&env, FR, &["-v", "get", &id, "-o", "f.txt/copie.txt"]);
    assert_eq!(code, 1, "{err}");
    let cause = err
        .lines()
        .find(|l| l.starts_with("cause : "))
        .unwrap_or_else(|| panic!("no cause line:\n{err}"));
    assert_eq!(
        cause,
        "cause : un élément du chemin n'est pas un dossier (erreur système 20) \
         [NotADirectory: Not a directory (os error 20)]"
    );
    let (code, _, err) = run_in(&env, EN, &["-v", "get", &id, "-o", "f.txt/copie.txt"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("\ncause: Not a directory (os error 20) [NotADirectory]\n"),
        "{err}"
    );

    let out = env
        .cmd()
        .env("LANG", FR)
        .args(["--json", "get", &id, "-o", "f.txt/copie.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["error"]["kind"], "io");
    assert_eq!(
        v["error"]["message"],
        "looking at f.txt/copie.txt: Not a directory (os error 20)"
    );
}

/// Every word of the French errors is French of the catalogues or data
/// (the file names of these tests).
fn assert_no_english(french: &str) {
    let mut known = BTreeSet::new();
    leaks::catalogue_words(carnet::i18n::FR_FTL, &mut known);
    known.extend(leaks::words(
        "absent pdf ordonnance loop dossier txt absente copie sauvegarde age cle",
    ));
    assert_eq!(
        leaks::leaks("erreur : examen de x : Not a directory", &known, &[]).len(),
        1,
        "the checker misses English"
    );
    let leaked = leaks::leaks(french, &known, &[]);
    assert!(
        leaked.is_empty(),
        "English in French output:\n{}\n\nwhole output:\n{french}",
        leaked.join("\n")
    );
}
