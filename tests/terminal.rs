//! Colour and terminal behaviour: --color always|never and NO_COLOR on
//! tables, error lines and clap's own messages; tables fit the terminal.

mod common;
use common::*;

const ESC: char = '\x1b';

fn table_env() -> Env {
    let env = Env::new();
    env.add(
        "2025-03-18_cr.txt",
        b"compte rendu",
        &[
            "--type",
            "consultation-report",
            "--title",
            "Compte rendu de consultation de cardiologie avec echographie et epreuve d'effort",
        ],
    );
    env
}

#[test]
fn color_always_styles_a_piped_table_and_never_does_not() {
    let env = table_env();
    // The harness sets NO_COLOR=1: an explicit --color always still wins.
    let (code, out, _) = env.run(&["--color", "always", "list"]);
    assert_eq!(code, 0);
    assert!(out.contains("\x1b[1m"), "no bold header: {out:?}");
    let (code, out, _) = env.run(&["--color", "never", "list"]);
    assert_eq!(code, 0);
    assert!(!out.contains(ESC), "{out:?}");
    assert!(out.contains("cardiologie"), "{out}");
    // auto (the default) on a pipe: no colour, with or without NO_COLOR.
    let out = env
        .cmd()
        .env_remove("NO_COLOR")
        .arg("list")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains(ESC));
}

#[test]
fn error_lines_follow_color_and_no_color() {
    let env = Env::new();
    let (code, _, err) = env.run(&["--color", "always", "show", "zzzzzz"]);
    assert_eq!(code, 4);
    assert!(err.contains("\x1b[31merror:\x1b[0m"), "{err:?}");
    assert!(err.contains("hint:"), "{err:?}");
    let (code, _, err) = env.run(&["--color", "never", "show", "zzzzzz"]);
    assert_error(&(code, String::new(), err.clone()), 4, "zzzzzz");
    assert!(!err.contains(ESC), "{err:?}");
    // Under --json the error is one JSON object, never coloured.
    let (_, _, err) = env.run(&["--color", "always", "--json", "show", "zzzzzz"]);
    assert!(!err.contains(ESC), "{err:?}");
    let v: serde_json::Value = serde_json::from_str(err.trim()).unwrap();
    assert_eq!(v["error"]["kind"], "not_found");
}

#[test]
fn usage_errors_and_help_follow_the_color_flag() {
    let env = Env::bare();
    let (code, _, err) = env.run(&["--color", "always", "lsit"]);
    assert_eq!(code, 2);
    assert!(err.contains(ESC), "clap error not coloured: {err:?}");
    let (code, _, err) = env.run(&["--color=never", "lsit"]);
    assert_eq!(code, 2);
    assert!(!err.contains(ESC), "{err:?}");
    assert!(err.contains("unrecognized subcommand"), "{err}");
    let (code, out, _) = env.run(&["add", "--help", "--color", "always"]);
    assert_eq!(code, 0);
    assert!(out.contains(ESC), "help not coloured: {out:?}");
    let (code, out, _) = env.run(&["add", "--help"]);
    assert_eq!(code, 0);
    assert!(!out.contains(ESC), "help coloured under NO_COLOR: {out:?}");
}

/// Runs `carnet ARGS` on a pseudo-terminal of `cols` columns with util-linux
/// `script`; None when `script` is not available.
fn on_terminal(env: &Env, cols: u16, no_color: bool, args: &str) -> Option<String> {
    let probe = std::process::Command::new("script")
        .arg("--version")
        .output();
    if !probe.map(|o| o.status.success()).unwrap_or(false) {
        eprintln!("skipping: util-linux `script` is not available");
        return None;
    }
    let bin = env!("CARGO_BIN_EXE_carnet");
    let inner = format!("stty cols {cols} rows 40; exec '{bin}' {args} </dev/null");
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-q", "-e", "-c", &inner, "/dev/null"])
        .current_dir(env.dir.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("TERM", "xterm")
        .env("XDG_STATE_HOME", env.path("xdg-state"))
        .env("XDG_DATA_HOME", env.path("xdg-data"))
        .env("CARNET_VAULT", &env.vault)
        .env("CARNET_IDENTITY", &env.identity)
        .env("CARNET_NO_INPUT", "1")
        // The table as printed: no pager waiting for a key (tests/locale_output.rs).
        .env("CARNET_PAGER", "cat");
    if no_color {
        cmd.env("NO_COLOR", "1");
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "carnet {args} on a terminal failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    Some(String::from_utf8_lossy(&out.stdout).replace('\r', ""))
}

fn assert_fits(text: &str, cols: usize) {
    let table: Vec<&str> = text
        .lines()
        .filter(|l| l.contains('─') || l.contains("cardio") || l.contains("ID"))
        .collect();
    assert!(!table.is_empty(), "no table in {text:?}");
    for line in text.lines() {
        // Strip SGR sequences before measuring.
        let mut plain = String::new();
        let mut in_esc = false;
        for c in line.chars() {
            match (in_esc, c) {
                (false, '\x1b') => in_esc = true,
                (true, 'm') => in_esc = false,
                (true, _) => {}
                (false, c) => plain.push(c),
            }
        }
        assert!(
            plain.chars().count() <= cols,
            "line wider than {cols}: {plain:?}\n{text}"
        );
    }
}

#[test]
fn tables_fit_the_terminal_with_and_without_colour() {
    let env = table_env();
    let Some(coloured) = on_terminal(&env, 60, false, "list") else {
        return;
    };
    assert!(
        coloured.contains("\x1b[1m"),
        "auto on a terminal should colour: {coloured:?}"
    );
    assert_fits(&coloured, 60);
    // NO_COLOR, or --color never, must not lose the width (comfy-table ties
    // both to its own tty detection).
    let plain = on_terminal(&env, 60, true, "list").unwrap();
    assert!(!plain.contains(ESC), "{plain:?}");
    assert_fits(&plain, 60);
    assert!(
        plain.contains('─'),
        "a terminal gets the framed style: {plain}"
    );
    let never = on_terminal(&env, 60, false, "--color never list").unwrap();
    assert!(!never.contains(ESC), "{never:?}");
    assert_fits(&never, 60);
}

/// Text from stdin and JSON files are text: `get` prints them on a
/// terminal (it refuses binary there).
#[test]
fn get_prints_text_documents_on_a_terminal() {
    let env = Env::new();
    let v = env.json_from(
        env.cmd()
            .args(["--json", "add", "-", "--title", "Note"])
            .write_stdin("tension 12/8, revoir dans 3 mois\n"),
    );
    let note = v[0]["id"].as_str().unwrap().to_string();
    let json_doc = env.add("resultats.json", br#"{"hba1c": 6.1}"#, &[]);
    for (id, text) in [(&note, "tension 12/8"), (&json_doc, "hba1c")] {
        let Some(shown) = on_terminal(&env, 80, true, &format!("get {id}")) else {
            return;
        };
        assert!(shown.contains(text), "{shown}");
    }
}
