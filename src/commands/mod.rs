//! One module per command group; each reads like the user's story:
//! unlock, ask the vault, render.

pub mod access;
pub mod add;
pub mod agent;
pub mod backup;
pub mod bundle;
pub mod check;
pub mod clone;
pub mod context;
pub mod device;
pub mod edit;
pub mod emergency;
pub mod export;
pub mod get;
pub mod grant;
pub mod grants;
pub mod inbox;
pub mod init;
pub mod journal;
pub mod key;
pub mod keygen;
pub mod list;
pub mod mask;
pub mod medical;
pub mod passwd;
pub mod pro;
pub mod profile;
pub mod rekey;
pub mod release;
pub mod remote;
pub mod restore;
pub mod revoke;
pub mod rm;
pub mod settings;
pub mod shell;
pub mod show;
pub mod status;
pub mod sync;
pub mod trust;

use std::sync::Arc;

use crate::cli::args::{Cli, Command};
use crate::error::{Error, Result};
use crate::prompt::Prompter;
use context::Ctx;

/// Runs the parsed command line; `prompter` answers its questions. Output
/// that could not be written ends it as an error (exit 1), as the first
/// thing that went wrong: what was printed is incomplete.
pub fn run(cli: Cli, prompter: Arc<dyn Prompter>) -> Result<()> {
    let ctx = Ctx::new(cli.global.clone(), prompter);
    let Some(cmd) = cli.command else {
        return Err(Error::usage(
            crate::i18n::tr!("err-no-command"),
            crate::i18n::tr!("c-no-command-hint"),
        ));
    };
    // Checked before any command starts, so a bad value never stops one
    // half-way (e.g. after `add` encrypted its inputs).
    crate::vault::lock_timeout()?;
    // These look at the vault as it is: an unlock does not fold the inbox.
    if matches!(
        &cmd,
        Command::Check(_)
            | Command::Journal(crate::cli::args::JournalArgs {
                command: Some(crate::cli::args::JournalCommand::Verify),
                ..
            })
    ) {
        ctx.no_inbox_fold();
    }
    let done = match &cmd {
        Command::Init(a) => init::run(&ctx, a),
        Command::Keygen(a) => keygen::run(&ctx, a),
        Command::Add(a) => add::run(&ctx, a),
        Command::List(a) => list::run(&ctx, a),
        Command::Show(a) => show::run(&ctx, a),
        Command::Get(a) => get::run(&ctx, a),
        Command::Edit(a) => edit::run(&ctx, a),
        Command::Mask(a) => mask::run(&ctx, a, true),
        Command::Unmask(a) => mask::run(&ctx, a, false),
        Command::Rm(a) => rm::run(&ctx, a),
        Command::Release(a) => release::run(&ctx, a),
        Command::Check(a) => check::run(&ctx, a),
        Command::Status => status::run(&ctx),
        Command::Journal(a) => journal::run(&ctx, a),
        Command::Passwd(a) => passwd::run(&ctx, a),
        Command::Key(c) => key::run(&ctx, c),
        Command::Settings(c) => settings::run(&ctx, c),
        Command::Access(a) => access::run(&ctx, a),
        Command::Export(a) => export::run(&ctx, a),
        Command::Bundle(c) => bundle::run(&ctx, c),
        Command::Pro(c) => pro::run(&ctx, c),
        Command::Grant(a) => grant::run(&ctx, a),
        Command::Grants(a) => grants::run(&ctx, a),
        Command::Revoke(a) => revoke::run(&ctx, a),
        Command::Emergency(c) => emergency::run(&ctx, c),
        Command::Remote(c) => remote::run(&ctx, c),
        Command::Sync(a) => sync::run(&ctx, a),
        Command::Clone(a) => clone::run(&ctx, a),
        Command::Device(c) => device::run(&ctx, c),
        Command::Medical(c) => medical::run(&ctx, c),
        Command::Completions(a) => shell::completions(a),
        Command::Profile(c) => profile::run(&ctx, c),
        Command::Rekey(a) => rekey::run(&ctx, a),
        Command::Trust(c) => trust::run(&ctx, c),
        Command::Backup(a) => backup::run(&ctx, a),
        Command::Restore(a) => restore::run(&ctx, a),
        Command::Inbox(c) => inbox::run(&ctx, c),
        Command::Agent(c) => agent::run(&ctx, c),
    };
    match ctx.out.write_error() {
        Some(e) => Err(e),
        None => done,
    }
}
