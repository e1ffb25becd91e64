//! The committed completions (`completions/`) and man pages (`man/`) are
//! exactly what the generator makes from the clap definition today.
//! When this fails, run `cargo run --example gen-docs` and commit.

use std::path::Path;

use carnet::cli::docs::{self, Stale};
use carnet::error::exit;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_completions_and_man_pages_are_fresh() {
    let stale = docs::diff(root()).expect("reading completions/ and man/");
    assert!(
        stale.is_empty(),
        "generated files are stale:\n  {}\nregenerate them with `{}` and commit the result",
        stale
            .iter()
            .map(Stale::to_string)
            .collect::<Vec<_>>()
            .join("\n  "),
        docs::REGENERATE
    );
}

#[test]
fn generation_is_reproducible() {
    assert_eq!(docs::generate().unwrap(), docs::generate().unwrap());
}

#[test]
fn diff_reports_missing_changed_and_extra_files() {
    let dir = tempfile::tempdir().unwrap();
    let report = docs::write(dir.path()).unwrap();
    assert!(report.removed.is_empty() && report.unchanged.is_empty());
    assert_eq!(report.written.len(), docs::generate().unwrap().len());
    assert!(docs::diff(dir.path()).unwrap().is_empty());

    std::fs::remove_file(dir.path().join("man/carnet-add.1")).unwrap();
    std::fs::write(dir.path().join("completions/carnet.bash"), "old").unwrap();
    std::fs::write(dir.path().join("man/carnet-gone.1"), "old").unwrap();
    let stale = docs::diff(dir.path()).unwrap();
    assert_eq!(
        stale,
        vec![
            Stale::Differs("completions/carnet.bash".into()),
            Stale::Missing("man/carnet-add.1".into()),
            Stale::Extra("man/carnet-gone.1".into()),
        ]
    );

    let report = docs::write(dir.path()).unwrap();
    assert_eq!(report.removed, vec![Path::new("man/carnet-gone.1")]);
    assert_eq!(report.written.len(), 2);
    assert!(docs::diff(dir.path()).unwrap().is_empty());
}

#[test]
fn completions_command_prints_the_committed_scripts() {
    for shell in docs::SHELLS {
        let out = assert_cmd::Command::cargo_bin("carnet")
            .unwrap()
            .env_clear()
            .args(["completions", &shell.to_string()])
            .output()
            .unwrap();
        assert!(out.status.success(), "completions {shell} failed");
        assert!(out.stderr.is_empty(), "completions {shell} wrote to stderr");
        let file = root()
            .join(docs::COMPLETIONS_DIR)
            .join(clap_complete::Generator::file_name(&shell, "carnet"));
        let committed = std::fs::read(&file)
            .unwrap_or_else(|e| panic!("{}: {e}; run `{}`", file.display(), docs::REGENERATE));
        assert!(
            out.stdout == committed,
            "{} differs from `carnet completions {shell}`; run `{}`",
            file.display(),
            docs::REGENERATE
        );
    }
}

/// Sources the bash script and asks it to complete `carnet WORDS… ""`.
fn bash_complete(words: &[&str]) -> Option<Vec<String>> {
    let script = root().join("completions/carnet.bash");
    let mut line = vec!["carnet".to_string()];
    line.extend(words.iter().map(|w| w.to_string()));
    line.push(String::new());
    let quoted: Vec<String> = line.iter().map(|w| format!("'{w}'")).collect();
    let prog = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; COMP_LINE='{}'; COMP_POINT=${{#COMP_LINE}}; \
         _carnet carnet '' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        line.len() - 1,
        line.join(" "),
        line[line.len() - 2],
    );
    shell_lines("bash", &["--norc", "-c", &prog])
}

/// Runs `shell ARGS…`, which must succeed, and gives its stdout's lines;
/// `None` when the shell is not installed.
fn shell_lines(shell: &str, args: &[&str]) -> Option<Vec<String>> {
    let out = std::process::Command::new(shell).args(args).output().ok()?;
    assert!(
        out.status.success(),
        "{shell}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

/// Asks fish to complete `carnet WORDS… ` with the committed script.
fn fish_complete(words: &[&str]) -> Option<Vec<String>> {
    let script = root().join("completions/carnet.fish");
    let mut line = vec!["carnet"];
    line.extend_from_slice(words);
    let prog = format!(
        "source '{}'; complete -C '{} '",
        script.display(),
        line.join(" ")
    );
    // Each candidate is `VALUE<TAB>DESCRIPTION`.
    let lines = shell_lines("fish", &["--no-config", "-c", &prog])?;
    Some(
        lines
            .iter()
            .map(|l| l.split('\t').next().unwrap_or("").to_string())
            .collect(),
    )
}

/// Checks that `carnet PATH… <TAB>` offers every subcommand of PATH, at
/// every level, and the shell names after `completions`.
fn offers_every_subcommand(shell: &str, complete: fn(&[&str]) -> Option<Vec<String>>) {
    for cmd in docs::commands() {
        let children: Vec<&str> = cmd.get_subcommands().map(|c| c.get_name()).collect();
        if children.is_empty() {
            continue;
        }
        let path: Vec<&str> = cmd
            .get_bin_name()
            .unwrap_or("carnet")
            .split(' ')
            .skip(1)
            .collect();
        let Some(offered) = complete(&path) else {
            // .ci/run installs every shell tested here.
            eprintln!("skipping: {shell} is not available");
            return;
        };
        for child in children {
            assert!(
                offered.iter().any(|o| o == child),
                "{shell}: `carnet {} <TAB>` does not offer {child}: {offered:?}",
                path.join(" ")
            );
        }
    }
    let shells = complete(&["completions"]).unwrap();
    for s in ["bash", "zsh", "fish", "elvish", "powershell"] {
        assert!(shells.iter().any(|o| o == s), "{shell}: {shells:?}");
    }
}

#[test]
fn bash_completion_offers_every_subcommand_at_every_level() {
    offers_every_subcommand("bash", bash_complete);
}

#[test]
fn fish_completion_offers_every_subcommand_at_every_level() {
    offers_every_subcommand("fish", fish_complete);
}

/// zsh: the script loads under compinit and registers itself for `carnet`
/// (zsh offers no non-interactive way to ask for completions).
#[test]
fn zsh_completion_registers_for_carnet() {
    let script = root().join("completions/_carnet");
    let prog = format!(
        "autoload -Uz compinit && compinit -u -D && source '{}' && print -r -- ${{_comps[carnet]}}",
        script.display()
    );
    let Some(lines) = shell_lines("zsh", &["-f", "-c", &prog]) else {
        eprintln!("skipping: zsh is not available");
        return;
    };
    assert_eq!(lines, ["_carnet"]);
}

#[test]
fn there_is_a_man_page_per_command_and_nested_subcommand() {
    let names: Vec<String> = docs::commands().iter().map(docs::page_name).collect();
    for expected in [
        "carnet",
        "carnet-add",
        "carnet-key-add",
        "carnet-journal-verify",
        "carnet-settings-set",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "no {expected} in {names:?}"
        );
    }
    for name in &names {
        let page = root().join("man").join(format!("{name}.1"));
        let text = std::fs::read_to_string(&page)
            .unwrap_or_else(|e| panic!("{}: {e}; run `{}`", page.display(), docs::REGENERATE));
        assert!(
            text.contains(&format!(".TH {name} 1 ")),
            "{name}: bad title line"
        );
        assert!(text.contains(".SH EXAMPLES"), "{name}: no EXAMPLES section");
        assert!(text.contains(".SH SYNOPSIS"), "{name}: no SYNOPSIS section");
    }
}

fn carnet_1() -> String {
    let files = docs::generate().unwrap();
    let page = files
        .iter()
        .find(|f| f.path == Path::new("man/carnet.1"))
        .unwrap();
    String::from_utf8(page.contents.clone()).unwrap()
}

/// roff escapes `-` as `\-`; undo it to compare with plain text.
fn unroff(s: &str) -> String {
    s.replace("\\-", "-")
        .replace("\\(aq", "'")
        .replace("\\*(Aq", "'")
}

#[test]
fn carnet_1_has_exit_status_from_the_exit_table() {
    let page = unroff(&carnet_1());
    let section = page
        .split(".SH \"EXIT STATUS\"")
        .nth(1)
        .expect("EXIT STATUS section");
    let section = section.split("\n.SH ").next().unwrap();
    assert_eq!(exit::TABLE.len(), 9);
    for (code, meaning) in exit::TABLE {
        assert!(
            section.contains(&format!(".TP\n\\fB{code}\\fR\n{meaning}\n")),
            "exit {code} missing:\n{section}"
        );
    }
}

#[test]
fn carnet_1_has_environment_and_files() {
    let page = unroff(&carnet_1());
    let env = page
        .split(".SH ENVIRONMENT")
        .nth(1)
        .expect("ENVIRONMENT section");
    let env = env.split("\n.SH ").next().unwrap();
    for var in [
        "CARNET_VAULT",
        "CARNET_PROFILE",
        "CARNET_IDENTITY",
        "CARNET_PASSPHRASE_FILE",
        "CARNET_NO_INPUT",
        "CARNET_LOCK_TIMEOUT",
        "CARNET_STATE_DIR",
        "CARNET_DATA_DIR",
        "NO_COLOR",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
    ] {
        assert!(
            env.contains(&format!("\\fB{var}\\fR")),
            "ENVIRONMENT lacks {var}:\n{env}"
        );
    }
    let files = page.split(".SH FILES").nth(1).expect("FILES section");
    let files = files.split("\n.SH ").next().unwrap();
    for path in [
        "VAULT/vault.json",
        "VAULT/keys/",
        "VAULT/blobs/",
        "VAULT/index.age",
        "VAULT/lock",
        "$XDG_DATA_HOME/carnet/profiles/NAME",
        "$XDG_STATE_HOME/carnet/heads/",
    ] {
        assert!(
            files.contains(&format!("\\fI{path}\\fR")),
            "FILES lacks {path}:\n{files}"
        );
    }
}

/// Every `CARNET_*` variable the code reads is documented in carnet.1, so a
/// new variable cannot ship undocumented.
#[test]
fn every_carnet_variable_in_the_source_is_documented() {
    fn walk(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("src"), &mut files);
    let page = carnet_1();
    let mut seen = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (i, _) in text.match_indices("\"CARNET_") {
            let name: String = text[i + 1..]
                .chars()
                .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                .collect();
            assert!(
                page.contains(&format!("\\fB{name}\\fR")),
                "{name} (read in {}) is not in the ENVIRONMENT section of carnet.1; \
                 add it to carnet::cli::docs::EXTRA_ENVIRONMENT and run `{}`",
                f.display(),
                docs::REGENERATE
            );
            seen.push(name);
        }
    }
    assert!(
        seen.iter().any(|n| n == "CARNET_LOCK_TIMEOUT"),
        "scan found {seen:?}"
    );
}
