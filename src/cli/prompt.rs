//! The terminal's [`Prompter`]: dialoguer on stderr, when stdin and stderr
//! are terminals and `--no-input` is not given.

use std::io::{self, IsTerminal};

use age::secrecy::SecretString;

use crate::prompt::Prompter;

#[derive(Debug, Clone, Copy)]
pub struct Terminal {
    pub no_input: bool,
}

/// dialoguer's error as an I/O error that shows the same message.
fn failed(e: dialoguer::Error) -> io::Error {
    io::Error::other(e)
}

impl Prompter for Terminal {
    fn can_prompt(&self) -> bool {
        !self.no_input && io::stdin().is_terminal() && io::stderr().is_terminal()
    }

    fn message(&self, text: &str) {
        crate::cli::output::stderr_line(text);
    }

    fn passphrase(&self, prompt: &str) -> io::Result<SecretString> {
        dialoguer::Password::new()
            .with_prompt(prompt)
            .interact()
            .map(SecretString::from)
            .map_err(failed)
    }

    fn new_passphrase(
        &self,
        prompt: &str,
        repeat: &str,
        mismatch: &str,
    ) -> io::Result<SecretString> {
        dialoguer::Password::new()
            .with_prompt(prompt)
            .with_confirmation(repeat, mismatch)
            .interact()
            .map(SecretString::from)
            .map_err(failed)
    }

    fn confirm(&self, question: &str, default: bool) -> io::Result<bool> {
        dialoguer::Confirm::new()
            .with_prompt(question)
            .default(default)
            .interact()
            .map_err(failed)
    }

    fn select(&self, prompt: &str, items: &[&str], default: usize) -> io::Result<usize> {
        dialoguer::Select::new()
            .with_prompt(prompt)
            .items(items)
            .default(default)
            .interact()
            .map_err(failed)
    }

    fn input(&self, prompt: &str) -> io::Result<String> {
        dialoguer::Input::<String>::new()
            .with_prompt(prompt)
            .interact_text()
            .map_err(failed)
    }
}
