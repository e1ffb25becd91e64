//! How an export is encrypted, and how the journal names it: the explicit
//! recipients, else a passphrase asked for, else the professional's
//! recorded recipient, else a passphrase after all.

use age::secrecy::SecretString;

use crate::bundle::plan::Plan;
use crate::crypto::{self, ParsedRecipient, Recipients};
use crate::error::Result;

/// Chooses the bundle's encryption. `ask(why, from_flag)` gets the
/// passphrase (the caller prompts, or reads the `--bundle-passphrase-file`
/// when `from_flag`); `why` says why one is needed.
pub fn choose(
    explicit: Vec<ParsedRecipient>,
    want_passphrase: bool,
    plan: &Plan,
    ask: impl FnOnce(&str, bool) -> Result<SecretString>,
) -> Result<(Recipients, &'static str)> {
    Ok(if !explicit.is_empty() {
        (Recipients::Keys(explicit), "recipient")
    } else if want_passphrase {
        (
            Recipients::passphrase(ask(&crate::i18n::tr!("x-export-why-passphrase"), true)?),
            "passphrase",
        )
    } else if let Some(r) = plan.pro_recipient.as_deref() {
        (
            Recipients::one(crypto::parse_recipient(r)?),
            "professional's recipient",
        )
    } else {
        let name = plan
            .recipient
            .as_ref()
            .map(|r| r.name.clone())
            .unwrap_or_default();
        (
            Recipients::passphrase(ask(
                &crate::i18n::tr!("x-export-why-no-recipient", name = name),
                false,
            )?),
            "passphrase",
        )
    })
}
