//! Generated documentation: shell completions (clap_complete) and man pages
//! (clap_mangen), both derived mechanically from the clap definition in
//! `cli::args`, so a new command or flag reaches them by regenerating:
//!
//! ```text
//! cargo run --example gen-docs            # rewrite completions/ and man/
//! cargo run --example gen-docs -- --check # exit 1 if they are stale
//! ```
//!
//! The files are committed (as zoxide does) so packagers and users need no
//! Rust toolchain; `tests/generated_files.rs` fails when they are stale.
//!
//! Man pages: `carnet.1` plus one page per subcommand at every depth
//! (`carnet-add.1`, `carnet-key-add.1`), named by clap's display name. The
//! sections clap_mangen renders (NAME, SYNOPSIS, DESCRIPTION, OPTIONS,
//! SUBCOMMANDS) are followed by ours: EXIT STATUS, ENVIRONMENT and FILES on
//! `carnet.1`, then EXAMPLES (from each command's `after_help`), NOTES and
//! SEE ALSO. Pages carry no date, so regenerating is reproducible.

use std::io;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use clap_mangen::roff::{bold, italic, roman, Roff};

use crate::cli::Cli;
use crate::error::exit;

/// The command that rewrites the generated files.
pub const REGENERATE: &str = "cargo run --example gen-docs";

/// Directories (relative to the crate root) that hold only generated files.
pub const COMPLETIONS_DIR: &str = "completions";
pub const MAN_DIR: &str = "man";
/// French man pages, from the command tree in French (`crate::cli::help_fr`).
pub const MAN_FR_DIR: &str = "man/fr";

/// Every shell `carnet completions` supports, in a fixed order.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::Elvish,
    Shell::PowerShell,
];

/// Environment variables read by carnet that are not a flag's `env` (those
/// are listed from the clap definition itself). Kept in step with the code
/// by `tests/generated_files.rs`, which looks for `CARNET_*` names in `src/`.
pub const EXTRA_ENVIRONMENT: &[(&str, &str)] = &[
    (
        "CARNET_LOCK_TIMEOUT",
        "Seconds to wait for another carnet process to release the vault's write lock \
(default 10; 0 to 86400, fractions allowed) before giving up with exit 7. Any other value is \
exit 2, before the command does anything.",
    ),
    (
        "CARNET_LANG",
        "Language of messages, help and prompts: fr or en. Unset, LC_ALL, LC_MESSAGES then LANG \
decide (fr… is French), else English. JSON output is the same in every language.",
    ),
    (
        "CARNET_DATA_DIR",
        "Replaces $XDG_DATA_HOME/carnet: profiles live under CARNET_DATA_DIR/profiles/NAME.",
    ),
    (
        "CARNET_STATE_DIR",
        "Replaces $XDG_STATE_HOME/carnet: where carnet remembers the last journal head it saw \
of each vault (heads/), to detect a restored or forked copy.",
    ),
    (
        "CARNET_PAGER",
        "The pager for long listings (list, show, journal, access, grants, medical show and \
history) on a terminal, before PAGER; default less -FRX. Empty or cat: no pager (as --no-pager).",
    ),
    ("PAGER", "The pager when CARNET_PAGER is not set."),
    (
        "TZ",
        "The time zone human output is shown in (e.g. Europe/Paris), with the UTC offset; \
default the system's (/etc/localtime). JSON is always UTC.",
    ),
    (
        "CARNET_NO_AGENT",
        "When 1, commands do not use an unlock agent (`carnet agent start`) even for a vault it \
holds: they ask for the usual unlock method.",
    ),
    (
        "XDG_RUNTIME_DIR",
        "Where unlock agents listen (carnet/agent/ under it); without it, agent/ in the state \
directory.",
    ),
    (
        "NO_COLOR",
        "When set and not empty, no colour unless --color always is given (https://no-color.org).",
    ),
    (
        "XDG_DATA_HOME",
        "Base of the data directory (default ~/.local/share); profiles live under \
$XDG_DATA_HOME/carnet/profiles/.",
    ),
    (
        "XDG_STATE_HOME",
        "Base of the state directory (default ~/.local/state); journal heads are kept under \
$XDG_STATE_HOME/carnet/heads/.",
    ),
];

/// The FILES section of `carnet.1`: (path, description).
pub const FILES: &[(&str, &str)] = &[
    (
        "VAULT/vault.json",
        "Public description of the vault: format, version, vault id. Not secret.",
    ),
    (
        "VAULT/keys/",
        "One small age file per unlock method (passphrase, each recipient), each wrapping the \
vault key.",
    ),
    (
        "VAULT/blobs/",
        "One age file per document, named by a keyed hash of its content (so the same content \
is stored once).",
    ),
    (
        "VAULT/index.age",
        "The sealed index: document metadata, professionals, grants, settings and the access \
journal; encrypted and authenticated with keys derived from the vault secret.",
    ),
    ("VAULT/recipient", "The vault's public age recipient."),
    (
        "VAULT/lock",
        "The write lock (flock) held by a command that changes the vault.",
    ),
    (
        "VAULT/tmp/",
        "Encrypted temporary files of writes in progress, and markers naming the temp files that \
export -o and get -o write beside their output; leftovers of an interrupted write, in the vault \
or beside an output, are reported by carnet check and removed by carnet check --repair or the \
next write.",
    ),
    (
        "VAULT/generation",
        "Present after a rekey: names the gen-N directory that holds keys/, blobs/ and \
index.age, switched by one atomic rename.",
    ),
    (
        "VAULT/profile.json",
        "In a child's profile only: names the guardian's own vault (whatever unlocks it opens the \
child's) and, after carnet profile handover, when it was handed over. Public; grants nothing.",
    ),
    (
        "$XDG_DATA_HOME/carnet/profiles/NAME",
        "The vault of profile NAME (--profile, CARNET_PROFILE; default profile: default).",
    ),
    (
        "$XDG_STATE_HOME/carnet/heads/",
        "The last journal head carnet saw for each vault, and the last one you reviewed with \
carnet journal; kept outside the vault so a restored older copy is detected (exit 6).",
    ),
];

/// One generated file: a path relative to the crate root, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: Vec<u8>,
}

/// How a committed file differs from what the generator makes now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stale {
    /// Generated but not on disk.
    Missing(PathBuf),
    /// On disk with other contents.
    Differs(PathBuf),
    /// On disk in a generated directory, but no longer generated.
    Extra(PathBuf),
}

impl std::fmt::Display for Stale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Stale::Missing(p) => write!(f, "missing: {}", p.display()),
            Stale::Differs(p) => write!(f, "out of date: {}", p.display()),
            Stale::Extra(p) => write!(f, "no longer generated: {}", p.display()),
        }
    }
}

/// What [`write`] did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct WriteReport {
    pub written: Vec<PathBuf>,
    pub unchanged: Vec<PathBuf>,
    pub removed: Vec<PathBuf>,
}

/// The whole command tree, root first then depth first, with clap's
/// implicit `help` subcommands left out and display names
/// (`carnet-key-add`) and bin names (`carnet key add`) filled in.
pub fn commands() -> Vec<clap::Command> {
    let mut root = Cli::command().disable_help_subcommand(true);
    root.build();
    walk_tree(root)
}

/// [`commands`] with every help text in French.
pub fn commands_fr() -> Vec<clap::Command> {
    walk_tree(crate::cli::help_fr::to_french(
        Cli::command().disable_help_subcommand(true),
    ))
}

fn walk_tree(root: clap::Command) -> Vec<clap::Command> {
    let mut out = Vec::new();
    fn walk(cmd: &clap::Command, out: &mut Vec<clap::Command>) {
        out.push(cmd.clone());
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
            walk(sub, out);
        }
    }
    walk(&root, &mut out);
    out
}

/// The completion script for one shell, as `carnet completions SHELL` prints it.
pub fn completion(shell: Shell) -> Vec<u8> {
    let mut cmd = Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "carnet", &mut buf);
    if shell == Shell::Fish {
        buf.extend_from_slice(fish_positional_values(&cmd).as_bytes());
    }
    buf
}

/// clap_complete's fish script completes the values of options only, not
/// of positional arguments (clap-rs/clap#6295), so `carnet completions
/// <TAB>` offered files. This adds the missing lines, from the same clap
/// definitions, for commands one or two levels deep.
fn fish_positional_values(root: &clap::Command) -> String {
    let mut out = String::new();
    let mut add = |cmd: &clap::Command, condition: String| {
        for arg in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
            let values: Vec<String> = arg
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| {
                    let help = v.get_help().map(|h| h.to_string()).unwrap_or_default();
                    format!("{}\\t'{}'", v.get_name(), help.replace('\'', "\\'"))
                })
                .collect();
            if !values.is_empty() {
                out.push_str(&format!(
                    "complete -c carnet -n \"{condition}\" -f -a \"{}\"\n",
                    values.join("\n")
                ));
            }
        }
    };
    for cmd in root.get_subcommands() {
        let name = cmd.get_name();
        add(cmd, format!("__fish_carnet_using_subcommand {name}"));
        for sub in cmd.get_subcommands() {
            add(
                sub,
                format!(
                    "__fish_carnet_using_subcommand {name}; and __fish_seen_subcommand_from {}",
                    sub.get_name()
                ),
            );
        }
    }
    if !out.is_empty() {
        out.insert_str(
            0,
            "\n# Values of positional arguments (added by carnet: clap-rs/clap#6295).\n",
        );
    }
    out
}

/// Every generated file, in a fixed order.
pub fn generate() -> io::Result<Vec<GeneratedFile>> {
    let mut files = Vec::new();
    for shell in SHELLS {
        files.push(GeneratedFile {
            path: Path::new(COMPLETIONS_DIR)
                .join(clap_complete::Generator::file_name(&shell, "carnet")),
            contents: completion(shell),
        });
    }
    for cmd in commands() {
        let name = page_name(&cmd);
        files.push(GeneratedFile {
            path: Path::new(MAN_DIR).join(format!("{name}.1")),
            contents: man_page(&cmd, false)?,
        });
    }
    for cmd in commands_fr() {
        let name = page_name(&cmd);
        files.push(GeneratedFile {
            path: Path::new(MAN_FR_DIR).join(format!("{name}.1")),
            contents: french_man_page(man_page(&cmd, true)?),
        });
    }
    Ok(files)
}

/// Writes the generated files under `root` (the crate root), leaving
/// unchanged ones alone and removing files of the generated directories
/// that are no longer generated (a command was renamed or removed).
pub fn write(root: &Path) -> io::Result<WriteReport> {
    let files = generate()?;
    let mut report = WriteReport::default();
    for f in &files {
        let dest = root.join(&f.path);
        if std::fs::read(&dest).ok().as_deref() == Some(&f.contents[..]) {
            report.unchanged.push(f.path.clone());
            continue;
        }
        if let Some(dir) = dest.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&dest, &f.contents)?;
        report.written.push(f.path.clone());
    }
    for extra in extra_files(root, &files)? {
        std::fs::remove_file(root.join(&extra))?;
        report.removed.push(extra);
    }
    Ok(report)
}

/// Compares the files under `root` with what [`generate`] makes now;
/// empty when everything is fresh.
pub fn diff(root: &Path) -> io::Result<Vec<Stale>> {
    let files = generate()?;
    let mut out = Vec::new();
    for f in &files {
        match std::fs::read(root.join(&f.path)) {
            Ok(bytes) if bytes == f.contents => {}
            Ok(_) => out.push(Stale::Differs(f.path.clone())),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                out.push(Stale::Missing(f.path.clone()))
            }
            Err(e) => return Err(e),
        }
    }
    out.extend(extra_files(root, &files)?.into_iter().map(Stale::Extra));
    Ok(out)
}

/// Files in the generated directories that the generator does not make.
fn extra_files(root: &Path, files: &[GeneratedFile]) -> io::Result<Vec<PathBuf>> {
    let mut extra = Vec::new();
    for dir in [COMPLETIONS_DIR, MAN_DIR, MAN_FR_DIR] {
        let rd = match std::fs::read_dir(root.join(dir)) {
            Ok(rd) => rd,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        let mut names: Vec<PathBuf> = Vec::new();
        for entry in rd {
            let entry = entry?;
            if entry.file_type()?.is_file() {
                names.push(Path::new(dir).join(entry.file_name()));
            }
        }
        names.sort();
        extra.extend(
            names
                .into_iter()
                .filter(|rel| !files.iter().any(|f| &f.path == rel)),
        );
    }
    Ok(extra)
}

/// `carnet`, `carnet-add`, `carnet-key-add`.
pub fn page_name(cmd: &clap::Command) -> String {
    cmd.get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string()
}

/// Splits an `after_help` text into the lines of its example paragraphs
/// (`Example:`/`Examples:` header dropped) and its other paragraphs.
/// Example lines keep their indentation: indented lines are commands.
pub fn split_after_help(text: &str) -> (Vec<String>, Vec<String>) {
    let mut examples = Vec::new();
    let mut notes = Vec::new();
    for para in text.split("\n\n") {
        let mut lines = para.lines();
        match lines.next() {
            Some(first) if first.trim_start().starts_with("Example") => {
                examples.extend(lines.map(str::to_string));
            }
            Some(_) => notes.push(para.lines().collect::<Vec<_>>().join(" ")),
            None => {}
        }
    }
    (examples, notes)
}

/// The environment variables named by the clap definition (flag `env`),
/// with the help of their flag, in definition order.
pub fn flag_environment() -> Vec<(String, String, String)> {
    flag_environment_keyed()
        .into_iter()
        .map(|(env, flag, help, _)| (env, flag, help))
        .collect()
}

/// [`flag_environment`], each with the catalogue id of its flag's French
/// help (`arg-PATH--ID`, see `crate::cli::help_fr`).
fn flag_environment_keyed() -> Vec<(String, String, String, String)> {
    let mut out: Vec<(String, String, String, String)> = Vec::new();
    for cmd in commands() {
        let name = page_name(&cmd);
        let path = name.strip_prefix("carnet-").unwrap_or(&name).to_string();
        for arg in cmd.get_arguments() {
            let Some(env) = arg.get_env() else { continue };
            let env = env.to_string_lossy().into_owned();
            if out.iter().any(|(e, _, _, _)| *e == env) {
                continue;
            }
            let flag = arg
                .get_long()
                .map(|l| format!("--{l}"))
                .unwrap_or_else(|| arg.get_id().to_string());
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            let id = arg.get_id().as_str();
            let key = if arg.is_global_set() {
                crate::cli::help_fr::arg_id("carnet", id)
            } else {
                crate::cli::help_fr::arg_id(&path, id)
            };
            out.push((env, flag, help, key));
        }
    }
    out
}

/// A text of carnet's own man-page sections: `english`, or in French the
/// help catalogue's `id` (`french_man_sections_are_complete` checks that
/// every id has its French, so the fallback is never taken).
fn text(fr: bool, id: &str, english: &str) -> String {
    if fr {
        crate::cli::help_fr::french(id, None).unwrap_or_else(|| english.to_string())
    } else {
        english.to_string()
    }
}

/// The catalogue id of a FILES entry: its path with `/`, `.` and `$` made
/// dashes (`VAULT/vault.json` -> `man-file-VAULT-vault-json`).
fn file_id(path: &str) -> String {
    let p: String = path
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("man-file-{}", p.trim_matches('-'))
}

/// Every id the French sections of `carnet.1` read from the help catalogue.
pub fn man_text_ids() -> Vec<String> {
    let mut ids = vec![
        "man-exit-intro".to_string(),
        "man-exit-errors".to_string(),
        "man-env-flag".to_string(),
        "man-files-intro".to_string(),
        "man-see-also".to_string(),
    ];
    ids.extend(
        exit::TABLE
            .iter()
            .map(|(code, _)| format!("man-exit-{code}")),
    );
    ids.extend(
        EXTRA_ENVIRONMENT
            .iter()
            .map(|(env, _)| format!("man-env-{env}")),
    );
    ids.extend(FILES.iter().map(|(path, _)| file_id(path)));
    ids
}

fn man_page(cmd: &clap::Command, fr: bool) -> io::Result<Vec<u8>> {
    let is_root = page_name(cmd) == "carnet";
    // clap_mangen renders after_help as a section named EXTRA and the version
    // after it; we render both ourselves, in the usual man-page order.
    let base = cmd.clone().after_help(None).after_long_help(None);
    // An empty date must still be an argument of .TH, or the source and
    // manual shift into its place: `""` is roff's empty argument.
    let man = clap_mangen::Man::new(base)
        .date("\"\"")
        .source(format!("carnet {}", env!("CARGO_PKG_VERSION")))
        .manual("carnet manual");
    let mut buf = Vec::new();
    man.render(&mut buf)?;

    let mut roff = Roff::default();
    if is_root {
        exit_status_section(&mut roff, fr);
        environment_section(&mut roff, fr);
        files_section(&mut roff, fr);
    }
    let after = cmd
        .get_after_long_help()
        .or_else(|| cmd.get_after_help())
        .map(|s| s.to_string())
        .unwrap_or_default();
    let (examples, notes) = split_after_help(&after);
    if !examples.is_empty() {
        roff.control("SH", ["EXAMPLES"]);
        let mut in_code = false;
        for line in &examples {
            let code = line.starts_with(char::is_whitespace);
            if code && !in_code {
                roff.control("PP", [])
                    .control("nf", [])
                    .control("RS", ["4"]);
            } else if !code && in_code {
                roff.control("RE", []).control("fi", []);
            }
            if code {
                roff.text([roman(line.trim())]);
            } else {
                roff.control("PP", []).text([roman(line.trim())]);
            }
            in_code = code;
        }
        if in_code {
            roff.control("RE", []).control("fi", []);
        }
    }
    if !notes.is_empty() {
        roff.control("SH", ["NOTES"]);
        for n in &notes {
            roff.control("PP", []).text([roman(n.as_str())]);
        }
    }
    see_also_section(&mut roff, cmd, is_root, fr);
    buf.extend_from_slice(roff.to_roff().as_bytes());
    Ok(buf)
}

/// A man page of the French tree with its section headings and header in
/// French (clap_mangen writes them in English only).
fn french_man_page(page: Vec<u8>) -> Vec<u8> {
    const HEADINGS: &[(&str, &str)] = &[
        (".SH NAME", ".SH NOM"),
        (".SH SUBCOMMANDS", ".SH SOUS-COMMANDES"),
        (".SH EXAMPLES", ".SH EXEMPLES"),
        (".SH \"SEE ALSO\"", ".SH \"VOIR AUSSI\""),
        (".SH \"EXIT STATUS\"", ".SH \"CODES DE SORTIE\""),
        (".SH ENVIRONMENT", ".SH ENVIRONNEMENT"),
        (".SH FILES", ".SH FICHIERS"),
        (".SH VERSION", ".SH VERSION"),
    ];
    let text = String::from_utf8_lossy(&page);
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = HEADINGS
            .iter()
            .find(|(en, _)| line == *en)
            .map_or(line.to_string(), |(_, fr)| fr.to_string());
        let line = if line.starts_with(".TH ") {
            line.replace("\"carnet manual\"", "\"manuel de carnet\"")
        } else {
            line
        };
        out.push_str(&line);
        out.push('\n');
    }
    out.into_bytes()
}

fn exit_status_section(roff: &mut Roff, fr: bool) {
    roff.control("SH", ["EXIT STATUS"]);
    roff.text([roman(text(
        fr,
        "man-exit-intro",
        "carnet exits with one of these codes (carnet --exit-codes prints this table):",
    ))]);
    for (code, meaning) in exit::TABLE {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(text(fr, &format!("man-exit-{code}"), meaning))]);
    }
    roff.control("PP", []);
    roff.text([roman(text(
        fr,
        "man-exit-errors",
        "Errors go to stderr as an error: line and a hint: line; under --json, as one JSON \
object {\"error\":{\"kind\",\"message\",\"hint\"}}.",
    ))]);
}

fn environment_section(roff: &mut Roff, fr: bool) {
    roff.control("SH", ["ENVIRONMENT"]);
    for (env, flag, help, key) in flag_environment_keyed() {
        roff.control("TP", []);
        roff.text([bold(env)]);
        let help = text(fr, &key, &help);
        let help = help.trim_end_matches('.');
        let line = if fr {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("help", help.to_string());
            args.set("flag", flag.clone());
            crate::i18n::format_in(crate::i18n::help_catalogue(), "man-env-flag", Some(&args))
        } else {
            None
        };
        roff.text([roman(line.unwrap_or_else(|| {
            format!("{help}. Same as {flag}; the flag wins.")
        }))]);
    }
    for (env, help) in EXTRA_ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(*env)]);
        roff.text([roman(text(fr, &format!("man-env-{env}"), help))]);
    }
}

fn files_section(roff: &mut Roff, fr: bool) {
    roff.control("SH", ["FILES"]);
    let intro = text(
        fr,
        "man-files-intro",
        "VAULT is the vault directory: --vault, else the profile's directory.",
    );
    // --vault stands in bold, in either language.
    match intro.split_once("--vault") {
        Some((before, after)) => roff.text([roman(before), bold("--vault"), roman(after)]),
        None => roff.text([roman(intro.as_str())]),
    };
    for (path, what) in FILES {
        roff.control("TP", []);
        roff.text([italic(*path)]);
        roff.text([roman(text(fr, &file_id(path), what))]);
    }
}

fn see_also_section(roff: &mut Roff, cmd: &clap::Command, is_root: bool, fr: bool) {
    let mut refs: Vec<String> = Vec::new();
    if is_root {
        refs.push("age(1)".into());
        refs.push("age-keygen(1)".into());
    } else {
        // carnet-key-add -> carnet-key, carnet
        let name = page_name(cmd);
        let mut parts: Vec<&str> = name.split('-').collect();
        // Subcommand names may themselves hold dashes; only the prefixes
        // that are real pages are named, found from the tree.
        let pages: Vec<String> = commands().iter().map(page_name).collect();
        while parts.len() > 1 {
            parts.pop();
            let parent = parts.join("-");
            if pages.contains(&parent) {
                refs.push(format!("{parent}(1)"));
            }
        }
    }
    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman(refs.join(", "))]);
    roff.control("PP", []);
    roff.text([roman(text(
        fr,
        "man-see-also",
        "docs/shell.md (completions, man pages, scripting) in carnet's source.",
    ))]);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn after_help_split_examples_and_notes() {
        let (ex, notes) = split_after_help(
            "Examples:\n  carnet a\n  carnet b\nA remark.\n\nExit codes: 0 ok.\nDocs: x.",
        );
        assert_eq!(ex, vec!["  carnet a", "  carnet b", "A remark."]);
        assert_eq!(notes, vec!["Exit codes: 0 ok. Docs: x."]);
    }

    #[test]
    fn tree_has_nested_pages_and_no_help_subcommand() {
        let names: Vec<String> = commands().iter().map(page_name).collect();
        assert_eq!(names[0], "carnet");
        assert!(names.contains(&"carnet-key-add".to_string()), "{names:?}");
        assert!(names.contains(&"carnet-journal-verify".to_string()));
        assert!(!names.iter().any(|n| n.ends_with("-help")), "{names:?}");
    }

    /// The sections of `carnet.1` that carnet writes itself (exit codes,
    /// environment, files) are French in `man/fr/carnet.1`: every id they
    /// read has its French, and every `man-` entry of the catalogue is read.
    #[test]
    fn french_man_sections_are_complete() {
        let ids = man_text_ids();
        let missing: Vec<&String> = ids
            .iter()
            .filter(|id| crate::cli::help_fr::french(id, None).is_none())
            .collect();
        assert!(missing.is_empty(), "no French for {missing:?}");
        let unused: Vec<String> = crate::i18n::ids(crate::i18n::HELP_FR_FTL)
            .into_iter()
            .filter(|id| id.starts_with("man-") && !ids.contains(id))
            .collect();
        assert!(unused.is_empty(), "man- entries nothing reads: {unused:?}");
        let root = commands_fr().into_iter().next().unwrap();
        let page = String::from_utf8(french_man_page(man_page(&root, true).unwrap())).unwrap();
        let english = String::from_utf8(man_page(&commands()[0], false).unwrap()).unwrap();
        for fr in [
            ".SH \"CODES DE SORTIE\"",
            "introuvable",
            "emporte",
            "Dossier du carnet",
            "sinon le dossier du profil",
            "\\fB\\-\\-vault\\fR",
        ] {
            assert!(page.contains(fr), "{fr:?} not in:\n{page}");
        }
        for en in [
            "not found",
            "the flag wins",
            "Vault directory",
            "completions, man pages, scripting",
        ] {
            assert!(english.contains(en), "{en:?} not in English carnet.1");
            assert!(!page.contains(en), "{en:?} in French carnet.1");
        }
    }

    #[test]
    fn flag_environment_lists_the_global_env_flags() {
        let envs: Vec<String> = flag_environment().into_iter().map(|e| e.0).collect();
        for e in [
            "CARNET_VAULT",
            "CARNET_PROFILE",
            "CARNET_IDENTITY",
            "CARNET_PASSPHRASE_FILE",
            "CARNET_NO_INPUT",
        ] {
            assert!(envs.contains(&e.to_string()), "{e} missing from {envs:?}");
        }
    }
}
