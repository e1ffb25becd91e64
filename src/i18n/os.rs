//! Operating-system errors in the user's language. `std::io::Error` words
//! them in English only (the C library's text), so other languages name
//! the error's kind from the catalogue and keep its number: "fichier ou
//! dossier introuvable (erreur système 2)". English keeps the system's own
//! words, as before. A kind the catalogue does not name (`Other`, a new
//! kind) keeps the system's text, its number translated; an error made
//! with its own message (carnet's, already in the user's language, or a
//! library's) keeps that message, which says more than its kind.

use std::io::{self, ErrorKind};

use super::{lang, message_in, Arg, Lang};

/// `e` in the current language.
pub fn describe(e: &io::Error) -> String {
    describe_in(lang(), e)
}

/// An error of any type in the current language: an I/O error by its
/// kind, anything else as it words itself.
pub fn describe_any(e: &(dyn std::error::Error + 'static)) -> String {
    match e.downcast_ref::<io::Error>() {
        Some(io) => describe(io),
        None => e.to_string(),
    }
}

/// `e` in `lang`.
pub fn describe_in(lang: Lang, e: &io::Error) -> String {
    let own = e.to_string();
    if lang == Lang::En {
        return own;
    }
    if e.get_ref().is_some() {
        return own;
    }
    let text = match kind_id(e.kind()).or_else(|| e.raw_os_error().and_then(errno_id)) {
        Some(id) => message_in(lang, id, &[]),
        None => match e.raw_os_error() {
            // std adds " (os error N)" to the C library's text.
            Some(code) => own
                .strip_suffix(&format!(" (os error {code})"))
                .unwrap_or(&own)
                .to_string(),
            None => return own,
        },
    };
    match e.raw_os_error() {
        Some(code) => message_in(
            lang,
            "io-os-code",
            &[
                ("text", Arg::from(text)),
                ("code", Arg::from(code.to_string())),
            ],
        ),
        None => text,
    }
}

/// The catalogue's id for a kind; `None` for the kinds whose words are
/// the system's own.
fn kind_id(kind: ErrorKind) -> Option<&'static str> {
    use ErrorKind as K;
    Some(match kind {
        K::NotFound => "io-os-not-found",
        K::PermissionDenied => "io-os-permission-denied",
        K::AlreadyExists => "io-os-already-exists",
        K::StorageFull => "io-os-storage-full",
        K::QuotaExceeded => "io-os-quota-exceeded",
        K::ReadOnlyFilesystem => "io-os-read-only-filesystem",
        K::IsADirectory => "io-os-is-a-directory",
        K::NotADirectory => "io-os-not-a-directory",
        K::DirectoryNotEmpty => "io-os-directory-not-empty",
        K::InvalidInput => "io-os-invalid-input",
        K::InvalidFilename => "io-os-invalid-filename",
        K::UnexpectedEof => "io-os-unexpected-eof",
        K::Interrupted => "io-os-interrupted",
        K::TimedOut => "io-os-timed-out",
        K::WouldBlock => "io-os-would-block",
        K::CrossesDevices => "io-os-crosses-devices",
        K::FileTooLarge => "io-os-file-too-large",
        K::TooManyLinks => "io-os-too-many-links",
        K::ResourceBusy => "io-os-resource-busy",
        K::ExecutableFileBusy => "io-os-executable-busy",
        K::StaleNetworkFileHandle => "io-os-stale-handle",
        K::NotSeekable => "io-os-not-seekable",
        K::BrokenPipe => "io-os-broken-pipe",
        K::WriteZero => "io-os-write-zero",
        K::OutOfMemory => "io-os-out-of-memory",
        K::Unsupported => "io-os-unsupported",
        K::ConnectionRefused => "io-os-connection-refused",
        K::ConnectionReset => "io-os-connection-reset",
        K::ConnectionAborted => "io-os-connection-aborted",
        K::NotConnected => "io-os-not-connected",
        K::AddrInUse => "io-os-address-in-use",
        K::AddrNotAvailable => "io-os-address-not-available",
        K::NetworkUnreachable => "io-os-network-unreachable",
        K::HostUnreachable => "io-os-host-unreachable",
        K::NetworkDown => "io-os-network-down",
        K::Deadlock => "io-os-deadlock",
        K::ArgumentListTooLong => "io-os-argument-list-too-long",
        _ => return None,
    })
}

/// The catalogue's id for a system error whose kind std leaves unnamed
/// (`Uncategorized`) or names only in unstable Rust (`FilesystemLoop`).
fn errno_id(code: i32) -> Option<&'static str> {
    Some(match code {
        libc::ELOOP => "io-os-too-many-symlinks",
        libc::EIO => "io-os-device-error",
        libc::EMFILE | libc::ENFILE => "io-os-too-many-open-files",
        libc::ENXIO | libc::ENODEV => "io-os-no-device",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The C library's errors, as the kernel reports them (Linux numbers).
    fn os(code: i32) -> io::Error {
        io::Error::from_raw_os_error(code)
    }

    #[test]
    fn english_keeps_the_systems_own_words() {
        for e in [
            os(libc::ENOENT),
            os(libc::ENOSPC),
            os(libc::EUCLEAN),
            io::Error::from(ErrorKind::NotFound),
            io::Error::new(ErrorKind::UnexpectedEof, "short file"),
            io::Error::other("seek out of range"),
        ] {
            assert_eq!(describe_in(Lang::En, &e), e.to_string());
        }
        assert_eq!(
            describe_in(Lang::En, &os(libc::ENOENT)),
            "No such file or directory (os error 2)"
        );
    }

    #[test]
    fn french_names_the_kind_and_keeps_the_number() {
        let cases = [
            (
                libc::ENOENT,
                "fichier ou dossier introuvable (erreur système 2)",
            ),
            (
                libc::EACCES,
                "permission refusée par le système (erreur système 13)",
            ),
            (libc::EEXIST, "le fichier existe déjà (erreur système 17)"),
            (
                libc::ENOSPC,
                "plus de place sur le disque (erreur système 28)",
            ),
            (
                libc::EROFS,
                "système de fichiers en lecture seule (erreur système 30)",
            ),
            (
                libc::EISDIR,
                "c'est un dossier, pas un fichier (erreur système 21)",
            ),
            (
                libc::ENOTDIR,
                "un élément du chemin n'est pas un dossier (erreur système 20)",
            ),
            (
                libc::ENOTEMPTY,
                "le dossier n'est pas vide (erreur système 39)",
            ),
            (libc::EINVAL, "paramètre non valable (erreur système 22)"),
            (libc::EINTR, "opération interrompue (erreur système 4)"),
            (
                libc::ETIMEDOUT,
                "délai d'attente dépassé (erreur système 110)",
            ),
            (
                libc::EAGAIN,
                "ressource momentanément indisponible (erreur système 11)",
            ),
            (
                libc::EXDEV,
                "déplacement impossible d'un disque à un autre (erreur système 18)",
            ),
            (libc::EFBIG, "fichier trop volumineux (erreur système 27)"),
            (
                libc::ENAMETOOLONG,
                "nom de fichier non valable (trop long ?) (erreur système 36)",
            ),
            (libc::EDQUOT, "quota de disque dépassé (erreur système 122)"),
            (
                libc::ELOOP,
                "trop de niveaux de liens symboliques (erreur système 40)",
            ),
            (
                libc::EIO,
                "erreur matérielle du disque ou du support (erreur système 5)",
            ),
            (libc::EMFILE, "trop de fichiers ouverts (erreur système 24)"),
        ];
        for (code, french) in cases {
            assert_eq!(describe_in(Lang::Fr, &os(code)), french, "errno {code}");
        }
    }

    /// std's own errors without a number (a short read, a full buffer)
    /// are said by their kind too.
    #[test]
    fn french_words_errors_without_a_number_by_their_kind() {
        use std::io::{Read, Write};
        assert_eq!(
            describe_in(Lang::Fr, &io::Error::from(ErrorKind::NotFound)),
            "fichier ou dossier introuvable"
        );
        let short = (&b""[..]).read_exact(&mut [0u8; 1]).unwrap_err();
        assert_eq!(describe_in(Lang::En, &short), "failed to fill whole buffer");
        assert_eq!(describe_in(Lang::Fr, &short), "fin de fichier inattendue");
        let full = (&mut [0u8; 0][..]).write_all(b"x").unwrap_err();
        assert_eq!(describe_in(Lang::Fr, &full), "rien n'a pu être écrit");
    }

    /// An error made with its own message keeps it: carnet's words (said
    /// in the user's language where it makes them) or a library's detail,
    /// which say more than the kind. An unnamed system error keeps the C
    /// library's text with its number in French.
    #[test]
    fn french_falls_back_to_the_errors_own_text() {
        let other = io::Error::other("seek out of range");
        assert_eq!(describe_in(Lang::Fr, &other), "seek out of range");
        let data = io::Error::new(ErrorKind::InvalidData, "tag mismatch");
        assert_eq!(describe_in(Lang::Fr, &data), "tag mismatch");
        let own = io::Error::new(ErrorKind::Unsupported, "aucune question possible");
        assert_eq!(describe_in(Lang::Fr, &own), "aucune question possible");
        assert_eq!(
            describe_in(Lang::Fr, &os(libc::EUCLEAN)),
            "Structure needs cleaning (erreur système 117)"
        );
    }

    /// Every kind named here has its words in both catalogues (a missing
    /// id would show as itself).
    #[test]
    fn every_named_kind_has_words_in_both_languages() {
        let without_errno = [
            ErrorKind::UnexpectedEof,
            ErrorKind::WriteZero,
            ErrorKind::OutOfMemory,
            ErrorKind::Unsupported,
            ErrorKind::BrokenPipe,
        ];
        let kinds = (1..134)
            .map(|code| os(code).kind())
            .chain(without_errno)
            .filter_map(kind_id)
            .chain((1..134).filter_map(errno_id));
        let mut named = 0;
        for id in kinds {
            named += 1;
            for lang in [Lang::En, Lang::Fr] {
                assert_ne!(message_in(lang, id, &[]), id, "{id} missing in {lang:?}");
            }
        }
        assert!(named > 30, "only {named} kinds named");
    }

    #[test]
    fn any_error_is_described_by_its_kind_when_it_is_io() {
        let io: Box<dyn std::error::Error + Send + Sync> = os(libc::ENOENT).into();
        assert_eq!(
            describe_any(io.as_ref()),
            "No such file or directory (os error 2)"
        );
        let fmt: Box<dyn std::error::Error + Send + Sync> = "plain".into();
        assert_eq!(describe_any(fmt.as_ref()), "plain");
    }
}
