//! Issue 13, input classes: planted failed-unlock records (3), control
//! characters in what people read (5), leftovers of killed writers (6),
//! and input values at the edges (7). Each test drives the real binary.

mod common;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use carnet::crypto::{self, Recipients};
use common::{assert_error, Env, RPPS_A};
use serde_json::Value;

/// Characters that must never reach a terminal from stored text: C0/C1
/// controls, DEL, bidi embeddings/overrides/isolates/marks, and the Unicode
/// line and paragraph separators (written out here, independently of
/// `carnet::text`).
fn has_unsafe(s: &str) -> bool {
    s.chars().any(|c| {
        let u = c as u32;
        u < 0x20
            || (0x7f..=0x9f).contains(&u)
            || matches!(u, 0x061c | 0x200e | 0x200f | 0x2028 | 0x2029)
            || (0x202a..=0x202e).contains(&u)
            || (0x2066..=0x2069).contains(&u)
    })
}

/// Output lines end in line feeds; nothing else unsafe may be there.
fn assert_clean(what: &str, s: &str) {
    assert!(
        !has_unsafe(&s.replace('\n', "")),
        "{what} carries raw control or bidi characters: {s:?}"
    );
}

/// The vault's public recipient, as anyone who can read the folder has it.
fn vault_recipient(env: &Env) -> age::x25519::Recipient {
    std::fs::read_to_string(env.vault.join("recipient"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

/// Plants a failed-unlock record with this plaintext, encrypted to the
/// vault's public recipient (all an attacker needs).
fn plant_record(env: &Env, name: &str, plain: &[u8]) {
    let to = Recipients::x25519(vault_recipient(env));
    let mut out = Vec::new();
    let mut w = crypto::encrypt_writer(&to, &mut out, false).unwrap();
    std::io::Write::write_all(&mut w, plain).unwrap();
    w.finish().unwrap();
    let dir = env.vault.join("failed-unlocks");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(name), out).unwrap();
}

/// Runs a command to its end; returns its output and its peak resident
/// memory in KiB (`wait4` gives the rusage of that one child).
// The child is reaped by `wait4`, which clippy does not see.
#[allow(clippy::zombie_processes)]
fn output_with_peak_memory(mut cmd: std::process::Command) -> (std::process::Output, i64) {
    use std::io::Read;
    use std::os::unix::process::ExitStatusExt;
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        so.read_to_end(&mut v).unwrap();
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        se.read_to_end(&mut v).unwrap();
        v
    });
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid; wait4 fills it for this child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, with valid pointers.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert_eq!(pid, child.id() as i32, "wait4 failed");
    let out = std::process::Output {
        status: std::process::ExitStatus::from_raw(status),
        stdout: t_out.join().unwrap(),
        stderr: t_err.join().unwrap(),
    };
    (out, usage.ru_maxrss)
}

/// The pid of a process that has exited (and been reaped).
fn dead_pid() -> u32 {
    let mut c = std::process::Command::new("true").spawn().unwrap();
    let pid = c.id();
    c.wait().unwrap();
    pid
}

fn unlock_failed_entries(env: &Env) -> Vec<Value> {
    env.json(&["journal", "--action", "unlock.failed"])
        .as_array()
        .unwrap()
        .clone()
}

// ---------------------------------------------------------------- 3

#[test]
fn planted_failed_unlock_records_are_bounded_validated_and_labelled() {
    let env = Env::new();
    // One genuine failure: an identity that is not the vault's.
    let (other, _) = common::new_identity(env.dir.path(), "other.txt");
    let out = env
        .cmd()
        .env("CARNET_IDENTITY", &other)
        .arg("list")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    // Planted: escape sequences (title change, screen clear, colour), a
    // bidi override, garbage JSON, an unknown field, and a 1 GiB record
    // (sparse: nothing on disk, but read whole it needs 1 GiB of memory).
    plant_record(
        &env,
        "1700000000-esc.age",
        br#"{"at":"2026-01-01T00:00:00Z","method":"identity \u001b]0;pwned\u0007\u001b[2J\u001b[31mCALL 0800"}"#,
    );
    plant_record(
        &env,
        "1700000001-bidi.age",
        br#"{"at":"2026-01-01T00:00:00Z","method":"identity evil\u202etxt.exe"}"#,
    );
    plant_record(&env, "1700000002-garbage.age", b"{\"at\": [not json");
    plant_record(
        &env,
        "1700000003-extra.age",
        br#"{"at":"2026-01-01T00:00:00Z","method":"passphrase","note":"your vault is locked, call 0800"}"#,
    );
    let big = env.vault.join("failed-unlocks/1700000004-big.age");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();

    // `status` unlocks and folds them; its peak memory is measured: read
    // whole, the 1 GiB record alone would take 1 GiB.
    let mut cmd = env.std_cmd();
    cmd.arg("status");
    let (out, max_rss_kib) = output_with_peak_memory(cmd);
    assert!(
        max_rss_kib < 256 * 1024,
        "status peaked at {max_rss_kib} KiB"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "status failed: {:?}\n{stderr}",
        out.status
    );
    assert_clean("status stderr", &stderr);
    assert_clean("status stdout", &stdout);
    assert!(stderr.contains("unauthenticated"), "{stderr}");
    assert!(stderr.contains("5 malformed record(s)"), "{stderr}");
    assert!(stdout.contains("Failed unlocks  6 reported"), "{stdout}");
    assert!(stdout.contains("unauthenticated"), "{stdout}");

    // One journal entry: the genuine attempt, the rest counted, labelled.
    let entries = unlock_failed_entries(&env);
    assert_eq!(entries.len(), 1, "{entries:?}");
    let d = &entries[0]["details"];
    assert_eq!(d["count"], 1, "{d}");
    assert_eq!(d["malformed"], 5, "{d}");
    assert_eq!(d["unread"], 0, "{d}");
    assert_eq!(d["authenticated"], false, "{d}");
    assert!(
        d["source"].as_str().unwrap().contains("unauthenticated"),
        "{d}"
    );
    let attempts = d["attempts"].as_array().unwrap();
    assert_eq!(attempts.len(), 1);
    let a = attempts[0].as_str().unwrap();
    assert!(a.contains("other.txt") && !has_unsafe(a), "{a}");
    // The human journal says so too, and prints nothing raw.
    let (code, stdout, stderr) = env.run(&["journal", "--action", "unlock.failed"]);
    assert_eq!(code, 0, "{stderr}");
    assert_clean("journal", &stdout);
    assert!(stdout.contains("authenticated=false"), "{stdout}");
    assert!(stdout.contains("unauthenticated"), "{stdout}");
    // Folded once: the folder is empty, the next unlock reports nothing.
    let left: Vec<_> = std::fs::read_dir(env.vault.join("failed-unlocks"))
        .unwrap()
        .collect();
    assert!(left.is_empty(), "{left:?}");
    let (_, _, stderr) = env.run(&["list"]);
    assert!(!stderr.contains("unauthenticated"), "{stderr}");
}

#[test]
fn failed_unlock_records_beyond_the_bound_are_counted_not_read() {
    let env = Env::new();
    let max = carnet::vault::failed::MAX_FOLD;
    for i in 0..max + 6 {
        plant_record(
            &env,
            &format!("{}-r.age", 1_700_000_000 + i),
            br#"{"at":"2026-01-01T00:00:00Z","method":"passphrase"}"#,
        );
    }
    let (code, _, stderr) = env.run(&["list"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("6 more record(s) counted but not read"),
        "{stderr}"
    );
    let entries = unlock_failed_entries(&env);
    let d = &entries[0]["details"];
    assert_eq!(d["count"], max, "{d}");
    assert_eq!(d["attempts"].as_array().unwrap().len(), max);
    assert_eq!(d["unread"], 6, "{d}");
    assert_eq!(
        std::fs::read_dir(env.vault.join("failed-unlocks"))
            .unwrap()
            .count(),
        0
    );
}

// ---------------------------------------------------------------- 5

const ESC_TITLE: &str = "Bilan\u{1b}]0;owned\u{7}\u{1b}[2J";

#[test]
fn control_characters_typed_or_in_sidecars_are_refused_with_exit_2() {
    let env = Env::new();
    let doc = env.write("scan.txt", b"bilan");
    let p = doc.to_str().unwrap();
    for (args, needle) in [
        (vec!["add", p, "--title", ESC_TITLE], "U+001B"),
        (vec!["add", p, "--title", "two\nlines"], "line break"),
        (vec!["add", p, "--tag", "gpj\u{202e}exe"], "U+202E"),
        (vec!["add", p, "--tag", "x\u{2066}y"], "U+2066"),
    ] {
        let out = env.run(&args);
        assert_error(&out, 2, needle);
        assert_clean("error", &out.2);
    }
    // A sidecar with an escape sequence in its title, or a bidi override in
    // a tag: exit 2 naming the sidecar.
    for (i, yaml) in [
        "title: \"Ordonnance\\e[31m\"\n",
        "tags: [\"ok\", \"invoice\\u202Efdp.exe\"]\n",
    ]
    .iter()
    .enumerate()
    {
        let d = env.write(&format!("side{i}/scan.pdf"), b"%PDF-1.4 x");
        env.write(&format!("side{i}/scan.pdf.yaml"), yaml.as_bytes());
        let out = env.run(&["add", d.to_str().unwrap()]);
        assert_error(&out, 2, "scan.pdf.yaml");
        let out = env.run(&["add", "-r", env.path(&format!("side{i}")).to_str().unwrap()]);
        assert_error(&out, 2, "scan.pdf.yaml");
    }
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 0);
    // Other typed text that is stored and shown.
    let id = env.add("ok.txt", b"fine", &[]);
    assert_error(&env.run(&["edit", &id, "--title", ESC_TITLE]), 2, "--title");
    assert_error(&env.run(&["edit", &id, "--tag", "a\rb"]), 2, "--tag");
    assert_error(
        &env.run(&["pro", "add", RPPS_A, "--name", "Dr \u{1b}[8mX"]),
        2,
        "--name",
    );
    assert_error(
        &env.run(&[
            "pro",
            "add",
            RPPS_A,
            "--name",
            "Dr X",
            "--place",
            "Paris\u{202e}",
        ]),
        2,
        "--place",
    );
    let bare = Env::bare();
    assert_error(
        &bare.run(&[
            "init",
            "--name",
            "Camille\u{1b}[2J",
            "--no-passphrase",
            "--recipient",
            &bare.recipient,
        ]),
        2,
        "--name",
    );
    assert!(!bare.vault.exists());
}

#[test]
fn file_names_with_control_characters_are_cleaned_and_never_shown_raw() {
    let env = Env::new();
    let name = "scan\u{1b}[31m\u{202e}fdp.txt";
    env.write(&format!("in/{name}"), b"compte rendu");
    let v = env.json(&["add", "-r", env.path("in").to_str().unwrap()]);
    let id = v[0]["id"].as_str().unwrap().to_string();
    let title = v[0]["title"].as_str().unwrap();
    assert_eq!(title, "scan_[31m_fdp");
    let show = env.json(&["show", &id]);
    assert_clean("stored file name", show["filename"].as_str().unwrap());
    for args in [
        vec!["list"],
        vec!["show", &id],
        vec!["journal"],
        vec!["access"],
        vec!["status"],
    ] {
        let (code, stdout, stderr) = env.run(&args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert_clean(&format!("{args:?} stdout"), &stdout);
        assert_clean(&format!("{args:?} stderr"), &stderr);
    }
    // The file `get` writes is named without them either.
    let out_dir = env.path("out");
    std::fs::create_dir(&out_dir).unwrap();
    let (code, _, stderr) = env.run(&["get", &id, "-o", out_dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    for e in std::fs::read_dir(&out_dir).unwrap() {
        assert_clean("written name", &e.unwrap().file_name().to_string_lossy());
    }
}

// ---------------------------------------------------------------- 6

/// Waits (at most 60 s) until `dir` holds a file whose name contains `part`.
fn wait_for_file(dir: &Path, part: &str, child: &mut std::process::Child) -> PathBuf {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(p) = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .find(|p| p.to_string_lossy().contains(part))
        {
            return p;
        }
        if let Some(st) = child.try_wait().unwrap() {
            panic!("the writer ended ({st}) before its temp file was seen");
        }
        assert!(
            Instant::now() < deadline,
            "no {part} file in {}",
            dir.display()
        );
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Runs carnet with `args` and kills it (SIGKILL) once a temp file whose
/// name holds `part` exists in `dir`; returns the temp file it left.
fn kill_while_writing(env: &Env, args: &[&str], dir: &Path, part: &str) -> PathBuf {
    let mut child = env
        .std_cmd()
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let tmp = wait_for_file(dir, part, &mut child);
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(tmp.exists(), "the killed writer left no temp file");
    tmp
}

/// Starts `export --all -o DIR/all.age` and kills it once its temp file
/// exists.
fn kill_an_export(env: &Env, dir: &Path) -> PathBuf {
    let out = dir.join("all.age");
    kill_while_writing(
        env,
        &[
            "export",
            "--all",
            "--recipient",
            &env.recipient,
            "-o",
            out.to_str().unwrap(),
        ],
        dir,
        ".all.age.",
    )
}

/// A document of 48 MiB: an export or a get of it is still writing when
/// it is killed.
fn add_big(env: &Env) -> String {
    let big: Vec<u8> = (0..48u32 << 20)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    env.add("big.bin", &big, &[])
}

fn outside_markers(env: &Env) -> usize {
    std::fs::read_dir(env.vault.join("tmp"))
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".outside"))
        .count()
}

#[test]
fn a_killed_export_leaves_a_temp_file_that_check_reports_and_repair_or_the_next_write_removes() {
    let env = Env::new();
    add_big(&env);
    let dir = env.path("exports");
    std::fs::create_dir(&dir).unwrap();

    let tmp = kill_an_export(&env, &dir);
    let v = env.json(&["check"]);
    assert_eq!(v["ok"], true, "{v}");
    let warnings = v["warnings"].to_string();
    assert!(warnings.contains(&tmp.display().to_string()), "{warnings}");
    assert!(warnings.contains("interrupted exports"), "{warnings}");
    let (code, _, stderr) = env.run(&["check"]);
    assert_eq!(code, 0);
    assert!(
        stderr.contains("warning:") && stderr.contains("--repair"),
        "{stderr}"
    );
    let v = env.json(&["check", "--repair"]);
    assert!(v["repaired"].as_u64().unwrap() >= 1, "{v}");
    assert!(!tmp.exists(), "check --repair left {}", tmp.display());
    assert_eq!(outside_markers(&env), 0);
    assert_eq!(env.json(&["check"])["warnings"], serde_json::json!([]));

    // Without check: the next change to the vault removes it.
    let tmp = kill_an_export(&env, &dir);
    env.add("note.txt", b"a later document", &[]);
    assert!(!tmp.exists(), "the next write left {}", tmp.display());
    assert_eq!(outside_markers(&env), 0);
    // A finished export leaves neither a temp file nor a marker.
    env.json(&[
        "export",
        "--all",
        "--recipient",
        &env.recipient,
        "-o",
        dir.join("done.age").to_str().unwrap(),
    ]);
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["done.age".to_string()]);
    assert_eq!(outside_markers(&env), 0);
}

#[test]
fn dead_writers_temp_files_in_the_vault_are_reported_and_removed_by_the_next_add() {
    let env = Env::new();
    let dead = dead_pid();
    let live = std::process::id();
    let planted = [
        env.vault
            .join(format!("tmp/{dead}-0123456789abcdef.age.tmp")),
        env.vault
            .join(format!("keys/.recipient-x.age.{dead}.0123456789abcdef.tmp")),
        env.vault.join(format!(
            "failed-unlocks/.1765000000-abcdefgh.age.{dead}.0123456789abcdef.tmp"
        )),
        env.vault
            .join(format!(".index.age.{dead}.0123456789abcdef.tmp")),
    ];
    // A writer still at work (this test process) is not a leftover.
    let busy = env
        .vault
        .join(format!("tmp/{live}-fedcba9876543210.age.tmp"));
    for p in planted.iter().chain([&busy]) {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, b"age-encryption.org/v1 partial").unwrap();
    }
    let v = env.json(&["check"]);
    assert_eq!(v["ok"], true);
    let w = v["warnings"].to_string();
    assert!(w.contains("4 temp file(s) of interrupted writes"), "{w}");

    // A bulk add after the killed imports is the next write.
    env.write("batch/a.txt", b"first");
    env.write("batch/sub/b.txt", b"second");
    let v = env.json(&["add", "-r", env.path("batch").to_str().unwrap()]);
    assert_eq!(v.as_array().unwrap().len(), 2);
    for p in &planted {
        assert!(!p.exists(), "{} survived the next write", p.display());
    }
    assert!(busy.exists(), "a live writer's temp file was removed");
    std::fs::remove_file(&busy).unwrap();
    assert_eq!(env.json(&["check"])["warnings"], serde_json::json!([]));
}

// ---------------------------------------------------------------- 7

#[test]
fn grant_until_the_last_day_of_year_9999() {
    let env = Env::new();
    env.json(&["pro", "add", RPPS_A, "--name", "Dr Claire Dubois"]);
    let v = env.json_from(env.cmd().env("TZ", "UTC").args([
        "--json",
        "grant",
        RPPS_A,
        "--until",
        "9999-12-31",
    ]));
    assert_eq!(v["expires_at"], "9999-12-31T23:59:59Z", "{v}");
    // West of UTC that day ends in year 10000: out of range.
    let out = env
        .cmd()
        .env("TZ", "EST5")
        .args(["grant", RPPS_A, "--until", "9999-12-31"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_error(
        &(out.status.code().unwrap(), String::new(), stderr),
        2,
        "out of range",
    );
    assert_error(
        &env.run(&["grant", RPPS_A, "--until", "10000-01-01"]),
        2,
        "out of range",
    );
    assert_eq!(env.json(&["grants"]).as_array().unwrap().len(), 1);
}

#[test]
fn init_birth_date_in_the_future_is_refused() {
    let env = Env::bare();
    let next_year = time::OffsetDateTime::now_utc().year() + 1;
    let out = env.run(&[
        "init",
        "--name",
        "Camille Martin",
        "--birth-date",
        &format!("{next_year}-01-01"),
        "--no-passphrase",
        "--recipient",
        &env.recipient,
    ]);
    assert_error(&out, 2, "in the future");
    assert!(!env.vault.exists(), "a vault was created");
    let out = env.run(&[
        "init",
        "--birth-date",
        "0000-06-01",
        "--no-passphrase",
        "--recipient",
        &env.recipient,
    ]);
    assert_error(&out, 2, "birth date");
}

#[test]
fn rpps_of_all_zeros_is_refused() {
    let env = Env::new();
    assert_error(
        &env.run(&["pro", "add", "00000000000", "--name", "X"]),
        2,
        "all zeros",
    );
    assert_error(
        &env.run(&["grant", "00000000000", "--for", "1d"]),
        2,
        "all zeros",
    );
    let doc = env.write("d.txt", b"x");
    assert_error(
        &env.run(&["add", doc.to_str().unwrap(), "--author", "00000000000"]),
        2,
        "all zeros",
    );
    assert_eq!(env.json(&["pro", "list"]).as_array().unwrap().len(), 0);
}

#[test]
fn lock_timeout_that_is_not_a_number_is_exit_2() {
    let env = Env::new();
    let doc = env.write("d.txt", b"x");
    for (value, args) in [
        ("abc", vec!["list"]),
        ("10s", vec!["add", doc.to_str().unwrap()]),
        ("inf", vec!["status"]),
    ] {
        let out = env
            .cmd()
            .env("CARNET_LOCK_TIMEOUT", value)
            .args(&args)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert_error(
            &(out.status.code().unwrap(), String::new(), stderr),
            2,
            "CARNET_LOCK_TIMEOUT",
        );
    }
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 0);
    let v = env.json_from(env.cmd().env("CARNET_LOCK_TIMEOUT", "2.5").args([
        "--json",
        "add",
        doc.to_str().unwrap(),
    ]));
    assert_eq!(v.as_array().unwrap().len(), 1);
}

#[test]
fn document_dates_before_year_1_are_refused() {
    let env = Env::new();
    let doc = env.write("d.txt", b"x");
    let p = doc.to_str().unwrap();
    assert_error(
        &env.run(&["add", p, "--date", "0000-01-01"]),
        2,
        "out of range",
    );
    assert_error(
        &env.run(&["add", p, "--date", "0000-01-01T10:00:00Z"]),
        2,
        "out of range",
    );
    env.write("side/s.txt", b"y");
    env.write("side/s.txt.yaml", b"date: 0000-01-01\n");
    assert_error(
        &env.run(&["add", env.path("side/s.txt").to_str().unwrap()]),
        2,
        "invalid date",
    );
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 0);
    // A name that starts with year 0 does not date the document.
    let v = env.json(&[
        "add",
        env.write("0000-01-01-scan.txt", b"z").to_str().unwrap(),
    ]);
    assert_ne!(v[0]["date"], "0000-01-01", "{v}");
    let id = v[0]["id"].as_str().unwrap();
    assert_error(
        &env.run(&["edit", id, "--date", "0000-12-31"]),
        2,
        "out of range",
    );
    // Year 1 is a date.
    let v = env.json(&["add", p, "--date", "0001-01-01"]);
    assert_eq!(v[0]["date"], "0001-01-01");
}

#[test]
fn links_under_add_r_are_an_explicit_choice() {
    let env = Env::new();
    let secret = env.write("outside/secret.txt", b"root:x:0:0");
    env.write("tree/a.txt", b"in the tree");
    let tree = env.path("tree");
    std::os::unix::fs::symlink(&secret, tree.join("link.txt")).unwrap();
    std::os::unix::fs::symlink(tree.join("missing.pdf"), tree.join("dangling.pdf")).unwrap();
    std::os::unix::fs::symlink(env.path("outside"), tree.join("dirlink")).unwrap();

    // Default: only what is in the tree; each link skipped with a warning.
    let out = env
        .cmd()
        .args(["--json", "add", "-r"])
        .arg(&tree)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let titles: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, vec!["a"]);
    assert!(
        stderr.contains("dangling.pdf") && stderr.contains("dangling"),
        "{stderr}"
    );
    assert!(
        stderr.contains("link.txt") && stderr.contains("--follow-symlinks"),
        "{stderr}"
    );
    assert!(stderr.contains("dirlink"), "{stderr}");

    // Asked for: links to files are followed; dangling ones still skipped.
    let out = env
        .cmd()
        .args(["--json", "add", "-r", "--follow-symlinks"])
        .arg(&tree)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let link = v
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == "link")
        .unwrap();
    assert_eq!(link["duplicate"], false);
    assert!(stderr.contains("dangling.pdf"), "{stderr}");
    // The choice is documented.
    let (_, help, _) = env.run(&["add", "--help"]);
    assert!(help.contains("--follow-symlinks"), "{help}");
}

#[test]
fn an_empty_file_is_an_input_error_naming_it() {
    let env = Env::new();
    let empty = env.write("empty.pdf", b"");
    assert_error(&env.run(&["add", empty.to_str().unwrap()]), 2, "empty.pdf");
    env.write("dir/ok.txt", b"fine");
    env.write("dir/blank.txt", b"");
    let out = env.run(&["add", "-r", env.path("dir").to_str().unwrap()]);
    assert_error(&out, 2, "blank.txt");
    assert!(out.2.contains("empty"), "{}", out.2);
    let out = env
        .cmd()
        .args(["add", "-", "--title", "Rien"])
        .write_stdin(Vec::<u8>::new())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_error(
        &(out.status.code().unwrap(), String::new(), stderr),
        2,
        "empty",
    );
    assert_eq!(env.json(&["list"]).as_array().unwrap().len(), 0);
}

#[test]
fn a_killed_get_leaves_a_clear_temp_file_that_check_reports_and_repair_removes() {
    let env = Env::new();
    let id = add_big(&env);
    let dir = env.path("downloads");
    std::fs::create_dir(&dir).unwrap();
    let out = dir.join("copy.bin");
    // The temp file holds the document in clear.
    let tmp = kill_while_writing(
        &env,
        &["get", &id, "-o", out.to_str().unwrap()],
        &dir,
        ".copy.bin.",
    );
    let v = env.json(&["check"]);
    assert!(
        v["warnings"]
            .to_string()
            .contains(&tmp.display().to_string()),
        "{v}"
    );
    env.json(&["check", "--repair"]);
    assert!(!tmp.exists(), "check --repair left {}", tmp.display());
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    assert_eq!(outside_markers(&env), 0);
}
