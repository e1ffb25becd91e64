//! carnet's age reader (header parser, stanza unwrapping, STREAM payload)
//! on arbitrary bytes, as a bundle from someone else arrives: errors only,
//! never a panic. The seeds (`fuzz/seeds/age_file`) are real age files,
//! made with the Go `age` command, encrypted to the identity below (a
//! throwaway key, public on purpose so the fuzzer reaches the payload).
#![no_main]

use std::io::Read;

use libfuzzer_sys::fuzz_target;

const IDENTITY: &str = "AGE-SECRET-KEY-1ZA4YHG39QZZDN3QSC7C2DNKFLH4YNSX2HENR7LZLXMHGG2DHPGESMVX79U";

fuzz_target!(|data: &[u8]| {
    let id: age::x25519::Identity = IDENTITY.parse().expect("fixed identity");
    if let Ok(mut r) = carnet::crypto::decrypt_reader(data, &[&id as &dyn age::Identity]) {
        let mut out = Vec::new();
        let _ = r.read_to_end(&mut out);
    }
    let _ = carnet::crypto::is_passphrase_encrypted(data);
});
