//! Attacks through the file system by someone who can write the vault
//! folder (the review of issue 13): a link in place of one of the vault's
//! directories, to make carnet delete, chmod or create files elsewhere; a
//! FIFO or a directory where carnet reads a file, to hang it; and a FIFO
//! or a socket given to `get -o` / `export -o`, which carnet replaced by a
//! regular file holding the output. Every run is bounded in time: a
//! command that hangs fails its test instead of hanging the suite. FIFOs
//! and sockets are made in temp dirs; no device node is ever touched.

mod common;
use common::*;

use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

/// Long enough for any of these commands on a loaded machine; a FIFO
/// read without care blocks for ever.
const LIMIT: Duration = Duration::from_secs(60);

/// Runs `cmd` to its end, or fails the test if it is still running after
/// [`LIMIT`] (killed first): (exit code, stdout, stderr).
fn run_bounded(mut cmd: Command) -> (i32, String, String) {
    use std::io::Read;
    let what = format!("{cmd:?}");
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
        let _ = so.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let deadline = Instant::now() + LIMIT;
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what} still ran after {LIMIT:?}: it hangs");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&t_out.join().unwrap()).into_owned(),
        String::from_utf8_lossy(&t_err.join().unwrap()).into_owned(),
    )
}

/// `carnet ARGS` on the env's vault, bounded in time.
fn run(env: &Env, args: &[&str]) -> (i32, String, String) {
    let mut c = env.std_cmd();
    c.args(args);
    run_bounded(c)
}

/// `carnet ARGS` on the profiles (no CARNET_VAULT), bounded in time.
fn run_profiles(env: &Env, args: &[&str]) -> (i32, String, String) {
    let mut c = env.std_cmd();
    c.env_remove("CARNET_VAULT").args(args);
    run_bounded(c)
}

fn ok(out: &(i32, String, String), what: &str) {
    assert_eq!(out.0, 0, "{what} failed ({}): {}", out.0, out.2);
}

fn mkfifo(p: &Path) {
    let c = CString::new(p.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a node.
    assert_eq!(
        unsafe { libc::mkfifo(c.as_ptr(), 0o600) },
        0,
        "mkfifo {p:?}"
    );
}

fn is_fifo(p: &Path) -> bool {
    std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_fifo())
}

/// Replaces the file at `p` by a FIFO.
fn fifo_over(p: &Path) {
    std::fs::remove_file(p).unwrap();
    mkfifo(p);
}

/// Names, contents and modes of everything in `dir` (and of `dir`
/// itself), to show that nothing there changed.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>, u32, Option<SystemTime>)> {
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
    let mut out = vec![(".".to_string(), Vec::new(), mode(dir), None)];
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        let m = std::fs::symlink_metadata(&p).unwrap();
        let body = if m.is_file() {
            std::fs::read(&p).unwrap()
        } else {
            Vec::new()
        };
        out.push((
            e.file_name().to_string_lossy().into_owned(),
            body,
            m.permissions().mode() & 0o7777,
            m.modified().ok(),
        ));
    }
    out.sort();
    out
}

/// A directory outside the vault with the user's own files, open to the
/// group (0755), as one's home often is.
fn precious(env: &Env) -> PathBuf {
    let dir = env.path("precious");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("backup-2025.age"), b"the user's own backup").unwrap();
    std::fs::write(dir.join("thesis.tmp"), b"the user's thesis, being written").unwrap();
    std::fs::write(dir.join("notes.txt"), b"notes").unwrap();
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    for n in ["backup-2025.age", "thesis.tmp", "notes.txt"] {
        let f = std::fs::File::options()
            .write(true)
            .open(dir.join(n))
            .unwrap();
        // Old, so that a sweep of stale temp files would take them.
        f.set_modified(old).unwrap();
    }
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

/// Replaces the vault's directory `name` by a link to `to` (moving what
/// it held there first, as a user moving it to another disk would).
fn link_dir(vault: &Path, name: &str, to: &Path) {
    let d = vault.join(name);
    if d.is_dir() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            std::fs::rename(e.path(), to.join(e.file_name())).unwrap();
        }
        std::fs::remove_dir(&d).unwrap();
    }
    std::os::unix::fs::symlink(to, &d).unwrap();
}

fn env_with_doc() -> (Env, String) {
    let env = Env::new();
    let id = env.add("ordonnance.txt", b"amoxicilline 1 g", &[]);
    (env, id)
}

#[test]
fn a_linked_failed_unlocks_dir_is_refused_and_nothing_it_points_to_is_deleted() {
    let (env, _) = env_with_doc();
    let outside = precious(&env);
    let before = snapshot(&outside);
    link_dir(&env.vault, "failed-unlocks", &outside);

    // Reading, a failed unlock (which writes a record there) and a write:
    // all refused before anything happens.
    let (other, _) = new_identity(env.dir.path(), "other.txt");
    let mut wrong = env.std_cmd();
    wrong.env("CARNET_IDENTITY", &other).arg("list");
    for out in [
        run(&env, &["list"]),
        run_bounded(wrong),
        run(&env, &["add", env.write("b.txt", b"b").to_str().unwrap()]),
        run(&env, &["check", "--repair"]),
    ] {
        assert_error(&out, 6, "failed-unlocks is a symbolic link");
        assert!(
            out.2.contains("rm"),
            "the hint says how to remove it: {}",
            out.2
        );
    }
    assert_eq!(
        snapshot(&outside),
        before,
        "files outside the vault changed"
    );

    // Once the link is gone, the vault works again.
    std::fs::remove_file(env.vault.join("failed-unlocks")).unwrap();
    ok(&run(&env, &["list"]), "list");
}

#[test]
fn a_link_in_place_of_any_vault_directory_is_refused_by_every_command() {
    for name in ["tmp", "keys", "blobs", "quarantine", "failed-unlocks"] {
        let (env, id) = env_with_doc();
        let outside = precious(&env);
        link_dir(&env.vault, name, &outside);
        let before = snapshot(&outside);
        let doc = env.write("c.txt", b"compte rendu");
        for args in [
            vec!["list"],
            vec!["get", &id, "-o", "-"],
            vec!["add", doc.to_str().unwrap()],
            vec!["rm", &id, "--yes"],
            vec!["check", "--repair"],
            vec![
                "key",
                "add",
                "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj",
            ],
        ] {
            let out = run(&env, &args);
            assert_error(&out, 6, &format!("{name} is a symbolic link"));
            // The whole path, so that the user finds it.
            assert!(
                out.2.contains(&env.vault.join(name).display().to_string()),
                "{name}: {}",
                out.2
            );
        }
        assert_eq!(
            snapshot(&outside),
            before,
            "{name}: files outside the vault changed (deleted, chmodded, created)"
        );
    }
}

#[test]
fn a_linked_generation_directory_is_refused() {
    let (env, _) = env_with_doc();
    ok(&run(&env, &["rekey"]), "rekey");
    let generation = std::fs::read_to_string(env.vault.join("generation")).unwrap();
    let generation = generation.trim();
    let moved = env.path("elsewhere");
    std::fs::rename(env.vault.join(generation), &moved).unwrap();
    std::os::unix::fs::symlink(&moved, env.vault.join(generation)).unwrap();
    let before = snapshot(&moved.join("tmp"));
    for args in [&["list"][..], &["check", "--repair"], &["rekey"]] {
        assert_error(
            &run(&env, args),
            6,
            &format!("{generation} is a symbolic link"),
        );
    }
    assert_eq!(snapshot(&moved.join("tmp")), before);
}

#[test]
fn the_vault_folder_itself_may_be_a_link() {
    let env = Env::bare();
    let real = env.path("other-disk/vault");
    std::fs::create_dir_all(&real).unwrap();
    std::os::unix::fs::symlink(&real, &env.vault).unwrap();
    ok(
        &run(
            &env,
            &[
                "init",
                "--name",
                "Camille Martin",
                "--no-passphrase",
                "--recipient",
                &env.recipient,
            ],
        ),
        "init through a link",
    );
    let doc = env.write("a.txt", b"a");
    ok(&run(&env, &["add", doc.to_str().unwrap()]), "add");
    ok(&run(&env, &["check", "--repair"]), "check");
    let mode = std::fs::metadata(real.join("tmp"))
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o700);
}

#[test]
fn planted_links_for_the_lock_and_the_sweep_marker_touch_nothing_outside() {
    let (env, _) = env_with_doc();
    let outside = precious(&env);
    let before = snapshot(&outside);
    // The hourly sweep's marker: its time was set through the link.
    let swept = env.vault.join("tmp/.swept");
    let _ = std::fs::remove_file(&swept);
    std::os::unix::fs::symlink(outside.join("notes.txt"), &swept).unwrap();
    let doc = env.write("b.txt", b"b");
    ok(&run(&env, &["add", doc.to_str().unwrap()]), "add");
    assert_eq!(
        snapshot(&outside),
        before,
        "the sweep marker's link was followed"
    );

    // The lock file: opened to write, it created its link's target.
    std::fs::remove_file(env.vault.join("lock")).unwrap();
    std::os::unix::fs::symlink(outside.join("created-by-carnet"), env.vault.join("lock")).unwrap();
    let doc = env.write("c.txt", b"c");
    assert_error(
        &run(&env, &["add", doc.to_str().unwrap()]),
        6,
        "lock is a symbolic link",
    );
    assert_eq!(snapshot(&outside), before, "the lock's link was followed");
}

#[test]
fn a_fifo_or_a_directory_in_keys_hangs_nothing_and_is_quarantined() {
    let (env, _) = env_with_doc();
    mkfifo(&env.vault.join("keys/0-planted.age"));
    std::fs::create_dir(env.vault.join("keys/0-dir.age")).unwrap();

    // The holder's identity still opens, whatever is tried first.
    ok(&run(&env, &["list"]), "list");
    // A wrong identity is still a wrong identity (exit 3), not a hang.
    let (other, _) = new_identity(env.dir.path(), "other.txt");
    let mut wrong = env.std_cmd();
    wrong.env("CARNET_IDENTITY", &other).arg("list");
    assert_error(&run_bounded(wrong), 3, "not one of its unlock methods");

    // `check` names both; `--repair` moves them aside, as they are.
    let out = run(&env, &["check"]);
    ok(&out, "check");
    assert!(
        out.2.contains("keys/0-planted.age: it is a FIFO"),
        "{}",
        out.2
    );
    assert!(
        out.2.contains("keys/0-dir.age: it is a directory"),
        "{}",
        out.2
    );
    ok(&run(&env, &["check", "--repair"]), "check --repair");
    assert!(!env.vault.join("keys/0-planted.age").exists());
    let quarantined: Vec<PathBuf> = std::fs::read_dir(env.vault.join("quarantine"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(quarantined.len(), 2, "{quarantined:?}");
    assert!(quarantined.iter().any(|p| is_fifo(p)), "{quarantined:?}");
    let out = run(&env, &["check"]);
    ok(&out, "check after the repair");
    assert!(!out.2.contains("warning"), "{}", out.2);
}

#[test]
fn a_fifo_in_a_childs_keys_does_not_hang_its_guardian() {
    let env = Env::bare();
    ok(
        &run_profiles(
            &env,
            &[
                "init",
                "--name",
                "Camille Martin",
                "--no-passphrase",
                "--recipient",
                &env.recipient,
            ],
        ),
        "init",
    );
    ok(
        &run_profiles(
            &env,
            &["profile", "create", "lea", "--birth-date", "2016-03-04"],
        ),
        "profile create",
    );
    let doc = env.write("vaccins.txt", b"vaccins de Lea");
    ok(
        &run_profiles(&env, &["--profile", "lea", "add", doc.to_str().unwrap()]),
        "add",
    );
    let child = env.path("xdg-data/carnet/profiles/lea");
    mkfifo(&child.join("keys/0-planted.age"));
    // The guardian's identity is no recipient of the child's wrappers:
    // every one of them is tried, the FIFO too.
    let out = run_profiles(&env, &["--profile", "lea", "list"]);
    ok(&out, "the guardian's list");
    assert!(
        out.2.contains("keys/0-planted.age is a FIFO") && out.2.contains("skipped"),
        "{}",
        out.2
    );
    assert!(out.2.contains("1 document"), "{}", out.2);
}

#[test]
fn a_fifo_in_place_of_the_passphrase_wrapper_is_named_not_a_wrong_passphrase() {
    let env = Env::bare();
    let pp = env.write("pp", b"correct horse battery\n");
    let mut init = env.std_cmd();
    init.env_remove("CARNET_IDENTITY").args([
        "init",
        "--name",
        "Camille Martin",
        "--passphrase-file",
        pp.to_str().unwrap(),
    ]);
    ok(&run_bounded(init), "init");
    fifo_over(&env.vault.join("keys/passphrase.age"));
    let mut list = env.std_cmd();
    list.env_remove("CARNET_IDENTITY")
        .args(["list", "--passphrase-file", pp.to_str().unwrap()]);
    assert_error(&run_bounded(list), 6, "keys/passphrase.age is a FIFO");
    // Not recorded as a failed unlock: nobody gave a wrong passphrase.
    assert!(!env.vault.join("failed-unlocks").exists());
}

#[test]
fn fifos_in_place_of_the_vaults_files_are_refused_not_waited_on() {
    // The recipient file: `check` says so, `--repair` rewrites it.
    let (env, _) = env_with_doc();
    fifo_over(&env.vault.join("recipient"));
    let out = run(&env, &["check"]);
    assert_error(&out, 6, "1 problem");
    assert!(
        out.2
            .contains("recipient: does not match the vault key (it is a FIFO"),
        "{}",
        out.2
    );
    ok(&run(&env, &["check", "--repair"]), "check --repair");
    assert!(std::fs::metadata(env.vault.join("recipient"))
        .unwrap()
        .is_file());

    // The files read before or at the unlock: exit 6 naming them.
    for name in ["vault.json", "index.age", "generation"] {
        let (env, _) = env_with_doc();
        if name == "generation" {
            ok(&run(&env, &["rekey"]), "rekey");
        }
        fifo_over(&env.vault.join(name));
        assert_error(&run(&env, &["list"]), 6, &format!("{name} is a FIFO"));
    }

    // A document's blob: `get` and `check` name it.
    let (env, id) = env_with_doc();
    let blob = std::fs::read_dir(env.vault.join("blobs"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    fifo_over(&blob);
    assert_error(&run(&env, &["get", &id, "-o", "-"]), 6, "is a FIFO");
    assert_error(&run(&env, &["check"]), 6, "1 problem");
    // The view was not journaled: the blob never opened.
    let out = run(&env, &["--json", "journal"]);
    ok(&out, "journal");
    assert!(!out.1.contains("doc.view"), "{}", out.1);

    // A directory where the wrapper of the holder's own key should be:
    // named, not "Is a directory" (exit 1).
    let (env, _) = env_with_doc();
    let wrapper = std::fs::read_dir(env.vault.join("keys"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "age"))
        .unwrap();
    std::fs::remove_file(&wrapper).unwrap();
    std::fs::create_dir(&wrapper).unwrap();
    assert_error(&run(&env, &["list"]), 6, "is a directory, not a key file");
}

#[test]
fn fifos_in_place_of_a_childs_profile_file_and_guardian_mac_are_refused() {
    for name in ["profile.json", "mac"] {
        let env = Env::bare();
        ok(
            &run_profiles(
                &env,
                &[
                    "init",
                    "--name",
                    "Camille Martin",
                    "--no-passphrase",
                    "--recipient",
                    &env.recipient,
                ],
            ),
            "init",
        );
        ok(
            &run_profiles(
                &env,
                &["profile", "create", "lea", "--birth-date", "2016-03-04"],
            ),
            "profile create",
        );
        let child = env.path("xdg-data/carnet/profiles/lea");
        let target = if name == "mac" {
            std::fs::read_dir(child.join("keys"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .find(|p| p.extension().is_some_and(|x| x == "mac"))
                .unwrap()
        } else {
            child.join(name)
        };
        fifo_over(&target);
        let out = run_profiles(&env, &["--profile", "lea", "list"]);
        assert_eq!(out.0, 6, "{name}: {}", out.2);
        assert!(out.2.contains("FIFO"), "{name}: {}", out.2);
    }
}

/// Reads a FIFO on another thread until its writer closes it; the bytes
/// arrive on the channel (never, if nobody writes into the FIFO).
fn read_fifo(p: &Path) -> std::sync::mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = std::sync::mpsc::channel();
    let p = p.to_path_buf();
    std::thread::spawn(move || {
        if let Ok(b) = std::fs::read(&p) {
            let _ = tx.send(b);
        }
    });
    rx
}

/// Lets a reader still waiting on `p` go (nobody will write): opening the
/// write end without blocking succeeds only while a reader waits.
fn release(p: &Path) {
    use std::os::unix::fs::OpenOptionsExt;
    let _ = std::fs::OpenOptions::new()
        .write(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(p);
}

/// No temp file of an output was left (or renamed) beside it.
fn no_temp_beside(dir: &Path) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        assert!(!n.ends_with(".tmp"), "a temp file is left: {n}");
    }
}

#[test]
fn get_into_a_fifo_writes_through_it_and_journals_the_view() {
    let (env, id) = env_with_doc();
    let out_dir = env.path("out");
    std::fs::create_dir(&out_dir).unwrap();
    let fifo = out_dir.join("pipe");
    mkfifo(&fifo);
    let got = read_fifo(&fifo);
    let out = run(&env, &["--json", "get", &id, "-o", fifo.to_str().unwrap()]);
    release(&fifo);
    ok(&out, "get -o FIFO");
    let bytes = got
        .recv_timeout(Duration::from_secs(10))
        .expect("nothing was written into the FIFO");
    assert_eq!(bytes, b"amoxicilline 1 g");
    assert!(is_fifo(&fifo), "the FIFO was replaced");
    no_temp_beside(&out_dir);
    let v: serde_json::Value = serde_json::from_str(&out.1).unwrap();
    assert_eq!(v["path"], fifo.display().to_string());
    // Journaled once, as a view.
    let j = env.json(&["journal", "--action", "doc.view"]);
    assert_eq!(j.as_array().unwrap().len(), 1, "{j}");

    // A directory still gets the document under its readable name.
    let out = run(&env, &["get", &id, "-o", out_dir.to_str().unwrap()]);
    ok(&out, "get -o DIR");
    let files: Vec<_> = std::fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(std::fs::read(&files[0]).unwrap(), b"amoxicilline 1 g");
}

#[test]
fn export_into_a_fifo_writes_through_it_without_force() {
    let (env, _) = env_with_doc();
    let fifo = env.path("bundle-pipe");
    mkfifo(&fifo);
    let got = read_fifo(&fifo);
    let out = run(
        &env,
        &[
            "export",
            "--all",
            "--recipient",
            &env.recipient,
            "-o",
            fifo.to_str().unwrap(),
        ],
    );
    release(&fifo);
    ok(&out, "export -o FIFO");
    let bytes = got
        .recv_timeout(Duration::from_secs(10))
        .expect("nothing was written into the FIFO");
    assert!(is_fifo(&fifo), "the FIFO was replaced");
    no_temp_beside(env.dir.path());
    // What came through is the bundle, encrypted to the recipient.
    let text = std::fs::read_to_string(&env.identity).unwrap();
    let identity: age::x25519::Identity = text
        .lines()
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .unwrap()
        .parse()
        .unwrap();
    let d = age::Decryptor::new(&bytes[..]).unwrap();
    let mut plain = Vec::new();
    std::io::Read::read_to_end(
        &mut d
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .unwrap(),
        &mut plain,
    )
    .unwrap();
    let mut names = Vec::new();
    for e in tar::Archive::new(&plain[..]).entries().unwrap() {
        names.push(e.unwrap().path().unwrap().display().to_string());
    }
    assert!(names.iter().any(|n| n == "manifest.yaml"), "{names:?}");
}

#[test]
fn a_socket_is_no_output_and_stays() {
    let (env, id) = env_with_doc();
    let sock = env.path("s.sock");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    for args in [
        vec!["get", id.as_str(), "-o", sock.to_str().unwrap()],
        vec![
            "export",
            "--all",
            "--recipient",
            &env.recipient,
            "--force",
            "-o",
            sock.to_str().unwrap(),
        ],
    ] {
        assert_error(&run(&env, &args), 2, "it is a socket");
        assert!(std::fs::symlink_metadata(&sock)
            .unwrap()
            .file_type()
            .is_socket());
    }
    let j = env.json(&["journal"]);
    assert!(!j.to_string().contains("doc.view"), "{j}");
}
