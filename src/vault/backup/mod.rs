//! Backups of a whole vault (`carnet backup`, `carnet restore`; format in
//! docs/format.md, "Backups"): an age file whose plaintext is a tar of
//! `BACKUP.json` (what follows, with sizes and SHA-256) then the vault's
//! directory under `vault/`, copied as it is on disk (ciphertext: no
//! document is decrypted to take or restore a backup).
//!
//! `BACKUP.json` comes first so that a restore knows, before it writes a
//! byte, the format version, the vault and its journal head (whether
//! `--force` is needed), and every member to expect: it refuses an
//! unlisted or out-of-order member at its header and checks each hash as
//! the member ends, so it never extracts what the backup did not promise.

mod manifest;
mod read;
mod restore;
mod write;

pub use manifest::{valid_path, Head, Kind, Manifest, Member, FORMAT, MANIFEST, PREFIX, VERSION};
pub use restore::{restore, RestoreRequest, Restored};
pub use write::Summary;

/// Fuzzing entry (fuzz/fuzz_targets/backup.rs): `tar` as a backup's
/// decrypted stream, extracted as `restore` does into a throwaway staging
/// directory. Whatever it accepts wrote only under that directory.
#[doc(hidden)]
pub fn fuzz_extract(tar: &[u8]) -> crate::error::Result<Manifest> {
    let outer = tempfile::tempdir()
        .map_err(|e| crate::error::Error::io(crate::i18n::tr!("io-temp-dir"), e))?;
    let staging = outer.path().join("vault");
    std::fs::create_dir(&staging)
        .map_err(|e| crate::error::Error::io(crate::i18n::tr!("io-temp-dir"), e))?;
    let m = read::extract(tar, &staging, |_| Ok(()))?;
    // Nothing beside the staging directory.
    let beside: Vec<_> = std::fs::read_dir(outer.path())
        .map_err(|e| crate::error::Error::io(crate::i18n::tr!("io-temp-dir"), e))?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(beside, vec![std::ffi::OsString::from("vault")]);
    Ok(m)
}

#[cfg(test)]
mod fuzz_tests {
    use super::*;
    use sha2::{Digest, Sha256};

    /// A small backup's tar stream: the manifest, `vault/`, one file.
    fn tar_of(content: &[u8]) -> Vec<u8> {
        let manifest = Manifest {
            format: FORMAT.into(),
            version: VERSION,
            vault_id: "abcd2345".into(),
            created_at: "2026-01-01T00:00:00Z".into(),
            carnet: "test".into(),
            journal_head: Head {
                seq: 1,
                hash: "00".into(),
            },
            members: vec![
                Member {
                    path: PREFIX.into(),
                    kind: Kind::Dir,
                    size: None,
                    sha256: None,
                },
                Member {
                    path: format!("{PREFIX}/config"),
                    kind: Kind::File,
                    size: Some(content.len() as u64),
                    sha256: Some(hex::encode(Sha256::digest(content))),
                },
            ],
        };
        let mut b = tar::Builder::new(Vec::new());
        let json = serde_json::to_vec(&manifest).unwrap();
        let mut h = tar::Header::new_gnu();
        h.set_size(json.len() as u64);
        h.set_mode(0o600);
        h.set_entry_type(tar::EntryType::Regular);
        b.append_data(&mut h, MANIFEST, json.as_slice()).unwrap();
        let mut h = tar::Header::new_gnu();
        h.set_size(0);
        h.set_mode(0o700);
        h.set_entry_type(tar::EntryType::Directory);
        b.append_data(&mut h, format!("{PREFIX}/"), &[][..])
            .unwrap();
        let mut h = tar::Header::new_gnu();
        h.set_size(content.len() as u64);
        h.set_mode(0o600);
        h.set_entry_type(tar::EntryType::Regular);
        b.append_data(&mut h, format!("{PREFIX}/config"), content)
            .unwrap();
        b.into_inner().unwrap()
    }

    #[test]
    fn the_fuzz_entry_extracts_a_backup_and_refuses_damage() {
        let good = tar_of(b"hello");
        let m = fuzz_extract(&good).unwrap();
        assert_eq!(m.members.len(), 2);
        assert!(fuzz_extract(&[]).is_err());
        assert!(fuzz_extract(&good[..good.len() / 2]).is_err());
        // A byte of the file changed: its hash no longer matches.
        let mut bad = good.clone();
        let at = bad.windows(5).rposition(|w| w == b"hello").unwrap();
        bad[at] = b'j';
        assert_eq!(fuzz_extract(&bad).unwrap_err().exit_code(), 6);
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config::with_cases(128))]
        #[test]
        fn mutated_backups_never_panic(at in 0usize..4096, to in proptest::num::u8::ANY) {
            let mut t = tar_of(b"hello");
            let i = at % t.len();
            t[i] = to;
            let _ = fuzz_extract(&t);
        }
    }
}
