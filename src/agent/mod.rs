//! The unlock agent (`carnet agent start|status|stop`, docs/agent.md): a
//! background process of the user that holds one vault's key for a while
//! and answers, on a Unix socket and to the same user only, the two
//! things carnet does with it: unwrap an age file key addressed to the
//! vault's recipient, and derive one of carnet's purpose keys. Later
//! commands of the user open that vault through it, with no passphrase
//! and no identity; the key itself never leaves the agent.

pub mod client;
mod heal;
pub mod place;
pub mod proto;
pub mod server;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use crate::vault::UnlockMethod;
use proto::AgentInfo;
pub use server::Setup;

/// The longest an agent may hold a key.
pub const MAX_TTL: Duration = Duration::from_secs(7 * 24 * 3600);
/// How long `agent start` waits for the socket to answer.
const START_WAIT: Duration = Duration::from_secs(10);

/// What `agent start` hands the agent of the user's unlock method, so
/// that it can follow a rekey another replica made (the new key is
/// wrapped to the remaining methods): the passphrase, or the plain X25519
/// identities of the identity file (an encrypted identity file, an ssh
/// key or a plugin is not handed over: that agent cannot follow, and
/// `sync` says to start it again).
pub fn method_line(
    method: Option<&UnlockMethod>,
    identity_file: Option<&Path>,
) -> Option<Zeroizing<String>> {
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::STANDARD.encode(s.as_bytes());
    match method? {
        UnlockMethod::Passphrase(p) => {
            Some(Zeroizing::new(format!("p:{}", b64(p.expose_secret()))))
        }
        UnlockMethod::Identities { .. } => {
            let raw = Zeroizing::new(std::fs::read(identity_file?).ok()?);
            let text = std::str::from_utf8(&raw).ok()?;
            let ids: Zeroizing<String> = Zeroizing::new(
                text.lines()
                    .map(str::trim)
                    .filter(|l| l.parse::<age::x25519::Identity>().is_ok())
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            (!ids.is_empty()).then(|| Zeroizing::new(format!("i:{}", b64(&ids))))
        }
    }
}

/// Starts an agent holding `secret` (the vault key) for `setup`: re-runs
/// this binary as `carnet agent serve` in its own session, hands it the
/// setup, the key and the unlock method's line ([`method_line`]) through
/// a pipe, and returns once its socket answers.
pub fn spawn(
    setup: &Setup,
    secret: SecretString,
    method: Option<Zeroizing<String>>,
) -> Result<AgentInfo> {
    let exe = std::env::current_exe()
        .map_err(|e| Error::io(crate::i18n::tr!("io-agent-finding-binary"), e))?;
    let path = place::socket_path(&place::ensure_dir()?, &setup.vault_id)?;
    let mut cmd = Command::new(exe);
    cmd.args(["agent", "serve"])
        .current_dir("/")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // SAFETY: setsid is async-signal-safe: the agent leaves the
    // terminal's session, so closing the terminal does not stop it.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
            libc::setsid();
            Ok(())
        });
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| Error::io(crate::i18n::tr!("io-agent-starting"), e))?;
    {
        let mut stdin = child.stdin.take().expect("piped");
        let mut msg = Zeroizing::new(serde_json::to_vec(setup).expect("setup serializes"));
        msg.push(b'\n');
        msg.extend_from_slice(secret.expose_secret().as_bytes());
        msg.push(b'\n');
        if let Some(m) = &method {
            msg.extend_from_slice(m.as_bytes());
            msg.push(b'\n');
        }
        stdin
            .write_all(&msg)
            .map_err(|e| Error::io(crate::i18n::tr!("io-agent-handing-key"), e))?;
    }
    let started = Instant::now();
    loop {
        if let client::Probe::Live(info) = client::probe_keeping(&path) {
            if info.vault_id == setup.vault_id && info.pid == child.id() {
                return Ok(info);
            }
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(Error::unexpected(
                crate::i18n::tr!("y-agent-exited"),
                crate::i18n::tr!("y-agent-exited-why", status = exit_status(status)),
            ));
        }
        if started.elapsed() > START_WAIT {
            let _ = child.kill();
            return Err(Error::unexpected(
                crate::i18n::tr!("y-agent-no-answer"),
                crate::i18n::tr!(
                    "y-agent-waited",
                    secs = START_WAIT.as_secs(),
                    path = path.display().to_string()
                ),
            ));
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// How a process ended, in the user's language (std's `ExitStatus` text
/// is English).
fn exit_status(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => crate::i18n::tr!("y-exit-code", code = code),
        (None, Some(signal)) => crate::i18n::tr!("y-exit-signal", signal = signal),
        (None, None) => status.to_string(),
    }
}
