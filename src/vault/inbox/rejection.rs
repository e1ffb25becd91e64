//! Why an inbox item was set aside. The journal and the JSON keep the
//! English reason ([`Rejection::reason`]), the same in every language;
//! the holder reads it in theirs ([`Rejection::shown`]).

/// Why a fold rejected an item (moved to `inbox/rejected/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    TooLarge { mib: u64 },
    NotRegularFile,
    NotForThisVault,
    WrongSize,
    Undecryptable,
    NoHeader,
    MetadataMissing,
    MetadataNotCarnet,
    Empty,
    UnknownType,
    BadDate,
    BadAuthor,
    TooManyTags { max: usize },
    PrivateAuthor,
}

impl Rejection {
    /// The journal's reason (English, stable).
    pub fn reason(&self) -> String {
        match self {
            Rejection::TooLarge { mib } => format!("larger than {mib} MiB"),
            Rejection::NotRegularFile => "not a readable regular file".into(),
            Rejection::NotForThisVault => "not encrypted to this vault's recipient".into(),
            Rejection::WrongSize => "damaged or not the size it claims".into(),
            Rejection::Undecryptable => "damaged (cannot be decrypted)".into(),
            Rejection::NoHeader => "not an inbox item (no header)".into(),
            Rejection::MetadataMissing => "metadata missing or too long".into(),
            Rejection::MetadataNotCarnet => "metadata is not carnet's".into(),
            Rejection::Empty => "empty document".into(),
            Rejection::UnknownType => "unknown document type".into(),
            Rejection::BadDate => "invalid date".into(),
            Rejection::BadAuthor => "invalid author RPPS".into(),
            Rejection::TooManyTags { max } => format!("more than {max} tags"),
            Rejection::PrivateAuthor => {
                "its author is a professional the minor keeps private".into()
            }
        }
    }

    /// The reason in the user's language.
    pub fn shown(&self) -> String {
        use crate::i18n::tr;
        match *self {
            Rejection::TooLarge { mib } => tr!("x-inbox-too-large", mib = mib),
            Rejection::NotRegularFile => tr!("x-inbox-not-regular"),
            Rejection::NotForThisVault => tr!("x-inbox-not-for-this-vault"),
            Rejection::WrongSize => tr!("x-inbox-wrong-size"),
            Rejection::Undecryptable => tr!("x-inbox-undecryptable"),
            Rejection::NoHeader => tr!("x-inbox-no-header"),
            Rejection::MetadataMissing => tr!("x-inbox-metadata-missing"),
            Rejection::MetadataNotCarnet => tr!("x-inbox-metadata-not-carnet"),
            Rejection::Empty => tr!("x-inbox-empty"),
            Rejection::UnknownType => tr!("x-inbox-unknown-type"),
            Rejection::BadDate => tr!("x-inbox-bad-date"),
            Rejection::BadAuthor => tr!("x-inbox-bad-author"),
            Rejection::TooManyTags { max } => tr!("x-inbox-too-many-tags", max = max),
            Rejection::PrivateAuthor => tr!("x-inbox-private-author"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Rejection; 14] = [
        Rejection::TooLarge { mib: 64 },
        Rejection::NotRegularFile,
        Rejection::NotForThisVault,
        Rejection::WrongSize,
        Rejection::Undecryptable,
        Rejection::NoHeader,
        Rejection::MetadataMissing,
        Rejection::MetadataNotCarnet,
        Rejection::Empty,
        Rejection::UnknownType,
        Rejection::BadDate,
        Rejection::BadAuthor,
        Rejection::TooManyTags { max: 32 },
        Rejection::PrivateAuthor,
    ];

    /// In English the holder reads what the journal keeps.
    #[test]
    fn english_shows_the_journal_reason() {
        for r in ALL {
            assert_eq!(r.shown(), r.reason(), "{r:?}");
        }
        assert_eq!(ALL[0].reason(), "larger than 64 MiB");
    }
}
