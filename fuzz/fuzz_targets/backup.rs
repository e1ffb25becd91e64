//! A backup's decrypted tar stream (`carnet restore FILE`: the file may
//! come from anywhere): `BACKUP.json` then the members it lists, extracted
//! as `restore` does into a throwaway staging directory. Errors only,
//! never a panic, nothing written outside the staging directory.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = carnet::vault::backup::fuzz_extract(data) {
        assert!(m
            .members
            .iter()
            .all(|p| carnet::vault::backup::valid_path(&p.path)));
    }
});
