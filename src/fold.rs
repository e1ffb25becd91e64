//! Text compared as people type it: case and accents ignored, by Unicode
//! rules (lower case, canonical decomposition NFD, combining marks
//! dropped) rather than a hand-written table, so "Cholestérol" and
//! "cholesterol" fold alike, and so do "É" typed precomposed or as
//! `E` + U+0301. Used by `list --search`, `--tag` and `--type`.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// `s` lower-cased, decomposed (NFD), without its combining marks.
pub fn fold(s: &str) -> String {
    // Most text is ASCII: no decomposition to do.
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars()
        .flat_map(char::to_lowercase)
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect()
}

/// Whether `needle` occurs in `hay`, both folded ([`fold`]).
pub fn contains(hay: &str, needle: &str) -> bool {
    fold(hay).contains(&fold(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_accents_fold_away() {
        assert_eq!(fold("Cholestérol"), "cholesterol");
        assert_eq!(fold("SAISONNIÈRE"), "saisonniere");
        assert_eq!(fold("Synthèse-Médicale"), "synthese-medicale");
        // Decomposed input folds as the precomposed one does.
        assert_eq!(fold("e\u{0301}te\u{0301}"), fold("été"));
        assert_eq!(fold("ÇA"), "ca");
        // Kelvin sign: lower-cases to an ASCII k by Unicode rules.
        assert_eq!(fold("\u{212A}elvin"), "kelvin");
        // Letters that are not a base plus a mark stay themselves.
        assert_eq!(fold("Œdème"), "œdeme");
        assert!(contains("Bilan Cholestérol", "cholesterol"));
        assert!(contains("grippe saisonnière", "SAISONNIERE"));
        assert!(!contains("bilan", "ordonnance"));
        assert!(contains("anything", ""));
    }
}
