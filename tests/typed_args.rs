//! RPPS numbers are checked once, by the argument parser: every argument
//! that takes one rejects a bad number with exit 2 and exactly the message
//! and hint the identifier gives (as when commands checked it), in text and
//! in the JSON error shape, and the vault is not touched.

mod common;

use common::Env;

const HINT: &str = "hint: check the number on the professional's card (carte CPS) or in the Annuaire Santé; the last digit is a Luhn check digit\n";

/// Every command line that takes an RPPS, with a bad one in its place.
fn with_bad_rpps(env: &Env, bad: &str) -> Vec<Vec<String>> {
    let file = env.write("a.txt", b"a");
    let file = file.to_str().unwrap().to_string();
    let lines: Vec<Vec<&str>> = vec![
        vec!["pro", "add", bad, "--name", "Dr X"],
        vec!["pro", "show", bad],
        vec!["pro", "edit", bad, "--place", "Lyon"],
        vec!["pro", "rm", bad],
        vec!["pro", "primary", bad],
        vec!["pro", "block", bad],
        vec!["pro", "unblock", bad],
        vec!["grant", bad, "--for", "30d"],
        vec!["access", bad],
        vec!["export", "--for", bad, "-o", "-"],
        vec!["list", "--author", bad],
        vec!["mask", "abcd", "--from", "10003456786", "--from", bad],
        vec!["add", &file, "--author", bad],
    ];
    lines
        .into_iter()
        .map(|l| l.into_iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn a_bad_rpps_is_a_usage_error_with_the_identifiers_message_and_hint() {
    let env = Env::new();
    let before = env.vault_files();
    for (bad, message) in [
        (
            "10100000003",
            "invalid RPPS 10100000003: check digit should be 8",
        ),
        ("123", "invalid RPPS 123: expected 11 digits, got 3"),
        (
            "00000000000",
            "invalid RPPS 00000000000: all zeros is not a real number",
        ),
    ] {
        for line in with_bad_rpps(&env, bad) {
            let args: Vec<&str> = line.iter().map(String::as_str).collect();
            let (code, stdout, stderr) = env.run(&args);
            assert_eq!(code, 2, "{args:?}: {stderr}");
            assert_eq!(stdout, "", "{args:?}");
            assert_eq!(stderr, format!("error: {message}\n{HINT}"), "{args:?}");

            let mut json_args = vec!["--json"];
            json_args.extend(&args);
            let (code, _, stderr) = env.run(&json_args);
            assert_eq!(code, 2, "{json_args:?}: {stderr}");
            let v: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
            assert_eq!(v["error"]["kind"], "invalid_input", "{json_args:?}");
            assert_eq!(v["error"]["message"], message, "{json_args:?}");
            assert_eq!(
                v["error"]["hint"],
                HINT.trim_start_matches("hint: ").trim_end(),
                "{json_args:?}"
            );
        }
    }
    assert_eq!(
        env.vault_files(),
        before,
        "a refused command changed the vault"
    );
}

/// A good RPPS goes through the parser normalized (surrounding spaces
/// trimmed), as the commands used to do it.
#[test]
fn a_good_rpps_is_trimmed_and_accepted() {
    let env = Env::new();
    let (code, _, stderr) = env.run(&["pro", "add", " 10003456786 ", "--name", "Dr A"]);
    assert_eq!(code, 0, "{stderr}");
    let v = env.json(&["pro", "show", "10003456786"]);
    assert_eq!(v["rpps"], "10003456786");
}
