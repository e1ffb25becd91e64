//! A remote's `carnet-remote.json`: anyone who can write the remote
//! writes it, and a scanner (`inbox add --to`) trusts the vault id it
//! names only to check it against its pin. Errors only, never a panic;
//! what it accepts is a well-formed vault id.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(id) = carnet::vault::replica::sync::parse_marker(data) {
        assert!(!id.is_empty() && id.len() <= 64);
        assert!(id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
    }
});
