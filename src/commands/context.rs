//! What every command needs: where the vault is, how to unlock it, how to
//! talk to the user.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use age::secrecy::{ExposeSecret, SecretString};

use crate::cli::args::GlobalOpts;
use crate::cli::Output;
use crate::crypto;
use crate::error::{Error, Result};
use crate::journal::JournalActor;
use crate::prompt::Prompter;
use crate::vault::keys::Role;
use crate::vault::{self, Sealed, UnlockMethod, Vault};

pub struct Ctx {
    pub g: GlobalOpts,
    pub out: Output,
    /// Who answers questions: the CLI's terminal, or nobody.
    prompter: Arc<dyn Prompter>,
}

/// The platform data dir of carnet (`$XDG_DATA_HOME/carnet`).
pub fn data_dir() -> Result<PathBuf> {
    if let Some(d) = std::env::var_os("CARNET_DATA_DIR") {
        return Ok(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "carnet")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| {
            Error::usage(
                "cannot find a data directory (no home directory?)",
                "pass --vault DIR or set CARNET_VAULT",
            )
        })
}

pub fn profiles_dir() -> Result<PathBuf> {
    Ok(data_dir()?.join("profiles"))
}

/// Profile names are plain: letters, digits, `-`, `_`, `.` (not leading).
pub fn check_profile_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(
            format!("invalid profile name {name:?}"),
            "use letters, digits, '-', '_' or '.' (e.g. lea, martin-2015)",
        ))
    }
}

impl Ctx {
    pub fn new(g: GlobalOpts, prompter: Arc<dyn Prompter>) -> Self {
        let out = Output::new(&g);
        Ctx { g, out, prompter }
    }

    /// The same options, aimed at profile `name` (for `carnet profile … NAME`).
    pub fn for_profile(&self, name: &str) -> Result<Ctx> {
        check_profile_name(name)?;
        let mut g = self.g.clone();
        g.vault = None;
        g.profile = Some(name.to_string());
        Ok(Ctx {
            g,
            out: self.out.clone(),
            prompter: Arc::clone(&self.prompter),
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
            return Ok((abs, format!("vault {}", v.display())));
        }
        let name = self.profile_name();
        check_profile_name(&name)?;
        Ok((profiles_dir()?.join(&name), format!("profile {name}")))
    }

    pub fn label(&self) -> String {
        self.vault_dir()
            .map(|(_, l)| l)
            .unwrap_or_else(|_| "vault".into())
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
                .passphrase(&format!("Passphrase for {}", self.label()))
                .map_err(|e| {
                    Error::unlock(format!("cannot read the passphrase: {e}"), "try again")
                })?;
            return Ok(UnlockMethod::Passphrase(p));
        }
        Err(Error::unlock(
            "no way to unlock the vault: no identity, no passphrase file, and no terminal to ask on",
            "pass --identity FILE (or CARNET_IDENTITY), or --passphrase-file FILE (or CARNET_PASSPHRASE_FILE)",
        ))
    }

    /// Opens and unlocks the vault, telling the holder about failed unlocks.
    /// A child's vault also opens through its guardian's own vault (see
    /// `commands::profile::unlock_sealed`).
    pub fn unlock(&self) -> Result<Vault> {
        let (dir, _) = self.vault_dir()?;
        self.unlock_dir(&dir)
    }

    /// As [`Ctx::unlock`], for the vault in `dir`.
    pub fn unlock_dir(&self, dir: &Path) -> Result<Vault> {
        self.unlock_dir_accepting(dir, None)
    }

    /// As [`Ctx::unlock_dir`]; `accept`: see `profile::unlock_trusting`.
    pub fn unlock_dir_accepting(&self, dir: &Path, accept: Option<&str>) -> Result<Vault> {
        let mut sealed = Sealed::open(dir)?;
        let method = Arc::new(self.unlock_method()?);
        sealed.prefer_recipients(&self.identity_recipients());
        let (v, report) = crate::commands::profile::unlock_trusting(sealed, &method, accept)?;
        if !report.is_empty() {
            let mut parts = Vec::new();
            if !report.failed_attempts.is_empty() {
                parts.push(format!(
                    "{} failed unlock attempt(s): {}",
                    report.failed_attempts.len(),
                    report.failed_attempts.join(", ")
                ));
            }
            if report.malformed > 0 {
                parts.push(format!("{} malformed record(s), ignored", report.malformed));
            }
            if report.unread > 0 {
                parts.push(format!(
                    "{} more record(s) counted but not read (at most {} are read per unlock)",
                    report.unread,
                    crate::vault::failed::MAX_FOLD
                ));
            }
            self.out.warn(format!(
                "since the last unlock of this vault: {}. These reports are unauthenticated: anyone who has the vault's public recipient and can write to its folder can plant one (journaled as unlock.failed)",
                parts.join("; ")
            ));
        }
        let trust = v.trust();
        if !trust.rejected_keys.is_empty() {
            self.out.warn(format!(
                "{} open(s) with your identity but does not hold this vault's key (planted by someone who knows your public recipient?); `carnet check --repair` moves it to quarantine/",
                trust.rejected_keys.join(", ")
            ));
        }
        if !trust.skipped_keys.is_empty() {
            self.out.warn(format!("{}: skipped, not a key file (planted by someone who can write the vault folder?); `carnet check --repair` moves it to quarantine/", trust.skipped_keys.join("; ")));
        }
        if let Some(why) = &trust.mac_written {
            self.out.info(format!(
                "{}: the guardian's MAC was written ({why})",
                self.label()
            ));
        }
        Ok(v)
    }

    /// The recipients of `--identity`'s keys, where known without a prompt.
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
            "New passphrase",
            "a new passphrase is needed and no prompt is possible".into(),
            format!("pass {flag} FILE (first line is the passphrase), or run on a terminal without --no-input"),
            "choose a passphrase of several words",
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
                "Repeat the passphrase",
                "the passphrases do not match",
            )
            .map_err(|e| Error::usage(format!("cannot read the passphrase: {e}"), "try again"))?;
        if p.expose_secret().is_empty() {
            return Err(Error::usage("the passphrase is empty", empty_hint));
        }
        Ok(p)
    }

    /// Asks a yes/no question; under --no-input or without a terminal, exit 2
    /// naming the flag that answers it.
    pub fn confirm(&self, question: &str, flag: &str) -> Result<bool> {
        if !self.can_prompt() {
            return Err(Error::usage(
                format!("confirmation needed: {question}"),
                format!("pass {flag} to confirm without a prompt"),
            ));
        }
        self.prompter.confirm(question, false).map_err(|e| {
            Error::usage(
                format!("cannot read the answer: {e}"),
                format!("pass {flag}"),
            )
        })
    }

    pub fn stdout_is_terminal(&self) -> bool {
        std::io::stdout().is_terminal()
    }
}

/// Whether a vault exists at the selected location.
pub fn vault_exists(ctx: &Ctx) -> bool {
    ctx.vault_dir()
        .map(|(d, _)| vault::exists(&d))
        .unwrap_or(false)
}

impl Ctx {
    /// Who the policy sees acting now.
    pub fn policy_actor(&self, vault: &Vault) -> Result<crate::model::Actor> {
        let a = vault.access();
        Ok(match a.role {
            Role::Guardian => crate::model::Actor::Guardian { id: a.id.clone() },
            Role::Holder | Role::Minor => crate::model::Actor::Holder,
        })
    }

    /// The journal mode of what the user does now.
    pub fn journal_mode(&self) -> &'static str {
        "normal"
    }

    /// A predicate hiding documents the one acting may not see (policy).
    pub fn hidden_filter(&self, vault: &Vault) -> Result<Option<HideFilter>> {
        let actor = self.policy_actor(vault)?;
        let conn = vault.load()?;
        let snap = crate::commands::access::StateSnapshot::load(&conn)?;
        let now = crate::timefmt::now();
        // Only documents with flags aimed at the patient side can be hidden.
        if !crate::vault::store::any_patient_side_flags(&conn)? {
            return Ok(None);
        }
        Ok(Some(Box::new(move |d: &crate::model::Document| {
            !crate::policy::decide(&actor, &crate::policy::DocFacts::of(d), &snap.view(), now)
                .visible
        })))
    }
}

/// Whether the user may not see a document now ([`Ctx::hidden_filter`]).
pub type HideFilter = Box<dyn Fn(&crate::model::Document) -> bool>;

/// What stands for the title of a document the user may not see now
/// (`INVISIBLE_PATIENT` before its release, or hidden from a guardian):
/// tables and journal lines that list documents show this instead.
pub const HELD_TITLE: &str = "(not visible to you)";

/// A document's title as the user may see it, given [`Ctx::hidden_filter`].
pub fn shown_title(hide: &Option<HideFilter>, d: &crate::model::Document) -> String {
    match hide {
        Some(h) if h(d) => HELD_TITLE.to_string(),
        _ => d.title.clone(),
    }
}

/// A warning when a minor's vault approaches the majority age.
pub fn majority_warning(
    conn: &rusqlite::Connection,
    now: time::OffsetDateTime,
) -> Result<Option<String>> {
    use crate::vault::store;
    let Some(birth) =
        store::get_meta(conn, "birth_date")?.and_then(|b| crate::timefmt::parse_ymd(&b))
    else {
        return Ok(None);
    };
    if store::get_meta(conn, "guardians_profile")?.is_none() {
        return Ok(None);
    }
    let age = store::setting_u32(conn, "majority-age")? as i32;
    let days = store::setting_u32(conn, "majority-warning-days")? as i64;
    let due = crate::timefmt::birthday(birth, age);
    let left = (due - now.date()).whole_days();
    if left <= 0 {
        Ok(Some(format!("the holder reached the majority age ({age}) on {}; hand the vault over: carnet profile handover", crate::timefmt::ymd(due))))
    } else if left <= days {
        Ok(Some(format!("the holder turns {age} on {} (in {left} days); prepare the handover (carnet profile handover)", crate::timefmt::ymd(due))))
    } else {
        Ok(None)
    }
}
