//! Loading identity files: age X25519 keys, OpenSSH private keys (plain or
//! passphrase-protected), age plugin identities, and age-encrypted identity
//! files (`age -p`). Passphrase prompts go through the [`Prompter`] the
//! caller gives, which refuses under `--no-input` or without a terminal.

use std::path::Path;
use std::sync::Arc;

use age::secrecy::SecretString;

use crate::error::{Error, Result};
use crate::prompt::Prompter;

/// age's callbacks (identity and plugin prompts), answered by a
/// [`Prompter`]: age wants them `Clone + 'static`, hence the `Arc`.
#[derive(Clone)]
pub struct AgeCallbacks(pub Arc<dyn Prompter>);

impl age::Callbacks for AgeCallbacks {
    fn display_message(&self, message: &str) {
        self.0.message(&crate::text::escape_keep_lines(message));
    }

    fn confirm(&self, message: &str, yes_string: &str, no_string: Option<&str>) -> Option<bool> {
        if !self.0.can_prompt() {
            return None;
        }
        let items: Vec<&str> = match no_string {
            Some(n) => vec![yes_string, n],
            None => vec![yes_string],
        };
        self.0.select(message, &items, 0).ok().map(|i| i == 0)
    }

    fn request_public_string(&self, description: &str) -> Option<String> {
        if !self.0.can_prompt() {
            return None;
        }
        self.0.input(description).ok()
    }

    fn request_passphrase(&self, description: &str) -> Option<SecretString> {
        if !self.0.can_prompt() {
            return None;
        }
        self.0.passphrase(description).ok()
    }
}

/// Reads an identity file into identities usable for decryption.
pub fn load_identity_file(
    path: &Path,
    prompter: &Arc<dyn Prompter>,
) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>> {
    let callbacks = AgeCallbacks(Arc::clone(prompter));
    let data = std::fs::read(path).map_err(|e| {
        Error::unlock(
            crate::i18n::tr!(
                "v-identity-unreadable",
                path = path.display().to_string(),
                detail = crate::i18n::os::describe(&e)
            ),
            crate::i18n::tr!("v-identity-unreadable-hint"),
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
            callbacks.clone(),
            Some(crate::crypto::PASSPHRASE_MAX_LOG_N),
        )
        .ok_or_else(|| bad_identity(&name, "it is an age file, but not passphrase-protected"))?;
        if !prompter.can_prompt() {
            return Err(Error::unlock(
                crate::i18n::tr!("v-identity-needs-prompt", name = &name),
                crate::i18n::tr!("v-identity-needs-prompt-hint"),
            ));
        }
        let file = enc.decrypt(Some(&name)).map_err(|_| {
            Error::unlock(
                crate::i18n::tr!("v-identity-wrong-passphrase", name = &name),
                crate::i18n::tr!("v-identity-wrong-passphrase-hint"),
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
                        crate::i18n::tr!("v-ssh-needs-prompt", name = &name),
                        crate::i18n::tr!("v-ssh-needs-prompt-hint"),
                    ));
                }
                Ok(vec![Box::new(id.with_callbacks(callbacks.clone()))])
            }
            age::ssh::Identity::Unencrypted(_) => Ok(vec![Box::new(id)]),
        };
    }

    // age X25519 and plugin identities.
    let file = age::IdentityFile::from_buffer(std::io::Cursor::new(data.to_vec()))
        .map_err(|e| bad_identity(&name, &e.to_string()))?
        .with_callbacks(callbacks);
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
        crate::i18n::tr!("v-bad-identity", name = name, why = why),
        crate::i18n::tr!("v-bad-identity-hint"),
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

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::Mutex;

    use age::secrecy::ExposeSecret;
    use age::Callbacks;

    use super::*;

    /// A prompter with answers ready: what a caller without a terminal
    /// (a test, another front end) can give the library.
    #[derive(Default)]
    struct Scripted {
        passphrase: &'static str,
        choice: usize,
        asked: Mutex<Vec<String>>,
    }

    impl Prompter for Scripted {
        fn can_prompt(&self) -> bool {
            true
        }
        fn message(&self, text: &str) {
            self.asked.lock().unwrap().push(format!("message: {text}"));
        }
        fn passphrase(&self, prompt: &str) -> std::io::Result<SecretString> {
            self.asked.lock().unwrap().push(prompt.to_string());
            Ok(SecretString::from(self.passphrase.to_string()))
        }
        fn new_passphrase(&self, prompt: &str, _: &str, _: &str) -> std::io::Result<SecretString> {
            self.passphrase(prompt)
        }
        fn confirm(&self, question: &str, _default: bool) -> std::io::Result<bool> {
            self.asked.lock().unwrap().push(question.to_string());
            Ok(true)
        }
        fn select(&self, prompt: &str, items: &[&str], _default: usize) -> std::io::Result<usize> {
            self.asked
                .lock()
                .unwrap()
                .push(format!("{prompt} {items:?}"));
            Ok(self.choice)
        }
        fn input(&self, prompt: &str) -> std::io::Result<String> {
            self.asked.lock().unwrap().push(prompt.to_string());
            Ok("typed".into())
        }
    }

    /// An `age -p` identity file (scrypt, cheap work factor) in `dir`.
    fn encrypted_identity(dir: &Path, passphrase: &str) -> (std::path::PathBuf, String) {
        let id = age::x25519::Identity::generate();
        let mut r = age::scrypt::Recipient::new(SecretString::from(passphrase.to_string()));
        r.set_work_factor(10);
        let enc =
            age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
        let mut sealed = Vec::new();
        let mut w = enc.wrap_output(&mut sealed).unwrap();
        w.write_all(id.to_string().expose_secret().as_bytes())
            .unwrap();
        w.finish().unwrap();
        let path = dir.join("identity.age");
        std::fs::write(&path, sealed).unwrap();
        (path, id.to_public().to_string())
    }

    #[test]
    fn nobody_to_ask_is_the_documented_unlock_failure() {
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = encrypted_identity(dir.path(), "idpass");
        let e = load_identity_file(&path, &crate::prompt::nobody())
            .err()
            .expect("refused");
        assert_eq!(e.exit_code(), crate::error::exit::UNLOCK);
        assert!(e.to_string().contains("no prompt is possible"), "{e}");
    }

    #[test]
    fn a_given_prompter_answers_age_and_opens_the_identity() {
        let dir = tempfile::tempdir().unwrap();
        let (path, recipient) = encrypted_identity(dir.path(), "idpass");
        let scripted = Arc::new(Scripted {
            passphrase: "idpass",
            ..Default::default()
        });
        let prompter: Arc<dyn Prompter> = scripted.clone();
        let ids = load_identity_file(&path, &prompter).unwrap();
        assert_eq!(ids.len(), 1);
        let asked = scripted.asked.lock().unwrap().clone();
        assert_eq!(asked.len(), 1, "{asked:?}");
        assert!(asked[0].contains("identity.age"), "{asked:?}");
        // The identity opens what was encrypted to its recipient.
        let r: age::x25519::Recipient = recipient.parse().unwrap();
        let msg = age::encrypt(&r, b"secret").unwrap();
        let dec = age::Decryptor::new(&msg[..]).unwrap();
        let mut out = Vec::new();
        std::io::Read::read_to_end(
            &mut dec
                .decrypt(ids.iter().map(|i| i.as_ref() as &dyn age::Identity))
                .unwrap(),
            &mut out,
        )
        .unwrap();
        assert_eq!(out, b"secret");

        // A wrong passphrase is an unlock failure, not a crash.
        let wrong: Arc<dyn Prompter> = Arc::new(Scripted {
            passphrase: "nope",
            ..Default::default()
        });
        let e = load_identity_file(&path, &wrong).err().expect("refused");
        assert_eq!(e.exit_code(), crate::error::exit::UNLOCK);
        assert!(e.to_string().contains("wrong passphrase"), "{e}");
    }

    #[test]
    fn age_callbacks_ask_the_prompter_only_when_it_can() {
        let scripted = Arc::new(Scripted {
            choice: 1,
            ..Default::default()
        });
        let cb = AgeCallbacks(scripted.clone());
        assert_eq!(
            cb.confirm("Touch the key", "done", Some("skip")),
            Some(false)
        );
        assert_eq!(
            cb.request_public_string("PIN hint").as_deref(),
            Some("typed")
        );
        cb.display_message("plugin says hi");
        assert_eq!(
            *scripted.asked.lock().unwrap(),
            [
                "Touch the key [\"done\", \"skip\"]",
                "PIN hint",
                "message: plugin says hi"
            ]
        );
        let none = AgeCallbacks(crate::prompt::nobody());
        assert_eq!(none.confirm("q", "yes", None), None);
        assert!(none.request_public_string("q").is_none());
        assert!(none.request_passphrase("q").is_none());
    }
}
