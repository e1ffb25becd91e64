//! Rendering: messages on stderr for people, one JSON value on stdout for
//! scripts, tables with comfy-table. Colour follows --color and NO_COLOR.

use std::io::{IsTerminal, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use crate::cli::args::{ColorChoice, GlobalOpts};

#[derive(Debug, Clone)]
pub struct Output {
    pub json: bool,
    pub quiet: bool,
    pub verbose: bool,
    pub color_out: bool,
    pub color_err: bool,
}

impl Output {
    pub fn new(g: &GlobalOpts) -> Self {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let pick = |tty: bool| match g.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && !no_color,
        };
        Output {
            json: g.json,
            quiet: g.quiet,
            verbose: g.verbose,
            color_out: pick(std::io::stdout().is_terminal()),
            color_err: pick(std::io::stderr().is_terminal()),
        }
    }

    /// A message for people on stderr (silent under --quiet or --json).
    pub fn info(&self, msg: impl AsRef<str>) {
        if !self.quiet && !self.json {
            eprintln!("{}", msg.as_ref());
        }
    }

    /// Detail shown with --verbose.
    pub fn detail(&self, msg: impl AsRef<str>) {
        if self.verbose && !self.json {
            eprintln!("{}", msg.as_ref());
        }
    }

    /// A warning on stderr (even under --quiet; as JSON under --json).
    pub fn warn(&self, msg: impl AsRef<str>) {
        if self.json {
            let v = serde_json::json!({ "warning": msg.as_ref() });
            eprintln!("{v}");
        } else if self.color_err {
            eprintln!("\x1b[33mwarning:\x1b[0m {}", msg.as_ref());
        } else {
            eprintln!("warning: {}", msg.as_ref());
        }
    }

    /// The one JSON value of a command.
    pub fn json_value<T: Serialize>(&self, v: &T) {
        let mut out = std::io::stdout().lock();
        let _ = serde_json::to_writer_pretty(&mut out, v);
        let _ = writeln!(out);
    }

    /// A line of human output on stdout.
    pub fn line(&self, msg: impl AsRef<str>) {
        println!("{}", msg.as_ref());
    }

    pub fn table(&self, header: &[&str], rows: Vec<Vec<String>>) {
        let mut t = Table::new();
        t.load_style(presets::UTF8_HORIZONTAL_ONLY)
            .set_content_arrangement(ContentArrangement::Dynamic);
        if !std::io::stdout().is_terminal() {
            t.load_style(presets::NOTHING);
        }
        if !self.color_out {
            t.force_no_tty();
        } else {
            t.enforce_styling();
        }
        t.set_header(header.iter().map(|h| {
            let c = comfy_table::Cell::new(h);
            if self.color_out {
                c.add_attribute(comfy_table::Attribute::Bold)
            } else {
                c
            }
        }));
        for r in rows {
            t.add_row(r);
        }
        println!("{t}");
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

/// Prints an error as the contract says: `error:`/`hint:` lines, or JSON.
pub fn print_error(json: bool, color: bool, e: &crate::error::Error) {
    if json {
        let v = serde_json::json!({ "error": { "kind": e.kind(), "message": e.to_string(), "hint": e.hint() } });
        eprintln!("{v}");
    } else if color {
        eprintln!("\x1b[31merror:\x1b[0m {e}");
        eprintln!("\x1b[36mhint:\x1b[0m {}", e.hint());
    } else {
        eprintln!("error: {e}");
        eprintln!("hint: {}", e.hint());
    }
}
