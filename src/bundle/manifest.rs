//! `manifest.yaml`: what a bundle holds and why, and `manifest.sig`, its
//! Ed25519 signature (docs/bundle-format.md).
//!
//! Parsing is for untrusted input: the size is bounded, the format and
//! version are read first (a newer version is exit 2 with a hint to upgrade,
//! anything else malformed is exit 6), then the manifest is parsed strictly
//! (unknown fields refused) and every value is checked: identifiers, dates,
//! codes, hashes, paths, and that documents and members agree.
//!
//! Version 2 (what carnet writes) is canonical JSON: one exact byte form per
//! manifest ([`Manifest::to_yaml`]), which every YAML 1.1 and 1.2 parser and
//! every JSON parser reads as the same values. A reader re-serializes what it
//! parsed and refuses any other bytes, so an accepted manifest can never
//! read differently elsewhere (`yes`, `1:20`, `~` stay strings; no duplicate
//! keys, no `\/`, no surrogate pairs). Version 1 (YAML) is still read.

use std::collections::{HashMap, HashSet};
use std::io;

use base64::Engine;
use ed25519_dalek::{Signature, Signer as _, SigningKey, VerifyingKey};
use serde::{Deserialize, Serialize};

use crate::bundle::tarball::{self, damaged};
use crate::crypto;
use crate::error::{Error, Result};
use crate::ids;
use crate::model::{
    DocType, CONFIDENTIALITY_N_SYSTEM_OID, FLAG_INVISIBLE_PATIENT,
    FLAG_INVISIBLE_REPRESENTANTS_LEGAUX, FLAG_MASQUE_PS, TRE_A07_OID,
};
use crate::timefmt;

pub const FORMAT: &str = "carnet-bundle";
/// The version carnet writes (canonical JSON).
pub const VERSION: u32 = 2;
/// The first version (YAML), still read.
pub const VERSION_YAML: u32 = 1;
/// Sizes and sequence numbers in a version-2 manifest stay below 2^53, so
/// every JSON parser (JavaScript's included) reads them exactly.
pub const MAX_JSON_INT: u64 = (1 << 53) - 1;
/// Largest manifest read (about 100k documents).
pub const MAX_MANIFEST: u64 = 64 << 20;
/// Largest signature file read.
pub const MAX_SIGNATURE: u64 = 1024;

pub const SIGNATURE_ALGORITHM: &str = "ed25519";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always `carnet-bundle`.
    pub format: String,
    /// Format version (1: YAML, 2: canonical JSON).
    pub version: u32,
    /// Random bundle id (lowercase base32).
    pub id: String,
    /// RFC 3339 UTC.
    pub created: String,
    /// Advisory end of use (the grant's end), RFC 3339 UTC; nothing enforces
    /// it once the bundle is decrypted.
    pub expires: Option<String>,
    pub purpose: Purpose,
    /// The professional the bundle is for (exports `--for`).
    pub recipient: Option<RecipientPro>,
    pub holder: Holder,
    /// The vault's journal head after the entry that records this export.
    pub journal: JournalHead,
    pub signer: Signer,
    pub documents: Vec<DocEntry>,
    /// Every member but `manifest.yaml` and `manifest.sig`, in archive order.
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PurposeKind {
    /// For a professional holding an active grant.
    Grant,
    /// For the primary doctor (médecin traitant).
    Primary,
    /// Emergency bundle for the SAMU regulation centre (consent ETREAT).
    EmergencySamu,
    /// Emergency bundle for break-the-glass access (consent BTG).
    EmergencyBreakGlass,
    /// The holder's own complete export (portability).
    HolderExport,
    /// Documents a professional sends to the holder (made by other tools).
    Report,
}

impl PurposeKind {
    pub fn as_str(&self) -> &'static str {
        match self {
            PurposeKind::Grant => "grant",
            PurposeKind::Primary => "primary",
            PurposeKind::EmergencySamu => "emergency-samu",
            PurposeKind::EmergencyBreakGlass => "emergency-break-glass",
            PurposeKind::HolderExport => "holder-export",
            PurposeKind::Report => "report",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purpose {
    pub kind: PurposeKind,
    /// The grant that allowed the export (kind `grant`).
    pub grant: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecipientPro {
    pub rpps: String,
    /// IdNat_PS: `8` + RPPS.
    pub idnat: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holder {
    pub name: String,
    pub birth_date: Option<String>,
    /// INS (NIR), when known.
    pub ins: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JournalHead {
    pub seq: i64,
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signer {
    /// Always `ed25519`.
    pub algorithm: String,
    /// Base64 (standard, padded) of the 32-byte public key.
    pub public_key: String,
    /// `SHA256:<base64>` of the public key, as `carnet status` shows it.
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeEntry {
    /// carnet's short name (`lab-report`).
    pub name: String,
    /// LOINC or TRE_A05 code.
    pub code: String,
    /// OID of the code system.
    pub system: String,
    /// French display (ANS).
    pub display: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Code {
    pub code: String,
    /// OID of the code system.
    pub system: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocEntry {
    pub id: String,
    pub title: String,
    #[serde(rename = "type")]
    pub doc_type: TypeEntry,
    /// TRE_A03 class code.
    pub class_code: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// RPPS of the professional author; none when the holder deposited it.
    pub author: Option<String>,
    /// `N` first, then the TRE_A07 flags (domain.md §1.1).
    pub confidentiality: Vec<Code>,
    pub media_type: String,
    pub size: u64,
    /// Hex SHA-256 of the file.
    pub sha256: String,
    /// Member path (`documents/…`).
    pub path: String,
    /// Holder exports only: the holder's tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Holder exports only: the name the file had when added.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filename: Option<String>,
    /// Holder exports only: professionals the holder masked it from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub masked_from: Vec<String>,
}

impl DocEntry {
    pub fn has_flag(&self, flag: &str) -> bool {
        self.confidentiality.iter().any(|c| c.code == flag)
    }

    pub fn codes(&self) -> Vec<&str> {
        self.confidentiality
            .iter()
            .map(|c| c.code.as_str())
            .collect()
    }

    /// The document type (validated manifests always have a known one).
    pub fn doc_type(&self) -> DocType {
        DocType::parse(&self.doc_type.name).unwrap_or_else(DocType::other)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// The type fields of a document type.
pub fn type_entry(t: &DocType) -> TypeEntry {
    TypeEntry {
        name: t.name.to_string(),
        code: t.code.to_string(),
        system: t.system_oid().to_string(),
        display: t.display_fr.to_string(),
    }
}

/// Confidentiality codes with their systems, from the codes `N` + flags.
pub fn confidentiality_codes(codes: &[&str]) -> Vec<Code> {
    codes
        .iter()
        .map(|c| Code {
            code: c.to_string(),
            system: if *c == "N" {
                CONFIDENTIALITY_N_SYSTEM_OID
            } else {
                TRE_A07_OID
            }
            .to_string(),
        })
        .collect()
}

/// Signer fields for a signing key.
pub fn signer_of(key: &VerifyingKey) -> Signer {
    Signer {
        algorithm: SIGNATURE_ALGORITHM.into(),
        public_key: base64::engine::general_purpose::STANDARD.encode(key.as_bytes()),
        fingerprint: crypto::fingerprint(key),
    }
}

impl Manifest {
    /// The bytes of `manifest.yaml` for this manifest's version: canonical
    /// JSON for version 2 ([`canonical_json`]), YAML for version 1.
    pub fn to_yaml(&self) -> Vec<u8> {
        if self.version == VERSION_YAML {
            let mut s = String::from("# carnet bundle manifest (docs/bundle-format.md)\n");
            s.push_str(&serde_yaml::to_string(self).expect("a manifest serializes"));
            s.into_bytes()
        } else {
            canonical_json(self)
        }
    }

    /// The signer's public key.
    pub fn verifying_key(&self) -> Result<VerifyingKey> {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(self.signer.public_key.trim())
            .map_err(|_| damaged(crate::i18n::tr!("v-signer-key-base64")))?;
        let bytes: [u8; 32] = raw
            .try_into()
            .map_err(|_| damaged(crate::i18n::tr!("v-signer-key-length")))?;
        VerifyingKey::from_bytes(&bytes)
            .map_err(|_| damaged(crate::i18n::tr!("v-signer-key-invalid")))
    }
}

/// Whether the canonical form writes `c` as a `\uXXXX` escape: control
/// characters (serde_json already escapes those below U+0020), and what
/// YAML 1.1 does not take raw in a quoted scalar: C1 controls and DEL
/// (outside its printable set), NEL, LINE and PARAGRAPH SEPARATOR (line
/// breaks in YAML 1.1: raw, they would be folded into a space), the byte
/// order mark and the noncharacters U+FFFE, U+FFFF.
pub fn json_escaped(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{fffe}' | '\u{ffff}')
}

/// serde_json's pretty printer (two spaces, `": "`, one value a line),
/// writing [`json_escaped`] characters as `\uXXXX` (lowercase hex). Every
/// other character is written raw (UTF-8): a `\u` escape of a character
/// outside the BMP would be a surrogate pair, which YAML reads as two
/// invalid code points. serde_json never writes `\/` (YAML 1.1 has no such
/// escape).
struct Canonical(serde_json::ser::PrettyFormatter<'static>);

impl serde_json::ser::Formatter for Canonical {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if json_escaped(c) {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

/// The one byte form of a version-2 manifest (docs/bundle-format.md,
/// "Canonical JSON"): members in the struct's order, optional values
/// `null`, holder-only fields absent when empty, a final newline.
pub fn canonical_json(m: &Manifest) -> Vec<u8> {
    let mut out = Vec::with_capacity(4096);
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        Canonical(serde_json::ser::PrettyFormatter::with_indent(b"  ")),
    );
    m.serialize(&mut ser).expect("a manifest serializes");
    out.push(b'\n');
    out
}

/// `manifest.sig`: base64 of the Ed25519 signature of the manifest bytes.
pub fn sign(manifest_yaml: &[u8], key: &SigningKey) -> Vec<u8> {
    let sig = key.sign(manifest_yaml);
    format!(
        "{}\n",
        base64::engine::general_purpose::STANDARD.encode(sig.to_bytes())
    )
    .into_bytes()
}

/// Checks `manifest.sig` against the manifest bytes and the manifest's own
/// key (integrity; who signed is checked by comparing fingerprints). The
/// file must be exactly as carnet writes it: 88 base64 characters (padded,
/// canonical) and one newline.
pub fn verify_signature(manifest: &Manifest, manifest_yaml: &[u8], sig_file: &[u8]) -> Result<()> {
    let key = manifest.verifying_key()?;
    let text =
        std::str::from_utf8(sig_file).map_err(|_| damaged(crate::i18n::tr!("v-sig-not-text")))?;
    let body = text
        .strip_suffix('\n')
        .ok_or_else(|| damaged(crate::i18n::tr!("v-sig-newline")))?;
    let raw = base64::engine::general_purpose::STANDARD
        .decode(body)
        .map_err(|_| damaged(crate::i18n::tr!("v-sig-base64")))?;
    let bytes: [u8; 64] = raw
        .try_into()
        .map_err(|_| damaged(crate::i18n::tr!("v-sig-length")))?;
    key.verify_strict(manifest_yaml, &Signature::from_bytes(&bytes))
        .map_err(|_| damaged(crate::i18n::tr!("v-sig-does-not-verify")))
}

/// Normalizes a `--signer` fingerprint (`SHA256:…` or the bare base64).
pub fn parse_fingerprint(s: &str) -> Result<String> {
    let t = s.trim();
    let body = t.strip_prefix("SHA256:").unwrap_or(t);
    let ok = base64::engine::general_purpose::STANDARD_NO_PAD
        .decode(body)
        .is_ok_and(|b| b.len() == 32);
    if !ok {
        return Err(Error::usage(
            crate::i18n::tr!("v-bad-fingerprint", value = format!("{t:?}")),
            crate::i18n::tr!("v-bad-fingerprint-hint"),
        ));
    }
    Ok(format!("SHA256:{body}"))
}

#[derive(Deserialize)]
struct Probe {
    format: Option<serde_yaml::Value>,
    version: Option<serde_yaml::Value>,
}

#[derive(Deserialize)]
struct JsonProbe {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// `format` and `version`, read from JSON when the text is an object
/// (version 2), else from YAML (version 1).
fn probe(text: &str) -> Result<(Option<String>, Option<u64>)> {
    if text.starts_with('{') {
        let p: JsonProbe = serde_json::from_str(text).map_err(|e| {
            damaged(crate::i18n::tr!(
                "v-manifest-not-json",
                detail = e.to_string()
            ))
        })?;
        Ok((
            p.format
                .as_ref()
                .and_then(|v| v.as_str())
                .map(str::to_string),
            p.version.as_ref().and_then(|v| v.as_u64()),
        ))
    } else {
        let p: Probe = serde_yaml::from_str(text).map_err(|e| {
            damaged(crate::i18n::tr!(
                "v-manifest-not-yaml",
                detail = e.to_string()
            ))
        })?;
        Ok((
            p.format
                .as_ref()
                .and_then(|v| v.as_str())
                .map(str::to_string),
            p.version.as_ref().and_then(|v| v.as_u64()),
        ))
    }
}

/// Parses and checks manifest bytes (see the module docs for exit codes).
pub fn parse(bytes: &[u8]) -> Result<Manifest> {
    if bytes.len() as u64 > MAX_MANIFEST {
        return Err(damaged("manifest.yaml is too large"));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| damaged("manifest.yaml is not UTF-8"))?;
    let (format, version) = probe(text)?;
    if format.as_deref() != Some(FORMAT) {
        return Err(damaged(crate::i18n::tr!("v-manifest-not-carnet")));
    }
    let version = version.ok_or_else(|| damaged("manifest.yaml has no valid format version"))?;
    if version > VERSION as u64 {
        return Err(Error::usage(
            crate::i18n::tr!(
                "v-bundle-too-new",
                version = version.to_string(),
                known = VERSION.to_string()
            ),
            crate::i18n::tr!("v-bundle-too-new-hint"),
        ));
    }
    let m = match version {
        2 => parse_canonical_json(bytes)?,
        1 => {
            let m: Manifest = serde_yaml::from_str(text).map_err(|e| {
                damaged(match e.location() {
                    Some(l) => crate::i18n::tr!(
                        "v-manifest-malformed-at",
                        line = l.line().to_string(),
                        detail = e.to_string()
                    ),
                    None => crate::i18n::tr!("v-manifest-malformed", detail = e.to_string()),
                })
            })?;
            m
        }
        _ => {
            return Err(damaged(crate::i18n::tr!(
                "v-manifest-bad-version",
                version = version.to_string()
            )))
        }
    };
    if m.version as u64 != version {
        return Err(damaged(crate::i18n::tr!("v-manifest-version-twice")));
    }
    validate(&m)?;
    Ok(m)
}

/// A version-2 manifest: JSON, parsed strictly, that must be byte for byte
/// the canonical form of what it says.
fn parse_canonical_json(bytes: &[u8]) -> Result<Manifest> {
    if !bytes.starts_with(b"{") {
        return Err(damaged(
            "manifest.yaml of version 2 must be canonical JSON (it starts with `{`)",
        ));
    }
    let m: Manifest = serde_json::from_slice(bytes).map_err(|e| {
        damaged(crate::i18n::tr!(
            "v-manifest-malformed-at",
            line = e.line().to_string(),
            detail = e.to_string()
        ))
    })?;
    let canonical = canonical_json(&m);
    if canonical != bytes {
        let line = canonical
            .split(|&b| b == b'\n')
            .zip(bytes.split(|&b| b == b'\n'))
            .position(|(a, b)| a != b)
            .map_or_else(|| canonical.split(|&b| b == b'\n').count(), |i| i + 1);
        return Err(damaged(crate::i18n::tr!(
            "v-manifest-not-canonical",
            line = line.to_string()
        )));
    }
    Ok(m)
}

/// The manifest as a YAML parser (libyaml, YAML 1.1) reads the same bytes,
/// without any check: for tests and the fuzz target, which hold that every
/// manifest [`parse`] accepts reads the same through it.
pub fn read_with_yaml_parser(bytes: &[u8]) -> Option<Manifest> {
    serde_yaml::from_slice(bytes).ok()
}

fn is_hex64(s: &str) -> bool {
    s.len() == 64
        && s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn is_id(s: &str) -> bool {
    (4..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn clean_text(s: &str, max: usize) -> bool {
    s.chars().count() <= max && crate::text::first_unsafe(s).is_none()
}

/// A `type/subtype` media type without parameters.
pub fn is_media_type(s: &str) -> bool {
    let mut parts = s.splitn(2, '/');
    let tok = |t: Option<&str>| {
        t.is_some_and(|t| {
            !t.is_empty()
                && t.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
        })
    };
    s.len() <= 127 && tok(parts.next()) && tok(parts.next())
}

/// An RPPS exactly as carnet writes it (11 digits, nothing around them).
/// The trust check, the pins and storage compare RPPS as strings, so one
/// that only parses (`" 10003456786"`) would slip past a pinned signer:
/// carnet never writes one, so it is a forgery, refused.
fn exact_rpps(s: &str) -> std::result::Result<(), String> {
    match ids::parse_rpps(s) {
        Ok(c) if c == s => Ok(()),
        Ok(c) => Err(format!(
            "RPPS {c} written with characters around it (only its 11 digits are valid)"
        )),
        Err(e) => Err(e.to_string()),
    }
}

/// Checks every value of a parsed manifest.
pub fn validate(m: &Manifest) -> Result<()> {
    let bad = |what: String| damaged(crate::i18n::tr!("v-manifest-invalid", what = what));
    if m.format != FORMAT || (m.version != VERSION && m.version != VERSION_YAML) {
        return Err(bad("wrong format or version".into()));
    }
    // Version 2 takes each value in one written form only (what carnet
    // writes), so that independent readers agree on every byte.
    let strict = m.version >= 2;
    let time_ok = |s: &str| match timefmt::parse_rfc3339(s) {
        Some(t) => !strict || timefmt::rfc3339(t) == s && s.len() == 20,
        None => false,
    };
    let date_ok = |s: &str| match timefmt::parse_ymd(s) {
        Some(d) => !strict || timefmt::ymd(d) == s,
        None => false,
    };
    let int_ok = |n: u64| !strict || n <= MAX_JSON_INT;
    if !is_id(&m.id) {
        return Err(bad(format!("bundle id {:?}", m.id)));
    }
    if !time_ok(&m.created) {
        return Err(bad(format!("created time {:?}", m.created)));
    }
    if let Some(e) = &m.expires {
        if !time_ok(e) {
            return Err(bad(format!("expiry time {e:?}")));
        }
    }
    if let Some(g) = &m.purpose.grant {
        if !is_id(g) {
            return Err(bad(format!("grant id {g:?}")));
        }
    }
    if let Some(r) = &m.recipient {
        exact_rpps(&r.rpps).map_err(|e| bad(format!("recipient: {e}")))?;
        if r.idnat != ids::rpps_idnat(&r.rpps) || !clean_text(&r.name, 200) {
            return Err(bad("recipient IdNat or name".into()));
        }
    }
    if !clean_text(&m.holder.name, 200) {
        return Err(bad("holder name".into()));
    }
    if let Some(b) = &m.holder.birth_date {
        if !date_ok(b) {
            return Err(bad(format!("holder birth date {b:?}")));
        }
    }
    if let Some(i) = &m.holder.ins {
        match ids::parse_nir(i) {
            Ok(c) if c == *i => {}
            Ok(_) => return Err(bad("holder INS: not written in its canonical form".into())),
            Err(e) => return Err(bad(format!("holder INS: {e}"))),
        }
    }
    if m.journal.seq < 0 || !int_ok(m.journal.seq as u64) || !is_hex64(&m.journal.hash) {
        return Err(bad("journal head".into()));
    }
    if m.signer.algorithm != SIGNATURE_ALGORITHM {
        return Err(bad(format!(
            "signature algorithm {:?} (only ed25519)",
            m.signer.algorithm
        )));
    }
    let key = m.verifying_key()?;
    if strict
        && base64::engine::general_purpose::STANDARD.encode(key.as_bytes()) != m.signer.public_key
    {
        return Err(bad(
            "the signer key is not written as canonical base64".into()
        ));
    }
    if crypto::fingerprint(&key) != m.signer.fingerprint {
        return Err(bad(
            "the signer fingerprint does not match its public key".into()
        ));
    }

    let mut members: HashMap<&str, &Member> = HashMap::new();
    for mem in &m.members {
        if !tarball::valid_member_path(&mem.path)
            || mem.path == tarball::MANIFEST
            || mem.path == tarball::SIGNATURE
        {
            return Err(bad(format!("member path {:?}", mem.path)));
        }
        if !is_hex64(&mem.sha256) {
            return Err(bad(format!("SHA-256 of member {}", mem.path)));
        }
        if !int_ok(mem.size) {
            return Err(bad(format!("size of member {}", mem.path)));
        }
        if members.insert(mem.path.as_str(), mem).is_some() {
            return Err(bad(format!("member {} listed twice", mem.path)));
        }
    }
    let mut ids_seen = HashSet::new();
    let mut paths_seen = HashSet::new();
    for d in &m.documents {
        let at = |what: &str| bad(format!("document {:?}: {what}", d.id));
        if !is_id(&d.id) || !ids_seen.insert(d.id.as_str()) {
            return Err(at("bad or repeated id"));
        }
        if d.title.trim().is_empty() || !clean_text(&d.title, 500) {
            return Err(at("title"));
        }
        let t = DocType::parse(&d.doc_type.name).ok_or_else(|| at("unknown type"))?;
        if strict && t.name != d.doc_type.name {
            return Err(at("type name not written as in the type table"));
        }
        if t.code != d.doc_type.code || t.system_oid() != d.doc_type.system {
            return Err(at("type code or system does not match the type name"));
        }
        if !clean_text(&d.doc_type.display, 200) || strict && d.doc_type.display != t.display_fr {
            return Err(at("type display does not match the type table"));
        }
        if d.class_code != t.class {
            return Err(at("class code does not match the type"));
        }
        if !date_ok(&d.date) {
            return Err(at("date"));
        }
        if let Some(a) = &d.author {
            exact_rpps(a).map_err(|e| at(&format!("author: {e}")))?;
        }
        check_confidentiality(&d.confidentiality).map_err(|w| at(&w))?;
        if !is_media_type(&d.media_type) {
            return Err(at("media type"));
        }
        if !is_hex64(&d.sha256) {
            return Err(at("SHA-256"));
        }
        if !d.path.starts_with(tarball::DOCUMENTS_DIR) || !paths_seen.insert(d.path.as_str()) {
            return Err(at("path"));
        }
        match members.get(d.path.as_str()) {
            Some(mem) if mem.size == d.size && mem.sha256 == d.sha256 => {}
            _ => return Err(at("not listed as a member with the same size and SHA-256")),
        }
        if !int_ok(d.size) {
            return Err(at("size"));
        }
        if d.tags
            .iter()
            .any(|t| t.trim().is_empty() || !clean_text(t, 100))
        {
            return Err(at("tags"));
        }
        if let Some(f) = &d.filename {
            if !clean_text(f, 255) || f.contains('/') {
                return Err(at("file name"));
            }
        }
        for r in &d.masked_from {
            exact_rpps(r).map_err(|e| at(&format!("masked from: {e}")))?;
        }
    }
    check_member_order(m).map_err(bad)
}

/// The members the manifest lists come in the archive's order: first the
/// documents, one each, in the order of `documents`; then
/// `fhir/bundle.json`; then, each at most once and in this order,
/// `fhir/patient-summary.json`, `LISEZMOI.txt`, `index.html` (version 2
/// requires the last two). `manifest.yaml` and `manifest.sig` follow in
/// the archive, unlisted.
fn check_member_order(m: &Manifest) -> std::result::Result<(), String> {
    let n = m.documents.len();
    if m.members.len() < n {
        return Err("fewer members than documents".into());
    }
    for (i, (d, mem)) in m.documents.iter().zip(&m.members).enumerate() {
        if d.path != mem.path {
            return Err(format!(
                "member {} is {}, where document {} ({}) must be",
                i + 1,
                mem.path,
                i + 1,
                d.path
            ));
        }
    }
    let tail: Vec<&str> = m.members[n..].iter().map(|x| x.path.as_str()).collect();
    let order = [
        tarball::FHIR,
        tarball::SUMMARY,
        tarball::README,
        tarball::INDEX,
    ];
    let mut next = 0;
    for p in &tail {
        match order[next..].iter().position(|o| o == p) {
            Some(k) => next += k + 1,
            None => {
                return Err(format!(
                    "member {p} is out of place (after the documents come {}, in this order)",
                    order.join(", ")
                ))
            }
        }
    }
    let mut required = vec![tarball::FHIR];
    if m.version >= 2 {
        required.extend([tarball::README, tarball::INDEX]);
    }
    for r in required {
        if !tail.contains(&r) {
            return Err(format!("required member {r} is not listed"));
        }
    }
    Ok(())
}

fn check_confidentiality(codes: &[Code]) -> std::result::Result<(), String> {
    let Some(first) = codes.first() else {
        return Err("no confidentiality code".into());
    };
    if first.code != "N" || first.system != CONFIDENTIALITY_N_SYSTEM_OID {
        return Err(format!(
            "the first confidentiality code must be N ({CONFIDENTIALITY_N_SYSTEM_OID})"
        ));
    }
    if codes.len() > 4 {
        return Err("more than three confidentiality flags".into());
    }
    let mut seen = HashSet::new();
    for c in &codes[1..] {
        let known = [
            FLAG_MASQUE_PS,
            FLAG_INVISIBLE_PATIENT,
            FLAG_INVISIBLE_REPRESENTANTS_LEGAUX,
        ];
        if !known.contains(&c.code.as_str()) || c.system != TRE_A07_OID {
            return Err(format!("unknown confidentiality code {:?}", c.code));
        }
        if !seen.insert(c.code.as_str()) {
            return Err(format!("confidentiality code {} repeated", c.code));
        }
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use sha2::Digest;

    pub fn sample(key: &SigningKey) -> Manifest {
        let data = b"hello";
        let sha = hex::encode(sha2::Sha256::digest(data));
        let t = DocType::parse("lab-report").unwrap();
        Manifest {
            format: FORMAT.into(),
            version: VERSION,
            id: "abcdefgh23456789".into(),
            created: "2026-03-01T10:00:00Z".into(),
            expires: Some("2026-03-08T10:00:00Z".into()),
            purpose: Purpose {
                kind: PurposeKind::Grant,
                grant: Some("grantid1".into()),
            },
            recipient: Some(RecipientPro {
                rpps: "10003456786".into(),
                idnat: "810003456786".into(),
                name: "Dr Claire Dubois".into(),
            }),
            holder: Holder {
                name: "Camille Martin".into(),
                birth_date: Some("1984-12-07".into()),
                ins: Some("184127645108946".into()),
            },
            journal: JournalHead {
                seq: 12,
                hash: "ab".repeat(32),
            },
            signer: signer_of(&key.verifying_key()),
            documents: vec![DocEntry {
                id: "docid1234567".into(),
                title: "Bilan sanguin".into(),
                doc_type: type_entry(&t),
                class_code: t.class.into(),
                date: "2026-02-14".into(),
                author: Some("10100000008".into()),
                confidentiality: confidentiality_codes(&["N", FLAG_MASQUE_PS]),
                media_type: "application/pdf".into(),
                size: data.len() as u64,
                sha256: sha.clone(),
                path: "documents/2026-02-14_lab-report_bilan-sanguin_docid1234567.pdf".into(),
                tags: vec![],
                filename: None,
                masked_from: vec![],
            }],
            members: vec![
                Member {
                    path: "documents/2026-02-14_lab-report_bilan-sanguin_docid1234567.pdf".into(),
                    size: data.len() as u64,
                    sha256: sha,
                },
                Member {
                    path: tarball::FHIR.into(),
                    size: 2,
                    sha256: "01".repeat(32),
                },
                Member {
                    path: tarball::README.into(),
                    size: 3,
                    sha256: "02".repeat(32),
                },
                Member {
                    path: tarball::INDEX.into(),
                    size: 4,
                    sha256: "03".repeat(32),
                },
            ],
        }
    }

    fn key() -> SigningKey {
        SigningKey::from_bytes(&[7u8; 32])
    }

    #[test]
    fn round_trip_and_signature() {
        let k = key();
        let m = sample(&k);
        let y = m.to_yaml();
        let back = parse(&y).unwrap();
        assert_eq!(back, m);
        let sig = sign(&y, &k);
        verify_signature(&back, &y, &sig).unwrap();
        let mut other = y.clone();
        let i = other.len() - 3;
        other[i] ^= 1;
        assert!(verify_signature(&back, &other, &sig).is_err());
    }

    #[test]
    fn versions() {
        let mut m = sample(&key());
        let y = String::from_utf8(m.to_yaml()).unwrap();
        assert!(y.starts_with("{\n  \"format\": \"carnet-bundle\",\n  \"version\": 2,\n"));
        let v3 = y.replace("\"version\": 2", "\"version\": 3");
        let e = parse(v3.as_bytes()).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.hint().contains("upgrade"));
        for v in ["0", "2.0", "\"2\"", "-1", "02"] {
            let other = y.replace("\"version\": 2", &format!("\"version\": {v}"));
            assert_eq!(parse(other.as_bytes()).unwrap_err().exit_code(), 6, "{v}");
        }
        let other = y.replace("\"format\": \"carnet-bundle\"", "\"format\": \"other\"");
        assert_eq!(parse(other.as_bytes()).unwrap_err().exit_code(), 6);

        // Version 1 (YAML) is still read, with its own rules.
        m.version = VERSION_YAML;
        let y1 = String::from_utf8(m.to_yaml()).unwrap();
        assert!(y1.starts_with("# carnet bundle manifest"));
        assert_eq!(parse(y1.as_bytes()).unwrap(), m);
        let v0 = y1.replace("version: 1", "version: 0");
        assert_eq!(parse(v0.as_bytes()).unwrap_err().exit_code(), 6);
        // A YAML manifest cannot claim version 2.
        let yaml2 = y1.replace("version: 1", "version: 2");
        assert_eq!(parse(yaml2.as_bytes()).unwrap_err().exit_code(), 6);
    }

    /// Titles YAML 1.1 would read as booleans, nulls, numbers, sexagesimal
    /// numbers, the `=` value key, or line breaks: in canonical JSON they
    /// are double-quoted strings (with NEL/LS/PS, BOM escaped), which every
    /// YAML parser reads as the same text.
    pub const TRAP_TITLES: &[&str] = &[
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "true",
        "NO",
        "null",
        "~",
        "=",
        "<<",
        "1:20",
        "0o17",
        "017",
        "0x1F",
        "1e3",
        "1_000",
        ".inf",
        ".nan",
        "2025-02-03",
        "- item",
        "? k",
        "a: b",
        "#not a comment",
        "'quoted'",
        "\"dq\"",
        "back\\slash",
        "a/b",
        "{x}",
        "[y]",
        "&anchor",
        "*alias",
        "!tag",
        "%TAG",
        "@",
        "`",
        "|",
        ">",
        "Œdème échographie 🩺",
        "\u{feff}bom",
        "\u{fffe}",
        "tab\u{a0}nbsp",
    ];

    #[test]
    fn canonical_json_reads_the_same_as_yaml() {
        let k = key();
        let mut m = sample(&k);
        m.holder.name = "Yes".into();
        for (i, t) in TRAP_TITLES.iter().enumerate() {
            let mut d = m.documents[0].clone();
            d.title = t.to_string();
            d.id = format!("trapdoc{i:05}");
            d.path = format!("documents/trap-{i}.txt");
            m.members.insert(
                i + 1,
                Member {
                    path: d.path.clone(),
                    size: d.size,
                    sha256: d.sha256.clone(),
                },
            );
            m.documents.push(d);
        }
        let bytes = m.to_yaml();
        assert_eq!(parse(&bytes).unwrap(), m);
        // A YAML parser reads the same values (serde_yaml: libyaml, YAML 1.1).
        assert_eq!(read_with_yaml_parser(&bytes), Some(m.clone()));
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(
            text.contains("\\ufeffbom") && text.contains("\\ufffe"),
            "{text}"
        );
        assert!(text.contains("🩺") && !text.contains("\\/"));
        assert!(text.is_ascii() || text.chars().all(|c| !json_escaped(c) || c == '\n'));
    }

    #[test]
    fn only_the_canonical_form_is_accepted() {
        let k = key();
        let y = String::from_utf8(sample(&k).to_yaml()).unwrap();
        assert!(parse(y.as_bytes()).is_ok());
        let edits: Vec<(&str, String)> = vec![
            ("no final newline", y.trim_end().to_string()),
            ("two final newlines", format!("{y}\n")),
            ("CRLF", y.replace('\n', "\r\n")),
            ("tabs", y.replace("  ", "\t")),
            (
                "compact",
                serde_json::to_string(&sample(&k)).unwrap() + "\n",
            ),
            ("no space after colon", y.replacen("\"id\": ", "\"id\":", 1)),
            (
                "members reordered",
                y.replacen(
                    "  \"format\": \"carnet-bundle\",\n  \"version\": 2,",
                    "  \"version\": 2,\n  \"format\": \"carnet-bundle\",",
                    1,
                ),
            ),
            (
                "escaped solidus",
                y.replacen("application/pdf", "application\\/pdf", 1),
            ),
            ("escaped letter", y.replacen("Bilan", "\\u0042ilan", 1)),
            (
                "duplicate key",
                y.replacen(
                    "  \"id\": ",
                    "  \"id\": \"abcdefgh23456789\",\n  \"id\": ",
                    1,
                ),
            ),
            ("comment line", format!("# manifest\n{y}")),
            ("BOM", format!("\u{feff}{y}")),
            (
                "explicit empty tags",
                y.replacen(
                    "\"path\": \"documents/",
                    "\"tags\": [],\n      \"path\": \"documents/",
                    1,
                ),
            ),
            (
                "number as float",
                y.replacen("\"size\": 5,", "\"size\": 5.0,", 1),
            ),
            (
                "number with exponent",
                y.replacen("\"size\": 5,", "\"size\": 5e0,", 1),
            ),
            ("leading zero", y.replacen("\"seq\": 12", "\"seq\": 012", 1)),
            (
                "missing null",
                y.replacen("  \"expires\": \"2026-03-08T10:00:00Z\",\n", "", 1),
            ),
        ];
        for (what, bad) in edits {
            assert_ne!(bad, y, "{what}: the edit did nothing");
            let e = parse(bad.as_bytes()).unwrap_err();
            assert_eq!(e.exit_code(), 6, "{what}: {e}");
        }
    }

    #[test]
    fn member_order_and_required_members() {
        let k = key();
        type Edit = Box<dyn Fn(&mut Manifest)>;
        let cases: Vec<(&str, Edit)> = vec![
            (
                "no fhir",
                Box::new(|m| {
                    m.members.remove(1);
                }),
            ),
            (
                "no LISEZMOI",
                Box::new(|m| {
                    m.members.remove(2);
                }),
            ),
            (
                "no index",
                Box::new(|m| {
                    m.members.remove(3);
                }),
            ),
            (
                "fhir before the documents",
                Box::new(|m| m.members.swap(0, 1)),
            ),
            ("index before LISEZMOI", Box::new(|m| m.members.swap(2, 3))),
            (
                "an extra document member",
                Box::new(|m| {
                    let mut x = m.members[0].clone();
                    x.path = "documents/extra.pdf".into();
                    m.members.insert(1, x);
                }),
            ),
            (
                "a member listed twice",
                Box::new(|m| {
                    let x = m.members[3].clone();
                    m.members.push(x);
                }),
            ),
        ];
        for (what, f) in cases {
            let mut m = sample(&k);
            f(&mut m);
            let e = parse(&m.to_yaml()).unwrap_err();
            assert_eq!(e.exit_code(), 6, "{what}: {e}");
        }
        // Version 1 did not require the French summary.
        let mut m = sample(&k);
        m.version = VERSION_YAML;
        m.members.truncate(2);
        assert!(parse(&m.to_yaml()).is_ok());
        let mut m2 = m.clone();
        m2.members.truncate(1);
        assert_eq!(parse(&m2.to_yaml()).unwrap_err().exit_code(), 6);
    }

    #[test]
    fn version_2_values_have_one_written_form() {
        let k = key();
        type Edit = Box<dyn Fn(&mut Manifest)>;
        let cases: Vec<(&str, Edit)> = vec![
            (
                "offset time",
                Box::new(|m| m.created = "2026-03-01T11:00:00+01:00".into()),
            ),
            (
                "fractional time",
                Box::new(|m| m.created = "2026-03-01T10:00:00.5Z".into()),
            ),
            (
                "lowercase z",
                Box::new(|m| m.created = "2026-03-01t10:00:00z".into()),
            ),
            (
                "spaced date",
                Box::new(|m| m.documents[0].date = " 2026-02-14".into()),
            ),
            (
                "type by code",
                Box::new(|m| m.documents[0].doc_type.name = "11502-2".into()),
            ),
            (
                "type uppercase",
                Box::new(|m| m.documents[0].doc_type.name = "LAB-REPORT".into()),
            ),
            (
                "other display",
                Box::new(|m| m.documents[0].doc_type.display = "Labo".into()),
            ),
            (
                "huge size",
                Box::new(|m| {
                    m.documents[0].size = 1 << 53;
                    m.members[0].size = 1 << 53;
                }),
            ),
            (
                "unpadded key",
                Box::new(|m| {
                    m.signer.public_key = m.signer.public_key.trim_end_matches('=').into()
                }),
            ),
        ];
        for (what, f) in cases {
            let mut m = sample(&k);
            f(&mut m);
            let e = parse(&m.to_yaml()).unwrap_err();
            assert_eq!(e.exit_code(), 6, "{what}: {e}");
        }
    }

    #[test]
    fn signature_file_is_exact() {
        let k = key();
        let m = sample(&k);
        let y = m.to_yaml();
        let sig = sign(&y, &k);
        verify_signature(&m, &y, &sig).unwrap();
        let body = std::str::from_utf8(&sig).unwrap().trim_end();
        for bad in [
            body.to_string(),
            format!("{body}\n\n"),
            format!(" {body}\n"),
            format!("{body}\r\n"),
            format!("{}\n", body.trim_end_matches('=')),
        ] {
            assert!(verify_signature(&m, &y, bad.as_bytes()).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn invalid_values_refused() {
        let k = key();
        type Edit = Box<dyn Fn(&mut Manifest)>;
        let cases: Vec<Edit> = vec![
            Box::new(|m| m.documents[0].sha256 = "00".repeat(32)),
            Box::new(|m| m.documents[0].size += 1),
            Box::new(|m| m.documents[0].path = "documents/other".into()),
            Box::new(|m| m.documents[0].author = Some("10100000003".into())),
            Box::new(|m| {
                m.documents[0].confidentiality.remove(0);
            }),
            Box::new(|m| m.documents[0].confidentiality[1].code = "SECRET".into()),
            Box::new(|m| m.documents[0].doc_type.code = "11488-4".into()),
            Box::new(|m| m.documents[0].class_code = "99".into()),
            Box::new(|m| m.documents[0].date = "yesterday".into()),
            Box::new(|m| m.documents[0].media_type = "pdf".into()),
            Box::new(|m| m.members[0].path = "../x".into()),
            Box::new(|m| m.members.push(m.members[0].clone())),
            Box::new(|m| m.signer.fingerprint = "SHA256:AAAA".into()),
            Box::new(|m| m.holder.ins = Some("123456789012345".into())),
            Box::new(|m| m.recipient.as_mut().unwrap().idnat = "8000".into()),
            Box::new(|m| m.id = "../../x".into()),
            Box::new(|m| m.journal.hash = "zz".into()),
            // Valid numbers, but not as carnet writes them: a forgery.
            Box::new(|m| m.documents[0].author = Some(" 10003456786".into())),
            Box::new(|m| m.documents[0].author = Some("10003456786\t".into())),
            Box::new(|m| m.documents[0].masked_from = vec!["10003456786 ".into()]),
            Box::new(|m| m.recipient.as_mut().unwrap().rpps = " 10003456786".into()),
            Box::new(|m| m.holder.ins = Some("1 84127645108946".into())),
        ];
        for (i, f) in cases.iter().enumerate() {
            let mut m = sample(&k);
            f(&mut m);
            let e = parse(&m.to_yaml()).unwrap_err();
            assert_eq!(e.exit_code(), 6, "case {i}: {e}");
        }
        let y = String::from_utf8(sample(&k).to_yaml()).unwrap();
        let extra = y.replace(
            "\"format\": \"carnet-bundle\",",
            "\"format\": \"carnet-bundle\",\n  \"surprise\": 1,",
        );
        assert_eq!(parse(extra.as_bytes()).unwrap_err().exit_code(), 6);
    }

    #[test]
    fn fingerprints() {
        let fp = crypto::fingerprint(&key().verifying_key());
        assert_eq!(parse_fingerprint(&fp).unwrap(), fp);
        assert_eq!(
            parse_fingerprint(fp.trim_start_matches("SHA256:")).unwrap(),
            fp
        );
        assert_eq!(parse_fingerprint("SHA256:nope").unwrap_err().exit_code(), 2);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        #[test]
        fn random_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..2048)) {
            let _ = parse(&bytes);
        }

        #[test]
        fn random_text_never_panics(s in "(format: carnet-bundle\nversion: 1\n)?[ -~\n]{0,400}") {
            let _ = parse(s.as_bytes());
        }

        #[test]
        fn random_json_never_panics(s in "\\{\n  \"format\": \"carnet-bundle\",\n  \"version\": 2,\n[ -~\n]{0,400}") {
            let _ = parse(s.as_bytes());
        }

        #[test]
        fn mutated_manifests_are_refused_or_valid(
            flips in proptest::collection::vec((0usize..8192, proptest::prelude::any::<u8>()), 1..6)
        ) {
            let k = key();
            let mut y = sample(&k).to_yaml();
            for (at, v) in flips {
                let i = at % y.len();
                y[i] = v;
            }
            if let Ok(m) = parse(&y) {
                // Whatever parses has passed every check, and writes back
                // to the same value.
                proptest::prop_assert!(validate(&m).is_ok());
                proptest::prop_assert_eq!(parse(&m.to_yaml()).unwrap(), m.clone());
                if m.version >= 2 {
                    proptest::prop_assert_eq!(&m.to_yaml(), &y);
                    proptest::prop_assert_eq!(read_with_yaml_parser(&y), Some(m.clone()));
                }
                for d in &m.documents {
                    proptest::prop_assert!(tarball::valid_member_path(&d.path));
                }
            }
        }
    }
}
