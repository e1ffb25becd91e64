//! One typed error for the whole crate: each variant knows its exit code,
//! its snake_case kind for `--json`, its message and a hint for the user
//! (the hint style follows rage: say what to do next).

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Exit codes of the command contract (cli.md).
pub mod exit {
    pub const OK: i32 = 0;
    pub const FAILURE: i32 = 1;
    pub const USAGE: i32 = 2;
    pub const UNLOCK: i32 = 3;
    pub const NOT_FOUND: i32 = 4;
    pub const POLICY: i32 = 5;
    pub const INTEGRITY: i32 = 6;
    pub const BUSY: i32 = 7;

    /// The table printed by `carnet --exit-codes` and in the man page.
    pub const TABLE: &[(i32, &str)] = &[
        (OK, "success (also: an add of a document already in the vault, reported as duplicate)"),
        (FAILURE, "unexpected or I/O error"),
        (USAGE, "invalid usage or invalid input value (bad flag, bad RPPS/INS/FINESS check digit, bad date or duration, prompt needed under --no-input)"),
        (UNLOCK, "cannot unlock: wrong passphrase, identity that does not match, no unlock method"),
        (NOT_FOUND, "not found: vault, document, professional, grant, bundle file; or ambiguous ID prefix"),
        (POLICY, "refused by policy: professional blocked, no active grant, grant expired or revoked, emergency access opposed, handover rules"),
        (INTEGRITY, "integrity failure: tampered or corrupt vault, journal, blob or bundle"),
        (BUSY, "vault busy: another process holds the write lock past the wait timeout"),
    ];
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Bad flag or value; `hint` says what would be accepted.
    #[error("{message}")]
    Usage { message: String, hint: String },

    #[error("{message}")]
    Unlock { message: String, hint: String },

    #[error("{message}")]
    NotFound { message: String, hint: String },

    #[error("{message}")]
    Policy { message: String, hint: String },

    #[error("{message}")]
    Integrity { message: String, hint: String },

    #[error("vault is busy: another carnet process holds the write lock ({path})")]
    Busy { path: PathBuf },

    /// Another process changed the vault under this one (a rekey switched
    /// generations): exit 7, like a busy vault; running again works.
    #[error("{message}")]
    Changed { message: String, hint: String },

    #[error("{context}: {source}")]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },

    #[error("{0}")]
    Other(String),
}

impl Error {
    pub fn usage(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Usage {
            message: message.into(),
            hint: hint.into(),
        }
    }
    pub fn unlock(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Unlock {
            message: message.into(),
            hint: hint.into(),
        }
    }
    pub fn not_found(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::NotFound {
            message: message.into(),
            hint: hint.into(),
        }
    }
    pub fn policy(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Policy {
            message: message.into(),
            hint: hint.into(),
        }
    }
    pub fn integrity(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Error::Integrity {
            message: message.into(),
            hint: hint.into(),
        }
    }
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Usage { .. } => exit::USAGE,
            Error::Unlock { .. } => exit::UNLOCK,
            Error::NotFound { .. } => exit::NOT_FOUND,
            Error::Policy { .. } => exit::POLICY,
            Error::Integrity { .. } => exit::INTEGRITY,
            Error::Busy { .. } | Error::Changed { .. } => exit::BUSY,
            Error::Io { .. } | Error::Other(_) => exit::FAILURE,
        }
    }

    /// The `kind` field of the JSON error.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Usage { .. } => "invalid_input",
            Error::Unlock { .. } => "unlock_failed",
            Error::NotFound { .. } => "not_found",
            Error::Policy { .. } => "refused_by_policy",
            Error::Integrity { .. } => "integrity",
            Error::Busy { .. } | Error::Changed { .. } => "vault_busy",
            Error::Io { .. } => "io",
            Error::Other(_) => "unexpected",
        }
    }

    pub fn hint(&self) -> String {
        match self {
            Error::Usage { hint, .. }
            | Error::Unlock { hint, .. }
            | Error::NotFound { hint, .. }
            | Error::Policy { hint, .. }
            | Error::Integrity { hint, .. }
            | Error::Changed { hint, .. } => hint.clone(),
            Error::Busy { .. } => "wait for the other carnet command to finish, or raise CARNET_LOCK_TIMEOUT (seconds)".into(),
            Error::Io { source, .. } => match source.kind() {
                std::io::ErrorKind::PermissionDenied => {
                    "check the file's permissions and that you own the vault".into()
                }
                std::io::ErrorKind::NotFound => "check the path".into(),
                _ => "check the disk (space, permissions) and run `carnet check`".into(),
            },
            Error::Other(_) => {
                "this is unexpected; run again with -v and report it if it persists".into()
            }
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        // A page that fails authentication when read in place is reported
        // by SQLite as a corrupt database.
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt) {
            return Error::integrity(
                format!("the vault index is damaged or was altered ({e})"),
                "restore index.age from a backup you trust; run `carnet check` for details",
            );
        }
        Error::Other(format!("index database error: {e}"))
    }
}

impl From<crate::ids::IdError> for Error {
    fn from(e: crate::ids::IdError) -> Self {
        let hint = e.hint().to_string();
        Error::Usage {
            message: e.to_string(),
            hint,
        }
    }
}

/// Adds context to I/O errors, as `anyhow::Context` would.
pub trait IoContext<T> {
    fn ctx(self, context: impl FnOnce() -> String) -> Result<T>;
}

impl<T> IoContext<T> for std::io::Result<T> {
    fn ctx(self, context: impl FnOnce() -> String) -> Result<T> {
        self.map_err(|e| Error::io(context(), e))
    }
}
