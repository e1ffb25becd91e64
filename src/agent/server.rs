//! The agent process (`carnet agent serve`, started by `agent start`): it
//! reads the vault key from its stdin pipe (never a file, never its
//! command line), makes itself undumpable, locks the key's page in
//! memory, and answers on its socket, to its own user only, until its TTL
//! ends or it is told to stop; then the key is wiped and it exits.

use std::io::Read;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::time::Duration;

use age::secrecy::ExposeSecret;
use age_core::format::Stanza;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::agent::client::{probe, Probe};
use crate::agent::place;
use crate::agent::proto::{read_frame, write_frame, AgentInfo, Request, Response};
use crate::crypto::{derive_from_secret, DERIVED_PURPOSES};
use crate::error::{Error, Result};

/// What `agent start` hands the agent on its stdin, before the key line.
#[derive(Debug, Serialize, Deserialize)]
pub struct Setup {
    pub vault_id: String,
    pub vault: String,
    pub file: String,
    pub ttl_secs: u64,
}

/// The most `agent start` writes to the agent's stdin.
const MAX_SETUP: u64 = 16 * 1024;
/// How long one client may take to send its request.
const CLIENT_TIMEOUT: Duration = Duration::from_secs(2);

/// Makes this process undumpable (no core file, no ptrace or
/// /proc/PID/mem by other processes of the user) and sets its core limit
/// to zero: done before the key is read.
pub fn harden() -> Result<()> {
    // SAFETY: plain syscalls on this process, with valid arguments.
    unsafe {
        let zero = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::setrlimit(libc::RLIMIT_CORE, &zero) != 0 {
            return Err(Error::io(
                crate::i18n::tr!("io-agent-no-core"),
                std::io::Error::last_os_error(),
            ));
        }
        if libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) != 0 {
            return Err(Error::io(
                crate::i18n::tr!("io-agent-not-dumpable"),
                std::io::Error::last_os_error(),
            ));
        }
    }
    Ok(())
}

fn dumpable() -> bool {
    // SAFETY: a query of this process's flag.
    unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) != 0 }
}

fn core_limit() -> u64 {
    let mut r = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes into `r`.
    unsafe { libc::getrlimit(libc::RLIMIT_CORE, &mut r) };
    r.rlim_cur
}

/// The vault identity, in a page locked in memory while the agent runs.
struct Held {
    identity: Box<age::x25519::Identity>,
    locked: bool,
}

impl Held {
    fn new(identity: age::x25519::Identity) -> Held {
        let identity = Box::new(identity);
        let ptr = &*identity as *const age::x25519::Identity as *const libc::c_void;
        // SAFETY: locks the pages of a live allocation, unlocked on drop.
        let locked = unsafe { libc::mlock(ptr, std::mem::size_of::<age::x25519::Identity>()) } == 0;
        Held { identity, locked }
    }
}

impl Drop for Held {
    fn drop(&mut self) {
        if self.locked {
            let ptr = &*self.identity as *const age::x25519::Identity as *const libc::c_void;
            // SAFETY: the range locked in `new`; the identity wipes
            // itself when the box is dropped right after.
            unsafe { libc::munlock(ptr, std::mem::size_of::<age::x25519::Identity>()) };
        }
    }
}

/// The user's unlock method, held so that a rekey another replica made
/// can be followed (its new key is wrapped to the remaining methods):
/// used only to open a wrapper the agent is sent, never given out.
enum Method {
    Passphrase(age::secrecy::SecretString),
    Identities(Vec<age::x25519::Identity>),
}

impl Method {
    /// `p:` then the passphrase, or `i:` then X25519 identities, base64.
    fn parse(line: &[u8]) -> Option<Method> {
        use base64::Engine;
        let line = std::str::from_utf8(line).ok()?.trim();
        let (kind, b64) = line.split_once(':')?;
        let raw = Zeroizing::new(base64::engine::general_purpose::STANDARD.decode(b64).ok()?);
        let text = std::str::from_utf8(&raw).ok()?;
        match kind {
            "p" => Some(Method::Passphrase(text.to_string().into())),
            "i" => {
                let ids: Vec<age::x25519::Identity> =
                    text.lines().filter_map(|l| l.trim().parse().ok()).collect();
                (!ids.is_empty()).then_some(Method::Identities(ids))
            }
            _ => None,
        }
    }

    /// The vault key in `wrapper`, if it opens with this method.
    fn open(&self, wrapper: &[u8]) -> Option<crate::crypto::VaultKey> {
        match self {
            Method::Passphrase(p) => {
                crate::crypto::unwrap_with_passphrase(wrapper, p.clone()).ok()?
            }
            Method::Identities(ids) => {
                let ids: Vec<&dyn age::Identity> =
                    ids.iter().map(|i| i as &dyn age::Identity).collect();
                crate::crypto::unwrap_vault_key_with(wrapper, &ids).ok()?
            }
        }
    }
}

/// What the agent holds: the key it answers for first, then (after it
/// followed a rekey) the keys it replaced, for reading only.
struct State {
    keys: Vec<Held>,
    method: Option<Method>,
    info: AgentInfo,
}

/// Keys kept after rekeys the agent followed.
const MAX_KEYS: usize = 4;

/// Runs the agent: reads the setup and key from `input`, then serves
/// until the TTL ends or a stop request.
pub fn serve(mut input: impl Read) -> Result<()> {
    harden()?;
    let mut buf = Zeroizing::new(Vec::new());
    input
        .by_ref()
        .take(MAX_SETUP)
        .read_to_end(&mut buf)
        .map_err(|e| Error::io(crate::i18n::tr!("io-agent-setup"), e))?;
    let bad = || {
        Error::usage(
            "`carnet agent serve` reads what `carnet agent start` gives it",
            "run `carnet agent start`",
        )
    };
    let nl = buf.iter().position(|&b| b == b'\n').ok_or_else(bad)?;
    let setup: Setup = serde_json::from_slice(&buf[..nl]).map_err(|_| bad())?;
    let secret = std::str::from_utf8(&buf[nl + 1..]).map_err(|_| bad())?;
    // The key line, then (from `agent start`) the unlock method's line.
    let (secret, method) = match secret.split_once('\n') {
        Some((k, m)) => (k, Method::parse(m.as_bytes())),
        None => (secret, None),
    };
    let identity: age::x25519::Identity = secret.trim().parse().map_err(|_| bad())?;
    drop(buf);
    let held = Held::new(identity);

    let dir = place::ensure_dir()?;
    let path = place::socket_path(&dir, &setup.vault_id)?;
    if let Probe::Live(_) = probe(&path) {
        return Err(Error::usage(
            "an agent already holds this vault",
            "use it, or `carnet agent stop` first",
        ));
    }
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path).map_err(|e| {
        Error::io(
            crate::i18n::tr!("io-listening", path = path.display().to_string()),
            e,
        )
    })?;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
        .map_err(|e| Error::io(crate::i18n::tr!("io-agent-socket-mode"), e))?;
    let ino = std::fs::symlink_metadata(&path).map(|m| m.ino()).ok();

    let expires_at = time::OffsetDateTime::now_utc().unix_timestamp()
        + i64::try_from(setup.ttl_secs).unwrap_or(i64::MAX / 2);
    let deadline = std::time::Instant::now() + Duration::from_secs(setup.ttl_secs);
    let mut state = State {
        keys: Vec::new(),
        method,
        info: AgentInfo {
            vault_id: setup.vault_id.clone(),
            vault: setup.vault.clone(),
            recipient: held.identity.to_public().to_string(),
            file: setup.file.clone(),
            pid: std::process::id(),
            expires_at,
            memory_locked: held.locked,
            dumpable: dumpable(),
            core_limit: core_limit(),
        },
    };
    state.keys.push(held);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            break;
        }
        if !readable(&listener, left.min(Duration::from_secs(60))) {
            continue;
        }
        let Ok((stream, _)) = listener.accept() else {
            continue;
        };
        if handle(stream, &mut state) {
            break;
        }
    }
    // Ours still (not a socket another agent made since): removed.
    if ino.is_some() && std::fs::symlink_metadata(&path).map(|m| m.ino()).ok() == ino {
        let _ = std::fs::remove_file(&path);
    }
    drop(state);
    Ok(())
}

/// Waits up to `wait` for a connection.
fn readable(l: &UnixListener, wait: Duration) -> bool {
    let mut fds = libc::pollfd {
        fd: l.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = i32::try_from(wait.as_millis()).unwrap_or(i32::MAX).max(1);
    // SAFETY: one valid pollfd.
    unsafe { libc::poll(&mut fds, 1, ms) > 0 }
}

/// The uid of the process at the other end (SO_PEERCRED).
fn peer_uid(s: &UnixStream) -> Option<u32> {
    let mut cred = libc::ucred {
        pid: 0,
        uid: 0,
        gid: 0,
    };
    let mut len = std::mem::size_of::<libc::ucred>() as libc::socklen_t;
    // SAFETY: getsockopt writes at most `len` bytes into `cred`.
    let r = unsafe {
        libc::getsockopt(
            s.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_PEERCRED,
            &mut cred as *mut libc::ucred as *mut libc::c_void,
            &mut len,
        )
    };
    (r == 0 && len as usize == std::mem::size_of::<libc::ucred>()).then_some(cred.uid)
}

/// Answers one connection; `true` when told to stop.
fn handle(mut s: UnixStream, state: &mut State) -> bool {
    let _ = s.set_read_timeout(Some(CLIENT_TIMEOUT));
    let _ = s.set_write_timeout(Some(CLIENT_TIMEOUT));
    // SAFETY: a query of this process's effective uid.
    let me = unsafe { libc::geteuid() };
    if peer_uid(&s) != Some(me) {
        // Another user gets nothing: not even which vault this is.
        let _ = write_frame(&mut s, &Response::Refused("not your agent".into()).encode());
        return false;
    }
    let Ok(frame) = read_frame(&mut s) else {
        return false;
    };
    let (resp, stop) = match Request::parse(&frame) {
        Err(e) => (Response::Refused(format!("malformed request: {e}")), false),
        Ok(req) => answer(req, state),
    };
    let _ = write_frame(&mut s, &resp.encode());
    stop
}

/// The answer to one well-formed request, and whether to stop.
fn answer(req: Request, state: &mut State) -> (Response, bool) {
    let other = |id: &str| id != state.info.vault_id;
    match req {
        Request::Status => (Response::Info(state.info.clone()), false),
        Request::Unwrap { vault_id, .. }
        | Request::Derive { vault_id, .. }
        | Request::Stop { vault_id }
        | Request::Follow { vault_id, .. }
        | Request::Heal { vault_id }
        | Request::Sync { vault_id, .. }
            if other(&vault_id) =>
        {
            (
                Response::Refused("this agent holds another vault".into()),
                false,
            )
        }
        Request::Unwrap {
            tag, args, body, ..
        } => {
            if tag != "X25519" {
                return (Response::NoMatch, false);
            }
            let stanza = Stanza { tag, args, body };
            // The current key, then those a followed rekey replaced (the
            // files written before it).
            for held in &state.keys {
                if let Some(Ok(k)) = age::Identity::unwrap_stanza(&*held.identity, &stanza) {
                    return (Response::FileKey(Zeroizing::new(*k.expose_secret())), false);
                }
            }
            (Response::NoMatch, false)
        }
        Request::Derive { purposes, .. } => {
            if !purposes
                .iter()
                .all(|p| DERIVED_PURPOSES.contains(&p.as_str()))
            {
                return (
                    Response::Refused("not a purpose carnet derives".into()),
                    false,
                );
            }
            // Only the current key's: what is written is written with it.
            let secret = state.keys[0].identity.to_string();
            let ks = purposes
                .iter()
                .map(|p| derive_from_secret(&secret, p))
                .collect();
            (Response::Derived(ks), false)
        }
        Request::Stop { .. } => (Response::Stopped, true),
        Request::Follow {
            recipient, wrapper, ..
        } => (follow(state, &recipient, &wrapper), false),
        Request::Heal { .. } => (heal(state), false),
        Request::Sync { remote, .. } => (sync(state, &remote), false),
    }
}

/// Makes a sync for a command that could not (see `agent::heal`), with
/// the key and unlock method held; the key it ends with becomes the one
/// the agent answers for. The report, or the error, as JSON.
fn sync(state: &mut State, remote: &str) -> Response {
    let method = state.method.as_ref().map(|m| match m {
        Method::Passphrase(p) => crate::vault::UnlockMethod::Passphrase(p.clone()),
        Method::Identities(ids) => crate::vault::UnlockMethod::Identities {
            identities: ids
                .iter()
                .map(|i| Box::new(i.clone()) as Box<dyn age::Identity + Send + Sync>)
                .collect(),
            source: "agent".into(),
        },
    });
    let done = crate::agent::heal::sync(&state.keys[0].identity, method, &state.info, remote);
    let json = match done {
        Ok((identity, mut report)) => {
            if let Some(i) = identity {
                let to = i.to_public().to_string();
                if to != state.info.recipient {
                    state.info.recipient = to;
                    state.keys.insert(0, Held::new(i));
                    state.keys.truncate(MAX_KEYS);
                    state.info.memory_locked = state.keys.iter().all(|k| k.locked);
                }
            }
            // A report fits a frame: the last warnings give way.
            loop {
                let j = serde_json::to_vec(&serde_json::json!({ "report": &report }))
                    .unwrap_or_default();
                if j.len() <= crate::agent::proto::MAX_REPORT || report.warnings.is_empty() {
                    break j;
                }
                report.warnings.pop();
            }
        }
        Err(e) => serde_json::to_vec(&serde_json::json!({
            "error": {
                "code": e.exit_code(),
                // At most 4 bytes a char: both fit a frame.
                "message": e.to_string().chars().take(400).collect::<String>(),
                "hint": e.hint().chars().take(400).collect::<String>(),
            }
        }))
        .unwrap_or_default(),
    };
    Response::Report(json)
}

/// Heals crossed rekeys on the agent's vault (see `agent::heal`): the key
/// it made becomes the one the agent answers for, as after a follow.
fn heal(state: &mut State) -> Response {
    let passphrase = match &state.method {
        Some(Method::Passphrase(p)) => Some(p),
        _ => None,
    };
    match crate::agent::heal::heal(&state.keys[0].identity, passphrase, &state.info) {
        Ok(crate::agent::heal::Outcome::Healed(identity)) => {
            state.info.recipient = identity.to_public().to_string();
            state.keys.insert(0, Held::new(identity));
            state.keys.truncate(MAX_KEYS);
            state.info.memory_locked = state.keys.iter().all(|k| k.locked);
            Response::Info(state.info.clone())
        }
        Ok(crate::agent::heal::Outcome::NotNeeded) => Response::Info(state.info.clone()),
        Ok(crate::agent::heal::Outcome::NeedsPassphrase) => {
            Response::Refused(crate::agent::client::HEAL_NEEDS_PASSPHRASE.into())
        }
        Err(e) => Response::Refused(e.to_string()),
    }
}

/// Takes on the key a rekey made, if `wrapper` opens with the unlock
/// method held and holds the key of `recipient` (whoever can reach the
/// socket can encrypt some key to a public recipient, but nothing the
/// agent gives out helps them: the key replaced is never handed out).
fn follow(state: &mut State, recipient: &str, wrapper: &[u8]) -> Response {
    if state.info.recipient == recipient {
        return Response::Info(state.info.clone());
    }
    let Some(method) = &state.method else {
        return Response::Refused(
            "this agent holds no unlock method to follow a rekey with".into(),
        );
    };
    let Some(key) = method.open(wrapper) else {
        return Response::NoMatch;
    };
    if key.recipient().to_string() != recipient {
        return Response::NoMatch;
    }
    let Some(identity) = key.local_identity().cloned() else {
        return Response::NoMatch;
    };
    state.keys.insert(0, Held::new(identity));
    state.keys.truncate(MAX_KEYS);
    state.info.recipient = recipient.to_string();
    state.info.memory_locked = state.keys.iter().all(|k| k.locked);
    Response::Info(state.info.clone())
}
