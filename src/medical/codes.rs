//! Codes of public code systems an item may carry (`--code`): SNOMED CT
//! and CIM-10 (ICD-10) for allergies and conditions, the CIS of France's
//! public medicines database (BDPM) and ATC for treatments and vaccines.
//! A code is written `SYSTEM:CODE` (`snomed:91936005`, `cim10:J45.9`,
//! `cis:60234100`, `atc:J01CA04`) or bare, when its form says which
//! system it is of for that kind of item. Only the form and check digits
//! are checked: carnet ships no terminology, so it keeps no display.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

use super::kind::Kind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Code {
    /// `snomed`, `cim10`, `cis`, `atc`.
    pub system: String,
    pub code: String,
}

pub const SYSTEMS: &[(&str, &str)] = &[
    ("snomed", "http://snomed.info/sct"),
    ("cim10", "http://hl7.org/fhir/sid/icd-10"),
    ("cis", "https://smt.esante.gouv.fr/terminologie-bdpm"),
    ("atc", "http://www.whocc.no/atc"),
];

impl Code {
    /// The FHIR `Coding.system` URL.
    pub fn url(&self) -> &'static str {
        SYSTEMS
            .iter()
            .find(|(s, _)| *s == self.system)
            .map(|(_, u)| *u)
            .unwrap_or("urn:ietf:rfc:3986")
    }

    pub fn text(&self) -> String {
        format!("{}:{}", self.system, self.code)
    }
}

fn systems_for(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Allergy => &["snomed", "cim10", "cis", "atc"],
        Kind::Condition => &["snomed", "cim10"],
        Kind::Treatment | Kind::Vaccination => &["cis", "atc", "snomed"],
        _ => &[],
    }
}

fn is_snomed(c: &str) -> bool {
    (6..=18).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_digit()) && verhoeff_valid(c)
}

fn is_cim10(c: &str) -> bool {
    let b = c.as_bytes();
    let head = b.len() >= 3
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_digit()
        && (b[2].is_ascii_digit() || b[2].is_ascii_uppercase());
    let tail = &c[3.min(c.len())..];
    head && (tail.is_empty()
        || tail.starts_with('.')
            && (2..=5).contains(&tail.len())
            && tail[1..].bytes().all(|x| x.is_ascii_alphanumeric()))
}

fn is_cis(c: &str) -> bool {
    c.len() == 8 && c.bytes().all(|b| b.is_ascii_digit())
}

fn is_atc(c: &str) -> bool {
    // Levels 1 to 5: A, A01, A01A, A01AA, A01AA01.
    let b = c.as_bytes();
    let shape: &[fn(u8) -> bool] = &[
        |x| x.is_ascii_uppercase(),
        |x| x.is_ascii_digit(),
        |x| x.is_ascii_digit(),
        |x| x.is_ascii_uppercase(),
        |x| x.is_ascii_uppercase(),
        |x| x.is_ascii_digit(),
        |x| x.is_ascii_digit(),
    ];
    [1, 3, 4, 5, 7].contains(&b.len()) && b.iter().zip(shape).all(|(&x, f)| f(x))
}

fn valid(system: &str, c: &str) -> bool {
    match system {
        "snomed" => is_snomed(c),
        "cim10" => is_cim10(c),
        "cis" => is_cis(c),
        "atc" => is_atc(c),
        _ => false,
    }
}

/// Parses `--code` for an item of `kind`.
pub fn parse_for(kind: Kind, s: &str) -> Result<Code> {
    let t = s.trim();
    let allowed = systems_for(kind);
    let hint = || {
        crate::i18n::tr!(
            "m-code-hint",
            systems = allowed.join(", "),
            example = match kind {
                Kind::Treatment | Kind::Vaccination => "cis:60234100",
                _ => "snomed:91936005",
            },
            other = match kind {
                Kind::Treatment | Kind::Vaccination => "atc:J01CA04",
                _ => "cim10:J45.9",
            }
        )
    };
    if allowed.is_empty() {
        return Err(Error::usage(
            crate::i18n::tr!("m-code-none", kind = kind.label()),
            crate::i18n::tr!("m-code-none-hint"),
        ));
    }
    if let Some((sys, code)) = t.split_once(':') {
        let sys = match sys.to_lowercase().as_str() {
            "icd10" | "icd-10" | "cim-10" => "cim10".to_string(),
            "sct" | "snomed-ct" => "snomed".to_string(),
            o => o.to_string(),
        };
        let code = code.trim().to_uppercase();
        if !allowed.contains(&sys.as_str()) {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "m-code-bad-system",
                    system = format!("{sys:?}"),
                    kind = kind.label()
                ),
                hint(),
            ));
        }
        if !valid(&sys, &code) {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "m-code-invalid",
                    code = format!("{code:?}"),
                    system = sys.as_str()
                ),
                match sys.as_str() {
                    "snomed" => crate::i18n::tr!("m-code-snomed-hint"),
                    "cim10" => crate::i18n::tr!("m-code-cim10-hint"),
                    "cis" => crate::i18n::tr!("m-code-cis-hint"),
                    _ => crate::i18n::tr!("m-code-atc-hint"),
                },
            ));
        }
        return Ok(Code { system: sys, code });
    }
    let code = t.to_uppercase();
    // A bare code: the first system of this kind whose form it has, among
    // those whose forms cannot be confused (an 8-digit SNOMED CT identifier
    // with a wrong check digit must not pass for a CIS code).
    let bare: &[&str] = match kind {
        Kind::Allergy | Kind::Condition => &["snomed", "cim10"],
        _ => &["cis", "atc"],
    };
    let found = bare.iter().find(|sys| valid(sys, &code));
    match found {
        Some(sys) => Ok(Code {
            system: sys.to_string(),
            code,
        }),
        None => Err(Error::usage(
            crate::i18n::tr!("m-code-unknown-system", code = format!("{t:?}")),
            hint(),
        )),
    }
}

/// Checks a stored or edited code against its kind.
pub fn check_for(kind: Kind, c: &Code) -> Result<()> {
    parse_for(kind, &c.text()).map(|_| ())
}

const D: [[u8; 10]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
    [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
    [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
    [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
    [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
    [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P: [[u8; 10]; 8] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
    [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
    [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
    [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
    [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
    [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/// The Verhoeff check SNOMED CT identifiers end with.
pub fn verhoeff_valid(s: &str) -> bool {
    let mut c = 0u8;
    for (i, b) in s.bytes().rev().enumerate() {
        c = D[c as usize][P[i % 8][(b - b'0') as usize] as usize];
    }
    c == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_by_form_and_by_prefix() {
        // 91936005 "Allergy to penicillin", 195967001 "Asthma" (SNOMED CT).
        let c = parse_for(Kind::Allergy, "91936005").unwrap();
        assert_eq!(
            (c.system.as_str(), c.url()),
            ("snomed", "http://snomed.info/sct")
        );
        assert!(parse_for(Kind::Condition, "195967001").is_ok());
        assert!(
            parse_for(Kind::Condition, "195967002").is_err(),
            "check digit"
        );
        assert_eq!(
            parse_for(Kind::Condition, "j45.9").unwrap().text(),
            "cim10:J45.9"
        );
        assert_eq!(
            parse_for(Kind::Treatment, "60234100").unwrap().system,
            "cis"
        );
        assert_eq!(
            parse_for(Kind::Treatment, "atc:j01ca04").unwrap().code,
            "J01CA04"
        );
        assert!(parse_for(Kind::Condition, "cis:60234100").is_err());
        assert!(parse_for(Kind::Treatment, "atc:J01CA4").is_err());
        assert!(parse_for(Kind::Contact, "J45").is_err());
        let e = parse_for(Kind::Condition, "asthme").unwrap_err();
        assert!(e.hint().contains("snomed"), "{}", e.hint());
    }
}
