//! The age v1 header (age-encryption.org/v1), written and read here.
//!
//! Why not the `age` crate's `Encryptor`/`Decryptor`: they keep the file key
//! to themselves, so the payload can only go through their STREAM, which
//! encrypts at about 800 MiB/s and decrypts at 600 MiB/s on the reference
//! machine; `ring`'s ChaCha20-Poly1305 does 1.2–1.8 GiB/s. So carnet writes
//! and parses the header itself and still lets the `age` crate do every
//! recipient and identity (X25519, ssh, scrypt, plugins) through its public
//! `Recipient::wrap_file_key` and `Identity::unwrap_stanzas`. The format is
//! the one in the age specification; tests check it both ways against the
//! `age` crate and, in `tests/bundle.rs`, against the Go `age` command.

use std::collections::HashSet;
use std::io::{self, BufRead, Read};

use age::{DecryptError, EncryptError};
use age_core::format::{FileKey, Stanza};
use age_core::primitives::hkdf;
use age_core::secrecy::ExposeSecret;
use base64::Engine;
use hmac::Mac;
use zeroize::Zeroizing;

use super::payload::PayloadKey;

pub const MAGIC: &[u8] = b"age-encryption.org/";
const V1_LINE: &[u8] = b"age-encryption.org/v1\n";
const MAC_PREFIX: &[u8] = b"--- ";
/// Base64 characters per line of a stanza body.
const COLUMNS: usize = 64;
/// A header larger than this is refused (a real one is well under a
/// kilobyte per recipient): reading it must not take unbounded memory.
const MAX_HEADER: usize = 1 << 20;
pub const NONCE_LEN: usize = 16;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD_NO_PAD;

type HmacSha256 = hmac::Hmac<sha2::Sha256>;

/// A parsed header: its stanzas, its MAC and the bytes the MAC covers.
pub struct Header {
    pub stanzas: Vec<Stanza>,
    mac: [u8; 32],
    /// Everything from the magic up to and including `---`.
    maced: Vec<u8>,
}

impl Header {
    /// Whether this file is encrypted to a passphrase (scrypt, alone).
    pub fn is_scrypt(&self) -> bool {
        self.stanzas.len() == 1 && self.stanzas[0].tag == "scrypt"
    }

    /// Unwraps the file key with the first identity that matches and checks
    /// the header MAC with it.
    pub fn unwrap(&self, identities: &[&dyn age::Identity]) -> Result<FileKey, DecryptError> {
        // The spec: an scrypt stanza must be the only one, or a passphrase
        // file could be silently re-encrypted to someone else too.
        if self.stanzas.iter().any(|s| s.tag == "scrypt") && self.stanzas.len() != 1 {
            return Err(DecryptError::InvalidHeader);
        }
        let file_key = identities
            .iter()
            .find_map(|id| id.unwrap_stanzas(&self.stanzas))
            .unwrap_or(Err(DecryptError::NoMatchingKeys))?;
        let mut mac = header_mac(&file_key);
        mac.update(&self.maced);
        mac.verify_slice(&self.mac)
            .map_err(|_| DecryptError::InvalidMac)?;
        Ok(file_key)
    }
}

fn header_mac(file_key: &FileKey) -> HmacSha256 {
    let key = Zeroizing::new(hkdf(&[], b"header", file_key.expose_secret()));
    HmacSha256::new_from_slice(&key[..]).expect("HMAC takes any key length")
}

/// The payload key of a file: HKDF-SHA-256 of the file key, salted with the
/// nonce that follows the header.
pub fn payload_key(file_key: &FileKey, nonce: &[u8; NONCE_LEN]) -> PayloadKey {
    let key = Zeroizing::new(hkdf(nonce, b"payload", file_key.expose_secret()));
    let mut c = blake3::Hasher::new_derive_key("carnet age file key commitment v1");
    c.update(file_key.expose_secret());
    c.update(nonce);
    PayloadKey::new(&key, *c.finalize().as_bytes())
}

/// Makes a new file key, wraps it to every recipient and returns the header
/// and nonce to write before the payload, with the payload key.
pub fn encrypt_header(
    recipients: &[&dyn age::Recipient],
) -> Result<(Vec<u8>, PayloadKey), EncryptError> {
    if recipients.is_empty() {
        return Err(EncryptError::MissingRecipients);
    }
    let file_key = FileKey::init_with_mut(|k| rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, k));
    let mut stanzas = Vec::new();
    // As the age crate: recipients that set labels (scrypt, some plugins)
    // only mix with recipients that set the same labels.
    let mut labels: Option<HashSet<String>> = None;
    for r in recipients {
        let (mut s, l) = r.wrap_file_key(&file_key)?;
        match &labels {
            Some(prev) if *prev != l => {
                let scrypt = stanzas
                    .iter()
                    .chain(&s)
                    .any(|st: &Stanza| st.tag == "scrypt");
                return Err(if scrypt {
                    EncryptError::MixedRecipientAndPassphrase
                } else {
                    EncryptError::IncompatibleRecipients {
                        l_labels: prev.clone(),
                        r_labels: l,
                    }
                });
            }
            Some(_) => {}
            None => {
                if !l.iter().all(age_core::format::is_arbitrary_string) {
                    return Err(EncryptError::InvalidRecipientLabels(l));
                }
                labels = Some(l);
            }
        }
        stanzas.append(&mut s);
    }
    if stanzas.iter().any(|s| s.tag == "scrypt") {
        if stanzas.len() != 1 {
            return Err(EncryptError::MixedRecipientAndPassphrase);
        }
    } else {
        // A random stanza of an unknown type, as the age crate writes, so
        // readers keep ignoring what they do not know.
        stanzas.push(age_core::format::grease_the_joint());
    }

    let mut out = Vec::with_capacity(256 * stanzas.len());
    out.extend_from_slice(V1_LINE);
    for s in &stanzas {
        write_stanza(&mut out, s);
    }
    out.extend_from_slice(b"---");
    let mut mac = header_mac(&file_key);
    mac.update(&out);
    let tag = mac.finalize().into_bytes();
    out.push(b' ');
    out.extend_from_slice(B64.encode(tag).as_bytes());
    out.push(b'\n');
    let nonce: [u8; NONCE_LEN] = {
        let mut n = [0u8; NONCE_LEN];
        rand::RngCore::fill_bytes(&mut rand::rngs::OsRng, &mut n);
        n
    };
    out.extend_from_slice(&nonce);
    Ok((out, payload_key(&file_key, &nonce)))
}

fn write_stanza(out: &mut Vec<u8>, s: &Stanza) {
    out.extend_from_slice(b"-> ");
    out.extend_from_slice(s.tag.as_bytes());
    for a in &s.args {
        out.push(b' ');
        out.extend_from_slice(a.as_bytes());
    }
    out.push(b'\n');
    let body = B64.encode(&s.body);
    let mut rest = body.as_bytes();
    // Full lines, then always one shorter (possibly empty) final line.
    loop {
        let n = rest.len().min(COLUMNS);
        out.extend_from_slice(&rest[..n]);
        out.push(b'\n');
        rest = &rest[n..];
        if n < COLUMNS {
            break;
        }
    }
}

/// Reads a header and the nonce after it, consuming exactly those bytes.
pub fn read_header<R: BufRead>(input: &mut R) -> Result<(Header, [u8; NONCE_LEN]), DecryptError> {
    let mut data = Vec::new();
    let mut line = Vec::new();
    let next =
        |input: &mut R, data: &mut Vec<u8>, line: &mut Vec<u8>| -> Result<(), DecryptError> {
            line.clear();
            let room = MAX_HEADER.saturating_sub(data.len()) as u64 + 1;
            let n = Read::take(&mut *input, room).read_until(b'\n', line)?;
            if n == 0 {
                return Err(DecryptError::Io(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "incomplete age header",
                )));
            }
            if line.last() != Some(&b'\n') || data.len() + n > MAX_HEADER {
                return Err(DecryptError::InvalidHeader);
            }
            data.extend_from_slice(line);
            Ok(())
        };

    next(input, &mut data, &mut line)?;
    if line != V1_LINE {
        return Err(if line.starts_with(MAGIC) {
            DecryptError::UnknownFormat
        } else {
            DecryptError::InvalidHeader
        });
    }
    let mut stanzas = Vec::new();
    next(input, &mut data, &mut line)?;
    loop {
        if let Some(rest) = line.strip_prefix(b"-> ") {
            let fields = parse_fields(&rest[..rest.len() - 1])?;
            let (tag, args) = fields.split_first().ok_or(DecryptError::InvalidHeader)?;
            let mut body_b64 = Vec::new();
            loop {
                next(input, &mut data, &mut line)?;
                let l = &line[..line.len() - 1];
                if l.len() > COLUMNS {
                    return Err(DecryptError::InvalidHeader);
                }
                body_b64.extend_from_slice(l);
                if l.len() < COLUMNS {
                    break;
                }
            }
            let body = B64
                .decode(&body_b64)
                .map_err(|_| DecryptError::InvalidHeader)?;
            stanzas.push(Stanza {
                tag: tag.clone(),
                args: args.to_vec(),
                body,
            });
            next(input, &mut data, &mut line)?;
        } else if line.starts_with(MAC_PREFIX) {
            break;
        } else {
            return Err(DecryptError::InvalidHeader);
        }
    }
    if stanzas.is_empty() {
        return Err(DecryptError::InvalidHeader);
    }
    let encoded = &line[MAC_PREFIX.len()..line.len() - 1];
    let mac: [u8; 32] = B64
        .decode(encoded)
        .ok()
        .and_then(|m| m.try_into().ok())
        .ok_or(DecryptError::InvalidHeader)?;
    // The MAC covers the header up to and including "---".
    let maced_len = data.len() - line.len() + 3;
    data.truncate(maced_len);
    let mut nonce = [0u8; NONCE_LEN];
    io::Read::read_exact(input, &mut nonce)?;
    Ok((
        Header {
            stanzas,
            mac,
            maced: data,
        },
        nonce,
    ))
}

/// Splits a stanza's first line into its tag and arguments: non-empty
/// strings of printable ASCII separated by single spaces.
fn parse_fields(line: &[u8]) -> Result<Vec<String>, DecryptError> {
    line.split(|b| *b == b' ')
        .map(|f| {
            if !f.is_empty() && f.iter().all(|b| (33..=126).contains(b)) {
                Ok(String::from_utf8(f.to_vec()).expect("ASCII"))
            } else {
                Err(DecryptError::InvalidHeader)
            }
        })
        .collect()
}
