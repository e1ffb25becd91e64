//! Issue 17, French input, search for people and help that reads well:
//! French type names, `JJ/MM/AAAA` dates, French durations, identifiers
//! typed with separators, searches that ignore case and accents and find
//! authors, and a help line for every option with the global options
//! under their own heading.

mod common;

use carnet::cli::docs;
use common::*;

/// Every argument of every command, positionals included: `(command, arg id)`
/// for those without a help line.
fn args_without_help() -> Vec<(String, String)> {
    let mut missing = Vec::new();
    for cmd in docs::commands() {
        let bin = cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string();
        for arg in cmd.get_arguments() {
            let id = arg.get_id().as_str();
            if id == "help" || id == "version" {
                continue;
            }
            let blank = |s: Option<&clap::builder::StyledStr>| {
                s.is_none_or(|h| h.to_string().trim().is_empty())
            };
            if blank(arg.get_help())
                || (arg.get_long_help().is_some() && blank(arg.get_long_help()))
            {
                missing.push((bin.clone(), id.to_string()));
            }
        }
    }
    missing
}

#[test]
fn every_option_of_every_command_has_a_help_line() {
    let cmds = docs::commands();
    assert!(cmds.len() > 20, "walked only {} commands", cmds.len());
    let missing = args_without_help();
    assert!(
        missing.is_empty(),
        "options without a help line (add a `///` doc comment in src/cli/): {missing:#?}"
    );
}

#[test]
fn global_options_stand_under_their_own_heading_after_the_command_options() {
    // Every command's help, as clap renders it (`-h` and `--help` alike).
    for mut cmd in docs::commands() {
        let bin = cmd.get_bin_name().unwrap_or("carnet").to_string();
        for text in [
            cmd.render_help().to_string(),
            cmd.render_long_help().to_string(),
        ] {
            let global = text
                .find("\nGlobal options:\n")
                .unwrap_or_else(|| panic!("{bin}: no \"Global options\" heading:\n{text}"));
            let own = text
                .find("\nOptions:\n")
                .unwrap_or_else(|| panic!("{bin}: no \"Options\" heading:\n{text}"));
            assert!(own < global, "{bin}: global options come first:\n{text}");
            let globals = &text[global..];
            for flag in ["--vault", "--identity", "--json", "--quiet", "--color"] {
                assert!(
                    globals.contains(flag),
                    "{bin}: {flag} not under Global options:\n{text}"
                );
                assert!(
                    !text[own..global].contains(&format!(" {flag} ")),
                    "{bin}: {flag} among the command's own options:\n{text}"
                );
            }
        }
    }
    // And as the binary prints it.
    let env = Env::bare();
    for flag in ["-h", "--help"] {
        let (code, out, _) = env.run(&["list", flag]);
        assert_eq!(code, 0);
        let own = out.find("Options:").unwrap();
        let global = out.find("Global options:").unwrap();
        assert!(own < global, "{out}");
        for opt in [
            "--type",
            "--author",
            "--tag",
            "--since",
            "--until",
            "--unmasked",
            "--limit",
        ] {
            let line = out[own..global]
                .lines()
                .find(|l| l.contains(&format!("{opt} ")))
                .unwrap_or_else(|| panic!("{opt} missing:\n{out}"));
            // A help line: text after the option and its value name.
            let after = line.split_once(opt).unwrap().1.trim_start();
            let words = after.split_whitespace().skip_while(|w| w.starts_with('<'));
            assert!(
                words.count() >= 2,
                "{opt} has no help in `list {flag}`: {line:?}"
            );
        }
    }
}

#[test]
fn french_type_names_are_accepted_wherever_a_type_is_typed() {
    let env = Env::new();
    env.cmd()
        .args(["pro", "add", RPPS_A, "--name", "Dr Claire Dubois"])
        .assert()
        .success();
    let v = env.json(&[
        "add",
        env.write("a.pdf", b"a").to_str().unwrap(),
        "--type",
        "ordonnance",
    ]);
    assert_eq!(v[0]["type"], "prescription", "{v}");
    let id = v[0]["id"].as_str().unwrap().to_string();
    let bio = env.add("b.txt", b"b", &["--type", "Biologie"]);
    env.cmd()
        .args(["edit", &id, "--type", "Lettre-de-liaison"])
        .assert()
        .success();
    let shown = env.json(&["list", "--type", "lettre-de-liaison"]);
    assert_eq!(shown.as_array().unwrap().len(), 1, "{shown}");
    assert_eq!(shown[0]["type"], "discharge-letter");
    // Accents and case optional, short names and French names mixed.
    let both = env.json(&["list", "--type", "BIOLOGIE", "--type", "discharge-letter"]);
    assert_eq!(both.as_array().unwrap().len(), 2, "{both}");
    assert_eq!(
        env.json(&["list", "--type", "biologie"])[0]["id"],
        bio.as_str()
    );
    // A sidecar, with accents.
    env.write("c.txt", b"c");
    env.write("c.txt.yaml", "type: synthèse-médicale\n".as_bytes());
    let v = env.json(&["add", env.path("c.txt").to_str().unwrap()]);
    assert_eq!(v[0]["type"], "patient-summary", "{v}");
    assert_eq!(
        env.json(&["list", "--type", "synthese-medicale"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // A grant's scope: stored and printed with the short name.
    let g = env.json(&[
        "grant",
        RPPS_A,
        "--for",
        "7j",
        "--type",
        "imagerie",
        "--type",
        "compte-rendu-opératoire",
    ]);
    assert_eq!(
        g["scope"]["types"],
        serde_json::json!(["imaging-report", "surgery-report"]),
        "{g}"
    );
    // An unknown name: exit 2, the hint lists the French names, nothing changed.
    let before = env.json(&["list"]);
    let out = env.run(&["edit", &id, "--type", "radiographie"]);
    assert_error(&out, 2, "unknown document type");
    assert!(
        out.2.contains("ordonnance") && out.2.contains("biologie"),
        "{}",
        out.2
    );
    assert_eq!(env.json(&["list"]), before);
}

#[test]
fn french_dates_and_durations_wherever_they_are_typed() {
    let env = Env::bare();
    env.cmd()
        .args([
            "init",
            "--name",
            "Camille Martin",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ])
        .args(["--birth-date", "07/12/1984"])
        .assert()
        .success();
    let a = env.add("a.txt", b"a", &["--date", "15/01/2027"]);
    let b = env.add("b.txt", b"b", &["--date", "3/2/2027"]);
    let docs = env.json(&["list"]);
    let date_of = |id: &str| {
        docs.as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == id)
            .unwrap()["date"]
            .clone()
    };
    assert_eq!(date_of(&a), "2027-01-15");
    assert_eq!(date_of(&b), "2027-02-03");
    let ids = |args: &[&str]| -> Vec<String> {
        env.json(args)
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids(&["list", "--since", "01/02/2027"]), vec![b.clone()]);
    assert_eq!(ids(&["list", "--until", "31/01/2027"]), vec![a.clone()]);
    assert_eq!(
        ids(&["list", "--since", "15/01/2027", "--until", "2027-01-15"]),
        vec![a.clone()]
    );
    // A sidecar's date.
    env.write("c.txt", b"c");
    env.write("c.txt.yaml", b"date: 14/03/2026\n");
    let v = env.json(&["add", env.path("c.txt").to_str().unwrap()]);
    assert_eq!(v[0]["date"], "2026-03-14", "{v}");
    // The medical profile's dates.
    let vac = env.json(&[
        "medical",
        "add",
        "vaccination",
        "Boostrixtetra",
        "--date",
        "10/09/2025",
    ]);
    assert!(vac.to_string().contains("2025-09-10"), "{vac}");
    // Grants: --until a French date, --for a French duration.
    env.cmd()
        .args(["pro", "add", RPPS_A, "--name", "Dr Claire Dubois"])
        .assert()
        .success();
    env.cmd()
        .args(["pro", "add", RPPS_B, "--name", "Dr Marc Leroy"])
        .assert()
        .success();
    let span = |g: &serde_json::Value| {
        let t = |k: &str| {
            time::OffsetDateTime::parse(
                g[k].as_str().unwrap(),
                &time::format_description::well_known::Rfc3339,
            )
            .unwrap()
        };
        t("expires_at") - t("created_at")
    };
    let g = env.json(&["grant", RPPS_A, "--for", "7j"]);
    assert_eq!(span(&g), time::Duration::days(7), "{g}");
    let g = env.json(&["grant", RPPS_B, "--for", "2sem"]);
    assert_eq!(span(&g), time::Duration::days(14), "{g}");
    env.cmd().args(["revoke", RPPS_B]).assert().success();
    let g = env.json(&["grant", RPPS_B, "--for", "3mois"]);
    assert!(
        (span(&g) - time::Duration::days(91)).whole_hours().abs() <= 24,
        "{g}"
    );
    let far = env.json(&["grant", RPPS_A, "--until", "15/01/2099"]);
    assert!(
        far["expires_at"].as_str().unwrap().starts_with("2099-01-1"),
        "{far}"
    );
    // Refused: impossible dates, unknown units; exit 2, a hint, no change.
    let before = env.json(&["list"]);
    for (args, needle) in [
        (
            vec!["edit", a.as_str(), "--date", "31/02/2027"],
            "invalid date",
        ),
        (vec!["list", "--since", "15/13/2027"], "invalid date"),
        (
            vec!["grant", RPPS_A, "--for", "3 lunes"],
            "invalid duration",
        ),
    ] {
        let out = env.run(&args);
        assert_error(&out, 2, needle);
    }
    let out = env.run(&["edit", &a, "--date", "31/02/2027"]);
    assert!(out.2.contains("JJ/MM/AAAA"), "{}", out.2);
    assert_eq!(env.json(&["list"]), before);
}

#[test]
fn rpps_and_ins_typed_with_spaces_dots_or_dashes() {
    let env = Env::bare();
    env.cmd()
        .args([
            "init",
            "--name",
            "Camille Martin",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ])
        .args(["--ins", "1.84.12.76.451.089.46"])
        .assert()
        .success();
    let vault = env.unlock_library();
    let ins = carnet::vault::meta::get(&vault.load().unwrap(), carnet::vault::meta::Key::Ins);
    assert_eq!(ins.unwrap().as_deref(), Some("184127645108946"));
    env.cmd()
        .args(["pro", "add", "10 00345 678 6", "--name", "Dr Claire Dubois"])
        .assert()
        .success();
    let pros = env.json(&["pro", "list"]);
    assert_eq!(pros[0]["rpps"], RPPS_A, "{pros}");
    env.add("a.txt", b"a", &["--author", "1-00-03-456-786"]);
    // A sidecar's author, as printed on a letter.
    env.write("b.txt", b"b");
    env.write("b.txt.yaml", b"author: \"10 00345 678 6\"\n");
    env.json(&["add", env.path("b.txt").to_str().unwrap()]);
    let by_a = env.json(&["list", "--author", "100.034.567.86"]);
    assert_eq!(by_a.as_array().unwrap().len(), 2, "{by_a}");
    assert!(
        by_a.as_array()
            .unwrap()
            .iter()
            .all(|d| d["author"] == RPPS_A),
        "{by_a}"
    );
    env.cmd()
        .args(["grant", "10 00345 678 6", "--for", "1j"])
        .assert()
        .success();
    env.cmd()
        .args(["revoke", "10 00345 678 6"])
        .assert()
        .success();
    // The check digit is still checked once the separators are gone.
    let out = env.run(&["pro", "add", "10 00345 678 7", "--name", "X"]);
    assert_eq!(out.0, 2, "{}", out.2);
    assert!(
        out.2.contains("10003456787") && out.2.contains("check digit"),
        "{}",
        out.2
    );
    let bad = Env::bare();
    let out = bad.run(&[
        "init",
        "--name",
        "C",
        "--no-passphrase",
        "--recipient",
        &bad.recipient,
        "--ins",
        "1 84 12 76 451 089 47",
    ]);
    assert_error(&out, 2, "INS");
    assert!(!bad.vault.exists());
}

#[test]
fn search_and_tags_ignore_case_and_accents_and_find_authors() {
    let env = Env::new();
    env.cmd()
        .args([
            "pro",
            "add",
            RPPS_A,
            "--name",
            "Dr Éloïse Durand",
            "--specialty",
            "Cardiologie",
        ])
        .assert()
        .success();
    let chol = env.add(
        "bilan.txt",
        b"a",
        &["--tag", "cholesterol", "--title", "Bilan lipidique"],
    );
    let grippe = env.add(
        "vaccin.txt",
        b"b",
        &["--tag", "saisonnière", "--title", "Vaccin grippe"],
    );
    let ecg = env.add(
        "ecg-effort.txt",
        b"c",
        &["--author", RPPS_A, "--title", "Épreuve d'effort"],
    );
    let found = |args: &[&str]| -> Vec<String> {
        let mut a = vec!["list"];
        a.extend_from_slice(args);
        let mut v: Vec<String> = env
            .json(&a)
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    assert_eq!(found(&["--search", "cholestérol"]), vec![chol.clone()]);
    assert_eq!(found(&["--search", "SAISONNIERE"]), vec![grippe.clone()]);
    assert_eq!(found(&["--tag", "Cholestérol"]), vec![chol.clone()]);
    assert_eq!(found(&["--tag", "saisonniere"]), vec![grippe.clone()]);
    assert!(
        found(&["--tag", "saison"]).is_empty(),
        "a tag filter matches whole tags"
    );
    // Titles, file names, authors' names and specialties.
    assert_eq!(found(&["--search", "epreuve"]), vec![ecg.clone()]);
    assert_eq!(found(&["--search", "ECG-EFF"]), vec![ecg.clone()]);
    assert_eq!(found(&["--search", "eloise"]), vec![ecg.clone()]);
    assert_eq!(found(&["--search", "cardiologie"]), vec![ecg.clone()]);
    // Decomposed accents (as some keyboards and file systems write them).
    assert_eq!(
        found(&["--search", "E\u{301}loi\u{308}se"]),
        vec![ecg.clone()]
    );
    assert!(found(&["--search", "ordonnance"]).is_empty());
    // The human table too.
    let (code, out, _) = env.run(&["list", "--search", "dürand"]);
    assert_eq!(code, 0);
    assert!(out.contains(&ecg) && !out.contains(&chol), "{out}");
}
