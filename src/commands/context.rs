//! What every command needs: where the vault is, how to unlock it, how to
//! talk to the user.

use std::cell::Cell;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use age::secrecy::{ExposeSecret, SecretString};

use crate::agent;
use crate::cli::args::GlobalOpts;
use crate::cli::{unlock, Output};
use crate::crypto;
use crate::error::{Error, Result};
use crate::i18n::tr;
use crate::journal::JournalActor;
use crate::prompt::Prompter;
use crate::vault::keys::Role;
use crate::vault::{self, inbox, profile, Sealed, UnlockMethod, Vault};

pub struct Ctx {
    pub g: GlobalOpts,
    pub out: Output,
    /// Who answers questions: the CLI's terminal, or nobody.
    prompter: Arc<dyn Prompter>,
    /// Whether an unlock folds the inbox first (all commands but `check`
    /// and `journal verify`, which look at the vault as it is).
    fold_inbox: Cell<bool>,
}

impl Ctx {
    pub fn new(g: GlobalOpts, prompter: Arc<dyn Prompter>) -> Self {
        let out = Output::new(&g);
        Ctx {
            g,
            out,
            prompter,
            fold_inbox: Cell::new(true),
        }
    }

    /// The same options, aimed at profile `name` (for `carnet profile … NAME`).
    pub fn for_profile(&self, name: &str) -> Result<Ctx> {
        profile::check_name(name)?;
        let mut g = self.g.clone();
        g.vault = None;
        g.profile = Some(name.to_string());
        Ok(Ctx {
            g,
            out: self.out.clone(),
            prompter: Arc::clone(&self.prompter),
            fold_inbox: Cell::new(self.fold_inbox.get()),
        })
    }

    pub fn profile_name(&self) -> String {
        self.g.profile.clone().unwrap_or_else(|| "default".into())
    }

    /// The vault directory and how to name it to the user.
    pub fn vault_dir(&self) -> Result<(PathBuf, String)> {
        if let Some(v) = &self.g.vault {
            // Absolute for what is printed as data (JSON "vault"); the label
            // keeps the path as the user wrote it.
            let abs = std::path::absolute(v).unwrap_or_else(|_| v.clone());
            return Ok((
                abs,
                crate::i18n::tr!("label-vault", path = v.display().to_string()),
            ));
        }
        let name = self.profile_name();
        profile::check_name(&name)?;
        Ok((
            profile::profiles_dir()?.join(&name),
            crate::i18n::tr!("label-profile", name = &name),
        ))
    }

    pub fn label(&self) -> String {
        self.vault_dir()
            .map(|(_, l)| l)
            .unwrap_or_else(|_| crate::i18n::tr!("label-the-vault"))
    }

    pub fn prompter(&self) -> &Arc<dyn Prompter> {
        &self.prompter
    }

    pub fn can_prompt(&self) -> bool {
        self.prompter.can_prompt()
    }

    pub fn sealed(&self) -> Result<Sealed> {
        let (dir, _) = self.vault_dir()?;
        Sealed::open(&dir)
    }

    /// The unlock method from the global options (identity, passphrase
    /// file, then a prompt on a terminal), or exit 3.
    pub fn unlock_method(&self) -> Result<UnlockMethod> {
        if let Some(path) = &self.g.identity {
            let identities = crypto::load_identity_file(path, &self.prompter)?;
            return Ok(UnlockMethod::Identities {
                identities,
                source: path.display().to_string(),
            });
        }
        if let Some(p) = &self.g.passphrase_file {
            return Ok(UnlockMethod::Passphrase(crypto::read_passphrase_file(p)?));
        }
        if self.can_prompt() {
            let p = self
                .prompter
                .passphrase(&crate::i18n::tr!("c-unlock-prompt", label = self.label()))
                .map_err(|e| {
                    Error::unlock(
                        crate::i18n::tr!("err-read-passphrase", detail = e.to_string()),
                        crate::i18n::tr!("err-try-again"),
                    )
                })?;
            return Ok(UnlockMethod::Passphrase(p));
        }
        Err(Error::unlock(
            crate::i18n::tr!("err-no-unlock-method"),
            crate::i18n::tr!("err-no-unlock-method-hint"),
        ))
    }

    /// Opens and unlocks the vault, telling the holder about failed unlocks.
    /// A child's vault also opens through its guardian's own vault (see
    /// `vault::profile::unlock`).
    pub fn unlock(&self) -> Result<Vault> {
        let (dir, _) = self.vault_dir()?;
        self.unlock_dir(&dir)
    }

    /// As [`Ctx::unlock`], for the vault in `dir`.
    pub fn unlock_dir(&self, dir: &Path) -> Result<Vault> {
        self.unlock_dir_accepting(dir, None)
    }

    /// As [`Ctx::unlock_dir`]; `accept`: see `vault::profile::unlock`.
    pub fn unlock_dir_accepting(&self, dir: &Path, accept: Option<&str>) -> Result<Vault> {
        Sealed::unlock_current(dir, |sealed| self.unlock_sealed(sealed, accept))
    }

    /// [`Ctx::unlock_dir`] of a clone being made, which other commands
    /// refuse to open until it is complete.
    pub fn unlock_clone(&self, dir: &Path) -> Result<Vault> {
        self.unlock_sealed(Sealed::open_cloning(dir)?, None)
    }

    /// Unlocks `sealed` as [`Ctx::unlock`] does.
    pub(crate) fn unlock_sealed(&self, mut sealed: Sealed, accept: Option<&str>) -> Result<Vault> {
        let (v, report) = match self.agent_key(&sealed) {
            Some((key, file)) => profile::unlock_held(sealed, key, file, accept)?,
            None => {
                let method = Arc::new(self.unlock_method()?);
                sealed.prefer_recipients(&self.identity_recipients());
                profile::unlock(sealed, &method, accept)?
            }
        };
        if let Some(w) = unlock::failed_unlocks_warning(&report) {
            self.out.warn(w);
        }
        let trust = v.trust();
        if !trust.rejected_keys.is_empty() {
            self.out.warn(tr!(
                "x-unlock-key-rejected",
                files = trust.rejected_keys.join(", ")
            ));
        }
        if !trust.skipped_keys.is_empty() {
            self.out.warn(tr!(
                "x-unlock-key-skipped",
                files = trust.skipped_keys.join("; ")
            ));
        }
        if let Some(why) = &trust.mac_written {
            self.out
                .info(tr!("x-unlock-mac-written", label = self.label(), why = why));
        }
        if self.fold_inbox.get() && inbox::has_items(&v.layout) {
            // Its own commit, before the command's: a failure leaves the
            // items for the next unlock and does not stop the command.
            match inbox::fold(&v) {
                Ok(r) => self.tell_fold(&r),
                Err(e) => self.out.warn(tr!("x-fold-failed", error = e.to_string())),
            }
        }
        Ok(v)
    }

    /// The key of this vault if an unlock agent of the user holds it and
    /// no unlock method was given (an explicit `--identity` or
    /// `--passphrase-file` wins; `CARNET_NO_AGENT=1` bypasses the agent).
    fn agent_key(&self, sealed: &Sealed) -> Option<(crypto::VaultKey, String)> {
        if self.g.identity.is_some()
            || self.g.passphrase_file.is_some()
            || std::env::var_os("CARNET_NO_AGENT").is_some_and(|v| v == "1")
        {
            return None;
        }
        match agent::client::key_for(&sealed.config.id) {
            Ok(Some((key, info))) => {
                // After it followed a rekey, the agent still opens files of
                // the key it replaced: its recipient must be the vault's.
                let current = sealed.recipient().ok().map(|r| r.to_string());
                if sealed.key_opens_index(&key) {
                    if current.as_deref() == Some(&info.recipient) {
                        return Some((key, info.file));
                    }
                    self.out.warn(crate::i18n::tr!(
                        "s2-agent-other-key",
                        pid = info.pid.to_string(),
                        label = self.label()
                    ));
                    return None;
                }
                self.out
                    .warn(tr!("x-agent-old-key", pid = info.pid, label = self.label()));
                None
            }
            Ok(None) => None,
            Err(e) => {
                self.out
                    .warn(tr!("x-agent-not-used", error = e.to_string()));
                None
            }
        }
    }

    /// Unlocks without folding the inbox (`check`, `journal verify`, and
    /// `inbox import`, which folds on its own).
    pub fn no_inbox_fold(&self) {
        self.fold_inbox.set(false);
    }

    /// Tells the user what a fold of the inbox did (on stderr).
    pub fn tell_fold(&self, r: &inbox::FoldReport) {
        if r.retired_key > 0 {
            self.out.warn(crate::i18n::tr!(
                "s2-inbox-retired-key",
                n = r.retired_key,
                recipient = &r.recipient
            ));
        }
        if r.is_empty() && r.left == 0 {
            return;
        }
        let (label, added, duplicates) = (self.label(), r.added.len(), r.duplicates.len());
        self.out.info(if r.left > 0 {
            tr!(
                "x-fold-done-left",
                label = label,
                added = added,
                duplicates = duplicates,
                left = r.left
            )
        } else {
            tr!(
                "x-fold-done",
                label = label,
                added = added,
                duplicates = duplicates
            )
        });
        for (item, why) in &r.rejected {
            self.out
                .warn(tr!("x-fold-rejected", item = item, why = why.shown()));
        }
    }

    /// The same options aimed at the child's profile `name`, and its
    /// vault unlocked: exit 2 if it is not a child's profile, exit 5 if it
    /// was handed over.
    pub fn unlock_child(&self, name: &str) -> Result<(Ctx, Vault)> {
        let cctx = self.for_profile(name)?;
        let (dir, _) = cctx.vault_dir()?;
        profile::require_child(&dir, name)?;
        let v = cctx.unlock_dir(&dir)?;
        Ok((cctx, v))
    }

    /// The recipients of `--identity`'s keys, where known without a prompt.
    /// The identity file given (`--identity`, `CARNET_IDENTITY`), if any.
    pub fn identity_file(&self) -> Option<&Path> {
        self.g.identity.as_deref()
    }

    pub fn identity_recipients(&self) -> Vec<String> {
        self.g
            .identity
            .as_deref()
            .map(crypto::identity_file_recipients)
            .unwrap_or_default()
    }

    /// The actor journaled for what the user does now: a guardian when the
    /// vault was opened through a guardian's wrapper, else the holder (the
    /// minor's own key acts as the holder).
    pub fn actor(&self, vault: &Vault) -> Result<JournalActor> {
        let a = vault.access();
        Ok(match a.role {
            Role::Guardian => JournalActor::guardian(&a.id, &a.name),
            Role::Holder | Role::Minor => JournalActor::holder(&vault.holder_name()?),
        })
    }

    /// Asks for a new passphrase twice (or reads it from a file).
    pub fn new_passphrase(&self, file: Option<&PathBuf>, flag: &str) -> Result<SecretString> {
        if let Some(f) = file {
            return crypto::read_passphrase_file(f);
        }
        self.prompt_new_passphrase(
            &crate::i18n::tr!("c-new-passphrase-prompt"),
            crate::i18n::tr!("c-new-passphrase-no-prompt"),
            crate::i18n::tr!("c-new-passphrase-no-prompt-hint", flag = flag),
            &crate::i18n::tr!("c-new-passphrase-empty-hint"),
        )
    }

    /// Asks twice for a passphrase being chosen; exit 2 with `hint` when no
    /// prompt is possible, and refuses an empty one.
    pub fn prompt_new_passphrase(
        &self,
        prompt: &str,
        no_prompt: String,
        hint: String,
        empty_hint: &str,
    ) -> Result<SecretString> {
        if !self.can_prompt() {
            return Err(Error::usage(no_prompt, hint));
        }
        let p = self
            .prompter
            .new_passphrase(
                prompt,
                &crate::i18n::tr!("c-passphrase-repeat"),
                &crate::i18n::tr!("c-passphrase-mismatch"),
            )
            .map_err(|e| {
                Error::usage(
                    crate::i18n::tr!("err-read-passphrase", detail = e.to_string()),
                    crate::i18n::tr!("err-try-again"),
                )
            })?;
        if p.expose_secret().is_empty() {
            return Err(Error::usage(
                crate::i18n::tr!("err-empty-passphrase"),
                empty_hint,
            ));
        }
        Ok(p)
    }

    /// Asks a yes/no question; under --no-input or without a terminal, exit 2
    /// naming the flag that answers it.
    pub fn confirm(&self, question: &str, flag: &str) -> Result<bool> {
        if !self.can_prompt() {
            return Err(Error::usage(
                crate::i18n::tr!("err-confirm-needed", question = question),
                crate::i18n::tr!("err-confirm-needed-hint", flag = flag),
            ));
        }
        self.prompter.confirm(question, false).map_err(|e| {
            Error::usage(
                crate::i18n::tr!("err-read-answer", detail = e.to_string()),
                crate::i18n::tr!("err-pass-flag", flag = flag),
            )
        })
    }

    pub fn stdout_is_terminal(&self) -> bool {
        std::io::stdout().is_terminal()
    }

    /// The minor's recipients that a document hidden from guardians is sealed
    /// to; exit 2 naming this profile when there are none.
    pub fn recipients_for_hiding(
        &self,
        vault: &Vault,
    ) -> Result<Vec<crate::crypto::ParsedRecipient>> {
        crate::vault::add::minor_recipients_for_hiding(vault).map_err(|e| match e {
            Error::Usage { message, hint } => Error::Usage {
                message: format!("{}: {message}", self.label()),
                hint: hint.replace("NAME", &self.profile_name()),
            },
            other => other,
        })
    }
}

/// Whether a vault exists at the selected location.
pub fn vault_exists(ctx: &Ctx) -> bool {
    ctx.vault_dir()
        .map(|(d, _)| vault::exists(&d))
        .unwrap_or(false)
}
