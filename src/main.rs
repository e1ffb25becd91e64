use std::sync::Arc;

use clap::{CommandFactory, FromArgMatches};

use carnet::cli::{output, pager, prompt, Cli};
use carnet::error::exit;

fn main() {
    // The language is chosen once, before parsing. The French command tree
    // is built only when clap has something to print (help, version, an
    // error), so that a French run that parses pays nothing for it.
    let lang = carnet::i18n::init(output::json_from_args(std::env::args_os()));
    carnet::timefmt::write_dates_day_first(lang == carnet::i18n::Lang::Fr);
    let from = |m: clap::ArgMatches| {
        Cli::from_arg_matches(&m).map(|mut c| {
            c.global.typed_target = carnet::cli::args::typed_target(&m);
            c
        })
    };
    let parsed = match Cli::command().try_get_matches().and_then(from) {
        Err(e)
            if lang == carnet::i18n::Lang::Fr
                && e.kind() != clap::error::ErrorKind::DisplayVersion =>
        {
            carnet::cli::help_fr::to_french(Cli::command())
                .try_get_matches()
                .and_then(from)
        }
        other => other,
    };
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => std::process::exit(output::report_parse_error(&e)),
    };
    let (json, verbose) = (cli.global.json, cli.global.verbose);
    pager::setup(&cli);
    let out = output::Output::new(&cli.global);
    let result = if cli.exit_codes {
        exit_codes(&out, json);
        out.write_error().map_or(Ok(()), Err)
    } else {
        // The terminal answers the library's questions, unless --no-input.
        let prompter: Arc<dyn carnet::prompt::Prompter> = Arc::new(prompt::Terminal {
            no_input: cli.global.no_input,
        });
        carnet::prompt::set_fallback(Arc::clone(&prompter));
        carnet::commands::run(cli, prompter)
    };
    // The reader quits the pager before an error is told, on the terminal.
    pager::finish();
    if let Err(e) = result {
        output::print_error(json, out.color_err, verbose, &e);
        std::process::exit(e.exit_code());
    }
}

/// `carnet --exit-codes`: the table of exit codes.
fn exit_codes(out: &output::Output, json: bool) {
    if json {
        let table: Vec<_> = exit::TABLE
            .iter()
            .map(|(code, meaning)| serde_json::json!({ "code": code, "meaning": meaning }))
            .collect();
        out.json_value(&table);
    } else {
        out.write_stdout(|w| {
            // The JSON keeps the table's English; people read their language.
            for (code, meaning) in exit::TABLE {
                let shown = carnet::i18n::explain::exit_code(*code);
                writeln!(w, "{code}  {}", shown.as_deref().unwrap_or(meaning))?;
            }
            Ok(())
        });
    }
}
