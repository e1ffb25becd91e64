//! The vault's recipient after a rekey, for scanners (`inbox add --to`):
//! a remote's root `recipient` object never changes, so each key
//! transition is published as a new object `recipients/HLC-DEVICE`
//! (20-digit clock, then the rekeying device: names sort in the order
//! concurrent rekeys are decided in) naming the new recipient and the one
//! it replaced. A scanner encrypts to the newest; its pin (`inbox::pin`)
//! is what keeps a remote writer from redirecting it: a pinned scanner
//! meets a new recipient with exit 6 and is re-pinned with `--recipient`.
//!
//! Each record carries a MAC keyed with the *replaced* key (derived, as a
//! segment's): replicas, which hold that key, tell a record a remote
//! writer made from one a rekey made, and warn. A scanner holds no key and
//! cannot check it; it never follows a record on its own.

use serde::{Deserialize, Serialize};

use crate::crypto::VaultKey;

use super::keyring::Epoch;
use super::remote::Store;
use crate::error::Result;

/// Where records live on a remote.
pub const PREFIX: &str = "recipients";
/// A record is a few hundred bytes; anything larger is not one.
const MAX_RECORD: u64 = 4096;
/// Records read by a scanner at most (newest first), so a remote writer
/// cannot make it read without end.
const MAX_TRIED: usize = 64;

/// One published transition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub format: String,
    pub v: u32,
    pub vault: String,
    pub recipient: String,
    pub from: String,
    pub hlc: u64,
    pub device: String,
    /// Hex keyed BLAKE3 of the fields above, keyed with `from`'s segment key.
    pub mac: String,
}

const FORMAT: &str = "carnet-recipient";

/// The object name of a transition's record.
pub fn name(e: &Epoch) -> String {
    format!("{:020}-{}", e.hlc, e.device)
}

fn is_record_name(n: &str) -> bool {
    let Some((hlc, dev)) = n.split_once('-') else {
        return false;
    };
    hlc.len() == 20 && hlc.bytes().all(|b| b.is_ascii_digit()) && super::device::is_device_id(dev)
}

fn mac(key: &VaultKey, vault: &str, e: &Epoch) -> String {
    let msg = format!(
        "carnet recipient record v1\n{vault}\n{}\n{}\n{}\n{}",
        e.recipient, e.from, e.hlc, e.device
    );
    blake3::keyed_hash(&key.derive("segment mac"), msg.as_bytes())
        .to_hex()
        .to_string()
}

/// The record of `e`, MACed with `from` (the key it replaced). The same
/// bytes on every replica that knows the transition.
pub fn make(vault: &str, e: &Epoch, from: &VaultKey) -> Vec<u8> {
    let r = Record {
        format: FORMAT.into(),
        v: 1,
        vault: vault.into(),
        recipient: e.recipient.clone(),
        from: e.from.clone(),
        hlc: e.hlc,
        device: e.device.clone(),
        mac: mac(from, vault, e),
    };
    serde_json::to_vec(&r).expect("a record serializes")
}

/// A record as read from a remote (untrusted): well formed, named as its
/// fields say, of `vault`, its recipients age recipients.
pub fn parse(name: &str, bytes: &[u8], vault: &str) -> Option<Record> {
    let r: Record = serde_json::from_slice(bytes).ok()?;
    let ok = r.format == FORMAT
        && r.v == 1
        && r.vault == vault
        && r.recipient.parse::<age::x25519::Recipient>().is_ok()
        && r.from.parse::<age::x25519::Recipient>().is_ok()
        && name == self::name(&r.epoch());
    ok.then_some(r)
}

impl Record {
    pub fn epoch(&self) -> Epoch {
        Epoch {
            recipient: self.recipient.clone(),
            from: self.from.clone(),
            hlc: self.hlc,
            device: self.device.clone(),
        }
    }

    /// Whether its MAC checks with `from` (the key it says it replaced).
    pub fn verifies(&self, from: &VaultKey) -> bool {
        from.recipient().to_string() == self.from
            && same(
                mac(from, &self.vault, &self.epoch()).as_bytes(),
                self.mac.as_bytes(),
            )
    }
}

/// The records on `store` for `vault`, newest first (at most
/// [`MAX_TRIED`] read; malformed ones skipped).
pub fn list(store: &dyn Store, vault: &str) -> Result<Vec<(String, Record)>> {
    let mut names: Vec<String> = store
        .list(PREFIX)?
        .into_iter()
        .filter(|n| is_record_name(n))
        .collect();
    names.sort();
    names.reverse();
    let mut out = Vec::new();
    for n in names.into_iter().take(MAX_TRIED) {
        if let Some(b) = store.get(&format!("{PREFIX}/{n}"), MAX_RECORD)? {
            if let Some(r) = parse(&n, &b, vault) {
                out.push((n, r));
            }
        }
    }
    Ok(out)
}

/// Compares without stopping at the first difference.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn epoch(from: &VaultKey, to: &VaultKey) -> Epoch {
        Epoch {
            recipient: to.recipient().to_string(),
            from: from.recipient().to_string(),
            hlc: 1_700_000_000_000 << 16,
            device: "0123456789abcdef".into(),
        }
    }

    #[test]
    fn a_record_verifies_with_the_key_it_replaced_only() {
        let (old, new, other) = (
            VaultKey::generate(),
            VaultKey::generate(),
            VaultKey::generate(),
        );
        let e = epoch(&old, &new);
        let bytes = make("v1", &e, &old);
        let r = parse(&name(&e), &bytes, "v1").expect("parses");
        assert_eq!(r.recipient, new.recipient().to_string());
        assert!(r.verifies(&old));
        assert!(!r.verifies(&other));
        assert!(!r.verifies(&new));
        // A forged one (the same fields, MACed with another key) does not.
        let forged = make("v1", &e, &other);
        assert!(!parse(&name(&e), &forged, "v1").unwrap().verifies(&old));
    }

    #[test]
    fn a_record_under_another_name_or_vault_is_not_read() {
        let (old, new) = (VaultKey::generate(), VaultKey::generate());
        let e = epoch(&old, &new);
        let bytes = make("v1", &e, &old);
        assert!(parse(&name(&e), &bytes, "v2").is_none());
        assert!(parse("00000000000000000001-0123456789abcdef", &bytes, "v1").is_none());
        assert!(parse(&name(&e), b"{}", "v1").is_none());
        assert!(is_record_name(&name(&e)));
        assert!(!is_record_name("../x"));
    }
}
