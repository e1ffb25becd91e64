//! `fhir/bundle.json`: a FHIR R4 Bundle of type `collection` describing the
//! bundle's documents (domain.md §8.2–8.3), aligned with the French
//! profiles as far as a local vault can honestly fill them
//! (docs/bundle-format.md, "FHIR"):
//!
//! * one Patient (FR Core `fr-core-patient`): the name as typed, split into
//!   family and given names when written the French way (family name in
//!   capitals), gender from the NIR's first digit when an INS is known. The
//!   INS goes out as a *plain* identifier (no INS-NIR type, no INS system):
//!   FR Core reserves INS-NIR for an identity qualified against the INSi
//!   service, which a local vault cannot query;
//! * one Practitioner per professional author (FR Core `fr-core-practitioner`):
//!   RPPS and IdNat_PS identifiers, each typed (`RPPS`, `IDNPS`). The IdNat_PS
//!   is *built* by carnet (`8` + RPPS), which FR Core advises against: it is
//!   the documented construction (domain.md §7), not read from a CPS card;
//! * one DocumentReference per document (PDSm
//!   `pdsm-comprehensive-document-reference`): a `masterIdentifier` that is
//!   the same in every export of that document (a name-based UUID of its
//!   id, see [`master_identifier`]), LOINC or TRE_A05 `type`, TRE_A03
//!   `category`, `securityLabel`, `content.attachment` (contentType,
//!   language `fr-FR`, url = member path, size, SHA-1 in base64, title,
//!   creation), `context.facilityType`/`practiceSetting` `EXP_PATIENT` for
//!   what the patient deposited (unknown, so absent, for professionals'
//!   documents).
//!
//! Codings carry the code system's own display (LOINC's English, ANS's
//! French for TRE tables); the French label people read is the concept's
//! `text`. ANS tables are named by their canonical URLs, not `urn:oid:`.

use std::collections::BTreeMap;

use serde::Serialize;
use sha1::{Digest, Sha1};

use crate::bundle::manifest::{DocEntry, Holder};
use crate::ids;
use crate::model::DocType;

pub const V3_CONFIDENTIALITY_URL: &str = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
pub const RPPS_SYSTEM: &str = "https://rpps.esante.gouv.fr";
pub const IDNAT_PS_SYSTEM: &str = "urn:oid:1.2.250.1.71.4.2.1";
/// INS-NIR system: only for a qualified identity, which carnet never claims.
pub const INS_NIR_SYSTEM: &str = "urn:oid:1.2.250.1.213.1.4.8";
pub const FORMAT_CODE_SYSTEM: &str =
    "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode";
pub const FORMAT_MIME_SUFFICIENT: &str = "urn:ihe:iti:xds:2017:mimeTypeSufficient";
/// FR Core's identifier types (HL7 v2 table 0203, French codes).
pub const FR_CORE_V2_0203: &str = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203";
pub const TRE_A03_URL: &str =
    "https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument";
pub const TRE_A05_URL: &str =
    "https://mos.esante.gouv.fr/NOS/TRE_A05-TypeDocComplementaire/FHIR/TRE-A05-TypeDocComplementaire";
pub const TRE_A07_URL: &str = "https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument";
pub const TRE_A00_URL: &str =
    "https://mos.esante.gouv.fr/NOS/TRE_A00-ProducteurDocNonPS/FHIR/TRE-A00-ProducteurDocNonPS";
pub const PROFILE_PATIENT: &str = "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient";
pub const PROFILE_PRACTITIONER: &str =
    "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-practitioner";
pub const PROFILE_DOCUMENT_REFERENCE: &str =
    "https://interop.esante.gouv.fr/ig/fhir/pdsm/StructureDefinition/pdsm-comprehensive-document-reference";
/// `masterIdentifier.system` for a URI value (MHD UniqueIdIdentifier).
pub const URI_SYSTEM: &str = "urn:ietf:rfc:3986";
/// RFC 4122 name-space for URLs, the name-space of [`master_identifier`].
const UUID_NS_URL: [u8; 16] = [
    0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
];

/// FHIR R4 `unsignedInt` is 32-bit signed-positive: larger sizes are left out.
const MAX_FHIR_SIZE: u64 = i32::MAX as u64;

/// TRE_A03 class displays, as the ANS code system writes them.
pub fn class_display(code: &str) -> Option<&'static str> {
    Some(match code {
        "10" => "Compte rendu",
        "11" => "Synthèse",
        "31" => "Imagerie médicale",
        "42" => "Prescription",
        "43" => "Dispensation",
        "44" => "Plan de soins, protocole de soins",
        "45" => "Traitement administré",
        "52" => "Certificat, déclaration",
        "60" => "Données de remboursement",
        "90" => "Autres documents déposés par le patient",
        "95" => "Document de gestion",
        "99" => "Document technique",
        _ => return None,
    })
}

/// A type's coding: system URL and the code system's own display (LOINC's
/// English; the ANS TRE_A05 display, which is French).
pub fn type_coding(t: &DocType) -> (&'static str, &'static str) {
    if t.system == "LOINC" {
        (crate::model::LOINC_URL, t.display_en)
    } else {
        let display = match t.code {
            "EXPPAT_3" => "Directives anticipées",
            "DOCPAT09" => "Document administratif déposé par le patient",
            _ => t.display_fr,
        };
        (TRE_A05_URL, display)
    }
}

fn uuid_string(b: [u8; 16]) -> String {
    let h = hex::encode(b);
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// A random UUID (version 4) URN, for `fullUrl` and references.
fn uuid_urn() -> String {
    let mut b: [u8; 16] = rand::random();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid_string(b)
}

/// The document's `masterIdentifier` value: the RFC 4122 version-5 UUID of
/// the name `urn:carnet:document:<id>` in the URL name-space, as a
/// `urn:uuid:` URN. The same document id gives the same value in every
/// export, from every replica; anyone can recompute it from the manifest.
pub fn master_identifier(doc_id: &str) -> String {
    let mut h = Sha1::new();
    h.update(UUID_NS_URL);
    h.update(b"urn:carnet:document:");
    h.update(doc_id.as_bytes());
    let d = h.finalize();
    let mut b = [0u8; 16];
    b.copy_from_slice(&d[..16]);
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    uuid_string(b)
}

/// A name written the French administrative way, family name in capitals
/// (`MARTIN Camille`, `Camille DE LA TOUR`, `Dr Paul PETIT`): (prefix,
/// family, given). `None` when the name does not say which part is the
/// family name: then only the `text` goes out (guessing would be wrong for
/// `Jean Paul`, `Marie Claire`…).
pub fn split_name(name: &str) -> Option<(Option<String>, String, Vec<String>)> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let prefix = match words.first() {
        Some(w) if ["Dr", "Dr.", "Pr", "Pr.", "Docteur", "Professeur"].contains(w) => {
            Some(words.remove(0).to_string())
        }
        _ => None,
    };
    let upper = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
    };
    let family: Vec<usize> = (0..words.len()).filter(|&i| upper(words[i])).collect();
    let (first, last) = (*family.first()?, *family.last()?);
    // One run of capitals, and at least one given name beside it.
    if last - first + 1 != family.len() || family.len() == words.len() {
        return None;
    }
    let given: Vec<String> = words
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < first || *i > last)
        .map(|(_, w)| w.to_string())
        .collect();
    if given.iter().any(|w| upper(w)) {
        return None;
    }
    Some((prefix, words[first..=last].join(" "), given))
}

/// FHIR `gender` from an INS (NIR): its first digit is 1 (male) or 2
/// (female); anything else says nothing.
pub fn gender_of_nir(nir: &str) -> Option<&'static str> {
    match nir.as_bytes().first() {
        Some(b'1') => Some("male"),
        Some(b'2') => Some("female"),
        _ => None,
    }
}

/// One document as the FHIR mapping needs it.
pub struct FhirDoc<'a> {
    pub entry: &'a DocEntry,
    /// Base64 SHA-1 of the file.
    pub sha1_base64: String,
    /// When the document entered the vault (DocumentReference.date).
    pub added_at: Option<String>,
}

// Typed resources, serialized straight to bytes: a `serde_json::Value` tree
// costs about 20 KiB per document, these a few hundred bytes, and fields
// keep their order (`resourceType` first).

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Bundle<'a> {
    resource_type: &'static str,
    id: &'a str,
    meta: BundleMeta<'a>,
    #[serde(rename = "type")]
    kind: &'static str,
    timestamp: &'a str,
    entry: Vec<Entry<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BundleMeta<'a> {
    last_updated: &'a str,
}

#[derive(Serialize)]
struct Meta {
    profile: [&'static str; 1],
}

fn meta(profile: &'static str) -> Meta {
    Meta { profile: [profile] }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry<'a> {
    full_url: String,
    resource: Resource<'a>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Resource<'a> {
    Patient(Patient<'a>),
    Practitioner(Practitioner<'a>),
    DocumentReference(Box<DocumentReference<'a>>),
}

#[derive(Serialize)]
struct Identifier {
    #[serde(rename = "use")]
    use_: &'static str,
    #[serde(rename = "type")]
    kind: IdentifierType,
    #[serde(skip_serializing_if = "Option::is_none")]
    system: Option<&'static str>,
    value: String,
}

#[derive(Serialize)]
struct IdentifierType {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    coding: Vec<Coding<'static>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'static str>,
}

/// An identifier typed with FR Core's table (`RPPS`, `IDNPS`).
fn typed(
    system: &'static str,
    code: &'static str,
    display: &'static str,
    value: String,
) -> Identifier {
    Identifier {
        use_: "official",
        kind: IdentifierType {
            coding: vec![Coding {
                system: FR_CORE_V2_0203,
                code,
                display: Some(display),
            }],
            text: None,
        },
        system: Some(system),
        value,
    }
}

#[derive(Serialize)]
struct HumanName<'a> {
    #[serde(rename = "use")]
    use_: &'static str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    family: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    given: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    prefix: Vec<String>,
}

fn human_name(text: &str) -> HumanName<'_> {
    let (prefix, family, given) = match split_name(text) {
        Some((p, f, g)) => (p.into_iter().collect(), Some(f), g),
        None => (Vec::new(), None, Vec::new()),
    };
    HumanName {
        use_: "usual",
        text,
        family,
        given,
        prefix,
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Patient<'a> {
    resource_type: &'static str,
    id: &'static str,
    meta: Meta,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    identifier: Vec<Identifier>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    name: Vec<HumanName<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    gender: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    birth_date: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Practitioner<'a> {
    resource_type: &'static str,
    id: String,
    meta: Meta,
    identifier: Vec<Identifier>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    name: Vec<HumanName<'a>>,
}

#[derive(Serialize)]
struct Coding<'a> {
    system: &'a str,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'a str>,
}

#[derive(Serialize)]
struct CodeableConcept<'a> {
    coding: [Coding<'a>; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
}

fn concept<'a>(
    system: &'a str,
    code: &'a str,
    display: Option<&'a str>,
    text: Option<&'a str>,
) -> CodeableConcept<'a> {
    CodeableConcept {
        coding: [Coding {
            system,
            code,
            display,
        }],
        text,
    }
}

#[derive(Serialize)]
struct Reference<'a> {
    reference: &'a str,
}

#[derive(Serialize)]
struct MasterIdentifier {
    system: &'static str,
    value: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Attachment<'a> {
    content_type: &'a str,
    language: &'static str,
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<u64>,
    hash: &'a str,
    title: &'a str,
    creation: &'a str,
}

#[derive(Serialize)]
struct Content<'a> {
    attachment: Attachment<'a>,
    format: Coding<'static>,
}

#[derive(Serialize)]
struct Period<'a> {
    start: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Context<'a> {
    period: Period<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    facility_type: Option<CodeableConcept<'static>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    practice_setting: Option<CodeableConcept<'static>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DocumentReference<'a> {
    resource_type: &'static str,
    id: &'a str,
    meta: Meta,
    master_identifier: MasterIdentifier,
    status: &'static str,
    #[serde(rename = "type")]
    doc_type: CodeableConcept<'a>,
    category: [CodeableConcept<'a>; 1],
    subject: Reference<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    author: [Reference<'a>; 1],
    description: &'a str,
    security_label: Vec<CodeableConcept<'a>>,
    content: [Content<'a>; 1],
    context: Context<'a>,
}

/// `EXP_PATIENT`, what the patient deposited (TRE_A00).
fn exp_patient() -> CodeableConcept<'static> {
    concept(
        TRE_A00_URL,
        "EXP_PATIENT",
        Some("Expression personnelle du patient"),
        None,
    )
}

/// Builds the FHIR Bundle as pretty JSON bytes. `names` gives known
/// professionals' names by RPPS.
pub fn bundle_json(
    bundle_id: &str,
    created: &str,
    holder: &Holder,
    docs: &[FhirDoc<'_>],
    names: &BTreeMap<String, String>,
) -> Vec<u8> {
    let mut entries = Vec::with_capacity(docs.len() + 2);
    let patient_url = uuid_urn();
    let mut patient = Patient {
        resource_type: "Patient",
        id: "holder",
        meta: meta(PROFILE_PATIENT),
        identifier: Vec::new(),
        name: Vec::new(),
        gender: holder.ins.as_deref().and_then(gender_of_nir),
        birth_date: holder.birth_date.as_deref(),
    };
    if let Some(ins) = &holder.ins {
        // Self-declared, not qualified: a plain identifier (see the module
        // docs), whose text says what it is.
        patient.identifier.push(Identifier {
            use_: "usual",
            kind: IdentifierType {
                coding: Vec::new(),
                text: Some(
                    "NIR déclaré par le patient (identité non qualifiée par le téléservice INSi)",
                ),
            },
            system: None,
            value: ins.clone(),
        });
    }
    if !holder.name.trim().is_empty() {
        patient.name.push(human_name(&holder.name));
    }
    entries.push(Entry {
        full_url: patient_url.clone(),
        resource: Resource::Patient(patient),
    });

    // One Practitioner per author, in RPPS order.
    let authors: std::collections::BTreeSet<&str> = docs
        .iter()
        .filter_map(|d| d.entry.author.as_deref())
        .collect();
    let mut author_urls: BTreeMap<&str, String> = BTreeMap::new();
    for rpps in authors {
        let url = uuid_urn();
        let name = names
            .get(rpps)
            .filter(|n| !n.trim().is_empty())
            .map(|n| vec![human_name(n)])
            .unwrap_or_default();
        entries.push(Entry {
            full_url: url.clone(),
            resource: Resource::Practitioner(Practitioner {
                resource_type: "Practitioner",
                id: format!("rpps-{rpps}"),
                meta: meta(PROFILE_PRACTITIONER),
                identifier: vec![
                    typed(
                        IDNAT_PS_SYSTEM,
                        "IDNPS",
                        "Identifiant National de Professionnel de Santé",
                        ids::rpps_idnat(rpps),
                    ),
                    typed(RPPS_SYSTEM, "RPPS", "N° RPPS", rpps.to_string()),
                ],
                name,
            }),
        });
        author_urls.insert(rpps, url);
    }

    for d in docs {
        let e = d.entry;
        let t = DocType::parse(&e.doc_type.name).unwrap_or_else(DocType::other);
        let (type_system, type_display) = type_coding(&t);
        let by_patient = e.author.is_none();
        let author = e
            .author
            .as_deref()
            .and_then(|r| author_urls.get(r))
            .unwrap_or(&patient_url);
        let labels = e
            .confidentiality
            .iter()
            .map(|c| {
                if c.code == "N" {
                    concept(V3_CONFIDENTIALITY_URL, &c.code, Some("normal"), None)
                } else {
                    concept(TRE_A07_URL, &c.code, None, None)
                }
            })
            .collect();
        let class = class_display(&e.class_code);
        let r = DocumentReference {
            resource_type: "DocumentReference",
            id: &e.id,
            meta: meta(PROFILE_DOCUMENT_REFERENCE),
            master_identifier: MasterIdentifier {
                system: URI_SYSTEM,
                value: master_identifier(&e.id),
            },
            status: "current",
            doc_type: concept(type_system, t.code, Some(type_display), Some(t.display_fr)),
            category: [concept(TRE_A03_URL, &e.class_code, class, class)],
            subject: Reference {
                reference: &patient_url,
            },
            date: d.added_at.as_deref(),
            author: [Reference { reference: author }],
            description: &e.title,
            security_label: labels,
            content: [Content {
                attachment: Attachment {
                    content_type: &e.media_type,
                    language: "fr-FR",
                    url: &e.path,
                    size: (e.size <= MAX_FHIR_SIZE).then_some(e.size),
                    hash: &d.sha1_base64,
                    title: &e.title,
                    creation: &e.date,
                },
                format: Coding {
                    system: FORMAT_CODE_SYSTEM,
                    code: FORMAT_MIME_SUFFICIENT,
                    display: None,
                },
            }],
            context: Context {
                period: Period { start: &e.date },
                facility_type: by_patient.then(exp_patient),
                practice_setting: by_patient.then(exp_patient),
            },
        };
        entries.push(Entry {
            full_url: uuid_urn(),
            resource: Resource::DocumentReference(Box::new(r)),
        });
    }

    let b = Bundle {
        resource_type: "Bundle",
        id: bundle_id,
        meta: BundleMeta {
            last_updated: created,
        },
        kind: "collection",
        timestamp: created,
        entry: entries,
    };
    let mut out = serde_json::to_vec_pretty(&b).expect("FHIR JSON serializes");
    out.push(b'\n');
    out
}

/// Largest `fhir/bundle.json` a reader keeps to cross-check (a few KiB per
/// document; the manifest's own bound is about 100k documents).
pub const MAX_FHIR: u64 = 4 * crate::bundle::manifest::MAX_MANIFEST;

// What a reader needs of `fhir/bundle.json`: the attachments of the
// DocumentReferences. Unknown fields are skipped without being kept.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct InBundle {
    resource_type: String,
    #[serde(default)]
    entry: Vec<InEntry>,
}

#[derive(serde::Deserialize)]
struct InEntry {
    resource: Option<InResource>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct InResource {
    resource_type: String,
    #[serde(default)]
    content: Vec<InContent>,
}

#[derive(serde::Deserialize)]
struct InContent {
    attachment: InAttachment,
}

#[derive(serde::Deserialize)]
struct InAttachment {
    url: Option<String>,
    hash: Option<String>,
    size: Option<u64>,
}

/// Checks `fhir/bundle.json` against the verified members: every document
/// of the manifest is described by exactly one DocumentReference
/// attachment (its `url` the member path), whose `hash` is the base64 SHA-1
/// of the member's bytes and whose `size`, when given, its size; and no
/// attachment names anything else. `sha1s` maps each document member to
/// its base64 SHA-1. A mismatch is exit 6: a reader trusting the FHIR file
/// (a DMP client, a hospital's import) would otherwise be told other
/// hashes than the signed manifest's.
pub fn cross_check(
    bytes: &[u8],
    m: &crate::bundle::manifest::Manifest,
    sha1s: &std::collections::HashMap<String, String>,
) -> crate::error::Result<()> {
    use crate::bundle::tarball::damaged;
    let b: InBundle = serde_json::from_slice(bytes)
        .map_err(|e| damaged(crate::i18n::tr!("v-fhir-invalid", detail = e.to_string())))?;
    if b.resource_type != "Bundle" {
        return Err(damaged(crate::i18n::tr!("v-fhir-not-bundle")));
    }
    let docs: BTreeMap<&str, &DocEntry> =
        m.documents.iter().map(|d| (d.path.as_str(), d)).collect();
    let mut described: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for r in b.entry.iter().filter_map(|e| e.resource.as_ref()) {
        if r.resource_type != "DocumentReference" {
            continue;
        }
        for c in &r.content {
            let a = &c.attachment;
            let url = a.url.as_deref().unwrap_or_default();
            let Some((path, d)) = docs.get_key_value(url) else {
                return Err(damaged(crate::i18n::tr!(
                    "v-fhir-unknown-doc",
                    url = format!("{:?}", crate::text::clean(url, 200))
                )));
            };
            if !described.insert(path) {
                return Err(damaged(crate::i18n::tr!(
                    "v-fhir-twice",
                    path = path.to_string()
                )));
            }
            let want = sha1s.get(*path).map(String::as_str).unwrap_or_default();
            if a.hash.as_deref() != Some(want) {
                return Err(damaged(crate::i18n::tr!(
                    "v-fhir-sha1",
                    path = path.to_string(),
                    got =
                        crate::text::clean(a.hash.as_deref().unwrap_or("(none)"), 100).to_string(),
                    want = want
                )));
            }
            if a.size.is_some_and(|s| s != d.size) {
                return Err(damaged(crate::i18n::tr!(
                    "v-fhir-size",
                    path = path.to_string()
                )));
            }
        }
    }
    if let Some(d) = m
        .documents
        .iter()
        .find(|d| !described.contains(d.path.as_str()))
    {
        return Err(damaged(crate::i18n::tr!(
            "v-fhir-missing-doc",
            path = &d.path
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::manifest::tests::sample;

    #[test]
    fn shape() {
        let key = ed25519_dalek::SigningKey::from_bytes(&[1u8; 32]);
        let m = sample(&key);
        let docs = vec![FhirDoc {
            entry: &m.documents[0],
            sha1_base64: "qvTGHdzF6KLavt4PO0gs2a6pQ00=".into(),
            added_at: Some("2026-03-01T10:00:00Z".into()),
        }];
        let mut names = BTreeMap::new();
        names.insert("10100000008".to_string(), "Dr Paul PETIT".to_string());
        let bytes = bundle_json(&m.id, &m.created, &m.holder, &docs, &names);
        assert!(bytes.starts_with(b"{\n  \"resourceType\": \"Bundle\""));
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v["resourceType"], "Bundle");
        assert_eq!(v["type"], "collection");
        let e = v["entry"].as_array().unwrap();
        assert_eq!(e.len(), 3);
        let p = &e[0]["resource"];
        assert_eq!(p["meta"]["profile"][0], PROFILE_PATIENT);
        // A self-declared INS: a plain identifier, never typed INS-NIR.
        assert_eq!(p["identifier"][0]["value"], "184127645108946");
        assert!(p["identifier"][0].get("system").is_none());
        assert!(p["identifier"][0]["type"].get("coding").is_none());
        assert_eq!(p["gender"], "male");
        assert_eq!(p["name"][0]["text"], "Camille Martin");
        assert!(p["name"][0].get("family").is_none());
        let pr = &e[1]["resource"];
        assert_eq!(pr["meta"]["profile"][0], PROFILE_PRACTITIONER);
        assert_eq!(pr["identifier"][0]["value"], "810100000008");
        assert_eq!(pr["identifier"][0]["type"]["coding"][0]["code"], "IDNPS");
        assert_eq!(pr["identifier"][1]["system"], RPPS_SYSTEM);
        assert_eq!(pr["identifier"][1]["type"]["coding"][0]["code"], "RPPS");
        assert_eq!(pr["name"][0]["family"], "PETIT");
        assert_eq!(pr["name"][0]["given"][0], "Paul");
        assert_eq!(pr["name"][0]["prefix"][0], "Dr");
        let dr = &e[2]["resource"];
        assert_eq!(dr["meta"]["profile"][0], PROFILE_DOCUMENT_REFERENCE);
        assert_eq!(dr["masterIdentifier"]["system"], URI_SYSTEM);
        assert_eq!(
            dr["masterIdentifier"]["value"],
            master_identifier("docid1234567")
        );
        assert_eq!(dr["type"]["coding"][0]["system"], "http://loinc.org");
        assert_eq!(dr["type"]["coding"][0]["code"], "11502-2");
        assert_eq!(dr["type"]["coding"][0]["display"], "Laboratory report");
        assert_eq!(dr["type"]["text"], "CR d'examens biologiques");
        assert_eq!(dr["category"][0]["coding"][0]["system"], TRE_A03_URL);
        assert_eq!(dr["category"][0]["coding"][0]["code"], "10");
        assert_eq!(dr["securityLabel"][0]["coding"][0]["code"], "N");
        assert_eq!(dr["securityLabel"][1]["coding"][0]["system"], TRE_A07_URL);
        assert_eq!(dr["author"][0]["reference"], e[1]["fullUrl"]);
        assert_eq!(dr["subject"]["reference"], e[0]["fullUrl"]);
        assert_eq!(dr["content"][0]["attachment"]["size"], 5);
        assert_eq!(dr["content"][0]["attachment"]["language"], "fr-FR");
        // A professional's document: facility and practice unknown.
        assert!(dr["context"].get("practiceSetting").is_none());
        assert!(e[0]["fullUrl"].as_str().unwrap().starts_with("urn:uuid:"));
    }

    #[test]
    fn master_identifiers_are_stable_v5_uuids() {
        let a = master_identifier("7fq2abcdefghijkl");
        assert_eq!(a, master_identifier("7fq2abcdefghijkl"));
        assert_ne!(a, master_identifier("7fq2abcdefghijkm"));
        // urn:uuid:xxxxxxxx-xxxx-5xxx-[89ab]xxx-xxxxxxxxxxxx
        let u = a.strip_prefix("urn:uuid:").unwrap();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "5");
        assert!("89ab".contains(&u[19..20]));
        // RFC 4122's own example of the URL name-space, computed the same
        // way: uuid5(NAMESPACE_URL, "http://python.org/").
        let mut h = Sha1::new();
        h.update(UUID_NS_URL);
        h.update(b"http://python.org/");
        let d = h.finalize();
        let mut b = [0u8; 16];
        b.copy_from_slice(&d[..16]);
        b[6] = (b[6] & 0x0f) | 0x50;
        b[8] = (b[8] & 0x3f) | 0x80;
        assert_eq!(
            uuid_string(b),
            "urn:uuid:4c565f0d-3f5a-5890-b41b-20cf47701c5e"
        );
    }

    #[test]
    fn names_split_only_when_the_family_name_is_in_capitals() {
        assert_eq!(
            split_name("MARTIN Camille"),
            Some((None, "MARTIN".into(), vec!["Camille".into()]))
        );
        assert_eq!(
            split_name("Jean-Pierre DE LA TOUR"),
            Some((None, "DE LA TOUR".into(), vec!["Jean-Pierre".into()]))
        );
        assert_eq!(
            split_name("Dr Claire DUBOIS"),
            Some((Some("Dr".into()), "DUBOIS".into(), vec!["Claire".into()]))
        );
        for unsure in [
            "Camille Martin",
            "MARTIN",
            "A MARTIN B DUPONT",
            "Jean Paul",
            "",
        ] {
            assert_eq!(split_name(unsure), None, "{unsure}");
        }
        assert_eq!(gender_of_nir("269054958815780"), Some("female"));
        assert_eq!(gender_of_nir("184127645108946"), Some("male"));
        assert_eq!(gender_of_nir("784127645108946"), None);
    }
}
