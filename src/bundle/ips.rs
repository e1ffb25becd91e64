//! `fhir/patient-summary.json`: the medical profile a reader may see, as a
//! FHIR R4 document Bundle following the HL7 International Patient Summary
//! (domain.md §11): a Composition (LOINC 60591-5) with the three required
//! sections (medications 10160-0, allergies 48765-2, problems 11450-4),
//! never empty, then immunizations (11369-6), vital signs (8716-3),
//! results (30954-2, the blood group) and advance directives (42348-3)
//! when there is something to put in them.
//!
//! A required section with nothing visible states why, with the IPS
//! absent/unknown codes: "no known …" only when the holder recorded that
//! statement (`medical set no-known`), else "no information"; and when
//! items exist that this reader may not see, "no information" with a note
//! that some are withheld (never which). Codings carry the code and its
//! system; the French label goes in `text` and in the narratives.

use serde_json::{json, Value};
use time::OffsetDateTime;

use crate::bundle::manifest::Holder;
use crate::medical::measure::{DIASTOLIC, SYSTOLIC};
use crate::medical::summary::{describe_fr, role_fr};
use crate::medical::{Item, Kind};
use crate::timefmt;
use crate::timefmt::fr_date_str as fr_date;

pub const PATH: &str = crate::bundle::tarball::SUMMARY;

const LOINC: &str = "http://loinc.org";
const UCUM: &str = "http://unitsofmeasure.org";
const ABSENT: &str = "http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips";
const IPS_PROFILE: &str = "http://hl7.org/fhir/uv/ips/StructureDefinition/Bundle-uv-ips";

/// What the reader may see, and what is withheld from them.
pub struct Input<'a> {
    pub items: &'a [Item],
    /// Current items withheld from this reader: their kind where known
    /// (an item sealed for a minor may be of any kind).
    pub withheld: &'a [Option<Kind>],
}

impl Input<'_> {
    fn of(&self, k: Kind) -> impl Iterator<Item = &Item> {
        self.items
            .iter()
            .filter(move |i| i.kind == k && i.removed_at.is_none())
    }

    fn fact(&self, k: Kind) -> Option<&Item> {
        self.of(k).last()
    }

    fn withholds(&self, k: Kind) -> bool {
        self.withheld.iter().any(|w| w.is_none_or(|w| w == k))
    }
}

/// Escapes text for the XHTML narrative.
fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn narrative(lines: &[String]) -> Value {
    let body: String = if lines.is_empty() {
        "<p>Aucune information.</p>".into()
    } else {
        format!(
            "<ul>{}</ul>",
            lines
                .iter()
                .map(|l| format!("<li>{}</li>", xml(l)))
                .collect::<String>()
        )
    };
    json!({
        "status": "generated",
        "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"fr\" xml:lang=\"fr\">{body}</div>"),
    })
}

fn coding(system: &str, code: &str, display: &str) -> Value {
    json!({ "system": system, "code": code, "display": display })
}

/// A CodeableConcept of an item: its code (if any) and the French label.
fn concept(i: &Item) -> Value {
    let text = i.describe();
    match &i.fields.code {
        Some(c) => json!({ "coding": [{ "system": c.url(), "code": c.code }], "text": text }),
        None => json!({ "text": text }),
    }
}

fn notes(i: &Item) -> Option<Value> {
    i.fields.note.as_ref().map(|n| json!([{ "text": n }]))
}

/// A deterministic UUID-shaped identifier for one resource of this bundle.
fn uuid(bundle: &str, n: usize) -> String {
    let h = blake3::hash(format!("{bundle}/{n}").as_bytes());
    let b = h.as_bytes();
    let x = hex::encode(&b[..16]);
    // Version 4 and variant bits, so that it is a well-formed UUID.
    let v = format!("4{}", &x[13..16]);
    let var = format!(
        "{:x}{}",
        (u8::from_str_radix(&x[16..17], 16).unwrap_or(0) & 0x3) | 0x8,
        &x[17..20]
    );
    format!("{}-{}-{v}-{var}-{}", &x[..8], &x[8..12], &x[20..32])
}

struct Builder<'a> {
    bundle: &'a str,
    patient: String,
    entries: Vec<Value>,
}

impl Builder<'_> {
    /// Adds a resource; returns its reference.
    fn add(&mut self, mut r: Value) -> String {
        let id = uuid(self.bundle, self.entries.len() + 2);
        r["id"] = json!(id);
        let url = format!("urn:uuid:{id}");
        self.entries.push(json!({ "fullUrl": url, "resource": r }));
        url
    }

    fn subject(&self) -> Value {
        json!({ "reference": self.patient })
    }
}

/// A required section's placeholder: "no known" when recorded, else "no
/// information" (with the withheld note when items were kept from this
/// reader). Returns the resource and its narrative line.
fn absent(b: &Builder, kind: Kind, input: &Input) -> (Value, String) {
    let no_known = kind.no_known().and_then(|k| input.fact(k)).is_some();
    let withheld = input.withholds(kind);
    let (code, display, fr) = match (kind, no_known && !withheld) {
        (Kind::Allergy, true) => (
            "no-known-allergies",
            "No known allergies",
            "Aucune allergie connue",
        ),
        (Kind::Allergy, false) => (
            "no-allergy-info",
            "No information about allergies",
            "Pas d'information sur les allergies",
        ),
        (Kind::Condition, true) => (
            "no-known-problems",
            "No known problems",
            "Aucun problème de santé connu",
        ),
        (Kind::Condition, false) => (
            "no-problem-info",
            "No information about current problems",
            "Pas d'information sur les problèmes de santé",
        ),
        (_, true) => (
            "no-known-medications",
            "No known medications",
            "Aucun traitement en cours",
        ),
        (_, false) => (
            "no-medication-info",
            "No information about medications",
            "Pas d'information sur les traitements",
        ),
    };
    let cc = json!({ "coding": [coding(ABSENT, code, display)], "text": fr });
    let mut note = Vec::new();
    let mut line = fr.to_string();
    if withheld {
        let w = "Certaines informations ne sont pas communiquées à ce destinataire.";
        note.push(json!({ "text": w }));
        line = format!("{fr}. {w}");
    }
    let mut r = match kind {
        Kind::Allergy => json!({
            "resourceType": "AllergyIntolerance",
            "clinicalStatus": { "coding": [coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")] },
            "code": cc,
            "patient": b.subject(),
        }),
        Kind::Condition => json!({
            "resourceType": "Condition",
            "clinicalStatus": { "coding": [coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active")] },
            "category": [problem_category()],
            "code": cc,
            "subject": b.subject(),
        }),
        _ => json!({
            "resourceType": "MedicationStatement",
            "status": "active",
            "medicationCodeableConcept": cc,
            "subject": b.subject(),
        }),
    };
    if !note.is_empty() {
        r["note"] = Value::Array(note);
    }
    (r, line)
}

fn problem_category() -> Value {
    json!({ "coding": [coding("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")] })
}

fn allergy(b: &Builder, i: &Item) -> Value {
    let status = i.fields.status.as_deref().unwrap_or("active");
    let mut r = json!({
        "resourceType": "AllergyIntolerance",
        "clinicalStatus": { "coding": [coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", status, &capital(status))] },
        "code": concept(i),
        "patient": b.subject(),
    });
    match i.fields.severity.as_deref() {
        Some("high") => r["criticality"] = json!("high"),
        Some("low") => r["criticality"] = json!("low"),
        _ => {}
    }
    if let Some(s) = &i.fields.since {
        r["onsetDateTime"] = json!(s);
    }
    if let Some(n) = notes(i) {
        r["note"] = n;
    }
    r
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

fn condition(b: &Builder, i: &Item) -> Value {
    // An abated condition is inactive or resolved (FHIR invariant con-4).
    let status = match (i.fields.status.as_deref(), &i.fields.until) {
        (Some(s @ ("inactive" | "resolved")), _) => s,
        (_, Some(_)) => "resolved",
        (s, None) => s.unwrap_or("active"),
    };
    let mut r = json!({
        "resourceType": "Condition",
        "clinicalStatus": { "coding": [coding("http://terminology.hl7.org/CodeSystem/condition-clinical", status, &capital(status))] },
        "category": [problem_category()],
        "code": concept(i),
        "subject": b.subject(),
    });
    if let Some(s) = &i.fields.since {
        r["onsetDateTime"] = json!(s);
    }
    if let Some(u) = &i.fields.until {
        r["abatementDateTime"] = json!(u);
    }
    if let Some(n) = notes(i) {
        r["note"] = n;
    }
    r
}

fn treatment(b: &Builder, i: &Item, today: &str) -> Value {
    let ended = i.fields.until.as_deref().is_some_and(|u| u < today);
    let mut r = json!({
        "resourceType": "MedicationStatement",
        "status": if ended { "completed" } else { "active" },
        "medicationCodeableConcept": concept(i),
        "subject": b.subject(),
    });
    if i.fields.since.is_some() || i.fields.until.is_some() {
        let mut p = json!({});
        if let Some(s) = &i.fields.since {
            p["start"] = json!(s);
        }
        if let Some(u) = &i.fields.until {
            p["end"] = json!(u);
        }
        r["effectivePeriod"] = p;
    }
    if let Some(d) = &i.fields.dose {
        r["dosage"] = json!([{ "text": d }]);
    }
    if let Some(n) = notes(i) {
        r["note"] = n;
    }
    r
}

fn vaccination(b: &Builder, i: &Item) -> Value {
    let mut r = json!({
        "resourceType": "Immunization",
        "status": "completed",
        "vaccineCode": concept(i),
        "patient": b.subject(),
        "occurrenceDateTime": i.fields.date,
    });
    if let Some(l) = &i.fields.lot {
        r["lotNumber"] = json!(l);
    }
    if let Some(n) = notes(i) {
        r["note"] = n;
    }
    r
}

fn quantity(v: f64, unit: &str) -> Value {
    json!({ "value": v, "unit": unit, "system": UCUM, "code": unit })
}

fn observation(b: &Builder, i: &Item) -> Option<(Value, String)> {
    let v = i.fields.measure_value()?;
    let k = v.kind;
    let mut r = json!({
        "resourceType": "Observation",
        "status": "final",
        "category": [{ "coding": [coding("http://terminology.hl7.org/CodeSystem/observation-category", k.category, if k.category == "laboratory" { "Laboratory" } else { "Vital Signs" })] }],
        "code": { "coding": [coding(LOINC, k.loinc, k.loinc_display)], "text": k.fr },
        "subject": b.subject(),
        "effectiveDateTime": i.fields.date,
    });
    match v.diastolic {
        Some(d) => {
            r["component"] = json!([
                { "code": { "coding": [coding(LOINC, SYSTOLIC.0, SYSTOLIC.1)] }, "valueQuantity": quantity(v.value, v.unit) },
                { "code": { "coding": [coding(LOINC, DIASTOLIC.0, DIASTOLIC.1)] }, "valueQuantity": quantity(d, v.unit) },
            ]);
        }
        None => r["valueQuantity"] = quantity(v.value, v.unit),
    }
    if let Some(n) = notes(i) {
        r["note"] = n;
    }
    let line = format!(
        "{} : {} ({})",
        k.fr,
        v.french(),
        fr_date(i.fields.date.as_deref().unwrap_or_default())
    );
    Some((r, line))
}

fn section(code: &str, display: &str, title: &str, lines: &[String], refs: &[String]) -> Value {
    let mut s = json!({
        "title": title,
        "code": { "coding": [coding(LOINC, code, display)] },
        "text": narrative(lines),
    });
    if !refs.is_empty() {
        s["entry"] = Value::Array(refs.iter().map(|r| json!({ "reference": r })).collect());
    }
    s
}

/// The IPS document Bundle, as JSON bytes.
pub fn patient_summary(
    bundle_id: &str,
    created: OffsetDateTime,
    holder: &Holder,
    input: &Input,
) -> Vec<u8> {
    let today = timefmt::ymd(created.date());
    let patient_id = uuid(bundle_id, 1);
    let mut b = Builder {
        bundle: bundle_id,
        patient: format!("urn:uuid:{patient_id}"),
        entries: Vec::new(),
    };
    let mut sections = Vec::new();

    // Required sections: allergies, medications, problems.
    let required: [(Kind, &str, &str, &str); 3] = [
        (
            Kind::Allergy,
            "48765-2",
            "Allergies and adverse reactions Document",
            "Allergies et intolérances",
        ),
        (
            Kind::Treatment,
            "10160-0",
            "History of Medication use Narrative",
            "Traitements",
        ),
        (
            Kind::Condition,
            "11450-4",
            "Problem list - Reported",
            "Problèmes de santé",
        ),
    ];
    for (kind, code, display, title) in required {
        let items: Vec<&Item> = input
            .of(kind)
            .filter(|i| kind != Kind::Treatment || i.is_current(&today))
            .collect();
        let (mut refs, mut lines) = (Vec::new(), Vec::new());
        if items.is_empty() {
            let (r, line) = absent(&b, kind, input);
            refs.push(b.add(r));
            lines.push(line);
        } else {
            for i in items {
                let r = match kind {
                    Kind::Allergy => allergy(&b, i),
                    Kind::Condition => condition(&b, i),
                    _ => treatment(&b, i, &today),
                };
                lines.push(describe_fr(i));
                refs.push(b.add(r));
            }
            if input.withholds(kind) {
                lines.push(
                    "Certaines informations ne sont pas communiquées à ce destinataire.".into(),
                );
            }
        }
        sections.push(section(code, display, title, &lines, &refs));
    }

    let (mut refs, mut lines) = (Vec::new(), Vec::new());
    for i in input.of(Kind::Vaccination) {
        lines.push(format!(
            "{} ({})",
            i.describe(),
            fr_date(i.fields.date.as_deref().unwrap_or_default())
        ));
        let r = vaccination(&b, i);
        refs.push(b.add(r));
    }
    if !refs.is_empty() {
        sections.push(section(
            "11369-6",
            "History of Immunization note",
            "Vaccinations",
            &lines,
            &refs,
        ));
    }

    let (mut refs, mut lines) = (Vec::new(), Vec::new());
    for i in input.of(Kind::Measure) {
        if let Some((r, line)) = observation(&b, i) {
            lines.push(line);
            refs.push(b.add(r));
        }
    }
    if !refs.is_empty() {
        sections.push(section(
            "8716-3",
            "Vital signs",
            "Signes vitaux et mesures",
            &lines,
            &refs,
        ));
    }

    if let Some(g) = input.fact(Kind::BloodGroup) {
        let group = g.fields.label.clone().unwrap_or_default();
        let r = json!({
            "resourceType": "Observation",
            "status": "final",
            "category": [{ "coding": [coding("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")] }],
            "code": { "coding": [coding(LOINC, "882-1", "ABO and Rh group [Type] in Blood")], "text": "Groupe sanguin" },
            "subject": b.subject(),
            "valueCodeableConcept": { "text": group },
        });
        let refs = vec![b.add(r)];
        sections.push(section(
            "30954-2",
            "Relevant diagnostic tests/laboratory data Narrative",
            "Résultats",
            &[format!("Groupe sanguin : {group}")],
            &refs,
        ));
    }

    let mut lines = Vec::new();
    if let Some(d) = input.fact(Kind::Directives) {
        lines.push(format!(
            "Directives anticipées : {}",
            d.fields.label.as_deref().unwrap_or_default()
        ));
    }
    if let Some(d) = input.fact(Kind::OrganDonation) {
        lines.push(format!(
            "Don d'organes : {}",
            d.fields.label.as_deref().unwrap_or_default()
        ));
    }
    if !lines.is_empty() {
        sections.push(section(
            "42348-3",
            "Advance directives",
            "Directives anticipées",
            &lines,
            &[],
        ));
    }

    let mut patient = json!({
        "resourceType": "Patient",
        "id": patient_id,
        "name": [{ "text": holder.name }],
    });
    if let Some(d) = &holder.birth_date {
        patient["birthDate"] = json!(d);
    }
    let contacts: Vec<Value> = input.of(Kind::Contact).map(contact).collect();
    if !contacts.is_empty() {
        patient["contact"] = Value::Array(contacts);
    }
    let composition_id = uuid(bundle_id, 0);
    let created_s = timefmt::rfc3339(created);
    let composition = json!({
        "resourceType": "Composition",
        "id": composition_id,
        "status": "final",
        "type": { "coding": [coding(LOINC, "60591-5", "Patient summary Document")] },
        "subject": { "reference": b.patient },
        "date": created_s,
        "author": [{ "reference": b.patient }],
        "title": format!("Synthèse médicale de {}", holder.name),
        "confidentiality": "N",
        "section": sections,
    });
    let mut entries = vec![
        json!({ "fullUrl": format!("urn:uuid:{composition_id}"), "resource": composition }),
        json!({ "fullUrl": b.patient.clone(), "resource": patient }),
    ];
    entries.append(&mut b.entries);
    let doc = json!({
        "resourceType": "Bundle",
        "id": uuid(bundle_id, usize::MAX),
        "meta": { "profile": [IPS_PROFILE] },
        "language": "fr-FR",
        "identifier": { "system": "urn:ietf:rfc:3986", "value": format!("urn:uuid:{}", uuid(bundle_id, usize::MAX - 1)) },
        "type": "document",
        "timestamp": created_s,
        "entry": entries,
    });
    serde_json::to_vec_pretty(&doc).expect("JSON values serialize")
}

fn contact(i: &Item) -> Value {
    let f = &i.fields;
    let mut telecom = Vec::new();
    if let Some(p) = &f.phone {
        telecom.push(json!({ "system": "phone", "value": p }));
    }
    if let Some(e) = &f.email {
        telecom.push(json!({ "system": "email", "value": e }));
    }
    // HL7 v2 table 0131: C = emergency contact, N = next of kin.
    let (code, display) = match f.role.as_deref() {
        Some("parent" | "spouse" | "partner" | "child" | "sibling" | "relative") => {
            ("N", "Next-of-Kin")
        }
        _ => ("C", "Emergency Contact"),
    };
    let mut c = json!({
        "relationship": [{ "coding": [coding("http://terminology.hl7.org/CodeSystem/v2-0131", code, display)], "text": role_fr(f.role.as_deref().unwrap_or("other")) }],
        "name": { "text": f.label },
    });
    if !telecom.is_empty() {
        c["telecom"] = Value::Array(telecom);
    }
    c
}
