//! `--help` and man pages in French: clap's help strings are English and
//! stay the source of truth; this walks the built command tree and puts in
//! the French of `locales/help-fr.ftl`, found by ids derived from the
//! command path and argument id:
//!
//! ```text
//! cmd-list                 about of `carnet list`   (.long: long_about,
//!                                                    .after: after_help)
//! arg-list--type           help of its --type        (.long: long_help)
//! arg-carnet--vault        a global option (defined once, on the root)
//! ```
//!
//! A text with no French entry keeps its English (the test
//! `french_help_is_complete_for_these_commands` lists the commands whose
//! help must be all French).

use clap::builder::StyledStr;
use clap::Command;

use crate::cli::args::GLOBAL_HEADING;
use crate::i18n::{format_in, help_catalogue};

/// The heading of global options in French.
pub const GLOBAL_HEADING_FR: &str = "Options globales";

/// The id path of a command: its names below the root joined by `-`, or
/// `carnet` for the root itself.
pub fn path_id(names: &[&str]) -> String {
    if names.is_empty() {
        "carnet".to_string()
    } else {
        names.join("-")
    }
}

/// The catalogue id of a command's texts.
pub fn command_id(path: &str) -> String {
    format!("cmd-{path}")
}

/// The catalogue id of an argument's texts; a global argument is keyed on
/// the root, where it is defined.
pub fn arg_id(path: &str, arg: &str) -> String {
    format!("arg-{path}--{arg}")
}

fn lookup(id: &str, attr: Option<&str>) -> Option<String> {
    let b = help_catalogue();
    let msg = b.get_message(id)?;
    let pattern = match attr {
        None => msg.value()?,
        Some(a) => msg.get_attribute(a)?.value(),
    };
    let mut errors = Vec::new();
    Some(b.format_pattern(pattern, None, &mut errors).into_owned())
}

/// The French of a text by id (and attribute), for tests and man pages.
pub fn french(id: &str, attr: Option<&str>) -> Option<String> {
    match attr {
        None => format_in(help_catalogue(), id, None),
        Some(_) => lookup(id, attr),
    }
}

/// `Example:`/`Examples:` headings of an English `after_help`, in French;
/// the commands below them are the same in both languages.
fn french_after_help(text: &str) -> String {
    text.lines()
        .map(|l| match l.trim_end() {
            "Example:" => "Exemple :".to_string(),
            "Examples:" => "Exemples :".to_string(),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What clap writes after an option's help (`[env: …]`, `[default: …]`,
/// `[possible values: …]`, the list of values with their help) in English
/// only: French help hides clap's and writes these instead.
#[derive(Debug, Default)]
struct ValueNotes {
    inline: Vec<String>,
    /// `- name : help` lines, when some value has a help.
    values: Vec<String>,
}

impl ValueNotes {
    fn is_empty(&self) -> bool {
        self.inline.is_empty() && self.values.is_empty()
    }

    /// `-h`: the notes on the help's line, values by name only.
    fn short(&self, help: &str) -> String {
        let mut parts = vec![help.to_string()];
        parts.extend(self.inline.iter().cloned());
        if !self.values.is_empty() {
            let names: Vec<&str> = self
                .values
                .iter()
                .filter_map(|v| v.strip_prefix("- ")?.split(" : ").next())
                .collect();
            parts.push(format!("[valeurs possibles : {}]", names.join(", ")));
        }
        parts.join(" ")
    }

    /// `--help` and man pages: the notes below the help, then each value
    /// with its help.
    fn long(&self, help: &str) -> String {
        if self.is_empty() {
            return help.to_string();
        }
        let mut out = help.to_string();
        if !self.inline.is_empty() {
            out.push_str("\n\n");
            out.push_str(&self.inline.join(" "));
        }
        if !self.values.is_empty() {
            out.push_str("\n\nValeurs possibles :\n");
            out.push_str(&self.values.join("\n"));
        }
        out
    }
}

/// The notes clap would show for `a`, in French; a value's help is the
/// `.value-NAME` attribute of the argument's entry (English if missing,
/// which `french_help_is_complete_for_these_commands` forbids).
fn value_notes(a: &clap::Arg, key: &str) -> ValueNotes {
    let mut notes = ValueNotes::default();
    let takes_values = a.get_action().takes_values();
    if let Some(env) = a.get_env() {
        if !a.is_hide_env_set() {
            notes
                .inline
                .push(format!("[variable : {}]", env.to_string_lossy()));
        }
    }
    if takes_values && !a.is_hide_default_value_set() && !a.get_default_values().is_empty() {
        let values: Vec<String> = a
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        notes
            .inline
            .push(format!("[par défaut : {}]", values.join(" ")));
    }
    let possible: Vec<clap::builder::PossibleValue> = a
        .get_possible_values()
        .into_iter()
        .filter(|p| !p.is_hide_set())
        .collect();
    if takes_values && !a.is_hide_possible_values_set() && !possible.is_empty() {
        if possible.iter().any(|p| p.get_help().is_some()) {
            notes.values = possible
                .iter()
                .map(|p| {
                    let name = p.get_name();
                    let attr = format!("value-{name}");
                    let help = lookup(key, Some(attr.as_str()))
                        .or_else(|| p.get_help().map(|h| h.to_string()))
                        .unwrap_or_default();
                    format!("- {name} : {help}")
                })
                .collect();
        } else {
            let names: Vec<&str> = possible.iter().map(|p| p.get_name()).collect();
            notes
                .inline
                .push(format!("[valeurs possibles : {}]", names.join(", ")));
        }
    }
    notes
}

/// The command tree in French: built first (so global options and clap's
/// own `--help`/`--version` exist on every command), then every text that
/// has a French entry replaced.
pub fn to_french(mut cmd: Command) -> Command {
    cmd.build();
    localize(cmd, &[])
}

fn localize(mut cmd: Command, names: &[&str]) -> Command {
    let path = path_id(names);
    let cid = command_id(&path);
    if let Some(t) = lookup(&cid, None) {
        cmd = cmd.about(t);
    }
    if let Some(t) = lookup(&cid, Some("long")) {
        cmd = cmd.long_about(t);
    }
    let after = lookup(&cid, Some("after")).or_else(|| {
        cmd.get_after_help()
            .map(|h| french_after_help(&h.to_string()))
    });
    if let Some(t) = after {
        cmd = cmd.after_help(t);
    }
    if let Some(t) = lookup(&cid, Some("after")).or_else(|| {
        cmd.get_after_long_help()
            .map(|h| french_after_help(&h.to_string()))
    }) {
        cmd = cmd.after_long_help(t);
    }
    cmd = cmd.subcommand_help_heading("Commandes").help_template(
        "{before-help}{about-with-newline}\nUtilisation : {usage}\n\n{all-args}{after-help}",
    );
    let args: Vec<(String, bool, Option<String>, bool)> = cmd
        .get_arguments()
        .map(|a| {
            (
                a.get_id().as_str().to_string(),
                a.is_global_set(),
                a.get_help_heading().map(str::to_string),
                a.get_long_help().is_some(),
            )
        })
        .collect();
    for (id, global, heading, has_long) in args {
        let key = match id.as_str() {
            // clap's own flags, the same on every command.
            "help" | "version" => format!("arg-clap--{id}"),
            _ if global => arg_id("carnet", &id),
            _ => arg_id(&path, &id),
        };
        let help = lookup(&key, None);
        let long = lookup(&key, Some("long"));
        cmd = cmd.mut_arg(id.as_str(), |mut a| {
            if let Some(h) = help {
                let notes = value_notes(&a, &key);
                if !notes.is_empty() {
                    a = a
                        .hide_env(true)
                        .hide_default_value(true)
                        .hide_possible_values(true);
                }
                a = a.help(StyledStr::from(notes.short(&h)));
                // A long help in English only would hide the French.
                if has_long || long.is_some() || !notes.is_empty() {
                    let l = long.unwrap_or(h);
                    a = a.long_help(StyledStr::from(notes.long(&l)));
                }
            } else if let Some(l) = long {
                a = a.long_help(StyledStr::from(l));
            }
            if heading.as_deref() == Some(GLOBAL_HEADING) {
                a = a.help_heading(GLOBAL_HEADING_FR);
            }
            a
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let mut sub_names: Vec<&str> = names.to_vec();
        sub_names.push(&name);
        let sub_names_owned: Vec<String> = sub_names.iter().map(|s| s.to_string()).collect();
        cmd = cmd.mut_subcommand(name.as_str(), |s| {
            let refs: Vec<&str> = sub_names_owned.iter().map(String::as_str).collect();
            let s = localize(s, &refs);
            // clap's own `help` subcommand, added to every group by build().
            if name == "help" {
                s.about(crate::i18n::tr!("y-help-subcommand"))
            } else {
                s
            }
        });
    }
    cmd
}

/// One English help text of the tree and the catalogue key of its French.
#[derive(Debug, Clone)]
pub struct HelpText {
    /// The command, as `carnet key add`.
    pub command: String,
    pub id: String,
    /// `None` for the value, else `long`, `after` or `value-NAME` (the
    /// help of one possible value).
    pub attr: Option<String>,
    pub english: String,
}

/// Every English text of the tree that French help should cover: about and
/// long about of each command, help and long help of each argument
/// (global ones once, on the root). `after_help` examples are left out:
/// only their headings are words.
pub fn english_texts() -> Vec<HelpText> {
    let mut root = <crate::cli::Cli as clap::CommandFactory>::command();
    root.build();
    let mut out = Vec::new();
    fn walk(cmd: &Command, names: &mut Vec<String>, out: &mut Vec<HelpText>) {
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let path = path_id(&refs);
        let command = std::iter::once("carnet")
            .chain(refs.iter().copied())
            .collect::<Vec<_>>()
            .join(" ");
        let cid = command_id(&path);
        let mut push = |id: &str, attr: Option<String>, text: Option<&StyledStr>| {
            if let Some(t) = text.map(|t| t.to_string()).filter(|t| !t.trim().is_empty()) {
                out.push(HelpText {
                    command: command.clone(),
                    id: id.to_string(),
                    attr,
                    english: t,
                });
            }
        };
        push(&cid, None, cmd.get_about());
        push(&cid, Some("long".into()), cmd.get_long_about());
        for a in cmd.get_arguments() {
            let id = a.get_id().as_str();
            if id == "help" || id == "version" || (a.is_global_set() && !names.is_empty()) {
                continue;
            }
            let key = if a.is_global_set() {
                arg_id("carnet", id)
            } else {
                arg_id(&path, id)
            };
            push(&key, None, a.get_help());
            push(&key, Some("long".into()), a.get_long_help());
            if a.get_action().takes_values() && !a.is_hide_possible_values_set() {
                for p in a.get_possible_values().iter().filter(|p| !p.is_hide_set()) {
                    push(&key, Some(format!("value-{}", p.get_name())), p.get_help());
                }
            }
        }
        for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            names.push(s.get_name().to_string());
            walk(s, names, out);
            names.pop();
        }
    }
    walk(&root, &mut Vec::new(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    /// The commands whose every text has French: every command of the
    /// tree, hidden ones too. A new option of one of them fails here until
    /// it is translated, and a new command until it is listed (and so
    /// translated).
    #[test]
    fn french_help_is_complete_for_these_commands() {
        const COMPLETE: &[&str] = &[
            "carnet",
            "init",
            "add",
            "list",
            "show",
            "get",
            "edit",
            "mask",
            "unmask",
            "rm",
            "check",
            "status",
            "journal",
            "journal verify",
            "journal head",
            "keygen",
            "passwd",
            "key",
            "key add",
            "key list",
            "key rm",
            "settings",
            "settings list",
            "settings set",
            "access",
            "pro",
            "pro add",
            "pro list",
            "pro show",
            "pro edit",
            "pro rm",
            "pro primary",
            "pro block",
            "pro unblock",
            "grant",
            "grants",
            "revoke",
            "emergency",
            "emergency status",
            "emergency set",
            "emergency kit",
            "medical",
            "medical show",
            "medical add",
            "medical add allergy",
            "medical add condition",
            "medical add treatment",
            "medical add vaccination",
            "medical add measure",
            "medical add contact",
            "medical edit",
            "medical rm",
            "medical mask",
            "medical unmask",
            "medical history",
            "medical set",
            "medical set blood-group",
            "medical set directives",
            "medical set organ-donation",
            "medical set no-known",
            "medical summary",
            "release",
            "profile",
            "profile list",
            "profile create",
            "profile guardian",
            "profile guardian add",
            "profile guardian rm",
            "profile key",
            "profile handover",
            "rekey",
            "export",
            "bundle",
            "bundle inspect",
            "bundle verify",
            "bundle open",
            "bundle import",
            "bundle create",
            "trust",
            "trust list",
            "trust accept",
            "remote",
            "remote add",
            "remote list",
            "remote rm",
            "remote prune",
            "sync",
            "clone",
            "device",
            "device list",
            "device rm",
            "backup",
            "restore",
            "inbox",
            "inbox add",
            "inbox list",
            "inbox import",
            "inbox accept",
            "inbox recipient",
            "agent",
            "agent start",
            "agent status",
            "agent stop",
            "agent serve",
            "completions",
        ];
        let texts = super::english_texts();
        let mut missing = Vec::new();
        for name in COMPLETE {
            let command = if *name == "carnet" {
                "carnet".to_string()
            } else {
                format!("carnet {name}")
            };
            let of: Vec<_> = texts.iter().filter(|t| t.command == command).collect();
            assert!(!of.is_empty(), "no command {command}");
            for t in of {
                if super::french(&t.id, t.attr.as_deref()).is_none() {
                    missing.push(format!(
                        "{}{}",
                        t.id,
                        t.attr.as_ref().map(|a| format!(".{a}")).unwrap_or_default()
                    ));
                }
            }
        }
        assert!(missing.is_empty(), "French help missing: {missing:?}");
        let unlisted: std::collections::BTreeSet<&str> = texts
            .iter()
            .map(|t| t.command.as_str())
            .filter(|c| {
                let name = c.strip_prefix("carnet ").unwrap_or(*c);
                !COMPLETE.contains(&name)
            })
            .collect();
        assert!(
            unlisted.is_empty(),
            "commands not in COMPLETE (translate them, then list them): {unlisted:?}"
        );
    }

    /// An example's command without its trailing comment (`   (…)` or
    /// `   # …`), which is the part French must keep verbatim.
    fn example_command(line: &str) -> &str {
        let end = [line.find("   ("), line.find("   #")]
            .into_iter()
            .flatten()
            .min()
            .unwrap_or(line.len());
        line[..end].trim_end()
    }

    /// The indented lines of an `after_help`: its example commands.
    fn example_commands(text: &str) -> Vec<String> {
        text.lines()
            .filter(|l| l.starts_with(char::is_whitespace) && !l.trim().is_empty())
            .map(|l| example_command(l).to_string())
            .collect()
    }

    /// Whether an English `after_help` has words beyond its heading and
    /// bare commands: a note, or a comment after a command. Those need a
    /// French `.after`; bare examples get their heading translated alone.
    fn has_words(text: &str) -> bool {
        text.lines().any(|l| {
            let t = l.trim_end();
            if t.is_empty() || t == "Example:" || t == "Examples:" {
                false
            } else if l.starts_with(char::is_whitespace) {
                example_command(l) != t
            } else {
                true
            }
        })
    }

    /// Every `after_help` with words has its French, and French examples
    /// run the very commands of the English ones (only comments and notes
    /// are translated): an example changed in English fails here until its
    /// French follows.
    #[test]
    fn french_examples_keep_the_english_commands() {
        fn walk(cmd: &clap::Command, names: &mut Vec<String>, out: &mut Vec<String>) {
            let refs: Vec<&str> = names.iter().map(String::as_str).collect();
            let id = super::command_id(&super::path_id(&refs));
            let english = cmd
                .get_after_long_help()
                .or_else(|| cmd.get_after_help())
                .map(|t| t.to_string())
                .unwrap_or_default();
            match super::french(&id, Some("after")) {
                Some(fr) if example_commands(&fr) != example_commands(&english) => {
                    out.push(format!(
                        "{id}.after: commands {:?}, English {:?}",
                        example_commands(&fr),
                        example_commands(&english)
                    ));
                }
                Some(_) => {}
                None if has_words(&english) => out.push(format!("{id}.after missing")),
                None => {}
            }
            for s in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                names.push(s.get_name().to_string());
                walk(s, names, out);
                names.pop();
            }
        }
        let mut root = <crate::cli::Cli as clap::CommandFactory>::command();
        root.build();
        let mut problems = Vec::new();
        walk(&root, &mut Vec::new(), &mut problems);
        assert!(problems.is_empty(), "{problems:#?}");
        assert!(has_words("Example:\n  carnet a   (note)"));
        assert!(!has_words("Examples:\n  carnet a\n  carnet b"));
    }

    /// Ids must be unique per text and valid Fluent identifiers; with
    /// `DUMP_HELP_TEXTS=1 … -- --nocapture` this prints every English text
    /// with its id: the list a translator works from.
    #[test]
    fn help_ids_are_unique_fluent_identifiers() {
        let texts = super::english_texts();
        assert!(texts.len() > 300, "only {} texts", texts.len());
        let mut seen = std::collections::HashSet::new();
        let dump = std::env::var_os("DUMP_HELP_TEXTS").is_some();
        for t in &texts {
            let key = match &t.attr {
                Some(a) => format!("{}.{a}", t.id),
                None => t.id.clone(),
            };
            assert!(
                t.id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                    && t.id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
                "{key} is no Fluent identifier"
            );
            assert!(seen.insert(key.clone()), "{key} twice");
            if dump {
                println!("{key}\t{}", t.english.replace('\n', "\\n"));
            }
        }
    }

    /// French help exists only for texts the English tree has: a renamed
    /// command or option leaves no stale French behind.
    #[test]
    fn french_help_ids_name_real_texts() {
        let english: std::collections::BTreeSet<String> =
            super::english_texts().into_iter().map(|t| t.id).collect();
        let stale: Vec<String> = crate::i18n::ids(crate::i18n::HELP_FR_FTL)
            .into_iter()
            // clap's own flags, and the man-page sections of `cli::docs`.
            .filter(|id| {
                !english.contains(id) && !id.starts_with("arg-clap--") && !id.starts_with("man-")
            })
            .collect();
        assert!(
            stale.is_empty(),
            "French help for no English text: {stale:?}"
        );
    }
}
