//! The agent's wire protocol: one request and one response per
//! connection, each a frame of a 4-byte big-endian length (1 to
//! [`MAX_FRAME`]) then a body. Both sides treat what they read as
//! untrusted: every length is bounded before anything is allocated,
//! strings are short printable ASCII, and a body with bytes left over is
//! refused (fuzzed: fuzz/fuzz_targets/agent_proto.rs).
//!
//! Request body: version (1), op, then its fields; a string or byte field
//! is a 2-byte length then the bytes.
//! - `1` status: nothing;
//! - `2` unwrap: vault id, stanza tag, argument count (0 to 4), the
//!   arguments, the stanza body;
//! - `3` derive: vault id, purpose count (1 to 8), the purposes;
//! - `4` stop: vault id;
//! - `5` follow: vault id, the new key's recipient, one wrapper file of
//!   the rekey (the new key wrapped to an unlock method);
//! - `6` heal: vault id (the agent re-keys after crossed rekeys);
//! - `7` sync: vault id, remote name (empty: the only one): the agent
//!   makes the sync itself, with the key and method it holds.
//!
//! Response body: a tag, then `0` info (JSON of [`AgentInfo`]), `1` a
//! 16-byte file key, `2` a count (1 to 8) then as many 32-byte derived
//! keys, in the order asked, `3` no match, `4` stopped, `5` refused (a
//! message), `6` report (UTF-8 JSON, at most a frame: what a sync did).

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// The largest frame either side reads or writes.
pub const MAX_FRAME: usize = 4096;
const VERSION: u8 = 1;
/// The longest string field (vault ids, tags, stanza arguments, purposes).
const MAX_STR: usize = 256;
/// The longest stanza body (an X25519 stanza's is 32 bytes).
const MAX_BODY: usize = 512;
const MAX_ARGS: usize = 4;
/// The longest info JSON: what fits in a frame after the tag and length.
const MAX_INFO: usize = MAX_FRAME - 3;
/// The longest report JSON (a frame less the tag and length).
pub const MAX_REPORT: usize = MAX_INFO - 2;
/// The most purposes one derive request names.
pub const MAX_PURPOSES: usize = 8;
/// The largest wrapper file a follow request carries (an X25519 or
/// passphrase wrapper is about 300 bytes).
pub const MAX_WRAPPER: usize = 3072;

/// What a client asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Request {
    Status,
    /// Unwrap the file key of one age stanza.
    Unwrap {
        vault_id: String,
        tag: String,
        args: Vec<String>,
        body: Vec<u8>,
    },
    /// The keys derived from the vault key for these purposes (one
    /// request, so that opening a vault costs few round trips).
    Derive {
        vault_id: String,
        purposes: Vec<String>,
    },
    Stop {
        vault_id: String,
    },
    /// Take on the new key of a rekey (docs/sync.md): unwrap this wrapper
    /// with the unlock method the agent holds; if it holds a key with
    /// this recipient, that key becomes the one the agent answers for.
    Follow {
        vault_id: String,
        recipient: String,
        wrapper: Vec<u8>,
    },
    /// Heal crossed rekeys (docs/sync.md): re-key the vault the agent was
    /// started for, itself (the rekey needs the key's secret), without the
    /// unlock methods of removed devices, then answer for the new key.
    /// Answered `Info` (the recipient it answers for now), or `Refused`.
    Heal {
        vault_id: String,
    },
    /// Make a sync the command could not (a crossed rekey needs the
    /// unlock method, which the agent holds and never gives out): the
    /// agent runs it on its vault, then answers for the key it ends with.
    /// Answered `Report`.
    Sync {
        vault_id: String,
        remote: String,
    },
}

/// What the agent says about itself (no secret in it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgentInfo {
    pub vault_id: String,
    /// The vault directory, as `agent start` was given it.
    pub vault: String,
    /// The vault's public recipient.
    pub recipient: String,
    /// The wrapper file that opened the vault (it says who acts).
    pub file: String,
    pub pid: u32,
    /// When it forgets, in Unix seconds.
    pub expires_at: i64,
    /// Whether the page holding the key is locked in memory (mlock).
    pub memory_locked: bool,
    /// Whether the kernel would dump its memory (PR_GET_DUMPABLE).
    pub dumpable: bool,
    /// Its core file size limit (RLIMIT_CORE).
    pub core_limit: u64,
}

/// What the agent answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Response {
    Info(AgentInfo),
    FileKey(Zeroizing<[u8; 16]>),
    Derived(Vec<Zeroizing<[u8; 32]>>),
    NoMatch,
    Stopped,
    Refused(String),
    /// UTF-8 JSON (a sync's report or its error), at most [`MAX_INFO`].
    Report(Vec<u8>),
}

/// Why a frame was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed(pub &'static str);

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

struct Cursor<'a> {
    b: &'a [u8],
}

impl<'a> Cursor<'a> {
    fn byte(&mut self) -> Result<u8, Malformed> {
        let (&x, rest) = self.b.split_first().ok_or(Malformed("truncated"))?;
        self.b = rest;
        Ok(x)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], Malformed> {
        if self.b.len() < n {
            return Err(Malformed("truncated"));
        }
        let (x, rest) = self.b.split_at(n);
        self.b = rest;
        Ok(x)
    }

    fn bytes(&mut self, max: usize) -> Result<&'a [u8], Malformed> {
        let n = u16::from_be_bytes([self.byte()?, self.byte()?]) as usize;
        if n > max {
            return Err(Malformed("field too long"));
        }
        self.take(n)
    }

    fn string(&mut self) -> Result<String, Malformed> {
        let b = self.bytes(MAX_STR)?;
        if !b.iter().all(|c| (0x20..0x7f).contains(c)) {
            return Err(Malformed("not printable ASCII"));
        }
        Ok(String::from_utf8(b.to_vec()).expect("ASCII"))
    }

    fn end(&self) -> Result<(), Malformed> {
        if self.b.is_empty() {
            Ok(())
        } else {
            Err(Malformed("trailing bytes"))
        }
    }
}

fn put(out: &mut Vec<u8>, b: &[u8]) {
    // Callers bound every field well under u16::MAX (checked on encode).
    out.extend_from_slice(&(b.len() as u16).to_be_bytes());
    out.extend_from_slice(b);
}

impl Request {
    pub fn encode(&self) -> Result<Vec<u8>, Malformed> {
        let mut out = vec![VERSION];
        let strs = |xs: &[&str]| {
            xs.iter()
                .all(|s| s.len() <= MAX_STR && s.bytes().all(|c| (0x20..0x7f).contains(&c)))
        };
        match self {
            Request::Status => out.push(1),
            Request::Unwrap {
                vault_id,
                tag,
                args,
                body,
            } => {
                let mut all = vec![vault_id.as_str(), tag.as_str()];
                all.extend(args.iter().map(String::as_str));
                if !strs(&all) || args.len() > MAX_ARGS || body.len() > MAX_BODY {
                    return Err(Malformed("stanza out of bounds"));
                }
                out.push(2);
                put(&mut out, vault_id.as_bytes());
                put(&mut out, tag.as_bytes());
                out.push(args.len() as u8);
                for a in args {
                    put(&mut out, a.as_bytes());
                }
                put(&mut out, body);
            }
            Request::Derive { vault_id, purposes } => {
                let mut all = vec![vault_id.as_str()];
                all.extend(purposes.iter().map(String::as_str));
                if !strs(&all) || purposes.is_empty() || purposes.len() > MAX_PURPOSES {
                    return Err(Malformed("field out of bounds"));
                }
                out.push(3);
                put(&mut out, vault_id.as_bytes());
                out.push(purposes.len() as u8);
                for p in purposes {
                    put(&mut out, p.as_bytes());
                }
            }
            Request::Stop { vault_id } => {
                if !strs(&[vault_id]) {
                    return Err(Malformed("field out of bounds"));
                }
                out.push(4);
                put(&mut out, vault_id.as_bytes());
            }
            Request::Heal { vault_id } => {
                if !strs(&[vault_id]) {
                    return Err(Malformed("field out of bounds"));
                }
                out.push(6);
                put(&mut out, vault_id.as_bytes());
            }
            Request::Sync { vault_id, remote } => {
                if !strs(&[vault_id, remote]) {
                    return Err(Malformed("field out of bounds"));
                }
                out.push(7);
                put(&mut out, vault_id.as_bytes());
                put(&mut out, remote.as_bytes());
            }
            Request::Follow {
                vault_id,
                recipient,
                wrapper,
            } => {
                if !strs(&[vault_id, recipient]) || wrapper.len() > MAX_WRAPPER {
                    return Err(Malformed("field out of bounds"));
                }
                out.push(5);
                put(&mut out, vault_id.as_bytes());
                put(&mut out, recipient.as_bytes());
                put(&mut out, wrapper);
            }
        }
        Ok(out)
    }

    pub fn parse(body: &[u8]) -> Result<Request, Malformed> {
        let mut c = Cursor { b: body };
        if c.byte()? != VERSION {
            return Err(Malformed("unknown protocol version"));
        }
        let r = match c.byte()? {
            1 => Request::Status,
            2 => {
                let vault_id = c.string()?;
                let tag = c.string()?;
                let n = c.byte()? as usize;
                if n > MAX_ARGS {
                    return Err(Malformed("too many stanza arguments"));
                }
                let args = (0..n).map(|_| c.string()).collect::<Result<_, _>>()?;
                let body = c.bytes(MAX_BODY)?.to_vec();
                Request::Unwrap {
                    vault_id,
                    tag,
                    args,
                    body,
                }
            }
            3 => {
                let vault_id = c.string()?;
                let n = c.byte()? as usize;
                if n == 0 || n > MAX_PURPOSES {
                    return Err(Malformed("purpose count out of bounds"));
                }
                let purposes = (0..n).map(|_| c.string()).collect::<Result<_, _>>()?;
                Request::Derive { vault_id, purposes }
            }
            4 => Request::Stop {
                vault_id: c.string()?,
            },
            5 => Request::Follow {
                vault_id: c.string()?,
                recipient: c.string()?,
                wrapper: c.bytes(MAX_WRAPPER)?.to_vec(),
            },
            6 => Request::Heal {
                vault_id: c.string()?,
            },
            7 => Request::Sync {
                vault_id: c.string()?,
                remote: c.string()?,
            },
            _ => return Err(Malformed("unknown request")),
        };
        c.end()?;
        Ok(r)
    }
}

impl Response {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        match self {
            Response::Info(i) => {
                out.push(0);
                put(&mut out, &info_json(i));
            }
            Response::FileKey(k) => {
                out.push(1);
                out.extend_from_slice(&k[..]);
            }
            Response::Derived(ks) => {
                out.push(2);
                // Never more than the request could ask for.
                out.push(ks.len().min(MAX_PURPOSES) as u8);
                for k in ks.iter().take(MAX_PURPOSES) {
                    out.extend_from_slice(&k[..]);
                }
            }
            Response::NoMatch => out.push(3),
            Response::Stopped => out.push(4),
            Response::Refused(m) => {
                out.push(5);
                let m: String = m
                    .chars()
                    .filter(|c| (' '..='~').contains(c))
                    .take(MAX_STR)
                    .collect();
                put(&mut out, m.as_bytes());
            }
            Response::Report(j) => {
                out.push(6);
                // The agent trims a report to fit; never more than a frame.
                put(&mut out, &j[..j.len().min(MAX_REPORT)]);
            }
        }
        out
    }

    pub fn parse(body: &[u8]) -> Result<Response, Malformed> {
        let mut c = Cursor { b: body };
        let r = match c.byte()? {
            0 => {
                let json = c.bytes(MAX_INFO)?;
                let info: AgentInfo =
                    serde_json::from_slice(json).map_err(|_| Malformed("bad info"))?;
                let fields = [&info.vault_id, &info.recipient, &info.file];
                if fields.iter().any(|f| f.len() > MAX_STR) {
                    return Err(Malformed("info field too long"));
                }
                Response::Info(info)
            }
            1 => {
                let mut k = Zeroizing::new([0u8; 16]);
                k.copy_from_slice(c.take(16)?);
                Response::FileKey(k)
            }
            2 => {
                let n = c.byte()? as usize;
                if n == 0 || n > MAX_PURPOSES {
                    return Err(Malformed("key count out of bounds"));
                }
                let mut ks = Vec::with_capacity(n);
                for _ in 0..n {
                    let mut k = Zeroizing::new([0u8; 32]);
                    k.copy_from_slice(c.take(32)?);
                    ks.push(k);
                }
                Response::Derived(ks)
            }
            3 => Response::NoMatch,
            4 => Response::Stopped,
            5 => Response::Refused(c.string()?),
            6 => {
                let b = c.bytes(MAX_REPORT)?;
                if std::str::from_utf8(b).is_err() {
                    return Err(Malformed("report not UTF-8"));
                }
                Response::Report(b.to_vec())
            }
            _ => return Err(Malformed("unknown response")),
        };
        c.end()?;
        Ok(r)
    }
}

/// The info as JSON, within [`MAX_INFO`]. Only the vault's path is
/// unbounded (a deep directory): it is shortened, never the JSON cut, so
/// the client still reads valid JSON with every other field intact.
fn info_json(i: &AgentInfo) -> Vec<u8> {
    const ELLIPSIS: &str = "…";
    let mut i = std::borrow::Cow::Borrowed(i);
    loop {
        let json = serde_json::to_vec(&*i).expect("info serializes");
        let over = json.len().saturating_sub(MAX_INFO);
        let vault = &i.vault;
        if over == 0 || vault.len() <= ELLIPSIS.len() {
            return json;
        }
        // A character takes at least as many bytes in JSON as in the
        // string: cutting the excess is enough, or more than enough when
        // escapes are cut. The path only gets shorter, so this ends.
        let mut keep = vault.len().saturating_sub(over + ELLIPSIS.len());
        while !vault.is_char_boundary(keep) {
            keep -= 1;
        }
        let short = format!("{}{ELLIPSIS}", &vault[..keep]);
        i.to_mut().vault = short;
    }
}

/// Writes one frame.
pub fn write_frame(w: &mut impl Write, body: &[u8]) -> std::io::Result<()> {
    if body.is_empty() || body.len() > MAX_FRAME {
        return Err(std::io::Error::other("frame out of bounds"));
    }
    let mut buf = Vec::with_capacity(4 + body.len());
    buf.extend_from_slice(&(body.len() as u32).to_be_bytes());
    buf.extend_from_slice(body);
    w.write_all(&buf)?;
    w.flush()
}

/// Reads one frame, refusing a length out of bounds before reading it.
/// The buffer is wiped when dropped (a response may carry a key).
pub fn read_frame(r: &mut impl Read) -> std::io::Result<Zeroizing<Vec<u8>>> {
    let mut len = [0u8; 4];
    r.read_exact(&mut len)?;
    let n =
        frame_len(len).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.0))?;
    let mut body = Zeroizing::new(vec![0u8; n]);
    r.read_exact(&mut body)?;
    Ok(body)
}

/// The body length a frame header announces, if within bounds.
pub fn frame_len(header: [u8; 4]) -> Result<usize, Malformed> {
    let n = u32::from_be_bytes(header) as usize;
    if n == 0 || n > MAX_FRAME {
        return Err(Malformed("frame length out of bounds"));
    }
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_trip_and_bad_ones_are_refused() {
        let reqs = [
            Request::Status,
            Request::Unwrap {
                vault_id: "abc".into(),
                tag: "X25519".into(),
                args: vec!["share".into()],
                body: vec![7; 32],
            },
            Request::Derive {
                vault_id: "abc".into(),
                purposes: vec!["index mac".into(), "blob name".into()],
            },
            Request::Stop {
                vault_id: "abc".into(),
            },
            Request::Heal {
                vault_id: "abc".into(),
            },
            Request::Sync {
                vault_id: "abc".into(),
                remote: "usb".into(),
            },
            Request::Follow {
                vault_id: "abc".into(),
                recipient: "age1new".into(),
                wrapper: vec![9; 300],
            },
        ];
        for r in reqs {
            let b = r.encode().unwrap();
            assert_eq!(Request::parse(&b).unwrap(), r);
            let mut longer = b.clone();
            longer.push(0);
            assert_eq!(Request::parse(&longer), Err(Malformed("trailing bytes")));
            for cut in 0..b.len() {
                assert!(Request::parse(&b[..cut]).is_err(), "{r:?} cut at {cut}");
            }
        }
        assert!(Request::parse(&[2, 1]).is_err(), "another version");
        assert!(Request::parse(&[1, 9]).is_err(), "another op");
        // A vault id with a control character.
        assert!(Request::parse(&[1, 4, 0, 1, b'\n']).is_err());
        let too_many = [1, 2, 0, 1, b'a', 0, 1, b't', 5];
        assert_eq!(
            Request::parse(&too_many),
            Err(Malformed("too many stanza arguments"))
        );
    }

    #[test]
    fn responses_round_trip() {
        let info = AgentInfo {
            vault_id: "v".into(),
            vault: "/x".into(),
            recipient: "age1x".into(),
            file: "passphrase.age".into(),
            pid: 7,
            expires_at: 9,
            memory_locked: true,
            dumpable: false,
            core_limit: 0,
        };
        for r in [
            Response::Info(info),
            Response::FileKey(Zeroizing::new([1; 16])),
            Response::Derived(vec![Zeroizing::new([2; 32]), Zeroizing::new([3; 32])]),
            Response::NoMatch,
            Response::Stopped,
            Response::Refused("not yours".into()),
            Response::Report("{\"report\":{\"warnings\":[\"é\"]}}".as_bytes().to_vec()),
        ] {
            assert_eq!(Response::parse(&r.encode()).unwrap(), r);
        }
        assert!(Response::parse(&[1, 0, 0]).is_err(), "a short file key");
    }

    fn info_with_vault(vault: &str) -> AgentInfo {
        AgentInfo {
            vault_id: "v".into(),
            vault: vault.into(),
            recipient: "age1x".into(),
            file: "passphrase.age".into(),
            pid: 7,
            expires_at: 9,
            memory_locked: true,
            dumpable: false,
            core_limit: 0,
        }
    }

    fn info_body(json: &[u8]) -> Vec<u8> {
        let mut body = vec![0];
        put(&mut body, json);
        body
    }

    /// Found by fuzz/fuzz_targets/agent_proto.rs: an info whose JSON is
    /// 4090 bytes parsed, but encoding cut its JSON at 4088 bytes, so it
    /// no longer parsed (a vault path that long made `agent status` fail).
    #[test]
    fn a_long_info_encodes_back_to_the_same_value() {
        let short = serde_json::to_vec(&info_with_vault("")).unwrap();
        let info = info_with_vault(&format!("/{}", "a".repeat(4090 - short.len() - 1)));
        let body = info_body(&serde_json::to_vec(&info).unwrap());
        assert_eq!(body.len(), 4093);
        let r = Response::parse(&body).unwrap();
        assert_eq!(Response::parse(&r.encode()), Ok(r));
        // One byte more is more than a frame can carry.
        let info = info_with_vault(&format!("/{}", "a".repeat(4094 - short.len() - 1)));
        let body = info_body(&serde_json::to_vec(&info).unwrap());
        assert_eq!(Response::parse(&body), Err(Malformed("field too long")));
    }

    /// A vault path too long for a frame is shortened, escapes counted,
    /// and the rest of the info comes through.
    #[test]
    fn a_vault_path_too_long_for_a_frame_is_shortened() {
        for path in [
            format!("/{}", "é".repeat(3000)),
            format!("/{}", "\u{1}".repeat(2000)),
            "\"".repeat(5000),
        ] {
            let info = info_with_vault(&path);
            let body = Response::Info(info.clone()).encode();
            assert!(body.len() <= MAX_FRAME, "{} bytes", body.len());
            let Ok(Response::Info(got)) = Response::parse(&body) else {
                panic!("{path:?} does not come back");
            };
            assert!(got.vault.ends_with('…') && got.vault.len() < path.len());
            assert!(path.starts_with(got.vault.trim_end_matches('…')));
            assert_eq!(
                AgentInfo {
                    vault: info.vault.clone(),
                    ..got
                },
                info
            );
        }
    }

    proptest::proptest! {
        /// As fuzz/fuzz_targets/agent_proto.rs, in every `cargo test`.
        #[test]
        fn never_panics_and_what_parses_encodes_back(data in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..600), prefix in 0u8..7) {
            // Half the cases start like a well-formed request, to get past
            // the version and op bytes.
            let mut data = data;
            if prefix > 0 {
                data.splice(0..0, [1, prefix]);
            }
            if let Ok(body) = read_frame(&mut &data[..]) {
                proptest::prop_assert!(!body.is_empty() && body.len() <= MAX_FRAME);
            }
            if let Ok(r) = Request::parse(&data) {
                proptest::prop_assert_eq!(r.encode().unwrap(), data.clone());
            }
            if let Ok(r) = Response::parse(&data) {
                proptest::prop_assert_eq!(Response::parse(&r.encode()), Ok(r));
            }
        }
    }

    #[test]
    fn frames_are_bounded() {
        assert!(frame_len(0u32.to_be_bytes()).is_err());
        assert!(frame_len((MAX_FRAME as u32 + 1).to_be_bytes()).is_err());
        assert_eq!(frame_len(5u32.to_be_bytes()), Ok(5));
        let mut buf = Vec::new();
        write_frame(&mut buf, b"hello").unwrap();
        assert_eq!(&read_frame(&mut &buf[..]).unwrap()[..], b"hello");
        let huge = (u32::MAX).to_be_bytes();
        assert!(read_frame(&mut &huge[..]).is_err());
    }
}
