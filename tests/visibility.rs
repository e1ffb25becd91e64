//! `list` filters every document by one rule, `vault::visibility`'s single
//! filtering step: documents sealed for the minor are matched on their
//! real metadata exactly as the others are (type, tag, dates, masks, text
//! with ASCII-only case folding), sorted by their real dates, with the
//! limit applied last; a guardian sees none of them, only how many exist.
mod common;
use common::*;

use std::path::Path;

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

fn ok_as(env: &Env, id: &Path, args: &[&str]) -> String {
    let (code, out, err) = run_as(env, id, args);
    assert_eq!(code, 0, "carnet {args:?} failed ({code}): {err}");
    out
}

/// The titles `list --json` gives in profile `lea`, in order.
fn titles(env: &Env, id: &Path, filter: &[&str]) -> Vec<String> {
    let mut a = vec!["--profile", "lea", "--json", "list"];
    a.extend_from_slice(filter);
    let v: serde_json::Value = serde_json::from_str(&ok_as(env, id, &a)).unwrap();
    v.as_array()
        .unwrap()
        .iter()
        .map(|d| d["title"].as_str().unwrap().to_string())
        .collect()
}

/// A parent's vault, a child's profile `lea` with the teenager's key
/// registered, and six documents, three of them sealed for her.
fn family() -> (Env, std::path::PathBuf) {
    let env = Env::bare();
    let parent = env.identity.clone();
    let init = [
        "init",
        "--name",
        "Camille Martin",
        "--no-passphrase",
        "--recipient",
        &env.recipient,
    ];
    ok_as(&env, &parent, &init);
    ok_as(
        &env,
        &parent,
        &["profile", "create", "lea", "--birth-date", "2012-02-02"],
    );
    let (teen, teen_r) = new_identity(env.dir.path(), "teen.txt");
    ok_as(&env, &parent, &["profile", "key", "lea", &teen_r]);
    let docs: [(&str, &str, &str, &[&str]); 6] = [
        (
            "Bilan cardio",
            "lab-report",
            "2024-01-10",
            &["--tag", "cardio"],
        ),
        ("Ordonnance", "prescription", "2023-05-05", &["--mask"]),
        ("école", "other", "2021-09-01", &[]),
        (
            "Secret cardio",
            "lab-report",
            "2024-06-01",
            &["--tag", "cardio", "--hidden-from-guardians"],
        ),
        (
            "Carnet intime",
            "other",
            "2022-02-02",
            &["--hidden-from-guardians"],
        ),
        (
            "école privée",
            "other",
            "2020-03-03",
            &["--hidden-from-guardians"],
        ),
    ];
    for (i, (title, ty, date, extra)) in docs.iter().enumerate() {
        let f = env.write(&format!("doc{i}.txt"), format!("content {i}").as_bytes());
        let mut a = vec![
            "--profile",
            "lea",
            "add",
            f.to_str().unwrap(),
            "--title",
            title,
            "--type",
            ty,
            "--date",
            date,
        ];
        a.extend_from_slice(extra);
        ok_as(&env, &parent, &a);
    }
    (env, teen)
}

#[test]
fn sealed_documents_are_filtered_like_the_others() {
    let (env, teen) = family();
    let parent = env.identity.clone();
    // (filter, what the teenager sees, what a guardian sees)
    let cases: &[(&[&str], &[&str], &[&str])] = &[
        (
            &[],
            &[
                "Secret cardio",
                "Bilan cardio",
                "Ordonnance",
                "Carnet intime",
                "école",
                "école privée",
            ],
            &["Bilan cardio", "Ordonnance", "école"],
        ),
        (
            &["--type", "lab-report"],
            &["Secret cardio", "Bilan cardio"],
            &["Bilan cardio"],
        ),
        (
            &["--tag", "cardio"],
            &["Secret cardio", "Bilan cardio"],
            &["Bilan cardio"],
        ),
        (
            &["--search", "CARDIO"],
            &["Secret cardio", "Bilan cardio"],
            &["Bilan cardio"],
        ),
        // One rule for sealed and clear titles alike: case and accents
        // ignored (Unicode folding).
        (
            &["--search", "ECOLE"],
            &["école", "école privée"],
            &["école"],
        ),
        (
            &["--search", "école"],
            &["école", "école privée"],
            &["école"],
        ),
        (
            &["--since", "2022-01-01", "--until", "2023-12-31"],
            &["Ordonnance", "Carnet intime"],
            &["Ordonnance"],
        ),
        (&["--masked"], &["Ordonnance"], &["Ordonnance"]),
        (
            &["--unmasked", "--type", "other"],
            &["Carnet intime", "école", "école privée"],
            &["école"],
        ),
        // The limit comes last: after the sealed documents are opened and
        // sorted by their real dates (their clear rows carry the day they
        // were added), and after what a guardian may not see is left out.
        (
            &["--limit", "2"],
            &["Secret cardio", "Bilan cardio"],
            &["Bilan cardio", "Ordonnance"],
        ),
        (
            &["--type", "other", "--limit", "1"],
            &["Carnet intime"],
            &["école"],
        ),
    ];
    for (filter, minor, guardian) in cases {
        assert_eq!(&titles(&env, &teen, filter), minor, "minor, {filter:?}");
        assert_eq!(
            &titles(&env, &parent, filter),
            guardian,
            "guardian, {filter:?}"
        );
    }
    // A guardian is told how many exist, whatever the filter; the
    // teenager is not told of anything held back.
    let (_, _, err) = run_as(&env, &parent, &["--profile", "lea", "list", "--tag", "x"]);
    assert!(
        err.contains("no documents match; 3 more hidden from guardians"),
        "{err}"
    );
    let (_, _, err) = run_as(&env, &teen, &["--profile", "lea", "list"]);
    assert!(err.contains("profile lea: 6 document(s)\n"), "{err}");
}
