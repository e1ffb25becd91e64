//! Whom a verified bundle comes from and whom it is about, judged against
//! what this vault knows (docs/bundle-format.md, "Trust on import").
//!
//! A valid signature proves integrity only: anyone can sign a bundle with
//! a key of their own and name any professional as author, or any patient.
//! So `bundle import` also asks:
//!
//! * **Signer** ([`signer_status`]): this vault's own key, a key pinned for
//!   known professionals (`carnet pro add|edit --signer`), or neither
//!   (unverified).
//! * **Authors** ([`unsigned_authors`]): every professional a document names
//!   as author whose key is pinned must be the signer, unless this vault's
//!   own key signed (the holder's own export: the authorship is the
//!   holder's record, as with `carnet add --author`). An author without a
//!   pinned key stays unverified, which the signer status says.
//! * **Patient** ([`check_patient`]): the INS when both sides know it; else
//!   the name and the birth date, each compared when both sides know it.
//!
//! [`judge`] puts the three together: the refusals (exit 5) and what an
//! import records and warns about.
//!
//! Pure: no I/O; callers pass the vault's facts ([`VaultView`]).

use std::collections::BTreeSet;

use crate::bundle::manifest::Manifest;
use crate::error::{Error, Result};

use crate::ids;
use crate::model::Professional;
use crate::timefmt;

/// Who signed a bundle, as far as this vault can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignerStatus {
    /// This vault's own signing key.
    OwnVault,
    /// A key pinned for these professionals (RPPS, name).
    Pinned(Vec<(String, String)>),
    /// No known professional has this key pinned.
    Unpinned,
}

impl SignerStatus {
    /// The JSON name: `own_vault`, `pinned`, `unpinned`.
    pub fn as_str(&self) -> &'static str {
        match self {
            SignerStatus::OwnVault => "own_vault",
            SignerStatus::Pinned(_) => "pinned",
            SignerStatus::Unpinned => "unpinned",
        }
    }

    /// One sentence for people, in their language.
    pub fn describe(&self) -> String {
        match self {
            SignerStatus::OwnVault => crate::i18n::tr!("x-signer-own"),
            SignerStatus::Pinned(pros) => {
                let who = pros
                    .iter()
                    .map(|(rpps, name)| format!("{} (RPPS {rpps})", shown(name)))
                    .reduce(|a, b| crate::i18n::tr!("x-signer-and", a = a, b = b))
                    .unwrap_or_default();
                crate::i18n::tr!("x-signer-pinned", who = who)
            }
            SignerStatus::Unpinned => crate::i18n::tr!("x-signer-unpinned"),
        }
    }

    /// The professionals whose pinned key signed, for JSON.
    pub fn pinned_for(&self) -> Vec<serde_json::Value> {
        match self {
            SignerStatus::Pinned(pros) => pros
                .iter()
                .map(|(rpps, name)| serde_json::json!({ "rpps": rpps, "name": name }))
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Who signed: `fingerprint` against this vault's own key and the keys
/// pinned for `pros`.
pub fn signer_status(fingerprint: &str, own: &str, pros: &[Professional]) -> SignerStatus {
    if fingerprint == own {
        return SignerStatus::OwnVault;
    }
    let pinned: Vec<(String, String)> = pros
        .iter()
        .filter(|p| p.signer.as_deref() == Some(fingerprint))
        .map(|p| (p.rpps.to_string(), p.name.clone()))
        .collect();
    if pinned.is_empty() {
        SignerStatus::Unpinned
    } else {
        SignerStatus::Pinned(pinned)
    }
}

/// The professionals among `authors` whose pinned key is not the signer
/// (none when this vault's own key signed; see the module docs).
pub fn unsigned_authors<'p>(
    authors: &BTreeSet<&str>,
    fingerprint: &str,
    own: &str,
    pros: &'p [Professional],
) -> Vec<&'p Professional> {
    if fingerprint == own {
        return Vec::new();
    }
    pros.iter()
        .filter(|p| authors.contains(p.rpps.as_str()))
        .filter(|p| p.signer.as_deref().is_some_and(|s| s != fingerprint))
        .collect()
}

/// A patient's identity as a bundle or a vault records it (any part may be
/// unknown).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Patient {
    pub name: Option<String>,
    pub birth_date: Option<String>,
    pub ins: Option<String>,
}

impl Patient {
    pub fn new(name: Option<&str>, birth_date: Option<&str>, ins: Option<&str>) -> Patient {
        let keep = |s: Option<&str>| s.map(str::trim).filter(|s| !s.is_empty()).map(String::from);
        Patient {
            name: keep(name).filter(|n| !normalize_name(n).is_empty()),
            birth_date: keep(birth_date).filter(|b| timefmt::parse_ymd(b).is_some()),
            ins: keep(ins).and_then(|i| ids::parse_nir(&i).ok()),
        }
    }

    fn is_empty(&self) -> bool {
        self.name.is_none() && self.birth_date.is_none() && self.ins.is_none()
    }
}

/// One field that differs: its name (`ins`, `name`, `birth_date`) and both
/// values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mismatch {
    pub field: &'static str,
    pub bundle: String,
    pub vault: String,
}

/// Whether a bundle is about this vault's holder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatientCheck {
    /// Every field both sides know agrees (`by`: which were compared).
    Match { by: Vec<&'static str> },
    /// These fields differ.
    Mismatch(Vec<Mismatch>),
    /// Nothing could be compared: the bundle names no patient
    /// (`bundle_empty`), the vault records no holder identity, or they know
    /// different parts (a name on one side, only a birth date on the other).
    Unknown {
        bundle_empty: bool,
        vault_empty: bool,
    },
}

impl PatientCheck {
    /// The JSON name: `match`, `mismatch`, `unknown`.
    pub fn as_str(&self) -> &'static str {
        match self {
            PatientCheck::Match { .. } => "match",
            PatientCheck::Mismatch(_) => "mismatch",
            PatientCheck::Unknown { .. } => "unknown",
        }
    }
}

/// A name reduced to what identifies it: letters folded to lowercase ASCII
/// where they are accented Latin letters, every run of anything else
/// (spaces, hyphens, apostrophes, dots) one separator, and the words
/// sorted, so `MARTIN Camille`, `Camille  Martin` and `camille martin`
/// compare equal (records often put the family name first). Other scripts
/// keep their letters, lowercased.
pub fn normalize_name(s: &str) -> String {
    let mut folded = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            folded.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() {
            match crate::bundle::names::ascii_fold(c) {
                "-" => folded.extend(c.to_lowercase()),
                f => folded.push_str(f),
            }
        } else {
            folded.push(' ');
        }
    }
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    words.sort_unstable();
    words.join(" ")
}

/// Compares a bundle's patient with the vault's holder: the INS when both
/// know it (names and birth dates are then not compared: the INS is the
/// identity, and names are spelt in many ways); else the name and the
/// birth date, each when both know it.
pub fn check_patient(vault: &Patient, bundle: &Patient) -> PatientCheck {
    if let (Some(v), Some(b)) = (&vault.ins, &bundle.ins) {
        return if v == b {
            PatientCheck::Match { by: vec!["ins"] }
        } else {
            PatientCheck::Mismatch(vec![Mismatch {
                field: "ins",
                bundle: b.clone(),
                vault: v.clone(),
            }])
        };
    }
    let mut by = Vec::new();
    let mut differ = Vec::new();
    if let (Some(v), Some(b)) = (&vault.name, &bundle.name) {
        by.push("name");
        if normalize_name(v) != normalize_name(b) {
            differ.push(Mismatch {
                field: "name",
                bundle: b.clone(),
                vault: v.clone(),
            });
        }
    }
    if let (Some(v), Some(b)) = (&vault.birth_date, &bundle.birth_date) {
        by.push("birth_date");
        if timefmt::parse_ymd(v) != timefmt::parse_ymd(b) {
            differ.push(Mismatch {
                field: "birth_date",
                bundle: b.clone(),
                vault: v.clone(),
            });
        }
    }
    if !differ.is_empty() {
        PatientCheck::Mismatch(differ)
    } else if by.is_empty() {
        PatientCheck::Unknown {
            bundle_empty: bundle.is_empty(),
            vault_empty: vault.is_empty(),
        }
    } else {
        PatientCheck::Match { by }
    }
}

/// What this vault knows that judges a bundle: its own signing key's
/// fingerprint, the professionals (with their pinned keys) and the holder's
/// identity.
pub struct VaultView {
    pub own: String,
    pub pros: Vec<Professional>,
    pub holder: Patient,
}

/// What this vault says about a verified bundle.
pub struct Judged {
    pub view: VaultView,
    pub status: SignerStatus,
    pub patient: PatientCheck,
    /// The mismatches the holder accepted with `--other-patient`.
    pub overridden: Vec<Mismatch>,
}

/// `name "Jean Dupont" (this vault: "Camille Martin"), birth date …`.
fn mismatch_text(ms: &[Mismatch]) -> String {
    ms.iter()
        .map(|x| {
            let what = match x.field {
                "ins" => "INS".to_string(),
                "name" => crate::i18n::tr!("v-mismatch-name"),
                _ => crate::i18n::tr!("v-mismatch-birth-date"),
            };
            crate::i18n::tr!(
                "v-mismatch",
                what = what,
                bundle = format!("{:?}", shown(&x.bundle)),
                vault = format!("{:?}", shown(&x.vault))
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Refuses a bundle naming as author a professional whose pinned key did
/// not sign it (exit 5).
fn refuse_unsigned_authors(m: &Manifest, fingerprint: &str, view: &VaultView) -> Result<()> {
    let authors: BTreeSet<&str> = m
        .documents
        .iter()
        .filter_map(|d| d.author.as_deref())
        .collect();
    let bad = unsigned_authors(&authors, fingerprint, &view.own, &view.pros);
    let Some(first) = bad.first() else {
        return Ok(());
    };
    let names = bad
        .iter()
        .map(|p| {
            crate::i18n::tr!(
                "x-signer-author-pinned",
                name = &p.name,
                rpps = p.rpps.to_string(),
                key = p.signer.as_deref().unwrap_or_default()
            )
        })
        .collect::<Vec<_>>()
        .join(", ");
    Err(Error::policy(
        crate::i18n::tr!(
            "v-bundle-author-unsigned",
            id = m.id.to_string(),
            names = names,
            fingerprint = fingerprint,
            status = signer_status(fingerprint, &view.own, &view.pros).describe()
        ),
        crate::i18n::tr!(
            "v-bundle-author-unsigned-hint",
            name = first.name.to_string(),
            rpps = first.rpps.to_string()
        ),
    ))
}

/// Judges a verified bundle (its manifest, signed by `fingerprint`) against
/// this vault: who signed it (refused if it names an author whose pinned
/// key did not), whom it is about (refused if another patient, unless
/// `other_patient`). A refusal is exit 5, and the caller writes nothing.
pub fn judge(
    m: &Manifest,
    fingerprint: &str,
    view: VaultView,
    other_patient: bool,
) -> Result<Judged> {
    let status = signer_status(fingerprint, &view.own, &view.pros);
    refuse_unsigned_authors(m, fingerprint, &view)?;
    let patient = check_patient(
        &view.holder,
        &Patient::new(
            Some(&m.holder.name),
            m.holder.birth_date.as_deref(),
            m.holder.ins.as_deref(),
        ),
    );
    let overridden: Vec<Mismatch> = match &patient {
        PatientCheck::Mismatch(ms) if !other_patient => {
            return Err(Error::policy(
                crate::i18n::tr!(
                    "v-bundle-other-patient",
                    id = m.id.to_string(),
                    mismatches = mismatch_text(ms)
                ),
                crate::i18n::tr!("v-bundle-other-patient-hint"),
            ));
        }
        PatientCheck::Mismatch(ms) => ms.clone(),
        _ => Vec::new(),
    };
    Ok(Judged {
        view,
        status,
        patient,
        overridden,
    })
}

impl Judged {
    /// The warning about whom an imported bundle is about: an accepted
    /// other patient, or a patient that could not be compared.
    pub fn patient_warning(&self) -> Option<String> {
        if !self.overridden.is_empty() {
            return Some(format!(
                "imported a bundle about another patient (--other-patient, journaled): {}",
                mismatch_text(&self.overridden)
            ));
        }
        let PatientCheck::Unknown {
            bundle_empty,
            vault_empty,
        } = &self.patient
        else {
            return None;
        };
        let why = if *vault_empty {
            "this vault records no holder name, birth date or INS".to_string()
        } else if *bundle_empty {
            "the bundle names no patient".to_string()
        } else {
            "the bundle and this vault record different parts of the patient's identity".to_string()
        };
        Some(format!(
            "{why}: carnet could not check that this bundle is about {}; import only bundles you expected",
            self.view
                .holder
                .name
                .as_deref()
                .map(|n| format!("{n:?}"))
                .unwrap_or_else(|| "this vault's holder".into())
        ))
    }
}

/// Text from a bundle made safe for a terminal: control characters and the
/// invisible or direction-changing format characters (which could make a
/// name read as another) escaped, and at most 200 characters.
pub fn shown(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars().take(200) {
        let invisible = matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
        if c.is_control() || invisible {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const OWN: &str = "SHA256:own";
    const KEY_A: &str = "SHA256:aaaa";
    const KEY_B: &str = "SHA256:bbbb";

    fn pro(rpps: &str, name: &str, signer: Option<&str>) -> Professional {
        Professional {
            signer: signer.map(String::from),
            added_at: datetime!(2026-01-01 00:00 UTC),
            ..Professional::sample(rpps, name)
        }
    }

    fn pros() -> Vec<Professional> {
        vec![
            pro("10003456786", "Dr A", Some(KEY_A)),
            pro("10100000008", "Dr B", Some(KEY_B)),
            pro("10000000017", "Dr C", None),
        ]
    }

    #[test]
    fn signer_statuses() {
        let p = pros();
        assert_eq!(signer_status(OWN, OWN, &p), SignerStatus::OwnVault);
        let s = signer_status(KEY_A, OWN, &p);
        assert_eq!(
            s,
            SignerStatus::Pinned(vec![("10003456786".into(), "Dr A".into())])
        );
        assert_eq!(
            s.describe(),
            "signed by a key pinned for Dr A (RPPS 10003456786)"
        );
        assert_eq!(s.pinned_for()[0]["rpps"], "10003456786");
        assert_eq!(
            signer_status("SHA256:other", OWN, &p),
            SignerStatus::Unpinned
        );
        assert!(SignerStatus::Unpinned.describe().contains("unverified"));
    }

    #[test]
    fn authors_must_be_signed_by_their_pinned_key() {
        let p = pros();
        let authors: BTreeSet<&str> = ["10003456786", "10000000017", "10005555551"].into();
        // A self-signed bundle claiming Dr A (pinned): refused for Dr A only;
        // Dr C (no pin) and an unknown RPPS stay unverified, not refused.
        let bad = unsigned_authors(&authors, "SHA256:mallory", OWN, &p);
        assert_eq!(
            bad.iter().map(|p| p.rpps.as_str()).collect::<Vec<_>>(),
            ["10003456786"]
        );
        // Dr B's key does not speak for Dr A either.
        assert_eq!(unsigned_authors(&authors, KEY_B, OWN, &p).len(), 1);
        assert!(unsigned_authors(&authors, KEY_A, OWN, &p).is_empty());
        // The holder's own export: the holder's record of authorship.
        assert!(unsigned_authors(&authors, OWN, OWN, &p).is_empty());
    }

    #[test]
    fn names_compare_without_case_accents_spacing_or_order() {
        for (a, b) in [
            ("Camille Martin", "camille martin"),
            ("Léa Martin", "LEA  MARTIN"),
            ("MARTIN Camille", "Camille Martin"),
            ("Jean-Pierre Œuvray", "jean pierre oeuvray"),
            (" Chloé\tD'Arc ", "chloe d arc"),
        ] {
            assert_eq!(normalize_name(a), normalize_name(b), "{a} / {b}");
        }
        assert_ne!(
            normalize_name("Camille Martin"),
            normalize_name("Camille Martine")
        );
        assert_eq!(normalize_name("Ἀλέξης"), "ἀλέξης");
        assert_eq!(normalize_name(" - '"), "");
    }

    fn patient(name: Option<&str>, birth: Option<&str>, ins: Option<&str>) -> Patient {
        Patient::new(name, birth, ins)
    }

    #[test]
    fn patient_by_ins_when_both_know_it() {
        let v = patient(
            Some("Camille Martin"),
            Some("1984-12-07"),
            Some("184127645108946"),
        );
        let same = patient(
            Some("Someone Else"),
            Some("2000-01-01"),
            Some("1 84 12 76 451 089 46"),
        );
        assert_eq!(
            check_patient(&v, &same),
            PatientCheck::Match { by: vec!["ins"] }
        );
        let other = patient(
            Some("Camille Martin"),
            Some("1984-12-07"),
            Some("269054958815780"),
        );
        match check_patient(&v, &other) {
            PatientCheck::Mismatch(m) => {
                assert_eq!(m.len(), 1);
                assert_eq!(m[0].field, "ins");
            }
            x => panic!("{x:?}"),
        }
    }

    #[test]
    fn patient_by_name_and_birth_date_otherwise() {
        let v = patient(Some("Camille Martin"), Some("1984-12-07"), None);
        assert_eq!(
            check_patient(
                &v,
                &patient(
                    Some("MARTIN Camille"),
                    Some("1984-12-07"),
                    Some("184127645108946")
                )
            ),
            PatientCheck::Match {
                by: vec!["name", "birth_date"]
            }
        );
        // What only one side knows is not compared.
        assert_eq!(
            check_patient(&v, &patient(Some("Camille Martin"), None, None)),
            PatientCheck::Match { by: vec!["name"] }
        );
        match check_patient(&v, &patient(Some("Jean Dupont"), Some("1990-01-01"), None)) {
            PatientCheck::Mismatch(m) => {
                let fields: Vec<&str> = m.iter().map(|x| x.field).collect();
                assert_eq!(fields, ["name", "birth_date"]);
                assert_eq!(m[0].bundle, "Jean Dupont");
                assert_eq!(m[0].vault, "Camille Martin");
            }
            x => panic!("{x:?}"),
        }
        // Same name, another birth date: another patient.
        assert!(matches!(
            check_patient(
                &v,
                &patient(Some("Camille Martin"), Some("1985-12-07"), None)
            ),
            PatientCheck::Mismatch(_)
        ));
    }

    #[test]
    fn patient_unknown_when_nothing_compares() {
        let v = patient(Some("Camille Martin"), None, None);
        assert_eq!(
            check_patient(&v, &patient(Some("  "), None, None)),
            PatientCheck::Unknown {
                bundle_empty: true,
                vault_empty: false
            }
        );
        assert_eq!(
            check_patient(
                &Patient::default(),
                &patient(Some("Jean Dupont"), None, None)
            ),
            PatientCheck::Unknown {
                bundle_empty: false,
                vault_empty: true
            }
        );
        assert_eq!(
            check_patient(&v, &patient(None, Some("1990-01-01"), None)),
            PatientCheck::Unknown {
                bundle_empty: false,
                vault_empty: false
            }
        );
    }

    fn judged(patient: PatientCheck, overridden: Vec<Mismatch>, holder: Patient) -> Judged {
        Judged {
            view: VaultView {
                own: OWN.into(),
                pros: pros(),
                holder,
            },
            status: SignerStatus::Unpinned,
            patient,
            overridden,
        }
    }

    #[test]
    fn the_patient_warning_names_the_doubt() {
        let camille = patient(Some("Camille Martin"), None, None);
        let sure = judged(
            PatientCheck::Match { by: vec!["name"] },
            vec![],
            camille.clone(),
        );
        assert_eq!(sure.patient_warning(), None);
        let m = Mismatch {
            field: "name",
            bundle: "Jean\u{1b}Dupont".into(),
            vault: "Camille Martin".into(),
        };
        let other = judged(
            PatientCheck::Mismatch(vec![m.clone()]),
            vec![m],
            camille.clone(),
        );
        assert_eq!(
            other.patient_warning().unwrap(),
            "imported a bundle about another patient (--other-patient, journaled): name \"Jean\\\\u{1b}Dupont\" (this vault: \"Camille Martin\")"
        );
        let unknown = |bundle_empty, vault_empty, holder| {
            judged(
                PatientCheck::Unknown {
                    bundle_empty,
                    vault_empty,
                },
                vec![],
                holder,
            )
            .patient_warning()
            .unwrap()
        };
        assert!(unknown(true, false, camille.clone())
            .starts_with("the bundle names no patient: carnet could not check that this bundle is about \"Camille Martin\""));
        assert!(unknown(false, true, Patient::default()).contains("about this vault's holder"));
    }

    #[test]
    fn shown_escapes_what_could_fool_a_reader() {
        assert_eq!(shown("Dr A"), "Dr A");
        assert_eq!(shown("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(shown("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(shown(&"é".repeat(300)).chars().count(), 200);
    }

    proptest::proptest! {
        #[test]
        fn normalizing_is_idempotent_and_order_free(a in "[A-Za-zéèÉàç' -]{0,30}", b in "[A-Za-zéèÉàç' -]{0,30}") {
            let n = normalize_name(&a);
            proptest::prop_assert_eq!(normalize_name(&n), n.clone());
            proptest::prop_assert_eq!(
                normalize_name(&format!("{a} {b}")),
                normalize_name(&format!("{b} {a}"))
            );
            proptest::prop_assert!(!n.contains("  ") && n.trim() == n);
        }
    }
}
