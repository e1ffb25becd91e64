use clap::Parser;

use carnet::cli::{output, Cli};
use carnet::error::exit;

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => std::process::exit(output::report_parse_error(&e)),
    };
    if cli.exit_codes {
        let out = output::Output::new(&cli.global);
        if cli.global.json {
            let table: Vec<_> = exit::TABLE
                .iter()
                .map(|(code, meaning)| serde_json::json!({ "code": code, "meaning": meaning }))
                .collect();
            out.json_value(&table);
        } else {
            out.write_stdout(|w| {
                for (code, meaning) in exit::TABLE {
                    writeln!(w, "{code}  {meaning}")?;
                }
                Ok(())
            });
        }
        return;
    }
    let (json, verbose) = (cli.global.json, cli.global.verbose);
    let color = output::Output::new(&cli.global).color_err;
    if let Err(e) = carnet::commands::run(cli) {
        output::print_error(json, color, verbose, &e);
        std::process::exit(e.exit_code());
    }
}
