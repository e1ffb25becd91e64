//! Loading identity files: age X25519 keys, OpenSSH private keys (plain or
//! passphrase-protected), age plugin identities, and age-encrypted identity
//! files (`age -p`). Passphrase prompts go through [`Prompter`], which
//! refuses under `--no-input` or without a terminal.

use std::io::IsTerminal;
use std::path::Path;

use age::secrecy::SecretString;

use crate::error::{Error, Result};

/// age callbacks: prompts on the terminal when allowed.
#[derive(Clone, Default)]
pub struct Prompter {
    pub no_input: bool,
}

impl Prompter {
    pub fn can_prompt(&self) -> bool {
        !self.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }
}

impl age::Callbacks for Prompter {
    fn display_message(&self, message: &str) {
        eprintln!("{}", crate::text::escape_keep_lines(message));
    }

    fn confirm(&self, message: &str, yes_string: &str, no_string: Option<&str>) -> Option<bool> {
        if !self.can_prompt() {
            return None;
        }
        let items: Vec<&str> = match no_string {
            Some(n) => vec![yes_string, n],
            None => vec![yes_string],
        };
        dialoguer::Select::new()
            .with_prompt(message)
            .items(&items)
            .default(0)
            .interact()
            .ok()
            .map(|i| i == 0)
    }

    fn request_public_string(&self, description: &str) -> Option<String> {
        if !self.can_prompt() {
            return None;
        }
        dialoguer::Input::<String>::new()
            .with_prompt(description)
            .interact_text()
            .ok()
    }

    fn request_passphrase(&self, description: &str) -> Option<SecretString> {
        if !self.can_prompt() {
            return None;
        }
        dialoguer::Password::new()
            .with_prompt(description)
            .interact()
            .ok()
            .map(SecretString::from)
    }
}

/// Reads an identity file into identities usable for decryption.
pub fn load_identity_file(
    path: &Path,
    prompter: &Prompter,
) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>> {
    let data = std::fs::read(path).map_err(|e| {
        Error::unlock(
            format!("cannot read identity file {}: {e}", path.display()),
            "check the --identity path (or CARNET_IDENTITY)",
        )
    })?;
    let data = zeroize::Zeroizing::new(data);
    let name = path.display().to_string();
    let text = String::from_utf8_lossy(&data);
    let head = text.trim_start();

    // An age-encrypted identity file (`age -p`, binary or armored).
    if data.starts_with(b"age-encryption.org/")
        || head.starts_with("-----BEGIN AGE ENCRYPTED FILE-----")
    {
        let reader = age::armor::ArmoredReader::new(std::io::BufReader::new(std::io::Cursor::new(
            data.to_vec(),
        )));
        let dec = age::Decryptor::new_buffered(reader)
            .map_err(|e| bad_identity(&name, &e.to_string()))?;
        let enc = age::encrypted::EncryptedIdentity::new(
            dec,
            prompter.clone(),
            Some(crate::crypto::PASSPHRASE_MAX_LOG_N),
        )
        .ok_or_else(|| bad_identity(&name, "it is an age file, but not passphrase-protected"))?;
        if !prompter.can_prompt() {
            return Err(Error::unlock(
                format!("identity file {name} is passphrase-protected and no prompt is possible"),
                "run on a terminal without --no-input, or use an unencrypted identity file kept safe (chmod 600)",
            ));
        }
        let file = enc.decrypt(Some(&name)).map_err(|_| {
            Error::unlock(
                format!("cannot decrypt identity file {name}: wrong passphrase"),
                "type the passphrase of the identity file (not of the vault)",
            )
        })?;
        return file
            .into_identities()
            .map_err(|e| bad_identity(&name, &e.to_string()));
    }

    // OpenSSH and PEM private keys.
    if head.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
        || head.starts_with("-----BEGIN RSA PRIVATE KEY-----")
    {
        let id = age::ssh::Identity::from_buffer(
            std::io::Cursor::new(data.to_vec()),
            Some(name.clone()),
        )
        .map_err(|e| bad_identity(&name, &e.to_string()))?;
        return match id {
            age::ssh::Identity::Unsupported(_) => {
                Err(bad_identity(&name, "unsupported ssh key type"))
            }
            age::ssh::Identity::Encrypted(_) => {
                if !prompter.can_prompt() {
                    return Err(Error::unlock(
                        format!("ssh key {name} is passphrase-protected and no prompt is possible"),
                        "run on a terminal without --no-input, or use an age identity file",
                    ));
                }
                Ok(vec![Box::new(id.with_callbacks(prompter.clone()))])
            }
            age::ssh::Identity::Unencrypted(_) => Ok(vec![Box::new(id)]),
        };
    }

    // age X25519 and plugin identities.
    let file = age::IdentityFile::from_buffer(std::io::Cursor::new(data.to_vec()))
        .map_err(|e| bad_identity(&name, &e.to_string()))?
        .with_callbacks(prompter.clone());
    let ids = file
        .into_identities()
        .map_err(|e| bad_identity(&name, &e.to_string()))?;
    if ids.is_empty() {
        return Err(bad_identity(&name, "it holds no identity"));
    }
    Ok(ids)
}

fn bad_identity(name: &str, why: &str) -> Error {
    Error::unlock(
        format!("cannot use identity file {name}: {why}"),
        "give an age identity file (AGE-SECRET-KEY-1…), an OpenSSH private key or an age plugin identity",
    )
}

/// The recipients of an identity file's keys, where they can be read
/// without a prompt (age X25519 keys, OpenSSH keys: their public half is
/// in clear even when the key is encrypted); empty otherwise (plugins,
/// `age -p` files). Unlocking tries the key files named after them first,
/// so a key file planted under another name is not even opened.
pub fn identity_file_recipients(path: &Path) -> Vec<String> {
    // Identity files are small; a huge one is not read twice.
    let Ok(meta) = std::fs::metadata(path) else {
        return Vec::new();
    };
    if meta.len() > 1 << 20 {
        return Vec::new();
    }
    let Ok(data) = std::fs::read(path) else {
        return Vec::new();
    };
    let data = zeroize::Zeroizing::new(data);
    let text = String::from_utf8_lossy(&data);
    let head = text.trim_start();
    if head.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----")
        || head.starts_with("-----BEGIN RSA PRIVATE KEY-----")
    {
        return age::ssh::Identity::from_buffer(std::io::Cursor::new(data.to_vec()), None)
            .ok()
            .and_then(|id| age::ssh::Recipient::try_from(id).ok())
            .map(|r| vec![r.to_string()])
            .unwrap_or_default();
    }
    text.lines()
        .map(str::trim)
        .filter(|l| l.starts_with("AGE-SECRET-KEY-1"))
        .filter_map(|l| l.parse::<age::x25519::Identity>().ok())
        .map(|id| id.to_public().to_string())
        .collect()
}
