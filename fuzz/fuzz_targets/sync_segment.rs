//! A sync segment as a remote serves it (`log/DEVICE/N`): anyone who can
//! write the remote chooses its bytes. Opened as `carnet sync` opens it,
//! raw and (to reach the JSON body) sealed with a valid MAC: errors only,
//! never a panic, and what opens names the vault it was opened for.
#![no_main]

use std::sync::OnceLock;

use carnet::crypto::VaultKey;
use libfuzzer_sys::fuzz_target;

fn key() -> &'static VaultKey {
    static KEY: OnceLock<VaultKey> = OnceLock::new();
    KEY.get_or_init(VaultKey::generate)
}

fuzz_target!(|data: &[u8]| {
    for seg in carnet::vault::replica::segment::fuzz_open(key(), data) {
        assert_eq!(seg.vault, "fuzzvault");
    }
});
