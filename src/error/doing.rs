//! What carnet was doing when an I/O call failed (the context of
//! [`super::Error::Io`]), in the user's language. The same few verbs
//! serve every path, so each is one catalogue entry (`io-…`); contexts
//! said once, with no path, call `tr!` where they happen.

use std::path::Path;

use crate::i18n::tr;

macro_rules! on_path {
    ($($name:ident => $id:literal;)*) => {$(
        pub fn $name(path: impl AsRef<Path>) -> String {
            tr!($id, path = path.as_ref().display().to_string())
        }
    )*};
}

on_path! {
    opening => "io-opening";
    reading => "io-reading";
    writing => "io-writing";
    writing_to => "io-writing-to";
    creating => "io-creating";
    creating_dir => "io-creating-dir";
    syncing => "io-syncing";
    syncing_dir => "io-syncing-dir";
    syncing_fs => "io-syncing-fs";
    removing => "io-removing";
    renaming_into => "io-renaming-into";
    listing => "io-listing";
    copying => "io-copying";
    looking_at => "io-looking-at";
    resolving => "io-resolving";
    setting_permissions => "io-setting-permissions";
    locking => "io-locking";
}

pub fn moving(from: impl AsRef<Path>, to: impl AsRef<Path>) -> String {
    tr!(
        "io-moving",
        from = from.as_ref().display().to_string(),
        to = to.as_ref().display().to_string()
    )
}

#[cfg(test)]
mod tests {
    /// The English contexts are the ones carnet always printed (tests and
    /// scripts compare them).
    #[test]
    fn english_contexts_read_as_before() {
        assert_eq!(super::opening("/v/index.age"), "opening /v/index.age");
        assert_eq!(super::creating_dir("d"), "creating directory d");
        assert_eq!(super::moving("a", "b"), "moving a to b");
        assert_eq!(super::setting_permissions("k"), "setting permissions of k");
    }
}
