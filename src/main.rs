use std::io::{IsTerminal, Write};

use clap::Parser;

use carnet::cli::{output, Cli};
use carnet::error::exit;

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // clap prints help/version on stdout (exit 0) and usage errors on
            // stderr (exit 2); colour follows --color and NO_COLOR, read from
            // the raw arguments since the parse did not finish.
            let to_stderr = e.use_stderr();
            let code = if to_stderr { exit::USAGE } else { exit::OK };
            let tty = if to_stderr {
                std::io::stderr().is_terminal()
            } else {
                std::io::stdout().is_terminal()
            };
            let choice = output::color_from_args(std::env::args_os());
            let styled = e.render();
            let text = if output::use_color(choice, tty) {
                styled.ansi().to_string()
            } else {
                styled.to_string()
            };
            let _ = if to_stderr {
                std::io::stderr().write_all(text.as_bytes())
            } else {
                std::io::stdout().write_all(text.as_bytes())
            };
            std::process::exit(code);
        }
    };
    if cli.exit_codes {
        if cli.global.json {
            let table: Vec<_> = exit::TABLE
                .iter()
                .map(|(code, meaning)| serde_json::json!({ "code": code, "meaning": meaning }))
                .collect();
            output::Output::new(&cli.global).json_value(&table);
        } else {
            for (code, meaning) in exit::TABLE {
                println!("{code}  {meaning}");
            }
        }
        return;
    }
    let json = cli.global.json;
    let color = output::Output::new(&cli.global).color_err;
    if let Err(e) = carnet::commands::run(cli) {
        output::print_error(json, color, &e);
        std::process::exit(e.exit_code());
    }
}
