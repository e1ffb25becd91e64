//! Text that reaches a person: what may be stored, and how stored text is
//! shown. A title, a tag, a name or a file name comes from outside (a
//! command line, a sidecar, a bundle, a failed-unlock record): control
//! characters in it could drive the terminal (escape sequences), forge
//! lines (newlines), or make text read differently from what it is (bidi
//! overrides such as U+202E turn `gpj.exe` into `exe.jpg` on screen).
//!
//! carnet refuses such characters where a person types text
//! ([`check_field`]), replaces them where text is derived (file names,
//! [`replace_unsafe`], [`clean`]), and escapes them on every human display
//! path ([`escape`], used by `cli::output`) as a second line of defence.
//! JSON output keeps stored text exact (serde escapes control characters).

use std::borrow::Cow;

use crate::error::{Error, Result};

/// Whether `c` must not reach a terminal as is: C0/C1 control characters
/// and DEL (`char::is_control`), the bidirectional formatting characters
/// (embeddings, overrides, isolates, marks), and the Unicode line and
/// paragraph separators (a line break to some terminals and viewers).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

/// The first character of `s` that [`is_unsafe`], if any.
pub fn first_unsafe(s: &str) -> Option<char> {
    s.chars().find(|&c| is_unsafe(c))
}

/// How an unsafe character is written on screen: `\n`, `\t`, `\r`, else
/// `\u{…}` (its code point), so a person sees that something is there.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
    }
}

/// `s` with every unsafe character escaped (for one line or table cell).
pub fn escape(s: &str) -> Cow<'_, str> {
    escape_where(s, is_unsafe)
}

/// As [`escape`], but line feeds stay: for messages that are several lines
/// on purpose.
pub fn escape_keep_lines(s: &str) -> Cow<'_, str> {
    escape_where(s, |c| c != '\n' && is_unsafe(c))
}

fn escape_where(s: &str, bad: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            push_escaped(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` with every unsafe character replaced by `with` (a title derived from
/// a file name, a name written into a bundle).
pub fn replace_unsafe(s: &str, with: char) -> String {
    s.chars()
        .map(|c| if is_unsafe(c) { with } else { c })
        .collect()
}

/// Unsafe characters replaced by spaces and the length bounded to `max`
/// characters: every text field of a bundle carnet writes.
pub fn clean(s: &str, max: usize) -> String {
    s.chars()
        .map(|c| if is_unsafe(c) { ' ' } else { c })
        .take(max)
        .collect()
}

/// Exit 2 if text a person gave (`what`, e.g. `--title` or `title in
/// sidecar scan.pdf.yaml`) holds a character that [`is_unsafe`]. The
/// message names the character by its code point, never prints it.
pub fn check_field(what: &str, s: &str) -> Result<()> {
    match first_unsafe(s) {
        None => Ok(()),
        Some(c) => Err(Error::usage(
            format!(
                "{what} contains {} (U+{:04X}), which carnet does not store",
                describe(c),
                c as u32
            ),
            "remove control characters (escape sequences, tabs, line breaks) and bidirectional \
             overrides from the text; nothing was changed",
        )),
    }
}

fn describe(c: char) -> &'static str {
    match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => "a line break",
        '\u{1b}' => "an escape character (terminal control sequence)",
        c if c.is_control() => "a control character",
        _ => "a bidirectional formatting character",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_and_bidi() {
        assert_eq!(escape("plain é 🩺"), "plain é 🩺");
        assert!(matches!(escape("plain"), Cow::Borrowed(_)));
        assert_eq!(escape("a\x1b[31mred"), "a\\u{1b}[31mred");
        assert_eq!(escape("two\nlines\t"), "two\\nlines\\t");
        assert_eq!(escape("gpj\u{202e}exe"), "gpj\\u{202e}exe");
        assert_eq!(escape("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(escape_keep_lines("a\nb\x1bc"), "a\nb\\u{1b}c");
    }

    #[test]
    fn replaces_and_cleans() {
        assert_eq!(replace_unsafe("a\x1b[1mb\u{2066}", '_'), "a_[1mb_");
        assert_eq!(clean("x\ny\u{202e}z", 10), "x y z");
        assert_eq!(clean("abcdef", 3), "abc");
    }

    #[test]
    fn check_field_names_the_code_point() {
        assert!(check_field("--title", "Bilan sanguin — été").is_ok());
        let e = check_field("--title", "a\u{202e}b").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let m = e.to_string();
        assert!(m.contains("U+202E") && !m.contains('\u{202e}'), "{m}");
        let m = check_field("--tag", "x\x1b[2J").unwrap_err().to_string();
        assert!(m.contains("U+001B") && m.contains("escape"), "{m}");
    }

    proptest::proptest! {
        #[test]
        fn escaped_text_has_nothing_unsafe(s in "\\PC*|[\\x00-\\x{2070}]{0,40}") {
            proptest::prop_assert!(first_unsafe(&escape(&s)).is_none());
            proptest::prop_assert!(escape_keep_lines(&s).chars().all(|c| c == '\n' || !is_unsafe(c)));
            proptest::prop_assert!(first_unsafe(&clean(&s, 100)).is_none());
        }
    }
}
