//! Human output for people where they are: times in the local zone with
//! their offset (JSON stays RFC 3339 UTC), professionals by name rather
//! than by RPPS, and long listings through a pager on a terminal only.

mod common;
use common::*;

const DUBOIS: &str = "10003456786";
const UNKNOWN: &str = "10100000008";

/// A vault with Dr Dubois known, primary doctor, granted until two fixed
/// instants (one in winter, one in summer), and two documents: one by
/// her, masked from her, one by a professional the vault does not know.
fn people_env() -> (Env, String, String) {
    let env = Env::new();
    let ok = |args: &[&str]| {
        let (code, _, err) = env.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
    };
    ok(&["pro", "add", DUBOIS, "--name", "Dr Marie Dubois"]);
    ok(&["pro", "primary", DUBOIS]);
    ok(&["grant", DUBOIS, "--until", "2027-01-15T07:15:00Z"]);
    let hers = env.add(
        "2026-11-02_bilan.txt",
        b"bilan lipidique",
        &["--type", "lab-report", "--author", DUBOIS],
    );
    let other = env.add(
        "2026-11-03_cr.txt",
        b"compte rendu",
        &["--type", "consultation-report", "--author", UNKNOWN],
    );
    ok(&["mask", &other, "--from", DUBOIS]);
    ok(&["medical", "add", "allergy", "pénicilline"]);
    (env, hers, other)
}

fn run_tz(env: &Env, tz: &str, args: &[&str]) -> String {
    let out = env.cmd().env("TZ", tz).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} under TZ={tz}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn times_are_local_with_their_offset_and_json_stays_utc() {
    let (env, _, _) = people_env();
    // A second grant ending in summer: the offset is the one in force then.
    for args in [
        vec!["pro", "add", "10000000017", "--name", "Dr Paul Martin"],
        vec!["grant", "10000000017", "--until", "2027-07-15T07:15:00Z"],
    ] {
        let (code, _, err) = env.run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let paris = run_tz(&env, "Europe/Paris", &["grants"]);
    assert!(paris.contains("2027-01-15 08:15 +01:00"), "{paris}");
    assert!(paris.contains("2027-07-15 09:15 +02:00"), "{paris}");
    let utc = run_tz(&env, "UTC", &["grants"]);
    assert!(utc.contains("2027-01-15 07:15 +00:00"), "{utc}");
    assert!(utc.contains("2027-07-15 07:15 +00:00"), "{utc}");
    let status = run_tz(&env, "Europe/Paris", &["status"]);
    assert!(
        status.contains("(until 2027-01-15 08:15 +01:00)"),
        "{status}"
    );

    // JSON does not move with the zone.
    for tz in ["Europe/Paris", "UTC"] {
        let v: serde_json::Value =
            serde_json::from_str(&run_tz(&env, tz, &["--json", "grants"])).unwrap();
        let ends: Vec<&str> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g["expires_at"].as_str().unwrap())
            .collect();
        assert!(ends.contains(&"2027-01-15T07:15:00Z"), "{tz}: {v}");
        assert!(ends.contains(&"2027-07-15T07:15:00Z"), "{tz}: {v}");
    }

    // The journal's times: each table row is its JSON instant, in Paris.
    let json: serde_json::Value =
        serde_json::from_str(&run_tz(&env, "Europe/Paris", &["--json", "journal"])).unwrap();
    let table = run_tz(&env, "Europe/Paris", &["journal"]);
    for e in json.as_array().unwrap() {
        let at = e["at"].as_str().unwrap();
        assert!(at.ends_with('Z'), "{at}");
        let local = at
            .parse::<jiff::Timestamp>()
            .unwrap()
            .in_tz("Europe/Paris")
            .unwrap()
            .strftime("%Y-%m-%d %H:%M %:z")
            .to_string();
        assert!(table.contains(&local), "{local} not in\n{table}");
        assert!(!table.contains(at), "{at} in\n{table}");
    }

    // Document dates stay dates; the instant a document was added is local.
    let show = run_tz(&env, "Europe/Paris", &["show", &first_doc(&env)]);
    assert!(show.contains("2026-11-02"), "{show}");
    let added = show
        .lines()
        .find(|l| l.starts_with("Added"))
        .unwrap_or_else(|| panic!("{show}"));
    assert!(
        added.ends_with("+01:00") || added.ends_with("+02:00"),
        "{added}"
    );
}

fn first_doc(env: &Env) -> String {
    let v = env.json(&["list", "--type", "lab-report"]);
    v[0]["id"].as_str().unwrap().to_string()
}

#[test]
fn professionals_are_shown_by_name_with_their_rpps() {
    let (env, hers, other) = people_env();
    let named = format!("Dr Marie Dubois ({DUBOIS})");
    let list = run_tz(&env, "UTC", &["list"]);
    assert!(list.contains(&named), "{list}");
    // Unknown to the vault: the number alone.
    assert!(list.contains(UNKNOWN), "{list}");
    assert!(!list.contains(&format!("({UNKNOWN})")), "{list}");

    let show = run_tz(&env, "UTC", &["show", &hers]);
    let author = show.lines().find(|l| l.starts_with("Author")).unwrap();
    assert!(author.contains(&named), "{show}");
    assert!(
        show.contains(&format!("Dr Marie Dubois ({DUBOIS}):")),
        "{show}"
    );
    let show = run_tz(&env, "UTC", &["show", &other]);
    let masked = show.lines().find(|l| l.starts_with("Masked from")).unwrap();
    assert!(masked.contains(&named), "{show}");

    let status = run_tz(&env, "UTC", &["status"]);
    assert!(
        status.contains(&format!("primary doctor {named}")),
        "{status}"
    );
    let grant_line = status
        .lines()
        .find(|l| l.contains("left (until"))
        .unwrap_or_else(|| panic!("{status}"));
    assert!(grant_line.contains(&named), "{grant_line}");

    // The journal names the professional an entry is about.
    let journal = run_tz(&env, "UTC", &["journal", "--action", "pro.add"]);
    assert!(journal.contains("Dr Marie Dubois"), "{journal}");

    // JSON keeps the bare numbers.
    let v = env.json(&["list"]);
    let authors: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["author"].as_str().unwrap())
        .collect();
    assert!(
        authors.contains(&DUBOIS) && authors.contains(&UNKNOWN),
        "{v}"
    );
    let v = env.json(&["show", &other]);
    assert_eq!(v["masked_from"], serde_json::json!([DUBOIS]), "{v}");
}

/// Runs `carnet ARGS` on a pseudo-terminal (util-linux `script`) with
/// extra environment; None when `script` is not available. Returns what
/// the terminal showed.
fn on_terminal(env: &Env, vars: &[(&str, &str)], args: &str) -> Option<String> {
    on_terminal_code(env, vars, args, 0)
}

/// As [`on_terminal`], for a command expected to exit with `code`.
fn on_terminal_code(env: &Env, vars: &[(&str, &str)], args: &str, code: i32) -> Option<String> {
    let probe = std::process::Command::new("script")
        .arg("--version")
        .output();
    if !probe.map(|o| o.status.success()).unwrap_or(false) {
        eprintln!("skipping: util-linux `script` is not available");
        return None;
    }
    let bin = env!("CARGO_BIN_EXE_carnet");
    let inner = format!("stty cols 200 rows 40; exec '{bin}' {args} </dev/null");
    let mut cmd = std::process::Command::new("script");
    cmd.args(["-q", "-e", "-c", &inner, "/dev/null"])
        .current_dir(env.dir.path())
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.dir.path())
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("XDG_STATE_HOME", env.path("xdg-state"))
        .env("XDG_DATA_HOME", env.path("xdg-data"))
        .env("CARNET_VAULT", &env.vault)
        .env("CARNET_IDENTITY", &env.identity)
        .env("CARNET_NO_INPUT", "1");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "carnet {args} on a terminal: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    Some(String::from_utf8_lossy(&out.stdout).replace('\r', ""))
}

/// A pager that records each call and what it was given.
fn recording_pager(env: &Env) -> (String, std::path::PathBuf) {
    let log = env.path("pager.log");
    let script = env.write(
        "pager.sh",
        format!(
            "#!/bin/sh\necho \"called LESSHISTFILE=$LESSHISTFILE\" >> '{}'\ncat >> '{}'\n",
            log.display(),
            log.display()
        )
        .as_bytes(),
    );
    (format!("sh {}", script.display()), log)
}

fn pager_log(log: &std::path::Path) -> String {
    let s = std::fs::read_to_string(log).unwrap_or_default();
    let _ = std::fs::remove_file(log);
    s
}

#[test]
fn long_listings_go_through_the_pager_on_a_terminal_only() {
    let (env, hers, _) = people_env();
    let (pager, log) = recording_pager(&env);
    let pager_env = [("PAGER", pager.as_str())];

    for args in [
        "list".to_string(),
        format!("show {hers}"),
        "journal".into(),
        "access".into(),
        "grants".into(),
        "medical show".into(),
        "medical history".into(),
    ] {
        let Some(shown) = on_terminal(&env, &pager_env, &args) else {
            return;
        };
        let paged = pager_log(&log);
        assert!(
            paged.starts_with("called"),
            "{args}: pager not run: {shown}"
        );
        // A search in less leaves no history file behind.
        assert!(paged.starts_with("called LESSHISTFILE=-\n"), "{paged}");
        // What the command wrote went to the pager, not past it.
        if args == "list" {
            assert!(paged.contains("Dr Marie Dubois"), "{paged}");
            assert!(!shown.contains("Dr Marie Dubois"), "{shown}");
        }
    }

    // CARNET_PAGER wins over PAGER.
    let vars = [
        ("PAGER", "/nonexistent/pager"),
        ("CARNET_PAGER", pager.as_str()),
    ];
    on_terminal(&env, &vars, "list").unwrap();
    assert!(pager_log(&log).starts_with("called"));

    // Not for --no-pager, JSON, CSV, short commands, nor a pipe.
    for args in [
        "--no-pager list",
        "--json list",
        "journal --format csv",
        "status",
    ] {
        let shown = on_terminal(&env, &pager_env, args).unwrap();
        assert_eq!(pager_log(&log), "", "{args}: paged");
        assert!(!shown.trim().is_empty(), "{args}: nothing shown");
    }
    let out = env.cmd().env("PAGER", &pager).arg("list").output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Dr Marie Dubois"));
    assert_eq!(pager_log(&log), "", "paged on a pipe");

    // Empty or `cat`: no pager; output printed directly.
    for off in ["", "cat"] {
        let shown = on_terminal(&env, &[("PAGER", off)], "list").unwrap();
        assert!(shown.contains("Dr Marie Dubois"), "PAGER={off:?}: {shown}");
        let shown = on_terminal(
            &env,
            &[("PAGER", pager.as_str()), ("CARNET_PAGER", off)],
            "list",
        )
        .unwrap();
        assert!(shown.contains("Dr Marie Dubois"), "{shown}");
        assert_eq!(pager_log(&log), "");
    }

    // A pager that cannot start: the output is printed all the same.
    let shown = on_terminal(&env, &[("PAGER", "/nonexistent/pager -R")], "list").unwrap();
    assert!(shown.contains("Dr Marie Dubois"), "{shown}");
}

#[test]
fn an_error_before_any_output_is_told_on_the_terminal() {
    let env = Env::new();
    let (pager, log) = recording_pager(&env);
    // Nothing was written to stdout: the pager never started, and the
    // error is on the terminal.
    let Some(shown) = on_terminal_code(&env, &[("PAGER", pager.as_str())], "show zzzzzz", 4) else {
        return;
    };
    assert!(shown.contains("error:"), "{shown}");
    assert_eq!(pager_log(&log), "");
}

/// Every `YYYY-MM-DD` in a text (a file name's date excepted).
fn iso_dates(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(|c| c.is_ascii_digit());
    (0..b.len())
        .filter(|&i| {
            (0..4).all(|k| digit(i + k))
                && b.get(i + 4) == Some(&b'-')
                && digit(i + 5)
                && digit(i + 6)
                && b.get(i + 7) == Some(&b'-')
                && digit(i + 8)
                && digit(i + 9)
                && !digit(i + 10)
                && b.get(i + 10) != Some(&b'_')
                && (i == 0 || !digit(i - 1))
        })
        .map(|i| text[i..i + 10].to_string())
        .collect()
}

fn run_fr(env: &Env, args: &[&str]) -> String {
    let out = env
        .cmd()
        .env("TZ", "Europe/Paris")
        .env("CARNET_LANG", "fr")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn french_output_writes_dates_as_french_readers_do() {
    let (env, hers, _) = people_env();
    for args in [
        vec![
            "medical",
            "add",
            "vaccination",
            "DTP",
            "--date",
            "2026-03-04",
        ],
        vec![
            "medical",
            "add",
            "treatment",
            "Lévothyrox",
            "--since",
            "2025-06-01",
        ],
        vec!["pro", "add", "10005555551", "--name", "Dr Jean Petit"],
        vec!["pro", "block", "10005555551"],
    ] {
        let (code, _, err) = env.run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    let list = run_fr(&env, &["list"]);
    assert!(list.contains("02/11/2026"), "{list}");
    let show = run_fr(&env, &["show", &hers]);
    assert!(show.contains("02/11/2026"), "{show}");
    let grants = run_fr(&env, &["grants"]);
    assert!(grants.contains("15/01/2027 08:15 +01:00"), "{grants}");
    let medical = run_fr(&env, &["medical", "show"]);
    assert!(medical.contains("04/03/2026"), "{medical}");
    assert!(medical.contains("01/06/2025"), "{medical}");
    // No ISO date is left in what a French reader sees.
    for args in [
        vec!["list"],
        vec!["show", &hers],
        vec!["grants"],
        vec!["status"],
        vec!["journal"],
        vec!["medical", "show"],
        vec!["pro", "list"],
        vec!["pro", "show", DUBOIS],
        vec!["pro", "show", "10005555551"],
    ] {
        let out = run_fr(&env, &args);
        assert_eq!(iso_dates(&out), Vec::<String>::new(), "{args:?}:\n{out}");
    }
    // English and JSON keep ISO dates, whatever the language.
    let en = run_tz(&env, "Europe/Paris", &["list"]);
    assert!(en.contains("2026-11-02"), "{en}");
    let json = run_fr(&env, &["--json", "show", &hers]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["date"], "2026-11-02", "{v}");
}
