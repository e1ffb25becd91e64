//! A failed-unlock record is written by whoever holds the vault's public
//! recipient, so its decrypted bytes are untrusted: parsing must return a
//! record or an error, never panic, and what it accepts is clean text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(r) = carnet::vault::failed::parse_record(data) {
        assert!(carnet::text::first_unsafe(&r.method).is_none());
        assert!(carnet::text::first_unsafe(&r.at).is_none());
    }
});
