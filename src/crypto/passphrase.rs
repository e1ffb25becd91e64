//! Passphrases: the scrypt work factors of the passphrase wrapper, the
//! identity that opens it, and reading a passphrase from a file.

use age::secrecy::SecretString;
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Work factor of the passphrase wrapper (scrypt log2 N): about 0.7 s and
/// 256 MiB on the reference machine.
pub const PASSPHRASE_LOG_N: u8 = 18;
/// Highest work factor accepted when unwrapping, so a vault made on a fast
/// machine (or by a future version) still opens; bounds memory at 2 GiB.
pub const PASSPHRASE_MAX_LOG_N: u8 = 22;

/// An identity that opens a passphrase-encrypted age file, accepting work
/// factors up to [`PASSPHRASE_MAX_LOG_N`].
pub fn passphrase_identity(passphrase: SecretString) -> age::scrypt::Identity {
    let mut id = age::scrypt::Identity::new(passphrase);
    id.set_max_work_factor(PASSPHRASE_MAX_LOG_N);
    id
}

/// Reads a passphrase from a file (`-` = stdin): first line, newline stripped.
pub fn read_passphrase_file(path: &std::path::Path) -> Result<SecretString> {
    use std::io::BufRead;
    let mut line = Zeroizing::new(String::new());
    let res = if path.as_os_str() == "-" {
        std::io::stdin().lock().read_line(&mut line)
    } else {
        std::fs::File::open(path).and_then(|f| std::io::BufReader::new(f).read_line(&mut line))
    };
    res.map_err(|e| {
        Error::usage(
            crate::i18n::tr!(
                "v-passphrase-file-unreadable",
                path = path.display().to_string(),
                detail = crate::i18n::os::describe(&e)
            ),
            crate::i18n::tr!("v-passphrase-file-unreadable-hint"),
        )
    })?;
    let trimmed = line.trim_end_matches(['\n', '\r']);
    if trimmed.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("v-passphrase-file-empty", path = path.display().to_string()),
            crate::i18n::tr!("v-passphrase-file-empty-hint"),
        ));
    }
    Ok(SecretString::from(trimmed.to_string()))
}
