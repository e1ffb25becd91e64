//! `carnet completions SHELL`: the completion script on stdout, the same
//! bytes as the committed `completions/` file (both come from
//! `cli::docs::completion`). Needs no vault.

use std::io::Write;

use crate::cli::args::CompletionsArgs;
use crate::cli::docs;
use crate::error::{Error, Result};

pub fn completions(a: &CompletionsArgs) -> Result<()> {
    let script = docs::completion(a.shell);
    let mut out = std::io::stdout().lock();
    match out.write_all(&script).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // `carnet completions bash | head` is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io(crate::i18n::tr!("c-shell-writing"), e)),
    }
}
