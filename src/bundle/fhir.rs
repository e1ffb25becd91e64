//! `fhir/bundle.json`: a FHIR R4 Bundle of type `collection` describing the
//! bundle's documents (domain.md §8.2): one Patient (INS identifier when
//! known), one Practitioner per professional author (RPPS and IdNat_PS
//! identifiers), and one DocumentReference per document (LOINC or TRE_A05
//! `type`, TRE_A03 `category`, `securityLabel` codes, and
//! `content.attachment` with contentType, size, SHA-1 hash in base64, title,
//! creation and the member path as url).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::bundle::manifest::{DocEntry, Holder};
use crate::ids;
use crate::model::{DocType, TRE_A03_OID};

pub const V3_CONFIDENTIALITY_URL: &str = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
pub const RPPS_SYSTEM: &str = "https://rpps.esante.gouv.fr";
pub const IDNAT_PS_SYSTEM: &str = "urn:oid:1.2.250.1.71.4.2.1";
pub const INS_NIR_SYSTEM: &str = "urn:oid:1.2.250.1.213.1.4.8";
pub const FORMAT_CODE_SYSTEM: &str =
    "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode";
pub const FORMAT_MIME_SUFFICIENT: &str = "urn:ihe:iti:xds:2017:mimeTypeSufficient";

/// FHIR R4 `unsignedInt` is 32-bit signed-positive: larger sizes are left out.
const MAX_FHIR_SIZE: u64 = i32::MAX as u64;

/// TRE_A03 class labels (domain.md §6).
fn class_display(code: &str) -> Option<&'static str> {
    Some(match code {
        "10" => "Compte rendu",
        "11" => "Synthèse",
        "31" => "Imagerie médicale",
        "42" => "Prescription",
        "43" => "Dispensation",
        "44" => "Plan/protocole de soins",
        "45" => "Traitement administré",
        "52" => "Certificat/déclaration",
        "60" => "Données de remboursement",
        "90" => "Autres documents déposés par le patient",
        "95" => "Document de gestion",
        "99" => "Document technique",
        _ => return None,
    })
}

/// A random UUID (version 4) URN, for `fullUrl` and references.
fn uuid_urn() -> String {
    let mut b: [u8; 16] = rand::random();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
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
    meta: Meta<'a>,
    #[serde(rename = "type")]
    kind: &'static str,
    timestamp: &'a str,
    entry: Vec<Entry<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Meta<'a> {
    last_updated: &'a str,
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
    #[serde(rename = "use", skip_serializing_if = "Option::is_none")]
    use_: Option<&'static str>,
    system: &'static str,
    value: String,
}

fn identifier(use_: Option<&'static str>, system: &'static str, value: String) -> Identifier {
    Identifier {
        use_,
        system,
        value,
    }
}

#[derive(Serialize)]
struct HumanName<'a> {
    text: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Patient<'a> {
    resource_type: &'static str,
    id: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    identifier: Vec<Identifier>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    name: Vec<HumanName<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    birth_date: Option<&'a str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Practitioner<'a> {
    resource_type: &'static str,
    id: String,
    identifier: Vec<Identifier>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    name: Vec<HumanName<'a>>,
}

#[derive(Serialize)]
struct Coding<'a> {
    system: String,
    code: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'a str>,
}

#[derive(Serialize)]
struct CodeableConcept<'a> {
    coding: [Coding<'a>; 1],
}

fn concept<'a>(system: String, code: &'a str, display: Option<&'a str>) -> CodeableConcept<'a> {
    CodeableConcept {
        coding: [Coding {
            system,
            code,
            display,
        }],
    }
}

#[derive(Serialize)]
struct Reference<'a> {
    reference: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Attachment<'a> {
    content_type: &'a str,
    url: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    size: Option<u64>,
    hash: &'a str,
    title: &'a str,
    creation: &'a str,
}

#[derive(Serialize)]
struct FormatCoding {
    system: &'static str,
    code: &'static str,
}

#[derive(Serialize)]
struct Content<'a> {
    attachment: Attachment<'a>,
    format: FormatCoding,
}

#[derive(Serialize)]
struct Period<'a> {
    start: &'a str,
}

#[derive(Serialize)]
struct Context<'a> {
    period: Period<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DocumentReference<'a> {
    resource_type: &'static str,
    id: &'a str,
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
        identifier: Vec::new(),
        name: Vec::new(),
        birth_date: holder.birth_date.as_deref(),
    };
    if let Some(ins) = &holder.ins {
        patient
            .identifier
            .push(identifier(Some("official"), INS_NIR_SYSTEM, ins.clone()));
    }
    if !holder.name.trim().is_empty() {
        patient.name.push(HumanName { text: &holder.name });
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
            .map(|n| vec![HumanName { text: n }])
            .unwrap_or_default();
        entries.push(Entry {
            full_url: url.clone(),
            resource: Resource::Practitioner(Practitioner {
                resource_type: "Practitioner",
                id: format!("rpps-{rpps}"),
                identifier: vec![
                    identifier(None, RPPS_SYSTEM, rpps.to_string()),
                    identifier(None, IDNAT_PS_SYSTEM, ids::rpps_idnat(rpps)),
                ],
                name,
            }),
        });
        author_urls.insert(rpps, url);
    }

    for d in docs {
        let e = d.entry;
        let t = DocType::parse(&e.doc_type.name).unwrap_or_else(DocType::other);
        let author = e
            .author
            .as_deref()
            .and_then(|r| author_urls.get(r))
            .unwrap_or(&patient_url);
        let labels = e
            .confidentiality
            .iter()
            .map(|c| {
                let system = if c.code == "N" {
                    V3_CONFIDENTIALITY_URL.to_string()
                } else {
                    format!("urn:oid:{}", c.system)
                };
                concept(system, &c.code, None)
            })
            .collect();
        let r = DocumentReference {
            resource_type: "DocumentReference",
            id: &e.id,
            status: "current",
            doc_type: concept(t.system_url(), t.code, Some(t.display_fr)),
            category: [concept(
                format!("urn:oid:{TRE_A03_OID}"),
                &e.class_code,
                class_display(&e.class_code),
            )],
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
                    url: &e.path,
                    size: (e.size <= MAX_FHIR_SIZE).then_some(e.size),
                    hash: &d.sha1_base64,
                    title: &e.title,
                    creation: &e.date,
                },
                format: FormatCoding {
                    system: FORMAT_CODE_SYSTEM,
                    code: FORMAT_MIME_SUFFICIENT,
                },
            }],
            context: Context {
                period: Period { start: &e.date },
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
        meta: Meta {
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
        names.insert("10100000008".to_string(), "Dr Paul Petit".to_string());
        let bytes = bundle_json(&m.id, &m.created, &m.holder, &docs, &names);
        assert!(bytes.starts_with(b"{\n  \"resourceType\": \"Bundle\""));
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(v["resourceType"], "Bundle");
        assert_eq!(v["type"], "collection");
        let e = v["entry"].as_array().unwrap();
        assert_eq!(e.len(), 3);
        assert_eq!(e[0]["resource"]["identifier"][0]["system"], INS_NIR_SYSTEM);
        assert_eq!(e[1]["resource"]["identifier"][1]["value"], "810100000008");
        assert_eq!(e[1]["resource"]["name"][0]["text"], "Dr Paul Petit");
        let dr = &e[2]["resource"];
        assert_eq!(dr["type"]["coding"][0]["system"], "http://loinc.org");
        assert_eq!(dr["type"]["coding"][0]["code"], "11502-2");
        assert_eq!(dr["category"][0]["coding"][0]["code"], "10");
        assert_eq!(dr["securityLabel"][0]["coding"][0]["code"], "N");
        assert_eq!(
            dr["securityLabel"][1]["coding"][0]["system"],
            "urn:oid:1.2.250.1.213.1.1.4.13"
        );
        assert_eq!(dr["author"][0]["reference"], e[1]["fullUrl"]);
        assert_eq!(dr["subject"]["reference"], e[0]["fullUrl"]);
        assert_eq!(dr["content"][0]["attachment"]["size"], 5);
        assert!(e[0]["fullUrl"].as_str().unwrap().starts_with("urn:uuid:"));
    }
}
