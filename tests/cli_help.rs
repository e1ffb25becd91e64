//! Every command's help shows an example, and `--exit-codes` prints the
//! contract's table.

use carnet::cli::docs;
use carnet::error::exit;

fn carnet() -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("carnet").unwrap();
    c.env_clear().env("NO_COLOR", "1");
    c
}

#[test]
fn every_command_and_subcommand_has_an_example_in_its_help() {
    let cmds = docs::commands();
    assert!(cmds.len() > 20, "walked only {} commands", cmds.len());
    let missing: Vec<String> = cmds
        .iter()
        .filter(|c| {
            !c.get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default()
                .contains("Example")
        })
        .map(|c| c.get_bin_name().unwrap_or(c.get_name()).to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "these commands have no `after_help = \"Example:\\n  …\"` in src/cli/args.rs: {missing:?}"
    );
}

#[test]
fn help_output_of_every_command_shows_its_example() {
    for cmd in docs::commands() {
        let bin = cmd.get_bin_name().unwrap_or("carnet").to_string();
        let mut args: Vec<&str> = bin.split(' ').skip(1).collect();
        args.push("--help");
        let out = carnet().args(&args).output().unwrap();
        assert!(out.status.success(), "{bin} --help failed");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("Example"),
            "{bin} --help has no example:\n{text}"
        );
        assert!(
            !text.contains('\x1b'),
            "{bin} --help is coloured under NO_COLOR"
        );
    }
}

#[test]
fn exit_codes_prints_the_table() {
    let out = carnet().arg("--exit-codes").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), exit::TABLE.len(), "{text}");
    for (line, (code, meaning)) in lines.iter().zip(exit::TABLE) {
        assert_eq!(*line, format!("{code}  {meaning}"));
    }
    let codes: Vec<i32> = exit::TABLE.iter().map(|(c, _)| *c).collect();
    assert_eq!(codes, (0..=8).collect::<Vec<_>>());
    assert!(text.contains("7  vault busy"), "{text}");
    assert!(text.contains("3  cannot unlock"), "{text}");
}

#[test]
fn exit_codes_as_json() {
    let out = carnet().args(["--exit-codes", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let arr = v.as_array().unwrap();
    assert_eq!(arr.len(), exit::TABLE.len());
    for (item, (code, meaning)) in arr.iter().zip(exit::TABLE) {
        assert_eq!(item["code"], *code);
        assert_eq!(item["meaning"], *meaning);
    }
}

#[test]
fn completions_for_an_unknown_shell_is_a_usage_error() {
    let out = carnet().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(exit::USAGE));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("possible values"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn usage_errors_have_a_hint_and_the_json_shape() {
    let out = carnet().args(["list", "--limit", "abc"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("error: invalid value 'abc'"), "{err}");
    assert!(err.contains("\nhint: "), "{err}");
    let out = carnet().args(["lst"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("hint: a similar subcommand exists: 'list'"),
        "{err}"
    );

    for args in [
        &["--json", "list", "--masked", "--unmasked"][..],
        &["--json", "journal", "--format", "xml"],
        &["--json", "get"],
        &["--json", "bogus"],
    ] {
        let out = carnet().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let v: serde_json::Value = serde_json::from_slice(&out.stderr)
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {}", String::from_utf8_lossy(&out.stderr)));
        assert_eq!(v["error"]["kind"], "invalid_input", "{args:?}");
        assert!(!v["error"]["message"].as_str().unwrap().is_empty());
        assert!(!v["error"]["hint"].as_str().unwrap().is_empty());
    }
}

/// `carnet … | head -1`: a reader that goes away is not a crash.
#[test]
fn a_closed_stdout_is_not_a_panic() {
    for args in [&["--exit-codes"][..], &["--help"]] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_carnet"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // closed before carnet writes
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}

#[test]
fn no_command_is_a_usage_error() {
    // Alone: the help, on stderr, exit 2 (stdout stays empty for scripts).
    let out = carnet().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("Usage: carnet"));
    for args in [&["--json"][..], &["--json", "key"]] {
        let out = carnet().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
        assert_eq!(v["error"]["message"], "no command given", "{args:?}");
    }
}

/// An empty CARNET_NO_INPUT is accepted (clap's falsey parser: empty, 0,
/// false, no, off mean unset), not a usage error.
#[test]
fn empty_no_input_variable_is_accepted() {
    let out = carnet()
        .env("CARNET_NO_INPUT", "")
        .arg("--exit-codes")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}

/// Output that cannot be written (a full disk) is an error, exit 1: above
/// all a new secret key must not be lost silently.
#[test]
fn a_full_stdout_is_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipping: no /dev/full");
        return;
    };
    for args in [
        &["keygen"][..],
        &["--json", "--exit-codes"],
        &["--exit-codes"],
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_carnet"))
            .args(args)
            .env_clear()
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("No space left"),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
