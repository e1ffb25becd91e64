//! The unlock agent (`carnet agent start|status|stop`, docs/agent.md): a
//! passphrase typed once opens later commands with no secret given; it
//! forgets after its TTL or on stop; it is undumpable with its key page
//! locked; another user gets nothing from it; journaled acts say "via
//! agent"; a stale socket and an agent for another vault are clear errors.

mod common;
use common::*;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde_json::Value;

const PASS: &str = "correct horse battery staple";

/// A vault with a passphrase as its only unlock method; commands built
/// by [`no_secret`] carry neither identity nor passphrase.
fn passphrase_vault() -> Env {
    let env = Env::bare();
    std::fs::write(env.path("pass.txt"), format!("{PASS}\n")).unwrap();
    env.cmd()
        .env_remove("CARNET_IDENTITY")
        .args(["init", "--name", "Camille Martin", "--passphrase-file"])
        .arg(env.path("pass.txt"))
        .assert()
        .success();
    env
}

fn no_secret(env: &Env) -> assert_cmd::Command {
    let mut c = env.cmd();
    c.env_remove("CARNET_IDENTITY")
        .env_remove("CARNET_PASSPHRASE_FILE");
    c
}

/// Kills the agent (by its pid) if a test ends before stopping it.
struct Agent {
    pid: u32,
}

impl Drop for Agent {
    fn drop(&mut self) {
        if alive(self.pid) {
            // SAFETY: a signal to the agent this test started.
            unsafe { libc::kill(self.pid as i32, libc::SIGKILL) };
        }
    }
}

fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        !s.rsplit(')')
            .next()
            .unwrap_or("")
            .trim_start()
            .starts_with('Z')
    })
}

/// Waits up to `max` for the process to be gone.
fn gone_within(pid: u32, max: Duration) -> bool {
    let t = Instant::now();
    while t.elapsed() < max {
        if !alive(pid) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    !alive(pid)
}

/// `agent start` with the passphrase on stdin (typed once).
fn start(env: &Env, ttl: &str) -> (Agent, Value) {
    let v = env.json_from(
        no_secret(env)
            .args([
                "--json",
                "agent",
                "start",
                "--passphrase-file",
                "-",
                "--ttl",
                ttl,
            ])
            .write_stdin(format!("{PASS}\n")),
    );
    let pid = v["pid"].as_u64().expect("a pid") as u32;
    (Agent { pid }, v)
}

fn agent_dir(env: &Env) -> PathBuf {
    env.path("xdg-state/carnet/agent")
}

fn sockets(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default()
}

#[test]
fn a_passphrase_typed_once_opens_later_commands_and_stop_forgets_it() {
    let env = passphrase_vault();
    // Without an agent, no secret is exit 3.
    no_secret(&env).arg("list").assert().code(3);
    let (agent, started) = start(&env, "5m");
    assert_eq!(started["selected"], true, "{started}");
    let left = started["seconds_left"].as_i64().unwrap();
    assert!((290..=300).contains(&left), "{started}");

    // The socket's name says nothing of the vault's path or id.
    let socks = sockets(&agent_dir(&env));
    assert_eq!(socks.len(), 1, "{socks:?}");
    let name = socks[0].file_name().unwrap().to_string_lossy().to_string();
    let id = started["vault_id"].as_str().unwrap();
    assert!(!name.contains(id) && !name.contains("vault"), "{name}");

    // Later commands: no passphrase, no identity, no prompt.
    let list = env.json_from(no_secret(&env).args(["--json", "list"]));
    assert_eq!(list.as_array().unwrap().len(), 0);
    std::fs::write(env.path("ordonnance.pdf"), b"%PDF-1.4 agent test").unwrap();
    no_secret(&env)
        .arg("add")
        .arg(env.path("ordonnance.pdf"))
        .assert()
        .success();
    let list = env.json_from(no_secret(&env).args(["--json", "list"]));
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    let doc = list[0]["id"].as_str().unwrap().to_string();
    let got = no_secret(&env)
        .args(["get", &doc, "-o", "-"])
        .output()
        .unwrap();
    assert!(
        got.status.success(),
        "{}",
        String::from_utf8_lossy(&got.stderr)
    );
    assert_eq!(got.stdout, b"%PDF-1.4 agent test");

    // The journal says the acts were done in a session the agent opened;
    // the vault's creation, done with the passphrase, does not.
    let journal = env.json_from(no_secret(&env).args(["--json", "journal"]));
    let entries = journal.as_array().unwrap();
    let add = entries.iter().find(|e| e["action"] == "doc.add").unwrap();
    assert_eq!(add["details"]["unlocked"], "via agent", "{add}");
    let init = entries
        .iter()
        .find(|e| e["action"] == "vault.init")
        .unwrap();
    assert!(init["details"].get("unlocked").is_none(), "{init}");
    no_secret(&env)
        .args(["journal", "verify"])
        .assert()
        .success();

    // What needs the secret itself is refused, not handed out.
    let (_, r) = new_identity(env.dir.path(), "other.txt");
    let out = no_secret(&env).args(["key", "add", &r]).output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("never hands it out") && err.contains("CARNET_NO_AGENT=1"),
        "{err}"
    );

    // CARNET_NO_AGENT=1 bypasses it.
    no_secret(&env)
        .env("CARNET_NO_AGENT", "1")
        .arg("list")
        .assert()
        .code(3);

    // A second start for the same vault is refused.
    let out = no_secret(&env)
        .args(["agent", "start", "--passphrase-file", "-"])
        .write_stdin(format!("{PASS}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("already holds"));

    let stopped = env.json_from(no_secret(&env).args(["--json", "agent", "stop"]));
    assert_eq!(stopped["stopped"][0]["vault_id"], id, "{stopped}");
    assert!(
        gone_within(agent.pid, Duration::from_secs(5)),
        "agent still running"
    );
    assert!(sockets(&agent_dir(&env)).is_empty(), "socket left behind");
    no_secret(&env).arg("list").assert().code(3);
    let out = no_secret(&env).args(["agent", "status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no unlock agent is running") && err.contains("hint: start one"),
        "{err}"
    );
}

#[test]
fn the_agent_forgets_after_its_ttl() {
    let env = passphrase_vault();
    let t = Instant::now();
    let (agent, started) = start(&env, "3s");
    assert!(started["seconds_left"].as_i64().unwrap() <= 3);
    no_secret(&env).arg("list").assert().success();
    let status = env.json_from(no_secret(&env).args(["--json", "agent", "status"]));
    assert_eq!(status["agents"].as_array().unwrap().len(), 1, "{status}");
    assert!(
        gone_within(agent.pid, Duration::from_secs(3) + Duration::from_secs(5)),
        "the agent outlived its TTL"
    );
    assert!(
        t.elapsed() >= Duration::from_secs(2),
        "it exited before its TTL"
    );
    assert!(sockets(&agent_dir(&env)).is_empty(), "socket left behind");
    let out = no_secret(&env).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("carnet agent start"));
}

#[test]
fn the_agent_is_not_dumpable_and_locks_its_key_in_memory() {
    let env = passphrase_vault();
    let (agent, started) = start(&env, "5m");
    assert_eq!(started["dumpable"], false, "{started}");
    assert_eq!(started["core_limit"], 0, "{started}");
    let pid = agent.pid;
    // Seen from outside: no core file at all, whatever the signal.
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap();
    let fields: Vec<&str> = core.split_whitespace().collect();
    assert_eq!(&fields[4..6], &["0", "0"], "{core}");
    // Nothing secret on its command line.
    let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    let args: Vec<&[u8]> = cmdline
        .split(|&b| b == 0)
        .filter(|a| !a.is_empty())
        .collect();
    assert_eq!(&args[1..], &[&b"agent"[..], b"serve"], "{cmdline:?}");
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    if started["memory_locked"] == true {
        let vmlck = status.lines().find(|l| l.starts_with("VmLck:")).unwrap();
        let kb: u64 = vmlck.split_whitespace().nth(1).unwrap().parse().unwrap();
        assert!(kb > 0, "{vmlck}");
    } else {
        eprintln!("NOTE: mlock refused here (RLIMIT_MEMLOCK?): the key page is not locked");
    }
    // An undumpable process's /proc entries belong to root: another
    // process of the user cannot read its memory (checkable when not root).
    use std::os::unix::fs::MetadataExt;
    if unsafe { libc::geteuid() } != 0 {
        let m = std::fs::metadata(format!("/proc/{pid}/mem")).unwrap();
        assert_eq!(m.uid(), 0, "/proc/{pid}/mem is the user's: dumpable");
    }
    no_secret(&env).args(["agent", "stop"]).assert().success();
    assert!(gone_within(pid, Duration::from_secs(5)));
}

/// A client as another uid: connects to `sock`, asks for the status, and
/// prints `EACCES`, `CLOSED` or the response body in hex.
const PEER: &str = r#"
import socket, struct, sys
s = socket.socket(socket.AF_UNIX)
try:
    s.connect(sys.argv[1])
except PermissionError:
    print("EACCES"); sys.exit(0)
body = bytes([1, 1])
try:
    s.sendall(struct.pack(">I", len(body)) + body)
except (BrokenPipeError, ConnectionResetError):
    pass  # the agent may refuse and close before reading the request
head = b""
while len(head) < 4:
    c = s.recv(4 - len(head))
    if not c: print("CLOSED"); sys.exit(0)
    head += c
n = struct.unpack(">I", head)[0]
data = b""
while len(data) < n:
    c = s.recv(n - len(data))
    if not c: break
    data += c
print(data.hex())
"#;

fn as_nobody(sock: &Path) -> String {
    let out = std::process::Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .args(["/usr/bin/python3", "-c", PEER])
        .arg(sock)
        .env_clear()
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn another_user_gets_nothing() {
    use std::os::unix::fs::PermissionsExt;
    if unsafe { libc::geteuid() } != 0 {
        eprintln!(
            "\n!!!! SKIPPED another_user_gets_nothing: it needs root to connect as a second uid (setpriv); run the suite as root to check it !!!!\n"
        );
        return;
    }
    if !Path::new("/usr/bin/python3").exists() || which("setpriv").is_none() {
        eprintln!(
            "\n!!!! SKIPPED another_user_gets_nothing: no /usr/bin/python3 or setpriv !!!!\n"
        );
        return;
    }
    let env = passphrase_vault();
    let (agent, started) = start(&env, "5m");
    let dir = agent_dir(&env);
    let sock = sockets(&dir).pop().unwrap();
    assert_eq!(
        std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777,
        0o700
    );
    // First wall: the 0700 directory.
    assert_eq!(as_nobody(&sock), "EACCES");
    // Second wall, with the directories opened on purpose: the agent
    // checks its peer's uid and answers nothing but a refusal.
    let set = |p: &Path, mode: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap()
    };
    let opened = [
        env.dir.path().to_path_buf(),
        env.path("xdg-state"),
        env.path("xdg-state/carnet"),
        dir.clone(),
    ];
    for p in &opened {
        set(p, 0o711);
    }
    set(&sock, 0o666);
    let answer = as_nobody(&sock);
    for p in &opened {
        set(p, 0o700);
    }
    set(&sock, 0o600);
    let bytes = hex::decode(&answer).unwrap_or_else(|_| panic!("{answer}"));
    assert_eq!(bytes.first(), Some(&5u8), "not a refusal: {answer}");
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("not your agent"), "{text}");
    let id = started["vault_id"].as_str().unwrap();
    assert!(!text.contains(id) && !text.contains("age1"), "{text}");
    // The agent still serves its own user.
    no_secret(&env).arg("list").assert().success();
    assert!(alive(agent.pid));
    no_secret(&env).args(["agent", "stop"]).assert().success();
}

fn which(tool: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .map(|d| d.join(tool))
        .find(|p| p.is_file())
}

#[test]
fn a_stale_socket_and_an_agent_for_another_vault_are_clear_errors() {
    let env = passphrase_vault();
    let (agent, _) = start(&env, "5m");
    // Killed without a stop: its socket file stays behind.
    unsafe { libc::kill(agent.pid as i32, libc::SIGKILL) };
    assert!(gone_within(agent.pid, Duration::from_secs(5)));
    assert_eq!(sockets(&agent_dir(&env)).len(), 1);
    let out = no_secret(&env).args(["agent", "status"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("stale agent socket(s) removed"), "{err}");
    assert!(err.contains("no unlock agent is running"), "{err}");
    assert!(sockets(&agent_dir(&env)).is_empty());
    // Commands fall back to the usual unlock (a stale socket they meet
    // is removed on the way too).
    let (agent, _) = start(&env, "5m");
    unsafe { libc::kill(agent.pid as i32, libc::SIGKILL) };
    assert!(gone_within(agent.pid, Duration::from_secs(5)));
    let out = no_secret(&env).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&out.stderr).contains("carnet agent start"));
    assert!(sockets(&agent_dir(&env)).is_empty());
    let out = no_secret(&env).args(["agent", "stop"]).output().unwrap();
    assert_eq!(out.status.code(), Some(4));

    // An agent for this vault, asked about another one (an identity vault).
    let (agent, _) = start(&env, "5m");
    let other = env.path("other-vault");
    env.cmd()
        .env("CARNET_VAULT", &other)
        .args([
            "init",
            "--name",
            "Lea",
            "--no-passphrase",
            "--recipient",
            &env.recipient,
        ])
        .assert()
        .success();
    let out = no_secret(&env)
        .env("CARNET_VAULT", &other)
        .args(["agent", "status"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("agents hold another vault"), "{err}");
    assert!(err.contains(&env.vault.display().to_string()), "{err}");
    no_secret(&env)
        .env("CARNET_VAULT", &other)
        .args(["agent", "stop"])
        .assert()
        .code(4);
    // The other vault is not opened by this agent's key.
    no_secret(&env)
        .env("CARNET_VAULT", &other)
        .arg("list")
        .assert()
        .code(3);
    env.cmd()
        .env("CARNET_VAULT", &other)
        .arg("list")
        .assert()
        .success();
    // `--all` stops it from anywhere.
    no_secret(&env)
        .env("CARNET_VAULT", &other)
        .args(["agent", "stop", "--all"])
        .assert()
        .success();
    assert!(gone_within(agent.pid, Duration::from_secs(5)));
}

#[test]
fn an_agent_of_a_vault_re_keyed_since_is_not_used() {
    let env = passphrase_vault();
    let (agent, _) = start(&env, "5m");
    env.cmd()
        .env_remove("CARNET_IDENTITY")
        .env("CARNET_NO_AGENT", "1")
        .args(["rekey", "--passphrase-file"])
        .arg(env.path("pass.txt"))
        .assert()
        .success();
    let out = no_secret(&env).arg("list").output().unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("holds an older key"), "{err}");
    no_secret(&env).args(["agent", "stop"]).assert().success();
    assert!(gone_within(agent.pid, Duration::from_secs(5)));
}
