//! `fhir/bundle.json` against the French profiles it claims (FR Core
//! Patient and Practitioner, PDSm comprehensive DocumentReference): the
//! structural rules a validator would check, run offline on real exports,
//! the FHIR R4 JSON schema and the R4B models (tests/common/fhir.rs); plus
//! the SHA-1 cross-check of `bundle verify`.

mod common;

use common::*;

use std::collections::BTreeMap;

use base64::Engine;
use serde_json::Value;
use sha2::Digest;

const FR_CORE_V2_0203: &str = "https://hl7.fr/ig/fhir/core/CodeSystem/fr-core-cs-v2-0203";
const TRE_A00: &str =
    "https://mos.esante.gouv.fr/NOS/TRE_A00-ProducteurDocNonPS/FHIR/TRE-A00-ProducteurDocNonPS";
const TRE_A03: &str =
    "https://mos.esante.gouv.fr/NOS/TRE_A03-ClasseDocument/FHIR/TRE-A03-ClasseDocument";
const TRE_A05: &str =
    "https://mos.esante.gouv.fr/NOS/TRE_A05-TypeDocComplementaire/FHIR/TRE-A05-TypeDocComplementaire";
const TRE_A07: &str = "https://mos.esante.gouv.fr/NOS/TRE_A07-StatutVisibiliteDocument/FHIR/TRE-A07-StatutVisibiliteDocument";

/// A vault whose holder has a birth date and an INS, with a lab report by
/// Dr Dubois (name in the French order), a masked prescription by Dr
/// Petit, and advance directives the holder deposited.
fn env_with_docs() -> (Env, Vec<String>) {
    let env = Env::bare();
    env.cmd()
        .args([
            "init",
            "--name",
            "MARTIN Camille",
            "--birth-date",
            "1984-12-07",
            "--ins",
            "184127645108946",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ])
        .assert()
        .success();
    for (rpps, name) in [(RPPS_A, "Dr Claire DUBOIS"), (RPPS_B, "Dr Paul Petit")] {
        env.cmd()
            .args(["pro", "add", rpps, "--name", name])
            .assert()
            .success();
    }
    let ids = vec![
        env.add(
            "2025-02-03_bilan.pdf",
            b"Hemoglobine 14 g/dL\n",
            &["--type", "biologie", "--author", RPPS_A],
        ),
        env.add(
            "ordonnance.pdf",
            &[0xab; 3000],
            &["--type", "prescription", "--author", RPPS_B, "--mask"],
        ),
        env.add(
            "directives.txt",
            b"Je refuse l'acharnement.\n",
            &["--type", "advance-directives"],
        ),
    ];
    (env, ids)
}

/// Exports everything and returns the opened bundle's FHIR JSON and the
/// directory it was opened in.
fn export_fhir(env: &Env, name: &str) -> (Value, std::path::PathBuf) {
    let out = env.path(&format!("{name}.age"));
    env.json(&[
        "export",
        "--all",
        "-o",
        out.to_str().unwrap(),
        "-r",
        &env.recipient,
    ]);
    let dir = env.path(name);
    env.json(&[
        "bundle",
        "open",
        out.to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
    ]);
    let v: Value =
        serde_json::from_slice(&std::fs::read(dir.join("fhir/bundle.json")).unwrap()).unwrap();
    (v, dir)
}

fn profiles(r: &Value) -> Vec<&str> {
    r["meta"]["profile"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn luhn_ok(digits: &str) -> bool {
    let sum: u32 = digits
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap();
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 {
                    x - 9
                } else {
                    x
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// FR Core Patient (`fr-core-patient`): a profile; an INS-NIR identifier
/// only with the INS profile and its qualified-identity rules (carnet never
/// claims one); names with a `use`, a family name only with a given name;
/// a gender from the value set.
fn check_patient(p: &Value, problems: &mut Vec<String>) {
    let prof = profiles(p);
    if !prof.contains(&"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient") {
        problems.push(format!("Patient without the fr-core-patient profile: {p}"));
    }
    for id in p["identifier"].as_array().into_iter().flatten() {
        let typed_ins = id["type"]["coding"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|c| c["code"] == "INS-NIR");
        let ins_system = id["system"] == "urn:oid:1.2.250.1.213.1.4.8";
        if typed_ins || ins_system {
            // INS-NIR: fr-core-patient-ins, identity status VALI, official.
            if !prof
                .contains(&"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient-ins")
                || id["use"] != "official"
                || !typed_ins
            {
                problems.push(format!(
                    "INS-NIR identifier on a Patient that does not meet fr-core-patient-ins: {id}"
                ));
            }
        }
        if id["value"].as_str().unwrap_or_default().is_empty() {
            problems.push(format!("identifier without a value: {id}"));
        }
        if id["type"].is_object()
            && id["type"]["coding"].is_null()
            && id["type"]["text"].as_str().unwrap_or_default().is_empty()
        {
            problems.push(format!(
                "identifier type with neither coding nor text: {id}"
            ));
        }
    }
    for n in p["name"].as_array().into_iter().flatten() {
        check_name(n, "Patient", problems);
    }
    if let Some(g) = p.get("gender") {
        if !["male", "female", "other", "unknown"].contains(&g.as_str().unwrap_or_default()) {
            problems.push(format!("Patient gender {g}"));
        }
    }
}

fn check_name(n: &Value, what: &str, problems: &mut Vec<String>) {
    if ![
        "usual",
        "official",
        "temp",
        "nickname",
        "anonymous",
        "old",
        "maiden",
    ]
    .contains(&n["use"].as_str().unwrap_or_default())
    {
        problems.push(format!("{what} name without a valid use: {n}"));
    }
    if n.get("family").is_some() && n["given"].as_array().is_none_or(|g| g.is_empty()) {
        problems.push(format!(
            "{what} name with a family name but no given name: {n}"
        ));
    }
    if n["text"].as_str().unwrap_or_default().is_empty() {
        problems.push(format!("{what} name without text: {n}"));
    }
}

/// FR Core Practitioner (`fr-core-practitioner`): the idNatPs slice
/// (system urn:oid:1.2.250.1.71.4.2.1, type IDNPS, `8` + RPPS) and the rpps
/// slice (system https://rpps.esante.gouv.fr, type RPPS, 11 digits, Luhn).
fn check_practitioner(p: &Value, problems: &mut Vec<String>) {
    if !profiles(p)
        .contains(&"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-practitioner")
    {
        problems.push(format!(
            "Practitioner without the fr-core-practitioner profile: {p}"
        ));
    }
    let ids = p["identifier"].as_array().cloned().unwrap_or_default();
    let slice = |system: &str| {
        ids.iter()
            .filter(|i| i["system"] == system)
            .collect::<Vec<_>>()
    };
    let idnat = slice("urn:oid:1.2.250.1.71.4.2.1");
    let rpps = slice("https://rpps.esante.gouv.fr");
    if idnat.len() != 1 || rpps.len() != 1 {
        problems.push(format!(
            "Practitioner needs one idNatPs and one rpps identifier: {p}"
        ));
        return;
    }
    for (i, code) in [(idnat[0], "IDNPS"), (rpps[0], "RPPS")] {
        let c = &i["type"]["coding"][0];
        if c["system"] != FR_CORE_V2_0203 || c["code"] != code {
            problems.push(format!(
                "identifier type should be {FR_CORE_V2_0203}#{code}: {i}"
            ));
        }
    }
    let r = rpps[0]["value"].as_str().unwrap_or_default();
    if r.len() != 11 || !r.bytes().all(|b| b.is_ascii_digit()) || !luhn_ok(r) {
        problems.push(format!("RPPS {r} is not 11 digits with a Luhn check"));
    }
    if idnat[0]["value"].as_str() != Some(&format!("8{r}")) {
        problems.push(format!("IdNat_PS of RPPS {r} should be 8{r}: {}", idnat[0]));
    }
    for n in p["name"].as_array().into_iter().flatten() {
        check_name(n, "Practitioner", problems);
    }
}

/// PDSm comprehensive DocumentReference (on IHE MHD Comprehensive): profile,
/// masterIdentifier as a URI, status, typed `type` (LOINC or TRE_A05) with
/// the French label as text, TRE_A03 category, securityLabel (v3 N first,
/// then TRE_A07), attachment with contentType, language, size, SHA-1,
/// creation, a format code, and the context's period; `EXP_PATIENT` as
/// facility and practice for what the patient deposited.
fn check_document_reference(r: &Value, problems: &mut Vec<String>) {
    let mut bad = |what: &str| problems.push(format!("DocumentReference {}: {what}", r["id"]));
    if !profiles(r).contains(
        &"https://interop.esante.gouv.fr/ig/fhir/pdsm/StructureDefinition/pdsm-comprehensive-document-reference",
    ) {
        bad("no pdsm-comprehensive-document-reference profile");
    }
    let mi = &r["masterIdentifier"];
    let mv = mi["value"].as_str().unwrap_or_default();
    if mi["system"] != "urn:ietf:rfc:3986"
        || !(mv.starts_with("urn:uuid:") || mv.starts_with("urn:oid:"))
    {
        bad("masterIdentifier is not a urn:uuid / urn:oid under urn:ietf:rfc:3986");
    }
    if !["current", "superseded", "entered-in-error"]
        .contains(&r["status"].as_str().unwrap_or_default())
    {
        bad("status");
    }
    let t = &r["type"]["coding"][0];
    if !(t["system"] == "http://loinc.org" || t["system"] == TRE_A05) || t["display"].is_null() {
        bad("type coding (LOINC or TRE_A05, with the code system's display)");
    }
    if r["type"]["text"].as_str().unwrap_or_default().is_empty() {
        bad("type without its French label as text");
    }
    if r["category"][0]["coding"][0]["system"] != TRE_A03 {
        bad("category not in TRE_A03 (canonical URL)");
    }
    let labels = r["securityLabel"].as_array().cloned().unwrap_or_default();
    match labels.split_first() {
        Some((n, flags))
            if n["coding"][0]["system"]
                == "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
                && n["coding"][0]["code"] == "N"
                && flags.iter().all(|f| f["coding"][0]["system"] == TRE_A07) => {}
        _ => bad("securityLabel must be v3 N, then TRE_A07 flags"),
    }
    let a = &r["content"][0]["attachment"];
    if a["contentType"].as_str().is_none()
        || a["language"] != "fr-FR"
        || a["size"].as_u64().is_none()
        || a["hash"].as_str().map(str::len) != Some(28)
        || a["creation"].as_str().is_none()
        || a["url"].as_str().is_none()
    {
        bad("attachment needs contentType, language fr-FR, url, size, SHA-1 hash, creation");
    }
    let f = &r["content"][0]["format"];
    if f["system"] != "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode"
        || f["code"].is_null()
    {
        bad("content.format");
    }
    if r["context"]["period"]["start"].as_str().is_none() {
        bad("context.period.start");
    }
    if r["subject"]["reference"].as_str().is_none()
        || r["author"][0]["reference"].as_str().is_none()
    {
        bad("subject and author");
    }
}

/// Every rule above over a whole bundle, plus: references resolve, and no
/// ANS table is named by `urn:oid:` where its canonical URL exists.
fn frcore_problems(b: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let text = b.to_string();
    for oid in [
        "1.2.250.1.213.1.1.4.1\"",
        "1.2.250.1.213.1.1.4.12\"",
        "1.2.250.1.213.1.1.4.13\"",
        "1.2.250.1.213.1.1.4.6\"",
    ] {
        if text.contains(&format!("urn:oid:{oid}")) {
            problems.push(format!(
                "ANS table named by urn:oid:{oid} instead of its URL"
            ));
        }
    }
    let entries = b["entry"].as_array().cloned().unwrap_or_default();
    let urls: Vec<&str> = entries
        .iter()
        .filter_map(|e| e["fullUrl"].as_str())
        .collect();
    for e in &entries {
        let r = &e["resource"];
        match r["resourceType"].as_str().unwrap_or_default() {
            "Patient" => check_patient(r, &mut problems),
            "Practitioner" => check_practitioner(r, &mut problems),
            "DocumentReference" => {
                check_document_reference(r, &mut problems);
                for rf in [&r["subject"]["reference"], &r["author"][0]["reference"]] {
                    if !urls.contains(&rf.as_str().unwrap_or_default()) {
                        problems.push(format!("unresolved reference {rf}"));
                    }
                }
            }
            other => problems.push(format!("unexpected resource {other}")),
        }
    }
    problems
}

fn resources<'a>(b: &'a Value, t: &str) -> Vec<&'a Value> {
    b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == t)
        .collect()
}

#[test]
fn exported_fhir_meets_fr_core_and_pdsm_structure() {
    let (env, ids) = env_with_docs();
    let (b, dir) = export_fhir(&env, "one");
    let problems = frcore_problems(&b);
    assert!(problems.is_empty(), "{problems:#?}");
    let problems = common::fhir::fhir_r4_problems("bundle", &b);
    assert!(problems.is_empty(), "{problems:#?}");

    // Patient: split name (family in capitals), gender from the NIR, the
    // self-declared INS as a plain identifier.
    let p = resources(&b, "Patient")[0];
    assert_eq!(p["name"][0]["family"], "MARTIN");
    assert_eq!(p["name"][0]["given"][0], "Camille");
    assert_eq!(p["gender"], "male");
    assert_eq!(p["birthDate"], "1984-12-07");
    assert_eq!(p["identifier"][0]["value"], "184127645108946");
    assert!(p["identifier"][0]["type"]["text"]
        .as_str()
        .unwrap()
        .contains("non qualifiée"));
    // Practitioners: a name in capitals is split, another only has text.
    let pr = resources(&b, "Practitioner");
    let by_rpps = |r: &str| {
        *pr.iter()
            .find(|p| p["identifier"][1]["value"] == r)
            .unwrap()
    };
    assert_eq!(by_rpps(RPPS_A)["name"][0]["family"], "DUBOIS");
    assert_eq!(by_rpps(RPPS_A)["name"][0]["prefix"][0], "Dr");
    assert_eq!(by_rpps(RPPS_B)["name"][0]["text"], "Dr Paul Petit");
    assert!(by_rpps(RPPS_B)["name"][0].get("family").is_none());

    // Documents: codings keep the code system's display, French in text;
    // EXP_PATIENT only where the patient deposited it.
    let refs = resources(&b, "DocumentReference");
    let doc = |id: &str| *refs.iter().find(|r| r["id"] == id).unwrap();
    let lab = doc(&ids[0]);
    assert_eq!(lab["type"]["coding"][0]["display"], "Laboratory report");
    assert_eq!(lab["type"]["text"], "CR d'examens biologiques");
    assert_eq!(lab["category"][0]["coding"][0]["display"], "Compte rendu");
    assert!(lab["context"].get("facilityType").is_none());
    let presc = doc(&ids[1]);
    assert_eq!(presc["securityLabel"][1]["coding"][0]["code"], "MASQUE_PS");
    let dir_anticip = doc(&ids[2]);
    assert_eq!(dir_anticip["type"]["coding"][0]["system"], TRE_A05);
    assert_eq!(dir_anticip["type"]["coding"][0]["code"], "EXPPAT_3");
    for k in ["facilityType", "practiceSetting"] {
        assert_eq!(dir_anticip["context"][k]["coding"][0]["system"], TRE_A00);
        assert_eq!(
            dir_anticip["context"][k]["coding"][0]["code"],
            "EXP_PATIENT"
        );
    }
    // The attachments' SHA-1 are the files'.
    for r in &refs {
        let a = &r["content"][0]["attachment"];
        let bytes = std::fs::read(dir.join(a["url"].as_str().unwrap())).unwrap();
        assert_eq!(
            a["hash"].as_str().unwrap(),
            base64::engine::general_purpose::STANDARD.encode(sha1::Sha1::digest(&bytes))
        );
    }
}

/// The documented formula: the version-5 UUID of `urn:carnet:document:ID`
/// in RFC 4122's URL name-space.
fn expected_master_identifier(id: &str) -> String {
    let ns = [
        0x6bu8, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30,
        0xc8,
    ];
    let mut h = sha1::Sha1::new();
    h.update(ns);
    h.update(format!("urn:carnet:document:{id}").as_bytes());
    let mut b: [u8; 16] = h.finalize()[..16].try_into().unwrap();
    b[6] = (b[6] & 0x0f) | 0x50;
    b[8] = (b[8] & 0x3f) | 0x80;
    let x = hex::encode(b);
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &x[0..8],
        &x[8..12],
        &x[12..16],
        &x[16..20],
        &x[20..]
    )
}

#[test]
fn master_identifiers_are_stable_across_exports() {
    let (env, ids) = env_with_docs();
    let (first, _) = export_fhir(&env, "first");
    let (second, _) = export_fhir(&env, "second");
    let masters = |b: &Value| -> BTreeMap<String, String> {
        resources(b, "DocumentReference")
            .iter()
            .map(|r| {
                (
                    r["id"].as_str().unwrap().to_string(),
                    r["masterIdentifier"]["value"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let (a, b) = (masters(&first), masters(&second));
    assert_eq!(a, b, "same documents, same masterIdentifier");
    for id in &ids {
        assert_eq!(a[id], expected_master_identifier(id));
    }
    // Distinct documents, distinct identifiers.
    let unique: std::collections::BTreeSet<&String> = a.values().collect();
    assert_eq!(unique.len(), ids.len());
}

#[test]
fn a_fhir_sha1_that_disagrees_with_its_document_is_exit_6() {
    use carnet::bundle::manifest;
    use carnet::bundle::tarball;
    let plain = report::report_tar(
        21,
        report::camille(),
        RPPS_A,
        &[("Bilan", b"Hemoglobine 14 g/dL\n", &[])],
    );
    // Unpack the tar, rewrite the FHIR file's SHA-1, then list and sign the
    // new FHIR bytes with the same key: signature and SHA-256 all hold, and
    // only the FHIR file lies about the document.
    let mut tar = tarball::TarReader::new(&plain[..]);
    let mut members: Vec<(String, Vec<u8>)> = Vec::new();
    while let Some(h) = tar.next_member().unwrap() {
        let mut data = Vec::new();
        let mut buf = vec![0u8; 65536];
        loop {
            let n = tar.read_data(&mut buf).unwrap();
            if n == 0 {
                break;
            }
            data.extend_from_slice(&buf[..n]);
        }
        members.push((h.path, data));
    }
    let doc = members
        .iter()
        .find(|(p, _)| p.starts_with("documents/"))
        .unwrap()
        .1
        .clone();
    let real = base64::engine::general_purpose::STANDARD.encode(sha1::Sha1::digest(&doc));
    let fake = base64::engine::general_purpose::STANDARD.encode(sha1::Sha1::digest(b"other"));
    let mut m = manifest::parse(
        &members
            .iter()
            .find(|(p, _)| p == "manifest.yaml")
            .unwrap()
            .1,
    )
    .unwrap();
    let mut out = Vec::new();
    for (p, d) in &members {
        match p.as_str() {
            "fhir/bundle.json" => {
                let f = String::from_utf8(d.clone()).unwrap().replace(&real, &fake);
                assert_ne!(f.as_bytes(), &d[..], "the FHIR file carries the SHA-1");
                let mem = m.members.iter_mut().find(|x| x.path == *p).unwrap();
                mem.size = f.len() as u64;
                mem.sha256 = hex::encode(sha2::Sha256::digest(f.as_bytes()));
                tarball::write_member(&mut out, p, f.as_bytes(), 0).unwrap();
            }
            "manifest.yaml" | "manifest.sig" => {}
            _ => tarball::write_member(&mut out, p, d, 0).unwrap(),
        }
    }
    let key = ed25519_dalek::SigningKey::from_bytes(&[21u8; 32]);
    let yaml = m.to_yaml();
    tarball::write_member(&mut out, "manifest.yaml", &yaml, 0).unwrap();
    tarball::write_member(&mut out, "manifest.sig", &manifest::sign(&yaml, &key), 0).unwrap();
    tarball::write_end(&mut out).unwrap();

    let env = Env::new();
    let f = env.path("lies.age");
    std::fs::write(&f, report::sealed_to(&env.recipient, &out)).unwrap();
    let r = env.run(&["bundle", "verify", f.to_str().unwrap()]);
    assert_error(&r, 6, "SHA-1");
    // Import refuses it too, and the vault stays empty.
    let r = env.run(&["bundle", "import", f.to_str().unwrap()]);
    assert_error(&r, 6, "SHA-1");
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 0);

    // The same bundle with the true SHA-1 verifies.
    let good = env.path("good.age");
    std::fs::write(&good, report::sealed_to(&env.recipient, &plain)).unwrap();
    let ok = env.json(&["bundle", "verify", good.to_str().unwrap()]);
    assert_eq!(ok["valid"], true);
}
