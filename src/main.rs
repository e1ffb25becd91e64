use clap::Parser;

use carnet::cli::{output, Cli};
use carnet::error::exit;

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            // clap prints help/version on stdout (exit 0) and usage errors on stderr (exit 2).
            let code = if e.use_stderr() {
                exit::USAGE
            } else {
                exit::OK
            };
            let _ = e.print();
            std::process::exit(code);
        }
    };
    if cli.exit_codes {
        for (code, meaning) in exit::TABLE {
            println!("{code}  {meaning}");
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
