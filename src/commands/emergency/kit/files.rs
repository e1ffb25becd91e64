//! The kit's file names, shared by its parts.

/// The kit's files: a `--force` replaces only a directory holding
/// nothing else.
pub(super) const PAGE: &str = "dossier-urgence.html";
pub(super) const SUMMARY: &str = "synthese-medicale.pdf";
pub(super) const CARD: &str = "carte-urgence.pdf";
pub(super) const README: &str = "LISEZMOI.txt";
pub(super) const FILES: [&str; 4] = [PAGE, SUMMARY, CARD, README];
