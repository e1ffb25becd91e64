//! Asking the person at the keyboard. The library never talks to the
//! terminal itself: the CLI gives it a [`Prompter`] (prompts on a
//! terminal, `src/cli/prompt.rs`), and code that asks checks
//! [`Prompter::can_prompt`] first, so that without a prompt it fails with
//! its own documented error naming the flag that answers instead (exit 2
//! for a question or a new passphrase, exit 3 for an unlock).

use std::io;
use std::sync::{Arc, OnceLock};

use age::secrecy::SecretString;

pub trait Prompter: Send + Sync {
    /// Whether a person can be asked now (a terminal, and not `--no-input`).
    fn can_prompt(&self) -> bool;

    /// A message for the person (an age plugin's, say), shown on the way.
    fn message(&self, text: &str);

    /// A secret typed once, not echoed.
    fn passphrase(&self, prompt: &str) -> io::Result<SecretString>;

    /// A secret being chosen: typed twice, `repeat` asks again, and
    /// `mismatch` is shown (and both asked again) when the two differ.
    fn new_passphrase(
        &self,
        prompt: &str,
        repeat: &str,
        mismatch: &str,
    ) -> io::Result<SecretString>;

    /// A yes/no question.
    fn confirm(&self, question: &str, default: bool) -> io::Result<bool>;

    /// One of `items`; the index of the one chosen.
    fn select(&self, prompt: &str, items: &[&str], default: usize) -> io::Result<usize>;

    /// A line of text that is not secret.
    fn input(&self, prompt: &str) -> io::Result<String>;
}

/// Nobody to ask (a library user, a test, a service): `can_prompt` is
/// false, so every caller takes its documented no-prompt path; a caller
/// that asks anyway gets an error, and messages are dropped.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoPrompt;

fn unanswered() -> io::Error {
    io::Error::new(io::ErrorKind::Unsupported, crate::i18n::tr!("io-no-prompt"))
}

impl Prompter for NoPrompt {
    fn can_prompt(&self) -> bool {
        false
    }
    fn message(&self, _text: &str) {}
    fn passphrase(&self, _prompt: &str) -> io::Result<SecretString> {
        Err(unanswered())
    }
    fn new_passphrase(&self, _: &str, _: &str, _: &str) -> io::Result<SecretString> {
        Err(unanswered())
    }
    fn confirm(&self, _question: &str, _default: bool) -> io::Result<bool> {
        Err(unanswered())
    }
    fn select(&self, _prompt: &str, _items: &[&str], _default: usize) -> io::Result<usize> {
        Err(unanswered())
    }
    fn input(&self, _prompt: &str) -> io::Result<String> {
        Err(unanswered())
    }
}

/// A shared [`NoPrompt`], for calls that take a prompter.
pub fn nobody() -> Arc<dyn Prompter> {
    Arc::new(NoPrompt)
}

static FALLBACK: OnceLock<Arc<dyn Prompter>> = OnceLock::new();

/// Makes `p` the prompter of code that has none passed to it yet: age
/// plugin recipients asked to wrap a key, deep inside encryption
/// (`crypto::recipients`). The CLI sets its own once, at start; a second
/// call changes nothing.
pub fn set_fallback(p: Arc<dyn Prompter>) {
    let _ = FALLBACK.set(p);
}

/// The prompter set by [`set_fallback`], else [`NoPrompt`].
pub fn fallback() -> Arc<dyn Prompter> {
    FALLBACK.get().cloned().unwrap_or_else(nobody)
}
