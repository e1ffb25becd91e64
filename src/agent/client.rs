//! Talking to an agent: one connection per request. What a command gets
//! for a vault an agent holds is a [`HeldKey`]: it sends the X25519
//! stanzas of the files it opens to the agent and gets their file keys
//! back, and holds the purpose keys the agent derived when the key was
//! handed over; the vault's identity never comes here.

use crate::error::doing;
use std::io::ErrorKind;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use age_core::format::{FileKey, Stanza};
use zeroize::Zeroizing;

use crate::agent::place;
use crate::agent::proto::{read_frame, write_frame, AgentInfo, Request, Response};
use crate::crypto::{HolderHeal, KeyHolder, VaultKey, DERIVED_PURPOSES};
use crate::error::{Error, Result};

/// How long a request may take: an agent answers from memory.
const TIMEOUT: Duration = Duration::from_secs(5);

/// How long a heal may take: the agent re-keys the whole vault (and waits
/// for its lock first).
const HEAL_TIMEOUT: Duration = Duration::from_secs(3600);

/// What the agent says when it cannot heal for want of the passphrase.
pub(crate) const HEAL_NEEDS_PASSPHRASE: &str =
    "the vault has a passphrase this agent does not hold";

/// Sends one request and reads the answer.
pub fn request(path: &Path, req: &Request) -> std::io::Result<Response> {
    request_within(path, req, TIMEOUT)
}

fn request_within(path: &Path, req: &Request, wait: Duration) -> std::io::Result<Response> {
    let body = req
        .encode()
        .map_err(|e| std::io::Error::new(ErrorKind::InvalidInput, e.0))?;
    let mut s = UnixStream::connect(path)?;
    s.set_read_timeout(Some(wait))?;
    s.set_write_timeout(Some(TIMEOUT))?;
    write_frame(&mut s, &body)?;
    let frame = read_frame(&mut s)?;
    Response::parse(&frame).map_err(|e| std::io::Error::new(ErrorKind::InvalidData, e.0))
}

/// What is found at a socket path.
#[derive(Debug)]
pub enum Probe {
    /// An agent answers.
    Live(AgentInfo),
    /// Nothing there.
    Missing,
    /// A socket file nobody listens on (an agent killed): removed.
    Stale,
    /// Something answered but not as an agent of ours does (the message).
    Odd(String),
}

/// Asks the agent at `path` who it is; removes a stale socket file.
pub fn probe(path: &Path) -> Probe {
    let found = probe_keeping(path);
    if matches!(found, Probe::Stale) {
        let _ = std::fs::remove_file(path);
    }
    found
}

/// [`probe`] without removing anything: while an agent starts, its socket
/// exists a moment before it listens (refused then, yet not stale).
pub fn probe_keeping(path: &Path) -> Probe {
    match request(path, &Request::Status) {
        Ok(Response::Info(i)) => Probe::Live(i),
        Ok(Response::Refused(m)) => Probe::Odd(format!("it refused: {m}")),
        Ok(other) => Probe::Odd(format!("unexpected answer {other:?}")),
        Err(e) if e.kind() == ErrorKind::NotFound => Probe::Missing,
        Err(e) if e.kind() == ErrorKind::ConnectionRefused => Probe::Stale,
        Err(e) => Probe::Odd(e.to_string()),
    }
}

/// The socket path of the agent for `vault_id`, if the directory exists.
pub fn socket_for(vault_id: &str) -> Result<Option<PathBuf>> {
    match place::existing_dir()? {
        Some(d) => Ok(Some(place::socket_path(&d, vault_id)?)),
        None => Ok(None),
    }
}

/// Every socket in the agents' directory, with what answers there.
pub fn list() -> Result<Vec<(PathBuf, Probe)>> {
    let Some(d) = place::existing_dir()? else {
        return Ok(Vec::new());
    };
    let rd = std::fs::read_dir(&d).map_err(|e| Error::io(doing::reading(&d), e))?;
    let mut out = Vec::new();
    // Bounded: the directory is the user's own, but a loop over it must end.
    for e in rd.flatten().take(256) {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "sock") {
            let found = probe(&p);
            out.push((p, found));
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// The key of vault `vault_id` if an agent holds it, with what the agent
/// says of itself. `Ok(None)`: no agent for this vault.
pub fn key_for(vault_id: &str) -> Result<Option<(VaultKey, AgentInfo)>> {
    let Some(path) = socket_for(vault_id)? else {
        return Ok(None);
    };
    let Probe::Live(info) = probe(&path) else {
        return Ok(None);
    };
    if info.vault_id != vault_id {
        return Ok(None);
    }
    let recipient: age::x25519::Recipient = info.recipient.parse().map_err(|_| {
        Error::integrity(
            crate::i18n::tr!("m-agent-bad-recipient"),
            crate::i18n::tr!("m-agent-bad-recipient-hint"),
        )
    })?;
    // Every purpose key in one round trip: a command opens the vault with
    // three (status, these keys, the index's file key).
    let req = Request::Derive {
        vault_id: vault_id.to_string(),
        purposes: DERIVED_PURPOSES.iter().map(|p| p.to_string()).collect(),
    };
    let derived: Vec<(&'static str, Zeroizing<[u8; 32]>)> = match request(&path, &req) {
        Ok(Response::Derived(ks)) if ks.len() == DERIVED_PURPOSES.len() => {
            DERIVED_PURPOSES.iter().copied().zip(ks).collect()
        }
        // It went away meanwhile (its TTL ended): as if it never was.
        _ => return Ok(None),
    };
    let held = HeldKey {
        path,
        vault_id: vault_id.to_string(),
        recipient,
        derived,
    };
    Ok(Some((VaultKey::held(Arc::new(held)), info)))
}

/// A vault key the agent holds (see the module's doc).
pub struct HeldKey {
    path: PathBuf,
    vault_id: String,
    recipient: age::x25519::Recipient,
    derived: Vec<(&'static str, Zeroizing<[u8; 32]>)>,
}

impl age::Identity for HeldKey {
    fn unwrap_stanza(
        &self,
        stanza: &Stanza,
    ) -> Option<std::result::Result<FileKey, age::DecryptError>> {
        // Only what the vault key could open goes to the agent: other
        // stanzas (a passphrase's, another recipient's) are not for it.
        if stanza.tag != "X25519" || stanza.args.len() != 1 || stanza.body.len() != 32 {
            return None;
        }
        let req = Request::Unwrap {
            vault_id: self.vault_id.clone(),
            tag: stanza.tag.clone(),
            args: stanza.args.clone(),
            body: stanza.body.clone(),
        };
        match request(&self.path, &req) {
            Ok(Response::FileKey(k)) => Some(Ok(FileKey::new(Box::new(*k)))),
            Ok(Response::NoMatch) => None,
            Ok(_) => Some(Err(age::DecryptError::KeyDecryptionFailed)),
            Err(e) => Some(Err(age::DecryptError::Io(std::io::Error::new(
                e.kind(),
                format!("the unlock agent did not answer ({e}); run the command again"),
            )))),
        }
    }
}

impl KeyHolder for HeldKey {
    fn recipient(&self) -> age::x25519::Recipient {
        self.recipient.clone()
    }

    fn derived(&self, purpose: &str) -> Option<Zeroizing<[u8; 32]>> {
        self.derived
            .iter()
            .find(|(p, _)| *p == purpose)
            .map(|(_, k)| k.clone())
    }

    fn as_identity(&self) -> &dyn age::Identity {
        self
    }

    fn follow(&self, to: &str, wrapper: &[u8]) -> Result<Option<VaultKey>> {
        if wrapper.len() > crate::agent::proto::MAX_WRAPPER {
            return Ok(None);
        }
        let req = Request::Follow {
            vault_id: self.vault_id.clone(),
            recipient: to.to_string(),
            wrapper: wrapper.to_vec(),
        };
        let cannot = |why: String| {
            Error::unlock(
                crate::i18n::tr!("s2-agent-cannot-follow", why = why),
                crate::i18n::tr!("s2-agent-cannot-follow-hint"),
            )
        };
        match request(&self.path, &req) {
            Ok(Response::Info(i)) if i.recipient == to => {}
            Ok(Response::NoMatch) => return Ok(None),
            Ok(Response::Refused(m)) => return Err(cannot(m)),
            Ok(_) => return Err(cannot("an unexpected answer".into())),
            Err(e) => return Err(cannot(e.to_string())),
        }
        // The agent answers for the new key now: its purpose keys.
        match key_for(&self.vault_id)? {
            Some((k, _)) if k.recipient().to_string() == to => Ok(Some(k)),
            _ => Err(cannot("it went away".into())),
        }
    }

    fn sync_in_holder(&self, remote: &str) -> Result<Option<(VaultKey, Vec<u8>)>> {
        let req = Request::Sync {
            vault_id: self.vault_id.clone(),
            remote: remote.to_string(),
        };
        let json = match request_within(&self.path, &req, HEAL_TIMEOUT) {
            Ok(Response::Report(j)) => j,
            // An older agent, or one gone: the command's own error stands.
            _ => return Ok(None),
        };
        let v: serde_json::Value = serde_json::from_slice(&json).unwrap_or_default();
        if let Some(e) = v.get("error") {
            return Err(agent_error(e));
        }
        let Some(report) = v.get("report") else {
            return Ok(None);
        };
        match key_for(&self.vault_id)? {
            Some((k, _)) => Ok(Some((k, serde_json::to_vec(report).unwrap_or_default()))),
            None => Ok(None),
        }
    }

    fn heal(&self) -> Result<HolderHeal> {
        let req = Request::Heal {
            vault_id: self.vault_id.clone(),
        };
        let now = match request_within(&self.path, &req, HEAL_TIMEOUT) {
            Ok(Response::Info(i)) => i.recipient,
            Ok(Response::Refused(m)) if m == HEAL_NEEDS_PASSPHRASE => {
                return Ok(HolderHeal::NeedsPassphrase)
            }
            Ok(Response::Refused(m)) => return Ok(HolderHeal::Cannot(m)),
            Ok(other) => return Ok(HolderHeal::Cannot(format!("{other:?}"))),
            Err(e) => return Ok(HolderHeal::Cannot(e.to_string())),
        };
        if now == self.recipient.to_string() {
            return Ok(HolderHeal::NotNeeded);
        }
        // The agent answers for the key it made: its purpose keys.
        match key_for(&self.vault_id)? {
            Some((k, _)) if k.recipient().to_string() == now => Ok(HolderHeal::Healed(k)),
            _ => Ok(HolderHeal::Cannot("it went away".into())),
        }
    }
}

/// Asks the agent for `vault_id` to forget and exit. `Ok(false)`: none
/// was running.
pub fn stop(vault_id: &str) -> Result<bool> {
    let Some(path) = socket_for(vault_id)? else {
        return Ok(false);
    };
    match probe(&path) {
        Probe::Live(i) if i.vault_id == vault_id => {}
        _ => return Ok(false),
    }
    let req = Request::Stop {
        vault_id: vault_id.to_string(),
    };
    match request(&path, &req) {
        Ok(Response::Stopped) => Ok(true),
        Ok(other) => Err(Error::unexpected(
            crate::i18n::tr!("y-agent-not-stopped"),
            crate::i18n::tr!("y-agent-answered", answer = format!("{other:?}")),
        )),
        Err(e) => Err(Error::io(crate::i18n::tr!("io-agent-stopping"), e)),
    }
}

/// The error of a sync the agent made, as the agent reported it (its
/// message and hint are in the user's language already).
fn agent_error(e: &serde_json::Value) -> Error {
    let text = |k: &str| e.get(k).and_then(|m| m.as_str()).unwrap_or("").to_string();
    let (message, hint) = (text("message"), text("hint"));
    match e.get("code").and_then(|c| c.as_i64()).unwrap_or(1) {
        2 => Error::usage(message, hint),
        3 => Error::unlock(message, hint),
        4 => Error::not_found(message, hint),
        5 => Error::policy(message, hint),
        6 => Error::integrity(message, hint),
        7 => Error::Changed { message, hint },
        _ => Error::unexpected(message, hint),
    }
}
