//! French health identifiers and their check digits (domain.md §7).
//!
//! Every parser trims surrounding whitespace, checks the shape and the check
//! digit or key, and returns the normalized value (or a typed [`IdError`]
//! whose `Display` is the user-facing message and whose [`IdError::hint`] says
//! what to do).
//!
//! | identifier | shape | check |
//! |---|---|---|
//! | RPPS | 11 digits | Luhn over all 11 |
//! | FINESS | 9 chars: 9 digits, or `2A`/`2B` + 7 digits | Luhn over all 9 (letters mapped, below) |
//! | ADELI | 9 chars: dept (2 digits, `2A`/`2B`, `9A`/`9B`/`9C`/`9D`/`9F`), profession (2 digits), serial (4 digits), check (1 digit) | Luhn over all 9 (letters mapped, below) |
//! | INS / NIR | 15 chars (spaces ignored): sex, year, month, dept (`2A`/`2B` allowed), commune, order, key | key = 97 − (N mod 97) over the first 13, `2A`→`19`, `2B`→`18` |
//! | IdNat_PS | `8` + RPPS (12 chars) or `0` + ADELI (10 chars) | that of the inner number |
//!
//! # Design choices (domain.md marks these **\[U\]**)
//!
//! * **Letters in FINESS and ADELI numbers.** Corsican departments (`2A`,
//!   `2B`) and, for ADELI, overseas departments (`9A` = 971, `9B` = 972,
//!   `9C` = 973, `9D` = 974, `9F` = 976) put a letter in the second position.
//!   For the Luhn check, a letter counts as its rank in the alphabet:
//!   `A`→1, `B`→2, `C`→3, `D`→4, `F`→6. For the overseas codes this is the
//!   last digit of the three-digit department (9A → 9**1**, from 971), and for
//!   Corsica it keeps `2A` and `2B` distinct. No official rule was found; this
//!   one is applied consistently and is easy to change in one place
//!   ([`letter_value`]). Consequence: a letter replaced by its own value
//!   (`2B…` typed as `22…`) is not detected; every digit-for-digit
//!   substitution still is. (The NIR's `2A`→`19`, `2B`→`18` avoids that
//!   because it changes both department characters.)
//! * **ADELI** is assumed to carry a Luhn check digit: both public samples
//!   pass, no specification was found.
//! * **Normalization.** RPPS: spaces, dots and dashes dropped, as cards and
//!   letters print it (`10 00345 678 6`, `1-00-03-456-786`).
//!   FINESS, ADELI, INS: surrounding whitespace trimmed and letters upper-cased;
//!   INS additionally drops inner spaces, dots and dashes (`1 84 12 76 451 089 46`).
//!   The INS/NIR check is structural plus the key; month and sex digits are
//!   not checked (NIA and special month codes exist).

use std::fmt;

/// Which identifier an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    Rpps,
    Finess,
    Adeli,
    Ins,
    IdNatPs,
}

impl IdKind {
    /// The name used in messages: `RPPS`, `FINESS`, `ADELI`, `INS`, `IdNat_PS`.
    pub fn label(&self) -> &'static str {
        match self {
            IdKind::Rpps => "RPPS",
            IdKind::Finess => "FINESS",
            IdKind::Adeli => "ADELI",
            IdKind::Ins => "INS",
            IdKind::IdNatPs => "IdNat_PS",
        }
    }

    /// What a well-formed value looks like (after "expected").
    pub fn expected(&self) -> &'static str {
        match self {
            IdKind::Rpps => "11 digits",
            IdKind::Finess => "9 digits (or 2A/2B followed by 7 digits)",
            IdKind::Adeli => {
                "9 characters: department (2 digits, 2A/2B or 9A/9B/9C/9D/9F), \
                 profession (2 digits), serial (4 digits), check digit"
            }
            IdKind::Ins => {
                "15 characters: 13 digits (department 2A/2B allowed) and a 2-digit key"
            }
            IdKind::IdNatPs => "8 followed by an RPPS (12 characters) or 0 followed by an ADELI number (10 characters)",
        }
    }

    /// A short recommendation for the user.
    pub fn hint(&self) -> &'static str {
        match self {
            IdKind::Rpps => {
                "check the number on the professional's card (carte CPS) or in the Annuaire Santé; \
                 the last digit is a Luhn check digit"
            }
            IdKind::Finess => {
                "check the establishment's number in the FINESS directory (finess.esante.gouv.fr); \
                 the last digit is a Luhn check digit"
            }
            IdKind::Adeli => {
                "check the number on the professional's card (carte CPS) or in the Annuaire Santé; \
                 ADELI numbers have 9 characters and the last one is a check digit (RPPS is preferred)"
            }
            IdKind::Ins => {
                "check the 15-character number on the carte Vitale or the attestation de droits \
                 (spaces are ignored); the last two digits are the key"
            }
            IdKind::IdNatPs => {
                "an IdNat_PS is 8 followed by the 11-digit RPPS, or 0 followed by the 9-character ADELI number"
            }
        }
    }
}

impl fmt::Display for IdKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// An identifier that failed to parse. `Display` is the full user message,
/// e.g. `invalid RPPS 10100000003: check digit should be 8`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// Wrong number of characters.
    #[error("invalid {kind} {value}: expected {}, got {got}", .kind.expected())]
    Length {
        kind: IdKind,
        value: String,
        got: usize,
    },
    /// Right length, but a character is not allowed where it stands.
    #[error("invalid {kind} {value}: expected {}", .kind.expected())]
    Format { kind: IdKind, value: String },
    /// Well-formed, but the Luhn check digit does not match.
    #[error("invalid {kind} {value}: check digit should be {expected}")]
    CheckDigit {
        kind: IdKind,
        value: String,
        expected: u8,
    },
    /// All zeros: passes the Luhn check (0 is its own check digit) but is
    /// no one's number (a placeholder, a form left blank).
    #[error("invalid {kind} {value}: all zeros is not a real number")]
    AllZeros { kind: IdKind, value: String },
    /// Well-formed INS/NIR whose mod-97 key does not match.
    #[error("invalid INS {value}: key should be {expected:02}")]
    NirKey { value: String, expected: u8 },
}

impl IdError {
    /// Which identifier was being parsed.
    pub fn kind(&self) -> IdKind {
        match self {
            IdError::Length { kind, .. }
            | IdError::Format { kind, .. }
            | IdError::CheckDigit { kind, .. }
            | IdError::AllZeros { kind, .. } => *kind,
            IdError::NirKey { .. } => IdKind::Ins,
        }
    }

    /// A short recommendation for the user (printed after `hint:`).
    pub fn hint(&self) -> &'static str {
        self.kind().hint()
    }
}

// ---------------------------------------------------------------------------
// Luhn

/// Luhn check digit of a body given as digit values (0–9), so that the body
/// followed by the returned digit passes [`luhn_valid_values`].
pub fn luhn_check_of_values(body: &[u8]) -> u8 {
    let mut sum: u32 = 0;
    for (i, &d) in body.iter().rev().enumerate() {
        let mut v = u32::from(d);
        // The rightmost body digit sits next to the check digit: doubled.
        if i % 2 == 0 {
            v *= 2;
            if v > 9 {
                v -= 9;
            }
        }
        sum += v;
    }
    ((10 - sum % 10) % 10) as u8
}

/// Whether digit values (check digit last) pass the Luhn check.
pub fn luhn_valid_values(values: &[u8]) -> bool {
    match values.split_last() {
        Some((&check, body)) => luhn_check_of_values(body) == check,
        None => false,
    }
}

/// Luhn check digit of an all-digit body: `body` followed by the result
/// passes [`luhn_valid`]. Example: `luhn_check_digit("1000104536") == 7`.
///
/// # Panics
/// If `body` contains anything but ASCII digits (validate input first, or use
/// the `parse_*` functions).
pub fn luhn_check_digit(body: &str) -> u8 {
    let values: Vec<u8> = body
        .bytes()
        .map(|b| {
            assert!(
                b.is_ascii_digit(),
                "luhn_check_digit: non-digit in {body:?}"
            );
            b - b'0'
        })
        .collect();
    luhn_check_of_values(&values)
}

/// Whether an all-digit string (check digit last) passes the Luhn check;
/// `false` for an empty string or any non-digit.
pub fn luhn_valid(s: &str) -> bool {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let values: Vec<u8> = s.bytes().map(|b| b - b'0').collect();
    luhn_valid_values(&values)
}

/// The value a department letter counts as in a FINESS/ADELI Luhn check:
/// its rank in the alphabet (`A`→1, `B`→2, `C`→3, `D`→4, `F`→6). See the
/// module docs: a documented design choice, not an official rule.
pub fn letter_value(c: u8) -> Option<u8> {
    match c {
        b'A' | b'B' | b'C' | b'D' | b'F' => Some(c - b'A' + 1),
        _ => None,
    }
}

fn digit(c: u8) -> Option<u8> {
    c.is_ascii_digit().then(|| c - b'0')
}

/// Checks `value` (already normalized) against `len` and a department rule,
/// then the Luhn check; returns `value` on success.
fn check_luhn_id(
    kind: IdKind,
    value: String,
    len: usize,
    dept_ok: impl Fn(u8, u8) -> bool,
) -> Result<String, IdError> {
    let n = value.chars().count();
    if n != len {
        return Err(IdError::Length {
            kind,
            value,
            got: n,
        });
    }
    let b = value.as_bytes(); // ASCII guaranteed below or rejected as Format.
    if !b.is_ascii() || !dept_ok(b[0], b[1]) || !b[2..].iter().all(u8::is_ascii_digit) {
        return Err(IdError::Format { kind, value });
    }
    let values: Vec<u8> = b
        .iter()
        .map(|&c| digit(c).or_else(|| letter_value(c)).unwrap_or(0))
        .collect();
    let expected = luhn_check_of_values(&values[..len - 1]);
    if expected != values[len - 1] {
        return Err(IdError::CheckDigit {
            kind,
            value,
            expected,
        });
    }
    if b.iter().all(|&c| c == b'0') {
        return Err(IdError::AllZeros { kind, value });
    }
    Ok(value)
}

/// Whether `c` is one of the separators people type inside a number:
/// whitespace (no-break spaces included), dots and dashes (ASCII hyphen and
/// the Unicode dashes a word processor substitutes).
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

/// `s` without its separators ([`is_separator`]).
fn without_separators(s: &str) -> String {
    s.chars().filter(|c| !is_separator(*c)).collect()
}

/// Parses an RPPS number: 11 ASCII digits once spaces, dots and dashes are
/// dropped (`10 00345 678 6`), the last a Luhn check digit over all 11.
/// Returns the bare 11 digits.
pub fn parse_rpps(s: &str) -> Result<String, IdError> {
    check_luhn_id(IdKind::Rpps, without_separators(s), 11, |a, b| {
        a.is_ascii_digit() && b.is_ascii_digit()
    })
}

/// An RPPS number known to be well-formed ([`parse_rpps`]): parsed once,
/// where it enters (clap's value parsers), then passed around as such. It
/// reads as the bare 11 digits (`Deref<Target = str>`), as stored.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rpps(String);

impl Rpps {
    /// [`parse_rpps`], typed.
    pub fn parse(s: &str) -> Result<Rpps, IdError> {
        parse_rpps(s).map(Rpps)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// Its IdNat_PS (`8` + RPPS).
    pub fn idnat(&self) -> String {
        rpps_idnat(&self.0)
    }
}

impl std::ops::Deref for Rpps {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for Rpps {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Rpps, IdError> {
        Rpps::parse(s)
    }
}

impl fmt::Display for Rpps {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Rpps> for String {
    fn from(r: Rpps) -> String {
        r.0
    }
}

impl AsRef<str> for Rpps {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Rpps {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Rpps {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for Rpps {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<String> for Rpps {
    fn eq(&self, other: &String) -> bool {
        &self.0 == other
    }
}

/// As the bare 11 digits, the form stored and shown (JSON output
/// unchanged from when it was a `String`).
impl serde::Serialize for Rpps {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

/// Parses a FINESS number: 9 digits, or `2A`/`2B` followed by 7 digits
/// (Corsica), the last a Luhn check digit over all 9, letters counting as
/// `A`→1, `B`→2 (design choice, see the module docs). Letters are upper-cased.
pub fn parse_finess(s: &str) -> Result<String, IdError> {
    check_luhn_id(
        IdKind::Finess,
        s.trim().to_ascii_uppercase(),
        9,
        |a, b| match (a, b) {
            (b'2', b'A' | b'B') => true,
            _ => a.is_ascii_digit() && b.is_ascii_digit(),
        },
    )
}

/// Parses an ADELI number: department (2 digits, `2A`/`2B`, or overseas
/// `9A`/`9B`/`9C`/`9D`/`9F`), profession (2 digits), serial (4 digits), Luhn
/// check digit over all 9 with letters mapped as in [`letter_value`].
/// Letters are upper-cased.
pub fn parse_adeli(s: &str) -> Result<String, IdError> {
    check_luhn_id(
        IdKind::Adeli,
        s.trim().to_ascii_uppercase(),
        9,
        |a, b| match (a, b) {
            (b'2', b'A' | b'B') | (b'9', b'A' | b'B' | b'C' | b'D' | b'F') => true,
            _ => a.is_ascii_digit() && b.is_ascii_digit(),
        },
    )
}

// ---------------------------------------------------------------------------
// INS / NIR

/// The two-digit key of the first 13 characters of a NIR:
/// `97 − (N mod 97)`, with `2A`→`19` and `2B`→`18` in the department
/// (positions 6–7). `None` if `body` is not 13 such characters.
pub fn nir_key(body: &str) -> Option<u8> {
    let b = body.as_bytes();
    if b.len() != 13 {
        return None;
    }
    let mut n: u64 = 0;
    for (i, &c) in b.iter().enumerate() {
        let digits: &[u8] = match (i, c) {
            (5, b'2') if matches!(b[6], b'A' | b'B') => {
                if b[6] == b'A' {
                    b"19"
                } else {
                    b"18"
                }
            }
            (6, b'A' | b'B') if b[5] == b'2' => b"",
            _ if c.is_ascii_digit() => std::slice::from_ref(&b[i]),
            _ => return None,
        };
        for &d in digits {
            n = n * 10 + u64::from(d - b'0');
        }
    }
    Some((97 - n % 97) as u8)
}

/// Parses an INS (matricule INS = NIR): spaces, dots and dashes anywhere
/// are removed and letters upper-cased, then 15 characters: sex(1) year(2) month(2) dept(2,
/// `2A`/`2B` allowed) commune(3) order(3) key(2), key checked by [`nir_key`].
/// Returns the 15-character compact form.
pub fn parse_nir(s: &str) -> Result<String, IdError> {
    let value: String = without_separators(s)
        .chars()
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let n = value.chars().count();
    if n != 15 {
        return Err(IdError::Length {
            kind: IdKind::Ins,
            value,
            got: n,
        });
    }
    let format_err = |value: String| IdError::Format {
        kind: IdKind::Ins,
        value,
    };
    if !value.is_ascii() {
        return Err(format_err(value));
    }
    let (body, key) = value.split_at(13);
    let Some(expected) = nir_key(body) else {
        return Err(format_err(value));
    };
    if !key.bytes().all(|c| c.is_ascii_digit()) {
        return Err(format_err(value));
    }
    let given: u8 = key.parse().unwrap_or(0);
    if given != expected {
        return Err(IdError::NirKey { value, expected });
    }
    Ok(value)
}

// ---------------------------------------------------------------------------
// IdNat_PS

/// A professional's national identifier (IdNat_PS, OID 1.2.250.1.71.4.2.1)
/// for the two person-level prefixes carnet handles.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum IdNatPs {
    /// `8` + RPPS (12 characters). Holds the bare 11-digit RPPS.
    Rpps(String),
    /// `0` + ADELI (10 characters). Holds the bare 9-character ADELI.
    Adeli(String),
}

impl IdNatPs {
    /// The IdNat_PS string (`8…` or `0…`).
    pub fn idnat(&self) -> String {
        match self {
            IdNatPs::Rpps(r) => rpps_idnat(r),
            IdNatPs::Adeli(a) => adeli_idnat(a),
        }
    }

    /// The RPPS, if this is an RPPS-based identifier.
    pub fn rpps(&self) -> Option<&str> {
        match self {
            IdNatPs::Rpps(r) => Some(r),
            IdNatPs::Adeli(_) => None,
        }
    }
}

impl fmt::Display for IdNatPs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.idnat())
    }
}

/// IdNat_PS of an RPPS: `8` + RPPS (no validation; parse the RPPS first).
pub fn rpps_idnat(rpps: &str) -> String {
    format!("8{rpps}")
}

/// IdNat_PS of an ADELI number: `0` + ADELI (no validation).
pub fn adeli_idnat(adeli: &str) -> String {
    format!("0{adeli}")
}

/// Parses an IdNat_PS: `8` + RPPS or `0` + ADELI (surrounding whitespace
/// trimmed). Errors in the inner number are reported as RPPS/ADELI errors
/// (they name the precise problem); any other prefix is an IdNat_PS error.
pub fn parse_idnat_ps(s: &str) -> Result<IdNatPs, IdError> {
    let t = s.trim();
    if let Some(rest) = t.strip_prefix('8') {
        parse_rpps(rest).map(IdNatPs::Rpps)
    } else if let Some(rest) = t.strip_prefix('0') {
        parse_adeli(rest).map(IdNatPs::Adeli)
    } else {
        Err(IdError::Format {
            kind: IdKind::IdNatPs,
            value: t.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const VALID_RPPS: &[&str] = &[
        "10003456786",
        "10100000008",
        "10000000017",
        "10005555551",
        "10001045367",
        "10104335319",
        "10005814339",
        "10100224947",
        "10104257190",
        "10100124576",
        "10005810808",
        "10100356202",
        "10100779536",
        "10100473148",
        "99700024450",
    ];

    const VALID_FINESS: &[&str] = &[
        "010000024",
        "010780054",
        "750712184",
        "130786049",
        "690781810",
        "330781196",
        "590780193",
        "670780055",
    ];

    #[test]
    fn luhn_worked_example() {
        // domain.md §7: body 1000104536 → check 7.
        assert_eq!(luhn_check_digit("1000104536"), 7);
        assert!(luhn_valid("10001045367"));
        assert!(!luhn_valid(""));
        assert!(!luhn_valid("1000104536x"));
    }

    #[test]
    fn rpps_valid_numbers() {
        for r in VALID_RPPS {
            assert_eq!(parse_rpps(r).as_deref(), Ok(*r), "{r}");
        }
        assert_eq!(parse_rpps("  10003456786\n").unwrap(), "10003456786");
    }

    #[test]
    fn rpps_invalid_check_digit_messages() {
        let e = parse_rpps("10100000003").unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid RPPS 10100000003: check digit should be 8"
        );
        assert_eq!(e.kind(), IdKind::Rpps);
        assert!(e.hint().contains("Luhn"));
        assert!(matches!(
            parse_rpps("10102727017"),
            Err(IdError::CheckDigit { expected: 2, .. })
        ));
    }

    #[test]
    fn all_zeros_refused() {
        assert_eq!(
            parse_rpps("00000000000").unwrap_err().to_string(),
            "invalid RPPS 00000000000: all zeros is not a real number"
        );
        assert!(matches!(
            parse_finess("000000000"),
            Err(IdError::AllZeros {
                kind: IdKind::Finess,
                ..
            })
        ));
        assert!(matches!(
            parse_adeli("000000000"),
            Err(IdError::AllZeros {
                kind: IdKind::Adeli,
                ..
            })
        ));
        assert!(parse_idnat_ps("800000000000").is_err());
        assert!(parse_rpps("00000000000")
            .unwrap_err()
            .hint()
            .contains("carte CPS"));
    }

    #[test]
    fn rpps_shape_messages() {
        assert_eq!(
            parse_rpps("123").unwrap_err().to_string(),
            "invalid RPPS 123: expected 11 digits, got 3"
        );
        assert_eq!(
            parse_rpps("1010000000x").unwrap_err().to_string(),
            "invalid RPPS 1010000000x: expected 11 digits"
        );
        assert_eq!(
            parse_rpps("").unwrap_err().to_string(),
            "invalid RPPS : expected 11 digits, got 0"
        );
        // Spaces, dots and dashes as printed on cards and letters.
        for typed in [
            "10 00345 678 6",
            "1-00-03-456-786",
            "100.034.567.86",
            "10\u{a0}00345\u{202f}678\u{2011}6",
        ] {
            assert_eq!(parse_rpps(typed).as_deref(), Ok("10003456786"), "{typed:?}");
            assert_eq!(Rpps::parse(typed).unwrap().as_str(), "10003456786");
        }
        // The check digit is still checked, on the digits alone.
        assert_eq!(
            parse_rpps("10 00345 678 7").unwrap_err().to_string(),
            "invalid RPPS 10003456787: check digit should be 6"
        );
        assert!(parse_rpps("10_00345_678_6").is_err());
        assert!(parse_rpps("10/00345/678/6").is_err());
        // Non-ASCII digits are rejected, not mis-sliced.
        assert!(matches!(
            parse_rpps("1000345678é"),
            Err(IdError::Format { .. })
        ));
        assert!(matches!(
            parse_rpps("١٠٠٠٣٤٥٦٧٨٦"),
            Err(IdError::Format { .. })
        ));
    }

    #[test]
    fn finess_valid_and_invalid() {
        for f in VALID_FINESS {
            assert_eq!(parse_finess(f).as_deref(), Ok(*f), "{f}");
        }
        let e = parse_finess("010000025").unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid FINESS 010000025: check digit should be 4"
        );
        assert!(e.hint().contains("FINESS"));
        assert!(matches!(
            parse_finess("01000002"),
            Err(IdError::Length { got: 8, .. })
        ));
        assert!(matches!(
            parse_finess("2C0000014"),
            Err(IdError::Format { .. })
        ));
        assert!(matches!(
            parse_finess("01A000024"),
            Err(IdError::Format { .. })
        ));
    }

    #[test]
    fn finess_corsica() {
        // 2A→21, 2B→22 for the check (design choice).
        assert_eq!(luhn_check_of_values(&[2, 1, 0, 0, 0, 0, 0, 1]), 4);
        assert_eq!(parse_finess("2A0000014").unwrap(), "2A0000014");
        assert_eq!(parse_finess("2a0000014").unwrap(), "2A0000014");
        assert_eq!(luhn_check_of_values(&[2, 2, 0, 0, 0, 0, 0, 1]), 2);
        assert_eq!(parse_finess("2B0000012").unwrap(), "2B0000012");
        assert!(parse_finess("2A0000012").is_err());
        assert!(parse_finess("2B0000014").is_err());
    }

    #[test]
    fn adeli_samples() {
        assert_eq!(parse_adeli("012600631").unwrap(), "012600631");
        assert_eq!(parse_adeli("759124159").unwrap(), "759124159");
        assert!(matches!(
            parse_adeli("012600632"),
            Err(IdError::CheckDigit { expected: 1, .. })
        ));
        // Overseas: 9A counts as 91.
        let check = luhn_check_of_values(&[9, 1, 2, 6, 0, 0, 6, 3]);
        let n = format!("9A260063{check}");
        assert_eq!(parse_adeli(&n).unwrap(), n);
        assert_eq!(parse_adeli(&n.to_lowercase()).unwrap(), n);
        // 9E does not exist; letters elsewhere are refused.
        assert!(matches!(
            parse_adeli(&format!("9E260063{check}")),
            Err(IdError::Format { .. })
        ));
        assert!(matches!(
            parse_adeli("01260063A"),
            Err(IdError::Format { .. })
        ));
        assert!(parse_adeli("01260063").is_err());
    }

    #[test]
    fn nir_worked_examples() {
        assert_eq!(nir_key("1841276451089"), Some(46));
        assert_eq!(parse_nir("184127645108946").unwrap(), "184127645108946");
        assert_eq!(
            parse_nir("1 84 12 76 451 089 46").unwrap(),
            "184127645108946"
        );
        for typed in [
            "1.84.12.76.451.089.46",
            "1-84-12-76-451-089-46",
            "1 84-12.76 451 089 46",
        ] {
            assert_eq!(parse_nir(typed).unwrap(), "184127645108946", "{typed}");
        }
        assert!(parse_nir("1 84 12 76 451 089 47").is_err());
        assert_eq!(nir_key("253072B073004"), Some(70));
        assert_eq!(parse_nir("253072B07300470").unwrap(), "253072B07300470");
        assert_eq!(parse_nir("253072b07300470").unwrap(), "253072B07300470");
        for ok in ["295109912611193", "269054958815780", "155067200010159"] {
            assert_eq!(parse_nir(ok).as_deref(), Ok(ok));
        }
        // 2A uses 19.
        let k = nir_key("253072A073004").unwrap();
        assert_eq!(k, nir_key("2530719073004").unwrap());
    }

    #[test]
    fn nir_bad_key_message() {
        let e = parse_nir("123456789012345").unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid INS 123456789012345: key should be 11"
        );
        assert_eq!(e.kind(), IdKind::Ins);
        assert!(e.hint().contains("carte Vitale"));
        // Two-digit formatting of small keys.
        let body = (0..)
            .map(|i: u64| format!("1{:012}", i))
            .find(|b| nir_key(b).unwrap() < 10)
            .unwrap();
        let k = nir_key(&body).unwrap();
        let wrong = format!("{body}{:02}", (k + 1) % 100);
        assert!(parse_nir(&wrong)
            .unwrap_err()
            .to_string()
            .ends_with(&format!("key should be 0{k}")));
    }

    #[test]
    fn nir_shape_errors() {
        assert!(matches!(
            parse_nir("18412764510894"),
            Err(IdError::Length { got: 14, .. })
        ));
        assert!(matches!(
            parse_nir("1841276451089466"),
            Err(IdError::Length { got: 16, .. })
        ));
        // Letter outside the department, or 2C.
        assert!(matches!(
            parse_nir("18412A645108946"),
            Err(IdError::Format { .. })
        ));
        assert!(matches!(
            parse_nir("253072C07300470"),
            Err(IdError::Format { .. })
        ));
        assert!(matches!(
            parse_nir("3530A2B07300470"),
            Err(IdError::Format { .. })
        ));
        assert!(matches!(
            parse_nir("1841276451089x6"),
            Err(IdError::Format { .. })
        ));
        assert!(matches!(
            parse_nir("18412764510894é"),
            Err(IdError::Format { .. })
        ));
    }

    #[test]
    fn idnat_ps() {
        assert_eq!(rpps_idnat("10001045367"), "810001045367");
        assert_eq!(
            parse_idnat_ps("810001045367").unwrap(),
            IdNatPs::Rpps("10001045367".into())
        );
        let a = parse_idnat_ps("0012600631").unwrap();
        assert_eq!(a, IdNatPs::Adeli("012600631".into()));
        assert_eq!(a.to_string(), "0012600631");
        assert_eq!(a.rpps(), None);
        assert_eq!(
            parse_idnat_ps("810001045367").unwrap().rpps(),
            Some("10001045367")
        );
        assert_eq!(
            parse_idnat_ps("810100000003").unwrap_err().to_string(),
            "invalid RPPS 10100000003: check digit should be 8"
        );
        let e = parse_idnat_ps("310001045367").unwrap_err();
        assert_eq!(e.kind(), IdKind::IdNatPs);
        assert!(e.to_string().starts_with("invalid IdNat_PS 310001045367:"));
        assert!(parse_idnat_ps("").is_err());
    }

    // ---- property tests ------------------------------------------------

    fn with_luhn(body: &[u8]) -> String {
        let mut s: String = body.iter().map(|d| char::from(b'0' + d)).collect();
        s.push(char::from(b'0' + luhn_check_of_values(body)));
        s
    }

    fn digits(n: usize) -> impl Strategy<Value = Vec<u8>> {
        proptest::collection::vec(0u8..10, n)
    }

    fn replace_at(s: &str, i: usize, c: u8) -> String {
        let mut b = s.as_bytes().to_vec();
        b[i] = c;
        String::from_utf8(b).unwrap()
    }

    fn swap_at(s: &str, i: usize) -> String {
        let mut b = s.as_bytes().to_vec();
        b.swap(i, i + 1);
        String::from_utf8(b).unwrap()
    }

    fn adeli_strategy() -> impl Strategy<Value = String> {
        let dept = prop_oneof![
            (0u8..10, 0u8..10).prop_map(|(a, b)| vec![(b'0' + a, a), (b'0' + b, b)]),
            prop::sample::select(vec![
                (b'2', b'A'),
                (b'2', b'B'),
                (b'9', b'A'),
                (b'9', b'B'),
                (b'9', b'C'),
                (b'9', b'D'),
                (b'9', b'F'),
            ])
            .prop_map(|(a, l)| vec![(a, a - b'0'), (l, letter_value(l).unwrap())]),
        ];
        (dept, digits(6))
            .prop_map(|(dept, rest)| {
                let mut chars: Vec<u8> = dept.iter().map(|p| p.0).collect();
                let mut values: Vec<u8> = dept.iter().map(|p| p.1).collect();
                chars.extend(rest.iter().map(|d| b'0' + d));
                values.extend(&rest);
                chars.push(b'0' + luhn_check_of_values(&values));
                String::from_utf8(chars).unwrap()
            })
            .prop_filter("all zeros is refused", |s| s.bytes().any(|c| c != b'0'))
    }

    fn nir_strategy() -> impl Strategy<Value = String> {
        (digits(13), any::<Option<bool>>()).prop_map(|(d, corsica)| {
            let mut body: Vec<u8> = d.iter().map(|x| b'0' + x).collect();
            if let Some(b) = corsica {
                body[5] = b'2';
                body[6] = if b { b'A' } else { b'B' };
            }
            let body = String::from_utf8(body).unwrap();
            let key = nir_key(&body).unwrap();
            format!("{body}{key:02}")
        })
    }

    /// Luhn misses exactly the adjacent transposition 09 ↔ 90.
    fn luhn_blind(a: u8, b: u8) -> bool {
        matches!((a, b), (b'0', b'9') | (b'9', b'0'))
    }

    proptest! {
        #[test]
        fn generated_valid_numbers_pass(r in digits(10), f in digits(8), a in adeli_strategy(), n in nir_strategy()) {
            // All zeros is the one Luhn-valid number refused (all_zeros_refused).
            prop_assume!(r.iter().any(|&d| d != 0) && f.iter().any(|&d| d != 0));
            let rpps = with_luhn(&r);
            prop_assert_eq!(parse_rpps(&rpps), Ok(rpps.clone()));
            prop_assert_eq!(parse_idnat_ps(&rpps_idnat(&rpps)), Ok(IdNatPs::Rpps(rpps.clone())));
            let finess = with_luhn(&f);
            prop_assert_eq!(parse_finess(&finess), Ok(finess.clone()));
            prop_assert_eq!(parse_adeli(&a), Ok(a.clone()));
            prop_assert_eq!(parse_idnat_ps(&adeli_idnat(&a)), Ok(IdNatPs::Adeli(a.clone())));
            prop_assert_eq!(parse_nir(&n), Ok(n.clone()));
        }

        #[test]
        fn corsica_finess_generated(f in digits(6), b in any::<bool>()) {
            let mut values = vec![2u8, if b { 2 } else { 1 }];
            values.extend(&f);
            let check = luhn_check_of_values(&values);
            let s = format!(
                "2{}{}{}",
                if b { 'B' } else { 'A' },
                f.iter().map(|d| char::from(b'0' + d)).collect::<String>(),
                check
            );
            prop_assert_eq!(parse_finess(&s), Ok(s.clone()));
            // Digit substitutions after the department are always detected.
            for i in 2..9 {
                for c in b'0'..=b'9' {
                    if s.as_bytes()[i] != c {
                        prop_assert!(parse_finess(&replace_at(&s, i, c)).is_err());
                    }
                }
            }
        }

        #[test]
        fn luhn_single_substitution_always_detected(r in digits(10), f in digits(8), i in 0usize..11, d in 0u8..10) {
            let rpps = with_luhn(&r);
            let c = b'0' + d;
            if rpps.as_bytes()[i] != c {
                prop_assert!(parse_rpps(&replace_at(&rpps, i, c)).is_err());
            }
            let finess = with_luhn(&f);
            let j = i % 9;
            if finess.as_bytes()[j] != c {
                prop_assert!(parse_finess(&replace_at(&finess, j, c)).is_err());
            }
        }

        #[test]
        fn adeli_single_substitution_detected(a in adeli_strategy(), i in 0usize..9, d in 0u8..10) {
            let c = b'0' + d;
            let orig = a.as_bytes()[i];
            if orig != c {
                let changed = replace_at(&a, i, c);
                match letter_value(orig) {
                    // A digit replaced by another digit: always detected.
                    None => prop_assert!(parse_adeli(&changed).is_err()),
                    // A department letter replaced by a digit: detected unless
                    // the digit is the letter's own value (2B ↔ 22), the one
                    // documented blind spot of mapping letters to digits.
                    Some(v) => prop_assert_eq!(parse_adeli(&changed).is_ok(), v == d),
                }
            }
        }

        #[test]
        fn luhn_transpositions_detected_except_09(r in digits(10), f in digits(8), i in 0usize..10) {
            let rpps = with_luhn(&r);
            let (a, b) = (rpps.as_bytes()[i], rpps.as_bytes()[i + 1]);
            if a != b {
                let swapped = swap_at(&rpps, i);
                prop_assert_eq!(parse_rpps(&swapped).is_ok(), luhn_blind(a, b), "{} -> {}", rpps, swapped);
            }
            let finess = with_luhn(&f);
            let j = i % 8;
            let (a, b) = (finess.as_bytes()[j], finess.as_bytes()[j + 1]);
            if a != b {
                let swapped = swap_at(&finess, j);
                prop_assert_eq!(parse_finess(&swapped).is_ok(), luhn_blind(a, b), "{} -> {}", finess, swapped);
            }
        }

        #[test]
        fn luhn_09_transposition_is_blind(mut r in digits(10), i in 0usize..9) {
            // Force a 0,9 pair inside the body: swapping it keeps the number valid.
            r[i] = 0;
            r[i + 1] = 9;
            let rpps = with_luhn(&r);
            prop_assert!(parse_rpps(&swap_at(&rpps, i)).is_ok());
        }

        #[test]
        fn nir_single_substitution_always_detected(n in nir_strategy(), i in 0usize..15, d in 0u8..10) {
            let c = b'0' + d;
            if n.as_bytes()[i] != c {
                prop_assert!(parse_nir(&replace_at(&n, i, c)).is_err());
            }
        }

        #[test]
        fn nir_body_transposition_always_detected(n in nir_strategy(), i in 0usize..12) {
            let (a, b) = (n.as_bytes()[i], n.as_bytes()[i + 1]);
            if a != b {
                prop_assert!(parse_nir(&swap_at(&n, i)).is_err());
            }
        }

        #[test]
        fn nir_spaces_ignored(n in nir_strategy(), cut in 1usize..14) {
            let spaced = format!(" {} {} ", &n[..cut], &n[cut..]);
            prop_assert_eq!(parse_nir(&spaced), Ok(n));
        }

        #[test]
        fn only_all_zeros_is_refused_among_luhn_valid(r in digits(10), zeros in any::<bool>()) {
            let body = if zeros { vec![0u8; 10] } else { r };
            let rpps = with_luhn(&body);
            let all_zero = rpps.bytes().all(|c| c == b'0');
            prop_assert_eq!(
                matches!(parse_rpps(&rpps), Err(IdError::AllZeros { .. })),
                all_zero
            );
            prop_assert_eq!(parse_rpps(&rpps).is_ok(), !all_zero);
        }

        #[test]
        fn parsers_never_panic(s in "\\PC{0,20}") {
            let _ = parse_rpps(&s);
            let _ = parse_finess(&s);
            let _ = parse_adeli(&s);
            let _ = parse_nir(&s);
            let _ = parse_idnat_ps(&s);
            let _ = luhn_valid(&s);
        }
    }
}
