//! Regenerates the committed shell completions (`completions/`) and man
//! pages (`man/`) from the clap definition:
//!
//! ```text
//! cargo run --example gen-docs             # write the files
//! cargo run --example gen-docs -- --check  # only report stale files (exit 1)
//! ```
//!
//! The logic lives in `carnet::cli::docs`, shared with the test that keeps
//! the committed files fresh (`tests/generated_files.rs`).

use std::path::Path;
use std::process::ExitCode;

use carnet::cli::docs;

fn main() -> ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut check = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--check" => check = true,
            "-h" | "--help" => {
                println!("usage: {} [--check]", docs::REGENERATE);
                println!("Writes completions/ and man/ under {}.", root.display());
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("error: unknown argument {other:?}");
                eprintln!("hint: usage: {} [--check]", docs::REGENERATE);
                return ExitCode::from(2);
            }
        }
    }
    if check {
        return match docs::diff(root) {
            Ok(stale) if stale.is_empty() => {
                println!("completions/ and man/ are up to date");
                ExitCode::SUCCESS
            }
            Ok(stale) => {
                for s in &stale {
                    eprintln!("{s}");
                }
                eprintln!("hint: run `{}` and commit the result", docs::REGENERATE);
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
    match docs::write(root) {
        Ok(report) => {
            for p in &report.written {
                println!("wrote    {}", p.display());
            }
            for p in &report.removed {
                println!("removed  {}", p.display());
            }
            println!(
                "{} written, {} unchanged, {} removed",
                report.written.len(),
                report.unchanged.len(),
                report.removed.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
