//! FHIR checks shared by the bundle and medical tests: the FHIR R4 JSON
//! schema as published with the specification (draft 6, id
//! `http://hl7.org/fhir/json-schema/4.0`, vendored gzipped in tests/data so
//! the check runs offline) and a parse with the R4B models of
//! the `fhir.resources` Python package. Each runs when its tools are there
//! and says SKIPPED loudly otherwise (.ci/run installs them).

use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

/// The Python with `fhir.resources` (R4B) and `jsonschema`: `CARNET_FHIR_PYTHON`
/// (.ci/run sets it to its venv), else the venv .ci/run makes, else `python3`.
fn python() -> PathBuf {
    if let Some(p) = std::env::var_os("CARNET_FHIR_PYTHON") {
        return p.into();
    }
    if let Some(home) = std::env::var_os("HOME") {
        let venv = PathBuf::from(home).join(".cache/carnet-ci/fhir-venv/bin/python");
        if venv.exists() {
            return venv;
        }
    }
    "python3".into()
}

const CHECK: &str = r#"
import gzip, json, sys
schema_path, doc_path = sys.argv[1], sys.argv[2]
doc = json.load(open(doc_path))
out = {"schema": None, "r4b": None}
try:
    import jsonschema
    opener = gzip.open if schema_path.endswith(".gz") else open
    with opener(schema_path, "rt") as f:
        s = json.load(f)
    errs = list(jsonschema.Draft6Validator(s).iter_errors(doc))
    out["schema"] = [e.message[:300] for e in errs[:5]] + ([f"... {len(errs)} in all"] if len(errs) > 5 else [])
except ImportError as e:
    out["schema"] = "SKIPPED: " + str(e)
try:
    from fhir.resources.R4B.bundle import Bundle
    try:
        Bundle.parse_obj(doc)
        out["r4b"] = []
    except Exception as e:
        out["r4b"] = [str(e)[:1500]]
except ImportError as e:
    out["r4b"] = "SKIPPED: " + str(e)
print(json.dumps(out))
"#;

/// Problems of a FHIR R4 Bundle: schema errors and R4B model errors (empty
/// when clean); a check whose tools are missing is skipped with a message.
pub fn fhir_r4_problems(what: &str, doc: &Value) -> Vec<String> {
    let schema = std::env::var_os("CARNET_FHIR_R4_SCHEMA")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/fhir-r4.schema.json.gz")
        });
    let dir = tempfile_dir();
    static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = dir.join(format!("{what}-{n}.json"));
    std::fs::write(&path, doc.to_string()).unwrap();
    let out = match Command::new(python())
        .arg("-c")
        .arg(CHECK)
        .arg(&schema)
        .arg(&path)
        .output()
    {
        Ok(o) => o,
        Err(e) => {
            eprintln!("SKIPPED FHIR checks of {what}: no python3 ({e})");
            return Vec::new();
        }
    };
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "FHIR checker failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut problems = Vec::new();
    for (k, label) in [("schema", "FHIR R4 schema"), ("r4b", "R4B model")] {
        match &v[k] {
            Value::String(s) => eprintln!("{label} check of {what} {s} (.ci/run installs it)"),
            Value::Array(a) => problems.extend(a.iter().map(|e| format!("{label}: {e}"))),
            _ => {}
        }
    }
    problems
}

fn tempfile_dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("carnet-fhir-check-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}
