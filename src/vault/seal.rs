//! Sealing the index: the SQLite image, authenticated with a MAC keyed from
//! the vault secret, encrypted to the vault recipient.
//!
//! Plaintext layout (docs/format.md): `carnet-index\n` (13 bytes), format
//! version (u32 BE), MAC (32 bytes: keyed BLAKE3 over vault id, version and
//! image), then the SQLite database image (rollback-journal mode).

use std::io::Read;

use rusqlite::Connection;

use crate::crypto::{self, Recipients, VaultKey};
use crate::error::{Error, Result};

const MAGIC: &[u8] = b"carnet-index\n";
pub const INDEX_FORMAT: u32 = 1;

fn mac(key: &VaultKey, vault_id: &str, image: &[u8]) -> [u8; 32] {
    let k = key.index_mac_key();
    let mut h = blake3::Hasher::new_keyed(&k);
    h.update(b"carnet index v1\0");
    h.update(vault_id.as_bytes());
    h.update(b"\0");
    h.update(&INDEX_FORMAT.to_be_bytes());
    h.update(image);
    *h.finalize().as_bytes()
}

/// Serializes and seals an in-memory database.
pub fn seal(conn: &mut Connection, key: &VaultKey, vault_id: &str) -> Result<Vec<u8>> {
    let image = conn.serialize(rusqlite::MAIN_DB)?;
    let tag = mac(key, vault_id, &image);
    let mut out = Vec::with_capacity(image.len() + 512);
    let mut w = crypto::encrypt_writer(&Recipients::x25519(key.recipient()), &mut out, false)?;
    let res = (|| -> std::io::Result<()> {
        use std::io::Write;
        w.write_all(MAGIC)?;
        w.write_all(&INDEX_FORMAT.to_be_bytes())?;
        w.write_all(&tag)?;
        w.write_all(&image)?;
        Ok(())
    })();
    res.map_err(|e| Error::io("sealing the index", e))?;
    w.finish()?;
    Ok(out)
}

fn corrupt(why: &str) -> Error {
    Error::integrity(
        format!("the vault index is corrupt or was not written by this vault ({why})"),
        "restore index.age from a backup you trust; run `carnet check` for details",
    )
}

/// Decrypts, authenticates and loads a sealed index into memory.
pub fn unseal(sealed: &[u8], key: &VaultKey, vault_id: &str) -> Result<Connection> {
    let ids = [key.identity() as &dyn age::Identity];
    let mut r = crypto::decrypt_reader(sealed, &ids).map_err(|e| corrupt(&e.to_string()))?;
    let mut plain = Vec::with_capacity(sealed.len());
    r.read_to_end(&mut plain)
        .map_err(|e| corrupt(&e.to_string()))?;
    let plain = zeroize::Zeroizing::new(plain);
    let hdr = MAGIC.len() + 4 + 32;
    if plain.len() < hdr || &plain[..MAGIC.len()] != MAGIC {
        return Err(corrupt("bad header"));
    }
    let version = u32::from_be_bytes(
        plain[MAGIC.len()..MAGIC.len() + 4]
            .try_into()
            .expect("4 bytes"),
    );
    if version != INDEX_FORMAT {
        return Err(Error::usage(
            format!("this vault's index format version {version} is not supported by this carnet (knows {INDEX_FORMAT})"),
            "upgrade carnet",
        ));
    }
    let tag: [u8; 32] = plain[MAGIC.len() + 4..hdr].try_into().expect("32 bytes");
    let image = &plain[hdr..];
    let expected = mac(key, vault_id, image);
    if !constant_time_eq(&tag, &expected) {
        return Err(Error::integrity(
            "the vault index failed authentication: it was not written with this vault's key (forged or replaced index.age)".to_string(),
            "do not trust this copy; restore index.age from a backup you trust",
        ));
    }
    let mut conn = Connection::open_in_memory()?;
    conn.deserialize_read_exact(rusqlite::MAIN_DB, image, image.len(), false)
        .map_err(|e| corrupt(&e.to_string()))?;
    Ok(conn)
}

fn constant_time_eq(a: &[u8; 32], b: &[u8; 32]) -> bool {
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
