//! `-v` shows what caused an error: the chain of sources below it, one
//! `cause:` line each, or a `causes` array in the JSON error. Without `-v`
//! the error keeps the contract's shape (error, hint; kind, message, hint).

mod common;
use common::*;

/// The `cause:` lines of a human error.
fn causes(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("cause: "))
        .collect()
}

#[test]
fn verbose_shows_the_io_cause_of_an_unreadable_bundle() {
    let env = Env::new();
    // A directory where a file is expected fails to read whoever runs it
    // (root included), with an OS error below carnet's message.
    std::fs::create_dir(env.path("not-a-bundle")).unwrap();
    let out = env.run(&["-v", "bundle", "inspect", "not-a-bundle"]);
    assert_error(&out, 1, "reading the bundle");
    let c = causes(&out.2);
    assert_eq!(c.len(), 1, "{}", out.2);
    assert!(c[0].contains("[IsADirectory]"), "{}", out.2);
    // The cause comes after the error and its hint.
    let hint_at = out.2.find("hint:").unwrap();
    assert!(out.2.find("cause:").unwrap() > hint_at, "{}", out.2);

    // Without -v: the same error and hint, no cause.
    let quiet = env.run(&["bundle", "inspect", "not-a-bundle"]);
    assert_error(&quiet, 1, "reading the bundle");
    assert!(causes(&quiet.2).is_empty(), "{}", quiet.2);
    assert_eq!(
        quiet.2.lines().collect::<Vec<_>>(),
        out.2.lines().take(2).collect::<Vec<_>>()
    );
}

#[test]
fn verbose_json_errors_carry_causes_and_keep_their_fields() {
    let env = Env::new();
    std::fs::create_dir(env.path("dir")).unwrap();
    let (code, stdout, stderr) = env.run(&["-v", "--json", "bundle", "inspect", "dir"]);
    assert_eq!(code, 1);
    assert!(stdout.is_empty(), "{stdout}");
    let v: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
    let e = &v["error"];
    assert_eq!(e["kind"], "io");
    assert!(e["message"]
        .as_str()
        .unwrap()
        .contains("reading the bundle"));
    assert!(!e["hint"].as_str().unwrap().is_empty());
    let causes = e["causes"].as_array().expect("causes under -v");
    assert_eq!(causes.len(), 1, "{e}");
    assert!(
        causes[0].as_str().unwrap().contains("Is a directory"),
        "{e}"
    );

    // Not verbose: exactly the contract's three fields.
    let (_, _, stderr) = env.run(&["--json", "bundle", "inspect", "dir"]);
    let v: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
    let mut keys: Vec<_> = v["error"].as_object().unwrap().keys().cloned().collect();
    keys.sort();
    assert_eq!(keys, ["hint", "kind", "message"]);
}

#[test]
fn verbose_shows_a_permission_denied_cause() {
    let env = Env::new();
    let p = env.write("locked.age", b"age-encryption.org/v1\n");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&p).is_ok() {
        // Root reads it anyway: the directory case above covers the chain.
        eprintln!("skipping: this user can read a mode-000 file");
        return;
    }
    let out = env.run(&["-v", "bundle", "inspect", p.to_str().unwrap()]);
    assert_error(&out, 1, "locked.age");
    assert!(
        causes(&out.2)
            .iter()
            .any(|c| c.contains("[PermissionDenied]")),
        "{}",
        out.2
    );
}

#[test]
fn errors_with_nothing_below_them_show_no_cause_under_verbose() {
    let env = Env::new();
    let out = env.run(&["-v", "show", "zzzzzz"]);
    assert_error(&out, 4, "zzzzzz");
    assert!(causes(&out.2).is_empty(), "{}", out.2);
    let (code, _, stderr) = env.run(&["-v", "--json", "show", "zzzzzz"]);
    assert_eq!(code, 4);
    let v: serde_json::Value = serde_json::from_str(stderr.trim()).unwrap();
    assert_eq!(v["error"]["causes"], serde_json::json!([]));
}

/// A command whose output cannot be written (a full disk) ends with one
/// error, exit 1, once it is done: the library records the failure and the
/// binary reports it, instead of exiting from inside the output code.
#[test]
fn a_command_writing_to_a_full_stdout_fails_once() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("skipping: no /dev/full");
        return;
    };
    let env = Env::new();
    env.add("a.txt", b"a", &["--title", "Ordonnance"]);
    for args in [
        &["list"][..],
        &["--json", "list"],
        &["status"],
        &["journal", "--format", "csv"],
    ] {
        let out = env
            .std_cmd()
            .args(args)
            .stdout(full.try_clone().unwrap())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(
            err.matches("writing to stdout").count(),
            1,
            "{args:?}: {err}"
        );
        assert!(err.contains("No space left"), "{args:?}: {err}");
    }
    let out = env
        .std_cmd()
        .args(["-v", "--json", "list"])
        .stdout(full.try_clone().unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["error"]["kind"], "io");
    assert!(
        v["error"]["causes"][0]
            .as_str()
            .unwrap()
            .contains("[StorageFull]"),
        "{v}"
    );
}
