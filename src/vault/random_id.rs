//! Random identifiers: vault, document, grant and bundle IDs, and the
//! random part of some file names.

/// A random lowercase id: base32 alphabet, so prefixes are unique in practice.
pub fn new_id(len: usize) -> String {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    (0..len)
        .map(|_| ALPHABET[rand::random::<u8>() as usize % 32] as char)
        .collect()
}
