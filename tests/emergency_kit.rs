//! `carnet emergency kit -o DIR` through the binary: what the kit holds
//! (the self-opening page whose payload verifies, the printable summary,
//! the wallet card read back with `pdftotext`), the passphrase on the card
//! only when asked, the directory's rules (new or empty, `--force` only
//! over a previous kit, 0700), a refusal by the emergency consents, a kill
//! -9 on the way, and `status` saying when the kit is stale.
mod common;
use common::*;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const FILES: [&str; 4] = [
    "LISEZMOI.txt",
    "carte-urgence.pdf",
    "dossier-urgence.html",
    "synthese-medicale.pdf",
];

/// A vault with a profile worth a card and one document.
fn env_with_profile() -> Env {
    let env = Env::bare();
    env.cmd()
        .args([
            "init",
            "--name",
            "Camille Martin",
            "--birth-date",
            "1980-02-15",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ])
        .assert()
        .success();
    for args in [
        &["add", "allergy", "Arachide", "--severity", "moderate"][..],
        &["add", "allergy", "Pénicilline", "--severity", "high"],
        &["add", "treatment", "Lévothyrox", "--dose", "75 µg/j"],
        &[
            "add",
            "contact",
            "Marie Martin",
            "--role",
            "spouse",
            "--phone",
            "06 12 34 56 78",
        ],
        &["set", "blood-group", "A-"],
    ] {
        let mut a = vec!["medical"];
        a.extend_from_slice(args);
        env.cmd().args(&a).assert().success();
    }
    env.add(
        "cr.txt",
        b"Compte rendu de consultation",
        &["--type", "consultation-report"],
    );
    env
}

fn kit(env: &Env, dir: &Path, extra: &[&str]) -> Value {
    let mut a = vec!["emergency", "kit", "-o", dir.to_str().unwrap()];
    a.extend_from_slice(extra);
    env.json(&a)
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout", "-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed: .ci/run installs it");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn page_size(pdf: &Path) -> (String, usize) {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8(out.stdout).unwrap();
    let field = |k: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(k))
            .unwrap()
            .trim()
            .to_string()
    };
    (field("Page size:"), field("Pages:").parse().unwrap())
}

/// Words separated by single spaces, whatever lines the PDF broke them on.
fn flat(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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

fn kit_status(env: &Env) -> Value {
    env.json(&["status"])["emergency_kit"].clone()
}

#[test]
fn the_kit_holds_a_page_whose_bundle_verifies_the_summary_and_a_card() {
    let env = env_with_profile();
    let dir = env.path("urgence");
    let r = kit(&env, &dir, &[]);

    // The report, and the passphrase shown once, in the JSON.
    assert_eq!(r["kit"], dir.to_str().unwrap());
    assert_eq!(r["mode"], "break-glass");
    assert_eq!(r["documents"], 1);
    assert_eq!(r["patient_summary"], true);
    assert_eq!(r["passphrase_on_card"], false);
    let pass = r["passphrase"].as_str().unwrap().to_string();
    assert_eq!(pass.split(' ').count(), 8, "{pass}");
    let files: Vec<&str> = r["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert_eq!(files.len(), 4);
    assert!(files.iter().all(|f| Path::new(f).exists()), "{files:?}");

    // Only the kit's files, private; nothing left beside it.
    assert_eq!(names(&dir), FILES);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for f in FILES {
        assert_eq!(mode(&dir.join(f)), 0o600, "{f}");
    }
    assert!(
        !names(env.dir.path()).iter().any(|n| n.ends_with(".tmp")),
        "{:?}",
        names(env.dir.path())
    );

    // The page is the html export's: its payload verifies, signed by this
    // vault, and carries the document and the patient summary.
    let page = dir.join("dossier-urgence.html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<input type=\"password\""));
    assert!(html.contains("Content-Security-Policy"));
    let age_file = env.path("dossier.age");
    sed_extract(&page, &age_file);
    let pw = env.write("pass.txt", format!("{pass}\n").as_bytes());
    let signer = env.json(&["status"])["signing_key_fingerprint"].clone();
    assert_eq!(r["signer"], signer);
    let v = env.json(&[
        "bundle",
        "verify",
        age_file.to_str().unwrap(),
        "--bundle-passphrase-file",
        pw.to_str().unwrap(),
        "--signer",
        signer.as_str().unwrap(),
    ]);
    assert_eq!(v["documents"], 1, "{v}");
    assert_eq!(v["bundle"], r["bundle"]);
    let opened = env.path("ouvert");
    env.cmd()
        .args([
            "bundle",
            "open",
            page.to_str().unwrap(),
            "--bundle-passphrase-file",
            pw.to_str().unwrap(),
            "-o",
            opened.to_str().unwrap(),
        ])
        .assert()
        .success();
    let ips: Value =
        serde_json::from_slice(&std::fs::read(opened.join("fhir/patient-summary.json")).unwrap())
            .unwrap();
    assert_eq!(ips["type"], "document");
    assert!(ips.to_string().contains("Pénicilline"));

    // The card: name, blood group, key allergies (most severe first), the
    // person to call, how to open the kit; two card-sized pages; never
    // the passphrase unless asked.
    let card = dir.join("carte-urgence.pdf");
    assert_eq!(page_size(&card), ("242.65 x 153.07 pts".to_string(), 2));
    let text = flat(&pdf_text(&card));
    for want in [
        "Camille Martin",
        "15/02/1980",
        "Groupe sanguin : A- (A négatif)",
        "Pénicilline (sévère)",
        "Arachide (modérée)",
        "Marie Martin (conjoint), tél. 06 12 34 56 78",
        "dossier-urgence.html",
        "la demander au patient ou à ses proches",
    ] {
        assert!(text.contains(want), "card lacks {want:?}: {text}");
    }
    assert!(
        text.find("Pénicilline").unwrap() < text.find("Arachide").unwrap(),
        "{text}"
    );
    assert!(!text.contains(&pass), "{text}");
    for word in pass.split(' ') {
        assert!(!text.contains(word), "passphrase word {word} on the card");
    }

    // The summary is the printable summary.
    let summary = flat(&pdf_text(&dir.join("synthese-medicale.pdf")));
    assert!(summary.contains("Synthèse médicale — Camille Martin"));
    assert!(summary.contains("Lévothyrox, 75 µg/j"), "{summary}");
    let readme = std::fs::read_to_string(dir.join("LISEZMOI.txt")).unwrap();
    assert!(readme.contains(signer.as_str().unwrap()), "{readme}");
    assert!(!readme.contains(&pass));

    // Journaled: the export and the kit; the vault checks.
    let j = env.json(&["journal", "--action", "emergency.kit"]);
    let e = &j.as_array().unwrap()[0];
    assert_eq!(e["target"], r["bundle"]);
    assert_eq!(e["details"]["passphrase_on_card"], false);
    assert!(!e.to_string().contains(&pass));
    let x = env.json(&["journal", "--action", "export.create"]);
    assert_eq!(x.as_array().unwrap()[0]["details"]["format"], "html");
    assert_eq!(env.json(&["check"])["ok"], true);
    // Nothing the vault keeps holds the passphrase.
    let sealed = env.json(&["journal"]).to_string();
    assert!(!sealed.contains(&pass));
}

#[test]
fn the_passphrase_is_on_the_card_only_when_asked() {
    let env = env_with_profile();
    let dir = env.path("avec");
    let r = kit(&env, &dir, &["--print-passphrase"]);
    assert_eq!(r["passphrase_on_card"], true);
    let pass = r["passphrase"].as_str().unwrap();
    let text = flat(&pdf_text(&dir.join("carte-urgence.pdf")));
    assert!(text.contains(pass), "{pass} not in {text}");
    assert!(!text.contains("la demander au patient"), "{text}");
    let j = env.json(&["journal", "--action", "emergency.kit"]);
    assert_eq!(j[0]["details"]["passphrase_on_card"], true);

    // A passphrase of the holder's choosing: used, printed when asked,
    // never echoed back.
    let pw = env.write("mienne.txt", b"cheval correct agrafe batterie\n");
    let dir2 = env.path("choisie");
    let r = kit(
        &env,
        &dir2,
        &[
            "--bundle-passphrase-file",
            pw.to_str().unwrap(),
            "--print-passphrase",
        ],
    );
    assert!(r["passphrase"].is_null(), "{r}");
    let text = flat(&pdf_text(&dir2.join("carte-urgence.pdf")));
    assert!(text.contains("cheval correct agrafe batterie"), "{text}");
    let age_file = env.path("d2.age");
    sed_extract(&dir2.join("dossier-urgence.html"), &age_file);
    env.json(&[
        "bundle",
        "verify",
        age_file.to_str().unwrap(),
        "--bundle-passphrase-file",
        pw.to_str().unwrap(),
    ]);

    // For people: the passphrase once on stderr.
    let dir3 = env.path("humain");
    let (code, stdout, stderr) = env.run(&["emergency", "kit", "-o", dir3.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.is_empty(), "{stdout}");
    assert!(stderr.contains("emergency kit written to"), "{stderr}");
    assert_eq!(stderr.matches("passphrase (8 words").count(), 1, "{stderr}");
}

#[test]
fn status_says_when_the_kit_is_older_than_the_profile() {
    let env = env_with_profile();
    let k = kit_status(&env);
    assert_eq!(k["state"], "never");
    assert!(k["made_at"].is_null());
    let (_, out, _) = env.run(&["status"]);
    assert!(out.contains("Emergency kit   never made"), "{out}");

    let dir = env.path("urgence");
    let r = kit(&env, &dir, &[]);
    let k = kit_status(&env);
    assert_eq!(k["state"], "up-to-date", "{k}");
    assert_eq!(k["bundle"], r["bundle"]);
    assert_eq!(k["made_at"], r["made_at"]);
    assert_eq!(k["mode"], "break-glass");
    assert_eq!(k["changed"], serde_json::json!([]));
    let (_, out, _) = env.run(&["status"]);
    assert!(out.contains("up to date"), "{out}");

    // Reading changes nothing, nor does a new vault key (the blobs are
    // renamed, the documents stay); a medical add makes it stale.
    env.json(&["medical", "show"]);
    env.json(&["rekey"]);
    assert_eq!(kit_status(&env)["state"], "up-to-date");
    env.cmd()
        .args(["medical", "add", "allergy", "Latex", "--severity", "high"])
        .assert()
        .success();
    let k = kit_status(&env);
    assert_eq!(k["state"], "stale");
    assert_eq!(k["changed"], serde_json::json!(["profile"]));
    let (_, out, _) = env.run(&["status"]);
    let line = out
        .lines()
        .find(|l| l.starts_with("Emergency kit"))
        .unwrap();
    assert!(line.contains("stale (profile changed since)"), "{line}");
    assert!(line.contains("carnet emergency kit"), "{line}");

    // Documents and consents count too.
    env.add("bio.txt", b"Biologie", &["--type", "lab-report"]);
    env.cmd()
        .args(["emergency", "set", "--samu", "deny"])
        .assert()
        .success();
    assert_eq!(
        kit_status(&env)["changed"],
        serde_json::json!(["profile", "documents", "consents"])
    );

    // A new kit over the old one is up to date again.
    let r2 = kit(&env, &dir, &["--force"]);
    assert_ne!(r2["bundle"], r["bundle"]);
    let k = kit_status(&env);
    assert_eq!(k["state"], "up-to-date", "{k}");
    assert_eq!(k["bundle"], r2["bundle"]);
    let card = flat(&pdf_text(&dir.join("carte-urgence.pdf")));
    assert!(card.contains("Latex (sévère)"), "{card}");
}

#[test]
fn a_directory_that_is_not_empty_is_refused_and_force_replaces_only_a_kit() {
    let env = env_with_profile();
    let before = env.json(&["journal"]).as_array().unwrap().len();

    // Someone's folder: refused, with or without --force, and left as it is.
    let dir = env.path("papiers");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("impots.pdf"), b"mine").unwrap();
    let out = env.run(&["emergency", "kit", "-o", dir.to_str().unwrap()]);
    assert_error(&out, 2, "is not empty");
    assert!(out.2.contains("--force"), "{}", out.2);
    let out = env.run(&["emergency", "kit", "-o", dir.to_str().unwrap(), "--force"]);
    assert_error(&out, 2, "not part of a kit");
    assert_eq!(names(&dir), ["impots.pdf"]);
    assert_eq!(std::fs::read(dir.join("impots.pdf")).unwrap(), b"mine");
    // A file, and a missing parent.
    let file = env.write("fichier", b"x");
    assert_error(
        &env.run(&["emergency", "kit", "-o", file.to_str().unwrap()]),
        2,
        "not a directory",
    );
    let deep = env.path("nulle/part/urgence");
    assert_error(
        &env.run(&["emergency", "kit", "-o", deep.to_str().unwrap()]),
        2,
        "does not exist",
    );
    assert_error(&env.run(&["emergency", "kit", "-o", "."]), 2, "cannot be");
    assert_eq!(
        env.json(&["journal"]).as_array().unwrap().len(),
        before,
        "a refused kit changes nothing"
    );
    assert!(
        !names(env.dir.path()).iter().any(|n| n.ends_with(".tmp")),
        "{:?}",
        names(env.dir.path())
    );

    // An empty directory is used; a previous kit is replaced with --force.
    let empty = env.path("vide");
    std::fs::create_dir(&empty).unwrap();
    let r1 = kit(&env, &empty, &[]);
    assert_eq!(names(&empty), FILES);
    let out = env.run(&["emergency", "kit", "-o", empty.to_str().unwrap()]);
    assert_error(&out, 2, "is not empty");
    let r2 = kit(&env, &empty, &["--force"]);
    assert_ne!(r1["bundle"], r2["bundle"]);
    assert_eq!(names(&empty), FILES);
    let page = std::fs::read_to_string(empty.join("dossier-urgence.html")).unwrap();
    let readme = std::fs::read_to_string(empty.join("LISEZMOI.txt")).unwrap();
    assert!(readme.contains(r2["bundle"].as_str().unwrap()), "{readme}");
    assert!(page.contains("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(
        !names(env.dir.path()).iter().any(|n| n.ends_with(".tmp")),
        "the previous kit was left: {:?}",
        names(env.dir.path())
    );
    assert_eq!(env.json(&["check"])["ok"], true);
}

#[test]
fn a_kit_the_consents_refuse_is_journaled_and_writes_nothing() {
    let env = env_with_profile();
    env.cmd()
        .args(["emergency", "set", "--break-glass", "deny"])
        .assert()
        .success();
    let dir = env.path("urgence");
    let out = env.run(&["emergency", "kit", "-o", dir.to_str().unwrap()]);
    assert_eq!(out.0, 5, "{}", out.2);
    assert!(out.2.contains("hint:"), "{}", out.2);
    assert!(!dir.exists());
    assert!(!names(env.dir.path()).iter().any(|n| n.ends_with(".tmp")));
    let refused = env.json(&["journal", "--action", "export.refused"]);
    assert_eq!(refused.as_array().unwrap().len(), 1);
    assert_eq!(kit_status(&env)["state"], "never");
    // The SAMU may still be given one.
    let r = kit(&env, &dir, &["--mode", "samu"]);
    assert_eq!(r["mode"], "samu");
    assert_eq!(kit_status(&env)["mode"], "samu");
}

/// Waits for an entry of `dir` whose name holds `part`, while `child` runs.
fn wait_for(dir: &Path, part: &str, child: &mut std::process::Child) -> PathBuf {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(p) = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().contains(part))
        {
            return p;
        }
        if let Some(st) = child.try_wait().unwrap() {
            panic!("the kit ended ({st}) before {part} was seen");
        }
        assert!(Instant::now() < deadline, "no {part} in {}", dir.display());
        std::thread::sleep(Duration::from_millis(1));
    }
}

#[test]
fn a_kit_killed_on_the_way_leaves_a_directory_that_check_repair_removes() {
    let env = env_with_profile();
    // A large document, so that the bundle is still being written.
    let big: Vec<u8> = (0..24u32 << 20)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    env.add("scanner.bin", &big, &[]);
    let out = env.path("sorties");
    std::fs::create_dir(&out).unwrap();
    let dir = out.join("urgence");
    let mut child = env
        .std_cmd()
        .args(["emergency", "kit", "-o", dir.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let tmp = wait_for(&out, ".urgence.", &mut child);
    // The summary in clear is in it before the bundle is written.
    wait_for(&tmp, "synthese-medicale.pdf", &mut child);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(tmp.is_dir());
    assert!(!dir.exists());

    let v = env.json(&["check"]);
    assert_eq!(v["ok"], true, "{v}");
    assert!(
        v["warnings"]
            .to_string()
            .contains(&tmp.display().to_string()),
        "{v}"
    );
    let v = env.json(&["check", "--repair"]);
    assert!(v["repaired"].as_u64().unwrap() >= 1, "{v}");
    assert!(!tmp.exists(), "check --repair left {}", tmp.display());
    assert_eq!(env.json(&["check"])["warnings"], serde_json::json!([]));
    assert_eq!(kit_status(&env)["state"], "never");
    // And the next kit goes through.
    kit(&env, &dir, &[]);
    assert_eq!(names(&dir), FILES);
}

/// The back of the card rendered at `dpi` (poppler's `pdftoppm`), as a
/// greyscale image: (width, height, pixels).
fn render_back(card: &Path, dpi: u32, dir: &Path) -> (usize, usize, Vec<u8>) {
    let prefix = dir.join("verso");
    let o = Command::new("pdftoppm")
        .args([
            "-r",
            &dpi.to_string(),
            "-gray",
            "-f",
            "2",
            "-l",
            "2",
            "-singlefile",
        ])
        .arg(card)
        .arg(&prefix)
        .output()
        .expect("pdftoppm (poppler-utils)");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let pgm = std::fs::read(prefix.with_extension("pgm")).unwrap();
    // P5 header: magic, width, height, maxval, each after whitespace.
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8(pgm[start..i].to_vec()).unwrap());
    }
    assert_eq!(fields[0], "P5");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = pgm[i + 1..].to_vec();
    assert_eq!(pixels.len(), w * h);
    (w, h, pixels)
}

#[test]
fn the_card_qr_code_reads_back_and_names_the_kit_not_the_passphrase() {
    let env = env_with_profile();
    let dir = env.path("urgence");
    let r = kit(&env, &dir, &["--print-passphrase"]);
    // 300 dpi: what an ordinary printer makes of it.
    let (w, h, px) = render_back(&dir.join("carte-urgence.pdf"), 300, env.dir.path());
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| px[y * w + x]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the back");
    let (_, text) = grids[0].decode().unwrap();
    assert_eq!(
        text,
        format!(
            "CARNET KIT D'URGENCE\nFICHIER dossier-urgence.html\nDOSSIER {}\nSIGNATAIRE {}",
            r["bundle"].as_str().unwrap(),
            r["signer"].as_str().unwrap()
        )
    );
    let pass = r["passphrase"].as_str().unwrap();
    assert!(!pass.split(' ').any(|w| text.contains(w)), "{text}");
}
