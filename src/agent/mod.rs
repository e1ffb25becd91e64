//! The unlock agent (`carnet agent start|status|stop`, docs/agent.md): a
//! background process of the user that holds one vault's key for a while
//! and answers, on a Unix socket and to the same user only, the two
//! things carnet does with it: unwrap an age file key addressed to the
//! vault's recipient, and derive one of carnet's purpose keys. Later
//! commands of the user open that vault through it, with no passphrase
//! and no identity; the key itself never leaves the agent.

pub mod client;
pub mod place;
pub mod proto;
pub mod server;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::error::{Error, Result};
use proto::AgentInfo;
pub use server::Setup;

/// The longest an agent may hold a key.
pub const MAX_TTL: Duration = Duration::from_secs(7 * 24 * 3600);
/// How long `agent start` waits for the socket to answer.
const START_WAIT: Duration = Duration::from_secs(10);

/// Starts an agent holding `secret` (the vault key) for `setup`: re-runs
/// this binary as `carnet agent serve` in its own session, hands it the
/// setup and the key through a pipe, and returns once its socket answers.
pub fn spawn(setup: &Setup, secret: SecretString) -> Result<AgentInfo> {
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
        stdin
            .write_all(&msg)
            .map_err(|e| Error::io(crate::i18n::tr!("io-agent-handing-key"), e))?;
    }
    let started = Instant::now();
    loop {
        if let client::Probe::Live(info) = client::probe(&path) {
            if info.vault_id == setup.vault_id && info.pid == child.id() {
                return Ok(info);
            }
        }
        if let Ok(Some(status)) = child.try_wait() {
            return Err(Error::unexpected(
                "the agent process exited before its socket answered",
                format!("{status}; is another agent starting for this vault?"),
            ));
        }
        if started.elapsed() > START_WAIT {
            let _ = child.kill();
            return Err(Error::unexpected(
                "the agent's socket did not answer in time",
                format!("waited {}s on {}", START_WAIT.as_secs(), path.display()),
            ));
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}
