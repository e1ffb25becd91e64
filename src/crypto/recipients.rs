//! Parsing recipients (age X25519, ssh-ed25519/ssh-rsa, age plugins) and
//! building an encryptor for a set of them, or for a passphrase.

use age::secrecy::SecretString;

use crate::crypto::header;
use crate::crypto::payload::PayloadKey;
use crate::crypto::AgeCallbacks;
use crate::error::{Error, Result};

/// One parsed recipient, kept with its canonical string.
#[derive(Clone)]
pub enum ParsedRecipient {
    X25519(age::x25519::Recipient),
    Ssh(age::ssh::Recipient),
    Plugin(age::plugin::Recipient),
}

impl ParsedRecipient {
    pub fn to_canonical(&self) -> String {
        match self {
            ParsedRecipient::X25519(r) => r.to_string(),
            ParsedRecipient::Ssh(r) => r.to_string(),
            ParsedRecipient::Plugin(r) => r.to_string(),
        }
    }
}

/// What a file is encrypted to: recipients, or a passphrase (age forbids mixing).
#[derive(Clone)]
pub enum Recipients {
    Keys(Vec<ParsedRecipient>),
    Passphrase { passphrase: SecretString, log_n: u8 },
}

/// The kind of a recipient string, for listings: `age`, `ssh-ed25519`, `ssh-rsa`, `plugin:NAME`.
pub fn recipient_kind(s: &str) -> String {
    let s = s.trim();
    if s.starts_with("ssh-ed25519 ") {
        "ssh-ed25519".into()
    } else if s.starts_with("ssh-rsa ") {
        "ssh-rsa".into()
    } else if let Ok(p) = s.parse::<age::plugin::Recipient>() {
        format!("plugin:{}", p.plugin())
    } else {
        "age".into()
    }
}

/// Parses one recipient string (`age1…`, `ssh-ed25519 …`, `ssh-rsa …`, `age1NAME1…`).
pub fn parse_recipient(s: &str) -> Result<ParsedRecipient> {
    let s = s.trim();
    if let Ok(r) = s.parse::<age::x25519::Recipient>() {
        return Ok(ParsedRecipient::X25519(r));
    }
    if s.starts_with("ssh-") {
        return s
            .parse::<age::ssh::Recipient>()
            .map(ParsedRecipient::Ssh)
            .map_err(|e| {
                let why = match e {
                    age::ssh::ParseRecipientKeyError::RsaModulusTooSmall => {
                        crate::i18n::tr!("v-rsa-too-small")
                    }
                    age::ssh::ParseRecipientKeyError::RsaModulusTooLarge => {
                        crate::i18n::tr!("v-rsa-too-large")
                    }
                    age::ssh::ParseRecipientKeyError::Unsupported(t) => {
                        crate::i18n::tr!("v-ssh-unsupported", kind = t.to_string())
                    }
                    _ => crate::i18n::tr!("v-ssh-invalid"),
                };
                Error::usage(
                    crate::i18n::tr!("v-bad-ssh-recipient", recipient = abbreviate(s), why = why),
                    crate::i18n::tr!("v-bad-ssh-recipient-hint"),
                )
            });
    }
    if let Ok(r) = s.parse::<age::plugin::Recipient>() {
        return Ok(ParsedRecipient::Plugin(r));
    }
    Err(Error::usage(
        crate::i18n::tr!("v-bad-recipient", recipient = abbreviate(s)),
        crate::i18n::tr!("v-bad-recipient-hint"),
    ))
}

fn abbreviate(s: &str) -> String {
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s.to_string()
    }
}

impl Recipients {
    pub fn one(r: ParsedRecipient) -> Self {
        Recipients::Keys(vec![r])
    }

    pub fn x25519(r: age::x25519::Recipient) -> Self {
        Recipients::Keys(vec![ParsedRecipient::X25519(r)])
    }

    pub fn passphrase(passphrase: SecretString) -> Self {
        Recipients::Passphrase {
            passphrase,
            log_n: crate::crypto::PASSPHRASE_LOG_N,
        }
    }

    /// A new file key wrapped to these recipients: the header and nonce to
    /// write, and the payload key.
    pub(crate) fn header(&self) -> Result<(Vec<u8>, PayloadKey)> {
        match self {
            Recipients::Passphrase { passphrase, log_n } => {
                let mut r = age::scrypt::Recipient::new(passphrase.clone());
                r.set_work_factor(*log_n);
                header::encrypt_header(&[&r as &dyn age::Recipient])
                    .map_err(|e| Error::unexpected(crate::i18n::tr!("y-encrypt-passphrase"), e))
            }
            Recipients::Keys(keys) => {
                let mut boxed: Vec<Box<dyn age::Recipient>> = Vec::new();
                let mut plugins: Vec<age::plugin::Recipient> = Vec::new();
                for k in keys {
                    match k {
                        ParsedRecipient::X25519(r) => boxed.push(Box::new(r.clone())),
                        ParsedRecipient::Ssh(r) => boxed.push(Box::new(r.clone())),
                        ParsedRecipient::Plugin(r) => plugins.push(r.clone()),
                    }
                }
                let mut names: Vec<String> =
                    plugins.iter().map(|p| p.plugin().to_string()).collect();
                names.sort();
                names.dedup();
                for name in names {
                    let p = age::plugin::RecipientPluginV1::new(
                        &name,
                        &plugins,
                        &[],
                        // No prompter reaches here (yet): the CLI's, set at start.
                        AgeCallbacks(crate::prompt::fallback()),
                    )
                    .map_err(|e| {
                        Error::usage(
                            crate::i18n::tr!(
                                "v-plugin-unusable",
                                name = name.to_string(),
                                detail = e.to_string()
                            ),
                            crate::i18n::tr!("v-plugin-unusable-hint", name = name.to_string()),
                        )
                    })?;
                    boxed.push(Box::new(p));
                }
                let refs: Vec<&dyn age::Recipient> = boxed.iter().map(|b| b.as_ref()).collect();
                header::encrypt_header(&refs)
                    .map_err(|e| Error::unexpected(crate::i18n::tr!("y-encrypt-recipients"), e))
            }
        }
    }
}
