//! One typed error for the whole crate: each variant knows its exit code,
//! its snake_case kind for `--json`, its message and a hint for the user
//! (the hint style follows rage: say what to do next).

use std::path::PathBuf;

pub mod doing;
pub mod input;

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
    pub const PARTLY_DONE: i32 = 8;

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
        (PARTLY_DONE, "partly done: with --keep-going, some inputs were refused and every other one succeeded (each failure reported)"),
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

    #[error("{}", crate::i18n::tr!("err-busy", path = path.display().to_string()))]
    Busy { path: PathBuf },

    /// Another process changed the vault under this one (a rekey switched
    /// generations): exit 7, like a busy vault; running again works.
    #[error("{message}")]
    Changed { message: String, hint: String },

    /// With `--keep-going`: some inputs were refused (each reported) and
    /// every other one succeeded: exit 8.
    #[error("{message}")]
    PartlyDone { message: String, hint: String },

    /// The OS error is said in the user's language (by its kind).
    #[error("{}", crate::i18n::tr!("io-failed", context = context, error = crate::i18n::os::describe(source)))]
    Io {
        context: String,
        #[source]
        source: std::io::Error,
    },

    /// The index database (SQLite) failed. The error is kept whole, for
    /// `-v`; a page that fails authentication when read in place shows as
    /// a corrupt database, an integrity failure (exit 6).
    #[error("{}", database_message(source))]
    Database {
        #[source]
        source: rusqlite::Error,
    },

    /// A library below carnet failed in a way carnet does not expect; its
    /// error is kept as the source, so that `-v` can show its causes.
    #[error("{}", crate::i18n::tr!("io-failed", context = context, error = crate::i18n::os::describe_any(source.as_ref())))]
    Unexpected {
        context: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },

    /// A broken expectation of carnet itself, with no error below it.
    #[error("{0}")]
    Other(String),
}

/// Whether SQLite reports a corrupt database (see [`Error::Database`]).
fn is_corrupt(e: &rusqlite::Error) -> bool {
    e.sqlite_error_code() == Some(rusqlite::ErrorCode::DatabaseCorrupt)
}

fn database_message(e: &rusqlite::Error) -> String {
    let detail = e.to_string();
    if is_corrupt(e) {
        crate::i18n::tr!("err-db-corrupt", detail = detail)
    } else {
        crate::i18n::tr!("err-db", detail = detail)
    }
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
    pub fn unexpected(
        context: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        Error::Unexpected {
            context: context.into(),
            source: source.into(),
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
            Error::PartlyDone { .. } => exit::PARTLY_DONE,
            Error::Database { source } if is_corrupt(source) => exit::INTEGRITY,
            Error::Io { .. }
            | Error::Database { .. }
            | Error::Unexpected { .. }
            | Error::Other(_) => exit::FAILURE,
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
            Error::PartlyDone { .. } => "partly_done",
            Error::Io { .. } => "io",
            Error::Database { source } if is_corrupt(source) => "integrity",
            Error::Database { .. } | Error::Unexpected { .. } | Error::Other(_) => "unexpected",
        }
    }

    pub fn hint(&self) -> String {
        match self {
            Error::Usage { hint, .. }
            | Error::Unlock { hint, .. }
            | Error::NotFound { hint, .. }
            | Error::Policy { hint, .. }
            | Error::Integrity { hint, .. }
            | Error::Changed { hint, .. }
            | Error::PartlyDone { hint, .. } => hint.clone(),
            Error::Busy { .. } => crate::i18n::tr!("err-busy-hint"),
            Error::Io { source, .. } => match source.kind() {
                std::io::ErrorKind::PermissionDenied => crate::i18n::tr!("err-io-permission-hint"),
                // A file where a folder of the path should be: the path is wrong.
                std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory => {
                    crate::i18n::tr!("err-io-not-found-hint")
                }
                // Only a remote's server (S3) is reached over the network.
                std::io::ErrorKind::ConnectionRefused => crate::i18n::tr!("err-io-refused-hint"),
                _ => crate::i18n::tr!("err-io-hint"),
            },
            Error::Database { source } if is_corrupt(source) => {
                crate::i18n::tr!("err-db-corrupt-hint")
            }
            Error::Database { .. } | Error::Unexpected { .. } => {
                crate::i18n::tr!("err-unexpected-hint")
            }
            Error::Other(_) => crate::i18n::tr!("err-other-hint"),
        }
    }

    /// What caused the error, outermost first: the chain of sources below
    /// it (shown under `-v`). An I/O or SQLite cause also names its kind
    /// or result code, which its message may not.
    pub fn causes(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut shown = String::new();
        let mut next = std::error::Error::source(self);
        while let Some(e) = next {
            next = e.source();
            let plain = crate::i18n::os::describe_any(e);
            // A wrapper that shows its inner error as its own adds nothing.
            if plain == shown {
                continue;
            }
            out.push(if let Some(io) = e.downcast_ref::<std::io::Error>() {
                let own = io.to_string();
                if own == plain {
                    format!("{plain} [{:?}]", io.kind())
                } else {
                    // Translated by kind: the system's words stay under -v.
                    format!("{plain} [{:?}: {own}]", io.kind())
                }
            } else if let Some(code) = e
                .downcast_ref::<rusqlite::Error>()
                .and_then(|s| s.sqlite_error())
                .or_else(|| e.downcast_ref::<rusqlite::ffi::Error>())
            {
                format!(
                    "{plain} [SQLite {:?}, code {}]",
                    code.code, code.extended_code
                )
            } else {
                plain.clone()
            });
            shown = plain;
        }
        out
    }
}

impl From<rusqlite::Error> for Error {
    fn from(source: rusqlite::Error) -> Self {
        Error::Database { source }
    }
}

impl From<crate::ids::IdError> for Error {
    fn from(e: crate::ids::IdError) -> Self {
        use crate::i18n::tr;
        use crate::ids::{IdError, IdKind};
        let kind = e.kind();
        let expected = || match kind {
            IdKind::Rpps => tr!("id-expected-rpps"),
            IdKind::Finess => tr!("id-expected-finess"),
            IdKind::Adeli => tr!("id-expected-adeli"),
            IdKind::Ins => tr!("id-expected-ins"),
            IdKind::IdNatPs => tr!("id-expected-idnatps"),
        };
        let k = kind.label();
        let message = match &e {
            IdError::Length { value, got, .. } => {
                tr!(
                    "id-err-length",
                    kind = k,
                    value = value,
                    expected = expected(),
                    got = *got
                )
            }
            IdError::Format { value, .. } => {
                tr!(
                    "id-err-format",
                    kind = k,
                    value = value,
                    expected = expected()
                )
            }
            IdError::CheckDigit {
                value, expected, ..
            } => tr!(
                "id-err-check-digit",
                kind = k,
                value = value,
                digit = expected.to_string()
            ),
            IdError::AllZeros { value, .. } => tr!("id-err-all-zeros", kind = k, value = value),
            IdError::NirKey { value, expected } => {
                tr!(
                    "id-err-nir-key",
                    value = value,
                    key = format!("{expected:02}")
                )
            }
        };
        let hint = match kind {
            IdKind::Rpps => tr!("id-hint-rpps"),
            IdKind::Finess => tr!("id-hint-finess"),
            IdKind::Adeli => tr!("id-hint-adeli"),
            IdKind::Ins => tr!("id-hint-ins"),
            IdKind::IdNatPs => tr!("id-hint-idnatps"),
        };
        Error::Usage { message, hint }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A number per variant. The match has no wildcard: a new variant does
    /// not compile until it is numbered here, and then the tests below fail
    /// until [`one_of_each`] has one.
    fn variant(e: &Error) -> usize {
        match e {
            Error::Usage { .. } => 0,
            Error::Unlock { .. } => 1,
            Error::NotFound { .. } => 2,
            Error::Policy { .. } => 3,
            Error::Integrity { .. } => 4,
            Error::Busy { .. } => 5,
            Error::Changed { .. } => 6,
            Error::Io { .. } => 7,
            Error::Database { .. } => 8,
            Error::Unexpected { .. } => 9,
            Error::Other(_) => 10,
            Error::PartlyDone { .. } => 11,
        }
    }
    const VARIANTS: usize = 12;

    fn sqlite(code: std::ffi::c_int, msg: &str) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some(msg.into()))
    }

    fn one_of_each() -> Vec<Error> {
        let io = |kind| std::io::Error::new(kind, "it failed");
        vec![
            Error::usage("bad flag", "use another"),
            Error::unlock("wrong passphrase", "try again"),
            Error::not_found("no such document", "carnet list"),
            Error::policy("blocked", "unblock first"),
            Error::integrity("tampered", "restore"),
            Error::Busy {
                path: PathBuf::from("/v/lock"),
            },
            Error::Changed {
                message: "the vault changed".into(),
                hint: "run again".into(),
            },
            Error::io("reading x", io(std::io::ErrorKind::PermissionDenied)),
            Error::io("reading x", io(std::io::ErrorKind::NotFound)),
            Error::io("reading x", io(std::io::ErrorKind::Other)),
            sqlite(
                rusqlite::ffi::SQLITE_CORRUPT,
                "database disk image is malformed",
            )
            .into(),
            sqlite(rusqlite::ffi::SQLITE_FULL, "database or disk is full").into(),
            Error::unexpected("cannot encrypt", io(std::io::ErrorKind::Other)),
            Error::Other("the document vanished".into()),
            Error::PartlyDone {
                message: "1 of 3 inputs was refused".into(),
                hint: "fix it and run again".into(),
            },
        ]
    }

    #[test]
    fn every_variant_has_a_hint_a_kind_and_a_documented_exit_code() {
        let all = one_of_each();
        let mut seen = [false; VARIANTS];
        for e in &all {
            seen[variant(e)] = true;
            let hint = e.hint();
            assert!(!hint.trim().is_empty(), "no hint for {e:?}");
            assert!(!e.to_string().trim().is_empty(), "no message for {e:?}");
            let kind = e.kind();
            assert!(
                !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "kind {kind:?} of {e:?} is not snake_case"
            );
            assert!(
                exit::TABLE.iter().any(|(c, _)| *c == e.exit_code()) && e.exit_code() != exit::OK,
                "exit code {} of {e:?} is not a documented failure",
                e.exit_code()
            );
        }
        let missing: Vec<usize> = (0..VARIANTS).filter(|&i| !seen[i]).collect();
        assert!(missing.is_empty(), "variants without a sample: {missing:?}");
    }

    #[test]
    fn a_hint_points_at_minus_v_only_when_it_shows_a_cause() {
        for e in one_of_each() {
            if e.hint().contains("-v") {
                assert!(
                    !e.causes().is_empty(),
                    "{e:?} sends to -v, which shows nothing"
                );
            }
        }
    }

    #[test]
    fn a_database_error_keeps_its_source_and_its_exit_code() {
        let corrupt: Error = sqlite(rusqlite::ffi::SQLITE_CORRUPT, "malformed").into();
        assert_eq!(corrupt.exit_code(), exit::INTEGRITY);
        assert_eq!(corrupt.kind(), "integrity");
        assert_eq!(
            corrupt.to_string(),
            "the vault index is damaged or was altered (malformed)"
        );
        assert!(corrupt.hint().contains("restore index.age"));
        let causes = corrupt.causes();
        assert!(
            causes[0].contains("malformed") && causes[0].contains("DatabaseCorrupt"),
            "{causes:?}"
        );
        // SQLite's own description of the code, below rusqlite's message.
        assert!(
            causes
                .iter()
                .any(|c| c.contains("database disk image is malformed")),
            "{causes:?}"
        );

        let full: Error = sqlite(rusqlite::ffi::SQLITE_FULL, "disk is full").into();
        assert_eq!(full.exit_code(), exit::FAILURE);
        assert_eq!(full.kind(), "unexpected");
        assert_eq!(full.to_string(), "index database error: disk is full");
        let source = std::error::Error::source(&full).expect("a source");
        assert_eq!(
            source
                .downcast_ref::<rusqlite::Error>()
                .and_then(|e| e.sqlite_error_code()),
            Some(rusqlite::ErrorCode::DiskFull)
        );
    }

    /// The catalogue's English for identifier errors is the errors' own
    /// `Display` and hint, word for word.
    #[test]
    fn identifier_errors_read_as_their_display_in_english() {
        use crate::ids::{IdError, IdKind};
        let all = [
            IdError::Length {
                kind: IdKind::Rpps,
                value: "123".into(),
                got: 3,
            },
            IdError::Format {
                kind: IdKind::Adeli,
                value: "12345678X".into(),
            },
            IdError::CheckDigit {
                kind: IdKind::Finess,
                value: "010000025".into(),
                expected: 4,
            },
            IdError::AllZeros {
                kind: IdKind::IdNatPs,
                value: "800000000000".into(),
            },
            IdError::NirKey {
                value: "1850775123456 07".into(),
                expected: 7,
            },
            IdError::Format {
                kind: IdKind::Ins,
                value: "x".into(),
            },
        ];
        for id in all {
            let e: Error = id.clone().into();
            assert_eq!(e.to_string(), id.to_string());
            assert_eq!(e.hint(), id.hint());
        }
    }

    #[test]
    fn causes_walk_the_whole_chain_and_name_io_kinds() {
        let inner = Error::io(
            "opening f",
            std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied"),
        );
        let e = Error::unexpected("the export would write an invalid manifest", inner);
        assert_eq!(
            e.to_string(),
            "the export would write an invalid manifest: opening f: denied"
        );
        assert_eq!(
            e.causes(),
            ["opening f: denied", "denied [PermissionDenied]"]
        );
        assert!(Error::Other("x".into()).causes().is_empty());
        assert!(Error::usage("x", "y").causes().is_empty());
    }
}
