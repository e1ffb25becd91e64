//! The bundle reader (strict tar layer, manifest, signature, hashes) on an
//! arbitrary plaintext stream: errors only, never a panic, and a member it
//! lets through always has a path of the fixed layout.
#![no_main]

use carnet::bundle::read::{read_verified, Sink};
use carnet::bundle::tarball::valid_member_path;
use libfuzzer_sys::fuzz_target;

struct Check;

impl Sink for Check {
    fn begin(&mut self, path: &str, _size: u64) -> carnet::Result<()> {
        assert!(valid_member_path(path), "reader let through {path:?}");
        assert!(!path.starts_with('/') && !path.split('/').any(|c| c == ".." || c == "."));
        Ok(())
    }
    fn data(&mut self, _chunk: &[u8]) -> carnet::Result<()> {
        Ok(())
    }
    fn end(&mut self) -> carnet::Result<()> {
        Ok(())
    }
}

fuzz_target!(|data: &[u8]| {
    let _ = read_verified(data, &mut Check);
});
