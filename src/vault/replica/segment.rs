//! Segments: what one device changed in one commit, sealed. A device only
//! ever writes its own segments, numbered from 1, each naming the hash of
//! the one before: a device's log is a hash chain, and a remote (a
//! folder synced by anything, or an object store without locks) never
//! sees two writers on one object.
//!
//! Sealed form: an age file to the vault's recipient whose plaintext is a
//! 32-byte keyed BLAKE3 MAC (key derived from the vault key, so holding the
//! public recipient is not enough to forge one) followed by the body as
//! JSON. The hash that chains segments is BLAKE3 of the body.

use std::collections::BTreeMap;
use std::io::{Read, Write};

use serde::{Deserialize, Serialize};

use crate::crypto::{decrypt_reader, encrypt_writer, Recipients, VaultKey};
use crate::error::{Error, Result};

use super::change::Change;

/// Largest sealed segment carnet reads (a commit's rows, not documents).
pub const MAX_SEALED: u64 = 256 << 20;
pub const FORMAT: u32 = 1;
/// A segment that carries a key transition ([`Transition`]): an older
/// carnet, which would not follow it, says "upgrade carnet".
pub const FORMAT_REKEY: u32 = 2;

/// A rekey, as the last segment its device seals with the old vault key
/// (docs/sync.md, "Rekey and handover across devices"): the new key's
/// recipient and the new key wrapped to every unlock method that remains
/// (the files of the new `keys/`, as they are in the vault). Authenticated
/// like any segment (the old key's MAC, the device's chain); a replica
/// holding one of those methods unwraps the new key and follows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transition {
    /// The old and new vault recipients.
    pub from: String,
    pub to: String,
    /// File name in `keys/` → its bytes, base64.
    pub keys: BTreeMap<String, String>,
    /// The old key, age-encrypted to the new one (base64): a replica
    /// whose old key the unlock agent holds (and never gives out) keeps
    /// it in its key ring from here. Whoever holds the new key may read
    /// the old one; whoever holds only the old key learns nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub v: u32,
    pub vault: String,
    pub device: String,
    pub seq: u64,
    /// Hash of this device's previous segment (zeros for the first).
    pub prev: String,
    pub hlc: u64,
    /// What the device had applied of each device when it wrote this.
    pub seen: BTreeMap<String, u64>,
    pub changes: Vec<Change>,
    /// Blobs the changes need (names in `blobs/`), pushed before the segment.
    #[serde(default)]
    pub blobs: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rekey: Option<Transition>,
}

pub fn zero_hash() -> String {
    hex::encode([0u8; 32])
}

fn mac_key(key: &VaultKey) -> zeroize::Zeroizing<[u8; 32]> {
    key.derive("segment mac")
}

impl Segment {
    /// The sealed bytes and the segment's chain hash.
    pub fn seal(&self, key: &VaultKey) -> Result<(Vec<u8>, String)> {
        let body = serde_json::to_vec(self).map_err(|e| Error::Other(e.to_string()))?;
        let hash = blake3::hash(&body).to_hex().to_string();
        let mac = blake3::keyed_hash(&mac_key(key), &body);
        let mut w = encrypt_writer(&Recipients::x25519(key.recipient()), Vec::new(), false)?;
        w.write_all(mac.as_bytes())
            .and_then(|_| w.write_all(&body))
            .map_err(|e| Error::io(crate::i18n::tr!("io-sealing-segment"), e))?;
        Ok((w.finish()?, hash))
    }

    /// Opens a sealed segment: exit 6 unless it was sealed with this
    /// vault's key and names this vault.
    pub fn open(
        sealed: &[u8],
        key: &VaultKey,
        vault_id: &str,
        what: &str,
    ) -> Result<(Segment, String)> {
        let bad = |why: &str| {
            Error::integrity(
                crate::i18n::tr!("v-segment-foreign", what = what, why = why),
                crate::i18n::tr!("v-segment-foreign-hint"),
            )
        };
        // A cut or corrupted object is this vault's all the same: the fix
        // is a good copy of it, not another remote URL.
        let damaged = |why: &str| {
            Error::integrity(
                crate::i18n::tr!("v-segment-damaged-object", what = what, why = why),
                crate::i18n::tr!("v-segment-damaged-hint"),
            )
        };
        let mut r = decrypt_reader(sealed, &[key.identity() as &dyn age::Identity]).map_err(
            |e| match e {
                age::DecryptError::NoMatchingKeys => bad(&crate::i18n::tr!("v-segment-wrong-key")),
                _ => damaged(&crate::i18n::tr!("v-segment-damaged")),
            },
        )?;
        let mut plain = Vec::new();
        r.by_ref()
            .take(MAX_SEALED)
            .read_to_end(&mut plain)
            .map_err(|_| damaged(&crate::i18n::tr!("v-segment-damaged")))?;
        if plain.len() < 32 {
            return Err(damaged(&crate::i18n::tr!("v-segment-truncated")));
        }
        let (mac, body) = plain.split_at(32);
        let want = blake3::keyed_hash(&mac_key(key), body);
        if !constant_time_eq(mac, want.as_bytes()) {
            return Err(bad(&crate::i18n::tr!("v-segment-mac")));
        }
        let seg: Segment = serde_json::from_slice(body)
            .map_err(|_| bad(&crate::i18n::tr!("v-segment-malformed")))?;
        if seg.v != FORMAT && seg.v != FORMAT_REKEY {
            return Err(Error::usage(
                crate::i18n::tr!(
                    "v-segment-too-new",
                    what = what,
                    version = seg.v.to_string()
                ),
                crate::i18n::tr!("v-upgrade-carnet-hint"),
            ));
        }
        if seg.vault != vault_id {
            return Err(bad(&crate::i18n::tr!("v-segment-other-vault")));
        }
        Ok((seg, blake3::hash(body).to_hex().to_string()))
    }

    /// As [`Segment::open`], with each key of a key ring in turn (this
    /// vault's current key first, then those a rekey retired): also which
    /// key opened it. The error is the current key's.
    pub fn open_ring(
        sealed: &[u8],
        ring: &[VaultKey],
        vault_id: &str,
        what: &str,
    ) -> Result<(Segment, String, usize)> {
        let mut first = None;
        for (i, k) in ring.iter().enumerate() {
            match Segment::open(sealed, k, vault_id, what) {
                Ok((s, h)) => return Ok((s, h, i)),
                Err(e @ Error::Usage { .. }) => return Err(e),
                Err(e) => {
                    first.get_or_insert(e);
                }
            }
        }
        Err(first.unwrap_or_else(|| Error::Other(crate::i18n::tr!("y-empty-key-ring"))))
    }
}

/// Fuzzing entry (fuzz/fuzz_targets/sync_segment.rs): `data` as a sealed
/// segment from a remote, then as the body of one that carries a valid
/// MAC (what a replica that holds the key could send), each opened as
/// `sync` opens them. Returns what opened.
#[doc(hidden)]
pub fn fuzz_open(key: &VaultKey, data: &[u8]) -> Vec<Segment> {
    let mut out = Vec::new();
    if let Ok((seg, _)) = Segment::open(data, key, "fuzzvault", "fuzz") {
        out.push(seg);
    }
    let mac = blake3::keyed_hash(&mac_key(key), data);
    let mut w = encrypt_writer(&Recipients::x25519(key.recipient()), Vec::new(), false)
        .expect("encrypting in memory");
    w.write_all(mac.as_bytes())
        .and_then(|_| w.write_all(data))
        .expect("encrypting in memory");
    let sealed = w.finish().expect("encrypting in memory");
    if let Ok((seg, hash)) = Segment::open(&sealed, key, "fuzzvault", "fuzz") {
        assert_eq!(hash, blake3::hash(data).to_hex().to_string());
        assert_eq!(seg.vault, "fuzzvault");
        out.push(seg);
    }
    out
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The name of a device's segment, locally (`log/DEVICE/NAME`) and on a
/// remote (`log/DEVICE/NAME`): zero-padded so names sort by number.
pub fn name(seq: u64) -> String {
    format!("{seq:012}")
}

pub fn parse_name(s: &str) -> Option<u64> {
    if s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segment() -> Segment {
        Segment {
            v: FORMAT,
            vault: "fuzzvault".into(),
            device: "0123456789abcdef".into(),
            seq: 1,
            prev: zero_hash(),
            hlc: 7,
            seen: BTreeMap::new(),
            changes: Vec::new(),
            blobs: vec!["b".into()],
            rekey: None,
        }
    }

    /// The fuzzing entry opens what `seal` makes, raw and as a body, and
    /// refuses junk without panicking.
    #[test]
    fn the_fuzz_entry_opens_sealed_segments_and_refuses_junk() {
        let key = VaultKey::generate();
        let seg = segment();
        let (sealed, _) = seg.seal(&key).unwrap();
        assert_eq!(fuzz_open(&key, &sealed), vec![seg.clone()]);
        let body = serde_json::to_vec(&seg).unwrap();
        assert_eq!(fuzz_open(&key, &body), vec![seg.clone()]);
        let mut other = seg.clone();
        other.vault = "another".into();
        let newer = serde_json::to_vec(&Segment {
            v: FORMAT_REKEY + 1,
            ..seg
        })
        .unwrap();
        for junk in [
            &b""[..],
            b"{}",
            b"null",
            b"\xff\xfe",
            b"age-encryption.org/v1\n",
            &serde_json::to_vec(&other).unwrap(),
            &newer,
            &sealed[..sealed.len() - 1],
        ] {
            assert!(fuzz_open(&key, junk).is_empty(), "{junk:?}");
        }
        // Sealed with another key: never opened.
        let (foreign, _) = segment().seal(&VaultKey::generate()).unwrap();
        assert!(fuzz_open(&key, &foreign).is_empty());
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(64))]
        #[test]
        fn mutated_segments_never_panic(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..400),
            at in 0usize..400,
            to in proptest::num::u8::ANY,
        ) {
            let key = VaultKey::generate();
            let _ = fuzz_open(&key, &bytes);
            let mut body = serde_json::to_vec(&segment()).unwrap();
            let i = at % body.len();
            body[i] = to;
            for s in fuzz_open(&key, &body) {
                proptest::prop_assert_eq!(s.vault, "fuzzvault");
            }
        }
    }

    #[test]
    fn remote_markers_are_parsed_strictly() {
        use crate::vault::replica::sync::parse_marker;
        let ok = br#"{"format":"carnet-remote","version":1,"vault":"abcd2345efgh6723"}"#;
        assert_eq!(parse_marker(ok).unwrap(), "abcd2345efgh6723");
        for bad in [
            &b""[..],
            b"null",
            b"[]",
            b"\xff",
            br#"{"format":"carnet-remote","version":1}"#,
            br#"{"format":"carnet-remote","version":2,"vault":"abcd"}"#,
            br#"{"format":"other","version":1,"vault":"abcd"}"#,
            br#"{"format":"carnet-remote","version":1,"vault":"../x"}"#,
            br#"{"format":"carnet-remote","version":1,"vault":""}"#,
            br#"{"format":"carnet-remote","version":1,"vault":7}"#,
        ] {
            let e = parse_marker(bad).unwrap_err();
            assert_eq!(e.exit_code(), 6, "{bad:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn markers_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            if let Ok(id) = crate::vault::replica::sync::parse_marker(&bytes) {
                proptest::prop_assert!(!id.is_empty() && id.len() <= 64);
            }
        }
    }
}
