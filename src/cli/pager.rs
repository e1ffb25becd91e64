//! Long human output through a pager on a terminal, as git does: the
//! listings (`list`, `show`, `journal`, `access`, `grants`, `medical
//! show|history`) go to `$CARNET_PAGER`, else `$PAGER`, else `less -FRX`,
//! when stdout is a terminal and the output is for people (never JSON or
//! CSV). `--no-pager`, or a pager variable set empty or to `cat`, prints
//! directly.
//!
//! The pager starts at the first write to stdout, not before: unlocking
//! may prompt on the terminal, and a pager holding it then would hide the
//! prompt. From then on stdout (and stderr, when it is the same terminal,
//! so that summaries and warnings stay in order) is the pager's input;
//! [`finish`] gives them back and waits for the reader to quit.

use std::io::{IsTerminal, Write};
use std::os::fd::AsRawFd;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;

use crate::cli::args::{Cli, Command as Cmd, JournalFormat};
use crate::cli::medical_args::MedicalCommand;

/// The pager when neither variable names one: quits at once when the text
/// fits the screen (-F), keeps colours (-R), leaves the text on the screen
/// (-X).
const DEFAULT: &str = "less -FRX";

enum State {
    /// Nothing to do: not a listing, not a terminal, or no pager wanted.
    Off,
    /// A pager to start at the first write.
    Wanted(String),
    /// Running: the descriptors stdout and stderr had before it.
    Running {
        child: Child,
        stdout: libc::c_int,
        stderr: Option<libc::c_int>,
        sigint: libc::sighandler_t,
    },
}

static STATE: Mutex<State> = Mutex::new(State::Off);

fn state() -> std::sync::MutexGuard<'static, State> {
    STATE.lock().unwrap_or_else(|p| p.into_inner())
}

/// Whether this command line prints a long listing for people.
fn pages(cli: &Cli) -> bool {
    if cli.global.json || cli.global.no_pager {
        return false;
    }
    match &cli.command {
        Some(Cmd::List(_) | Cmd::Show(_) | Cmd::Access(_) | Cmd::Grants(_)) => true,
        Some(Cmd::Journal(j)) => {
            j.command.is_none() && matches!(j.format, None | Some(JournalFormat::Table))
        }
        Some(Cmd::Medical(MedicalCommand::Show | MedicalCommand::History(_))) => true,
        _ => false,
    }
}

/// The pager command the environment asks for, `None` for none:
/// `CARNET_PAGER`, else `PAGER`, else [`DEFAULT`]; empty or `cat` is none.
pub fn pager_command(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    let chosen = ["CARNET_PAGER", "PAGER"]
        .iter()
        .find_map(|v| var(v))
        .unwrap_or_else(|| DEFAULT.to_string());
    let chosen = chosen.trim();
    (!chosen.is_empty() && chosen != "cat").then(|| chosen.to_string())
}

/// Decides, once the command line is parsed, whether its output will go
/// through a pager. Nothing starts until the command first writes.
pub fn setup(cli: &Cli) {
    if !pages(cli) || !std::io::stdout().is_terminal() {
        return;
    }
    if let Some(cmd) = pager_command(|v| std::env::var(v).ok()) {
        *state() = State::Wanted(cmd);
    }
}

/// Starts the pager if one is wanted and not started yet; called before
/// every write to stdout. A pager that cannot start leaves the output on
/// stdout as it is.
pub fn start() {
    let mut st = state();
    let State::Wanted(cmd) = &*st else {
        return;
    };
    let spawned = spawn(cmd);
    *st = State::Off;
    let Ok(mut child) = spawned else {
        return;
    };
    let Some(input) = child.stdin.take() else {
        let _ = child.kill();
        let _ = child.wait();
        return;
    };
    let _ = std::io::stdout().flush();
    // SAFETY: plain descriptor calls on descriptors this process owns;
    // the duplicates are close-on-exec, so later children do not hold the
    // terminal open behind the pager.
    unsafe {
        let stdout = libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 3);
        if stdout < 0 || libc::dup2(input.as_raw_fd(), 1) < 0 {
            if stdout >= 0 {
                libc::close(stdout);
            }
            drop(input);
            let _ = child.wait();
            return;
        }
        let stderr = if std::io::stderr().is_terminal() {
            let saved = libc::fcntl(2, libc::F_DUPFD_CLOEXEC, 3);
            (saved >= 0 && libc::dup2(input.as_raw_fd(), 2) >= 0).then_some(saved)
        } else {
            None
        };
        // Ctrl-C in the pager is the pager's: carnet ends when the reader
        // quits (its next write fails) or when the output is done, and
        // then waits for the pager, so the shell gets the terminal back
        // only once the pager let go of it.
        let sigint = libc::signal(libc::SIGINT, libc::SIG_IGN);
        *st = State::Running {
            child,
            stdout,
            stderr,
            sigint,
        };
    }
    drop(input);
}

/// Runs the pager with the terminal as its stdout: a plain command line is
/// run directly (so a missing program is seen here, and the output printed
/// instead); one with shell syntax through `sh -c`, as git does.
fn spawn(cmd: &str) -> std::io::Result<Child> {
    const SHELL_SYNTAX: &[char] = &[
        '|', '&', ';', '<', '>', '(', ')', '$', '`', '\\', '"', '\'', '*', '?', '[', '#', '~', '=',
        '%',
    ];
    let mut c = if cmd.contains(SHELL_SYNTAX) {
        let mut c = Command::new("sh");
        c.arg("-c").arg(cmd);
        c
    } else {
        let mut words = cmd.split_whitespace();
        let mut c = Command::new(words.next().unwrap_or(DEFAULT));
        c.args(words);
        c
    };
    // As git: `less` and `lv` alone behave as the default does.
    if std::env::var_os("LESS").is_none() {
        c.env("LESS", "FRX");
    }
    // What is searched in a listing (a title, a name) must not land in
    // clear in ~/.lesshst: no history for this less.
    c.env("LESSHISTFILE", "-");
    if std::env::var_os("LV").is_none() {
        c.env("LV", "-c");
    }
    c.stdin(Stdio::piped()).spawn()
}

/// Gives stdout and stderr back and waits for the pager to quit; called
/// before carnet exits, and before it reports an error (which is then
/// printed on the terminal, after the pager, not inside it).
pub fn finish() {
    let mut st = state();
    let State::Running {
        mut child,
        stdout,
        stderr,
        sigint,
    } = std::mem::replace(&mut *st, State::Off)
    else {
        *st = State::Off;
        return;
    };
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: the saved descriptors are this process's own (see `start`);
    // putting them back closes the last write end of the pager's input,
    // which is its end of file.
    unsafe {
        libc::dup2(stdout, 1);
        libc::close(stdout);
        if let Some(e) = stderr {
            libc::dup2(e, 2);
            libc::close(e);
        }
    }
    let _ = child.wait();
    // SAFETY: restores the handler `start` replaced.
    unsafe {
        libc::signal(libc::SIGINT, sigint);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_pager_is_chosen_as_git_does() {
        assert_eq!(pager_command(env(&[])).as_deref(), Some("less -FRX"));
        assert_eq!(
            pager_command(env(&[("PAGER", "most")])).as_deref(),
            Some("most")
        );
        assert_eq!(
            pager_command(env(&[("PAGER", "most"), ("CARNET_PAGER", "less -S")])).as_deref(),
            Some("less -S")
        );
        for off in ["", "cat", "  "] {
            assert_eq!(pager_command(env(&[("PAGER", off)])), None, "{off:?}");
            assert_eq!(
                pager_command(env(&[("CARNET_PAGER", off), ("PAGER", "most")])),
                None,
                "{off:?}"
            );
        }
    }
}
