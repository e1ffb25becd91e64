//! Domain types shared by the vault, the policy and the CLI: document types and
//! their codes (domain.md §6), documents, professionals, grants, actors.

use crate::ids::Rpps;
use serde::Serialize;
use time::OffsetDateTime;

/// A document type: the short name users type, the code and code system it
/// maps to in exports, and its TRE_A03 class.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DocType {
    pub name: &'static str,
    pub code: &'static str,
    /// `LOINC` or `TRE_A05`.
    pub system: &'static str,
    pub display_fr: &'static str,
    pub display_en: &'static str,
    /// TRE_A03 class code.
    pub class: &'static str,
}

pub const LOINC_OID: &str = "2.16.840.1.113883.6.1";
pub const LOINC_URL: &str = "http://loinc.org";
pub const TRE_A05_OID: &str = "1.2.250.1.213.1.1.4.12";
pub const TRE_A03_OID: &str = "1.2.250.1.213.1.1.4.1";

macro_rules! doc_types {
    ($($name:literal, $code:literal, $system:literal, $fr:literal, $en:literal, $class:literal;)*) => {
        /// Every document type the contract accepts, in the order of cli.md.
        pub const DOC_TYPES: &[DocType] = &[
            $(DocType { name: $name, code: $code, system: $system, display_fr: $fr, display_en: $en, class: $class },)*
        ];
    };
}

doc_types! {
    "prescription", "57833-6", "LOINC", "Prescription de produits de santé (ordonnance)", "Prescription for medication", "42";
    "care-prescription", "57832-8", "LOINC", "Prescription de soins", "Prescription for diagnostic or specialist care", "42";
    "consultation-report", "11488-4", "LOINC", "CR ou fiche de consultation ou de visite", "Consult note", "10";
    "lab-report", "11502-2", "LOINC", "CR d'examens biologiques", "Laboratory report", "10";
    "imaging-report", "18748-4", "LOINC", "CR d'imagerie médicale", "Diagnostic imaging study", "31";
    "discharge-letter", "11490-0", "LOINC", "Lettre de liaison à la sortie d'un établissement de soins", "Physician discharge summary", "10";
    "hospital-report", "34112-3", "LOINC", "CR hospitalier (séjour)", "Inpatient hospital note", "10";
    "emergency-report", "15507-7", "LOINC", "CR de passage aux urgences", "Emergency department note", "10";
    "surgery-report", "34874-8", "LOINC", "CR opératoire", "Surgical operation note", "10";
    "pathology-report", "60568-3", "LOINC", "CR d'anatomie et de cytologie pathologiques", "Pathology report", "10";
    "patient-summary", "60591-5", "LOINC", "Synthèse médicale (VSM)", "Patient summary document", "11";
    "vaccination", "87273-9", "LOINC", "Note de vaccination", "Immunization note", "52";
    "vaccination-history", "11369-6", "LOINC", "Historique des vaccinations", "History of immunization", "52";
    "certificate", "89601-9", "LOINC", "Certificat médical", "Medical certificate", "52";
    "dispensation", "60593-1", "LOINC", "Dispensation médicamenteuse", "Medication dispensed", "43";
    "care-plan", "18776-5", "LOINC", "Plan personnalisé de soins", "Plan of care", "44";
    "image", "52040-3", "LOINC", "Document encapsulant une image non DICOM", "Non-DICOM image attachment", "31";
    "advance-directives", "EXPPAT_3", "TRE_A05", "Directives anticipées", "Advance directives", "90";
    "administrative", "DOCPAT09", "TRE_A05", "Document déposé par le patient : administratif", "Patient-deposited administrative document", "95";
    "other", "34109-9", "LOINC", "Note", "Note", "90";
}

/// The French names of the types (cli.md "Language and locale"), accepted
/// wherever a type is typed; what is stored and printed stays the short name.
pub const FRENCH_NAMES: &[(&str, &str)] = &[
    ("prescription", "ordonnance"),
    ("care-prescription", "prescription-soins"),
    ("consultation-report", "compte-rendu-consultation"),
    ("lab-report", "biologie"),
    ("imaging-report", "imagerie"),
    ("discharge-letter", "lettre-de-liaison"),
    ("hospital-report", "compte-rendu-hospitalisation"),
    ("emergency-report", "compte-rendu-urgences"),
    ("surgery-report", "compte-rendu-operatoire"),
    ("pathology-report", "anatomopathologie"),
    ("patient-summary", "synthese-medicale"),
    ("vaccination", "vaccination"),
    ("vaccination-history", "historique-vaccinations"),
    ("certificate", "certificat-medical"),
    ("dispensation", "dispensation"),
    ("care-plan", "plan-de-soins"),
    ("image", "image"),
    ("advance-directives", "directives-anticipees"),
    ("administrative", "administratif"),
    ("other", "autre"),
];

impl DocType {
    /// A type as a person types it (`--type`, sidecars): its short name,
    /// its code, or its French name, case and accents ignored
    /// (`Synthèse-Médicale`, `ordonnance`). Stored values use [`DocType::parse`].
    pub fn parse_typed(s: &str) -> Option<DocType> {
        if let Some(t) = DocType::parse(s) {
            return Some(t);
        }
        let typed = crate::fold::fold(s.trim());
        let short = FRENCH_NAMES.iter().find(|(_, fr)| *fr == typed)?.0;
        DocType::parse(short)
    }

    /// The French name of this type.
    pub fn french_name(&self) -> &'static str {
        FRENCH_NAMES
            .iter()
            .find(|(short, _)| *short == self.name)
            .map_or(self.name, |(_, fr)| fr)
    }

    /// Looks a type up by short name or code (case-insensitive for names).
    pub fn parse(s: &str) -> Option<DocType> {
        let t = s.trim();
        DOC_TYPES
            .iter()
            .find(|d| d.name.eq_ignore_ascii_case(t) || d.code.eq_ignore_ascii_case(t))
            .copied()
    }

    /// The `other` type, used when nothing says otherwise.
    pub fn other() -> DocType {
        DocType::parse("other").expect("other is in the table")
    }

    /// A `--type` value ([`DocType::parse_typed`]), or exit 2 listing the names.
    pub fn from_arg(s: &str) -> crate::error::Result<DocType> {
        DocType::parse_typed(s).ok_or_else(|| {
            crate::error::input::unknown_doc_type(
                s,
                &DocType::short_names().join(", "),
                &FRENCH_NAMES
                    .iter()
                    .filter(|(short, fr)| short != fr)
                    .map(|(_, fr)| *fr)
                    .collect::<Vec<_>>()
                    .join(", "),
            )
        })
    }

    pub fn short_names() -> Vec<&'static str> {
        DOC_TYPES.iter().map(|d| d.name).collect()
    }

    /// The code system's OID, as exports name it.
    pub fn system_oid(&self) -> &'static str {
        if self.system == "LOINC" {
            LOINC_OID
        } else {
            TRE_A05_OID
        }
    }

    /// The code system's URL for FHIR.
    pub fn system_url(&self) -> String {
        if self.system == "LOINC" {
            LOINC_URL.to_string()
        } else {
            format!("urn:oid:{TRE_A05_OID}")
        }
    }
}

impl std::fmt::Display for DocType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// Confidentiality flags of a document (domain.md §1.1). `N` is implied.
pub const FLAG_MASQUE_PS: &str = "MASQUE_PS";
pub const FLAG_INVISIBLE_PATIENT: &str = "INVISIBLE_PATIENT";
pub const FLAG_INVISIBLE_REPRESENTANTS_LEGAUX: &str = "INVISIBLE_REPRESENTANTS_LEGAUX";
pub const CONFIDENTIALITY_N_SYSTEM_OID: &str = "2.16.840.1.113883.5.25";
pub const TRE_A07_OID: &str = "1.2.250.1.213.1.1.4.13";

/// A document as the index records it.
#[derive(Debug, Clone)]
pub struct Document {
    pub id: String,
    pub title: String,
    pub doc_type: DocType,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// RPPS of the professional author, if any.
    pub author: Option<String>,
    pub tags: Vec<String>,
    /// `MASQUE_PS`: masked from every professional (but its author and,
    /// by default, the primary doctor).
    pub masked: bool,
    /// Hidden from these professionals only.
    pub masked_from: Vec<String>,
    /// `INVISIBLE_REPRESENTANTS_LEGAUX`.
    pub hidden_from_guardians: bool,
    /// `INVISIBLE_PATIENT`: hidden from the patient until released or until
    /// this instant (one month after import).
    pub invisible_patient_until: Option<OffsetDateTime>,
    pub size: u64,
    /// Hex SHA-256 of the plaintext.
    pub sha256: String,
    /// Keyed BLAKE3 of the plaintext (hex): the blob's name.
    pub blob: String,
    pub media_type: String,
    /// The name the file had when it was added (for `get` into a directory).
    pub filename: String,
    pub added_at: OffsetDateTime,
}

/// The order documents are listed in: newest date first, then newest
/// addition, then id (the `ORDER BY` of `store::list_docs`, for lists
/// sorted outside SQLite).
pub fn listing_order(a: &Document, b: &Document) -> std::cmp::Ordering {
    b.date
        .cmp(&a.date)
        .then(b.added_at.cmp(&a.added_at))
        .then(a.id.cmp(&b.id))
}

impl Document {
    /// Confidentiality codes: `N` plus flags, in domain.md §1.1 order.
    pub fn confidentiality(&self, now: OffsetDateTime) -> Vec<&'static str> {
        let mut v = vec!["N"];
        if self.masked {
            v.push(FLAG_MASQUE_PS);
        }
        if self.invisible_patient_until.is_some_and(|t| t > now) {
            v.push(FLAG_INVISIBLE_PATIENT);
        }
        if self.hidden_from_guardians {
            v.push(FLAG_INVISIBLE_REPRESENTANTS_LEGAUX);
        }
        v
    }
}

/// A health professional known to the vault, keyed by RPPS.
#[derive(Debug, Clone, Serialize)]
pub struct Professional {
    pub rpps: Rpps,
    pub name: String,
    pub specialty: Option<String>,
    pub place: Option<String>,
    /// An age or ssh recipient exports for them are encrypted to.
    pub recipient: Option<String>,
    /// Fingerprint (`SHA256:…`) of the key they sign bundles with: a bundle
    /// naming them as author must be signed by it.
    pub signer: Option<String>,
    pub primary: bool,
    pub blocked: bool,
    #[serde(with = "time::serde::rfc3339::option")]
    pub blocked_at: Option<OffsetDateTime>,
    #[serde(with = "time::serde::rfc3339")]
    pub added_at: OffsetDateTime,
}

impl Professional {
    /// IdNat_PS form of an RPPS: `8` + RPPS.
    pub fn idnat(&self) -> String {
        format!("8{}", self.rpps)
    }

    /// A plain professional for unit tests (not primary, not blocked, no
    /// keys); tests change what they need with `..Professional::sample(…)`.
    #[cfg(test)]
    pub(crate) fn sample(rpps: &str, name: &str) -> Professional {
        Professional {
            rpps: Rpps::parse(rpps).expect("a valid RPPS"),
            name: name.into(),
            specialty: None,
            place: None,
            recipient: None,
            signer: None,
            primary: false,
            blocked: false,
            blocked_at: None,
            added_at: time::macros::datetime!(2026-01-02 03:04:05 UTC),
        }
    }
}

/// A time-limited access grant.
#[derive(Debug, Clone)]
pub struct Grant {
    pub id: String,
    pub rpps: Rpps,
    pub created_at: OffsetDateTime,
    /// Exclusive end: the grant is expired at `now >= expires_at`.
    pub expires_at: OffsetDateTime,
    pub revoked_at: Option<OffsetDateTime>,
    /// Empty with `docs` empty = everything the rules allow.
    pub types: Vec<DocType>,
    pub docs: Vec<String>,
}

/// The state a grant is in at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GrantState {
    Active,
    Expired,
    Revoked,
}

impl Grant {
    pub fn state(&self, now: OffsetDateTime) -> GrantState {
        if self.revoked_at.is_some_and(|r| r <= now) {
            GrantState::Revoked
        } else if now >= self.expires_at {
            GrantState::Expired
        } else if now < self.created_at {
            // Not started yet: treated as not active.
            GrantState::Expired
        } else {
            GrantState::Active
        }
    }

    /// Whether the grant's scope covers a document (ignoring its state).
    pub fn covers(&self, doc_id: &str, doc_type: &DocType) -> bool {
        (self.types.is_empty() && self.docs.is_empty())
            || self.types.iter().any(|t| t == doc_type)
            || self.docs.iter().any(|d| d == doc_id)
    }
}

impl GrantState {
    pub fn as_str(&self) -> &'static str {
        match self {
            GrantState::Active => "active",
            GrantState::Expired => "expired",
            GrantState::Revoked => "revoked",
        }
    }
}

/// Emergency access modes (domain.md §2.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EmergencyMode {
    /// Regulation centre (SAMU-Centre 15), consent `ETREAT`.
    Samu,
    /// Break-the-glass by other professionals, consent `BTG`.
    BreakGlass,
}

impl EmergencyMode {
    pub fn as_str(&self) -> &'static str {
        match self {
            EmergencyMode::Samu => "samu",
            EmergencyMode::BreakGlass => "break-glass",
        }
    }
    pub fn journal_mode(&self) -> &'static str {
        match self {
            EmergencyMode::Samu => "emergency-samu",
            EmergencyMode::BreakGlass => "emergency-break-glass",
        }
    }
}

/// The holder's three emergency consents. `true` = allow (`permit`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EmergencyConsents {
    pub samu: bool,
    pub break_glass: bool,
    pub masked: bool,
}

impl Default for EmergencyConsents {
    fn default() -> Self {
        EmergencyConsents {
            samu: true,
            break_glass: true,
            masked: false,
        }
    }
}

/// Who acts on or reads the vault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    Holder,
    /// A legal representative, identified by a display id (their recipient or name).
    Guardian {
        id: String,
    },
    /// A professional, by RPPS.
    Professional {
        rpps: Rpps,
    },
    Emergency(EmergencyMode),
}

#[cfg(test)]
mod french_names_tests {
    use super::*;

    #[test]
    fn every_type_has_one_french_name_in_the_table_order() {
        assert_eq!(FRENCH_NAMES.len(), DOC_TYPES.len());
        for (t, (short, fr)) in DOC_TYPES.iter().zip(FRENCH_NAMES) {
            assert_eq!(t.name, *short);
            // Stored folded, so that a folded input compares equal.
            assert_eq!(crate::fold::fold(fr), *fr);
        }
    }

    #[test]
    fn french_names_case_and_accents_optional() {
        let name = |s: &str| DocType::parse_typed(s).map(|t| t.name);
        assert_eq!(name("ordonnance"), Some("prescription"));
        assert_eq!(name("biologie"), Some("lab-report"));
        assert_eq!(name("Lettre-de-liaison"), Some("discharge-letter"));
        assert_eq!(name("synthèse-médicale"), Some("patient-summary"));
        assert_eq!(name("SYNTHESE-MEDICALE"), Some("patient-summary"));
        assert_eq!(name(" directives-anticipées "), Some("advance-directives"));
        assert_eq!(name("compte-rendu-opératoire"), Some("surgery-report"));
        assert_eq!(name("autre"), Some("other"));
        // Short names and codes as before.
        assert_eq!(name("lab-report"), Some("lab-report"));
        assert_eq!(name("11502-2"), Some("lab-report"));
        assert_eq!(name("ordonnances"), None);
        // Stored values are read by short name or code only.
        assert!(DocType::parse("ordonnance").is_none());
        assert_eq!(
            DocType::parse("lab-report").unwrap().french_name(),
            "biologie"
        );
        let e = DocType::from_arg("radio").unwrap_err();
        assert!(e.hint().contains("ordonnance"), "{}", e.hint());
    }
}
