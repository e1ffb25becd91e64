//! A guardian's MAC on a child's vault. The wrapper that lets a guardian's
//! vault open a child's (`keys/r-….age`, to the guardian's *public* vault
//! recipient) proves nothing about who made it: anyone can create a vault
//! and wrap its key to that recipient. So beside it, `keys/r-….age.mac`
//! holds a MAC over (child vault id, child vault recipient) under a key
//! derived from the guardian's vault secret: only the guardian's vault
//! can make it, and it is checked whenever the child is opened through
//! that vault (`vault::profile::unlock`), on any machine.
//!
//! A rekey of the child made without the guardian's key (by the minor, or
//! a second guardian) cannot make a new MAC. It appends a *successor
//! link* instead: an age file, to the guardian's recipient, holding the
//! child's previous vault key, the new recipient and the vault id. Only
//! whoever held the previous key can write it, and the guardian's vault
//! can follow the links back to the recipient its MAC covers; the next
//! unlock through the guardian then writes a fresh MAC and drops them.

use crate::error::doing;
use std::io::Read;
use std::path::{Path, PathBuf};

use age::secrecy::ExposeSecret;
use base64::Engine;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::crypto::{self, Recipients, VaultKey};
use crate::error::{Error, Result};
use crate::fsutil;
use crate::i18n::tr;
use crate::vault::Layout;

const FORMAT: &str = "carnet-guardian-mac";
/// A MAC file is a few hundred bytes per link.
const MAX_BYTES: u64 = 256 * 1024;
/// Rekeys of the child without its guardian in between; more are not
/// linked (the guardian then accepts the child again).
pub const MAX_LINKS: usize = 64;

#[derive(Debug, Serialize, Deserialize)]
struct MacFile {
    format: String,
    version: u32,
    /// What the MAC covers (for people: the MAC is checked against the
    /// vault actually opened, not against these).
    child_vault_id: String,
    child_recipient: String,
    /// Hex keyed BLAKE3.
    mac: String,
    /// Successor links, oldest first: base64 of age files.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    links: Vec<String>,
}

#[derive(Serialize, Deserialize)]
struct Link {
    child_vault_id: String,
    previous_key: String,
    next_recipient: String,
}

/// What the MAC beside a guardian's wrapper says about the opened child.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Made by the guardian's vault for this child vault and key.
    Valid,
    /// Valid through successor links: rewrite it.
    Renew,
    /// No MAC file (a child made by an older carnet, or one removed).
    Missing,
    /// Present but not the guardian's for this vault: why.
    Invalid(String),
}

/// The MAC file beside wrapper `file`.
pub fn path(layout: &Layout, file: &str) -> PathBuf {
    layout.keys().join(format!("{file}.mac"))
}

fn mac(guardian: &VaultKey, child_id: &str, child_recipient: &str) -> [u8; 32] {
    let k = guardian.derive("guardian child mac");
    let mut h = blake3::Hasher::new_keyed(&k);
    h.update(b"carnet guardian mac v1\0");
    h.update(child_id.as_bytes());
    h.update(b"\0");
    h.update(child_recipient.as_bytes());
    *h.finalize().as_bytes()
}

fn same(hex_mac: &str, want: &[u8; 32]) -> bool {
    let Ok(got) = hex::decode(hex_mac) else {
        return false;
    };
    // blake3's Hash compares in constant time.
    got.len() == 32 && blake3::Hash::from_bytes(got.try_into().expect("32 bytes")) == *want
}

/// Writes a fresh MAC (no links) beside wrapper `file`: the guardian's
/// vault vouches for this child vault and key.
pub fn write(
    layout: &Layout,
    file: &str,
    guardian: &VaultKey,
    child_id: &str,
    child_recipient: &age::x25519::Recipient,
) -> Result<()> {
    let r = child_recipient.to_string();
    let m = MacFile {
        format: FORMAT.into(),
        version: 1,
        child_vault_id: child_id.to_string(),
        mac: hex::encode(mac(guardian, child_id, &r)),
        child_recipient: r,
        links: Vec::new(),
    };
    store(&path(layout, file), &m)
}

fn store(p: &Path, m: &MacFile) -> Result<()> {
    let json = serde_json::to_string_pretty(m).expect("a MAC file serializes");
    fsutil::write_atomic(p, format!("{json}\n").as_bytes())
}

/// Reads a MAC file: `Ok(None)` when there is none, `Err(why)` when it is
/// not one (untrusted input: bounded, parsed strictly).
fn read(p: &Path) -> Result<Option<std::result::Result<MacFile, String>>> {
    let buf = match fsutil::read_bounded(p, MAX_BYTES) {
        Ok(b) => b,
        Err(fsutil::Unread::Missing) => return Ok(None),
        Err(fsutil::Unread::TooLarge) => return Ok(Some(Err(tr!("x-mac-too-large")))),
        Err(fsutil::Unread::NotAFile(k)) => {
            return Ok(Some(Err(tr!(
                "x-mac-not-a-file",
                kind = crate::i18n::explain::file_kind(k)
            ))))
        }
        Err(fsutil::Unread::Io(e)) => return Err(Error::io(doing::reading(p), e)),
    };
    let m: MacFile = match serde_json::from_slice(&buf) {
        Ok(m) => m,
        Err(_) => return Ok(Some(Err(tr!("x-mac-not-mac-file")))),
    };
    if m.format != FORMAT || m.version != 1 {
        return Ok(Some(Err(tr!("x-mac-not-mac-file"))));
    }
    if m.links.len() > MAX_LINKS {
        return Ok(Some(Err(tr!("x-mac-too-many-links"))));
    }
    Ok(Some(Ok(m)))
}

/// Checks the MAC beside wrapper `file` for the child vault `child_id`
/// opened with `child` (its key, from that wrapper), under `guardian`.
pub fn verify(
    layout: &Layout,
    file: &str,
    guardian: &VaultKey,
    child_id: &str,
    child: &VaultKey,
) -> Result<Status> {
    let m = match read(&path(layout, file))? {
        None => return Ok(Status::Missing),
        Some(Err(why)) => return Ok(Status::Invalid(why)),
        Some(Ok(m)) => m,
    };
    let mut current = child.recipient().to_string();
    if same(&m.mac, &mac(guardian, child_id, &current)) {
        return Ok(Status::Valid);
    }
    if m.links.is_empty() {
        return Ok(Status::Invalid(tr!("x-mac-mismatch")));
    }
    let ids = [guardian.identity() as &dyn age::Identity];
    for (i, l) in m.links.iter().enumerate().rev() {
        let bad = |why: String| Ok(Status::Invalid(tr!("x-mac-link", n = i + 1, why = why)));
        let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(l) else {
            return bad(tr!("x-mac-link-not-base64"));
        };
        let Ok(mut r) = crypto::decrypt_reader(&bytes[..], &ids) else {
            return bad(tr!("x-mac-link-wrong-key"));
        };
        let mut plain = Zeroizing::new(Vec::new());
        if r.read_to_end(&mut plain).is_err() {
            return bad(tr!("x-mac-link-damaged"));
        }
        let Ok(link) = serde_json::from_slice::<Link>(&plain) else {
            return bad(tr!("x-mac-link-not-link"));
        };
        let previous_key = Zeroizing::new(link.previous_key);
        if link.child_vault_id != child_id || link.next_recipient != current {
            return bad(tr!("x-mac-link-other-vault"));
        }
        let Ok(prev) = VaultKey::parse(&previous_key) else {
            return bad(tr!("x-mac-link-no-key"));
        };
        current = prev.recipient().to_string();
    }
    if same(&m.mac, &mac(guardian, child_id, &current)) {
        Ok(Status::Renew)
    } else {
        Ok(Status::Invalid(tr!("x-mac-first-key-mismatch")))
    }
}

/// The MAC file of the guardian wrapper `file` (to `wrapper_recipient`)
/// in a child's new generation, at a rekey from `old_key` to `new_key`:
/// a fresh MAC when the rekey runs with that guardian's vault key (the
/// child was opened through it), else the old MAC carried over with a
/// successor link appended. No old MAC, no new one: the next unlock
/// through the guardian deals with it as with an older vault's.
#[allow(clippy::too_many_arguments)]
pub fn on_rekey(
    old: &Layout,
    new: &Layout,
    file: &str,
    wrapper_recipient: &age::x25519::Recipient,
    guardian: Option<&VaultKey>,
    child_id: &str,
    old_key: &VaultKey,
    new_key: &VaultKey,
) -> Result<()> {
    if let Some(g) = guardian.filter(|g| g.recipient().to_string() == wrapper_recipient.to_string())
    {
        return write(new, file, g, child_id, &new_key.recipient());
    }
    let Some(Ok(mut m)) = read(&path(old, file))? else {
        return Ok(());
    };
    if m.links.len() >= MAX_LINKS {
        return Ok(());
    }
    let link = Link {
        child_vault_id: child_id.to_string(),
        previous_key: old_key.secret()?.expose_secret().to_string(),
        next_recipient: new_key.recipient().to_string(),
    };
    let plain = Zeroizing::new(serde_json::to_vec(&link).expect("a link serializes"));
    drop(Zeroizing::new(link.previous_key));
    let mut out = Vec::new();
    let mut w = crypto::encrypt_writer(
        &Recipients::x25519(wrapper_recipient.clone()),
        &mut out,
        false,
    )?;
    std::io::Write::write_all(&mut w, &plain)
        .map_err(|e| Error::io(crate::i18n::tr!("io-writing-successor"), e))?;
    w.finish()?;
    m.links
        .push(base64::engine::general_purpose::STANDARD.encode(&out));
    store(&path(new, file), &m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(dir: &Path) -> Layout {
        std::fs::create_dir_all(dir.join("keys")).unwrap();
        Layout::with_data(dir, dir)
    }

    #[test]
    fn only_the_guardians_vault_makes_a_valid_mac() {
        let t = tempfile::tempdir().unwrap();
        let l = layout(t.path());
        let guardian = VaultKey::generate();
        let child = VaultKey::generate();
        assert_eq!(
            verify(&l, "r-1.age", &guardian, "child", &child).unwrap(),
            Status::Missing
        );
        write(&l, "r-1.age", &guardian, "child", &child.recipient()).unwrap();
        assert_eq!(
            verify(&l, "r-1.age", &guardian, "child", &child).unwrap(),
            Status::Valid
        );
        // Another vault id, another child key, another guardian: refused.
        for (g, id, c) in [
            (&guardian, "other", &child),
            (&guardian, "child", &VaultKey::generate()),
            (&VaultKey::generate(), "child", &child),
        ] {
            assert!(matches!(
                verify(&l, "r-1.age", g, id, c).unwrap(),
                Status::Invalid(_)
            ));
        }
        // Garbage in the MAC file.
        std::fs::write(path(&l, "r-1.age"), b"{\"format\":1").unwrap();
        assert!(matches!(
            verify(&l, "r-1.age", &guardian, "child", &child).unwrap(),
            Status::Invalid(_)
        ));
    }

    #[test]
    fn successor_links_follow_rekeys_made_without_the_guardian() {
        let t = tempfile::tempdir().unwrap();
        let g = VaultKey::generate();
        let gen0 = layout(&t.path().join("g0"));
        let gen1 = layout(&t.path().join("g1"));
        let gen2 = layout(&t.path().join("g2"));
        let k0 = VaultKey::generate();
        let k1 = VaultKey::generate();
        let k2 = VaultKey::generate();
        write(&gen0, "w.age", &g, "kid", &k0.recipient()).unwrap();
        on_rekey(&gen0, &gen1, "w.age", &g.recipient(), None, "kid", &k0, &k1).unwrap();
        on_rekey(&gen1, &gen2, "w.age", &g.recipient(), None, "kid", &k1, &k2).unwrap();
        assert_eq!(
            verify(&gen2, "w.age", &g, "kid", &k2).unwrap(),
            Status::Renew
        );
        // The links of this vault do not vouch for another key or vault.
        let other = VaultKey::generate();
        assert!(matches!(
            verify(&gen2, "w.age", &g, "kid", &other).unwrap(),
            Status::Invalid(_)
        ));
        assert!(matches!(
            verify(&gen2, "w.age", &g, "kid2", &k2).unwrap(),
            Status::Invalid(_)
        ));
        // A link written by someone without the previous key: a new vault
        // key linked from a key the MAC never covered.
        let forged = layout(&t.path().join("forged"));
        let stranger = VaultKey::generate();
        std::fs::copy(path(&gen0, "w.age"), path(&forged, "w.age")).unwrap();
        let next = layout(&t.path().join("next"));
        on_rekey(
            &forged,
            &next,
            "w.age",
            &g.recipient(),
            None,
            "kid",
            &stranger,
            &other,
        )
        .unwrap();
        assert!(matches!(
            verify(&next, "w.age", &g, "kid", &other).unwrap(),
            Status::Invalid(_)
        ));
        // With the guardian's key at hand, a rekey writes a fresh MAC.
        let gen3 = layout(&t.path().join("g3"));
        let k3 = VaultKey::generate();
        on_rekey(
            &gen2,
            &gen3,
            "w.age",
            &g.recipient(),
            Some(&g),
            "kid",
            &k2,
            &k3,
        )
        .unwrap();
        assert_eq!(
            verify(&gen3, "w.age", &g, "kid", &k3).unwrap(),
            Status::Valid
        );
    }
}
