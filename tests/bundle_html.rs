//! Bundles for people: `export --format html` (the self-decrypting page),
//! and the French `LISEZMOI.txt` / `index.html` and member names every
//! bundle carries. The page itself is driven in headless Chromium by
//! tests/browser/check_page.py (skipped, loudly, when Chromium,
//! chromedriver or selenium is missing; .ci/run installs them).

mod common;

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use base64::Engine;
use common::{assert_error, Env};
use serde_json::Value;
use sha2::{Digest, Sha256};

const RPPS_A: &str = "10003456786";
const RPPS_B: &str = "10100000008";

/// A 1×1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
    0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0,
    0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// A script that marks the page if it ever runs, in the frame or the page.
const HOSTILE_HTML: &str = "<!DOCTYPE html><html><body><h1>piège</h1><script>try{parent.document.documentElement.setAttribute('data-pwned','html');parent.document.title='PWNED'}catch(e){};alert('html')</script></body></html>";
const HOSTILE_SVG: &str = "<svg xmlns='http://www.w3.org/2000/svg'><script>try{parent.document.documentElement.setAttribute('data-pwned','svg')}catch(e){};alert('svg')</script></svg>";
const TEXT_WITH_SCRIPT: &str = "Résultat : <script>parent.document.documentElement.setAttribute('data-pwned','text');alert('text')</script>\n";

fn add_pro(env: &Env, rpps: &str, name: &str) {
    env.cmd()
        .args(["pro", "add", rpps, "--name", name])
        .assert()
        .success();
}

/// Runs `carnet --json export …`; returns the report.
fn export_json(env: &Env, args: &[&str]) -> Value {
    let mut a = vec!["export"];
    a.extend_from_slice(args);
    env.json(&a)
}

/// The armored payload between the age markers, as `sed` extracts it.
fn sed_extract(page: &Path, out: &Path) {
    let o = Command::new("sed")
        .args([
            "-n",
            "/^-----BEGIN AGE ENCRYPTED FILE-----$/,/^-----END AGE ENCRYPTED FILE-----$/p",
        ])
        .arg(page)
        .output()
        .unwrap();
    assert!(o.status.success());
    std::fs::write(out, o.stdout).unwrap();
}

fn sha256_b64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(s.as_bytes()))
}

/// Every `<tag>…</tag>` content (no attributes on the start tag).
fn inline(page: &str, tag: &str) -> Vec<String> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = page;
    while let Some(i) = rest.find(&open) {
        let from = &rest[i + open.len()..];
        let j = from.find(&close).unwrap();
        out.push(from[..j].to_string());
        rest = &from[j..];
    }
    out
}

fn csp_of(page: &str) -> String {
    let start = page
        .find("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .unwrap();
    let from = &page[start..];
    let c = from.find("content=\"").unwrap() + 9;
    let end = from[c..].find('"').unwrap();
    from[c..c + end].to_string()
}

fn directive(csp: &str, name: &str) -> Vec<String> {
    csp.split(';')
        .map(str::trim)
        .find(|d| d.starts_with(&format!("{name} ")))
        .map(|d| d.split_whitespace().skip(1).map(String::from).collect())
        .unwrap_or_default()
}

fn wordlist() -> HashSet<String> {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/wordlist/fr.txt"
    ))
    .unwrap()
    .lines()
    .map(String::from)
    .collect()
}

/// A vault with a professional, a few documents of various types.
fn env_with_docs() -> (Env, Vec<(String, String, Vec<u8>)>) {
    let env = Env::new();
    add_pro(&env, RPPS_A, "Dr Claire Dubois");
    add_pro(&env, RPPS_B, "Dr Jean Bernard");
    let mut docs = Vec::new();
    let mut add = |file: &str, data: &[u8], title: &str, extra: &[&str]| {
        let mut args = vec!["--title", title];
        args.extend_from_slice(extra);
        let id = env.add(file, data, &args);
        docs.push((id, title.to_string(), data.to_vec()));
    };
    add(
        "bilan.pdf",
        b"%PDF-1.4\n% bilan\n",
        "Bilan sanguin",
        &[
            "--type",
            "lab-report",
            "--date",
            "2025-02-03",
            "--author",
            RPPS_B,
        ],
    );
    add(
        "bilan2.pdf",
        b"%PDF-1.4\n% autre bilan\n",
        "Bilan sanguin",
        &["--type", "lab-report", "--date", "2025-02-03"],
    );
    add(
        "radio.png",
        PNG,
        "Radio du genou",
        &["--type", "imaging-report", "--date", "2025-03-01"],
    );
    add(
        "piege.html",
        HOSTILE_HTML.as_bytes(),
        "</script><script>alert(1)</script> & \"citation\"",
        &["--type", "other", "--date", "2025-04-01", "--mask"],
    );
    (env, docs)
}

#[test]
fn every_bundle_carries_a_french_lisezmoi_index_and_french_names() {
    let (env, docs) = env_with_docs();
    env.cmd()
        .args(["grant", RPPS_A, "--for", "7d"])
        .assert()
        .success();
    let out = env.path("dubois.age");
    let pw = env.write("pw.txt", b"cheval bleu\n");
    let r = export_json(
        &env,
        &[
            "--for",
            RPPS_A,
            "-o",
            out.to_str().unwrap(),
            "--bundle-passphrase-file",
            pw.to_str().unwrap(),
        ],
    );
    assert_eq!(r["format"], "age");
    assert!(
        r["passphrase"].is_null(),
        "a given passphrase is never echoed"
    );
    let dir = env.path("ouvert");
    env.json(&[
        "bundle",
        "open",
        out.to_str().unwrap(),
        "-o",
        dir.to_str().unwrap(),
        "--bundle-passphrase-file",
        pw.to_str().unwrap(),
    ]);
    let mut names: Vec<String> = std::fs::read_dir(dir.join("documents"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // Masked from professionals: the trap document is not in Dr Dubois's bundle.
    assert_eq!(
        names,
        [
            "2025-02-03_biologie_bilan-sanguin-2.pdf",
            "2025-02-03_biologie_bilan-sanguin.pdf",
            "2025-03-01_imagerie_radio-du-genou.png",
        ]
    );
    let readme = std::fs::read_to_string(dir.join("LISEZMOI.txt")).unwrap();
    let grant_id = env.json(&["grants"])[0]["id"].as_str().unwrap().to_string();
    let fp = env.json(&["status"])["signing_key_fingerprint"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(r["signer"], fp.as_str());
    for want in [
        "Patient       : Camille Martin",
        "Destinataire  : Dr Claire Dubois (RPPS 10003456786)",
        "accès temporaire",
        &format!("(autorisation {grant_id}), jusqu'au "),
        "La date de fin est indicative",
        &fp,
        "carnet bundle verify FICHIER --signer EMPREINTE",
        "03/02/2025 — CR d'examens biologiques",
        "Auteur  : Dr Jean Bernard (RPPS 10100000008)",
        "Auteur  : déposé par le patient",
        "01/03/2025 — CR d'imagerie médicale",
        "Fichier : documents/2025-02-03_biologie_bilan-sanguin.pdf (application/pdf,",
    ] {
        assert!(readme.contains(want), "LISEZMOI lacks {want:?}:\n{readme}");
    }
    // Both are listed and signed: verify with --signer passes, and the manifest names them.
    let manifest = std::fs::read_to_string(dir.join("manifest.yaml")).unwrap();
    assert!(
        manifest.contains("\"path\": \"LISEZMOI.txt\"")
            && manifest.contains("\"path\": \"index.html\"")
    );
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(index.contains("<td>Dr Jean Bernard (RPPS 10100000008)</td>"));
    assert!(index.contains("href=\"documents/2025-03-01_imagerie_radio-du-genou.png\""));

    // The holder's export: the masked trap with its flag in words, its
    // hostile title escaped, its type not linked.
    let all = env.path("tout.age");
    export_json(
        &env,
        &[
            "--all",
            "-o",
            all.to_str().unwrap(),
            "--bundle-passphrase-file",
            pw.to_str().unwrap(),
        ],
    );
    let dir2 = env.path("tout");
    env.json(&[
        "bundle",
        "open",
        all.to_str().unwrap(),
        "-o",
        dir2.to_str().unwrap(),
        "--bundle-passphrase-file",
        pw.to_str().unwrap(),
    ]);
    let readme = std::fs::read_to_string(dir2.join("LISEZMOI.txt")).unwrap();
    assert!(
        readme.contains("Destinataire  : le patient lui-même"),
        "{readme}"
    );
    assert!(
        readme.contains("Mentions: masqué aux professionnels"),
        "{readme}"
    );
    let index = std::fs::read_to_string(dir2.join("index.html")).unwrap();
    assert!(!index.contains("<script>alert(1)"), "title not escaped");
    assert!(index.contains(
        "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citation&quot;"
    ));
    assert!(index.contains(
        "<code>documents/2025-04-01_autre_script-script-alert-1-script-citatio.html</code>"
    ));
    assert!(!index.contains("href=\"documents/2025-04-01_autre"));
    // Its CSP: nothing but its own style.
    let csp = csp_of(&index);
    assert!(csp.starts_with("default-src 'none'"), "{csp}");
    let styles = inline(&index, "style");
    assert_eq!(
        directive(&csp, "style-src"),
        [format!("'sha256-{}'", sha256_b64(&styles[0]))]
    );
    assert!(directive(&csp, "script-src").is_empty());
    // The data block parses back to the same documents.
    let start = index
        .find("<script type=\"application/json\" id=\"carnet-index\">")
        .unwrap();
    let data = &index[start..];
    let data = &data[data.find('>').unwrap() + 1..data.find("</script>").unwrap()];
    let v: Value = serde_json::from_str(data).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), docs.len());
    assert!(v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["flags"][0] == "masqué aux professionnels" && d["viewable"] == false));
}

#[test]
fn html_page_structure_csp_and_extractable_payload() {
    let (env, docs) = env_with_docs();
    let page = env.path("dossier.html");
    let r = export_json(
        &env,
        &["--all", "-o", page.to_str().unwrap(), "--format", "html"],
    );
    assert_eq!(r["format"], "html");
    assert_eq!(r["encryption"], "passphrase");
    let pass = r["passphrase"].as_str().unwrap().to_string();
    let html = std::fs::read_to_string(&page).unwrap();
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&page).unwrap().permissions());
    assert_eq!(mode & 0o077, 0);

    // Structure: a password field in a form (Enter submits it), the payload
    // in a block that never runs, a sandboxed frame without scripts.
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(html.contains("<form id=\"unlock\""));
    assert!(html.contains("<input type=\"password\" id=\"pass\""));
    assert!(html.contains("<button type=\"submit\""));
    assert!(html.contains(
        "<script type=\"text/plain\" id=\"payload\">\n-----BEGIN AGE ENCRYPTED FILE-----\n"
    ));
    assert!(html.contains("<iframe id=\"frame\" sandbox=\"\""));
    assert!(!html.contains("allow-scripts"));
    // Self-contained: nothing loaded from anywhere.
    for bad in ["src=\"http", "href=\"http", "<link", "src=\"//", "@import"] {
        assert!(!html.contains(bad), "{bad}");
    }
    // No title or name in clear: they are only inside the encrypted payload.
    assert!(!html.contains("Bilan sanguin") && !html.contains("Camille"));

    // CSP: default-src 'none', and exactly the hashes of the inline code.
    let csp = csp_of(&html);
    assert!(csp.starts_with("default-src 'none';"), "{csp}");
    let scripts = inline(&html, "script");
    assert_eq!(scripts.len(), 2, "the age library and the page's code");
    let want: Vec<String> = scripts
        .iter()
        .map(|s| format!("'sha256-{}'", sha256_b64(s)))
        .collect();
    assert_eq!(directive(&csp, "script-src"), want);
    let styles = inline(&html, "style");
    assert_eq!(styles.len(), 1);
    assert_eq!(
        directive(&csp, "style-src"),
        [format!("'sha256-{}'", sha256_b64(&styles[0]))]
    );
    assert_eq!(directive(&csp, "frame-src"), ["blob:"]);
    assert_eq!(directive(&csp, "form-action"), ["'none'"]);
    // The vendored library is the checksummed one.
    let sums = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/age-encryption/SHA256SUMS"
    ))
    .unwrap();
    assert_eq!(
        hex::encode(Sha256::digest(scripts[0].as_bytes())),
        sums.split_whitespace().next().unwrap()
    );

    // The payload extracts with sed and is an ordinary bundle.
    let age_file = env.path("dossier.age");
    sed_extract(&page, &age_file);
    let pw = env.write("pass.txt", format!("{pass}\n").as_bytes());
    let v = env.json(&[
        "bundle",
        "verify",
        age_file.to_str().unwrap(),
        "--bundle-passphrase-file",
        pw.to_str().unwrap(),
        "--signer",
        r["signer"].as_str().unwrap(),
    ]);
    assert_eq!(v["documents"], docs.len());
    // carnet also reads the page itself; a changed payload is damage (exit 6).
    let v2 = env.json(&[
        "bundle",
        "verify",
        page.to_str().unwrap(),
        "--bundle-passphrase-file",
        pw.to_str().unwrap(),
    ]);
    assert_eq!(v2["bundle"], v["bundle"]);
    let bad = env.path("abime.html");
    tampered_copy(&page, &bad);
    let out = env.run(&[
        "bundle",
        "verify",
        bad.to_str().unwrap(),
        "--bundle-passphrase-file",
        pw.to_str().unwrap(),
    ]);
    assert_error(&out, 6, "damaged");
    // Work factor pinned to 2^18 (the JS library refuses more than 2^20).
    let header = base64::engine::general_purpose::STANDARD
        .decode(
            std::fs::read_to_string(&age_file)
                .unwrap()
                .lines()
                .skip(1)
                .take(2)
                .collect::<String>(),
        )
        .unwrap();
    let header = String::from_utf8_lossy(&header);
    let stanza = header.lines().nth(1).unwrap();
    assert!(
        stanza.starts_with("-> scrypt ") && stanza.ends_with(" 18"),
        "{stanza}"
    );

    // Stock age opens it (it reads a passphrase from a terminal: `script`
    // gives it one).
    if Command::new("age").arg("--version").output().is_err()
        || Command::new("script").arg("--version").output().is_err()
    {
        eprintln!("note: `age` or `script` is not installed; skipping the stock-age check of the page's payload (.ci/run installs age)");
        return;
    }
    let tar = env.path("dossier.tar");
    let o = Command::new("sh")
        .arg("-c")
        .arg(r#"(sleep 1; cat "$1") | script -qec "age -d -o '$2' '$3'" /dev/null"#)
        .args([
            "sh",
            pw.to_str().unwrap(),
            tar.to_str().unwrap(),
            age_file.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stdout));
    let list = Command::new("tar").arg("-tf").arg(&tar).output().unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    for m in [
        "LISEZMOI.txt",
        "index.html",
        "manifest.yaml",
        "manifest.sig",
        "fhir/bundle.json",
    ] {
        assert!(list.lines().any(|l| l == m), "{m} not in {list}");
    }
    assert!(list.contains("documents/2025-03-01_imagerie_radio-du-genou.png"));
}

#[test]
fn html_passphrase_rules() {
    let (env, _) = env_with_docs();
    let words = wordlist();
    let p1 = env.path("a.html");
    let r1 = export_json(
        &env,
        &["--all", "-o", p1.to_str().unwrap(), "--format", "html"],
    );
    let p2 = env.path("b.html");
    let r2 = export_json(
        &env,
        &["--all", "-o", p2.to_str().unwrap(), "--format", "html"],
    );
    let (a, b) = (
        r1["passphrase"].as_str().unwrap(),
        r2["passphrase"].as_str().unwrap(),
    );
    assert_ne!(a, b, "a new passphrase each time");
    for p in [a, b] {
        let w: Vec<&str> = p.split(' ').collect();
        assert_eq!(w.len(), 8, "8 words × 11 bits = 88 bits: {p}");
        assert!(w.iter().all(|x| words.contains(*x)), "{p}");
    }
    assert_eq!(words.len(), 2048);
    // Never stored: not in the journal, nor in clear in any vault file.
    let journal = env.cmd().args(["--json", "journal"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&journal.stdout).contains(a));
    let entries: Value = serde_json::from_slice(&journal.stdout).unwrap();
    let last = entries.as_array().unwrap().last().unwrap();
    assert_eq!(last["action"], "export.create");
    assert_eq!(last["details"]["format"], "html");
    assert_eq!(last["details"]["encryption"], "passphrase");
    for f in env.vault_files() {
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !bytes.windows(a.len()).any(|w| w == a.as_bytes()),
            "{}",
            f.display()
        );
    }

    // Human output: once, on stderr, never on stdout.
    let p3 = env.path("c.html");
    let o = env
        .cmd()
        .args([
            "export",
            "--all",
            "-o",
            p3.to_str().unwrap(),
            "--format",
            "html",
        ])
        .output()
        .unwrap();
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    let line: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("passphrase (8 words, 88 bits"))
        .collect();
    assert_eq!(line.len(), 1, "{err}");
    let shown = line[0].rsplit(": ").next().unwrap();
    assert_eq!(shown.split(' ').count(), 8);
    assert!(!String::from_utf8_lossy(&o.stdout).contains(shown));
    // --quiet still prints it: nothing else keeps it.
    let p4 = env.path("d.html");
    let o = env
        .cmd()
        .args([
            "--quiet",
            "export",
            "--all",
            "-o",
            p4.to_str().unwrap(),
            "--format",
            "html",
        ])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&o.stderr).contains("passphrase (8 words, 88 bits"));

    // A given passphrase is used and not echoed; it opens the payload.
    let pw = env.write("mine.txt", b"ma phrase a moi\n");
    let p5 = env.path("e.html");
    let r = export_json(
        &env,
        &[
            "--all",
            "-o",
            p5.to_str().unwrap(),
            "--format",
            "html",
            "--bundle-passphrase-file",
            pw.to_str().unwrap(),
        ],
    );
    assert!(r["passphrase"].is_null());
    let age_file = env.path("e.age");
    sed_extract(&p5, &age_file);
    env.json(&[
        "bundle",
        "verify",
        age_file.to_str().unwrap(),
        "--bundle-passphrase-file",
        pw.to_str().unwrap(),
    ]);

    // A page opens with a passphrase only.
    let (env2, _) = env_with_docs();
    let out = env2.run(&[
        "export",
        "--all",
        "-o",
        env2.path("f.html").to_str().unwrap(),
        "--format",
        "html",
        "--recipient",
        &env2.recipient,
    ]);
    assert_error(&out, 2, "passphrase");
    assert!(!env2.path("f.html").exists());
    // The default name for a professional is .html.
    env2.cmd()
        .args(["grant", RPPS_A, "--for", "7d"])
        .assert()
        .success();
    let r = export_json(&env2, &["--for", RPPS_A, "--format", "html"]);
    let path = r["path"].as_str().unwrap();
    assert!(
        path.starts_with(&format!("carnet-{RPPS_A}-")) && path.ends_with(".html"),
        "{path}"
    );
}

// ---------- the page in a real browser ----------

/// The Python that has selenium (Debian's python3-selenium is for
/// /usr/bin/python3), or None.
fn python_with_selenium() -> Option<PathBuf> {
    for p in ["/usr/bin/python3", "python3"] {
        let ok = Command::new(p)
            .args(["-c", "import selenium"])
            .output()
            .is_ok_and(|o| o.status.success());
        if ok {
            return Some(PathBuf::from(p));
        }
    }
    None
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

/// A copy of the page with one character of the encrypted body changed
/// (still valid base64 and armor: the age layer must catch it).
fn tampered_copy(page: &Path, out: &Path) {
    let s = std::fs::read_to_string(page).unwrap();
    // The marker lines (the page's help text also names them, inline).
    let begin = s.find("\n-----BEGIN AGE ENCRYPTED FILE-----\n").unwrap() + 36;
    let end = s.find("\n-----END AGE ENCRYPTED FILE-----\n").unwrap();
    let mut at = begin + (end - begin) * 2 / 3;
    while !s.as_bytes()[at].is_ascii_alphanumeric() {
        at += 1;
    }
    let mut b = s.into_bytes();
    b[at] = if b[at] == b'A' { b'B' } else { b'A' };
    std::fs::write(out, b).unwrap();
}

#[test]
fn html_page_in_headless_chromium() {
    let Some(python) = python_with_selenium() else {
        eprintln!("SKIPPED html_page_in_headless_chromium: python3 selenium is missing (apt-get install python3-selenium; .ci/run does it)");
        return;
    };
    if !have("chromium") && !have("chromium-browser") || !have("chromedriver") {
        eprintln!("SKIPPED html_page_in_headless_chromium: chromium or chromedriver is missing (apt-get install chromium chromium-driver; .ci/run does it)");
        return;
    }
    let (env, mut docs) = env_with_docs();
    // 20 documents: the four above, hostile ones, and plain texts.
    let mut add = |file: &str, data: &[u8], title: &str, ty: &str| {
        let id = env.add(
            file,
            data,
            &["--title", title, "--type", ty, "--date", "2025-05-06"],
        );
        docs.push((id, title.to_string(), data.to_vec()));
    };
    add(
        "schema.svg",
        HOSTILE_SVG.as_bytes(),
        "Schéma piégé",
        "image",
    );
    add(
        "note.txt",
        TEXT_WITH_SCRIPT.as_bytes(),
        "Note avec du code",
        "other",
    );
    for i in 0..14 {
        add(
            &format!("suivi{i}.txt"),
            format!("Suivi n°{i}\nTension 12/8.\n").as_bytes(),
            &format!("Suivi {i}"),
            "consultation-report",
        );
    }
    assert_eq!(docs.len(), 20);
    let page = env.path("dossier.html");
    let r = export_json(
        &env,
        &["--all", "-o", page.to_str().unwrap(), "--format", "html"],
    );
    let pass = r["passphrase"].as_str().unwrap().to_string();
    let tampered = env.path("abime.html");
    tampered_copy(&page, &tampered);
    let shots = env.path("shots");
    std::fs::create_dir_all(&shots).unwrap();
    let dl = env.path("telechargements");
    let spec = serde_json::json!({
        "page": page,
        "passphrase": pass,
        // As someone might type it from the phone: capitals, accents, extra spaces.
        "passphrase_variant": format!("  {}  ", pass.to_uppercase().replacen('E', "É", 1).replace(' ', "  ")),
        "tampered": tampered,
        "download_dir": dl,
        "save": ["Radio du genou", "</script><script>alert(1)</script> & \"citation\""],
        "view_text": "Note avec du code",
        "hostile": ["</script><script>alert(1)</script> & \"citation\"", "Schéma piégé"],
        "screenshots": shots,
    });
    let spec_file = env.write("spec.json", spec.to_string().as_bytes());
    let o = Command::new(&python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/browser/check_page.py"
        ))
        .arg(&spec_file)
        .output()
        .unwrap();
    if o.status.code() == Some(3) {
        eprintln!(
            "SKIPPED html_page_in_headless_chromium: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        return;
    }
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&o.stdout)));
    assert!(v.get("timeout").is_none(), "{v:#}");

    // The page ran at all: its CSP hashes are right (else nothing runs).
    assert!(v["console"].as_array().unwrap().is_empty(), "{v:#}");
    // Wrong passphrase: French, nothing shown.
    assert!(
        v["wrong"]["error"]
            .as_str()
            .unwrap()
            .starts_with("Phrase secrète incorrecte"),
        "{v:#}"
    );
    assert_eq!(v["wrong"]["index_shown"], false);
    // The index.
    assert_eq!(v["error_shown"], false);
    assert_eq!(v["password_cleared"], true);
    let info = v["info"].as_str().unwrap();
    assert!(
        info.contains("Camille Martin") && info.contains("le patient lui-même"),
        "{info}"
    );
    assert!(info.contains(r["signer"].as_str().unwrap()), "{info}");
    let rows = v["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 20);
    let row = |title: &str| {
        rows.iter()
            .find(|r| r["cells"][2] == title)
            .unwrap_or_else(|| panic!("no row {title}"))
    };
    let bilan = row("Bilan sanguin");
    assert_eq!(bilan["cells"][0], "03/02/2025");
    assert_eq!(bilan["cells"][1], "CR d'examens biologiques");
    assert!(rows
        .iter()
        .any(|r| r["cells"][3] == "Dr Jean Bernard (RPPS 10100000008)"));
    let trap = row("</script><script>alert(1)</script> & \"citation\"");
    assert_eq!(trap["cells"][4], "masqué aux professionnels");
    // Hostile types: download only.
    for (t, buttons) in v["hostile"].as_object().unwrap() {
        assert_eq!(buttons, &serde_json::json!(["Enregistrer"]), "{t}");
    }
    assert_eq!(
        row("Radio du genou")["buttons"],
        serde_json::json!(["Afficher", "Enregistrer"])
    );
    // Saved bytes are the originals.
    for (title, name) in v["saved"].as_object().unwrap() {
        let name = name
            .as_str()
            .unwrap_or_else(|| panic!("{title} was not saved: {v:#}"));
        let saved = std::fs::read(dl.join(name)).unwrap();
        let orig = &docs.iter().find(|d| &d.1 == title).unwrap().2;
        assert_eq!(&saved, orig, "{title}");
    }
    // A text holding a script is shown as text, in a frame that runs nothing.
    assert_eq!(v["frame_sandbox"], "");
    assert!(
        v["frame_text"].as_str().unwrap().contains("<script>"),
        "{v:#}"
    );
    assert_eq!(v["no_alert"], true);
    assert_eq!(v["title_unchanged"], true);
    assert!(v["pwned_marker"].is_null(), "{v:#}");
    // The tampered copy: refused, nothing shown. The passphrase variant got
    // past the passphrase check (damaged, not "incorrecte"): the page
    // normalises what was typed.
    let t = &v["tampered"];
    assert!(t["error"].as_str().unwrap().contains("endommagé"), "{t}");
    assert!(t["damage"].as_str().unwrap().starts_with("age:"), "{t}");
    assert_eq!(t["index_shown"], false);
    assert_eq!(t["rows"], 0);

    let secs = v["open_seconds"].as_f64().unwrap();
    let size = std::fs::metadata(&page).unwrap().len();
    eprintln!(
        "html bundle of 20 documents ({size} bytes): opened in headless Chromium in {secs:.2} s (in-page {} ms: scrypt 2^18, decryption, checks)",
        v["opened_ms_in_page"].as_str().unwrap_or("?")
    );
    // Screenshots for the docs, refreshed on demand.
    if std::env::var_os("CARNET_UPDATE_SCREENSHOTS").is_some() {
        let to = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/images");
        std::fs::create_dir_all(&to).unwrap();
        for f in ["html-bundle-index.png", "html-bundle-error.png"] {
            std::fs::copy(shots.join(f), to.join(f)).unwrap();
        }
    }

    // An emergency bundle as a page: it carries fhir/patient-summary.json,
    // which the page must accept as a member (it once showed "damaged").
    let urgent = env.path("urgence.html");
    let r = export_json(
        &env,
        &[
            "--emergency",
            "break-glass",
            "-o",
            urgent.to_str().unwrap(),
            "--format",
            "html",
        ],
    );
    let spec = serde_json::json!({
        "page": urgent,
        "passphrase": r["passphrase"],
        "open_only": true,
        "timeout": 30,
        "download_dir": env.path("telechargements-urgence"),
    });
    let spec_file = env.write("spec-urgence.json", spec.to_string().as_bytes());
    let o = Command::new(&python)
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/browser/check_page.py"
        ))
        .arg(&spec_file)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(
        v.get("timeout").is_none(),
        "the emergency page did not open: {v:#}"
    );
    assert!(v["rows"].as_u64().unwrap() > 0, "{v:#}");
}
