//! The French leak checker of tests/i18n.rs (`the_tour_in_french_leaks_no_english`),
//! shared with tests/i18n_more.rs: words of the French catalogues, the
//! words of an output line, and the lines with a word that is neither.

use std::collections::BTreeSet;

/// Words of a French catalogue: the French carnet may print, comments,
/// placeables (`{ $n }`) and variant keys (`[one]`) left out.
pub fn catalogue_words(ftl: &str, out: &mut BTreeSet<String>) {
    for line in ftl.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let mut text = String::new();
        let mut depth = 0;
        let mut in_key = false;
        for c in line.chars() {
            match c {
                '{' => depth += 1,
                // A line may open with the `}` closing a selector of the
                // line above: text after it is the message's again.
                '}' => depth = (depth - 1).max(0),
                '[' if depth == 0 && line.trim_start().starts_with(['[', '*']) => in_key = true,
                ']' if in_key => in_key = false,
                _ if depth == 0 && !in_key => text.push(c),
                _ => text.push(' '),
            }
        }
        // The id before ` = ` and attribute names are no words shown.
        let value = match text.split_once('=') {
            Some((_, v)) => v.to_string(),
            None => text,
        };
        out.extend(words(&value));
    }
}

/// The words of a line, lowercased: runs of letters of the whitespace
/// tokens that are not data (tokens with digits: IDs, dates, sizes,
/// hashes; paths; age recipients; `snake_case` rule and code names).
pub fn words(line: &str) -> Vec<String> {
    line.split_whitespace()
        .filter(|t| {
            !t.contains(|c: char| c.is_ascii_digit()) && !t.contains('/') && !t.contains('_')
        })
        .flat_map(|t| {
            t.split(|c: char| !c.is_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Lines of `out` with a word that is neither French of the catalogues,
/// nor data (`known`), nor in `allowed`.
pub fn leaks(out: &str, known: &BTreeSet<String>, allowed: &[&str]) -> Vec<String> {
    out.lines()
        .filter_map(|l| {
            let bad: Vec<String> = words(l)
                .into_iter()
                .filter(|w| !known.contains(w) && !allowed.contains(&w.as_str()))
                .collect();
            (!bad.is_empty()).then(|| format!("{l}    <- {bad:?}"))
        })
        .collect()
}
