use std::io::IsTerminal;

use clap::Parser;

use carnet::cli::{output, Cli};
use carnet::error::exit;

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // Help and version go to stdout (exit 0); usage errors to stderr
            // in the contract's error shape (exit 2). Colour and --json are
            // read from the raw arguments since the parse did not finish.
            let args: Vec<_> = std::env::args_os().collect();
            let choice = output::color_from_args(&args);
            let json = output::json_from_args(&args);
            let help_for_nothing =
                e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand;
            let code = if help_for_nothing && !json {
                // `carnet` or `carnet key` alone: its help, on stderr, exit 2.
                let tty = std::io::stderr().is_terminal();
                let styled = e.render();
                let text = if output::use_color(choice, tty) {
                    styled.ansi().to_string()
                } else {
                    styled.to_string()
                };
                eprint!("{text}");
                exit::USAGE
            } else if e.use_stderr() {
                let color = output::use_color(choice, std::io::stderr().is_terminal());
                output::print_usage_error(&e, json, color);
                exit::USAGE
            } else {
                let styled = e.render();
                let text = if output::use_color(choice, std::io::stdout().is_terminal()) {
                    styled.ansi().to_string()
                } else {
                    styled.to_string()
                };
                let _ = output::print_stdout(&text);
                exit::OK
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
            let text: String = exit::TABLE
                .iter()
                .map(|(code, meaning)| format!("{code}  {meaning}\n"))
                .collect();
            let _ = output::print_stdout(&text);
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
