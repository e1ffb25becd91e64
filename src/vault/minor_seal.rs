//! Sealing for the minor: what is encrypted to the minor's own recipients
//! rather than to the vault key, which guardians hold. Bytes ([`seal`],
//! [`open`]); the details of journal entries about documents hidden from
//! guardians (`{"hidden": true, "sealed": BASE64}`, see [`super::hidden`]);
//! whole journal entries of a minor's private session, padded so their size
//! tells nothing (see [`super::private`]).
//!
//! Both of those modules and [`super::Tx`], which seals entries as it
//! journals them, build on this one; it knows nothing of the index.

use std::io::{Read, Write};

use base64::Engine;
use serde_json::{json, Value};
use zeroize::Zeroizing;

use crate::crypto::{self, ParsedRecipient, Recipients};
use crate::error::{Error, Result};
use crate::journal::{Action, ActorKind, Entry, EntryActor, JournalActor, NewEntry};

/// Encrypts bytes to the minor's recipients.
pub fn seal(recipients: &[ParsedRecipient], plain: &[u8]) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut w = crypto::encrypt_writer(&Recipients::Keys(recipients.to_vec()), &mut out, false)?;
    w.write_all(plain)
        .map_err(|e| Error::io(crate::i18n::tr!("io-sealing-minor"), e))?;
    w.finish()?;
    Ok(out)
}

/// Decrypts sealed bytes. `Ok(None)`: none of the identities is the minor's.
pub fn open(
    identities: &[&dyn age::Identity],
    sealed: &[u8],
) -> Result<Option<Zeroizing<Vec<u8>>>> {
    if identities.is_empty() {
        return Ok(None);
    }
    match crypto::decrypt_reader(sealed, identities) {
        Ok(mut r) => {
            let mut plain = Zeroizing::new(Vec::new());
            r.read_to_end(&mut plain)
                .map_err(|e| corrupt(&e.to_string()))?;
            Ok(Some(plain))
        }
        Err(age::DecryptError::NoMatchingKeys)
        | Err(age::DecryptError::KeyDecryptionFailed)
        | Err(age::DecryptError::DecryptionFailed) => Ok(None),
        Err(e) => Err(corrupt(&e.to_string())),
    }
}

pub(super) fn corrupt(why: &str) -> Error {
    Error::integrity(
        crate::i18n::tr!("v-minor-seal-corrupt", why = why.to_string()),
        crate::i18n::tr!("v-minor-seal-corrupt-hint"),
    )
}

/// Journal details sealed for the minor: `{"hidden": true, "sealed": BASE64}`.
pub fn seal_details(recipients: &[ParsedRecipient], details: &Value) -> Result<Value> {
    let text = Zeroizing::new(details.to_string());
    let sealed = seal(recipients, text.as_bytes())?;
    Ok(json!({
        "hidden": true,
        "sealed": base64::engine::general_purpose::STANDARD.encode(sealed),
    }))
}

/// Whether journal details are sealed (or marked) as about a hidden document.
pub fn is_envelope(details: &Value) -> bool {
    details.get("hidden") == Some(&Value::Bool(true))
}

/// The details of a sealed journal entry, if these identities open them.
pub fn open_details(identities: &[&dyn age::Identity], details: &Value) -> Option<Value> {
    let b64 = details.get("sealed")?.as_str()?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    let plain = open(identities, &bytes).ok()??;
    let mut v: Value = serde_json::from_slice(&plain).ok()?;
    if let Value::Object(o) = &mut v {
        o.insert("hidden".into(), json!(true));
    }
    Some(v)
}

/// The action a sealed journal entry shows to those who cannot open it.
pub const SEALED_ACTION: &str = Action::Sealed.as_str();

/// Sealed plaintexts are padded with spaces to a multiple of this.
const PAD: usize = 512;

/// Where a private session seals its entries.
#[derive(Clone)]
pub struct SealTo {
    pub recipients: Vec<ParsedRecipient>,
    /// The holder's name: the clear actor of a sealed entry.
    pub holder: String,
}

/// Encrypts JSON for the minor, padded (see [`super::private`]).
pub(super) fn seal_padded(recipients: &[ParsedRecipient], v: &Value) -> Result<Vec<u8>> {
    let mut text = Zeroizing::new(serde_json::to_vec(v).expect("JSON serializes"));
    let padded = text.len().div_ceil(PAD).max(1) * PAD;
    text.resize(padded, b' ');
    seal(recipients, &text)
}

/// Decrypts and parses a padded JSON object, if these identities open it.
pub(super) fn open_padded(identities: &[&dyn age::Identity], bytes: &[u8]) -> Option<Value> {
    let plain = open(identities, bytes).ok()??;
    serde_json::from_slice(&plain).ok()
}

/// The stored form of an entry sealed whole (see [`super::private`]).
pub(crate) fn seal_entry(e: &NewEntry, to: &SealTo) -> Result<NewEntry> {
    let inner = json!({
        "actor": e.actor,
        "mode": e.mode,
        "action": e.action,
        "target": e.target,
        "details": e.details,
    });
    let bytes = seal_padded(&to.recipients, &inner)?;
    Ok(NewEntry::new(
        &JournalActor::holder(&to.holder),
        Action::Sealed,
        None,
        json!({ "sealed": base64::engine::general_purpose::STANDARD.encode(bytes) }),
    ))
}

/// Replaces a sealed entry by what it says, when these identities open it
/// (an entry about a hidden document inside is opened too). Its details
/// then carry `"sealed": true`: guardians see it sealed. `false` when it
/// stays sealed.
pub fn open_entry(identities: &[&dyn age::Identity], e: &mut Entry) -> bool {
    if e.action != SEALED_ACTION || identities.is_empty() {
        return false;
    }
    let Some(bytes) = e
        .details
        .get("sealed")
        .and_then(Value::as_str)
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
    else {
        return false;
    };
    let Some(v) = open_padded(identities, &bytes) else {
        return false;
    };
    // Anyone can encrypt to the minor's recipient: only a well-formed
    // entry replaces the sealed one.
    let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let actor = v.get("actor");
    let field = |k: &str| {
        actor
            .and_then(|a| a.get(k))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let (Some(kind), Some(id), Some(name), Some(mode), Some(action)) = (
        field("type"),
        field("id"),
        field("name"),
        text("mode"),
        text("action"),
    ) else {
        return false;
    };
    if ActorKind::parse(&kind).is_none() || action == SEALED_ACTION {
        return false;
    }
    let target = match v.get("target") {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Null) | None => None,
        _ => return false,
    };
    let mut details = v.get("details").cloned().unwrap_or(Value::Null);
    if let Some(d) = open_details(identities, &details) {
        details = d;
    }
    if let Value::Object(o) = &mut details {
        o.insert("sealed".into(), Value::Bool(true));
    }
    e.actor = EntryActor { kind, id, name };
    e.mode = mode;
    e.action = action;
    e.target = target;
    e.details = details;
    true
}

#[cfg(test)]
pub(crate) mod tests {
    use rusqlite::Connection;

    use super::*;
    use crate::journal;

    /// A minor's identity and her recipient (also used by vault::private's tests).
    pub(crate) fn minor() -> (age::x25519::Identity, Vec<ParsedRecipient>) {
        let id = age::x25519::Identity::generate();
        let r = crypto::parse_recipient(&id.to_public().to_string()).unwrap();
        (id, vec![r])
    }

    /// An empty index in memory.
    pub(crate) fn index() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        crate::vault::schema::create(&conn).unwrap();
        conn
    }

    /// A sealed entry verifies in the chain, shows nothing to other keys,
    /// and opens whole (filters then match what it says) for the minor.
    #[test]
    fn sealed_entries_chain_and_open() {
        let (id, r) = minor();
        let conn = index();
        let to = SealTo {
            recipients: r,
            holder: "Léa".into(),
        };
        let real = NewEntry::new(
            &JournalActor::professional("10100000008", "Dr Private"),
            Action::ExportCreate,
            Some("bundle1"),
            json!({"rpps": "10100000008"}),
        )
        .mode(crate::journal::Mode::Grant);
        let stored = seal_entry(&real, &to).unwrap();
        journal::append(&conn, &stored, time::OffsetDateTime::UNIX_EPOCH).unwrap();
        assert_eq!(journal::verify(&conn).unwrap(), Ok(1));
        let all = journal::entries(&conn, &journal::Filter::default()).unwrap();
        assert_eq!(all[0].action, SEALED_ACTION);
        assert!(!serde_json::to_string(&all[0])
            .unwrap()
            .contains("10100000008"));
        let (other, _) = minor();
        let mut e = all[0].clone();
        assert!(!open_entry(&[&other as &dyn age::Identity], &mut e));
        let ids = [&id as &dyn age::Identity];
        let opened = journal::entries_opened(
            &conn,
            &journal::Filter {
                actor: Some("10100000008".into()),
                ..Default::default()
            },
            &|e| {
                open_entry(&ids, e);
            },
        )
        .unwrap();
        assert_eq!(opened.len(), 1);
        assert_eq!(opened[0].action, "export.create");
        assert_eq!(opened[0].mode, "grant");
        assert_eq!(opened[0].target.as_deref(), Some("bundle1"));
        assert_eq!(opened[0].details["sealed"], true);
        // Padded: a short and a long entry seal the same number of bytes.
        let long = NewEntry::new(
            &JournalActor::holder("Léa"),
            Action::DocView,
            None,
            json!({"t": "x".repeat(300)}),
        );
        let plain_len = |e: &NewEntry| {
            let b64 = e.details["sealed"].as_str().unwrap();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64)
                .unwrap();
            open(&ids, &bytes).unwrap().unwrap().len()
        };
        assert_eq!(plain_len(&seal_entry(&long, &to).unwrap()), PAD);
        assert_eq!(plain_len(&stored), PAD);
    }
}
