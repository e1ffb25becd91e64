//! Rendering: messages on stderr for people, one JSON value on stdout for
//! scripts, tables with comfy-table. Colour follows --color and NO_COLOR.
//!
//! Every text for people passes [`crate::text::escape`] here: stored
//! strings come from outside (file names, sidecars, bundles, failed-unlock
//! records), and a control character or bidi override in one must not
//! reach the terminal, whichever command shows it. JSON is left exact.

use std::io::{IsTerminal, Write};
use std::sync::{Arc, Mutex};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use crate::cli::args::{ColorChoice, GlobalOpts};
use crate::text::{escape, escape_keep_lines};

#[derive(Debug, Clone)]
pub struct Output {
    pub json: bool,
    pub quiet: bool,
    pub verbose: bool,
    pub color_out: bool,
    pub color_err: bool,
    /// The first failure to write stdout, shared by the clones of this
    /// output: later writes are skipped, and the command ends with it
    /// ([`Output::write_error`]) instead of exiting from here.
    write_failed: Arc<Mutex<Option<std::io::Error>>>,
}

impl Output {
    pub fn new(g: &GlobalOpts) -> Self {
        Output {
            json: g.json,
            quiet: g.quiet,
            verbose: g.verbose,
            color_out: use_color(g.color, std::io::stdout().is_terminal()),
            color_err: use_color(g.color, std::io::stderr().is_terminal()),
            write_failed: Arc::default(),
        }
    }

    /// Why stdout could not be written, if it could not: the command must
    /// end with this error (exit 1), since what it printed is incomplete.
    pub fn write_error(&self) -> Option<crate::error::Error> {
        let failed = self.failed().take()?;
        Some(crate::error::Error::io(
            crate::i18n::tr!("io-writing-stdout"),
            failed,
        ))
    }

    fn failed(&self) -> std::sync::MutexGuard<'_, Option<std::io::Error>> {
        self.write_failed.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Keeps the first write failure; nothing more is written after it.
    fn record(&self, r: std::io::Result<()>) {
        if let Err(e) = r {
            self.failed().get_or_insert(e);
        }
    }

    fn can_write(&self) -> bool {
        self.failed().is_none()
    }

    /// A message for people on stderr (silent under --quiet or --json).
    pub fn info(&self, msg: impl AsRef<str>) {
        if !self.quiet && !self.json {
            stderr_line(&escape_keep_lines(msg.as_ref()));
        }
    }

    /// Detail shown with --verbose.
    pub fn detail(&self, msg: impl AsRef<str>) {
        if self.verbose && !self.json {
            stderr_line(&escape_keep_lines(msg.as_ref()));
        }
    }

    /// A warning on stderr (even under --quiet; as JSON under --json).
    pub fn warn(&self, msg: impl AsRef<str>) {
        if self.json {
            let v = serde_json::json!({ "warning": msg.as_ref() });
            stderr_line(&v.to_string());
        } else if self.color_err {
            stderr_line(&format!(
                "\x1b[33m{}\x1b[0m {}",
                crate::i18n::tr!("warning-label"),
                escape_keep_lines(msg.as_ref())
            ));
        } else {
            stderr_line(&format!(
                "{} {}",
                crate::i18n::tr!("warning-label"),
                escape_keep_lines(msg.as_ref())
            ));
        }
    }

    /// The one JSON value of a command.
    pub fn json_value<T: Serialize>(&self, v: &T) {
        self.write_stdout(|out| {
            serde_json::to_writer_pretty(&mut *out, v)?;
            writeln!(out)
        });
    }

    /// What a command did: its JSON value under `--json`, else one line
    /// for people on stderr (built only then).
    pub fn done<T: Serialize>(&self, v: &T, line: impl FnOnce() -> String) {
        if self.json {
            self.json_value(v);
        } else {
            self.info(line());
        }
    }

    /// Writes a large output (JSON, CSV) to stdout through a buffer: stdout
    /// is line-buffered, and `list --json` at 100k documents is 1.2M lines
    /// (a write each, unbuffered). A closed pipe ends it quietly; any other
    /// write error ends the command with exit 1 ([`Output::write_error`]).
    pub fn write_stdout(&self, f: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) {
        if !self.can_write() {
            return;
        }
        crate::cli::pager::start();
        let mut out = std::io::BufWriter::with_capacity(256 * 1024, std::io::stdout().lock());
        let written = f(&mut out).and_then(|()| out.flush());
        match written {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            r => self.record(r),
        }
    }

    /// A line of human output on stdout (a line break inside is escaped:
    /// one call, one line).
    pub fn line(&self, msg: impl AsRef<str>) {
        if self.can_write() {
            self.record(print_stdout(&format!("{}\n", escape(msg.as_ref()))));
        }
    }

    /// A table on stdout: framed and as wide as the terminal at most (long
    /// cells wrap) when stdout is a terminal, plain columns otherwise.
    pub fn table(&self, header: &[&str], rows: Vec<Vec<String>>) {
        if self.can_write() {
            self.record(print_stdout(&self.render_table(
                header,
                rows,
                stdout_width(),
            )));
        }
    }

    /// Renders a table for a terminal of `width` columns (`None`: not a
    /// terminal, so no frame and no width limit).
    pub fn render_table(
        &self,
        header: &[&str],
        rows: Vec<Vec<String>>,
        width: Option<u16>,
    ) -> String {
        let mut t = Table::new();
        t.set_content_arrangement(ContentArrangement::Dynamic);
        match width {
            Some(w) => {
                t.load_style(presets::UTF8_HORIZONTAL_ONLY).set_width(w);
            }
            None => {
                t.load_style(presets::NOTHING);
            }
        }
        // comfy-table ties colour and width lookup to its own tty check;
        // decide both here instead (the width is set above), so that
        // --color never on a terminal still fits the terminal.
        t.force_no_tty();
        if self.color_out {
            t.enforce_styling();
        }
        t.set_header(header.iter().map(|h| {
            let c = comfy_table::Cell::new(crate::i18n::column(h));
            if self.color_out {
                c.add_attribute(comfy_table::Attribute::Bold)
            } else {
                c
            }
        }));
        for r in rows {
            // Most cells are clean: kept as they are, not copied.
            t.add_row(r.into_iter().map(|c| match escape(&c) {
                std::borrow::Cow::Borrowed(_) => c,
                std::borrow::Cow::Owned(e) => e,
            }));
        }
        format!("{t}\n")
    }

    /// Whether progress bars may be drawn (stderr is a terminal, not quiet/json).
    pub fn progress_allowed(&self) -> bool {
        !self.quiet && !self.json && std::io::stderr().is_terminal()
    }

    pub fn progress(&self, len: u64, what: &str) -> indicatif::ProgressBar {
        if !self.progress_allowed() {
            return indicatif::ProgressBar::hidden();
        }
        let pb = indicatif::ProgressBar::new(len);
        pb.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg} [{bar:30}] {pos}/{len} {elapsed_precise} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        pb.set_message(what.to_string());
        pb
    }

    pub fn progress_bytes(&self, len: u64, what: &str) -> indicatif::ProgressBar {
        if !self.progress_allowed() {
            return indicatif::ProgressBar::hidden();
        }
        let pb = indicatif::ProgressBar::new(len);
        pb.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg} [{bar:30}] {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
        );
        pb.set_message(what.to_string());
        pb
    }
}

/// Whether to colour a stream: `--color always`/`never` decide; `auto`
/// colours a terminal unless `NO_COLOR` is set and not empty
/// (https://no-color.org: an explicit flag wins over the variable).
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            is_terminal && !no_color
        }
    }
}

/// The `--color` choice read from raw arguments, for output made before
/// (or instead of) a successful parse: clap's usage errors and help. The
/// last `--color X` or `--color=X` before `--` wins; anything unreadable
/// is `auto`.
pub fn color_from_args<I, S>(args: I) -> ColorChoice
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let parse = |v: &str| match v {
        "always" => Some(ColorChoice::Always),
        "never" => Some(ColorChoice::Never),
        "auto" => Some(ColorChoice::Auto),
        _ => None,
    };
    let mut choice = ColorChoice::Auto;
    let mut want_value = false;
    for arg in args {
        let arg = arg.as_ref().to_string_lossy();
        if want_value {
            want_value = false;
            if let Some(c) = parse(&arg) {
                choice = c;
                continue;
            }
        }
        if arg == "--" {
            break;
        } else if arg == "--color" {
            want_value = true;
        } else if let Some(v) = arg.strip_prefix("--color=") {
            if let Some(c) = parse(v) {
                choice = c;
            }
        }
    }
    choice
}

/// The width of the terminal on stdout, if stdout is one.
pub fn stdout_width() -> Option<u16> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    // Table::width asks the terminal when comfy-table sees a tty.
    Table::new().width().filter(|w| *w > 0)
}

/// Writes to stdout. A reader that has gone away (`carnet list | head -1`)
/// is not an error: the rest is dropped, as `ls | head` does, instead of a
/// panic on the closed pipe. Any other failure (a full disk under a
/// redirect) is returned.
pub fn print_stdout(text: &str) -> std::io::Result<()> {
    crate::cli::pager::start();
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => r,
    }
}

/// Whether `--json` is among the raw arguments (before `--`), for errors
/// found before the arguments are parsed.
pub fn json_from_args<I, S>(args: I) -> bool
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    args.into_iter()
        .map(|a| a.as_ref().to_string_lossy().into_owned())
        .take_while(|a| a != "--")
        .any(|a| a == "--json")
}

/// Writes a line to stderr, ignoring a failure: stderr is where carnet
/// tells what went wrong, and when it is closed (a pipe whose reader left)
/// there is no one left to tell. `eprintln!` would panic there (exit 101)
/// and lose the documented exit code.
pub fn stderr_line(text: &str) {
    let mut line = String::with_capacity(text.len() + 1);
    line.push_str(text);
    line.push('\n');
    stderr_text(&line);
}

/// Writes text to stderr as is, ignoring a failure (see [`stderr_line`]).
pub fn stderr_text(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Reports what the argument parser stopped on and gives the exit code:
/// help and version on stdout (0); `carnet` or `carnet key` alone, their
/// help on stderr (2); usage errors in the contract's error shape (2).
/// Colour and `--json` are read from the raw arguments, since the parse did
/// not finish.
pub fn report_parse_error(e: &clap::Error) -> i32 {
    let args: Vec<_> = std::env::args_os().collect();
    let choice = color_from_args(&args);
    let json = json_from_args(&args);
    let styled = |tty: bool| {
        let s = e.render();
        if use_color(choice, tty) {
            s.ansi().to_string()
        } else {
            s.to_string()
        }
    };
    let help_for_nothing =
        e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
    if help_for_nothing && !json {
        stderr_text(&styled(std::io::stderr().is_terminal()));
        crate::error::exit::USAGE
    } else if e.use_stderr() {
        let color = use_color(choice, std::io::stderr().is_terminal());
        print_usage_error(e, json, color);
        crate::error::exit::USAGE
    } else {
        let _ = print_stdout(&styled(std::io::stdout().is_terminal()));
        crate::error::exit::OK
    }
}

/// Prints an error of the argument parser as the contract wants errors:
/// `error:` and `hint:` (clap's usage line kept between them), or the JSON
/// shape under `--json`. Exit 2 is the caller's.
fn print_usage_error(e: &clap::Error, json: bool, color: bool) {
    // An identifier checked by a value parser (e.g. an RPPS) says what is
    // wrong and what to do itself: the same message and hint as anywhere.
    if let Some(id) = std::error::Error::source(e)
        .and_then(|s| s.downcast_ref::<crate::ids::IdError>())
        .filter(|_| e.kind() == clap::error::ErrorKind::ValueValidation)
    {
        print_error(json, color, false, &id.clone().into());
        return;
    }
    if crate::i18n::lang() == crate::i18n::Lang::Fr {
        if let Some((message, hint)) = french_parse_error(e) {
            print_error(
                json,
                color,
                false,
                &crate::error::Error::usage(message, hint),
            );
            return;
        }
    }
    let plain = e.render().to_string();
    let mut message = Vec::new();
    let mut usage = None;
    let mut tip = None;
    for line in plain.lines() {
        let t = line.trim();
        if let Some(m) = line.strip_prefix("error: ") {
            message.push(m.to_string());
        } else if let Some(u) = t.strip_prefix("Usage: ") {
            usage = Some(u.to_string());
        } else if let Some(x) = t.strip_prefix("tip: ") {
            tip = Some(x.to_string());
        } else if t.is_empty() || t.starts_with("For more information") {
            continue;
        } else if usage.is_none() && tip.is_none() {
            message.push(t.to_string()); // continuation, e.g. a missing <ID>
        }
    }
    let message = if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        crate::i18n::tr!("err-no-command") // the "message" was the help text
    } else {
        message.join(" ")
    };
    let hint = match (&tip, &usage) {
        (Some(t), _) => t.clone(),
        (None, Some(u)) => crate::i18n::tr!("err-usage-hint", usage = u),
        (None, None) => crate::i18n::tr!("err-add-help-hint"),
    };
    print_error(
        json,
        color,
        false,
        &crate::error::Error::usage(message, hint),
    );
}

/// A parser error in French, from its kind and context (clap words its
/// own errors in English only); `None` for the kinds not worded here.
fn french_parse_error(e: &clap::Error) -> Option<(String, String)> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let get = |k: ContextKind| -> Option<String> {
        match e.get(k)? {
            ContextValue::String(s) => Some(format!("'{s}'")),
            ContextValue::Strings(v) => Some(
                v.iter()
                    .map(|s| format!("'{s}'"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ContextValue::StyledStr(s) => Some(format!("'{s}'")),
            ContextValue::StyledStrs(v) => Some(
                v.iter()
                    .map(|s| format!("'{s}'"))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            _ => None,
        }
    };
    let arg = || get(ContextKind::InvalidArg).unwrap_or_default();
    let value = || get(ContextKind::InvalidValue).unwrap_or_default();
    let message = match e.kind() {
        ErrorKind::UnknownArgument => crate::i18n::tr!("err-arg-unknown", arg = arg()),
        ErrorKind::InvalidValue if value() == "''" => {
            crate::i18n::tr!("err-arg-no-value", arg = arg())
        }
        ErrorKind::InvalidValue => {
            crate::i18n::tr!("err-arg-invalid-value", value = value(), arg = arg())
        }
        ErrorKind::ValueValidation => crate::i18n::tr!(
            "err-arg-invalid-value-why",
            value = value(),
            arg = arg(),
            why = std::error::Error::source(e)
                .map(|s| s.to_string())
                .unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => crate::i18n::tr!("err-arg-missing", args = arg()),
        ErrorKind::ArgumentConflict => match get(ContextKind::PriorArg) {
            // clap reports a repeated option as a conflict with itself.
            Some(prior) if prior == arg() => crate::i18n::tr!("err-arg-repeated", arg = arg()),
            Some(prior) => crate::i18n::tr!("err-arg-conflict", arg = arg(), other = prior),
            None => return None,
        },
        ErrorKind::InvalidSubcommand => crate::i18n::tr!(
            "err-subcommand-unknown",
            name = get(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingSubcommand => crate::i18n::tr!(
            "y-subcommand-missing",
            name = get(ContextKind::InvalidSubcommand).unwrap_or_default(),
            names = get(ContextKind::ValidSubcommand).unwrap_or_default()
        ),
        ErrorKind::TooManyValues => {
            crate::i18n::tr!("err-arg-too-many", value = value(), arg = arg())
        }
        _ => return None,
    };
    let usage = e
        .render()
        .to_string()
        .lines()
        .find_map(|l| l.trim().strip_prefix("Usage: ").map(str::to_string));
    let hint = if let Some(names) = get(ContextKind::SuggestedArg) {
        crate::i18n::tr!("hint-similar", what = "option", names = names)
    } else if let Some(names) = get(ContextKind::SuggestedSubcommand) {
        crate::i18n::tr!("hint-similar", what = "command", names = names)
    } else if let Some(values) = get(ContextKind::ValidValue) {
        crate::i18n::tr!("hint-possible-values", values = values)
    } else if let Some(u) = usage {
        crate::i18n::tr!("err-usage-hint", usage = u)
    } else {
        crate::i18n::tr!("err-add-help-hint")
    };
    Some((message, hint))
}

/// Prints an error as the contract says: `error:`/`hint:` lines, or JSON.
/// With `verbose`, what caused it follows: one `cause:` line each, or a
/// `causes` array in the JSON error (only then, so that the default shape
/// stays the contract's three fields).
pub fn print_error(json: bool, color: bool, verbose: bool, e: &crate::error::Error) {
    let causes = if verbose { e.causes() } else { Vec::new() };
    if json {
        let mut v =
            serde_json::json!({ "kind": e.kind(), "message": e.to_string(), "hint": e.hint() });
        if verbose {
            v["causes"] = serde_json::json!(causes);
        }
        stderr_line(&serde_json::json!({ "error": v }).to_string());
    } else {
        let (message, hint) = (e.to_string(), e.hint());
        let (message, hint) = (escape_keep_lines(&message), escape_keep_lines(&hint));
        let causes: Vec<String> = causes
            .iter()
            .map(|c| escape_keep_lines(c).into_owned())
            .collect();
        // `error:`/`hint:` in English, `erreur :`/`conseil :` in French.
        let (error, hint_label, cause) = (
            crate::i18n::tr!("error-label"),
            crate::i18n::tr!("hint-label"),
            crate::i18n::tr!("cause-label"),
        );
        if color {
            stderr_line(&format!("\x1b[31m{error}\x1b[0m {message}"));
            stderr_line(&format!("\x1b[36m{hint_label}\x1b[0m {hint}"));
            for c in causes {
                stderr_line(&format!("\x1b[2m{cause}\x1b[0m {c}"));
            }
        } else {
            stderr_line(&format!("{error} {message}"));
            stderr_line(&format!("{hint_label} {hint}"));
            for c in causes {
                stderr_line(&format!("{cause} {c}"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn out(color: bool) -> Output {
        Output {
            json: false,
            quiet: false,
            verbose: false,
            color_out: color,
            color_err: color,
            write_failed: Arc::default(),
        }
    }

    #[test]
    fn color_flag_is_read_from_raw_args() {
        assert_eq!(color_from_args(["carnet", "list"]), ColorChoice::Auto);
        assert_eq!(
            color_from_args(["carnet", "--color", "never", "list"]),
            ColorChoice::Never
        );
        assert_eq!(
            color_from_args(["carnet", "list", "--color=always"]),
            ColorChoice::Always
        );
        assert_eq!(
            color_from_args(["carnet", "--color=never", "--color", "always"]),
            ColorChoice::Always
        );
        assert_eq!(
            color_from_args(["carnet", "add", "--", "--color=always"]),
            ColorChoice::Auto
        );
        assert_eq!(
            color_from_args(["carnet", "--color", "sometimes"]),
            ColorChoice::Auto
        );
    }

    #[test]
    fn explicit_color_choice_ignores_the_terminal() {
        assert!(use_color(ColorChoice::Always, false));
        assert!(!use_color(ColorChoice::Never, true));
        assert!(!use_color(ColorChoice::Auto, false));
    }

    #[test]
    fn table_fits_the_given_width_without_colour() {
        let long = "Compte rendu de consultation de cardiologie avec échographie \
et épreuve d'effort, conclusions et conduite à tenir"
            .to_string();
        let rows = vec![vec!["n7buub3fvu6d".to_string(), long.clone()]];
        let s = out(false).render_table(&["ID", "TITLE"], rows.clone(), Some(50));
        assert!(!s.contains('\x1b'), "{s}");
        for line in s.lines() {
            assert!(
                line.chars().count() <= 50,
                "line wider than 50: {line:?}\n{s}"
            );
        }
        assert!(s.contains("cardiologie"), "{s}");
        // Not a terminal: no frame, no wrapping.
        let plain = out(false).render_table(&["ID", "TITLE"], rows, None);
        assert!(plain.lines().any(|l| l.contains(&long)), "{plain}");
        assert!(!plain.contains('─'), "{plain}");
    }

    #[test]
    fn table_cells_are_escaped() {
        let rows = vec![vec!["a\x1b[2Jb\nc\u{202e}d".to_string()]];
        let s = out(false).render_table(&["TITLE"], rows, None);
        assert!(!s.contains('\x1b') && !s.contains('\u{202e}'), "{s:?}");
        assert!(s.contains("a\\u{1b}[2Jb\\nc\\u{202e}d"), "{s:?}");
    }

    #[test]
    fn table_header_is_bold_only_with_colour() {
        let rows = vec![vec!["a".to_string()]];
        let s = out(true).render_table(&["ID"], rows.clone(), None);
        assert!(s.contains("\x1b[1m"), "{s:?}");
        let s = out(false).render_table(&["ID"], rows, Some(80));
        assert!(!s.contains('\x1b'), "{s:?}");
    }
}
