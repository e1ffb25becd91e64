//! An inbox item's decrypted bytes: anyone who can write the vault folder
//! or a remote's `inbox/` encrypts whatever they like to the public
//! recipient. Read as a fold reads it: errors only, never a panic; the
//! document it would become holds clean, bounded text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(d) = carnet::vault::inbox::fuzz_item(data) {
        assert!(carnet::text::first_unsafe(&d.title).is_none());
        assert!(carnet::text::first_unsafe(&d.filename).is_none());
        assert!(!d.filename.contains('/'));
        assert!(d
            .tags
            .iter()
            .all(|t| carnet::text::first_unsafe(t).is_none()));
    }
});
