//! `fhir/bundle.json`: a FHIR R4 Bundle of type `collection` describing the
//! bundle's documents (domain.md §8.2): one Patient (INS identifier when
//! known), one Practitioner per professional author (RPPS and IdNat_PS
//! identifiers), and one DocumentReference per document (LOINC or TRE_A05
//! `type`, TRE_A03 `category`, `securityLabel` codes, and
//! `content.attachment` with contentType, size, SHA-1 hash in base64, title,
//! creation and the member path as url).

use std::collections::BTreeMap;

use serde_json::{json, Value};

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

/// Builds the FHIR Bundle. `names` gives known professionals' names by RPPS.
pub fn bundle_json(
    bundle_id: &str,
    created: &str,
    holder: &Holder,
    docs: &[FhirDoc<'_>],
    names: &BTreeMap<String, String>,
) -> Value {
    let mut entries = Vec::new();
    let patient_url = uuid_urn();
    let mut patient = json!({ "resourceType": "Patient", "id": "holder" });
    if let Some(ins) = &holder.ins {
        patient["identifier"] = json!([{
            "use": "official",
            "system": INS_NIR_SYSTEM,
            "value": ins,
        }]);
    }
    if !holder.name.trim().is_empty() {
        patient["name"] = json!([{ "text": holder.name }]);
    }
    if let Some(b) = &holder.birth_date {
        patient["birthDate"] = json!(b);
    }
    entries.push(json!({ "fullUrl": patient_url, "resource": patient }));

    // One Practitioner per author, in RPPS order.
    let authors: std::collections::BTreeSet<&str> = docs
        .iter()
        .filter_map(|d| d.entry.author.as_deref())
        .collect();
    let mut author_urls = BTreeMap::new();
    for rpps in authors {
        let url = uuid_urn();
        let mut p = json!({
            "resourceType": "Practitioner",
            "id": format!("rpps-{rpps}"),
            "identifier": [
                { "system": RPPS_SYSTEM, "value": rpps },
                { "system": IDNAT_PS_SYSTEM, "value": ids::rpps_idnat(rpps) },
            ],
        });
        if let Some(n) = names.get(rpps).filter(|n| !n.trim().is_empty()) {
            p["name"] = json!([{ "text": n }]);
        }
        entries.push(json!({ "fullUrl": url, "resource": p }));
        author_urls.insert(rpps.to_string(), url);
    }

    for d in docs {
        let e = d.entry;
        let t = DocType::parse(&e.doc_type.name).unwrap_or_else(DocType::other);
        let author_ref = match &e.author {
            Some(r) => author_urls
                .get(r)
                .cloned()
                .unwrap_or_else(|| patient_url.clone()),
            None => patient_url.clone(),
        };
        let labels: Vec<Value> = e
            .confidentiality
            .iter()
            .map(|c| {
                let system = if c.code == "N" {
                    V3_CONFIDENTIALITY_URL.to_string()
                } else {
                    format!("urn:oid:{}", c.system)
                };
                json!({ "coding": [{ "system": system, "code": c.code }] })
            })
            .collect();
        let mut category =
            json!({ "system": format!("urn:oid:{TRE_A03_OID}"), "code": e.class_code });
        if let Some(disp) = class_display(&e.class_code) {
            category["display"] = json!(disp);
        }
        let mut attachment = json!({
            "contentType": e.media_type,
            "url": e.path,
            "hash": d.sha1_base64,
            "title": e.title,
            "creation": e.date,
        });
        if e.size <= MAX_FHIR_SIZE {
            attachment["size"] = json!(e.size);
        }
        let mut r = json!({
            "resourceType": "DocumentReference",
            "id": e.id,
            "status": "current",
            "type": { "coding": [{ "system": t.system_url(), "code": t.code, "display": t.display_fr }] },
            "category": [{ "coding": [category] }],
            "subject": { "reference": patient_url },
            "author": [{ "reference": author_ref }],
            "description": e.title,
            "securityLabel": labels,
            "content": [{
                "attachment": attachment,
                "format": { "system": FORMAT_CODE_SYSTEM, "code": FORMAT_MIME_SUFFICIENT },
            }],
            "context": { "period": { "start": e.date } },
        });
        if let Some(at) = &d.added_at {
            r["date"] = json!(at);
        }
        entries.push(json!({ "fullUrl": uuid_urn(), "resource": r }));
    }

    json!({
        "resourceType": "Bundle",
        "id": bundle_id,
        "meta": { "lastUpdated": created },
        "type": "collection",
        "timestamp": created,
        "entry": entries,
    })
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
        let v = bundle_json(&m.id, &m.created, &m.holder, &docs, &names);
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
